#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 15; CI uses
# this). A longer run: `bash Fuzz/run.sh 600`. One target: `bash Fuzz/run.sh 60 redactor`.
# A crash leaves the input in Fuzz/crash-<target>-*; replay it with
#   ERRMSG_FUZZ_TARGET=<target> .build/debug/errmsg-fuzz Fuzz/crash-<target>-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scanner sdk-text envelope redactor)

ERRMSG_FUZZ=1 swift build --product errmsg-fuzz 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
fuzzer=.build/debug/errmsg-fuzz
[ -x "$fuzzer" ] || { echo "Fuzz/run.sh: the fuzz build failed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  echo "fuzzing $target for ${seconds}s"
  if ! ERRMSG_FUZZ_TARGET="$target" "$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="Fuzz/crash-$target-" -print_final_stats=0 "$work/$target" "Fuzz/Corpus/$target" \
    >"$work/$target.log" 2>&1; then
    tail -40 "$work/$target.log" >&2
    echo "Fuzz/run.sh: $target failed; the input is in Fuzz/crash-$target-*" >&2
    exit 1
  fi
  grep -E '^Done|^#[0-9]+.*DONE' "$work/$target.log" | tail -1
done
