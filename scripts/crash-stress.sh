#!/usr/bin/env bash
# Kills a saving process at random moments, ROUNDS times (default 1000), and
# checks after each kill that every case opens as the old or the new version
# and that no temporary file survives the next start. CI runs 50 rounds in
# `cargo test -p klagehjelp-app --test crash_save`.
#
#   scripts/crash-stress.sh          # 1000 kills
#   scripts/crash-stress.sh 5000
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_PROFILE_DEV_DEBUG="${CARGO_PROFILE_DEV_DEBUG:-0}"
KLAGEHJELP_CRASH_ROUNDS="${1:-1000}" cargo test -p klagehjelp-app --test crash_save -- kill_while_saving --nocapture
