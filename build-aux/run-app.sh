#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Styrkort in _build/app and runs the desktop app uninstalled;
# arguments are passed on to the app.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=build-aux/common.sh
source build-aux/common.sh

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  sk_say "ERROR: no display: neither DISPLAY nor WAYLAND_DISPLAY is set."
  sk_say "Styrkort is a desktop app; run this from a graphical session."
  exit 1
fi

sk_ensure_packages

dir=_build/app
if [ -f "$dir/meson-private/coredata.dat" ]; then
  meson configure "$dir" -Dapp=true
else
  meson setup "$dir"
fi
meson compile -C "$dir"

# The compiled settings schema lives in the build dir's data/.
export GSETTINGS_SCHEMA_DIR=$root/$dir/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}
exec "$root/$dir/src/app/styrkort" "$@"
