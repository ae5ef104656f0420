// Corpus runs: every input document gives exactly one output line, in order, whatever the thread count;
// malformed documents become error records that say why; reports aggregate batch output.
#include "../helpers.hpp"

#include <argmine/corpus/batch.hpp>
#include <argmine/corpus/report.hpp>
#include <argmine/io.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

using namespace argmine;
namespace fs = std::filesystem;

namespace {

// A line of batch output holding only stance `targets` (made by `stance_target`), for report tests.
std::string stance_line(int n, const std::string& targets) {
  return "{\"line\":" + std::to_string(n) + ",\"id\":\"d" + std::to_string(n) + "\",\"analysis\":{\"stance\":[" +
         targets + "]}}";
}
std::string stance_target(const std::string& name, const std::string& stance) {
  return "{\"kind\":\"entity\",\"target\":\"" + name + "\",\"stance\":\"" + stance + "\"}";
}

std::string corpus_text(const char* name) { return test::slurp(test::source_dir() / "corpus" / name); }

// A JSONL corpus of good documents with malformed lines mixed in.
std::string mixed_jsonl() {
  auto doc = [](const std::string& id, const std::string& text, const std::string& bias) {
    nlohmann::json j{{"id", id}, {"text", text}, {"bias", bias}, {"date", "2016-06-20"}, {"source", "Ledger"}};
    return j.dump() + "\n";
  };
  std::string s;
  s += doc("a", corpus_text("04-primary-unity.txt"), "left");
  s += "{\"id\": \"b\", \"text\": \"unterminated\n";                       // invalid JSON
  s += doc("c", corpus_text("01-transit-fare-cuts.txt"), "right");
  s += "[1, 2, 3]\n";                                                       // not an object
  s += "{\"id\": \"e\", \"body\": \"no text field\"}\n";                     // missing text
  s += "\n";                                                                // blank: not a document
  s += "{\"id\": 7, \"text\": 42}\n";                                       // text not a string
  s += doc("g", "Critics say the plan fails. But this ignores the data.", "center");
  s += "{\"id\": \"h\", \"text\": \"\"}\n";                                  // empty text: analysed, with a note
  s += "{\"id\": \"i\", \"text\": \"x\", \"n\": 1e400}\n";                     // a number out of range
  return s;
}

std::vector<std::string> run(const std::string& path, unsigned threads, BatchCounts& counts, std::size_t chunk = 3,
                             const std::unordered_set<std::string>* skip = nullptr, bool full = false) {
  auto reader = CorpusReader::open(path);
  REQUIRE_MESSAGE(reader.ok(), (reader.ok() ? std::string() : reader.error().to_string()));
  BatchOptions o;
  o.full = full;
  o.threads = threads;
  o.chunk_documents = chunk;
  o.skip = skip;
  std::vector<std::string> lines;
  Status st = run_batch(**reader, [&](std::string_view l) { lines.emplace_back(l); return Status{}; }, o, counts);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? std::string() : st.error().to_string()));
  return lines;
}

}  // namespace

