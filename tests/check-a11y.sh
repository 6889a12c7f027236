#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A screen reader hears every control (issue 10): opens the app on each of
# the eight views, with the example plan and with the example plus demo data,
# walks its AT-SPI tree with the audit tool (tests/a11y/, the library Orca
# uses) and fails on any unlabelled control on screen. Prints TAP.
#
# Usage: check-a11y.sh APP CLI UNLABELLED OUTDIR
#   UNLABELLED is a small window with one unnamed button: the audit must
#   fail on it, so that a broken audit cannot pass the views vacuously.
set -uo pipefail

app=$1 cli=$2 unlabelled=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
audit=$here/a11y/a11y-audit.sh
views=(goals indicators outcomes workenv followup plans charts board budget)
datasets=(example demo)

echo "1..$((1 + ${#views[@]} * ${#datasets[@]}))"
rm -rf "$out"
mkdir -p "$out"

# Swedish names, as a Swedish screen-reader user hears them.
export LANGUAGE=sv LANG=C.UTF-8
unset LC_ALL

# Runs the audit; its summary goes to the log as TAP comments.
run_audit () {
  local dir=$1 rc
  shift
  LANGUAGE=sv LANG=C.UTF-8 bash "$audit" -o -t 120 -s 2 "$dir" -- "$@" >"$dir.log" 2>&1
  rc=$?
  sed 's/^/# /' "$dir.log"
  return "$rc"
}

# The control case: the audit must see the window and report its button.
n=1
run_audit "$out/unlabelled" "$unlabelled"
rc=$?
if [ "$rc" -eq 1 ] && grep -q 'UNLABELLED' "$out/unlabelled/tree.txt" 2>/dev/null; then
  echo "ok $n - the audit reports an unnamed button as unlabelled"
else
  echo "not ok $n - the audit reports an unnamed button as unlabelled (exit status $rc)"
fi

for data in "${datasets[@]}"; do
  db=$out/$data.db
  { LC_ALL=C.UTF-8 "$cli" --db "$db" init && LC_ALL=C.UTF-8 "$cli" --db "$db" load-example; } \
    >/dev/null 2>"$out/$data-cli.log" ||
    echo "# load-example failed: $(cat "$out/$data-cli.log")"
  if [ "$data" = demo ]; then
    LC_ALL=C.UTF-8 "$cli" --db "$db" generate-demo --years 2023-2024 >/dev/null 2>>"$out/$data-cli.log" ||
      echo "# generate-demo failed: $(cat "$out/$data-cli.log")"
  fi
  for view in "${views[@]}"; do
    n=$((n + 1))
    dir=$out/$data-$view
    run_audit "$dir" "$app" --db "$db" --year 2024 --view "$view"
    rc=$?
    # A walk that saw no on-screen control at all is no pass either.
    controls=$(python3 -c 'import json,sys
r=json.load(open(sys.argv[1]))
print(r["totals"]["onscreen"])' \
      "$dir/report.json" 2>/dev/null || echo 0)
    if [ "$rc" -eq 0 ] && [ "${controls:-0}" -gt 0 ]; then
      echo "ok $n - $view ($data): all $controls controls on screen have a name"
    else
      echo "not ok $n - $view ($data): unlabelled controls on screen (exit status $rc, $controls controls)"
      grep -i 'unlabelled' "$dir/tree.txt" 2>/dev/null | grep -v offscreen | sed 's/^ */#   /' | head -40
    fi
  done
done
exit 0
