#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: time from starting `styrkort` to its first frame under
# Xvfb (cairo renderer), median of N runs, on an empty database and on the
# example plan. Usage: bench-startup.sh BUILDDIR [RUNS]
set -euo pipefail
if [ -z "${SK_BENCH_XVFB:-}" ]; then
  SK_BENCH_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" "$@"
fi
build=${1:-_build/test}
runs=${2:-15}
app=$build/src/app/styrkort
cli=$build/src/cli/styrkort-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" --db "$tmp/empty.db" init >/dev/null
"$cli" --db "$tmp/example.db" init >/dev/null
"$cli" --db "$tmp/example.db" load-example >/dev/null

measure () {
  local db=$1
  for _ in $(seq "$runs"); do
    STYRKORT_FIRST_FRAME=$(date +%s%6N) GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 \
      GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
      "$app" --db "$db" 2>/dev/null | sed -n 's/^first frame after \([0-9.]*\) ms$/\1/p'
  done | sort -n | awk '{a[NR]=$1} END {printf "median %.0f ms, min %.0f ms, max %.0f ms (n=%d)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
}

echo -n 'empty database:   '; measure "$tmp/empty.db"
echo -n 'example plan:     '; measure "$tmp/example.db"
