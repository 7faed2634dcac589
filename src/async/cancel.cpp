// CancelToken: shared state with an intrusive list of waiters, fired once under the
// std::stop_token discipline (no lock held while a waiter runs).
#include "async/cancel.hpp"
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace runmat::async {
namespace detail {

// One waiter: either a waker or a callback. Owned by its CancelRegistration; linked into the
// state's list while registered. Every field is guarded by the state's mutex.
struct CancelNode {
    CancelNode* prev = nullptr;
    CancelNode* next = nullptr;
    Waker waker;
    std::function<void()> fn; // empty for waker waiters
    bool linked = false;      // in the state's list
    bool fired = false;       // woken / ran (or registered after the cancel)
    bool firing = false;      // fn is running on the cancelling thread right now
    bool* destroyed = nullptr; // set by a registration dropped from inside its own fn
};

struct CancelState {
    std::mutex mutex;
    std::condition_variable fn_done; // signalled when a running fn returns (see reset())
    std::atomic<bool> cancelled { false };
    CancelNode* head = nullptr; // guarded by mutex
    CancelNode* tail = nullptr;
    size_t count = 0;
    std::thread::id firing_thread; // the thread running cancel()'s callbacks
    CancelRegistration parent_link; // children: the registration on the parent. Declared last
                                    // so it unlinks first when the state is destroyed.

    void link(CancelNode* n)
    {
        n->prev = tail;
        n->next = nullptr;
        (tail ? tail->next : head) = n;
        tail = n;
        n->linked = true;
        ++count;
    }
    void unlink(CancelNode* n)
    {
        (n->prev ? n->prev->next : head) = n->next;
        (n->next ? n->next->prev : tail) = n->prev;
        n->prev = n->next = nullptr;
        n->linked = false;
        --count;
    }
    void cancel();
};

// Pops waiters one at a time so a registration dropped concurrently is either still linked
// (it unlinks itself) or already popped (it waits for its fn, if any, to return).
void CancelState::cancel()
{
    std::unique_lock lock(mutex);
    if (cancelled.load(std::memory_order_relaxed))
        return;
    cancelled.store(true, std::memory_order_release);
    firing_thread = std::this_thread::get_id();
    while (head) {
        CancelNode* n = head;
        unlink(n);
        n->fired = true;
        if (!n->fn) {
            Waker w = std::move(n->waker);
            lock.unlock();
            w.wake();
            lock.lock();
            continue;
        }
        n->firing = true;
        bool destroyed = false;
        n->destroyed = &destroyed;
        lock.unlock();
        n->fn();
        lock.lock();
        if (!destroyed) {
            n->firing = false;
            n->destroyed = nullptr;
        }
        fn_done.notify_all();
    }
}

} // namespace detail

using detail::CancelNode;
using detail::CancelState;

CancelToken::CancelToken() : m_state(std::make_shared<CancelState>()) { }

void CancelToken::cancel() const { m_state->cancel(); }

bool CancelToken::is_cancelled() const { return m_state->cancelled.load(std::memory_order_acquire); }

size_t CancelToken::waiter_count() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->count;
}

// The callback holds the child weakly: a dropped child is never kept alive by its parent.
CancelToken CancelToken::child() const
{
    auto state = std::make_shared<CancelState>();
    std::weak_ptr<CancelState> weak = state;
    state->parent_link = on_cancel([weak] {
        if (auto s = weak.lock())
            s->cancel();
    });
    return CancelToken(std::move(state));
}

CancelRegistration CancelToken::register_waker(Waker waker) const
{
    auto node = std::make_unique<CancelNode>();
    {
        std::lock_guard lock(m_state->mutex);
        if (!is_cancelled()) {
            node->waker = std::move(waker);
            m_state->link(node.get());
            return CancelRegistration(m_state, std::move(node));
        }
        node->fired = true;
    }
    waker.wake();
    return CancelRegistration(m_state, std::move(node));
}

CancelRegistration CancelToken::on_cancel(std::function<void()> fn) const
{
    auto node = std::make_unique<CancelNode>();
    {
        std::lock_guard lock(m_state->mutex);
        if (!is_cancelled()) {
            node->fn = std::move(fn);
            m_state->link(node.get());
            return CancelRegistration(m_state, std::move(node));
        }
        node->fired = true;
    }
    fn();
    return CancelRegistration(m_state, std::move(node));
}

CancelRegistration::CancelRegistration(std::shared_ptr<CancelState> state, std::unique_ptr<CancelNode> node)
    : m_state(std::move(state)), m_node(std::move(node))
{
}

CancelRegistration::CancelRegistration() = default;

CancelRegistration::CancelRegistration(CancelRegistration&& other) noexcept = default;

CancelRegistration::~CancelRegistration() { reset(); }

CancelRegistration& CancelRegistration::operator=(CancelRegistration&& other) noexcept
{
    if (this != &other) {
        reset();
        m_state = std::move(other.m_state);
        m_node = std::move(other.m_node);
    }
    return *this;
}

void CancelRegistration::set_waker(Waker waker)
{
    if (!m_node)
        return;
    std::lock_guard lock(m_state->mutex);
    if (m_node->linked)
        m_node->waker = std::move(waker);
}

bool CancelRegistration::fired() const
{
    if (!m_node)
        return false;
    std::lock_guard lock(m_state->mutex);
    return m_node->fired;
}

// A fn running on another thread is waited for; one running on this thread (the registration
// is dropped from inside its own fn) is flagged instead, so cancel() stops touching the node.
void CancelRegistration::reset()
{
    if (!m_node)
        return;
    {
        std::unique_lock lock(m_state->mutex);
        if (m_node->linked) {
            m_state->unlink(m_node.get());
        } else if (m_node->firing) {
            if (m_state->firing_thread == std::this_thread::get_id())
                *m_node->destroyed = true;
            else
                m_state->fn_done.wait(lock, [&] { return !m_node->firing; });
        }
    }
    m_node.reset();
    m_state.reset();
}

Poll<void> CancelWait::poll(Waker const& waker)
{
    if (m_token.is_cancelled())
        return Ready {};
    if (m_registration.active())
        m_registration.set_waker(waker);
    else
        m_registration = m_token.register_waker(waker);
    return Pending;
}

} // namespace runmat::async
