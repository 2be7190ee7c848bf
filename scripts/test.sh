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

step "the CLI linked as it is released (scripts/build-cli.sh, dev profile): static on Linux, writes a letter"
scripts/build-cli.sh --dev >/dev/null
cli="${CARGO_TARGET_DIR:-target}/debug/klagehjelp"
# (Outputs are captured first: `cmd | grep -q` can fail under pipefail when
# grep stops reading early.)
headers=$(readelf -l "$cli")
if [ "$(uname -s)" = Linux ] && [[ $headers == *"program interpreter"* ]]; then
  echo "test: $cli is not statically linked" >&2
  exit 1
fi
smoke=$(mktemp -d)
"$cli" letter tests/fixtures/amina-spouse-income.klage.json --out "$smoke/klage.pdf" \
  --today 2026-11-25 --lang nb >/dev/null 2>&1
qpdf --check "$smoke/klage.pdf" >/dev/null
text=$(pdftotext "$smoke/klage.pdf" -)
rm -rf "$smoke"
if [[ $text != *"Jeg klager på vedtak"* ]]; then
  echo "test: the static CLI's letter does not read as a klage" >&2
  exit 1
fi
echo "static CLI: linked, letter written and checked"

step "desktop shell: without test hooks (they are ignored and absent from the binary)"
cargo test -p klagehjelp-app --lib

step "desktop shell: command tests on the mock runtime (with the test hooks)"
cargo test -p klagehjelp-app --features test-hooks

step "end-to-end: the real app under Xvfb"
scripts/e2e.sh
