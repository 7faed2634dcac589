// TimerQueue: pending timers ordered by (deadline, insertion order), shared by every executor.
// It stores wakers and hands back the due ones; it never reads a clock and knows no host.
#pragma once
#include "async/executor.hpp"
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace runmat::async {

// An indexed binary min-heap: add, cancel and pop are O(log n) and a cancelled timer is removed
// at once (no tombstones), so memory is bounded by the peak number of pending timers. Each
// pending timer costs one 24-byte heap entry plus one 24-byte slot (about 48 bytes, plus vector
// slack); the storage is released when the queue drains.
// A TimerId is (generation << 32 | slot): slots are reused, and the generation makes a stale id
// (its timer fired or was cancelled) harmless. Not thread-safe: executors call it from their
// own thread only.
class TimerQueue {
public:
    TimerId add(TimePoint deadline, Waker waker);
    // Forget a pending timer. Returns false (and does nothing) when `id` already fired or was
    // cancelled.
    bool cancel(TimerId id);
    // The earliest deadline, if any timer is pending.
    std::optional<TimePoint> next_deadline() const;
    // Remove the earliest timer if its deadline is <= `limit`; returns its deadline and waker.
    // Ties fire in insertion order, which keeps LocalExecutor deterministic.
    struct Due {
        TimePoint deadline;
        Waker waker;
    };
    std::optional<Due> pop_due(TimePoint limit);
    size_t size() const { return m_heap.size(); }
    bool empty() const { return m_heap.empty(); }
    // Bytes this queue holds for its timers (capacity of its vectors), for measurements.
    size_t memory_bytes() const;

private:
    static constexpr uint32_t FREE = UINT32_MAX;
    struct HeapEntry {
        int64_t deadline; // ms
        uint64_t seq;     // insertion order: tie-break for equal deadlines
        uint32_t slot;    // index into m_slots
    };
    struct Slot {
        Waker waker;
        uint32_t heap_pos = FREE; // FREE when the slot holds no pending timer
        uint32_t generation = 0;  // low 32 bits of the owning timer's seq
    };
    static bool before(HeapEntry const& a, HeapEntry const& b) { return a.deadline != b.deadline ? a.deadline < b.deadline : a.seq < b.seq; }
    void place(size_t pos, HeapEntry const& e);
    void sift_up(size_t pos);
    void sift_down(size_t pos);
    void remove_at(size_t pos);
    void release_if_drained();

    std::vector<HeapEntry> m_heap;
    std::vector<Slot> m_slots;
    std::vector<uint32_t> m_free; // free slot indices (LIFO)
    uint64_t m_seq = 1;
};

} // namespace runmat::async
