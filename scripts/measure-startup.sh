#!/usr/bin/env bash
# Start-up time and memory of the desktop app (release build) under Xvfb:
#  - time from launch until the Klagehjelp window is mapped (xdotool), and
#  - PSS summed over the app and its WebKit processes after 8 s idle
#    (/proc/PID/smaps_rollup).
# Targets: window ≤ 0.75 s, PSS ≤ 350 MB. Needs xvfb, xdotool.
#   scripts/measure-startup.sh            (builds the release binary first)
#   SKIP_BUILD=1 scripts/measure-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-startup: $tool missing (apt-get install xvfb xdotool)" >&2; exit 1; }
done
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release -p klagehjelp-app
fi
BIN="$TARGET/release/klagehjelp-app"
[ -x "$BIN" ] || { echo "measure-startup: $BIN not built" >&2; exit 1; }

DISP=":$((90 + RANDOM % 9))"
Xvfb "$DISP" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
DATA=$(mktemp -d)
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT
sleep 1

start=$(date +%s.%N)
DISPLAY="$DISP" KLAGEHJELP_DATA_DIR="$DATA" "$BIN" >/dev/null 2>&1 &
APP=$!
until DISPLAY="$DISP" xdotool search --onlyvisible --name '^Klagehjelp' >/dev/null 2>&1; do
  sleep 0.01
  kill -0 "$APP" 2>/dev/null || { echo "measure-startup: the app exited" >&2; exit 1; }
done
end=$(date +%s.%N)
window=$(echo "$end - $start" | bc)

sleep 8
# The app and every process below it (WebKit's web and network processes).
descendants() { local c; for c in $(pgrep -P "$1" || true); do echo "$c"; descendants "$c"; done; }
pids="$APP $(descendants "$APP" | tr '\n' ' ')"
total=0
for p in $pids; do
  kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
  total=$((total + ${kb:-0}))
done
printf 'window visible after: %.3f s (target ≤ 0.75 s)\n' "$window"
printf 'PSS after 8 s idle:   %d MB over %d processes (target ≤ 350 MB)\n' "$((total / 1024))" "$(echo $pids | wc -w)"
