#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace td {

/// What kind of failure an operation met; the CLI maps it to an exit code, the GUI to a message.
enum class ErrorKind
{
    BadInput, ///< the caller gave something unusable (bad file, invalid field, unknown value)
    NotFound, ///< a named thing does not exist
    Integrity, ///< stored data failed a consistency check
    Io, ///< the system refused (disk full, permissions, locked)
    Conflict, ///< someone else changed the data since it was read (another window, the CLI)
    Denied, ///< the office server does not allow this login to do it (its role)
    Unauthenticated, ///< the office server wants a password for this login, or refused the one
                     ///< given
};

/// A failure with a message meant for a person (already translated), never raw SQL.
struct Error
{
    ErrorKind kind = ErrorKind::BadInput;
    QString message;
};

/// A value or an Error, in the spirit of std::expected (C++23, not in g++ 12).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace td
