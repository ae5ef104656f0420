// The fast engine must give exactly what the ICU engines give: random text here, the news corpus in
// "differential: news corpus".
#include "../helpers.hpp"

#include <argmine/corpus/line_reader.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <string>

using namespace argmine;

namespace {

// First difference between two documents, or empty.
std::string compare(const Document& a, const Document& b) {
  const auto x = a.tokens();
  const auto y = b.tokens();
  for (std::size_t k = 0; k < std::min(x.size(), y.size()); ++k) {
    if (x[k].begin != y[k].begin || x[k].end != y[k].end || x[k].kind != y[k].kind || x[k].flags != y[k].flags) {
      return "token " + std::to_string(k) + " at byte " + std::to_string(x[k].begin) + ": '" +
             std::string(a.text_of(x[k])) + "' vs '" + std::string(b.text_of(y[k])) + "'";
    }
  }
  if (x.size() != y.size()) return "token counts " + std::to_string(x.size()) + " vs " + std::to_string(y.size());
  const auto s = a.sentences();
  const auto t = b.sentences();
  for (std::size_t k = 0; k < std::min(s.size(), t.size()); ++k) {
    if (s[k].first_token != t[k].first_token || s[k].end_token != t[k].end_token) {
      return "sentence " + std::to_string(k) + " differs";
    }
  }
  if (s.size() != t.size()) return "sentence counts differ";
  return {};
}

// Texts of 1..max_pieces random pieces, each tokenized by the three engines: the first text they disagree on (or
// one fails), with the difference, or empty when they agree on every text.
std::string first_engine_disagreement(const std::vector<std::string>& pieces, int max_pieces, int rounds,
                                      std::uint32_t seed, Utf8Policy policy) {
  TokenizerOptions opt[3];
  opt[1].engine = TokenizerEngine::icu_utf8;
  opt[2].engine = TokenizerEngine::icu_utf16;
  for (auto& o : opt) o.invalid_utf8 = policy;
  Tokenizer fast(opt[0]), icu8(opt[1]), icu16(opt[2]);
  Document a, b, c;
  std::mt19937 rng(seed);
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % static_cast<std::uint32_t>(max_pieces));
    for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    if (!fast.tokenize(text, a).ok() || !icu8.tokenize(text, b).ok() || !icu16.tokenize(text, c).ok()) {
      return "text [" + text + "]: an engine failed";
    }
    if (const std::string d = compare(a, b); !d.empty()) return "text [" + text + "]: fast vs icu-utf8: " + d;
    if (const std::string d = compare(a, c); !d.empty()) return "text [" + text + "]: fast vs icu-utf16: " + d;
  }
  return {};
}

}  // namespace

TEST_CASE("random text: fast and ICU engines agree") {
  // Pieces chosen to hit every rule: letters, digits, the separators ICU joins on, quotes, clitics, URLs,
  // abbreviations, the fast engine's non-ASCII punctuation and non-ASCII letters it hands to ICU.
  const std::vector<std::string> pieces = {
      "a", "B", "x", "1", "7", ".", ",", ";", ":", "'", "\"", "_", "-", "@", "#", "/", "(", ")", "!", "?", "$",
      "%", " ", " ", " ", "\n", "\n\n", "\t", "\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "\xC2\xA0", "\xC3\xA9", "n't", "'s", "Mr.", "U.S.",
      "http://", "www.", ".com", "e-", "non", "cannot", ":)", "\xF0\x9F\x98\x80", "\xD7\xA9", "\xCC\x81"};
  const std::string d = first_engine_disagreement(pieces, 12, 20000, 20261127, Utf8Policy::error);
  CHECK_MESSAGE(d.empty(), d);
}

TEST_CASE("invalid bytes kept as tokens: every engine gives them in text order") {
  TokenizerOptions opt[3];
  opt[1].engine = TokenizerEngine::icu_utf8;
  opt[2].engine = TokenizerEngine::icu_utf16;
  for (auto& o : opt) o.invalid_utf8 = Utf8Policy::replace;
  Tokenizer fast(opt[0]), icu8(opt[1]), icu16(opt[2]);
  Document a;
  // The ICU engines once emitted an invalid chunk at once and the valid ones before it only at the
  // paragraph's end: "a\xFF" came out as [invalid, "a"] in a sentence of bytes [1, 1) (found by fuzz_tokenize).
  for (Tokenizer* t : {&fast, &icu8, &icu16}) {
    REQUIRE(t->tokenize("a\xFF", a).ok());
    REQUIRE(a.tokens().size() == 2);
    CHECK(a.tokens()[0].begin == 0);
    CHECK(a.tokens()[0].kind == TokenKind::word);
    CHECK(a.tokens()[1].begin == 1);
    CHECK(a.tokens()[1].kind == TokenKind::invalid);
    REQUIRE(a.sentences().size() == 1);
    CHECK(a.sentences()[0].begin == 0);
    CHECK(a.sentences()[0].end == 2);
  }
  const std::vector<std::string> pieces = {"a", "Bc", "1", ".", " ", "\n\n", "\xFF", "\xC3", "\xE2\x80", "\xC3\xA9",
                                           "\xE2\x80\x99", "'s", "U.S.", "\xF0\x9F\x98\x80", "-", "\""};
  const std::string d = first_engine_disagreement(pieces, 10, 5000, 20261129, Utf8Policy::replace);
  CHECK_MESSAGE(d.empty(), d);
}

TEST_CASE("differential: news corpus") {
  const auto path = test::require_shared("data/news-allsides/allsides-12k.jsonl.zst");
  auto reader = LineReader::open(path.string());
  REQUIRE(reader.ok());
  TokenizerOptions fast_opt, icu_opt;
  fast_opt.invalid_utf8 = icu_opt.invalid_utf8 = Utf8Policy::replace;
  icu_opt.engine = TokenizerEngine::icu_utf8;
  Tokenizer fast(fast_opt), icu(icu_opt);
  Document a, b;
  std::string line;
  std::size_t docs = 0, tokens = 0;
  for (;;) {
    auto st = (*reader)->next(line);
    REQUIRE(st.ok());
    if (*st == LineStatus::end) break;
    const auto j = nlohmann::json::parse(line);
    const std::string text = j.at("text").get<std::string>();
    REQUIRE(fast.tokenize(text, a).ok());
    REQUIRE(icu.tokenize(text, b).ok());
    const std::string d = compare(a, b);
    INFO("article " << j.value("id", ""));
    REQUIRE_MESSAGE(d.empty(), d);
    ++docs;
    tokens += a.tokens().size();
  }
  MESSAGE("fast and ICU engines agree on " << docs << " articles, " << tokens << " tokens");
  CHECK(docs == 12000);
}
