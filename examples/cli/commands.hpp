// Subcommands of the argmine tool. Each registers itself on the app and, when chosen, sets `action`.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace argmine::cli {

void add_tokenize(CLI::App& app, std::function<int()>& action);
void add_ud(CLI::App& app, std::function<int()>& action);
void add_tag(CLI::App& app, std::function<int()>& action);
void add_eval(CLI::App& app, std::function<int()>& action);
void add_models(CLI::App& app, std::function<int()>& action);
void add_summarize(CLI::App& app, std::function<int()>& action);
void add_batch(CLI::App& app, std::function<int()>& action);
void add_report(CLI::App& app, std::function<int()>& action);

struct AnalogyModelArgs;
/// Registers `--analogy-model` and `--analogy-threshold` (in cmd_tag.cpp).
void add_analogy_model_options(CLI::App& cmd, AnalogyModelArgs& args);

/// `argmine eval --model M DATA`: a classifier on labelled data (in cmd_model.cpp).
int run_model_eval_cli(const std::vector<std::string>& inputs, const std::string& model, const std::string& format);

}  // namespace argmine::cli
