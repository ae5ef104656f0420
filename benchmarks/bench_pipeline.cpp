// Every stage on the news corpus, one thread: tokenize, tag, score (the role model on every sentence),
// the three together, and the whole summary (assembly, stance) with and without its JSON. MB/s and
// documents/s per core, median of several runs; all rows of one run share the machine's state, so their
// ratios are the numbers to trust when the machine is noisy.
#include "harness.hpp"

#include <argmine/corpus/batch.hpp>
#include <argmine/score/data.hpp>
#include <argmine/score/default_models.hpp>
#include <argmine/score/model.hpp>
#include <argmine/summarize/structure.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <cstdio>

using namespace argmine;

int main() {
  const auto docs = bench::load_news();
  const double mb = static_cast<double>(bench::total_bytes(docs)) / 1e6;
  const int runs = bench::runs();
  auto model = load_default_model("roles");
  if (!model) {
    std::fprintf(stderr, "%s\n", model.error().to_string().c_str());
    return 1;
  }
  Tokenizer tokenizer;
  Tagger tagger;
  Scorer scorer(*model);
  std::vector<Document> tokenized(docs.size());
  std::vector<Annotations> tagged(docs.size());
  std::vector<float> scores((*model)->labels().size());
  float sink = 0;

  auto tokenize_all = [&] {
    for (std::size_t i = 0; i < docs.size(); ++i) (void)tokenizer.tokenize(docs[i].text, tokenized[i]);
  };
  auto tag_all = [&] {
    for (std::size_t i = 0; i < docs.size(); ++i) tagger.tag(tokenized[i], tagged[i]);
  };
  auto score_doc = [&](const Document& d, const Annotations& a) {
    const auto sentences = d.sentences();
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      scorer.scores(d, sentences[s].first_token, sentences[s].end_token, sentence_position(s, sentences.size()), &a,
                    scores);
      sink += scores[0];
    }
  };
  auto score_all = [&] {
    for (std::size_t i = 0; i < docs.size(); ++i) score_doc(tokenized[i], tagged[i]);
  };
  Document doc;
  Annotations units;
  auto end_to_end = [&] {
    for (const auto& a : docs) {
      (void)tokenizer.tokenize(a.text, doc);
      tagger.tag(doc, units);
      score_doc(doc, units);
    }
  };
  SummarizerOptions so;
  so.role_model = *model;
  auto summarizer = Summarizer::create(so);
  if (!summarizer) return 1;
  ArgumentStructure st;
  std::size_t json_bytes = 0;
  auto summarize_all = [&](bool json) {
    for (const auto& a : docs) {
      (void)summarizer->analyze(a.text, st);
      if (json) json_bytes += batch_analysis_json(st, summarizer->doc()).size();
    }
  };

  struct Row {
    const char* name;
    std::function<void()> fn;
  };
  const Row rows[] = {
      {"tokenize", tokenize_all},
      {"tag (tokens given)", tag_all},
      {"score: role model, every sentence", score_all},
      {"tokenize + tag + score", end_to_end},
      {"summarize (+ structure, stance)", [&] { summarize_all(false); }},
      {"summarize + compact JSON (batch)", [&] { summarize_all(true); }},
  };
  std::printf("pipeline stages, news-allsides: %zu articles, %.1f MB, median of %d runs, 1 thread\n\n", docs.size(),
              mb, runs);
  std::printf("%-36s %8s %10s %8s\n", "stage", "MB/s", "docs/s", "ms/doc");
  for (const Row& r : rows) {
    const double s = bench::median(bench::time_runs(runs, r.fn));
    std::printf("%-36s %8.1f %10.0f %8.3f\n", r.name, mb / s, static_cast<double>(docs.size()) / s,
                1e3 * s / static_cast<double>(docs.size()));
  }
  if (sink == 12345.f || json_bytes == 1) std::printf(" ");
  return 0;
}
