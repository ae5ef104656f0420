// argmine summarize [FILE|-] --format text|markdown|json|html [--out FILE] [--model MODEL] [--gazetteer FILE]
#include "commands.hpp"
#include "common.hpp"

#include <argmine/io.hpp>
#include <argmine/score/model.hpp>
#include <argmine/summarize/render.hpp>
#include <argmine/summarize/structure.hpp>
#include <argmine/tag/gazetteer.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace argmine::cli {
namespace {

struct SummarizeArgs {
  std::string input = "-";
  std::string format = "text";
  std::string out;
  std::string model;
  std::string gazetteer;
  AnalogyModelArgs analogy_model;
  std::string color = "auto";
  int width = 80;
  int year = 0;
  std::string title;
};

int run_summarize(const SummarizeArgs& a) {
  auto format = parse_summary_format(a.format);
  if (!format) return fail(format.error());
  SummarizerOptions so;
  so.tagger.document_year = a.year;
  if (!a.model.empty()) {
    auto m = LinearModel::load(a.model);
    if (!m) return fail(m.error());
    so.role_model = *m;
  }
  if (!a.gazetteer.empty()) {
    auto extra = Gazetteer::load(a.gazetteer);
    if (!extra) return fail(extra.error());
    so.tagger.gazetteer = Gazetteer::merge(*Gazetteer::builtin(), **extra);
  }
  if (!a.analogy_model.path.empty()) {
    auto m = load_analogy_model(a.analogy_model);
    if (!m) return fail(m.error());
    so.unit_model = m->model;
    so.unit_model_options = m->options;
  }
  auto summarizer = Summarizer::create(so);
  if (!summarizer) return fail(summarizer.error());
  auto text = read_file(a.input);
  if (!text) return fail(text.error());
  ArgumentStructure st;
  Status s = summarizer->analyze(*text, st, display_name(a.input), 0, a.title);
  if (!s.ok()) return fail(s.error());
  for (const std::string& note : st.notes) std::fprintf(stderr, "argmine: %s: %s\n", display_name(a.input).c_str(), note.c_str());

  RenderOptions ro;
  ro.input_name = display_name(a.input);
  ro.width = a.width;
  ro.gazetteer = so.tagger.gazetteer.get();
  // Colours only on a terminal (and never into a file), unless asked.
  ro.color = a.color == "always" || (a.color == "auto" && a.out.empty() && *format == SummaryFormat::text &&
                                     isatty(fileno(stdout)) != 0 && std::getenv("NO_COLOR") == nullptr);
  const std::string rendered = render_summary(st, summarizer->doc(), *format, ro);
  if (!a.out.empty()) {
    Status w = write_file(a.out, rendered);
    if (!w.ok()) return fail(w.error());
    return 0;
  }
  Output out;
  out.buffer() = rendered;
  return 0;
}

}  // namespace

void add_summarize(CLI::App& app, std::function<int()>& action) {
  auto a = std::make_shared<SummarizeArgs>();
  auto* cmd = app.add_subcommand("summarize", "The argument structure of a text: thesis, positions of others and "
                                              "rebuttals, claims, evidence, analogies, stance");
  cmd->add_option("input", a->input, "Text file, or - for standard input")->capture_default_str();
  cmd->add_option("--format", a->format, "text, markdown, json or html")
      ->check(CLI::IsMember({"text", "markdown", "md", "json", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--out", a->out, "Write to this file instead of standard output");
  cmd->add_option("--model", a->model, "Role model (default: the one trained on corpus/)");
  cmd->add_option("--gazetteer", a->gazetteer, "Extra gazetteer entries (TSV, see data/gazetteer.tsv)");
  add_analogy_model_options(*cmd, a->analogy_model);
  cmd->add_option("--year", a->year, "Year the text was written (resolves 'last year', 'this time in ...')");
  cmd->add_option("--title", a->title, "The headline, when the text does not hold it (a hint to the thesis)");
  cmd->add_option("--width", a->width, "Text format: columns to wrap at")->capture_default_str();
  cmd->add_option("--color", a->color, "Text format: auto (on a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->callback([a, &action] { action = [a] { return run_summarize(*a); }; });
}

}  // namespace argmine::cli
