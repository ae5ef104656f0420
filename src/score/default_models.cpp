#include <argmine/score/data.hpp>
#include <argmine/score/default_models.hpp>

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

namespace argmine {

TrainOptions role_model_options() {
  TrainOptions o;
  o.features.word_ngrams = 2;
  o.features.char_max = 0;
  o.features.hash_bits = 18;
  o.features.target_features = true;  // the target is the sentence's position
  o.features.unit_features = true;
  o.labels = {"MajorClaim", "Claim", "Premise", "None"};
  return o;
}

Result<std::shared_ptr<const LinearModel>> train_role_model(const std::string& corpus_dir) {
  auto examples = read_examples(corpus_dir, DataFormat::brat);
  if (!examples) return std::move(examples).error();
  return train(*examples, role_model_options());
}

std::vector<std::string> default_model_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("ARGMINE_MODEL_DIR"); env && *env) dirs.emplace_back(env);
  dirs.emplace_back(ARGMINE_BUILD_MODEL_DIR);
  dirs.emplace_back(ARGMINE_INSTALL_MODEL_DIR);
  return dirs;
}

Result<std::shared_ptr<const LinearModel>> load_default_model(std::string_view name) {
  const auto dirs = default_model_dirs();
  for (const auto& dir : dirs) {
    const auto path = std::filesystem::path(dir) / fmt::format("{}.model", name);
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return LinearModel::load(path.string());
  }
  return Error(Errc::io,
               fmt::format("no default model '{}' in {} (build the target argmine-models, or set "
                           "ARGMINE_MODEL_DIR)",
                           name, fmt::join(dirs, ", ")));
}

}  // namespace argmine
