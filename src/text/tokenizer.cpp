#include <argmine/text/tokenizer.hpp>

#include "text/chars.hpp"
#include "text/sentence_splitter.hpp"
#include "text/token_rules.hpp"
#include "text/utf8.hpp"
#include "text/word_break.hpp"

#include <fmt/format.h>

#include <array>
#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>
#include <limits>

namespace argmine {

namespace detail {

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    int bad;
    const int len = decode_utf8(p + i, p + n, cp, bad);
    if (len == 0) return i;
    i += static_cast<std::size_t>(len);
  }
  return std::string_view::npos;
}

}  // namespace detail

namespace {

// Byte classes the chunk scanner ORs together, so a chunk made only of ASCII letters can skip segmentation.
enum : std::uint8_t { kLetter = 1, kDigit = 2, kOtherAscii = 4, kNonAscii = 8, kSpace = 16 };

constexpr std::array<std::uint8_t, 256> make_byte_classes() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c <= 0x20 || c == 0x7F) t[c] = kSpace;
    else if (c >= 0x80) t[c] = kNonAscii;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = kLetter;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else t[c] = kOtherAscii;
  }
  return t;
}
constexpr auto kByteClass = make_byte_classes();

struct Chunk {
  std::uint32_t begin;
  std::uint32_t end;
  bool line_start;
  bool eligible;       // only characters the fast engine knows
  bool invalid;        // an invalid UTF-8 sequence (Utf8Policy::replace)
  std::uint8_t bytes;  // OR of the kByteClass of its bytes
};

bool followed_by_space(std::string_view text, std::uint32_t at) noexcept {
  if (at >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return c <= 0x20 || c == 0x7F;
  std::size_t i = at;
  return detail::is_space(detail::next_code_point(text, i));
}

bool is_letter_byte(unsigned char c) noexcept { return kByteClass[c] == kLetter; }

bool is_digit_byte(unsigned char c) noexcept { return kByteClass[c] == kDigit; }

// The commonest chunks after plain words: a word or number with an opening bracket or quote before it and up
// to two closing marks after it ("(word", "word,", "2008.", "word),", "word\"."). They need no segmentation;
// the result is what the rules give (checked by the differential test). Returns false to take the full path.
bool simple_chunk(std::string_view text, std::uint32_t b, std::uint32_t e, std::vector<Token>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::uint32_t cb = b, ce = e;
  if (p[cb] == '(' || p[cb] == '"' || p[cb] == '[') ++cb;
  int trailing = 0;
  while (ce > cb && trailing < 2) {
    const unsigned char c = p[ce - 1];
    if (c != ',' && c != ';' && c != ':' && c != ')' && c != ']' && c != '"' && c != '.') break;
    if (c == '.' && (trailing > 0 || (ce >= 2 && p[ce - 2] == '.'))) return false;  // "etc.)" or ".."
    --ce;
    ++trailing;
  }
  if (ce <= cb) return false;
  const bool letters = is_letter_byte(p[cb]);
  for (std::uint32_t k = cb; k < ce; ++k) {
    if (letters ? !is_letter_byte(p[k]) : !is_digit_byte(p[k])) return false;
  }
  if (letters && ce < e && p[ce] == '.') {
    if (detail::abbreviation_class(text.substr(cb, ce - cb)) != detail::AbbreviationClass::none) return false;
  }
  if (letters && detail::splits_in_two({text.data() + cb, ce - cb})) return false;
  auto punct = [](unsigned char c) { return c == '"' ? TokenKind::quote : TokenKind::punctuation; };
  if (cb > b) out.push_back(Token{b, cb, punct(p[b]), 0});
  out.push_back(Token{cb, ce, letters ? TokenKind::word : TokenKind::number, 0});
  for (std::uint32_t k = ce; k < e; ++k) out.push_back(Token{k, k + 1, punct(p[k]), 0});
  return true;
}

}  // namespace

struct Tokenizer::Impl {
  TokenizerOptions options;
  detail::IcuWordBreaker icu;
  detail::TokenRules rules;
  std::vector<Chunk> chunks;
  std::vector<detail::Segment> segments;
  std::vector<std::uint32_t> bounds;
  std::vector<std::uint32_t> marks;  // tokens of the open paragraph that sentence splitting must see

  explicit Impl(const TokenizerOptions& o) : options(o), rules(o.split_clitics) {}

  // Paragraph being built.
  bool paragraph_open = false;
  std::uint32_t paragraph_begin = 0, paragraph_end = 0, paragraph_first_token = 0;
  // The paragraph has a space ICU's word rules join across (U+FEFF is Format, U+202F ExtendNumLet, U+200B):
  // the ICU engines then segment chunk by chunk, as the fast engine does, so all engines give one tokenization.
  bool paragraph_joining_space = false;

