// The HTML summary: one self-contained page (no network). The op-ed with its units highlighted, an argument
// map drawn as SVG, a table of historical analogies, a chart of stance per target, and a details panel that
// shows the rule, fields, scores and links of whatever unit is clicked. The map, table and chart are drawn
// here, so the page reads without JavaScript; the script only adds the details panel and filters. The JSON
// summary is embedded for the script (and for anyone who saves the page).
#include <argmine/summarize/render.hpp>
#include <argmine/tag/format.hpp>
#include <argmine/tag/gazetteer.hpp>

#include "summarize/assemble.hpp"
#include "summarize/render_detail.hpp"
#include "util/text_util.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace argmine::detail {
namespace {

// Which type colours a sentence that carries several units.
int type_rank(UnitType t) {
  switch (t) {
    case UnitType::counterclaim: return 0;
    case UnitType::rebuttal: return 1;
    case UnitType::analogy: return 2;
    case UnitType::concession: return 3;
    case UnitType::evidence: return 4;
    case UnitType::precedent: return 5;
    case UnitType::claim: return 6;
    case UnitType::nonargument: return 7;
    default: return 9;
  }
}

// Short caption of a unit for the map: its role and paragraph.
std::string caption(const ArgumentStructure& st, std::uint32_t u, const std::vector<std::uint32_t>& para) {
  const Unit& unit = st.units[u];
  std::string kind = static_cast<std::int32_t>(u) == st.thesis         ? "thesis"
                     : static_cast<std::int32_t>(u) == st.restatement  ? "restated thesis"
                     : unit.type == UnitType::evidence                  ? std::string(to_string(unit.evidence)) + " evidence"
                                                                        : std::string(to_string(unit.type));
  const std::uint32_t p = para[st.sentences[unit.sentence].paragraph];
  return p ? fmt::format("{} · ¶{}", kind, p) : kind;
}

struct Node {
  std::uint32_t unit;
  std::string cls;  // CSS class of the type
  double x = 0, y = 0;
};
constexpr double kNodeW = 200, kNodeH = 74, kGapX = 22, kGapY = 46;

void node_svg(std::string& out, const ArgumentStructure& st, std::string_view text, const Node& n,
              const std::vector<std::uint32_t>& para) {
  out += fmt::format(R"~(<g class="node {}" data-u="{}" transform="translate({:.0f},{:.0f})" tabindex="0">)~", n.cls,
                     n.unit, n.x, n.y);
  out += fmt::format(R"(<rect width="{:.0f}" height="{:.0f}" rx="8"/>)", kNodeW, kNodeH);
  out += fmt::format(R"(<text class="cap" x="10" y="17">{}</text>)", html_escape(caption(st, n.unit, para)));
  const auto lines = wrap_words(one_line(text, st.units[n.unit].span), 31, 3);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += fmt::format(R"(<text x="10" y="{}">{}</text>)", 35 + 15 * i, html_escape(lines[i]));
  }
  out += fmt::format(R"(<title>{}</title></g>)", html_escape(one_line(text, st.units[n.unit].span)));
}

