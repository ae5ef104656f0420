// Fuzz target: one JSONL corpus line. simdjson reads the lines and nlohmann those it refuses; on every line
// both must give the same document or the same error (tests/corpus/test_jsonl_document.cpp), and the fields
// passed through must stay valid JSON inside the output object.
#include "fuzz_check.hpp"

#include <argmine/corpus/batch.hpp>

#include "corpus/jsonl_document.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

using namespace argmine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string line(reinterpret_cast<const char*>(data), size);
  const CorpusReaderOptions options;
  CorpusDocument fast, slow;
  fast.line = slow.line = 3;
  fast.text = line;
  detail::parse_jsonl_document(fast, options);
  slow.id = "null";
  slow.key = "#3";
  detail::parse_jsonl_document_with_nlohmann(slow, line, options);
  if (fast.id != slow.id || fast.key != slow.key || fast.text != slow.text || fast.fields != slow.fields ||
      fast.year != slow.year || fast.title != slow.title || fast.error != slow.error) {
    std::fprintf(stderr, "simdjson: id %s key %s fields %s year %d error '%s'\n", fast.id.c_str(), fast.key.c_str(),
                 fast.fields.c_str(), fast.year, fast.error.c_str());
    std::fprintf(stderr, "nlohmann: id %s key %s fields %s year %d error '%s'\n", slow.id.c_str(), slow.key.c_str(),
                 slow.fields.c_str(), slow.year, slow.error.c_str());
    ARGMINE_FUZZ_CHECK(!"the two readers disagree");
  }
  ARGMINE_FUZZ_CHECK(nlohmann::json::accept("{\"id\":" + fast.id + fast.fields + "}"));
  return 0;
}
