#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Swedish translation must be complete: po/sv.po is valid with nothing
# untranslated or fuzzy, and every string in a freshly extracted template
# (xgettext over po/POTFILES.in, as meson's glib preset does) is translated.
# Usage: check-translations.sh SOURCE_ROOT [LANG]
set -uo pipefail

root=${1:?usage: $0 SOURCE_ROOT [LANG]}
lang=${2:-sv}
cd "$root" || exit 2
po=po/$lang.po

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "1..2"

# 1. The .po file itself.
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1)
rc=$?
printf '%s\n' "$stats" | sed 's/^/# /' >&2
if [ "$rc" -eq 0 ] && ! grep -qE 'untranslated|fuzzy' <<<"$stats"; then
  echo "ok 1 - $po is valid and fully translated"
else
  echo "not ok 1 - $po is invalid or has untranslated or fuzzy messages"
fi

# 2. Against the current sources.
# shellcheck disable=SC2054  # the commas belong to xgettext options
xgettext_args=(
  --from-code=UTF-8 --add-comments
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format
  --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format
)
if ! xout=$(xgettext --package-name=styrkort -f po/POTFILES.in -D . -k_ \
              "${xgettext_args[@]}" -o "$tmp/styrkort.pot" 2>&1); then
  printf '%s\n' "$xout" | sed 's/^/# /' >&2
  echo "not ok 2 - xgettext failed over po/POTFILES.in"
  exit 0
fi
if [ ! -f "$tmp/styrkort.pot" ]; then
  # xgettext writes nothing when there are no strings at all.
  echo "ok 2 - no translatable strings in the sources"
  exit 0
fi

# Merge without fuzzy matching: a string new in the sources stays untranslated.
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/styrkort.pot" 2>&1 |
  sed 's/^/# /' >&2
merged_stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/merged.po" 2>&1)
rc=$?
printf '%s\n' "$merged_stats" | sed 's/^/# /' >&2
untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" |
                 sed -n 's/^msgid "\(.\+\)"$/\1/p')
if [ "$rc" -eq 0 ] && [ -z "$untranslated" ] &&
   ! grep -qE 'untranslated|fuzzy' <<<"$merged_stats"; then
  echo "ok 2 - every string in the sources has a $lang translation"
else
  printf '%s\n' "$untranslated" | sed '/^$/d; s/^/# untranslated: /' >&2
  echo "not ok 2 - strings in the sources lack a $lang translation"
fi
exit 0
