// Historical analogy rules: markers that frame a present situation through a past one ("reminiscent of",
// "a replay of", "modeled after", "at this time in 2008", "this generation's ..."). Each captures the marker
// (cue) and the past thing as written (source); the tagger keeps a match only when its source is historical
// (a past year or decade, or a gazetteer entry) and then finds year, target and use.
#pragma once

#include "tag/grammar/analogy.hpp"
#include "tag/grammar/primitives.hpp"
#include "tag/lexicon.hpp"

namespace argmine::detail::grammar {
namespace analogy_parts {

// Where the past thing's noun phrase ends.
inline auto const source_stop = clause_stop | w("where") | w("when") | w("which") | w("who") | w("whose") |
                                w("because") | w("but") | w("while") | w("although") | w("though");
inline auto const source_np = x3::repeat(1, 16)[any_token - source_stop];
inline auto const sentence_rest = x3::repeat(1, 24)[any_token - (w(".") | w("!") | w("?"))];
inline auto const in_year = (year_token | decade_token);
// An aside set off by commas inside a marker: "harks back, as I wrote last week, to", "reminiscent, in some
// ways, of" (eight words at most, no clause punctuation of its own).
inline auto const aside = w(",") >> x3::repeat(1, 8)[any_token - clause_stop] >> w(",");

// "reminiscent of when ...", "reminiscent of how ...": the cue takes the clause's opener, the source is the clause.
inline auto const reminiscent = capture<cue>[w("reminiscent") >> -aside >> w("of") >> -(w("when") | w("how"))] >>
                                capture<source>[source_np] >> name("reminiscent_of");
inline auto const echoes =
    capture<cue>[(w("echoes") | w("echo") | w("echoed") | w("echoing")) >> -w("of")] >>
    capture<source>[source_np] >> name("echoes");
inline auto const replay =
    capture<cue>[(w("replay") | w("rerun") | w("re-run") | w("repeat") | w("reprise") | w("rehash") |
                  w("remake") | w("reenactment") | w("re-enactment") | w("redux") | w("sequel")) >>
                 w("of")] >>
    capture<source>[source_np] >> name("replay_of");
// "repeat the mistakes of the 1986 immigration law", "replicate Nixon's 1968 victory", "relive 2008".
inline auto const repeat_noun = w("mistakes") | w("mistake") | w("experience") | w("errors") | w("error") |
                                w("success") | w("feat") | w("performance") | w("playbook") | w("pattern") |
                                w("failure") | w("failures") | w("fate");
inline auto const repeat_past =
    capture<cue>[((w("repeat") | w("repeats") | w("repeating") | w("replicate") | w("replicates") |
                   w("replicating") | w("recreate") | w("re-create") | w("recreating") | w("relive") |
                   w("reliving")) >>
                  -(w("the") | w("a")) >> -(repeat_noun >> w("of"))) |
                 (w("repeated") >> (w("the") | w("a")) >> repeat_noun >> w("of"))] >>
    capture<source>[source_np] >> name("repeat_past");
// "recalls the 1995 shutdown", "conjures up memories of the 1968 convention", "brings to mind the Cuban Missile
// Crisis", "calls to mind Watergate", "redolent of the 1930s", "flashbacks of the 1990s".
inline auto const recalls =
    capture<cue>[((w("recalls") | w("recall") | w("recalled") | w("recalling") | w("evokes") | w("evoke") |
                   w("evoked") | w("evoking") | w("invokes") | w("invoked") | w("resembles") | w("resembled") |
                   w("mirrors") | w("mirrored") | w("parallels") | w("paralleled")) >>
                  -w("up")) |
                 ((w("conjures") | w("conjure") | w("conjured") | w("conjuring")) >> -w("up") >>
                  -((w("memories") | w("images") | w("visions") | w("ghosts") | w("echoes")) >> w("of"))) |
                 ((w("brings") | w("bring") | w("brought") | w("bringing") | w("calls") | w("call") | w("called") |
                   w("calling")) >> w("to") >> w("mind")) |
                 (w("redolent") >> w("of")) | (w("resemblance") >> w("to")) |
                 ((w("remind") | w("reminds") | w("reminded") | w("reminding")) >>
                  (w("me") | w("us") | w("one") | w("many") | w("observers")) >> w("of") >> -(w("when") | w("how"))) |
                 (w("reminder") >> w("of")) |
                 ((w("flashback") | w("flashbacks")) >> (w("to") | w("of")))] >>
    capture<source>[source_np] >> name("recalls");
inline auto const harks = capture<cue>[(w("harks") | w("hark") | w("harked") | w("harking") | w("harkens") |
                                        w("harken") | w("harkened") | w("hearkens") | w("hearken") |
                                        w("hearkened")) >>
                                       w("back") >> -aside >> w("to")] >>
                          capture<source>[source_np] >> name("harks_back_to");
inline auto const modeled =
    capture<cue>[(w("modeled") | w("modelled") | w("patterned") | w("styled") | w("model") |
                  w("models") | w("modeling") | w("modelling")) >>
                 -(w("it") | w("them") | w("this") | w("itself") | w("themselves")) >>
                 (w("after") | w("on") | w("upon"))] >>
    capture<source>[source_np] >> name("modeled_on", kUseModel);
inline auto const take_page = capture<cue>[(w("take") | w("takes") | w("took") | w("taking")) >> w("a") >>
                                           w("page") >> (w("from") | (w("out") >> w("of")))] >>
                              capture<source>[source_np] >> name("take_a_page_from", kUseModel);
inline auto const path_noun = w("path") | w("example") | w("lead") | w("playbook") | w("template") | w("model") |
                              w("blueprint") | w("footsteps") | w("course") | w("script") | w("route") |
                              w("strategy") | w("approach") | w("methods") | w("tactics");
// "follow the path of", "emulate the example of", "study and model the nonviolent methods of ... the 1950s"
inline auto const follow_path =
    capture<cue>[w("follow") | w("follows") | w("followed") | w("following") | w("emulate") | w("emulates") |
                 w("copy") | w("copies") | w("model")] >>
    capture<source>[(w("the") | w("in")) >> x3::repeat(0, 3)[any_token - path_noun - source_stop] >> path_noun >>
                    x3::repeat(0, 12)[any_token - source_stop]] >>
    name("follow_the_path_of", kUseModel);
inline auto const generation =
    capture<cue>[(w("this") | w("our") | w("today")) >>
                 (w("generation") | w("era") | w("decade") | w("century") | w("age") | w("time")) >> w("'s")] >>
    capture<source>[source_np] >> name("this_generations");
// "a modern-day Bull Moose campaign" (not "the modern-day Tea Party": the present one itself)
inline auto const modern_day =
    capture<cue>[(w("a") | w("an")) >>
                 ((w("modern") >> w("-") >> w("day")) | (w("latter") >> w("-") >> w("day")) |
                  (w("present") >> w("-") >> w("day")) | (w("21st") >> w("-") >> w("century")))] >>
    capture<source>[source_np] >> name("a_modern_day");
// "a new Watergate", "another Smoot-Hawley", "the next Perot", "another 1968": only with a gazetteer name or a
// past year right after (checked by the tagger).
inline auto const new_x = capture<cue>[((w("a") | w("an")) >> (w("new") | w("second"))) |
                                       (w("the") >> (w("new") | w("next"))) | w("another")] >>
                          capture<source>[source_np] >> name("a_new_x");
// "a Watergate-like scandal", "a Pearl Harbor moment": the name just before the marker must be in the
// gazetteer (the tagger looks it up); "go the way of the Whigs".
inline auto const x_like = capture<cue>[w("-") >> (w("like") | w("style") | w("esque"))] >> name("x_like", kNameBefore);
// "drawn once more into a long and costly ground war in Iraq": a named past event happening again.
inline auto const once_more = capture<cue>[w("once") >> (w("more") | w("again"))] >>
                              capture<source>[source_np] >> name("once_more", kNeedsEvent);
inline auto const x_moment = capture<cue>[w("moment") | w("moments")] >> name("x_moment", kNameBefore);
// "He is no Nixon", "this is no Watergate": a known name denied as the present's likeness (the tagger checks
// the copula before "no").
inline auto const is_no = capture<cue>[w("no")] >> capture<source>[source_np] >> name("is_no");
// "the Munich of our time", "the Watergate of this generation": a known name just before "of".
inline auto const of_our_time = capture<cue>[(w("our") | w("this") | w("their")) >>
                                             (w("time") | w("times") | w("generation") | w("era") | w("day") |
                                              w("age"))] >>
                                name("of_our_time", kNameBefore);
// "reached for the Chernobyl comparison", "the Munich analogy": a known name before. ("Watergate parallels"
// goes to `recalls`, which takes "parallels" as a verb first.)
inline auto const x_comparison = capture<cue>[w("comparison") | w("comparisons") | w("analogy") | w("analogies")] >>
                                 name("x_comparison", kNameBefore);
inline auto const way_of = capture<cue>[(w("go") | w("goes") | w("went") | w("going") | w("gone")) >> w("the") >>
                                        w("way") >> w("of")] >>
                           capture<source>[source_np] >> name("the_way_of");
inline auto const like =
    capture<cue>[w("like") | (w("just") >> w("as")) | (w("much") >> w("as")) | (w("as") >> w("in")) |
                 (w("as") >> w("with")) | (w("as") >> w("did")) | (w("similar") >> w("to")) |
                 (w("akin") >> w("to")) | (w("comparable") >> w("to")) | (w("not") >> w("unlike")) |
                 (w("the") >> w("same") >> w("as")) | (w("closer") >> w("to")) |
                 (w("the") >> w("same") >> (w("sort") | w("kind") | w("type")) >> w("of")) |
                 (w("reminiscent") >> w("of")) | (w("in") >> w("the") >> w("same") >> w("way") >> -(w("that") | w("as"))) |
                 (w("a") >> w("far") >> w("cry") >> w("from")) | w("unlike") |
                 (w("the") >> w("way"))] >>
    -(w("what") | w("when") | w("how")) >> capture<source>[source_np] >> name("like");
// "the same lesson that President George W. Bush did after imposing tariffs in 2002", "in much the same way
// the press became obsessed with Obama in 2008", "the same populist message that propelled Trump's 2016
// victory": a manner, a plight or a message, not the same people, place or day ("the same voters who stayed
// home in 2008", "the same month that").
inline auto const same_noun =
    w("way") | w("ways") | w("manner") | w("fashion") | w("thinking") | w("mistake") | w("mistakes") |
    w("error") | w("errors") | w("problem") | w("problems") | w("danger") | w("dangers") | w("lesson") |
    w("lessons") | w("procedures") | w("procedure") | w("position") | w("tactics") | w("tactic") |
    w("playbook") | w("strategy") | w("approach") | w("situation") | w("predicament") | w("dilemma") |
    w("trap") | w("fate") | w("path") | w("message") | w("argument") | w("arguments") | w("impulses") |
    w("dynamic") | w("dynamics") | w("pattern") | w("script") | w("timeline") | w("choice") | w("magnitude") |
    w("scale") | w("rhetoric") | w("formula") | w("backlash") | w("scenario") | w("treatment") | w("dismay") |
    w("enthusiasm") | w("anger") | w("fears");
inline auto const same_as =
    capture<cue>[-(w("much") >> -w("of")) >> w("the") >> -w("very") >> w("same") >>
                 x3::repeat(0, 2)[any_token - same_noun - source_stop - w("as") - w("that")] >> same_noun >>
                 -(w("that") | w("as") | w("when") | w("which") | w("used") | w("employed") | w("taken"))] >>
    capture<source>[source_np] >> name("the_same_as");
// "as Senate Democrats did in 2013", "as Barack Obama discovered with health reform in 2009".
inline auto const as_did_verb = w("did") | w("discovered") | w("learned") | w("learnt") | w("found") |
                                w("experienced") | w("saw");
inline auto const as_did =
    capture<cue>[w("as") >> x3::repeat(1, 4)[any_token - source_stop - w("as") - as_did_verb] >> as_did_verb] >>
    capture<source>[source_np] >> name("as_did");
inline auto const at_this_time =
    capture<cue>[(w("at") | w("by")) >> (w("this") | w("that") | w("the")) >> -w("same") >>
                 (w("time") | w("point") | w("stage") | w("juncture") | w("moment")) >> w("in")] >>
    capture<source>[in_year >> x3::repeat(0, 18)[any_token - (w(".") | w("!") | w("?") | w(";"))]] >>
    name("at_this_time_in", kSourceAfterYear);
inline auto const last_time =
    capture<cue>[w("the") >> w("last") >> w("time")] >>
    x3::repeat(0, 14)[any_token - (w("was") | w("were") | w("came") | w("happened")) - w(".") - w(";")] >>
    (w("was") | w("were") | w("came") | w("happened")) >> -w("back") >> w("in") >>
    capture<source>[in_year >> x3::repeat(0, 18)[any_token - (w(".") | w("!") | w("?") | w(";"))]] >>
    name("the_last_time", kSourceAfterYear | kUsePrecedent);
inline auto const seen_before =
    capture<cue>[w("we") >> (w("'ve") | w("have")) >> -(w("all") | w("already")) >> w("seen") >>
                 (w("this") | w("it") | w("that")) >>
                 -(w("movie") | w("film") | w("play") | w("show") | w("story") | w("script") | w("episode")) >>
                 -w("before")] >>
    -(w(":") | w(",") | w("-")) >> capture<source>[sentence_rest] >> name("seen_this_before", kSourceAfterYear);
inline auto const history_offers =
    capture<cue>[w("history") >>
                 (w("offers") | w("provides") | w("holds") | w("gives") | w("teaches") | w("has") |
                  w("suggests") | w("shows") | w("tells") | w("is")) >>
                 -w("us") >> -(w("a") | w("an") | w("some") | w("the")) >>
                 x3::repeat(0, 2)[w("useful") | w("sobering") | w("clear") | w("stark") | w("grim") |
                                  w("cautionary") | w("instructive") | w("better") | w("different") | w("good")] >>
                 (w("warning") | w("lesson") | w("lessons") | w("guide") | w("precedent") | w("clue") |
                  w("answer") | w("reminder") | w("example") | w("parallel") | w("model") | w("tale"))] >>
    capture<source>[sentence_rest] >> name("history_offers", kSourceAfterYear | kUseWarning);
// "A history lesson: moderates wanted Ford over Reagan in 1976."
inline auto const history_lesson =
    capture<cue>[-(w("a") | w("an") | w("some")) >> -w("quick") >> w("history") >> (w("lesson") | w("lessons"))] >>
    -(w(":") | w(",") | w("-") | w("is") | w("in")) >> capture<source>[sentence_rest] >>
    name("history_lesson", kSourceAfterYear | kUseWarning);
inline auto const cautionary =
    capture<cue>[w("cautionary") >> (w("tale") | w("example") | w("story"))] >>
    name("cautionary_tale", kBackwardTarget | kUseWarning);
inline auto const shades = capture<cue>[w("shades") >> w("of")] >> capture<source>[source_np] >> name("shades_of");
inline auto const compared =
    capture<cue>[(w("compared") | w("likened") | w("comparing") | w("compares") | w("compare") | w("liken") |
                  w("likens") | w("likening") | w("comparison") | w("comparisons") | w("parallel") |
                  w("parallels") | w("analogy") | w("analogies")) >>
                 x3::repeat(0, 6)[any_token - (w("to") | w("with") | w("between")) - clause_stop] >>
                 (w("to") | w("with") | w("between"))] >>
    capture<source>[source_np] >> name("compared_to");
// "He turns to Senate races for comparison, citing the 2010 Delaware contest" (the cue starts at "comparison")
inline auto const for_comparison =
    capture<cue>[(w("comparison") | w("contrast")) >> -w(",") >>
                 -(w("citing") | w("cites") | w("cited") | w("recalling") | w("consider") | w("take") |
                   w("look") | w("pointing"))] >>
    -(w("at") | w("to")) >> capture<source>[source_np] >> name("for_comparison");
inline auto const lesson = capture<cue>[((w("lesson") | w("lessons")) >> (w("of") | w("from"))) |
                                       ((w("learned") | w("learnt") | w("learn")) >> w("from"))] >>
                           capture<source>[source_np] >> name("lessons_of", kUseWarning);
inline auto const mold = capture<cue>[w("in") >> w("the") >>
                                      (w("mold") | w("mould") | w("tradition") | w("footsteps") | w("vein")) >>
                                      w("of")] >>
                         capture<source>[source_np] >> name("in_the_mold_of", kUseModel);
inline auto const throwback = capture<cue>[(w("throwback") | w("callback")) >> w("to")] >>
                              capture<source>[source_np] >> name("throwback_to");
// "In 1938, Germany had not been responsible for terror around the world as Iran is now", "Democrats were
// as willing to tank the economy in 2006 as Republicans are now": a past year before, the present thing after
// (the cue holds it). "Different from 2012", "differences from 1991": the past thing after.
inline auto const present_verb = w("is") | w("are") | w("does") | w("do") | w("has") | w("have");
inline auto const as_now =
    capture<cue>[(w("as") | w("than")) >> x3::repeat(1, 4)[any_token - source_stop - present_verb - w("as")] >>
                 present_verb >> (w("now") | w("today"))] >>
    name("as_now", kYearBefore);
inline auto const different_from =
    capture<cue>[(w("different") | w("differences") | w("difference") | w("differs") | w("differ")) >>
                 (w("from") | w("than"))] >>
    -w("in") >> capture<source>[source_np] >> name("different_from");
inline auto const over_again = capture<cue>[w("all") >> w("over") >> w("again")] >>
                               name("all_over_again", kBackwardTarget);
inline auto const deja_vu = capture<cue>[(w("deja") | w("déjà")) >> w("vu")] >> name("deja_vu", kBackwardTarget);

}  // namespace analogy_parts

std::vector<Alternative> analogy_alternatives() {
  return alternatives<analogy_parts::reminiscent,
      analogy_parts::echoes,
      analogy_parts::replay,
      analogy_parts::repeat_past,
      analogy_parts::recalls,
      analogy_parts::harks,
      analogy_parts::modeled,
      analogy_parts::take_page,
      analogy_parts::follow_path,
      analogy_parts::generation,
      analogy_parts::modern_day,
      analogy_parts::new_x,
      analogy_parts::way_of,
      analogy_parts::x_like,
      analogy_parts::x_moment,
      analogy_parts::is_no,
      analogy_parts::of_our_time,
      analogy_parts::at_this_time,
      analogy_parts::last_time,
      analogy_parts::seen_before,
      analogy_parts::history_offers,
      analogy_parts::history_lesson,
      analogy_parts::cautionary,
      analogy_parts::shades,
      analogy_parts::compared,
      analogy_parts::for_comparison,
      analogy_parts::x_comparison,
      analogy_parts::lesson,
      analogy_parts::mold,
      analogy_parts::throwback,
      analogy_parts::over_again,
      analogy_parts::deja_vu,
      analogy_parts::as_now,
      analogy_parts::different_from,
      analogy_parts::once_more,
      analogy_parts::as_did,
      analogy_parts::same_as,
      analogy_parts::like>();
}


}  // namespace argmine::detail::grammar
