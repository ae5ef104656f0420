// Stage 3: learners on problems with known answers, the gradient against finite differences, model files
// (round trip, every truncation, damage, other versions), scoring paths that must agree, and the metrics.
#include <argmine/io.hpp>
#include <argmine/score/data.hpp>
#include <argmine/score/default_models.hpp>
#include <argmine/score/model.hpp>
#include <argmine/score/train.hpp>
#include <argmine/tag/tagger.hpp>
#include <argmine/text/tokenizer.hpp>

#include "score/example_view.hpp"
#include "score/features.hpp"
#include "score/model_impl.hpp"
#include "score/train_detail.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cmath>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace argmine;

namespace {

// Three labels, each decided by one word; the other words are shared noise drawn at random.
std::vector<Example> separable(std::size_t n, std::uint64_t seed) {
  const char* marker[] = {"alpha", "beta", "gamma"};
  const char* label[] = {"A", "B", "C"};
  const char* noise[] = {"the", "vote", "plan", "senator", "said", "today", "city", "tax", "people", "new"};
  std::mt19937_64 rng(seed);
  std::vector<Example> out;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t y = rng() % 3;
    std::string text;
    const std::size_t words = 3 + rng() % 6, at = rng() % words;
    for (std::size_t k = 0; k < words; ++k) {
      if (!text.empty()) text += ' ';
      text += k == at ? marker[y] : noise[rng() % 10];
    }
    out.push_back({text, "", label[y], std::to_string(i)});
  }
  return out;
}

TrainOptions small_options(Learner learner) {
  TrainOptions o;
  o.learner = learner;
  o.features.hash_bits = 16;
  o.features.char_max = 0;  // the marker words must decide, not shared character n-grams
  o.features.unit_features = false;
  return o;
}

double accuracy(const std::shared_ptr<const LinearModel>& model, const std::vector<Example>& data) {
  Scorer scorer(model);
  std::size_t correct = 0;
  for (const auto& e : data) {
    auto p = scorer.predict(e.text, e.target);
    REQUIRE(p.ok());
    correct += model->labels()[p->label] == e.label;
  }
  return static_cast<double>(correct) / static_cast<double>(data.size());
}

std::shared_ptr<const LinearModel> must(Result<std::shared_ptr<const LinearModel>> r) {
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().to_string()));
  return std::move(r).value();
}

}  // namespace

TEST_CASE("learners separate separable data completely") {
  const auto train_set = separable(300, 1), test_set = separable(200, 2);
  for (Learner l : {Learner::logistic, Learner::perceptron}) {
    CAPTURE(to_string(l));
    const auto model = must(train(train_set, small_options(l)));
    CHECK(model->labels() == std::vector<std::string>{"A", "B", "C"});
    CHECK(accuracy(model, train_set) == 1.0);
    CHECK(accuracy(model, test_set) == 1.0);
  }
}

TEST_CASE("logistic probabilities sum to one and grow more certain as training goes on") {
  // On separable data the logistic loss keeps falling with more passes, so the right label's probability
  // rises toward 1 (the small L2 penalty keeps it finite).
  float last = 0.0f;
  for (int epochs : {1, 5, 15, 60}) {
    auto o = small_options(Learner::logistic);
    o.epochs = epochs;
    const auto model = must(train(separable(300, 3), o));
    Scorer scorer(model);
    auto p = scorer.predict("the senator said gamma today");
    REQUIRE(p.ok());
    CHECK(model->labels()[p->label] == "C");
    float sum = 0;
    for (float x : p->probabilities) sum += x;
    CHECK(sum == doctest::Approx(1.0).epsilon(1e-5));
    CAPTURE(epochs);
    CHECK(p->probabilities[2] > last);
    last = p->probabilities[2];
  }
  CHECK(last > 0.95f);
}

