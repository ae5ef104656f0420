#include <argmine/corpus/line_reader.hpp>

#include <fmt/format.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace argmine {
namespace {

// A byte source: plain file, gzip or zstd. read() returns bytes read, 0 at the end, or -1 on error.
class Source {
 public:
  virtual ~Source() = default;
  virtual long read(char* buf, std::size_t n, std::string& error) = 0;
  /// Bytes of the underlying file consumed so far (compressed bytes for compressed input).
  virtual std::uint64_t consumed() const noexcept = 0;
};

class FileSource : public Source {
 public:
  explicit FileSource(std::FILE* f, bool owned) : f_(f), owned_(owned) {}
  ~FileSource() override {
    if (owned_) std::fclose(f_);
  }
  long read(char* buf, std::size_t n, std::string& error) override {
    const std::size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) {
      error = std::strerror(errno);
      return -1;
    }
    consumed_ += got;
    return static_cast<long>(got);
  }
  std::uint64_t consumed() const noexcept override { return consumed_; }

 private:
  std::FILE* f_;
  bool owned_;
  std::uint64_t consumed_ = 0;
};

class GzipSource : public Source {
 public:
  explicit GzipSource(gzFile f) : f_(f) {}
  ~GzipSource() override { gzclose(f_); }
  long read(char* buf, std::size_t n, std::string& error) override {
    const int got = gzread(f_, buf, static_cast<unsigned>(n));
    if (got < 0) {
      int code;
      error = fmt::format("gzip: {}", gzerror(f_, &code));
      return -1;
    }
    return got;
  }
  std::uint64_t consumed() const noexcept override {
    const auto off = gzoffset(f_);
    return off < 0 ? 0 : static_cast<std::uint64_t>(off);
  }

 private:
  gzFile f_;
};

class ZstdSource : public Source {
 public:
  explicit ZstdSource(std::FILE* f) : file_(f, true), in_(ZSTD_DStreamInSize()), ds_(ZSTD_createDStream()) {
    ZSTD_initDStream(ds_);
  }
  ~ZstdSource() override { ZSTD_freeDStream(ds_); }
  long read(char* buf, std::size_t n, std::string& error) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (input_.pos == input_.size) {
        const long got = file_.read(in_.data(), in_.size(), error);
        if (got < 0) return -1;
        if (got == 0) {
          if (!frame_done_) {
            error = "zstd: the compressed file is truncated";
            return -1;
          }
          return 0;
        }
        input_ = ZSTD_inBuffer{in_.data(), static_cast<std::size_t>(got), 0};
      }
      const std::size_t r = ZSTD_decompressStream(ds_, &out, &input_);
      if (ZSTD_isError(r)) {
        error = fmt::format("zstd: {}", ZSTD_getErrorName(r));
        return -1;
      }
      frame_done_ = r == 0;
    }
    return static_cast<long>(out.pos);
  }
  std::uint64_t consumed() const noexcept override { return file_.consumed(); }

 private:
  FileSource file_;
  std::vector<char> in_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  ZSTD_DStream* ds_;
  bool frame_done_ = true;
};

class Reader final : public LineReader {
 public:
  Reader(std::unique_ptr<Source> src, std::string name, const LineReaderOptions& o)
      : src_(std::move(src)), name_(std::move(name)), options_(o), buf_(1 << 16) {}

  Result<LineStatus> next(std::string& line) override {
    line.clear();
    bool too_long = false;
    for (;;) {
      if (pos_ == len_) {
        if (eof_) break;
        std::string error;
        const long got = src_->read(buf_.data(), buf_.size(), error);
        if (got < 0) return Error(Errc::io, error, name_, line_no_ + 1);
        if (got == 0) {
          eof_ = true;
          break;
        }
        pos_ = 0;
        len_ = static_cast<std::size_t>(got);
      }
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      const std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : len_ - pos_;
      if (!too_long) {
        if (line.size() + take > options_.max_line_bytes) {
          too_long = true;
          line.clear();
        } else {
          line.append(start, take);
        }
      }
      pos_ += take;
      if (nl) {
        ++pos_;
        ++line_no_;
        if (!too_long && !line.empty() && line.back() == '\r') line.pop_back();
        return too_long ? LineStatus::too_long : LineStatus::line;
      }
    }
    if (too_long) {
      ++line_no_;
      return LineStatus::too_long;
    }
    if (!line.empty()) {
      ++line_no_;
      if (line.back() == '\r') line.pop_back();
      return LineStatus::line;
    }
    return LineStatus::end;
  }
  std::uint64_t line_number() const noexcept override { return line_no_; }
  const std::string& name() const noexcept override { return name_; }
  std::uint64_t bytes_consumed() const noexcept override { return src_->consumed(); }

 private:
  std::unique_ptr<Source> src_;
  std::string name_;
  LineReaderOptions options_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  std::uint64_t line_no_ = 0;
};

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Result<std::unique_ptr<LineReader>> LineReader::open(const std::string& path, const LineReaderOptions& options) {
  if (path == "-") {
    return std::unique_ptr<LineReader>(
        new Reader(std::make_unique<FileSource>(stdin, false), "<stdin>", options));
  }
  std::unique_ptr<Source> src;
  if (ends_with(path, ".gz")) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) return Error(Errc::io, fmt::format("cannot open: {}", std::strerror(errno)), path);
    src = std::make_unique<GzipSource>(f);
  } else {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Error(Errc::io, fmt::format("cannot open: {}", std::strerror(errno)), path);
    if (ends_with(path, ".zst")) src = std::make_unique<ZstdSource>(f);
    else src = std::make_unique<FileSource>(f, true);
  }
  return std::unique_ptr<LineReader>(new Reader(std::move(src), path, options));
}

}  // namespace argmine
