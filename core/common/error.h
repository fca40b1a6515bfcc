#pragma once

#include "common/error_code.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace mcpscope {

// One error shape for all of core: a typed code that callers branch on (its
// stable id, errorCodeId(), is what gets printed and stored), and a sentence
// for humans that says what failed, why, and what to try.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message; // translated, complete sentence(s)
    // The number some codes carry: the JSON-RPC error code of JsonRpcAnswer,
    // the QKeychain::Error of Keychain; 0 otherwise.
    int detail = 0;

    bool operator==(const Error &) const = default;
};

// Wraps an Error on its way into a Result (like std::unexpected, which the
// clang 14 used for fuzzing cannot compile from libstdc++ 12).
struct Failure
{
    Error error;
};

inline Failure makeError(ErrorCode code, QString message, int detail = 0)
{
    return Failure{Error{code, std::move(message), detail}};
}

// A value or an Error. The subset of std::expected that core uses.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Failure failure) : m_data(std::in_place_index<1>, std::move(failure.error)) {}

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }
    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    template <typename U> T value_or(U &&fallback) const
    {
        return has_value() ? value() : T(std::forward<U>(fallback));
    }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_error(std::move(failure.error)) {}

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace mcpscope
