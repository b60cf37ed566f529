#!/usr/bin/env bash
# The whole benchmark run, about 12 minutes on 2 cores: builds the suite, makes the inputs
# (benchmarks/target/inputs, not committed), runs every JMH benchmark with the GC profiler
# (allocation per operation), prints the ratio table, then times c2pa-rs on the same files.
#
#   benchmarks/run.sh                 # everything
#   JMH_REGEX=LabelImage benchmarks/run.sh --no-node
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jar=benchmarks/target/benchmarks.jar
mvn -q -B -o -pl benchmarks -am package -DskipTests
java -cp "$jar" dev.candor.benchmarks.GenerateInputs benchmarks/target/inputs
java -Dcandor.bench.inputs=benchmarks/target/inputs -jar "$jar" "${JMH_REGEX:-.*}" \
  -f 1 -wi 2 -i 3 -prof gc -rf json -rff benchmarks/target/jmh.json | tee benchmarks/target/jmh.txt
java -cp "$jar" dev.candor.benchmarks.RatioTable benchmarks/target/jmh.json \
  | tee benchmarks/target/ratios.md
if [ "${1:-}" != "--no-node" ]; then
  benchmarks/run-c2pa-node.sh --iterations 10 --warmup 3 --defaults | tee benchmarks/target/c2pa-node.md
fi
