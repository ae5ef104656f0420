#include <argmine/text/conllu.hpp>

#include "text/utf8.hpp"
#include "util/text_util.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>
#include <tuple>
#include <vector>

namespace argmine {
namespace {

// The i-th tab-separated field of a line, or an empty view.
std::string_view field(std::string_view line, int index) {
  std::size_t b = 0;
  for (int k = 0; k < index; ++k) {
    b = line.find('\t', b);
    if (b == std::string_view::npos) return {};
    ++b;
  }
  const std::size_t e = line.find('\t', b);
  return line.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
}

bool has_space_after_no(std::string_view misc) {
  std::size_t b = 0;
  while (b <= misc.size()) {
    std::size_t e = misc.find('|', b);
    if (e == std::string_view::npos) e = misc.size();
    if (misc.substr(b, e - b) == "SpaceAfter=No") return true;
    b = e + 1;
  }
  return false;
}

bool parse_uint(std::string_view s, unsigned& out) {
  if (s.empty()) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<unsigned>(c - '0');
  }
  return true;
}

// One surface token of a CoNLL-U file and its words.
struct SurfaceToken {
  std::string_view form;
  bool space_after = true;
  std::vector<std::string_view> words;  // one entry for a plain word, several for a multi-word token
};

struct ParsedSentence {
  bool new_paragraph = false;  // preceded by # newdoc or # newpar
  std::vector<SurfaceToken> tokens;
};

Result<std::vector<ParsedSentence>> parse_conllu(std::string_view text, std::string_view name) {
  std::vector<ParsedSentence> out;
  ParsedSentence cur;
  bool pending_par = false;
  unsigned range_end = 0;  // last word ID covered by the current multi-word token
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(pos, e - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    const bool at_end = e >= text.size();
    pos = e + 1;
    if (line.empty()) {
      if (!cur.tokens.empty()) {
        out.push_back(std::move(cur));
        cur = ParsedSentence{};
      }
      if (at_end) break;
      continue;
    }
    if (line[0] == '#') {
      if (line.starts_with("# newdoc") || line.starts_with("# newpar")) pending_par = true;
      continue;
    }
    if (cur.tokens.empty()) {
      cur.new_paragraph = pending_par || out.empty();
      pending_par = false;
    }
    const std::string_view id = field(line, 0);
    const std::string_view form = field(line, 1);
    const std::string_view misc = field(line, 9);
    if (id.empty() || form.empty() || field(line, 9).data() == nullptr) {
      return Error(Errc::parse, "expected 10 tab-separated columns", std::string(name), line_no);
    }
    if (id.find('.') != std::string_view::npos) continue;  // empty nodes
    const std::size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      unsigned a, b;
      if (!parse_uint(id.substr(0, dash), a) || !parse_uint(id.substr(dash + 1), b) || b < a) {
        return Error(Errc::parse, fmt::format("bad multi-word token ID '{}'", id), std::string(name), line_no);
      }
      cur.tokens.push_back(SurfaceToken{form, !has_space_after_no(misc), {}});
      range_end = b;
      continue;
    }
    unsigned w;
    if (!parse_uint(id, w)) {
      return Error(Errc::parse, fmt::format("bad word ID '{}'", id), std::string(name), line_no);
    }
    if (w <= range_end && !cur.tokens.empty()) {
      cur.tokens.back().words.push_back(form);
      if (w == range_end) range_end = 0;
      continue;
    }
    range_end = 0;
    cur.tokens.push_back(SurfaceToken{form, !has_space_after_no(misc), {form}});
  }
  if (!cur.tokens.empty()) out.push_back(std::move(cur));
  return out;
}

struct Spans {
  std::string chars;  // all non-whitespace bytes, in order
  std::vector<std::pair<std::size_t, std::size_t>> tokens;
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t, std::string>> words;  // span, index, form
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
};

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

Spans spans_of(const std::vector<ParsedSentence>& sentences) {
  Spans s;
  for (const auto& sent : sentences) {
    const std::size_t sb = s.chars.size();
    for (const auto& tok : sent.tokens) {
      const std::size_t tb = s.chars.size();
      for (char c : tok.form) {
        if (!is_ws(c)) s.chars.push_back(c);
      }
      const std::size_t te = s.chars.size();
      s.tokens.emplace_back(tb, te);
      for (std::size_t k = 0; k < tok.words.size(); ++k) {
        std::string form;
        for (char c : tok.words[k]) form.push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
        s.words.emplace_back(tb, te, k, std::move(form));
      }
    }
    s.sentences.emplace_back(sb, s.chars.size());
  }
  return s;
}

template <class T>
PrfScore compare(std::vector<T> sys, std::vector<T> gold) {
  std::sort(sys.begin(), sys.end());
  std::sort(gold.begin(), gold.end());
  std::vector<T> both;
  std::set_intersection(sys.begin(), sys.end(), gold.begin(), gold.end(), std::back_inserter(both));
  return PrfScore{sys.size(), gold.size(), both.size()};
}

void append_utf8_as_utf32(std::u32string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) out.push_back(detail::next_code_point(s, i));
}

void append_utf32(std::string& out, std::u32string_view s) {
  for (char32_t cp : s) detail::append_utf8(out, cp);
}

void write_form(std::ostream& out, std::string_view form, TokenKind kind) {
  if (kind == TokenKind::invalid) {
    out << "\xEF\xBF\xBD";
    return;
  }
  out << form;
}

}  // namespace

