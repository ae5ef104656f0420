// The renderers of summarize/render.hpp, one per format, and what they share.
#pragma once

#include <argmine/summarize/render.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace argmine::detail {

std::string render_json(const ArgumentStructure& st, const Document& doc, const RenderOptions& o);
std::string render_text(const ArgumentStructure& st, const Document& doc, const RenderOptions& o);
std::string render_markdown(const ArgumentStructure& st, const Document& doc, const RenderOptions& o);
std::string render_html(const ArgumentStructure& st, const Document& doc, const RenderOptions& o);

/// The text of a span with line breaks as spaces.
std::string one_line(std::string_view text, Span s);

/// At most `max_chars` characters of `s` (cut at a word boundary, never inside a UTF-8 sequence), with "…"
/// when cut.
std::string clip(std::string_view s, std::size_t max_chars);

/// The words of `s` in lines of at most `chars` characters (a word longer than that is cut), at most
/// `max_lines` of them, the last clipped with "…" when the text goes on.
std::vector<std::string> wrap_words(std::string_view s, std::size_t chars, std::size_t max_lines);

/// Number of code points of UTF-8 `s` (the width of the text on a terminal, near enough for Latin text).
std::size_t display_width(std::string_view s);

}  // namespace argmine::detail
