// One JSONL line of a corpus into a CorpusDocument (id, key, text, the fields passed through, year, title).
#pragma once

#include <argmine/corpus/batch.hpp>

namespace argmine::detail {

/// Fills id, key, text, fields, year and title of `d` from its JSONL line, held in `d.text` until then; or
/// sets `d.error` ("line 4: not a JSON object", "line 2: invalid JSON at byte 17", "line 7: missing \"text\"").
/// Thread-safe (each thread keeps its own parser).
void parse_jsonl_document(CorpusDocument& d, const CorpusReaderOptions& options);

/// The same with nlohmann, about sixteen times slower: `parse_jsonl_document` calls it for the lines simdjson
/// refuses (it names the byte of a syntax error and reads integers beyond 64 bits), and a test checks that
/// the two agree. `raw` is the line; `d.id`, `d.key` must hold their defaults ("null", "#<line>").
void parse_jsonl_document_with_nlohmann(CorpusDocument& d, const std::string& raw, const CorpusReaderOptions& options);

}  // namespace argmine::detail
