// argmine/score/default_models.hpp — the models argmine ships: trained at build time, only on the project's
// own annotated texts (corpus/), so they can be shipped; models trained on other data are built by the user.
//
// The role model labels each sentence MajorClaim, Claim, Premise or None (see the brat format in
// score/data.hpp). It is built by `argmine default-models` during the build into
// <build>/share/argmine/models/ and installed into <prefix>/share/argmine/models/.
#pragma once

#include <argmine/error.hpp>
#include <argmine/score/model.hpp>
#include <argmine/score/train.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace argmine {

/// Options of the default role model: word uni- and bigrams, no character n-grams, 2^18 slots, position
/// conjunctions, the tagger's units. Character n-grams did not help in cross-validation on corpus/
/// (docs/models.md) and word-only scoring is several times faster.
TrainOptions role_model_options();

/// Trains the default role model on a folder of brat-annotated texts (the project's corpus/).
Result<std::shared_ptr<const LinearModel>> train_role_model(const std::string& corpus_dir);

/// Folders searched for default models, in order: $ARGMINE_MODEL_DIR when set, the build tree's
/// share/argmine/models, the installed share/argmine/models.
std::vector<std::string> default_model_dirs();

/// Loads the default model `name` ("roles") from the first folder of `default_model_dirs()` that has
/// `name.model`; fails with Errc::io listing the folders searched when none has it.
Result<std::shared_ptr<const LinearModel>> load_default_model(std::string_view name);

}  // namespace argmine
