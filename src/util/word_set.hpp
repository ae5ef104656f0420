// A small immutable set of short strings with allocation-free, memcmp-free lookups: strings of up to 16
// bytes are packed into two 64-bit words and found by open addressing. Used on hot paths (abbreviations,
// sentence starters, cue-word dispatch).
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace argmine::detail {

class WordSet {
 public:
  WordSet() = default;
  template <class Range>
  explicit WordSet(const Range& words) {
    std::size_t n = 0;
    for ([[maybe_unused]] auto w : words) ++n;
    std::size_t cap = 16;
    while (cap < n * 3) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (std::string_view w : words) insert(w);
  }

  bool contains(std::string_view w) const noexcept {
    if (w.empty() || w.size() > 16 || slots_.empty()) return false;
    const Key k = pack(w);
    for (std::size_t i = hash(k) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.len == 0) return false;
      if (s.key.a == k.a && s.key.b == k.b && s.len == w.size()) return true;
    }
  }

 private:
  struct Key {
    std::uint64_t a = 0, b = 0;
  };
  struct Slot {
    Key key;
    std::size_t len = 0;
  };
  static Key pack(std::string_view w) noexcept {
    Key k;
    std::memcpy(&k.a, w.data(), w.size() < 8 ? w.size() : 8);
    if (w.size() > 8) std::memcpy(&k.b, w.data() + 8, w.size() - 8);
    return k;
  }
  static std::size_t hash(const Key& k) noexcept {
    const std::uint64_t h = (k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full);
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  void insert(std::string_view w) {
    if (w.empty() || w.size() > 16 || contains(w)) return;
    const Key k = pack(w);
    std::size_t i = hash(k) & mask_;
    while (slots_[i].len != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{k, w.size()};
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace argmine::detail
