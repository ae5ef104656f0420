// argmine/corpus/line_reader.hpp — reading corpora line by line, plain or compressed, in bounded memory.
#pragma once

#include <argmine/error.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace argmine {

/// Options of `LineReader`.
struct LineReaderOptions {
  /// Longest line accepted, in bytes. A longer line is not silently cut: `next` reports it as
  /// `LineStatus::too_long` (its bytes are skipped) and reading goes on. Default 64 MiB.
  std::size_t max_line_bytes = std::size_t{64} << 20;
};

/// What `LineReader::next` found.
enum class LineStatus : std::uint8_t {
  line,      ///< a line (without its '\n' or "\r\n")
  too_long,  ///< a line longer than `max_line_bytes`; `line` is empty, `line_number` says which
  end,       ///< no more input
};

/// Reads lines from a file ("-" is standard input). Files ending in `.zst` or `.gz` are decompressed on the
/// fly. Memory use is bounded by the longest accepted line.
class LineReader {
 public:
  /// Opens `path`; fails with `Errc::io` naming it.
  static Result<std::unique_ptr<LineReader>> open(const std::string& path, const LineReaderOptions& options = {});
  virtual ~LineReader() = default;

  /// Reads the next line into `line`. A read or decompression error is returned as an error naming the file
  /// and the line number.
  virtual Result<LineStatus> next(std::string& line) = 0;
  /// 1-based number of the line last returned (or skipped as too long).
  virtual std::uint64_t line_number() const noexcept = 0;
  /// Name of the input for messages.
  virtual const std::string& name() const noexcept = 0;
  /// Bytes of the file read so far (compressed bytes for `.zst` and `.gz`): with the file's size, how far
  /// a run has come.
  virtual std::uint64_t bytes_consumed() const noexcept = 0;
};

}  // namespace argmine
