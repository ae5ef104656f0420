// Precedent rules: record-style comparisons with the past that are not analogies ("the first time since
// 1988", "the largest deficit since World War II", "not seen since the 1970s", "the lowest in the program's
// history"). The tagger keeps a match when its object is a year, a decade or a gazetteer entry (or, for
// "in N years" and "in history", none is needed).
#pragma once

#include "tag/grammar/precedent.hpp"
#include "tag/grammar/primitives.hpp"
#include "tag/lexicon.hpp"

#include <vector>

namespace argmine::detail::grammar {
namespace precedent_parts {

using namespace lexicon;

inline auto const since_object =
    capture<source>[year_token | decade_token |
                    (-w("the") >> x3::repeat(1, 12)[any_token - clause_stop - w("that") - w("when") - w("and")])];
// "the highest share since 2000", "the highest share dating back to 2000"
inline auto const since_or_back = w("since") | ((w("dating") | w("going")) >> w("back") >> w("to"));
inline auto const gap = x3::repeat(0, 12)[any_token - since_or_back - clause_stop];
inline auto const ordinal = w("second") | w("third") | w("fourth") | w("fifth");
inline auto const superlative_since = capture<cue>[(in(superlatives()) | ordinal) >> gap >> since_or_back] >>
                                      since_object >> name("superlative_since");
// "more vulnerable than they've been since the 1990s", "higher than any third-party candidate since Perot"
inline auto const than_since = capture<cue>[w("than") >> x3::repeat(0, 8)[any_token - w("since") - clause_stop] >>
                                            w("since")] >>
                               since_object >> name("than_since");
inline auto const not_seen_since =
    capture<cue>[(w("not") | w("never") | w("n't")) >> -(w("been") | w("be")) >>
                 (w("seen") | w("witnessed") | w("matched") | w("equaled") | w("equalled") | w("experienced") |
                  w("recorded") | w("reached") | w("topped") | w("surpassed") | w("had") | w("happened")) >>
                 x3::repeat(0, 3)[any_token - w("since") - clause_stop] >> w("since")] >>
    since_object >> name("not_seen_since");
// "The district hasn't elected a Democrat since 1978", "rules not updated since 1988": a record kept since then
// (the object must be a year, a decade or a known event; "not since Tuesday" is none).
inline auto const not_done_since =
    capture<cue>[(w("not") | w("n't") | w("never")) >> x3::repeat(1, 5)[any_token - w("since") - clause_stop] >>
                 w("since")] >>
    since_object >> name("not_done_since");
// "There's been nothing like this since World War I": the record of a kind, without a figure.
inline auto const nothing_like_since =
    capture<cue>[w("nothing") >> w("like") >> (w("this") | w("that") | w("it")) >> w("since")] >> since_object >>
    name("nothing_like_since");
// "Not since the Great Depression has unemployment been this high": the fronted, inverted record.
inline auto const auxiliary = w("has") | w("have") | w("had") | w("did") | w("was") | w("were") | w("is") |
                              w("are") | w("does") | w("do") | w("could") | w("would");
inline auto const not_since =
    capture<cue>[(w("not") | w("never")) >> w("since")] >>
    capture<source>[year_token | decade_token | (-w("the") >> x3::repeat(1, 8)[any_token - clause_stop - auxiliary])] >>
    &auxiliary >> name("not_since");
inline auto const unseen_since =
    capture<cue>[(w("unseen") | w("unmatched") | w("unequaled") | w("unequalled") | w("unprecedented") |
                  w("unheard")) >>
                 x3::repeat(0, 3)[any_token - w("since") - clause_stop] >> w("since")] >>
    since_object >> name("unseen_since");
// "higher than at any point since the Cold War ended", "stronger than any insurgent since Ronald Reagan in 1976"
inline auto const any_since = capture<cue>[w("any") >> x3::repeat(0, 2)[any_token - w("since") - clause_stop] >>
                                           w("since")] >>
                              since_object >> name("any_time_since");
inline auto const span_of_years = (number_token | w("a") | w("several") | w("many") | w("two") | w("three") |
                                   w("four") | w("five") | w("six") | w("seven") | w("eight") | w("nine") |
                                   w("ten") | w("twenty") | w("thirty") | w("forty") | w("fifty") | w("half")) >>
                                  -(w("-") | w("a")) >>
                                  (w("years") | w("decades") | w("generations") | w("generation") |
                                   w("century") | w("centuries") | w("lifetime") | w("months") | w("weeks") |
                                   w("days"));
inline auto const in_years =
    capture<cue>[in(superlatives()) >> x3::repeat(0, 8)[any_token - w("in") - w("since") - clause_stop] >>
                 w("in") >>
                 ((-(w("more") >> w("than")) >> -(w("nearly") | w("almost") | w("over") | w("about")) >>
                   span_of_years) |
                  w("decades") | w("years") | w("generations") | w("ages") |
                  (x3::repeat(0, 4)[any_token - w("history") - clause_stop] >> w("history")))] >>
    name("first_in_years", kNoYear);

// "surpassing the previous high-water mark of 10 in 1994", "the old record, set in 1968"
inline auto const previous_record =
    capture<cue>[(w("previous") | w("prior") | w("old")) >>
                 (w("record") | w("high") | w("low") | w("peak") | w("mark") | w("best") | w("worst") |
                  (w("high-water") >> w("mark")) | (w("high") >> w("-") >> w("water") >> w("mark")))] >>
    x3::repeat(0, 6)[any_token - clause_stop - w("in") - w("since") - w("from")] >>
    -(w("set") | w("reached") | w("established")) >> (w("in") | w("since") | w("from")) >> since_object >>
    name("previous_record");
// "far short of what it had raised at the same point in the 2012 campaign"
inline auto const same_point =
    capture<cue>[w("same") >> (w("point") | w("time") | w("stage") | w("juncture")) >>
                 (w("in") | w("of")) >> w("the")] >>
    since_object >> name("same_point_in");
// "breaking precedent going back to Watergate", "broke with a tradition dating to the 1970s"
inline auto const breaking_precedent =
    capture<cue>[(w("breaking") | w("broke") | w("break") | w("breaks") | w("broken")) >> -w("with") >>
                 -(w("a") | w("the")) >> x3::repeat(0, 2)[any_token - clause_stop - w("precedent") - w("tradition")] >>
                 (w("precedent") | w("tradition") | w("norm") | w("custom"))] >>
    x3::repeat(0, 4)[any_token - clause_stop - w("to") - w("since") - w("in")] >>
    (w("to") | w("since") | w("in")) >> since_object >> name("breaking_precedent");
// "Democratic turnout was 251,000, versus 289,000 in 2008": a figure set against a past year's.
inline auto const versus_year =
    capture<cue>[(w("versus") | w("vs.") | w("vs")) >> x3::repeat(0, 3)[any_token - clause_stop - w("in")] >>
                 w("in")] >>
    capture<source>[-w("the") >> (year_token | decade_token)] >> name("versus_year");
// "a level of prosperity unprecedented in human history"
inline auto const unprecedented_in_history =
    capture<cue>[(w("unprecedented") | w("unmatched") | w("unequaled") | w("unequalled") | w("unparalleled")) >>
                 w("in") >> x3::repeat(0, 3)[any_token - w("history") - clause_stop] >> w("history")] >>
    name("unprecedented_in_history", kNoYear);

// "smaller shares than in 1991 say ...", "higher than during the 1970s": a comparison with a past year.
inline auto const than_in_year =
    capture<cue>[w("than") >> -w(",") >> -(w("it") | w("they") | w("he") | w("she")) >>
                 -(w("was") | w("were") | w("did")) >> (w("in") | w("during") | w("at") | w("for"))] >>
    capture<source>[-w("the") >> (year_token | decade_token) >> x3::repeat(0, 3)[any_token - clause_stop]] >>
    name("than_in_year");
// "higher than the 11,728 prosecutions in 2012", "even bigger than the Tea Party's in 2010": the thing compared
// stands between (the tagger asks for a comparative before "than").
inline auto const than_figure_in_year =
    capture<cue>[w("than") >> x3::repeat(1, 4)[any_token - clause_stop - w("in") - w("during") - w("since")] >>
                 (w("in") | w("during"))] >>
    capture<source>[-w("the") >> (year_token | decade_token)] >> name("than_figure_in_year");

// "has voted for the winner in every presidential race since 1964", "all five of the runoffs there since 1992",
// "every GOP nominee since 1992 has won": a streak kept since then (not "every year since 2001", a duration).
inline auto const streak_noun = w("election") | w("elections") | w("race") | w("races") | w("contest") |
                                w("contests") | w("primary") | w("primaries") | w("caucus") | w("caucuses") |
                                w("runoff") | w("runoffs") | w("cycle") | w("cycles") | w("midterm") |
                                w("midterms") | w("nominee") | w("nominees") | w("president") | w("presidents") |
                                w("census") | w("convention") | w("conventions");
inline auto const every_since =
    capture<cue>[(w("every") | w("all")) >> x3::repeat(0, 4)[any_token - streak_noun - w("since") - clause_stop] >>
                 streak_noun >> x3::repeat(0, 3)[any_token - w("since") - clause_stop] >> w("since")] >>
    since_object >> name("every_since");

// "as segregated now as they were in the 1960s", "14 times as much as we did in 1987": an equal set against a
// past year's (the tagger asks for the first "as" and its degree word before).
inline auto const as_then_in_year =
    capture<cue>[w("as") >> (w("they") | w("it") | w("he") | w("she") | w("we") | w("i") | w("you")) >>
                 (w("was") | w("were") | w("did") | (w("had") >> -w("been"))) >> -w("back") >>
                 (w("in") | w("during"))] >>
    capture<source>[-w("the") >> -(w("early") | w("mid") | w("late")) >> (year_token | decade_token)] >>
    name("as_then_in_year");

// "a spiral twice as severe as the 2008 financial crisis", "five times as large as that of the 2008 operation",
// "half as high as fiscal year 2008": a multiple of a past year's figure (the tagger asks for a count before
// "times").
inline auto const multiple_of_then =
    capture<cue>[(w("twice") | w("half") | w("times")) >> w("as") >> any_token >> w("as")] >>
    x3::repeat(0, 5)[any_token - clause_stop - year_token - decade_token] >>
    capture<source>[year_token | decade_token] >> name("multiple_of_then");

}  // namespace precedent_parts

std::vector<Alternative> precedent_alternatives() {
  return alternatives<precedent_parts::superlative_since,
      precedent_parts::not_seen_since,
      precedent_parts::not_since,
      precedent_parts::not_done_since,
      precedent_parts::any_since,
      precedent_parts::unseen_since,
      precedent_parts::unprecedented_in_history,
      precedent_parts::in_years,
      precedent_parts::previous_record,
      precedent_parts::same_point,
      precedent_parts::breaking_precedent,
      precedent_parts::than_in_year,
      precedent_parts::than_figure_in_year,
      precedent_parts::versus_year,
      precedent_parts::than_since,
      precedent_parts::every_since,
      precedent_parts::as_then_in_year,
      precedent_parts::nothing_like_since,
      precedent_parts::multiple_of_then>();
}


}  // namespace argmine::detail::grammar