TEST_CASE("the logistic gradient matches finite differences") {
  std::mt19937_64 rng(7);
  std::normal_distribution<float> normal(0.0f, 0.5f);
  const Eigen::Index labels = 4, slots = 12;
  Eigen::MatrixXf W(labels, slots);
  Eigen::VectorXf bias(labels);
  for (Eigen::Index i = 0; i < W.size(); ++i) W.data()[i] = normal(rng);
  for (Eigen::Index i = 0; i < labels; ++i) bias[i] = normal(rng);
  const std::vector<std::uint32_t> active = {1, 4, 4, 7, 11};  // slot 4 twice: its feature counts twice
  const float scale = 1.0f / std::sqrt(5.0f), weight = 1.7f;
  const int label = 2;
  Eigen::VectorXf g_bias;
  Eigen::MatrixXf g_cols;
  detail::logistic_loss(W, bias, active, scale, label, weight, &g_bias, &g_cols);
  const float h = 1e-2f;
  for (Eigen::Index r = 0; r < labels; ++r) {
    Eigen::VectorXf b1 = bias, b2 = bias;
    b1[r] += h;
    b2[r] -= h;
    const double numeric = (detail::logistic_loss(W, b1, active, scale, label, weight) -
                            detail::logistic_loss(W, b2, active, scale, label, weight)) / (2 * h);
    CHECK(g_bias[r] == doctest::Approx(numeric).epsilon(2e-3).scale(1.0));
    for (std::uint32_t s : {1u, 4u, 7u, 11u}) {
      Eigen::MatrixXf W1 = W, W2 = W;
      W1(r, s) += h;
      W2(r, s) -= h;
      const double num = (detail::logistic_loss(W1, bias, active, scale, label, weight) -
                          detail::logistic_loss(W2, bias, active, scale, label, weight)) / (2 * h);
      double analytic = 0;  // the column gradient of every occurrence of the slot
      for (std::size_t k = 0; k < active.size(); ++k) {
        if (active[k] == s) analytic += g_cols(r, static_cast<Eigen::Index>(k));
      }
      CHECK(analytic == doctest::Approx(num).epsilon(2e-3).scale(1.0));
    }
  }
  // An unused slot has no gradient; the loss is -weight * log p_label.
  Eigen::MatrixXf W1 = W;
  W1(0, 3) += 1.0f;
  CHECK(detail::logistic_loss(W1, bias, active, scale, label, weight) ==
        detail::logistic_loss(W, bias, active, scale, label, weight));
}

TEST_CASE("training is deterministic given the seed") {
  const auto data = separable(200, 4);
  auto o = small_options(Learner::logistic);
  const auto a = must(train(data, o)), b = must(train(data, o));
  CHECK(a->serialize() == b->serialize());
  o.seed = 99;
  CHECK(must(train(data, o))->serialize() != a->serialize());
}

TEST_CASE("training rejects one label and bad options with clear errors") {
  std::vector<Example> one = {{"a", "", "X", "1"}, {"b", "", "X", "2"}};
  auto r = train(one, small_options(Learner::logistic));
  REQUIRE(!r.ok());
  CHECK(r.error().message() == "training needs at least two labels, found 1");
  auto o = small_options(Learner::logistic);
  o.features.hash_bits = 30;
  r = train(separable(10, 5), o);
  REQUIRE(!r.ok());
  CHECK(r.error().message() == "hash_bits 30 is outside 10..26");
  o = small_options(Learner::logistic);
  o.labels = {"A", "B"};  // C is in the data
  r = train(separable(30, 5), o);
  REQUIRE(!r.ok());
  CHECK(r.error().message() == "label 'C' is not among the model's labels");
}

TEST_CASE("model files round-trip byte for byte and score the same") {
  auto o = small_options(Learner::logistic);
  o.features.char_max = 4;
  o.features.char_min = 2;
  o.features.target_features = true;
  auto data = separable(200, 6);
  for (std::size_t i = 0; i < data.size(); ++i) data[i].target = i % 2 ? "Target one" : "Target two";
  const auto model = must(train(data, o));
  const std::string bytes = model->serialize();
  const auto back = must(LinearModel::deserialize(bytes, "round-trip"));
  CHECK(back->serialize() == bytes);
  CHECK(back->labels() == model->labels());
  CHECK(back->features().char_min == 2);
  CHECK(back->features().char_max == 4);
  CHECK(back->features().hash_bits == 16);
  CHECK(back->learner() == Learner::logistic);
  CHECK(back->features().unit_rules);
  // A file written before rule features (flag bit 2 clear) reads without them.
  auto old_options = o;
  old_options.features.unit_rules = false;
  CHECK(!must(LinearModel::deserialize(must(train(data, old_options))->serialize(), "old"))->features().unit_rules);
  Scorer s1(model), s2(back);
  for (const auto& e : separable(50, 7)) {
    auto p1 = s1.predict(e.text, "Target one");
    auto p2 = s2.predict(e.text, "Target one");
    REQUIRE((p1.ok() && p2.ok()));
    CHECK(p1->probabilities == p2->probabilities);
  }
}

