#!/usr/bin/env bash
# Start-up of the release app beside a hello-world Tauri app (issue 11 § 5),
# on this machine, under Xvfb, as whole processes:
#
#   complete = exec → the screen first shows the picture it still shows once it
#              has stood still for 3 s (scripts/start_probe.py reads the screen
#              every few ms): every word and button of the start screen drawn.
#              (A window that stands still half-drawn for 3 s under heavy load
#              would end a run early: look at the spread, or use --changes.)
#   window   = exec → the first picture of the window, whatever it shows.
#
# The two apps are launched alternately (Klagehjelp, hello, Klagehjelp, …) so
# the load of the machine falls on both alike; each is run once first to warm
# the disk cache. Klagehjelp starts with three saved cases (its start screen
# lists them), in its own throw-away data folder. Prints the medians and the
# ratio (target: complete ≤ 1.15 × hello-world) and the stripped sizes
# (target: ≤ 12 MB).
#
# Klagehjelp turns WebKitGTK's OpenGL compositing off at start (src-tauri/
# src/main.rs); a default Tauri app keeps it. So hello-world runs twice per
# round: as it is ("hello-world") and with the same setting as Klagehjelp
# ("hello, no GL"), and both ratios are printed: the first is the issue's
# measure, the second compares like with like.
#
#   scripts/measure-start.sh [RUNS]     (default 20 runs of each)
#   SKIP_BUILD=1 scripts/measure-start.sh
#   SKIP_BUILD=1 OURS=/path/to/klagehjelp-app scripts/measure-start.sh   (another build)
#
# Needs Xvfb, python3 and libX11. The hello-world app is bench/hello-tauri,
# built in its own target folder ($HELLO_TARGET, default bench/hello-tauri/target).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-20}"
TARGET="${CARGO_TARGET_DIR:-target}"
HELLO_TARGET="${HELLO_TARGET:-$PWD/bench/hello-tauri/target}"
for tool in Xvfb python3; do
  command -v "$tool" >/dev/null || { echo "measure-start: $tool missing (apt-get install xvfb python3)" >&2; exit 1; }
done
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release -p klagehjelp-app
  CARGO_TARGET_DIR="$HELLO_TARGET" cargo build --release --manifest-path bench/hello-tauri/Cargo.toml
fi
OURS="${OURS:-$TARGET/release/klagehjelp-app}"
HELLO="${HELLO:-$HELLO_TARGET/release/hello-tauri}"
for b in "$OURS" "$HELLO"; do
  [ -x "$b" ] || { echo "measure-start: $b not built" >&2; exit 1; }
done

WORK=$(mktemp -d)
# Xvfb picks a free display itself and writes its number to fd 5.
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5>"$WORK/display" 2>/dev/null &
XVFB=$!
cleanup() { kill "$XVFB" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 500); do  # wait for the display, at most ~5 s
  [ -s "$WORK/display" ] && break
  kill -0 "$XVFB" 2>/dev/null || { echo "measure-start: Xvfb did not start" >&2; exit 1; }
  sleep 0.01  # poll interval
done
DISP=":$(cat "$WORK/display")"

# Each app its own home (settings, WebKit caches), kept across its runs.
mkdir -p "$WORK/ours/data/no.klagehjelp.app/cases" "$WORK/hello/data"
for f in amina-spouse-income maria-en-deferred hoang-nn-fullmektig; do
  cp "tests/fixtures/$f.klage.json" "$WORK/ours/data/no.klagehjelp.app/cases/$f.klage.json"
done

# GTK_OVERLAY_SCROLLING=0: a plain scroll bar, not one that fades out over
# seconds (that fading would count as the picture still changing).
run() { # run NAME BINARY → one JSON line
  local home="$WORK/$1"
  DISPLAY="$DISP" HOME="$home" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
    XDG_CONFIG_HOME="$home/config" LANG=nb_NO.UTF-8 GTK_OVERLAY_SCROLLING=0 NO_AT_BRIDGE=1 \
    python3 scripts/start_probe.py --settle 3 -- "$2"
}

echo "warming up (one run of each, not counted)…" >&2
run ours "$OURS" >/dev/null
run hello "$HELLO" >/dev/null
: >"$WORK/ours.txt"
: >"$WORK/hello.txt"
: >"$WORK/hello-nogl.txt"
for i in $(seq 1 "$RUNS"); do
  run ours "$OURS" >>"$WORK/ours.txt"
  run hello "$HELLO" >>"$WORK/hello.txt"
  WEBKIT_DISABLE_COMPOSITING_MODE=1 run hello "$HELLO" >>"$WORK/hello-nogl.txt"
  printf '\r%d/%d' "$i" "$RUNS" >&2
done
echo >&2

python3 - "$WORK/ours.txt" "$WORK/hello.txt" "$OURS" "$HELLO" "$WORK/hello-nogl.txt" <<'EOF'
import json, os, statistics, sys
ours = [json.loads(l) for l in open(sys.argv[1])]
hello = [json.loads(l) for l in open(sys.argv[2])]
nogl = [json.loads(l) for l in open(sys.argv[5])]
def med(rows, key):
    return statistics.median(r[key] for r in rows)
def q(rows, key):
    v = sorted(r[key] for r in rows)
    return f"{v[len(v) // 4]:.0f}–{v[(3 * len(v)) // 4]:.0f}"
print(f"runs: {len(ours)} of each, alternating")
print(f"{'':24}{'Klagehjelp':>14}{'hello-world':>14}{'ratio':>8}{'hello, no GL':>14}{'ratio':>8}")
for key, label in (("window_ms", "window drawn (ms)"), ("complete_ms", "start screen complete (ms)")):
    a, b, c = med(ours, key), med(hello, key), med(nogl, key)
    print(f"{label:24}{a:>14.0f}{b:>14.0f}{a / b:>8.2f}{c:>14.0f}{a / c:>8.2f}")
    print(f"{'  interquartile range':24}{q(ours, key):>14}{q(hello, key):>14}{'':>8}{q(nogl, key):>14}")
a, b = os.path.getsize(sys.argv[3]), os.path.getsize(sys.argv[4])
print(f"{'binary size (MB)':24}{a / 1e6:>14.1f}{b / 1e6:>14.1f}{a / b:>8.2f}")
print("targets: start screen complete ≤ 1.15 × hello-world; Klagehjelp binary ≤ 12 MB")
EOF
