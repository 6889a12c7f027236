#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: time from starting a program to its first painted
# frame under Xvfb (cairo renderer), for a bare libadwaita window (header
# bar and label, tests/bench-startup-bare.c) beside styrkort on an empty
# database and on the example plan. The runs are interleaved, so a busy
# machine slows all alike; medians and the ratio to the bare window are
# printed, with the load average. Goal (issue 10): example ≤ 1,3 × bare.
# Usage: bench-startup.sh BUILDDIR [RUNS]
set -euo pipefail
if [ -z "${SK_BENCH_XVFB:-}" ]; then
  SK_BENCH_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" bash "$0" "$@"
fi
build=${1:-_build/test}
runs=${2:-15}
app=$build/src/app/styrkort
bare=$build/tests/bench-startup-bare
cli=$build/src/cli/styrkort-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" --db "$tmp/empty.db" init >/dev/null
"$cli" --db "$tmp/example.db" init >/dev/null
"$cli" --db "$tmp/example.db" load-example >/dev/null
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_STATE_HOME=$tmp/state
export GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$build/data"

# One run: the milliseconds to the first frame into $1, and (styrkort) to
# the first frame that shows the view in front into $1-view.
once () {
  local out=$1; shift
  STYRKORT_FIRST_FRAME=$(date +%s%6N) "$@" 2>/dev/null >"$tmp/run"
  sed -n 's/^first frame after \([0-9.]*\) ms$/\1/p' "$tmp/run" >>"$out"
  sed -n 's/^view shown after \([0-9.]*\) ms$/\1/p' "$tmp/run" >>"$out-view"
}

# A warm-up of each, not counted (the first run reads the files from disk).
once "$tmp/warm" "$bare"; once "$tmp/warm" "$app" --db "$tmp/example.db"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq "$runs"); do
  once "$tmp/bare" "$bare"
  once "$tmp/empty" "$app" --db "$tmp/empty.db"
  once "$tmp/example" "$app" --db "$tmp/example.db"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median () { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
stats () {
  sort -n "$1" | awk '{a[NR]=$1} END {printf "median %5.0f ms, min %4.0f ms, max %4.0f ms (n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}'
}
b=$(median "$tmp/bare")
echo "bare window:      $(stats "$tmp/bare")"
echo "empty database:   $(stats "$tmp/empty")   $(awk -v x="$(median "$tmp/empty")" -v b="$b" 'BEGIN {printf "%.2f × bare", x / b}')"
echo "example plan:     $(stats "$tmp/example")   $(awk -v x="$(median "$tmp/example")" -v b="$b" 'BEGIN {printf "%.2f × bare", x / b}')"
echo "example, view:    $(stats "$tmp/example-view")   $(awk -v x="$(median "$tmp/example-view")" -v b="$b" 'BEGIN {printf "%.2f × bare", x / b}')  (the goals view with its data, made after the first frame)"
echo "load average:     $load_before (before), $load_after (after)"
