// argmine/error.hpp — the one error style of argmine.
//
// Every operation that can fail on its input (reading a file, decoding UTF-8, loading a model, parsing a
// corpus line) returns `Result<T>` (or `Status` when there is no value). A failed result carries an `Error`:
// a code for programs, and a message for people that names the offending input and, where it applies, the
// byte offset or line in it. Nothing in argmine throws for bad input; exceptions are left for programming
// errors (calling `value()` on a failed result) and out-of-memory.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace argmine {

/// What went wrong, for programs that branch on it.
enum class Errc : std::uint8_t {
  io,                 ///< a file could not be opened, read or written
  invalid_utf8,       ///< input bytes are not valid UTF-8 (position = byte offset)
  invalid_input,      ///< input is well-formed text but not what the operation accepts (empty, too large, ...)
  parse,              ///< a structured input (JSON line, TSV row, brat file, CoNLL-U) is malformed
  corrupt_model,      ///< a model file is truncated or its checksum does not match
  incompatible_model, ///< a model file has another magic number, format version or feature layout
  invalid_argument,   ///< an option or argument has a value the operation cannot use
};

/// Short lowercase name of a code ("invalid_utf8"), stable for JSON output.
std::string_view to_string(Errc code) noexcept;

/// A failure: code, message, the input it concerns and where in it.
class Error {
 public:
  static constexpr std::uint64_t npos = ~std::uint64_t{0};

  Error(Errc code, std::string message, std::string input = {}, std::uint64_t position = npos)
      : code_(code), message_(std::move(message)), input_(std::move(input)), position_(position) {}

  Errc code() const noexcept { return code_; }
  /// What went wrong, without the input name or position ("invalid UTF-8 sequence").
  const std::string& message() const noexcept { return message_; }
  /// The input the error concerns: a file name, "<stdin>", "line 12", or empty.
  const std::string& input() const noexcept { return input_; }
  /// Where in the input: a byte offset, except for `Errc::parse` where it is the 1-based line number; or `npos`.
  std::uint64_t position() const noexcept { return position_; }
  bool has_position() const noexcept { return position_ != npos; }

  /// One line for people: "corpus/a.txt: byte 1043: invalid UTF-8 sequence", "x.jsonl: line 7: missing text".
  std::string to_string() const;

  /// The same error about another input name (e.g. a file name added by the caller).
  Error with_input(std::string input) const& { return Error(code_, message_, std::move(input), position_); }

 private:
  Errc code_;
  std::string message_;
  std::string input_;
  std::uint64_t position_;
};

/// Thrown only by `Result::value()` on a failed result: a programming error in the caller.
class BadResultAccess : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

[[noreturn]] void throw_bad_result_access(const Error& error);

/// Either a `T` or an `Error`. Check `ok()` (or `operator bool`) before `value()`.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  T& value() & { check(); return std::get<0>(state_); }
  const T& value() const& { check(); return std::get<0>(state_); }
  T&& value() && { check(); return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  /// The error; only valid when `!ok()`.
  const Error& error() const& { return std::get<1>(state_); }
  Error&& error() && { return std::get<1>(std::move(state_)); }

 private:
  void check() const {
    if (!ok()) throw_bad_result_access(std::get<1>(state_));
  }
  std::variant<T, Error> state_;
};

/// Success or an `Error`, for operations without a value.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const noexcept { return !error_.has_value(); }
  explicit operator bool() const noexcept { return ok(); }
  /// The error; only valid when `!ok()`.
  const Error& error() const& { return *error_; }
  Error&& error() && { return std::move(*error_); }

 private:
  std::optional<Error> error_;
};

}  // namespace argmine
