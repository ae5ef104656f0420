// argmine/score/data.hpp — reading and writing labelled examples.
//
// Formats:
//  - semeval: the SemEval-2016 Task 6 files, tab-separated `ID Target Tweet Stance [Opinion towards]
//    [Sentiment]` with a header line. UTF-8 or Windows-1252 (the official training file), LF or CRLF.
//  - tsv: `label<TAB>text[<TAB>target[<TAB>id]]`, one example a line; '#' lines and an optional header line
//    `label<TAB>text...` are skipped.
//  - jsonl: one object a line with "text" and "label" (and optional "target", "id").
//  - brat: argument-role examples from texts annotated per docs/annotation.md (a folder of .txt/.ann pairs or
//    one .txt): every sentence is an example labelled MajorClaim, Claim (also rebuttals, counterclaims and
//    concessions), Premise (evidence, analogies, precedents) or None, by the highest-ranked unit covering
//    at least half of it; its target is its position in the text (first, middle or last third), so the
//    model learns position-specific weights. This is how the default role model is trained on corpus/.
// Malformed lines are errors naming the file and line; nothing is skipped silently.
#pragma once

#include <argmine/error.hpp>
#include <argmine/score/train.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace argmine {

enum class DataFormat : std::uint8_t { semeval, tsv, jsonl, brat };

/// Parses a data format name ("semeval", "tsv", "jsonl", "brat").
Result<DataFormat> parse_data_format(std::string_view name);

/// Reads examples from a file.
Result<std::vector<Example>> read_examples(const std::string& path, DataFormat format);
/// Reads examples from text already in memory (`name` for messages).
Result<std::vector<Example>> parse_examples(std::string_view text, DataFormat format, std::string_view name = {});

/// Probabilities to write beside predicted labels (`argmine predict --probabilities`).
struct LabelProbabilities {
  std::vector<std::string> labels;         ///< label names, in the model's order
  std::vector<std::vector<float>> values;  ///< values[i][k]: probability of labels[k] for example i
};

/// Writes examples with `labels` (one per example) in the given format: SemEval files get their Stance column
/// replaced, TSV and JSONL lines their label. With `probabilities`, JSONL objects get a "probabilities" object
/// (`{"AGAINST":0.8123,...}`) and SemEval and TSV lines one more column per label (`AGAINST=0.8123`) after
/// the id (the readers ignore columns past the ones they know, so such files still read back).
std::string format_examples(const std::vector<Example>& examples, const std::vector<std::string>& labels,
                            DataFormat format, const LabelProbabilities* probabilities = nullptr);

/// The position feature of sentence `index` of `count` in its text: "first", "middle" or "last" third.
/// Role models take it as the target.
std::string_view sentence_position(std::size_t index, std::size_t count) noexcept;

/// The argument role a brat entity type stands for in role models ("MajorClaim", "Claim", "Premise"), or
/// empty for types that carry no role (Hedge, Holder, NonArgument, ...).
std::string_view role_of_brat_type(std::string_view type) noexcept;

/// Windows-1252 bytes to UTF-8.
std::string cp1252_to_utf8(std::string_view bytes);

}  // namespace argmine
