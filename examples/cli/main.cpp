// argmine: the command-line tool. Each subcommand lives in its own file (cmd_*.cpp).
#include "commands.hpp"
#include "common.hpp"

#include <cstdio>
#include <exception>

int main(int argc, char** argv) {
  CLI::App app{"argmine: the argument structure of political text, with byte offsets"};
  app.require_subcommand(1);
  std::function<int()> action;
  argmine::cli::add_tokenize(app, action);
  argmine::cli::add_tag(app, action);
  argmine::cli::add_eval(app, action);
  argmine::cli::add_models(app, action);
  argmine::cli::add_summarize(app, action);
  argmine::cli::add_batch(app, action);
  argmine::cli::add_report(app, action);
  argmine::cli::add_ud(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    return action ? action() : 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "argmine: internal error: %s\n", e.what());
    return argmine::cli::kExitFailure;
  }
}
