#include <argmine/corpus/batch.hpp>
#include <argmine/corpus/report.hpp>
#include <argmine/json.hpp>

#include "util/text_util.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {
namespace {

using detail::html_escape;

using Counts = std::map<std::string, std::uint64_t>;
using Stances = std::array<std::uint64_t, 3>;  // FAVOR, AGAINST, NONE

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Batch output is read with simdjson: nlohmann's parsing was 78% of a report's instructions (callgrind, 2,000
// lines of batch output: 2,641M in all, 347M with simdjson). An element's member, when it is an object that has it.
using Json = simdjson::dom::element;
bool member(Json j, std::string_view name, Json& out) { return j[name].get(out) == simdjson::SUCCESS; }
bool has(Json j, std::string_view name) { return j[name].error() == simdjson::SUCCESS; }

// A member as text: a string's value, other values as nlohmann writes them, "" for null or absent.
std::string field(Json j, std::string_view name) {
  Json v;
  if (!member(j, name, v) || v.is_null()) return {};
  std::string_view s;
  if (v.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return nlohmann::json::parse(simdjson::minify(v)).dump();
}

// The text of a span: batch's compact analysis writes it as a string, the full summary (`batch --full`) as
// {"begin", "end", "text"}. Either reads the same, so a report of either output is the same report.
std::string span_text(Json j) {
  std::string_view s;
  if (j.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  Json text;
  if (member(j, "text", text) && text.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return {};
}
std::string span_field(Json j, std::string_view name) {
  Json v;
  return member(j, name, v) ? span_text(v) : std::string();
}

std::string year_of(const std::string& date) {  // the same reading of dates as argmine batch
  const std::int32_t y = year_of_date(date);
  return y ? std::to_string(y) : std::string();
}

std::string decade_of(const std::string& year) {  // "2008" -> "2000s", "1960s" -> "1960s"
  if (year.size() < 4) return {};
  return year.substr(0, 3) + "0s";
}

struct EventStats {
  std::uint64_t analogies = 0, documents = 0;
  Counts decades, outlets, labels, years, uses, sources;
};
struct HolderStats {
  std::uint64_t positions = 0;
  Counts labels;
};
struct TargetStats {
  std::uint64_t documents = 0;
  Stances all{};
  std::map<std::string, Stances> labels, years;
  Counts names;  // written forms
};

template <class Map>
std::vector<typename Map::const_iterator> top(const Map& m, std::size_t n, auto&& weight) {
  std::vector<typename Map::const_iterator> v;
  for (auto it = m.begin(); it != m.end(); ++it) v.push_back(it);
  std::stable_sort(v.begin(), v.end(), [&](auto a, auto b) { return weight(a->second) > weight(b->second); });
  if (v.size() > n) v.resize(n);
  return v;
}

// Removes any of `prefixes` from the start of `key`, again and again ("former sen. ", "some of the ").
void strip_leading(std::string& key, std::span<const std::string_view> prefixes) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view p : prefixes) {
      if (key.size() > p.size() && key.compare(0, p.size(), p) == 0) {
        key.erase(0, p.size());
        stripped = true;
      }
    }
  }
}

// A person's key without the titles news puts before the name: "President Donald Trump", "Donald Trump" and
// "Mr. Trump" should not be three targets ("President Trump" and "Trump" become one with "Donald Trump" in
// merged_targets below).
std::string target_key(const std::string& name) {
  std::string key = lower(name);
  static constexpr std::string_view kTitles[] = {
      "president ", "vice president ", "former ", "sen. ", "senator ", "rep. ", "representative ", "gov. ",
      "governor ", "mr. ", "mrs. ", "ms. ", "dr. ", "speaker ", "house speaker ", "secretary ", "first lady ",
      "prime minister ", "attorney general ", "secretary of state ", "justice ", "judge ", "mayor ", "gen. "};
  strip_leading(key, kTitles);
  if (key.size() > 4 && key.compare(0, 4, "the ") == 0) key = key.substr(4);  // "the White House"
  // One country, however abbreviated ("U.S.", "US", "United States" were three rows).
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"u.s.", "united states"}, {"us", "united states"}, {"usa", "united states"}, {"u.s.a.", "united states"},
      {"united states of america", "united states"}, {"u.k.", "united kingdom"}, {"uk", "united kingdom"},
      {"britain", "united kingdom"}, {"great britain", "united kingdom"}, {"u.n.", "united nations"},
      {"un", "united nations"}, {"e.u.", "european union"}, {"eu", "european union"}};
  for (const auto& [alias, canonical] : kAliases) {
    if (key == alias) return std::string(canonical);
  }
  return key;
}

