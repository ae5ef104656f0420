// Fuzz target: the tokenizer on any bytes. Checks what callers rely on: tokens, sentences and paragraphs in
// order, inside the text and never overlapping; the fast engine giving exactly what ICU gives; the error policy
// failing exactly where find_invalid_utf8 says and only then.
#include "fuzz_check.hpp"

#include <argmine/text/tokenizer.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace argmine;

namespace {

void check_layout(const Document& doc, std::size_t size) {
  std::uint32_t last_end = 0;
  for (const Token& t : doc.tokens()) {
    ARGMINE_FUZZ_CHECK(t.begin < t.end && t.end <= size && t.begin >= last_end);
    last_end = t.end;
  }
  std::uint32_t next_token = 0, last_sentence_end = 0;
  for (const Sentence& s : doc.sentences()) {
    ARGMINE_FUZZ_CHECK(s.first_token == next_token && s.first_token < s.end_token &&
                       s.end_token <= doc.tokens().size());
    ARGMINE_FUZZ_CHECK(s.begin <= doc.tokens()[s.first_token].begin && doc.tokens()[s.end_token - 1].end <= s.end &&
                       s.end <= size && s.begin >= last_sentence_end);
    next_token = s.end_token;
    last_sentence_end = s.end;
  }
  ARGMINE_FUZZ_CHECK(next_token == doc.tokens().size());
  std::uint32_t next_sentence = 0;
  for (const Paragraph& p : doc.paragraphs()) {
    ARGMINE_FUZZ_CHECK(p.first_sentence == next_sentence && p.first_sentence <= p.end_sentence &&
                       p.end_sentence <= doc.sentences().size() && p.begin <= p.end && p.end <= size);
    next_sentence = p.end_sentence;
  }
  ARGMINE_FUZZ_CHECK(next_sentence == doc.sentences().size());
}

bool same_tokens(const Document& a, const Document& b) {
  const auto x = a.tokens(), y = b.tokens();
  if (x.size() != y.size() || a.sentences().size() != b.sentences().size()) return false;
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (x[k].begin != y[k].begin || x[k].end != y[k].end || x[k].kind != y[k].kind || x[k].flags != y[k].flags) {
      return false;
    }
  }
  for (std::size_t k = 0; k < a.sentences().size(); ++k) {
    if (a.sentences()[k].first_token != b.sentences()[k].first_token) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static Tokenizer strict{TokenizerOptions{}};
  static Tokenizer fast = [] {
    TokenizerOptions o;
    o.invalid_utf8 = Utf8Policy::replace;
    return Tokenizer(o);
  }();
  static Tokenizer icu = [] {
    TokenizerOptions o;
    o.invalid_utf8 = Utf8Policy::replace;
    o.engine = TokenizerEngine::icu_utf8;
    return Tokenizer(o);
  }();
  Document a, b, c;
  const Status st = strict.tokenize(text, a, "fuzz");
  const bool valid = validate_utf8(text).ok();
  ARGMINE_FUZZ_CHECK(st.ok() == valid);
  if (st.ok()) check_layout(a, size);
  ARGMINE_FUZZ_CHECK(fast.tokenize(text, b, "fuzz").ok());
  check_layout(b, size);
  if (st.ok()) ARGMINE_FUZZ_CHECK(same_tokens(a, b));
  ARGMINE_FUZZ_CHECK(icu.tokenize(text, c, "fuzz").ok());
  ARGMINE_FUZZ_CHECK(same_tokens(b, c));
  return 0;
}
