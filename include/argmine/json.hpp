// argmine/json.hpp — the small JSON-writing helpers argmine's output formats share.
#pragma once

#include <string>
#include <string_view>

namespace argmine {

/// Appends `s` to `out` as a JSON string literal (with quotes). Control characters are escaped; invalid
/// UTF-8 bytes are written as U+FFFD so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

}  // namespace argmine
