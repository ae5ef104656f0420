#include "summarize/words.hpp"

#include <charconv>

namespace argmine {
extern const char* const kBuiltinPolarity;

namespace detail {

long parse_polarity(std::string_view text, HashMap<std::int8_t>& out, std::size_t& bad_line) {
  long count = 0;
  std::size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    int score = 0;
    const std::string_view num = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    const auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), score);
    if (tab == 0 || tab == std::string_view::npos || ec != std::errc() || p != num.data() + num.size() || score < -3 ||
        score > 3) {
      bad_line = line_no;
      return -1;
    }
    out.set(token_hash(line.substr(0, tab)), static_cast<std::int8_t>(score));
    ++count;
  }
  return count;
}

const HashMap<std::int8_t>& polarity_lexicon() {
  static const HashMap<std::int8_t> lexicon = [] {
    HashMap<std::int8_t> m;
    std::size_t bad = 0;
    parse_polarity(kBuiltinPolarity, m, bad);  // checked by a test at build time of the data
    return m;
  }();
  return lexicon;
}

}  // namespace detail
}  // namespace argmine
