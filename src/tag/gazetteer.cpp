#include <argmine/io.hpp>
#include <argmine/tag/gazetteer.hpp>

#include "tag/gazetteer_impl.hpp"
#include "util/text_util.hpp"

#include <fmt/format.h>

#include <array>
#include <mutex>

namespace argmine {

extern const char* const kBuiltinGazetteer;  // generated from data/gazetteer.tsv (builtin_gazetteer.cpp)

namespace {

using detail::split;

constexpr std::array<std::pair<std::string_view, EventKind>, 12> kKinds = {{
    {"event", EventKind::event},     {"war", EventKind::war},           {"election", EventKind::election},
    {"movement", EventKind::movement}, {"period", EventKind::period},   {"figure", EventKind::figure},
    {"scandal", EventKind::scandal}, {"policy", EventKind::policy},     {"crisis", EventKind::crisis},
    {"disaster", EventKind::disaster}, {"speech", EventKind::speech},   {"ruling", EventKind::ruling},
}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool parse_year(std::string_view s, std::int32_t& out) {
  if (s.size() != 4) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

// Aliases match with or without a leading article, so the article is not part of the stored phrase.
std::string_view strip_article(std::string_view a) {
  for (std::string_view art : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (a.size() > art.size() && a.substr(0, art.size()) == art) return a.substr(art.size());
  }
  return a;
}

}  // namespace

std::string_view to_string(EventKind kind) noexcept {
  for (const auto& [name, k] : kKinds) {
    if (k == kind) return name;
  }
  return "event";
}

void Gazetteer::Impl::index(std::size_t i) {
  for (const std::string& alias : entries[i].aliases) {
    matcher.add(tokenizer, strip_article(alias), static_cast<std::uint32_t>(i));
  }
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;

std::size_t Gazetteer::size() const noexcept { return impl_->entries.size(); }
const GazetteerEntry& Gazetteer::entry(std::size_t i) const { return impl_->entries.at(i); }

Result<std::shared_ptr<const Gazetteer>> Gazetteer::parse(std::string_view text, std::string_view name) {
  auto impl = std::make_unique<Impl>();
  std::size_t line_no = 0;
  for (std::string_view line : split(text, '\n')) {
    ++line_no;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto cols = split(line, '\t');
    auto fail = [&](const std::string& what) {
      return Error(Errc::parse, what, std::string(name), line_no);
    };
    if (cols.size() != 6) return fail(fmt::format("expected 6 tab-separated columns, found {}", cols.size()));
    GazetteerEntry e;
    e.name = std::string(trim(cols[0]));
    if (e.name.empty()) return fail("empty name");
    bool kind_ok = false;
    for (const auto& [kn, k] : kKinds) {
      if (trim(cols[1]) == kn) {
        e.kind = k;
        kind_ok = true;
      }
    }
    if (!kind_ok) return fail(fmt::format("unknown kind '{}'", cols[1]));
    if (!parse_year(trim(cols[2]), e.year)) return fail(fmt::format("year '{}' is not 4 digits", cols[2]));
    if (trim(cols[3]).empty()) {
      e.end_year = e.year;
    } else if (!parse_year(trim(cols[3]), e.end_year) || e.end_year < e.year) {
      return fail(fmt::format("end_year '{}' is not 4 digits at or after the year", cols[3]));
    }
    e.region = std::string(trim(cols[4]));
    for (std::string_view a : split(cols[5], '|')) {
      a = trim(a);
      if (!a.empty()) e.aliases.emplace_back(a);
    }
    if (e.aliases.empty()) return fail("no aliases");
    impl->entries.push_back(std::move(e));
    impl->index(impl->entries.size() - 1);
  }
  return std::shared_ptr<const Gazetteer>(new Gazetteer(std::move(impl)));
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::string& path) {
  auto text = read_file(path);
  if (!text) return std::move(text).error();
  return parse(*text, path);
}

std::shared_ptr<const Gazetteer> Gazetteer::merge(const Gazetteer& base, const Gazetteer& extra) {
  auto impl = std::make_unique<Impl>();
  for (const auto* g : {&base, &extra}) {
    for (const auto& e : g->impl_->entries) {
      impl->entries.push_back(e);
      impl->index(impl->entries.size() - 1);
    }
  }
  return std::shared_ptr<const Gazetteer>(new Gazetteer(std::move(impl)));
}

std::shared_ptr<const Gazetteer> Gazetteer::builtin() {
  static std::once_flag once;
  static std::shared_ptr<const Gazetteer> g;
  std::call_once(once, [] {
    auto r = parse(kBuiltinGazetteer, "data/gazetteer.tsv");
    // The file is tested at build time (tests/tag/test_gazetteer.cpp); a broken one is a programming error.
    if (!r) throw std::runtime_error("built-in gazetteer: " + r.error().to_string());
    g = std::move(r).value();
  });
  return g;
}

}  // namespace argmine
