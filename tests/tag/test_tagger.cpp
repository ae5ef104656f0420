#include "../helpers.hpp"

#include <argmine/tag/format.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using namespace argmine;

namespace {

struct Tagged {
  std::string text;
  Document doc;
  Annotations units;
  std::string_view of(Span s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  std::vector<const Unit*> all(UnitType t) const {
    std::vector<const Unit*> out;
    for (const Unit& u : units.units) {
      if (u.type == t) out.push_back(&u);
    }
    return out;
  }
};

Tagged tag(std::string text, TaggerOptions opt = {}) {
  Tagged t;
  t.text = std::move(text);
  Tokenizer tok;
  REQUIRE(tok.tokenize(t.text, t.doc).ok());
  Tagger tagger(opt);
  tagger.tag(t.doc, t.units);
  return t;
}

// The text of one span (holder, source, target ...) of the only unit of `type` in `text`.
std::string span_of_only(const std::string& text, UnitType type, Span Unit::*field) {
  auto t = tag(text);
  const auto units = t.all(type);
  REQUIRE(units.size() == 1);
  return std::string(t.of(units[0]->*field));
}

// The text of one span (`&Unit::span`, `&Unit::holder` ...) of every unit of `type` in `text`, in order.
std::vector<std::string> spans_of(const std::string& text, UnitType type, Span Unit::*field = &Unit::span) {
  auto t = tag(text);
  std::vector<std::string> out;
  for (const Unit* u : t.all(type)) out.emplace_back(t.of(u->*field));
  return out;
}

// The holder of the only attribution in `text`, or how many attributions there are.
std::string holder_of(const std::string& text) {
  auto t = tag(text);
  const auto a = t.all(UnitType::attribution);
  return a.size() == 1 ? std::string(t.of(a[0]->holder)) : std::to_string(a.size()) + " attributions";
}

// The holder of the only attribution in `text`, with its byte offsets: "Smith [11, 16)".
std::string holder_at(const std::string& text) {
  auto t = tag(text);
  const auto a = t.all(UnitType::attribution);
  REQUIRE(a.size() == 1);
  return fmt::format("{} [{}, {})", t.of(a[0]->holder), a[0]->holder.begin, a[0]->holder.end);
}

// The rule of the first claim in `text`, or "none".
std::string claim_rule(const std::string& text) {
  auto t = tag(text);
  const auto c = t.all(UnitType::claim);
  return c.empty() ? std::string("none") : std::string(c[0]->rule);
}

}  // namespace

TEST_CASE("a counterclaim with its holder, and the rebuttal that answers it") {
  auto t = tag("Critics argue that the levy will drive shoppers away. But this ignores what happened in every "
               "city that tried it.");
  const auto cc = t.all(UnitType::counterclaim);
  REQUIRE(cc.size() == 1);
  CHECK(t.of(cc[0]->span) == "Critics argue that the levy will drive shoppers away.");
  CHECK(t.of(cc[0]->holder) == "Critics");
  CHECK(cc[0]->rule == "holder_verb");
  const auto reb = t.all(UnitType::rebuttal);
  REQUIRE(reb.size() == 1);
  CHECK(reb[0]->rule == "this_ignores");
  CHECK(t.of(reb[0]->cue) == "ignores");
  REQUIRE(reb[0]->links.size() == 1);
  CHECK(&t.units.units[reb[0]->links[0]] == cc[0]);
  // An answer is not a reported event for telling what someone did.
  auto answer = tag("Some in the Brandt camp insist that the primary was rigged. But this overstates what the "
                    "insiders did in Ames.");
  REQUIRE(answer.all(UnitType::rebuttal).size() == 1);
  CHECK(answer.all(UnitType::evidence).empty());
  // "They" right after others' position goes on with it ("further" may stand before the verb, and a neutral
  // verb with a "that" clause reports); after a named source, or in another paragraph, it is testimony.
  auto goes_on = tag("Opponents of the levy claim that only the rich gain. They further point out that fares will "
                     "rise.");
  const auto both = goes_on.all(UnitType::counterclaim);
  REQUIRE(both.size() == 2);
  CHECK(goes_on.of(both[1]->holder) == "They");
  CHECK(goes_on.all(UnitType::evidence).empty());
  CHECK(tag("The mayor said the levy costs too much. They also argue that fares will rise.")
            .all(UnitType::counterclaim).empty());
  CHECK(tag("Critics say the levy costs too much.\n\nThey also argue that fares will rise.")
            .all(UnitType::counterclaim).size() == 1);
}

TEST_CASE("a pronoun with a neutral verb and a 'that' clause reports: the speaker's words are no claim") {
  auto t = tag("He added that now is not the time to relax.");
  REQUIRE(t.all(UnitType::evidence).size() == 1);
  CHECK(t.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(t.of(t.all(UnitType::evidence)[0]->holder) == "He");
  CHECK(t.all(UnitType::claim).empty());
  CHECK(tag("She points out that the rule changed.").all(UnitType::attribution).size() == 1);
  CHECK(tag("She points to the door.").all(UnitType::attribution).empty());
}

TEST_CASE("holders: a title with 'of the', and a source named in a fronted 'As X notes,'") {
  auto title = tag("Speaker of the House Mike Hubbard acknowledged that the bill failed.");
  REQUIRE(title.all(UnitType::attribution).size() == 1);
  CHECK(title.of(title.all(UnitType::attribution)[0]->holder) == "Speaker of the House Mike Hubbard");
  auto as = tag("As Nick Marro of the Intelligence Unit points out, tariffs hurt the firms that pay them.");
  REQUIRE(as.all(UnitType::attribution).size() == 1);
  CHECK(as.of(as.all(UnitType::attribution)[0]->holder) == "Nick Marro of the Intelligence Unit");
  REQUIRE(as.all(UnitType::evidence).size() == 1);
  CHECK(as.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(as.all(UnitType::claim).empty());
  // ... with the name's own article.
  auto the = tag("As The Washington Post\u2019s Dave Weigel notes, immigration was a small part of the argument.");
  REQUIRE(the.all(UnitType::attribution).size() == 1);
  CHECK(the.of(the.all(UnitType::attribution)[0]->holder) == "The Washington Post\u2019s Dave Weigel");
  REQUIRE(the.all(UnitType::evidence).size() == 1);
  CHECK(the.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(holder_of("As The Associated Press reports, officers were serving a warrant.") == "The Associated Press");
  // A noun that can be a verb after a singular name or a determiner is a thing; the document holds the verb
  // after it ("the Mueller report found"), with a date or a source between at most.
  CHECK(holder_of("The Mueller report found that the campaign did not conspire.") == "The Mueller report");
  CHECK(holder_of("A separate Pentagon report on Thursday estimated that costs will rise.") ==
        "A separate Pentagon report");
  CHECK(holder_of("The report said the agency misled Congress.") == "The report");
  CHECK(holder_of("They claim that costs will rise.") == "They");
  CHECK(holder_of("Feinstein and Clinton claim that costs will rise.") == "Feinstein and Clinton");
  CHECK(holder_of("Those recommendations are in line with the Senate Intelligence Committee report.") ==
        "0 attributions");
  CHECK(holder_of("The report casts doubt on the plan.") == "0 attributions");
  CHECK(holder_of("Even with the media cover, the Democrats' audacity in lodging this claim of fraud is stunning.") ==
        "0 attributions");
  CHECK(holder_of("Those unlike them have a lesser claim on citizenship.") == "0 attributions");
  // A cue right after a preposition is a noun ("in question", "in charge", "amid protests"), not a past form
  // after a relative clause's preposition.
  CHECK(holder_of("The woman in question has left the company.") == "0 attributions");
  CHECK(holder_of("The move left European leaders aghast over fears of ethnic cleansing.") == "0 attributions");
  CHECK(holder_of("Several families CNN spoke with said they are shrinking the gift pile.") ==
        "Several families CNN spoke with");
  // "added" with a content word adds a thing; a participle after its noun; a free relative.
  CHECK(holder_of("The campaign has added experienced staff in recent weeks.") == "0 attributions");
  CHECK(holder_of("Smith added in a statement that the rule was legal.") == "Smith");
  CHECK(holder_of("Loughlin and other parents charged in the cheating scheme were indicted.") == "0 attributions");
  CHECK(holder_of("That is specifically what voters want to see in our next Congress.") == "0 attributions");
  CHECK(holder_of("Employers, excepting the homeowners described above, became subject to fines.") ==
        "0 attributions");
  CHECK(holder_of("The big question is whether the plan works.") == "0 attributions");
  CHECK(holder_of("The posts make similar claims about the vote.") == "0 attributions");
  CHECK(holder_of("AshLee Strong told reporters the vote would wait.") == "AshLee Strong");
  CHECK(holder_of("Lindsey Graham said earlier Sunday the chances were good.") == "Lindsey Graham");
  CHECK(holder_of("She said above all else that the deal matters.") == "She");
  CHECK(holder_of("Some lawmakers question whether the plan works.") == "Some lawmakers");
  // The author among the holders ("some of us") holds no position of others.
  CHECK(tag("During the standoff, some of us argued that Democrats should take the deal.")
            .all(UnitType::counterclaim).empty());
  // A group's description the author answers is a position.
  CHECK(tag("Fans of the filibuster often describe it as a noble tradition. But the practice has a sordid history.")
            .all(UnitType::counterclaim).size() == 1);
  // "according to": a name cut by the eight-word window goes on; a phrase after a name goes.
  CHECK(holder_of("He raised more, according to a review of campaign finance data by The Associated Press.") ==
        "The Associated Press");
  CHECK(holder_of("It was her major achievement, according to New York Times reporter Mark Landler in his new book.") ==
        "New York Times reporter Mark Landler");
}

TEST_CASE("a later paragraph answers a counterclaim by taking up its words, not its names") {
  auto words = tag("Critics say the new stadium will drain the city budget.\n\nThe council meets on Monday.\n\n"
                   "The stadium will not drain the budget; ticket taxes cover it.\n");
  const auto r = words.all(UnitType::rebuttal);
  REQUIRE(r.size() == 1);
  CHECK(r[0]->rule == "answers_by_overlap");
  CHECK(r[0]->links.size() == 1);
  auto names = tag("Critics say Trump and Clinton will lose Ohio badly.\n\nThe council meets on Monday.\n\n"
                   "Trump and Clinton never campaigned in Ohio.\n");
  CHECK(names.all(UnitType::rebuttal).empty());
  auto quoted = tag("Critics say the new stadium will drain the city budget.\n\nThe council meets on Monday.\n\n"
                    "“The stadium will not drain the budget,” the mayor said.\n");
  CHECK(quoted.all(UnitType::rebuttal).empty());  // another's words, not the author's answer
  // A statement merely reported with a holder ("folks thought") is not a position the text argues against.
  auto reported = tag("Lots of smart folks thought the senator did well in the last debate.\n\nThe council meets on "
                      "Monday.\n\nThe senator did not do well in the last debate.\n");
  REQUIRE(reported.all(UnitType::counterclaim).size() == 1);
  CHECK(reported.all(UnitType::counterclaim)[0]->rule == "verb_with_holder");
  CHECK(reported.all(UnitType::rebuttal).empty());
  // The answer says so at its start (a denial, a return to the topic), not by a negation deep inside.
  auto deep = tag("Critics say the new stadium will drain the city budget.\n\nThe council meets on Monday.\n\n"
                  "Most voters in the city were probably not aware that the stadium budget had grown.\n");
  CHECK(deep.all(UnitType::rebuttal).empty());
  auto topic = tag("Critics say the new stadium will drain the city budget.\n\nThe council meets on Monday.\n\n"
                   "As far as the city budget is concerned, the stadium pays for itself within a decade.\n");
  REQUIRE(topic.all(UnitType::rebuttal).size() == 1);
  CHECK(topic.all(UnitType::rebuttal)[0]->rule == "answers_by_overlap");
  // The end of a quotation opened in an earlier sentence is not the author's answer either.
  auto closing = tag("Critics say the new stadium will drain the city budget.\n\nThe council meets on Monday.\n\n"
                     "“It will help. The stadium will not drain the budget,” said the mayor.\n");
  CHECK(closing.all(UnitType::rebuttal).empty());
}

TEST_CASE("a contrast in another's words is not the author's answer, nor does it make a concession") {
  auto reported = tag("The senator voted for the bill last year. But, Amash added, the deeper we go, the more "
                      "people stick with their team.");
  CHECK(reported.all(UnitType::rebuttal).empty());
  CHECK(reported.all(UnitType::concession).empty());
  auto quoted = tag("The senator voted for the bill last year. “But ultimately it is the council's decision.”");
  CHECK(quoted.all(UnitType::rebuttal).empty());
  CHECK(quoted.all(UnitType::concession).empty());
  // Nor is a quoted statement the author's concession when the author answers it.
  auto conceded = tag("“We had one revolution and one flag,” he said. But the weapons divided the rebels.");
  CHECK(conceded.all(UnitType::concession).empty());
  // A holder in a relative clause reports that clause only: the contrast is still the author's.
  auto own = tag("The senator voted for the bill last year. But the bill terrifies many moderates, who believe it "
                 "will fail.");
  REQUIRE(own.all(UnitType::rebuttal).size() == 1);
  CHECK(own.all(UnitType::rebuttal)[0]->rule == "contrast_after_concession");
  auto answer = tag("Critics say the plan will fail. But the plan has worked in three other cities.");
  REQUIRE(answer.all(UnitType::rebuttal).size() == 1);
  CHECK(answer.all(UnitType::rebuttal)[0]->rule == "contrast_after_counterclaim");
  const auto& links = answer.all(UnitType::rebuttal)[0]->links;
  REQUIRE(links.size() == 1);
  CHECK(answer.units.units[links[0]].type == UnitType::counterclaim);
  REQUIRE(own.all(UnitType::concession).size() == 1);
  CHECK(own.all(UnitType::concession)[0]->rule == "before_contrast");
  // "Instead" replaces what was denied, and an aside in parentheses grants nothing: no concession, no answer.
  auto instead = tag("The plan is not likely to pass. Instead, the city should build the line.");
  CHECK(instead.all(UnitType::concession).empty());
  CHECK(instead.all(UnitType::rebuttal).empty());
  CHECK(tag("(More on the plan below.) But the plan is not likely to pass.").all(UnitType::concession).empty());
  CHECK(tag("The plan is not likely to pass. But the city should build the line.").all(UnitType::concession).size() == 1);
}

TEST_CASE("a group replying after \"But\" is a dispute between others, not the author's answer") {
  const std::string position = "Critics say the plan will fail. ";
  CHECK(tag(position + "But Republicans scoffed at the idea.").all(UnitType::rebuttal).empty());
  CHECK(tag(position + "But conservatives are vehemently opposed.").all(UnitType::rebuttal).empty());
  CHECK(tag(position + "But many business groups and economists have criticized it.").all(UnitType::rebuttal).empty());
  // The author's forecast or verdict about a group answers: a modal, or a verb that is no reply.
  for (const char* answer : {"But Republicans will need the votes of moderates.", "But the voters know better.",
                             "But Republicans have nobody to blame but themselves.",
                             "But right now, the plan is working."}) {
    auto t = tag(position + answer);
    REQUIRE(t.all(UnitType::rebuttal).size() == 1);
    CHECK(t.all(UnitType::rebuttal)[0]->rule == "contrast_after_counterclaim");
    CHECK(t.all(UnitType::rebuttal)[0]->links.size() == 1);
  }
}

TEST_CASE("a \"But\" that goes on with the position's holder tells the story; about someone else it answers") {
  auto story = tag("Sanders hoped he would win New York. But Sanders lost the primary.");
  REQUIRE(story.all(UnitType::counterclaim).size() == 1);
  CHECK(story.all(UnitType::rebuttal).empty());
  CHECK(tag("Senator Jim Smith opposes the tax cut. But Mr. Smith praised the governor on Tuesday for signing it.")
            .all(UnitType::rebuttal)
            .empty());
  // A forecast about the holder, or a sentence about another name of the position, is the author's answer.
  for (const char* text : {"Sanders hoped he would win New York. But Sanders will win the next one.",
                           "Palin complains about the review board that Obama created. But Obama kept the board small."}) {
    auto t = tag(text);
    REQUIRE(t.all(UnitType::rebuttal).size() == 1);
    CHECK(t.all(UnitType::rebuttal)[0]->rule == "contrast_after_counterclaim");
    CHECK(t.all(UnitType::rebuttal)[0]->links.size() == 1);
  }
}

TEST_CASE("half of a hyphenated compound or of a name is not a reporting verb") {
  auto t = tag("A self-described socialist will speak tonight. A 4-point lead followed the convention. He spoke "
               "at West Point on Monday. The Hill's Morning Report is out.");
  CHECK(t.all(UnitType::attribution).empty());
  auto coordinated = tag("The woman who smashed the glass was neither arrested nor charged.");
  CHECK(coordinated.all(UnitType::attribution).empty());
}

TEST_CASE("a name and its appositive opening the sentence hold what it reports; an opener or a date does not") {
  auto holder = [](const std::string& text) { return span_of_only(text, UnitType::attribution, &Unit::holder); };
  CHECK(holder("Jim Handsaker, a farmer from Story City, Iowa, said the senator should run.") == "Jim Handsaker");
  CHECK(holder("Senate Minority Leader Chuck Schumer, D-N.Y., said Monday that the revelations matter.") ==
        "Senate Minority Leader Chuck Schumer");
  CHECK(holder("But Smith, the director, said it would fail.") == "Smith");
  CHECK(holder("On Monday, Smith said it would fail.") == "Smith");
  CHECK(holder("Meanwhile, Smith said it would fail.") == "Smith");
}

TEST_CASE("a name's party and state, and a news site's link text after it, stand between holder and verb") {
  auto holders = [](const std::string& text) { return spans_of(text, UnitType::attribution, &Unit::holder); };
  using V = std::vector<std::string>;
  CHECK(holders("Sen. Susan Collins (R-Maine) said the trial was fair.") == V{"Sen. Susan Collins"});
  // The article belongs to the name: "the Congressional Budget Office".
  CHECK(holders("In 2019, the Congressional Budget Office estimated that the plan costs more.") ==
        V{"the Congressional Budget Office"});
  // A name inside the sentence's subject: the subject holds ("A county engineer in western Pennsylvania").
  CHECK(holders("A county engineer in western Pennsylvania told me the bridges are failing.") ==
        V{"A county engineer in western Pennsylvania"});
  CHECK(holders("The trustees who oversee Social Security say the fund runs dry.") ==
        V{"The trustees who oversee Social Security"});
  CHECK(holders("A former Senate aide who worked for leaders of both parties told me the rule is dead.") ==
        V{"A former Senate aide who worked for leaders of both parties"});
  CHECK(holders("A few years ago, a team of researchers in Europe wanted to test it.") ==
        V{"a team of researchers in Europe"});
  CHECK(holders("The White House on Monday said the plan is dead.") == V{"The White House"});
  CHECK(holders("Former campaign manager Corey Lewandowski on Saturday told reporters it works.") ==
        V{"Former campaign manager Corey Lewandowski"});
  // "of", "for" and "and" between capitalized words belong to the name.
  CHECK(holders("The Centers for Disease Control and Prevention said the risk is low.") ==
        V{"The Centers for Disease Control and Prevention"});
  CHECK(holders("Yesterday Pelosi and Schumer said the bill is dead.") == V{"Pelosi and Schumer"});
  CHECK(holders("But Justices Anthony Kennedy, Elena Kagan and others wondered if it is coercion.") ==
        V{"Justices Anthony Kennedy, Elena Kagan and others"});
  // The speaker after a quotation: the holder starts after its closing mark.
  CHECK(holders("The mill closed.\n\n\"A tariff is a tax on everybody,\" an industrial economist at a state "
                "university told me.\n\nWe should act.") == V{"an industrial economist at a state university"});
  CHECK(holders("The mill closed.\n\n\"It is over,\" the official said.\n\nWe should act.") == V{"the official"});
  // ... not one that opens a clause of its own.
  CHECK(holders("The bill passed in the House, and Pennsylvania officials said it was fine.") ==
        V{"Pennsylvania officials"});
  CHECK(holders("The same dynamic exists in Connecticut, where Obama hopes to win.") == V{"Obama"});
  // The agent of a study holds its finding.
  CHECK(holders("A study by the Pew Charitable Trusts found that rents rose.") == V{"the Pew Charitable Trusts"});
  CHECK(holders("Voters agree.\n\nA poll by the state university’s survey center this fall found that 64 percent "
                "of voters agree.\n\nWe should act.") == V{"the state university’s survey center"});
  CHECK(holders("The media just goes by whatever they want to say.").empty());  // no clause as a holder
  CHECK(holders("Asked by Fox Business, Haley told reporters the plan works.") == V{"Haley"});
  CHECK(holders("A lawyer for Bezos who was contacted by the Guardian said the report was false.") ==
        V{"A lawyer for Bezos who was contacted by the Guardian"});  // the relative clause's agent
  CHECK(holders("The troops left hours after the White House announced the plan.") == V{"the White House"});
  CHECK(holders("Sen. Susan Collins (who is retiring) said the trial was fair.").empty());
  // The link's full name and related headlines up to "MORE" are read as absent: their words are no cue.
  const std::string linked =
      "Sen. Susan Collins Susan Margaret CollinsLawmakers should pass benefits fix for military families Critics "
      "say Trump must go MORE (R-Maine) said the trial was fair.";
  CHECK(holders(linked) == V{"Sen. Susan Collins"});
  auto t = tag(linked);
  CHECK(t.all(UnitType::claim).empty());
  CHECK(t.all(UnitType::counterclaim).empty());
  REQUIRE(t.all(UnitType::evidence).size() == 1);
  CHECK(t.all(UnitType::evidence)[0]->span == Span{0, static_cast<std::uint32_t>(linked.size())});
  CHECK(holders("Sen. Bernie Sanders Bernie Sanders2020 Democrats push for gun control MORE (I-Vt.) said the "
                "plan works.") == V{"Sen. Bernie Sanders"});
  // A headline with a lost dollar sign ("with .1 million") is link text all the same.
  const std::string cut = "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnell2020 Democrats "
                          "push for gun control action Group targets GOP senators with .1 million ad buy House "
                          "Democrat pushes back against concerns MORE (R-Ky.) said the bill was dead.";
  CHECK(holders(cut) == V{"Senate Majority Leader Mitch McConnell"});
  CHECK(tag(cut).all(UnitType::counterclaim).empty());
  // "McCain" and "DeSantis" are names, not glue.
  CHECK(holders("Sen. John McCain said MORE troops were needed.") == V{"Sen. John McCain"});
}

TEST_CASE("a list before the verb holds as a whole; an opening phrase, an appositive or a clause stays out") {
  CHECK(holder_at("Senators Elizabeth Warren, Bernie Sanders and Cory Booker said the plan would fail.") ==
        "Senators Elizabeth Warren, Bernie Sanders and Cory Booker [0, 57)");
  CHECK(holder_at("Senators Elizabeth Warren, Bernie Sanders, and Cory Booker said the plan would fail.") ==
        "Senators Elizabeth Warren, Bernie Sanders, and Cory Booker [0, 58)");
  CHECK(holder_at("Critics, economists and unions argue that the plan would fail.") ==
        "Critics, economists and unions [0, 30)");
  CHECK(holder_at("The ACLU, Planned Parenthood and the NAACP said the plan would fail.") ==
        "The ACLU, Planned Parenthood and the NAACP [0, 42)");
  CHECK(holder_at("Registered voters in Arizona, Florida, Pennsylvania and Wisconsin said they oppose it.") ==
        "Registered voters in Arizona, Florida, Pennsylvania and Wisconsin [0, 65)");
  // After an opening phrase the list starts after its comma.
  CHECK(holder_at("In 2016, Warren, Sanders and Booker said the plan would fail.") ==
        "Warren, Sanders and Booker [9, 35)");
  // An opening phrase, word or clause is no element of the list, nor is a name with its appositive one.
  CHECK(holder_at("In 2016, Warren and Sanders said the plan would fail.") == "Warren and Sanders [9, 27)");
  CHECK(holder_at("After the vote, Republicans said the plan would fail.") == "Republicans [16, 27)");
  CHECK(holder_at("Yesterday, Warren and Sanders said the plan would fail.") == "Warren and Sanders [11, 29)");
  CHECK(holder_at("Regardless, Republican aides and strategists say the plan would fail.") ==
        "Republican aides and strategists [12, 44)");
  CHECK(holder_at("Yesterday, Smith, the senator, said the plan would fail.") == "Smith [11, 16)");
  CHECK(holder_at("The plan failed, and Democrats said it was dead.") == "Democrats [21, 30)");
  // A speech tag set off inside the sentence: the words before its comma are the sentence's subject.
  CHECK(holder_at("Those findings, Adam and Cowling note, are consistent with other studies.") ==
        "Adam and Cowling [16, 32)");
}

TEST_CASE("a plural title before names holds as the named do: testimony; a group's word stays the group's") {
  // Each counterclaim and evidence unit with its holder: "evidence:testimony Sen. Elizabeth Warren; ".
  auto held = [](const std::string& text) {
    const auto t = tag(text);
    std::string out;
    for (UnitType type : {UnitType::counterclaim, UnitType::evidence}) {
      for (const Unit* u : t.all(type)) {
        out += to_string(type);
        if (type == UnitType::evidence) out.append(":").append(to_string(u->evidence));
        out.append(" ").append(t.of(u->holder)).append("; ");
      }
    }
    return out;
  };
  CHECK(held("Sen. Elizabeth Warren said the bill would pass.") == "evidence:testimony Sen. Elizabeth Warren; ");
  CHECK(held("Senators Elizabeth Warren, Bernie Sanders and Cory Booker said the bill would pass.") ==
        "evidence:testimony Senators Elizabeth Warren, Bernie Sanders and Cory Booker; ");
  CHECK(held("Senators Elizabeth Warren and Bernie Sanders said the bill would pass.") ==
        "evidence:testimony Senators Elizabeth Warren and Bernie Sanders; ");
  CHECK(held("Democrats Nancy Pelosi and Chuck Schumer said the bill would pass.") ==
        "evidence:testimony Democrats Nancy Pelosi and Chuck Schumer; ");
  // ... and a group's word inside a name.
  CHECK(held("House Freedom Caucus Chairman Mark Meadows said the bill would pass.") ==
        "evidence:testimony House Freedom Caucus Chairman Mark Meadows; ");
  CHECK(held("Americans United for Life said the bill would pass.") ==
        "evidence:testimony Americans United for Life; ");
  // A group is held as a group: a name before it, a phrase after it, a quantifier, a day.
  CHECK(held("Senate Democrats said the bill would pass.") == "counterclaim Senate Democrats; ");
  CHECK(held("House Republicans argue the bill would pass.") == "counterclaim House Republicans; ");
  CHECK(held("Senators from both parties said the bill would pass.") == "counterclaim Senators from both parties; ");
  CHECK(held("Many senators said the bill would pass.") == "counterclaim Many senators; ");
  CHECK(held("Many Senate Republicans said the bill would pass.") == "counterclaim Many Senate Republicans; ");
  CHECK(held("Senators said the bill would pass.") == "counterclaim Senators; ");
  CHECK(held("House Democrats Tuesday argued that the bill would fail.") == "counterclaim House Democrats Tuesday; ");
}

TEST_CASE("a subject with its relative clause holds what it reports") {
  CHECK(span_of_only("An engineer who plans capacity for the regional grid operator told me that the plant is "
                     "needed.",
                     UnitType::attribution, &Unit::holder) == "An engineer who plans capacity for the regional grid operator");
}

TEST_CASE("the author's own sources, named with a contact clause, hold what they told: testimony") {
  CHECK(holder_of("The reform advocates I spoke to said the bill was weak.") == "The reform advocates I spoke to");
  CHECK(holder_of("A Kurdish commander I met outside Sinjar last week said the town had fallen.") ==
        "A Kurdish commander I met outside Sinjar");
  CHECK(holder_of("Insurers who I met with said premiums would rise.") == "Insurers who I met with");
  auto parents = tag("Most of the parents I spoke to said they were worried.");
  REQUIRE(parents.all(UnitType::evidence).size() == 1);
  CHECK(parents.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(parents.all(UnitType::counterclaim).empty());
  // Not a clause before the sentence's subject, nor an infinitive after "to".
  CHECK(holder_of("When I asked about the fee, the lawyer said it was waived.") == "the lawyer");
  CHECK(holder_of("They wanted to say the plan was dead.") == "0 attributions");
}

TEST_CASE("a share before a group's name belongs to the holder") {
  CHECK(holder_of("The bill passed, though many Republicans have opposed it for years.") == "many Republicans");
  CHECK(holder_of("In the Senate, a few Republicans want the hearings to continue.") == "a few Republicans");
  CHECK(holder_of("\"It is a freak show,\" one Ohio Republican said.") == "one Ohio Republican");
  // Not the pronoun "one" before a plural ("the one Democrats want"), nor "no one".
  CHECK(holder_of("It is the tax cut that the one Democrats want most.") != "one Democrats");
  CHECK(holder_of("Yet no one EVER complained about it.") != "one EVER");
}

TEST_CASE("'according to' a source its window cut mid-phrase: the source ends where its phrase does") {
  CHECK(holder_of("The wheel was used instead, according to a former Navy technician who worked on the system.") ==
        "a former Navy technician");
  CHECK(holder_of("No deal was near, according to a summary of the meeting posted on the council's website.") ==
        "a summary of the meeting");
  CHECK(holder_of("The vote was close, according to an ABC News/Washington Post poll from last week.") ==
        "an ABC News/Washington Post poll");
  CHECK(holder_of("The House would then (according to the committee's proposal) would choose the president.") ==
        "the committee's proposal");
  // A whole phrase stays whole, a participle before its noun stays.
  CHECK(holder_of("The plan failed, according to two people familiar with it.") == "two people familiar with it");
  CHECK(holder_of("The plan failed, according to a recent profile on a job recruiting website and others.") ==
        "a recent profile on a job recruiting website");
}

TEST_CASE("holders: 'the WHO' is an organization, not the pronoun that ends a holder") {
  CHECK(holder_of("New cases are rising fast, the WHO said on Friday.") == "the WHO");
  CHECK(holder_of("The WHO has continually said that the numbers are too low.") == "The WHO");
  CHECK(holder_of("Those who argue for the plan say it is cheap.") != "Those who");
}

TEST_CASE("political and ideological groups hold positions as other groups do") {
  CHECK(holder_of("Reactionaries often argue that authoritarian rule is more efficient.") == "Reactionaries");
  CHECK(holder_of("Environmentalists have long believed that farmers get too much water.") == "Environmentalists");
  CHECK(holder_of("Civil libertarians said the order did not go far enough.") == "Civil libertarians");
  // ... but not a group that takes in the author: that position is the author's own.
  CHECK(holder_of("Civil libertarians like me have warned about the curtailment of freedoms.") == "0 attributions");
  CHECK(tag("There are plenty of conservatives like myself who believe the system is a mess.")
            .all(UnitType::counterclaim)
            .empty());
  auto t = tag("Reactionaries often argue that authoritarian rule is more efficient. But that is false.");
  REQUIRE(t.all(UnitType::counterclaim).size() == 1);
  CHECK(t.all(UnitType::rebuttal).size() == 1);
}

TEST_CASE("a group told what it should do holds no position: the prescription is the author's") {
  CHECK(holder_of("Conservatives should reject the plan.") == "0 attributions");
  CHECK(holder_of("In the end, parents must show proof of their identity.") == "0 attributions");
  auto t = tag("Conservatives should reject the plan.");
  CHECK(t.all(UnitType::counterclaim).empty());
  CHECK(t.all(UnitType::claim).size() == 1);
  // What the holder says should be done is still theirs, and a weak modal is a hypothetical position.
  CHECK(holder_of("Critics say the plan should be rejected.") == "Critics");
  CHECK(holder_of("Critics may argue that the plan is too costly.") == "Critics");
}

TEST_CASE("a question with its auxiliary before the holder attributes nothing") {
  CHECK(holder_of("What did Ms Pelosi say?") == "0 attributions");
  CHECK(holder_of("Do voters think that the colleges are models for the country?") == "0 attributions");
  CHECK(holder_of("Gee, haven't other politicians thought of that?") == "0 attributions");
  CHECK(tag("What do critics say?").all(UnitType::counterclaim).empty());
  // A position named inside a question stays its holder's.
  CHECK(holder_of("Is it the lack of housing, as the advocates and politicians maintain?") ==
        "the advocates and politicians");
  // An indirect question neither.
  CHECK(holder_of("The question is whether voters will believe the recovery is sustainable.") == "0 attributions");
  CHECK(holder_of("It is unclear whether Trump wants to take the fight to Democrats.") == "0 attributions");
}

TEST_CASE("claiming a thing won or owned is an act, not a statement") {
  CHECK(holder_of("ISIS claimed responsibility for the attack on Tuesday.") == "0 attributions");
  CHECK(holder_of("Clinton claimed victory over Sanders in Kentucky.") == "0 attributions");
  CHECK(holder_of("The Syrian war has already claimed more than a quarter of a million lives.") == "0 attributions");
  CHECK(holder_of("Clinton claimed the vote was rigged against her.") == "Clinton");
}

TEST_CASE("'sure to' and 'certain to' predict, they attribute no eagerness") {
  CHECK(holder_of("Democrats are sure to launch the inquiry.") == "0 attributions");
  CHECK(holder_of("House conservatives are certain to oppose anything that raises spending.") == "0 attributions");
  CHECK(holder_of("Many Democrats are eager for a fight over the budget.") == "Many Democrats");
  CHECK(holder_of("Some Republicans are sure that the bill will fail.") == "Some Republicans");
}

TEST_CASE("a group's word on what it will do is a plan reported, not a position of others") {
  auto plan = tag("Senate Democrats said they'd vote against the bill if it reaches the floor.");
  CHECK(plan.all(UnitType::counterclaim).empty());
  REQUIRE(plan.all(UnitType::evidence).size() == 1);
  CHECK(plan.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(tag("The administration said Friday it will stop the deportations.").all(UnitType::counterclaim).empty());
  // A judgment of a plan, a wish, or a past act told stays the group's position.
  CHECK(tag("Democrats say it would amount to a gutting of the program.").all(UnitType::counterclaim).size() == 1);
  CHECK(tag("Democrats say they'd like a clean bill.").all(UnitType::counterclaim).size() == 1);
  CHECK(tag("Critics said they'd seen no proof of fraud.").all(UnitType::counterclaim).size() == 1);
}

TEST_CASE("a modal inside a quotation is the quoted speaker's, not the author's claim") {
  auto t = tag("As he said at the academy: “our actions should meet a simple test.”");
  CHECK(t.all(UnitType::claim).empty());
  // A quotation that opened in an earlier sentence ends with the mark before its reporting verb.
  auto closing = tag("“The rule is unlawful. We will sue swiftly and we must win,” said Lee Gelernt of the ACLU.");
  CHECK(closing.all(UnitType::claim).empty());
  REQUIRE(closing.all(UnitType::evidence).size() == 2);  // both sentences are the quotation
  CHECK(closing.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(closing.all(UnitType::evidence)[1]->evidence == EvidenceType::testimony);
  auto own = tag("Our actions should meet a simple test, as he said at the academy.");
  REQUIRE(own.all(UnitType::claim).size() == 1);
  CHECK(own.all(UnitType::claim)[0]->rule == "modal_should");
}

TEST_CASE("a demand someone is reported to make is theirs; a report in a clause of the author's leaves it the "
          "author's") {
  auto claims = [](const std::string& text) { return spans_of(text, UnitType::claim); };
  using V = std::vector<std::string>;
  CHECK(claims("Trump also warned that the U.S. must avoid the migration problems of Europe.").empty());
  CHECK(claims("All the same, this shouldn't discourage people from saving, McBride said.").empty());
  CHECK(claims("So while historians can debate the policy, the last four months should be remembered.") ==
        V{"So while historians can debate the policy, the last four months should be remembered."});
  CHECK(claims("The purchases should be maintained because markets indicate that they work.") ==
        V{"The purchases should be maintained because markets indicate that they work."});
  CHECK(claims("Kennedy said we must act now.") == V{"Kennedy said we must act now."});  // the speaker's "we"
  // A pronoun reports too: the sentence is testimony held by "He", not the author's prediction.
  const std::string he = "He said the plan would fail. But Mulvaney has said he wants a deal.";
  CHECK(claims(he).empty());
  CHECK(spans_of(he, UnitType::attribution, &Unit::holder) == V{"He", "Mulvaney"});  // not the "he" in the report
  CHECK(spans_of(he, UnitType::counterclaim).empty());
}

TEST_CASE("'It said' holds as 'He said' does: in news an organisation or a document speaks; not an idiom or a fact") {
  CHECK(holder_at("It said the plan would fail.") == "It [0, 2)");
  auto imf = tag("The IMF warned of severe risks. It said the plan would fail.");
  const auto both = imf.all(UnitType::attribution);
  REQUIRE(both.size() == 2);
  CHECK(imf.of(both[0]->holder) == "The IMF");
  CHECK(both[1]->holder == Span{32, 34});
  CHECK(imf.of(both[1]->cue) == "said");
  // The sentence is testimony held by "It", not the author's prediction.
  const auto said = tag("It said the plan would fail.");
  REQUIRE(said.all(UnitType::evidence).size() == 1);
  CHECK(said.all(UnitType::evidence)[0]->rule == "source_says");
  CHECK(said.of(said.all(UnitType::evidence)[0]->holder) == "It");
  CHECK(said.all(UnitType::claim).empty());
  CHECK(holder_at("The plan will fail, it said.") == "it [20, 22)");
  CHECK(holder_at("But it argued that the plan would fail.") == "it [4, 6)");
  // An idiom, an object, an act, or a fact that shows or suggests: no attribution.
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("It says a lot about the plan."));
  CHECK(none("It said nothing about the plan."));
  CHECK(none("It claims a historical hero in Justice Brandeis."));
  CHECK(none("On Monday, it added Joseph Russo, a former aide."));
  CHECK(none("It shows that the plan would fail."));
  CHECK(none("It suggests the plan would fail."));
  // "it" inside a report is the report's subject, not a speaker of its own.
  CHECK(holder_at("The company said it warned regulators.") == "The company [0, 11)");
  // "It is said that" stays an impersonal counterclaim cue, with no holder.
  const auto impersonal = tag("It is said that the plan would fail.");
  REQUIRE(impersonal.all(UnitType::counterclaim).size() == 1);
  CHECK(impersonal.all(UnitType::counterclaim)[0]->rule == "it_is_said");
  CHECK(impersonal.all(UnitType::counterclaim)[0]->holder.empty());
}

TEST_CASE("reporting verbs that are nouns or acts: no attribution") {
  auto holders = [](const std::string& text) { return spans_of(text, UnitType::attribution, &Unit::holder); };
  using V = std::vector<std::string>;
  CHECK(holders("The president has no doubt about the economy.").empty());
  CHECK(holders("The council should require quarterly reports on response times.").empty());
  CHECK(holders("Democrats should make public a long-awaited Senate report on torture.").empty());
  CHECK(holders("A Democrat said the bill failed.") == V{"A Democrat"});
  // A singular subject takes no base form: the cue is a noun ("A New York Times report said", "a conservative
  // think tank"), unlike after a count or share, or with do-support.
  CHECK(holders("A New York Times report said the plan would fail.") == V{"A New York Times report"});
  CHECK(holders("Chris Edwards of the Cato Institute, a libertarian think tank, disagrees.").empty());
  CHECK(holders("A number of critics say the plan would fail.") == V{"A number of critics"});
  CHECK(holders("A 2011 Pew poll found the plan would fail.") == V{"A 2011 Pew poll"});
  CHECK(holders("An innovator doesn't insist on the plan.") == V{"An innovator"});
  // A cue right after a preposition is its object, unless a relative clause leaves the preposition behind.
  CHECK(holders("The probe into alleged collusion continues.").empty());
  CHECK(holders("The stations near protest areas were closed.").empty());
  CHECK(holders("Critics have called into question the ability of the mayor to lead.") == V{"Critics"});
  CHECK(holders("The families CNN spoke with said the water was unsafe.") == V{"The families CNN spoke with"});
  CHECK(holders("The mayor has since said the water was safe.") == V{"The mayor"});
  CHECK(holders("There is some hope that the council will act.").empty());
  // After a possessive or a judging adjective the cue is a noun; a position noun with its clause keeps the
  // possessor as its holder. "maintain" with a thing kept is an act.
  CHECK(holders("Democrats' push for an inquiry is an election strategy.").empty());
  CHECK(holders("The mayor repeated some inaccurate claims about the fares.").empty());
  CHECK(holders("The only question is whether the fares will fall.").empty());
  CHECK(holders("The Guardian first reported that the fares would fall.") == V{"The Guardian"});
  CHECK(holders("The release bolstered critics' claims that the fares were too high.") == V{"critics"});
  CHECK(holders("Republicans will maintain control of the Senate.").empty());
  CHECK(holders("Republicans maintain that the fares are too high.") == V{"Republicans"});
  // A noun with a reduced relative clause: the group holds it.
  CHECK(holders("The mayor cut the fares, a move critics say could bankrupt the city.") == V{"critics"});
  CHECK(holders("A dozen critics say the fares are too high.") == V{"A dozen critics"});
  CHECK(holders("There are some who argue that the council will act.") == V{"some"});
  CHECK(holders("Lt. Gov. Will Ainsworth announced the plan.") == V{"Lt. Gov. Will Ainsworth"});
  CHECK(tag("Lt. Gov. Will Ainsworth announced the plan.").all(UnitType::claim).empty());  // "Will" is a name
  // An adverb between holder and verb is skipped; a noun in -ly is no adverb.
  CHECK(holders("The mayor consistently argued the plan works.") == V{"The mayor"});
  CHECK(holders("The lawyers for his family described the arrest.") == V{"The lawyers for his family"});
  // After a determiner the cue is a noun; "point" reports only as "point out", "point to", "point fingers".
  CHECK(holders("The prosecution team does warrant some of the blame for the delay.").empty());
  CHECK(holders("The hiring will clear some of the doubts hanging over the economy.").empty());
  CHECK(holders("Some of the critics argue the tax is bad.") == V{"Some of the critics"});
  CHECK(holders("At some point, those beliefs will be shattered.").empty());
  CHECK(holders("The consequences show up in every rent check.").empty());  // appear, not report
  CHECK(holders("Critics point out that the tax is bad.") == V{"Critics"});
  // "according to" as "in accordance with" names no source.
  // Sources as bare plurals, in a closing speech tag too; a source's word before a group's is the group.
  CHECK(holders("All of the shooting took place in one classroom, authorities said.") == V{"authorities"});
  CHECK(holders("The suspect fled on foot, police said.") == V{"police"});
  // The head noun before "of" holds: "Supporters of the fees"; not a share of a pronoun or an accused's act.
  CHECK(holders("Supporters of the fees point to their revenue.") == V{"Supporters of the fees"});
  CHECK(holders("Many of us had hoped the fees would fall.").empty());
  // A plural noun that can be a verb names a thing after a bare noun; "nobody" and "no economist" report
  // nothing.
  CHECK(holders("The address was listed in court documents.").empty());
  CHECK(holders("Police reports show a rise in thefts.").empty());
  CHECK(holders("Some of the initial protests turned violent.").empty());
  CHECK(holders("There were some scattered protests.").empty());
  CHECK(holders("Nobody mentions his most radical demands.").empty());
  CHECK(holders("Those old fears were confirmed.").empty());
  CHECK(holders("The mayor fears that the plan will fail.") == V{"The mayor"});  // the verb
  // A comparison's second term is no holder's phrase; an age bound is.
  CHECK(holders("The strikes killed far more people than the Pentagon has acknowledged.") == V{"the Pentagon"});
  CHECK(holders("Voters older than 65 said they would vote.") == V{"Voters older than 65"});
  // A cue noun after a common noun with a determiner is a compound ("the citizenship question"); after a
  // preposition's noun, a relative clause or a count it is the verb.
  CHECK(holders("The administration added the citizenship question to the census.").empty());
  CHECK(holders("The case involves the president's privilege claim over the tapes.").empty());
  CHECK(holders("Defenders in the party claim it was all hearsay.") == V{"Defenders in the party"});
  CHECK(holders("Critics of the school board question whether it acted in time.") == V{"Critics of the school board"});
  // "hope" as a noun: of something, given, or ending the sentence; a speaker set off by commas hopes.
  CHECK(holders("The ruling gave Democrats hope of new maps.").empty());
  CHECK(holders("It was a story that gave people hope that the parties could work together.").empty());
  CHECK(holders("Yet there is some hope of change.").empty());
  CHECK(holders("These efforts, health officials hope, will cut smoking.") == V{"health officials"});
  CHECK(holders("Democrats hope to win the seat.") == V{"Democrats"});
  // Half of a hyphenated word is no verb; a cue noun after "during" or "after" is a noun.
  CHECK(holders("It is possible he had some write-in votes.").empty());
  CHECK(holders("Police arrested nine people during protests in the city.").empty());
  CHECK(holders("The tweets came after reports surfaced on Monday.").empty());
  CHECK(holders("The event did not fulfil his critics’ worst fears of a partisan rally.").empty());
  // The holder ends before a verb whose object is the cue noun.
  CHECK(holders("Some opponents have expressed fears that the plan will fail.") == V{"Some opponents"});
  CHECK(holders("Some in the party hold out hope that the debate could help.") == V{"Some in the party"});
  CHECK(holders("Critics raised doubts that the law would work.") == V{"Critics"});
  CHECK(holders("The army handed over the cities to the police, a main demand of discontented tribal leaders.").empty());
  CHECK(holders("Millions of Americans filed initial jobless claims last week.").empty());
  CHECK(holders("He made several potentially explosive claims in the interview.").empty());
  // A count or a year before a cue noun; a judgment; an idiom. Not a counted subject.
  CHECK(holders("The pollsters asked voters around the country one question.").empty());
  CHECK(holders("A 2016 report documented the problem.").empty());
  CHECK(holders("The state averaged 3,000 claims a week.").empty());
  CHECK(holders("Republicans deserve blame for the delay.").empty());
  CHECK(holders("Few outlets could lay claim to as many articles.").empty());
  CHECK(holders("The fast-racing flames claimed at least 42 lives.").empty());  // took, not said
  CHECK(holders("All four claim that the option had been chosen for them.") == V{"All four"});
  CHECK(holders("Others in the Gang of Eight fear the plan could sink the deal.") == V{"Others in the Gang of Eight"});
  CHECK(holders("Intelligence officials cast doubt on his account.") == V{"Intelligence officials"});
  CHECK(holders("Politicians and pundits either don't think it matters or don't care.") == V{"Politicians and pundits"});
  CHECK(holders("The state’s economy grew fast, the research firm estimates.") == V{"the research firm"});
  CHECK(holders("No serious economist has confirmed this prediction.").empty());
  CHECK(holders("Nobody believes the plan will pass.").empty());
  CHECK(holders("Voters were sorted according to party identification.").empty());
  CHECK(holders("Everything is going according to plan.").empty());
  CHECK(holders("The board acted according to the rules.").empty());
  CHECK(holders("A fixing of rent prices according to the market alone will divide the city.").empty());
  CHECK(holders("Aid is given according to need.").empty());
  CHECK(holders("The plan costs more, according to law enforcement officials.") == V{"law enforcement officials"});
  CHECK(holders("Most Latinos support the DREAM Act according to a poll by the Pew Hispanic Center.") ==
        V{"the Pew Hispanic Center"});  // the poll's agent
  CHECK(holders("He came across notecards about all this galaxy of wonder.").empty());
  CHECK(holders("Some observers wondered if he picked the fight to distract the media.") == V{"Some observers"});
  CHECK(holders("Many conservatives do believe the tax is bad.") == V{"Many conservatives"});  // emphatic "do"
  // A holder in a condition wants or says nothing yet.
  CHECK(holders("This is the normal framework whenever Washington wants to enlist the states.").empty());
  CHECK(holders("If the Democrats want to win, they must fight.").empty());
  CHECK(holders("It has appeal, but only if voters think that it is true.").empty());
  CHECK(holders("When critics say the plan fails, they ignore the data.") == V{"critics"});
}

TEST_CASE("a quotation that runs over several sentences is the speaker's throughout") {
  // Opened in one sentence, closed two later: the middle one has no mark of its own.
  auto t = tag("\"It can be proven that Russia is not our friend,\" Gowdy said. \"So the President needs to rely on "
               "his advisers. But the disconnect cannot continue. The evidence is overwhelming.\"\n\n"
               "The senator should resign.");
  const auto claims = t.all(UnitType::claim);
  REQUIRE(claims.size() == 1);
  CHECK(t.of(claims[0]->span) == "The senator should resign.");
  CHECK(t.all(UnitType::rebuttal).empty());  // "But ..." inside the quotation is not the author's answer
  CHECK(t.all(UnitType::evidence).size() == 4);
  // Single marks inside double ones quote within the quotation; they do not end it.
  auto nested = tag("\"You pay, or get killed,\" says his wife. \"There is no in between. If you say, 'OK, I'll "
                    "become Muslim,' there is no problem. That is their aim.\"");
  CHECK(nested.all(UnitType::claim).empty());
  // A speaker who never closes the quotation (transcripts): the words after it are the speaker's own again.
  auto unclosed = tag("They told me, \"No, we are spending your money. We must cut taxes now.\n"
                      "KERRY: We should raise them.");
  CHECK(unclosed.all(UnitType::claim).size() == 2);
  // A line that opens with a speaker's label and a mark it never closes is the speaker's to its end.
  auto labelled = tag("\u25CF Joe Biden: \u201CWe're in a situation now where too many people are in jail. Nobody "
                      "should be in jail for a drug problem. They should be going to rehabilitation.\n\n"
                      "The senator should resign.");
  REQUIRE(labelled.all(UnitType::claim).size() == 1);
  CHECK(labelled.of(labelled.all(UnitType::claim)[0]->span) == "The senator should resign.");
  CHECK(labelled.all(UnitType::evidence).size() == 3);
  // A closing mark after the last full stop, with no mark before it: the end of a quotation that began in an
  // earlier paragraph.
  auto ended = tag("\"The plan fails every rider in the city.\n\nIt should be repealed by the council.\"\n\n"
                   "The council should act.");
  REQUIRE(ended.all(UnitType::claim).size() == 1);
  CHECK(ended.of(ended.all(UnitType::claim)[0]->span) == "The council should act.");
}

TEST_CASE("not positions of others: poll findings, acts with an object, nouns that look like verbs") {
  auto counterclaims = [](const std::string& text) { return tag(text).all(UnitType::counterclaim).size(); };
  // A share of a poll's respondents holds a finding (a statistic), not a position.
  CHECK(counterclaims("A survey found that 68 percent of voters want to keep the current system. But the "
                      "governor disagrees.") == 0);
  CHECK(counterclaims("The vast majority of voters have said the ballot was simple to use. But critics remain.") ==
        0);
  CHECK(counterclaims("A group of legislators announced a bill to repeal the system. But the bill will fail.") == 0);
  CHECK(counterclaims("It fails people with strong claims, who wait years in limbo.") == 0);
  CHECK(counterclaims("Some voters want to keep the current system. But the governor disagrees.") == 1);
}

TEST_CASE("holders: groups inside 'there are those who', impersonal 'it is often said'") {
  auto t = tag("There are some in the mayor's camp who even accuse the council of stalling. It is often said "
               "that voters do not care about zoning.");
  const auto cc = t.all(UnitType::counterclaim);
  REQUIRE(cc.size() == 2);
  CHECK(t.of(cc[0]->holder) == "some in the mayor's camp");
  CHECK(cc[0]->rule == "there_are_those");
  CHECK(cc[1]->rule == "it_is_said");
  CHECK(cc[1]->holder.empty());
}

TEST_CASE("positions of others without a named holder: imagined, impersonal, 'according to critics'") {
  auto rule_of = [](const std::string& text) {
    auto t = tag(text);
    const auto cc = t.all(UnitType::counterclaim);
    return cc.size() == 1 ? std::string(cc[0]->rule) : std::string("none");
  };
  CHECK(rule_of("It could be argued that the fees are too high.") == "it_could_be_argued");
  CHECK(rule_of("It might be objected that the plan costs too much.") == "it_could_be_argued");
  CHECK(rule_of("A common objection is that the fees are too high.") == "objection_is");
  CHECK(rule_of("The counterargument is that the plan helps the poor.") == "objection_is");
  CHECK(rule_of("Their only complaint is that the plan is too slow.") == "objection_is");
  CHECK(rule_of("My objection is that the plan is too slow.") == "none");  // the author's own
  CHECK(rule_of("There is a view that the fees are too high.") == "there_is_a_view");
  CHECK(rule_of("It is a widely held belief that the fees are too high.") == "there_is_a_view");
  CHECK(rule_of("It's a feeling that's like clockwork after eight years.") == "none");  // a cleft
  CHECK(rule_of("Many are of the opinion that the fees are too high.") == "holder_verb");
  CHECK(rule_of("According to critics, the fees are too high.") == "according_to");
  CHECK(rule_of("According to the budget office, the fees are too high.") == "none");  // testimony
  CHECK(rule_of("You might think that the fees are too high.") == "one_could_argue");
  CHECK(rule_of("One would think the party would welcome the chance.") == "one_could_argue");
  CHECK(rule_of("It is not as illegal as one might think.") == "none");
  CHECK(rule_of("Whatever one may think of the statements, the law is clear.") == "none");
  CHECK(rule_of("You could think of the virus as a metaphor.") == "none");
  CHECK(rule_of("One can believe both that the press must be free and that it errs.") == "none");
  auto conceded = [](const std::string& text) { return tag(text).all(UnitType::concession).size() == 1; };
  CHECK(conceded("Nobody denies that the fees are high."));
  CHECK(conceded("There is no denying that the fees are high."));
  CHECK(conceded("At first glance, the fees seem high."));
  CHECK(conceded("It cannot be denied that the fees are high."));
}

TEST_CASE("holders: a name after a preposition ends a noun phrase that holds as a whole") {
  CHECK(holder_of("Professors at Yale argue that the rule is unfair.") == "Professors at Yale");
  CHECK(holder_of("A recent report in Boston said the rule is unfair.") == "A recent report in Boston");
  CHECK(holder_of("On Monday, a spokesman for the Pentagon told reporters that the rule is unfair.") ==
        "a spokesman for the Pentagon");
  // Not an object before the speaker's comma, nor a phrase that opens no clause, nor an agent ("by" holds).
  CHECK(holder_of("I am disappointed in the state of Minnesota, Castile said.") == "Castile");
  CHECK(holder_of("A study by Smith concluded that the rule is unfair.") == "Smith");
  // Nor after "this", whose holders are dropped: the name keeps the report.
  CHECK(holder_of("This chart from Health Affairs shows that the rule is unfair.") == "Health Affairs");
}

TEST_CASE("holders: a name before its title holds when the title's closing comma is missing") {
  CHECK(holder_of("The market is overbought,\u201d Ryan Detrick, Senior Market Strategist at LPL Financial wrote "
                  "after the bell.") == "Ryan Detrick");
  CHECK(holder_of("Katie Hill, a spokesperson for Obama told reporters that the rule is unfair.") == "Katie Hill");
  CHECK(holder_of("Torsten Slok, chief economist for Deutsche Bank said that the rule is unfair.") == "Torsten Slok");
  // Not after an opening phrase or adverb, nor a place's second half, nor a speech tag set off in the name's clause.
  CHECK(holder_of("In Boston, a spokesman for the Pentagon told reporters that the rule is unfair.") ==
        "a spokesman for the Pentagon");
  CHECK(holder_of("Meanwhile, a spokesman for the Pentagon told reporters that the rule is unfair.") ==
        "a spokesman for the Pentagon");
  CHECK(holder_of("Clinton will speak about the attack in Benghazi, Libya, the office of Chairman Ed Royce announced "
                  "Monday.") == "the office of Chairman Ed Royce");
  CHECK(holder_of("Trump, a spokesman for the Pentagon told reporters, is wrong about the rule.") ==
        "a spokesman for the Pentagon");
  // A title an article opens: after a name of two words or more that opens the sentence or follows a quotation.
  CHECK(holder_of("Anne Milgram, a former New Jersey attorney general told CNN that the rule is unfair.") ==
        "Anne Milgram");
  CHECK(holder_of("\"The rule is unfair,\" Tim Miller, a Republican strategist wrote.") == "Tim Miller");
  CHECK(holder_of("He mused about firing his law firm, Jones Day, the Associated Press reported.") ==
        "the Associated Press");
  CHECK(holder_of("Mr Coats, the former official told the newspaper, felt ignored by the president.") ==
        "the former official");
  CHECK(holder_of("Besides Burr, the Daily Beast reported that the rule is unfair.") == "the Daily Beast");
  CHECK(holder_of("Brown interrupted, saying: \u201cMr. Chairman, the public believes it.\u201d") == "the public");
}

TEST_CASE("holders: a participle after a place's name reports for the clause's subject, not the place") {
  CHECK(holder_of("Warren stood in the U.S. Senate insisting that the nominee is dangerous.") == "Warren");
  CHECK(holder_of("Trump appeared on Fox News arguing that the rule is unfair.") == "Trump");
  // An irregular past after a name or a pronoun is the clause's verb.
  CHECK(holder_of("He got down to business, saying he wanted to expand the program.") == "He");
  // Not a source's name ("from"), a name after an object, a date, nor a participle after a noun.
  CHECK(holder_of("Trump released a statement from the White House saying that the rule is unfair.") ==
        "the White House");
  CHECK(holder_of("NBC News quoted someone familiar with talks in the White House warning that the rule is unfair.") ==
        "0 attributions");
  CHECK(holder_of("He was referring to a report released in December saying that the rule is unfair.") ==
        "a report released in December");
  CHECK(holder_of("The parents of two children shot in that attack are suing him, saying he made false claims.") ==
        "0 attributions");
}

TEST_CASE("holders: a name or pronoun and another subject joined by 'and' hold together") {
  CHECK(holder_of("Trump and administration officials say that the rule is unfair.") ==
        "Trump and administration officials");
  CHECK(holder_of("Obama and his allies argue that the rule is unfair.") == "Obama and his allies");
  CHECK(holder_of("He and fellow lawmakers fear that the rule is unfair.") == "He and fellow lawmakers");
  // Not a clause after a comma and "and", nor an opener.
  CHECK(holder_of("The plan failed, and Democrats said that the rule is unfair.") == "Democrats");
  CHECK(holder_of("Yesterday and today officials said that the rule is unfair.") == "officials");
}

TEST_CASE("holders: a holder that runs over a clause of its own ends at the clause's coordinator") {
  // The next clause's subject holds the verb.
  CHECK(holder_of("Democrats blasted the president and Republicans blamed the governor for the delay.") ==
        "Republicans");
  CHECK(holder_of("Many people have lost their jobs and some are afraid that the factory will close.") == "some");
  {
    auto t = tag("Some residents want it destroyed and others question whether it can change.");
    const auto a = t.all(UnitType::attribution);  // "want" and "question"
    REQUIRE(a.size() == 2);
    CHECK(t.of(a[0]->holder) == "Some residents");
    CHECK(t.of(a[1]->holder) == "others");
  }
  // The sentence's subject holds a second verb after "but" or "and then".
  CHECK(holder_of("She condemned the remarks but said the party would stand with him.") == "She");
  // (a passive reports nothing)
  CHECK(holder_of("He spoke of the bills passed by the House and rejected by the Senate.") == "0 attributions");
  CHECK(holder_of("The left sorted everyone into identity groups and then told them that the rule is unfair.") ==
        "The left");
  CHECK(holder_of("That is not debatable, so early-voting supporters concede the point and then say it does not "
                  "matter.") == "supporters");
  // A past verb after "and" takes the cue word as its object noun: no report.
  CHECK(holder_of("The deal heartened his Republican allies and soothed some worried Democrats.") ==
        "0 attributions");
  CHECK(holder_of("The attack killed 14 people and gave hope to the militants.") == "0 attributions");
  // Not a participle after its noun or a quantifier, not names joined as one object, not "the left", not a
  // relative clause's verbs.
  CHECK(holder_of("Officials involved in the talks and experts said the deal was close.") ==
        "Officials involved in the talks and experts");
  CHECK(holder_of("Both uniformed and civilian leadership have warned that deep cuts would hurt.") ==
        "Both uniformed and civilian leadership");
  CHECK(holder_of("Those rulings made Presidents Bush and Obama think twice about the policy.") ==
        "Those rulings made Presidents Bush and Obama");
  CHECK(holder_of("The political left and establishment journalists want nothing more than a return.") ==
        "The political left and establishment journalists");
  CHECK(holder_of("A businessman who attended the meeting and has met with Lam recently said the mood was grim.") ==
        "A businessman who attended the meeting and has met with Lam");
  CHECK(holder_of("In a moment before the cameras, he knelt down, put his left arm around her back and said a "
                  "prayer.") == "0 attributions");
}

TEST_CASE("attributions: 'push' reports an objection, a demand or a story pushed, not an act") {
  CHECK(holder_of("Republicans pushed back on the obstruction accusation.") == "Republicans");
  CHECK(holder_of("Progressive groups have long pushed for such a change.") == "Progressive groups");
  CHECK(holder_of("Joe Biden pushed in 2016 for the dismissal of the prosecutor.") == "Joe Biden");
  CHECK(holder_of("Rubio has pushed the conspiracy theory that the election was stolen.") == "Rubio");
  CHECK(holder_of("Mr. Wyden pushed \u2014 \u201cIt does not?\u201d") == "Mr. Wyden");
  CHECK(holder_of("The growth has pushed the unemployment rate to its lowest level since 2000.") == "0 attributions");
  CHECK(holder_of("Trump has pushed China to pressure North Korea.") == "0 attributions");
  CHECK(holder_of("In 2010, Democrats pushed through a DREAM Act proposal.") == "0 attributions");
  CHECK(holder_of("The post got a lot of thumbs-up, but also some push-back.") == "0 attributions");
}

TEST_CASE("holders: a share of a relative clause's antecedent holds with the antecedent") {
  CHECK(holder_of("Democrats, many of whom believe that the vote was rigged, are sounding the alarm.") ==
        "Democrats, many of whom");
  CHECK(holder_of("The ads reach voters in swing states, many of whom complain about the attacks.") ==
        "voters in swing states, many of whom");
  CHECK(holder_of("It was tailored to his hardcore supporters, most of whom dismissed the tape as talk.") ==
        "his hardcore supporters, most of whom");
  // Not a time or a thing.
  CHECK(holder_of("The review drew speculation over the last 18 months, many of whom predicted a crime.") ==
        "many of whom");
  CHECK(holder_of("Trump jabbed protesters opposed to the judge, many of whom argued it was unfair.") ==
        "many of whom");
}

TEST_CASE("quotations: a speaker named before the colon that opens the quotation holds it") {
  auto holder = [](const std::string& text) {
    auto t = tag(text);
    const auto ev = t.all(UnitType::evidence);
    REQUIRE(ev.size() == 1);
    CHECK(ev[0]->evidence == EvidenceType::testimony);
    return std::string(t.of(ev[0]->holder));
  };
  CHECK(holder("Jack Keane: \"I think most of us are pretty disappointed by the envoy.\"") == "Jack Keane");
  CHECK(holder("Said Macron: \u201cWe will never convince the middle class.\u201d") == "Macron");
  CHECK(holder("Claim: \"More people are working now than at any time in our history.\"").empty());  // a label
}

TEST_CASE("attributions: nobody holds what 'no' denies, and asking for a thing requests it") {
  CHECK(holder_of("No lawmakers have said publicly that they changed their minds.") == "0 attributions");
  CHECK(holder_of("So far no Senate Republicans have said they would vote to convict him.") == "0 attributions");
  CHECK(holder_of("Or you can ask for the plate.") == "0 attributions");
  CHECK(holder_of("No, Republicans said, the bill is not dead.") == "Republicans");  // an interjection
}

TEST_CASE("holders: a participle after a clause with no comma reports for the clause's subject") {
  CHECK(holder_of("The senator met with Pelosi saying the bill was dead.") == "The senator");
  CHECK(holder_of("Shortly after, the campaign circulated a memo arguing that the plan is unfair.") ==
        "the campaign");
  CHECK(holder_of("The group later posted a message warning that the plan is unfair.") == "The group");
  // ... or for the one quoted.
  CHECK(holder_of("The newspaper also quoted Sanchez as saying that the plan is unfair.") == "Sanchez");
  CHECK(holder_of("They quoted residents and experts saying the rule is unfair.") == "residents and experts");
  // A pronoun and its verb before the holder: the verb's object is the reported clause's subject.
  CHECK(holder_of("After two terms, he knew people wanted a change.") == "people");
  // Not a participle after its noun, nor a relative clause's verb.
  CHECK(holder_of("He cited a report released in December saying that the rule is unfair.") ==
        "a report released in December");
  CHECK(holder_of("Millions of Egyptians who cheered for Morsy were saying that the vote was stolen.") ==
        "Millions of Egyptians who cheered for Morsy");
}

TEST_CASE("holders: a title before a name holds with it, and the name says who holds") {
  CHECK(holder_of("Atlanta restaurant owner Emily Chan said the tax would hurt her business.") ==
        "Atlanta restaurant owner Emily Chan");
  CHECK(holder_of("\u201cThis is wrong,\u201d Democratic National Committee chairman Tom Perez said.") ==
        "Democratic National Committee chairman Tom Perez");
  CHECK(holder_of("Asked about it, Daniels\u2019 lawyer Michael Avenatti told MSNBC the plan was unfair.") ==
        "Daniels\u2019 lawyer Michael Avenatti");
  CHECK(holder_of("The veteran Republican strategist Jim Manley said the plan was unfair.") ==
        "The veteran Republican strategist Jim Manley");
  // A union or a critic in the title does not make a named person's statement a group's position.
  auto t = tag("Union vice president Stacy Davis Gates said there is a gross disconnect.");
  CHECK(t.all(UnitType::counterclaim).empty());
  REQUIRE(t.all(UnitType::evidence).size() == 1);
  CHECK(t.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(t.of(t.all(UnitType::evidence)[0]->holder) == "Union vice president Stacy Davis Gates");
  // Not a phrase that ends in a preposition, a participle or quoted words.
  CHECK(holder_of("Speaking to reporters Emily Chan said the tax would hurt.") == "Emily Chan");
  CHECK(holder_of("Staffers around Mr. Trump acknowledge that his tweets can cause damage.") ==
        "Staffers around Mr. Trump");
  CHECK(holder_of("Despite the \u201cstrange and uncertain\u201d times President Barack Obama says we live in, he is hopeful.") ==
        "President Barack Obama");
}

TEST_CASE("holders: a subject before its relative clause set off holds, without the clause") {
  CHECK(holder_of("Sens. Elizabeth Warren and Brian Schatz, who requested the review, said the rule is unfair.") ==
        "Sens. Elizabeth Warren and Brian Schatz");
  CHECK(holder_of("Smith and Jones, both of whom oppose the plan, argue that the rule is unfair.") == "Smith and Jones");
  CHECK(holder_of("Trump, who nominated Kavanaugh to the court, said on Monday the rule is unfair.") == "Trump");
  // The whole subject holds, its title and first elements too.
  CHECK(holder_of("Former state Sen. Brian Lees, who served as minority leader, said the rule is unfair.") ==
        "Former state Sen. Brian Lees");
  CHECK(holder_of("Feld and his daughter Juliette Feld, who runs the company, said the rule is unfair.") ==
        "Feld and his daughter Juliette Feld");
  // The noun phrase a name after a preposition ends holds as a whole, as with no clause.
  CHECK(holder_of("And the head of the agency, who was not part of the talks, said that the rule is unfair.") ==
        "the head of the agency");
  CHECK(holder_of("Two tourists from Greece, who landed in San Francisco hours before, said the rule is unfair.") ==
        "Two tourists from Greece");
  // A clause that says they know the matter first hand makes them sources, as inside the holder.
  auto t = tag("Several staffers, who spoke to NPR on condition they not be named, said that the rule is unfair.");
  CHECK(t.all(UnitType::counterclaim).empty());
  REQUIRE(t.all(UnitType::evidence).size() == 1);
  CHECK(t.of(t.all(UnitType::evidence)[0]->holder) == "Several staffers");
  // A source noun opening a list of plural nouns holds with it, with or without the clause.
  CHECK(holder_of("Doctors and nurses, who have worked through the pandemic, say the hospitals are full.") ==
        "Doctors and nurses");
  CHECK(holder_of("Doctors and nurses say the hospitals are full.") == "Doctors and nurses");
  // Not a clause inside the sentence's own subject, nor one after an opening phrase.
  CHECK(holder_of("The bill, which critics say is unfair, passed the House.") == "critics");
  CHECK(holder_of("In Iowa, which votes first, officials said that the rule is unfair.") == "officials");
}

TEST_CASE("holders: neighbors, relatives and eyewitnesses tell what they saw: testimony, not a position") {
  auto kinds = [](const std::string& text) {
    auto t = tag(text);
    const auto ev = t.all(UnitType::evidence);
    return fmt::format("{} counterclaim(s), {} testimony", t.all(UnitType::counterclaim).size(),
                       ev.size() == 1 && ev[0]->evidence == EvidenceType::testimony ? t.of(ev[0]->holder) : "no");
  };
  CHECK(kinds("Neighbors in Anchorage say Santiago and his girlfriend were pleasant enough.") ==
        "0 counterclaim(s), Neighbors in Anchorage testimony");
  CHECK(kinds("Some eyewitnesses say that hostages were dragged into a building.") ==
        "0 counterclaim(s), Some eyewitnesses testimony");
  // Residents and critics hold positions.
  CHECK(kinds("Residents in Anchorage say the new rule is unfair.") == "1 counterclaim(s), no testimony");
  CHECK(kinds("Critics in Anchorage say the new rule is unfair.") == "1 counterclaim(s), no testimony");
}

TEST_CASE("holders: a name ending a relative clause leaves the holder its antecedent and clause") {
  CHECK(holder_of("Soldiers who served with Jones said he walked away.") == "Soldiers who served with Jones");
  CHECK(holder_of("Former employees who worked with Jones say there was tension.") ==
        "Former employees who worked with Jones");
  // A source who knows the matter first hand gives testimony, not a counterclaim.
  auto t = tag("Those who worked with Mr. Jones said he was never cheap.");
  CHECK(t.all(UnitType::counterclaim).empty());
  REQUIRE(t.all(UnitType::evidence).size() == 1);
  CHECK(t.of(t.all(UnitType::evidence)[0]->holder) == "Those who worked with Mr. Jones");
  // Not where the name is the clause's subject, nor a base form after a singular head (a noun).
  CHECK(holder_of("Two other people who Ford says were present denied it.") == "Ford");
  CHECK(holder_of("She is a student who had been camping in the Shaheen Bagh protest.") == "0 attributions");
}

TEST_CASE("holders: a sentence adverb or a question word opening the holder is the clause's") {
  CHECK(holder_of("Now Democrats are arguing that the rule is unfair.") == "Democrats");
  CHECK(holder_of("Meanwhile Senator Smith told reporters that the rule is unfair.") == "Senator Smith");
  CHECK(holder_of("Reporters asked why officials are claiming that the rule is unfair.") == "officials");
  // Not a possessive ("Today's"), nor a degree ("So far").
  CHECK(holder_of("Today's nationalists think that the rule is unfair.") == "Today's nationalists");
  CHECK(holder_of("So many studies have shown that the rule is unfair.") == "So many studies");
  // What it leaves may be the speaker's own: "So I think" reports nothing.
  CHECK(holder_of("So I think the rule is unfair.") == "0 attributions");
}

TEST_CASE("holders are the noun phrase as written: modifiers and possessors in, the verb's words out") {
  auto holder = [](const std::string& text) { return span_of_only(text, UnitType::attribution, &Unit::holder); };
  CHECK(holder("Some of Brandt's backers argue that a third-party run would teach the party a lesson.") ==
        "Some of Brandt's backers");
  CHECK(holder("The mayor's allies insist the plan works.") == "The mayor's allies");
  CHECK(holder("Progressive advocates in the statehouse argue that tuition should be free.") ==
        "Progressive advocates in the statehouse");
  CHECK(holder("Federal health officials say the drug is safe.") == "Federal health officials");
  CHECK(holder("Opponents of the proposal also argue that it costs too much.") == "Opponents of the proposal");
  CHECK(holder("Economists have long argued that the wage floor costs jobs.") == "Economists");
  CHECK(holder("Yesterday critics argued that it fails.") == "critics");
  CHECK(holder("Voters do not question the president's skills.") == "Voters");
  CHECK(holder("He wants to appease donors and voters say it shows.") == "donors and voters");  // not the verb
  CHECK(holder("The White House has consistently predicted that testing will soar.") == "The White House");
  CHECK(holder("The vote was about whether it should be tabled, as leaders of both parties wanted.") ==
        "leaders of both parties");  // not the subordinator
  CHECK(holder("“At some point,” Trump argues, “we have to say no.”") == "Trump");  // not the quoted words
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  // A name that spells a verb reports nothing; a contrast word opens the sentence, not the holder.
  CHECK(none("The Obama administration also set up an initiative called PREDICT, a warning program."));
  // A passive participle after its noun, and half of a hyphenated word, report nothing.
  CHECK(none("Only people charged with low-level misdemeanors would be eligible for release."));
  CHECK(none("They grab the property of people never convicted or even accused of a crime."));
  CHECK(none("Trump switched gears to the all-important question of his slogan."));
  CHECK(holder("Critics accused him of lying about the plan.") == "Critics");
  // A speech tag closing the sentence: the words are the speaker's, not the author's claim.
  {
    auto t = tag("That could speed up the timeline, he said Tuesday.");
    CHECK(t.all(UnitType::claim).empty());
    REQUIRE(t.all(UnitType::evidence).size() == 1);
    CHECK(t.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
    CHECK(holder("The impact will be particularly detrimental, she says.") == "she");
    CHECK(tag("It will pass, he said, and the Senate agreed.").all(UnitType::attribution).empty());
    // ... or set off by commas inside it, after a time or an audience at most; not a clause with an object.
    {
      auto inside = tag("The science, he said, is undeniable.");
      CHECK(inside.all(UnitType::claim).empty());
      REQUIRE(inside.all(UnitType::evidence).size() == 1);
      CHECK(inside.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
    }
    CHECK(holder("But, she added, the group was more focused on Schumer.") == "she");
    CHECK(holder("By the end of 2016, he said Tuesday, the military will draw down.") == "he");
    CHECK(holder("Those voters, he told reporters, would support the president.") == "he");
    CHECK(tag("That, I think, is the real objection.").all(UnitType::attribution).empty());
    CHECK(tag("When voters judge leaders, they think of consistency, ethics and honesty.").all(UnitType::attribution).empty());
    CHECK(holder("A failure will have damaging effects, he added.") == "he");
    // ... and an inverted one, with an apposition or a circumstance after the speaker.
    CHECK(holder("The mood is likely to darken, says the BBC's Will Grant.") == "the BBC's Will Grant");
    CHECK(holder("It will be a tough fight, said Sen. John Cornyn, R-Texas.") == "Sen. John Cornyn");
    CHECK(holder("\"It will be a tough fight,\" said Sen. John Cornyn in an interview.") == "Sen. John Cornyn");
    CHECK(holder("\"It will be a tough fight,\" said Sen. Bill Cassidy (R-LA), a co-author of the bill in the "
                 "Senate Finance Committee.") == "Sen. Bill Cassidy");
    CHECK(tag("It will pass, said the mayor, who wants it to pass.").all(UnitType::attribution).empty());
    // A connective set off between the holder and its verb leaves the holder; after an appositive too.
    CHECK(holder("The special counsel's office, however, said in a statement that he left.") ==
          "The special counsel's office");
    CHECK(holder("The critics, however, say the plan fails.") == "The critics");
    CHECK(holder("Senate Majority Leader Mitch McConnell, R-Ky., though, said the plan fails.") ==
          "Senate Majority Leader Mitch McConnell");
    // A name set off after the noun phrase it names holds; a state and party after a name are its tag.
    CHECK(holder("Stone's lawyer, Grant Smith, said the testimony was accurate.") == "Grant Smith");
    CHECK(holder("\"It is over,\" his campaign manager, Brad Parscale, said.") == "Brad Parscale");
    CHECK(holder("Committee Chairman Adam Smith, Washington Democrat, said he had concerns.") ==
          "Committee Chairman Adam Smith");
    // ... after a quotation, a speaker counted or titled in lowercase, and named whatever follows the name's comma.
    CHECK(holder("\"It will be hard to save the deal,\" said one European diplomat, speaking anonymously.") ==
          "one European diplomat");
    CHECK(holder("\"There is momentum,\" says economist Chris Christopher.") == "economist Chris Christopher");
    CHECK(holder("“What the world witnessed yesterday was a president putting America first,” said Pence, who called "
                 "the climate deal a bad one.") == "Pence");
    CHECK(holder("\"The key factor is the increase in overdose deaths,\" said Robert Anderson, the chief of the "
                 "mortality statistics branch at the National Center for Health Statistics.") == "Robert Anderson");
    CHECK(holder("Senator Smith, a Democrat who backed the bill, said the plan would fail.") == "Senator Smith");
    // ... past a place or a party tag after the name.
    CHECK(holder("Republican Sen. John Kennedy of Louisiana, a member of the Judiciary Committee, said he was "
                 "bracing for a fight.") == "Republican Sen. John Kennedy");
    CHECK(holder("Rep. Mike Rogers (R) of Michigan, chairman of the Intelligence Committee, told reporters the "
                 "agency erred.") == "Rep. Mike Rogers");
    // ... also after an opening phrase or clause; not the end of a list.
    CHECK(holder("In Las Vegas on Saturday, Julián Castro, the former mayor of San Antonio, said his campaign is fine.") ==
          "Julián Castro");
    CHECK(holder("On Friday, House Speaker Paul Ryan, R-Wis., said he supported it.") == "House Speaker Paul Ryan");
    CHECK(holder("Opponents, including California, New York, the ACLU and immigrant groups, contend that fears grow.") ==
          "Opponents");  // (examples set off after the holder: its own words)
    CHECK(holder("Some environmental groups, including Friends of the Earth and Greenpeace, said they were encouraged.") ==
          "Some environmental groups");
    // A "think tank" in the title reports nothing, nor does one anywhere.
    CHECK(holder("Tori Smith, a trade economist with the Heritage Foundation, a conservative think tank, said the "
                 "tariffs hurt.") == "Tori Smith");
    CHECK(holder("Joshua Freed, an expert at Third Way, a centrist Democratic think tank, said the plan works.") ==
          "Joshua Freed");
    // ... also closing a quotation.
    CHECK(holder("\"It won't work,\" Sen. Bob Menendez, D-N.J., said in a statement.") == "Sen. Bob Menendez");
    CHECK(holder("“He should be running scared,” David Pepper, chair of the Ohio Democratic Party, said.") ==
          "David Pepper");
    // ... however long a title the name carries, up to two dozen words.
    CHECK(holder("But Nicco Mele, director of the Shorenstein Center on Media, Politics and Public Policy at Harvard "
                 "University's Kennedy School, says online ads only raise money.") == "Nicco Mele");
    CHECK(tag("Now, however, he wants a deal.").all(UnitType::attribution).empty());  // a subject, no tag
    // A pronoun after an opening conjunction, or after a contrast or adverb and its comma, opens the sentence:
    // the report is the speaker's, not the author's answer to what came before.
    for (const char* opened : {"But he said primary voters would be open to her.", "Yet she says the need is clear.",
                               "However, he says the plan will fail.", "Indeed, she said the vote was close."}) {
      CAPTURE(opened);
      CHECK((holder(opened) == "he" || holder(opened) == "she"));
    }
    CHECK(tag("Critics say the plan is bad. But he said voters would be open to it.").all(UnitType::rebuttal).empty());
    // ... and so does one after any opening phrase or clause and its comma (or a conjunction after it), or after a
    // quotation's closing mark; after an opening mark it is the quotation's subject.
    for (const char* opened : {"On Thursday, he told The Post that the plan would fail.",
                               "While the senator acknowledged doubts, she said the vote would pass.",
                               "The bill passed, and he said it was great.",
                               "“I am for free trade,” he told National Review's John Miller in 2007."}) {
      CAPTURE(opened);
      CHECK((holder(opened) == "he" || holder(opened) == "she"));
    }
    CHECK(holder("\"He believed in the Libyan people,\" said Aujali.") == "Aujali");
    // A pronoun reporting inside a relative or subordinate clause holds that report only.
    CHECK(holder("Graham denounced the reduction, which he said would be devastating to his state.") == "he");
    CHECK(holder("He agreed with the chairman when she said the president is not above the law.") == "she");
    // A name holds its relative clause's report ("Pickens, who says ..."), not the sentence: the main clause
    // stays the author's.
    {
      auto relative = tag("Pickens, who says he lost millions on wind power, should stop investing.");
      REQUIRE(relative.all(UnitType::attribution).size() == 1);
      CHECK(relative.of(relative.all(UnitType::attribution)[0]->holder) == "Pickens");
      CHECK(relative.all(UnitType::claim).size() == 1);
    }
    CHECK(tag("Schiff, D-Calif., who pushed the claims, has vowed to continue.").all(UnitType::attribution).empty());
    // An adverb of time may stand between the speaker and the verb; a name spelled like one is the speaker.
    CHECK(holder("Spicer later told me the reporter had been rude.") == "Spicer");
    CHECK(holder("Trump has long argued that trade deals hurt workers.") == "Trump");
    CHECK(holder("Long added that the deal was dead.") == "Long");
    CHECK(tag("They still think of property taxes as taxes.").all(UnitType::attribution).empty());
    // A second verb of the sentence's subject reports too; not a noun after "and", nor a phrase opening the sentence.
    CHECK(holder("He campaigned nonstop in Iowa and told voters the plan would fail.") == "He");
    CHECK(holder("Mr. Obama blasted the GOP's actions and warned that the deal was dead.") == "Mr. Obama");
    CHECK(tag("He spoke of healing and hope in the city.").all(UnitType::attribution).empty());
    CHECK(tag("Hours after the vote, the senator flew home and said nothing.").all(UnitType::attribution).empty());
    // A possessor determines the holder as "the" does, and an opening conjunction joins the sentence.
    CHECK(holder("Trump's campaign said he has never used the term.") == "Trump's campaign");
    CHECK(holder("His campaign says it did transfer the money.") == "His campaign");
    CHECK(holder("But the president said he wasn't eager to step in.") == "the president");
    CHECK(tag("Obama's renewed push to extend the tax cuts also serves to steer the campaign.")
              .all(UnitType::attribution).empty());
    CHECK(tag("Let's just say it is living.").all(UnitType::attribution).empty());
    // "added" quotes what follows a colon or a mark; "He added more troops" reports nothing.
    CHECK(holder("He added Friday: \"Every other county is fine.\"") == "He");
    CHECK(holder("She added, “That is not the way our democracy works.”") == "She");
    CHECK(tag("He added more troops.").all(UnitType::attribution).empty());
    CHECK(tag("\"They want their life back,\" Trump said. \"They want troops on the ground.\"")
              .all(UnitType::attribution).size() == 1);  // after an opening mark "They" is a subject
  }
  CHECK(holder("Yet partisan strategists say the plan will fail.") == "partisan strategists");
  // A subject pronoun before the verb holds it; the words before it are an object or another clause.
  CHECK(holder("He heaped scorn on the people he believes are responsible.") == "he");
  CHECK(tag("But the plan, as with most things he says, makes little sense.").all(UnitType::counterclaim).empty());
  CHECK(holder("However Democrats argue that no action is required.") == "Democrats");
  CHECK(none("North Korea is believed to hold the prisoners."));         // passive: not the holder
  CHECK(none("They passed a sanctions law vehemently opposed by the Kremlin."));
  CHECK(none("The candidates are staunchly opposed to the plan."));       // an adjective
  CHECK(none("That's what the people wanted, and he never gave it."));    // a free relative
  CHECK(none("The legislature should reject that bill."));               // a demand, not a report
  CHECK(holder("He spoke after state officials said it was safe.") == "state officials");
  CHECK(holder("After state officials announced the plan, nothing moved.") == "state officials");
  CHECK(holder("Many Democrats will argue that taxes are too high.") == "Many Democrats");  // not the modal
  CHECK(holder("Republicans will noisily claim that tax cuts pay for themselves.") == "Republicans");  // nor adverb
  CHECK(holder("Now many in the Beltway will simply say immigration is untouchable.") == "many in the Beltway");
  CHECK(holder("Family members told reporters that she was kind.") == "Family members");  // a noun in -ly
  CHECK(holder("FEMA Administrator Brock Long has said the aid is late.") == "FEMA Administrator Brock Long");
  CHECK(holder("The president has long said the aid is late.") == "The president");
  CHECK(none("The jury was not told about the payments."));  // a passive
  // Looked back from the verb: the verb's own words, a subordinator, "there are", a day are not the holder.
  CHECK(holder("The Democrats are now saying that the bill fails.") == "The Democrats");
  CHECK(holder("The National Rifle Association doesn't want new gun laws.") == "The National Rifle Association");
  CHECK(holder("A poll released Tuesday found that 62 percent agree.") == "A poll released Tuesday");
  CHECK(holder("After The AP reported the story, the White House responded.") == "The AP");
  CHECK(holder("There are people saying he should be released.") == "people");
  CHECK(none("ISIS has metastasized into something many predicted."));  // a clause, not a holder
  CHECK(none("They reviewed a list of members whose support they are eager to win."));
  // A noun phrase, not the object of an earlier verb ("colluded with Russian operatives and said") nor a clause.
  auto no_counterclaim = [](const std::string& text) { return tag(text).all(UnitType::counterclaim).empty(); };
  CHECK(no_counterclaim("He did not know whether the campaign colluded with Russian operatives and said the "
                        "contacts might have been benign."));
  // ... but a sentence's subject with two verbs holds the second: "Republicans shot back and said".
  CHECK(holder("But Republicans shot back and said liberals will exploit the tragedy.") == "Republicans");
  CHECK(holder("Some of the children cried and complained of the cold.") == "Some of the children");
  CHECK(no_counterclaim("The ruling will determine whether the administration can add a citizenship question to "
                        "the census."));
  // Nothing reported: an idiom, "added" with an object, a plural noun after a quantifier, a time.
  CHECK(none("All told, the government collected 515 billion dollars."));
  CHECK(none("Employers added 23,000 temporary workers."));
  CHECK(none("Trump repeated several other claims we have written about."));
  CHECK(none("Exxon filed briefs several years ago arguing that the rule was unfair."));
  CHECK(holder("Critics added that the plan would fail.") == "Critics");
  CHECK(none("She was one of the few women believed to be on the short list."));  // a passive
  CHECK(none("This is not the way it's supposed to be working."));                  // "should"
  CHECK(none("The law allowed the state to sterilize people with alleged disorders."));  // an adjective
  CHECK(holder("The administration has alleged a foreign disinformation campaign.") == "The administration");
  CHECK(none("Justice Kagan wrote a dissent for the four more liberal justices."));  // "wrote" with an object
  CHECK(none("The administration pushed off a final decision until after the election."));
  CHECK(holder("Senators wrote a letter to the secretary urging him to restore access.") == "Senators");
  CHECK(holder("Two experts wrote that the rule would fail.") == "Two experts");
  CHECK(none("Feminists hold that “all women” should be believed."));       // a passive after a modal
  CHECK(none("Nobody should believe everything all women say — or nothing."));  // the object of a relative clause
  CHECK(none("With several seats between us to maintain distance, we sat down."));  // an infinitive
  CHECK(none("It is a reminder that white people like to see racism as a question of manners."));
  CHECK(holder("Rice is a wild card, people close to the situation say.") == "people close to the situation");
  CHECK(holder("The donors, they all say the plan fails.") == "they all");  // a floating quantifier
  CHECK(none("We all say things in private that we might not say in public."));
  CHECK(holder("US leaders say the guidelines will be necessary.") == "US leaders");
  {  // "you can say" is a manner of speaking; the speech tag closing the quotation is the one attribution
    auto t = tag("\"I don't think you can say we're doing great,\" he said.");
    REQUIRE(t.all(UnitType::attribution).size() == 1);
    CHECK(t.of(t.all(UnitType::attribution)[0]->span) == "he said");
  }
  CHECK(none("Capital punishment is wrong, since no one can claim the right to take a life."));  // nobody holds it
  CHECK(none("With those kinds of amounts you think twice about moving."));  // the subject is "you"
}

TEST_CASE("a historical analogy: source, year, target, use") {
  auto t = tag("The senator's revolt is reminiscent of Barry Goldwater's insurgency in 1964, which remade the "
               "party for a generation.");
  const auto an = t.all(UnitType::analogy);
  REQUIRE(an.size() == 1);
  CHECK(an[0]->rule == "reminiscent_of");
  CHECK(t.of(an[0]->cue) == "reminiscent of");
  CHECK(t.of(an[0]->source) == "Barry Goldwater's insurgency in 1964");
  CHECK(an[0]->year == 1964);
  CHECK_FALSE(an[0]->decade);
  CHECK(t.of(an[0]->target) == "The senator's revolt");
  // The present thing before a noun marker with its article ("is a replay of"), before a marker that is the
  // verb ("echo"), and none when the marker is a noun after "drew" or the verb follows "and".
  auto target_of = [](const std::string& text) { return span_of_only(text, UnitType::analogy, &Unit::target); };
  CHECK(target_of("Next month's vote is a replay of that 1974 decision.") == "Next month's vote");
  CHECK(target_of("Fare-free buses echo the bargain Congress struck in 1956.") == "Fare-free buses");
  CHECK(target_of("This year's tariffs carry strong echoes of the steel tariffs of 2002.") == "This year's tariffs");
  CHECK(target_of("She drew parallels between this case and the 1967 Loving case.").empty());
  // "X compared A to B": the present thing is A, the verb's object (a pronoun too), not the speaker X.
  CHECK(target_of("Trump also compared the impeachment process to the Salem witch trials.") ==
        "the impeachment process");
  CHECK(target_of("Rosen compared the campaign favorably with Bill Clinton's 1992 presidential run.") == "the campaign");
  CHECK(target_of("Only someone illiterate concerning history would compare it to the Berlin Wall.") == "it");
  // No target is a quotation mark, a conjunction or "there" before the marker.
  CHECK(target_of("\u201cIt\u2019s like Jim Crow all over again.\u201d").empty());
  CHECK(target_of("There are comparisons to 1998, when Bill Clinton got more popular.").empty());
  CHECK(target_of("But just like eight years ago, Democrats said it is hard to see a way.").empty());
  // After "We have seen this movie before:", "History offers a warning:", the dated subject of the clause.
  auto source_of = [](const std::string& text) { return span_of_only(text, UnitType::analogy, &Unit::source); };
  CHECK(source_of("We have seen this movie before: in 2005, a White House push to partially privatize Social "
                  "Security collapsed within months.") == "a White House push to partially privatize Social Security");
  CHECK(source_of("History offers a warning: Britain and France in the 1930s spent years hoping that someone "
                  "else would act.") == "Britain and France in the 1930s");
  // The past thing ends with its noun phrase when a verb or an alternative follows; a clause that tells a dated
  // episode, or one inside a relative clause, stays whole.
  CHECK(source_of("He said that just as the disparate elements of the 1960s civil rights movement joined forces to "
                  "fight for voting rights, the families are uniting.") ==
        "the disparate elements of the 1960s civil rights movement");
  CHECK(source_of("Comparisons to the 1930s can be overblown.") == "the 1930s");
  CHECK(source_of("The model would be something like the 9/11 investigations rather than anything "
                  "prosecutorial.") == "the 9/11 investigations");
  CHECK(source_of("The senator will govern just as Obama did in 2009.") == "Obama did in 2009");
}

TEST_CASE("analogy sources known to the gazetteer need no year; decades are normalized") {
  auto t = tag("The hearing was a replay of Watergate. The movement was modeled on the civil rights marches of "
               "the 1960s.");
  const auto an = t.all(UnitType::analogy);
  REQUIRE(an.size() == 2);
  CHECK(an[0]->year == 1972);
  CHECK(an[0]->gazetteer_entry >= 0);
  CHECK(an[1]->year == 1960);
  CHECK(an[1]->decade);
  CHECK(an[1]->use == AnalogyUse::model);
  // A known name before "comparison" or "analogy": "the Chernobyl comparison".
  TaggerOptions opt;
  opt.document_year = 2020;
  auto c = tag("Some commentators reached for the Chernobyl comparison. Others made the Munich analogy. The "
               "comparison looks apt.", opt);
  const auto cs = c.all(UnitType::analogy);
  REQUIRE(cs.size() == 2);
  CHECK(c.of(cs[0]->source) == "Chernobyl");
  CHECK(cs[0]->year == 1986);
  CHECK(cs[0]->rule == "x_comparison");
  CHECK(cs[1]->year == 1938);  // "Munich analogy" is itself a gazetteer alias
}

TEST_CASE("an analogy carried on names another past thing of its time in the same paragraph") {
  TaggerOptions opt;
  opt.document_year = 2016;
  auto rules = [&](const std::string& text) {
    const auto t = tag(text, opt);  // kept alive: the units point into it
    std::vector<std::string> out;
    for (const Unit* u : t.all(UnitType::analogy)) out.emplace_back(u->rule);
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(rules("The call is reminiscent of Howard Dean's encouragement of his supporters in 2004. Dean then "
              "turned his campaign into Democracy for America, a training group.") ==
        V{"reminiscent_of", "extended_analogy"});
  // Decades away from the analogy, a name is a mention.
  CHECK(rules("The hearing was a replay of Watergate. She was a Tea Party-backed contender.") == V{"replay_of"});
  CHECK(rules("The hearing was a replay of Watergate.\n\nThe hearing recalled the Saturday Night Massacre.") ==
        V{"replay_of", "recalls"});
}

TEST_CASE("not analogies: plain past dates and comparisons with nothing historical") {
  auto t = tag("The law passed in 2010 and was amended in 2014. The debate was like a circus. Just as polls in "
               "June say little about November, so do early fundraising numbers.");
  CHECK(t.all(UnitType::analogy).empty());
  CHECK(t.all(UnitType::precedent).empty());
}

TEST_CASE("precedents: record comparisons with a year, an event, or none") {
  auto t = tag("Turnout was the highest since 1960. The deficit is the largest since World War II. Rents rose at "
               "the fastest pace in decades.");
  const auto pr = t.all(UnitType::precedent);
  REQUIRE(pr.size() == 3);
  CHECK(pr[0]->year == 1960);
  CHECK(pr[1]->year == 1945);  // since the war ended
  CHECK(pr[2]->year == 0);
  CHECK(pr[2]->rule == "first_in_years");
  // "since" + a clause that dates itself further on.
  auto clause = tag("It is the stiffest challenge to the government in Hong Kong since Beijing took control of the "
                    "former British colony in 1997.");
  REQUIRE(clause.all(UnitType::precedent).size() == 1);
  CHECK(clause.all(UnitType::precedent)[0]->year == 1997);
  CHECK(tag("Prosecutors have charged more than 30 people since the counsel was appointed in May 2017.")
            .all(UnitType::precedent).empty());  // a count since then
}

TEST_CASE("concessions: openers, 'X, but Y' clauses, and the sentence before 'That said'") {
  auto t = tag("Of course, the cost is real. Granted, the plan may raise fares, but riders would still save "
               "time. The plan is expensive. That said, it pays for itself.");
  const auto con = t.all(UnitType::concession);
  REQUIRE(con.size() == 3);
  CHECK(con[0]->rule == "concession_opener");
  CHECK(t.of(con[1]->clause) == "Granted, the plan may raise fares");
  CHECK(con[2]->rule == "before_that_said");
  const auto reb = t.all(UnitType::rebuttal);
  REQUIRE(reb.size() == 1);
  CHECK(t.of(reb[0]->clause) == "but riders would still save time.");
  // "Having said that" is the author's turn, not a report by "Having".
  auto having = tag("The plan is expensive. Having said that, it pays for itself.");
  REQUIRE(having.all(UnitType::concession).size() == 1);
  CHECK(having.all(UnitType::concession)[0]->rule == "before_that_said");
  CHECK(having.all(UnitType::attribution).empty());
  CHECK(having.all(UnitType::evidence).empty());
  // A contrast inside a quotation is the speaker's.
  auto quoted = tag("The mayor declared that \"the plan may cost more, but it will save time for riders.\"");
  CHECK(quoted.all(UnitType::concession).empty());
  CHECK(quoted.all(UnitType::rebuttal).empty());
  // ... and so is a reported one, told before the contrast or by a tag closing the sentence; a source named after
  // "but" answers the author's grant.
  for (const char* reported : {"Clawson says past presidents may have looked there, but it has proved a trap.",
                               "That might have been true, Inglesby says, but officials should have noted it.",
                               "The deal may slip, but not before the deadline, the agency has reported."}) {
    CAPTURE(reported);
    auto r = tag(reported);
    CHECK(r.all(UnitType::concession).empty());
    CHECK(r.all(UnitType::rebuttal).empty());
  }
  CHECK(tag("The measures may be expensive, but the strategists say they are needed.").all(UnitType::rebuttal).size() == 1);
  // A fronted "While X, Y" whose main clause a source speaks is the source's grant or the reporter's setting; a
  // finding after it, or a source set aside with "as", leaves the grant the author's.
  CHECK(tag("While Obama is willing to cut spending, Republicans must accept higher rates, he said.")
            .all(UnitType::concession).empty());
  CHECK(tag("While many images show women and children, authorities say most members are single men.")
            .all(UnitType::concession).empty());
  CHECK(tag("Although the evidence is not perfect, these studies show that immigrants are jailed less often.")
            .all(UnitType::concession).size() == 1);
  CHECK(tag("While it is not true that schools have resegregated, as some claim, it is fair to say that progress "
            "has been slow.").all(UnitType::concession).size() == 1);
  // "X, but not Y" grants X in an argument; not in a story, a question or before an order.
  auto denied = tag("Executive privilege is real, but it is not an absolute privilege.");
  REQUIRE(denied.all(UnitType::concession).size() == 1);
  CHECK(denied.of(denied.all(UnitType::concession)[0]->clause) == "Executive privilege is real");
  CHECK(denied.all(UnitType::rebuttal).size() == 1);
  CHECK(tag("The bill passed the House in May, but it did not reach the Senate.").all(UnitType::concession).empty());
  CHECK(tag("Tattoos are more popular than ever, but do not let your kids get one.").all(UnitType::concession).empty());
  // A reported position answered by another source after "but" is a dispute between others, not the author's
  // answer: the source is the clause's subject (after an opening phrase) or a tag closes the sentence. The
  // counterclaim stays. A finding, a source inside the author's comparison, one set aside with "as" or one a
  // finding reports leaves the answer the author's.
  for (const char* dispute : {"Critics say the plan would cut fares, but Democrats say it would raise them.",
                              "Critics say the plan would cut fares, but on Monday, Smith said it would raise them.",
                              "Critics say the plan would cut fares, but it would raise them, the mayor said.",
                              // what happened, then the source's position: nothing is granted or answered
                              "The agency approved the plan in May, but critics have argued it should wait."}) {
    CAPTURE(dispute);
    auto r = tag(dispute);
    CHECK(r.all(UnitType::counterclaim).size() == 1);
    CHECK(r.all(UnitType::rebuttal).empty());
  }
  for (const char* answer : {"Critics say the plan would cut fares, but it would raise them.",
                             "Critics say the plan would cut fares, but studies show it would raise them.",
                             "Critics say the plan would cut fares, but it would raise them more than its backers admit.",
                             "Critics say the plan would cut fares, but, as Democrats say, it would raise them.",
                             "Critics say the plan would cut fares, but polls show most riders believe it would raise them.",
                             // the author's own grant, answered with a source
                             "The plan may be costly, but critics have argued it should wait."}) {
    CAPTURE(answer);
    auto r = tag(answer);
    REQUIRE(r.all(UnitType::rebuttal).size() == 1);
    CHECK(r.all(UnitType::rebuttal)[0]->rule == "but_clause");
    CHECK(r.all(UnitType::rebuttal)[0]->links.size() == 1);
  }
  // A contrast inside a report ("but added"), or "not only X, but Y", answers nothing.
  CHECK(tag("Critics argue that the plan might hurt riders, but added that it could work.").all(UnitType::rebuttal).empty());
  CHECK(tag("Critics argue that the plan might hurt not only riders, but also drivers.").all(UnitType::rebuttal).empty());
  // A clause with no subject after "but" goes on with the holder who opens the sentence: the holder's statement,
  // not the author's answer. The author's verdict on the holder ("but ignored"), or a question, answers.
  auto continued = tag("European leaders have said they do not want to punish Britain, but will not grant it a better deal.");
  CHECK(continued.all(UnitType::counterclaim).size() == 1);
  CHECK(continued.all(UnitType::rebuttal).empty());
  for (const char* answer : {"Critics claimed the plan would cut fares, but ignored its costs.",
                             "Critics say the plan would cut fares, but could that really be true?"}) {
    CAPTURE(answer);
    auto r = tag(answer);
    REQUIRE(r.all(UnitType::rebuttal).size() == 1);
    CHECK(r.all(UnitType::rebuttal)[0]->links.size() == 1);
  }
  // "but that" with a subject after it opens a second clause of the reporting verb: the source's, not an answer.
  // "that" as the answer's subject or determiner answers.
  auto second = tag("Critics say the plan would cut fares, but that it would take years.");
  CHECK(second.all(UnitType::counterclaim).size() == 1);
  CHECK(second.all(UnitType::rebuttal).empty());
  for (const char* answer : {"Critics say the plan would cut fares, but that is not true.",
                             "Critics say the plan would cut fares, but that argument ignores the costs."}) {
    CAPTURE(answer);
    auto r = tag(answer);
    REQUIRE(r.all(UnitType::rebuttal).size() == 1);
    CHECK(r.all(UnitType::rebuttal)[0]->links.size() == 1);
  }
  // ", however," or "; however," between two clauses works as "but"; inside one clause, before "that", or after a
  // fronted subordinate clause it does not.
  auto however = tag("Many people think that homework is useless, however, it teaches discipline.");
  REQUIRE(however.all(UnitType::counterclaim).size() == 1);
  CHECK(however.of(however.all(UnitType::counterclaim)[0]->clause) == "Many people think that homework is useless");
  REQUIRE(however.all(UnitType::rebuttal).size() == 1);
  CHECK(however.of(however.all(UnitType::rebuttal)[0]->clause) == "however, it teaches discipline.");
  auto semicolon = tag("The fare may look high; however, the assumption ignores what riders save.");
  CHECK(semicolon.all(UnitType::concession).size() == 1);
  CHECK(semicolon.all(UnitType::rebuttal).size() == 1);
  CHECK(tag("The plan may, however, cost more than riders save.").all(UnitType::rebuttal).empty());
  CHECK(tag("Critics may point out, however, that the plan costs more.").all(UnitType::rebuttal).empty());
  CHECK(tag("If the plan may fail, however, it will fail in public.").all(UnitType::rebuttal).empty());
  // "Although X, Y": X concedes. ", though," is "however", not the start of a subordinate clause.
  auto although = tag("Although the plan costs more, it saves time for every rider.");
  REQUIRE(although.all(UnitType::concession).size() == 1);
  CHECK(although.of(although.all(UnitType::concession)[0]->clause) == "Although the plan costs more");
  // ", however," inside a sentence turns against the author's claim before it; in a report it only moves the
  // story on.
  auto adverb = tag("The city should build the line. Their bigger worry, though, is how the plan raises fares.");
  REQUIRE(adverb.all(UnitType::concession).size() == 1);
  CHECK(adverb.all(UnitType::concession)[0]->rule == "however_inside");
  CHECK(adverb.all(UnitType::concession)[0]->sentence == 1);
  CHECK(tag("Their bigger worry, though, is how the plan raises fares.").all(UnitType::concession).empty());
  CHECK(tag("The council met on Monday. The justices, though, declined to rule.").all(UnitType::concession).empty());
  CHECK(tag("The city should build the line. The justices, though, declined to rule.").all(UnitType::concession).empty());
  CHECK(tag("What might be happening here, in the end, though, is that the mayor wins.").all(UnitType::concession).empty());
  // A short argument that opens with its thesis turns to the other side, also after a longer subject; when its
  // conclusion follows the turn, the turn is the author's answer and the statement before it is granted.
  auto thesis_first = tag("The city should keep the old airport open. It is an asset for local business. The noise "
                          "for the residents however is considerable. Planes pass over the houses every few "
                          "minutes.");
  REQUIRE(thesis_first.all(UnitType::concession).size() == 2);  // the turn and the support after it
  CHECK(thesis_first.all(UnitType::concession)[0]->rule == "however_inside");
  CHECK(thesis_first.all(UnitType::concession)[0]->sentence == 2);
  CHECK(thesis_first.all(UnitType::concession)[1]->sentence == 3);
  auto thesis_last = tag("Tradition matters to many people. Everyone should be free to use their land as they wish. "
                         "Zoning by the market alone, however, will divide the city. Rich and poor already live "
                         "apart. Unlimited building hence cannot be allowed.");
  REQUIRE(thesis_last.all(UnitType::concession).size() == 1);
  CHECK(thesis_last.all(UnitType::concession)[0]->sentence == 1);
  REQUIRE(thesis_last.all(UnitType::rebuttal).size() == 1);
  CHECK(thesis_last.all(UnitType::rebuttal)[0]->sentence == 2);
  // The longer reach is for such texts only: after a claim in a longer piece the turn is the author's own.
  CHECK(tag("The rule is unfair. To dismiss this language as simple racism, however, is to miss its "
            "significance.").all(UnitType::concession).empty());
  // "Y, though X" grants X when Y argues; after a report or a story it is the reporter's caveat. "Whereas"
  // grants nothing, "unless" only the exception to a demand.
  CHECK(tag("The plan is good for riders, though it costs more.").all(UnitType::concession).size() == 1);
  CHECK(tag("He said they would create a transition period, though he did not give a timeline.").all(UnitType::concession).empty());
  CHECK(tag("Stone left the campaign in August 2015, though he stayed in contact with it.").all(UnitType::concession).empty());
  CHECK(tag("Fares in the north are high, whereas fares in the south are low.").all(UnitType::concession).empty());
  CHECK(tag("The bulbs should be taken off the market, unless they are unbreakable.").all(UnitType::concession).size() == 1);
  CHECK(tag("The tax credit will phase out in 2017, unless Congress extends it.").all(UnitType::concession).empty());
  CHECK(tag("Unless Congress acts, the tax cuts will expire in January.").all(UnitType::concession).empty());
  CHECK(tag("Whereas Spicer was known for blowups, Sanders is known for small things.").all(UnitType::concession).empty());
  // "While" of time concedes nothing; "While the work is hard, ..." does.
  CHECK(tag("While in office, the mayor built three new bus lines.").all(UnitType::concession).empty());
  CHECK(tag("While Pence was flying over the Bering Sea, a missile exploded at launch.").all(UnitType::concession).empty());
  CHECK(tag("While he was willing to compromise, the mayor kept the fare.").all(UnitType::concession).size() == 1);
  CHECK(tag("While the work is challenging, there are pleasant surprises.").all(UnitType::concession).size() == 1);
  // "Despite X," grants X where the author argues, not in a story.
  auto despite = tag("Despite the high fees, the service is worth it.");
  REQUIRE(despite.all(UnitType::concession).size() == 1);
  CHECK(despite.of(despite.all(UnitType::concession)[0]->clause) == "Despite the high fees");
  CHECK(tag("Despite the rain, thousands marched on Saturday.").all(UnitType::concession).empty());
  // A participle tells what the subject did meanwhile; a gerund subject, or an -ing adjective, concedes.
  CHECK(tag("While campaigning in Iowa, he received an endorsement from the actor's daughter.").all(UnitType::concession).empty());
  CHECK(tag("While not mentioning the debate, the senator defended his demand.").all(UnitType::concession).empty());
  CHECK(tag("While collecting information on opponents is routine, the involvement of a foreign government is "
            "remarkable.").all(UnitType::concession).size() == 1);
  CHECK(tag("While incoming presidents traditionally have calls with world leaders, it is unusual for aides to "
            "conduct foreign policy.").all(UnitType::concession).size() == 1);
  // A quoted speaker's opener is not the author's concession.
  CHECK(tag("“Of course,” he added, “expectations were low.”").all(UnitType::concession).empty());
  CHECK(tag("“We may lose the vote, but we will keep fighting,” the mayor said.").all(UnitType::concession).empty());
  // ("Yes" grants when the author turns after it: see "boosting cues grant only before a turn".)
  CHECK(tag("Yes, Obama did say at a news conference that he hoped to “see if there are ways we can work together.” "
            "But he never called.")
            .all(UnitType::concession)
            .size() == 1);
}

TEST_CASE("a position named and dismissed in one sentence: the position is a counterclaim, the verdict answers it") {
  auto t = tag("But the very idea that the fare cut will bankrupt the city is simply not true.");
  const auto cc = t.all(UnitType::counterclaim);
  REQUIRE(cc.size() == 1);
  CHECK(cc[0]->rule == "dismissed_idea");
  CHECK(t.of(cc[0]->clause) == "the fare cut will bankrupt the city");
  const auto reb = t.all(UnitType::rebuttal);
  REQUIRE(reb.size() == 1);
  CHECK(t.of(reb[0]->clause) == "is simply not true.");
  REQUIRE(reb[0]->links.size() == 1);
  CHECK(t.units.units[reb[0]->links[0]].type == UnitType::counterclaim);
  // A possessive names the holder; "does not hold up" dismisses too.
  CHECK(span_of_only("Mayor Reyes's argument that the buses run empty does not hold up.", UnitType::counterclaim,
                     &Unit::holder) == "Mayor Reyes");
  // Not a relative "that" ("the claim that was made"), not another's verdict, not a verdict inside the position.
  CHECK(tag("The claim that was made by the council is false.").all(UnitType::counterclaim).empty());
  CHECK(tag("Any story that doesn't offer clarity on fares is misleading the public.").all(UnitType::counterclaim).empty());
  CHECK(tag("The suggestion that the council lied “is utterly baseless,” the mayor said.").all(UnitType::rebuttal).empty());
  CHECK(tag("The idea that the fares are too high worries the council.").all(UnitType::counterclaim).empty());
}

TEST_CASE("a position named with the author's judgement of it: the judging words answer it") {
  auto t = tag("The council made the dubious claim that the new fares pay for the buses.");
  const auto cc = t.all(UnitType::counterclaim);
  REQUIRE(cc.size() == 1);
  CHECK(cc[0]->rule == "judged_position");
  CHECK(t.of(cc[0]->holder) == "The council");
  CHECK(t.of(cc[0]->clause) == "the new fares pay for the buses");
  const auto reb = t.all(UnitType::rebuttal);
  REQUIRE(reb.size() == 1);
  CHECK(t.of(reb[0]->clause) == "dubious");
  REQUIRE(reb[0]->links.size() == 1);
  CHECK(t.units.units[reb[0]->links[0]].type == UnitType::counterclaim);
  // A possessor holds it; a judged noun phrase that opens the sentence ends its position at the main verb.
  auto subject = tag("Mayor Reyes's unfounded claim that the buses run empty was rebuffed by the drivers.");
  REQUIRE(subject.all(UnitType::counterclaim).size() == 1);
  CHECK(subject.of(subject.all(UnitType::counterclaim)[0]->holder) == "Mayor Reyes");
  CHECK(subject.of(subject.all(UnitType::counterclaim)[0]->clause) == "the buses run empty");
  // A judging noun needs no adjective, and nobody need hold it.
  auto myth = tag("It is a myth that cheaper fares bankrupt a city.");
  REQUIRE(myth.all(UnitType::counterclaim).size() == 1);
  CHECK(myth.all(UnitType::counterclaim)[0]->holder.begin == myth.all(UnitType::counterclaim)[0]->holder.end);
  CHECK(myth.of(myth.all(UnitType::rebuttal)[0]->clause) == "myth");
  // Not a relative "that", not "under no illusion", not a judgement someone else reports or makes.
  CHECK(tag("It is a myth that refuses to die in the city council.").all(UnitType::counterclaim).empty());
  CHECK(tag("The council was under no illusion that the fares would pay for the buses.").all(UnitType::counterclaim).empty());
  CHECK(tag("The mayor said the council made a baseless claim that the buses run empty.").all(UnitType::counterclaim).empty());
  CHECK(tag("The mayor rejected a conspiracy theory that the buses were sabotaged by the drivers.")
            .all(UnitType::counterclaim)
            .empty());
}

TEST_CASE("positions without a named holder: 'those who argue', 'conventional wisdom holds', 'contrary to'") {
  auto those = tag("Those who still insist that the fares are too high are simply mistaken.");
  const auto cc = those.all(UnitType::counterclaim);
  REQUIRE(cc.size() == 1);
  CHECK(cc[0]->rule == "those_who");
  CHECK(those.of(cc[0]->holder) == "Those");
  CHECK(those.of(cc[0]->clause) == "the fares are too high");
  REQUIRE(those.all(UnitType::rebuttal).size() == 1);
  CHECK(those.of(those.all(UnitType::rebuttal)[0]->clause) == "are simply mistaken.");
  // As an object, or in the past tense of a poll, "those who" holds no position.
  CHECK(tag("The mayor attacks anyone who thinks the fares are too high.").all(UnitType::counterclaim).empty());
  CHECK(tag("Those who thought the fares were fair were evenly split.").all(UnitType::counterclaim).empty());
  CHECK(span_of_only("Conventional wisdom holds that the fares are too high.", UnitType::counterclaim,
                     &Unit::holder) == "wisdom");
  CHECK(span_of_only("The common view is that the fares are too high.", UnitType::counterclaim, &Unit::holder) ==
        "view");
  // "Contrary to X, Y" answers X: a common view, or a named holder's position.
  auto belief = tag("Contrary to popular belief, the fares pay for the buses.");
  REQUIRE(belief.all(UnitType::rebuttal).size() == 1);
  CHECK(belief.all(UnitType::rebuttal)[0]->rule == "contrary_to");
  auto critics = tag("Contrary to what critics claim, the fares pay for the buses.");
  REQUIRE(critics.all(UnitType::counterclaim).size() == 1);
  CHECK(critics.of(critics.all(UnitType::counterclaim)[0]->clause) == "Contrary to what critics claim");
  REQUIRE(critics.all(UnitType::rebuttal).size() == 1);
  CHECK(critics.of(critics.all(UnitType::rebuttal)[0]->clause) == "the fares pay for the buses.");
  // "This would be a mistake" answers like "This is a mistake".
  auto mistake = tag("Some have suggested that the fares be abolished. This would be a mistake.");
  REQUIRE(mistake.all(UnitType::rebuttal).size() == 1);
  CHECK(mistake.all(UnitType::rebuttal)[0]->rule == "that_is_wrong");
  // The common answers a battery of constructed rebuttals found missing.
  auto answer = [](const char* second) {
    const auto t = tag(std::string("Critics say the fees are too high. ") + second);
    const auto r = t.all(UnitType::rebuttal);
    return r.size() == 1 && r[0]->links.size() == 1 ? std::string(r[0]->rule) : std::string("none");
  };
  CHECK(answer("The problem with this argument is that the fees fund the service.") == "problem_with");
  CHECK(answer("That claim does not hold up.") == "this_ignores");
  CHECK(answer("They are wrong.") == "that_is_wrong");
  CHECK(answer("The facts suggest otherwise.") == "the_record_shows");
}

TEST_CASE("a holder inside a relative clause or an embedded question reports no position") {
  auto cc = [](const std::string& text) { return tag(text).all(UnitType::counterclaim).size(); };
  CHECK(cc("Facebook should not judge everything that people say online.") == 0);
  CHECK(cc("Once they find out what their voters think, the bill will fail.") == 0);
  CHECK(cc("The share of voters who say the bill is fair has fallen.") == 0);  // a statistic
  // ... unless the clause says what is held, or "what" stands for the position.
  CHECK(cc("The deal ended something that all sides now say was a failure.") == 1);
  CHECK(cc("That is exactly what the American people believe.") == 1);
  CHECK(cc("But what Democrats fear is that their voters stay home.") == 1);
  CHECK(cc("Regardless of what our opponents say, the country is not in decline.") == 1);
  CHECK(cc("The deal leaves out state flexibility, something Republicans want.") == 1);  // a preference
  CHECK(cc("If major donors complain about the cost, the board will back down.") == 0);   // a condition
  CHECK(cc("Why couldn't she come clean at some point and say she was ill?") == 0);      // "some point"
  CHECK(cc("Democrats made the district competitive in hopes of winning the seat.") == 0);  // "in hopes"
  CHECK(cc("Two-thirds of voters say the country is on the wrong track.") == 0);           // a poll's share
  CHECK(cc("The Republicans will no doubt face a brutal convention.") == 0);                 // "no doubt"
  CHECK(cc("Those guns claim about 33,000 lives a year.") == 0);                             // "claim" as take
  CHECK(cc("Few claimed the 1972 election was stolen by the fiendish Nixon.") == 1);         // a position
  CHECK(span_of_only("The ads focus on jobs, with supporters claiming the law would create more of them.",
                     UnitType::attribution, &Unit::holder) == "supporters");                     // absolute phrase
  CHECK(tag("After initially saying little, the bishops began to assert their opposition.").all(UnitType::attribution).empty());
  CHECK(span_of_only("It is a list of the issues some Republicans warn ran the party aground.", UnitType::counterclaim,
                     &Unit::holder) == "some Republicans");  // the holder of a relative clause without "that"
  // A group's announcement reports an act: testimony, not a position.
  auto announced = tag("The administration announced that it will pay only a fraction of the funds.");
  CHECK(announced.all(UnitType::counterclaim).empty());
  REQUIRE(announced.all(UnitType::evidence).size() == 1);
  CHECK(announced.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
}

TEST_CASE("concessions: an adverb inside the clause, 'on the one hand ... on the other hand', 'I disagree'") {
  auto inside = tag("The fares are admittedly high, but riders save time.");
  REQUIRE(inside.all(UnitType::concession).size() == 1);
  CHECK(inside.of(inside.all(UnitType::concession)[0]->clause) == "The fares are admittedly high");
  CHECK(tag("The fares are high, but riders save time.").all(UnitType::concession).empty());
  auto hands = tag("On the one hand, the fares are high. On the other hand, riders save an hour a day.");
  REQUIRE(hands.all(UnitType::concession).size() == 1);
  CHECK(hands.all(UnitType::concession)[0]->rule == "before_contrast");
  REQUIRE(hands.all(UnitType::rebuttal).size() == 1);
  // Alone, "On the other hand" sets one fact beside another.
  CHECK(tag("The fares are high. On the other hand, riders save an hour a day.").all(UnitType::rebuttal).empty());
  auto same = tag("On the one hand, the fares are high; on the other hand, riders save an hour a day.");
  REQUIRE(same.all(UnitType::rebuttal).size() == 1);
  CHECK(same.of(same.all(UnitType::rebuttal)[0]->clause) == "on the other hand, riders save an hour a day.");
  auto disagree = tag("Critics argue that the fares should be abolished. I strongly disagree.");
  REQUIRE(disagree.all(UnitType::rebuttal).size() == 1);
  CHECK(disagree.of(disagree.all(UnitType::rebuttal)[0]->span) == "I strongly disagree.");
}

TEST_CASE("evidence types") {
  auto t = tag("Support rose to 62 percent in the latest poll. \"We ran out of buses by noon every day,\" said "
               "Maria Lopez, who drives route 9. In 1994, the council voted to buy the fleet.");
  const auto ev = t.all(UnitType::evidence);
  REQUIRE(ev.size() == 3);
  CHECK(ev[0]->evidence == EvidenceType::statistic);
  CHECK(ev[1]->evidence == EvidenceType::testimony);
  CHECK(ev[2]->evidence == EvidenceType::historical);
  // The forms a battery of constructed evidence found missing: a study's finding, a proportion, a family story
  // told in the past; not a study as the author's answer, a family named in the present, an age to come.
  auto type = [](const char* text) {
    const auto tagged = tag(text);  // the units live as long as it does
    const auto e = tagged.all(UnitType::evidence);
    return e.size() == 1 ? std::string(to_string(e[0]->evidence)) : std::string("none");
  };
  CHECK(type("Studies show that early education pays off.") == "testimony");
  CHECK(type("Research suggests that the policy saves lives.") == "testimony");
  CHECK(type("One in four children lives in poverty.") == "statistic");
  CHECK(type("Four out of ten Americans do not know the law.") == "statistic");
  CHECK(type("My grandmother worked two jobs to keep her family afloat.") == "anecdote");
  CHECK(type("I love my family a lot.") == "none");
  CHECK(type("He would be 77 in two months.") == "none");
}

TEST_CASE("a prediction reported or a sight is not the author's claim") {
  CHECK(claim_rule("Haniyeh vowed that the protests will continue.") == "none");
  CHECK(claim_rule("Pence disagreed, saying he will accept the results.") == "none");
  CHECK(claim_rule("Some people could be seen throwing bottles at the police.") == "none");
  CHECK(claim_rule("A payment by Cohen could be seen as an illegal contribution.") == "modal_prediction");
  // The author's own prediction, and a reporting word used otherwise, still claim.
  CHECK(claim_rule("I think the protests will continue.") != "none");
  CHECK(claim_rule("The full (albeit redacted) report might help fill in some of these gaps.") == "modal_prediction");
  CHECK(claim_rule("The emotionally charged vote will likely hurt his chances.") == "modal_prediction");
}

TEST_CASE("claims: a duty or an obligation, and a verdict that nothing justifies") {
  CHECK(claim_rule("The council has a duty to act.") == "claim_phrase");
  CHECK(claim_rule("Universities have an obligation to keep students safe.") == "claim_phrase");
  CHECK(claim_rule("Nothing justifies this delay.") == "evaluative");
  CHECK(claim_rule("The memo was used to justify the wiretap.") == "none");  // the infinitive reports a use
}

TEST_CASE("evaluative claims: a judgment after a copula, not a state or a neutral noun") {
  CHECK(claim_rule("The furor over fake news is warranted.") == "evaluative");
  CHECK(claim_rule("The girl was in critical condition.") == "none");                // a medical state
  CHECK(claim_rule("Both senators are considered potential candidates.") == "none");  // not a judgment
}

TEST_CASE("hedges, boosters, claims") {
  auto t = tag("The council should perhaps act now. This matters far more than the vast majority of votes.");
  const auto claims = t.all(UnitType::claim);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0]->rule == "modal_should");
  std::vector<std::string_view> h, b;
  for (auto* u : t.all(UnitType::hedge)) h.push_back(t.of(u->span));
  for (auto* u : t.all(UnitType::booster)) b.push_back(t.of(u->span));
  CHECK(h == std::vector<std::string_view>{"perhaps"});
  CHECK(b == std::vector<std::string_view>{"far more", "the vast majority"});
}

TEST_CASE("lines outside the argument") {
  auto t = tag("Why the Bus Should Be Free\nPhoto: City Archive\n\nBy Jane Roe\n\nThe council should act.\n\n"
               "Jane Roe is a writer and transit planner in Ohio.\n\nSign up for our newsletter and support "
               "local journalism.");
  std::vector<std::pair<NonArgumentKind, std::string_view>> na;
  for (auto* u : t.all(UnitType::nonargument)) na.emplace_back(u->nonargument, t.of(u->span));
  CHECK(na == std::vector<std::pair<NonArgumentKind, std::string_view>>{
                  {NonArgumentKind::title, "Why the Bus Should Be Free"},
                  {NonArgumentKind::credit, "Photo: City Archive"},
                  {NonArgumentKind::byline, "By Jane Roe"},
                  {NonArgumentKind::bio, "Jane Roe is a writer and transit planner in Ohio."},
                  {NonArgumentKind::boilerplate, "Sign up for our newsletter and support local journalism."}});
  CHECK(t.all(UnitType::claim).size() == 1);  // the title's "Should" is not a claim
  // A bio that opens "X has been an adviser to ...", with the call after it; not a post named in a report.
  auto adviser = tag("The council should act.\n\nThe fares are too high.\n\nJane Roe has been an adviser to three "
                     "mayors. For more of her reports, Go Here Now.");
  REQUIRE(adviser.all(UnitType::nonargument).size() == 1);
  CHECK(adviser.all(UnitType::nonargument)[0]->nonargument == NonArgumentKind::bio);
  CHECK(tag("The council should act.\n\nThe fares are too high.\n\nThat is the charge to which the former "
            "national security adviser pleaded guilty.")
            .all(UnitType::nonargument)
            .empty());
}

TEST_CASE("a web page's furniture between paragraphs is outside the argument") {
  auto t = tag("The council met on Monday and the mayor spoke first.\n\n"
               "JUST WATCHED Mayor: we must act Replay More Videos ... MUST WATCH Mayor: we must act 01:51\n\n"
               "Story Continued Below\n\nAdvertisement\n\nLike us on Facebook.\n\n"
               "Get our free weekly newsletter Sign up for the Courier's new newsletter. Join us on Twitter\n\n"
               "Enlarge this image toggle caption Susan Walsh/AP Susan Walsh/AP\n\n"
               "Photos: The mayor's career Hide Caption 1 of 11 Photos: The mayor's career She spoke in 2009.\n\n"
               "( Also on POLITICO: The council's new plan)\n\n"
               "A budget fight for the council\n\n"
               "MAYOR SAYS THE COUNCIL SHOULD ACT ON TRANSIT, CALLS DELAY 'A DISGRACE'\n\n"
               "The council should act.\n\nCLICK HERE TO GET THE FOX NEWS APP\n\nJane Roe contributed to this report.\n\n"
               "Copyright 2018 The Associated Press. All rights reserved.");
  std::vector<std::pair<NonArgumentKind, std::string_view>> na;
  for (auto* u : t.all(UnitType::nonargument)) na.emplace_back(u->nonargument, t.of(u->span));
  CHECK(na == std::vector<std::pair<NonArgumentKind, std::string_view>>{
                  {NonArgumentKind::boilerplate,
                   "JUST WATCHED Mayor: we must act Replay More Videos ... MUST WATCH Mayor: we must act 01:51"},
                  {NonArgumentKind::boilerplate, "Story Continued Below"},
                  {NonArgumentKind::boilerplate, "Advertisement"},
                  {NonArgumentKind::boilerplate, "Like us on Facebook."},
                  {NonArgumentKind::boilerplate,
                   "Get our free weekly newsletter Sign up for the Courier's new newsletter. Join us on Twitter"},
                  {NonArgumentKind::credit, "Enlarge this image toggle caption Susan Walsh/AP Susan Walsh/AP"},
                  {NonArgumentKind::credit,
                   "Photos: The mayor's career Hide Caption 1 of 11 Photos: The mayor's career She spoke in 2009."},
                  {NonArgumentKind::boilerplate, "( Also on POLITICO: The council's new plan)"},
                  {NonArgumentKind::title, "A budget fight for the council"},  // a section heading
                  // a link to a related article, in capitals
                  {NonArgumentKind::title, "MAYOR SAYS THE COUNCIL SHOULD ACT ON TRANSIT, CALLS DELAY 'A DISGRACE'"},
                  {NonArgumentKind::boilerplate, "CLICK HERE TO GET THE FOX NEWS APP"},
                  {NonArgumentKind::credit, "Jane Roe contributed to this report."},
                  {NonArgumentKind::boilerplate, "Copyright 2018 The Associated Press. All rights reserved."}});
  const auto claims = t.all(UnitType::claim);  // "MUST WATCH" and the link's "SHOULD" are no claims
  REQUIRE(claims.size() == 1);
  CHECK(t.of(claims[0]->span) == "The council should act.");
}

TEST_CASE("a speaker's label or a heading with a colon opening a line is outside the argument") {
  auto t = tag("AMY GOODMAN: But net neutrality has come under attack.\n\nTHE FACTS: The plan would cost more "
               "than it saves.\n\nThe mayor said: the plan is sound.");
  std::vector<std::string_view> na;
  for (auto* u : t.all(UnitType::nonargument)) na.push_back(t.of(u->span));
  CHECK(na == std::vector<std::string_view>{"AMY GOODMAN:", "THE FACTS:"});
  // A label grants nothing, so the turn after it answers nothing.
  CHECK(t.all(UnitType::concession).empty());
  CHECK(t.all(UnitType::rebuttal).empty());
}

TEST_CASE("an embedded post is its poster's testimony, its signature a credit") {
  auto t = tag("The president has no doubt about the economy.\n\n"
               "The Economy is so good that the Democrats are lying! We must win. pic.twitter.com/x1 "
               "— Donald J. Trump (@realDonaldTrump) September 10, 2018\n\n"
               "We should ask him why.\n\n"
               "Congress must act now.\n\n— Jane Roe (@janeroe) May 4, 2017\n\n"
               "The council should act.");
  std::vector<std::string_view> testimony, claims, credits;
  for (auto* u : t.all(UnitType::evidence)) {
    if (u->evidence == EvidenceType::testimony) testimony.push_back(t.of(u->span));
  }
  for (auto* u : t.all(UnitType::claim)) claims.push_back(t.of(u->span));
  for (auto* u : t.all(UnitType::nonargument)) credits.push_back(t.of(u->span));
  CHECK(testimony == std::vector<std::string_view>{"The Economy is so good that the Democrats are lying!",
                                                   "We must win.", "Congress must act now."});
  CHECK(claims == std::vector<std::string_view>{"We should ask him why.", "The council should act."});
  CHECK(credits ==
        std::vector<std::string_view>{"pic.twitter.com/x1 — Donald J. Trump (@realDonaldTrump) September 10, 2018",
                                      "— Jane Roe (@janeroe) May 4, 2017"});
}

TEST_CASE("a commentary's disclaimer closes the author's bio") {
  auto t = tag("Jane Roe is a writer in Ohio. Follow her on Twitter. The opinions expressed in this commentary are "
               "her own. View more opinion at CNN.\n\n(CNN) The council should act. It must act now.\n\n"
               "The mayor agreed.");
  const auto na = t.all(UnitType::nonargument);
  REQUIRE(na.size() == 2);
  CHECK(na[0]->nonargument == NonArgumentKind::bio);
  CHECK(t.of(na[0]->span) == "Jane Roe is a writer in Ohio. Follow her on Twitter. The opinions expressed in this "
                             "commentary are her own. View more opinion at CNN.");
  CHECK(na[1]->nonargument == NonArgumentKind::credit);  // the dateline, a sentence of its own
  CHECK(t.of(na[1]->span) == "(CNN)");
  const auto claims = t.all(UnitType::claim);
  REQUIRE(claims.size() == 2);
  CHECK(t.of(claims[0]->span) == "The council should act.");
  // A roundup's note about the pieces it lists is no bio.
  CHECK(tag("Readers came to us for insight this year. Here are the most read pieces. The opinions expressed in "
            "these commentaries are solely those of the authors.\n\nThe council should act.")
            .all(UnitType::nonargument)
            .empty());
}

TEST_CASE("the document year decides what is past") {
  TaggerOptions opt;
  opt.document_year = 2008;
  CHECK(tag("The rally was reminiscent of 2008.", opt).all(UnitType::analogy).empty());  // this year is the present
  opt.document_year = 2009;
  // A marker that says "compare" by its meaning takes last year; "like" mostly gives recent examples and
  // needs a year at least two years back.
  CHECK(tag("The rally was reminiscent of 2008.", opt).all(UnitType::analogy).size() == 1);
  CHECK(tag("The rally felt just like 2008.", opt).all(UnitType::analogy).empty());
  opt.document_year = 2016;
  CHECK(tag("The rally was reminiscent of 2008.", opt).all(UnitType::analogy).size() == 1);
  CHECK(tag("The rally felt just like 2008.", opt).all(UnitType::analogy).size() == 1);
  // A year after "since" opens a period that runs to now.
  CHECK(tag("Unlike the consensus since the 1990s, the party wants tariffs.", opt).all(UnitType::analogy).empty());
}

TEST_CASE("analogies denied, of our time, all over again, and resemblances") {
  TaggerOptions opt;
  opt.document_year = 2016;
  auto rule = [&](const char* text) {
    const auto t = tag(text, opt);
    const auto an = t.all(UnitType::analogy);
    return an.size() == 1 ? std::string(an[0]->rule) + ":" + std::string(t.of(an[0]->source)) : std::string("none");
  };
  CHECK(rule("Trump is no Nixon.") == "is_no:Nixon");
  CHECK(rule("This is no Watergate.") == "is_no:Watergate");
  CHECK(rule("There is no Watergate here.") == "none");
  CHECK(rule("Call it the Watergate of our time.") == "of_our_time:Watergate");
  CHECK(rule("This election feels like 1968 all over again.") == "all_over_again:1968");
  CHECK(rule("The fight bears an eerie resemblance to the 1994 Republican Revolution.") ==
        "recalls:the 1994 Republican Revolution");
  // The fronted, inverted record is a precedent.
  const auto record = tag("Not since the Great Depression has unemployment been this high.", opt);
  REQUIRE(record.all(UnitType::precedent).size() == 1);
  CHECK(record.all(UnitType::precedent)[0]->rule == "not_since");
  CHECK(record.of(record.all(UnitType::precedent)[0]->source) == "the Great Depression");
  CHECK(tag("Not since they left office has anyone spoken.", opt).all(UnitType::precedent).empty());
}

TEST_CASE("the same manner, plight or lesson as a past episode likens; the same people, place or post do not") {
  TaggerOptions opt;
  opt.document_year = 2019;
  auto source_of = [&](const std::string& text) -> std::string {
    const auto t = tag(text, opt);
    const auto units = t.all(UnitType::analogy);
    if (units.size() != 1) return "analogies: " + std::to_string(units.size());
    return std::string(units[0]->rule) + " " + std::to_string(units[0]->year) + ": " + std::string(t.of(units[0]->source));
  };
  CHECK(source_of("The governor will learn the same lesson that President Carter did after the grain embargo of 1980.") ==
        "the_same_as 1980: President Carter did after the grain embargo of 1980");
  CHECK(source_of("The ad may lift the campaign in much the same way a late endorsement lifted Kerry in 2004.") ==
        "the_same_as 2004: a late endorsement lifted Kerry in 2004");
  CHECK(source_of("Reformers now find themselves in the same position as the party rebels, who forced a vote in 2013.") ==
        "the_same_as 2013: the party rebels, who forced a vote in 2013");  // the source runs to its year
  CHECK(source_of("It is the same timeline used in 1999.") == "the_same_as 1999: in 1999");
  CHECK(source_of("We might not face the same dangers as 1963.") == "the_same_as 1963: 1963");
  auto none = [&](const std::string& text) { return tag(text, opt).all(UnitType::analogy).empty(); };
  CHECK(none("These are the same voters who stayed home in 2008."));                 // the same people
  CHECK(none("She spoke at the same community college where Clinton spoke in 2010."));  // the same place
  CHECK(none("He kept the same position when I became minister in 2012."));          // a post, not a plight
  CHECK(none("The room is still set up the same way it was 15 years ago."));         // a state kept
  CHECK(none("He used the same playbook in the budget fight of 2011."));             // his own record
  CHECK(none("He pushed the same strategy he tried to use against the 2010 law."));  // his own record
  CHECK(none("Voters feel the same way about the party – the most since polling began in 1992."));  // past a dash
  CHECK(none("The same way the Iraq War has been debated, this war will be."));      // a present clause
}

TEST_CASE("analogy markers that are examples, verbs or names") {
  TaggerOptions opt;
  opt.document_year = 2017;
  auto none = [&](const std::string& text) { return tag(text, opt).all(UnitType::analogy).empty(); };
  CHECK(none("He wants to cut programs like the New Deal."));  // exemplifies
  CHECK(none("It looks like 1968 will come up again."));           // a verb
  CHECK(none("You heard him compare it to Obamacare."));           // a law still in force
  CHECK(none("Outside its Echo Park location, the center founded in 1994 delivers food."));  // a name
  CHECK(none("That set up a rematch after the recall election of 2012."));                     // a recall vote
  CHECK(none("They say the downsides of Obamacare—like the fact that taxes rose—are worse."));
  CHECK(none("His posts were liked twice as much as Romney's in June 2012."));  // a measure
  CHECK(none("Previous chairmen like the 2012 nominee used the post as a launch pad."));
  CHECK(none("It sounded like 1000 wild dogs barking."));  // a count, not a year
  CHECK(none("A pandemic like COVID-19 strains every hospital."));  // written in 2017: not yet past
  CHECK(none("The office has been dismissive, such as in 2012 when it declined the case."));  // an example
  CHECK(none("They worked in parallel with the 2012 investigation."));                        // at the same time
  CHECK(none("Crowds awaited one of the century's most iconic figures, freed in 1990."));
  CHECK(none("A receptionist recalled introducing herself to him in 2005."));  // a memory
  CHECK(none("Much as I hate the 1994 law, I would keep it."));               // concedes
  CHECK(none("Much as Cruz is notorious for his Tea Party tactics, the paper calls Obama rigid."));  // present
  CHECK(none("He urged them to look at other avenues that could benefit Trump like whether Ukraine helped the "
             "Democrats during the 2012 election."));  // an example
  CHECK(none("My goal is not to bash anyone, as we look at what did and didn't work in the 1990s."));
  CHECK(none("One may recall his description of her as likeable enough during a 2008 debate."));  // a record
  CHECK(none("The deal resembles a pact that Ryan himself put together in 2013."));  // a deal like an earlier one
  CHECK(none("Like others in Clinton's 2008 brain trust, Wolfson said he understands why Sanders fights on."));
  CHECK(none("Gohmert repeats this claim, though it was debunked in 2013."));  // words said again
  CHECK(none("I do now recall the March 2014 meeting at the hotel."));
  CHECK(none("Governors have been Democrats all the way back to 1985."));
  CHECK(none("Cartoons of the 1990s like Gargoyles treat difference as power."));
  CHECK(none("Some past attacks on churches, like the 1995 attack in Ohio, were deliberate."));  // an example
  CHECK(none("The country was on the way to war in Iraq in 2003."));                             // an idiom
  CHECK(none("The law is similar to a provision in a Texas law, which the court struck down in 2016."));  // legal
  CHECK(none("The new law closely resembles one enacted by Texas in 2013."));
  CHECK(none("The case closely resembles a 2012 Supreme Court case on GPS tracking."));  // legal precedent
  CHECK(none("Marines were moved closer to Libya before the anniversary of the 9/11 attacks."));  // a place
  CHECK(none("The plot is not unlike the classic 1980s sci-fi film about a rogue computer."));      // fiction
  CHECK(none("They voted against Walker's recall in 2012."));                                     // a recall vote
  CHECK(none("They draw the line at gloomy emails -- like one this summer from the 2010 Tea Party wave."));  // an example
  // A year past a comma after "like X" dates another clause or an apposition, not X.
  CHECK(none("Murphy, who, like Blumenthal, represents the victims of the 2012 Sandy Hook shooting, spoke."));
  CHECK(none("Some, like Sheldon Adelson, the party's top giver in 2012, have not given."));
  CHECK(none("These rooms looked much like the villain's computer-filled complex from the 1995 James Bond film."));
  CHECK(none("Since the shooting six years ago, when this generation's high school students were younger, much changed."));
  CHECK(none("Given this generation's impulse to post every moment of life online, nothing stays private."));
  CHECK(none("She said it was our generation's moral imperative to help our children."));
  // "the way" as an idiom or a manner judged: not likened.
  CHECK(none("The ruling paved the way for a challenge to the 1973 decision."));
  CHECK(none("He said he disapproved of the way Clinton handled the 2011 uprising."));
  CHECK(none("A belief in growth was the way Trump justified his 2016 proposals."));
  CHECK(none("Most are dissatisfied with the way she handled the attack in Benghazi in 2012."));
  // A law invoked is cited, not likened; "evoked" with no object names no past thing.
  CHECK(none("Rep. Jackie Speier, who as a staffer experienced harassment on Capitol Hill in the 1970s, spoke."));  // a role
  CHECK(none("It will be a repeat of his claim that Russian interference in the 2012 election was made up."));
  CHECK(none("Sturgeon said he had no right to stand in the way of another Scottish independence referendum."));
  CHECK(none("Pompeo had invoked the 2001 AUMF in a closed-door briefing with lawmakers about Iran."));
  CHECK(none("He sensed the racism Barack Obama evoked among that crowd, which was why he based his 2012 run on it."));
  // A "since" before the past thing counts from it; a year after an indefinite phrase dates a past behaviour.
  CHECK(none("Trump himself has been using imagery like this since he started his campaign in 2015."));
  CHECK(none("I haven't seen anything like that since I came to the Senate 15 years ago."));
  CHECK(none("Trump behaved like a predator at parties packed with teenage girls in the 1980s."));
  CHECK(none("Coal grew like crazy starting in 2000."));                                    // an idiom
  CHECK(none("Americans should learn what the country was like during World War II."));   // described
  CHECK(none("“I’d very much like him to run,” said a donor who backed him in 2012."));     // a verb
  auto one = [&](const std::string& text, std::string_view rule, int year) {
    auto t = tag(text, opt);
    const auto units = t.all(UnitType::analogy);
    REQUIRE(units.size() == 1);
    CHECK(units[0]->rule == rule);
    CHECK(units[0]->year == year);
  };
  one("The senators do not want to repeat the mistakes of the 1986 immigration law.", "repeat_past", 1986);
  one("The atmosphere now is nothing like that of Aug. 9, 1974, when Nixon resigned.", "like", 1974);  // a date
  one("Trump has always talked like a guy in a steam bath at the Sands Casino in Vegas in 1959.", "like", 1959);
  one("True enough, there are some parallels with 1996, Schulman says.", "recalls", 1996);
  one("The protests conjure up memories of the 1968 Democratic convention.", "recalls", 1968);
  one("The standoff brings to mind the Cuban Missile Crisis.", "recalls", 1962);
  one("The scandal gave voters flashbacks to Watergate.", "recalls", 1972);
  one("This autumn is starting to remind me of October 2006, the worst cycle for Republicans.", "recalls", 2006);
  one("In many ways, the governor reminds me of the Know-Nothing movement.", "recalls", 1849);
  one("In another reminder of 2008, the campaign has added race to the mix.", "recalls", 2008);
  CHECK(none("It reminds us of the fact that the party used the 1964 War on Poverty as a trope."));  // a fact
  CHECK(none("Democrats have endlessly replayed the 2012 election."));  // gone over again, not likened
  one("The tariffs could trigger another Smoot-Hawley.", "a_new_x", 1930);  // an old policy likened
  one("The party hopes to avoid another 1972 before the fall.", "a_new_x", 1972);  // a past year alone
  one("Was it merely another 2008?", "a_new_x", 2008);
  one("Strategists dread another 2008 meltdown in the suburbs.", "a_new_x", 2008);  // an episode of that year
  one("The senator could become the next Perot.", "a_new_x", 1992);                // "the next", "the new"
  one("Critics call the hearings the new McCarthyism.", "a_new_x", 1950);
  CHECK(none("The Pentagon sent another 2000 troops to the region."));  // a count
  CHECK(none("The bill would expand the New Deal programs."));          // the name itself
  CHECK(none("Voters do not want another 2016 referendum on him."));    // a procedure held again
  CHECK(none("Another 2014 study found the same effect."));             // a document of that year
  one("She compared that state's law to the Jim Crow codes of the 1890s.", "compared_to", 1890);  // law vs era
  one("They want something closer to the kind of nationalist setup Europe saw before 1939.", "like", 1939);
  one("The Senate can change its rules by a bare majority, as Senate Democrats did in 2013.", "as_did", 2013);
  one("That is a far cry from Ronald Reagan's microphone line in 1980.", "like", 1980);
  // A past year set against the present ("as Iran is now"); a present thing unlike a past one.
  one("In 1938, Germany had not been responsible for terror around the world as Iran is now.", "as_now", 1938);
  {
    auto iran = tag("In 1938, Germany had not been responsible for terror around the world as Iran is now.", opt);
    CHECK(iran.of(iran.all(UnitType::analogy)[0]->target) == "Iran");
  }
  one("Political parties were far less sorted in 1974 than they are today.", "as_now", 1974);
  one("The situation is wholly different from the Waco siege in 1993.", "different_from", 1993);
  one("The field is very different from 2008, when there were only two serious candidates.", "different_from", 2008);
  CHECK(none("The party is as divided as it is now over taxes."));           // no past year
  CHECK(none("The party was as divided in 2025 as it is now."));             // not past
  CHECK(none("The new plan is different from the one the council passed."));
  one("Regulators learned from the 2008 crash that banks need capital.", "lessons_of", 2008);
  one("Today's border strain has echoes of the Mariel boatlift of 1980.", "echoes", 1980);  // a noun, not a memory
  one("The bombing recalled the assassinations of 2005.", "recalls", 2005);
  one("The deal resembles the Munich pact of 1938.", "recalls", 1938);
  one("Mass displacement and Srebrenica-style killings must be prevented.", "x_like", 1995);
  one("We should not be drawn once more into a long and costly ground war in Iraq.", "once_more", 2003);
  one("Some called it a Watergate moment for the agency.", "x_moment", 1972);
  one("The surgeon general called it a Pearl Harbor moment.", "x_moment", 1941);  // the name takes in "moment"
  CHECK(none("This is a big moment for the agency."));
  CHECK(none("It was an Obama moment for the party."));  // a figure, not an event
  one("With more victories like this, the party will go the way of the Whigs.", "the_way_of", 1852);
  // A past figure as a model; a recent one, or a name that only modifies a noun, is not.
  one("Freshmen are conviction politicians in the mold of Ronald Reagan.", "in_the_mold_of", 1980);
  one("Liberals expected him to be a new FDR.", "a_new_x", 1933);
  CHECK(none("Freshmen are conviction politicians in the mold of Barack Obama."));
  CHECK(none("Gull Island would be another Churchill dam."));
  CHECK(none("How do we resolve a 21st-century controversy with the minutiae of the 1790s?"));  // no name after
  CHECK(none("Many were credited with starting the modern-day Tea Party in 2009."));  // the present one itself
  CHECK(none("This law was last invoked in 1992 during the riots."));                 // done, not resembled
  CHECK(none("Trump also invoked it to block the panel's 2016 report."));              // a privilege, by pronoun
  CHECK(none("He was criticised for repeating claims that the 2001 attacks were staged."));  // words, not events
  CHECK(none("Research from 2002 shows that workers who like tuition subsidies stay longer."));  // a verb
  CHECK(none("His past -- like the 2005 tape, or the 1990s interviews -- has not hurt him."));  // examples
  CHECK(none("He was weak, despite some flashes, like highlighting her 2009 emails."));
  CHECK(none("Leaders released a new Obamacare repeal bill on Thursday."));  // the name modifies the new thing
  one("The 2016 primary -- like the 2012 and 2008 primaries -- has not been about policy.", "like", 2012);
  one("Pundits cast him as a 21st-century Lincoln or FDR.", "a_modern_day", 1933);
  CHECK(none("Nothing has worsened the worry so much as the 2010 decision in Citizens United."));  // a degree
  CHECK(none("They are no closer to proving it than they were in 2014."));
  CHECK(none("Biden drew a similar contrast to Trump over the 2017 riots in Charlottesville."));
  CHECK(none("In a nod to the war that ended in 1975, Obama thanked Vietnam's government."));  // a reference
  // "Past" markers need a named or dated past; the present moment itself; another source agreeing; laws still
  // in force and pictures; a year that dates the speaker after a quotation.
  CHECK(none("The candidate's use of a serif font hearkens back to tradition."));
  CHECK(none("But where is the movement that thinks about this century's bad start?"));
  CHECK(none("It is one lesson that this Black Lives Matter moment can teach us."));
  CHECK(none("Critics say its role is unclear, concerns echoed in a 2010 inspector general's report."));
  CHECK(none("Agents investigate crime like the Tunas Convention Act of 1975."));
  CHECK(none("The Navy is moving a radar platform, like the one seen in this 2006 file photo, closer to the coast."));
  CHECK(none("“He cannot win a big state like Florida,” said Ann Walker, his 2012 Florida state director."));
  CHECK(none("Throughout the film, she closely resembles her pre-'90s self."));           // one's own past
  CHECK(none("He wrote an op-ed recalling his service on Sept. 11, 2001, as a first responder."));  // a memory
  CHECK(none("It is an echo of what two scholars discovered back in 1967: the split is symbolic."));
  CHECK(none("Lawmakers reshaped the measure so that it mirrored the Religious Freedom Restoration Act of 1993."));
  CHECK(none("The IRS has to move with all deliberate speed to restore the public trust."));  // an idiom, not Brown
  one("Kerry's aides feared a repeat, recalling Kerry's 2003 gaffe in Philadelphia.", "recalls", 2003);
  CHECK(none("“We saw the traffic cut off,” recalled Wayne White, an officer from 1979 to 2005."));  // said
  CHECK(none("The program prices carbon from polluters, like the Benicia refinery seen here on July 12, 2012."));
  one("You may recall the toppling of Saddam Hussein statues in Iraq in 2003.", "recalls", 2003);
  one("This harks back to the situation in mid-2008, when the North destroyed the tower.", "harks_back_to", 2008);
  // (an aside set off by commas may stand inside the marker)
  one("The fearmongering harks back, as I wrote last week, to the 1988 Willie Horton ad.", "harks_back_to", 1988);
  one("The scene is reminiscent, in some ways, of the 1968 Democratic convention in Chicago.", "reminiscent_of", 1968);
  one("Minneapolis is this generation's Berkeley, as Berkeley was in 1916.", "this_generations", 1916);
  // The past thing between "compare" and "to"; a history lesson; modelling past methods.
  one("There can be no comparison of the American revolution to what passes for one in Cuba.", "compared_to", 1775);
  one("A history lesson: moderates wanted Gerald Ford over Ronald Reagan in 1976.", "history_lesson", 1976);
  one("He urged them to model the nonviolent methods of the activists of the 1950s.", "follow_the_path_of", 1950);
  CHECK(none("He compared the plan to a tax hike."));
  one("The rally was a throwback to the 1968 convention.", "throwback_to", 1968);
  one("House historians contrast this context with that of the 1987 Iran-Contra affair.", "for_comparison", 1987);
  CHECK(none("Republicans once again control the Senate after the 2014 election."));  // a year is not an event
  // "four years ago" in a 2017 text is 2013.
  one("The rallies seek the same sort of attention that tea party groups won four years ago.", "like", 2013);
  // A rule match the judge rejects ("another ...") does not hide the next marker in the sentence.
  one("Would this be another split-screen address similar to when networks cut away in 1997?", "like", 1997);
  // An example after a plural noun likens when it is a name dated at once: a past case offered for the present.
  one("Divisive figures can still win elections, like Obama in 2012.", "like", 2012);
  one("This covers nominees like Democrat Bill Clinton in 1992.", "like", 1992);
  CHECK(none("Nominees like Bill Clinton campaigned on the 1992 economy."));
  // An adverbial "by contrast," sets the sentence against the one before: only a past thing named at once is
  // likened; a later year dates something in a present story.
  one("By contrast, John McCain in 2008 won fewer of those voters.", "for_comparison", 2008);
  CHECK(none("By contrast, the state court took a year to reverse the 2012 verdict."));
  CHECK(none("Warren is, by contrast, drawing equal shares of Clinton 2012 voters."));
}

TEST_CASE("a speaker's own stance is a claim; managing the talk is not") {
  CHECK(claim_rule("I strongly believe the tax cut helps the middle class.") == "own_stance");
  CHECK(claim_rule("We do not support the pipeline through the reservation.") == "own_stance");
  CHECK(claim_rule("I'm going to restore the funding for Medicare.") == "own_stance");
  CHECK(claim_rule("I want to say a word about the pipeline.") == "none");
  CHECK(claim_rule("We're going to move on to the next question.") == "none");
  CHECK(claim_rule("They support the pipeline.") == "none");  // others' stance: not the speaker's claim
  CHECK(claim_rule("We are not for more tax cuts for multimillionaires.") == "own_stance");
  CHECK(claim_rule("We've got to reform health care to help your budget.") == "claim_phrase");
  CHECK(claim_rule("I'm going to give you a tax cut.") == "own_stance");  // a promise
  CHECK(claim_rule("I'll give you an example of the waste.") != "own_stance");  // managing the talk
  CHECK(claim_rule("I have a plan to put people back to work.") == "own_stance");
  CHECK(claim_rule("Our plan is working.") == "own_stance");
  CHECK(claim_rule("This week, I left my position as the president of the group.") == "none");  // a post
  CHECK(claim_rule("I am not wrong.") == "own_stance");
  CHECK(claim_rule("I completely respect their views.") == "own_stance");
  CHECK(claim_rule("I see it as a human-rights issue.") == "own_stance");
  CHECK(claim_rule("I think it's possible to gain a billion dollars through tax changes.") == "own_stance");
  CHECK(claim_rule("It hurts the middle class.") == "evaluative");
  CHECK(claim_rule("The truth is that the plan was never funded.") == "claim_phrase");
  // The speaker's stance is not a reported event for naming a place and a past act.
  CHECK(claim_rule("I believe in a balanced budget and have supported it during my years in Congress.") ==
        "own_stance");
  // Modals that run the proceedings predict nothing; intents and promises still argue.
  CHECK(claim_rule("Each answer will be limited to two minutes.") == "none");
  CHECK(claim_rule("I'd like to thank the league for hosting us.") == "none");
  CHECK(claim_rule("Governor Reagan will respond to the first question.") == "none");
  CHECK(claim_rule("I would like to lead that crusade with your help.") == "modal_prediction");
  CHECK(claim_rule("Let's go to a new question.") == "none");
  CHECK(claim_rule("It is time for closing statements.") == "none");
  CHECK(claim_rule("We'll get to that in just a minute.") == "none");
  CHECK(claim_rule("Let's look at the record of this administration.") == "claim_phrase");
  CHECK(claim_rule("It is time for America to lead again.") == "claim_phrase");
  CHECK(claim_rule("We'll start working on the first day of the new term.") == "modal_prediction");
}

TEST_CASE("modals that are not the author's: an adjective, an idiom, a past expectation, an indirect question") {
  CHECK(claim_rule("This tax would hurt families.") == "modal_prediction");
  CHECK(claim_rule("The lives of thousands of would-be immigrants were thrown into disarray.") == "none");
  CHECK(claim_rule("And, say what you will, Sanders is no trimmer.") == "none");
  // The future of a past report or expectation: the reported party's, or the story's.
  CHECK(claim_rule("Iran signaled that its retaliation would be strictly proportionate.") == "none");
  CHECK(claim_rule("The official story was that it would help the Department of Justice.") == "none");
  CHECK(claim_rule("U.S. forces were warned where the missiles would hit.") == "none");
  CHECK(claim_rule("McConnell signaled that he would reach a deal if Republicans couldn't agree.") == "none");
  // ... not after a present copula, nor in an inverted condition.
  CHECK(claim_rule("We are concerned that the tax would hurt families.") == "modal_prediction");
  CHECK(claim_rule("Were that not the case, we would continue to buy cheaper goods.") == "modal_prediction");
  // "would" in a sentence that tells the past: what someone did, not what the author foresees.
  CHECK(claim_rule("They pushed him again, but Sondland would not mouth their talking points.") == "none");
  CHECK(claim_rule("The vendor was paid a fee, and he would apply ink to the seal.") == "none");
  CHECK(claim_rule("A mill built here would not restore the payrolls.") == "modal_prediction");  // a participle
  CHECK(claim_rule("If Democrats were serious, Pelosi would dump Schiff.") == "modal_prediction");
  CHECK(claim_rule("Had the justices struck down the law, they would have dealt him a blow.") == "modal_prediction");
  CHECK(claim_rule("The department did Democrats no favors by staving off indictments that would have taken "
                   "Clinton out.") == "modal_prediction");  // "would have": the author's judgment
  // A relative clause describes its noun; a noun the sentence predicates, or the speaker's own, keeps the claim.
  CHECK(claim_rule("The House passed a bill that would make big changes to the program.") == "none");
  CHECK(claim_rule("Firefighters are searching in an operation that could take up to two weeks.") == "none");
  CHECK(claim_rule("It's a development that could spell trouble for the party.") == "modal_prediction");
  CHECK(claim_rule("We passed a law that will create jobs.") == "modal_prediction");
  CHECK(claim_rule("Our party backs a bill that would cut taxes for families.") == "modal_prediction");
  // An indirect question asks: "whether" opens the modal's clause.
  CHECK(claim_rule("The Constitution requires a trial to determine whether Trump should be removed.") == "none");
  CHECK(claim_rule("A related issue is whether Trump will pay a political price.") == "none");
  CHECK(claim_rule("The Senate will vote on whether to join the compact, and it should.") == "modal_should");
}

TEST_CASE("a grant or an answer that states the author's own position is a claim too") {
  auto t = tag("No Child Left Behind, I voted for it. I support the goals. But the president has underfunded it.");
  const auto c = t.all(UnitType::concession);
  REQUIRE(c.size() == 1);
  CHECK(c[0]->sentence == 1);
  const auto claims = t.all(UnitType::claim);
  REQUIRE(!claims.empty());
  CHECK(claims.back()->sentence == 1);
  CHECK(claims.back()->rule == "own_stance");
}

TEST_CASE("a demand answered at once by a contrast is granted") {
  auto t = tag("Everyone should be able to profit from their property. But a market rent alone will divide "
               "society.");
  const auto c = t.all(UnitType::concession);
  REQUIRE(c.size() == 1);
  CHECK(c[0]->rule == "before_contrast");
  CHECK(c[0]->sentence == 0);
  CHECK(t.all(UnitType::rebuttal).size() == 1);
  // An example the author gives backs the author's point: the turn after it grants nothing.
  for (const char* text : {"Novels hold more. For example, I could not finish the novel in one night. However, a "
                           "movie gives only a short review of the story.",
                           "Planning helps. Take myself as an example, I was overwhelmed by exams last term. Yet "
                           "this year a plan made the work lighter.",
                           // ... nor does a conclusion the author draws.
                           "People work longer. Thus pension costs are increasing. Yet no one should work for more "
                           "than 40 years.",
                           // ... nor a reason, before "But" or "Still".
                           "Prisons should not be comfortable. After all, some inmates enjoy the free board. Still, "
                           "the state needs a deterrent.",
                           // ... nor one more point.
                           "Shops should open on Sundays. Also streets would be emptier on weekdays. However, you "
                           "would lose track of which shop is open."}) {
    CAPTURE(text);
    CHECK(tag(text).all(UnitType::concession).empty());
  }
  CHECK(tag("Novels hold more. I could not finish the novel in one night. However, a movie gives only a short "
            "review of the story.").all(UnitType::concession).size() == 1);
}

TEST_CASE("a trailing 'as in' names its past thing at once; a year after a weak marker may date a speech") {
  TaggerOptions opt;
  opt.document_year = 2016;
  auto analogies = [&](const char* text) { return tag(text, opt).all(UnitType::analogy).size(); };
  CHECK(analogies("He does not want a war in which America pays for everything, as in the last Iraq war.") == 1);
  CHECK(analogies("As with the fallout from the 2008 financial crisis, the bank has vowed to do whatever it takes.") == 1);
  CHECK(analogies("She has backed interventions, as in one noteworthy 2011 episode.") == 0);
  CHECK(analogies("The move was denounced as in direct conflict with the promises made in 1997.") == 0);
  CHECK(analogies("Sounding like an ardent free-trader in a 2013 speech, Clinton praised open markets.") == 0);
  CHECK(analogies("Sounding like Reagan in 1980, Clinton praised open markets.") == 1);
}

TEST_CASE("in a news report a plain statement before 'But' is the story, not a grant") {
  // Five sentences in other voices and none where the author judges: a report.
  const std::string report = "Senator Smith said the committee would meet on Tuesday. \"We need more time,\" Smith "
                             "said. Officials said the talks had stalled. \"There is no deal yet,\" a spokesman "
                             "said. A spokesman said the meeting ended at noon.\n\n";
  const std::string pair = "Access to the text was provided on secure web sites. But the site does not hold the "
                           "latest version.";
  auto reported = tag(report + pair);
  CHECK(reported.all(UnitType::concession).empty());
  CHECK(reported.all(UnitType::rebuttal).empty());
  // The same turn where nothing else is reported argues.
  auto alone = tag(pair);
  REQUIRE(alone.all(UnitType::concession).size() == 1);
  CHECK(alone.all(UnitType::concession)[0]->rule == "before_contrast");
  CHECK(alone.all(UnitType::rebuttal).size() == 1);
  // A bare turn after someone's position moves the report on; a judging one answers it.
  auto story = tag(report + "Critics say the plan will fail. But the council approved it on Monday.");
  CHECK(story.all(UnitType::counterclaim).size() == 1);
  CHECK(story.all(UnitType::rebuttal).empty());
  auto answered = tag(report + "Critics say the plan will fail. But the plan is a good one.");
  CHECK(answered.all(UnitType::rebuttal).size() == 1);
  // Two sentences are no report.
  CHECK(tag("Critics say the plan will fail. But the council approved it on Monday.").all(UnitType::rebuttal).size() == 1);
  // In a report a hedged statement is still granted.
  auto hedged = tag(report + "Access to the text was arguably provided on secure web sites. But the site does "
                             "not hold the latest version.");
  REQUIRE(hedged.all(UnitType::concession).size() == 1);
  CHECK(hedged.of(hedged.all(UnitType::concession)[0]->span) ==
        "Access to the text was arguably provided on secure web sites.");
}

TEST_CASE("a position mentioned inside a quotation is the quoted speaker's testimony") {
  auto t = tag("\u201cA lot of people around here think the tax cuts were a giveaway to the rich,\u201d said Marran, a "
               "resident of the city.");
  CHECK(t.all(UnitType::counterclaim).empty());
  const auto ev = t.all(UnitType::evidence);
  REQUIRE(ev.size() == 1);
  CHECK(ev[0]->evidence == EvidenceType::testimony);
  CHECK(t.of(ev[0]->holder) == "Marran");
  // Single marks inside a double quotation nest in it; a quotation set in single marks alone is one too.
  auto nested = tag("\u201cHe sees this potential: \u2018We can win more seats than people think.\u2019\u201d");
  CHECK(nested.all(UnitType::counterclaim).empty());
  auto single = tag("\u2018A lot of people around here think the tax cuts were a giveaway,\u2019 said Marran.");
  CHECK(single.all(UnitType::counterclaim).empty());
  // The author's own report of the same position is a counterclaim.
  auto own = tag("A lot of people around here think the tax cuts were a giveaway to the rich.");
  CHECK(own.all(UnitType::counterclaim).size() == 1);
}

TEST_CASE("a turn to the opponents' side grants nothing") {
  auto t = tag("The strike was justified, legal and strategically sound. But the president's critics swarmed as "
               "usual.");
  CHECK(t.all(UnitType::concession).empty());
  auto granted = tag("The strike was justified, legal and strategically sound. But it will not end the conflict.");
  CHECK(granted.all(UnitType::concession).size() == 1);
}

TEST_CASE("records counted since a past year, and multiples of a past year's figure, are precedents") {
  TaggerOptions opt;
  opt.document_year = 2016;
  auto rule_of = [&](const std::string& text) -> std::string {
    const auto t = tag(text, opt);
    const auto units = t.all(UnitType::precedent);
    if (units.size() != 1) return "precedents: " + std::to_string(units.size());
    return std::string(units[0]->rule) + " " + std::to_string(units[0]->year);
  };
  CHECK(rule_of("The overtime threshold has only been changed once since 1975.") == "superlative_since 1975");
  CHECK(rule_of("The tactic has only been tried twice since the 1970s.") == "superlative_since 1970");
  CHECK(rule_of("The act had been used only three times before since it was passed in 1917.") == "superlative_since 1917");
  CHECK(rule_of("Tensions have only been exacerbated since 2011.") == "precedents: 0");  // no record
  CHECK(rule_of("Analysts see a slump twice as severe as the 2008 financial crisis.") == "multiple_of_then 2008");
  CHECK(rule_of("The new data team is five times as large as that of the 2008 campaign.") == "multiple_of_then 2008");
  CHECK(rule_of("Arrests were half as high as in fiscal year 2000.") == "multiple_of_then 2000");
  CHECK(rule_of("His posts were liked twice as much as Romney's in June 2012.") == "precedents: 0");  // another's
}

TEST_CASE("a figure set against a past year's is a precedent, not an analogy") {
  TaggerOptions opt;
  opt.document_year = 2016;
  auto t = tag("Democratic turnout has slumped to 1.2 million, compared with 2008.", opt);
  CHECK(t.all(UnitType::analogy).empty());
  REQUIRE(t.all(UnitType::precedent).size() == 1);
  CHECK(t.all(UnitType::precedent)[0]->rule == "compared_with_past");
  CHECK(t.all(UnitType::precedent)[0]->year == 2008);
  CHECK(tag("Growth should reach 6.5 percent, compared with 2015's 6.9 percent.", opt).all(UnitType::precedent).size() == 1);
  CHECK(tag("These poll numbers are a far cry from the 2012 primary.", opt).all(UnitType::precedent).size() == 1);
  // "compared with" as a participle sets an amount or a change against a dated past one; as a verb, or before a
  // kind of thing, it likens.
  CHECK(tag("Television ratings for the final night were down compared with four years ago.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("Compared to his vote in 2012, his approval rating among those women has declined.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("Compared to 2008, this is a more character driven election.", opt).all(UnitType::analogy).size() == 1);
  CHECK(tag("He has often been compared to Nixon in 1972.", opt).all(UnitType::analogy).size() == 1);
  auto likening = tag("He compared the recall effort to the Spanish Civil War.", opt);
  CHECK(likening.all(UnitType::analogy).size() == 1);
  CHECK(likening.all(UnitType::precedent).empty());
  // "similar to", "the same as", "than at this time in" set figures side by side when a figure stands near;
  // a number elsewhere in the sentence, or a date, does not make a likening a benchmark.
  auto same_as = tag("The union will spend $85 million, about the same as it spent in 2008.", opt);
  CHECK(same_as.all(UnitType::analogy).empty());
  REQUIRE(same_as.all(UnitType::precedent).size() == 1);
  CHECK(same_as.all(UnitType::precedent)[0]->rule == "compared_with_past");
  CHECK(tag("Ads are up 112 percent over last month and higher than at this time in 2012.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("His support is similar to that of Mike Huckabee, who in 2008 won the caucus despite average numbers "
            "in 35 national polls.", opt).all(UnitType::analogy).size() == 1);
  CHECK(tag("He warned of more attacks similar to those of Sept. 11, 2001.", opt).all(UnitType::analogy).size() == 1);
  // A measure word counts as a figure: "the same turnout ... as in 2008".
  CHECK(tag("It will be hard to inspire the same turnout among young voters as in 2008.", opt)
            .all(UnitType::precedent).size() == 1);
  // A degree ("just as likely ... as"), a rating near the marker.
  CHECK(tag("If you were raised poor, you are just as likely to stay poor as you were 50 years ago.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("His approval ratings are very similar to those of George W. Bush in September 2006.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("She may not win women by as large of a margin as her husband did in 1996.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("Median income in June is roughly the same as it was in 2000.", opt).all(UnitType::precedent).size() == 1);
  CHECK(tag("Just as liberals made Obama the hero of a story in 2008, many made Trump one.", opt)
            .all(UnitType::analogy).size() == 1);
  CHECK(tag("The youth share of the vote will tumble compared to 2012.", opt).all(UnitType::precedent).size() == 1);
  auto data = tag("That is true if you are comparing it to 2014 data.", opt);  // a measure word
  CHECK(data.all(UnitType::analogy).empty());
  CHECK(data.all(UnitType::precedent).size() == 1);
  // "half as many ... as in": the second "as" of a degree; "than at this time in" with or without a figure near.
  auto half = tag("Officials expect around half as many people as in 2009, when a record crowd attended.", opt);
  CHECK(half.all(UnitType::analogy).empty());
  CHECK(half.all(UnitType::precedent).size() == 1);
  auto than = tag("In Ohio alone, five times more phone calls and 28 times more door knocks have been made than at "
                  "this time in 2008.", opt);
  CHECK(than.all(UnitType::analogy).empty());
  CHECK(than.all(UnitType::precedent).size() == 1);
  // All-time superlatives name no past benchmark; a bounded history does.
  CHECK(tag("It was a level of prosperity unprecedented in human history.", opt).all(UnitType::precedent).empty());
  CHECK(tag("The ratio is the lowest in the program's history.", opt).all(UnitType::precedent).size() == 1);
  CHECK(tag("The courts carry the largest backlog in their history.", opt).all(UnitType::precedent).size() == 1);
  // A comparison with a past state names it; a change or a duration since a year is no record.
  CHECK(tag("Europe is more fragile today than at any time since the end of the Cold War.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("Abortion providers are more vulnerable than they have been since the 1990s.", opt)
            .all(UnitType::precedent).size() == 1);
  CHECK(tag("The budget has more than doubled since 2002.", opt).all(UnitType::precedent).empty());
  CHECK(tag("The rate is down by more than a quarter since 1990.", opt).all(UnitType::precedent).empty());
  CHECK(tag("More than 5,000 planes have been ordered worldwide since 2017.", opt).all(UnitType::precedent).empty());
  // All-time superlatives have no past benchmark either.
  CHECK(tag("This was the worst hoax in the history of our country.", opt).all(UnitType::precedent).empty());
  CHECK(tag("He will be the first president in history to attend.", opt).all(UnitType::precedent).empty());
  CHECK(tag("It holds some of the worst cases of abuse in United States history.", opt).all(UnitType::precedent).empty());
}

TEST_CASE("JSON of units: offsets, rule, fields, links") {
  auto t = tag("Critics say the tax is a mistake. That is simply wrong.");
  std::string json;
  append_units_json(json, t.doc, t.units);
  CHECK(json.find(R"({"type":"counterclaim","begin":0,"end":33,"text":"Critics say the tax is a mistake.",)"
                  R"("rule":"holder_verb","fields":{"holder":{"begin":0,"end":7,"text":"Critics"}},"links":[]})") !=
        std::string::npos);
  CHECK(json.find(R"("type":"rebuttal","begin":34,"end":55,"text":"That is simply wrong.","rule":"that_is_wrong")") !=
        std::string::npos);
  CHECK(json.find(R"("links":[0])") != std::string::npos);
}

TEST_CASE("empty and argument-free documents") {
  auto empty = tag("");
  CHECK(empty.units.units.empty());
  auto plain = tag("The bus leaves at noon. It stops at the library.");
  CHECK(plain.all(UnitType::counterclaim).empty());
  CHECK(plain.all(UnitType::analogy).empty());
  // A reporting verb after nothing but an adverb at the document's start (read before token 0 under ASan).
  CHECK(tag("Also note").all(UnitType::attribution).empty());
}

TEST_CASE("a position in a concessive clause is the others', answered by the main clause") {
  // An argument around it (the author judges), as in an essay or an op-ed.
  const std::string before = "School should teach more than exams. ";
  auto t = tag(before + "Although some people think that school should be devoted to academics, I truly believe "
                        "that physical education matters.");
  const auto cc = t.all(UnitType::counterclaim);
  REQUIRE(cc.size() == 1);
  CHECK(t.of(cc[0]->clause) == "Although some people think that school should be devoted to academics");
  CHECK(t.of(cc[0]->holder) == "some people");
  const auto reb = t.all(UnitType::rebuttal);
  REQUIRE(reb.size() == 1);
  CHECK(reb[0]->rule == "main_clause");
  CHECK(t.of(reb[0]->clause) == "I truly believe that physical education matters.");
  REQUIRE(reb[0]->links.size() == 1);
  CHECK(t.units.units[reb[0]->links[0]].type == UnitType::counterclaim);
  CHECK(t.all(UnitType::concession).empty());  // the author grants nothing
  // The subordinator is no part of the holder: "Although Republicans insist".
  CHECK(spans_of(before + "Although Republicans insist that the tax cut will pay for itself, it will not.",
                 UnitType::counterclaim, &Unit::holder) == std::vector<std::string>{"Republicans"});
  // A story goes on in the main clause: no answer ("Pelosi called the plan dead" in the past; "Cuellar says").
  CHECK(tag(before + "While several Republicans say they are on board with the proposal, Pelosi called the plan "
                     "dead on arrival.").all(UnitType::rebuttal).empty());
  CHECK(tag(before + "While supporters say the law protects immigrants, Cuellar says it does not.")
            .all(UnitType::rebuttal)
            .empty());
}

TEST_CASE("a concessive clause after an opening connective") {
  CHECK(spans_of("In conclusion, while small towns have pure air, big cities offer more jobs.", UnitType::concession,
                 &Unit::clause) == std::vector<std::string>{"while small towns have pure air"});
  CHECK(spans_of("To sum up, though television has some good sides, its bad effects matter more.",
                 UnitType::concession, &Unit::clause) == std::vector<std::string>{"though television has some good sides"});
  // A subject with an aside is no opener ("The studies, while not a clinical trial, suggested ..."), nor is
  // "though" after a clause ("History offers a warning, though: ...").
  CHECK(tag("The studies, while not the same as a clinical trial, suggested that the drug did not help.")
            .all(UnitType::concession)
            .empty());
  CHECK(tag("History offers a warning, though: in 1975 the city dropped the system after one election.")
            .all(UnitType::concession)
            .empty());
  // "Despite all that, ..." keeps its own concession.
  CHECK(spans_of("Despite all that, the plan is worth its cost, and the council should pass it.", UnitType::concession,
                 &Unit::clause) == std::vector<std::string>{"Despite all that"});
}

TEST_CASE("holders named by what they do; rebuttals with an inserted however; stances are no stories") {
  CHECK(spans_of("Those who support the ban argue that it will save lives.", UnitType::counterclaim, &Unit::holder) ==
        std::vector<std::string>{"Those who support the ban"});
  CHECK(spans_of("People who hold a different opinion may argue that one cannot succeed in another field.",
                 UnitType::counterclaim, &Unit::holder) == std::vector<std::string>{"People who hold a different opinion"});
  // Knowing someone is no position: testimony, not the other side's.
  CHECK(tag("Those who know him say that he is a fighter.").all(UnitType::counterclaim).empty());
  auto t = tag("It is often argued that computers will replace teachers. This argument, however, overlooks the role "
               "of human contact.");
  const auto reb = t.all(UnitType::rebuttal);
  REQUIRE(reb.size() == 1);
  CHECK(reb[0]->rule == "this_ignores");
  // "Admittedly, on the other hand, ..." is one concession, not a clause answered by "on the other hand".
  auto adm = tag("Admittedly, on the other hand, some people prefer letters to calls.");
  CHECK(adm.all(UnitType::rebuttal).empty());
  CHECK(adm.all(UnitType::concession).size() == 1);
  // "In my opinion" gives the author's view, no anecdote.
  CHECK(tag("In my opinion, this is not a good idea.").all(UnitType::evidence).empty());
  CHECK(tag("In my town, the plant closed last year and I lost my job.").all(UnitType::evidence).size() == 1);
}

TEST_CASE("boosting cues grant only before a turn") {
  // "Of course", "Yes", "Certainly", "No doubt", "It is possible" grant when the author turns after them.
  CHECK(tag("Of course, the law demands more of a judge than a gut call.").all(UnitType::concession).empty());
  CHECK(tag("Yes. The vote was held on Monday.").all(UnitType::concession).empty());
  CHECK(tag("Undoubtedly, the university will have to hire more professors.").all(UnitType::concession).empty());
  CHECK(tag("It is undeniable that cheap fares have broadened travel.").all(UnitType::concession).empty());
  CHECK(tag("It is undeniable that cheap fares have broadened travel. But they also fill the skies with carbon.")
            .all(UnitType::concession)
            .size() == 1);
  CHECK(tag("Of course, the fees are high. But the service is worth it.").all(UnitType::concession).size() == 1);
  CHECK(tag("Certainly the fees are high, but the service is worth it.").all(UnitType::concession).size() == 1);
  CHECK(tag("Of course a certain level of secrecy is needed. The unregulated work of the services, however, "
            "carries the danger of misuse.")
            .all(UnitType::concession)
            .size() == 1);
  // "That is true" agrees or says where something holds; it grants only before a turn.
  CHECK(tag("That is true of far fewer Republicans in the state.").all(UnitType::concession).empty());
  CHECK(tag("That is true in one sense. But the fees still fall on the poor.").all(UnitType::concession).size() == 1);
  // "Admittedly" and "It is true that" grant by themselves.
  CHECK(tag("Admittedly, the fees are high.").all(UnitType::concession).size() == 1);
  CHECK(tag("It is true that the fees are high.").all(UnitType::concession).size() == 1);
}

TEST_CASE("the author's conclusion is no concession; the turn after it grants a point") {
  auto t = tag("Exams are useful. In conclusion, I would argue that exams have a role to play in assessment. However, "
               "exams need to be carefully designed.");
  const auto con = t.all(UnitType::concession);
  REQUIRE(con.size() == 1);
  CHECK(con[0]->rule == "turn_after_thesis");
  CHECK(t.of(con[0]->span) == "However, exams need to be carefully designed.");
  // Without the summing-up opener the statement before the turn is granted as before.
  auto plain = tag("Exams are useful. Exams have a role to play in assessment. However, exams need to be carefully "
                   "designed.");
  REQUIRE(plain.all(UnitType::concession).size() == 1);
  CHECK(plain.all(UnitType::concession)[0]->rule == "before_contrast");
}

TEST_CASE("a granted point's support runs until the author turns") {
  auto t = tag("Admittedly, indoor activities are fun. Reading a book can bring us lots of joy.\n\nHowever, outdoor "
               "activities keep children healthy.");
  const auto con = t.all(UnitType::concession);
  REQUIRE(con.size() == 2);
  CHECK(con[1]->rule == "supports_concession");
  CHECK(t.of(con[1]->span) == "Reading a book can bring us lots of joy.");
  // No turn after it: the paragraph goes on in the author's own line.
  CHECK(tag("Admittedly, indoor activities are fun. Reading a book can bring us lots of joy.\n\nOutdoor activities "
            "keep children healthy too.")
            .all(UnitType::concession)
            .size() == 1);
}

TEST_CASE("concessive clauses after the author's 'I ... that', 'even when', 'someone may maintain'") {
  CHECK(spans_of("To sum up, I reaffirm that although there are some disadvantages of animal testing, it is "
                 "necessary.",
                 UnitType::concession, &Unit::clause) ==
        std::vector<std::string>{"although there are some disadvantages of animal testing"});
  CHECK(spans_of("Even when we feel weak, we are able to do amazing things.", UnitType::concession, &Unit::clause) ==
        std::vector<std::string>{"Even when we feel weak"});
  CHECK(spans_of("However, someone may maintain that specific knowledge is more crucial for a job.",
                 UnitType::counterclaim, &Unit::holder) == std::vector<std::string>{"someone"});
}

TEST_CASE("a concessive clause's answer in an argument may look back; 'while' with a past verb tells time") {
  const std::string before = "Tourism should be welcomed. It is good for poor countries. ";
  auto t = tag(before + "While some people might think that tourism harms the destination countries, I would contend "
                        "that it has contributed to their economic development.");
  REQUIRE(t.all(UnitType::rebuttal).size() == 1);
  CHECK(t.all(UnitType::rebuttal)[0]->rule == "main_clause");
  CHECK(tag(before + "While people argued whether the bank was needed, Congress quietly reauthorized it, and it is "
                     "not a good law.")
            .all(UnitType::rebuttal)
            .empty());
}

TEST_CASE("'reminiscent of' a named era or event with no year or gazetteer entry") {
  CHECK(spans_of("The briefing was more reminiscent of the Rumsfeld era.", UnitType::analogy, &Unit::source) ==
        std::vector<std::string>{"the Rumsfeld era"});
  CHECK(tag("The fight is reminiscent of the Rumsfeld scandal.").all(UnitType::analogy).size() == 1);
  // Not a present figure, nor a thing that is no event.
  CHECK(tag("His style is reminiscent of Trump.").all(UnitType::analogy).empty());
  CHECK(tag("The scene is reminiscent of a horror movie.").all(UnitType::analogy).empty());
}

TEST_CASE("after a marker that says 'this recalls that', a past told rather than dated or named") {
  auto source = [](const std::string& text) {
    const auto v = spans_of(text, UnitType::analogy, &Unit::source);
    return v.empty() ? std::string("none") : v[0];
  };
  CHECK(source("The backlash would be reminiscent of the fury the senator faced over the plan cancellations.") ==
        "the fury the senator faced over the plan cancellations");
  CHECK(source("It does remind me of when prominent feminists came to the defense of the president.") ==
        "prominent feminists came to the defense of the president");
  CHECK(source("The budget games are reminiscent of how the governor made the case for the war.") ==
        "the governor made the case for the war");
  CHECK(source("The candidate is a throwback to an earlier era of civility.") == "an earlier era of civility");
  CHECK(source("His death is reminiscent of the death of Eric Garner.") == "the death of Eric Garner");
  // Not a present likeness, nor "reminds us of" (makes us remember), nor a participle as an adjective, nor a
  // personal memory.
  CHECK(source("It reminds me of something I noticed when the essay came out.") == "none");
  CHECK(source("The visit reminded me of the struggles the founders faced.") == "none");
  CHECK(source("The scene is reminiscent of a city that is divided.") == "none");
  CHECK(source("The tragedy reminded us of the toll that mental illness takes.") == "none");
  CHECK(source("The ad is reminiscent of a polished campaign video.") == "none");
  CHECK(source("Her speech reminds me of how great this country is.") == "none");
}

TEST_CASE("a person who recalls a past episode remembers it, a thing that recalls one likens; 'as if' likens nothing") {
  auto found = [](const std::string& text) { return tag(text).all(UnitType::analogy).size(); };
  CHECK(found("The governor recalled Hillary Clinton coming to raise money for him in 1994.") == 0);
  CHECK(found("A former neighbor of hers recalls a conversation with her in 1995.") == 0);
  CHECK(found("The bombing recalled the string of assassinations in 2005.") == 1);
  CHECK(found("The possibility recalls the ordeal that led to the appointment of Anthony Kennedy in 1987.") == 1);
  CHECK(found("You may recall the toppling of the statue in 2003.") == 1);
  // Nor is "as if" a likening: "As if he didn't remember ... the Sept. 11 attacks."
  CHECK(found("As if he didn't remember his brother was president during the Sept. 11 attacks.") == 0);
  CHECK(found("The party will fight hard, as Senate Democrats did in 2013.") == 1);
  CHECK(found("The plan to close Cedar Point recalls the shutdown of Indian Point in 2001.") == 1);
  CHECK(found("Now governor again, the Oregonian recalled Hillary Clinton raising money for him in 1994.") == 0);
}

TEST_CASE("record-style precedents: a record kept since then, a figure set against a past year's, short spans") {
  auto rule_of = [](const std::string& text) {
    auto t = tag(text);
    const auto p = t.all(UnitType::precedent);
    return p.empty() ? std::string("none") : std::string(p[0]->rule);
  };
  CHECK(rule_of("The district hasn't elected a Democrat since 1978.") == "not_done_since");
  CHECK(rule_of("The rules had not been updated since 1988.") == "not_done_since");
  CHECK(rule_of("He has not spoken since Tuesday.") == "none");  // no year: a date, no record
  CHECK(rule_of("That number is higher than the 11,728 prosecutions in 2012.") == "than_figure_in_year");
  CHECK(rule_of("More than 3,000 people died in 2012.") == "none");  // a count, not a comparison
  CHECK(rule_of("Democratic turnout was 251,000, versus 289,000 in 2008.") == "versus_year");
  CHECK(rule_of("It is the highest share dating back to 2000.") == "superlative_since");
  CHECK(rule_of("For the first time in 278 days she held a formal press conference.") == "first_in_years");
  CHECK(rule_of("The worst days of the pandemic could hit the country in two weeks.") == "none");
  // A streak kept since then; not a duration.
  CHECK(rule_of("Republicans have won all five of the runoffs there since 1992.") == "every_since");
  CHECK(rule_of("The state has voted for the winner in every presidential race since 1964.") == "every_since");
  CHECK(rule_of("Spending grew every year since 2001.") == "none");
  // An equal set against a past year's: "as ADJ as they were in YEAR"; not a role ("as a candidate, as he was").
  CHECK(rule_of("Caucus-goers in Iowa remain as dovish as they were in 2008.") == "as_then_in_year");
  CHECK(rule_of("The schools are as segregated now as they were in the early 1970s.") == "as_then_in_year");
  CHECK(rule_of("He was in the race as a third-party candidate, as he was in 1968.") == "none");
  // "at least since" bounds a duration; "has since" is an adverb before a verb; an adjective after "since" is not.
  CHECK(rule_of("People have been saying that at least since the 1830s.") == "none");
  CHECK(rule_of("The commission has met with judges at least 19 times since 2011.") == "none");
  CHECK(rule_of("He met a top official who has since tested positive after the 2008 crisis.") == "none");
  CHECK(rule_of("For the first time since enslaved Africans landed at Jamestown in 1619, the chains were cast off.") ==
        "superlative_since");
  // The record of a kind: "nothing like this since" a dated or known past (not "since Tuesday").
  CHECK(rule_of("There's been nothing like this since World War I.") == "nothing_like_since");
  CHECK(rule_of("There has been nothing like it since Tuesday.") == "none");
}

TEST_CASE("a measured share of a group, or a poll, holds a finding: a statistic, not a position or a claim") {
  auto kinds = [](const std::string& text) {
    const auto t = tag(text);
    std::string out;
    for (UnitType type : {UnitType::counterclaim, UnitType::claim, UnitType::evidence}) {
      for (const Unit* u : t.all(type)) {
        out += to_string(type);
        if (type == UnitType::evidence) out.append(":").append(to_string(u->evidence));
        out += ' ';
      }
    }
    return out;
  };
  // "N in 10", "N out of 10", a fraction or a percentage before the group.
  CHECK(kinds("Eight in 10 voters think the council should act.") == "evidence:statistic ");
  CHECK(kinds("Surveys also suggest seven out of 10 voters believe the law has failed.") == "evidence:statistic ");
  // The "10" may open the holder, or modifiers may stand between it and the holder's noun.
  CHECK(kinds("About six in ten Americans said they followed the news about the strike.") == "evidence:statistic ");
  CHECK(kinds("Nine in 10 Democratic registered voters say they think she could win.") == "evidence:statistic ");
  CHECK(kinds("Two-thirds of Americans say the economy is getting worse.") == "evidence:statistic ");
  CHECK(kinds("Nearly half of Democrats thought it was time for a fresh start.") == "evidence:statistic ");
  CHECK(kinds("Only a third of voters in the primary said free trade creates jobs.") == "evidence:statistic ");
  // A poll's or a survey's finding is a statistic without figures too; a study's stays testimony.
  CHECK(kinds("A poll released Tuesday found that voters trust the governor.") == "evidence:statistic ");
  CHECK(kinds("The most recent opinion poll has shown that the mayor would win.") == "evidence:statistic ");
  CHECK(kinds("Studies show that early education pays off.") == "evidence:testimony ");
  // A bare evidence noun with its modifiers holds a finding ("Research by ... found", "Polls over the past
  // year have shown"); not a noun before "show" ("reality television show").
  CHECK(kinds("Research by the consumer body found that courses were poor value.") == "evidence:testimony ");
  CHECK(kinds("Polls over the past year have shown that voters trust the governor.") == "evidence:statistic ");
  // Not an ordinal, a span of time or a title: the group or the speaker holds it.
  CHECK(kinds("Many voters believe the economy is getting worse.") == "counterclaim ");
  CHECK(kinds("A third officer said the staff had no masks.") == "evidence:testimony ");
  CHECK(kinds("Senate Majority Leader Mitch McConnell said the bill would pass.") == "evidence:testimony ");
}

TEST_CASE("an analogy's use: warned of, or the mistakes of, a past episode is a warning; predicted, a prediction") {
  auto use_of = [](const char* text) {
    const auto t = tag(text);
    const auto an = t.all(UnitType::analogy);
    return an.size() == 1 ? std::string(to_string(an[0]->use)) : "analogies: " + std::to_string(an.size());
  };
  CHECK(use_of("They warned of a landslide loss similar to the one Democrats suffered in 1972.") == "warning");
  CHECK(use_of("The Senate is poised to repeat the mistakes of the 1986 immigration overhaul.") == "warning");
  CHECK(use_of("The Senate is poised to repeat the successes of the 1986 immigration overhaul.") != "warning");
  // "predicted", as "predict"; not "expected", which also tells past hopes.
  CHECK(use_of("He predicted that the senator would repeat his primary tactics of four years ago by going negative.") ==
        "prediction");
  // Averting a past episode warns, even beside a modal that would make it a model.
  CHECK(use_of("Party leaders hope to head off a repeat of 1986, when an amnesty spurred more crossings.") == "warning");
  CHECK(use_of("The rules were meant to prevent a repeat of the 2010 Deepwater Horizon explosion.") == "warning");
  CHECK(use_of("The Kremlin doesn't want a repeat of the 2011 protests.") == "warning");
  CHECK(use_of("Civilians must be spared so that Srebrenica-like killings can be prevented.") == "warning");
  // A loss told of the past thing is no warning; the connective "Likewise," is no precedent.
  CHECK(use_of("In 2016 as in 2000 the party won the popular vote, but it lost the Electoral College.") == "comparison");
  CHECK(use_of("Likewise, the senator would have concluded, like John Profumo in 1963, that he had to resign.") ==
        "comparison");
  CHECK(use_of("A nomination now would probably end about the same way the Bork nomination ended in 1987.") ==
        "prediction");
  // "It can do so again": it happened before, so it can again. A "will" in the next sentences is the present story's.
  CHECK(use_of("Today's gridlock is a rerun of the 1917 standoff, which ended with new rules. It can do so again.") ==
        "precedent");
  CHECK(use_of("He compared the bill to the Fugitive Slave Act of 1850. Opponents will vote against it.") ==
        "comparison");
}

TEST_CASE("a block quotation: the paragraph after a speaker's reporting verb and a colon is the speaker's") {
  const std::string intro =
      "The debate goes on.\n\nAshley Jardina, a political scientist at Duke and the author of \xE2\x80\x9CWhite Identity "
      "Politics,\xE2\x80\x9D put it this way:\n\n";
  const std::string block =
      "The use of these terms is complicated and messy. We should define them with care.\n\nCongress must act now.";
  const auto t = tag(intro + block);
  // Both sentences of the block are testimony held by the speaker; the paragraph after it is the author's again.
  std::vector<std::string> testimony, holders;
  for (const Unit* u : t.all(UnitType::evidence)) {
    if (u->evidence != EvidenceType::testimony) continue;
    testimony.emplace_back(t.of(u->span));
    holders.emplace_back(t.of(u->holder));
  }
  CHECK(testimony == std::vector<std::string>{
                         "Ashley Jardina, a political scientist at Duke and the author of \xE2\x80\x9CWhite Identity "
                         "Politics,\xE2\x80\x9D put it this way:",
                         "The use of these terms is complicated and messy.", "We should define them with care."});
  CHECK(holders == std::vector<std::string>{"Ashley Jardina", "Ashley Jardina", "Ashley Jardina"});
  CHECK(spans_of(intro + block, UnitType::claim) == std::vector<std::string>{"Congress must act now."});
  // Not the author's own words ("I asked ... and wrote:"), nor a list or a chart after the colon, nor a noun
  // that looks like a verb ("the CBS TV show host").
  auto claims = [](const std::string& first) {
    return spans_of("The race is close.\n\n" + first + "\n\nWe should define them with care.", UnitType::claim);
  };
  const std::vector<std::string> own{"We should define them with care."};
  CHECK(claims("Last Monday I asked whether it was a scam and wrote:") == own);
  CHECK(claims("Julie Chen, the CBS TV show host, stood by her husband:") == own);
  CHECK(claims("They add up to a severe 3 degrees or more, depending on which analysis you trust:") == own);
  CHECK(claims("Neither pollster said those problems could not recur, but there are reasons to hope:") == own);
  CHECK(claims("I asked Trende about this and he replied:").empty());
  CHECK(claims("USA Today reports a very similar phenomenon:").empty());
  CHECK(claims("Her answer:").empty());
  CHECK(claims("Important documents:") == own);  // a label, not a speaker
  // An advertisement's line between the introduction and the quotation is passed over, a heading is not.
  CHECK(claims("As Charles Pierce puts it in Esquire:\n\nAdvertisement:").empty());
  CHECK(claims("Here is what some of them said:\n\nSen. Tim Kaine, D-Va.") == own);
}

TEST_CASE("a speaker's appositive may end with a title in quotation marks; an opening adverb is no name") {
  CHECK(holder_of("Timothy O'Brien, author of \xE2\x80\x9CTrumpNation: The Art of Being the Donald,\xE2\x80\x9D wrote "
                  "that the deal was a bluff.") == "Timothy O'Brien");
  CHECK(holder_of("Meghan McCain, the Republican voice of \xE2\x80\x9CThe View,\xE2\x80\x9D said the party would "
                  "lose.") == "Meghan McCain");
  CHECK(holder_of("Separately, Senator Marco Rubio, a Florida Republican, said the vote would fail.") ==
        "Senator Marco Rubio");
  CHECK(holder_of("Meanwhile, Whitmer, the governor of Michigan, said the state would reopen.") == "Whitmer");
  // The end of a quotation is no title: the speaker follows the verb.
  CHECK(holder_of("Nearby, House Speaker Paul Ryan was \xE2\x80\x9Cgiddy,\xE2\x80\x9D said one aide.") != "Nearby");
}

TEST_CASE("a holder the tokenizer cut at a hyphen is whole") {
  CHECK(holder_of("Ocasio-Cortez said the plan would pass.") == "Ocasio-Cortez");
  CHECK(holder_of("NATO Secretary-General Jens Stoltenberg said the alliance would respond.") ==
        "NATO Secretary-General Jens Stoltenberg");
  CHECK(holder_of("Campaign-finance experts say the rule is weak.") == "Campaign-finance experts");
  // A dash between words with spaces is no hyphen.
  CHECK(holder_of("It was a long night - Smith said the count would take days.") == "Smith");
}

TEST_CASE("a singular name after 'the' takes no base-form verb: the cue after it is a noun") {
  CHECK(holder_of("He appeared on the Charlie Rose show last year.") == "0 attributions");
  CHECK(holder_of("The Post report was wrong about the vote.") == "0 attributions");
  CHECK(holder_of("He works at the Heritage Foundation think tank in Washington.") == "0 attributions");
  CHECK(holder_of("The New Jersey protest drew thousands.") == "0 attributions");
  CHECK(holder_of("In St. Petersburg, the US push for a strike is dividing the allies.") == "0 attributions");
  // Plurals keep their verb, and so does a name that does not open its clause.
  CHECK(holder_of("But the Taliban say the talks failed.") == "the Taliban");
  CHECK(holder_of("The Democrats oppose the bill.") == "The Democrats");
  CHECK(holder_of("He asked what else the White House wanted, and aides to the White House say it wants a deal.") !=
        "0 attributions");
}

TEST_CASE("mentions of the past: years and decades two years back, gazetteer entries begun before the document") {
  TaggerOptions o;
  o.document_year = 2016;
  auto t = tag("Watergate ended a presidency in 1974. Turnout rose in 2015 and fell in the 1990s. "
               "The plan is like the Great Depression response, and Covid is new.",
               o);
  CHECK(t.units.document_year == 2016);
  std::vector<std::string> seen;
  for (const PastMention& m : t.units.past_mentions) {
    seen.push_back(fmt::format("{}|{}|{}{}|{}", t.of(m.span), m.sentence, m.year, m.decade ? "s" : "",
                               m.gazetteer_entry >= 0 ? Gazetteer::builtin()->entry(static_cast<std::size_t>(m.gazetteer_entry)).name : "-"));
  }
  // 2015 is the document's recent present; Covid (2019) began after it.
  CHECK(seen == std::vector<std::string>{"Watergate|0|1972|Watergate scandal", "1974|0|1974|-", "1990s|1|1990s|-",
                                         "Great Depression|2|1929|Great Depression"});
  // The year inferred when none is given: the latest the text mentions, when recent.
  CHECK(tag("In 2019 the vote was close, as in 1968.").units.document_year == 2019);
}

TEST_CASE("an inverted speech tag whose speaker opens with a possessive: a named speaker, not an object") {
  auto holder = [](const std::string& text) { return holder_of(text); };
  CHECK(holder("The program will expand next year, said his state director Julia Barnes.") ==
        "his state director Julia Barnes");
  CHECK(holder("The senator has not decided yet, said her communications director, James Gleeson.") ==
        "her communications director");
  CHECK(holder("\"We never lose hope,\" said his father.") == "his father");
  // A possessive's noun phrase with no name and no quotation before is a verb's object in a series.
  CHECK(tag("She hugged them all, said her goodbyes.").all(UnitType::attribution).empty());
  CHECK(tag("He signed the letter, wrote his name on the form.").all(UnitType::attribution).empty());
}

TEST_CASE("a progressive report verb: 'be' stands between the holder and its verb as 'has' does") {
  auto holder = [](const std::string& text) { return holder_of(text); };
  CHECK(holder("Democrats are arguing that the tax cut helps only the rich.") == "Democrats");
  CHECK(holder("He is claiming the election was stolen.") == "He");
  CHECK(holder("Critics have been saying for years that the program wastes money.") == "Critics");
  CHECK(holder("Federal sources, though, are now saying she was not well.") == "Federal sources");
  // Only before a reported clause: not an object, a preposition or nothing; not a possessive's noun.
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("Most Americans agreed with what Trump was saying."));
  CHECK(none("Mr. Obama is claiming broad recess powers."));
  CHECK(none("Rep. Bob Goodlatte is arguing against taking up his own bill."));
  CHECK(none("Brown's warning that the deal will collapse came true."));
}

TEST_CASE("an absolute 'with' phrase with a report verb in '-ing': the noun phrase holds what follows") {
  auto holder = [](const std::string& text) { return holder_of(text); };
  CHECK(holder("The court upheld the law, with liberal justices saying that the mandate was a tax.") ==
        "liberal justices");
  CHECK(holder("Republican unity is fraying, with a significant number of House Republicans saying they would vote "
               "for the bill.") == "a significant number of House Republicans");
  // ... without an adverb before the verb.
  CHECK(holder("But with the Kremlin still insisting there was no epidemic, the holiday began.") == "the Kremlin");
  // Not a "with" that a verb or a noun takes.
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("Calls were met with voicemail messages saying nobody could return calls."));
  CHECK(none("She contrasted her record with his record and the governor arguing the state was broke."));
}

TEST_CASE("a participle closing a clause reports for the clause's subject") {
  auto holder = [](const std::string& text) { return holder_of(text); };
  CHECK(holder("Burr defended his actions, saying he relied solely on public information.") == "Burr");
  CHECK(holder("A number of U.S. lawmakers have criticized the comments, saying he should not have accepted the "
               "denial.") == "A number of U.S. lawmakers");
  CHECK(holder("On foreign policy, Cheney declined to weigh in, saying he had not been briefed.") == "Cheney");
  CHECK(holder("CNN later defended the graphic, saying it was accurate.") == "CNN");  // (not the adverb)
  // Not the author, a subject the verb list does not know to end, nor a clause set off before the participle.
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("I finally managed to separate them, insisting that they shake hands."));
  CHECK(none("He laid blame at the feet of the debate, saying the bill was dead."));
  CHECK(none("It came after the vote, saying nothing was wrong."));
}

// The holder, cue and rule of the only attribution in `text`: "Warren|predicting|verb_with_holder".
std::string attribution_of(const std::string& text) {
  auto t = tag(text);
  const auto a = t.all(UnitType::attribution);
  if (a.size() != 1) return std::to_string(a.size()) + " attributions";
  return fmt::format("{}|{}|{}", t.of(a[0]->holder), t.of(a[0]->cue), a[0]->rule);
}

TEST_CASE("'echo' with a position and its 'that' clause: the subject holds the position it takes up") {
  CHECK(attribution_of("Zumla echoed Smith's concerns that the trial was too small.") == "Zumla|echoed|verb_with_holder");
  CHECK(attribution_of("At the same time, she echoed the administration's argument that most buyers will save.") ==
        "she|echoed|verb_with_holder");
  // Not without the position's clause, nor "echo" as a noun.
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("Trainor echoed that sentiment during his confirmation hearing."));
  CHECK(none("Partisan media have created echo chambers for views that fit their preconceptions."));
}

TEST_CASE("a participle set off after the subject that opens the sentence reports for it") {
  CHECK(attribution_of("Republicans, arguing that the bill was flawed, voted against it.") ==
        "Republicans|arguing|verb_with_holder");
  CHECK(attribution_of("Mr. Trump, saying he is under audit, has refused to release his returns.") ==
        "Mr. Trump|saying|verb_with_holder");
  // (not an adverb after the subject)
  CHECK(attribution_of("A column in Slate recently, arguing that vouchers drain schools, was widely shared.") ==
        "A column in Slate|arguing|verb_with_holder");
  // Not an opening adverb, a participle without a reported clause, nor one no verb of the subject follows.
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("Rather, protesting the war is a call to action."));
  CHECK(none("Solicitor General Noel Francisco, arguing for the department, opened the case."));
  CHECK(none("Republicans, arguing that the bill was flawed."));
}

TEST_CASE("a connective of several words set off between the holder and its verb") {
  CHECK(attribution_of("The EPA, for its part, is arguing that the rule is legal.") == "The EPA|arguing|verb_with_holder");
  CHECK(attribution_of("The State Department, in a statement, said the attack was cowardly.") ==
        "The State Department|said|verb_with_holder");
  // (the comma of an opening phrase closes no appositive: the holder is the name alone)
  CHECK(attribution_of("In Ohio, Smith, for instance, says the rule is too strict.") == "Smith|says|verb_with_holder");
  CHECK(attribution_of("Sen. Mitch McConnell, R-Ky., for his part, said the bill was dead.") ==
        "Sen. Mitch McConnell|said|verb_with_holder");
  // Only the connectives listed, and only with a holder before them.
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("The results, for the most part, show that the plan works."));
  CHECK(none("They arrived late and, for example, argued that the vote was rigged."));
}

TEST_CASE("a study's finding of a rate compared is a statistic, as a poll's finding is") {
  auto evidence = [](const std::string& text) {
    auto t = tag(text);
    const auto e = t.all(UnitType::evidence);
    return e.size() == 1 ? std::string(to_string(e[0]->evidence)) : std::to_string(e.size()) + " evidence units";
  };
  CHECK(evidence("A recent study found that people who read the news are more likely to vote.") == "statistic");
  // (the study before the agent that holds it)
  CHECK(evidence("A 2004 study in two cities by Ivan Sun and Brian Payne found that older officers were less likely "
                 "to use force.") == "statistic");
  // Not a finding without a rate, nor a rate a person reports.
  CHECK(evidence("A recent study found that people who read the news vote.") == "testimony");
  CHECK(evidence("The mayor said that people who read the news are more likely to vote.") == "testimony");
}

TEST_CASE("'saying' is a neutral verb as 'said' is: a group's word on what it will do is a plan reported") {
  auto t = tag("Senate Republicans blocked the offer, saying they will vote against the bill.");
  CHECK(t.all(UnitType::counterclaim).empty());
  REQUIRE(t.all(UnitType::evidence).size() == 1);
  CHECK(t.all(UnitType::evidence)[0]->evidence == EvidenceType::testimony);
  CHECK(t.of(t.all(UnitType::evidence)[0]->holder) == "Senate Republicans");
  // (a contentious verb keeps its position)
  CHECK(tag("Senate Republicans blocked the offer, insisting they will vote against the bill.")
            .all(UnitType::counterclaim).size() == 1);
}

TEST_CASE("report verbs in '-ing' report as participle, progressive and absolute phrase, as 'saying' does") {
  CHECK(attribution_of("Warren returned to the issue, predicting that the bill would fail.") ==
        "Warren|predicting|verb_with_holder");
  CHECK(attribution_of("Republicans are complaining that the rules were changed.") ==
        "Republicans|complaining|verb_with_holder");
  CHECK(attribution_of("The court upheld the law, with two justices suggesting that the mandate was a tax.") ==
        "two justices|suggesting|verb_with_holder");
  CHECK(attribution_of("Stein slammed the notion, telling reporters it was an attempt to discredit her.") ==
        "Stein|telling|verb_with_holder");
  CHECK(attribution_of("The data is showing that masks curb transmission.") == "The data|showing|verb_with_holder");
  // Not an "-ing" form after a noun it modifies, nor an attitude read into the subject (a motive, not a report),
  // nor a thing shown, found or written, nor "pushing back".
  auto none = [](const std::string& text) { return tag(text).all(UnitType::attribution).empty(); };
  CHECK(none("A report alleging that the mayor lied was published on Monday."));
  CHECK(none("Pelosi resisted the vote for months, fearing it would hurt moderates."));
  CHECK(none("Merkley is showing how the Senate is supposed to work."));
  CHECK(none("The delegates were writing the Constitution that summer and mostly agreed on a strong president."));
  CHECK(none("The United States is pushing back against the criticism the council voiced."));
}
