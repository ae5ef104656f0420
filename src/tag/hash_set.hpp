// Open-addressing containers keyed by 64-bit token hashes: membership tests and small maps on the tagger's
// hot path, without string comparisons or allocation at lookup time.
#pragma once

#include "tag/token_hash.hpp"

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace argmine::detail {

/// A set of token hashes. Key 0 is reserved (no real token hashes to 0 in practice; it is remapped).
class HashSet {
 public:
  HashSet() = default;
  HashSet(std::initializer_list<std::string_view> words) {
    for (auto w : words) insert(token_hash(w));
  }
  void insert(std::uint64_t h) {
    h = h ? h : 1;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    std::size_t i = h & mask_;
    while (slots_[i] != 0) {
      if (slots_[i] == h) return;
      i = (i + 1) & mask_;
    }
    slots_[i] = h;
    ++count_;
  }
  bool contains(std::uint64_t h) const noexcept {
    if (count_ == 0) return false;
    h = h ? h : 1;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }
  std::size_t size() const noexcept { return count_; }
  /// The stored hashes (in table order).
  std::vector<std::uint64_t> keys() const {
    std::vector<std::uint64_t> out;
    for (auto k : slots_) {
      if (k != 0) out.push_back(k);
    }
    return out;
  }

 private:
  void grow() {
    std::vector<std::uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, 0);
    mask_ = slots_.size() - 1;
    count_ = 0;
    for (auto k : old) {
      if (k != 0) insert(k);
    }
  }
  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

/// A map from token hash to a small value (bit masks of rule families, payload ids). `maybe` is a one-bit
/// filter (8 KiB, stays in L1) that answers "certainly absent" for most keys without touching the table.
template <class V>
class HashMap {
 public:
  bool maybe(std::uint64_t h) const noexcept {
    h = h ? h : 1;
    const std::uint32_t b = static_cast<std::uint32_t>(h >> 48);
    return (filter_[b >> 6] >> (b & 63)) & 1;
  }
  void set(std::uint64_t h, V v) {
    h = h ? h : 1;
    filter_[(h >> 48) >> 6] |= std::uint64_t{1} << ((h >> 48) & 63);
    if ((count_ + 1) * 2 > slots_.size()) grow();
    std::size_t i = h & mask_;
    while (slots_[i].key != 0 && slots_[i].key != h) i = (i + 1) & mask_;
    if (slots_[i].key == 0) ++count_;
    slots_[i] = Slot{h, v};
  }
  /// Pointer to the value, or null.
  const V* find(std::uint64_t h) const noexcept {
    if (count_ == 0) return nullptr;
    h = h ? h : 1;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == h) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  V* find_mutable(std::uint64_t h) noexcept { return const_cast<V*>(static_cast<const HashMap*>(this)->find(h)); }

 private:
  struct Slot {
    std::uint64_t key = 0;
    V value{};
  };
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    count_ = 0;
    for (const auto& s : old) {
      if (s.key != 0) set(s.key, s.value);
    }
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1024, 0);
};

}  // namespace argmine::detail
