// Token-level primitive parsers for the X3 grammars, modelled on X3's char_parser: each tests one TagToken
// (its normalized hash, kind or shape) and advances by one. Plus two directives: capture<Slot>[p] records
// the tokens p matched, and name("rule") records which rule matched.
#pragma once

#include "tag/grammar/alternatives.hpp"
#include "tag/grammar/config.hpp"
#include "tag/hash_set.hpp"
#include "tag/token_hash.hpp"

#include <stdexcept>
#include <vector>

namespace argmine::detail::grammar {

/// One token whose normalized form is a given word: w("argue").
struct word_parser : x3::parser<word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::uint64_t hash;
  constexpr explicit word_parser(std::uint64_t h) : hash(h) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || first->hash != hash) return false;
    ++first;
    return true;
  }
};
constexpr word_parser w(std::string_view s) { return word_parser(token_hash(s)); }

/// One token whose normalized form is in a set: in(lexicon::report_verbs()).
struct set_parser : x3::parser<set_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const HashSet* set;
  explicit set_parser(const HashSet& s) : set(&s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || !set->contains(first->hash)) return false;
    ++first;
    return true;
  }
};
inline set_parser in(const HashSet& s) { return set_parser(s); }

/// One token for which a predicate holds.
template <class Pred>
struct pred_parser : x3::parser<pred_parser<Pred>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  Pred pred;
  constexpr explicit pred_parser(Pred p) : pred(p) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || !pred(*first)) return false;
    ++first;
    return true;
  }
};
template <class Pred>
constexpr pred_parser<Pred> token_if(Pred p) {
  return pred_parser<Pred>(p);
}

inline constexpr auto any_token = token_if([](const TagToken&) { return true; });
inline constexpr auto year_token = token_if([](const TagToken& t) { return t.is(kYear); });
inline constexpr auto decade_token = token_if([](const TagToken& t) { return t.is(kDecade); });
inline constexpr auto capitalized = token_if([](const TagToken& t) { return t.is(kCapitalized); });
inline constexpr auto number_token = token_if([](const TagToken& t) { return t.kind == TokenKind::number; });
/// Punctuation that ends a clause: , ; : . ! ? ... and dashes (not the hyphen inside "Federal-Aid").
inline constexpr auto clause_stop = token_if([](const TagToken& t) {
  if (t.kind == TokenKind::dash) return !(t.size == 1 && t.text[0] == '-');
  return t.kind == TokenKind::punctuation && t.size >= 1 && t.text[0] != '(' && t.text[0] != ')' &&
         t.text[0] != '[' && t.text[0] != ']';
});

/// capture<Slot>[p]: records the tokens p matched in the Match of the context.
template <Slot S, class Subject>
struct capture_directive : x3::unary_parser<Subject, capture_directive<S, Subject>> {
  using base = x3::unary_parser<Subject, capture_directive<S, Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit capture_directive(Subject const& s) : base(s) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    It start = first;
    if (!this->subject.parse(first, last, ctx, rctx, attr)) return false;
    Match& m = x3::get<match_tag>(ctx);
    m.begin[S] = start;
    m.end[S] = first;
    return true;
  }
};
template <Slot S>
struct capture_gen {
  template <class Subject>
  constexpr capture_directive<S, typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& s) const {
    return capture_directive<S, typename x3::extension::as_parser<Subject>::value_type>(x3::as_parser(s));
  }
};
template <Slot S>
inline constexpr capture_gen<S> capture{};

/// name("rule", flags): matches nothing and records the rule's name and flags. Put it last in a sequence.
struct name_parser : x3::parser<name_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::string_view rule;
  std::uint32_t flags;
  constexpr name_parser(std::string_view r, std::uint32_t f) : rule(r), flags(f) {}
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It&, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    Match& m = x3::get<match_tag>(ctx);
    m.rule = rule;
    m.flags |= flags;
    return true;
  }
};
constexpr name_parser name(std::string_view rule, std::uint32_t flags = 0) { return name_parser(rule, flags); }

