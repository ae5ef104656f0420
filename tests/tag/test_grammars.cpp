// Every grammar family called from this translation unit through grammars.hpp, as the tagger does: the rules
// are defined and instantiated in src/tag/grammar/*.cpp only (STYLE: one config, a test that calls every rule
// from another translation unit).
#include "tag/grammar/grammars.hpp"
#include "tag/lexicon.hpp"
#include "tag/tag_tokens.hpp"

#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

using namespace argmine;
using namespace argmine::detail;

namespace {

std::string_view first_match(grammar::Family f, const std::string& text, grammar::Match& m) {
  static Tokenizer tok;
  static Document doc;
  static std::vector<TagToken> toks;
  static std::string scratch;
  REQUIRE(tok.tokenize(text, doc).ok());
  build_tag_tokens(doc, toks, scratch, &lexicon::lex_table());
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const TagToken* it = toks.data() + i;
    if (grammar::parse(f, it, toks.data() + toks.size(), m)) return m.rule;
  }
  return {};
}

}  // namespace

TEST_CASE("every family parses from another translation unit") {
  grammar::Match m;
  CHECK(first_match(grammar::Family::attribution, "Some in the party insist otherwise.", m) == "holder_verb");
  CHECK(first_match(grammar::Family::analogy, "It is a replay of the 1968 convention.", m) == "replay_of");
  CHECK(m.has(grammar::source));
  CHECK(first_match(grammar::Family::precedent, "It was the first time since 1988.", m) == "superlative_since");
  CHECK(first_match(grammar::Family::rebuttal, "But this ignores the record.", m) == "this_ignores");
  CHECK(first_match(grammar::Family::analogy, "Nothing here is historical.", m).empty());
  for (int f = 0; f < static_cast<int>(grammar::Family::kCount); ++f) {
    CHECK_FALSE(grammar::triggers(static_cast<grammar::Family>(f)).empty());
  }
}

TEST_CASE("token shapes: a non-ASCII capital is capitalized, a curly apostrophe is not") {
  Tokenizer tok;
  Document doc;
  std::vector<TagToken> toks;
  std::string scratch;
  const std::string text = "Émile said he’ll go, and she’d say so.";
  REQUIRE(tok.tokenize(text, doc).ok());
  build_tag_tokens(doc, toks, scratch, &lexicon::lex_table());
  std::vector<std::string_view> capitalized;
  for (const TagToken& t : toks) {
    if (t.is(kCapitalized)) capitalized.push_back(t.raw());
  }
  CHECK(capitalized == std::vector<std::string_view>{"Émile"});
}

TEST_CASE("token view: each token's hash is token_hash of its lowercase form, whatever its length and place") {
  // Words of 1 to 17 letters in mixed case, the last one ending the buffer (its 8-byte loads must not run
  // past the text): the one-load path for short words and the loop for long ones give the same value.
  std::string text;
  std::vector<std::string> lower;
  for (int n = 1; n <= 17; ++n) {
    std::string w;
    for (int k = 0; k < n; ++k) w += static_cast<char>((k % 2 ? 'a' : 'A') + (n + k) % 26);
    text += (text.empty() ? "" : " ") + w;
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    lower.push_back(w);
  }
  Tokenizer tok;
  Document doc;
  std::vector<TagToken> toks;
  std::string scratch;
  REQUIRE(tok.tokenize(text, doc).ok());
  build_tag_tokens(doc, toks, scratch, &lexicon::lex_table());
  REQUIRE(toks.size() == lower.size());
  for (std::size_t i = 0; i < toks.size(); ++i) {
    CAPTURE(lower[i]);
    CHECK(toks[i].hash == token_hash(lower[i]));
  }
}
