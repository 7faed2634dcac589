// TimerQueue: indexed binary heap of pending timers (see timer_queue.hpp for the layout).
#include "async/timer_queue.hpp"

namespace runmat::async {

// Above this many slots, a drained queue gives its storage back instead of keeping the peak.
static constexpr size_t KEEP_SLOTS = 1024;

TimerId TimerQueue::add(TimePoint deadline, Waker waker)
{
    uint32_t slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
    } else {
        slot = static_cast<uint32_t>(m_slots.size());
        m_slots.emplace_back();
    }
    uint64_t seq = m_seq++;
    Slot& s = m_slots[slot];
    s.waker = std::move(waker);
    s.generation = static_cast<uint32_t>(seq);
    m_heap.push_back(HeapEntry { deadline.count(), seq, slot });
    s.heap_pos = static_cast<uint32_t>(m_heap.size() - 1);
    sift_up(m_heap.size() - 1);
    return (uint64_t(s.generation) << 32) | slot;
}

bool TimerQueue::cancel(TimerId id)
{
    uint32_t slot = static_cast<uint32_t>(id);
    if (slot >= m_slots.size())
        return false;
    Slot const& s = m_slots[slot];
    if (s.heap_pos == FREE || s.generation != static_cast<uint32_t>(id >> 32))
        return false;
    remove_at(s.heap_pos);
    release_if_drained();
    return true;
}

std::optional<TimePoint> TimerQueue::next_deadline() const
{
    if (m_heap.empty())
        return std::nullopt;
    return TimePoint(m_heap.front().deadline);
}

std::optional<TimerQueue::Due> TimerQueue::pop_due(TimePoint limit)
{
    if (m_heap.empty() || m_heap.front().deadline > limit.count())
        return std::nullopt;
    HeapEntry top = m_heap.front();
    Due due { TimePoint(top.deadline), std::move(m_slots[top.slot].waker) };
    remove_at(0);
    release_if_drained();
    return due;
}

size_t TimerQueue::memory_bytes() const
{
    return m_heap.capacity() * sizeof(HeapEntry) + m_slots.capacity() * sizeof(Slot) + m_free.capacity() * sizeof(uint32_t);
}

void TimerQueue::place(size_t pos, HeapEntry const& e)
{
    m_heap[pos] = e;
    m_slots[e.slot].heap_pos = static_cast<uint32_t>(pos);
}

void TimerQueue::sift_up(size_t pos)
{
    HeapEntry e = m_heap[pos];
    while (pos > 0) {
        size_t parent = (pos - 1) / 2;
        if (!before(e, m_heap[parent]))
            break;
        place(pos, m_heap[parent]);
        pos = parent;
    }
    place(pos, e);
}

void TimerQueue::sift_down(size_t pos)
{
    HeapEntry e = m_heap[pos];
    size_t n = m_heap.size();
    for (;;) {
        size_t child = 2 * pos + 1;
        if (child >= n)
            break;
        if (child + 1 < n && before(m_heap[child + 1], m_heap[child]))
            ++child;
        if (!before(m_heap[child], e))
            break;
        place(pos, m_heap[child]);
        pos = child;
    }
    place(pos, e);
}

// Swap the last entry into `pos`, then restore the heap in whichever direction it violates.
void TimerQueue::remove_at(size_t pos)
{
    uint32_t slot = m_heap[pos].slot;
    m_slots[slot].heap_pos = FREE;
    m_slots[slot].waker = Waker {}; // drop the task reference now, not when the slot is reused
    m_free.push_back(slot);
    HeapEntry last = m_heap.back();
    m_heap.pop_back();
    if (pos == m_heap.size())
        return;
    place(pos, last);
    if (pos > 0 && before(last, m_heap[(pos - 1) / 2]))
        sift_up(pos);
    else
        sift_down(pos);
}

// Ids stay unique after a release because generations come from the never-reset m_seq.
void TimerQueue::release_if_drained()
{
    if (!m_heap.empty() || m_slots.size() <= KEEP_SLOTS)
        return;
    std::vector<HeapEntry>().swap(m_heap);
    std::vector<Slot>().swap(m_slots);
    std::vector<uint32_t>().swap(m_free);
}

} // namespace runmat::async
