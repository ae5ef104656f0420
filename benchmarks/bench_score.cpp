// Feature hashing + scoring throughput on the news corpus: every sentence of every article scored with a
// 3-label model, for several feature configurations, one thread. Tokenization is done beforehand and not
// timed (bench_tokenize measures it); the model is trained on SemEval stance data when ../shared has it
// (values do not change the speed, only the table size and the features do).
#include "harness.hpp"

#include <argmine/score/data.hpp>
#include <argmine/score/model.hpp>
#include <argmine/score/train.hpp>
#include <argmine/text/tokenizer.hpp>

#include <cstdio>
#include <filesystem>

using namespace argmine;

int main() {
  const auto docs = bench::load_news();
  const double mb = static_cast<double>(bench::total_bytes(docs)) / 1e6;
  const int runs = bench::runs();
  Tokenizer tok;
  std::vector<Document> tokenized(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) (void)tok.tokenize(docs[i].text, tokenized[i]);

  std::vector<Example> train_data;
  const auto semeval = std::filesystem::path(ARGMINE_SOURCE_DIR) / ".." / "shared" / "data" / "semeval2016-stance" /
                       "trainingdata-all-annotations.txt";
  if (auto ex = read_examples(semeval.string(), DataFormat::semeval)) train_data = std::move(*ex);
  if (train_data.empty()) {
    train_data = {{"good", "", "FAVOR", "1"}, {"bad", "", "AGAINST", "2"}, {"meh", "", "NONE", "3"}};
  }

  // Targets double the features (plain + conjoined): the role model's target is the sentence position,
  // the stance model's the stance target.
  struct Config {
    const char* name;
    int word_ngrams, char_min, char_max, hash_bits;
    const char* target;
  };
  const Config configs[] = {{"words 1-2, 2^18, no target", 2, 1, 0, 18, ""},
                            {"role model: words 1-2, 2^18, position", 2, 1, 0, 18, "middle"},
                            {"words 1-2, 2^20, position", 2, 1, 0, 20, "middle"},
                            {"words 1-2 + chars 3-5, 2^18, no target", 2, 3, 5, 18, ""},
                            {"stance: words 1-2 + chars 1-6, 2^20, target", 2, 1, 6, 20, "Hillary Clinton"}};
  std::printf("feature hashing + scoring, news-allsides: %zu articles, %.1f MB, median of %d runs, 1 thread\n\n",
              docs.size(), mb, runs);
  std::printf("%-46s %8s %14s\n", "features", "MB/s", "sentences/s");
  for (const auto& c : configs) {
    TrainOptions o;
    o.features.word_ngrams = c.word_ngrams;
    o.features.char_min = c.char_min;
    o.features.char_max = c.char_max;
    o.features.hash_bits = c.hash_bits;
    o.features.unit_features = false;
    o.epochs = 2;
    auto model = train(train_data, o);
    if (!model) {
      std::fprintf(stderr, "%s\n", model.error().to_string().c_str());
      return 1;
    }
    Scorer scorer(*model);
    std::vector<float> scores((*model)->labels().size());
    std::size_t sentences = 0;
    float sink = 0;
    const double s = bench::median(bench::time_runs(runs, [&] {
      sentences = 0;
      for (const auto& d : tokenized) {
        for (const Sentence& sent : d.sentences()) {
          scorer.scores(d, sent.first_token, sent.end_token, c.target, nullptr, scores);
          sink += scores[0];
          ++sentences;
        }
      }
    }));
    std::printf("%-46s %8.1f %14.0f\n", c.name, mb / s, static_cast<double>(sentences) / s);
    if (sink == 12345.f) std::printf(" ");
  }
  return 0;
}
