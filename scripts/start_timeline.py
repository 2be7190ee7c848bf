#!/usr/bin/env python3
"""Where the app's start goes, seen from inside the page (issue 11 § 5).

Starts the app under tauri-driver (as the end-to-end tests do) on a display
of your choice, with three saved cases, and prints, in milliseconds from the
page's navigation start: DOM interactive, DOMContentLoaded (every module
loaded and run), the first contentful paint, when the start screen and the
fonts were first seen ready (polled over WebDriver, so "at or before"), and
then how long each command the start screen calls takes as a round trip.

    DISPLAY=:99 scripts/start_timeline.py target/release/klagehjelp-app

Needs tauri-driver and WebKitWebDriver (scripts/install-deps.sh and the
end-to-end set-up install them) and a running X display.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PORT, NATIVE_PORT = 4571, 4572

PAGE = """
const origin = performance.timeOrigin;
const nav = performance.getEntriesByType('navigation')[0] || {};
const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
const marks = performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)]);
const loads = performance.getEntriesByType('resource')
  .map((e) => [e.name.replace(/^.*\/\/[^/]*\//, ''), Math.round(e.startTime), Math.round(e.responseEnd)]);
return [Math.round(nav.domInteractive || 0), Math.round(nav.domContentLoadedEventEnd || 0),
        fcp ? Math.round(fcp.startTime) : null, origin, marks, loads];
"""

CALLS = """
const done = arguments[arguments.length - 1];
(async () => {
  const invoke = window.__TAURI_INTERNALS__.invoke;
  const out = [];
  for (const c of ['start_view', 'ui_strings', 'ui_language', 'list_cases']) {
    const t0 = performance.now();
    await invoke(c, { lang: 'nb' });
    out.push([c, Math.round((performance.now() - t0) * 10) / 10]);
  }
  done(out);
})().catch((e) => done(String(e)));
"""


def process_start(app):
    """When the newest process running `app` started, in ms since the epoch
    (from /proc: clock ticks since boot, 10 ms steps)."""
    try:
        pid = subprocess.run(["pgrep", "-n", "-f", app], capture_output=True, text=True).stdout.split()[0]
        ticks = int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[19])
        boot = time.time() - float(open("/proc/uptime").read().split()[0])
        return (boot + ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (IndexError, OSError, ValueError):
        return None


def main() -> int:
    app = os.path.abspath(sys.argv[1])
    home = tempfile.mkdtemp()
    cases = os.path.join(home, "data", "no.klagehjelp.app", "cases")
    os.makedirs(cases)
    for f in ("amina-spouse-income", "maria-en-deferred", "hoang-nn-fullmektig"):
        shutil.copy(os.path.join(HERE, "..", "tests", "fixtures", f + ".klage.json"), cases)
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CACHE_HOME=os.path.join(home, "cache"), XDG_CONFIG_HOME=os.path.join(home, "config"),
               LANG="nb_NO.UTF-8", NO_AT_BRIDGE="1")
    driver = subprocess.Popen(["tauri-driver", "--port", str(PORT), "--native-port", str(NATIVE_PORT)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def req(method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        r = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", data=data, method=method,
                                   headers={"Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(r, timeout=60))["value"]

    try:
        for _ in range(100):  # wait for the driver, at most ~10 s
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/status", timeout=1)
                break
            except OSError:
                time.sleep(0.1)  # poll interval
        sid = req("POST", "/session", {"capabilities": {"alwaysMatch": {"tauri:options": {"application": app}}}})["sessionId"]
        screen = fonts = None
        for _ in range(400):
            now, has_screen, font_status = req("POST", f"/session/{sid}/execute/sync", {
                "script": "return [Math.round(performance.now()), !!document.querySelector('#new-case'), document.fonts.status]",
                "args": []})
            if has_screen and screen is None:
                screen = now
            if has_screen and font_status == "loaded":
                fonts = now
                break
        interactive, dcl, fcp, origin, marks, loads = req("POST", f"/session/{sid}/execute/sync", {"script": PAGE, "args": []})
        started = process_start(app)
        calls = req("POST", f"/session/{sid}/execute/async", {"script": CALLS, "args": []})
        if started is not None:
            print(f"page navigation started      {origin - started:6.0f} ms after the app's process (±10 ms)")
        print(f"DOM interactive              {interactive:6} ms")
        print(f"modules loaded and run (DCL) {dcl:6} ms")
        print(f"first contentful paint       {fcp if fcp is not None else '?':>6} ms")
        print(f"start screen there, at most  {screen if screen is not None else '?':>6} ms")
        print(f"fonts loaded, at most        {fonts if fonts is not None else '?':>6} ms")
        for name, at in marks:
            print(f"mark {name:23} {at:6} ms")
        for name, begin, end in loads:
            if name.startswith("ipc"):
                name = "command " + name.split("/")[-1]
            print(f"  {name:30} {begin:6} → {end:4} ms")
        for name, ms in calls:
            print(f"command {name:20} {ms:6} ms round trip")
        try:
            req("DELETE", f"/session/{sid}")
        except OSError:
            pass  # the app may already be gone
    finally:
        driver.terminate()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
