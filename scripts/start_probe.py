#!/usr/bin/env python3
"""Whole-process start timer for one launch of a desktop app under X.

Launches the command given after `--` on $DISPLAY (an empty Xvfb screen, no
window manager), then reads the whole screen again and again (XGetImage
through libX11, in this process) and prints one line of JSON:

  {"window_ms": ..., "complete_ms": ..., "frames": ...}

* window_ms: exec until the screen first differs from the empty screen
  (the window is mapped and painted with anything at all);
* complete_ms: exec until the screen first shows the picture it still shows
  once it has stopped changing ("the start screen is complete": every word
  and button of it painted, whatever the app did to get there).

The same definition holds for any app, so a hello-world Tauri app and
Klagehjelp are measured alike. The app is ended (SIGTERM to its process
group) once the picture has been still for --settle seconds.
"""

import argparse
import ctypes
import json
import os
import signal
import subprocess
import sys
import time
import zlib

ZPIXMAP = 2
ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (Xlib.h); the rest is not read.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


def open_x():
    x = ctypes.cdll.LoadLibrary("libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XGetImage.restype = ctypes.POINTER(XImage)
    x.XGetImage.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int,
    ]
    x.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
    dpy = x.XOpenDisplay(None)
    if not dpy:
        sys.exit("start_probe: cannot open the X display $DISPLAY")
    return x, dpy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--settle", type=float, default=2.0,
                    help="seconds the picture must stay the same to count as final")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--changes", action="store_true",
                    help="also list the time of every change of picture")
    ap.add_argument("--dump", metavar="DIR",
                    help="write every new picture to DIR as <ms>.ppm (slow: to look, not to time)")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        sys.exit("start_probe: no command given")

    x, dpy = open_x()
    root = x.XDefaultRootWindow(dpy)
    w, h = x.XDisplayWidth(dpy, 0), x.XDisplayHeight(dpy, 0)

    def shot():
        img = x.XGetImage(dpy, root, 0, 0, w, h, ALL_PLANES, ZPIXMAP)
        if not img:
            sys.exit("start_probe: XGetImage failed")
        c = img.contents
        data = ctypes.string_at(c.data, c.bytes_per_line * c.height)
        x.XDestroyImage(img)
        digest = zlib.crc32(data)
        if a.dump and digest not in dumped and c.bits_per_pixel == 32 and c.bytes_per_line == 4 * w:
            dumped.add(digest)
            rgb = bytearray(w * h * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = data[2::4], data[1::4], data[0::4]
            name = f"{(time.monotonic() - t0) * 1000.0 if t0 else 0:07.0f}.ppm"
            with open(os.path.join(a.dump, name), "wb") as f:
                f.write(b"P6 %d %d 255\n" % (w, h) + bytes(rgb))
        return digest

    dumped = set()
    t0 = None
    empty = shot()
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    frames = []  # (ms since exec, digest)
    since = 0.0  # when the picture last changed
    try:
        while True:
            now = time.monotonic()
            t, d = (now - t0) * 1000.0, shot()
            if not frames or d != frames[-1][1]:
                since = t
            frames.append((t, d))
            if proc.poll() is not None:
                sys.exit(f"start_probe: {cmd[0]} exited with {proc.returncode} before its start screen settled")
            if d != empty and t - since >= a.settle * 1000.0:
                break
            if now - t0 > a.timeout:
                sys.exit("start_probe: the screen never settled")
            time.sleep(0.005)  # poll interval
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()

    final = frames[-1][1]
    window = next(t for t, d in frames if d != empty)
    # The first frame of the final picture that is not followed by another picture.
    complete = frames[-1][0]
    for t, d in reversed(frames):
        if d != final:
            break
        complete = t
    out = {"window_ms": round(window, 1), "complete_ms": round(complete, 1), "frames": len(frames)}
    if a.changes:
        out["changes_ms"] = [round(t, 1) for i, (t, d) in enumerate(frames)
                             if i > 0 and d != frames[i - 1][1]]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
