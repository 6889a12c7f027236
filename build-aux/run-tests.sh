#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every test: installs missing Debian packages, builds _build/test and
# _build/asan (AddressSanitizer and UndefinedBehaviorSanitizer), runs all
# suites of _build/test under Xvfb, then the long suite (thousands of
# kill -9), then every suite of _build/asan, and prints one last line
# "N passed, N failed" counting test cases (TAP lines).
set -euo pipefail

cd "$(dirname "$0")/.."
# Nothing here reads input; a compiler probe that meson runs (cc -E -v -)
# would otherwise read whatever the caller's standard input holds.
exec </dev/null
root=$PWD
# shellcheck source=build-aux/common.sh
source build-aux/common.sh

sk_ensure_packages
sk_ensure_swedish_locale

# Stages that fail before producing any TAP count as one failed case each.
stage_failures=0
test_status=0

# Counts TAP "ok"/"not ok" lines in a build dir's testlog.json; a test that
# failed without a "not ok" line (crash, timeout, no TAP) counts as one failure.
count_cases () {
  python3 - "$1" <<'PY'
import json, re, sys

passed = failed = 0
try:
    with open(sys.argv[1], encoding="utf-8") as log:
        lines = [l for l in log if l.strip()]
except OSError:
    print("0 1")
    sys.exit(0)

for line in lines:
    entry = json.loads(line)
    out = entry.get("stdout") or ""
    ok = not_ok = 0
    for tap in out.splitlines():
        if re.match(r"not ok\b", tap):
            # "# TODO" marks an expected failure.
            if re.search(r"#\s*TODO\b", tap, re.I):
                ok += 1
            else:
                not_ok += 1
        elif re.match(r"ok\b", tap):
            ok += 1
    if entry.get("result") not in ("OK", "SKIP", "EXPECTEDFAIL") and not_ok == 0:
        not_ok = 1
    passed += ok
    failed += not_ok
print(passed, failed)
PY
}

# build_suite NAME BUILDDIR "SETUP OPTIONS": a fresh configure and build.
# Both builds come before any test runs, so no test can disturb a build.
build_suite () {
  local name=$1 dir=$2 opts=$3
  sk_say "[$name] configuring a fresh $dir"
  rm -rf "$dir"
  # shellcheck disable=SC2086  # opts is a list of words
  if ! meson setup "$dir" $opts; then
    sk_say "[$name] meson setup failed"
    stage_failures=$((stage_failures + 1))
    test_status=1
    return 1
  fi
  sk_say "[$name] building"
  if ! meson compile -C "$dir"; then
    sk_say "[$name] build failed"
    stage_failures=$((stage_failures + 1))
    test_status=1
    return 1
  fi
}

# test_suite NAME BUILDDIR WRAPPER... -- MESON TEST ARGS...
test_suite () {
  local name=$1 dir=$2
  shift 2
  local wrapper=()
  while [ "$#" -gt 0 ] && [ "$1" != -- ]; do
    wrapper+=("$1")
    shift
  done
  shift
  sk_say "[$name] testing"
  if ! "${wrapper[@]}" meson test -C "$dir" --no-rebuild --print-errorlogs "$@"; then
    test_status=1
  fi
  if [ ! -f "$dir/meson-logs/testlog.json" ]; then
    sk_say "[$name] no test log written"
    stage_failures=$((stage_failures + 1))
    test_status=1
  fi
}

export GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
# Every suite runs under an Xvfb started here: an app test without a display fails.
export SK_TEST_NEED_DISPLAY=1
export GSETTINGS_SCHEMA_DIR=$root/_build/test/data

mkdir -p _build
built_all=0 built_asan=0
build_suite all _build/test "" && built_all=1
# Every suite, the app's included, also under ASan and UBSan.
build_suite asan _build/asan "-Db_sanitize=address,undefined -Db_lundef=false" && built_asan=1

# One throw-away PostgreSQL cluster for every stage, plain and ASan: the
# tests of the PostgreSQL side read its admin connection string from
# SK_TEST_PG (and skip only without it). Stopped on any exit.
pg_dir=$(mktemp -d /tmp/sk-pg.XXXXXX)
trap 'build-aux/pg-cluster.sh stop "$pg_dir" || true' EXIT
if SK_TEST_PG=$(build-aux/pg-cluster.sh start "$pg_dir"); then
  export SK_TEST_PG
  sk_say "PostgreSQL test cluster: $SK_TEST_PG"
else
  sk_say "[postgresql] the test cluster did not start"
  stage_failures=$((stage_failures + 1))
  test_status=1
fi

if [ "$built_all" = 1 ]; then
  # 1600×1000: room for a 1366 px window (a laptop), which the grid tests size to.
  test_suite all _build/test xvfb-run -a -s "-screen 0 1600x1000x24" --
  # The long suite: thousands of kill -9 (tests/test-kill.c), same build.
  sk_say "[long] testing"
  if ! meson test -C _build/test --no-rebuild --print-errorlogs --setup long --suite long; then
    test_status=1
  fi
fi

if [ "$built_asan" = 1 ]; then
  # Reports also go to files: a test that captures a program's stderr (the
  # CLI tests do) would otherwise hide one, and a sanitizer's exit code 1
  # looks like an ordinary refusal to a test that expects one.
  san_dir=$root/_build/asan/sanitizer-reports
  rm -rf "$san_dir"
  mkdir -p "$san_dir"
  export ASAN_OPTIONS=fast_unwind_on_malloc=0:malloc_context_size=16:detect_leaks=1:log_path=$san_dir/asan
  export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$san_dir/ubsan
  # The GTK tests run several times slower there: longer timeouts.
  # The accessibility audit runs the app as a screen reader would; it asks
  # nothing of memory checks that the suites above do not, so it runs once.
  test_suite asan _build/asan xvfb-run -a -s "-screen 0 1600x1000x24" -- --timeout-multiplier 3 --no-suite a11y
fi

passed=0
failed=$stage_failures
for log in _build/test/meson-logs/testlog.json _build/test/meson-logs/testlog-long.json \
           _build/asan/meson-logs/testlog.json; do
  [ -f "$log" ] || continue
  counts=$(count_cases "$log") || counts=""
  if ! read -r p f <<<"$counts" || [ -z "${f:-}" ]; then
    sk_say "could not read $log"
    p=0 f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
done

# What a failed test logged just before it failed (the CLI tests log each
# run's stderr there), so that a failure can be understood from this output.
for log in _build/test/meson-logs/testlog.json _build/test/meson-logs/testlog-long.json \
           _build/asan/meson-logs/testlog.json; do
  [ -f "$log" ] || continue
  python3 - "$log" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    entry = json.loads(line)
    if entry.get("result") in ("OK", "SKIP", "EXPECTEDFAIL"):
        continue
    tail = (entry.get("stdout") or "").splitlines()[-40:]
    print("--- last lines of %s (%s):" % (entry.get("name"), sys.argv[1]))
    print("\n".join(tail))
PY
done

# Every sanitizer report is a failure, whatever the test made of the exit code.
if [ -n "${san_dir:-}" ] && [ -d "$san_dir" ]; then
  for report in "$san_dir"/*; do
    [ -f "$report" ] || continue
    sk_say "sanitizer report $(basename "$report"):"
    head -n 80 "$report"
    failed=$((failed + 1))
  done
fi

if [ "$failed" -gt 0 ]; then
  test_status=1
fi
echo "$passed passed, $failed failed"
exit "$test_status"