TEST_CASE("batch: malformed lines mixed into good ones; counts in = counts out") {
  const auto path = fs::temp_directory_path() / "argmine-batch-mixed.jsonl";
  REQUIRE(write_file(path.string(), mixed_jsonl()).ok());
  BatchCounts counts;
  const auto lines = run(path.string(), 2, counts);
  CHECK(counts.read == 9);
  CHECK(lines.size() == 9);
  CHECK(counts.analysed == 4);
  CHECK(counts.errors == 5);
  CHECK(counts.analysed + counts.errors == counts.read);
  std::vector<nlohmann::json> out;
  for (const auto& l : lines) out.push_back(nlohmann::json::parse(l));
  // In input order, with the input's line numbers and ids, other fields passed through.
  CHECK(out[0]["line"] == 1);
  CHECK(out[0]["id"] == "a");
  CHECK(out[0]["bias"] == "left");
  CHECK(out[0]["source"] == "Ledger");
  CHECK(out[0].contains("analysis"));
  CHECK(!out[0]["analysis"]["thesis"].is_null());
  CHECK(out[1]["line"] == 2);
  CHECK(out[1]["id"].is_null());
  CHECK(out[1]["error"].get<std::string>().rfind("line 2: invalid JSON at byte ", 0) == 0);
  CHECK(out[2]["id"] == "c");
  CHECK(out[3]["error"] == "line 4: not a JSON object");
  CHECK(out[4]["id"] == "e");
  CHECK(out[4]["body"] == "no text field");
  CHECK(out[4]["error"] == "line 5: missing \"text\"");
  CHECK(out[5]["line"] == 7);  // the blank line 6 is not a document
  CHECK(out[5]["id"] == 7);
  CHECK(out[5]["error"] == "line 7: \"text\" is not a string");
  CHECK(out[6]["id"] == "g");
  CHECK(out[6]["analysis"]["positions"].size() == 1);
  CHECK(out[7]["id"] == "h");
  CHECK(out[7]["analysis"]["notes"][0] == "the input has no words: there is nothing to summarize");
  CHECK(out[8]["error"] == "line 10: invalid JSON: number overflow parsing '1e400'");  // not an abort
  fs::remove(path);
}

TEST_CASE("batch: results are identical for any thread count and chunk size") {
  const auto path = fs::temp_directory_path() / "argmine-batch-threads.jsonl";
  std::string s;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "corpus")) {
    if (e.path().extension() != ".txt") continue;
    s += nlohmann::json{{"id", e.path().filename().string()}, {"text", test::slurp(e.path())}}.dump() + "\n";
  }
  s += mixed_jsonl();
  REQUIRE(write_file(path.string(), s).ok());
  BatchCounts c1, c2, c3;
  const auto one = run(path.string(), 1, c1, 256);
  const auto two = run(path.string(), 2, c2, 5);
  const auto three = run(path.string(), 3, c3, 1);
  CHECK(one.size() == c1.read);
  CHECK(one == two);
  CHECK(one == three);
  fs::remove(path);
}

TEST_CASE("batch: a resumed run skips what is done and writes the rest") {
  const auto path = fs::temp_directory_path() / "argmine-batch-resume.jsonl";
  REQUIRE(write_file(path.string(), mixed_jsonl()).ok());
  BatchCounts all_counts;
  const auto all = run(path.string(), 2, all_counts);
  std::unordered_set<std::string> done = {"a", "#2", "c"};
  BatchCounts counts;
  const auto rest = run(path.string(), 2, counts, 3, &done);
  CHECK(counts.skipped == 3);
  REQUIRE(rest.size() == all.size() - 3);
  for (std::size_t i = 0; i < rest.size(); ++i) CHECK(rest[i] == all[i + 3]);
}

TEST_CASE("batch: resume_keys reads the keys of earlier output and drops a line cut short") {
  const auto path = fs::temp_directory_path() / "argmine-batch-resume-keys.jsonl";
  const std::string complete = "{\"line\":1,\"id\":\"a\",\"analysis\":{}}\n"
                               "{\"line\":2,\"id\":17,\"analysis\":{}}\n"
                               "{\"line\":7,\"id\":null,\"error\":\"line 7: missing \\\"text\\\"\"}\n";
  REQUIRE(write_file(path.string(), complete + "{\"line\":8,\"id\":\"b\",\"anal").ok());
  auto keys = resume_keys(path.string());
  REQUIRE(keys.ok());
  CHECK(*keys == std::unordered_set<std::string>{"a", "17", "#7"});
  auto kept = read_file(path.string());
  REQUIRE(kept.ok());
  CHECK(*kept == complete);  // the cut line is gone: its document is analysed again
  REQUIRE(write_file(path.string(), complete + "not json\n").ok());
  keys = resume_keys(path.string());
  REQUIRE(!keys.ok());
  CHECK(keys.error().to_string() == path.string() + ": line 4: not a line of argmine batch output; cannot resume from it");
  fs::remove(path);
  keys = resume_keys(path.string());  // no file yet: nothing done
  REQUIRE(keys.ok());
  CHECK(keys->empty());
}

