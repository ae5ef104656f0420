// Tokenize + sentence split throughput on the news corpus, per engine, against plain ICU iteration.
// Single thread; MB/s is per core. Median of several runs, all engines measured in the same process.
#include "harness.hpp"

#include <argmine/text/tokenizer.hpp>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdio>
#include <memory>

using namespace argmine;

namespace {

// The reference point the issue quotes: ICU word and sentence iterators over each article, no rules.
std::size_t plain_icu(const std::vector<bench::Article>& docs) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), st));
  std::unique_ptr<icu::BreakIterator> sents(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), st));
  UText ut = UTEXT_INITIALIZER;
  std::size_t n = 0;
  for (const auto& d : docs) {
    utext_openUTF8(&ut, d.text.data(), static_cast<int64_t>(d.text.size()), &st);
    words->setText(&ut, st);
    for (auto b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) {
      if (words->getRuleStatus() != UBRK_WORD_NONE) ++n;
    }
    sents->setText(&ut, st);
    for (auto b = sents->first(); b != icu::BreakIterator::DONE; b = sents->next()) ++n;
  }
  utext_close(&ut);
  return n;
}

}  // namespace

int main() {
  const auto docs = bench::load_news();
  const double mb = static_cast<double>(bench::total_bytes(docs)) / 1e6;
  const int runs = bench::runs();
  std::printf("tokenize + sentence split, news-allsides: %zu articles, %.1f MB, median of %d runs, 1 thread\n\n",
              docs.size(), mb, runs);
  std::printf("%-22s %10s %14s %8s\n", "engine", "MB/s", "tokens/s", "vs ICU");

  struct Engine {
    const char* name;
    TokenizerEngine engine;
  };
  const Engine engines[] = {{"argmine fast", TokenizerEngine::fast},
                            {"argmine icu-utf8", TokenizerEngine::icu_utf8},
                            {"argmine icu-utf16", TokenizerEngine::icu_utf16}};
  std::size_t sink = 0;
  const double icu_s = bench::median(bench::time_runs(runs, [&] { sink += plain_icu(docs); }));
  for (const auto& e : engines) {
    TokenizerOptions opt;
    opt.engine = e.engine;
    opt.invalid_utf8 = Utf8Policy::replace;
    Tokenizer tok(opt);
    Document doc;
    std::size_t tokens = 0;
    const double s = bench::median(bench::time_runs(runs, [&] {
      tokens = 0;
      for (const auto& d : docs) {
        (void)tok.tokenize(d.text, doc);
        tokens += doc.tokens().size();
      }
    }));
    std::printf("%-22s %10.1f %14.0f %7.2fx\n", e.name, mb / s, static_cast<double>(tokens) / s, icu_s / s);
  }
  std::printf("%-22s %10.1f %14s %7.2fx\n", "plain ICU word+sentence", mb / icu_s, "-", 1.0);
  return sink == 42 ? 1 : 0;
}
