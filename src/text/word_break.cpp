#include "text/word_break.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>
#include <string>

namespace argmine::detail {

namespace {

// The pairwise rules of UAX #29 that matter for the fast engine's classes (WB5-WB13b). `before2` is the class
// two back, `after` the class one ahead (Wb::other at the ends).
inline bool joins(Wb before2, Wb a, Wb c, Wb after) noexcept {
  switch (a) {
    case Wb::aletter:
      return c == Wb::aletter || c == Wb::numeric || c == Wb::extendnumlet ||                      // WB5, 9, 13a
             ((c == Wb::midnumlet || c == Wb::single_quote) && after == Wb::aletter);             // WB6
    case Wb::numeric:
      return c == Wb::numeric || c == Wb::aletter || c == Wb::extendnumlet ||                      // WB8, 10, 13a
             ((c == Wb::midnum || c == Wb::midnumlet || c == Wb::single_quote) && after == Wb::numeric);  // WB12
    case Wb::midnumlet:
    case Wb::single_quote:
      return (c == Wb::aletter && before2 == Wb::aletter) || (c == Wb::numeric && before2 == Wb::numeric);  // WB7, 11
    case Wb::midnum:
      return c == Wb::numeric && before2 == Wb::numeric;  // WB11
    case Wb::extendnumlet:
      return c == Wb::extendnumlet || c == Wb::aletter || c == Wb::numeric;  // WB13a, 13b
    default:
      return false;
  }
}

}  // namespace

void ascii_word_segments(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Segment>& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::uint32_t seg_start = begin;
  Wb before2 = Wb::other, a = kAsciiWordBreak[p[begin]];
  for (std::uint32_t k = begin + 1; k < end; ++k) {
    const Wb c = kAsciiWordBreak[p[k]];
    const Wb after = k + 1 < end ? kAsciiWordBreak[p[k + 1]] : Wb::other;
    if (!joins(before2, a, c, after)) {
      out.push_back({seg_start, k});
      seg_start = k;
    }
    before2 = a;
    a = c;
  }
  out.push_back({seg_start, end});
}

bool fast_word_segments(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Segment>& out) {
  // Classes of the chunk's characters, and their byte positions. Chunks are short (a word with its
  // punctuation), so a small local buffer avoids the heap; very long chunks (junk without spaces) use a vector.
  constexpr std::size_t kLocal = 64;
  Wb local_cls[kLocal];
  std::uint32_t local_pos[kLocal + 1];
  std::vector<Wb> heap_cls;
  std::vector<std::uint32_t> heap_pos;
  Wb* cls = local_cls;
  std::uint32_t* pos = local_pos;
  if (end - begin > kLocal) {
    heap_cls.resize(end - begin);
    heap_pos.resize(end - begin + 1);
    cls = heap_cls.data();
    pos = heap_pos.data();
  }
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = 0;
  for (std::uint32_t i = begin; i < end;) {
    const unsigned char b = p[i];
    Wb c;
    std::uint32_t len = 1;
    if (b < 0x80) {
      c = fast_word_break_class(b);
    } else {
      char32_t cp;
      int bad;
      const int l = decode_utf8(p + i, p + end, cp, bad);
      if (l == 0) return false;
      c = fast_word_break_class(cp);
      len = static_cast<std::uint32_t>(l);
    }
    if (c == Wb::ineligible) return false;
    cls[n] = c;
    pos[n] = i;
    ++n;
    i += len;
  }
  pos[n] = end;
  if (n == 0) return true;

  std::uint32_t seg_start = pos[0];
  for (std::size_t k = 1; k < n; ++k) {
    if (!joins(k >= 2 ? cls[k - 2] : Wb::other, cls[k - 1], cls[k], k + 1 < n ? cls[k + 1] : Wb::other)) {
      out.push_back({seg_start, pos[k]});
      seg_start = pos[k];
    }
  }
  out.push_back({seg_start, end});
  return true;
}

struct IcuWordBreaker::Impl {
  std::unique_ptr<icu::BreakIterator> bi;
  UText ut = UTEXT_INITIALIZER;
  std::u16string buf16;
  std::vector<std::uint32_t> map16;  // UTF-16 index -> byte offset

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    bi.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !bi) {
      throw std::runtime_error(std::string("ICU word break iterator unavailable: ") + u_errorName(status));
    }
  }
  ~Impl() { utext_close(&ut); }

  void set_utf8(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&ut, text.data() + begin, static_cast<int64_t>(end - begin), &status);
    bi->setText(&ut, status);
  }
};

IcuWordBreaker::IcuWordBreaker() : impl_(std::make_unique<Impl>()) {}
IcuWordBreaker::~IcuWordBreaker() = default;

void IcuWordBreaker::segment_utf8(std::string_view text, std::uint32_t begin, std::uint32_t end,
                                  std::vector<Segment>& out) {
  impl_->set_utf8(text, begin, end);
  std::int32_t prev = impl_->bi->first();
  for (std::int32_t b = impl_->bi->next(); b != icu::BreakIterator::DONE; b = impl_->bi->next()) {
    out.push_back({begin + static_cast<std::uint32_t>(prev), begin + static_cast<std::uint32_t>(b)});
    prev = b;
  }
}

void IcuWordBreaker::boundaries_utf8(std::string_view text, std::uint32_t begin, std::uint32_t end,
                                     std::vector<std::uint32_t>& out) {
  impl_->set_utf8(text, begin, end);
  for (std::int32_t b = impl_->bi->first(); b != icu::BreakIterator::DONE; b = impl_->bi->next()) {
    out.push_back(begin + static_cast<std::uint32_t>(b));
  }
}

void IcuWordBreaker::boundaries_utf16(std::string_view text, std::uint32_t begin, std::uint32_t end,
                                      std::vector<std::uint32_t>& out) {
  auto& buf = impl_->buf16;
  auto& map = impl_->map16;
  buf.clear();
  map.clear();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (std::uint32_t i = begin; i < end;) {
    char32_t cp;
    int bad;
    int len = decode_utf8(p + i, p + end, cp, bad);
    if (len == 0) {
      cp = 0xFFFD;
      len = bad;
    }
    if (cp >= 0x10000) {
      buf.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      buf.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
      map.push_back(i);
      map.push_back(i);
    } else {
      buf.push_back(static_cast<char16_t>(cp));
      map.push_back(i);
    }
    i += static_cast<std::uint32_t>(len);
  }
  map.push_back(end);
  UErrorCode status = U_ZERO_ERROR;
  utext_openUChars(&impl_->ut, reinterpret_cast<const UChar*>(buf.data()), static_cast<int64_t>(buf.size()),
                   &status);
  impl_->bi->setText(&impl_->ut, status);
  for (std::int32_t b = impl_->bi->first(); b != icu::BreakIterator::DONE; b = impl_->bi->next()) {
    out.push_back(map[static_cast<std::size_t>(b)]);
  }
}

}  // namespace argmine::detail
