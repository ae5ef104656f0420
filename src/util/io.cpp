#include <argmine/io.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sys/stat.h>

namespace argmine {

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

Result<std::string> read_file(const std::string& path, std::uint64_t max_bytes) {
  std::string data;
  if (path == "-") {
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      data.append(buf, static_cast<std::size_t>(std::cin.gcount()));
      if (data.size() > max_bytes) {
        return Error(Errc::invalid_input, fmt::format("input is larger than {} bytes", max_bytes), "<stdin>");
      }
    }
    if (std::cin.bad()) return Error(Errc::io, "read error", "<stdin>");
    return data;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return Error(Errc::io, fmt::format("cannot open: {}", std::strerror(errno)), path);
  }
  if (S_ISDIR(st.st_mode)) return Error(Errc::io, "is a directory, not a file", path);
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    return Error(Errc::invalid_input,
                 fmt::format("file of {} bytes is larger than the {} bytes limit", st.st_size, max_bytes), path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(Errc::io, fmt::format("cannot open: {}", std::strerror(errno)), path);
  data.resize(static_cast<std::size_t>(st.st_size));
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  if (in.bad() || static_cast<std::size_t>(in.gcount()) != data.size()) {
    // Files whose size stat cannot tell (pipes, /proc): read to the end.
    data.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return Error(Errc::io, "read error", path);
  }
  if (S_ISFIFO(st.st_mode) || st.st_size == 0) {
    in.clear();
    data.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return data;
}

Status write_file(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Error(Errc::io, fmt::format("cannot create: {}", std::strerror(errno)), path);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  out.flush();
  if (!out) return Error(Errc::io, "write error", path);
  return {};
}

}  // namespace argmine
