#!/usr/bin/env bash
# errmsg serve, side by side with the Python references of ../shared/bench.
#
#   bash Benchmarks/run.sh [--lines N] [--rounds R] [--cold-runs C]
#
# Builds the release binary, generates N wrapped request lines with the shared
# generator (gen.py --wrap), then runs R rounds; each round runs every command
# once over the same input, in turn, so a machine that slows down or speeds up
# affects them alike. Reports the median lines/s, the ratio to Python+orjson and
# the peak RSS, then the one-shot cold start (median of C runs, hyperfine when
# installed). Results go to Benchmarks/out/ (results.tsv, cold-start.json,
# summary.md).
set -euo pipefail

LINES=200000
ROUNDS=5
COLD_RUNS=30
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) LINES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --cold-runs) COLD_RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done

ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel 2>/dev/null || (cd "$(dirname "$0")/.." && pwd))
SHARED=${ERRMSG_BENCH_SHARED:-$ROOT/../shared}/bench
OUT=$ROOT/Benchmarks/out
if [ ! -f "$SHARED/gen.py" ]; then
  echo "the shared benchmark folder is missing: $SHARED (set ERRMSG_BENCH_SHARED)" >&2
  exit 1
fi
# The interpreter itself: python3 on PATH may be a shell shim that adds ~50 ms per start.
PY=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$OUT"

echo "== building (release)"
(cd "$ROOT" && swift build -c release --product errmsg 2>&1 | tail -1)
BIN=$(cd "$ROOT" && swift build -c release --show-bin-path)/errmsg

echo "== generating $LINES wrapped lines"
"$PY" "$SHARED/gen.py" -n "$LINES" --wrap > "$OUT/requests.jsonl"

RESULTS=$OUT/results.tsv
rm -f "$RESULTS"
bench() {
  local name=$1
  shift
  "$PY" "$SHARED/bench.py" "$name" "$OUT/requests.jsonl" --runs 1 --warmup 0 --results "$RESULTS" -- "$@" > /dev/null
}

echo "== warming up (page cache, ICU data)"
"$BIN" serve < "$OUT/requests.jsonl" > /dev/null
"$PY" "$SHARED/bl_python.py" --json orjson < "$OUT/requests.jsonl" > /dev/null

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round of $ROUNDS"
  bench "errmsg serve" "$BIN" serve
  bench "errmsg serve --jobs 2" "$BIN" serve --jobs 2
  bench "python + orjson" "$PY" "$SHARED/bl_python.py" --json orjson
  bench "python stdlib" "$PY" "$SHARED/bl_python.py"
done

echo "== cold start (one-shot, median of $COLD_RUNS)"
EXAMPLE=$ROOT/Examples/signature-expired.json
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs "$COLD_RUNS" -N --input "$EXAMPLE" --export-json "$OUT/hyperfine.json" \
    -n "errmsg one-shot" "$BIN --locale zh-CN --format json" \
    -n "python stdlib reference" "$PY $SHARED/bl_python.py" > /dev/null
fi
"$PY" "$ROOT/Benchmarks/summary.py" --out "$OUT" --results "$RESULTS" --runs "$COLD_RUNS" \
  --errmsg "$BIN" --python "$PY" --reference "$SHARED/bl_python.py" --example "$EXAMPLE"

# The products stream (#8 part 6): codes drawn Zipf-wise from the whole catalog,
# with products, beside Benchmarks/products/reference.py doing the same lookup.
echo "== products stream ($LINES lines, $ROUNDS rounds)"
"$PY" "$ROOT/Benchmarks/products/bench_products.py" --errmsg "$BIN" --lines "$LINES" --rounds "$ROUNDS" --out "$OUT"
"$PY" "$ROOT/Benchmarks/products/compare.py" --errmsg "$BIN" -n 2000 > "$OUT/products-compare.txt" \
  || echo "errmsg and the reference disagree on some lookups: see $OUT/products-compare.txt"
sed -n 2p "$OUT/products-compare.txt"
