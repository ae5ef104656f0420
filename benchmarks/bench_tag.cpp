// Tokenize + tag throughput on the news corpus, one thread: MB/s per core, median of several runs, with the
// tagging share measured in the same run.
#include "harness.hpp"

#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <cstdio>

using namespace argmine;

int main() {
  const auto docs = bench::load_news();
  const double mb = static_cast<double>(bench::total_bytes(docs)) / 1e6;
  const int runs = bench::runs();
  Tokenizer tok;
  Tagger tagger;
  std::vector<Document> tokenized(docs.size());
  std::size_t units = 0;
  const double tok_s = bench::median(bench::time_runs(runs, [&] {
    for (std::size_t i = 0; i < docs.size(); ++i) (void)tok.tokenize(docs[i].text, tokenized[i]);
  }));
  Annotations ann;
  const double tag_s = bench::median(bench::time_runs(runs, [&] {
    units = 0;
    for (const auto& d : tokenized) {
      tagger.tag(d, ann);
      units += ann.units.size();
    }
  }));
  Document doc;
  const double both_s = bench::median(bench::time_runs(runs, [&] {
    for (const auto& d : docs) {
      (void)tok.tokenize(d.text, doc);
      tagger.tag(doc, ann);
    }
  }));
  std::printf("tokenize + tag, news-allsides: %zu articles, %.1f MB, median of %d runs, 1 thread\n\n", docs.size(), mb,
              runs);
  std::printf("%-20s %8s\n", "stage", "MB/s");
  std::printf("%-20s %8.1f\n", "tokenize", mb / tok_s);
  std::printf("%-20s %8.1f   (%zu units, %.0f units/s)\n", "tag", mb / tag_s, units, static_cast<double>(units) / tag_s);
  std::printf("%-20s %8.1f\n", "tokenize + tag", mb / both_s);
  return 0;
}