  void add_chunk(std::string_view text, Document& doc, const Chunk& c);
  void finish_chunk(std::string_view text, Document& doc, const Chunk& c, std::size_t first_token);
  void end_paragraph(std::string_view text, Document& doc);
  void scan(std::string_view text, Document& doc);
  Status run(std::string_view text, Document& doc, std::string_view name);
};

void Tokenizer::Impl::add_chunk(std::string_view text, Document& doc, const Chunk& c) {
  auto& tokens = doc.tokens_;
  if (!paragraph_open) {
    paragraph_open = true;
    paragraph_begin = c.begin;
    paragraph_first_token = static_cast<std::uint32_t>(tokens.size());
    rules.begin_paragraph();
  }
  paragraph_end = c.end;
  if (options.engine != TokenizerEngine::fast) {
    chunks.push_back(c);  // segmented with the whole paragraph at its end (an invalid one too: tokens stay in order)
    return;
  }
  const std::size_t k0 = tokens.size();
  if ((c.bytes == kLetter && !detail::splits_in_two({text.data() + c.begin, c.end - c.begin})) || c.bytes == kDigit) {
    // Most chunks are a plain word or number: one token, nothing to segment.
    Token t{c.begin, c.end, c.bytes == kLetter ? TokenKind::word : TokenKind::number, 0};
    if (c.line_start) t.flags |= Token::line_start;
    if (c.end < text.size() && (kByteClass[static_cast<unsigned char>(text[c.end])] & kSpace)) {
      t.flags |= Token::space_after;
    } else if (followed_by_space(text, c.end)) {
      t.flags |= Token::space_after;
    }
    tokens.push_back(t);
    if (detail::is_sentence_mark(text, t)) marks.push_back(static_cast<std::uint32_t>(k0));
    return;
  }
  if (c.invalid) {
    tokens.push_back(Token{c.begin, c.end, TokenKind::invalid, 0});
  } else if (!(c.bytes & kNonAscii) && simple_chunk(text, c.begin, c.end, tokens)) {
    // done
  } else {
    segments.clear();
    if (!(c.bytes & kNonAscii)) {
      detail::ascii_word_segments(text, c.begin, c.end, segments);
    } else if (!c.eligible || !detail::fast_word_segments(text, c.begin, c.end, segments)) {
      icu.segment_utf8(text, c.begin, c.end, segments);
    }
    rules.add_chunk(text, c.begin, c.end, segments, tokens);
  }
  finish_chunk(text, doc, c, k0);
}

void Tokenizer::Impl::finish_chunk(std::string_view text, Document& doc, const Chunk& c, std::size_t k0) {
  auto& tokens = doc.tokens_;
  if (c.line_start) tokens[k0].flags |= Token::line_start;
  if (followed_by_space(text, c.end)) tokens.back().flags |= Token::space_after;
  for (std::size_t k = k0; k < tokens.size(); ++k) {
    if (detail::is_sentence_mark(text, tokens[k])) marks.push_back(static_cast<std::uint32_t>(k));
  }
}

void Tokenizer::Impl::end_paragraph(std::string_view text, Document& doc) {
  if (!paragraph_open) return;
  paragraph_open = false;
  auto& tokens = doc.tokens_;
  if (options.engine != TokenizerEngine::fast) {
    // The ICU engines segment the whole paragraph once, then cut the boundaries at the chunks.
    bounds.clear();
    auto segment = [&](std::uint32_t b, std::uint32_t e) {
      if (options.engine == TokenizerEngine::icu_utf8) icu.boundaries_utf8(text, b, e, bounds);
      else icu.boundaries_utf16(text, b, e, bounds);
    };
    if (!paragraph_joining_space) segment(paragraph_begin, paragraph_end);
    std::size_t bi = 0;
    for (const Chunk& c : chunks) {
      const std::size_t k0 = tokens.size();
      if (c.invalid) {
        tokens.push_back(Token{c.begin, c.end, TokenKind::invalid, 0});
        finish_chunk(text, doc, c, k0);
        continue;
      }
      segments.clear();
      if (paragraph_joining_space) {
        bounds.clear();
        segment(c.begin, c.end);
        bi = 0;
      }
      while (bi < bounds.size() && bounds[bi] <= c.begin) ++bi;
      std::uint32_t s = c.begin;
      while (bi < bounds.size() && bounds[bi] < c.end) {
        segments.push_back({s, bounds[bi]});
        s = bounds[bi++];
      }
      segments.push_back({s, c.end});
      rules.add_chunk(text, c.begin, c.end, segments, tokens);
      finish_chunk(text, doc, c, k0);
    }
    chunks.clear();
  }
  paragraph_joining_space = false;
  const auto first_sentence = static_cast<std::uint32_t>(doc.sentences_.size());
  detail::split_sentences(text, tokens, paragraph_first_token, static_cast<std::uint32_t>(tokens.size()), marks,
                          options.line_breaks_end_sentences, doc.sentences_);
  marks.clear();
  doc.paragraphs_.push_back(
      Paragraph{paragraph_begin, paragraph_end, first_sentence, static_cast<std::uint32_t>(doc.sentences_.size())});
}

