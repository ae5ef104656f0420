// Fuzz target: the whole pipeline (tokenize, tag, score, assemble) and every output format on any bytes.
// Checks that each unit's spans lie inside the text on character boundaries, that links name existing units
// and that the JSON outputs (the summary's, argmine batch's) are valid JSON whatever the input holds.
#include "fuzz_check.hpp"

#include <argmine/corpus/batch.hpp>
#include <argmine/summarize/render.hpp>
#include <argmine/summarize/structure.hpp>
#include <argmine/text/tokenizer.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace argmine;

namespace {

bool char_boundary(std::string_view text, std::uint32_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

void check_span(std::string_view text, const Span& s) {
  ARGMINE_FUZZ_CHECK(s.begin <= s.end && s.end <= text.size());
  ARGMINE_FUZZ_CHECK(char_boundary(text, s.begin) && char_boundary(text, s.end));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Summarizer summarizer = [] {
    auto s = Summarizer::create();
    ARGMINE_FUZZ_CHECK(s.ok());  // the default models (ARGMINE_MODEL_DIR or the build tree's)
    return std::move(*s);
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ArgumentStructure out;
  if (!summarizer.analyze(text, out, "fuzz", 2016).ok()) {
    ARGMINE_FUZZ_CHECK(!validate_utf8(text).ok());  // invalid UTF-8 is the one reason to refuse a text
    return 0;
  }
  const Document& doc = summarizer.doc();
  ARGMINE_FUZZ_CHECK(out.sentences.size() == doc.sentences().size());
  for (const Unit& u : out.units) {
    for (const Span* s : {&u.span, &u.clause, &u.cue, &u.holder, &u.source, &u.target}) check_span(text, *s);
    ARGMINE_FUZZ_CHECK(u.sentence < doc.sentences().size());
    for (std::uint32_t l : u.links) ARGMINE_FUZZ_CHECK(l < out.units.size());
  }
  for (SummaryFormat f : {SummaryFormat::text, SummaryFormat::markdown, SummaryFormat::html}) {
    (void)render_summary(out, doc, f);
  }
  const std::string json = render_summary(out, doc, SummaryFormat::json);
  ARGMINE_FUZZ_CHECK(nlohmann::json::accept(json));
  ARGMINE_FUZZ_CHECK(nlohmann::json::accept(batch_analysis_json(out, doc)));  // argmine batch's record
  return 0;
}
