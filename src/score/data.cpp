#include <argmine/eval/brat.hpp>
#include <argmine/io.hpp>
#include <argmine/json.hpp>
#include <argmine/score/data.hpp>
#include <argmine/text/tokenizer.hpp>

#include "util/text_util.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace argmine {

using detail::append_utf8;
using detail::split;

std::string cp1252_to_utf8(std::string_view bytes) {
  // 0x80..0x9F differ from Latin-1; the rest map to the same code points.
  static constexpr char16_t kHigh[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                         0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size());
  for (unsigned char c : bytes) {
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else if (c < 0xA0) append_utf8(out, kHigh[c - 0x80]);
    else append_utf8(out, c);
  }
  return out;
}

Result<DataFormat> parse_data_format(std::string_view name) {
  if (name == "semeval") return DataFormat::semeval;
  if (name == "tsv") return DataFormat::tsv;
  if (name == "jsonl") return DataFormat::jsonl;
  if (name == "brat") return DataFormat::brat;
  return Error(Errc::invalid_argument, fmt::format("unknown data format '{}' (semeval, tsv, jsonl or brat)", name));
}

Result<std::vector<Example>> parse_examples(std::string_view raw, DataFormat format, std::string_view name) {
  // The official SemEval training file is Windows-1252: a SemEval file that is not UTF-8 is read as that.
  // Other formats must be UTF-8.
  std::string converted;
  std::string_view text = raw;
  if (format == DataFormat::brat) {
    return Error(Errc::invalid_argument, "brat examples come from .txt/.ann files: use read_examples", std::string(name));
  }
  if (Status valid = validate_utf8(raw); !valid.ok()) {
    if (format != DataFormat::semeval) return std::move(valid).error().with_input(std::string(name));
    converted = cp1252_to_utf8(raw);
    text = converted;
  }
  std::vector<Example> out;
  std::size_t line_no = 0;
  bool header_seen = false;
  for (std::string_view line : split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    auto fail = [&](const std::string& what) { return Error(Errc::parse, what, std::string(name), line_no); };
    if (format == DataFormat::jsonl) {
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object()) return fail("not a JSON object");
      if (!j.contains("label") || !j["label"].is_string()) return fail("missing \"label\"");
      Example e{{}, j.value("target", ""), j["label"].get<std::string>(),
                j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                                 : std::to_string(line_no)};
      if (j.contains("document")) {
        // An example in context: the span [begin, end) of its document; lines of one document in a row share it.
        if (!j["document"].is_string()) return fail("\"document\" is not a string");
        if (!j.contains("begin") || !j["begin"].is_number_unsigned() || !j.contains("end") ||
            !j["end"].is_number_unsigned()) {
          return fail("\"document\" needs byte offsets \"begin\" and \"end\"");
        }
        const auto& d = j["document"].get_ref<const std::string&>();
        const auto b = j["begin"].get<std::uint64_t>(), en = j["end"].get<std::uint64_t>();
        if (b > en || en > d.size()) {
          return fail(fmt::format("span {}..{} outside the document of {} bytes", b, en, d.size()));
        }
        if (!out.empty() && out.back().document && *out.back().document == d) {
          e.document = out.back().document;
        } else {
          e.document = std::make_shared<const std::string>(d);  // UTF-8: the whole file was checked above
        }
        e.begin = static_cast<std::uint32_t>(b);
        e.end = static_cast<std::uint32_t>(en);
        if (j.contains("year")) {
          if (!j["year"].is_number_integer() || j["year"].get<std::int64_t>() < 0 || j["year"].get<std::int64_t>() > 9999) {
            return fail("\"year\" is not a year (an integer from 0 to 9999)");
          }
          e.document_year = static_cast<std::int32_t>(j["year"].get<std::int64_t>());
        }
        e.text = j.contains("text") && j["text"].is_string() ? j["text"].get<std::string>()
                                                             : d.substr(b, en - b);
      } else {
        if (!j.contains("text") || !j["text"].is_string()) return fail("missing \"text\"");
        e.text = j["text"].get<std::string>();
      }
      out.push_back(std::move(e));
      continue;
    }
    if (line[0] == '#') continue;
    const auto cols = split(line, '\t');
    if (format == DataFormat::semeval) {
      if (!header_seen) {
        header_seen = true;
        if (cols.size() >= 4 && cols[0] == "ID") continue;
      }
      if (cols.size() < 4) return fail(fmt::format("expected ID, Target, Tweet, Stance (tab-separated), found {} columns", cols.size()));
      out.push_back(Example{std::string(cols[2]), std::string(cols[1]), std::string(cols[3]), std::string(cols[0])});
    } else {
      if (!header_seen) {
        header_seen = true;
        if (cols.size() >= 2 && cols[0] == "label" && cols[1] == "text") continue;
      }
      if (cols.size() < 2) return fail("expected label<TAB>text[<TAB>target[<TAB>id]]");
      out.push_back(Example{std::string(cols[1]), cols.size() > 2 ? std::string(cols[2]) : std::string(),
                            std::string(cols[0]), cols.size() > 3 ? std::string(cols[3]) : std::to_string(line_no)});
    }
    if (out.back().label.empty()) return fail("empty label");
  }
  return out;
}

