#!/usr/bin/env bash
# Writes what a diagnose binary answers on the shared cases and the 1 MiB shapes, so that a
# performance change can be shown to be exact: run it before and after, then `diff -r` the two
# folders (it must print nothing).
#
#   scripts/outputs-snapshot.sh BIN OUTDIR [SHAPES_DIR]
#
# BIN: target/release/clawmedic or target/release/examples/diagnose. SHAPES_DIR (default
# /tmp/shapes) is made when missing with `cargo run --release -p clawmedic-engine --example
# shapes -- SHAPES_DIR 1024`. Writes OUTDIR/cases (score-cases --save-outputs of dev, reports
# and lang), OUTDIR/shapes (JSON and text of each shape, the same file twice, the thread of
# 20) and OUTDIR/score.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1 out=$2 shapes=${3:-/tmp/shapes}
cases=../shared/cases
[ -d "$shapes" ] || cargo run -q --release -p clawmedic-engine --example shapes -- "$shapes" 1024
rm -rf "$out"
mkdir -p "$out/cases" "$out/shapes"
python3 ../shared/tools/score-cases -j 2 --bin "$bin" --save-outputs "$out/cases" \
  "$cases/dev" "$cases/reports" "$cases/lang" | tail -4 > "$out/score.txt"
for s in probe_table pin_errors mixed_signals gateway_log json_log prose; do
  f="$shapes/$s-1024k.txt"
  "$bin" diagnose --format json "$f" > "$out/shapes/$s.json"
  "$bin" diagnose --format text "$f" > "$out/shapes/$s.txt"
  "$bin" diagnose --format json "$f" "$f" > "$out/shapes/$s.two.json"
done
"$bin" diagnose --format json "$shapes"/thread_20-1024k-*.txt > "$out/shapes/thread_20.json"
cat "$out/score.txt"
