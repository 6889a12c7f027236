#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) in _build/fuzz and
# runs each for SECONDS (default 300). New corpus entries go to
# _build/fuzz/work/NAME (the seeds in tests/fuzz/corpus/NAME stay as they
# are); a crash input lands in _build/fuzz/crashes/NAME/: copy it into
# tests/fuzz/regressions/NAME/ so the normal suite repeats it.
#   tests/fuzz/run.sh [SECONDS [NAME...]]
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$PWD
seconds=${1:-300}
shift || true
names=("$@")
[ "${#names[@]}" -gt 0 ] || names=(target format json)

if [ ! -d _build/fuzz ]; then
  CC=clang meson setup _build/fuzz -Dfuzz=true -Dapp=false
fi
meson compile -C _build/fuzz $(printf 'tests/fuzz/fuzz-%s ' "${names[@]}")

export ASAN_OPTIONS=fast_unwind_on_malloc=0
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp
export UBSAN_OPTIONS=print_stacktrace=1
for name in "${names[@]}"; do
  mkdir -p "_build/fuzz/work/$name" "_build/fuzz/crashes/$name"
  # The JSON import is slow per input: keep inputs to a size that still
  # holds every section.
  extra=()
  [ "$name" = json ] && extra=(-max_len=16384)
  "_build/fuzz/tests/fuzz/fuzz-$name" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="_build/fuzz/crashes/$name/" "${extra[@]}" \
    "_build/fuzz/work/$name" "tests/fuzz/corpus/$name" \
    2>&1 | tee "_build/fuzz/$name.log" | grep -E '^(#[0-9]+ +(INITED|DONE)|stat::|SUMMARY|==[0-9]+==ERROR)' || true
done
