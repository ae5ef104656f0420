// The JSONL reader: simdjson reads the lines, nlohmann those it refuses; on every line both must give the
// same document (id, key, text, fields passed through, year, title) or the same error.
#include <argmine/corpus/batch.hpp>

#include "corpus/jsonl_document.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace argmine;

namespace {

CorpusDocument read_line(const std::string& line, bool with_nlohmann) {
  CorpusDocument d;
  d.line = 3;
  d.text = line;
  if (with_nlohmann) {
    d.text.clear();
    d.id = "null";
    d.key = "#3";
    detail::parse_jsonl_document_with_nlohmann(d, line, CorpusReaderOptions{});
  } else {
    detail::parse_jsonl_document(d, CorpusReaderOptions{});
  }
  return d;
}

}  // namespace

TEST_CASE("jsonl: simdjson and nlohmann read every line alike") {
  const std::vector<std::string> lines = {
      R"({"id": "a1", "date": "2016-09-20", "title": "T", "source": "CNN", "text": "Some text."})",
      "\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"after a byte order mark\"}",
      R"({"id": 17, "text": "x", "n": 1.5e3, "m": -0.0, "f": 1.0, "g": 0.1, "h": 1e-7, "i": -12, "u": 18446744073709551615})",
      R"({"id": 123456789012345678901234567890, "text": "an id beyond 64 bits"})",
      R"({"id": "dup", "text": "first", "text": "second", "x": 1, "x": 2})",
      R"({"id": "nest", "text": "t", "meta": {"b": [1, 2, {"c": "\u00e9\n\/"}], "a": null}, "t": true, "f": false})",
      R"({"id": "esc\"\\", "text": "nul\u0000 unit\u001f del\u007f", "src": "\u2019q\u2019 \ud83d\ude00 \t"})",
      R"({"text": "no id", "Zeta": 1, "alpha": 2, "_": 3, "é": 4})",
      R"({"id": null, "text": "null id"})",
      R"({"id": ["a", 1], "text": "array id"})",
      R"({"id": "e", "text": "", "line": 3, "analysis": 1, "error": "x"})",
      R"({"id": "d", "text": "x", "date": 2016, "title": ["not", "a", "string"]})",
      R"({"id": "sur", "text": "lone \ud800 surrogate"})",
      R"({"id": "num", "text": "x", "v": 1e400})",
      R"({"id": "trail", "text": "t"} x)",
      "{\"id\": \"ctl\", \"text\": \"raw\ttab\"}",
      "{\"id\": \"bad\", \"text\": \"a\xFF b\"}",
      R"({"id": "notext"})",
      R"({"id": "nonstr", "text": 5})",
      R"([1, 2])",
      R"("a string")",
      R"({"id": "open", "text": "unterminated)",
      "{\"id\": \"deep\", \"text\": \"d\", \"z\": " + std::string(2000, '[') + std::string(2000, ']') + "}",
      "  {\"id\": \"space\", \"text\": \"around\"}  \r",
  };
  for (const auto& line : lines) {
    CAPTURE(line);
    const CorpusDocument fast = read_line(line, false), slow = read_line(line, true);
    CHECK(fast.id == slow.id);
    CHECK(fast.key == slow.key);
    CHECK(fast.text == slow.text);
    CHECK(fast.fields == slow.fields);
    CHECK(fast.year == slow.year);
    CHECK(fast.title == slow.title);
    CHECK(fast.error == slow.error);
  }
  // Exact values of two lines, so that agreeing on a wrong reading fails too.
  const CorpusDocument first = read_line(lines[0], false);
  CHECK(first.id == "\"a1\"");
  CHECK(first.key == "a1");
  CHECK(first.text == "Some text.");
  CHECK(first.fields == R"(,"date":"2016-09-20","source":"CNN","title":"T")");
  CHECK(first.year == 2016);
  CHECK(first.title == "T");
  const CorpusDocument nested = read_line(lines[5], false);
  CHECK(nested.fields == R"(,"f":false,"meta":{"a":null,"b":[1,2,{"c":"é\n/"}]},"t":true)");
  CHECK(read_line(lines[4], false).text == "second");
  CHECK(read_line(lines[16], false).error == "line 3: invalid JSON at byte 24");  // the 0xFF
}
