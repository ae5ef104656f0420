// The text (terminal) and markdown summaries: one outline, two ways of writing it.
#include <argmine/summarize/render.hpp>
#include <argmine/tag/format.hpp>
#include <argmine/tag/gazetteer.hpp>

#include "summarize/assemble.hpp"
#include "summarize/render_detail.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace argmine::detail {
namespace {

enum class Tone : std::uint8_t { plain, thesis, counter, answer, concede, analogy, evidence, stance_favor, stance_against, muted };

struct Item {
  std::string label;      // "answered by", "statistic", "AGAINST"
  std::string head;       // short text after the label: a holder, an event, a target
  std::string quote;      // the sentence or span, in one line
  std::uint32_t paragraph = 0;
  Tone tone = Tone::plain;
  std::vector<Item> children;
};

struct Section {
  std::string title;
  std::vector<Item> items;
  std::string empty;  // said when there are no items
};

struct Outline {
  std::string header;
  std::vector<Section> sections;
};

// "1 answer", "3 answers".
std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// acc += sep + piece, without the separator before the first piece.
void append_joined(std::string& acc, std::string_view sep, const std::string& piece) {
  if (!acc.empty()) acc += sep;
  acc += piece;
}

Outline build_outline(const ArgumentStructure& st, const Document& doc, const RenderOptions& o) {
  const std::string_view text = doc.text();
  const Gazetteer& gaz = o.gazetteer ? *o.gazetteer : *Gazetteer::builtin();
  const auto para = body_paragraph_numbers(st, doc.paragraphs().size());
  auto para_of = [&](std::uint32_t unit) { return para[st.sentences[st.units[unit].sentence].paragraph]; };
  auto quote = [&](std::uint32_t unit) { return one_line(text, st.units[unit].span); };
  auto unit_item = [&](std::uint32_t unit, std::string label, Tone tone) {
    return Item{std::move(label), {}, quote(unit), para_of(unit), tone, {}};
  };
  std::size_t arg_sentences = 0;
  for (const auto& s : st.sentences) arg_sentences += s.argumentative;
  Outline out;
  out.header = fmt::format("{}{} bytes, {} paragraphs, {} sentences ({} in the argument)",
                           o.input_name.empty() ? "" : o.input_name + ": ", text.size(), doc.paragraphs().size(),
                           st.sentences.size(), arg_sentences);

  if (!st.notes.empty()) {
    Section notes{"Notes", {}, ""};
    for (const std::string& n : st.notes) notes.items.push_back(Item{"note", {}, n, 0, Tone::muted, {}});
    out.sections.push_back(std::move(notes));
  }
  Section thesis{"Thesis", {}, "no thesis found"};
  if (st.thesis >= 0) {
    Item t = unit_item(static_cast<std::uint32_t>(st.thesis), "thesis", Tone::thesis);
    if (st.restatement >= 0) t.children.push_back(unit_item(static_cast<std::uint32_t>(st.restatement), "restated", Tone::thesis));
    thesis.items.push_back(std::move(t));
  }
  out.sections.push_back(std::move(thesis));

  Section opp{"Positions of others, and the author's answers", {}, "the text reports no opposing position"};
  for (const Opposition& op : st.oppositions) {
    std::string holders;
    for (const Span& h : op.holders) append_joined(holders, "; ", one_line(text, h));
    Item it{"held by", holders.empty() ? std::string("others") : holders, {}, para_of(op.counterclaims.front()),
            Tone::counter, {}};
    std::string q;
    for (std::uint32_t c : op.counterclaims) append_joined(q, " ", quote(c));
    it.quote = q;
    for (std::uint32_t r : op.rebuttals) {
      it.children.push_back(unit_item(r, r == static_cast<std::uint32_t>(st.thesis) ? "answered by the thesis" : "answered",
                                      Tone::answer));
    }
    for (std::uint32_t c : op.concessions) it.children.push_back(unit_item(c, "conceded", Tone::concede));
    opp.items.push_back(std::move(it));
  }
  out.sections.push_back(std::move(opp));

  Section claims{"Claims and their support", {}, "no other claims found"};
  for (const ClaimView& c : st.claims) {
    if (st.units[c.unit].type != UnitType::claim) continue;  // rebuttals are listed with what they answer
    Item it = unit_item(c.unit, "claim", Tone::plain);
    for (std::uint32_t s : c.support) {
      const Unit& u = st.units[s];
      std::string label = u.type == UnitType::evidence ? std::string(to_string(u.evidence)) : std::string(to_string(u.type));
      it.children.push_back(unit_item(s, label, Tone::evidence));
    }
    claims.items.push_back(std::move(it));
  }
  out.sections.push_back(std::move(claims));

  Section concessions{"Concessions", {}, "none"};
  for (std::uint32_t c : st.concessions) concessions.items.push_back(unit_item(c, "concedes", Tone::concede));
  out.sections.push_back(std::move(concessions));

  Section analogies{"Historical analogies", {}, "none"};
  for (const AnalogyView& a : st.analogies) {
    const Unit& u = st.units[a.unit];
    std::string source = u.source.empty() ? std::string("?") : one_line(text, u.source);
    if (u.gazetteer_entry >= 0 && static_cast<std::size_t>(u.gazetteer_entry) < gaz.size()) {
      const std::string& ev = gaz.entry(static_cast<std::size_t>(u.gazetteer_entry)).name;
      if (ev != source) source += " [" + ev + "]";
    }
    const std::string year = year_text(u.year, u.decade);
    std::string head = source + (year.empty() ? "" : ", " + year) + " → " +
                       (a.target.empty() ? std::string("(target not stated)") : one_line(text, a.target));
    Item it{u.use == AnalogyUse::none ? std::string("analogy") : std::string(to_string(u.use)), head, quote(a.unit),
            para_of(a.unit), Tone::analogy, {}};
    analogies.items.push_back(std::move(it));
  }
  for (std::uint32_t p : st.precedents) {
    const Unit& u = st.units[p];
    const std::string year = year_text(u.year, u.decade);
    analogies.items.push_back(Item{"precedent", year.empty() ? std::string() : "since " + year, quote(p), para_of(p),
                                   Tone::muted, {}});
  }
  out.sections.push_back(std::move(analogies));

  Section evidence{"Evidence", {}, "none"};
  for (std::uint32_t e : st.evidence) {
    const Unit& u = st.units[e];
    Item it = unit_item(e, std::string(to_string(u.evidence)), Tone::evidence);
    if (!u.holder.empty()) it.head = "from " + one_line(text, u.holder);
    evidence.items.push_back(std::move(it));
  }
  out.sections.push_back(std::move(evidence));

  Section stance{"Stance of the author", {}, "no target with enough mentions"};
  for (const TargetStance& t : st.stance) {
    std::string label = std::string(to_string(t.stance)) + (t.mild && t.stance != StanceLabel::none ? " (mild)" : "");
    Item it{label, t.name, {}, 0,
            t.stance == StanceLabel::favor ? Tone::stance_favor
            : t.stance == StanceLabel::against ? Tone::stance_against
                                               : Tone::muted,
            {}};
    if (t.kind == TargetStance::Kind::position && t.opposition >= 0) {
      // Its answers and grants, counted from the opposition (the evidence also holds the no-answer reading).
      const Opposition& position = st.oppositions[static_cast<std::size_t>(t.opposition)];
      it.quote = "a position of others; " +
                 (position.rebuttals.empty() ? std::string("no answer found")
                                             : counted(position.rebuttals.size(), "answer", "answers")) +
                 (position.concessions.empty()
                      ? std::string()
                      : ", " + counted(position.concessions.size(), "concession", "concessions"));
    } else {
      it.quote = counted(t.mentions.size(), "mention", "mentions") + ", " +
                 counted(t.evidence.size(), "sentence", "sentences") + " with evaluative words";
    }
    // The two strongest sentences, as the reason.
    std::vector<const StanceEvidence*> ev;
    for (const auto& e : t.evidence) ev.push_back(&e);
    std::stable_sort(ev.begin(), ev.end(), [](auto* a, auto* b) { return std::abs(a->score) > std::abs(b->score); });
    for (std::size_t k = 0; k < ev.size() && k < 2; ++k) {
      it.children.push_back(Item{fmt::format("{:+.1f}", ev[k]->score), ev[k]->reason, {},
                                 para[st.sentences[ev[k]->sentence].paragraph], Tone::muted, {}});
    }
    stance.items.push_back(std::move(it));
  }
  out.sections.push_back(std::move(stance));

  Section cues{"Hedges and boosters", {}, "none"};
  std::string hedges, boosters;
  for (const Unit& u : st.units) {
    if (u.type != UnitType::hedge && u.type != UnitType::booster) continue;
    std::string& list = u.type == UnitType::hedge ? hedges : boosters;
    const std::string w = one_line(text, u.span);
    const std::string quoted = "\"" + w + "\"";
    if (list.find(quoted) == std::string::npos) append_joined(list, ", ", quoted);
  }
  if (!hedges.empty()) cues.items.push_back(Item{"hedges", {}, hedges, 0, Tone::muted, {}});
  if (!boosters.empty()) cues.items.push_back(Item{"boosters", {}, boosters, 0, Tone::muted, {}});
  out.sections.push_back(std::move(cues));

  Section aside{"Set aside (not part of the argument)", {}, "nothing"};
  for (std::uint32_t n : st.nonargument) {
    aside.items.push_back(Item{std::string(to_string(st.units[n].nonargument)), {}, quote(n), 0, Tone::muted, {}});
  }
  out.sections.push_back(std::move(aside));
  return out;
}

const char* ansi(Tone t) {
  switch (t) {
    case Tone::plain: return "";
    case Tone::thesis: return "\x1b[1m";
    case Tone::counter: return "\x1b[31m";
    case Tone::answer: return "\x1b[32m";
    case Tone::concede: return "\x1b[33m";
    case Tone::analogy: return "\x1b[35m";
    case Tone::evidence: return "\x1b[36m";
    case Tone::stance_favor: return "\x1b[1;32m";
    case Tone::stance_against: return "\x1b[1;31m";
    case Tone::muted: return "\x1b[2m";
  }
  return "";
}

// `s` wrapped at `width` columns after `indent` spaces, in at most `max_lines` lines.
void wrap(std::string& out, std::string_view s, std::size_t indent, std::size_t width, std::size_t max_lines) {
  for (const std::string& line : wrap_words(s, width > indent + 10 ? width - indent : 10, max_lines)) {
    out += std::string(indent, ' ');
    out += line;
    out += '\n';
  }
}

std::string para_tag(std::uint32_t p) { return p ? fmt::format(" (¶{})", p) : std::string(); }

}  // namespace

