#!/usr/bin/env python3
"""Summarizes Benchmarks/run.sh: throughput medians over the rounds, the ratio
to Python+orjson (per round, then the median), peak RSS, and the one-shot cold
start (from hyperfine's JSON when present, else timed here). Prints a table and
writes summary.md and cold-start.json next to the results."""
import argparse
import json
import os
import statistics
import subprocess
import time


def read_rows(path):
    rows = []
    header = None
    with open(path) as f:
        for line in f:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
                continue
            rows.append(dict(zip(header, fields)))
    return rows


def cold_start(command, stdin_path, runs):
    """Median wall time in ms of `command` with stdin from a file (after 3 warm-up runs)."""
    times = []
    for i in range(runs + 3):
        with open(stdin_path, "rb") as fin:
            t0 = time.perf_counter()
            subprocess.run(command, stdin=fin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            t = time.perf_counter() - t0
        if i >= 3:
            times.append(t * 1000)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--results", required=True)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--errmsg", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--reference", required=True)
    ap.add_argument("--example", required=True)
    a = ap.parse_args()

    rows = read_rows(a.results)
    names = []
    by_name = {}
    for r in rows:
        if r["name"] not in by_name:
            names.append(r["name"])
            by_name[r["name"]] = []
        by_name[r["name"]].append(r)
    rounds = min(len(v) for v in by_name.values())
    orjson = by_name.get("python + orjson") or by_name.get("python stdlib", [])

    table = []
    for name in names:
        runs = by_name[name][:rounds]
        lps = [float(r["lines_per_s"]) for r in runs]
        rss = [float(r["peak_rss_MB"]) for r in runs]
        ratios = [float(r["lines_per_s"]) / float(o["lines_per_s"]) for r, o in zip(runs, orjson)] if orjson else []
        table.append((name, statistics.median(lps), min(lps), max(lps),
                      statistics.median(ratios) if ratios else None, max(rss)))

    hyperfine = os.path.join(a.out, "hyperfine.json")
    if os.path.exists(hyperfine):
        data = json.load(open(hyperfine))["results"]
        cold = {r["command"]: r["median"] * 1000 for r in data}
        how = "hyperfine"
    else:
        cold = {
            "errmsg one-shot": cold_start([a.errmsg, "--locale", "zh-CN", "--format", "json"], a.example, a.runs),
            "python stdlib reference": cold_start([a.python, a.reference], a.example, a.runs),
        }
        how = "python timing loop"
    json.dump({"method": how, "runs": a.runs, "median_ms": cold}, open(os.path.join(a.out, "cold-start.json"), "w"),
              indent=2)

    lines = [
        "| command | lines/s (median) | min – max | × %s | peak RSS |" % (
            "python+orjson" if "python + orjson" in by_name else "python stdlib"),
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, med, lo, hi, ratio, rss in table:
        lines.append("| %s | %s | %s – %s | %s | %.1f MB |" % (
            name, format(int(med), ","), format(int(lo), ","), format(int(hi), ","),
            "%.2f" % ratio if ratio is not None else "–", rss))
    lines.append("")
    lines.append("Rounds: %d (each command once per round, in turn). Input: %s lines." % (
        rounds, rows[0]["lines"] if rows else "?"))
    lines.append("")
    lines.append("| one-shot cold start (%s, median of %d) | ms |" % (how, a.runs))
    lines.append("| --- | ---: |")
    for name, ms in cold.items():
        lines.append("| %s | %.1f |" % (name, ms))
    text = "\n".join(lines) + "\n"
    open(os.path.join(a.out, "summary.md"), "w").write(text)
    print(text)


if __name__ == "__main__":
    main()
