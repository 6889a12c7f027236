#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Speed and memory at region scale, against the sqlite3 shell on the same
# file (a benchmark: nothing is asserted). Builds databases of ~100 000,
# ~1.4 million and ~5 million outcomes with `generate-demo` on top of
# `load-example`, keeps them in BUILDDIR/bench-scale/ so a rerun starts at
# once, and prints per operation and size: our time, sqlite3's time, the
# ratio and our peak memory (maximum resident set, from /usr/bin/time).
# Times are medians of wall-clock seconds; the CPU ratio (user + system
# seconds) is steadier on a shared machine. For instruction counts, run a
# command under `valgrind --tool=callgrind`.
#
# Usage: bench-scale.sh BUILDDIR
#   STYRKORT_BENCH_SIZES="100k 1.4M 5M"  sizes to run (default all three)
#   STYRKORT_BENCH_RUNS=3                runs per operation (the median is shown)
#   STYRKORT_BENCH_IMPORT_MAX=1.4M       largest size whose JSON we import
#   STYRKORT_BENCH_CALLGRIND=1           also count instructions (valgrind; slow, but
#                                        the same on a busy machine as on an idle one)
set -euo pipefail
build=$(cd "${1:-_build/dev}" && pwd)
sizes=${STYRKORT_BENCH_SIZES:-100k 1.4M 5M}
runs=${STYRKORT_BENCH_RUNS:-3}
import_max=${STYRKORT_BENCH_IMPORT_MAX:-1.4M}
cli=$build/src/cli/styrkort-cli
ops=$build/tests/bench-scale-ops
cache=$build/bench-scale
work=$(mktemp -d "${TMPDIR:-/tmp}/sk-bench-scale-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$cache"
export LC_ALL=C.UTF-8 LANGUAGE=

for tool in sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-scale: needs $tool" >&2; exit 77; }
done

# size → generate-demo arguments (outcomes: 104 818, 1 362 474, 5 229 000 or so)
demo_args () {
  case $1 in
    100k) echo "--years 2021-2025 --units 200" ;;
    1.4M) echo "--years 2021-2025 --units 2666" ;;
    5M)   echo "--years 2016-2025 --units 5000" ;;
    *) echo "bench-scale: unknown size $1 (100k, 1.4M or 5M)" >&2; exit 2 ;;
  esac
}

size_rank () { case $1 in 100k) echo 1 ;; 1.4M) echo 2 ;; 5M) echo 3 ;; esac; }

make_db () {
  local size=$1 db=$cache/$1.db
  if [ ! -s "$db" ]; then
    echo "# building $db (generate-demo $(demo_args "$size"))" >&2
    rm -f "$db" "$db-wal" "$db-shm"
    "$cli" --db "$db.tmp" init >/dev/null
    "$cli" --db "$db.tmp" load-example >/dev/null
    /usr/bin/time -f "# generate-demo: %e s, %M KB" \
      "$cli" --db "$db.tmp" generate-demo $(demo_args "$size") --seed 1 >/dev/null
    sqlite3 "$db.tmp" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    mv "$db.tmp" "$db"
    rm -f "$db.tmp-wal" "$db.tmp-shm"
  fi
  echo "$db"
}

# Runs "$@" $runs times (standard output to $out, /dev/null by default);
# prints "median_seconds median_cpu_seconds max_rss_kb".
measure () {
  local n=$1; shift
  local i t0 t1
  : >"$work/times"
  for i in $(seq "$n"); do
    [ -n "${prepare:-}" ] && eval "$prepare"
    # wall-clock from date (to the millisecond; time's %e has 10 ms steps)
    t0=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >"${out:-/dev/null}" 2>"$work/err" \
      || { echo "bench-scale: failed: $*" >&2; cat "$work/err" >&2; echo "nan nan 0"; return; }
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) $(cat "$work/time")" |
      awk '{printf "%.3f %s %s %s\n", $1 / 1000, $2, $3, $4}' >>"$work/times"
  done
  echo "$(median 1) $(awk '{printf "%.2f\n", $2 + $3}' "$work/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') \
$(awk '$4 > m {m = $4} END {print m}' "$work/times")"
}

# Instructions of one run of "$@" under callgrind, or "–" when not asked for.
instructions () {
  if [ -z "${STYRKORT_BENCH_CALLGRIND:-}" ]; then echo "-"; return; fi
  [ -n "${prepare:-}" ] && eval "$prepare"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >"${out:-/dev/null}" 2>"$work/cg" || true
  sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' "$work/cg" | tr -d , | tail -1
}

