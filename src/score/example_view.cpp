#include "score/example_view.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace argmine::detail {

namespace {

TokenizerOptions lenient() {
  TokenizerOptions o;
  o.invalid_utf8 = Utf8Policy::replace;
  return o;
}

}  // namespace

ExampleView::ExampleView(bool tag_units) : tokenizer_(lenient()) {
  if (tag_units) tagger_ = std::make_unique<Tagger>();
}

Result<ExampleView::Range> ExampleView::resolve(const Example& e, std::size_t index) {
  auto name = [&] { return !e.id.empty() ? e.id : index ? fmt::format("example {}", index) : std::string(); };
  if (e.document) {
    if (e.begin > e.end || e.end > e.document->size()) {
      return Error(Errc::invalid_argument,
                   fmt::format("span {}..{} outside its document of {} bytes", e.begin, e.end, e.document->size()),
                   name());
    }
    if (held_ != e.document || held_year_ != e.document_year) {  // a new document: tokenize and tag it once
      held_ = e.document;
      held_year_ = e.document_year;
      Status st = tokenizer_.tokenize(*held_, doc_);
      if (!st.ok()) {
        held_.reset();
        return std::move(st).error().with_input(name());
      }
      if (tagger_) tagger_->tag(doc_, units_, e.document_year);
    }
    const auto tokens = doc_.tokens();
    auto at = [&](std::uint32_t byte) {
      return static_cast<std::uint32_t>(
          std::lower_bound(tokens.begin(), tokens.end(), byte, [](const Token& t, std::uint32_t b) { return t.begin < b; }) -
          tokens.begin());
    };
    return Range{&doc_, at(e.begin), at(e.end), tagger_ ? &units_ : nullptr};
  }
  held_.reset();
  text_.assign(e.text);
  Status st = tokenizer_.tokenize(text_, doc_);
  if (!st.ok()) return std::move(st).error().with_input(name());
  if (tagger_) tagger_->tag(doc_, units_);
  return Range{&doc_, 0, static_cast<std::uint32_t>(doc_.tokens().size()), tagger_ ? &units_ : nullptr};
}

}  // namespace argmine::detail
