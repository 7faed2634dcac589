// Poll<T>: the state of a future after one poll. Pending is a state, never an error.
#pragma once
#include <optional>
#include <utility>

namespace runmat::async {

struct PendingTag { };
inline constexpr PendingTag Pending {};

template <typename T>
class [[nodiscard]] Poll {
public:
    Poll(PendingTag) { }
    Poll(T value) : m_value(std::move(value)) { }
    bool is_ready() const { return m_value.has_value(); }
    bool is_pending() const { return !m_value.has_value(); }
    T& value() { return *m_value; }
    T take() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
};

struct Ready { };

template <>
class [[nodiscard]] Poll<void> {
public:
    Poll(PendingTag) : m_ready(false) { }
    Poll(Ready) : m_ready(true) { }
    bool is_ready() const { return m_ready; }
    bool is_pending() const { return !m_ready; }

private:
    bool m_ready;
};

} // namespace runmat::async
