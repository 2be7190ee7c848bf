#!/usr/bin/env bash
# End-to-end and accessibility tests of the Klagehjelp desktop app: the real
# app under Xvfb, driven through tauri-driver + WebKitWebDriver (WebDriver),
# with axe-core injected into the webview.
#
#   scripts/e2e.sh                 # all end-to-end tests
#   scripts/e2e.sh keyboard        # only tests whose name contains "keyboard"
#   scripts/e2e.sh --test smoke    # only the tests in tests/e2e/tests/smoke.rs
#   KLAGEHJELP_SCREENSHOTS=docs/screenshots scripts/e2e.sh   # also write the README's screenshots
#
# Needs the system packages of scripts/install-deps.sh (webkit2gtk-driver,
# xvfb, poppler-utils, nodejs/npm). Installs tauri-driver (cargo install) and
# axe-core (npm ci in tests/e2e) when they are missing. Builds the app once,
# starts Xvfb on a free display, runs the tests one at a time, and stops
# Xvfb and any tauri-driver left over when it exits.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
start_time=$SECONDS

say() { printf 'e2e: %s\n' "$*"; }
die() { printf 'e2e: error: %s\n' "$*" >&2; exit 1; }

for tool in Xvfb WebKitWebDriver pdftotext npm; do
  command -v "$tool" >/dev/null || die "$tool is missing: run scripts/install-deps.sh"
done

# tauri-driver: the WebDriver server for Tauri apps (a crates.io binary).
if ! command -v tauri-driver >/dev/null; then
  if [[ -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]]; then
    export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  else
    say "installing tauri-driver (cargo install tauri-driver --locked)"
    cargo install tauri-driver --locked --quiet
    export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  fi
fi
command -v tauri-driver >/dev/null || die "tauri-driver is not on PATH after installing it"

# axe-core, pinned in tests/e2e/package-lock.json.
if [[ ! -f tests/e2e/node_modules/axe-core/axe.min.js ]]; then
  say "installing axe-core (npm ci in tests/e2e)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

export CARGO_PROFILE_DEV_DEBUG="${CARGO_PROFILE_DEV_DEBUG:-0}"
say "building the app and the tests"
# The end-to-end tests drive the app through its test hooks (src-tauri/src/hooks.rs),
# which exist only with this feature; a release build has none.
cargo build -p klagehjelp-app --features test-hooks
cargo test -p klagehjelp-e2e --no-run

work=$(mktemp -d "${TMPDIR:-/tmp}/klagehjelp-e2e.XXXXXX")
export KLAGEHJELP_E2E_PIDDIR="$work/pids"
mkdir -p "$KLAGEHJELP_E2E_PIDDIR"
xvfb_pid=""
cleanup() {
  local rc=$?
  # tauri-driver process groups a killed test could not stop itself.
  for f in "$KLAGEHJELP_E2E_PIDDIR"/*; do
    [[ -e $f ]] || continue
    kill -TERM -- "-$(basename "$f")" 2>/dev/null || true
  done
  if [[ -n $xvfb_pid ]]; then
    kill -TERM "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Xvfb picks a free display itself and writes its number to fd 5.
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
  [[ -s $work/display ]] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; die "Xvfb did not start"; }
  sleep 0.1
done
[[ -s $work/display ]] || die "Xvfb gave no display within 10 s"
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
say "Xvfb on DISPLAY=$DISPLAY"

say "running the end-to-end tests (one at a time)"
set +e
# The harness's failure messages say where and why; backtraces only add noise.
RUST_BACKTRACE=0 cargo test -p klagehjelp-e2e --no-fail-fast "$@" -- --test-threads=1
rc=$?
set -e
say "finished in $((SECONDS - start_time)) s (exit $rc)"
exit "$rc"
