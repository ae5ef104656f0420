// argmine/tag/gazetteer.hpp — historical events, periods, movements and figures the analogy rules know.
//
// The built-in gazetteer (data/gazetteer.tsv, compiled into the library) has about a thousand entries of US
// political and world history. Users extend it with files in the same format: one entry a line, six
// tab-separated columns `name kind year end_year region aliases`, aliases separated by '|', '#' comments
// (the header of data/gazetteer.tsv documents the format).
#pragma once

#include <argmine/error.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {

/// Kind of a gazetteer entry. A `figure` alone is not an analogy source (a name is mentioned for many
/// reasons); the other kinds are.
enum class EventKind : std::uint8_t {
  event, war, election, movement, period, figure, scandal, policy, crisis, disaster, speech, ruling
};
std::string_view to_string(EventKind kind) noexcept;

struct GazetteerEntry {
  std::string name;
  EventKind kind = EventKind::event;
  std::int32_t year = 0;      ///< first year
  std::int32_t end_year = 0;  ///< last year; equal to `year` when the file leaves it empty
  std::string region;
  std::vector<std::string> aliases;  ///< surface forms, matched case-insensitively on token boundaries
};

/// An immutable set of entries with a token-level alias matcher. Cheap to share between threads (const).
class Gazetteer {
 public:
  /// The built-in gazetteer.
  static std::shared_ptr<const Gazetteer> builtin();

  /// Parses gazetteer text. `name` is used in errors ("my.tsv: line 12: expected 6 columns").
  static Result<std::shared_ptr<const Gazetteer>> parse(std::string_view text, std::string_view name = {});
  /// Reads and parses a file.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::string& path);
  /// The entries of `base` followed by those of `extra` (a user's additions to the built-in list).
  static std::shared_ptr<const Gazetteer> merge(const Gazetteer& base, const Gazetteer& extra);

  std::size_t size() const noexcept;
  const GazetteerEntry& entry(std::size_t i) const;

  ~Gazetteer();
  struct Impl;
  const Impl& impl() const noexcept { return *impl_; }

 private:
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace argmine
