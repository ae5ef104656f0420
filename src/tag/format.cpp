#include <argmine/json.hpp>
#include <argmine/tag/format.hpp>

#include "util/append_format.hpp"
#include "util/text_util.hpp"

#include <fmt/format.h>


namespace argmine {
namespace {

std::string_view text_of(const Document& doc, Span s) { return doc.text().substr(s.begin, s.end - s.begin); }

void span_json(std::string& out, const Document& doc, std::string_view key, Span s, bool& first) {
  if (s.empty()) return;
  out += first ? "" : ",";
  first = false;
  detail::append_format(out, FMT_COMPILE(R"("{}":{{"begin":{},"end":{},"text":)"), key, doc.base_offset() + s.begin,
                     doc.base_offset() + s.end);
  append_json_string(out, text_of(doc, s));
  out += '}';
}

void field(std::string& out, std::string_view key, std::string_view value, bool& first) {
  out += first ? "" : ",";
  first = false;
  detail::append_format(out, FMT_COMPILE(R"("{}":)"), key);
  append_json_string(out, value);
}

}  // namespace

std::string year_text(std::int32_t year, bool decade) {
  if (year == 0) return {};
  return decade ? fmt::format("{}s", year) : fmt::format("{}", year);
}

void append_units_json(std::string& out, const Document& doc, const Annotations& units, const Gazetteer* gazetteer) {
  out += '[';
  for (std::size_t i = 0; i < units.units.size(); ++i) {
    const Unit& u = units.units[i];
    if (i) out += ',';
    detail::append_format(out, FMT_COMPILE(R"({{"type":"{}","begin":{},"end":{},"text":)"), to_string(u.type),
                          doc.base_offset() + u.span.begin, doc.base_offset() + u.span.end);
    append_json_string(out, text_of(doc, u.span));
    out += R"(,"rule":)";
    append_json_string(out, u.rule);
    out += R"(,"fields":{)";
    bool first = true;
    span_json(out, doc, "clause", u.clause, first);
    span_json(out, doc, "holder", u.holder, first);
    span_json(out, doc, "cue", u.cue, first);
    span_json(out, doc, "source", u.source, first);
    span_json(out, doc, "target", u.target, first);
    if (u.year) field(out, "year", year_text(u.year, u.decade), first);
    if (u.use != AnalogyUse::none) field(out, "use", to_string(u.use), first);
    if (u.evidence != EvidenceType::none) field(out, "evidence", to_string(u.evidence), first);
    if (u.nonargument != NonArgumentKind::none) field(out, "kind", to_string(u.nonargument), first);
    if (gazetteer && u.gazetteer_entry >= 0) {
      field(out, "event", gazetteer->entry(static_cast<std::size_t>(u.gazetteer_entry)).name, first);
    }
    if (u.probability > 0.0f) {
      detail::append_format(out, FMT_COMPILE(R"({}"probability":{:.4f})"), first ? "" : ",", u.probability);
      first = false;
    }
    out += R"(},"links":[)";
    for (std::size_t k = 0; k < u.links.size(); ++k) {
      detail::append_format(out, FMT_COMPILE("{}{}"), k ? "," : "", u.links[k]);
    }
    out += "]}";
  }
  out += ']';
}

void append_units_text(std::string& out, const Document& doc, const Annotations& units, const Gazetteer* gazetteer) {
  for (std::size_t i = 0; i < units.units.size(); ++i) {
    const Unit& u = units.units[i];
    detail::append_format(out, FMT_COMPILE("{:>4} {}-{} {} [{}] "), i, doc.base_offset() + u.span.begin,
                          doc.base_offset() + u.span.end, to_string(u.type), u.rule);
    std::string t(text_of(doc, u.span));
    for (char& c : t) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    if (t.size() > 90) t = t.substr(0, detail::utf8_floor(t, 87)) + "...";
    out += t;
    std::string fields;
    auto add = [&](std::string_view k, std::string_view v) {
      if (!v.empty()) detail::append_format(fields, FMT_COMPILE("{}{}={}"), fields.empty() ? "" : "; ", k, v);
    };
    if (!u.clause.empty()) add("clause", text_of(doc, u.clause));
    if (!u.holder.empty()) add("holder", text_of(doc, u.holder));
    if (!u.source.empty()) add("source", text_of(doc, u.source));
    if (!u.target.empty()) add("target", text_of(doc, u.target));
    add("year", year_text(u.year, u.decade));
    if (u.use != AnalogyUse::none) add("use", to_string(u.use));
    if (u.evidence != EvidenceType::none) add("evidence", to_string(u.evidence));
    if (u.nonargument != NonArgumentKind::none) add("kind", to_string(u.nonargument));
    if (gazetteer && u.gazetteer_entry >= 0) add("event", gazetteer->entry(static_cast<std::size_t>(u.gazetteer_entry)).name);
    if (u.probability > 0.0f) add("probability", fmt::format("{:.4f}", u.probability));
    if (!u.links.empty()) {
      std::string l;
      for (auto k : u.links) detail::append_format(l, FMT_COMPILE("{}{}"), l.empty() ? "" : ",", k);
      add("answers", l);
    }
    if (!fields.empty()) out += " | " + fields;
    out += '\n';
  }
}

}  // namespace argmine
