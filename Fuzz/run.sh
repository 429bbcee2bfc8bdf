#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 15; CI uses
# this). A longer run: `bash Fuzz/run.sh 600`. One target: `bash Fuzz/run.sh 60 redactor`.
# A crash leaves the input in Fuzz/crash-<target>-*; replay it with
#   ERRMSG_FUZZ_TARGET=<target> .build/debug/errmsg-fuzz Fuzz/crash-<target>-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
# A fixed seed by default, so a CI run is repeatable; ERRMSG_FUZZ_SEED=0 picks a new one each run.
seed="${ERRMSG_FUZZ_SEED:-1}"
# Swift's own crash reporter would exit before libFuzzer writes the crashing input.
export SWIFT_BACKTRACE=enable=no
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scanner sdk-text envelope redactor)

fuzzer=.build/debug/errmsg-fuzz
rm -f "$fuzzer"  # never run an older build when this one fails
build_log=$(mktemp)
if ! ERRMSG_FUZZ=1 swift build --product errmsg-fuzz >"$build_log" 2>&1; then
  grep -Ev '^\[[0-9]+/[0-9]+\]' "$build_log" >&2 || true
  rm -f "$build_log"
  echo "Fuzz/run.sh: the fuzz build failed" >&2
  exit 1
fi
grep -E '^Build' "$build_log" || true
rm -f "$build_log"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  echo "fuzzing $target for ${seconds}s"
  if ! ERRMSG_FUZZ_TARGET="$target" "$fuzzer" -seed="$seed" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -artifact_prefix="Fuzz/crash-$target-" -print_final_stats=0 "$work/$target" "Fuzz/Corpus/$target" \
    >"$work/$target.log" 2>&1; then
    # The trap's own message comes first in the log, the backtrace after it.
    grep -m5 -E 'Fatal error|fatal error|Crash|ERROR: libFuzzer|SUMMARY' "$work/$target.log" >&2 || true
    grep -A25 -E '^Thread [0-9]+ crashed' "$work/$target.log" >&2 || tail -40 "$work/$target.log" >&2
    ls Fuzz/crash-"$target"-* 2>/dev/null | while read -r f; do echo "input ($f):" >&2; head -c 600 "$f" | od -c | head -20 >&2; done
    echo "Fuzz/run.sh: $target failed; the input is in Fuzz/crash-$target-*" >&2
    exit 1
  fi
  grep -E '^Done|^#[0-9]+.*DONE' "$work/$target.log" | tail -1
done
