// argmine eval [PATH...]: precision, recall and F1 of the tagger per unit type against brat gold.
#include "commands.hpp"
#include "common.hpp"

#include <argmine/eval/brat.hpp>
#include <argmine/eval/evaluate.hpp>
#include <argmine/io.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace argmine::cli {
namespace {

namespace fs = std::filesystem;

struct EvalArgs {
  std::vector<std::string> paths{"corpus"};
  bool per_file = false;
  bool json = false;
  std::string model;
  std::string format = "tsv";
};

void print(const Evaluation& ev, bool json) {
  if (json) {
    std::string out = fmt::format(R"({{"documents":{},"types":{{)", ev.documents);
    bool first = true;
    for (const auto& [type, s] : ev.types) {
      out += fmt::format(R"({}"{}":{{"gold":{},"system":{},"exact":{{"p":{:.4f},"r":{:.4f},"f1":{:.4f}}},)"
                         R"("overlap":{{"p":{:.4f},"r":{:.4f},"f1":{:.4f}}}}})",
                         first ? "" : ",", type, s.exact.gold, s.exact.system, s.exact.precision(), s.exact.recall(),
                         s.exact.f1(), s.overlap.precision(), s.overlap.recall(), s.overlap.f1());
      first = false;
    }
    out += fmt::format(R"(}},"answers":{{"gold":{},"system":{},"correct":{}}},"years":{{"matched":{},"correct":{}}}}})",
                       ev.answers.gold, ev.answers.system, ev.answers.correct, ev.years, ev.years_ok);
    fmt::print("{}\n", out);
    return;
  }
  fmt::print("{:<20} {:>5} {:>5}   {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}\n", "type", "gold", "sys", "P", "R", "F1",
             "P~", "R~", "F1~");
  for (const auto& [type, s] : ev.types) {
    fmt::print("{:<20} {:>5} {:>5}   {:>6.3f} {:>6.3f} {:>6.3f}   {:>6.3f} {:>6.3f} {:>6.3f}\n", type, s.exact.gold,
               s.exact.system, s.exact.precision(), s.exact.recall(), s.exact.f1(), s.overlap.precision(),
               s.overlap.recall(), s.overlap.f1());
  }
  fmt::print("(P R F1: exact spans; P~ R~ F1~: overlapping spans, one to one)\n");
  fmt::print("rebuttal->counterclaim links: gold {}, system {}, correct {} (P {:.3f}, R {:.3f}, F1 {:.3f})\n",
             ev.answers.gold, ev.answers.system, ev.answers.correct, ev.answers.precision(), ev.answers.recall(),
             ev.answers.f1());
  fmt::print("analogy/precedent years: {} of {} matched units right\n", ev.years_ok, ev.years);
  fmt::print("documents: {}\n", ev.documents);
}

int run_eval(const EvalArgs& a) {
  if (!a.model.empty()) return run_model_eval_cli(a.paths, a.model, a.format);
  std::vector<fs::path> texts;
  for (const auto& p : a.paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::directory_iterator(p)) {
        if (e.path().extension() == ".txt" && fs::exists(fs::path(e.path()).replace_extension(".ann"))) {
          texts.push_back(e.path());
        }
      }
    } else if (fs::exists(p, ec)) {
      texts.emplace_back(p);
    } else {
      return fail(Error(Errc::io, "no such file or directory", p));
    }
  }
  std::sort(texts.begin(), texts.end());
  if (texts.empty()) return fail(Error(Errc::invalid_input, "no .txt files with a .ann beside them", a.paths.front()));
  Tokenizer tokenizer;
  Tagger tagger;
  Evaluation total;
  for (const auto& t : texts) {
    auto txt = read_file(t.string());
    if (!txt) return fail(txt.error());
    const fs::path ann_path = fs::path(t).replace_extension(".ann");
    auto ann = read_file(ann_path.string());
    if (!ann) return fail(ann.error());
    auto gold = parse_brat(*ann, *txt, ann_path.string());
    if (!gold) return fail(gold.error());
    auto doc = tokenizer.tokenize(*txt, t.string());
    if (!doc) return fail(doc.error());
    const Annotations units = tagger.tag(*doc);
    const Evaluation ev = evaluate(units, *gold);
    if (a.per_file) {
      fmt::print("== {}\n", t.string());
      print(ev, a.json);
    }
    total += ev;
  }
  if (a.per_file) fmt::print("== all\n");
  print(total, a.json);
  return 0;
}

}  // namespace

void add_eval(CLI::App& app, std::function<int()>& action) {
  auto args = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand("eval", "Precision, recall and F1 per unit type against brat gold (.txt + .ann); "
                                         "with --model, a classifier on labelled data");
  cmd->add_option("paths", args->paths, "Folders of .txt/.ann pairs, or .txt files (default: corpus); with "
                                        "--model, labelled data files");
  cmd->add_option("--model", args->model, "Evaluate this model on labelled data (tsv, jsonl or semeval)");
  cmd->add_option("--format", args->format, "Format of the labelled data for --model")->capture_default_str();
  cmd->add_flag("--per-file", args->per_file, "Scores of every file, then the total");
  cmd->add_flag("--json", args->json, "JSON instead of a table");
  cmd->callback([args, &action] { action = [args] { return run_eval(*args); }; });
}

}  // namespace argmine::cli
