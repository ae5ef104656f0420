// Subcommands of the argmine tool. Each registers itself on the app and, when chosen, sets `action`.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace argmine::cli {

void add_tokenize(CLI::App& app, std::function<int()>& action);
void add_ud(CLI::App& app, std::function<int()>& action);
void add_tag(CLI::App& app, std::function<int()>& action);
void add_eval(CLI::App& app, std::function<int()>& action);

}  // namespace argmine::cli
