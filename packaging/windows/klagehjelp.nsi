; Klagehjelp for Windows: a per-user installer (no administrator rights),
; built by scripts/build-windows.sh with makensis (NSIS 3) and nothing
; downloaded at build time.
;
;   makensis -DVERSION=0.1.0 -DBINDIR=<folder with the .exe files and
;            WebView2Loader.dll> -DOUTFILE=<Klagehjelp-Setup-0.1.0.exe>
;            packaging/windows/klagehjelp.nsi
;
; Installs into %LOCALAPPDATA%\Programs\Klagehjelp, adds Start-menu entries
; and an entry under "Apps" (Add or remove programs) for this user only.
; The user's cases are NOT in the program folder: the app keeps them in
; %APPDATA%\no.klagehjelp.app (its data folder); the uninstaller says where
; they are and deletes them only if the user says so.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef BINDIR
  !error "Pass -DBINDIR=<folder with klagehjelp-app.exe, klagehjelp.exe, WebView2Loader.dll>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Klagehjelp-Setup-${VERSION}.exe"
!endif
!ifndef ICON
  !define ICON "..\..\src-tauri\icons\icon.ico"
!endif

!define APPNAME "Klagehjelp"
!define IDENTIFIER "no.klagehjelp.app"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Klagehjelp"
; The WebView2 runtime's client id (Microsoft: "Detect if a WebView2 Runtime
; is already installed", learn.microsoft.com/microsoft-edge/webview2/concepts/distribution).
!define WEBVIEW2_GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WEBVIEW2_PAGE "https://developer.microsoft.com/microsoft-edge/webview2/"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\klagehjelp-app.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first is the default; Windows' display language picks among them.
; (NSIS has no Somali or Tigrinya: those users get English.)
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Norwegian"
!insertmacro MUI_LANGUAGE "NorwegianNynorsk"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "Farsi"
!insertmacro MUI_LANGUAGE "Ukrainian"

!include "messages.nsh"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(MsgNeeds64)" /SD IDOK
    Abort
  ${EndIf}
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; The WebView2 runtime, where Microsoft's documentation says to look: the
; "pv" value (its version) per machine (64-bit Windows: under WOW6432Node)
; or per user. Missing, empty or 0.0.0.0 means not installed.
Function WebView2Version
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
FunctionEnd

Section "Klagehjelp" SecMain
  SectionIn RO
  Call WebView2Version
  ${If} $0 == ""
    ; Windows 10 and 11 ship the runtime; without it the window cannot open.
    ; The installer never downloads anything: it names the official page.
    DetailPrint "$(MsgNoWebView2Log) ${WEBVIEW2_PAGE}"
    MessageBox MB_YESNO|MB_ICONEXCLAMATION "$(MsgNoWebView2)$\r$\n$\r$\n${WEBVIEW2_PAGE}$\r$\n$\r$\n$(MsgInstallAnyway)" /SD IDYES IDYES +2
    Abort
  ${Else}
    DetailPrint "WebView2 $0"
  ${EndIf}

  SetOutPath "$INSTDIR"
  File "${BINDIR}\klagehjelp-app.exe"
  File "${BINDIR}\klagehjelp.exe"
  ; The mingw (gnu) build loads WebView2Loader.dll at run time; an msvc
  ; build links the loader in and has no DLL to ship.
  !if /FileExists "${BINDIR}\WebView2Loader.dll"
    File "${BINDIR}\WebView2Loader.dll"
  !endif
  File "/oname=README.txt" "${BINDIR}\README.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\klagehjelp-app.exe" "" "$INSTDIR\klagehjelp-app.exe" 0
  ; Reception desks: cases kept in memory only, gone when the app closes.
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(ShortcutReception).lnk" "$INSTDIR\klagehjelp-app.exe" "--reception" "$INSTDIR\klagehjelp-app.exe" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(ShortcutUninstall).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Klagehjelp"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\klagehjelp-app.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  Delete "$INSTDIR\klagehjelp-app.exe"
  Delete "$INSTDIR\klagehjelp.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}\*.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ; The window's browser data (cache), kept by WebView2 for the app: no cases.
  RMDir /r "$LOCALAPPDATA\${IDENTIFIER}"

  ; The user's cases: say where they are; delete them only when asked.
  ; Silent uninstall (/S) keeps them.
  ${If} ${FileExists} "$APPDATA\${IDENTIFIER}\*.*"
    DetailPrint "$(MsgCasesKeptLog) $APPDATA\${IDENTIFIER}"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(MsgCasesWhere)$\r$\n$\r$\n$APPDATA\${IDENTIFIER}\cases$\r$\n$\r$\n$(MsgCasesDelete)" /SD IDNO IDNO keep
      RMDir /r "$APPDATA\${IDENTIFIER}"
      DetailPrint "$(MsgCasesDeleted)"
      Goto done
    keep:
      MessageBox MB_OK|MB_ICONINFORMATION "$(MsgCasesKept)$\r$\n$\r$\n$APPDATA\${IDENTIFIER}\cases" /SD IDOK
    done:
  ${EndIf}
SectionEnd