// The argument map: the thesis on top; below it one column per supporting claim and per position of
// others; under each, what supports the claim, or the rebuttals and concessions of the position.
std::string map_svg(const ArgumentStructure& st, const Document& doc, const std::vector<std::uint32_t>& para) {
  const std::string_view text = doc.text();
  struct Column {
    Node head;
    std::vector<Node> below;
    const char* edge;  // edge class from head to thesis
  };
  std::vector<Column> cols;
  std::map<std::uint32_t, std::pair<double, double>> where;  // unit -> centre of its node
  const auto thesis = st.thesis;
  for (const Opposition& o : st.oppositions) {
    Column c{Node{o.counterclaims.front(), "t-counterclaim"}, {}, "attack"};
    for (std::uint32_t k = 1; k < o.counterclaims.size(); ++k) c.below.push_back(Node{o.counterclaims[k], "t-counterclaim"});
    for (std::uint32_t r : o.rebuttals) {
      if (static_cast<std::int32_t>(r) == thesis) continue;
      bool placed = false;
      for (const auto& col : cols) {
        for (const auto& n : col.below) placed |= n.unit == r;
      }
      if (!placed) c.below.push_back(Node{r, "t-rebuttal"});
    }
    for (std::uint32_t k : o.concessions) c.below.push_back(Node{k, "t-concession"});
    cols.push_back(std::move(c));
  }
  for (const ClaimView& cv : st.claims) {
    if (st.units[cv.unit].type != UnitType::claim) continue;
    Column c{Node{cv.unit, "t-claim"}, {}, "support"};
    for (std::uint32_t s : cv.support) {
      c.below.push_back(Node{s, std::string("t-") + std::string(to_string(st.units[s].type))});
    }
    cols.push_back(std::move(c));
  }
  // Evidence that backs the thesis directly gets a column of its own.
  for (const Link& l : st.links) {
    if (l.kind != LinkKind::supports || static_cast<std::int32_t>(l.to) != thesis) continue;
    const UnitType t = st.units[l.from].type;
    if (t == UnitType::claim) continue;
    cols.push_back(Column{Node{l.from, std::string("t-") + std::string(to_string(t))}, {}, "support"});
  }
  // Columns wrap into bands of six so the map fits a screen; later bands hang below the first.
  constexpr std::size_t kPerBand = 6;
  const std::size_t ncols = std::min<std::size_t>(std::max<std::size_t>(cols.size(), 1), kPerBand);
  const double width = static_cast<double>(ncols) * (kNodeW + kGapX) + kGapX;
  const double top = 14, row1 = top + kNodeH + 2 * kGapY;
  std::vector<double> band_y;  // y of each band's heads
  double y_next = row1;
  for (std::size_t b = 0; b * kPerBand < std::max<std::size_t>(cols.size(), 1); ++b) {
    band_y.push_back(y_next);
    std::size_t depth = 0;
    for (std::size_t k = b * kPerBand; k < cols.size() && k < (b + 1) * kPerBand; ++k) depth = std::max(depth, cols[k].below.size());
    y_next += kNodeH + static_cast<double>(depth) * (kNodeH + 16) + 2 * kGapY;
  }
  const double height = y_next - kGapY;
  std::string out = fmt::format(
      R"(<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {:.0f} {:.0f}" width="{:.0f}" height="{:.0f}" role="img" aria-label="Argument map">)",
      width, height, width, height);
  out += R"(<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>)";
  std::string nodes, edges;
  // Thesis (and its restatement beside it).
  if (thesis >= 0) {
    Node t{static_cast<std::uint32_t>(thesis), "t-thesis", width / 2 - kNodeW / 2, top};
    if (st.restatement >= 0) t.x = width / 2 - kNodeW - kGapX / 2;
    node_svg(nodes, st, text, t, para);
    where[t.unit] = {t.x + kNodeW / 2, t.y + kNodeH / 2};
    if (st.restatement >= 0) {
      Node r{static_cast<std::uint32_t>(st.restatement), "t-thesis", width / 2 + kGapX / 2, top};
      node_svg(nodes, st, text, r, para);
      edges += fmt::format(R"~(<path class="edge restate" d="M{:.0f},{:.0f} L{:.0f},{:.0f}" marker-end="url(#arrow)"/>)~",
                           r.x, r.y + kNodeH / 2, t.x + kNodeW, t.y + kNodeH / 2);
    }
  } else {
    nodes += fmt::format(R"(<text class="none" x="{:.0f}" y="{:.0f}">no thesis found</text>)", width / 2 - 60, top + 30);
  }
  for (std::size_t k = 0; k < cols.size(); ++k) {
    Column& c = cols[k];
    c.head.x = kGapX + static_cast<double>(k % kPerBand) * (kNodeW + kGapX);
    c.head.y = band_y[k / kPerBand];
    node_svg(nodes, st, text, c.head, para);
    where[c.head.unit] = {c.head.x + kNodeW / 2, c.head.y + kNodeH / 2};
    if (thesis >= 0) {
      const double tx = width / 2 - (st.restatement >= 0 ? kGapX / 2 + kNodeW / 2 : 0), ty = top + kNodeH;
      edges += fmt::format(
          R"~(<path class="edge {}{}" d="M{:.0f},{:.0f} C{:.0f},{:.0f} {:.0f},{:.0f} {:.0f},{:.0f}" marker-end="url(#arrow)"/>)~",
          c.edge, k >= kPerBand ? " far" : "", c.head.x + kNodeW / 2, c.head.y, c.head.x + kNodeW / 2, c.head.y - kGapY,
          tx, ty + kGapY, tx, ty + 2);
    }
    double y = c.head.y + kNodeH + 16;
    for (Node& n : c.below) {
      n.x = c.head.x;
      n.y = y;
      y += kNodeH + 16;
      node_svg(nodes, st, text, n, para);
      where[n.unit] = {n.x + kNodeW / 2, n.y + kNodeH / 2};
      const char* cls = n.cls == "t-rebuttal" ? "answer" : n.cls == "t-concession" ? "concede" : n.cls == "t-counterclaim" ? "same" : "support";
      // A short arrow along the left edge from each node up to its column head.
      edges += fmt::format(R"~(<path class="edge {}" d="M{:.0f},{:.0f} L{:.0f},{:.0f}" marker-end="url(#arrow)"/>)~", cls,
                           n.x + 14, n.y, n.x + 14, n.y - 14);
    }
  }
  // The thesis answering positions of others: dashed green edges down to them.
  if (thesis >= 0) {
    for (const auto& c : cols) {
      if (std::string_view(c.edge) != "attack") continue;
      for (const Opposition& o : st.oppositions) {
        if (o.counterclaims.front() != c.head.unit) continue;
        if (std::find(o.rebuttals.begin(), o.rebuttals.end(), static_cast<std::uint32_t>(thesis)) == o.rebuttals.end()) continue;
        const auto [tx, ty] = where[static_cast<std::uint32_t>(thesis)];
        edges += fmt::format(R"~(<path class="edge answer" d="M{:.0f},{:.0f} C{:.0f},{:.0f} {:.0f},{:.0f} {:.0f},{:.0f}" marker-end="url(#arrow)"/>)~",
                             tx - 30, ty + kNodeH / 2, tx - 30, ty + kNodeH / 2 + kGapY, c.head.x + kNodeW - 30,
                             c.head.y - kGapY, c.head.x + kNodeW - 30, c.head.y - 2);
      }
    }
  }
  out += edges + nodes + "</svg>";
  return out;
}

// Stance per target as horizontal bars around a centre line: against to the left, favour to the right.
std::string stance_svg(const ArgumentStructure& st) {
  const double w = 440, row = 30, label_w = 190, centre = label_w + (w - label_w) / 2, half = (w - label_w) / 2 - 10;
  double max_score = 1;
  for (const auto& t : st.stance) max_score = std::max(max_score, static_cast<double>(std::fabs(t.score)));
  const double h = row * static_cast<double>(st.stance.size()) + 30;
  std::string out = fmt::format(
      R"(<svg id="stance-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {:.0f} {:.0f}" width="100%" role="img" aria-label="Stance per target">)",
      w, h);
  out += fmt::format(R"(<line class="axis" x1="{0:.0f}" y1="4" x2="{0:.0f}" y2="{1:.0f}"/>)", centre, h - 22);
  out += fmt::format(R"(<text class="axis-label" x="{:.0f}" y="{:.0f}" text-anchor="start">← against</text>)", label_w, h - 6);
  out += fmt::format(R"(<text class="axis-label" x="{:.0f}" y="{:.0f}" text-anchor="end">favour →</text>)", w - 4, h - 6);
  for (std::size_t i = 0; i < st.stance.size(); ++i) {
    const TargetStance& t = st.stance[i];
    const double y = 6 + row * static_cast<double>(i);
    const double len = std::max(2.0, half * std::fabs(t.score) / max_score);
    const double x = t.score < 0 ? centre - len : centre;
    const char* cls = t.stance == StanceLabel::favor ? "favor" : t.stance == StanceLabel::against ? "against" : "neutral";
    std::string label = clip(t.name, 30);
    out += fmt::format(R"(<g class="bar {}{}" data-target="{}">)", cls, t.mild ? " mild" : "", i);
    out += fmt::format(R"(<text x="0" y="{:.0f}">{}</text>)", y + 15, html_escape(label));
    out += fmt::format(R"(<rect x="{:.1f}" y="{:.0f}" width="{:.1f}" height="18" rx="3"/>)", x, y + 2, len);
    // The label sits on the other side of the centre line, clear of the bar and of the names.
    out += fmt::format(R"(<text class="val" x="{:.0f}" y="{:.0f}" text-anchor="{}">{}{}</text>)",
                       t.score < 0 ? centre + 5 : centre - 5, y + 15, t.score < 0 ? "start" : "end", to_string(t.stance),
                       t.mild && t.stance != StanceLabel::none ? " (mild)" : "");
    out += fmt::format(R"(<title>{}: {} (score {:.1f})</title></g>)", html_escape(t.name), to_string(t.stance), t.score);
  }
  return out + "</svg>";
}

// Text between marks, escaped, line breaks kept.
std::string gap_html(std::string_view text, std::uint32_t from, std::uint32_t to) {
  std::string out;
  for (char c : html_escape(text.substr(from, to - from))) out += c == '\n' ? std::string("<br>") : std::string(1, c);
  return out;
}

// The text with units highlighted: each sentence that carries units is one element coloured by its main
// type; hedges, boosters and attributions are marked inside it.
std::string text_html(const ArgumentStructure& st, const Document& doc, const std::vector<std::uint32_t>& para) {
  const std::string_view text = doc.text();
  const auto sentences = doc.sentences();
  std::vector<std::vector<std::uint32_t>> sentence_units(sentences.size()), cue_units(sentences.size());
  for (std::uint32_t i = 0; i < st.units.size(); ++i) {
    const Unit& u = st.units[i];
    if (u.sentence >= sentences.size()) continue;
    (is_sentence_level(u.type) ? sentence_units : cue_units)[u.sentence].push_back(i);
  }
  std::string out;
  for (const Paragraph& p : doc.paragraphs()) {
    const bool body = para[&p - doc.paragraphs().data()] != 0;
    out += body ? fmt::format(R"(<p data-p="{}">)", para[&p - doc.paragraphs().data()]) : std::string(R"(<p class="aside-p">)");
    std::uint32_t pos = p.begin;
    for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
      const Sentence& sent = sentences[s];
      auto gap = [&](std::uint32_t from, std::uint32_t to) { return gap_html(text, from, to); };
      out += gap(pos, sent.begin);
      auto& us = sentence_units[s];
      std::string inner;
      std::uint32_t at = sent.begin;
      std::vector<std::uint32_t> cues = cue_units[s];
      std::sort(cues.begin(), cues.end(), [&](auto a, auto b) { return st.units[a].span.begin < st.units[b].span.begin; });
      for (std::uint32_t c : cues) {
        const Unit& u = st.units[c];
        if (u.type == UnitType::attribution || u.span.begin < at || u.span.end > sent.end) continue;
        inner += gap(at, u.span.begin);
        inner += fmt::format(R"(<span class="cue t-{}" data-u="{}">{}</span>)", to_string(u.type), c,
                             gap(u.span.begin, u.span.end));
        at = u.span.end;
      }
      inner += gap(at, sent.end);
      if (us.empty()) {
        out += fmt::format(R"(<span class="sent" data-s="{}">{}</span>)", s, inner);
      } else {
        std::sort(us.begin(), us.end(), [&](auto a, auto b) { return type_rank(st.units[a].type) < type_rank(st.units[b].type); });
        std::string classes, ids;
        for (std::uint32_t u : us) {
          classes += fmt::format(" t-{}", to_string(st.units[u].type));
          if (!ids.empty()) ids += ' ';
          ids += std::to_string(u);
        }
        const bool is_thesis = std::any_of(us.begin(), us.end(), [&](std::uint32_t u) {
          return static_cast<std::int32_t>(u) == st.thesis || static_cast<std::int32_t>(u) == st.restatement;
        });
        out += fmt::format(R"(<span class="unit main-{}{}{}" data-s="{}" data-units="{}" tabindex="0">{}</span>)",
                           to_string(st.units[us.front()].type), classes, is_thesis ? " thesis" : "", s, ids, inner);
      }
      pos = sent.end;
    }
    out += gap_html(text, pos, p.end);
    out += "</p>\n";
  }
  return out;
}

constexpr const char* kStyle = R"css(
:root { --ink:#1d2330; --muted:#667085; --line:#d0d5dd; --bg:#f7f8fa;
  --claim:#e4efff; --claim-b:#5b8def; --counter:#fde4e2; --counter-b:#d9534f; --rebut:#ddf4e4; --rebut-b:#2f9e5b;
  --concede:#fff3c9; --concede-b:#c99a06; --evid:#dcf3f6; --evid-b:#1c8fa3; --analogy:#efe3fb; --analogy-b:#8b4fd1;
  --prec:#ece9f3; --prec-b:#7a7099; --thesis-b:#1f3a93; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
header { padding:18px 28px 12px; background:#fff; border-bottom:1px solid var(--line); }
header h1 { margin:0 0 4px; font-size:20px; }
header .meta { color:var(--muted); font-size:13px; }
header .note { margin-top:8px; padding:6px 10px; background:#fff7e0; border:1px solid #f0d68a; border-radius:6px; font-size:14px; }
header .thesis-line { margin-top:8px; font-size:15px; border-left:4px solid var(--thesis-b); padding:4px 10px; background:#f1f4fd; }
main { display:grid; grid-template-columns:minmax(0,3fr) minmax(340px,2fr); gap:22px; padding:20px 28px; }
section.card { background:#fff; border:1px solid var(--line); border-radius:10px; padding:14px 18px; margin-bottom:18px; }
section.card h2 { font-size:14px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); margin:0 0 10px; }
#map-card { margin:20px 28px 0; overflow-x:auto; }
#map .node rect { fill:#fff; stroke:var(--line); stroke-width:1.5; }
#map .node { cursor:pointer; }
#map .node text { font-size:11.5px; fill:var(--ink); }
#map .node text.cap { font-size:10.5px; font-weight:600; fill:var(--muted); text-transform:uppercase; letter-spacing:.04em; }
#map .t-thesis rect { fill:#eef2fd; stroke:var(--thesis-b); stroke-width:2.5; }
#map .t-claim rect { fill:var(--claim); stroke:var(--claim-b); }
#map .t-counterclaim rect { fill:var(--counter); stroke:var(--counter-b); }
#map .t-rebuttal rect { fill:var(--rebut); stroke:var(--rebut-b); }
#map .t-concession rect { fill:var(--concede); stroke:var(--concede-b); }
#map .t-evidence rect { fill:var(--evid); stroke:var(--evid-b); }
#map .t-analogy rect { fill:var(--analogy); stroke:var(--analogy-b); }
#map .t-precedent rect { fill:var(--prec); stroke:var(--prec-b); }
#map .node.selected rect { stroke-width:3.5; filter:drop-shadow(0 2px 4px rgba(0,0,0,.25)); }
#map .edge { fill:none; stroke-width:1.8; }
#map .edge.far { opacity:.35; }
#map .edge.support { stroke:var(--claim-b); }
#map .edge.attack { stroke:var(--counter-b); stroke-dasharray:0; }
#map .edge.answer { stroke:var(--rebut-b); stroke-dasharray:6 4; }
#map .edge.concede { stroke:var(--concede-b); stroke-dasharray:2 3; }
#map .edge.restate { stroke:var(--thesis-b); stroke-dasharray:4 3; }
#map .edge.same { stroke:var(--counter-b); stroke-dasharray:2 3; }
.map-legend { font-size:12.5px; color:var(--muted); margin-top:6px; }
.map-legend span { margin-right:16px; white-space:nowrap; }
.map-legend i { display:inline-block; width:22px; height:0; border-top:2px solid; vertical-align:middle; margin-right:5px; }
#text p { margin:0 0 14px; }
#text p.aside-p { color:var(--muted); font-size:13px; }
.unit { border-radius:4px; padding:1px 2px; cursor:pointer; box-decoration-break:clone; -webkit-box-decoration-break:clone; }
.unit.main-claim { background:var(--claim); }
.unit.main-counterclaim { background:var(--counter); }
.unit.main-rebuttal { background:var(--rebut); }
.unit.main-concession { background:var(--concede); }
.unit.main-evidence { background:var(--evid); }
.unit.main-analogy { background:var(--analogy); }
.unit.main-precedent { background:var(--prec); }
.unit.main-nonargument { color:var(--muted); font-style:italic; background:none; }
.unit.thesis { outline:2px solid var(--thesis-b); font-weight:600; }
.unit.selected, .unit:focus { box-shadow:0 0 0 3px rgba(31,58,147,.35); outline:none; }
.unit.flash { animation:flash 1.2s ease-out; }
@keyframes flash { from { box-shadow:0 0 0 6px rgba(255,196,0,.9); } to { box-shadow:0 0 0 0 rgba(255,196,0,0); } }
.cue.t-hedge { border-bottom:2px dotted #d07a00; }
.cue.t-booster { border-bottom:2px solid #444; }
body.hide-claim .unit.main-claim, body.hide-counterclaim .unit.main-counterclaim, body.hide-rebuttal .unit.main-rebuttal,
body.hide-concession .unit.main-concession, body.hide-evidence .unit.main-evidence, body.hide-analogy .unit.main-analogy,
body.hide-precedent .unit.main-precedent { background:none; outline:none; }
body.hide-cues .cue { border-bottom:none; }
.legend label { display:inline-flex; align-items:center; gap:5px; margin:0 12px 6px 0; font-size:13px; cursor:pointer; }
.legend .sw { width:14px; height:14px; border-radius:3px; display:inline-block; border:1px solid rgba(0,0,0,.15); }
#details { position:sticky; top:12px; }
#details .empty { color:var(--muted); }
#details h3 { margin:0 0 6px; font-size:15px; }
#details .kind { display:inline-block; font-size:11px; text-transform:uppercase; letter-spacing:.05em; padding:1px 7px; border-radius:9px; background:#eef0f4; margin-right:6px; }
#details blockquote { margin:6px 0 10px; padding:6px 10px; border-left:3px solid var(--line); background:#fafbfc; font-size:14px; }
#details table { border-collapse:collapse; width:100%; font-size:13px; margin-bottom:8px; }
#details td { border-top:1px solid #eef0f4; padding:3px 6px; vertical-align:top; }
#details td:first-child { color:var(--muted); width:34%; }
#details ul { margin:4px 0 8px; padding-left:18px; font-size:13px; }
#details .bar { display:inline-block; height:8px; background:var(--claim-b); border-radius:4px; vertical-align:middle; margin-right:6px; }
table.analogies { border-collapse:collapse; width:100%; font-size:13px; }
table.analogies th { text-align:left; color:var(--muted); font-weight:600; border-bottom:1px solid var(--line); padding:4px 6px; }
table.analogies td { border-bottom:1px solid #eef0f4; padding:5px 6px; vertical-align:top; }
table.analogies tr { cursor:pointer; }
table.analogies tr:hover td { background:#faf6ff; }
.use { font-size:11px; padding:1px 7px; border-radius:9px; background:var(--analogy); color:#5a2d91; white-space:nowrap; }
#stance-chart text { font-size:12px; fill:var(--ink); }
#stance-chart text.val { font-size:11px; fill:var(--muted); }
#stance-chart .axis { stroke:#98a2b3; stroke-width:1; }
#stance-chart .axis-label { font-size:11px; fill:var(--muted); }
#stance-chart .favor rect { fill:#2f9e5b; }
#stance-chart .against rect { fill:#d9534f; }
#stance-chart .neutral rect { fill:#98a2b3; }
#stance-chart .mild rect { opacity:.55; }
.aside-list { font-size:13px; color:var(--muted); margin:0; padding-left:18px; }
footer { color:var(--muted); font-size:12px; padding:0 28px 24px; }
@media (max-width: 900px) { main { grid-template-columns:1fr; } #details { position:static; } }
)css";

constexpr const char* kScript = R"js(
(function () {
  var data = JSON.parse(document.getElementById('summary-data').textContent);
  var units = data.units, sentences = data.sentences;
  var panel = document.getElementById('details-body');
  function html_escape(s) { return String(s).replace(/[&<>"]/g, function (c) { return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]; }); }
  function name(i) {
    if (i === data.thesis) return 'thesis';
    if (i === data.restatement) return 'restated thesis';
    return units[i].type;
  }
  function fieldRows(u) {
    var rows = '', f = u.fields || {};
    Object.keys(f).forEach(function (k) {
      var v = f[k];
      if (v && typeof v === 'object') v = v.text;
      rows += '<tr><td>' + html_escape(k) + '</td><td>' + html_escape(v) + '</td></tr>';
    });
    return rows;
  }
  function linksOf(i) {
    var out = '';
    data.links.forEach(function (l) {
      if (l.from === i) out += '<li><b>' + html_escape(l.kind) + '</b> → <a href="#" data-go="' + l.to + '">' + html_escape(name(l.to)) + '</a>: ' + html_escape(l.reason) + '</li>';
      if (l.to === i) out += '<li><a href="#" data-go="' + l.from + '">' + html_escape(name(l.from)) + '</a> <b>' + html_escape(l.kind) + '</b> it: ' + html_escape(l.reason) + '</li>';
    });
    return out ? '<ul>' + out + '</ul>' : '<div class="empty">no links</div>';
  }
  function roleRows(s) {
    var p = sentences[s].role_probabilities, out = '';
    ['major_claim', 'claim', 'premise', 'none'].forEach(function (k) {
      out += '<tr><td>' + k.replace('_', ' ') + '</td><td><span class="bar" style="width:' + Math.round(p[k] * 120) + 'px"></span>' + p[k].toFixed(2) + '</td></tr>';
    });
    return out;
  }
  function show(ids) {
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    var html = '';
    ids.forEach(function (i) {
      var u = units[i];
      html += '<h3><span class="kind">' + html_escape(name(i)) + '</span>rule <code>' + html_escape(u.rule) + '</code></h3>';
      html += '<blockquote>' + html_escape(u.text) + '</blockquote>';
      var rows = fieldRows(u);
      if (rows) html += '<table>' + rows + '</table>';
      html += '<div><b>Links</b></div>' + linksOf(i);
      document.querySelectorAll('#map .node[data-u="' + i + '"]').forEach(function (n) { n.classList.add('selected'); });
    });
    if (ids.length) {
      var s = units[ids[0]].sentence;
      if (s === undefined) { for (var k = 0; k < sentences.length; k++) if (sentences[k].begin <= units[ids[0]].begin && units[ids[0]].end <= sentences[k].end) s = k; }
      if (s !== undefined) html += '<div><b>Role model, this sentence</b></div><table>' + roleRows(s) + '</table>';
    }
    panel.innerHTML = html || '<div class="empty">Click a highlighted sentence, a box of the map or a row of the table.</div>';
    panel.querySelectorAll('[data-go]').forEach(function (a) {
      a.addEventListener('click', function (ev) { ev.preventDefault(); go(+a.getAttribute('data-go')); });
    });
  }
  function elementOf(i) {
    var found = null;
    document.querySelectorAll('#text [data-units]').forEach(function (e) {
      if (!found && e.getAttribute('data-units').split(' ').indexOf(String(i)) >= 0) found = e;
    });
    return found || document.querySelector('#text [data-u="' + i + '"]');
  }
  function go(i) {
    var e = elementOf(i);
    if (e) {
      e.scrollIntoView({behavior: 'smooth', block: 'center'});
      e.classList.remove('flash'); void e.offsetWidth; e.classList.add('flash'); e.classList.add('selected');
    }
    show([i]);
  }
  document.querySelectorAll('#text [data-units]').forEach(function (e) {
    function pick() { show(e.getAttribute('data-units').split(' ').map(Number)); e.classList.add('selected'); }
    e.addEventListener('click', pick);
    e.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') pick(); });
  });
  document.querySelectorAll('#text .cue').forEach(function (e) {
    e.addEventListener('click', function (ev) { ev.stopPropagation(); show([+e.getAttribute('data-u')]); });
  });
  document.querySelectorAll('#map .node, table.analogies tr[data-u]').forEach(function (n) {
    n.addEventListener('click', function () { go(+n.getAttribute('data-u')); });
    n.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') go(+n.getAttribute('data-u')); });
  });
  document.querySelectorAll('.legend input').forEach(function (c) {
    c.addEventListener('change', function () { document.body.classList.toggle('hide-' + c.value, !c.checked); });
  });
  show(data.thesis === null ? [] : [data.thesis]);
  document.body.setAttribute('data-ready', '1');
})();
)js";

}  // namespace

std::string render_html(const ArgumentStructure& st, const Document& doc, const RenderOptions& o) {
  const std::string_view text = doc.text();
  const Gazetteer& gaz = o.gazetteer ? *o.gazetteer : *Gazetteer::builtin();
  const auto para = body_paragraph_numbers(st, doc.paragraphs().size());
  const std::size_t slash = o.input_name.find_last_of('/');
  const std::string base = slash == std::string::npos ? o.input_name : o.input_name.substr(slash + 1);
  const std::string title = base.empty() || base == "-" ? std::string("Argument structure") : "Argument structure: " + base;
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"argmine\">\n";
  out += "<title>" + html_escape(title) + "</title>\n<style>" + std::string(kStyle) + "</style></head>\n<body>\n";

  // Header: what this is, and the thesis in one line.
  std::size_t args = 0;
  for (const auto& s : st.sentences) args += s.argumentative;
  out += "<header><h1>" + html_escape(title) + "</h1>";
  out += fmt::format(R"(<div class="meta">{} bytes · {} paragraphs · {} sentences in the argument · {} positions of others · {} analogies · {} evidence units</div>)",
                     text.size(), std::count_if(para.begin(), para.end(), [](auto p) { return p != 0; }), args,
                     st.oppositions.size(), st.analogies.size(), st.evidence.size());
  if (st.thesis >= 0) {
    out += R"(<div class="thesis-line"><b>Thesis:</b> )" + html_escape(one_line(text, st.units[static_cast<std::size_t>(st.thesis)].span)) + "</div>";
  } else {
    out += R"(<div class="thesis-line"><b>No thesis found.</b></div>)";
  }
  for (const std::string& n : st.notes) out += "<div class=\"note\">" + html_escape(n) + "</div>";
  out += "</header>\n";

  // The map.
  out += R"(<section class="card" id="map-card"><h2>Argument map</h2>)";
  out += map_svg(st, doc, para);
  out += R"~(<div class="map-legend"><span><i style="border-color:var(--claim-b)"></i>supports</span><span><i style="border-color:var(--counter-b)"></i>attacks</span><span><i style="border-color:var(--rebut-b);border-top-style:dashed"></i>answers</span><span><i style="border-color:var(--concede-b);border-top-style:dotted"></i>concedes</span><span><i style="border-color:var(--thesis-b);border-top-style:dashed"></i>restates</span></div>)~";
  out += "</section>\n<main>\n";

  // The text.
  out += R"(<div><section class="card" id="text-card"><h2>The text</h2><div class="legend">)";
  const std::pair<const char*, const char*> legend[] = {
      {"claim", "var(--claim)"},       {"counterclaim", "var(--counter)"}, {"rebuttal", "var(--rebut)"},
      {"concession", "var(--concede)"}, {"evidence", "var(--evid)"},       {"analogy", "var(--analogy)"},
      {"precedent", "var(--prec)"}};
  for (const auto& [type, colour] : legend) {
    out += fmt::format(R"(<label><input type="checkbox" value="{0}" checked><span class="sw" style="background:{1}"></span>{0}</label>)", type, colour);
  }
  out += R"(<label><input type="checkbox" value="cues" checked><span class="sw" style="border-bottom:2px dotted #d07a00"></span>hedges &amp; boosters</label>)";
  out += "</div><div id=\"text\">\n" + text_html(st, doc, para) + "</div></section></div>\n";

  // The side: details, stance, analogies, what was set aside.
  out += "<div>\n";
  out += R"(<section class="card" id="details"><h2>Details</h2><div id="details-body"><div class="empty">Click a highlighted sentence, a box of the map or a row of the table.</div></div></section>)";
  out += R"(<section class="card" id="stance-card"><h2>Stance of the author</h2>)";
  out += st.stance.empty() ? std::string("<div class=\"empty\">No target with enough mentions.</div>") : stance_svg(st);
  out += "</section>\n";
  out += R"(<section class="card" id="analogy-card"><h2>Historical analogies</h2>)";
  if (st.analogies.empty()) {
    out += "<div class=\"empty\">None found.</div>";
  } else {
    out += R"(<table class="analogies"><thead><tr><th>source</th><th>year</th><th>target</th><th>use</th><th>¶</th></tr></thead><tbody>)";
    for (const AnalogyView& a : st.analogies) {
      const Unit& u = st.units[a.unit];
      std::string source = u.source.empty() ? std::string("—") : one_line(text, u.source);
      std::string event;
      if (u.gazetteer_entry >= 0 && static_cast<std::size_t>(u.gazetteer_entry) < gaz.size()) {
        event = gaz.entry(static_cast<std::size_t>(u.gazetteer_entry)).name;
      }
      out += fmt::format(
          R"(<tr data-u="{}"><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>)", a.unit, html_escape(source),
          event.empty() || event == source ? std::string() : "<br><small>" + html_escape(event) + "</small>",
          html_escape(year_text(u.year, u.decade)), a.target.empty() ? std::string("<i>not stated</i>") : html_escape(one_line(text, a.target)),
          u.use == AnalogyUse::none ? std::string() : "<span class=\"use\">" + std::string(to_string(u.use)) + "</span>",
          para[st.sentences[u.sentence].paragraph]);
    }
    out += "</tbody></table>";
  }
  out += "</section>\n";
  out += R"(<section class="card" id="aside-card"><h2>Set aside</h2>)";
  if (st.nonargument.empty()) {
    out += "<div class=\"empty\">Nothing.</div>";
  } else {
    out += "<ul class=\"aside-list\">";
    for (std::uint32_t n : st.nonargument) {
      out += fmt::format("<li><b>{}</b>: {}</li>", to_string(st.units[n].nonargument), html_escape(clip(one_line(text, st.units[n].span), 90)));
    }
    out += "</ul>";
  }
  out += "</section>\n</div>\n</main>\n";
  out += "<footer>Made by argmine. Offsets are bytes into the input; the JSON below the page is the same as "
         "<code>argmine summarize --format json</code>.</footer>\n";

  // The JSON summary, for the script ("</" cannot end the script element early).
  std::string json = render_json(st, doc, o);
  std::string safe;
  safe.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' ) safe += "\\u003c";
    else safe += json[i];
  }
  out += "<script type=\"application/json\" id=\"summary-data\">" + safe + "</script>\n";
  out += "<script>" + std::string(kScript) + "</script>\n</body></html>\n";
  return out;
}

}  // namespace argmine::detail
