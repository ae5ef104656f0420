// Attribution rules: who says, argues, insists, worries ... that something is so. The tagger turns their
// matches into attribution units and, depending on the holder and the verb, into counterclaims or testimony.
#pragma once

#include "tag/grammar/attribution.hpp"
#include "tag/grammar/primitives.hpp"
#include "tag/lexicon.hpp"

namespace argmine::detail::grammar {
namespace attribution_parts {

using namespace lexicon;

inline auto const copula = w("are") | w("is") | w("'re") | w("'s") | w("were") | w("was") | w("seem") |
                           w("seems") | w("appear") | w("appears") | w("remain") | w("remains");
inline auto const intensity = w("so") | w("very") | w("increasingly") | w("quite") | w("all") | w("too");
// "are eager for", "seem anxious to", "were quick to"
// (not the author's prediction: "Democrats are sure to launch the inquiry", "certain to lose")
inline auto const eager = copula >> x3::repeat(0, 2)[intensity] >>
                          (in(eager_adjectives()) - ((w("sure") | w("certain")) >> w("to")));
inline auto const report = in(report_verbs());
// Where a holder's noun phrase ends ("'s" is a possessive there: "Some of Brandt's backers").
// One switch rather than a chain of word parsers: it is tried at every word of every holder.
inline constexpr auto holder_stop_word = token_if([](const TagToken& t) {
  switch (t.hash) {
    case "that"_h: case "who"_h: case "which"_h: case "what"_h: case "where"_h: case "when"_h: case "how"_h:
    case "why"_h: case "but"_h: case "because"_h:
    // a copula (not "'s", a possessive there: "Some of Brandt's backers")
    case "are"_h: case "is"_h: case "'re"_h: case "were"_h: case "was"_h: case "seem"_h: case "seems"_h:
    case "appear"_h: case "appears"_h: case "remain"_h: case "remains"_h:
    // a passive is no holder's act: "“all women” should be believed"
    case "be"_h: case "been"_h: case "being"_h:
    // a prescription is the author's, not the holder's act: "Conservatives should reject", "parents must show"
    case "should"_h: case "must"_h: case "ought"_h: case "shouldn't"_h: case "mustn't"_h:
      return true;
    default:
      return false;
  }
});
inline auto const holder_stop = clause_stop | holder_stop_word | report;
inline auto const adverbs = x3::repeat(0, 2)[in(report_adverbs())];
inline auto const possessive = w("the") | w("his") | w("her") | w("their") | w("its") | w("our") | w("your");
inline auto const holder_head = in(quantifiers()) | in(opposition_nouns()) | in(opening_group_nouns()) |
                                (possessive >> x3::repeat(0, 2)[any_token - holder_stop - in(opposition_nouns()) -
                                                                 in(group_nouns())] >>
                                 (in(opposition_nouns()) | in(group_nouns())));
inline auto const passive_report = w("said") | w("argued") | w("claimed") | w("suggested") | w("assumed") |
                                   w("believed") | w("asserted") | w("alleged") | w("thought") | w("contended") |
                                   w("held") | w("feared") | w("supposed") | w("predicted") | w("understood") |
                                   w("presumed") | w("maintained") | w("insisted");

// "There are some in the Clinton camp who even accuse ...", "there are also those within X's camp who worry"
inline auto const there_are_those =
    w("there") >> (w("are") | w("is") | w("'re") | w("were") | w("'s")) >> adverbs >>
    capture<holder>[(in(quantifiers()) | in(opposition_nouns()) | in(group_nouns()) | w("voices")) >>
                    x3::repeat(0, 8)[any_token - w("who") - clause_stop]] >>
    w("who") >> adverbs >> capture<cue>[report | eager | in(eager_adjectives())] >> name("there_are_those");

// "It is often said that ...", "it has long been argued"
inline auto const it_is_said =
    w("it") >> (w("is") | w("'s") | w("was") | (w("has") >> w("been")) | (w("have") >> w("been"))) >>
    x3::repeat(0, 2)[in(report_adverbs()) | w("widely") | w("commonly")] >> capture<cue>[passive_report] >>
    name("it_is_said", kImpersonal);
// "It could be argued that ...", "it might be objected that": an imagined objection ("it can be said that" is
// more often the author's own claim, hedged).
inline auto const it_could_be_argued =
    w("it") >> (w("could") | w("might") | w("may") | w("can")) >> -w("well") >> w("be") >>
    capture<cue>[w("argued") | w("objected") | w("claimed") | w("countered") | w("contended") | w("asserted")] >>
    w("that") >> name("it_could_be_argued", kHypothetical);

// "One could argue", "some will say", "critics may object"
inline auto const one_could =
    capture<holder>[w("one") | w("you") | w("someone") | w("somebody") | w("some") | w("others") |
                    in(opposition_nouns())] >>
    (w("could") | w("might") | w("may") | w("will") | w("would") | w("can")) >> -w("well") >>
    capture<cue>[w("argue") | w("say") | w("object") | w("counter") | w("claim") | w("contend") | w("insist") |
                 w("protest") | w("respond") | w("reply") | w("retort") | w("complain") | w("point") | w("ask") |
                 w("wonder") | w("worry") | w("fear") | w("suggest") | w("think") | w("believe") | w("assume") |
                 w("maintain") | w("assert")] >>
    name("one_could_argue", kHypothetical);

// "The argument goes that ...", "the thinking runs", "the conventional wisdom is that", "Conventional wisdom
// holds that", "the common view is that"
inline auto const common_adjective =
    w("conventional") | w("standard") | w("usual") | w("common") | w("familiar") | w("popular") | w("prevailing") |
    w("frequent") | w("widespread") | w("typical") | w("obvious") | w("main") | w("chief") | w("major");
inline auto const argument_goes =
    ((w("the") >> -common_adjective) | common_adjective) >>
    capture<holder>[w("argument") | w("thinking") | w("reasoning") | w("logic") | w("theory") | w("wisdom") |
                    w("line") | w("refrain") | w("complaint") | w("story") | w("narrative") | w("view") |
                    w("belief") | w("assumption") | w("perception")] >>
    capture<cue>[w("goes") | w("runs") | w("holds") | (w("has") >> w("it")) | (w("is") >> w("that"))] >>
    name("the_argument_goes", kImpersonal);
// "A common objection is that ...", "One criticism is that", "The usual counterargument is that": an objection
// is someone else's by its meaning, whatever its article (the rule starts at its adjective or noun, so "a" and
// "an" need not be tried as first words everywhere).
inline auto const objection_is =
    x3::repeat(0, 2)[common_adjective | w("other")] >>
    capture<holder>[w("objection") | w("criticism") | w("counterargument") | w("counter-argument") |
                    w("complaint")] >>
    capture<cue>[(w("is") | w("was")) >> w("that")] >> name("objection_is", kImpersonal);
// "There is a view that ...", "there is a widespread belief that", "It is a widely held belief that" (not a
// cleft: "It's a feeling that's like clockwork").
inline auto const view_adjective = common_adjective | w("widely") | w("held") | w("growing") | w("strong");
inline auto const view_noun = w("view") | w("belief") | w("perception") | w("notion") | w("assumption");
inline auto const there_is_a_view =
    ((w("there") >> (w("is") | w("'s") | w("exists")) >> w("a") >> x3::repeat(0, 2)[view_adjective]) |
     (w("it") >> (w("is") | w("'s")) >> w("a") >> x3::repeat(1, 2)[view_adjective])) >>
    capture<holder>[view_noun] >> capture<cue>[w("that")] >> name("there_is_a_view", kImpersonal);

// "Those who argue that ...", "anyone who thinks ...": a position held by whoever holds it.
inline auto const those_who =
    capture<holder>[w("those") | w("anyone") | w("anybody")] >> w("who") >> adverbs >>
    // Present tense, a standing position ("those who thought it a good development were split" reports a poll).
    capture<cue>[w("argue") | w("argues") | w("claim") | w("claims") | w("insist") | w("insists") | w("contend") |
                 w("contends") | w("say") | w("says") | w("think") | w("thinks") | w("believe") | w("believes") |
                 w("suggest") | w("suggests") | w("maintain") | w("maintains") | w("assert") | w("asserts")] >>
    name("those_who", kImpersonal);

// "Those who support the ban argue that ...", "People who hold a different opinion may argue that ...": holders
// named by what they do (a verb of their own after "who", not an auxiliary: "people who don't believe that ...
// tend to"). The cue stands before "that" and argues ("Those who know him say that ..." is testimony).
inline auto const holder_modal = w("may") | w("might") | w("could") | w("would") | w("will") | w("can") | w("often") |
                                 w("usually") | w("generally");
inline auto const auxiliary = w("do") | w("does") | w("did") | w("don't") | w("doesn't") | w("didn't") | w("not") |
                              w("have") | w("has") | w("had") | w("actually") | w("also") | w("still");
inline auto const those_who_do =
    capture<holder>[(w("those") | w("people") | w("anyone") | w("everyone")) >> w("who") >>
                    (any_token - holder_stop_word - clause_stop - holder_modal - auxiliary) >>
                    x3::repeat(0, 5)[any_token - holder_stop - holder_modal]] >>
    -holder_modal >> adverbs >>
    capture<cue>[w("argue") | w("argues") | w("claim") | w("claims") | w("insist") | w("insists") | w("contend") |
                 w("contends") | w("think") | w("thinks") | w("believe") | w("believes") | w("maintain") |
                 w("maintains") | w("assert") | w("asserts") | w("feel") | w("feels")] >>
    w("that") >> name("those_who_do", kImpersonal);

// "according to the Congressional Budget Office"
inline auto const according_to = capture<cue>[w("according") >> w("to")] >>
                                 capture<holder>[x3::repeat(1, kAccordingToWindow)[any_token - clause_stop]] >>
                                 name("according_to", kNeutralReport);

// "Some in the Brandt camp insist", "Many Democrats are eager for", "critics of the plan argue",
// "the mayor's allies contend"
// "are of the opinion that" believe.
inline auto const of_the_opinion = copula >> w("of") >> w("the") >> (w("opinion") | w("view")) >> w("that");
inline auto const holder_verb = capture<holder>[holder_head >> x3::repeat(0, 7)[any_token - holder_stop]] >>
                                adverbs >> capture<cue>[report | eager | of_the_opinion] >> name("holder_verb");

}  // namespace attribution_parts

std::vector<Alternative> attribution_alternatives() {
  return alternatives<attribution_parts::there_are_those,
      attribution_parts::it_is_said,
      attribution_parts::it_could_be_argued,
      attribution_parts::there_is_a_view,
      attribution_parts::one_could,
      attribution_parts::argument_goes,
      attribution_parts::objection_is,
      attribution_parts::those_who,
      attribution_parts::those_who_do,
      attribution_parts::according_to,
      attribution_parts::holder_verb>();
}


}  // namespace argmine::detail::grammar
