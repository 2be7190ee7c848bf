#!/usr/bin/env bash
# Checks the Windows build here, under wine (slow; not part of the default
# test run). Run scripts/build-windows.sh first.
#   scripts/check-windows.sh
# 1. The Windows CLI (klagehjelp.exe under wine) and the Linux CLI agree
#    byte for byte: `check --json` on every example in tests/fixtures, and
#    `letter --out` (the PDF, and what is printed) for every case file there.
# 2. The installer installs silently (/S) for this user, without
#    administrator rights; the installed CLI runs; the uninstaller (/S)
#    removes the program and keeps the user's cases.
# 3. The app .exe is a GUI program (not a console one) that imports only
#    Windows system DLLs and WebView2Loader.dll, shipped beside it.
# Wine runs in its own prefix under target/ and, without a display, under
# its own Xvfb (xvfb-run -a picks a free display and stops only its own).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z ${DISPLAY:-} && -z ${CHECK_WINDOWS_XVFB:-} ]]; then
  exec env CHECK_WINDOWS_XVFB=1 xvfb-run -a "$0" "$@"
fi
TARGET=x86_64-pc-windows-gnu
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
OUT="$CARGO_TARGET_DIR/$TARGET/release"
STAGE="$OUT/installer-files"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
SETUP="$OUT/Klagehjelp-Setup-$version.exe"
for f in "$STAGE/klagehjelp.exe" "$STAGE/klagehjelp-app.exe" "$SETUP"; do
  [[ -f $f ]] || { echo "check-windows: $f is missing; run scripts/build-windows.sh" >&2; exit 1; }
done

if ! dpkg-query -W -f='${Status}' wine64 2>/dev/null | grep -q "install ok installed"; then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wine64 >/dev/null
fi
WINE=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
WINESERVER=$(command -v wineserver || echo /usr/lib/wine/wineserver)
export WINEPREFIX="$CARGO_TARGET_DIR/wine-prefix"
export WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko prompts: nothing here needs them.
export WINEDLLOVERRIDES="mscoree=;mshtml="
fail=0
problem() { echo "FAIL: $*"; fail=1; }

echo "== wine prefix $WINEPREFIX"
"$WINE" wineboot --init >/dev/null 2>&1 || true
"$WINESERVER" -w
# Rust's std (1.78+) asks bcryptprimitives.dll for random numbers; Windows
# 10/11 have it, wine 8 does not: a stand-in for this prefix only (see
# packaging/windows/wine/bcryptprimitives.c; never shipped).
x86_64-w64-mingw32-gcc -O2 -s -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  packaging/windows/wine/bcryptprimitives.c -ladvapi32

echo "== the Linux CLI"
cargo build --quiet -p klagehjelp --bin klagehjelp
LINUX_CLI="$CARGO_TARGET_DIR/debug/klagehjelp"
WIN_CLI="$STAGE/klagehjelp.exe"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PWD_ROOT=$PWD
TODAY=2026-11-30 # fixed, so both runs date the letters alike

# Runs a CLI and records exit code, stdout and stderr under $work/$1.
run() {
  local tag=$1
  shift
  local code=0
  LANG=C.UTF-8 KLAGEHJELP_LANG=en "$@" >"$work/$tag.out" 2>"$work/$tag.err" || code=$?
  echo "$code" >"$work/$tag.code"
}
same() { cmp -s "$work/$1.$3" "$work/$2.$3"; }

echo "== 1. Windows CLI against Linux CLI (today = $TODAY)"
checks=0
letters=0
while IFS= read -r f; do
  run lin "$LINUX_CLI" check --json --today "$TODAY" "$f"
  run win "$WINE" "$WIN_CLI" check --json --today "$TODAY" "$f"
  tr -d '\r' <"$work/win.err" >"$work/win.err.lf" && mv "$work/win.err.lf" "$work/win.err"
  if same lin win code && same lin win out && same lin win err; then
    checks=$((checks + 1))
  else
    problem "check --json $f differs (exit $(cat "$work/lin.code") vs $(cat "$work/win.code"))"
    diff <(cat "$work/lin.out" "$work/lin.err") <(cat "$work/win.out" "$work/win.err") | head -n 10
  fi
done < <(find tests/fixtures -name '*.json' | LC_ALL=C sort)
pdfs=0
mkdir -p "$work/lin" "$work/win"
while IFS= read -r f; do
  rm -f "$work/lin/letter.pdf" "$work/win/letter.pdf"
  # Each writes letter.pdf in its own folder, so both print the same path.
  (cd "$work/lin" && run lin "$LINUX_CLI" letter --today "$TODAY" --out letter.pdf "$PWD_ROOT/$f")
  (cd "$work/win" && run win "$WINE" "$WIN_CLI" letter --today "$TODAY" --out letter.pdf "$PWD_ROOT/$f")
  tr -d '\r' <"$work/win.err" >"$work/win.err.lf" && mv "$work/win.err.lf" "$work/win.err"
  lin_pdf=no win_pdf=no
  [[ -f $work/lin/letter.pdf ]] && lin_pdf=yes
  [[ -f $work/win/letter.pdf ]] && win_pdf=yes
  if ! same lin win code || ! same lin win out || ! same lin win err; then
    problem "letter $f: exit code or message differs"
    diff <(cat "$work/lin.out" "$work/lin.err") <(cat "$work/win.out" "$work/win.err") | head -n 10
  elif [[ $lin_pdf != "$win_pdf" ]]; then
    problem "letter $f: a PDF from only one of them"
  elif [[ $lin_pdf == yes ]] && ! cmp -s "$work/lin/letter.pdf" "$work/win/letter.pdf"; then
    problem "letter $f: the PDFs differ"
  else
    letters=$((letters + 1))
    [[ $lin_pdf == yes ]] && pdfs=$((pdfs + 1))
  fi