TEST_CASE("batch: a folder of .txt files, ids are file names") {
  BatchCounts counts;
  const auto lines = run((test::source_dir() / "corpus").string(), 2, counts);
  CHECK(counts.read >= 20);
  CHECK(counts.errors == 0);
  const auto first = nlohmann::json::parse(lines.front());
  CHECK(first["id"] == "01-transit-fare-cuts.txt");
  CHECK(first["path"].get<std::string>().find("corpus") != std::string::npos);
}

TEST_CASE("report: analogies, holders and stance from batch output, by label and year") {
  const auto path = fs::temp_directory_path() / "argmine-batch-report.jsonl";
  REQUIRE(write_file(path.string(), mixed_jsonl()).ok());
  BatchCounts counts;
  const auto lines = run(path.string(), 2, counts);
  CorpusReport report;
  for (std::size_t i = 0; i < lines.size(); ++i) REQUIRE(report.add_line(lines[i], "b.jsonl", i + 1).ok());
  const auto j = nlohmann::json::parse(report.json());
  CHECK(j["schema"] == "argmine-corpus-report");
  CHECK(j["documents"]["lines"] == 9);
  CHECK(j["documents"]["analysed"] == 4);
  CHECK(j["documents"]["errors"] == 5);
  CHECK(j["documents_by_label"]["left"] == 1);
  CHECK(j["documents_by_year"]["2016"] == 3);  // "h" has no date
  CHECK(j["error_reasons"]["missing \"text\""] == 1);
  // 04-primary-unity invokes the 1980 convention (Kennedy and Carter) and Clinton in 2008.
  CHECK(j["analogies"]["total"].get<int>() >= 2);
  CHECK(j["analogies"]["by_label"]["left"].get<int>() >= 2);
  CHECK(j["positions"]["total"].get<int>() >= 3);
  bool critics = false;
  for (const auto& h : j["positions"]["holders"]) critics |= h["holder"] == "critics";
  CHECK(critics);
  CHECK(!j["stance"].empty());
  const std::string md = report.markdown();
  CHECK(md.rfind("# Corpus report\n", 0) == 0);
  CHECK(md.find("## Historical analogies") != std::string::npos);
  CHECK(md.find("## Who holds the positions the texts argue against") != std::string::npos);
  const std::string html = report.html();
  CHECK(html.find("<svg id=\"analogy-chart\"") != std::string::npos);
  CHECK(html.find("<svg id=\"stance-chart\"") != std::string::npos);
  auto bad = report.add_line("{\"not\": \"batch\"}", "x.jsonl", 3);
  REQUIRE(!bad.ok());
  CHECK(bad.error().to_string() == "x.jsonl: line 3: not a line of argmine batch output");
  bad = report.add_line("{\"line\": 4, \"analysis\": {\"units\": [", "x.jsonl", 4);  // cut short
  REQUIRE(!bad.ok());
  CHECK(bad.error().to_string() == "x.jsonl: line 4: not a line of argmine batch output");
  bad = report.add_line("{\"line\": 5, \"analysis\": [1, 2]}", "x.jsonl", 5);
  REQUIRE(!bad.ok());
  CHECK(bad.error().to_string() == "x.jsonl: line 5: \"analysis\" is not an object");
  // A malformed part of a good line is passed over, not a crash: holders that are no array, analogies that
  // are no objects.
  CHECK(report.add_line(R"({"line": 6, "analysis": {"positions": [{"holders": "Smith"}], "analogies": [3, null]}})",
                        "x.jsonl", 6)
            .ok());
  fs::remove(path);
}

