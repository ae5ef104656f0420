#include <argmine/summarize/render.hpp>

#include "summarize/render_detail.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace argmine {

Result<SummaryFormat> parse_summary_format(std::string_view name) {
  if (name == "text") return SummaryFormat::text;
  if (name == "markdown" || name == "md") return SummaryFormat::markdown;
  if (name == "json") return SummaryFormat::json;
  if (name == "html") return SummaryFormat::html;
  return Error(Errc::invalid_argument, fmt::format("unknown summary format '{}' (text, markdown, json or html)", name));
}

std::string render_summary(const ArgumentStructure& st, const Document& doc, SummaryFormat format,
                           const RenderOptions& options) {
  switch (format) {
    case SummaryFormat::text: return detail::render_text(st, doc, options);
    case SummaryFormat::markdown: return detail::render_markdown(st, doc, options);
    case SummaryFormat::json: return detail::render_json(st, doc, options);
    case SummaryFormat::html: return detail::render_html(st, doc, options);
  }
  return {};
}

namespace detail {

std::string one_line(std::string_view text, Span s) {
  std::string out(text.substr(s.begin, s.end - s.begin));
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string clip(std::string_view s, std::size_t max_chars) {
  if (display_width(s) <= max_chars) return std::string(s);
  // Byte position of the max_chars-th code point.
  std::size_t cut = 0, chars = 0;
  while (cut < s.size() && chars < max_chars - 1) {
    ++cut;
    while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
    ++chars;
  }
  const std::size_t space = s.rfind(' ', cut);
  if (space != std::string_view::npos && space > cut / 2) cut = space;
  std::string out(s.substr(0, cut));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out + "…";
}

std::vector<std::string> wrap_words(std::string_view s, std::size_t chars, std::size_t max_lines) {
  std::vector<std::string> out;
  while (!s.empty() && out.size() < max_lines) {
    if (display_width(s) <= chars) {
      out.emplace_back(s);
      break;
    }
    if (out.size() + 1 == max_lines) {
      out.push_back(clip(s, chars));
      break;
    }
    // The longest prefix that fits, cut at its last space.
    std::size_t cut = 0, n = 0, space = 0;
    while (cut < s.size() && n < chars) {
      if (s[cut] == ' ') space = cut;
      ++cut;
      while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
      ++n;
    }
    if (cut < s.size() && s[cut] == ' ') space = cut;
    const std::size_t end = space ? space : cut;
    out.emplace_back(s.substr(0, end));
    s.remove_prefix(end);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  }
  return out;
}

}  // namespace detail
}  // namespace argmine
