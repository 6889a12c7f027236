#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file under src/ and ui/ that marks strings for translation must be
# listed in po/POTFILES.in, else its strings never reach the translators; and
# every listed file must exist, else xgettext fails.
# Usage: check-potfiles.sh SOURCE_ROOT
set -uo pipefail

root=${1:?usage: $0 SOURCE_ROOT}
cd "$root" || exit 2
potfiles=po/POTFILES.in

echo "1..2"

# Listed files, without comments and blank lines.
listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" | sort -u)

# Files that use gettext: _( N_( C_( NC_( (not as part of a longer name),
# ngettext, or translatable="yes" in GtkBuilder XML.
pattern='(^|[^[:alnum:]_])(N?C?_|N_)[[:space:]]*\(|ngettext|translatable="yes"'
marked=$(grep -rlIE --exclude=meson.build "$pattern" src ui 2>/dev/null | sort -u)

missing=$(comm -23 <(printf '%s\n' "$marked" | sed '/^$/d') \
                   <(printf '%s\n' "$listed"))
if [ -z "$missing" ]; then
  echo "ok 1 - every file with translatable strings is in $potfiles"
else
  printf '%s\n' "$missing" | sed "s|^|# not listed in $potfiles: |" >&2
  echo "not ok 1 - files with translatable strings missing from $potfiles"
fi

absent=$(printf '%s\n' "$listed" | while IFS= read -r f; do
  [ -z "$f" ] || [ -f "$f" ] || printf '%s\n' "$f"
done)
if [ -z "$absent" ]; then
  echo "ok 2 - every file in $potfiles exists"
else
  printf '%s\n' "$absent" | sed 's/^/# listed but absent: /' >&2
  echo "not ok 2 - $potfiles lists files that do not exist"
fi
exit 0
