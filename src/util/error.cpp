#include <argmine/error.hpp>

#include <fmt/format.h>

namespace argmine {

std::string_view to_string(Errc code) noexcept {
  switch (code) {
    case Errc::io: return "io";
    case Errc::invalid_utf8: return "invalid_utf8";
    case Errc::invalid_input: return "invalid_input";
    case Errc::parse: return "parse";
    case Errc::corrupt_model: return "corrupt_model";
    case Errc::incompatible_model: return "incompatible_model";
    case Errc::invalid_argument: return "invalid_argument";
  }
  return "unknown";
}

std::string Error::to_string() const {
  std::string out;
  if (!input_.empty()) out += input_ + ": ";
  if (has_position()) {
    // Byte offsets for text errors, line numbers for line-oriented formats; the message says which.
    out += fmt::format("{} {}: ", code_ == Errc::parse ? "line" : "byte", position_);
  }
  out += message_;
  return out;
}

void throw_bad_result_access(const Error& error) {
  throw BadResultAccess("argmine: value() called on a failed result: " + error.to_string());
}

}  // namespace argmine
