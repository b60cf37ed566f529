#!/usr/bin/env bash
# The whole benchmark run, about 17 minutes on 2 cores: builds the suite, makes the inputs
# (benchmarks/target/inputs, not committed), runs every JMH benchmark with the GC profiler
# (allocation per operation), prints the ratio table, then times c2pa-rs on the same files.
#
# Each image gets its own JMH run, so an operation and its baseline run back to back (under a
# minute apart): on a shared machine the load drifts over minutes, and ratios of figures taken
# minutes apart would measure the drift.
#
#   benchmarks/run.sh                          # everything
#   IMAGES="JPEG_24MP" benchmarks/run.sh --no-node
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/jmh
images="${IMAGES:-JPEG_2MP JPEG_12MP JPEG_24MP PNG_1080P PNG_4K WEBP_12MP}"
mvn -q -B -o -pl benchmarks -am package -DskipTests
java -cp "$jar" dev.candor.benchmarks.GenerateInputs benchmarks/target/inputs
rm -rf "$out" && mkdir -p "$out"
jmh() {
  local name="$1"
  shift
  java -jar "$jar" "$@" -f 1 -wi 2 -i 3 -prof gc -rf json -rff "$out/$name.json" \
    | tee "$out/$name.txt" | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.[A-Za-z]+ )' || true
}
for image in $images; do
  jmh "label-$image" 'LabelImageBenchmark' -p image="$image"
  jmh "verify-$image" 'VerifyImageBenchmark' -p image="$image"
done
jmh signing 'SigningBenchmark'
jmh text 'TextLabelBenchmark'
jmh stream 'TextStreamBenchmark'
java -cp "$jar" dev.candor.benchmarks.RatioTable "$out"/*.json | tee benchmarks/target/ratios.md
# The same image operations with each run next to its baseline, robust to drifting load.
java -cp "$jar" dev.candor.benchmarks.PairedRatios 61 | tee benchmarks/target/paired.md
if [ "${1:-}" != "--no-node" ]; then
  benchmarks/run-c2pa-node.sh --iterations 15 --warmup 3 --defaults | tee benchmarks/target/c2pa-node.md
fi
