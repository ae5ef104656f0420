#include <argmine/text/tokenizer.hpp>

#include <fmt/format.h>

#include <istream>
#include <string>

namespace argmine {
namespace {

// End of the last blank line in `buf` (the offset just after its final '\n'), or 0 when there is none.
// Only line breaks at or after `from` are considered (earlier ones were searched already).
std::size_t last_paragraph_break(const std::string& buf, std::size_t from) {
  for (std::size_t q = buf.size(); q > from;) {
    --q;
    if (buf[q] != '\n') continue;
    std::size_t k = q;
    while (k > 0 && (buf[k - 1] == ' ' || buf[k - 1] == '\t' || buf[k - 1] == '\r')) --k;
    if (k > 0 && buf[k - 1] == '\n') return q + 1;
  }
  return 0;
}

// A cut for a paragraph longer than the limit: after the last line break or space, else at a character start.
std::size_t forced_cut(const std::string& buf, std::size_t limit) {
  for (std::size_t k = limit; k > limit / 2; --k) {
    const char c = buf[k - 1];
    if (c == '\n' || c == ' ' || c == '\t') return k;
  }
  std::size_t k = limit;
  while (k > 1 && (static_cast<unsigned char>(buf[k]) & 0xC0) == 0x80) --k;
  return k;
}

}  // namespace

Status tokenize_stream(Tokenizer& tokenizer, std::istream& in, const DocumentCallback& callback,
                       std::string_view input_name, const StreamOptions& options) {
  if (options.block_bytes == 0 || options.max_paragraph_bytes < options.block_bytes) {
    return Error(Errc::invalid_argument, "StreamOptions need 0 < block_bytes <= max_paragraph_bytes",
                 std::string(input_name));
  }
  std::string buf;
  std::uint64_t base = 0;  // stream offset of buf[0]
  Document doc;
  bool eof = false;
  std::size_t searched = 0;  // buf[0, searched) holds no paragraph break
  while (!eof || !buf.empty()) {
    if (!eof) {
      const std::size_t old = buf.size();
      buf.resize(old + options.block_bytes);
      in.read(buf.data() + old, static_cast<std::streamsize>(options.block_bytes));
      buf.resize(old + static_cast<std::size_t>(in.gcount()));
      if (in.bad()) return Error(Errc::io, "read error", std::string(input_name), base + old);
      eof = in.eof() || in.gcount() == 0;
    }
    std::size_t cut;
    if (eof) {
      cut = buf.size();
    } else {
      cut = last_paragraph_break(buf, searched);
      searched = buf.size();
      if (cut == 0) {
        if (buf.size() < options.max_paragraph_bytes) continue;  // read more of this paragraph
        cut = forced_cut(buf, options.max_paragraph_bytes);
      }
    }
    const std::string_view piece(buf.data(), cut);
    Status st = tokenizer.tokenize(piece, doc, input_name);
    if (!st.ok()) {
      const Error& e = st.error();
      return Error(e.code(), e.message(), e.input(), e.has_position() ? base + e.position() : e.position());
    }
    doc.set_base_offset(base);
    if (!doc.tokens().empty() && !callback(doc)) return {};
    buf.erase(0, cut);
    base += cut;
    searched = 0;
  }
  return {};
}

}  // namespace argmine
