// argmine/corpus/batch.hpp — whole corpora: documents in, one JSON line of analysis (or of error) out per
// document, in input order, on as many threads as asked, in bounded memory.
//
// Input: JSONL (one object a line with "id", "text" and any other fields; plain, `.zst`, `.gz` or "-"), or a
// directory of `.txt` files (the file name is the id). Output line, in input order:
//   {"line": N, "id": ..., <the input's other fields>, "analysis": {...}}      or
//   {"line": N, "id": ..., <the input's other fields>, "error": "line 7: missing \"text\""}
// `line` is the 1-based position of the document in the input (the line of a JSONL file, the rank of a file
// in a directory). The analysis is described in docs/batch.md; with `full`, it is the summary JSON of
// docs/summary-schema.md.
#pragma once

#include <argmine/error.hpp>
#include <argmine/summarize/structure.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

namespace argmine {

/// One document of a corpus, as read.
struct CorpusDocument {
  std::uint64_t line = 0;  ///< 1-based position in the input
  std::string id;          ///< the "id" field as JSON ("\"abc\"", "17"), or the file name as a JSON string; "null" when absent
  std::string key;         ///< the id as text (for resuming): the string value, the number as written, or "#<line>"
  std::string text;
  std::string fields;      ///< the input's other fields as JSON members (",\"source\":\"CNN\",..."), passed through
  std::int32_t year = 0;   ///< publication year from the date field ("2016-09-20" -> 2016); 0 when it has none
  std::string title;       ///< the title field, when it is a string (a hint for the thesis); empty otherwise
  std::string error;       ///< why it cannot be analysed ("missing \"text\""); empty when it can
};

/// The publication year in a date as corpora write it: the first run of exactly four digits from 1600 to 2199
/// ("2016-09-20", "9/20/2016", "Sep 20, 2016"); 0 when there is none ("0001-01-01", "20160920").
std::int32_t year_of_date(std::string_view date) noexcept;

/// Options of `CorpusReader`.
struct CorpusReaderOptions {
  /// Longest document (a JSONL line, or a file) accepted, in bytes; a longer one becomes an error record.
  /// Default 64 MiB.
  std::size_t max_document_bytes = std::size_t{64} << 20;
  /// Fields of a JSONL object holding the id and the text. Defaults "id" and "text".
  std::string id_field = "id";
  std::string text_field = "text";
  /// Field holding the publication date; the first four-digit year in it ("2016-09-20", "9/20/2016") is the
  /// document's year, which decides what is past for the analogy and precedent rules. Without one the
  /// tagger guesses from the years the text mentions. Default "date".
  std::string date_field = "date";
  /// Field holding the headline, which the summary reads as a hint to the thesis (an op-ed's headline states
  /// its point). Default "title".
  std::string title_field = "title";
};

/// Reads documents from JSONL or a directory of `.txt` files.
class CorpusReader {
 public:
  /// Opens `path` (a directory, a JSONL file, `.zst`/`.gz`, or "-"); fails with Errc::io naming it.
  static Result<std::unique_ptr<CorpusReader>> open(const std::string& path, const CorpusReaderOptions& options = {});
  virtual ~CorpusReader() = default;
  /// The next document into `doc` (a malformed one comes with `error` set); false at the end. Fails only
  /// when reading itself fails (I/O, a damaged compressed file).
  virtual Result<bool> next(CorpusDocument& doc) = 0;
  /// Input bytes read so far, and in all (0 when unknown): progress and ETA.
  virtual std::uint64_t bytes_consumed() const noexcept = 0;
  virtual std::uint64_t total_bytes() const noexcept = 0;
  virtual const std::string& name() const noexcept = 0;
};

/// What a batch run did.
struct BatchCounts {
  std::uint64_t read = 0;      ///< documents read from the input
  std::uint64_t analysed = 0;  ///< ... written with an analysis
  std::uint64_t errors = 0;    ///< ... written as error records
  std::uint64_t skipped = 0;   ///< ... skipped because their id was already done (resume)
  std::uint64_t bytes = 0;     ///< text bytes analysed
};

/// Progress after each chunk: counts so far, seconds since the start, input bytes read and in all.
struct BatchProgress {
  const BatchCounts& counts;
  double seconds;
  std::uint64_t input_bytes_read;
  std::uint64_t input_bytes_total;
};

/// Options of `run_batch`.
struct BatchOptions {
  /// Worker threads; 0 uses every core. Results do not depend on it. Default 0.
  unsigned threads = 0;
  /// Write the full summary (docs/summary-schema.md) instead of the compact analysis. Default false.
  bool full = false;
  /// Documents read ahead and analysed together; memory is bounded by this many documents. Default 256.
  std::size_t chunk_documents = 256;
  /// Options of each thread's Summarizer (role model, gazetteer).
  SummarizerOptions summarizer;
  /// Called after each chunk is written (from the calling thread). Default none.
  std::function<void(const BatchProgress&)> progress;
  /// Documents whose `key` is in this set are skipped (a resumed run; see `resume_keys`). Default none.
  const std::unordered_set<std::string>* skip = nullptr;
};

/// Analyses every document of `input` and hands one JSON line (without '\n') per document to `write`, in
/// input order. Fails only when the run itself fails: reading the input, loading the model, or `write`.
Status run_batch(CorpusReader& input, const std::function<Status(std::string_view line)>& write,
                 const BatchOptions& options, BatchCounts& counts);

/// Prepares resuming a run that wrote batch output to `path`: a last line cut short by an interruption is
/// removed from the file, so that its document is analysed again, and the keys of the documents written
/// (`CorpusDocument::key`: the id's string, the number as written, or "#<line>" without an id) are returned
/// for `BatchOptions::skip`. The file is read line by line, in memory bounded by its longest line. No file:
/// no keys. Fails, naming the file and line, on a line that is not batch output.
Result<std::unordered_set<std::string>> resume_keys(const std::string& path);

/// The compact analysis of one document (the "analysis" member of a batch line), as JSON.
std::string batch_analysis_json(const ArgumentStructure& structure, const Document& doc);

}  // namespace argmine