void write_conllu(const Document& doc, std::ostream& out, const ConlluOptions& options) {
  const auto tokens = doc.tokens();
  const std::string prefix = !options.sent_id_prefix.empty() ? options.sent_id_prefix
                             : !options.doc_id.empty()       ? options.doc_id
                                                             : std::string("s");
  if (!options.doc_id.empty()) out << "# newdoc id = " << options.doc_id << '\n';
  std::size_t sent_no = options.first_sentence_number - 1;
  std::string text_line;
  for (const Paragraph& p : doc.paragraphs()) {
    out << "# newpar\n";
    for (std::uint32_t si = p.first_sentence; si < p.end_sentence; ++si) {
      const Sentence& s = doc.sentences()[si];
      text_line.assign(doc.text_of(s));
      std::replace_if(text_line.begin(), text_line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
      out << "# sent_id = " << prefix << '-' << ++sent_no << '\n' << "# text = " << text_line << '\n';
      std::uint32_t id = 0;
      for (std::uint32_t t = s.first_token; t < s.end_token;) {
        std::uint32_t g = t + 1;  // group of a host and its clitics
        if (options.multiword_tokens) {
          while (g < s.end_token && tokens[g].has(Token::clitic) && tokens[g].begin == tokens[g - 1].end) ++g;
        }
        const bool last_space = tokens[g - 1].has(Token::space_after) || g == tokens.size();
        const char* misc = last_space ? "_" : "SpaceAfter=No";
        if (g - t > 1) {
          out << id + 1 << '-' << id + (g - t) << '\t';
          write_form(out, doc.text().substr(tokens[t].begin, tokens[g - 1].end - tokens[t].begin), TokenKind::word);
          out << "\t_\t_\t_\t_\t_\t_\t_\t" << misc << '\n';
          for (std::uint32_t k = t; k < g; ++k) {
            out << ++id << '\t';
            write_form(out, doc.text_of(tokens[k]), tokens[k].kind);
            out << "\t_\t_\t_\t_\t_\t_\t_\t_\n";
          }
        } else {
          out << ++id << '\t';
          write_form(out, doc.text_of(tokens[t]), tokens[t].kind);
          out << "\t_\t_\t_\t_\t_\t_\t_\t" << misc << '\n';
        }
        t = g;
      }
      out << '\n';
    }
  }
}

Result<std::string> conllu_to_text(std::string_view conllu, std::string_view input_name) {
  // The layout of the UD tools' conllu_to_text.pl, which made the raw text of the CoNLL 2018 shared task:
  // sentences of a paragraph run on, lines wrap at a space after at most 80 characters, and documents and
  // paragraphs are separated by an empty line.
  auto parsed = parse_conllu(conllu, input_name);
  if (!parsed) return std::move(parsed).error();
  constexpr std::size_t kLimit = 80;
  std::string out;
  std::u32string buffer;  // code points, as the Perl script counts them
  auto flush_lines = [&](bool no_break_now) {
    while (buffer.size() >= kLimit) {
      std::size_t last_space = std::u32string::npos;
      for (std::size_t i = 0; i < buffer.size(); ++i) {
        if (i > kLimit && last_space != std::u32string::npos) break;
        if (buffer[i] == U' ' || buffer[i] == U'\t' || buffer[i] == U'\n') last_space = i;
      }
      if (last_space != std::u32string::npos && last_space > 0) {
        append_utf32(out, buffer.substr(0, last_space));
        out += '\n';
        buffer.erase(0, last_space + 1);
      } else {
        if (no_break_now) break;
        append_utf32(out, buffer);
        out += '\n';
        buffer.clear();
      }
    }
  };
  bool start = true;
  for (const auto& sent : *parsed) {
    bool no_break_now = false;
    if (!start && sent.new_paragraph) {
      if (!buffer.empty()) {
        append_utf32(out, buffer);
        out += '\n';
        buffer.clear();
      }
      out += '\n';
    }
    for (const auto& tok : sent.tokens) {
      append_utf8_as_utf32(buffer, tok.form);
      no_break_now = !tok.space_after;
      if (tok.space_after) buffer += U' ';
    }
    flush_lines(no_break_now);
    start = false;
  }
  if (!buffer.empty()) {
    append_utf32(out, buffer);
    out += '\n';
  }
  return out;
}

Result<TokenizationScores> score_conllu(std::string_view system, std::string_view gold) {
  auto sys = parse_conllu(system, "system");
  if (!sys) return std::move(sys).error();
  auto gld = parse_conllu(gold, "gold");
  if (!gld) return std::move(gld).error();
  Spans s = spans_of(*sys);
  Spans g = spans_of(*gld);
  if (s.chars != g.chars) {
    std::size_t k = 0;
    while (k < s.chars.size() && k < g.chars.size() && s.chars[k] == g.chars[k]) ++k;
    const std::size_t from = k >= 20 ? k - 20 : 0;
    return Error(Errc::invalid_input,
                 fmt::format("system and gold texts differ at non-space character {}: system '{}' vs gold '{}'", k,
                             s.chars.substr(from, 40), g.chars.substr(from, 40)),
                 "system");
  }
  TokenizationScores out;
  out.tokens = compare(s.tokens, g.tokens);
  out.words = compare(s.words, g.words);
  out.sentences = compare(s.sentences, g.sentences);
  return out;
}

}  // namespace argmine
