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
cargo clippy -p klagehjelp-app --all-targets --features test-hooks -- -D warnings

step "core: unit, property, golden and CLI tests"
cargo test -p klagehjelp

step "desktop shell: without test hooks (they are ignored and absent from the binary)"
cargo test -p klagehjelp-app --lib

step "desktop shell: command tests on the mock runtime (with the test hooks)"
cargo test -p klagehjelp-app --features test-hooks

step "end-to-end: the real app under Xvfb"
scripts/e2e.sh
