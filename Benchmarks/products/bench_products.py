#!/usr/bin/env python3
"""The products stream: errmsg serve beside the Python reference doing the same lookup.

    bench_products.py --errmsg PATH [--lines 200000] [--rounds 5] [--out Benchmarks/out] [--seed S]

Generates LINES requests with gen_products.py (codes drawn Zipf-wise from the
whole catalog, with products) into OUT/products-requests.jsonl, then runs ROUNDS
rounds; each round runs every command once over the same file, in turn:

- `errmsg serve --locale en-US` and `errmsg serve --locale en-US --jobs 2`;
- `reference.py --json orjson` and `reference.py` (stdlib json).

Each run reads the file on standard input and writes to /dev/null. Wall time is
measured around the child; peak RSS is the child's own (`os.wait4`). Reports
the median lines/s, the ratio to Python+orjson (taken per round, then the
median) and the median peak RSS; writes OUT/products-results.tsv (one row per
run) and OUT/products-summary.md. Python is this interpreter (sys.executable).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BASELINE = "python + orjson"


def run_once(cmd, path):
    """(wall seconds, peak RSS in KiB) of one run of cmd with path on standard input."""
    with open(path, "rb") as fin, open(os.devnull, "wb") as fout, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            sys.exit("%s: exit %d\n%s" % (" ".join(cmd), child.returncode, err.read().decode(errors="replace")[-2000:]))
    return wall, usage.ru_maxrss


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errmsg", required=True, help="the errmsg binary (release build)")
    ap.add_argument("--lines", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=20240806)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "out"))
    a = ap.parse_args()

    py = sys.executable
    os.makedirs(a.out, exist_ok=True)
    requests = os.path.join(a.out, "products-requests.jsonl")
    with open(requests, "wb") as f:
        subprocess.run([py, os.path.join(HERE, "gen_products.py"), "-n", str(a.lines), "--seed", str(a.seed)],
                       stdout=f, check=True)
    reference = os.path.join(HERE, "reference.py")
    commands = [
        ("errmsg serve", [a.errmsg, "serve", "--locale", "en-US"]),
        ("errmsg serve --jobs 2", [a.errmsg, "serve", "--locale", "en-US", "--jobs", "2"]),
        (BASELINE, [py, reference, "--json", "orjson"]),
        ("python stdlib", [py, reference]),
    ]

    print("warming up (page cache, ICU data)")
    for _, cmd in commands[::2]:
        run_once(cmd, requests)
    runs = {name: [] for name, _ in commands}
    tsv = os.path.join(a.out, "products-results.tsv")
    with open(tsv, "w") as f:
        f.write("round\tname\tlines\twall_s\tlines_per_s\tpeak_rss_MB\tcmd\n")
        for r in range(1, a.rounds + 1):
            print("round %d of %d" % (r, a.rounds))
            for name, cmd in commands:
                wall, rss = run_once(cmd, requests)
                runs[name].append((wall, rss))
                f.write("%d\t%s\t%d\t%.3f\t%.0f\t%.1f\t%s\n" % (r, name, a.lines, wall, a.lines / wall, rss / 1024,
                                                               " ".join(cmd)))
                f.flush()

    rows = ["| command | lines/s (median) | × python+orjson | peak RSS |", "| --- | ---: | ---: | ---: |"]
    for name, _ in commands:
        speed = statistics.median(a.lines / w for w, _ in runs[name])
        ratio = statistics.median(b[0] / w for (w, _), b in zip(runs[name], runs[BASELINE]))
        rss = statistics.median(m for _, m in runs[name]) / 1024
        rows.append("| `%s` | %s | %.2f | %.1f MB |" % (name, format(round(speed), ","), ratio, rss))
    summary = "\n".join(
        ["## Products stream (%s lines, %d rounds)" % (format(a.lines, ","), a.rounds), ""] + rows +
        ["", "Input: `gen_products.py -n %d --seed %d`; reference: `reference.py`." % (a.lines, a.seed), ""])
    with open(os.path.join(a.out, "products-summary.md"), "w") as f:
        f.write(summary)
    print(summary)


if __name__ == "__main__":
    main()
