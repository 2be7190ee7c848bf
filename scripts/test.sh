#!/usr/bin/env bash
# Runs every test of Klagehjelp: formatting, lints, the core's unit, property,
# golden and CLI tests, the desktop shell's command tests, and the end-to-end
# tests of the real app under Xvfb. Installs what it needs on Debian/Ubuntu.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# Debug info is not needed for tests; this halves target/ and speeds up linking.
export CARGO_PROFILE_DEV_DEBUG=0

step() { printf '\n==> %s\n' "$*"; }

step "formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "lints (cargo clippy -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

step "core: unit, property, golden and CLI tests"
cargo test -p klagehjelp

step "desktop shell: command tests on the mock runtime"
cargo test -p klagehjelp-app

step "end-to-end: the real app under Xvfb"
scripts/e2e.sh
