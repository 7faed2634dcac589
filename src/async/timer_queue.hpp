// TimerQueue: pending timers ordered by (deadline, insertion order), shared by every executor.
// It stores wakers and hands back the due ones; it never reads a clock and knows no host.
#pragma once
#include "async/executor.hpp"
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace runmat::async {

// A binary min-heap with lazy deletion: add and pop are O(log n), cancel is O(1) (the slot is
// freed and its waker dropped at once; the heap entry turns dead and is skipped when it reaches
// the top). Dead entries are compacted away (O(n) rebuild) once they outnumber live ones, so
// memory stays bounded by about twice the peak of pending timers. Sifting never touches the
// slots, which keeps pops cache-friendly at 100k timers. Each pending timer costs one 16-byte
// heap entry and one 24-byte slot (plus vector slack); storage is released when the queue
// drains.
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
    size_t size() const { return m_live; }
    bool empty() const { return m_live == 0; }
    // Bytes this queue holds for its timers (capacity of its vectors), for measurements.
    size_t memory_bytes() const;

private:
    struct HeapEntry {
        int64_t deadline; // ms
        uint32_t seq;     // insertion order (mod 2^32): tie-break for equal deadlines; = generation
        uint32_t slot;    // index into m_slots
    };
    struct Slot {
        Waker waker;
        uint32_t generation = 0; // low 32 bits of the pending timer's seq
        bool live = false;       // holds a pending timer
    };
    // std heap functions build a max-heap: "later" puts the earliest entry on top.
    struct Later {
        // Ties compare by wrap-around distance (pending timers span far fewer than 2^31 adds).
        bool operator()(HeapEntry const& a, HeapEntry const& b) const { return a.deadline != b.deadline ? a.deadline > b.deadline : static_cast<int32_t>(a.seq - b.seq) > 0; }
    };
    bool is_live(HeapEntry const& e) const
    {
        Slot const& s = m_slots[e.slot];
        return s.live && s.generation == e.seq;
    }
    void free_slot(uint32_t slot);
    void pop_top();
    void prune_top();
    void compact_if_mostly_dead();
    void release_if_drained();

    std::vector<HeapEntry> m_heap; // live and dead entries; the top is always live
    std::vector<Slot> m_slots;
    std::vector<uint32_t> m_free; // free slot indices (LIFO)
    size_t m_live = 0;
    uint64_t m_seq = 1;
};

} // namespace runmat::async
