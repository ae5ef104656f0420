// argmine/text/tokenizer.hpp — stage 1: raw UTF-8 text to paragraphs, sentences and tokens.
//
// Semantics: ICU's word and sentence boundary rules (Unicode UAX #29 with ICU's tailoring) are the reference.
// On top of them argmine follows the token conventions of Universal Dependencies English (EWT, GUM): clitics
// are split ("do|n't", "it|'s", "Sanders|’"), numbers such as "6,700", "3.5", "1960s" stay whole, abbreviations
// keep their period ("Mr.", "U.S."), URLs, e-mail addresses, @handles and #hashtags stay intact, and hyphenated
// compounds are split except after common prefixes ("e-mail", "non-profit"). Sentences end at . ! ? … (with
// closing quotes and brackets) unless an abbreviation, an initial ("George W. Bush") or a lowercase
// continuation says otherwise; paragraphs end at blank lines.
//
// Speed: by default a table-driven byte scanner handles ASCII and the common non-ASCII punctuation
// (’ ‘ “ ” — – … and no-break space) and hands any other non-ASCII word to ICU. It produces exactly what the
// ICU-only path produces; `TokenizerOptions::engine` selects the path, and a differential test over a news
// corpus checks that they agree token for token.
//
// Thread safety: a `Tokenizer` holds ICU break iterators and scratch buffers; use one per thread.
#pragma once

#include <argmine/error.hpp>
#include <argmine/text/document.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace argmine {

/// What to do with bytes that are not valid UTF-8.
enum class Utf8Policy : std::uint8_t {
  /// Fail with `Errc::invalid_utf8`, naming the byte offset of the first bad sequence. Default.
  error,
  /// Keep going: each maximal invalid sequence becomes one token of kind `TokenKind::invalid` (its normalized
  /// form is U+FFFD). Offsets still point into the original bytes; nothing is dropped.
  replace,
};

/// Which word-boundary implementation to run. Both give identical tokens.
enum class TokenizerEngine : std::uint8_t {
  fast,        ///< byte tables for ASCII and common punctuation, ICU for other non-ASCII words. Default.
  icu_utf8,    ///< ICU word break iterator over UTF-8 (`utext_openUTF8`), for every paragraph.
  icu_utf16,   ///< ICU word break iterator over a reused UTF-16 buffer, offsets mapped back to bytes.
};

/// Options of `Tokenizer`. The defaults are what argmine's other stages expect.
struct TokenizerOptions {
  /// Invalid UTF-8 handling. Default `Utf8Policy::error`.
  Utf8Policy invalid_utf8 = Utf8Policy::error;
  /// Word-boundary engine. Default `fast` (about 3x the throughput of the ICU engines, same output).
  TokenizerEngine engine = TokenizerEngine::fast;
  /// Split English clitics ("n't", "'s", "'re", ...) and "cannot"/"gonna" into two tokens. Default true.
  bool split_clitics = true;
  /// Treat a single line break as a sentence end when the paragraph is not hard-wrapped prose (titles,
  /// credits, lists, addresses). Default true.
  bool line_breaks_end_sentences = true;
  /// Largest input `tokenize` accepts, in bytes; beyond it the result is `Errc::invalid_input`. Offsets are
  /// 32-bit, so it can be at most 4 GiB - 1. Default 1 GiB. Stream larger inputs with `tokenize_stream`.
  std::uint64_t max_document_bytes = std::uint64_t{1} << 30;
};

/// Turns text into a `Document`. Construct once per thread and reuse: construction opens ICU iterators.
class Tokenizer {
 public:
  explicit Tokenizer(const TokenizerOptions& options = {});
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  const TokenizerOptions& options() const noexcept;

  /// Tokenizes `text` into `doc` (reusing its storage). `text` must outlive `doc`. On failure `doc` is empty.
  /// `input_name` names the text in error messages ("corpus/a.txt", "<stdin>").
  Status tokenize(std::string_view text, Document& doc, std::string_view input_name = {});

  /// Convenience form returning a new `Document`.
  Result<Document> tokenize(std::string_view text, std::string_view input_name = {});

  /// A temporary std::string would die before the document that points into it: rejected at compile time.
  template <class S>
    requires std::same_as<S, std::string>
  Status tokenize(S&&, Document&, std::string_view = {}) = delete;
  template <class S>
    requires std::same_as<S, std::string>
  Result<Document> tokenize(S&&, std::string_view = {}) = delete;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Called by `tokenize_stream` once per piece of input; the document's `base_offset()` gives its position in
/// the stream. Return false to stop early.
using DocumentCallback = std::function<bool(const Document&)>;

/// Options of `tokenize_stream`.
struct StreamOptions {
  /// Read size, in bytes. Default 1 MiB.
  std::size_t block_bytes = std::size_t{1} << 20;
  /// Largest paragraph held in memory; a longer one (no blank line for this many bytes) is cut at the last
  /// line break or space before the limit, and tokenized in pieces. Memory stays below about twice this.
  /// Default 64 MiB.
  std::size_t max_paragraph_bytes = std::size_t{64} << 20;
};

/// Tokenizes a stream of any size in bounded memory: reads blocks, cuts them at paragraph breaks (blank
/// lines) and calls `callback` with one `Document` per group of whole paragraphs. Offsets in each document
/// are relative to its `base_offset()`. Errors name `input_name` and the absolute byte offset.
Status tokenize_stream(Tokenizer& tokenizer, std::istream& in, const DocumentCallback& callback,
                       std::string_view input_name = {}, const StreamOptions& options = {});

/// Checks that `text` is valid UTF-8. On failure the error names `input_name` and the byte offset of the first
/// invalid sequence.
Status validate_utf8(std::string_view text, std::string_view input_name = {});

}  // namespace argmine
