// Word-boundary engines: ICU's break iterator (over UTF-8 or UTF-16) and the fast byte-table emulation of it.
// They produce raw segments (ICU semantics); `token_rules` turns segments into UD-style tokens.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace argmine::detail {

struct Segment {
  std::uint32_t begin;
  std::uint32_t end;
};

/// Emulates ICU's word boundaries for a chunk (a run of non-space characters) made only of characters the
/// fast engine knows (`fast_word_break_class` != ineligible). Returns false, leaving `out` unchanged, when the
/// chunk has any other character. Appends segments covering `[begin, end)` of `text`.
bool fast_word_segments(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Segment>& out);

/// The same for a chunk of printable ASCII only (no check, no decoding).
void ascii_word_segments(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Segment>& out);

/// ICU word break iterator, reusable. Not thread-safe.
class IcuWordBreaker {
 public:
  IcuWordBreaker();
  ~IcuWordBreaker();
  IcuWordBreaker(const IcuWordBreaker&) = delete;
  IcuWordBreaker& operator=(const IcuWordBreaker&) = delete;

  /// Segments `[begin, end)` of `text` as one ICU text (UTF-8 UText); appends segments.
  void segment_utf8(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Segment>& out);
  /// Boundaries (byte offsets, ascending, including begin and end) of `[begin, end)`, through UTF-8.
  void boundaries_utf8(std::string_view text, std::uint32_t begin, std::uint32_t end,
                       std::vector<std::uint32_t>& out);
  /// The same through a reused UTF-16 buffer, offsets mapped back to bytes. Invalid UTF-8 maps to U+FFFD.
  void boundaries_utf16(std::string_view text, std::uint32_t begin, std::uint32_t end,
                        std::vector<std::uint32_t>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace argmine::detail
