// argmine/tag/format.hpp — units as JSON and as readable text.
//
// JSON (one object per unit): {"type", "begin", "end", "text", "rule", "fields", "links"}. `begin`/`end` are
// byte offsets into the document text (plus its base offset); `fields` holds what applies to the type:
// clause, holder, cue, source, target (each {"begin","end","text"}), "year" ("2008" or "1960s"), "use", "evidence",
// "kind" (non-argument lines) and "event" (the gazetteer entry); `links` are indexes of the units answered.
#pragma once

#include <argmine/tag/gazetteer.hpp>
#include <argmine/tag/units.hpp>
#include <argmine/text/document.hpp>

#include <string>

namespace argmine {

/// Appends the units as a JSON array.
void append_units_json(std::string& out, const Document& doc, const Annotations& units,
                       const Gazetteer* gazetteer = nullptr);

/// Appends one line per unit: "begin-end type [rule] text | fields".
void append_units_text(std::string& out, const Document& doc, const Annotations& units,
                       const Gazetteer* gazetteer = nullptr);

/// "2008", "1960s", or "" for 0.
std::string year_text(std::int32_t year, bool decade);

}  // namespace argmine