TEST_CASE("report: the full summary (batch --full) gives the same report as the compact analysis") {
  const auto path = fs::temp_directory_path() / "argmine-batch-report-full.jsonl";
  REQUIRE(write_file(path.string(), mixed_jsonl()).ok());
  BatchCounts counts;
  std::string reports[2];
  for (bool full : {false, true}) {
    const auto lines = run(path.string(), 1, counts, 3, nullptr, full);
    CorpusReport report;
    for (std::size_t i = 0; i < lines.size(); ++i) REQUIRE(report.add_line(lines[i], "b.jsonl", i + 1).ok());
    reports[full] = report.json();
  }
  const auto j = nlohmann::json::parse(reports[1]);
  CHECK(j["positions"]["total"].get<int>() >= 3);  // the full summary calls them "oppositions"
  REQUIRE(!j["analogies"]["events"].empty());
  // Sources are spans there: the report keys and counts their text, never the span's JSON.
  for (const auto& e : j["analogies"]["events"]) CHECK(e["event"].get<std::string>().find('{') == std::string::npos);
  CHECK(reports[1] == reports[0]);
  fs::remove(path);
}

TEST_CASE("report: one past thing however the sentence led into it") {
  CorpusReport report;
  const char* lines[] = {
      R"({"line":1,"id":"a","analysis":{"analogies":[{"source":"in 2008","year":"2008"}]}})",
      R"({"line":2,"id":"b","analysis":{"analogies":[{"source":"2008","year":"2008"}]}})",
      R"({"line":3,"id":"c","analysis":{"analogies":[{"source":"the 1990s","year":"1990s"},{"source":"back in 2008","year":"2008"}]}})"};
  for (std::size_t i = 0; i < 3; ++i) REQUIRE(report.add_line(lines[i], "r.jsonl", i + 1).ok());
  const auto j = nlohmann::json::parse(report.json());
  REQUIRE(j["analogies"]["events"].size() == 2);
  CHECK(j["analogies"]["events"][0]["event"] == "2008");
  CHECK(j["analogies"]["events"][0]["documents"] == 3);
  CHECK(j["analogies"]["events"][0]["written_as"]["in 2008"] == 1);
  CHECK(j["analogies"]["events"][1]["event"] == "1990s");
}

TEST_CASE("report: a group is one holder whatever quantifier leads it; unnamed holders share one row") {
  CorpusReport report;
  const char* lines[] = {
      R"({"line":1,"id":"a","analysis":{"positions":[{"holders":["Some Democrats"]},{"holders":["Others"]}]}})",
      R"({"line":2,"id":"b","analysis":{"positions":[{"holders":["the Democrats","some"]}]}})",
      R"({"line":3,"id":"c","analysis":{"positions":[{"holders":["many of the Democrats"]},{"holders":["Critics"]},{"holders":["A majority of Democrats"]}]}})"};
  for (std::size_t i = 0; i < 3; ++i) REQUIRE(report.add_line(lines[i], "r.jsonl", i + 1).ok());
  const auto j = nlohmann::json::parse(report.json());
  const auto& h = j["positions"]["holders"];
  REQUIRE(h.size() == 3);
  CHECK(h[0]["holder"] == "democrats");
  CHECK(h[0]["positions"] == 4);
  CHECK(h[1]["holder"] == "(unnamed: some, others, many, all, those, one, ...)");
  CHECK(h[1]["positions"] == 2);
  CHECK(h[2]["holder"] == "critics");
}