TEST_CASE("damaged model files are clear errors, never crashes") {
  const auto model = must(train(separable(60, 8), small_options(Learner::perceptron)));
  const std::string bytes = model->serialize();
  REQUIRE(LinearModel::deserialize(bytes, "m.bin").ok());  // the undamaged file loads
  SUBCASE("every truncation") {
    for (std::size_t n = 0; n < bytes.size(); ++n) {
      auto r = LinearModel::deserialize(std::string_view(bytes).substr(0, n), "m.bin");
      REQUIRE(!r.ok());
      CHECK((r.error().code() == Errc::corrupt_model || r.error().code() == Errc::incompatible_model));
      CHECK(r.error().to_string().find("m.bin") != std::string::npos);
    }
  }
  SUBCASE("a changed byte anywhere is caught") {
    for (std::size_t at = 8; at < bytes.size(); at += 7) {
      std::string bad = bytes;
      bad[at] = static_cast<char>(bad[at] ^ 0x5A);
      auto r = LinearModel::deserialize(bad, "m.bin");
      CHECK(!r.ok());
    }
  }
  SUBCASE("specific messages") {
    auto r = LinearModel::deserialize("hello world, not a model", "x.txt");
    REQUIRE(!r.ok());
    CHECK(r.error().code() == Errc::incompatible_model);
    CHECK(r.error().message() == "not an argmine model (no ARGMNMDL magic number)");
    std::string v2 = bytes;
    v2[8] = 2;
    r = LinearModel::deserialize(v2, "v2.bin");
    REQUIRE(!r.ok());
    CHECK(r.error().code() == Errc::incompatible_model);
    CHECK(r.error().message() == "model format version 2 (this argmine reads version 1)");
    std::string flipped = bytes;
    flipped[bytes.size() - 12] = static_cast<char>(flipped[bytes.size() - 12] ^ 1);  // a weight
    r = LinearModel::deserialize(flipped, "w.bin");
    REQUIRE(!r.ok());
    CHECK(r.error().message() == "checksum mismatch: the file was changed or damaged");
    r = LinearModel::deserialize(bytes + "xx", "t.bin");
    REQUIRE(!r.ok());
    CHECK(r.error().message() == "2 unexpected bytes after the checksum");
    auto missing = LinearModel::load("/nonexistent/model.bin");
    REQUIRE(!missing.ok());
    CHECK(missing.error().code() == Errc::io);
  }
}

TEST_CASE("a model file declaring a weight table beyond the limit is refused before it is allocated") {
  // A well-formed file (right checksum) whose 17 labels x 2^26 slots would need 8 GiB of weights.
  auto put = [](std::string& out, auto v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); };
  std::string bytes = "ARGMNMDL";
  put(bytes, std::uint32_t{1});                                          // version
  for (std::int32_t v : {1, 1, 0, 26}) put(bytes, v);                   // word n-grams, char min/max, hash bits
  for (std::uint8_t v : {1, 1, 1, 1}) put(bytes, v);                    // target, negation, units, flags
  put(bytes, std::uint32_t{0});                                          // learner
  put(bytes, std::uint32_t{17});                                         // labels
  for (char c = 'a'; c < 'a' + 17; ++c) {
    put(bytes, std::uint32_t{1});
    bytes += c;
  }
  for (int k = 0; k < 17; ++k) put(bytes, 0.0f);                         // biases
  put(bytes, std::uint32_t{0});                                          // no weight columns
  std::uint64_t h = 0xCBF29CE484222325ull;                               // FNV-1a, as the writer computes it
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001B3ull;
  put(bytes, h);
  auto r = LinearModel::deserialize(bytes, "big.model");
  REQUIRE(!r.ok());
  CHECK(r.error().code() == Errc::corrupt_model);
  CHECK(r.error().message() == "17 labels x 2^26 slots: more than the 1073741824 weights a model may hold");
  // Training refuses to make such a model.
  std::vector<Example> examples;
  for (char c = 'a'; c < 'a' + 17; ++c) {
    Example e;
    e.text = e.label = std::string(1, c);
    examples.push_back(e);
  }
  TrainOptions o;
  o.features.hash_bits = 26;
  auto t = train(examples, o);
  REQUIRE(!t.ok());
  CHECK(t.error().message() == "17 labels x 2^26 slots: more than the 1073741824 weights a model may hold");
}

