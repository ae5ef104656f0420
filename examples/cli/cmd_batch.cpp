// argmine batch INPUT [-o OUT] [--threads N] [--full] [--resume]: a whole corpus, one JSON line per document.
#include "commands.hpp"
#include "common.hpp"

#include <argmine/corpus/batch.hpp>
#include <argmine/corpus/line_reader.hpp>
#include <argmine/corpus/report.hpp>
#include <argmine/io.hpp>
#include <argmine/score/model.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace argmine::cli {
namespace {

struct BatchArgs {
  std::string input;
  std::string out;
  std::string model;
  AnalogyModelArgs analogy_model;
  std::string progress = "auto";
  unsigned threads = 0;
  std::size_t chunk = 256;
  std::size_t max_bytes = std::size_t{64} << 20;
  std::string id_field = "id", text_field = "text", date_field = "date", title_field = "title";
  bool full = false;
  bool resume = false;
};

std::string clock(double secs) {
  const auto s = static_cast<long>(secs + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

int run_batch_cli(const BatchArgs& a) {
  if (a.resume && a.out.empty()) return fail(Error(Errc::invalid_argument, "--resume needs --out FILE"));
  CorpusReaderOptions ro;
  ro.max_document_bytes = a.max_bytes;
  ro.id_field = a.id_field;
  ro.text_field = a.text_field;
  ro.date_field = a.date_field;
  ro.title_field = a.title_field;
  auto input = CorpusReader::open(a.input, ro);
  if (!input) return fail(input.error());
  std::unordered_set<std::string> done;
  if (a.resume) {
    auto d = resume_keys(a.out);
    if (!d) return fail(d.error());
    done = std::move(*d);
  }
  std::FILE* out = stdout;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (!a.out.empty()) {
    file.reset(std::fopen(a.out.c_str(), a.resume ? "ab" : "wb"));
    if (!file) return fail(Error(Errc::io, std::strerror(errno), a.out));
    out = file.get();
  }
  static char buffer[1 << 20];
  std::setvbuf(out, buffer, _IOFBF, sizeof buffer);

  BatchOptions bo;
  bo.threads = a.threads;
  bo.full = a.full;
  bo.chunk_documents = a.chunk;
  bo.skip = a.resume ? &done : nullptr;
  if (!a.model.empty()) {
    auto m = LinearModel::load(a.model);
    if (!m) return fail(m.error());
    bo.summarizer.role_model = *m;
  }
  if (!a.analogy_model.path.empty()) {
    auto m = load_analogy_model(a.analogy_model);
    if (!m) return fail(m.error());
    bo.summarizer.unit_model = m->model;
    bo.summarizer.unit_model_options = m->options;
  }
  const bool bar = a.progress == "always" || (a.progress == "auto" && isatty(fileno(stderr)) != 0);
  if (bar) {
    bo.progress = [](const BatchProgress& p) {
      const double mb = static_cast<double>(p.counts.bytes) / 1e6;
      std::string eta;
      if (p.input_bytes_total > 0 && p.input_bytes_read > 0) {
        const double frac = std::min(1.0, static_cast<double>(p.input_bytes_read) / static_cast<double>(p.input_bytes_total));
        eta = fmt::format("  {:3.0f}%  ETA {}", 100 * frac, clock(p.seconds * (1 - frac) / std::max(frac, 1e-9)));
      }
      fmt::print(stderr, "\r{} documents  {:.1f} MB/s  {} errors{}   ", p.counts.read, p.seconds > 0 ? mb / p.seconds : 0.0,
                 p.counts.errors, eta);
      std::fflush(stderr);
    };
  }
  BatchCounts counts;
  const auto t0 = std::chrono::steady_clock::now();
  const std::string out_name = a.out.empty() ? std::string("standard output") : a.out;
  Status st = run_batch(**input, [&](std::string_view line) -> Status {
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size() || std::fputc('\n', out) == EOF) {
      return Error(Errc::io, std::strerror(errno), out_name);
    }
    return {};
  }, bo, counts);
  if (bar) fmt::print(stderr, "\n");
  if (std::fflush(out) != 0 && st.ok()) st = Error(Errc::io, std::strerror(errno), out_name);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print(stderr, "argmine batch: read {}, analysed {}, errors {}, skipped {} (already done); {:.1f} MB in {:.1f} s\n",
             counts.read, counts.analysed, counts.errors, counts.skipped, static_cast<double>(counts.bytes) / 1e6, secs);
  if (!st.ok()) return fail(st.error());
  return 0;
}

struct ReportArgs {
  std::vector<std::string> inputs;
  std::string format = "markdown";
  std::string out;
  ReportOptions options;
};

int run_report(const ReportArgs& a) {
  CorpusReport report(a.options);
  for (const auto& path : a.inputs) {
    auto lines = LineReader::open(path);
    if (!lines) return fail(lines.error());
    std::string line;
    for (;;) {
      auto st = (*lines)->next(line);
      if (!st) return fail(st.error());
      if (*st == LineStatus::end) break;
      if (*st == LineStatus::too_long) {
        return fail(Error(Errc::invalid_input, "line too long", path, (*lines)->line_number()));
      }
      Status added = report.add_line(line, path, (*lines)->line_number());
      if (!added.ok()) return fail(added.error());
    }
  }
  const std::string text = a.format == "json" ? report.json() : a.format == "html" ? report.html() : report.markdown();
  if (!a.out.empty()) {
    Status w = write_file(a.out, text);
    if (!w.ok()) return fail(w.error());
    return 0;
  }
  Output out;
  out.buffer() = text;
  return 0;
}

}  // namespace

void add_report(CLI::App& app, std::function<int()>& action) {
  auto a = std::make_shared<ReportArgs>();
  auto* cmd = app.add_subcommand("report", "What a corpus says, from batch output: analogies by event, decade, "
                                           "outlet and time; holders of opposing positions; stance per target");
  cmd->add_option("inputs", a->inputs, "Output files of argmine batch (.zst/.gz too)")->required();
  cmd->add_option("--format", a->format, "markdown, json or html")
      ->check(CLI::IsMember({"markdown", "json", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--out", a->out, "Write to this file instead of standard output");
  cmd->add_option("--label", a->options.label_field, "Field to break results down by (empty: none)")->capture_default_str();
  cmd->add_option("--outlet", a->options.outlet_field, "Field naming the outlet")->capture_default_str();
  cmd->add_option("--date", a->options.date_field, "Field with the date (results over time are per year)")
      ->capture_default_str();
  cmd->add_option("--top", a->options.top, "Rows of each ranking")->capture_default_str();
  cmd->add_option("--title", a->options.title, "Title of the report")->capture_default_str();
  cmd->callback([a, &action] { action = [a] { return run_report(*a); }; });
}

void add_batch(CLI::App& app, std::function<int()>& action) {
  auto a = std::make_shared<BatchArgs>();
  auto* cmd = app.add_subcommand("batch", "Analyse a corpus: JSONL (id, text, other fields; .zst/.gz) or a folder "
                                          "of .txt files; one JSON line per document, in input order");
  cmd->add_option("input", a->input, "JSONL file (.jsonl, .zst, .gz, or - for standard input) or folder")->required();
  cmd->add_option("-o,--out", a->out, "Output file (default: standard output)");
  cmd->add_option("--threads", a->threads, "Worker threads (0: all cores); results do not depend on it")
      ->capture_default_str();
  cmd->add_flag("--full", a->full, "The full summary of each document (docs/summary-schema.md)");
  cmd->add_flag("--resume", a->resume, "Skip documents whose id is already in --out, and append");
  cmd->add_option("--model", a->model, "Role model (default: the one trained on corpus/)");
  add_analogy_model_options(*cmd, a->analogy_model);
  cmd->add_option("--chunk", a->chunk, "Documents in flight at once (bounds memory)")->capture_default_str();
  cmd->add_option("--max-bytes", a->max_bytes, "Longest document accepted; longer ones are error records")
      ->capture_default_str();
  cmd->add_option("--id-field", a->id_field, "JSONL field holding the id")->capture_default_str();
  cmd->add_option("--text-field", a->text_field, "JSONL field holding the text")->capture_default_str();
  cmd->add_option("--date-field", a->date_field,
                  "JSONL field holding the publication date; its year decides what is past for analogies")
      ->capture_default_str();
  cmd->add_option("--title-field", a->title_field,
                  "JSONL field holding the headline, a hint to the thesis")
      ->capture_default_str();
  cmd->add_option("--progress", a->progress, "Progress on stderr: auto (on a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->callback([a, &action] { action = [a] { return run_batch_cli(*a); }; });
}

}  // namespace argmine::cli
