// argmine/eval/brat.hpp — gold annotations in brat standoff (docs/annotation.md), with byte offsets.
#pragma once

#include <argmine/error.hpp>
#include <argmine/tag/units.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {

/// One text-bound annotation ("T3 Counterclaim 120 245 ..."), with offsets converted to bytes.
struct BratEntity {
  std::string id;    ///< "T3"
  std::string type;  ///< "Counterclaim"
  Span span;         ///< byte offsets into the .txt; a discontinuous span ("5 9;14 20") as its whole extent
  std::map<std::string, std::string> attributes;  ///< "EvidenceType" -> "statistic"
  std::string note;                               ///< AnnotatorNotes ("year=2008")
};

/// A relation ("R2 Answers Arg1:T5 Arg2:T3").
struct BratRelation {
  std::string type;
  std::string arg1, arg2;  ///< entity ids
};

struct BratDocument {
  std::vector<BratEntity> entities;
  std::vector<BratRelation> relations;
  const BratEntity* find(std::string_view id) const;
};

/// Parses a .ann file for the text `txt`. brat offsets count code points; they become byte offsets. Fails
/// (Errc::parse, naming `ann_name` and the line) when a line is malformed, refers to an unknown id, or its
/// text differs from the text at its offsets.
Result<BratDocument> parse_brat(std::string_view ann, std::string_view txt, std::string_view ann_name = {});

/// A text and its gold, as read from `NAME.txt` and the `NAME.ann` beside it.
struct BratFile {
  std::string text;
  BratDocument gold;
};

/// Reads `txt_path` and the `.ann` beside it and parses the annotations; errors name the file (and line).
Result<BratFile> read_brat_file(const std::string& txt_path);

/// The year of a note "year=2008" / "year=1960s" (0 when absent); `decade` tells which.
std::int32_t brat_note_year(std::string_view note, bool& decade);

}  // namespace argmine
