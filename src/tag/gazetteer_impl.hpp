// Inside of Gazetteer, shared with the tagger: the entries and their alias matcher.
#pragma once

#include <argmine/tag/gazetteer.hpp>
#include <argmine/text/tokenizer.hpp>

#include "tag/phrase_matcher.hpp"

namespace argmine {

struct Gazetteer::Impl {
  std::vector<GazetteerEntry> entries;
  detail::PhraseMatcher matcher;  // alias tokens -> entry index
  Tokenizer tokenizer;            // splits aliases as documents are split

  void index(std::size_t i);
};

}  // namespace argmine
