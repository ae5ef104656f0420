// argmine tokenize [FILE|-] --format text|jsonl|conllu
#include "commands.hpp"
#include "common.hpp"

#include <argmine/io.hpp>
#include <argmine/json.hpp>
#include <argmine/text/conllu.hpp>
#include <argmine/text/tokenizer.hpp>

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace argmine::cli {
namespace {

struct TokenizeArgs {
  std::string input = "-";
  std::string format = "text";
  std::string engine = "fast";
  std::string invalid_utf8 = "error";
  std::string doc_id;
};

void write_text(const Document& doc, Output& out) {
  std::string& b = out.buffer();
  for (const Paragraph& p : doc.paragraphs()) {
    for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
      const Sentence& sent = doc.sentences()[s];
      for (std::uint32_t t = sent.first_token; t < sent.end_token; ++t) {
        if (t > sent.first_token) b.push_back(' ');
        const Token& tok = doc.tokens()[t];
        if (tok.kind == TokenKind::invalid) b.append("\xEF\xBF\xBD");
        else b.append(doc.text_of(tok));
      }
      b.push_back('\n');
      out.maybe_flush();
    }
    b.push_back('\n');
  }
}

void write_jsonl(const Document& doc, Output& out, std::size_t& paragraph_no, std::size_t& sentence_no) {
  std::string& b = out.buffer();
  const std::uint64_t base = doc.base_offset();
  for (const Paragraph& p : doc.paragraphs()) {
    for (std::uint32_t s = p.first_sentence; s < p.end_sentence; ++s) {
      const Sentence& sent = doc.sentences()[s];
      b += fmt::format(R"({{"paragraph":{},"sentence":{},"begin":{},"end":{},"tokens":[)", paragraph_no,
                       sentence_no++, base + sent.begin, base + sent.end);
      for (std::uint32_t t = sent.first_token; t < sent.end_token; ++t) {
        const Token& tok = doc.tokens()[t];
        if (t > sent.first_token) b.push_back(',');
        b += fmt::format(R"({{"begin":{},"end":{},"kind":"{}","text":)", base + tok.begin, base + tok.end,
                         to_string(tok.kind));
        append_json_string(b, doc.text_of(tok));
        if (tok.has(Token::clitic)) b += R"(,"clitic":true)";
        if (tok.has(Token::abbreviation)) b += R"(,"abbreviation":true)";
        b.push_back('}');
      }
      b += "]}\n";
      out.maybe_flush();
    }
    ++paragraph_no;
  }
}

int run_tokenize(const TokenizeArgs& a) {
  TokenizerOptions opt;
  if (a.engine == "icu-utf8") opt.engine = TokenizerEngine::icu_utf8;
  else if (a.engine == "icu-utf16") opt.engine = TokenizerEngine::icu_utf16;
  opt.invalid_utf8 = a.invalid_utf8 == "replace" ? Utf8Policy::replace : Utf8Policy::error;
  Tokenizer tokenizer(opt);

  std::ifstream file;
  std::istream* in = &std::cin;
  if (a.input != "-") {
    file.open(a.input, std::ios::binary);
    if (!file) return fail(Error(Errc::io, "cannot open file", a.input));
    in = &file;
  }
  Output out;
  std::size_t paragraph_no = 0, sentence_no = 0;
  bool first = true;
  const std::string doc_id = !a.doc_id.empty() ? a.doc_id : a.input == "-" ? "stdin" : a.input;
  Status st = tokenize_stream(
      tokenizer, *in,
      [&](const Document& doc) {
        if (a.format == "jsonl") {
          write_jsonl(doc, out, paragraph_no, sentence_no);
        } else if (a.format == "conllu") {
          ConlluOptions co;
          co.doc_id = first ? doc_id : "";
          co.sent_id_prefix = doc_id;
          co.first_sentence_number = sentence_no + 1;
          std::ostringstream os;
          write_conllu(doc, os, co);
          out.buffer() += os.str();
          sentence_no += doc.sentences().size();
          out.maybe_flush();
        } else {
          write_text(doc, out);
        }
        first = false;
        return true;
      },
      display_name(a.input));
  out.flush();
  if (!st.ok()) return fail(st.error());
  return 0;
}

}  // namespace

void add_tokenize(CLI::App& app, std::function<int()>& action) {
  auto args = std::make_shared<TokenizeArgs>();
  auto* cmd = app.add_subcommand("tokenize", "Split text into paragraphs, sentences and tokens");
  cmd->add_option("input", args->input, "UTF-8 text file, or - for standard input")->capture_default_str();
  cmd->add_option("--format", args->format, "Output: text (a sentence a line), jsonl (a sentence a line, with byte "
                                            "offsets and kinds) or conllu (UD style)")
      ->check(CLI::IsMember({"text", "jsonl", "conllu"}))
      ->capture_default_str();
  cmd->add_option("--engine", args->engine, "Word-boundary engine (all give the same tokens)")
      ->check(CLI::IsMember({"fast", "icu-utf8", "icu-utf16"}))
      ->capture_default_str();
  cmd->add_option("--invalid-utf8", args->invalid_utf8,
                  "error: stop at the first invalid byte; replace: keep it as a token of kind invalid")
      ->check(CLI::IsMember({"error", "replace"}))
      ->capture_default_str();
  cmd->add_option("--doc-id", args->doc_id, "Document ID for CoNLL-U (default: the file name)");
  cmd->callback([args, &action] { action = [args] { return run_tokenize(*args); }; });
}

}  // namespace argmine::cli
