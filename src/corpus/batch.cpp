#include <argmine/corpus/batch.hpp>
#include <argmine/corpus/line_reader.hpp>
#include <argmine/io.hpp>
#include <argmine/json.hpp>
#include <argmine/summarize/render.hpp>
#include <argmine/tag/format.hpp>
#include <argmine/tag/gazetteer.hpp>

#include "corpus/jsonl_document.hpp"
#include "util/append_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

namespace argmine {

std::int32_t year_of_date(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j - i == 4) {
      const int y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
      if (y >= 1600 && y < 2200) return y;
    }
    i = j;
  }
  return 0;
}

namespace {

namespace fs = std::filesystem;

class JsonlReader final : public CorpusReader {
 public:
  JsonlReader(std::unique_ptr<LineReader> lines, CorpusReaderOptions o, std::uint64_t total)
      : lines_(std::move(lines)), options_(std::move(o)), total_(total) {}

  // Reads the raw line only; `run_batch` parses it on a worker (`parse_jsonl_document`).
  Result<bool> next_raw(CorpusDocument& d) {
    d = CorpusDocument{};
    for (;;) {
      auto st = lines_->next(d.text);
      if (!st) return std::move(st).error();
      if (*st == LineStatus::end) return false;
      d.line = lines_->line_number();
      if (*st == LineStatus::too_long) {
        d.id = "null";
        d.key = fmt::format("#{}", d.line);
        d.error = fmt::format("line {}: longer than {} bytes", d.line, options_.max_document_bytes);
        return true;
      }
      if (d.text.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines are not documents
      return true;
    }
  }
  Result<bool> next(CorpusDocument& d) override {
    auto more = next_raw(d);
    if (!more || !*more) return more;
    if (d.error.empty()) detail::parse_jsonl_document(d, options_);
    return true;
  }
  std::uint64_t bytes_consumed() const noexcept override { return lines_->bytes_consumed(); }
  std::uint64_t total_bytes() const noexcept override { return total_; }
  const std::string& name() const noexcept override { return lines_->name(); }
  const CorpusReaderOptions& options() const { return options_; }

 private:
  std::unique_ptr<LineReader> lines_;
  CorpusReaderOptions options_;
  std::uint64_t total_;
};

class DirectoryReader final : public CorpusReader {
 public:
  DirectoryReader(std::string name, std::vector<fs::path> files, CorpusReaderOptions o)
      : name_(std::move(name)), files_(std::move(files)), options_(std::move(o)) {
    for (const auto& f : files_) {
      std::error_code ec;
      total_ += fs::file_size(f, ec);
    }
  }
  Result<bool> next(CorpusDocument& d) override {
    if (next_ == files_.size()) return false;
    d = CorpusDocument{};
    const fs::path& f = files_[next_++];
    d.line = next_;
    d.key = f.filename().string();
    d.id.clear();
    append_json_string(d.id, d.key);
    d.fields = ",\"path\":";
    append_json_string(d.fields, f.string());
    std::error_code ec;
    const auto size = fs::file_size(f, ec);
    if (!ec && size > options_.max_document_bytes) {
      d.error = fmt::format("{}: longer than {} bytes", d.key, options_.max_document_bytes);
      consumed_ += size;
      return true;
    }
    auto text = read_file(f.string());
    if (!text) {
      d.error = text.error().to_string();
    } else {
      consumed_ += text->size();
      d.text = std::move(*text);
    }
    return true;
  }
  std::uint64_t bytes_consumed() const noexcept override { return consumed_; }
  std::uint64_t total_bytes() const noexcept override { return total_; }
  const std::string& name() const noexcept override { return name_; }

 private:
  std::string name_;
  std::vector<fs::path> files_;
  CorpusReaderOptions options_;
  std::size_t next_ = 0;
  std::uint64_t total_ = 0, consumed_ = 0;
};

void span_json(std::string& out, std::string_view text, Span s) {
  detail::append_format(out, FMT_COMPILE(R"({{"begin":{},"end":{},"text":)"), s.begin, s.end);
  append_json_string(out, text.substr(s.begin, s.end - s.begin));
  out += '}';
}

// A pool of threads that run one function over the indexes [0, n) of a chunk, each thread with its own
// state (a Summarizer). `start` returns at once; `wait` blocks until the chunk is done.
class Pool {
 public:
  Pool(unsigned threads, std::function<void(unsigned worker, std::size_t index)> work) : work_(std::move(work)) {
    for (unsigned t = 0; t < threads; ++t) threads_.emplace_back([this, t] { loop(t); });
  }
  ~Pool() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }
  void start(std::size_t n) {
    {
      std::lock_guard lock(mutex_);
      n_ = n;
      next_ = 0;
      done_ = 0;
      ++generation_;
    }
    wake_.notify_all();
  }
  void wait() {
    std::unique_lock lock(mutex_);
    finished_.wait(lock, [&] { return done_ == n_; });
  }