TEST_CASE("report: a share of a relative clause's antecedent is the antecedent's position, a possessive goes") {
  CorpusReport report;
  const char* lines[] = {
      R"({"line":1,"id":"a","analysis":{"positions":[{"holders":["Democrats, many of whom"]},{"holders":["Some Democrats"]}]}})",
      R"({"line":2,"id":"b","analysis":{"positions":[{"holders":["some of whom"]},{"holders":["their Democrats"]}]}})"};
  for (std::size_t i = 0; i < 2; ++i) REQUIRE(report.add_line(lines[i], "r.jsonl", i + 1).ok());
  const auto j = nlohmann::json::parse(report.json());
  const auto& h = j["positions"]["holders"];
  REQUIRE(h.size() == 2);
  CHECK(h[0]["holder"] == "democrats");
  CHECK(h[0]["positions"] == 3);
  CHECK(h[1]["holder"] == "(unnamed: some, others, many, all, those, one, ...)");
}

TEST_CASE("report: one person is one target, titles and a surname alone included") {
  CorpusReport report;
  const std::string lines[] = {
      stance_line(1, stance_target("President Donald Trump", "FAVOR")),
      stance_line(2, stance_target("Donald Trump", "AGAINST")),
      // one document
      stance_line(3, stance_target("Mr. Trump", "NONE") + "," + stance_target("President Trump", "AGAINST")),
      stance_line(4, stance_target("Trump", "NONE") + "," + stance_target("Donald Trump", "NONE")),
      stance_line(5, stance_target("Ivanka Trump", "NONE")),
      stance_line(6, stance_target("Trump", "FAVOR"))};
  for (std::size_t i = 0; i < 6; ++i) REQUIRE(report.add_line(lines[i], "s.jsonl", i + 1).ok());
  const auto j = nlohmann::json::parse(report.json());
  REQUIRE(j["stance"].size() == 2);
  CHECK(j["stance"][0]["documents"] == 5);  // Donald Trump, however written; Ivanka Trump apart
  CHECK(j["stance"][0]["all"]["FAVOR"] == 2);
  CHECK(j["stance"][0]["all"]["AGAINST"] == 2);
  CHECK(j["stance"][0]["all"]["NONE"] == 1);
  CHECK(j["stance"][1]["target"] == "Ivanka Trump");
}

TEST_CASE("report: one country is one target, however abbreviated") {
  CorpusReport report;
  const std::string lines[] = {
      stance_line(1, stance_target("U.S.", "AGAINST")), stance_line(2, stance_target("United States", "NONE")),
      stance_line(3, stance_target("US", "NONE") + "," + stance_target("the United States", "NONE")),
      stance_line(4, stance_target("America", "FAVOR"))};
  for (std::size_t i = 0; i < 4; ++i) REQUIRE(report.add_line(lines[i], "s.jsonl", i + 1).ok());
  const auto j = nlohmann::json::parse(report.json());
  REQUIRE(j["stance"].size() == 2);
  CHECK(j["stance"][0]["documents"] == 3);  // "America" stays a target of its own
  CHECK(j["stance"][0]["all"]["AGAINST"] == 1);
  CHECK(j["stance"][1]["target"] == "America");
}

TEST_CASE("batch: the title field reaches the summary as a hint to the thesis") {
  const auto path = fs::temp_directory_path() / "argmine-batch-title.jsonl";
  const std::string text = "The council met on Monday to debate the budget for next year. The fare plan is a failure for "
                           "every rider in the city. The library deserves more money from the city council. Riders and "
                           "readers spoke at length.";
  std::string s;
  s += nlohmann::json{{"id", "plain"}, {"text", text}}.dump() + "\n";
  s += nlohmann::json{{"id", "titled"}, {"text", text}, {"title", "Why the library deserves more money"}}.dump() + "\n";
  REQUIRE(write_file(path.string(), s).ok());
  BatchCounts counts;
  const auto lines = run(path.string(), 1, counts);
  REQUIRE(lines.size() == 2);
  auto thesis = [&](std::size_t i) {
    const auto t = nlohmann::json::parse(lines[i])["analysis"]["thesis"];
    return text.substr(t["begin"].get<std::size_t>(), t["end"].get<std::size_t>() - t["begin"].get<std::size_t>());
  };
  CHECK(thesis(0) == "The fare plan is a failure for every rider in the city.");
  CHECK(thesis(1) == "The library deserves more money from the city council.");
  fs::remove(path);
}

