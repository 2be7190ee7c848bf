#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Klagehjelp needs to build, run and test.
# Safe to run again: it installs only what is missing. Needs root or sudo.
set -euo pipefail

packages=(
  # build the desktop app (Tauri v2 on WebKitGTK 4.1)
  build-essential pkg-config file libssl-dev libwebkit2gtk-4.1-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  # end-to-end tests: WebKit's WebDriver and a virtual display
  webkit2gtk-driver xvfb xauth x11-utils xdotool bc
  # PDF checks in the tests and screenshots
  poppler-utils qpdf imagemagick fonts-dejavu-core
  # a private session bus for the "show in folder" test (src-tauri/src/desktop.rs)
  dbus
  # axe-core for the accessibility checks is an npm package
  nodejs npm
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere (e.g. nvm); accept them when on PATH.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
((${#missing[@]})) || { echo "install-deps: all system packages present"; exit 0; }

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
