// Fuzz target: corpus files read line by line, plain, gzip or zstd (the first byte picks which; the rest is the
// file). A damaged stream is an error naming the file and the line, never a crash; no line is longer than the
// limit; a plain file's lines are the file (without "\r" the lines joined by "\n" give it back).
#include "fuzz_check.hpp"

#include <argmine/corpus/line_reader.hpp>

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

using namespace argmine;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kExtensions[] = {".txt", ".gz", ".zst"};
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("argmine-fuzz-" + std::to_string(::getpid()) + kExtensions[data[0] % 3]))
                               .string();
  const std::string_view file(reinterpret_cast<const char*>(data + 1), size - 1);
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(file.data(), static_cast<std::streamsize>(file.size()));
  LineReaderOptions options;
  options.max_line_bytes = 4096;
  auto reader = LineReader::open(path, options);
  if (!reader.ok()) {  // (a damaged header may be caught at once)
    ARGMINE_FUZZ_CHECK(reader.error().to_string().find(path) != std::string::npos);
    std::filesystem::remove(path);
    return 0;
  }
  std::string line, joined;
  bool too_long = false;
  std::uint64_t lines = 0;
  for (;;) {
    auto st = (*reader)->next(line);
    if (!st.ok()) {
      ARGMINE_FUZZ_CHECK(st.error().to_string().find(path) != std::string::npos);
      std::filesystem::remove(path);
      return 0;
    }
    if (*st == LineStatus::end) break;
    ARGMINE_FUZZ_CHECK((*reader)->line_number() == ++lines);
    ARGMINE_FUZZ_CHECK(line.size() <= options.max_line_bytes);
    too_long |= *st == LineStatus::too_long;
    if (lines > 1) joined += '\n';
    joined += line;
  }
  std::filesystem::remove(path);
  if (data[0] % 3 == 0 && !too_long && file.find('\r') == std::string_view::npos) {
    if (file.ends_with('\n')) joined += '\n';
    ARGMINE_FUZZ_CHECK(joined == file);
  }
  return 0;
}