Status Tokenizer::Impl::run(std::string_view text, Document& doc, std::string_view name) {
  doc.clear();
  const std::uint64_t limit =
      std::min<std::uint64_t>(options.max_document_bytes, std::numeric_limits<std::uint32_t>::max() - 1);
  if (text.size() > limit) {
    return Error(Errc::invalid_input,
                 fmt::format("input of {} bytes is larger than the {} bytes one document may have; stream it "
                             "paragraph by paragraph (tokenize_stream, `argmine tokenize` does)",
                             text.size(), limit),
                 std::string(name));
  }
  if (options.invalid_utf8 == Utf8Policy::error) {
    const std::size_t bad = detail::find_invalid_utf8(text);
    if (bad != std::string_view::npos) {
      return Error(Errc::invalid_utf8, "invalid UTF-8 sequence", std::string(name), bad);
    }
  }
  doc.text_ = text;
  chunks.clear();
  paragraph_open = false;
  paragraph_joining_space = false;
  marks.clear();
  scan(text, doc);
  end_paragraph(text, doc);
  return {};
}

// Cuts the text into chunks (runs of non-space characters) and paragraphs (at blank lines). Pure-ASCII
// stretches go 64 bytes at a time through SSE2 masks; the rest byte by byte with UTF-8 decoding.
void Tokenizer::Impl::scan(std::string_view text, Document& doc) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto n = static_cast<std::uint32_t>(text.size());
  int breaks = 1;        // line breaks since the last chunk; the text starts a line
  bool prev_cr = false;  // the byte before the current position is a CR (CRLF counts once)
  bool in_chunk = false;
  bool line_start = false, eligible = true;
  std::uint32_t chunk_begin = 0;
  std::uint8_t bytes = 0;
  auto open_chunk = [&](std::uint32_t at) {
    if (breaks >= 2) end_paragraph(text, doc);
    line_start = breaks >= 1;
    breaks = 0;
    in_chunk = true;
    chunk_begin = at;
    bytes = 0;
    eligible = true;
  };
  auto close_chunk = [&](std::uint32_t at) {
    add_chunk(text, doc, Chunk{chunk_begin, at, line_start, eligible, false, bytes});
    in_chunk = false;
  };

  std::uint32_t i = 0;
  auto scalar_until = [&](std::uint32_t limit) {
    while (i < limit) {
      const unsigned char c = p[i];
      if (c < 0x80) {
        const std::uint8_t cls = kByteClass[c];
        if (cls & kSpace) {
          if (in_chunk) close_chunk(i);
          if (c == '\n') breaks += prev_cr ? 0 : 1;
          else if (c == '\r' || c == '\v' || c == '\f') ++breaks;
          prev_cr = c == '\r';
        } else {
          prev_cr = false;
          if (!in_chunk) open_chunk(i);
          bytes |= cls;
        }
        ++i;
        continue;
      }
      prev_cr = false;
      char32_t cp;
      int bad;
      const int len = detail::decode_utf8(p + i, p + n, cp, bad);
      if (len == 0) {  // an invalid sequence is a chunk of its own (Utf8Policy::replace)
        if (in_chunk) close_chunk(i);
        open_chunk(i);
        add_chunk(text, doc, Chunk{i, i + static_cast<std::uint32_t>(bad), line_start, false, true, kNonAscii});
        in_chunk = false;
        i += static_cast<std::uint32_t>(bad);
        continue;
      }
      if (detail::is_space(cp)) {
        if (in_chunk) close_chunk(i);
        paragraph_joining_space |= cp == 0xFEFF || cp == 0x202F || cp == 0x200B;
        if (cp == 0x2029) breaks += 2;  // PARAGRAPH SEPARATOR
        else if (detail::is_line_break(cp)) ++breaks;
      } else {
        if (!in_chunk) open_chunk(i);
        bytes |= kNonAscii;
        if (eligible && detail::fast_word_break_class(cp) == detail::Wb::ineligible) eligible = false;
      }
      i += static_cast<std::uint32_t>(len);
    }
  };

