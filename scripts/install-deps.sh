#!/usr/bin/env bash
# Installs the Debian 12 packages argmine needs, and only those missing (a no-op when all are present).
# Run as root (CI is root); otherwise it uses sudo when available. No sources are downloaded or vendored.
set -euo pipefail

# Build: compiler, CMake, the libraries of the design card, and the well-kept helpers argmine uses:
#   CLI11 (command-line parsing), nlohmann-json (JSON input), simdjson (JSONL corpora, fast), zstd and zlib
#   (compressed corpora).
build_packages=(g++ cmake make pkg-config libicu-dev libboost-dev libeigen3-dev libfmt-dev doctest-dev
                libcli11-dev nlohmann-json3-dev libsimdjson-dev libzstd-dev zlib1g-dev zstd python3)
# Tests: headless Chromium for the HTML pages.
test_packages=(chromium)
# Benchmarks against peers (only with --peers): fastText, scikit-learn and NLTK from Debian; valgrind counts
# the instructions of each stage (benchmarks/instructions.sh).
peer_packages=(fasttext python3-sklearn python3-nltk hyperfine valgrind)

packages=("${build_packages[@]}")
for arg in "$@"; do
  case "$arg" in
    --tests) packages+=("${test_packages[@]}") ;;
    --peers) packages+=("${peer_packages[@]}") ;;
    *) echo "usage: $0 [--tests] [--peers]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
