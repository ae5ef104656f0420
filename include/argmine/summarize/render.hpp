// argmine/summarize/render.hpp — an ArgumentStructure as text, markdown, JSON or a self-contained HTML page.
//
// JSON follows the versioned schema in docs/summary-schema.md (`"schema": "argmine-summary"`, `"version"`):
// every unit with byte offsets into the input, its type, rule, fields, links and scores.
#pragma once

#include <argmine/error.hpp>
#include <argmine/summarize/structure.hpp>
#include <argmine/text/document.hpp>

#include <string>
#include <string_view>

namespace argmine {

class Gazetteer;

/// Version of the JSON schema this library writes (docs/summary-schema.md).
inline constexpr int kSummarySchemaVersion = 1;

enum class SummaryFormat : std::uint8_t { text, markdown, json, html };
/// "text", "markdown" (or "md"), "json", "html".
Result<SummaryFormat> parse_summary_format(std::string_view name);

/// Options of `render_summary`.
struct RenderOptions {
  /// Name of the input, shown in headers and written to JSON ("-" for standard input). Default empty.
  std::string input_name;
  /// Text format: the width to wrap at. Default 80.
  int width = 80;
  /// Text format: ANSI colours (the CLI turns them on only when writing to a terminal). Default false.
  bool color = false;
  /// Gazetteer for event names of analogies; null uses the built-in one. Default null.
  const Gazetteer* gazetteer = nullptr;
};

/// Renders the structure of `doc` (the document it was assembled from).
std::string render_summary(const ArgumentStructure& structure, const Document& doc, SummaryFormat format,
                           const RenderOptions& options = {});

}  // namespace argmine
