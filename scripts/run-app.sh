#!/usr/bin/env bash
# Installs what the Klagehjelp desktop app needs on Debian/Ubuntu (only the
# packages that are missing), then builds and opens the app.
#   scripts/run-app.sh            # debug build, opens the window
#   scripts/run-app.sh --release  # optimised build
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(build-essential pkg-config file libssl-dev libwebkit2gtk-4.1-dev
      libayatana-appindicator3-dev librsvg2-dev libxdo-dev)

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  echo "Rust is not installed: see https://rustup.rs, then run this script again." >&2
  exit 1
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found (DISPLAY/WAYLAND_DISPLAY unset). Run this on a desktop, or under Xvfb." >&2
fi

export CARGO_PROFILE_DEV_DEBUG="${CARGO_PROFILE_DEV_DEBUG:-0}"
exec cargo run -p klagehjelp-app "$@"
