#include <argmine/eval/brat.hpp>

#include "text/utf8.hpp"

#include "util/text_util.hpp"

#include <argmine/io.hpp>

#include <fmt/format.h>

#include <charconv>
#include <filesystem>

namespace argmine {
namespace {

using detail::split;

bool to_uint(std::string_view s, std::uint32_t& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

const BratEntity* BratDocument::find(std::string_view id) const {
  for (const auto& e : entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

std::int32_t brat_note_year(std::string_view note, bool& decade) {
  decade = false;
  const std::size_t at = note.find("year=");
  if (at == std::string_view::npos) return 0;
  std::string_view v = note.substr(at + 5);
  std::int32_t y = 0;
  std::size_t k = 0;
  while (k < v.size() && v[k] >= '0' && v[k] <= '9') y = y * 10 + (v[k++] - '0');
  if (k < v.size() && v[k] == 's') decade = true;
  return y;
}

Result<BratDocument> parse_brat(std::string_view ann, std::string_view txt, std::string_view ann_name) {
  // Code point index -> byte offset.
  std::vector<std::uint32_t> byte_of;
  byte_of.reserve(txt.size() + 1);
  for (std::size_t i = 0; i < txt.size();) {
    byte_of.push_back(static_cast<std::uint32_t>(i));
    detail::next_code_point(txt, i);
  }
  byte_of.push_back(static_cast<std::uint32_t>(txt.size()));

  BratDocument doc;
  std::size_t line_no = 0;
  for (std::string_view line : split(ann, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    auto fail = [&](const std::string& what) { return Error(Errc::parse, what, std::string(ann_name), line_no); };
    const auto cols = split(line, '\t');
    if (cols.size() < 2) return fail("expected tab-separated columns");
    const std::string_view id = cols[0];
    const auto fields = split(cols[1], ' ');
    if (id[0] == 'T') {
      if (cols.size() < 3 || fields.size() < 3) return fail("expected 'T<n>\\tType start end\\ttext'");
      // Offsets: "start end", or fragments "s1 e1;s2 e2" of a discontinuous span, whose text is the fragments'
      // texts joined by one space in the order written (some tools write them out of text order). The
      // entity's span is the extent from the smallest start to the largest end.
      const std::string_view offsets = cols[1].substr(fields[0].size() + 1);
      BratEntity ent;
      ent.id = std::string(id);
      ent.type = std::string(fields[0]);
      std::string expected, where;  // the covered text, and the offsets as "b-e;b-e"
      bool first_fragment = true;
      for (std::string_view fragment : split(offsets, ';')) {
        const auto be = split(fragment, ' ');
        std::uint32_t b, e;
        if (be.size() != 2 || !to_uint(be[0], b) || !to_uint(be[1], e) || b > e || e >= byte_of.size()) {
          return fail(fmt::format("bad offsets '{}'", offsets));
        }
        const Span part{byte_of[b], byte_of[e]};
        ent.span.begin = first_fragment ? part.begin : std::min(ent.span.begin, part.begin);
        ent.span.end = first_fragment ? part.end : std::max(ent.span.end, part.end);
        if (!first_fragment) {
          expected += ' ';
          where += ';';
        }
        expected += txt.substr(part.begin, part.end - part.begin);
        where += fmt::format("{}-{}", b, e);
        first_fragment = false;
      }
      if (expected != cols[2]) {
        return fail(fmt::format("text '{}' differs from the text at {}: '{}'", cols[2], where, expected));
      }
      doc.entities.push_back(std::move(ent));
    } else if (id[0] == 'A') {
      if (fields.size() < 2) return fail("expected 'A<n>\\tAttribute T<n> [value]'");
      BratEntity* ent = const_cast<BratEntity*>(doc.find(fields[1]));
      if (!ent) return fail(fmt::format("attribute of unknown entity '{}'", fields[1]));
      ent->attributes[std::string(fields[0])] = fields.size() >= 3 ? std::string(fields[2]) : "true";
    } else if (id[0] == 'R') {
      if (fields.size() != 3 || fields[1].substr(0, 5) != "Arg1:" || fields[2].substr(0, 5) != "Arg2:") {
        return fail("expected 'R<n>\\tType Arg1:T<a> Arg2:T<b>'");
      }
      BratRelation r{std::string(fields[0]), std::string(fields[1].substr(5)), std::string(fields[2].substr(5))};
      if (!doc.find(r.arg1) || !doc.find(r.arg2)) return fail("relation refers to an unknown entity");
      doc.relations.push_back(std::move(r));
    } else if (id[0] == '#') {
      if (fields.size() < 2 || cols.size() < 3) return fail("expected '#<n>\\tAnnotatorNotes T<n>\\tnote'");
      BratEntity* ent = const_cast<BratEntity*>(doc.find(fields[1]));
      if (!ent) return fail(fmt::format("note on unknown entity '{}'", fields[1]));
      ent->note = std::string(cols[2]);
    } else if (id[0] == 'E' || id[0] == 'M' || id[0] == 'N') {
      continue;  // events, modifications, normalizations: not used by argmine
    } else {
      return fail(fmt::format("unknown annotation id '{}'", id));
    }
  }
  return doc;
}


Result<BratFile> read_brat_file(const std::string& txt_path) {
  auto text = read_file(txt_path);
  if (!text) return std::move(text).error();
  const std::string ann_path = std::filesystem::path(txt_path).replace_extension(".ann").string();
  auto ann = read_file(ann_path);
  if (!ann) return std::move(ann).error();
  auto gold = parse_brat(*ann, *text, display_name(ann_path));
  if (!gold) return std::move(gold).error();
  return BratFile{std::move(*text), std::move(*gold)};
}

}  // namespace argmine
