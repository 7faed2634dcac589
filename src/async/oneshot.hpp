// oneshot<T>(): a single-value channel from any thread to a future polled on the executor
// thread (worker completions, host callbacks, input replies). It knows no executor or host.
#pragma once
#include "async/executor.hpp"
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace runmat::async {

// What a receiver gets: the value, or Closed when the sender was dropped without sending.
// Closed is a state (like Pending), not an error.
template <typename T>
class Received {
public:
    static Received closed() { return Received(); }
    explicit Received(T value) : m_value(std::move(value)) { }
    bool is_closed() const { return !m_value.has_value(); }
    T& value() { return *m_value; }
    T take() { return std::move(*m_value); }

private:
    Received() = default;
    std::optional<T> m_value;
};

namespace detail {
template <typename T>
struct OneshotState {
    std::mutex mutex;
    std::optional<T> value; // set by send(), moved out by the receiver
    Waker waker;            // the receiver's latest waker
    bool sender_gone = false;   // sent, or dropped without sending
    bool receiver_gone = false; // send() becomes a no-op
    bool taken = false;         // the receiver already returned a Ready
};
} // namespace detail

template <typename T>
class OneshotSender {
public:
    OneshotSender() = default;
    explicit OneshotSender(std::shared_ptr<detail::OneshotState<T>> s) : m_state(std::move(s)) { }
    OneshotSender(OneshotSender&&) noexcept = default;
    OneshotSender& operator=(OneshotSender&& other) noexcept
    {
        if (this != &other) {
            close();
            m_state = std::move(other.m_state);
        }
        return *this;
    }
    ~OneshotSender() { close(); }

    // Thread-safe. Delivers `value` and wakes the receiver's stored waker (outside the lock).
    // Returns false, dropping the value, if the receiver is gone. Consumes the sender: it is
    // empty afterwards, and a second send returns false.
    bool send(T value)
    {
        if (!m_state)
            return false;
        auto state = std::move(m_state);
        Waker w;
        {
            std::lock_guard lock(state->mutex);
            state->sender_gone = true;
            if (state->receiver_gone)
                return false;
            state->value.emplace(std::move(value));
            w = std::move(state->waker);
        }
        w.wake();
        return true;
    }
    // True while a value can still be sent.
    bool valid() const { return m_state != nullptr; }
    // True once the receiver was dropped (sending would be a no-op).
    bool is_receiver_gone() const
    {
        if (!m_state)
            return true;
        std::lock_guard lock(m_state->mutex);
        return m_state->receiver_gone;
    }

private:
    // Dropping an unsent sender closes the channel: the receiver wakes and sees Closed.
    void close()
    {
        if (!m_state)
            return;
        auto state = std::move(m_state);
        Waker w;
        {
            std::lock_guard lock(state->mutex);
            state->sender_gone = true;
            w = std::move(state->waker);
        }
        w.wake();
    }
    std::shared_ptr<detail::OneshotState<T>> m_state;
};

// The receiving end: a future, polled on the executor thread only.
template <typename T>
class OneshotReceiver {
public:
    OneshotReceiver() = default;
    explicit OneshotReceiver(std::shared_ptr<detail::OneshotState<T>> s) : m_state(std::move(s)) { }
    OneshotReceiver(OneshotReceiver&&) noexcept = default;
    OneshotReceiver& operator=(OneshotReceiver&& other) noexcept
    {
        if (this != &other) {
            drop();
            m_state = std::move(other.m_state);
        }
        return *this;
    }
    ~OneshotReceiver() { drop(); }

    // Ready(value) once sent, Ready(closed) once the sender is gone without sending; else
    // stores `waker` (replacing the previous one) and returns Pending. Completes once: a poll
    // after Ready returns closed.
    Poll<Received<T>> poll(Waker const& waker)
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->value) {
            Received<T> r(std::move(*m_state->value));
            m_state->value.reset();
            m_state->taken = true;
            return r;
        }
        if (m_state->sender_gone || m_state->taken)
            return Received<T>::closed();
        m_state->waker = waker;
        return Pending;
    }
    Poll<Received<T>> poll(Context& cx) { return poll(cx.waker()); }

private:
    void drop()
    {
        if (!m_state)
            return;
        std::lock_guard lock(m_state->mutex);
        m_state->receiver_gone = true;
        m_state->waker = Waker {};
        m_state->value.reset(); // a value sent but never received dies here, not with the sender
    }
    std::shared_ptr<detail::OneshotState<T>> m_state;
};

template <typename T>
struct Oneshot {
    OneshotSender<T> sender;
    OneshotReceiver<T> receiver;
};

// A connected sender/receiver pair (one allocation).
template <typename T>
Oneshot<T> oneshot()
{
    auto state = std::make_shared<detail::OneshotState<T>>();
    return Oneshot<T> { OneshotSender<T>(state), OneshotReceiver<T>(std::move(state)) };
}

} // namespace runmat::async
