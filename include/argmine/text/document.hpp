// argmine/text/document.hpp — what the first pipeline stage (text) hands to every later stage.
//
// A `Document` is a view: paragraphs, sentences and tokens as byte offsets into a buffer the caller owns and
// keeps alive. No token owns a string. Offsets are `uint32_t`, so one document is at most 4 GiB; larger inputs
// are streamed paragraph by paragraph (see `tokenizer.hpp`), each piece with its own `base_offset`.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {

/// Coarse class of a token, decided from its characters (never from context-free guessing of meaning).
enum class TokenKind : std::uint8_t {
  word,         ///< letters, possibly with internal apostrophes, hyphens or periods ("don", "e-mail", "U.S.")
  number,       ///< digits with internal separators ("6,700", "3.5", "1960s", "08/16/2000", "12:30")
  punctuation,  ///< sentence and clause punctuation (". , ; : ! ? ... ( ) [ ]")
  quote,        ///< quotation marks, straight or curly, and the possessive/closing apostrophe
  dash,         ///< hyphen between split compound parts, en and em dashes, "--"
  symbol,       ///< currency, math and other symbols ("$", "%", "&", "+", "=")
  url,          ///< "https://example.org/a?b=1", "www.example.org"
  email,        ///< "name@example.org"
  handle,       ///< "@DavidOAtkins"
  hashtag,      ///< "#SemST"
  emoji,        ///< pictographic emoji sequences, including skin tones and ZWJ sequences
  emoticon,     ///< ":)", ":-(", ";-)", "<3"
  invalid,      ///< a maximal invalid UTF-8 byte sequence, kept only under `Utf8Policy::replace`
  other,        ///< anything else (a letter-less run of marks, control pictures, ...)
};

/// Lowercase name of a kind ("word", "hashtag"), stable for JSON output.
std::string_view to_string(TokenKind kind) noexcept;

/// One token: bytes `[begin, end)` of the document text.
struct Token {
  /// Bit flags in `Token::flags`.
  enum Flag : std::uint8_t {
    space_after = 1 << 0,   ///< whitespace follows the token (CoNLL-U: no `SpaceAfter=No`)
    clitic = 1 << 1,        ///< split off the previous token inside one written word: "n't", "'s", "'"
    abbreviation = 1 << 2,  ///< ends with a period that belongs to it ("Mr.", "U.S.", "W.")
    line_start = 1 << 3,    ///< first token on its line
  };
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::other;
  std::uint8_t flags = 0;

  std::uint32_t size() const noexcept { return end - begin; }
  bool has(Flag f) const noexcept { return (flags & f) != 0; }
};

/// A sentence: bytes `[begin, end)` and tokens `[first_token, end_token)` of the document.
struct Sentence {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  std::uint32_t token_count() const noexcept { return end_token - first_token; }
};

/// A paragraph (text between blank lines): bytes, and its sentences `[first_sentence, end_sentence)`.
struct Paragraph {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t first_sentence = 0;
  std::uint32_t end_sentence = 0;
};

/// Tokens, sentences and paragraphs of one text. Produced by `Tokenizer`; cheap to reuse (call
/// `Tokenizer::tokenize(text, doc)` again on the same object to keep its capacity).
class Document {
 public:
  Document() = default;

  /// The text the offsets point into (the caller's buffer).
  std::string_view text() const noexcept { return text_; }
  /// Offset of `text()[0]` in the larger input it came from (0 unless streamed).
  std::uint64_t base_offset() const noexcept { return base_offset_; }

  std::span<const Token> tokens() const noexcept { return tokens_; }
  std::span<const Sentence> sentences() const noexcept { return sentences_; }
  std::span<const Paragraph> paragraphs() const noexcept { return paragraphs_; }

  /// The bytes of a token, sentence or paragraph.
  std::string_view text_of(const Token& t) const noexcept { return text_.substr(t.begin, t.end - t.begin); }
  std::string_view text_of(const Sentence& s) const noexcept { return text_.substr(s.begin, s.end - s.begin); }
  std::string_view text_of(const Paragraph& p) const noexcept { return text_.substr(p.begin, p.end - p.begin); }

  /// Tokens of one sentence.
  std::span<const Token> tokens_of(const Sentence& s) const noexcept {
    return std::span<const Token>(tokens_).subspan(s.first_token, s.end_token - s.first_token);
  }

  /// Normalized form of token `i`: case-folded, curly apostrophes and quotes made straight (’ ‘ → ', “ ” → "),
  /// dashes made ASCII (– — → -). Returns a view of the document text when the token is already normal (the
  /// common case: no copy), otherwise a view of `scratch`, which it overwrites.
  std::string_view normalized(std::size_t i, std::string& scratch) const;

  /// Empties the document (keeps capacity).
  void clear() noexcept;

  /// Sets `base_offset()`; `tokenize_stream` uses it to place each piece in the stream.
  void set_base_offset(std::uint64_t offset) noexcept { base_offset_ = offset; }

 private:
  friend class Tokenizer;
  friend struct DocumentBuilder;
  std::string_view text_;
  std::uint64_t base_offset_ = 0;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<Paragraph> paragraphs_;
};

/// Normalizes any UTF-8 text the way `Document::normalized` does, into `out` (replacing its content).
void normalize_text(std::string_view text, std::string& out);

/// True when `normalize_text(text)` would return `text` unchanged (no uppercase, no curly quotes or dashes).
bool is_normalized(std::string_view text) noexcept;

}  // namespace argmine
