#!/usr/bin/env bash
# errmsg serve, side by side with this repository's own Python reference.
#
#   bash Benchmarks/run.sh [--lines N] [--rounds R] [--cold-runs C]
#
# Builds the release binary, generates N wrapped request lines (generate.py),
# then runs R rounds; each round runs every command once over the same input, in
# turn, so a machine that slows down or speeds up affects them alike. The
# reference (reference.py) is what a user would write instead: JSON lines in, a
# lookup in Locales/ with the family fallback, JSON lines out; with the standard
# library and with orjson (installed here with pip when missing; skipped if that
# fails). Reports the median lines/s, the ratio to Python+orjson (else to the
# stdlib variant) and the peak RSS, then the one-shot cold start (median of C
# runs, hyperfine when installed). Results go to Benchmarks/out/ (results.tsv,
# cold-start.json, summary.md). Needs only Swift and python3 from a fresh clone.
set -euo pipefail

LINES=200000
ROUNDS=5
COLD_RUNS=30
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) LINES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --cold-runs) COLD_RUNS=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done

ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel 2>/dev/null || (cd "$(dirname "$0")/.." && pwd))
BENCH=$ROOT/Benchmarks
OUT=$BENCH/out
# The interpreter itself: python3 on PATH may be a shell shim that adds ~50 ms per start.
PY=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$OUT"

# orjson for the faster reference: installed when missing (pip, then a venv in out/).
ORJSON_PY=$PY
if ! "$PY" -c 'import orjson' 2>/dev/null; then
  echo "== installing orjson for the reference (pip)"
  if ! "$PY" -m pip install --quiet --user orjson 2>/dev/null && ! "$PY" -m pip install --quiet orjson 2>/dev/null; then
    if "$PY" -m venv "$OUT/venv" 2>/dev/null && "$OUT/venv/bin/python" -m pip install --quiet orjson 2>/dev/null; then
      ORJSON_PY=$OUT/venv/bin/python
    fi
  fi
  "$ORJSON_PY" -c 'import orjson' 2>/dev/null || { echo "   orjson is not available: the ratio is to the stdlib reference"; ORJSON_PY=; }
fi

echo "== building (release)"
(cd "$ROOT" && swift build -c release --product errmsg 2>&1 | tail -1)
BIN=$(cd "$ROOT" && swift build -c release --show-bin-path)/errmsg

echo "== generating $LINES wrapped lines"
"$PY" "$BENCH/generate.py" -n "$LINES" > "$OUT/requests.jsonl"

RESULTS=$OUT/results.tsv
rm -f "$RESULTS"
bench() {
  local name=$1
  shift
  "$PY" "$BENCH/measure.py" "$name" "$OUT/requests.jsonl" --results "$RESULTS" -- "$@"
}

echo "== warming up (page cache, ICU data)"
"$BIN" serve < "$OUT/requests.jsonl" > /dev/null
"$PY" "$BENCH/reference.py" < "$OUT/requests.jsonl" > /dev/null

for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round of $ROUNDS"
  bench "errmsg serve" "$BIN" serve
  bench "errmsg serve --jobs 2" "$BIN" serve --jobs 2
  if [ -n "$ORJSON_PY" ]; then bench "python + orjson" "$ORJSON_PY" "$BENCH/reference.py" --json orjson; fi
  bench "python stdlib" "$PY" "$BENCH/reference.py"
done

echo "== cold start (one-shot, median of $COLD_RUNS)"
# The example as one line: the reference reads JSON lines.
EXAMPLE=$OUT/example.json
"$PY" -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$ROOT/Examples/signature-expired.json" > "$EXAMPLE"
rm -f "$OUT/hyperfine.json"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs "$COLD_RUNS" -N --input "$EXAMPLE" --export-json "$OUT/hyperfine.json" \
    -n "errmsg one-shot" "$BIN --locale zh-CN --format json" \
    -n "python stdlib reference" "$PY $BENCH/reference.py" > /dev/null
fi
"$PY" "$BENCH/summary.py" --out "$OUT" --results "$RESULTS" --runs "$COLD_RUNS" \
  --errmsg "$BIN" --python "$PY" --reference "$BENCH/reference.py" --example "$EXAMPLE"

# The products stream (#8 part 6): codes drawn Zipf-wise from the whole catalog,
# with products, beside Benchmarks/products/reference.py doing the same lookup.
echo "== products stream ($LINES lines, $ROUNDS rounds)"
"$PY" "$ROOT/Benchmarks/products/bench_products.py" --errmsg "$BIN" --lines "$LINES" --rounds "$ROUNDS" --out "$OUT"
"$PY" "$ROOT/Benchmarks/products/compare.py" --errmsg "$BIN" -n 2000 > "$OUT/products-compare.txt" \
  || echo "errmsg and the reference disagree on some lookups: see $OUT/products-compare.txt"
sed -n 2p "$OUT/products-compare.txt"
