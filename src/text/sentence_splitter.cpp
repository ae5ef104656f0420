#include "text/sentence_splitter.hpp"

#include "text/chars.hpp"
#include "text/token_rules.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace argmine::detail {
namespace {

char32_t first_cp(std::string_view text, const Token& t) noexcept {
  std::size_t i = t.begin;
  return next_code_point(text, i);
}

enum class Terminal { none, period, ellipsis, exclamation, abbreviation };

Terminal terminal_kind(std::string_view text, const Token& t) noexcept {
  if (t.has(Token::abbreviation)) return Terminal::abbreviation;
  if (t.kind != TokenKind::punctuation) return Terminal::none;
  if (t.size() == 1) {
    const char c = text[t.begin];
    return c == '.' ? Terminal::period : (c == '!' || c == '?') ? Terminal::exclamation : Terminal::none;
  }
  bool any = false, strong = false;
  for (std::size_t i = t.begin; i < t.end;) {
    const char32_t cp = next_code_point(text, i);
    if (!is_sentence_terminal(cp)) return Terminal::none;
    any = true;
    strong |= cp != '.' && cp != 0x2026;
  }
  if (!any) return Terminal::none;
  if (strong) return Terminal::exclamation;
  return t.size() == 1 ? Terminal::period : Terminal::ellipsis;
}

bool is_closer(std::string_view text, const Token& t) noexcept {
  if (t.kind == TokenKind::quote) return true;
  if (t.kind != TokenKind::punctuation || t.size() != 1) return false;
  const char c = text[t.begin];
  return c == ')' || c == ']' || c == '}';
}

bool is_char(std::string_view text, const Token& t, char c) noexcept { return t.size() == 1 && text[t.begin] == c; }

// Prose wrapped at a fixed width: a line that starts in lowercase, or lines (all but the last) of similar,
// typical wrapping widths. Lines of titles, credits, lists and addresses are shorter or uneven.
bool is_hard_wrapped(std::string_view text, std::span<const Token> tokens, std::uint32_t first, std::uint32_t end) {
  std::uint32_t lines = 0;
  std::uint32_t shortest = ~0u, longest = 0;
  std::uint32_t line_begin = tokens[first].begin;
  for (std::uint32_t i = first + 1; i < end; ++i) {
    if (!tokens[i].has(Token::line_start)) continue;
    if (is_lower(first_cp(text, tokens[i]))) return true;
    const std::uint32_t len = tokens[i - 1].end - line_begin;
    shortest = std::min(shortest, len);
    longest = std::max(longest, len);
    line_begin = tokens[i].begin;
    ++lines;
  }
  return lines >= 1 && shortest >= 55 && longest <= 100 && longest - shortest <= 25;
}


// "***", "_____", "=====", "-----": a separator line, a sentence of its own.
bool is_separator(std::string_view text, const Token& t) noexcept {
  const char c = text[t.begin];
  if (c != '*' && c != '_' && c != '=' && c != '-' && c != '~' && c != '#') return false;
  if (t.size() < (c == '-' ? 4u : 3u)) return false;
  for (std::uint32_t k = t.begin; k < t.end; ++k) {
    if (text[k] != c) return false;
  }
  return true;
}

bool is_word(std::string_view text, const Token& t, std::string_view w) noexcept {
  return text.substr(t.begin, t.size()) == w;
}

// Closing formulas of letters and e-mails that stand before a signature: "Regards," "Thanks,".
bool is_valediction(std::string_view text, std::span<const Token> tokens, std::uint32_t start, std::uint32_t comma) {
  static constexpr std::string_view kOne[] = {"Regards", "Thanks", "Sincerely", "Cheers", "Best", "Love",
                                              "Respectfully", "Yours", "Thx", "Cordially"};
  static constexpr std::string_view kFirst[] = {"Best", "Kind", "Kindest", "Warm", "Warmest", "With", "Many",
                                                "Thank", "Yours", "Sincerely", "All"};
  const std::uint32_t n = comma - start;
  if (n == 1) {
    for (auto w : kOne) if (is_word(text, tokens[start], w)) return true;
    return false;
  }
  if (n == 2) {
    for (auto w : kFirst) if (is_word(text, tokens[start], w)) return true;
  }
  return false;
}

// The greeting line of a letter or e-mail: "Hi," "Dear All," "Good Morning Debra -" "Steve, Rod and Elyse -".
bool is_salutation(std::string_view text, std::span<const Token> tokens, std::uint32_t start, std::uint32_t punct) {
  static constexpr std::string_view kGreetings[] = {"Hi", "Hello", "Hey", "Dear", "Greetings", "Good", "Howdy"};
  const std::uint32_t n = punct - start;
  if (n == 0 || n > 5) return false;
  for (auto w : kGreetings) if (is_word(text, tokens[start], w)) return true;
  const bool colon = is_char(text, tokens[punct], ':');
  if (tokens[punct].kind != TokenKind::dash && !colon) return false;  // "However, ..." is no greeting
  // A greeting's dash stands apart from what follows; a hyphen joining two words is a party and state
  // ("Rand Paul, R-Ky., said") or a compound, not the end of a greeting.
  if (!colon && punct + 1 < tokens.size() && tokens[punct + 1].begin == tokens[punct].end &&
      punct > start && tokens[punct - 1].end == tokens[punct].begin) {
    return false;
  }
  // "Vince -", "Steve, Rod and Elyse -": one name, or a list of names; "George Chriss:" (a speaker) but
  // not "Summary:".
  bool list = colon ? n >= 2 && n <= 3 : n == 1;
  for (std::uint32_t k = start; k < punct; ++k) {
    const Token& t = tokens[k];
    const bool name = t.kind == TokenKind::word && is_upper(first_cp(text, t)) &&
                      !is_sentence_starter(text.substr(t.begin, t.size()));
    const bool joint = is_word(text, t, "and") || is_char(text, t, ',');
    if (!(name || joint)) return false;
    list |= joint;
  }
  return list;
}

// An e-mail header line names its sender before the time stamp: an address, "<...>", or a full name.
bool after_sender(std::string_view text, std::span<const Token> tokens, std::uint32_t start, std::uint32_t at) {
  const Token& prev = tokens[at - 1];
  if (prev.kind == TokenKind::email || is_char(text, prev, '>')) return true;
  if (text.substr(prev.begin, prev.size()).find('@') != std::string_view::npos) return true;  // "Johnson/ENRON@ECT"
  auto capitalized = [&](const Token& t) { return t.kind == TokenKind::word && is_upper(first_cp(text, t)); };
  return at - start >= 2 && capitalized(prev) && capitalized(tokens[at - 2]);
}

bool is_time(std::string_view text, const Token& t) noexcept {
  return t.kind == TokenKind::number && text.substr(t.begin, t.size()).find(':') != std::string_view::npos;
}
bool is_date(std::string_view text, const Token& t) noexcept {
  return t.kind == TokenKind::number && text.substr(t.begin, t.size()).find('/') != std::string_view::npos;
}
bool is_meridiem(std::string_view text, const Token& t) noexcept {
  return is_word(text, t, "AM") || is_word(text, t, "PM") || is_word(text, t, "am") || is_word(text, t, "pm");
}

// A speaker and a reporting verb after a quotation's closing mark: one to four capitalized words ("Trump",
// "Sen. Chuck Schumer"), then "said", "tweeted", "asked" ...
// After a full stop only "X said." counts: '... a huge gain.” Nisbett writes in his book, “I know ...' and
// '“absurd.” She said, unlike ...' are new sentences.
bool speaker_follows(std::string_view text, std::span<const Token> tokens, std::uint32_t at, std::uint32_t end,
                     bool after_period) {
  static constexpr std::string_view kVerbs[] = {"said",    "says",     "asked",   "asks",      "tweeted",
                                                "tweets",  "wrote",    "writes",  "added",     "adds",
                                                "told",    "replied",  "responded", "exclaimed", "shouted",
                                                "declared", "insisted", "continued", "posted",  "explained"};
  // Not an opener ("As Gorsuch wrote in Bostock, ..."); a subject ("The president", "I", "She") may be.
  if (at < end && tokens[at].kind == TokenKind::word) {
    const std::string_view w = text.substr(tokens[at].begin, tokens[at].size());
    if (is_sentence_starter(w) && w != "The" && w != "I" && w != "He" && w != "She" && w != "We" && w != "They") {
      return false;
    }
  }
  std::uint32_t k = at;
  while (k < end && k < at + 4 && tokens[k].kind == TokenKind::word && is_upper(first_cp(text, tokens[k]))) ++k;
  if (k == at || k + 1 >= end || tokens[k].kind != TokenKind::word) return false;
  bool verb = false;
  for (auto v : kVerbs) verb |= is_word(text, tokens[k], v);
  if (!verb) return false;
  // ... and nothing it says of its own: "Trump tweeted." or "Trump tweeted on Saturday.", not "Chahine said
  // her family spent $20,000" (a new sentence).
  static constexpr std::string_view kWhen[] = {"on",    "in",        "at",    "during", "after", "late", "early",
                                               "last",  "yesterday", "today", "tonight", "this",  "Monday", "Tuesday",
                                               "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const Token& next = tokens[k + 1];
  if (is_char(text, next, '.') || is_char(text, next, ';')) return true;
  if (after_period) return false;
  // "Trump said, adding ..." but not 'Strong said, "As the speaker ...' (a new quotation).
  if (is_char(text, next, ',')) return k + 2 >= end || tokens[k + 2].kind != TokenKind::quote;
  for (auto w : kWhen) if (is_word(text, next, w)) return true;
  return false;
}

// A news agency's dateline opening a paragraph: "(CNN)", "Washington (CNN) -", "WASHINGTON (Reuters) -",
// "NEW YORK (AP) —": a place of a few capitalized words, the agency in brackets, a dash. Returns the token
// after it when a capitalized word follows, else `first`. (1,022 of the 12,000 news-allsides articles open so.)
std::uint32_t dateline_end(std::string_view text, std::span<const Token> tokens, std::uint32_t first,
                           std::uint32_t end) {
  std::uint32_t k = first;
  while (k < end && k - first < 6 && (tokens[k].kind == TokenKind::word || is_char(text, tokens[k], ',')) &&
         (is_char(text, tokens[k], ',') || is_upper(first_cp(text, tokens[k])))) {
    ++k;
  }
  if (k + 3 >= end || !is_char(text, tokens[k], '(') || !is_char(text, tokens[k + 2], ')')) return first;
  const std::string_view agency = text.substr(tokens[k + 1].begin, tokens[k + 1].size());
  if (agency != "CNN" && agency != "Reuters" && agency != "AP" && agency != "AFP" && agency != "UPI" &&
      agency != "Bloomberg") {
    return first;
  }
  k += 3;
  while (k < end && (tokens[k].kind == TokenKind::dash || is_char(text, tokens[k], '-'))) ++k;  // "-", "--", "—"
  return k < end && is_upper(first_cp(text, tokens[k])) ? k : first;
}

}  // namespace

void split_sentences(std::string_view text, std::span<const Token> tokens, std::uint32_t first, std::uint32_t end,
                     std::span<const std::uint32_t> marks, bool line_breaks_end_sentences, std::vector<Sentence>& out) {
  if (first >= end) return;
  bool line_mode = false;
  if (line_breaks_end_sentences) {
    for (std::uint32_t i : marks) line_mode |= i > first && tokens[i].has(Token::line_start);
    if (line_mode) line_mode = !is_hard_wrapped(text, tokens, first, end);
  }
  std::uint32_t start = first;
  auto close = [&](std::uint32_t stop) {  // sentence = tokens [start, stop)
    out.push_back(Sentence{tokens[start].begin, tokens[stop - 1].end, start, stop});
    start = stop;
  };

  // Only marked tokens can start or end a sentence (see the header); plain words are skipped unseen.
  std::uint32_t resume = first;  // tokens before it are already inside a closed sentence's closers
  // A dateline is a sentence of its own: "(CNN) It should shock no one ..." starts after it.
  if (const std::uint32_t lede = dateline_end(text, tokens, first, end); lede != first) {
    close(lede);
    resume = lede;
  }
  for (const std::uint32_t i : marks) {
    if (i < resume) continue;
    const Token& tok = tokens[i];
    if (line_mode && i > start && tok.has(Token::line_start)) close(i);
    if (tok.kind == TokenKind::word && !tok.has(Token::abbreviation) && tok.size() != 2) continue;
    if (i > start && is_separator(text, tok)) close(i);
    // An e-mail header stamp "08/16/2000 03:48 PM" after a name or address starts a sentence.
    if (tok.kind == TokenKind::number && i > start && i + 2 < end && is_date(text, tok) && is_time(text, tokens[i + 1]) &&
        is_meridiem(text, tokens[i + 2]) && after_sender(text, tokens, start, i)) {
      close(i);
    }
    Terminal term = terminal_kind(text, tok);
    if (term == Terminal::period) {
      // A spaced ellipsis (". . .", "is crucial . . . to peace") is one pause, decided at its last dot as
      // "..." is: its dots were three sentences of their own.
      const auto spaced_dot = [&](std::uint32_t a) {  // tokens a and a + 1 are dots one space apart
        return a + 1 < end && is_char(text, tokens[a], '.') && is_char(text, tokens[a + 1], '.') &&
               tokens[a + 1].begin == tokens[a].end + 1 && text[tokens[a].end] == ' ';
      };
      if (spaced_dot(i)) continue;
      if (i > first && spaced_dot(i - 1)) term = Terminal::ellipsis;
    }
    if (term == Terminal::none) {
      // Web and e-mail text: sentences that end without punctuation, before a capital. Few tokens can do
      // that; test for them cheaply first.
      if (i + 1 >= end) continue;
      const char c0 = text[tok.begin];
      const bool candidate = tok.kind == TokenKind::emoticon || tok.kind == TokenKind::url ||
                             tok.kind == TokenKind::dash || c0 == ',' || c0 == ':' || c0 == '>' || c0 == '*' || c0 == '_' ||
                             c0 == '=' || c0 == '~' || c0 == '#' ||
                             (tok.size() == 2 && (c0 == 'A' || c0 == 'P' || c0 == 'a' || c0 == 'p'));
      if (!candidate) continue;
      const Token& next = tokens[i + 1];
      const bool next_upper = is_upper(first_cp(text, next));
      const std::uint32_t so_far = i - start;  // tokens of the sentence before this one
      bool brk = false;
      if (tok.kind == TokenKind::emoticon) {
        brk = next_upper;
      } else if (c0 == ',' || c0 == ':' || tok.kind == TokenKind::dash) {
        brk = next_upper && so_far <= 5 &&
              ((c0 == ',' && so_far <= 2 && is_valediction(text, tokens, start, i)) ||
               (start == first && is_salutation(text, tokens, start, i)));
        brk |= tok.kind == TokenKind::dash && is_separator(text, tok);
      } else if (tok.kind == TokenKind::url) {
        brk = next_upper || next.kind == TokenKind::url;
      } else if (c0 == '>') {
        brk = (next_upper && tok.size() == 1 && i >= 1 &&
               (tokens[i - 1].kind == TokenKind::email || is_char(text, tokens[i - 1], '<'))) ||
              (tok.size() == 2 && text[tok.begin + 1] == '>' && (next_upper || next.kind == TokenKind::dash));
      } else if (tok.size() == 2) {
        brk = is_meridiem(text, tok) && i >= 2 && is_time(text, tokens[i - 1]) && is_date(text, tokens[i - 2]);
      } else {
        brk = is_separator(text, tok);
      }
      if (brk) close(i + 1);
      continue;
    }

    // Closing quotes and brackets attached to the terminal belong to its sentence, then a citation "[12]".
    std::uint32_t j = i + 1;
    while (j < end && tokens[j].begin == tokens[j - 1].end &&
           (is_closer(text, tokens[j]) || terminal_kind(text, tokens[j]) == Terminal::period ||
            terminal_kind(text, tokens[j]) == Terminal::exclamation)) {
      ++j;
    }
    const bool closed = j > i + 1;
    if (j + 2 < end && is_char(text, tokens[j], '[') && tokens[j + 1].kind == TokenKind::number &&
        is_char(text, tokens[j + 2], ']')) {
      j += 3;  // a citation mark
    }
    while (j < end && (tokens[j].kind == TokenKind::emoticon || tokens[j].kind == TokenKind::emoji)) {
      ++j;  // "I love her. :)"
    }
    if (j >= end) break;
    const Token& next = tokens[j];
    bool brk;
    if (line_mode && next.has(Token::line_start)) {
      brk = true;
    } else {
      const char32_t nc = first_cp(text, next);
      if (next.kind == TokenKind::punctuation && is_sentence_continue(nc)) {
        brk = false;  // "Mr. X, ..."; "... etc.; and" (a dash after a full stop starts a signature or a new line)
      } else if (term == Terminal::abbreviation) {
        const std::string_view abbr = text.substr(tok.begin, tok.size() - 1);
        const AbbreviationClass cls = abbreviation_class(abbr);
        if (cls == AbbreviationClass::title || closed) {
          brk = closed && cls != AbbreviationClass::title && !is_lower(nc);
        } else if (next.kind == TokenKind::word) {
          brk = is_sentence_starter(text.substr(next.begin, next.size()));
        } else if (next.kind == TokenKind::quote && j + 1 < end) {
          brk = is_upper(first_cp(text, tokens[j + 1]));
        } else {
          brk = false;
        }
      } else if (is_lower(nc) && term == Terminal::period && next.begin == tok.end && i > first &&
                 tok.begin == tokens[i - 1].end) {
        brk = false;  // a period inside a name: "Sam3102.doc", "(draft).doc"
      } else if (is_lower(nc)) {
        // Before lowercase: an ellipsis pauses ("I think... maybe"); a quotation ended by any terminal goes on
        // ("Why?" she asked). A plain full stop, '!' or '?' ends the sentence (UD English does so in informal
        // text; abbreviations, where ICU's rule SB8 matters, are handled above).
        brk = term != Terminal::ellipsis && !closed;
      } else {
        // A quotation, then who said it: '"... going to win!!!" Trump tweeted.' is one sentence.
        brk = !(closed && speaker_follows(text, tokens, j, end, term == Terminal::period));
      }
    }
    if (brk) {
      close(j);
      resume = j;
    }
  }
  if (start < end) close(end);
}

}  // namespace argmine::detail