TEST_CASE("the scorer's word cache gives the sums of a direct computation") {
  // Character n-grams turn the per-word cache on; compare with summing the weight columns directly.
  auto o = small_options(Learner::logistic);
  o.features.char_min = 1;
  o.features.char_max = 6;
  o.features.hash_bits = 12;  // a small table: many collisions, still the same sums
  auto data = separable(200, 9);
  for (std::size_t i = 0; i < data.size(); ++i) data[i].target = i % 2 ? "one" : "two";
  const auto model = must(train(data, o));
  const auto& m = model->impl();
  Tokenizer tok;
  Scorer scorer(model);
  std::string scratch;
  std::vector<float> got(3);
  for (int round = 0; round < 2; ++round) {  // the second round reads cached words
    for (const auto& e : separable(40, 10)) {
      Document doc;
      REQUIRE(tok.tokenize(e.text, doc).ok());
      const auto n = static_cast<std::uint32_t>(doc.tokens().size());
      scorer.scores(doc, 0, n, "one", nullptr, got);
      Eigen::VectorXf sum = Eigen::VectorXf::Zero(3);
      std::size_t count = 0;
      auto add = [&](std::uint32_t s) {
        sum += m.weights.col(s);
        ++count;
      };
      detail::extract_features(m.features, doc, 0, n, detail::target_hash("one"), nullptr, scratch, add,
                               [&](std::uint64_t, auto&& produce) { produce(add); });
      const Eigen::VectorXf expected = m.bias + sum / std::sqrt(static_cast<float>(count));
      for (int r = 0; r < 3; ++r) CHECK(got[static_cast<std::size_t>(r)] == doctest::Approx(expected[r]).epsilon(1e-5));
    }
  }
}

TEST_CASE("metrics: per-class scores and the SemEval F_avg") {
  const std::vector<std::string> gold = {"FAVOR", "FAVOR", "AGAINST", "AGAINST", "NONE", "NONE"};
  const std::vector<std::string> pred = {"FAVOR", "AGAINST", "AGAINST", "AGAINST", "FAVOR", "NONE"};
  // FAVOR: tp 1, fp 1, fn 1 -> F1 0.5; AGAINST: tp 2, fp 1, fn 0 -> P 2/3, R 1, F1 0.8; NONE: tp 1, fn 1 -> 2/3.
  CHECK(semeval_favg(gold, pred) == doctest::Approx(65.0));
  const auto cs = class_scores(gold, pred, {"AGAINST", "FAVOR", "NONE"});
  CHECK(cs.f1[0] == doctest::Approx(0.8));
  CHECK(cs.f1[1] == doctest::Approx(0.5));
  CHECK(cs.f1[2] == doctest::Approx(2.0 / 3.0));
  CHECK(cs.macro_f1 == doctest::Approx((0.8 + 0.5 + 2.0 / 3.0) / 3));
  CHECK(cs.accuracy == doctest::Approx(4.0 / 6.0));
  CHECK(cs.support == std::vector<std::size_t>{2, 2, 2});
}

TEST_CASE("stratified folds are deterministic and balanced per target and label") {
  std::vector<Example> ex;
  for (int i = 0; i < 50; ++i) ex.push_back({"t", i < 20 ? "x" : "y", i % 5 ? "A" : "B", std::to_string(i)});
  const auto f1 = stratified_folds(ex, 5, 1), f2 = stratified_folds(ex, 5, 1);
  CHECK(f1 == f2);
  std::vector<int> per_fold(5, 0);
  for (int f : f1) ++per_fold[static_cast<std::size_t>(f)];
  CHECK(per_fold == std::vector<int>{10, 10, 10, 10, 10});
}