 private:
  void loop(unsigned worker) {
    std::uint64_t seen = 0;
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
        if (stop_) return;
        seen = generation_;
      }
      std::size_t finished_here = 0;
      for (;;) {
        const std::size_t i = next_.fetch_add(1);
        if (i >= n_) break;
        work_(worker, i);
        ++finished_here;
      }
      {
        std::lock_guard lock(mutex_);
        done_ += finished_here;
        if (done_ == n_) finished_.notify_all();
      }
    }
  }

  std::function<void(unsigned, std::size_t)> work_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable wake_, finished_;
  std::atomic<std::size_t> next_{0};
  std::size_t n_ = 0, done_ = 0;
  std::uint64_t generation_ = 0;
  bool stop_ = false;
};

}  // namespace

Result<std::unique_ptr<CorpusReader>> CorpusReader::open(const std::string& path, const CorpusReaderOptions& o) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(path, ec)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    if (ec) return Error(Errc::io, ec.message(), path);
    std::sort(files.begin(), files.end());
    return std::unique_ptr<CorpusReader>(new DirectoryReader(path, std::move(files), o));
  }
  LineReaderOptions lo;
  lo.max_line_bytes = o.max_document_bytes;
  auto lines = LineReader::open(path, lo);
  if (!lines) return std::move(lines).error();
  std::uint64_t total = 0;
  if (path != "-") {
    const auto size = fs::file_size(path, ec);
    if (!ec) total = size;
  }
  return std::unique_ptr<CorpusReader>(new JsonlReader(std::move(*lines), o, total));
}

std::string batch_analysis_json(const ArgumentStructure& st, const Document& doc) {
  const std::string_view text = doc.text();
  const Gazetteer& gaz = *Gazetteer::builtin();
  std::string out = fmt::format(R"({{"bytes":{},"sentences":[)", text.size());
  for (std::size_t i = 0; i < st.sentences.size(); ++i) {
    const SentenceRole& s = st.sentences[i];
    detail::append_format(out, FMT_COMPILE(R"({}{{"begin":{},"end":{},"role":"{}"}})"), i ? "," : "", s.span.begin,
                          s.span.end, s.argumentative ? to_string(s.role) : std::string_view("aside"));
  }
  out += R"(],"thesis":)";
  if (st.thesis >= 0) span_json(out, text, st.units[static_cast<std::size_t>(st.thesis)].span);
  else out += "null";
  out += R"(,"units":[)";
  for (std::size_t i = 0; i < st.units.size(); ++i) {
    const Unit& u = st.units[i];
    detail::append_format(out, FMT_COMPILE(R"({}{{"type":"{}","begin":{},"end":{},"rule":"{}")"), i ? "," : "",
                          to_string(u.type), u.span.begin, u.span.end, u.rule);
    if (u.type == UnitType::evidence) {
      detail::append_format(out, FMT_COMPILE(R"(,"evidence":"{}")"), to_string(u.evidence));
    }
    if (!u.holder.empty()) {
      out += R"(,"holder":)";
      append_json_string(out, text.substr(u.holder.begin, u.holder.end - u.holder.begin));
    }
    out += '}';
  }
  out += R"(],"positions":[)";
  for (std::size_t i = 0; i < st.oppositions.size(); ++i) {
    const Opposition& o = st.oppositions[i];
    const Unit& first = st.units[o.counterclaims.front()];
    detail::append_format(out, FMT_COMPILE(R"({}{{"begin":{},"end":{},"holders":[)"), i ? "," : "", first.span.begin,
                          first.span.end);
    for (std::size_t k = 0; k < o.holders.size(); ++k) {
      if (k) out += ',';
      append_json_string(out, text.substr(o.holders[k].begin, o.holders[k].end - o.holders[k].begin));
    }
    detail::append_format(out, FMT_COMPILE(R"(],"rebuttals":{},"concessions":{}}})"), o.rebuttals.size(),
                          o.concessions.size());
  }
  out += R"(],"analogies":[)";
  for (std::size_t i = 0; i < st.analogies.size(); ++i) {
    const AnalogyView& a = st.analogies[i];
    const Unit& u = st.units[a.unit];
    detail::append_format(out, FMT_COMPILE(R"({}{{"begin":{},"end":{},"source":)"), i ? "," : "", u.span.begin,
                          u.span.end);
    if (u.source.empty()) out += "null";
    else append_json_string(out, text.substr(u.source.begin, u.source.end - u.source.begin));
    out += R"(,"event":)";
    if (u.gazetteer_entry >= 0 && static_cast<std::size_t>(u.gazetteer_entry) < gaz.size()) {
      append_json_string(out, gaz.entry(static_cast<std::size_t>(u.gazetteer_entry)).name);
    } else {
      out += "null";
    }
    const std::string year = year_text(u.year, u.decade);
    out += R"(,"year":)";
    if (year.empty()) out += "null";
    else append_json_string(out, year);
    out += R"(,"use":)";
    if (u.use == AnalogyUse::none) out += "null";
    else append_json_string(out, to_string(u.use));
    out += R"(,"target":)";
    if (a.target.empty()) out += "null";
    else append_json_string(out, text.substr(a.target.begin, a.target.end - a.target.begin));
    if (u.probability > 0.0f) {  // a model's find
      detail::append_format(out, FMT_COMPILE(R"(,"probability":{:.4f})"), u.probability);
    }
    out += '}';
  }
  out += R"(],"stance":[)";
  for (std::size_t i = 0; i < st.stance.size(); ++i) {
    const TargetStance& t = st.stance[i];
    out += i ? ",{\"target\":" : "{\"target\":";
    append_json_string(out, t.name);
    detail::append_format(out, FMT_COMPILE(R"(,"kind":"{}","stance":"{}","mild":{},"score":{:.2f},"mentions":{}}})"),
                       t.kind == TargetStance::Kind::entity ? "entity" : "position", to_string(t.stance),
                       t.mild ? "true" : "false", t.score, t.mentions.size());
  }
  out += R"(],"notes":[)";
  for (std::size_t i = 0; i < st.notes.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, st.notes[i]);
  }
  out += "]}";
  return out;
}

