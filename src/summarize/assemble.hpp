// Internal steps of the summarize stage, each filling part of an ArgumentStructure.
#pragma once

#include <argmine/summarize/structure.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace argmine::detail {

/// Paragraph numbers as a reader counts them: 1 for the first paragraph with an argumentative sentence
/// (titles, credits and bylines before it do not count), 0 for paragraphs with none. Indexed by paragraph.
std::vector<std::uint32_t> body_paragraph_numbers(const ArgumentStructure& st, std::size_t paragraphs);

/// Trims a span of `text` of spaces and of the given trailing characters.
Span trim_span(std::string_view text, Span s, std::string_view trailing = " ,;:.!?");

/// The author's stance toward the people, organisations and positions of others the text discusses. Needs
/// `out.units`, `out.sentences` and `out.oppositions`; fills `out.stance`.
void compute_stance(const Document& doc, const std::vector<std::uint64_t>& hashes, const SummarizerOptions& options,
                    ArgumentStructure& out);

}  // namespace argmine::detail
