// Accuracy on the UD English dev treebanks in ../shared, as a regression test: the numbers the README
// reports must not fall below the goals of the tokenizer issue.
#include "../helpers.hpp"

#include <argmine/text/conllu.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace argmine;

namespace {

TokenizationScores score(const std::string& treebank) {
  const auto gold_path = test::require_shared("data/ud-english/" + treebank + "-ud-dev.conllu");
  const std::string gold = test::slurp(gold_path);
  auto text = conllu_to_text(gold, gold_path.string());
  REQUIRE(text.ok());
  Tokenizer tok;
  auto doc = tok.tokenize(*text);
  REQUIRE(doc.ok());
  std::ostringstream sys;
  write_conllu(*doc, sys);
  auto s = score_conllu(sys.str(), gold);
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
  MESSAGE(treebank << " dev: tokens F1 " << s->tokens.f1() << ", words F1 " << s->words.f1() << ", sentences F1 "
                   << s->sentences.f1());
  return *s;
}

}  // namespace

TEST_CASE("UD English EWT dev") {
  const auto s = score("en_ewt");
  CHECK(s.tokens.f1() >= 0.99);
  CHECK(s.words.f1() >= 0.99);
  CHECK(s.sentences.f1() >= 0.90);
}

TEST_CASE("UD English GUM dev") {
  const auto s = score("en_gum");
  CHECK(s.tokens.f1() >= 0.99);
  CHECK(s.words.f1() >= 0.99);
  CHECK(s.sentences.f1() >= 0.95);
}