Status run_batch(CorpusReader& input, const std::function<Status(std::string_view)>& write, const BatchOptions& o,
                 BatchCounts& counts) {
  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  // One Summarizer per worker; creating the first checks the model loads.
  std::vector<Summarizer> summarizers;
  for (unsigned t = 0; t < threads; ++t) {
    auto s = Summarizer::create(o.summarizer);
    if (!s) return std::move(s).error();
    summarizers.push_back(std::move(*s));
  }
  auto* jsonl = dynamic_cast<JsonlReader*>(&input);
  struct Slot {
    CorpusDocument doc;
    std::string out;  // the output line; empty when skipped
    bool analysed = false;
  };
  std::vector<Slot> chunk(std::max<std::size_t>(o.chunk_documents, 1)), next_chunk(chunk.size());
  std::vector<ArgumentStructure> structures(threads);
  Pool pool(threads, [&](unsigned worker, std::size_t i) {
    Slot& slot = chunk[i];
    CorpusDocument& d = slot.doc;
    if (jsonl && d.error.empty()) detail::parse_jsonl_document(d, jsonl->options());
    slot.out.clear();
    slot.analysed = false;
    if (o.skip && o.skip->count(d.key)) return;
    slot.out = fmt::format(R"({{"line":{},"id":{}{})", d.line, d.id, d.fields);
    if (d.error.empty()) {
      Summarizer& s = summarizers[worker];
      Status st = s.analyze(d.text, structures[worker], fmt::format("line {}", d.line), d.year, d.title);
      if (st.ok()) {
        slot.out += R"(,"analysis":)";
        slot.out += o.full ? render_summary(structures[worker], s.doc(), SummaryFormat::json)
                           : batch_analysis_json(structures[worker], s.doc());
        while (!slot.out.empty() && slot.out.back() == '\n') slot.out.pop_back();
        slot.analysed = true;
      } else {
        d.error = st.error().to_string();
      }
    }
    if (!d.error.empty()) {
      slot.out += R"(,"error":)";
      append_json_string(slot.out, d.error);
    }
    slot.out += '}';
  });

  const auto t0 = std::chrono::steady_clock::now();
  // Read a chunk, then: analyse it on the pool while reading the next one, write it in order, repeat.
  auto fill = [&](std::vector<Slot>& into, std::size_t& n) -> Status {
    n = 0;
    while (n < into.size()) {
      auto more = jsonl ? jsonl->next_raw(into[n].doc) : input.next(into[n].doc);
      if (!more) return std::move(more).error();
      if (!*more) break;
      ++n;
    }
    return {};
  };
  std::size_t n = 0, n_next = 0;
  if (Status st = fill(chunk, n); !st.ok()) return st;
  while (n > 0) {
    pool.start(n);
    Status read_status = fill(next_chunk, n_next);
    pool.wait();
    for (std::size_t i = 0; i < n; ++i) {
      Slot& slot = chunk[i];
      ++counts.read;
      if (slot.out.empty()) {
        ++counts.skipped;
        continue;
      }
      if (slot.analysed) {
        ++counts.analysed;
        counts.bytes += slot.doc.text.size();
      } else {
        ++counts.errors;
      }
      if (Status w = write(slot.out); !w.ok()) return w;
    }
    if (o.progress) {
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      o.progress(BatchProgress{counts, secs, input.bytes_consumed(), input.total_bytes()});
    }
    if (!read_status.ok()) return read_status;
    std::swap(chunk, next_chunk);
    n = n_next;
  }
  return {};
}

}  // namespace argmine
