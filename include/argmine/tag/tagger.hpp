// argmine/tag/tagger.hpp — stage 2: a tokenized document to argumentative units.
//
// The rules are Boost.Spirit X3 grammars over tokens (in src/tag/grammar/), tried only where a cue word
// can start them (a hash dispatch on each token's normalized form), plus sentence-level assembly: which
// sentences are claims, counterclaims (with their holders), rebuttals (linked to the counterclaims they
// answer), concessions, evidence (typed), analogies (with source, year, target and use) and precedents.
// Every unit names the rule that fired. Matching is linear in the length of the text: each rule looks at a
// bounded window of tokens, and there is no backtracking across windows.
//
// Thread safety: a Tagger holds scratch buffers; use one per thread (they can share one Gazetteer).
#pragma once

#include <argmine/error.hpp>
#include <argmine/tag/gazetteer.hpp>
#include <argmine/tag/units.hpp>
#include <argmine/text/document.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace argmine {

/// Options of `Tagger`.
struct TaggerOptions {
  /// Historical entries the analogy and precedent rules recognise. Default (null): `Gazetteer::builtin()`.
  std::shared_ptr<const Gazetteer> gazetteer;
  /// Year the texts were written, for telling past years from present ones ("in 2016" is present in a 2016
  /// op-ed; "a pandemic like COVID-19" is no analogy in 2020). Default 0: the latest year the document
  /// mentions when it is within twelve years of the current year, else the current year. Give the real year
  /// for dated corpora (`argmine batch` takes it from each document's date field).
  std::int32_t document_year = 0;
  /// Emit hedge and booster cue units. Default true.
  bool hedges_and_boosters = true;
  /// Emit attribution units (holder + verb) besides the counterclaims and testimony they support. Default true.
  bool attributions = true;
};

class Tagger {
 public:
  explicit Tagger(const TaggerOptions& options = {});
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  const TaggerOptions& options() const noexcept;

  /// Finds the units of `doc` into `out` (reusing its storage).
  void tag(const Document& doc, Annotations& out);
  /// The same for a document written in `document_year` (its publication date), which decides what is past
  /// for this call; 0 falls back to `TaggerOptions::document_year`.
  void tag(const Document& doc, Annotations& out, std::int32_t document_year);
  Annotations tag(const Document& doc);

 private:
  // The summarizer reads the tagger's token hashes of the document it just tagged instead of hashing every
  // token again (a twentieth of a corpus run).
  friend class Summarizer;
  /// The case-folded hash of every token of the document last tagged (the values of detail::token_hashes);
  /// false when the tagger's view left tokens out (link text), and `out` is then not written.
  bool last_token_hashes(std::vector<std::uint64_t>& out) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace argmine
