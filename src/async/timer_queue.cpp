// TimerQueue: binary heap with lazy deletion and compaction (see timer_queue.hpp).
#include "async/timer_queue.hpp"
#include <algorithm>

namespace runmat::async {

// Above this many slots, a drained queue gives its storage back instead of keeping the peak.
static constexpr size_t KEEP_SLOTS = 1024;
// Below this heap size, dead entries are left for pops to skip (compaction is not worth it).
static constexpr size_t MIN_COMPACT = 64;

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
    s.live = true;
    ++m_live;
    m_heap.push_back(HeapEntry { deadline.count(), static_cast<uint32_t>(seq), slot });
    std::push_heap(m_heap.begin(), m_heap.end(), Later {});
    return (uint64_t(s.generation) << 32) | slot;
}

bool TimerQueue::cancel(TimerId id)
{
    uint32_t slot = static_cast<uint32_t>(id);
    if (slot >= m_slots.size())
        return false;
    Slot const& s = m_slots[slot];
    if (!s.live || s.generation != static_cast<uint32_t>(id >> 32))
        return false;
    free_slot(slot);
    prune_top();
    compact_if_mostly_dead();
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
    uint32_t slot = m_heap.front().slot;
    Due due { TimePoint(m_heap.front().deadline), std::move(m_slots[slot].waker) };
    free_slot(slot);
    pop_top();
    prune_top();
    release_if_drained();
    return due;
}

size_t TimerQueue::memory_bytes() const
{
    return m_heap.capacity() * sizeof(HeapEntry) + m_slots.capacity() * sizeof(Slot) + m_free.capacity() * sizeof(uint32_t);
}

// The waker is dropped now (it may hold a whole task alive), not when the entry is skipped.
void TimerQueue::free_slot(uint32_t slot)
{
    Slot& s = m_slots[slot];
    s.waker = Waker {};
    s.live = false;
    m_free.push_back(slot);
    --m_live;
}

void TimerQueue::pop_top()
{
    std::pop_heap(m_heap.begin(), m_heap.end(), Later {});
    m_heap.pop_back();
}

// Keeps the invariant "the top entry is live", so next_deadline() never reports a cancelled
// timer.
void TimerQueue::prune_top()
{
    while (!m_heap.empty() && !is_live(m_heap.front()))
        pop_top();
}

// Amortised O(1) per cancel: a rebuild happens only after as many cancels as live entries.
void TimerQueue::compact_if_mostly_dead()
{
    size_t dead = m_heap.size() - m_live;
    if (m_heap.size() < MIN_COMPACT || dead <= m_live)
        return;
    std::erase_if(m_heap, [this](HeapEntry const& e) { return !is_live(e); });
    std::make_heap(m_heap.begin(), m_heap.end(), Later {});
}

// Ids stay unique after a release because generations come from the never-reset m_seq.
void TimerQueue::release_if_drained()
{
    if (m_live != 0)
        return;
    m_heap.clear(); // only dead entries can remain
    if (m_slots.size() <= KEEP_SLOTS)
        return;
    std::vector<HeapEntry>().swap(m_heap);
    std::vector<Slot>().swap(m_slots);
    std::vector<uint32_t>().swap(m_free);
}

} // namespace runmat::async
