#!/usr/bin/env bash
# Builds the libFuzzer target over the shim's parse entry points (native/fuzz/fuzz_parse.cpp, with
# ASan and UBSan) and runs it for a bounded time from the committed seed corpus.
# Usage: scripts/fuzz-native.sh [seconds]   (default 60; new inputs go to artifacts/fuzz/corpus,
# crashes to artifacts/fuzz/crash-*; pin each finding as a test in native/tests/test_native.c)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
case "$seconds" in
  ''|*[!0-9]*) echo "usage: scripts/fuzz-native.sh [seconds]  (seconds: a whole number, got '$seconds')" >&2; exit 2 ;;
esac
cd "$root"
scripts/install-deps.sh clang-14 libclang-rt-14-dev
build=artifacts/fuzz/build
cmake -S native -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORDON_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build" --target fuzz_parse -j 2 >/dev/null
mkdir -p artifacts/fuzz/corpus
# RDKit itself is not instrumented; leaks it keeps on purpose (static tables) are not findings.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
"$build/fuzz_parse" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
  -dict=native/fuzz/tokens.dict -print_final_stats=1 -artifact_prefix=artifacts/fuzz/ \
  artifacts/fuzz/corpus native/fuzz/corpus