#if defined(__SSE2__)
  const __m128i c20 = _mm_set1_epi8(0x20), c7f = _mm_set1_epi8(0x7F), ca = _mm_set1_epi8('a');
  const __m128i c25 = _mm_set1_epi8(25), c0 = _mm_set1_epi8('0'), c9 = _mm_set1_epi8(9);
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), vt = _mm_set1_epi8('\v'), ff = _mm_set1_epi8('\f');
  while (n - i >= 64) {
    std::uint64_t S = 0, L = 0, D = 0, LF = 0, CR = 0, VF = 0, NA = 0;
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 16 * k));
      auto bits = [k](__m128i m) { return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(m))) << (16 * k); };
      NA |= bits(v);
      S |= bits(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, c20), v), _mm_cmpeq_epi8(v, c7f)));
      const __m128i lw = _mm_sub_epi8(_mm_or_si128(v, c20), ca);
      L |= bits(_mm_cmpeq_epi8(_mm_min_epu8(lw, c25), lw));
      const __m128i dg = _mm_sub_epi8(v, c0);
      D |= bits(_mm_cmpeq_epi8(_mm_min_epu8(dg, c9), dg));
      LF |= bits(_mm_cmpeq_epi8(v, lf));
      CR |= bits(_mm_cmpeq_epi8(v, cr));
      VF |= bits(_mm_or_si128(_mm_cmpeq_epi8(v, vt), _mm_cmpeq_epi8(v, ff)));
    }
    // The masks are good up to the first non-ASCII byte: that stretch goes by masks, the character after it
    // byte by byte, and the next block starts just past it (news text has a curly quote or dash every few
    // hundred bytes; a block that starts with one, as in non-Latin text, goes byte by byte whole).
    const unsigned limit = NA ? static_cast<unsigned>(__builtin_ctzll(NA)) : 64;
    if (limit == 0) {
      scalar_until(i + 64);
      continue;
    }
    const std::uint64_t below = limit == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << limit) - 1;
    S |= ~below;  // past the limit reads as a space: a stretch of either kind ends there
    const std::uint64_t O = ~S & ~L & ~D;
    unsigned pos = 0;
    while (pos < limit) {
      const std::uint64_t from = ~std::uint64_t{0} << pos;
      if (in_chunk) {
        const std::uint64_t rest = S & from;
        const unsigned end = rest ? static_cast<unsigned>(__builtin_ctzll(rest)) : 64;
        const std::uint64_t range = from & (end == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << end) - 1);
        bytes |= static_cast<std::uint8_t>(((L & range) ? kLetter : 0) | ((D & range) ? kDigit : 0) |
                                           ((O & range) ? kOtherAscii : 0));
        if (end < limit) close_chunk(i + end);
        pos = end;
        prev_cr = false;
      } else {
        const std::uint64_t rest = ~S & from;
        const unsigned end = rest ? static_cast<unsigned>(__builtin_ctzll(rest)) : limit;
        const std::uint64_t range =
            from & below & (end == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << end) - 1);
        // Line breaks in this stretch of spaces: LF, CR, VT, FF, with CRLF counted once.
        if ((LF | CR | VF) & range) {  // rare: most stretches are one space
          int count = std::popcount(LF & range) + std::popcount(CR & range) + std::popcount(VF & range) -
                      std::popcount(CR & (LF >> 1) & range);
          if (pos == 0 && prev_cr && (LF & 1)) --count;
          breaks += count;
        }
        prev_cr = end >= limit && ((CR >> (limit - 1)) & 1);
        pos = end;
        if (pos < limit) open_chunk(i + pos);
      }
    }
    i += limit;
    if (limit < 64) scalar_until(i + 1);  // the non-ASCII character (or invalid sequence) at i
  }
#endif
  scalar_until(n);
  if (in_chunk) close_chunk(n);
}

Tokenizer::Tokenizer(const TokenizerOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

const TokenizerOptions& Tokenizer::options() const noexcept { return impl_->options; }

Status Tokenizer::tokenize(std::string_view text, Document& doc, std::string_view input_name) {
  Status st = impl_->run(text, doc, input_name);
  if (!st.ok()) doc.clear();
  return st;
}

Result<Document> Tokenizer::tokenize(std::string_view text, std::string_view input_name) {
  Document doc;
  Status st = tokenize(text, doc, input_name);
  if (!st.ok()) return std::move(st).error();
  return doc;
}

Status validate_utf8(std::string_view text, std::string_view input_name) {
  const std::size_t bad = detail::find_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    return Error(Errc::invalid_utf8, "invalid UTF-8 sequence", std::string(input_name), bad);
  }
  return {};
}

}  // namespace argmine