TEST_CASE("data formats: SemEval in Windows-1252 with CRLF, TSV, JSONL, and their errors") {
  // 0x92 is the Windows-1252 right single quote.
  const std::string semeval = "ID\tTarget\tTweet\tStance\r\n101\tHillary Clinton\tShe\x92s ready #SemST\tFAVOR\r\n";
  auto ex = parse_examples(semeval, DataFormat::semeval, "s.txt");
  REQUIRE(ex.ok());
  REQUIRE(ex->size() == 1);
  CHECK((*ex)[0].id == "101");
  CHECK((*ex)[0].target == "Hillary Clinton");
  CHECK((*ex)[0].text == "She\xE2\x80\x99s ready #SemST");
  CHECK((*ex)[0].label == "FAVOR");
  CHECK(format_examples(*ex, {"AGAINST"}, DataFormat::semeval) ==
        "ID\tTarget\tTweet\tStance\n101\tHillary Clinton\tShe\xE2\x80\x99s ready #SemST\tAGAINST\n");

  auto tsv = parse_examples("# comment\nclaim\tWe must act.\npremise\tThe data show it.\tclimate\tp7\n",
                            DataFormat::tsv, "t.tsv");
  REQUIRE(tsv.ok());
  REQUIRE(tsv->size() == 2);
  CHECK((*tsv)[1].target == "climate");
  CHECK((*tsv)[1].id == "p7");
  auto bad = parse_examples("claim\tok\nno tab here\n", DataFormat::tsv, "t.tsv");
  REQUIRE(!bad.ok());
  CHECK(bad.error().to_string().find("t.tsv") != std::string::npos);
  CHECK(bad.error().to_string().find("line 2") != std::string::npos);

  auto jl = parse_examples("{\"text\":\"We must act.\",\"label\":\"claim\"}\n", DataFormat::jsonl, "d.jsonl");
  REQUIRE(jl.ok());
  CHECK((*jl)[0].label == "claim");
  auto nolabel = parse_examples("{\"text\":\"x\"}\n", DataFormat::jsonl, "d.jsonl");
  REQUIRE(!nolabel.ok());
  CHECK(nolabel.error().to_string().find("line 1") != std::string::npos);
  auto notjson = parse_examples("{oops\n", DataFormat::jsonl, "d.jsonl");
  CHECK(!notjson.ok());
}

TEST_CASE("the shipped role model is exactly what training on corpus/ gives") {
  // Provenance: the default model must come from the project's own texts and nothing else.
  auto shipped = LinearModel::load(std::string(ARGMINE_BUILD_DIR) + "/share/argmine/models/roles.model");
  REQUIRE_MESSAGE(shipped.ok(), (std::string("the build trains it (target argmine-models): ") +
                                 (shipped.ok() ? std::string() : shipped.error().to_string())));
  const auto retrained = must(train_role_model(std::string(ARGMINE_SOURCE_DIR) + "/corpus"));
  CHECK((*shipped)->serialize() == retrained->serialize());
  CHECK((*shipped)->labels() == std::vector<std::string>{"MajorClaim", "Claim", "Premise", "None"});
  // And the loader finds it.
  auto found = load_default_model("roles");
  REQUIRE(found.ok());
  CHECK((*found)->serialize() == retrained->serialize());
  auto missing = load_default_model("no-such-model");
  REQUIRE(!missing.ok());
  CHECK(missing.error().message().find("no default model 'no-such-model' in ") == 0);
}

TEST_CASE("role examples from brat: labels by rank, position as target, ids by file") {
  const auto dir = std::filesystem::temp_directory_path() / "argmine-brat-roles";
  std::filesystem::create_directories(dir);
  const std::string txt = "Cities should ban cars. Critics say it hurts shops. Sales rose 4%. Thanks.\n";
  REQUIRE(write_file((dir / "a.txt").string(), txt).ok());
  REQUIRE(write_file((dir / "a.ann").string(),
                     "T1\tMajorClaim 0 23\tCities should ban cars.\n"
                     "T2\tCounterclaim 24 51\tCritics say it hurts shops.\n"
                     "T3\tHolder 24 31\tCritics\n"
                     "T4\tEvidence 52 66\tSales rose 4%.\n"
                     "T5\tClaim 0 23\tCities should ban cars.\n")
              .ok());
  auto ex = read_examples(dir.string(), DataFormat::brat);
  REQUIRE(ex.ok());
  REQUIRE(ex->size() == 4);
  CHECK((*ex)[0].label == "MajorClaim");  // outranks the Claim on the same span
  CHECK((*ex)[1].label == "Claim");       // a counterclaim is a claim (of others) in the role scheme
  CHECK((*ex)[2].label == "Premise");
  CHECK((*ex)[3].label == "None");
  // Thirds of 4 sentences: first while 3i < 4, last once 3i >= 8.
  CHECK((*ex)[0].target == "first");
  CHECK((*ex)[1].target == "first");
  CHECK((*ex)[2].target == "middle");
  CHECK((*ex)[3].target == "last");
  CHECK((*ex)[2].id == "a.txt:52");
  CHECK((*ex)[2].text == "Sales rose 4%.");
  const auto folds = document_folds(*ex, 3, 1);
  CHECK(folds == std::vector<int>(4, folds[0]));
  // Each sentence keeps its text as context: one shared document, the sentence's byte span in it.
  REQUIRE((*ex)[0].document);
  CHECK((*ex)[3].document == (*ex)[0].document);
  CHECK(*(*ex)[0].document == txt);
  CHECK((*ex)[2].begin == 52);
  CHECK((*ex)[2].end == 66);
  std::filesystem::remove_all(dir);
}

