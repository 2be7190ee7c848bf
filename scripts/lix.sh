#!/usr/bin/env bash
# Readability of the bokmål texts: prints LIX per file of locales/nb and in
# total (target ≤ 35), from the test in tests/lix.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_PROFILE_DEV_DEBUG="${CARGO_PROFILE_DEV_DEBUG:-0}"
cargo test -p klagehjelp --test lix --quiet -- --nocapture --test-threads=1 2>&1 \
  | grep -v '^running\|^test \|^$'
