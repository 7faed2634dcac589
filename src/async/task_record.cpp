// TaskRecord: final-state transitions and the intrusive list of join waiters.
#include "async/task_record.hpp"

namespace runmat::async {

// Waiters outliving their record cannot happen (each holds it by shared_ptr); the loop only
// detaches them defensively.
TaskRecordBase::~TaskRecordBase()
{
    while (m_head)
        m_head->unlink();
}

// Detach the whole list first, then wake: a woken waiter may be dropped or re-polled later,
// but never during this loop, because wake() only queues its task.
void TaskRecordBase::finish(TaskState state)
{
    if (is_finished())
        return;
    m_state = state;
    while (m_head) {
        JoinWait* w = m_head;
        Waker waker = std::move(w->m_waker);
        w->unlink();
        waker.wake();
    }
}

JoinWait::JoinWait(JoinWait&& other) noexcept : m_record(other.m_record) { take_place_of(other); }

JoinWait& JoinWait::operator=(JoinWait&& other) noexcept
{
    if (this != &other) {
        unlink();
        m_record = other.m_record;
        take_place_of(other);
    }
    return *this;
}

// Move support: the moved-from waiter leaves the list and this one takes its registration.
void JoinWait::take_place_of(JoinWait& other)
{
    bool was_linked = other.m_linked;
    m_waker = std::move(other.m_waker);
    other.unlink();
    other.m_record.reset();
    if (was_linked)
        link();
}

Poll<void> JoinWait::poll(Waker const& waker)
{
    if (m_record->is_finished())
        return Ready {};
    m_waker = waker;
    if (!m_linked)
        link();
    return Pending;
}

void JoinWait::link()
{
    TaskRecordBase& r = *m_record;
    m_prev = r.m_tail;
    m_next = nullptr;
    (r.m_tail ? r.m_tail->m_next : r.m_head) = this;
    r.m_tail = this;
    m_linked = true;
    ++r.m_waiter_count;
}

void JoinWait::unlink()
{
    if (!m_linked)
        return;
    TaskRecordBase& r = *m_record;
    (m_prev ? m_prev->m_next : r.m_head) = m_next;
    (m_next ? m_next->m_prev : r.m_tail) = m_prev;
    m_prev = m_next = nullptr;
    m_linked = false;
    --r.m_waiter_count;
}

} // namespace runmat::async