TEST_CASE("dates: the publication year is the first four-digit year in the date") {
  CHECK(year_of_date("2016-09-20") == 2016);
  CHECK(year_of_date("9/20/2016") == 2016);
  CHECK(year_of_date("Sep 20, 2016, 10:15") == 2016);
  CHECK(year_of_date("0001-01-01") == 0);
  CHECK(year_of_date("20160920") == 0);
  CHECK(year_of_date("") == 0);
}

TEST_CASE("batch: the date field gives the document's year, which decides what is past") {
  const auto path = fs::temp_directory_path() / "argmine-batch-dates.jsonl";
  const std::string text = "The rally was reminiscent of 2019. Turnout was high.";
  std::string s;
  s += nlohmann::json{{"id", "same-year"}, {"text", text}, {"date", "2019-11-02"}}.dump() + "\n";
  s += nlohmann::json{{"id", "next-year"}, {"text", text}, {"date", "2020-01-15"}}.dump() + "\n";
  s += nlohmann::json{{"id", "no-date"}, {"text", text}}.dump() + "\n";
  s += nlohmann::json{{"id", "odd-date"}, {"text", text}, {"date", "20200115"}}.dump() + "\n";
  s += nlohmann::json{{"id", "us-date"}, {"text", text}, {"date", "1/15/2020"}}.dump() + "\n";
  s += nlohmann::json{{"id", "zero-date"}, {"text", text}, {"date", "0001-01-01"}}.dump() + "\n";
  REQUIRE(write_file(path.string(), s).ok());
  BatchCounts counts;
  const auto lines = run(path.string(), 1, counts);
  REQUIRE(lines.size() == 6);
  auto analogies = [&](std::size_t i) { return nlohmann::json::parse(lines[i])["analysis"]["analogies"].size(); };
  CHECK(analogies(0) == 0);  // written in 2019: 2019 is the present
  CHECK(analogies(1) == 1);  // written in 2020: 2019 is past
  // Without a usable date the tagger falls back to the latest year the text mentions: 2019, the present.
  CHECK(analogies(2) == 0);
  CHECK(analogies(3) == 0);
  CHECK(analogies(4) == 1);  // "1/15/2020": 2020
  CHECK(analogies(5) == 0);  // "0001-01-01" is no year: the fallback
  CHECK(nlohmann::json::parse(lines[1])["date"] == "2020-01-15");  // passed through
  fs::remove(path);
}

TEST_CASE("report: an analogy model's finds are counted apart, not as the corpus's analogies") {
  CorpusReport report;
  const char* lines[] = {
      R"({"line":1,"id":"a","analysis":{"analogies":[{"source":"1968","year":"1968"},{"source":"2008","year":"2008","probability":0.61}]}})",
      R"({"line":2,"id":"b","analysis":{"analogies":[{"source":"2004","year":"2004","probability":0.55}]}})"};
  for (std::size_t i = 0; i < 2; ++i) REQUIRE(report.add_line(lines[i], "r.jsonl", i + 1).ok());
  const auto j = nlohmann::json::parse(report.json());
  CHECK(j["analogies"]["total"] == 1);
  CHECK(j["analogies"]["documents"] == 1);  // "b" has only the model's
  CHECK(j["analogies"]["model_found"] == 2);
  REQUIRE(j["analogies"]["events"].size() == 1);
  CHECK(j["analogies"]["events"][0]["event"] == "1968");
  CHECK(report.markdown().find("2 more were found by an analogy model (--analogy-model) and are not counted here") !=
        std::string::npos);
  CHECK(report.html().find("2 more were found by an analogy model") != std::string::npos);
}
