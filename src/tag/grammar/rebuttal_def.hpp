// Rebuttal cue rules: the author's answer to a position ("But these worries overestimate ...", "That
// argument ignores ...", "This is simply wrong", "The record shows otherwise", "In fact"). The tagger makes a
// rebuttal of a sentence with such a cue (or starting with a contrast word) when a counterclaim or concession
// precedes it, and links it to the counterclaims it answers.
#pragma once

#include "tag/grammar/primitives.hpp"
#include "tag/grammar/rebuttal.hpp"
#include "tag/lexicon.hpp"

namespace argmine::detail::grammar {
namespace rebuttal_parts {

using namespace lexicon;

inline auto const contrast = w("but") | w("yet") | w("however") | w("still") | w("actually") | w("instead") |
                             (w("in") >> w("fact")) | w("and");
inline auto const degree = w("simply") | w("just") | w("also") | w("badly") | w("vastly") | w("greatly") |
                           w("both") | w("completely") | w("conveniently") | w("entirely") | w("grossly") |
                           w("seriously") | w("wildly") | w("dramatically") | w("plainly") | w("flatly") |
                           w("dead") | w("demonstrably") | w("patently") | w("all") | w("largely") | w("mostly");
inline auto const answer_verb = in(rebuttal_verbs()) |
                                ((w("falls") | w("fall") | w("fell")) >> (w("apart") | w("flat") | w("short"))) |
                                // "That claim does not hold up", "doesn't hold water", "does not stand up"
                                ((w("does") | w("do") | w("did")) >> (w("not") | w("n't")) >>
                                 (w("hold") | w("stand")) >> (w("up") | w("water"))) |
                                ((w("gets") | w("get") | w("got")) >> (w("it") | w("this") | w("things")) >>
                                 (w("wrong") | w("backwards") | w("backward")));
inline auto const adjective = w("same") | w("latest") | w("familiar") | w("usual") | w("common") | w("popular") |
                              w("old") | w("other") | w("first") | w("second") | w("whole");

// "But these worries overestimate ...", "That argument ignores ...", "This overstates ...", "This argument,
// however, overlooks ..."
inline auto const inserted_contrast = w(",") >> (w("however") | w("though")) >> w(",");
inline auto const this_ignores =
    -(contrast >> -w(",")) >>
    capture<holder>[in(demonstratives()) >> x3::repeat(0, 2)[adjective] >> x3::repeat(0, 2)[in(argument_nouns())]] >>
    -inserted_contrast >> x3::repeat(0, 2)[degree] >> capture<cue>[answer_verb] >> name("this_ignores");

// "That is simply wrong", "This is not true", "Such claims are a myth"
inline auto const is_wrong =
    -(contrast >> -w(",")) >>
    capture<holder>[((w("this") | w("that") | w("which") | w("these") | w("those") | w("such")) >>
                     x3::repeat(0, 2)[in(argument_nouns())]) |
                    w("they") | w("critics") | w("opponents") | w("skeptics")] >>
    (w("is") | w("'s") | w("was") | w("are") | w("were") | ((w("would") | w("will")) >> w("be"))) >>
    x3::repeat(0, 2)[degree] >>
    capture<cue>[in(falsity_words()) | (w("not") >> (w("true") | w("so") | w("right") | (w("the") >> w("case")))) |
                 ((w("a") | w("an")) >> x3::repeat(0, 1)[w("dangerous") | w("convenient") | w("comforting")] >>
                  (w("myth") | w("fantasy") | w("fiction") | w("mistake") | w("illusion") | w("misreading")))] >>
    name("that_is_wrong");

// "The record shows otherwise", "But the data tell a different story"
inline auto const record_shows =
    -(contrast >> -w(",")) >> capture<holder>[w("the") >> in(evidence_nouns())] >>
    capture<cue>[w("shows") | w("show") | w("says") | w("say") | w("suggests") | w("suggest") | w("tells") |
                 w("tell") | w("proves") | w("prove") | w("contradicts") | w("contradict") | w("disagrees") |
                 w("paints") | w("points") | w("argues") | w("does") >> w("not") | w("doesn't")] >>
    name("the_record_shows");

// "The problem with this argument is that ...", "The trouble with that view is ..."
inline auto const problem_with =
    -(contrast >> -w(",")) >>
    capture<cue>[w("the") >> (w("problem") | w("trouble") | w("flaw")) >> w("with")] >>
    capture<holder>[in(demonstratives()) >> x3::repeat(0, 2)[adjective] >> x3::repeat(0, 2)[in(argument_nouns())]] >>
    (w("is") | w("'s")) >> name("problem_with");

// "Contrary to popular belief, ...", "Contrary to what its critics claim, ...": the author answers a common view.
inline auto const contrary_to = capture<cue>[w("contrary") >> w("to")] >> name("contrary_to");

// "Nothing could be further from the truth", "On the contrary", "In fact", "The truth is", "I disagree"
inline auto const in_fact =
    capture<cue>[(w("nothing") >> w("could") >> w("be") >> w("further") >> w("from") >> w("the") >> w("truth")) |
                 (w("on") >> w("the") >> w("contrary")) |
                 (w("in") >> (w("fact") | w("reality") | w("truth"))) |
                 (w("the") >> (w("truth") | w("reality") | w("fact")) >> w("is")) |
                 (w("not") >> w("so")) | (w("quite") >> w("the") >> w("opposite")) |
                 (w("far") >> w("from") >> w("it")) |
                 // "I disagree", "We do not agree", "I beg to differ": the author's own answer.
                 ((w("i") | w("we")) >> x3::repeat(0, 1)[w("strongly") | w("respectfully")] >>
                  (w("disagree") | (w("do") >> (w("not") | w("n't")) >> w("agree")) |
                   (w("beg") >> w("to") >> w("differ"))))] >>
    name("in_fact");

}  // namespace rebuttal_parts

std::vector<Alternative> rebuttal_alternatives() {
  return alternatives<rebuttal_parts::this_ignores,
      rebuttal_parts::is_wrong,
      rebuttal_parts::problem_with,
      rebuttal_parts::record_shows,
      rebuttal_parts::contrary_to,
      rebuttal_parts::in_fact>();
}


}  // namespace argmine::detail::grammar
