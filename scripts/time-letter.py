#!/usr/bin/env python3
"""Paired whole-process timer for `klagehjelp letter`.

Runs two or more programs in turn, many times, each writing the example
letter to a PDF, and prints the median and spread of each as a whole
process (fork, exec, start-up, the letter, writing the file, exit). Runs are
interleaved (A B C A B C …) so that a busy machine slows every program
alike; the first runs are warm-up and not counted.

    scripts/time-letter.py [--runs 200] [--case FILE] NAME=BINARY ...

Each BINARY is run as `BINARY letter CASE --out TMP.pdf --today 2026-11-25
--lang nb`. The special BINARY `true` times `/bin/true` (the cost of
starting any process). Example, comparing two builds:

    scripts/time-letter.py before=/tmp/base/klagehjelp after=target/release/klagehjelp true=true
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CASE = os.path.join(HERE, "..", "tests", "fixtures", "amina-spouse-income.klage.json")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=200, help="counted runs per program (default 200)")
    ap.add_argument("--warmup", type=int, default=10, help="uncounted runs per program first (default 10)")
    ap.add_argument("--case", default=DEFAULT_CASE, help="case file (default: the amina example)")
    ap.add_argument("programs", nargs="+", metavar="NAME=BINARY")
    args = ap.parse_args()

    progs = []
    out_dir = tempfile.mkdtemp(prefix="klagehjelp-time-")
    for spec in args.programs:
        name, _, binary = spec.partition("=")
        if not binary:
            ap.error(f"{spec!r}: expected NAME=BINARY")
        if binary == "true":
            cmd = ["/bin/true"]
        else:
            if not os.access(binary, os.X_OK):
                ap.error(f"{binary}: not an executable file")
            out = os.path.join(out_dir, f"{name}.pdf")
            cmd = [binary, "letter", args.case, "--out", out, "--today", "2026-11-25", "--lang", "nb"]
            check = subprocess.run(cmd, capture_output=True)
            if check.returncode != 0:
                sys.stderr.write(f"{name}: {' '.join(cmd)} failed:\n{check.stderr.decode()}\n")
                return 1
        progs.append((name, cmd))

    wall = {name: [] for name, _ in progs}
    cpu = {name: [] for name, _ in progs}
    for i in range(args.warmup + args.runs):
        for name, cmd in progs:
            t0 = time.perf_counter_ns()
            p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(p.pid, 0)
            t1 = time.perf_counter_ns()
            p.returncode = os.waitstatus_to_exitcode(status)
            if p.returncode != 0:
                sys.stderr.write(f"{name}: exit code {p.returncode}\n")
                return 1
            if i >= args.warmup:
                wall[name].append((t1 - t0) / 1e6)
                # CPU time (user + system): less disturbed by other work on a busy machine.
                cpu[name].append((usage.ru_utime + usage.ru_stime) * 1e3)

    print(f"{args.runs} interleaved runs each after {args.warmup} warm-up runs; case {os.path.basename(args.case)}")
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'program':<12} {'wall median ms':>15} {'p10':>8} {'p90':>8} {'min':>8} {'CPU median ms':>14} {'min':>8}")
    for name, _ in progs:
        t = sorted(wall[name])
        c = sorted(cpu[name])
        q = statistics.quantiles(t, n=10)
        print(
            f"{name:<12} {statistics.median(t):>15.2f} {q[0]:>8.2f} {q[-1]:>8.2f} {t[0]:>8.2f}"
            f" {statistics.median(c):>14.2f} {c[0]:>8.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
