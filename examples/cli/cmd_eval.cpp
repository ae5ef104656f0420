// argmine eval [PATH...]: precision, recall and F1 of the tagger per unit type against brat gold.
#include "commands.hpp"
#include "common.hpp"

#include <argmine/eval/brat.hpp>
#include <argmine/eval/evaluate.hpp>
#include <argmine/eval/summary_eval.hpp>
#include <argmine/score/data.hpp>
#include <argmine/score/default_models.hpp>
#include <argmine/summarize/structure.hpp>
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
  bool summary = false;
  bool leave_one_out = false;
};

void print_summary_eval(const SummaryEvaluation& ev) {
  auto row = [](const char* what, const PrfScore& s) {
    fmt::print("{:<34} {:>5} {:>5} {:>5}   {:>6.3f} {:>6.3f} {:>6.3f}\n", what, s.gold, s.system, s.correct,
               s.precision(), s.recall(), s.f1());
  };
  fmt::print("{:<34} {:>5} {:>5} {:>5}   {:>6} {:>6} {:>6}\n", "structure", "gold", "sys", "ok", "P", "R", "F1");
  row("thesis (first MajorClaim)", ev.thesis);
  row("restatement (later MajorClaim)", ev.restatement);
  row("counterclaims in positions", ev.positions);
  row("rebuttal answers counterclaim", ev.answers);
  row("analogy targets", ev.analogy_targets);
  row("lines set aside", ev.nonargument);
  row("evidence", ev.evidence);
  row("evidence with its type", ev.evidence_typed);
  row("claims (tagger + role model)", ev.claims);
  fmt::print("stance targets: gold {}, found {}, label right {} (accuracy on found {:.3f}, on all {:.3f})\n",
             ev.stance_gold, ev.stance_found, ev.stance_correct,
             ev.stance_found ? double(ev.stance_correct) / double(ev.stance_found) : 0.0,
             ev.stance_gold ? double(ev.stance_correct) / double(ev.stance_gold) : 0.0);
  const char* names[] = {"NONE", "FAVOR", "AGAINST"};
  fmt::print("  gold \\ system   NONE  FAVOR AGAINST\n");
  for (int g = 0; g < 3; ++g) {
    fmt::print("  {:<14} {:>5} {:>6} {:>7}\n", names[g], ev.stance_confusion[g][0], ev.stance_confusion[g][1],
               ev.stance_confusion[g][2]);
  }
  fmt::print("documents: {}\n", ev.documents);
}

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
    out += fmt::format(R"(}},"answers":{{"gold":{},"system":{},"correct":{}}},"years":{{"matched":{},"correct":{}}},)"
                       R"("uses":{{"matched":{},"correct":{}}}}})",
                       ev.answers.gold, ev.answers.system, ev.answers.correct, ev.years, ev.years_ok, ev.uses,
                       ev.uses_ok);
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
  fmt::print("analogy uses: {} of {} matched units right\n", ev.uses_ok, ev.uses);
  fmt::print("documents: {}\n", ev.documents);
}

// The summarize stage against brat and stance gold; with leave-one-out, each text is summarized with a role
// model trained on the other texts only.
int run_summary_eval(const EvalArgs& a, const std::vector<fs::path>& texts) {
  std::vector<Example> all;
  if (a.leave_one_out) {
    for (const auto& t : texts) {
      auto ex = read_examples(t.string(), DataFormat::brat);
      if (!ex) return fail(ex.error());
      all.insert(all.end(), ex->begin(), ex->end());
    }
  }
  SummaryEvaluation total;
  for (const auto& t : texts) {
    SummarizerOptions so;
    if (a.leave_one_out) {
      std::vector<Example> rest;
      const std::string prefix = t.filename().string() + ":";
      for (const auto& e : all) {
        if (e.id.rfind(prefix, 0) != 0) rest.push_back(e);
      }
      auto model = train(rest, role_model_options());
      if (!model) return fail(model.error());
      so.role_model = *model;
    }
    auto summarizer = Summarizer::create(so);
    if (!summarizer) return fail(summarizer.error());
    auto file = read_brat_file(t.string());
    if (!file) return fail(file.error());
    const std::string& txt = file->text;
    const BratDocument& gold = file->gold;
    std::vector<StanceGold> stance;
    const fs::path stance_path = fs::path(t).replace_extension(".stance");
    if (fs::exists(stance_path)) {
      auto st_text = read_file(stance_path.string());
      if (!st_text) return fail(st_text.error());
      auto parsed = parse_stance_gold(*st_text, stance_path.string());
      if (!parsed) return fail(parsed.error());
      stance = std::move(*parsed);
    }
    ArgumentStructure st;
    Status s = summarizer->analyze(txt, st, t.string());
    if (!s.ok()) return fail(s.error());
    const SummaryEvaluation ev = evaluate_summary(st, summarizer->doc(), gold, stance);
    if (a.per_file) {
      fmt::print("== {}\n", t.string());
      print_summary_eval(ev);
    }
    total += ev;
  }
  if (a.per_file) fmt::print("== all\n");
  print_summary_eval(total);
  return 0;
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
  if (a.summary) return run_summary_eval(a, texts);
  Tokenizer tokenizer;
  Tagger tagger;
  Evaluation total;
  for (const auto& t : texts) {
    auto file = read_brat_file(t.string());
    if (!file) return fail(file.error());
    const std::string& txt = file->text;
    const BratDocument& gold = file->gold;
    auto doc = tokenizer.tokenize(txt, t.string());
    if (!doc) return fail(doc.error());
    const Annotations units = tagger.tag(*doc);
    const Evaluation ev = evaluate(units, gold);
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
  cmd->add_flag("--summary", args->summary, "Evaluate summarize's structure (thesis, positions, answers, analogy "
                                            "targets, stance against NAME.stance) instead of the tagger");
  cmd->add_flag("--leave-one-out", args->leave_one_out, "With --summary: summarize each text with a role model "
                                                        "trained on the other texts only");
  cmd->callback([args, &action] { action = [args] { return run_eval(*args); }; });
}

}  // namespace argmine::cli