TEST_CASE("JSONL examples in context: a span of a shared document, and its errors") {
  const std::string doc = "The plan costs money. But it pays for itself.";
  const std::string lines =
      R"({"document":"The plan costs money. But it pays for itself.","begin":0,"end":21,"label":"opp"})" "\n"
      R"({"document":"The plan costs money. But it pays for itself.","begin":22,"end":45,"label":"pro"})" "\n";
  auto ex = parse_examples(lines, DataFormat::jsonl, "c.jsonl");
  REQUIRE(ex.ok());
  REQUIRE(ex->size() == 2);
  CHECK((*ex)[0].text == "The plan costs money.");  // taken from the document when not given
  CHECK((*ex)[1].text == "But it pays for itself.");
  CHECK((*ex)[0].document == (*ex)[1].document);    // one copy for consecutive lines of one document
  CHECK(*(*ex)[0].document == doc);
  auto outside = parse_examples(R"({"document":"short","begin":2,"end":9,"label":"x"})" "\n", DataFormat::jsonl, "c.jsonl");
  REQUIRE(!outside.ok());
  CHECK(outside.error().to_string().find("line 1") != std::string::npos);
  CHECK(outside.error().to_string().find("span 2..9 outside the document of 5 bytes") != std::string::npos);
  auto no_offsets = parse_examples(R"({"document":"short","label":"x"})" "\n", DataFormat::jsonl, "c.jsonl");
  REQUIRE(!no_offsets.ok());
  CHECK(no_offsets.error().to_string().find("needs byte offsets") != std::string::npos);
}

TEST_CASE("an example in context is scored with its document's units, as training saw it") {
  // "The plan costs money." concedes only because the next sentence answers it with "But".
  auto doc = std::make_shared<const std::string>("The plan costs money. But it pays for itself.");
  Example in_context{"The plan costs money.", "", "opp", "1"};
  in_context.document = doc;
  in_context.end = 21;
  const Example alone{"The plan costs money.", "", "opp", "2"};

  detail::ExampleView view(true);
  auto has_concession = [&](const Example& e) {
    auto r = view.resolve(e, 1);
    REQUIRE(r.ok());
    CHECK(r->end - r->first == 5);  // the sentence's own tokens in either case
    const auto b = r->doc->tokens()[r->first].begin, end = r->doc->tokens()[r->end - 1].end;
    for (const Unit& u : r->units->units) {
      if (u.type == UnitType::concession && u.span.begin < end && b < u.span.end) return true;
    }
    return false;
  };
  CHECK(has_concession(in_context));
  CHECK(!has_concession(alone));

  // Scorer::predict(Example) gives what scoring the span of the tagged document gives.
  TrainOptions o;
  o.features.char_max = 0;
  o.features.hash_bits = 12;
  std::vector<Example> train_set{in_context, Example{"But it pays for itself.", "", "pro", "3"}};
  train_set[1].document = doc;
  train_set[1].begin = 22;
  train_set[1].end = 45;
  const auto model = must(train(train_set, o));
  Scorer scorer(model);
  auto p = scorer.predict(in_context);
  REQUIRE(p.ok());
  Tokenizer tok;
  Document d;
  REQUIRE(tok.tokenize(*doc, d).ok());
  Tagger tagger;
  Annotations units;
  tagger.tag(d, units);
  Scorer direct(model);
  Prediction q;
  direct.predict(d, 0, 5, "", &units, q);
  CHECK(p->probabilities == q.probabilities);
  Example broken = in_context;
  broken.end = 99;
  auto err = scorer.predict(broken);
  REQUIRE(!err.ok());
  CHECK(err.error().to_string().find("span 0..99 outside its document of 45 bytes") != std::string::npos);
}