std::string render_text(const ArgumentStructure& st, const Document& doc, const RenderOptions& o) {
  const Outline outline = build_outline(st, doc, o);
  const std::size_t width = static_cast<std::size_t>(std::max(40, o.width));
  auto paint = [&](Tone t, const std::string& s) {
    return o.color && *ansi(t) ? std::string(ansi(t)) + s + "\x1b[0m" : s;
  };
  std::string out;
  wrap(out, outline.header, 0, width, 2);
  for (const Section& sec : outline.sections) {
    out += '\n';
    std::string title = sec.title;
    std::transform(title.begin(), title.end(), title.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    out += paint(Tone::thesis, title) + "\n";
    if (sec.items.empty()) out += "  " + paint(Tone::muted, "(" + sec.empty + ")") + "\n";
    for (const Item& it : sec.items) {
      // "label: head (¶N)" on one line (clipped), then the quote wrapped below.
      std::string first = it.label + (it.head.empty() ? "" : ": " + it.head);
      const std::string tag = para_tag(it.paragraph);
      first = clip(first, width - 2 - display_width(tag));
      out += "  " + paint(it.tone, first) + tag + "\n";
      if (!it.quote.empty()) wrap(out, it.quote, 4, width, 2);
      for (const Item& c : it.children) {
        std::string line = "↳ " + c.label + (c.head.empty() ? "" : ": " + c.head);
        const std::string ctag = para_tag(c.paragraph);
        line = clip(line, width - 4 - display_width(ctag));
        out += "    " + paint(c.tone, line) + ctag + "\n";
        if (!c.quote.empty()) wrap(out, c.quote, 6, width, 2);
      }
    }
  }
  return out;
}

std::string render_markdown(const ArgumentStructure& st, const Document& doc, const RenderOptions& o) {
  const Outline outline = build_outline(st, doc, o);
  auto escape = [](std::string s) {
    std::string out;
    for (char c : s) {
      if (c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']' || c == '#' || c == '|') out += '\\';
      out += c;
    }
    return out;
  };
  std::string out = "# Argument structure\n\n" + escape(outline.header) + "\n";
  for (const Section& sec : outline.sections) {
    out += "\n## " + sec.title + "\n\n";
    if (sec.items.empty()) out += "_" + sec.empty + "_\n";
    for (const Item& it : sec.items) {
      out += "- **" + escape(it.label) + "**" + (it.head.empty() ? "" : ": " + escape(it.head)) + para_tag(it.paragraph);
      if (!it.quote.empty()) out += "  \n  “" + escape(it.quote) + "”";
      out += "\n";
      for (const Item& c : it.children) {
        out += "  - *" + escape(c.label) + "*" + (c.head.empty() ? "" : ": " + escape(c.head)) + para_tag(c.paragraph);
        if (!c.quote.empty()) out += "  \n    “" + escape(c.quote) + "”";
        out += "\n";
      }
    }
  }
  return out;
}

}  // namespace argmine::detail
