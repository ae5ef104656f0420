// Golden files: tests/golden/tokenize/NAME.txt is tokenized and compared with NAME.expected, so a rule
// change shows up as a readable diff. ARGMINE_UPDATE_GOLDEN=1 rewrites the expected files.
#include "../helpers.hpp"

#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>

using namespace argmine;

namespace {

// One token a line: "begin-end kind text [+flags]"; a blank line ends a sentence, "¶" starts a paragraph.
std::string render(const Document& doc) {
  std::string out;
  for (const Paragraph& p : doc.paragraphs()) {
    out += "\xC2\xB6\n";
    for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
      const Sentence& sent = doc.sentences()[s];
      for (const Token& t : doc.tokens_of(sent)) {
        out += fmt::format("{}-{} {} {}", t.begin, t.end, to_string(t.kind), doc.text_of(t));
        if (t.has(Token::clitic)) out += " +clitic";
        if (t.has(Token::abbreviation)) out += " +abbreviation";
        if (t.has(Token::line_start)) out += " +line_start";
        out += '\n';
      }
      out += '\n';
    }
  }
  return out;
}

}  // namespace

TEST_CASE("golden tokenizations") {
  const auto dir = test::source_dir() / "tests" / "golden" / "tokenize";
  const bool update = std::getenv("ARGMINE_UPDATE_GOLDEN") != nullptr;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++files;
    const std::string text = test::slurp(entry.path());
    Tokenizer tok;
    auto doc = tok.tokenize(text);
    REQUIRE(doc.ok());
    const std::string got = render(*doc);
    auto expected_path = entry.path();
    expected_path.replace_extension(".expected");
    if (update) {
      REQUIRE(write_file(expected_path.string(), got).ok());
      continue;
    }
    INFO("golden file " << entry.path().filename().string());
    CHECK(got == test::slurp(expected_path));
  }
  CHECK(files >= 5);
}