TEST_CASE("an example in context is tagged for its document's year") {
  auto ex = parse_examples(R"({"document":"The fight is like the 2015 shutdown.","begin":0,"end":36,"label":"a","year":2020})" "\n"
                           R"({"document":"The fight is like the 2015 shutdown.","begin":0,"end":36,"label":"a"})" "\n",
                           DataFormat::jsonl, "y.jsonl");
  REQUIRE(ex.ok());
  CHECK((*ex)[0].document_year == 2020);
  CHECK((*ex)[1].document_year == 0);
  // 2015 is past in 2020, and the present when the year is inferred from the text itself.
  detail::ExampleView view(true);
  auto r = view.resolve((*ex)[0], 1);
  REQUIRE(r.ok());
  CHECK(r->units->document_year == 2020);
  CHECK(r->units->past_mentions.size() == 1);
  r = view.resolve((*ex)[1], 2);
  REQUIRE(r.ok());
  CHECK(r->units->document_year == 2015);
  CHECK(r->units->past_mentions.empty());
  auto bad = parse_examples(R"({"document":"short","begin":0,"end":5,"label":"x","year":"2016"})" "\n",
                            DataFormat::jsonl, "y.jsonl");
  REQUIRE(!bad.ok());
  CHECK(bad.error().to_string() == "y.jsonl: line 1: \"year\" is not a year (an integer from 0 to 9999)");
}

namespace {

// An example in context: bytes [begin, end) of `doc`, written in `year` (0: the tagger's default).
Example in_document(const std::shared_ptr<const std::string>& doc, std::uint32_t begin, std::uint32_t end,
                    std::string label, std::int32_t year = 0) {
  Example e{doc->substr(begin, end - begin), "", std::move(label), std::to_string(begin)};
  e.document = doc;
  e.begin = begin;
  e.end = end;
  e.document_year = year;
  return e;
}

Prediction must_predict(Scorer& scorer, const Example& e) {
  auto p = scorer.predict(e);
  REQUIRE_MESSAGE(p.ok(), (p.ok() ? std::string() : p.error().to_string()));
  return std::move(p).value();
}

// The slots `extract_features` emits for tokens [first, end) of `text`.
std::vector<std::uint32_t> feature_slots(const FeatureOptions& o, const std::string& text, std::uint32_t first,
                                         std::uint32_t end, std::int32_t year = 0) {
  Tokenizer tok;
  Document d;
  REQUIRE(tok.tokenize(text, d).ok());
  REQUIRE((first < end && end <= d.tokens().size()));
  Tagger tagger;
  Annotations units;
  tagger.tag(d, units, year);
  std::string scratch;
  std::vector<std::uint32_t> slots;
  auto emit = [&](std::uint32_t s) { slots.push_back(s); };
  detail::extract_features(o, d, first, end, 0, &units, scratch, emit, [&](std::uint64_t, auto&& produce) { produce(emit); });
  return slots;
}

// Word unigrams only, so a test can count the features it adds.
FeatureOptions words_alone() {
  FeatureOptions o;
  o.word_ngrams = 1;
  o.char_max = 0;
  o.unit_features = false;
  return o;
}

// How many of `examples` (in context) the model labels right.
int right_in_context(const std::shared_ptr<const LinearModel>& model, const std::vector<Example>& examples) {
  Scorer scorer(model);
  int right = 0;
  for (const auto& e : examples) right += model->labels()[must_predict(scorer, e).label] == e.label;
  return right;
}

}  // namespace

TEST_CASE("context features: the words of the sentences around, by side, up to the number asked") {
  FeatureOptions o = words_alone();
  // Sentences of tokens [0,3) [3,7) [7,9): "One two ." "Three four five ." "Six ."
  const std::string text = "One two. Three four five. Six.";
  CHECK(feature_slots(o, text, 3, 7).size() == 4);  // three words and the full stop
  o.context_sentences = 1;
  const auto with = feature_slots(o, text, 3, 7);
  CHECK(with.size() == 4 + 2 + 1);                    // and the words (not the stops) of both neighbours
  o.context_sentences = 2;
  CHECK(feature_slots(o, text, 3, 7) == with);        // no sentence two away
  o.context_sentences = 1;
  // A word before the range and the same word after it are different features; the range's own word another.
  const auto before = feature_slots(o, "Vote. Now.", 2, 4), after = feature_slots(o, "Now. Vote.", 0, 2);
  REQUIRE((before.size() == 3 && after.size() == 3));
  CHECK(before[0] == after[0]);  // "Now" itself
  CHECK(before[2] != after[2]);
  CHECK(before[2] != feature_slots(o, "Vote.", 0, 2)[0]);
}