done < <(find tests/fixtures -name '*.klage.json' | LC_ALL=C sort)
echo "   check --json: $checks files identical; letter: $letters case files identical ($pdfs PDFs byte for byte)"

echo "== 2. the installer, silent and per user"
WINUSER=$("$WINE" cmd /c "echo %USERNAME%" 2>/dev/null | tr -d '\r')
LOCAL="$WINEPREFIX/drive_c/users/$WINUSER/AppData/Local"
ROAMING="$WINEPREFIX/drive_c/users/$WINUSER/AppData/Roaming"
INSTDIR="$LOCAL/Programs/Klagehjelp"
rm -rf "$INSTDIR"
# A saved case, as the app leaves one: the uninstaller must keep it.
mkdir -p "$ROAMING/no.klagehjelp.app/cases"
cp tests/fixtures/amina-spouse-income.klage.json "$ROAMING/no.klagehjelp.app/cases/test.klage.json"
code=0
"$WINE" "$SETUP" /S || code=$?
"$WINESERVER" -w
[[ $code == 0 ]] || problem "the installer exited with $code"
for f in klagehjelp-app.exe klagehjelp.exe WebView2Loader.dll README.txt uninstall.exe; do
  [[ -f $INSTDIR/$f ]] || problem "not installed: $INSTDIR/$f"
done
ls "$WINEPREFIX/drive_c/users/$WINUSER/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Klagehjelp/" 2>/dev/null |
  sed 's/^/   Start menu: /' || problem "no Start-menu folder"
"$WINE" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Klagehjelp' /v DisplayVersion 2>/dev/null |
  grep -q "$version" || problem "no uninstall entry under HKCU"
installed_version=$("$WINE" "$INSTDIR/klagehjelp.exe" --version 2>&1 | tr -d '\r')
echo "   installed CLI: $installed_version"
[[ $installed_version == "klagehjelp $version" ]] || problem "the installed CLI does not run"
run inst "$WINE" "$INSTDIR/klagehjelp.exe" deadline --received 2026-03-02 --today "$TODAY" --json
run lin "$LINUX_CLI" deadline --received 2026-03-02 --today "$TODAY" --json
same lin inst out || problem "the installed CLI's deadline differs from the Linux CLI's"
code=0
"$WINE" "$INSTDIR/uninstall.exe" /S || code=$?
"$WINESERVER" -w
[[ $code == 0 ]] || problem "the uninstaller exited with $code"
[[ ! -e $INSTDIR/klagehjelp-app.exe ]] || problem "the uninstaller left the program"
[[ -f $ROAMING/no.klagehjelp.app/cases/test.klage.json ]] || problem "the silent uninstaller removed the user's cases"
rm -rf "$ROAMING/no.klagehjelp.app"
echo "   installed, ran, uninstalled; the user's cases were kept"

echo "== 3. the executables"
OBJDUMP=x86_64-w64-mingw32-objdump
# What Windows itself provides (system DLLs and API sets); anything else
# must ship beside the .exe.
system_dll='^(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|comctl32|comdlg32|uxtheme|dwmapi|shlwapi|ws2_32|bcrypt|bcryptprimitives|ntdll|combase|rpcrt4|userenv|crypt32|secur32|version|propsys|msvcrt|ucrtbase|winmm|imm32|setupapi|dbghelp|powrprof|api-ms-win-[a-z0-9-]+)\.dll$'
for exe in klagehjelp-app.exe klagehjelp.exe; do
  dump=$("$OBJDUMP" -p "$STAGE/$exe")
  subsystem=$(grep -m1 '^Subsystem' <<<"$dump" | sed 's/.*(\(.*\))/\1/')
  dlls=$(grep 'DLL Name:' <<<"$dump" | awk '{print $3}' | sort -f | uniq)
  echo "   $exe: PE32+ $(grep -m1 '^Magic' <<<"$dump" | awk '{print $2}'), subsystem $subsystem"
  echo "     imports: $(tr '\n' ' ' <<<"$dlls")"
  want="Windows CUI"
  [[ $exe == klagehjelp-app.exe ]] && want="Windows GUI"
  [[ $subsystem == "$want" ]] || problem "$exe: subsystem $subsystem, expected $want"
  while IFS= read -r d; do
    [[ $d == WebView2Loader.dll && $exe == klagehjelp-app.exe ]] && continue
    grep -qiE "$system_dll" <<<"$d" || problem "$exe imports $d, which Windows does not provide"
  done <<<"$dlls"
done
grep -q 'WebView2Loader.dll' <("$OBJDUMP" -p "$STAGE/klagehjelp-app.exe") ||
  echo "   (the app does not import WebView2Loader.dll)"
"$OBJDUMP" -f "$STAGE/WebView2Loader.dll" | grep -q 'pei-x86-64' || problem "WebView2Loader.dll is not x64"
ls -l "$STAGE"/*.exe "$STAGE"/*.dll "$SETUP" | awk '{printf "   %10d  %s\n", $5, $NF}'

if ((fail)); then
  echo "check-windows: FAILED"
  exit 1
fi
echo "check-windows: all checks passed"
