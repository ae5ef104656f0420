// The tagger against the team's own brat gold in corpus/ (20 op-eds): a regression floor for each unit type,
// set below today's scores (see README) so a rule change that loses ground fails here.
#include "../helpers.hpp"

#include <argmine/eval/brat.hpp>
#include <argmine/eval/evaluate.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

#include <filesystem>

using namespace argmine;

TEST_CASE("brat files: code point offsets become byte offsets; mismatches are errors") {
  const std::string txt = "Café critics say no.";
  auto ok = parse_brat("T1\tCounterclaim 0 20\tCafé critics say no.\nT2\tHolder 5 12\tcritics\nR1\tHolderOf Arg1:T2 Arg2:T1\n"
                       "A1\tEvidenceType T1 statistic\n#1\tAnnotatorNotes T1\tyear=1960s\n",
                       txt, "x.ann");
  REQUIRE(ok.ok());
  CHECK(ok->entities[1].span == Span{6, 13});  // "é" is two bytes
  CHECK(ok->entities[0].attributes.at("EvidenceType") == "statistic");
  bool decade = false;
  CHECK(brat_note_year(ok->entities[0].note, decade) == 1960);
  CHECK(decade);
  auto bad = parse_brat("T1\tClaim 0 4\tCafe\n", txt, "x.ann");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().to_string() == "x.ann: line 1: text 'Cafe' differs from the text at 0-4: 'Café'");
}

TEST_CASE("brat files: a discontinuous span is read as its extent; its text joins the fragments as written") {
  const std::string txt = "I came away, if we worked at it, convinced.";
  auto ok = parse_brat("T1	Claim 0 11;33 42	I came away convinced\n", txt, "d.ann");
  REQUIRE_MESSAGE(ok.ok(), (ok.ok() ? std::string() : ok.error().to_string()));
  CHECK(ok->entities[0].span == Span{0, 42});
  auto wrong_text = parse_brat("T1	Claim 0 11;33 42	I came away, convinced\n", txt, "d.ann");
  REQUIRE_FALSE(wrong_text.ok());
  CHECK(wrong_text.error().to_string() ==
        "d.ann: line 1: text 'I came away, convinced' differs from the text at 0-11;33-42: 'I came away convinced'");
  // Fragments out of text order (ElecDeb60to20 has them): the same extent, the text joined as written.
  auto backwards = parse_brat("T1	Claim 33 42;0 11	convinced I came away\n", txt, "d.ann");
  REQUIRE_MESSAGE(backwards.ok(), (backwards.ok() ? std::string() : backwards.error().to_string()));
  CHECK(backwards->entities[0].span == Span{0, 42});
  auto inverted = parse_brat("T1	Claim 11 0	I came away\n", txt, "d.ann");
  REQUIRE_FALSE(inverted.ok());
  CHECK(inverted.error().to_string() == "d.ann: line 1: bad offsets '11 0'");
  auto beyond = parse_brat("T1	Claim 33 420	convinced\n", txt, "d.ann");
  REQUIRE_FALSE(beyond.ok());
  CHECK(beyond.error().to_string() == "d.ann: line 1: bad offsets '33 420'");
}

TEST_CASE("evaluation: an analogy's use is scored on matched analogies; no gold use means comparison") {
  const std::string txt = "The push should follow the path Clinton took in 2008. The fight recalls the 1968 convention.";
  auto gold = parse_brat("T1\tAnalogy 0 53\tThe push should follow the path Clinton took in 2008.\n"
                         "A1\tAnalogyUse T1 model\nT2\tAnalogy 54 92\tThe fight recalls the 1968 convention.\n",
                         txt, "x.ann");
  REQUIRE(gold.ok());
  Annotations sys;
  Unit a;
  a.type = UnitType::analogy;
  a.span = {0, 53};
  a.use = AnalogyUse::model;
  sys.units.push_back(a);
  a.span = {54, 92};
  a.use = AnalogyUse::warning;
  sys.units.push_back(a);
  const Evaluation ev = evaluate(sys, *gold);
  CHECK(ev.uses == 2);
  CHECK(ev.uses_ok == 1);
}

TEST_CASE("corpus: every annotation file parses and the tagger keeps its scores") {
  Tokenizer tok;
  Tagger tagger;
  Evaluation total;
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "corpus")) {
    if (e.path().extension() != ".txt") continue;
    ++files;
    auto file = read_brat_file(e.path().string());
    REQUIRE_MESSAGE(file.ok(), (file.ok() ? "" : file.error().to_string()));
    auto doc = tok.tokenize(file->text);
    REQUIRE(doc.ok());
    total += evaluate(tagger.tag(*doc), file->gold);
  }
  CHECK(files >= 20);
  auto f1 = [&](const char* type) { return total.types[type].overlap.f1(); };
  MESSAGE("overlap F1: analogy " << f1("Analogy") << ", counterclaim " << f1("Counterclaim") << ", rebuttal "
                                 << f1("Rebuttal") << ", concession " << f1("Concession") << ", precedent "
                                 << f1("Precedent") << ", evidence " << f1("Evidence") << ", claim " << f1("Claim"));
  CHECK(f1("Analogy") >= 0.85);
  CHECK(f1("Counterclaim") >= 0.80);
  CHECK(f1("Rebuttal") >= 0.68);
  CHECK(f1("Concession") >= 0.80);
  CHECK(f1("Precedent") >= 0.85);
  CHECK(f1("NonArgument") >= 0.90);
  CHECK(f1("Hedge") >= 0.85);
  CHECK(f1("Booster") >= 0.85);
  CHECK(f1("Evidence") >= 0.65);
  CHECK(total.answers.f1() >= 0.70);
}