// ---------------------------------------------------------------------------------------------------------
// First words: the words a parser can start with, read from the parser's own structure so that the tagger's
// dispatch can never disagree with the grammar. Each overload adds the parser's first words to `out` and
// returns whether it can match without consuming a token (then what follows it can start the match too). A
// parser type without an overload here does not compile, rather than giving a wrong set.

/// The first words of a parser: token hashes, or `any` when a token predicate can start it.
struct FirstWords {
  std::vector<std::uint64_t> words;
  bool any = false;
};

inline bool add_first_words(const word_parser& p, FirstWords& out) {
  out.words.push_back(p.hash);
  return false;
}
inline bool add_first_words(const set_parser& p, FirstWords& out) {
  for (std::uint64_t h : p.set->keys()) out.words.push_back(h);
  return false;
}
template <class Pred>
bool add_first_words(const pred_parser<Pred>&, FirstWords& out) {
  out.any = true;
  return false;
}
inline bool add_first_words(const name_parser&, FirstWords&) { return true; }
template <Slot S, class Subject>
bool add_first_words(const capture_directive<S, Subject>& p, FirstWords& out);
template <class L, class R>
bool add_first_words(const x3::sequence<L, R>& p, FirstWords& out);
template <class L, class R>
bool add_first_words(const x3::alternative<L, R>& p, FirstWords& out);
template <class L, class R>
bool add_first_words(const x3::difference<L, R>& p, FirstWords& out);
template <class Subject>
bool add_first_words(const x3::optional<Subject>& p, FirstWords& out);
template <class Subject>
bool add_first_words(const x3::and_predicate<Subject>& p, FirstWords& out);
template <class Subject, class Limit>
bool add_first_words(const x3::repeat_directive<Subject, Limit>& p, FirstWords& out);

template <Slot S, class Subject>
bool add_first_words(const capture_directive<S, Subject>& p, FirstWords& out) {
  return add_first_words(p.subject, out);
}
template <class L, class R>
bool add_first_words(const x3::sequence<L, R>& p, FirstWords& out) {
  return add_first_words(p.left, out) && add_first_words(p.right, out);
}
template <class L, class R>
bool add_first_words(const x3::alternative<L, R>& p, FirstWords& out) {
  const bool left = add_first_words(p.left, out);
  return add_first_words(p.right, out) || left;
}
template <class L, class R>
bool add_first_words(const x3::difference<L, R>& p, FirstWords& out) {
  return add_first_words(p.left, out);  // a superset: the difference only removes
}
template <class Subject>
bool add_first_words(const x3::optional<Subject>& p, FirstWords& out) {
  add_first_words(p.subject, out);
  return true;
}
template <class Subject>
bool add_first_words(const x3::and_predicate<Subject>& p, FirstWords& out) {
  add_first_words(p.subject, out);  // consumes nothing: a superset of what may stand there
  return true;
}
template <class Subject, class Limit>
bool add_first_words(const x3::repeat_directive<Subject, Limit>& p, FirstWords& out) {
  const bool empty_subject = add_first_words(p.subject, out);
  return empty_subject || p.repeat_limit.got_min(0);
}

/// Runs one alternative with the Match in the context (calling its parse directly: x3::parse with
/// x3::with would copy the whole expression, hundreds of bytes for the long ones, at every call).
template <auto const& Part>
bool parse_alternative(const TagToken*& first, const TagToken* last, Match& m) {
  const TagToken* it = first;
  context_type ctx(m);
  if (!Part.parse(it, last, ctx, x3::unused, x3::unused)) return false;
  first = it;
  return true;
}

template <auto const& Part>
Alternative make_alternative() {
  FirstWords fw;
  if (add_first_words(Part, fw)) throw std::logic_error("argmine grammar: an alternative can match nothing");
  if (fw.any) throw std::logic_error("argmine grammar: an alternative must start with a word, not a token test");
  return Alternative{std::move(fw.words), &parse_alternative<Part>};
}

/// A family's alternatives in the order given (the first that matches wins, as in an X3 alternative).
template <auto const&... Parts>
std::vector<Alternative> alternatives() {
  return {make_alternative<Parts>()...};
}

}  // namespace argmine::detail::grammar
