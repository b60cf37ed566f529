#!/usr/bin/env bash
# Labels a folder of 1,000 mixed files (300 JPEG, 300 PNG, 400 text) with `candor label --jobs 1`
# and `--jobs 2`, verifies every output, checks the report accounts for every file, and prints the
# wall-clock times. Usage: benchmarks/cli-batch.sh [WORKDIR]  (default: a new temporary folder)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
CANDOR="$ROOT/candor"
export CANDOR_HOME="$WORK/home"
JPEGS=300 PNGS=300 TEXTS=400
TOTAL=$((JPEGS + PNGS + TEXTS))

"$CANDOR" --version >/dev/null # builds the CLI first if needed
rm -rf "$WORK/in" "$WORK/out1" "$WORK/out2"
java "$ROOT/benchmarks/cli-batch/MakeFiles.java" "$WORK/in" "$JPEGS" "$PNGS" "$TEXTS"
"$CANDOR" keys init >/dev/null 2>&1
echo "inputs: $(find "$WORK/in" -type f | wc -l) files, $(du -sh "$WORK/in" | cut -f1) in $WORK/in"

seconds() { # runs "$@", prints the wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$WORK/stderr.log" || { cat "$WORK/stderr.log" >&2; return 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

check() { # out report
  local valid lines
  valid=$("$CANDOR" verify --json "$1" | grep -c '"state":"VALID"' || true)
  lines=$(wc -l <"$2")
  labelled=$(grep -c '"status":"labelled"' "$2" || true)
  echo "  report lines: $lines, labelled: $labelled, outputs VALID: $valid (of $TOTAL)"
  [[ "$valid" -eq "$TOTAL" && "$lines" -eq "$TOTAL" && "$labelled" -eq "$TOTAL" ]]
}

t1=$(seconds "$CANDOR" label -q --jobs 1 "$WORK/in" -o "$WORK/out1" --report "$WORK/r1.jsonl")
echo "label --jobs 1: ${t1} s"
check "$WORK/out1" "$WORK/r1.jsonl"
t2=$(seconds "$CANDOR" label -q --jobs 2 "$WORK/in" -o "$WORK/out2" --report "$WORK/r2.jsonl")
echo "label --jobs 2: ${t2} s"
check "$WORK/out2" "$WORK/r2.jsonl"
tv=$(seconds "$CANDOR" verify --json --jobs 2 "$WORK/out2")
echo "verify --jobs 2: ${tv} s"
echo "speed-up jobs 2 / jobs 1: $(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", a / b }')"
