#!/usr/bin/env bash
# Installs the build tree into a scratch prefix, builds tests/package/consumer against it with
# find_package(argmine), and runs it. Usage: package_test.sh BUILD_DIR CONSUMER_SOURCE WORK_DIR [CXXFLAGS]
set -eu
build=$1; consumer=$2; work=$3; flags=${4:-}
rm -rf "$work"; mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
cmake -S "$consumer" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS="$flags" > "$work/configure.log"
cmake --build "$work/build" > "$work/build.log" || { cat "$work/build.log"; exit 1; }
out=$("$work/build/consumer")
expected="Critics|say|it|wo|n't|work|.|They|'re|wrong|.|2 sentences"
if [ "$out" != "$expected" ]; then
  echo "consumer printed: $out"; echo "expected:         $expected"; exit 1
fi
echo "ok: consumer built against the installed package and printed: $out"
