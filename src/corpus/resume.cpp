// Resuming a batch run: the keys of the documents an earlier run wrote, read line by line.
#include <argmine/corpus/batch.hpp>
#include <argmine/corpus/line_reader.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

namespace argmine {
namespace {

namespace fs = std::filesystem;

// The size of `path` up to and including its last '\n', read backwards from its end in blocks.
Result<std::uint64_t> size_of_complete_lines(const std::string& path, std::uint64_t size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(Errc::io, fmt::format("cannot open: {}", std::strerror(errno)), path);
  char block[1 << 16];
  for (std::uint64_t end = size; end > 0;) {
    const std::uint64_t begin = end > sizeof block ? end - sizeof block : 0;
    in.seekg(static_cast<std::streamoff>(begin));
    in.read(block, static_cast<std::streamsize>(end - begin));
    if (!in) return Error(Errc::io, "read error", path);
    for (std::uint64_t k = end - begin; k-- > 0;) {
      if (block[k] == '\n') return begin + k + 1;
    }
    end = begin;
  }
  return 0;
}

}  // namespace

Result<std::unordered_set<std::string>> resume_keys(const std::string& path) {
  std::unordered_set<std::string> keys;
  std::error_code ec;
  if (!fs::exists(path, ec)) return keys;
  const std::uint64_t size = fs::file_size(path, ec);
  if (ec) return Error(Errc::io, ec.message(), path);
  auto keep = size_of_complete_lines(path, size);
  if (!keep) return std::move(keep).error();
  if (*keep != size) {  // a line cut short by the interruption: its document is analysed again
    fs::resize_file(path, *keep, ec);
    if (ec) return Error(Errc::io, ec.message(), path);
  }
  LineReaderOptions lo;
  lo.max_line_bytes = std::numeric_limits<std::size_t>::max();  // our own output: no line is refused
  auto lines = LineReader::open(path, lo);
  if (!lines) return std::move(lines).error();
  simdjson::dom::parser parser;
  std::string line;
  for (;;) {
    auto st = (*lines)->next(line);
    if (!st) return std::move(st).error();
    if (*st == LineStatus::end) break;
    const std::uint64_t at = (*lines)->line_number();
    simdjson::dom::object record;
    simdjson::dom::element id;
    if (parser.parse(line).get_object().get(record) != simdjson::SUCCESS || record["id"].get(id) != simdjson::SUCCESS) {
      return Error(Errc::parse, "not a line of argmine batch output; cannot resume from it", path, at);
    }
    // The key as the reader made it (parse_jsonl_document): the string, a number as nlohmann writes it, or
    // "#<line>" for a document without an id.
    std::string_view s;
    std::int64_t number = 0;
    if (id.is_null()) keys.insert(fmt::format("#{}", record["line"].get_int64().get(number) == simdjson::SUCCESS ? number : 0));
    else if (id.get_string().get(s) == simdjson::SUCCESS) keys.emplace(s);
    else keys.insert(nlohmann::json::parse(simdjson::minify(id)).dump());
  }
  return keys;
}

}  // namespace argmine
