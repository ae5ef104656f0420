// The JSON summary (docs/summary-schema.md).
#include <argmine/json.hpp>
#include <argmine/summarize/render.hpp>
#include <argmine/tag/format.hpp>
#include <argmine/tag/gazetteer.hpp>

#include "summarize/render_detail.hpp"
#include "util/append_format.hpp"

#include <fmt/format.h>


namespace argmine::detail {
namespace {

void span_json(std::string& out, std::string_view text, Span s) {
  append_format(out, FMT_COMPILE(R"({{"begin":{},"end":{},"text":)"), s.begin, s.end);
  append_json_string(out, text.substr(s.begin, s.end - s.begin));
  out += '}';
}

template <class T, class F>
void array_json(std::string& out, const std::vector<T>& items, F&& each) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    each(items[i]);
  }
  out += ']';
}

void ids_json(std::string& out, const std::vector<std::uint32_t>& ids) {
  array_json(out, ids, [&](std::uint32_t i) { out += std::to_string(i); });
}

}  // namespace

std::string render_json(const ArgumentStructure& st, const Document& doc, const RenderOptions& o) {
  const std::string_view text = doc.text();
  const Gazetteer& gaz = o.gazetteer ? *o.gazetteer : *Gazetteer::builtin();
  std::string out;
  append_format(out, FMT_COMPILE(R"({{"schema":"argmine-summary","version":{},"input":)"), kSummarySchemaVersion);
  append_json_string(out, o.input_name);
  append_format(out, FMT_COMPILE(R"(,"bytes":{},"paragraphs":{},)"), text.size(), doc.paragraphs().size());

  out += R"("notes":)";
  array_json(out, st.notes, [&](const std::string& n) { append_json_string(out, n); });
  out += R"(,"sentences":)";
  array_json(out, st.sentences, [&](const SentenceRole& s) {
    append_format(
        out, FMT_COMPILE(R"({{"begin":{},"end":{},"paragraph":{},"argumentative":{},"role":"{}","role_probabilities":)"
                         R"({{"none":{:.4f},"major_claim":{:.4f},"claim":{:.4f},"premise":{:.4f}}}}})"),
        s.span.begin, s.span.end, s.paragraph, s.argumentative ? "true" : "false", to_string(s.role),
        s.probabilities[0], s.probabilities[1], s.probabilities[2], s.probabilities[3]);
  });

  Annotations units;
  units.units = st.units;
  out += R"(,"units":)";
  append_units_json(out, doc, units, &gaz);

  auto unit_or_null = [&](std::int32_t u) { out += u < 0 ? std::string("null") : std::to_string(u); };
  out += R"(,"thesis":)";
  unit_or_null(st.thesis);
  out += R"(,"restatement":)";
  unit_or_null(st.restatement);

  out += R"(,"claims":)";
  array_json(out, st.claims, [&](const ClaimView& c) {
    append_format(out, FMT_COMPILE(R"({{"unit":{},"support":)"), c.unit);
    ids_json(out, c.support);
    out += '}';
  });

  out += R"(,"oppositions":)";
  array_json(out, st.oppositions, [&](const Opposition& op) {
    out += R"({"counterclaims":)";
    ids_json(out, op.counterclaims);
    out += R"(,"holders":)";
    array_json(out, op.holders, [&](const Span& s) { span_json(out, text, s); });
    out += R"(,"rebuttals":)";
    ids_json(out, op.rebuttals);
    out += R"(,"concessions":)";
    ids_json(out, op.concessions);
    out += '}';
  });

  out += R"(,"concessions":)";
  ids_json(out, st.concessions);

  out += R"(,"analogies":)";
  array_json(out, st.analogies, [&](const AnalogyView& a) {
    const Unit& u = st.units[a.unit];
    append_format(out, FMT_COMPILE(R"({{"unit":{},"marker":)"), a.unit);
    if (u.cue.empty()) out += "null";
    else span_json(out, text, u.cue);
    out += R"(,"source":)";
    if (u.source.empty()) out += "null";
    else span_json(out, text, u.source);
    out += R"(,"year":)";
    const std::string year = year_text(u.year, u.decade);
    if (year.empty()) out += "null";
    else append_json_string(out, year);
    out += R"(,"event":)";
    if (u.gazetteer_entry >= 0 && static_cast<std::size_t>(u.gazetteer_entry) < gaz.size()) {
      append_json_string(out, gaz.entry(static_cast<std::size_t>(u.gazetteer_entry)).name);
    } else {
      out += "null";
    }
    out += R"(,"use":)";
    if (u.use == AnalogyUse::none) out += "null";
    else append_json_string(out, to_string(u.use));
    out += R"(,"target":)";
    if (a.target.empty()) out += "null";
    else span_json(out, text, a.target);
    out += R"(,"target_reason":)";
    append_json_string(out, a.target_reason);
    if (u.probability > 0.0f) {  // a model's find
      append_format(out, FMT_COMPILE(R"(,"probability":{:.4f})"), u.probability);
    }
    out += '}';
  });

  out += R"(,"evidence":)";
  array_json(out, st.evidence, [&](std::uint32_t i) {
    append_format(out, FMT_COMPILE(R"({{"unit":{},"type":"{}"}})"), i, to_string(st.units[i].evidence));
  });
  out += R"(,"precedents":)";
  ids_json(out, st.precedents);
  out += R"(,"nonargument":)";
  array_json(out, st.nonargument, [&](std::uint32_t i) {
    append_format(out, FMT_COMPILE(R"({{"unit":{},"kind":"{}"}})"), i, to_string(st.units[i].nonargument));
  });

  out += R"(,"links":)";
  array_json(out, st.links, [&](const Link& l) {
    append_format(out, FMT_COMPILE(R"({{"from":{},"to":{},"kind":"{}","reason":)"), l.from, l.to, to_string(l.kind));
    append_json_string(out, l.reason);
    out += '}';
  });

  out += R"(,"stance":)";
  array_json(out, st.stance, [&](const TargetStance& t) {
    out += R"({"target":)";
    append_json_string(out, t.name);
    append_format(out,
                  FMT_COMPILE(R"(,"kind":"{}","stance":"{}","mild":{},"score":{:.3f},"opposition":{},"mentions":)"),
                  t.kind == TargetStance::Kind::entity ? "entity" : "position", to_string(t.stance),
                  t.mild ? "true" : "false", t.score, t.opposition);
    array_json(out, t.mentions,
               [&](const Span& s) { append_format(out, FMT_COMPILE(R"({{"begin":{},"end":{}}})"), s.begin, s.end); });
    out += R"(,"evidence":)";
    array_json(out, t.evidence, [&](const StanceEvidence& e) {
      const SentenceRole& s = st.sentences[e.sentence];
      append_format(out, FMT_COMPILE(R"({{"sentence":{},"begin":{},"end":{},"score":{:.3f},"reason":)"), e.sentence,
                    s.span.begin, s.span.end, e.score);
      append_json_string(out, e.reason);
      out += '}';
    });
    out += '}';
  });
  out += "}\n";
  return out;
}

}  // namespace argmine::detail
