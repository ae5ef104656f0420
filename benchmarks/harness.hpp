// Shared harness of argmine's benchmarks: the news corpus from ../shared, timing, medians, reports.
#pragma once

#include <argmine/corpus/line_reader.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace argmine::bench {

/// One article of ../shared/data/news-allsides.
struct Article {
  std::string id, source, date, bias, topic;
  std::string text;
};

/// Path of the news corpus: $ARGMINE_NEWS, else ../shared/data/news-allsides/allsides-12k.jsonl.zst beside the
/// source tree. Empty when absent.
inline std::string news_path() {
  if (const char* env = std::getenv("ARGMINE_NEWS")) return env;
  const std::filesystem::path p =
      std::filesystem::path(ARGMINE_SOURCE_DIR) / ".." / "shared" / "data" / "news-allsides" / "allsides-12k.jsonl.zst";
  return std::filesystem::exists(p) ? p.string() : std::string();
}

/// Loads up to `max_docs` articles (all when 0). Exits with a message when the corpus is missing or broken.
inline std::vector<Article> load_news(std::size_t max_docs = 0) {
  const std::string path = news_path();
  if (path.empty()) {
    std::printf("skip: ../shared/data/news-allsides not found (set ARGMINE_NEWS)\n");
    std::exit(0);
  }
  auto reader = LineReader::open(path);
  if (!reader) {
    std::fprintf(stderr, "%s\n", reader.error().to_string().c_str());
    std::exit(1);
  }
  std::vector<Article> out;
  std::string line;
  for (;;) {
    auto st = (*reader)->next(line);
    if (!st) {
      std::fprintf(stderr, "%s\n", st.error().to_string().c_str());
      std::exit(1);
    }
    if (*st == LineStatus::end || (max_docs && out.size() >= max_docs)) break;
    if (*st != LineStatus::line) continue;
    auto j = nlohmann::json::parse(line);
    out.push_back(Article{j.value("id", ""), j.value("source", ""), j.value("date", ""), j.value("bias", ""),
                          j.value("topic", ""), j.value("text", "")});
  }
  return out;
}

inline std::size_t total_bytes(const std::vector<Article>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs) n += d.text.size();
  return n;
}

/// Runs `fn` `runs` times (after one warm-up run) and returns the seconds of each run.
inline std::vector<double> time_runs(int runs, const std::function<void()>& fn) {
  fn();
  std::vector<double> s;
  for (int r = 0; r < runs; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    s.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return s;
}

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Number of runs: $ARGMINE_BENCH_RUNS, default 5.
inline int runs() {
  if (const char* env = std::getenv("ARGMINE_BENCH_RUNS")) return std::max(1, std::atoi(env));
  return 5;
}

}  // namespace argmine::bench
