// CancelToken: a thread-safe "cancel requested" flag that wakes its registered waiters once and
// cancels its child tokens (task trees). It knows no executor, task or VM.
#pragma once
#include "async/executor.hpp"
#include <cstddef>
#include <functional>
#include <memory>

namespace runmat::async {

namespace detail {
struct CancelState;
struct CancelNode;
struct NodeDeleter {
    void operator()(CancelNode* n) const; // a waker or callback node, by its kind
};
using NodePtr = std::unique_ptr<CancelNode, NodeDeleter>;
} // namespace detail

class CancelRegistration;

// Copies share one state: cancelling any copy cancels them all. Cancellation is one-way and
// idempotent. A cancelled token stays cancelled.
class CancelToken {
public:
    CancelToken(); // a fresh root token (one allocation)

    // Thread-safe. The first call marks the token cancelled, then (on the calling thread,
    // with no lock held) wakes every registered waker, runs every registered callback and
    // cancels every live child, each exactly once. Later calls do nothing.
    void cancel() const;
    bool is_cancelled() const;

    // A token cancelled when this one is (at once if this one already is); cancelling the
    // child does not touch the parent. The child unlinks itself from the parent when its last
    // copy is dropped, so short-lived children do not accumulate in a long-lived parent.
    CancelToken child() const;

    // Wake `waker` when the token is cancelled. If it already is, wakes now (inline) and the
    // returned registration is already fired. Dropping the registration unregisters it.
    [[nodiscard]] CancelRegistration register_waker(Waker waker) const;
    // Run `fn` on the cancelling thread when the token is cancelled (inline if it already is).
    // Dropping the registration unregisters it; if `fn` is running on another thread at that
    // moment, the drop waits for it to return (std::stop_callback's rule), so `fn` may safely
    // use what the registration's owner owns.
    [[nodiscard]] CancelRegistration on_cancel(std::function<void()> fn) const;
    // The waker of the one task this token belongs to (its driver sets it once): woken when
    // the token is cancelled (at once if it already is), like a registered waker, but held by
    // the token itself, so a task's own cancellation costs no registration.
    void set_task_waker(Waker waker) const;

    // Registered waiters not yet fired (for tests and diagnostics).
    size_t waiter_count() const;
    bool same_as(CancelToken const& other) const { return m_state == other.m_state; }

private:
    explicit CancelToken(std::shared_ptr<detail::CancelState> state) : m_state(std::move(state)) { }
    std::shared_ptr<detail::CancelState> m_state;
};

// RAII handle of one waiter on a CancelToken. Move-only. Holds the token's state alive.
class CancelRegistration {
public:
    CancelRegistration();
    ~CancelRegistration();
    CancelRegistration(CancelRegistration&& other) noexcept;
    CancelRegistration& operator=(CancelRegistration&& other) noexcept;
    CancelRegistration(CancelRegistration const&) = delete;
    CancelRegistration& operator=(CancelRegistration const&) = delete;

    // Replace the waker to wake (a future is polled with a new waker each time: keep the
    // latest). Thread-safe against a concurrent cancel(): the cancel wakes either the old or
    // the new waker, exactly one of them.
    void set_waker(Waker waker);
    // True once this waiter was fired (or registered on an already cancelled token).
    bool fired() const;
    bool active() const { return m_node != nullptr; }
    // Unregister now (what the destructor does).
    void reset();

private:
    friend class CancelToken;
    CancelRegistration(std::shared_ptr<detail::CancelState> state, detail::NodePtr node);
    std::shared_ptr<detail::CancelState> m_state;
    detail::NodePtr m_node;
};

// A future that completes when `token` is cancelled: the building block of with_cancel and of
// cancellation checks at await points. Registers lazily on its first Pending poll.
class CancelWait {
public:
    explicit CancelWait(CancelToken token) : m_token(std::move(token)) { }
    Poll<void> poll(Context& cx) { return poll(cx.waker()); }
    Poll<void> poll(Waker const& waker);

private:
    CancelToken m_token;
    CancelRegistration m_registration;
};

} // namespace runmat::async
