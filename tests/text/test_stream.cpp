#include "../helpers.hpp"

#include <argmine/text/tokenizer.hpp>

#include <doctest/doctest.h>

#include <sys/resource.h>

#include <sstream>
#include <streambuf>

using namespace argmine;

namespace {

// An input stream of `total` bytes made of one paragraph repeated, produced on the fly (no file, no copy).
class RepeatingBuf : public std::streambuf {
 public:
  RepeatingBuf(std::string unit, std::uint64_t total) : unit_(std::move(unit)), left_(total) {}

 protected:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(unit_.size(), left_));
    left_ -= n;
    char* p = unit_.data();
    setg(p, p, p + n);
    return traits_type::to_int_type(*p);
  }

 private:
  std::string unit_;
  std::uint64_t left_;
};

long max_rss_mib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

TEST_CASE("streaming keeps absolute offsets and paragraph boundaries") {
  const std::string text = "First para. Two sentences.\n\nSecond para.\r\n\r\nThird\npara.";
  std::istringstream in(text);
  Tokenizer tok;
  StreamOptions opt;
  opt.block_bytes = 8;
  opt.max_paragraph_bytes = 64;
  std::vector<std::string> got;
  Status st = tokenize_stream(tok, in, [&](const Document& d) {
    for (const Token& t : d.tokens()) {
      const std::uint64_t b = d.base_offset() + t.begin;
      got.push_back(text.substr(b, t.end - t.begin));
      CHECK(got.back() == d.text_of(t));
    }
    return true;
  });
  REQUIRE(st.ok());
  CHECK(got == std::vector<std::string>{"First", "para", ".", "Two", "sentences", ".", "Second", "para", ".", "Third",
                                        "para", "."});
}

TEST_CASE("streaming reports invalid UTF-8 at its absolute offset") {
  std::string text(100, 'a');
  text += "\n\nmore \xC3 text";
  std::istringstream in(text);
  Tokenizer tok;
  StreamOptions opt;
  opt.block_bytes = 16;
  Status st = tokenize_stream(tok, in, [](const Document&) { return true; }, "in.txt", opt);
  REQUIRE_FALSE(st.ok());
  CHECK(st.error().position() == 107);
  CHECK(st.error().to_string() == "in.txt: byte 107: invalid UTF-8 sequence");
}

TEST_CASE("a 1 GB input streams in bounded memory") {
  const std::string para = "The senator said the bill would pass. Critics disagreed, citing the 1994 vote.\n\n";
  const std::uint64_t total = std::uint64_t{1} << 30;
  RepeatingBuf buf(para, total);
  std::istream in(&buf);
  Tokenizer tok;
  std::uint64_t tokens = 0, bytes_seen = 0, last_end = 0;
  const long rss_before = max_rss_mib();
  Status st = tokenize_stream(tok, in, [&](const Document& d) {
    tokens += d.tokens().size();
    bytes_seen = d.base_offset() + d.text().size();
    if (!d.tokens().empty()) last_end = d.base_offset() + d.tokens().back().end;
    return true;
  });
  REQUIRE(st.ok());
  CHECK(bytes_seen == total);
  // Every whole paragraph has 16 tokens; the last one is cut where the stream ends.
  auto one = tok.tokenize(para);
  REQUIRE(one.ok());
  REQUIRE(one->tokens().size() == 16);
  auto rest = tok.tokenize(std::string_view(para).substr(0, total % para.size()));
  REQUIRE(rest.ok());
  CHECK(tokens == total / para.size() * 16 + rest->tokens().size());
  CHECK(last_end <= total);
  MESSAGE("max RSS grew by " << (max_rss_mib() - rss_before) << " MiB over a 1024 MiB stream");
  CHECK(max_rss_mib() - rss_before < 64);
}

TEST_CASE("a paragraph longer than the limit is cut, not dropped") {
  std::string text(300, 'w');
  text += " end";
  std::istringstream in(text);
  Tokenizer tok;
  StreamOptions opt;
  opt.block_bytes = 64;
  opt.max_paragraph_bytes = 128;
  std::uint64_t covered = 0;
  Status st = tokenize_stream(tok, in, [&](const Document& d) {
    for (const Token& t : d.tokens()) covered += t.end - t.begin;
    return true;
  }, "long.txt", opt);
  REQUIRE(st.ok());
  CHECK(covered == 303);
}