// The row of a holder: a group without the quantifier, article or possessive the text put before it ("some
// Democrats", "many Democrats", "some of the Democrats", "the Democrats" are Democrats; "his critics" are
// critics: the report counts who holds positions, not whose), and every holder the text
// leaves unnamed ("some", "others", "many", "those", "one") in one row, so the ranking shows who holds the
// positions.
constexpr std::string_view kUnnamedHolders = "(unnamed: some, others, many, all, those, one, ...)";

std::string holder_key(const std::string& holder) {
  std::string key = lower(holder);
  // "Democrats, many of whom": the antecedent (the tagger writes the share as the text does).
  if (const auto comma = key.rfind(", "); comma != std::string::npos && key.ends_with(" of whom")) key.resize(comma);
  static constexpr std::string_view kLeading[] = {
      "the ", "some ", "many ", "most ", "several ", "few ", "all ", "these ", "those ", "other ", "of ",
      "a lot of ", "a number of ", "a growing number of ", "a majority of ", "a plurality of ", "a minority of ",
      "a handful of ", "a few ", "a group of ", "his ", "her ", "their ", "its ", "our ", "your "};
  strip_leading(key, kLeading);
  static constexpr std::string_view kUnnamed[] = {"some", "others", "many", "most", "several", "few", "all",
                                                  "those", "these", "one", "you", "they", "he", "she", "we",
                                                  "someone", "somebody", "anyone", "anybody", "everyone", "both",
                                                  "either", "them", "whom", "which",
                                                  // impersonal holders: "the argument goes", "conventional wisdom holds"
                                                  "argument", "thinking", "reasoning", "logic", "theory", "wisdom",
                                                  "line", "refrain", "complaint", "story", "narrative", "view",
                                                  "belief", "assumption", "perception"};
  for (std::string_view w : kUnnamed) {
    if (key == w) return std::string(kUnnamedHolders);
  }
  return key;
}

void add_to(TargetStats& into, const TargetStats& from) {
  into.documents += from.documents;
  for (std::size_t k = 0; k < 3; ++k) into.all[k] += from.all[k];
  for (const auto& [l, v] : from.labels) {
    for (std::size_t k = 0; k < 3; ++k) into.labels[l][k] += v[k];
  }
  for (const auto& [y, v] : from.years) {
    for (std::size_t k = 0; k < 3; ++k) into.years[y][k] += v[k];
  }
  for (const auto& [n, c] : from.names) into.names[n] += c;
}

// A surname alone ("trump") joins the full name that ends with it when one full name dominates (twice the
// documents of any other: "donald trump", not "ivanka trump"); otherwise it stays a target of its own.
std::map<std::string, TargetStats> merged_targets(const std::map<std::string, TargetStats>& targets) {
  // Full names by their last word, in one pass: a surname then finds its candidates directly.
  std::map<std::string_view, std::vector<const std::pair<const std::string, TargetStats>*>> by_last_word;
  for (const auto& entry : targets) {
    const auto space = entry.first.rfind(' ');
    if (space != std::string::npos) by_last_word[std::string_view(entry.first).substr(space + 1)].push_back(&entry);
  }
  std::map<std::string, TargetStats> out;
  for (const auto& [key, t] : targets) {
    const std::string* into = nullptr;
    if (auto it = by_last_word.find(key); it != by_last_word.end() && key.find(' ') == std::string::npos) {
      std::uint64_t best_docs = 0, second_docs = 0;
      for (const auto* full : it->second) {
        if (full->second.documents > best_docs) {
          second_docs = best_docs;
          best_docs = full->second.documents;
          into = &full->first;
        } else if (full->second.documents > second_docs) {
          second_docs = full->second.documents;
        }
      }
      if (best_docs < 2 * second_docs) into = nullptr;
    }
    add_to(out[into ? *into : key], t);
  }
  return out;
}

std::string most_common(const Counts& c) {
  std::string best;
  std::uint64_t n = 0;
  for (const auto& [k, v] : c) {
    if (v > n) {
      best = k;
      n = v;
    }
  }
  return best;
}