TEST_CASE("a model with context features learns what only the next sentence tells") {
  // The first sentence is the same in every document; the second says which label it has.
  std::vector<Example> data;
  const char* word[] = {"alpha", "beta"};
  for (int i = 0; i < 40; ++i) {
    auto doc = std::make_shared<const std::string>(fmt::format("The plan passed. It was {} news.", word[i % 2]));
    data.push_back(in_document(doc, 0, 16, i % 2 ? "B" : "A"));
  }
  auto o = small_options(Learner::logistic);
  CHECK(right_in_context(must(train(data, o)), data) == 20);  // one sentence for two labels: one label for all
  o.features.context_sentences = 1;
  CHECK(right_in_context(must(train(data, o)), data) == 40);
}

TEST_CASE("past features: each mention's kind, how far back it lies, the word before it") {
  FeatureOptions o = words_alone();
  const std::string text = "It is like 1968 and the 1930s, since Watergate.";
  const auto plain = feature_slots(o, text, 0, 11, 2020);
  o.past_features = true;
  const auto past = feature_slots(o, text, 0, 11, 2020);
  CHECK(past.size() == plain.size() + 3 * 4);  // kind, distance, both, and the word before: for each of three
  // Only the mentions inside the range: none in the first three words.
  o.past_features = false;
  const auto head = feature_slots(o, text, 0, 3, 2020);
  o.past_features = true;
  CHECK(feature_slots(o, text, 0, 3, 2020) == head);
  // The same year is a different distance from another present; the same distance from another year is not.
  CHECK(feature_slots(o, "It is like 1968.", 0, 5, 2020) != feature_slots(o, "It is like 1968.", 0, 5, 2000));
  const auto a = feature_slots(o, "It is like 1968.", 0, 5, 2020), b = feature_slots(o, "It is like 1970.", 0, 5, 2020);
  REQUIRE((a.size() == 9 && b.size() == 9));
  CHECK(std::vector(a.begin() + 5, a.end()) == std::vector(b.begin() + 5, b.end()));
}

TEST_CASE("a model with past features tells a distant year from a recent one it never saw") {
  // Labels by how far back the year lies; the test years are not among the training years.
  std::vector<Example> data, unseen;
  auto add = [](std::vector<Example>& to, int year) {
    auto doc = std::make_shared<const std::string>(fmt::format("The fight is like {}.", year));
    to.push_back(in_document(doc, 0, static_cast<std::uint32_t>(doc->size()), year < 2000 ? "far" : "near", 2020));
  };
  for (int y : {1940, 1948, 1956, 1964, 1968, 2012, 2013, 2014, 2015, 2016}) add(data, y);
  for (int y : {1944, 1952, 1960, 2011, 2017}) add(unseen, y);
  auto o = small_options(Learner::logistic);
  o.features.unit_features = true;  // the tagger runs, for its past mentions
  o.features.past_features = true;
  CHECK(right_in_context(must(train(data, o)), unseen) == 5);
  o.features.past_features = false;
  CHECK(right_in_context(must(train(data, o)), unseen) < 5);
}

TEST_CASE("context and past feature options are kept in the model file and checked in training") {
  auto o = small_options(Learner::logistic);
  o.features.context_sentences = 3;
  o.features.past_features = true;
  const auto data = separable(40, 8);
  const auto back = must(LinearModel::deserialize(must(train(data, o))->serialize(), "m"));
  CHECK(back->features().context_sentences == 3);
  CHECK(back->features().past_features);
  o.features.context_sentences = 0;
  o.features.past_features = false;
  const auto none = must(LinearModel::deserialize(must(train(data, o))->serialize(), "m"));
  CHECK(none->features().context_sentences == 0);  // as in every file written before the options existed
  CHECK(!none->features().past_features);
  o.features.context_sentences = 8;
  auto r = train(data, o);
  REQUIRE(!r.ok());
  CHECK(r.error().message() == "context_sentences 8 is outside 0..7");
}
