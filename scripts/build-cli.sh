#!/usr/bin/env bash
# Builds the release command line `klagehjelp` (target/release/klagehjelp)
# and, if a folder is given, copies it there (e.g. ~/.local/bin):
#
#   scripts/build-cli.sh [DIR]
#   scripts/build-cli.sh --dev     # the same link, dev profile (scripts/test.sh checks it)
#
# On Linux with glibc it is linked statically (a static PIE: glibc inside,
# no shared library to load or symbol to look up at start). A `klagehjelp
# letter` process then starts about 0.8 ms sooner (issue 11 § 5: measured
# with scripts/time-letter.py, 6.99 → 6.20 ms). The CLI uses no glibc
# function that needs shared modules at run time (no NSS, no iconv, no
# dlopen): the linker warns if one is ever added, and this script then
# fails.
# `cargo rustc` passes the flag to this binary only; the app (GTK, WebKit)
# and the build scripts and proc macros stay dynamic.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=(--release)
dir=release
if [ "${1:-}" = "--dev" ]; then
  profile=()
  dir=debug
  shift
fi
host=$(rustc -vV | sed -n 's/^host: //p')
flags=()
case "$host" in
  *-linux-gnu) flags=(-C target-feature=+crt-static) ;;
esac
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo rustc "${profile[@]}" --locked -p klagehjelp --bin klagehjelp -- "${flags[@]}" 2>&1 | tee "$log"
if grep -q "statically linked applications requires at runtime" "$log"; then
  echo "build-cli: the static CLI calls a glibc function that needs shared modules (see above)" >&2
  exit 1
fi
bin="${CARGO_TARGET_DIR:-target}/$dir/klagehjelp"
if [ $# -ge 1 ]; then
  mkdir -p "$1"
  install -m 0755 "$bin" "$1/klagehjelp"
  echo "build-cli: installed $1/klagehjelp"
else
  echo "build-cli: built $bin"
fi
