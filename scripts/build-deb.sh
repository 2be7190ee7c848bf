#!/usr/bin/env bash
# Builds a .deb of the desktop app (with a desktop entry and icon) using
# tauri-cli's bundler, which works offline for deb. Slow the first time:
# installing tauri-cli takes ~20 minutes. Not part of the test path.
#   scripts/build-deb.sh   → target/release/bundle/deb/Klagehjelp_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
if ! cargo tauri --version >/dev/null 2>&1; then
  cargo install tauri-cli --version "^2" --locked
fi
cd src-tauri
cargo tauri build --bundles deb "$@"
ls -l ../target/release/bundle/deb/*.deb 2>/dev/null || ls -l "${CARGO_TARGET_DIR:-../target}"/release/bundle/deb/*.deb
