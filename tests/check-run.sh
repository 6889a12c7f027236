#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one validation command as a single TAP test case.
# Usage: check-run.sh DESCRIPTION COMMAND [ARG...]
set -uo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 DESCRIPTION COMMAND [ARG...]" >&2
  exit 2
fi
desc=$1
shift

echo "1..1"
output=$("$@" 2>&1)
rc=$?
# The tool's output goes to stderr as comments; meson shows it when the test fails.
if [ -n "$output" ]; then
  printf '%s\n' "$output" | sed 's/^/# /' >&2
fi
if [ "$rc" -eq 0 ]; then
  echo "ok 1 - $desc"
else
  echo "not ok 1 - $desc (exit status $rc)"
fi
exit 0
