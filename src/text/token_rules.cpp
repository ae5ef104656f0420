#include "text/token_rules.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"
#include "util/word_set.hpp"

#include <algorithm>
#include <cstring>
#include <array>

namespace argmine::detail {
namespace {

bool ascii_alnum(unsigned char c) noexcept {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool ascii_letter(unsigned char c) noexcept { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view lower) noexcept {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != lower[i]) return false;
  }
  return true;
}

bool iends_with(std::string_view a, std::string_view lower) noexcept {
  return a.size() >= lower.size() && iequals(a.substr(a.size() - lower.size()), lower);
}

using namespace std::string_view_literals;

// Lists are written as arrays and looked up through hashed sets (no string comparisons on the hot path).
template <std::size_t N>
bool sorted_contains(const std::array<std::string_view, N>& list, std::string_view w) noexcept {
  // One set per list, built on first use.
  static const WordSet set(list);
  return set.contains(w);
}

// Abbreviations that precede a name or number and do not end sentences.
constexpr std::array kTitles{"Adm"sv, "Amb"sv, "Atty"sv, "Brig"sv, "Capt"sv, "Cmdr"sv, "Col"sv, "Cpl"sv, "Det"sv, "Dr"sv, "Drs"sv, "Fr"sv, "Ft"sv, "Gen"sv, "Gov"sv, "Govs"sv, "Hon"sv, "Insp"sv, "Lt"sv, "Maj"sv, "Messrs"sv, "Mmes"sv, "Mr"sv, "Mrs"sv, "Ms"sv, "Msgr"sv, "Mt"sv, "Pfc"sv, "Pres"sv, "Prof"sv, "Profs"sv, "Pvt"sv, "Rep"sv, "Reps"sv, "Rev"sv, "Sen"sv, "Sens"sv, "Sgt"sv, "Spc"sv, "Supt"sv, "c"sv, "ca"sv, "cf"sv, "p"sv, "e.g"sv, "i.e"sv, "v"sv, "viz"sv, "vs"sv, "Gens"sv, "Cmdrs"sv, "Lts"sv, "Sgts"sv};

// Abbreviations that may also end a sentence.
constexpr std::array kOthers{"Ala"sv, "Apr"sv, "Ariz"sv, "Ark"sv, "Assn"sv, "Assoc"sv, "Asst"sv, "Aug"sv, "Ave"sv, "Blvd"sv, "Bros"sv, "Calif"sv, "Ch"sv, "Co"sv, "Colo"sv, "Conn"sv, "Corp"sv, "Cos"sv, "Dec"sv, "Dept"sv, "Eq"sv, "Feb"sv, "Fig"sv, "Figs"sv, "Fla"sv, "Ga"sv, "Inc"sv, "Jan"sv, "Jr"sv, "Jul"sv, "Jun"sv, "Kan"sv, "Kans"sv, "Ky"sv, "Ltd"sv, "Mar"sv, "Md"sv, "Mich"sv, "Minn"sv, "Mont"sv, "Neb"sv, "Nev"sv, "No"sv, "Nos"sv, "Nov"sv, "Oct"sv, "Okla"sv, "Pa"sv, "Rd"sv, "Sep"sv, "Sept"sv, "Sr"sv, "St"sv, "Tenn"sv, "Tex"sv, "Univ"sv, "Va"sv, "Vol"sv, "Vols"sv, "Vt"sv, "Wis"sv, "Wyo"sv, "al"sv, "approx"sv, "ed"sv, "eds"sv, "etc"sv, "pp"sv};

constexpr std::array kStarters{"A"sv, "According"sv, "After"sv, "Again"sv, "All"sv, "Also"sv, "Although"sv, "Among"sv, "An"sv, "And"sv, "Another"sv, "Any"sv, "Are"sv, "As"sv, "At"sv, "Because"sv, "Before"sv, "Both"sv, "But"sv, "By"sv, "Can"sv, "Could"sv, "Despite"sv, "Did"sv, "Do"sv, "Does"sv, "During"sv, "Each"sv, "Earlier"sv, "Even"sv, "Every"sv, "Finally"sv, "First"sv, "For"sv, "From"sv, "Furthermore"sv, "Had"sv, "Has"sv, "Have"sv, "He"sv, "Her"sv, "Here"sv, "His"sv, "How"sv, "However"sv, "I"sv, "If"sv, "In"sv, "Indeed"sv, "Instead"sv, "Is"sv, "It"sv, "Its"sv, "Just"sv, "Last"sv, "Later"sv, "Let"sv, "Many"sv, "Maybe"sv, "Meanwhile"sv, "More"sv, "Moreover"sv, "Most"sv, "Much"sv, "My"sv, "Nevertheless"sv, "Next"sv, "No"sv, "Nor"sv, "Not"sv, "Now"sv, "Of"sv, "On"sv, "Once"sv, "One"sv, "Only"sv, "Or"sv, "Other"sv, "Others"sv, "Our"sv, "Over"sv, "Perhaps"sv, "Please"sv, "Second"sv, "She"sv, "Should"sv, "Since"sv, "So"sv, "Some"sv, "Still"sv, "Such"sv, "Thank"sv, "Thanks"sv, "That"sv, "The"sv, "Their"sv, "Then"sv, "There"sv, "These"sv, "They"sv, "This"sv, "Those"sv, "Though"sv, "Thus"sv, "To"sv, "Today"sv, "Under"sv, "Unlike"sv, "Was"sv, "We"sv, "Were"sv, "What"sv, "When"sv, "Where"sv, "Which"sv, "While"sv, "Who"sv, "Why"sv, "With"sv, "Would"sv, "Yet"sv, "You"sv};

// Prefixes after which UD English keeps a hyphenated word whole ("e-mail", "non-profit", "re-elect").
constexpr std::array kHyphenPrefixes{"anti"sv, "auto"sv, "bi"sv, "co"sv, "counter"sv, "cross"sv, "de"sv, "e"sv, "ex"sv, "extra"sv, "hyper"sv, "inter"sv, "intra"sv, "macro"sv, "mega"sv, "meta"sv, "micro"sv, "mid"sv, "mini"sv, "mis"sv, "multi"sv, "neo"sv, "non"sv, "pan"sv, "post"sv, "pre"sv, "pro"sv, "pseudo"sv, "re"sv, "semi"sv, "sub"sv, "super"sv, "trans"sv, "tri"sv, "ultra"sv, "un"sv, "vice"sv};

constexpr std::array kEmoticons{":'("sv, ":("sv, ":)"sv, ":-("sv, ":-)"sv, ":-D"sv, ":-P"sv, ":-p"sv, ":D"sv, ":P"sv, ":p"sv, ";)"sv, ";-)"sv};

bool is_hyphen_prefix(std::string_view w) noexcept {
  if (w.size() > 7) return false;
  char buf[8];
  for (std::size_t i = 0; i < w.size(); ++i) buf[i] = ascii_lower(w[i]);
  return sorted_contains(kHyphenPrefixes, std::string_view(buf, w.size()));
}

// "U.S", "e.g", "a.m", "Ph.D": two or more parts of one or two ASCII letters joined by periods.
bool is_dotted_letters(std::string_view w) noexcept {
  std::size_t parts = 0, run = 0;
  for (char c : w) {
    if (c == '.') {
      if (run == 0 || run > 2) return false;
      ++parts;
      run = 0;
    } else if (ascii_letter(static_cast<unsigned char>(c))) {
      ++run;
    } else {
      return false;
    }
  }
  return run >= 1 && run <= 2 && parts >= 1;
}

char32_t first_code_point(std::string_view text, std::uint32_t b) noexcept {
  std::size_t i = b;
  return next_code_point(text, i);
}

std::uint32_t code_point_length(char32_t cp) noexcept {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

bool is_single(std::string_view text, const Segment& s, char c) noexcept {
  return s.end == s.begin + 1 && text[s.begin] == c;
}

bool is_apostrophe_cp(char32_t cp) noexcept { return cp == '\'' || cp == 0x2019; }

bool is_number_segment(std::string_view text, const Segment& s) noexcept {
  return is_digit(first_code_point(text, s.begin));
}

bool all_digits(std::string_view w) noexcept {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// End of a URL starting at `b` in a chunk ending at `e`: strip trailing punctuation and unbalanced closers.
std::uint32_t url_end(std::string_view text, std::uint32_t b, std::uint32_t e) noexcept {
  int open = 0, close = 0;
  for (std::uint32_t i = b; i < e; ++i) {
    open += text[i] == '(';
    close += text[i] == ')';
  }
  while (e > b) {
    const unsigned char c = static_cast<unsigned char>(text[e - 1]);
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"' ||
        c == ']' || c == '}' || c == '>') {
      --e;
    } else if (c == ')' && close > open) {
      --e;
      --close;
    } else if (e - b >= 3 && c >= 0x80) {
      std::size_t k = e;
      const char32_t cp = prev_code_point(text, k);
      if (cp == 0x2019 || cp == 0x201D || cp == 0x2026 || cp == 0x2014 || cp == 0x2013) {
        e = static_cast<std::uint32_t>(k);
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return e;
}

bool starts_with_ci(std::string_view text, std::uint32_t i, std::uint32_t e, std::string_view lower) noexcept {
  return e - i >= lower.size() && iequals(text.substr(i, lower.size()), lower);
}

constexpr std::array kDomains{"com"sv, "net"sv, "org"sv, "edu"sv, "gov"sv, "mil"sv, "int"sv, "info"sv,
                                             "biz"sv, "io"sv, "co"sv, "uk"sv, "us"sv, "ca"sv, "de"sv, "fr"sv, "au"sv,
                                             "in"sv, "ru"sv, "cn"sv, "jp"sv, "nl"sv, "htm"sv, "html"sv, "doc"sv,
                                             "pdf"sv, "jpg"sv, "txt"sv, "exe"sv};

// "service.There": two sentences run together without a space. ICU keeps letters around a period together
// (for "example.com"), UD splits them. Returns the offset of the period, or 0.
std::uint32_t missing_space_period(std::string_view text, const Segment& s) noexcept {
  const std::string_view w = text.substr(s.begin, s.end - s.begin);
  const std::size_t dot = w.find('.');
  if (dot == std::string_view::npos || dot < 2 || w.find('.', dot + 1) != std::string_view::npos) return 0;
  if (!(w[dot - 1] >= 'a' && w[dot - 1] <= 'z')) return 0;
  const std::string_view right = w.substr(dot + 1);
  if (right.size() < 2 || !(right[0] >= 'A' && right[0] <= 'Z')) return 0;
  bool lower = false;
  for (std::size_t k = 1; k < right.size(); ++k) {
    const char c = right[k];
    if (c >= 'a' && c <= 'z') lower = true;
    else if (!(c == '\'' || (c >= 'A' && c <= 'Z'))) return 0;
  }
  if (!lower) return 0;
  char buf[16];  // the longest word a WordSet holds (a smaller buffer draws a false -Warray-bounds from its pack)
  const std::size_t n = std::min<std::size_t>(right.size(), sizeof buf);
  for (std::size_t k = 0; k < n; ++k) buf[k] = ascii_lower(right[k]);
  if (right.size() <= sizeof buf && sorted_contains(kDomains, std::string_view(buf, n))) return 0;
  return s.begin + static_cast<std::uint32_t>(dot);
}

bool is_local_part_char(unsigned char c) noexcept {
  return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(unsigned char c) noexcept { return ascii_alnum(c) || c == '.' || c == '-'; }

// Top-level domains of links printed without "http://" ("pic.twitter.com/...", "bit.ly/..."); a short list,
// so that "and/or", "km/h" and "9/11" stay words.
bool is_link_domain(std::string_view tld) noexcept {
  for (std::string_view d :
       {"com", "org", "net", "gov", "edu", "mil", "io", "co", "ly", "us", "uk", "tv", "me", "gl"}) {
    if (tld == d) return true;
  }
  return false;
}
bool is_tag_char(unsigned char c) noexcept { return ascii_alnum(c) || c == '_' || c >= 0x80; }

}  // namespace

AbbreviationClass abbreviation_class(std::string_view w) noexcept {
  if (w.empty() || w.size() > 8) return AbbreviationClass::none;
  if (w.size() == 1) {
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if (c >= 'A' && c <= 'Z' && c != 'I') return AbbreviationClass::initial;
    // One lowercase letter only when listed: "Brown v. Board", "c. 1900", "p. 5".
    return sorted_contains(kTitles, w) ? AbbreviationClass::title : AbbreviationClass::none;
  }
  if (sorted_contains(kTitles, w)) return AbbreviationClass::title;
  if (sorted_contains(kOthers, w)) return AbbreviationClass::other;
  if (is_dotted_letters(w)) return AbbreviationClass::other;
  return AbbreviationClass::none;
}

bool is_sentence_starter(std::string_view w) noexcept { return sorted_contains(kStarters, w); }

void TokenRules::find_specials(std::string_view text, std::uint32_t b, std::uint32_t e) {
  specials_.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::uint32_t floor = b;  // no special may start before the end of the previous one
  for (std::uint32_t i = b; i < e;) {
    const unsigned char c = p[i];
    const bool word_start = i == b || !ascii_alnum(p[i - 1]);
    if (word_start && (c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W')) {
      std::uint32_t body = 0;
      if (starts_with_ci(text, i, e, "http://")) body = 7;
      else if (starts_with_ci(text, i, e, "https://")) body = 8;
      else if (starts_with_ci(text, i, e, "ftp://")) body = 6;
      else if (starts_with_ci(text, i, e, "www.")) body = 4;
      if (body != 0 && i + body < e && ascii_alnum(p[i + body])) {
        const std::uint32_t end = url_end(text, i, e);
        if (end > i + body) {
          specials_.push_back({i, end, TokenKind::url});
          floor = i = end;
          continue;
        }
      }
    }
    if (c == '@') {
      std::uint32_t ls = i;
      while (ls > floor && is_local_part_char(p[ls - 1])) --ls;
      while (ls < i && !ascii_alnum(p[ls])) ++ls;
      std::uint32_t de = i + 1;
      while (de < e && is_domain_char(p[de])) ++de;
      while (de > i + 1 && (p[de - 1] == '.' || p[de - 1] == '-')) --de;
      const std::string_view domain = text.substr(i + 1, de - i - 1);
      const auto dot = domain.rfind('.');
      bool email = ls < i && dot != std::string_view::npos && dot > 0 && domain.size() - dot - 1 >= 2;
      if (email) {
        for (std::size_t k = dot + 1; k < domain.size(); ++k) email &= ascii_letter(static_cast<unsigned char>(domain[k]));
      }
      if (email) {
        specials_.push_back({ls, de, TokenKind::email});
        floor = i = de;
        continue;
      }
      if (word_start) {
        std::uint32_t he = i + 1;
        while (he < e && (ascii_alnum(p[he]) || p[he] == '_')) ++he;
        if (he > i + 1) {
          specials_.push_back({i, he, TokenKind::handle});
          floor = i = he;
          continue;
        }
      }
    }
    // A link without its scheme: "pic.twitter.com/x1AbC" (how news pages print embedded posts' pictures),
    // "bit.ly/2xYz", "twitter.com/foo/status/1": a host with a known top-level domain, then a path.
    if (c == '/' && i > floor && i + 1 < e && ascii_alnum(p[i + 1])) {
      std::uint32_t ds = i;
      while (ds > floor && is_domain_char(p[ds - 1])) --ds;
      const std::string_view host = text.substr(ds, i - ds);
      const auto dot = host.rfind('.');
      if (dot != std::string_view::npos && dot > 0 && ascii_alnum(p[ds]) && (ds == b || p[ds - 1] != '@') &&
          is_link_domain(host.substr(dot + 1))) {
        const std::uint32_t end = url_end(text, ds, e);
        specials_.push_back({ds, end, TokenKind::url});
        floor = i = end;
        continue;
      }
    }
    if (c == '#' && word_start) {
      std::uint32_t he = i + 1;
      bool letter = false;
      while (he < e && is_tag_char(p[he])) {
        if (p[he] < 0x80) {
          letter |= ascii_letter(p[he]);
          ++he;
        } else {
          std::size_t k = he;
          const char32_t cp = next_code_point(text, k);
          if (!is_alnum(cp)) break;
          letter |= is_letter(cp);
          he = static_cast<std::uint32_t>(k);
        }
      }
      if (letter) {
        specials_.push_back({i, he, TokenKind::hashtag});
        floor = i = he;
        continue;
      }
    }
    ++i;
  }
  if (specials_.empty() && e - b <= 3 && e - b >= 2 && (p[b] == ':' || p[b] == ';') &&
      sorted_contains(kEmoticons, text.substr(b, e - b))) {
    specials_.push_back({b, e, TokenKind::emoticon});
  }
}

void TokenRules::add_chunk(std::string_view text, std::uint32_t begin, std::uint32_t end,
                           std::span<const Segment> segs, std::vector<Token>& out) {
  auto emit = [&out](std::uint32_t b, std::uint32_t e, TokenKind kind, std::uint8_t flags = 0) {
    out.push_back(Token{b, e, kind, flags});
  };

  // Cheap test first: most chunks have none of the characters specials need (URLs have ':' or "www.").
  bool maybe_special = false, inner_dot = false;
  for (std::uint32_t i = begin; i < end; ++i) {
    const char c = text[i];
    maybe_special |= c == '@' || c == '#' || c == ':' || c == ';';
    inner_dot |= c == '.' && i + 1 < end;
  }
  if (maybe_special || inner_dot) find_specials(text, begin, end);
  else specials_.clear();

  // Split "service.There" into three segments (rare: copy only then).
  for (std::size_t k = 0; inner_dot && k < segs.size(); ++k) {
    if (missing_space_period(text, segs[k]) == 0) continue;
    resegmented_.assign(segs.begin(), segs.end());
    for (std::size_t m = resegmented_.size(); m-- > 0;) {
      const std::uint32_t dot = missing_space_period(text, resegmented_[m]);
      if (dot == 0) continue;
      const Segment whole = resegmented_[m];
      resegmented_[m] = {whole.begin, dot};
      resegmented_.insert(resegmented_.begin() + static_cast<std::ptrdiff_t>(m) + 1,
                          {Segment{dot, dot + 1}, Segment{dot + 1, whole.end}});
    }
    segs = resegmented_;
    break;
  }

  const std::size_t n = segs.size();
  std::size_t sp = 0;
  std::size_t i = 0;
  while (i < n) {
    const Segment s = segs[i];
    // A special inside the segments the last one took ("@_@_": two handles, one segment) is part of it.
    while (sp < specials_.size() && specials_[sp].end <= s.begin) ++sp;
    if (sp < specials_.size() && specials_[sp].begin < s.end) {
      std::size_t j = i;
      while (j < n && segs[j].begin < specials_[sp].end) ++j;
      emit(s.begin, segs[j - 1].end, specials_[sp].kind);
      ++sp;
      i = j;
      continue;
    }
    const char32_t c = first_code_point(text, s.begin);
    const bool single = s.end == s.begin + code_point_length(c);

    if (is_letter(c)) {
      std::uint32_t e = s.end;
      std::size_t j = i + 1;
      // Hyphenated words after a prefix stay whole: "e-mail", "non-profit", "re-elect".
      while (j + 1 < n && is_single(text, segs[j], '-') && is_hyphen_prefix(text.substr(s.begin, e - s.begin)) &&
             is_alnum(first_code_point(text, segs[j + 1].begin))) {
        e = segs[j + 1].end;
        j += 2;
      }
      // "b/c", "w/o"
      if (e - s.begin == 1 && j + 1 < n && is_single(text, segs[j], '/') && segs[j + 1].end == segs[j + 1].begin + 1 &&
          ascii_letter(static_cast<unsigned char>(text[segs[j + 1].begin]))) {
        emit(s.begin, segs[j + 1].end, TokenKind::word);
        i = j + 2;
        continue;
      }
      const std::string_view w = text.substr(s.begin, e - s.begin);
      // An abbreviation keeps its period: "Mr.", "U.S.", "W.", "etc." (but not the first dot of "etc...").
      if (j < n && is_single(text, segs[j], '.') && !(j + 1 < n && is_single(text, segs[j + 1], '.')) &&
          abbreviation_class(w) != AbbreviationClass::none) {
        emit(s.begin, segs[j].end, TokenKind::word, Token::abbreviation);
        i = j + 1;
        continue;
      }
      bool split = false;
      if (split_clitics_) {
        std::uint32_t cut = 0;
        if (splits_in_two(w)) {
          cut = 3;
        } else if (w.size() >= 4 && iends_with(w, "n't") && ascii_letter(static_cast<unsigned char>(w[w.size() - 4]))) {
          cut = static_cast<std::uint32_t>(w.size() - 3);
        } else if (w.size() >= 6 && iends_with(w, "n\xE2\x80\x99t") &&
                   ascii_letter(static_cast<unsigned char>(w[w.size() - 6]))) {
          cut = static_cast<std::uint32_t>(w.size() - 5);
        } else if (w.size() >= 3 && (std::memchr(w.data() + w.size() - std::min<std::size_t>(w.size(), 6), '\'',
                                                 std::min<std::size_t>(w.size(), 6)) ||
                                     std::memchr(w.data(), 0xE2, w.size()))) {
          // 's 'm 'd 're 've 'll, with a straight or curly apostrophe (three bytes: "I’ve" ends 5 bytes from
          // the apostrophe's start).
          for (std::size_t k = w.size() >= 5 ? w.size() - 5 : 0; k + 1 < w.size(); ++k) {
            std::size_t alen = 0;
            if (w[k] == '\'') alen = 1;
            else if (w.compare(k, 3, "\xE2\x80\x99") == 0) alen = 3;
            if (alen == 0 || k == 0) continue;
            const std::string_view suffix = w.substr(k + alen);
            if (iequals(suffix, "s") || iequals(suffix, "m") || iequals(suffix, "d") || iequals(suffix, "re") ||
                iequals(suffix, "ve") || iequals(suffix, "ll")) {
              std::size_t before = k;
              if (is_alnum(prev_code_point(w, before))) cut = static_cast<std::uint32_t>(k);
            }
            break;
          }
        }
        if (cut != 0) {
          emit(s.begin, s.begin + cut, TokenKind::word);
          emit(s.begin + cut, e, TokenKind::word, Token::clitic);
          split = true;
        }
      }
      if (!split) emit(s.begin, e, TokenKind::word);
      // Possessive apostrophe after a plural: "Sanders’", "states'" (unless it closes an open single quote).
      if (split_clitics_ && !split && j < n && (w.back() == 's' || w.back() == 'S')) {
        const Segment a = segs[j];
        const char32_t ac = first_code_point(text, a.begin);
        if (is_apostrophe_cp(ac) && a.end == a.begin + code_point_length(ac) &&
            (j + 1 == n || !is_alnum(first_code_point(text, segs[j + 1].begin)))) {
          if (single_quote_open_) {
            single_quote_open_ = false;
            emit(a.begin, a.end, TokenKind::quote);
          } else {
            emit(a.begin, a.end, TokenKind::quote, Token::clitic);
          }
          ++j;
        }
      }
      i = j;
      continue;
    }

    if (is_digit(c)) {
      std::uint32_t e = s.end;
      std::size_t j = i + 1;
      if (j + 1 < n && (is_single(text, segs[j], '/') || is_single(text, segs[j], ':')) &&
          is_number_segment(text, segs[j + 1])) {
        // Dates and times: "08/16/2000", "12:30", "03:14:14".
        const char sep = text[segs[j].begin];
        while (j + 1 < n && is_single(text, segs[j], sep) && is_number_segment(text, segs[j + 1])) {
          e = segs[j + 1].end;
          j += 2;
        }
      } else if (j + 1 < n && is_single(text, segs[j], '-') &&
                 all_digits(text.substr(segs[j + 1].begin, segs[j + 1].end - segs[j + 1].begin)) &&
                 all_digits(text.substr(s.begin, s.end - s.begin))) {
        // Phone numbers and codes stay whole ("303-832-8160", "16802-6601"); ranges split ("1998-2004", "3-5").
        const std::size_t left = s.end - s.begin;
        const std::size_t right = segs[j + 1].end - segs[j + 1].begin;
        const bool third = j + 3 < n && is_single(text, segs[j + 2], '-') &&
                           all_digits(text.substr(segs[j + 3].begin, segs[j + 3].end - segs[j + 3].begin));
        if (third) {
          e = segs[j + 3].end;
          j += 4;
        } else if (left != 4 && left + right >= 5 && !(left <= 2 && right <= 2)) {
          e = segs[j + 1].end;
          j += 2;
        }
      }
      emit(s.begin, e, TokenKind::number);
      // "the 1990's": ICU separates the apostrophe after digits; UD splits off "'s" as after words.
      if (split_clitics_ && j + 1 < n && segs[j + 1].end == segs[j + 1].begin + 1 && text[segs[j + 1].begin] == 's' &&
          (j + 2 == n || !is_alnum(first_code_point(text, segs[j + 2].begin)))) {
        const char32_t ac = first_code_point(text, segs[j].begin);
        if (is_apostrophe_cp(ac) && segs[j].end == segs[j].begin + code_point_length(ac)) {
          emit(segs[j].begin, segs[j + 1].end, TokenKind::word, Token::clitic);
          j += 2;
        }
      }
      i = j;
      continue;
    }

    if (single) {
      std::size_t j = i + 1;
      // A number written from its decimal point, ".5 percent", ".45 caliber", ".1 million" (a dollar figure
      // whose "$3" was lost): one number, no sentence's end.
      if (c == '.' && s.begin == begin && j < n && segs[j].begin == s.end && is_number_segment(text, segs[j])) {
        emit(s.begin, segs[j].end, TokenKind::number);
        i = j + 1;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
        // ". . ." is three tokens, "..." one; "?!" one.
        std::uint32_t e = s.end;
        while (j < n && segs[j].begin == e) {
          const char32_t d = first_code_point(text, segs[j].begin);
          if (!(d == '.' || d == '!' || d == '?' || d == 0x2026) || segs[j].end != segs[j].begin + code_point_length(d)) break;
          e = segs[j].end;
          ++j;
        }
        emit(s.begin, e, TokenKind::punctuation);
        i = j;
        continue;
      }
      if ((c == '\'' || c == 0x2019 || c == 0x2018) && j < n) {
        const std::string_view next = text.substr(segs[j].begin, segs[j].end - segs[j].begin);
        // "’70s", "'em", "'cause"
        if (next.size() == 3 && next[2] == 's' && all_digits(next.substr(0, 2))) {
          emit(s.begin, segs[j].end, TokenKind::number);
          i = j + 1;
          continue;
        }
        if (c != 0x2018 && (next == "em" || next == "cause" || next == "til")) {
          emit(s.begin, segs[j].end, TokenKind::word);
          i = j + 1;
          continue;
        }
      }
      if (c == '\'' || c == 0x2018 || c == 0x2019) {
        const bool opening = (s.begin == begin || c == 0x2018) && j < n;
        single_quote_open_ = opening;
        emit(s.begin, s.end, TokenKind::quote);
        i = j;
        continue;
      }
      const TokenKind kind = kind_of_symbol(c);
      if (c != '(' && c != ')' && c != '[' && c != ']' && c != '{' && c != '}' && c != ',' && c != ';' && c != ':' &&
          c != '"' && kind != TokenKind::quote && kind != TokenKind::emoji) {
        // Runs of one symbol ("--", "$$$", "**", "==", "<<"), and rules of '-' and '=' ("----==").
        const bool rule_char = c == '-' || c == '=';
        std::uint32_t e = s.end;
        while (j < n && segs[j].begin == e && segs[j].end == e + code_point_length(c)) {
          const char32_t d = first_code_point(text, segs[j].begin);
          if (!(d == c || (rule_char && (d == '-' || d == '=')))) break;
          e = segs[j].end;
          ++j;
        }
        emit(s.begin, e, kind);
        i = j;
        continue;
      }
      emit(s.begin, s.end, kind);
      i = j;
      continue;
    }

    // A multi-character segment that starts with neither a letter nor a digit: an emoji sequence, "__", "@@".
    TokenKind kind = kind_of_symbol(c);
    if (kind != TokenKind::emoji) {
      std::size_t k = s.begin;
      while (k < s.end) {
        if (is_letter(next_code_point(text, k))) {
          kind = TokenKind::word;
          break;
        }
      }
    }
    emit(s.begin, s.end, kind);
    ++i;
  }
}

}  // namespace argmine::detail
