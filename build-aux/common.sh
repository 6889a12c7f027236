# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by run-tests.sh and run-app.sh (sourced, not run).

# Everything needed to build, run and test Styrkort on Debian 12.
STYRKORT_PACKAGES=(
  gcc libc6-dev pkgconf meson ninja-build
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libjson-glib-dev
  gettext desktop-file-utils appstream
  xvfb xauth locales imagemagick poppler-utils
  flatpak-builder sqlite3 libglib2.0-dev-bin
  python3 librsvg2-common shared-mime-info fonts-dejavu-core
  libcairo2-dev libpango1.0-dev
  libxtst6
  dbus dbus-bin at-spi2-core gir1.2-atspi-2.0 python3-gi
  libreoffice-calc
  libpq-dev postgresql
)

sk_say () {
  printf '==> %s\n' "$*" >&2
}

# Installs whichever packages are missing; touches apt only when needed.
sk_ensure_packages () {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    sk_say "dpkg-query not found: not a Debian system, assuming the packages are present"
    return 0
  fi
  local missing=() pkg
  for pkg in "${STYRKORT_PACKAGES[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != installed ]; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    sk_say "ERROR: missing packages: ${missing[*]}"
    sk_say "Run this script as root, or install them: apt-get install -y --no-install-recommends ${missing[*]}"
    return 1
  fi
  sk_say "Installing missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
}

# Swedish number formatting needs a real sv_SE locale; generate it when we can.
sk_ensure_swedish_locale () {
  if locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$'; then
    return 0
  fi
  if [ "$(id -u)" -eq 0 ] && command -v localedef >/dev/null 2>&1; then
    sk_say "Generating the sv_SE.UTF-8 locale"
    localedef -i sv_SE -f UTF-8 sv_SE.UTF-8 || sk_say "warning: could not generate sv_SE.UTF-8"
  else
    sk_say "warning: locale sv_SE.UTF-8 missing (as root: localedef -i sv_SE -f UTF-8 sv_SE.UTF-8)"
  fi
}
