#!/usr/bin/env bash
# Builds Klagehjelp for Windows (x86_64) on Debian/Ubuntu, offline after
# the first run: cross-compiles the CLI and the desktop app with mingw-w64
# and packs them with NSIS into a per-user installer.
#   scripts/build-windows.sh
#   → target/x86_64-pc-windows-gnu/release/Klagehjelp-Setup-<version>.exe
# Installs what is missing first (needs root or sudo for apt): the Rust
# target x86_64-pc-windows-gnu, gcc-mingw-w64-x86-64 and nsis. Tauri's own
# bundler is not used: it downloads NSIS plugins and the WebView2
# bootstrapper at build time. Checks: scripts/check-windows.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=x86_64-pc-windows-gnu
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
OUT="$CARGO_TARGET_DIR/$TARGET/release"

missing=()
for p in gcc-mingw-w64-x86-64 nsis; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  echo "build-windows: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! rustup target list --installed | grep -qx "$TARGET"; then
  rustup target add "$TARGET"
fi

# rustc links this target with x86_64-w64-mingw32-gcc by default (no
# CARGO_TARGET_*_LINKER: setting it would rebuild everything once more).
start=$(date +%s)
cargo build --release --locked --target "$TARGET" -p klagehjelp --bin klagehjelp
# tauri/custom-protocol: what `cargo tauri build` sets for a release (the
# UI is served from inside the .exe, never from a dev server).
cargo build --release --locked --target "$TARGET" -p klagehjelp-app --bin klagehjelp-app \
  --features tauri/custom-protocol
built=$(date +%s)

# webview2-com-sys links the gnu target against WebView2Loader.dll (its
# import library; only the msvc target links the loader statically), so
# the DLL ships next to the app. Take the copy its build script linked.
loader=$(ls -t "$OUT"/build/webview2-com-sys-*/out/x64/WebView2Loader.dll 2>/dev/null | head -n 1 || true)
[[ -n $loader ]] || { echo "build-windows: WebView2Loader.dll not found under $OUT/build" >&2; exit 1; }

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
stage="$OUT/installer-files"
rm -rf "$stage"
mkdir -p "$stage"
cp "$OUT/klagehjelp-app.exe" "$OUT/klagehjelp.exe" "$loader" "$stage/"
# Shipped without the symbol table (smaller; the code is the same).
x86_64-w64-mingw32-strip "$stage/klagehjelp-app.exe" "$stage/klagehjelp.exe"
# Notepad-friendly: CRLF line ends.
sed 's/$/\r/' packaging/windows/README.txt > "$stage/README.txt"

setup="$OUT/Klagehjelp-Setup-$version.exe"
makensis -V2 -DVERSION="$version" -DBINDIR="$stage" -DOUTFILE="$setup" packaging/windows/klagehjelp.nsi
done_at=$(date +%s)

echo "build-windows: cargo builds $((built - start)) s, installer $((done_at - built)) s"
ls -l "$stage"/*.exe "$stage"/*.dll "$setup" | awk '{printf "%12d  %s\n", $5, $NF}'
echo "build-windows: $setup"
