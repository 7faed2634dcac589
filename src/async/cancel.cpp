// CancelToken: shared state with an intrusive list of waiters, fired once under the
// std::stop_token discipline (no lock held while a waiter runs).
#include "async/cancel.hpp"
#include "support/pool.hpp"
#include <atomic>
#include <cstdint>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace runmat::async {
namespace detail {

// One waiter: a waker, a callback, or a child token's link. Waker and callback nodes are owned
// by their CancelRegistration; a child's link is a member of the child's state. Linked into the
// state's list while registered. Guarded by the state's mutex (FnNode::firing is atomic).
struct CancelNode {
    enum class Kind : uint8_t { Waker, Fn, Child };
    explicit CancelNode(Kind k) : kind(k) { }
    CancelNode* prev = nullptr;
    CancelNode* next = nullptr;
    Kind kind;
    bool linked = false; // in the state's list
    bool fired = false;  // woken / ran (or registered after the cancel)
};

struct WakerNode final : CancelNode {
    WakerNode() : CancelNode(Kind::Waker) { }
    Waker waker;
};

struct FnNode final : CancelNode {
    FnNode() : CancelNode(Kind::Fn) { }
    std::function<void()> fn;
    std::atomic<bool> firing { false }; // fn is running on the cancelling thread right now
    std::thread::id firing_thread;      // that thread
    bool* destroyed = nullptr;          // set by a registration dropped from inside its own fn
};

struct CancelState;
struct ChildNode final : CancelNode {
    ChildNode() : CancelNode(Kind::Child) { }
    std::weak_ptr<CancelState> state; // the child token's state, which holds this node
};

void NodeDeleter::operator()(CancelNode* n) const
{
    if (n->kind == CancelNode::Kind::Waker)
        delete static_cast<WakerNode*>(n);
    else
        delete static_cast<FnNode*>(n);
}

// Waiting for a callback that runs on another thread is rare (a registration dropped while a
// cancel from another thread runs it): one process-wide condition variable serves every state,
// so a token carries no condition variable of its own.
std::mutex g_fire_mutex;
std::condition_variable g_fire_done;

void notify_fire_done()
{
    { std::lock_guard g(g_fire_mutex); }
    g_fire_done.notify_all();
}

// A state's lock is one of a fixed set of mutexes picked by its address, so a token (one per
// task) carries no mutex of its own. Correct because no code holds two of them at once (a
// child is linked under its parent's lock only; everything that wakes, runs a callback, cancels
// a child or drops a reference that might destroy a state does so with no lock held).
constexpr size_t LOCK_STRIPES = 64;
std::mutex g_locks[LOCK_STRIPES];

struct CancelState {
    std::mutex& mutex() const { return g_locks[(reinterpret_cast<uintptr_t>(this) >> 6) % LOCK_STRIPES]; }
    std::atomic<bool> cancelled { false };
    CancelNode* head = nullptr; // guarded by mutex
    CancelNode* tail = nullptr;
    uint32_t count = 0;
    // A child token: its link in the parent's list, and the parent (kept alive while linked).
    std::shared_ptr<CancelState> parent;
    ChildNode parent_node;
    Waker task_waker; // set_task_waker(); guarded by mutex

