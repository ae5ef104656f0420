// Fuzz target: a user's gazetteer file (data/gazetteer.tsv's format). Any bytes give a gazetteer or an error
// naming the line; a gazetteer that loads merges with the built-in one and tags a sentence.
#include "fuzz_check.hpp"

#include <argmine/tag/gazetteer.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace argmine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto g = Gazetteer::parse(text, "fuzz.tsv");
  if (!g.ok()) {
    ARGMINE_FUZZ_CHECK(g.error().to_string().find("fuzz.tsv") != std::string::npos);
    return 0;
  }
  TaggerOptions o;
  o.gazetteer = Gazetteer::merge(*Gazetteer::builtin(), **g);
  o.document_year = 2016;
  Tagger tagger(o);
  static Tokenizer tokenizer{TokenizerOptions{}};
  const std::string_view sentence =
      "This is a replay of the summer of 2011, reminiscent of Watergate and of the PUMA movement in 2008.";
  Document doc;
  ARGMINE_FUZZ_CHECK(tokenizer.tokenize(sentence, doc).ok());
  Annotations units;
  tagger.tag(doc, units);
  for (const Unit& u : units.units) ARGMINE_FUZZ_CHECK(u.span.end <= sentence.size());
  return 0;
}
