#!/usr/bin/env python3
"""Runs one command over an input file and appends a row to a TSV of results:
wall time (perf_counter around the child), lines/s, MB/s, CPU and peak RSS (the
child's own rusage from wait4, so no /usr/bin/time is needed).

    measure.py NAME INPUT --results results.tsv -- CMD [ARGS...]
"""
import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time

COLUMNS = ["name", "input", "lines", "runs", "wall_median_s", "wall_min_s", "wall_max_s", "lines_per_s",
           "MB_per_s", "cpu_median_s", "peak_rss_MB", "cmd"]


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(__doc__)
    i = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("input")
    ap.add_argument("--results", required=True)
    a = ap.parse_args(argv[:i])
    command = argv[i + 1:]

    with open(a.input, "rb") as f:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    size_mb = os.path.getsize(a.input) / 1e6
    with open(a.input, "rb") as fin, open(os.devnull, "wb") as fout, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdin=fin, stdout=fout, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            sys.stderr.write(err.read()[-2000:].decode("utf-8", "replace"))
            sys.exit("%s: exit %d" % (a.name, child.returncode))
    row = [a.name, os.path.basename(a.input), lines, 1, "%.3f" % wall, "%.3f" % wall, "%.3f" % wall,
           "%.0f" % (lines / wall), "%.1f" % (size_mb / wall), "%.2f" % (usage.ru_utime + usage.ru_stime),
           "%.1f" % (usage.ru_maxrss / 1024), " ".join(command)]
    new = not os.path.exists(a.results)
    with open(a.results, "a") as f:
        if new:
            f.write("# host=%s cpus=%d python=%s\n" % (platform.node(), os.cpu_count(), platform.python_version()))
            f.write("\t".join(COLUMNS) + "\n")
        f.write("\t".join(str(v) for v in row) + "\n")


if __name__ == "__main__":
    main()
