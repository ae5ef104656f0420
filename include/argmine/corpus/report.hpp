// argmine/corpus/report.hpp — what a corpus says, from `argmine batch` output: which historical analogies it
// invokes (by event and decade, by outlet, over time), who holds the positions it argues against, and the
// stance toward the people and organisations it names, over time and by the corpus's own labels (such as
// AllSides' left / center / right).
#pragma once

#include <argmine/error.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace argmine {

/// Options of `CorpusReport`.
struct ReportOptions {
  /// Field holding the corpus's label to break results down by (left/center/right). Default "bias".
  std::string label_field = "bias";
  /// Field naming the outlet or author. Default "source".
  std::string outlet_field = "source";
  /// Field with the document's date (ISO, "2016-09-20"); results over time are per year. Default "date".
  std::string date_field = "date";
  /// Rows of each ranking. Default 15.
  std::size_t top = 15;
  /// Title of the report. Default "Corpus report".
  std::string title = "Corpus report";
};

/// Aggregates batch output lines; memory grows with the number of distinct events, holders and targets,
/// not with the corpus.
class CorpusReport {
 public:
  explicit CorpusReport(ReportOptions options = {});
  ~CorpusReport();
  CorpusReport(CorpusReport&&) noexcept;
  CorpusReport& operator=(CorpusReport&&) noexcept;

  /// Adds one line of `argmine batch` output (compact analysis). A line that is not batch output is an error
  /// naming `name` and `line_number`; error records of the batch are counted, not failed on.
  Status add_line(std::string_view line, std::string_view name, std::uint64_t line_number);

  std::string markdown() const;
  std::string json() const;
  /// One self-contained page with SVG charts.
  std::string html() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace argmine