median () { awk -v c="$1" '{print $c}' "$work/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row () { # operation size ours ours_cpu sqlite3 sqlite3_cpu rss ours_instr sqlite3_instr
  awk -v op="$1" -v sz="$2" -v a="$3" -v ac="$4" -v b="$5" -v bc="$6" -v m="$7" -v ai="$8" -v bi="$9" 'BEGIN {
    r = (b > 0 && a != "nan") ? sprintf("%.1f×", a / b) : "–";
    rc = (bc > 0 && ac != "nan") ? sprintf("%.1f×", ac / bc) : "–";
    ri = (bi > 0 && ai > 0) ? sprintf("%.2f×", ai / bi) : "–";
    printf "| %-22s | %4s | %8s s | %8s s | %5s | %5s | %6s | %6.0f MB |\n", op, sz, a, b, r, rc, ri, m / 1024 }'
}

echo "| operation              | size |     ours   |   sqlite3  | ratio | CPU ratio | instr. ratio | our peak memory |"
echo "|------------------------|------|------------|------------|-------|-----------|--------------|-----------------|"
for size in $sizes; do
  db=$(make_db "$size")
  n=$(sqlite3 "$db" "SELECT count(*) FROM outcome")
  size_label="$size"
  echo "# $size: $n outcomes, $(du -m "$db" | cut -f1) MB" >&2

  # export-json against .dump, both to a file through standard output
  # (--output FILE adds an fsync when it replaces a file, for a safe swap)
  read -r ours ours_cpu rss < <(out="$work/export.json" measure "$runs" "$cli" --db "$db" export-json)
  read -r theirs theirs_cpu _ < <(out="$work/dump.sql" measure "$runs" sqlite3 "$db" .dump)
  oi=$(instructions "$cli" --db "$db" export-json)
  ti=$(instructions sqlite3 "$db" .dump)
  row "export-json vs .dump" "$size_label" "$ours" "$ours_cpu" "$theirs" "$theirs_cpu" "$rss" "$oi" "$ti"
  echo "# export: $(du -m "$work/export.json" | cut -f1) MB JSON, dump $(du -m "$work/dump.sql" | cut -f1) MB SQL" >&2

  # import-json into a new file against .read of the dump
  if [ "$(size_rank "$size")" -le "$(size_rank "$import_max")" ]; then
    import_runs=$runs
    [ "$(size_rank "$size")" -gt 1 ] && import_runs=1  # minutes each at 1.4M
    prepare="rm -f '$work/in.db' '$work/in.db-wal' '$work/in.db-shm'; '$cli' --db '$work/in.db' init >/dev/null"
    read -r ours ours_cpu rss < <(measure "$import_runs" "$cli" --db "$work/in.db" import-json "$work/export.json")
    prepare="rm -f '$work/in.db' '$work/in.db-journal'"
    read -r theirs theirs_cpu _ < <(measure "$import_runs" sqlite3 "$work/in.db" ".read $work/dump.sql")
    ti=$(instructions sqlite3 "$work/in.db" ".read $work/dump.sql")
    prepare="rm -f '$work/in.db' '$work/in.db-wal' '$work/in.db-shm'; '$cli' --db '$work/in.db' init >/dev/null"
    oi=$(instructions "$cli" --db "$work/in.db" import-json "$work/export.json")
    prepare=
    row "import-json vs .read" "$size_label" "$ours" "$ours_cpu" "$theirs" "$theirs_cpu" "$rss" "$oi" "$ti"
  else
    echo "# import-json skipped above $import_max (STYRKORT_BENCH_IMPORT_MAX)" >&2
  fi
  rm -f "$work/export.json" "$work/dump.sql" "$work"/in.db*

  # status of a whole year against one SELECT that reads the same rows
  read -r ours ours_cpu rss < <(measure "$runs" "$cli" --db "$db" status --year 2025 --period 2025-12)
  status_sql="SELECT o.indicator_id, o.unit_id, count(*), sum(o.value),
            max(CASE WHEN o.period = '2025-12' THEN o.value END)
       FROM outcome o JOIN plan_indicator pi ON pi.indicator_id = o.indicator_id
      WHERE pi.plan_id = (SELECT id FROM plan WHERE year = 2025)
        AND o.period BETWEEN '2024-01' AND '2025-12'
      GROUP BY o.indicator_id, o.unit_id;"
  read -r theirs theirs_cpu _ < <(measure "$runs" sqlite3 "$db" "$status_sql")
  oi=$(instructions "$cli" --db "$db" status --year 2025 --period 2025-12)
  ti=$(instructions sqlite3 "$db" "$status_sql")
  row "status (whole year)" "$size_label" "$ours" "$ours_cpu" "$theirs" "$theirs_cpu" "$rss" "$oi" "$ti"

  # what one view needs: medians and 99th percentiles in ms
  cp "$db" "$work/ops.db"
  "$ops" "$work/ops.db" 2025 "Vårdcentral 1 (fiktiv)" "Antal besök inkl. distans" |
    while read -r what median p99 count; do
      printf "| %-22s | %4s | %s ms median, %s ms p99 (n=%s) | | | | | |\n" "view: $what" "$size_label" "$median" "$p99" "$count"
    done
  rm -f "$work"/ops.db*
done
