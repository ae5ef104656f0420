#include "corpus/jsonl_document.hpp"

#include <argmine/json.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace argmine::detail {
namespace {

// Members of the line's object passed through to the output: all but the id, the text and the names the
// output uses itself.
bool passed_through(std::string_view key, const CorpusReaderOptions& o) {
  return key != o.id_field && key != o.text_field && key != "line" && key != "analysis" && key != "error";
}

}  // namespace

void parse_jsonl_document_with_nlohmann(CorpusDocument& d, const std::string& raw, const CorpusReaderOptions& o) {
  auto j = nlohmann::json::parse(raw, nullptr, false);
  if (j.is_discarded()) {
    // Say where: nlohmann's exception message names the byte.
    try {
      [[maybe_unused]] const auto again = nlohmann::json::parse(raw);
    } catch (const nlohmann::json::parse_error& e) {
      d.error = fmt::format("line {}: invalid JSON at byte {}", d.line, e.byte > 0 ? e.byte - 1 : 0);
      return;
    } catch (const nlohmann::json::exception& e) {
      // A number out of range ("1e400") is no parse_error: say what it is, without the library's prefix.
      std::string_view what = e.what();
      if (const auto close = what.find("] "); close != std::string_view::npos) what.remove_prefix(close + 2);
      d.error = fmt::format("line {}: invalid JSON: {}", d.line, what);
      return;
    }
    d.error = fmt::format("line {}: invalid JSON", d.line);
    return;
  }
  if (!j.is_object()) {
    d.error = fmt::format("line {}: not a JSON object", d.line);
    return;
  }
  if (auto id = j.find(o.id_field); id != j.end()) {
    d.id = id->dump();
    d.key = id->is_string() ? id->get<std::string>() : id->dump();
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!passed_through(it.key(), o)) continue;
    d.fields += ',';
    append_json_string(d.fields, it.key());
    d.fields += ':';
    d.fields += it.value().dump();
  }
  if (auto date = j.find(o.date_field); date != j.end() && date->is_string()) d.year = year_of_date(date->get_ref<const std::string&>());
  if (auto title = j.find(o.title_field); title != j.end() && title->is_string()) d.title = title->get<std::string>();
  auto text = j.find(o.text_field);
  if (text == j.end()) {
    d.error = fmt::format("line {}: missing \"{}\"", d.line, o.text_field);
  } else if (!text->is_string()) {
    d.error = fmt::format("line {}: \"{}\" is not a string", d.line, o.text_field);
  } else {
    d.text = text->get<std::string>();
  }
}

namespace {

// A JSON value as nlohmann's dump writes it, which the output has always held: strings escaped as argmine
// escapes them (the same bytes); other values, rare in corpora, through nlohmann itself (it sorts the members
// of objects and writes numbers its own way).
void append_value(std::string& out, simdjson::dom::element v) {
  std::string_view s;
  if (v.get_string().get(s) == simdjson::SUCCESS) append_json_string(out, s);
  else out += nlohmann::json::parse(simdjson::minify(v)).dump();
}

}  // namespace

void parse_jsonl_document(CorpusDocument& d, const CorpusReaderOptions& o) {
  const std::string raw = std::move(d.text);
  d.text.clear();
  d.id = "null";
  d.key = fmt::format("#{}", d.line);
  // simdjson reads news lines sixteen times faster than nlohmann (callgrind, 300 articles: 148M instructions,
  // more than tokenizing them took, -> 9M); what it refuses goes to nlohmann, which says why.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object object;
  if (parser.parse(raw).get_object().get(object) != simdjson::SUCCESS) {
    parse_jsonl_document_with_nlohmann(d, raw, o);
    return;
  }
  // nlohmann keeps an object's members sorted by name, the last of repeated names: the output stays as it was.
  struct Member {
    std::string_view key;
    simdjson::dom::element value;
  };
  thread_local std::vector<Member> members;
  members.clear();
  for (const auto field : object) members.push_back({field.key, field.value});
  std::stable_sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.key < b.key; });
  const Member* id = nullptr;
  const Member* text = nullptr;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    if (i + 1 < members.size() && members[i + 1].key == m.key) continue;  // a later one of the same name wins
    std::string_view s;
    const bool is_string = m.value.get_string().get(s) == simdjson::SUCCESS;
    if (m.key == o.id_field) id = &m;
    if (m.key == o.text_field) text = &m;
    if (m.key == o.date_field && is_string) d.year = year_of_date(s);
    if (m.key == o.title_field && is_string) d.title = s;
    if (!passed_through(m.key, o)) continue;
    d.fields += ',';
    append_json_string(d.fields, m.key);
    d.fields += ':';
    append_value(d.fields, m.value);
  }
  if (id) {
    d.id.clear();
    append_value(d.id, id->value);
    std::string_view s;
    d.key = id->value.get_string().get(s) == simdjson::SUCCESS ? std::string(s) : d.id;
  }
  std::string_view s;
  if (!text) {
    d.error = fmt::format("line {}: missing \"{}\"", d.line, o.text_field);
  } else if (text->value.get_string().get(s) != simdjson::SUCCESS) {
    d.error = fmt::format("line {}: \"{}\" is not a string", d.line, o.text_field);
  } else {
    d.text = s;
  }
}

}  // namespace argmine::detail