    ~CancelState()
    {
        if (parent)
            parent->unregister(parent_node);
    }

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
    // Take `n` out of the list; if its fn runs right now on another thread, wait until it
    // returns (std::stop_callback's rule); on this thread (dropped from inside its own fn), flag
    // it so cancel() stops touching the node.
    void unregister(CancelNode& n)
    {
        std::unique_lock lock(mutex());
        if (n.linked) {
            unlink(&n);
            return;
        }
        if (n.kind != CancelNode::Kind::Fn)
            return;
        auto& f = static_cast<FnNode&>(n);
        if (!f.firing.load(std::memory_order_acquire))
            return;
        if (f.firing_thread == std::this_thread::get_id()) {
            *f.destroyed = true;
            return;
        }
        lock.unlock();
        std::unique_lock g(g_fire_mutex);
        g_fire_done.wait(g, [&] { return !f.firing.load(std::memory_order_acquire); });
    }
    void cancel();
};

// Pops waiters one at a time so a registration dropped concurrently is either still linked
// (it unlinks itself) or already popped (it waits for its fn, if any, to return). A child is
// cancelled through a strong reference taken under the lock: a child being destroyed right
// now (its last reference gone) is skipped.
void CancelState::cancel()
{
    std::unique_lock lock(mutex());
    if (cancelled.load(std::memory_order_relaxed))
        return;
    cancelled.store(true, std::memory_order_release);
    if (task_waker.valid()) {
        Waker w = std::move(task_waker);
        task_waker = Waker();
        lock.unlock();
        w.wake();
        w = Waker(); // dropped unlocked: it may hold the last reference to a task
        lock.lock();
    }
    while (head) {
        CancelNode* n = head;
        unlink(n);
        n->fired = true;
        if (n->kind == CancelNode::Kind::Waker) {
            Waker w = std::move(static_cast<WakerNode*>(n)->waker);
            lock.unlock();
            w.wake();
            w = Waker();
            lock.lock();
            continue;
        }
        if (n->kind == CancelNode::Kind::Child) {
            std::shared_ptr<CancelState> c = static_cast<ChildNode*>(n)->state.lock();
            lock.unlock();
            if (c)
                c->cancel();
            c.reset();
            lock.lock();
            continue;
        }
        auto* f = static_cast<FnNode*>(n);
        f->firing.store(true, std::memory_order_relaxed);
        f->firing_thread = std::this_thread::get_id();
        bool destroyed = false;
        f->destroyed = &destroyed;
        lock.unlock();
        f->fn();
        lock.lock();
        if (!destroyed) {
            f->destroyed = nullptr;
            f->firing.store(false, std::memory_order_release);
            notify_fire_done();
        }
    }
}

} // namespace detail

using detail::CancelNode;
using detail::CancelState;

CancelToken::CancelToken() : m_state(std::allocate_shared<CancelState>(pool::Allocator<CancelState>())) { }

void CancelToken::cancel() const { m_state->cancel(); }

bool CancelToken::is_cancelled() const { return m_state->cancelled.load(std::memory_order_acquire); }

size_t CancelToken::waiter_count() const
{
    std::lock_guard lock(m_state->mutex());
    return m_state->count;
}

// The child's link lives in the child's own state (one allocation per child); the parent
// holds it only through that link, so a dropped child is never kept alive by its parent.
CancelToken CancelToken::child() const
{
    auto state = std::allocate_shared<CancelState>(pool::Allocator<CancelState>());
    state->parent_node.state = state;
    {
        std::lock_guard lock(m_state->mutex());
        if (!is_cancelled()) {
            state->parent = m_state;
            m_state->link(&state->parent_node);
            return CancelToken(std::move(state));
        }
    }
    state->cancel();
    return CancelToken(std::move(state));
}

void CancelToken::set_task_waker(Waker waker) const
{
    {
        std::lock_guard lock(m_state->mutex());
        if (!is_cancelled()) {
            std::swap(m_state->task_waker, waker); // the old one is dropped unlocked
            return;
        }
    }
    waker.wake();
}

CancelRegistration CancelToken::register_waker(Waker waker) const
{
    detail::NodePtr node(new detail::WakerNode());
    {
        std::lock_guard lock(m_state->mutex());
        if (!is_cancelled()) {
            static_cast<detail::WakerNode*>(node.get())->waker = std::move(waker);
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
    detail::NodePtr node(new detail::FnNode());
    {
        std::lock_guard lock(m_state->mutex());
        if (!is_cancelled()) {
            static_cast<detail::FnNode*>(node.get())->fn = std::move(fn);
            m_state->link(node.get());
            return CancelRegistration(m_state, std::move(node));
        }
        node->fired = true;
    }
    fn();
    return CancelRegistration(m_state, std::move(node));
}

CancelRegistration::CancelRegistration(std::shared_ptr<CancelState> state, detail::NodePtr node)
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
    std::lock_guard lock(m_state->mutex());
    if (m_node->linked && m_node->kind == CancelNode::Kind::Waker)
        std::swap(static_cast<detail::WakerNode*>(m_node.get())->waker, waker); // old one dropped unlocked
}

bool CancelRegistration::fired() const
{
    if (!m_node)
        return false;
    std::lock_guard lock(m_state->mutex());
    return m_node->fired;
}

void CancelRegistration::reset()
{
    if (!m_node)
        return;
    m_state->unregister(*m_node);
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
