// Where an example's features come from: its text alone, or its span inside its document, tokenized and
// tagged whole (once for consecutive examples of one document). Training and Scorer::predict(Example) share it,
// so a model is trained on the features it is scored with.
#pragma once

#include <argmine/error.hpp>
#include <argmine/score/train.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <memory>
#include <string>

namespace argmine::detail {

class ExampleView {
 public:
  /// `tag_units`: also run the tagger (for models with unit features).
  explicit ExampleView(bool tag_units);

  /// Tokens [first, end) of `doc` are the example; `units` the tagger's units of `doc` (null without tagging).
  struct Range {
    const Document* doc = nullptr;
    std::uint32_t first = 0, end = 0;
    const Annotations* units = nullptr;
  };
  /// Fails when the example's document span is out of range or the text cannot be tokenized; the error names
  /// the example by its id, else as "example `index`" (from 1; 0 names nothing).
  Result<Range> resolve(const Example& e, std::size_t index);

 private:
  Tokenizer tokenizer_;
  std::unique_ptr<Tagger> tagger_;
  Document doc_;
  Annotations units_;
  std::string text_;                         // a text-alone example's text
  std::shared_ptr<const std::string> held_;  // the document `doc_` was built from, when in context
  std::int32_t held_year_ = 0;                // and the year it was tagged for
};

}  // namespace argmine::detail
