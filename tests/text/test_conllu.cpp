#include <argmine/text/conllu.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace argmine;

namespace {

// A hand-made gold file: one paragraph of two sentences, a multi-word token and SpaceAfter=No.
constexpr const char* kGold =
    "# newdoc id = d\n"
    "# newpar\n"
    "# sent_id = 1\n"
    "# text = I don't know.\n"
    "1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "# text = Ask Mr. Smith\n"
    "1\tAsk\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tMr.\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tSmith\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("conllu_to_text rebuilds the raw text") {
  auto text = conllu_to_text(kGold);
  REQUIRE(text.ok());
  CHECK(*text == "I don't know. Ask Mr. Smith \n");
}

TEST_CASE("a perfect system scores 1 everywhere") {
  auto s = score_conllu(kGold, kGold);
  REQUIRE(s.ok());
  CHECK(s->tokens.correct == 7);
  CHECK(s->tokens.f1() == doctest::Approx(1.0));
  CHECK(s->words.f1() == doctest::Approx(1.0));
  CHECK(s->sentences.gold == 2);
  CHECK(s->sentences.f1() == doctest::Approx(1.0));
}

TEST_CASE("token, word and sentence errors are counted on character spans") {
  // The system splits "Mr." into "Mr" + ".", keeps "don't" whole and puts everything in one sentence.
  const char* sys =
      "# sent_id = 1\n"
      "1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "3\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
      "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "5\tAsk\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "6\tMr\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
      "7\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "8\tSmith\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "\n";
  auto s = score_conllu(sys, kGold);
  REQUIRE(s.ok());
  // Surface tokens: system 8, gold 7; "I", "don't", "know", ".", "Ask", "Smith" match.
  CHECK(s->tokens.system == 8);
  CHECK(s->tokens.gold == 7);
  CHECK(s->tokens.correct == 6);
  // Words: gold has do + n't inside "don't"; the system's single word "don't" matches neither.
  CHECK(s->words.system == 8);
  CHECK(s->words.gold == 8);
  CHECK(s->words.correct == 5);
  CHECK(s->sentences.correct == 0);
  CHECK(s->sentences.f1() == doctest::Approx(0.0));
}

TEST_CASE("different texts are an error that says where") {
  auto s = score_conllu("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "1\tHullo\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().message().find("differ at non-space character 1") != std::string::npos);
  auto bad = score_conllu("1\tonly-two-columns\n\n", kGold);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code() == Errc::parse);
  CHECK(bad.error().position() == 1);
}

TEST_CASE("write_conllu groups clitics into multi-word tokens") {
  Tokenizer tok;
  const std::string text = "I don't know.";
  auto doc = tok.tokenize(text);
  REQUIRE(doc.ok());
  std::ostringstream out;
  ConlluOptions opt;
  opt.doc_id = "t";
  write_conllu(*doc, out, opt);
  CHECK(out.str() ==
        "# newdoc id = t\n# newpar\n# sent_id = t-1\n# text = I don't know.\n"
        "1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n");  // the end of the document counts as a space
  // Our own output scores perfectly against itself once re-read.
  auto s = score_conllu(out.str(), out.str());
  REQUIRE(s.ok());
  CHECK(s->words.f1() == doctest::Approx(1.0));
}