std::string_view sentence_position(std::size_t index, std::size_t count) noexcept {
  if (3 * index < count) return "first";
  if (3 * index >= 2 * count) return "last";
  return "middle";
}

std::string_view role_of_brat_type(std::string_view type) noexcept {
  if (type == "MajorClaim") return "MajorClaim";
  if (type == "Claim" || type == "Rebuttal" || type == "Counterclaim" || type == "Concession") return "Claim";
  if (type == "Evidence" || type == "Analogy" || type == "Precedent") return "Premise";
  return {};
}

namespace {

Result<std::vector<Example>> read_brat_examples(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<fs::path> texts;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.path().extension() == ".txt" && fs::exists(fs::path(entry.path()).replace_extension(".ann"))) {
        texts.push_back(entry.path());
      }
    }
    if (ec) return Error(Errc::io, ec.message(), path);
    std::sort(texts.begin(), texts.end());
    if (texts.empty()) return Error(Errc::invalid_argument, "no .txt files with a .ann beside them", path);
  } else {
    texts.push_back(path);
  }
  std::vector<Example> out;
  Tokenizer tokenizer;
  Document doc;
  for (const auto& txt_path : texts) {
    auto file = read_brat_file(txt_path.string());
    if (!file) return std::move(file).error();
    // Each sentence is an example in the context of its text (the tagger's units come from the whole text).
    const auto shared = std::make_shared<const std::string>(std::move(file->text));
    const std::string& txt = *shared;
    Status st = tokenizer.tokenize(txt, doc);
    if (!st.ok()) return std::move(st).error().with_input(display_name(txt_path.string()));
    const auto sentences = doc.sentences();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const Sentence& s = sentences[i];
      // The role of the highest rank among the units that cover most of the sentence.
      static constexpr std::string_view kRank[] = {"MajorClaim", "Claim", "Premise"};
      std::size_t best = std::size(kRank);
      for (const BratEntity& e : file->gold.entities) {
        const std::string_view role = role_of_brat_type(e.type);
        if (role.empty()) continue;
        const std::uint32_t overlap = std::min(s.end, e.span.end) > std::max(s.begin, e.span.begin)
                                          ? std::min(s.end, e.span.end) - std::max(s.begin, e.span.begin)
                                          : 0;
        if (2 * overlap < s.end - s.begin) continue;
        best = std::min<std::size_t>(best, std::find(std::begin(kRank), std::end(kRank), role) - std::begin(kRank));
      }
      std::string text(std::string_view(txt).substr(s.begin, s.end - s.begin));
      std::replace(text.begin(), text.end(), '\n', ' ');
      Example ex{std::move(text), std::string(sentence_position(i, sentences.size())),
                 std::string(best < std::size(kRank) ? kRank[best] : "None"),
                 fmt::format("{}:{}", txt_path.filename().string(), s.begin)};
      ex.document = shared;
      ex.begin = s.begin;
      ex.end = s.end;
      out.push_back(std::move(ex));
    }
  }
  return out;
}

}  // namespace

Result<std::vector<Example>> read_examples(const std::string& path, DataFormat format) {
  if (format == DataFormat::brat) return read_brat_examples(path);
  auto text = read_file(path);
  if (!text) return std::move(text).error();
  return parse_examples(*text, format, display_name(path));
}

std::string format_examples(const std::vector<Example>& examples, const std::vector<std::string>& labels,
                            DataFormat format, const LabelProbabilities* probabilities) {
  std::string out;
  // One column (SemEval, TSV) or one member (JSONL) per label, four decimals.
  const auto append_probabilities = [&](std::size_t i) {
    if (!probabilities) return;
    const auto& names = probabilities->labels;
    const auto& row = probabilities->values[i];
    if (format == DataFormat::jsonl) out += R"(,"probabilities":{)";
    for (std::size_t k = 0; k < names.size() && k < row.size(); ++k) {
      if (format == DataFormat::jsonl) {
        if (k) out += ',';
        append_json_string(out, names[k]);
        out += fmt::format(":{:.4f}", row[k]);
      } else {
        out += fmt::format("\t{}={:.4f}", names[k], row[k]);
      }
    }
    if (format == DataFormat::jsonl) out += '}';
  };
  if (format == DataFormat::semeval) out += "ID\tTarget\tTweet\tStance\n";
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const Example& e = examples[i];
    switch (format) {
      case DataFormat::semeval:
        out += fmt::format("{}\t{}\t{}\t{}", e.id, e.target, e.text, labels[i]);
        append_probabilities(i);
        out += '\n';
        break;
      case DataFormat::tsv:
      case DataFormat::brat:
        out += fmt::format("{}\t{}\t{}\t{}", labels[i], e.text, e.target, e.id);
        append_probabilities(i);
        out += '\n';
        break;
      case DataFormat::jsonl:
        out += R"({"id":)";
        append_json_string(out, e.id);
        out += R"(,"text":)";
        append_json_string(out, e.text);
        out += R"(,"target":)";
        append_json_string(out, e.target);
        out += R"(,"label":)";
        append_json_string(out, labels[i]);
        append_probabilities(i);
        out += "}\n";
        break;
    }
  }
  return out;
}

}  // namespace argmine
