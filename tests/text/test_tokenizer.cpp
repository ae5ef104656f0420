#include "../helpers.hpp"

#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace argmine;

namespace {

std::vector<std::string> tokens_of(std::string_view text, TokenizerOptions opt = {}) {
  Tokenizer tok(opt);
  auto doc = tok.tokenize(text);
  REQUIRE_MESSAGE(doc.ok(), (doc.ok() ? "" : doc.error().to_string()));
  std::vector<std::string> out;
  for (const Token& t : doc->tokens()) out.emplace_back(doc->text_of(t));
  return out;
}

std::vector<std::string> sentences_of(std::string_view text) {
  Tokenizer tok;
  auto doc = tok.tokenize(text);
  REQUIRE(doc.ok());
  std::vector<std::string> out;
  for (const Sentence& s : doc->sentences()) out.emplace_back(doc->text_of(s));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("clitics are split as in UD English") {
  CHECK(tokens_of("I don't know") == V{"I", "do", "n't", "know"});
  CHECK(tokens_of("it’s Sanders’s and Sanders’ camp") ==
        V{"it", "’s", "Sanders", "’s", "and", "Sanders", "’", "camp"});
  CHECK(tokens_of("can't won't we'll they're I'm you've he'd") ==
        V{"ca", "n't", "wo", "n't", "we", "'ll", "they", "'re", "I", "'m", "you", "'ve", "he", "'d"});
  CHECK(tokens_of("cannot gonna") == V{"can", "not", "gon", "na"});
  // In any case, alone or with punctuation; other words of five or six letters stay whole.
  CHECK(tokens_of("Cannot GOTTA wanna, (outta) canned gunna") ==
        V{"Can", "not", "GOT", "TA", "wan", "na", ",", "(", "out", "ta", ")", "canned", "gunna"});
  // Curly apostrophes split the same way, two-letter clitics included (their apostrophe is three bytes).
  CHECK(tokens_of("we’ll they’re I’ve you’d") == V{"we", "’ll", "they", "’re", "I", "’ve", "you", "’d"});
  CHECK(tokens_of("O'Neill rock'n'roll") == V{"O'Neill", "rock'n'roll"});
}

TEST_CASE("clitic flags join the parts of one written word") {
  Tokenizer tok;
  auto doc = tok.tokenize("don't stop");
  REQUIRE(doc.ok());
  const auto t = doc->tokens();
  REQUIRE(t.size() == 3);
  CHECK_FALSE(t[0].has(Token::clitic));
  CHECK(t[1].has(Token::clitic));
  CHECK_FALSE(t[0].has(Token::space_after));
  CHECK(t[1].has(Token::space_after));
}

TEST_CASE("numbers stay whole") {
  CHECK(tokens_of("6,700 people, 3.5 percent, the 1960s, ’70s, 08/16/2000 at 12:30") ==
        V{"6,700", "people", ",", "3.5", "percent", ",", "the", "1960s", ",", "’70s", ",", "08/16/2000", "at", "12:30"});
  CHECK(tokens_of("$5.00 and 5%") == V{"$", "5.00", "and", "5", "%"});
  CHECK(tokens_of("call 303-832-8160 for 1998-2004") == V{"call", "303-832-8160", "for", "1998", "-", "2004"});
  // A number written from its decimal point is one number and ends no sentence.
  CHECK(tokens_of("spent .1 million on a .45 caliber gun") == V{"spent", ".1", "million", "on", "a", ".45", "caliber", "gun"});
  CHECK(sentences_of("Growth was .5 percent last year. It rose.") == V{"Growth was .5 percent last year.", "It rose."});
}

TEST_CASE("abbreviations keep their period") {
  CHECK(tokens_of("Mr. Smith met Sen. Jones in the U.S. on Jan. 5 at 4 p.m. today") ==
        V{"Mr.", "Smith", "met", "Sen.", "Jones", "in", "the", "U.S.", "on", "Jan.", "5", "at", "4", "p.m.", "today"});
  CHECK(tokens_of("George W. Bush, e.g. this, etc.") == V{"George", "W.", "Bush", ",", "e.g.", "this", ",", "etc."});
  CHECK(tokens_of("The end.") == V{"The", "end", "."});
  // Listed lowercase one-letter abbreviations: the case name stays one sentence.
  CHECK(tokens_of("Brown v. Board, c. 1954, p. 5") == V{"Brown", "v.", "Board", ",", "c.", "1954", ",", "p.", "5"});
}

TEST_CASE("URLs, e-mail addresses, handles, hashtags and emoticons stay intact") {
  CHECK(tokens_of("See https://example.org/a?b=1&c=(2). Mail me@example.org or @DavidOAtkins #SemST :)") ==
        V{"See", "https://example.org/a?b=1&c=(2)", ".", "Mail", "me@example.org", "or", "@DavidOAtkins", "#SemST",
          ":)"});
  CHECK(tokens_of("(www.example.com)") == V{"(", "www.example.com", ")"});
  // Links printed without their scheme, by a known top-level domain; "and/or", "km/h", "9/11" stay apart.
  CHECK(tokens_of("pic.twitter.com/x1AbC, bit.ly/2x. and/or km/h 9/11 foo.bar/x") ==
        V{"pic.twitter.com/x1AbC", ",", "bit.ly/2x", ".", "and", "/", "or", "km", "/", "h", "9/11", "foo.bar", "/",
          "x"});
  CHECK(tokens_of("<franz371...@gmail.com>") == V{"<", "franz371...@gmail.com", ">"});
  CHECK(tokens_of("@_@_]") == V{"@_@_", "]"});  // two handles in one segment: one token, none empty
}

TEST_CASE("hyphens split except after prefixes") {
  CHECK(tokens_of("a 15-year-old e-mail from a non-profit") ==
        V{"a", "15", "-", "year", "-", "old", "e-mail", "from", "a", "non-profit"});
}

TEST_CASE("punctuation runs, quotes and dashes") {
  CHECK(tokens_of("Wait... what?! \"No\" — “yes” -- ok") ==
        V{"Wait", "...", "what", "?!", "\"", "No", "\"", "—", "“", "yes", "”", "--", "ok"});
  CHECK(tokens_of("service.There it is") == V{"service", ".", "There", "it", "is"});
  CHECK(tokens_of("see example.com now") == V{"see", "example.com", "now"});
}

TEST_CASE("token kinds") {
  Tokenizer tok;
  auto doc = tok.tokenize("Hi @a #b x@y.org https://z.io 3.5 $ “ — . 😀 :)");
  REQUIRE(doc.ok());
  std::vector<TokenKind> kinds;
  for (const Token& t : doc->tokens()) kinds.push_back(t.kind);
  CHECK(kinds == std::vector<TokenKind>{TokenKind::word, TokenKind::handle, TokenKind::hashtag, TokenKind::email,
                                        TokenKind::url, TokenKind::number, TokenKind::symbol, TokenKind::quote,
                                        TokenKind::dash, TokenKind::punctuation, TokenKind::emoji,
                                        TokenKind::emoticon});
}

TEST_CASE("normalized forms without a string per token") {
  Tokenizer tok;
  auto doc = tok.tokenize("it’s “Über” — fine");
  REQUIRE(doc.ok());
  std::string scratch;
  std::vector<std::string> norm;
  for (std::size_t i = 0; i < doc->tokens().size(); ++i) norm.emplace_back(doc->normalized(i, scratch));
  CHECK(norm == V{"it", "'s", "\"", "über", "\"", "-", "fine"});
  // An already normal token is a view into the text, not a copy.
  CHECK(doc->normalized(6, scratch).data() == doc->text().data() + doc->tokens()[6].begin);
}

TEST_CASE("sentences: abbreviations, initials, quotes, ellipses") {
  CHECK(sentences_of("Mr. Smith went to Washington. He met Sen. Jones there.") ==
        V{"Mr. Smith went to Washington.", "He met Sen. Jones there."});
  CHECK(sentences_of("George W. Bush won in 2004. Then came 2008.") == V{"George W. Bush won in 2004.", "Then came 2008."});
  CHECK(sentences_of("He lives in the U.S. The rest is history.") == V{"He lives in the U.S.", "The rest is history."});
  CHECK(sentences_of("Troops left the U.S. Army base.") == V{"Troops left the U.S. Army base."});
  CHECK(sentences_of("\"Why me?\" he asked. She said, \"Go.\" Then she left.") ==
        V{"\"Why me?\" he asked.", "She said, \"Go.\"", "Then she left."});
  CHECK(sentences_of("I think... maybe not. OK!") == V{"I think... maybe not.", "OK!"});
  // A spaced ellipsis is one pause too, also after a full stop; before a capital it ends the sentence.
  CHECK(sentences_of("\"America . . . goes not abroad.\" He was right. . . . Then what? It ends . . . And now.") ==
        V{"\"America . . . goes not abroad.\"", "He was right. . . .", "Then what?", "It ends . . .", "And now."});
  CHECK(sentences_of("Wait. . It is. Go.") == V{"Wait. .", "It is.", "Go."});
  // A news agency's dateline opening a paragraph is a sentence of its own.
  CHECK(sentences_of("Washington (CNN) Democrats argue it fails.") == V{"Washington (CNN)", "Democrats argue it fails."});
  CHECK(sentences_of("NEW YORK (AP) — The mayor spoke.") == V{"NEW YORK (AP) —", "The mayor spoke."});
  CHECK(sentences_of("The mayor (CNN) spoke.") == V{"The mayor (CNN) spoke."});  // not a place before it
  CHECK(sentences_of("It was 5 a.m. and dark.") == V{"It was 5 a.m. and dark."});
  CHECK(sentences_of("He compared it to Brown v. Board of Education. It was bad.") ==
        V{"He compared it to Brown v. Board of Education.", "It was bad."});
  // A quotation ended by '!' or '?', then who said it: one sentence. After a full stop only "X said." is.
  CHECK(sentences_of("\"It was a hoax!\" Trump tweeted on Saturday. \"Why me?\" Sen. Chuck Schumer asked. Then he left.") ==
        V{"\"It was a hoax!\" Trump tweeted on Saturday.", "\"Why me?\" Sen. Chuck Schumer asked.", "Then he left."});
  CHECK(sentences_of("\"It was absurd.\" She said, unlike Obama, he is tough.") ==
        V{"\"It was absurd.\"", "She said, unlike Obama, he is tough."});
  CHECK(sentences_of("\"Why?\" Chahine said her family paid $20,000.") == V{"\"Why?\"", "Chahine said her family paid $20,000."});
  CHECK(sentences_of("\"Why?\" As Gorsuch wrote in Bostock, it fails.") == V{"\"Why?\"", "As Gorsuch wrote in Bostock, it fails."});
  // A party and state after a name is no greeting line ("Steve, Rod and Elyse -" is).
  CHECK(sentences_of("Sen. Rand Paul, R-Ky., emphasized this fact.") == V{"Sen. Rand Paul, R-Ky., emphasized this fact."});
  CHECK(sentences_of("Rep. Jim Jordan, R-Ohio, said no. Then he left.") ==
        V{"Rep. Jim Jordan, R-Ohio, said no.", "Then he left."});
  CHECK(sentences_of("Steve, Rod and Elyse - The meeting moved. See you.") ==
        V{"Steve, Rod and Elyse -", "The meeting moved.", "See you."});
}

TEST_CASE("paragraphs split at blank lines; title lines are sentences of their own") {
  Tokenizer tok;
  const std::string text = "Bernie Sanders\nCredit: Photo Desk\n\nFirst paragraph here. Second sentence.\r\n\r\nLast one.";
  auto doc = tok.tokenize(text);
  REQUIRE(doc.ok());
  REQUIRE(doc->paragraphs().size() == 3);
  CHECK(doc->text_of(doc->paragraphs()[0]) == "Bernie Sanders\nCredit: Photo Desk");
  CHECK(doc->text_of(doc->paragraphs()[2]) == "Last one.");
  V s;
  for (const Sentence& x : doc->sentences()) s.emplace_back(doc->text_of(x));
  CHECK(s == V{"Bernie Sanders", "Credit: Photo Desk", "First paragraph here.", "Second sentence.", "Last one."});
}

TEST_CASE("hard-wrapped prose keeps its sentences across line breaks") {
  const std::string text =
      "The committee met on Tuesday to discuss the proposal that the council had sent\n"
      "back in March, and members said they would vote on it next week after the\n"
      "public hearing. Nobody expects a surprise.";
  CHECK(sentences_of(text).size() == 2);
}

TEST_CASE("offsets point into the caller's bytes") {
  Tokenizer tok;
  const std::string text = "\xEF\xBB\xBF  Caf\xC3\xA9 na\xC3\xAFve\xC2\xA0test.";
  auto doc = tok.tokenize(text);
  REQUIRE(doc.ok());
  const auto t = doc->tokens();
  REQUIRE(t.size() == 4);
  CHECK(t[0].begin == 5);
  CHECK(doc->text_of(t[0]) == "Caf\xC3\xA9");
  CHECK(doc->text_of(t[1]) == "na\xC3\xAFve");  // the no-break space separates tokens
  CHECK(doc->text_of(t[2]) == "test");
}

TEST_CASE("invalid UTF-8: an error naming the byte, or replacement tokens") {
  const std::string bad = std::string("ok \xFF\xFE bytes");
  Tokenizer strict;
  auto r = strict.tokenize(bad, "input.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code() == Errc::invalid_utf8);
  CHECK(r.error().position() == 3);
  CHECK(r.error().to_string() == "input.txt: byte 3: invalid UTF-8 sequence");

  TokenizerOptions opt;
  opt.invalid_utf8 = Utf8Policy::replace;
  Tokenizer lenient(opt);
  auto doc = lenient.tokenize(bad);
  REQUIRE(doc.ok());
  std::vector<std::pair<std::uint32_t, TokenKind>> got;
  for (const Token& t : doc->tokens()) got.emplace_back(t.begin, t.kind);
  CHECK(got == std::vector<std::pair<std::uint32_t, TokenKind>>{
                   {0, TokenKind::word}, {3, TokenKind::invalid}, {4, TokenKind::invalid}, {6, TokenKind::word}});
  std::string scratch;
  CHECK(doc->normalized(1, scratch) == "\xEF\xBF\xBD");
  CHECK(validate_utf8("\xE2\x82", "x").error().position() == 0);  // truncated sequence
}

TEST_CASE("NUL bytes, control characters and empty input") {
  CHECK(tokens_of(std::string("a\0b c", 5)) == V{"a", "b", "c"});
  Tokenizer tok;
  auto empty = tok.tokenize("");
  REQUIRE(empty.ok());
  CHECK(empty->tokens().empty());
  CHECK(empty->paragraphs().empty());
  auto spaces = tok.tokenize(" \n\n \t ");
  REQUIRE(spaces.ok());
  CHECK(spaces->sentences().empty());
}

TEST_CASE("a 50 MB line with no spaces and a 50 MB line of words") {
  Tokenizer tok;
  const std::string junk(50u << 20, 'x');
  auto one = tok.tokenize(junk);
  REQUIRE(one.ok());
  CHECK(one->tokens().size() == 1);
  std::string words;
  words.reserve(50u << 20);
  while (words.size() < (50u << 20)) words += "word, ";
  auto many = tok.tokenize(words);
  REQUIRE(many.ok());
  CHECK(many->tokens().size() == words.size() / 6 * 2);
  CHECK(many->sentences().size() == 1);
}

TEST_CASE("the document size limit is an error, not a crash") {
  TokenizerOptions opt;
  opt.max_document_bytes = 10;
  Tokenizer tok(opt);
  auto r = tok.tokenize("this is longer than ten bytes", "big.txt");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code() == Errc::invalid_input);
  CHECK(r.error().input() == "big.txt");
}

TEST_CASE("the three engines agree on mixed text") {
  const std::string text =
      "Caf\xC3\xA9 owners said: \xE2\x80\x9CWe’re ready.\xE2\x80\x9D Stra\xC3\x9F" "e 5 \xE2\x80\x94 na\xC3\xAFve "
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 1,000.5 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD! \xE2\x80\x98quoted\xE2\x80\x99 "
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D x\xC2\xB7y a\xE2\x80\x8D" "b \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82";
  // The tokens of `s` by the fast, ICU UTF-8 and ICU UTF-16 engines.
  auto by_engine = [](const std::string& s) {
    std::vector<std::vector<std::string>> out;
    for (auto e : {TokenizerEngine::fast, TokenizerEngine::icu_utf8, TokenizerEngine::icu_utf16}) {
      TokenizerOptions opt;
      opt.engine = e;
      out.push_back(tokens_of(s, opt));
    }
    return out;
  };
  const auto results = by_engine(text);
  CHECK(results[0] == results[1]);
  CHECK(results[0] == results[2]);
  // Spaces that ICU's word rules join across (a byte-order mark, a narrow no-break space, a zero-width
  // space) separate tokens for every engine: "e." then "T", not the abbreviation "e.".
  for (std::string joined : {"e.\xEF\xBB\xBFT", "e.\xE2\x80\xAFT", "e.\xE2\x80\x8BT"}) {
    const auto r = by_engine(joined);
    CHECK(r[0] == V{"e", ".", "T"});
    CHECK(r[1] == r[0]);
    CHECK(r[2] == r[0]);
  }
}
