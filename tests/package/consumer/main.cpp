// Tokenizes a sentence with the installed argmine and prints its tokens.
#include <argmine/text/tokenizer.hpp>

#include <cstdio>

int main() {
  argmine::Tokenizer tokenizer;
  auto doc = tokenizer.tokenize("Critics say it won't work. They're wrong.");
  if (!doc) {
    std::fprintf(stderr, "%s\n", doc.error().to_string().c_str());
    return 1;
  }
  for (const auto& t : doc->tokens()) {
    const auto text = doc->text_of(t);
    std::printf("%.*s|", static_cast<int>(text.size()), text.data());
  }
  std::printf("%zu sentences\n", doc->sentences().size());
  return 0;
}