// What the report says of the analogies an analogy model found, which it does not count.
std::string model_note(std::uint64_t n) {
  return fmt::format("{} more were found by an analogy model (--analogy-model) and are not counted here: what such a "
                     "model adds alone is right less than half the time (docs/models.md).", n);
}

std::string md_escape(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

struct CorpusReport::Impl {
  ReportOptions o;
  std::uint64_t lines = 0, analysed = 0, errors = 0, analogies = 0, with_analogy = 0, positions = 0, precedents = 0;
  std::uint64_t model_analogies = 0;  // found by an analogy model: left out of the counts
  Counts docs_by_label, docs_by_year, analogies_by_label, errors_by_reason, decades;
  std::map<std::string, EventStats> events;
  std::map<std::string, HolderStats> holders;
  std::map<std::string, TargetStats> targets;
  simdjson::dom::parser parser;

  std::vector<std::string> labels() const {
    std::vector<std::string> out;
    for (const auto& [k, v] : docs_by_label) out.push_back(k);
    return out;
  }
  std::string years() const {
    if (docs_by_year.empty()) return {};
    return docs_by_year.begin()->first == docs_by_year.rbegin()->first
               ? docs_by_year.begin()->first
               : docs_by_year.begin()->first + "–" + docs_by_year.rbegin()->first;
  }
};

CorpusReport::CorpusReport(ReportOptions options) : impl_(std::make_unique<Impl>()) { impl_->o = std::move(options); }
CorpusReport::~CorpusReport() = default;
CorpusReport::CorpusReport(CorpusReport&&) noexcept = default;
CorpusReport& CorpusReport::operator=(CorpusReport&&) noexcept = default;

Status CorpusReport::add_line(std::string_view line, std::string_view name, std::uint64_t line_number) {
  Impl& r = *impl_;
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return {};
  Json j;
  if (r.parser.parse(line.data(), line.size()).get(j) != simdjson::SUCCESS || !j.is_object() || !has(j, "line") ||
      (!has(j, "analysis") && !has(j, "error"))) {
    return Error(Errc::parse, "not a line of argmine batch output", std::string(name), line_number);
  }
  ++r.lines;
  const std::string label = r.o.label_field.empty() ? std::string() : field(j, r.o.label_field);
  const std::string outlet = field(j, r.o.outlet_field);
  const std::string year = year_of(field(j, r.o.date_field));
  if (has(j, "error")) {
    ++r.errors;
    std::string reason = field(j, "error");
    // "line 17: missing "text"" -> "missing "text"": count reasons, not lines.
    if (auto colon = reason.find(": "); reason.rfind("line ", 0) == 0 && colon != std::string::npos) reason = reason.substr(colon + 2);
    ++r.errors_by_reason[reason];
    return {};
  }
  Json a;
  if (!member(j, "analysis", a) || !a.is_object()) return Error(Errc::parse, "\"analysis\" is not an object", std::string(name), line_number);
  ++r.analysed;
  if (!label.empty()) ++r.docs_by_label[label];
  if (!year.empty()) ++r.docs_by_year[year];

  // Historical analogies.
  std::map<std::string, bool> seen_event;
  if (simdjson::dom::array all; a["analogies"].get_array().get(all) == simdjson::SUCCESS) {
    bool counted = false;
    for (const Json an : all) {
      // An analogy model's finds are right less than half the time (docs/models.md): not counts to report.
      if (has(an, "probability")) {
        ++r.model_analogies;
        continue;
      }
      const std::string event = field(an, "event");
      const std::string source = span_field(an, "source");
      std::string key = !event.empty() ? event : lower(source);
      // One key for one past thing however the sentence led into it: "in 2016", "2016", "the 1990s".
      for (bool stripped = true; stripped;) {
        stripped = false;
        for (std::string_view lead : {"the ", "in ", "of ", "during ", "back in ", "at ", "from ", "since "}) {
          if (key.size() > lead.size() && key.compare(0, lead.size(), lead) == 0) {
            key = key.substr(lead.size());
            stripped = true;
          }
        }
      }
      if (key.empty()) continue;
      if (!counted) ++r.with_analogy;
      counted = true;
      ++r.analogies;
      if (!label.empty()) ++r.analogies_by_label[label];
      EventStats& e = r.events[key];
      ++e.analogies;
      if (!seen_event[key]) {
        seen_event[key] = true;
        ++e.documents;
        if (!outlet.empty()) ++e.outlets[outlet];
        if (!label.empty()) ++e.labels[label];
        if (!year.empty()) ++e.years[year];
      }
      const std::string decade = decade_of(field(an, "year"));
      if (!decade.empty()) {
        ++e.decades[decade];
        ++r.decades[decade];
      }
      const std::string use = field(an, "use");
      if (!use.empty()) ++e.uses[use];
      if (!source.empty()) ++e.sources[source];
    }
  }
  // Positions of others and who holds them ("oppositions" in the full summary).
  const char* positions = has(a, "positions") ? "positions" : "oppositions";
  if (simdjson::dom::array all; a[positions].get_array().get(all) == simdjson::SUCCESS) {
    for (const Json p : all) {
      ++r.positions;
      simdjson::dom::array holders;
      if (p["holders"].get_array().get(holders) != simdjson::SUCCESS) continue;
      for (const Json h : holders) {
        const std::string holder = span_text(h);
        if (holder.empty()) continue;
        HolderStats& hs = r.holders[holder_key(holder)];
        ++hs.positions;
        if (!label.empty()) ++hs.labels[label];
      }
    }
  }
  // Stance toward named targets.
  if (simdjson::dom::array all; a["stance"].get_array().get(all) == simdjson::SUCCESS) {
    // One count per person and document: "Mr. Trump" and "President Trump" are one key, and a surname alone
    // joins a full name of the same document ("Trump" with "Donald Trump"); the first stance that is not NONE
    // stands for them.
    struct Named {
      std::string name;
      std::size_t stance;
    };
    std::map<std::string, Named> in_doc;
    for (const Json t : all) {
      if (field(t, "kind") != "entity") continue;
      const std::string name_text = field(t, "target");
      if (name_text.empty()) continue;
      const std::string s = field(t, "stance");
      const std::size_t k = s == "FAVOR" ? 0 : s == "AGAINST" ? 1 : 2;
      auto [it, fresh] = in_doc.try_emplace(target_key(name_text), Named{name_text, k});
      if (!fresh && it->second.stance == 2) it->second.stance = k;
    }
    for (auto it = in_doc.begin(); it != in_doc.end();) {
      const std::string& key = it->first;
      auto full = key.find(' ') != std::string::npos
                      ? in_doc.end()
                      : std::find_if(in_doc.begin(), in_doc.end(), [&](const auto& f) {
                          return f.first.size() > key.size() + 1 &&
                                 f.first.compare(f.first.size() - key.size() - 1, key.size() + 1, " " + key) == 0;
                        });
      if (full != in_doc.end()) {
        if (full->second.stance == 2) full->second.stance = it->second.stance;
        it = in_doc.erase(it);
      } else {
        ++it;
      }
    }
    for (const auto& [key, n] : in_doc) {
      TargetStats& ts = r.targets[key];
      ++ts.documents;
      ++ts.names[n.name];
      ++ts.all[n.stance];
      if (!label.empty()) ++ts.labels[label][n.stance];
      if (!year.empty()) ++ts.years[year][n.stance];
    }
  }
  return {};
}

std::string CorpusReport::markdown() const {
  const Impl& r = *impl_;
  const auto labels = r.labels();
  std::string out = "# " + md_escape(r.o.title) + "\n\n";
  out += fmt::format("{} documents: {} analysed, {} error records", r.lines, r.analysed, r.errors);
  if (!r.years().empty()) out += fmt::format(", dated {}", r.years());
  if (!labels.empty()) {
    out += "; by " + r.o.label_field + ":";
    for (const auto& l : labels) out += fmt::format(" {} {}", md_escape(l), r.docs_by_label.at(l));
  }
  out += ".\n";
  if (!r.errors_by_reason.empty()) {
    out += "\nError records by reason:";
    for (auto it : top(r.errors_by_reason, 5, [](std::uint64_t v) { return v; })) {
      out += fmt::format(" {} ({}),", md_escape(it->first), it->second);
    }
    out.back() = '\n';
  }

  out += fmt::format("\n## Historical analogies\n\n{} analogies in {} documents ({:.1f} per 1,000 documents)",
                     r.analogies, r.with_analogy, r.analysed ? 1000.0 * double(r.analogies) / double(r.analysed) : 0.0);
  for (const auto& l : labels) {
    const auto docs = r.docs_by_label.at(l);
    const auto n = r.analogies_by_label.count(l) ? r.analogies_by_label.at(l) : 0;
    out += fmt::format("; {} {:.1f}", md_escape(l), docs ? 1000.0 * double(n) / double(docs) : 0.0);
  }
  out += '.';
  if (r.model_analogies) out += fmt::format(" {}", model_note(r.model_analogies));
  out += "\n\n| event or period | analogies | documents | decade | used as | top outlets |";
  for (const auto& l : labels) out += fmt::format(" {} |", md_escape(l));
  out += "\n|---|---|---|---|---|---|";
  for (std::size_t i = 0; i < labels.size(); ++i) out += "---|";
  out += "\n";
  for (auto it : top(r.events, r.o.top, [](const EventStats& e) { return e.documents; })) {
    const EventStats& e = it->second;
    std::string outlets;
    for (auto o : top(e.outlets, 3, [](std::uint64_t v) { return v; })) {
      outlets += (outlets.empty() ? "" : ", ") + md_escape(o->first) + fmt::format(" ({})", o->second);
    }
    out += fmt::format("| {} | {} | {} | {} | {} | {} |", md_escape(it->first), e.analogies, e.documents,
                       most_common(e.decades), most_common(e.uses), outlets);
    for (const auto& l : labels) out += fmt::format(" {} |", e.labels.count(l) ? e.labels.at(l) : 0);
    out += "\n";
  }
  out += "\n### By decade of the past event\n\n| decade | analogies |\n|---|---|\n";
  for (const auto& [d, n] : r.decades) out += fmt::format("| {} | {} |\n", d, n);

  out += fmt::format("\n## Who holds the positions the texts argue against\n\n{} positions of others.\n\n"
                     "| holder | positions |",
                     r.positions);
  for (const auto& l : labels) out += fmt::format(" {} |", md_escape(l));
  out += "\n|---|---|";
  for (std::size_t i = 0; i < labels.size(); ++i) out += "---|";
  out += "\n";
  for (auto it : top(r.holders, r.o.top, [](const HolderStats& h) { return h.positions; })) {
    out += fmt::format("| {} | {} |", md_escape(it->first), it->second.positions);
    for (const auto& l : labels) out += fmt::format(" {} |", it->second.labels.count(l) ? it->second.labels.at(l) : 0);
    out += "\n";
  }

  out += "\n## Stance toward named targets\n\nDocuments naming each target with the author's stance "
         "(FAVOR / AGAINST / NONE), and the net stance (FAVOR − AGAINST, per document)";
  if (!labels.empty()) out += " by " + md_escape(r.o.label_field);
  out += ".\n\n| target | documents | FAVOR | AGAINST | NONE |";
  for (const auto& l : labels) out += fmt::format(" net {} |", md_escape(l));
  out += "\n|---|---|---|---|---|";
  for (std::size_t i = 0; i < labels.size(); ++i) out += "---|";
  out += "\n";
  const auto merged = merged_targets(r.targets);
  const auto targets = top(merged, r.o.top, [](const TargetStats& t) { return t.documents; });
  for (auto it : targets) {
    const TargetStats& t = it->second;
    out += fmt::format("| {} | {} | {} | {} | {} |", md_escape(most_common(t.names)), t.documents, t.all[0], t.all[1],
                       t.all[2]);
    for (const auto& l : labels) {
      auto s = t.labels.count(l) ? t.labels.at(l) : Stances{};
      const auto n = s[0] + s[1] + s[2];
      out += n ? fmt::format(" {:+.2f} ({}) |", (double(s[0]) - double(s[1])) / double(n), n) : std::string(" – |");
    }
    out += "\n";
  }
  if (!r.docs_by_year.empty() && !targets.empty()) {
    out += "\n### Net stance over time (FAVOR − AGAINST, per document)\n\n| target |";
    for (const auto& [y, n] : r.docs_by_year) out += " " + y + " |";
    out += "\n|---|";
    for (std::size_t i = 0; i < r.docs_by_year.size(); ++i) out += "---|";
    out += "\n";
    for (std::size_t k = 0; k < targets.size() && k < 6; ++k) {
      const TargetStats& t = targets[k]->second;
      out += "| " + md_escape(most_common(t.names)) + " |";
      for (const auto& [y, n] : r.docs_by_year) {
        auto s = t.years.count(y) ? t.years.at(y) : Stances{};
        const auto d = s[0] + s[1] + s[2];
        out += d ? fmt::format(" {:+.2f} ({}) |", (double(s[0]) - double(s[1])) / double(d), d) : std::string(" – |");
      }
      out += "\n";
    }
  }
  return out;
}

std::string CorpusReport::json() const {
  const Impl& r = *impl_;
  nlohmann::json j;
  j["schema"] = "argmine-corpus-report";
  j["version"] = 1;
  j["title"] = r.o.title;
  j["documents"] = {{"lines", r.lines}, {"analysed", r.analysed}, {"errors", r.errors}};
  j["documents_by_label"] = r.docs_by_label;
  j["documents_by_year"] = r.docs_by_year;
  j["error_reasons"] = r.errors_by_reason;
  j["label_field"] = r.o.label_field;
  auto& an = j["analogies"];
  an["total"] = r.analogies;
  an["documents"] = r.with_analogy;
  an["model_found"] = r.model_analogies;  // not in the other counts
  an["by_label"] = r.analogies_by_label;
  an["by_decade"] = r.decades;
  an["events"] = nlohmann::json::array();
  for (auto it : top(r.events, r.o.top, [](const EventStats& e) { return e.documents; })) {
    const EventStats& e = it->second;
    an["events"].push_back({{"event", it->first}, {"analogies", e.analogies}, {"documents", e.documents},
                            {"decades", e.decades}, {"uses", e.uses}, {"outlets", e.outlets}, {"labels", e.labels},
                            {"years", e.years}, {"written_as", e.sources}});
  }
  j["positions"] = {{"total", r.positions}, {"holders", nlohmann::json::array()}};
  for (auto it : top(r.holders, r.o.top, [](const HolderStats& h) { return h.positions; })) {
    j["positions"]["holders"].push_back({{"holder", it->first}, {"positions", it->second.positions}, {"labels", it->second.labels}});
  }
  j["stance"] = nlohmann::json::array();
  auto stances = [](const Stances& s) { return nlohmann::json{{"FAVOR", s[0]}, {"AGAINST", s[1]}, {"NONE", s[2]}}; };
  const auto merged = merged_targets(r.targets);
  for (auto it : top(merged, r.o.top, [](const TargetStats& t) { return t.documents; })) {
    const TargetStats& t = it->second;
    nlohmann::json row{{"target", most_common(t.names)}, {"documents", t.documents}, {"all", stances(t.all)}};
    for (const auto& [l, s] : t.labels) row["by_label"][l] = stances(s);
    for (const auto& [y, s] : t.years) row["by_year"][y] = stances(s);
    j["stance"].push_back(std::move(row));
  }
  return j.dump(2) + "\n";
}

std::string CorpusReport::html() const {
  const Impl& r = *impl_;
  const auto labels = r.labels();
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                    "content=\"width=device-width, initial-scale=1\"><meta name=\"generator\" content=\"argmine\"><title>" +
                    html_escape(r.o.title) + "</title><style>" R"css(
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:#1d2330; background:#f7f8fa; }
header { padding:18px 28px; background:#fff; border-bottom:1px solid #d0d5dd; }
header h1 { margin:0 0 4px; font-size:21px; } header .meta { color:#667085; font-size:13px; }
main { display:grid; grid-template-columns:repeat(auto-fit, minmax(560px, 1fr)); gap:20px; padding:20px 28px; }
section { background:#fff; border:1px solid #d0d5dd; border-radius:10px; padding:14px 18px; }
section h2 { font-size:14px; text-transform:uppercase; letter-spacing:.06em; color:#667085; margin:0 0 10px; }
table { border-collapse:collapse; width:100%; font-size:13px; margin-top:10px; }
th { text-align:left; color:#667085; font-weight:600; border-bottom:1px solid #d0d5dd; padding:4px 6px; }
td { border-bottom:1px solid #eef0f4; padding:4px 6px; }
svg text { font-size:12px; fill:#1d2330; } svg .muted { fill:#667085; font-size:11px; }
.bar { fill:#8b4fd1; } .bar.holder { fill:#d9534f; } .bar.decade { fill:#5b8def; }
.favor { fill:#2f9e5b; } .against { fill:#d9534f; } .none { fill:#c4c9d4; }
.lab0 { fill:#3b6fd8; } .lab1 { fill:#98a2b3; } .lab2 { fill:#d9534f; } .lab3 { fill:#2f9e5b; } .lab4 { fill:#c99a06; }
.legend span { display:inline-flex; align-items:center; gap:5px; margin-right:14px; font-size:12px; color:#667085; }
.legend i.favor { background:#2f9e5b; } .legend i.against { background:#d9534f; } .legend i.none { background:#c4c9d4; }
.legend i.lab0 { background:#3b6fd8; } .legend i.lab1 { background:#98a2b3; } .legend i.lab2 { background:#d9534f; }
.legend i.lab3 { background:#2f9e5b; } .legend i.lab4 { background:#c99a06; }
.legend i { width:12px; height:12px; border-radius:2px; display:inline-block; }
)css" "</style></head><body>\n";
  out += "<header><h1>" + html_escape(r.o.title) + "</h1><div class=\"meta\">";
  out += fmt::format("{} documents · {} analysed · {} error records", r.lines, r.analysed, r.errors);
  if (!r.years().empty()) out += " · dated " + html_escape(r.years());
  for (const auto& l : labels) out += fmt::format(" · {} {}", html_escape(l), r.docs_by_label.at(l));
  out += fmt::format(" · {} analogies in {} documents · {} positions of others</div>", r.analogies,
                     r.with_analogy, r.positions);
  if (r.model_analogies) out += "<div class=\"meta\">" + html_escape(model_note(r.model_analogies)) + "</div>";
  out += "</header>\n<main>\n";

  // Horizontal bars with a label column; `parts` splits each bar by label.
  auto bars = [&](const std::string& id, const std::vector<std::pair<std::string, std::vector<std::uint64_t>>>& rows,
                  const char* cls) {
    const double w = 560, row = 24, label_w = 210;
    std::uint64_t max = 1;
    for (const auto& [name, parts] : rows) {
      std::uint64_t s = 0;
      for (auto p : parts) s += p;
      max = std::max(max, s);
    }
    std::string svg = fmt::format(R"(<svg id="{}" viewBox="0 0 {:.0f} {:.0f}" width="100%" role="img">)", id, w,
                                  row * static_cast<double>(rows.size()) + 8);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const double y = 4 + row * static_cast<double>(i);
      std::string name = rows[i].first;
      if (name.size() > 34) name = name.substr(0, 32) + "…";
      svg += fmt::format(R"(<g class="row"><text x="0" y="{:.0f}">{}</text>)", y + 15, html_escape(name));
      double x = label_w;
      std::uint64_t total = 0;
      for (std::size_t k = 0; k < rows[i].second.size(); ++k) {
        const double len = (w - label_w - 50) * static_cast<double>(rows[i].second[k]) / static_cast<double>(max);
        svg += fmt::format(R"(<rect class="{}" x="{:.1f}" y="{:.0f}" width="{:.1f}" height="16" rx="2"/>)",
                           rows[i].second.size() > 1 ? fmt::format("lab{}", k % 5) : std::string("bar ") + cls, x, y + 3, len);
        x += len;
        total += rows[i].second[k];
      }
      svg += fmt::format(R"(<text class="muted" x="{:.1f}" y="{:.0f}">{}</text></g>)", x + 5, y + 15, total);
    }
    return svg + "</svg>";
  };
  auto legend = [&] {
    std::string s = "<div class=\"legend\">";
    for (std::size_t k = 0; k < labels.size(); ++k) s += fmt::format("<span><i class=\"lab{}\"></i>{}</span>", k % 5, html_escape(labels[k]));
    return s + "</div>";
  };

  // Analogies by event, split by label.
  {
    std::vector<std::pair<std::string, std::vector<std::uint64_t>>> rows;
    std::string table = "<table class=\"events\"><thead><tr><th>event or period</th><th>analogies</th><th>documents</th>"
                        "<th>decade</th><th>used as</th><th>top outlets</th></tr></thead><tbody>";
    for (auto it : top(r.events, r.o.top, [](const EventStats& e) { return e.documents; })) {
      const EventStats& e = it->second;
      std::vector<std::uint64_t> parts;
      if (labels.empty()) parts.push_back(e.documents);
      for (const auto& l : labels) parts.push_back(e.labels.count(l) ? e.labels.at(l) : 0);
      rows.emplace_back(it->first, parts);
      std::string outlets;
      for (auto o : top(e.outlets, 3, [](std::uint64_t v) { return v; })) {
        outlets += (outlets.empty() ? "" : ", ") + html_escape(o->first) + fmt::format(" ({})", o->second);
      }
      table += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                           html_escape(it->first), e.analogies, e.documents, most_common(e.decades),
                           html_escape(most_common(e.uses)), outlets);
    }
    out += "<section id=\"analogies\"><h2>Historical analogies: documents per event</h2>" + legend() +
           bars("analogy-chart", rows, "") + table + "</tbody></table></section>\n";
  }
  // By decade.
  {
    std::vector<std::pair<std::string, std::vector<std::uint64_t>>> rows;
    for (const auto& [d, n] : r.decades) rows.push_back({d, {n}});
    out += "<section id=\"decades\"><h2>Analogies by decade of the past event</h2>" + bars("decade-chart", rows, "decade") +
           "</section>\n";
  }
  // Holders.
  {
    std::vector<std::pair<std::string, std::vector<std::uint64_t>>> rows;
    for (auto it : top(r.holders, r.o.top, [](const HolderStats& h) { return h.positions; })) {
      std::vector<std::uint64_t> parts;
      if (labels.empty()) parts.push_back(it->second.positions);
      for (const auto& l : labels) parts.push_back(it->second.labels.count(l) ? it->second.labels.at(l) : 0);
      rows.emplace_back(it->first, parts);
    }
    out += "<section id=\"holders\"><h2>Who holds the positions the texts argue against</h2>" + legend() +
           bars("holder-chart", rows, "holder") + "</section>\n";
  }
  // Stance per target: stacked FAVOR / AGAINST / NONE, and net per label.
  {
    const auto merged = merged_targets(r.targets);
    const auto targets = top(merged, r.o.top, [](const TargetStats& t) { return t.documents; });
    const double w = 560, row = 24, label_w = 170;
    std::uint64_t max = 1;
    for (auto it : targets) max = std::max(max, it->second.documents);
    std::string svg = fmt::format(R"(<svg id="stance-chart" viewBox="0 0 {:.0f} {:.0f}" width="100%" role="img">)", w,
                                  row * static_cast<double>(targets.size()) + 8);
    std::string table = "<table class=\"targets\"><thead><tr><th>target</th><th>documents</th>";
    for (const auto& l : labels) table += "<th>net " + html_escape(l) + "</th>";
    table += "</tr></thead><tbody>";
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const TargetStats& t = targets[i]->second;
      const double y = 4 + row * static_cast<double>(i);
      svg += fmt::format(R"(<g class="row"><text x="0" y="{:.0f}">{}</text>)", y + 15, html_escape(most_common(t.names)));
      double x = label_w;
      const char* cls[] = {"favor", "against", "none"};
      for (int k = 0; k < 3; ++k) {
        const double len = (w - label_w - 40) * static_cast<double>(t.all[static_cast<std::size_t>(k)]) / static_cast<double>(max);
        svg += fmt::format(R"(<rect class="{}" x="{:.1f}" y="{:.0f}" width="{:.1f}" height="16" rx="2"><title>{} {}</title></rect>)",
                           cls[k], x, y + 3, len, cls[k], t.all[static_cast<std::size_t>(k)]);
        x += len;
      }
      svg += fmt::format(R"(<text class="muted" x="{:.1f}" y="{:.0f}">{}</text></g>)", x + 5, y + 15, t.documents);
      table += fmt::format("<tr><td>{}</td><td>{}</td>", html_escape(most_common(t.names)), t.documents);
      for (const auto& l : labels) {
        auto s = t.labels.count(l) ? t.labels.at(l) : Stances{};
        const auto n = s[0] + s[1] + s[2];
        table += n ? fmt::format("<td>{:+.2f} <small>({})</small></td>", (double(s[0]) - double(s[1])) / double(n), n)
                   : std::string("<td>–</td>");
      }
      table += "</tr>";
    }
    out += "<section id=\"stance\"><h2>Stance toward named targets</h2><div class=\"legend\"><span><i class=\"favor\"></i>FAVOR</span>"
           "<span><i class=\"against\"></i>AGAINST</span><span><i class=\"none\"></i>NONE</span></div>" +
           svg + "</svg>" + table + "</tbody></table></section>\n";
  }
  out += "</main></body></html>\n";
  return out;
}

}  // namespace argmine
