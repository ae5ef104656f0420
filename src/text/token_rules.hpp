// Universal Dependencies English token conventions on top of ICU word segments: clitics, abbreviations,
// URLs, e-mail addresses, handles, hashtags, emoticons, hyphenated prefixes, dates and times, punctuation runs.
// Both word-boundary engines feed the same rules, so their tokens agree whenever their segments agree.
#pragma once

#include "text/word_break.hpp"

#include <argmine/text/document.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace argmine::detail {

/// How an abbreviation token behaves at a possible sentence end.
enum class AbbreviationClass : std::uint8_t {
  none,       ///< not an abbreviation
  title,      ///< precedes a name or number and never ends a sentence: "Mr.", "Sen.", "Gov.", "No.", "vs."
  initial,    ///< a single capital letter: "W." in "George W. Bush"
  other,      ///< may end a sentence: "U.S.", "Inc.", "etc.", "a.m.", "Jr."
};

/// Class of a word (without its final period) as an abbreviation; `none` if the period is a full stop.
AbbreviationClass abbreviation_class(std::string_view word_without_period) noexcept;

/// The plain words the rules split in two, at byte 3 ("gon|na", "got|ta", "wan|na", "out|ta", "can|not"), in
/// any case; every other run of letters is one token (the fast engine's shortcut relies on it).
inline bool splits_in_two(std::string_view word) noexcept {
  if (word.size() != 5 && word.size() != 6) return false;  // (inline: the fast engine asks for every word)
  char lower[6];  // (x | 0x20 is a lowercase letter only when x is that letter in either case)
  for (std::size_t k = 0; k < word.size(); ++k) lower[k] = static_cast<char>(word[k] | 0x20);
  const std::string_view v(lower, word.size());
  return v == "gonna" || v == "gotta" || v == "wanna" || v == "outta" || v == "cannot";
}

/// True for capitalized words that commonly start a sentence ("The", "But", "He"), used to decide whether an
/// abbreviation of class `other` or an initial also ends the sentence.
bool is_sentence_starter(std::string_view word) noexcept;

class TokenRules {
 public:
  explicit TokenRules(bool split_clitics) : split_clitics_(split_clitics) {}

  /// Resets per-paragraph state (open single quotes).
  void begin_paragraph() noexcept { single_quote_open_ = false; }

  /// Appends the tokens of the chunk `[begin, end)` of `text` (a run without whitespace) given its word
  /// segments, which cover the chunk in order.
  void add_chunk(std::string_view text, std::uint32_t begin, std::uint32_t end, std::span<const Segment> segments,
                 std::vector<Token>& out);

 private:
  struct Special {
    std::uint32_t begin;
    std::uint32_t end;
    TokenKind kind;
  };
  void find_specials(std::string_view text, std::uint32_t begin, std::uint32_t end);

  bool split_clitics_;
  bool single_quote_open_ = false;
  std::vector<Special> specials_;
  std::vector<Segment> resegmented_;
};

}  // namespace argmine::detail
