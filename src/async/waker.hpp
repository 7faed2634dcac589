// Waker: asks the executor to poll a task again. Cheap to copy; wake() may be called from
// any thread, any number of times (extra wakes are coalesced by the executor).
#pragma once
#include <memory>

namespace runmat::async {

class WakeTarget {
public:
    virtual ~WakeTarget() = default;
    virtual void wake() = 0; // thread-safe
};

class Waker {
public:
    Waker() = default;
    explicit Waker(std::shared_ptr<WakeTarget> target) : m_target(std::move(target)) { }
    void wake() const
    {
        if (m_target)
            m_target->wake();
    }
    bool valid() const { return m_target != nullptr; }
    bool same_as(Waker const& other) const { return m_target == other.m_target; }

private:
    std::shared_ptr<WakeTarget> m_target;
};

} // namespace runmat::async
