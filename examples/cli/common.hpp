// Shared helpers of the argmine command-line tool.
#pragma once

#include <argmine/error.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace argmine::cli {

/// Exit codes: 0 success, 1 the input or run failed (a message on stderr), 2 wrong usage (CLI11's code).
inline constexpr int kExitFailure = 1;

/// Prints "argmine: <error>" on stderr and returns kExitFailure.
inline int fail(const Error& e) {
  std::fprintf(stderr, "argmine: %s\n", e.to_string().c_str());
  return kExitFailure;
}

/// Buffered stdout writer; flushes in large blocks.
class Output {
 public:
  ~Output() { flush(); }
  std::string& buffer() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= (1u << 16)) flush();
  }
  void flush() {
    if (!buf_.empty()) std::fwrite(buf_.data(), 1, buf_.size(), stdout);
    buf_.clear();
    std::fflush(stdout);
  }

 private:
  std::string buf_;
};

}  // namespace argmine::cli
