// argmine/io.hpp — reading inputs with argmine's error style (file names and positions in every message).
#pragma once

#include <argmine/error.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace argmine {

/// Reads a whole file ("-" reads standard input). Fails with `Errc::io` naming the file when it is missing,
/// unreadable or a directory, and with `Errc::invalid_input` when it is larger than `max_bytes`
/// (default 1 GiB, the largest document `Tokenizer::tokenize` accepts).
Result<std::string> read_file(const std::string& path, std::uint64_t max_bytes = std::uint64_t{1} << 30);

/// Writes `data` to a file, replacing it. Fails with `Errc::io` naming the file.
Status write_file(const std::string& path, std::string_view data);

/// "<stdin>" for "-", the path otherwise: the name errors use for an input.
std::string display_name(const std::string& path);

}  // namespace argmine
