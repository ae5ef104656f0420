// argmine tag [FILE|-] --format jsonl|text [--lines] [--gazetteer FILE] [--year Y] [--analogy-model FILE]
#include "commands.hpp"
#include "common.hpp"

#include <argmine/corpus/line_reader.hpp>
#include <argmine/io.hpp>
#include <argmine/json.hpp>
#include <argmine/tag/format.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <fmt/format.h>

#include <memory>

namespace argmine::cli {
namespace {

struct TagArgs {
  std::string input = "-";
  std::string format = "jsonl";
  std::string gazetteer;
  AnalogyModelArgs analogy_model;
  bool lines = false;
  int year = 0;
};

int run_tag(const TagArgs& a) {
  TaggerOptions topt;
  topt.document_year = a.year;
  if (!a.gazetteer.empty()) {
    auto extra = Gazetteer::load(a.gazetteer);
    if (!extra) return fail(extra.error());
    topt.gazetteer = Gazetteer::merge(*Gazetteer::builtin(), **extra);
  }
  Tagger tagger(topt);
  std::unique_ptr<Scorer> analogy_scorer;
  ModelUnitOptions analogy_options;
  if (!a.analogy_model.path.empty()) {
    auto m = load_analogy_model(a.analogy_model);
    if (!m) return fail(m.error());
    analogy_scorer = std::make_unique<Scorer>(m->model);
    analogy_options = m->options;
  }
  const Gazetteer* gaz = topt.gazetteer ? topt.gazetteer.get() : Gazetteer::builtin().get();
  Tokenizer tokenizer;
  Document doc;
  Annotations units;
  Output out;
  auto tag = [&] {
    tagger.tag(doc, units);
    if (analogy_scorer) add_model_units(doc, units, *analogy_scorer, analogy_options);
  };
  const bool json = a.format == "jsonl";

  if (!a.lines) {
    auto text = read_file(a.input);
    if (!text) return fail(text.error());
    Status st = tokenizer.tokenize(*text, doc, display_name(a.input));
    if (!st.ok()) return fail(st.error());
    tag();
    if (json) {
      out.buffer() += R"({"document":)";
      append_json_string(out.buffer(), display_name(a.input));
      out.buffer() += R"(,"units":)";
      append_units_json(out.buffer(), doc, units, gaz);
      out.buffer() += "}\n";
    } else {
      append_units_text(out.buffer(), doc, units, gaz);
    }
    return 0;
  }

  // --lines: every input line is a document; exactly one output line per input line, errors included.
  auto reader = LineReader::open(a.input);
  if (!reader) return fail(reader.error());
  std::string line;
  for (;;) {
    auto st = (*reader)->next(line);
    if (!st) return fail(st.error());
    if (*st == LineStatus::end) break;
    const std::uint64_t n = (*reader)->line_number();
    std::string& b = out.buffer();
    if (*st == LineStatus::too_long) {
      if (json) b += fmt::format(R"({{"line":{},"error":"line too long"}})" "\n", n);
      else b += fmt::format("line {}: error: line too long\n", n);
      continue;
    }
    Status ts = tokenizer.tokenize(line, doc, fmt::format("line {}", n));
    if (!ts.ok()) {
      if (json) {
        b += fmt::format(R"({{"line":{},"error":)", n);
        append_json_string(b, ts.error().to_string());
        b += "}\n";
      } else {
        b += fmt::format("line {}: error: {}\n", n, ts.error().to_string());
      }
      continue;
    }
    tag();
    if (json) {
      b += fmt::format(R"({{"line":{},"units":)", n);
      append_units_json(b, doc, units, gaz);
      b += "}\n";
    } else {
      b += fmt::format("line {}:\n", n);
      append_units_text(b, doc, units, gaz);
    }
    out.maybe_flush();
  }
  return 0;
}

}  // namespace

void add_analogy_model_options(CLI::App& cmd, AnalogyModelArgs& args) {
  cmd.add_option("--analogy-model", args.path,
                 "Sentence model adding the analogies it finds beside the rules' (docs/models.md)");
  cmd.add_option("--analogy-threshold", args.threshold, "Least probability of the model's analogies")
      ->check(CLI::Range(0.0f, 1.0f))
      ->capture_default_str();
}

void add_tag(CLI::App& app, std::function<int()>& action) {
  auto args = std::make_shared<TagArgs>();
  auto* cmd = app.add_subcommand("tag", "Find claims, counterclaims, rebuttals, concessions, evidence, hedges, "
                                        "historical analogies and precedents");
  cmd->add_option("input", args->input, "UTF-8 text file, or - for standard input")->capture_default_str();
  cmd->add_option("--format", args->format, "jsonl (units with byte offsets, rules and fields) or text")
      ->check(CLI::IsMember({"jsonl", "text"}))
      ->capture_default_str();
  cmd->add_flag("--lines", args->lines, "Each input line is its own document; one output line per input line");
  cmd->add_option("--gazetteer", args->gazetteer, "Extra gazetteer entries (TSV, the format of data/gazetteer.tsv)");
  cmd->add_option("--year", args->year, "Year the text was written (default: the latest year it mentions)");
  add_analogy_model_options(*cmd, args->analogy_model);
  cmd->callback([args, &action] { action = [args] { return run_tag(*args); }; });
}

}  // namespace argmine::cli
