// argmine ud-text GOLD.conllu / argmine ud-score SYSTEM.conllu GOLD.conllu
#include "commands.hpp"
#include "common.hpp"

#include <argmine/io.hpp>
#include <argmine/text/conllu.hpp>

#include <fmt/format.h>

#include <memory>

namespace argmine::cli {
namespace {

int run_text(const std::string& path) {
  auto data = read_file(path);
  if (!data) return fail(data.error());
  auto text = conllu_to_text(*data, display_name(path));
  if (!text) return fail(text.error());
  std::fwrite(text->data(), 1, text->size(), stdout);
  return 0;
}

int run_score(const std::string& sys_path, const std::string& gold_path, bool json) {
  auto sys = read_file(sys_path);
  if (!sys) return fail(sys.error());
  auto gold = read_file(gold_path);
  if (!gold) return fail(gold.error());
  auto scores = score_conllu(*sys, *gold);
  if (!scores) return fail(scores.error());
  auto row = [&](const char* name, const PrfScore& s) {
    if (json) {
      return fmt::format(R"("{}":{{"precision":{:.4f},"recall":{:.4f},"f1":{:.4f},"system":{},"gold":{},"correct":{}}})",
                         name, s.precision(), s.recall(), s.f1(), s.system, s.gold, s.correct);
    }
    return fmt::format("{:<10} {:>9.4f} {:>9.4f} {:>9.4f} {:>8} {:>8} {:>8}\n", name, s.precision(), s.recall(),
                       s.f1(), s.system, s.gold, s.correct);
  };
  if (json) {
    fmt::print("{{{},{},{}}}\n", row("tokens", scores->tokens), row("words", scores->words),
               row("sentences", scores->sentences));
  } else {
    fmt::print("{:<10} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8}\n", "metric", "precision", "recall", "f1", "system", "gold",
               "correct");
    fmt::print("{}{}{}", row("tokens", scores->tokens), row("words", scores->words),
               row("sentences", scores->sentences));
  }
  return 0;
}

}  // namespace

void add_ud(CLI::App& app, std::function<int()>& action) {
  auto gold = std::make_shared<std::string>();
  auto* text = app.add_subcommand("ud-text", "Rebuild the raw text of a CoNLL-U file (input for tokenize)");
  text->add_option("conllu", *gold, "CoNLL-U file")->required();
  text->callback([gold, &action] { action = [gold] { return run_text(*gold); }; });

  struct ScoreArgs {
    std::string system, gold;
    bool json = false;
  };
  auto args = std::make_shared<ScoreArgs>();
  auto* score = app.add_subcommand(
      "ud-score", "Token, word and sentence F1 of a system CoNLL-U file against gold (CoNLL 2018 alignment)");
  score->add_option("system", args->system, "System CoNLL-U")->required();
  score->add_option("gold", args->gold, "Gold CoNLL-U")->required();
  score->add_flag("--json", args->json, "One JSON object instead of a table");
  score->callback([args, &action] { action = [args] { return run_score(args->system, args->gold, args->json); }; });
}

}  // namespace argmine::cli
