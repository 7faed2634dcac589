// Result<T>: a value or a typed error (default RuntimeError). After Ladybird's ErrorOr.
// The success path is cheap: the error lives behind a pointer, so Result<Value> is small.
#pragma once
#include "support/error.hpp"
#include <cassert>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace runmat {

// Holds an error of type E on the heap so that Result stays two words on success.
template <typename E = RuntimeError>
struct Failure {
    std::unique_ptr<E> error;
    explicit Failure(E e) : error(std::make_unique<E>(std::move(e))) { }
    explicit Failure(std::unique_ptr<E> e) : error(std::move(e)) { }
};

template <typename T, typename E = RuntimeError>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(E error) : m_error(std::make_unique<E>(std::move(error))) { }
    Result(Failure<E> f) : m_error(std::move(f.error)) { }
    template <typename U, typename = std::enable_if_t<std::is_convertible_v<U, T> && !std::is_same_v<std::decay_t<U>, T>>>
    Result(U&& v) : m_value(T(std::forward<U>(v))) { }

    bool is_error() const { return m_error != nullptr; }
    explicit operator bool() const { return m_error == nullptr; }
    T& value() & { assert(!m_error); return *m_value; }
    T const& value() const& { assert(!m_error); return *m_value; }
    T&& value() && { assert(!m_error); return std::move(*m_value); }
    T release_value() { assert(!m_error); return std::move(*m_value); }
    E& error() & { return *m_error; }
    E const& error() const& { return *m_error; }
    E release_error() { return std::move(*m_error); }
    Failure<E> release_failure() { return Failure<E>(std::move(m_error)); }
    T* operator->() { return &*m_value; }
    T& operator*() { return *m_value; }

private:
    std::optional<T> m_value;
    std::unique_ptr<E> m_error;
};

template <typename E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E error) : m_error(std::make_unique<E>(std::move(error))) { }
    Result(Failure<E> f) : m_error(std::move(f.error)) { }
    bool is_error() const { return m_error != nullptr; }
    explicit operator bool() const { return m_error == nullptr; }
    E& error() & { return *m_error; }
    E const& error() const& { return *m_error; }
    E release_error() { return std::move(*m_error); }
    Failure<E> release_failure() { return Failure<E>(std::move(m_error)); }

private:
    std::unique_ptr<E> m_error;
};

using VoidResult = Result<void>;

} // namespace runmat

// TRY(expr): evaluate a Result; on error return it from the enclosing function (which must
// return a Result with the same error type); otherwise yield the value. GCC/Clang extension.
#define TRY(expr)                                                   \
    ({                                                              \
        auto _runmat_try = (expr);                                  \
        if (_runmat_try.is_error())                                 \
            return _runmat_try.release_failure();                   \
        std::move(_runmat_try).value();                             \
    })
// TRY_VOID(expr): for Result<void>.
#define TRY_VOID(expr)                                              \
    do {                                                            \
        auto _runmat_try = (expr);                                  \
        if (_runmat_try.is_error())                                 \
            return _runmat_try.release_failure();                   \
    } while (0)
