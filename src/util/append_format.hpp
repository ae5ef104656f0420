// Formatting onto the end of a string, for the writers that build one output string (JSON, text).
#pragma once

#include <fmt/compile.h>
#include <fmt/format.h>

#include <iterator>
#include <string>
#include <utility>

namespace argmine::detail {

/// Appends what `fmt::format(format, args...)` would return, without the temporary string. The writers pass
/// formats compiled with FMT_COMPILE: a format read at run time cost about 1,400 instructions a call in the
/// batch output (callgrind), most of them reading the format again each time.
template <class Format, class... Args>
void append_format(std::string& out, const Format& format, Args&&... args) {
  fmt::memory_buffer buffer;
  fmt::format_to(fmt::appender(buffer), format, std::forward<Args>(args)...);
  out.append(buffer.data(), buffer.size());
}

}  // namespace argmine::detail
