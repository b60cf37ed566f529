#!/usr/bin/env bash
# Evaluates Candor's text watermarks (KGW and Gumbel) on a word-trigram model trained at run time
# on the King James Bible (public domain), and writes benchmarks/TEXT-WATERMARK-RESULTS.md.
#
# Needs: Debian packages bible-kjv (the `bible` decoder, GPL-2+) and bible-kjv-text (the KJV text,
# public domain); installed here with apt-get when missing. Extra arguments go to the evaluation
# (e.g. --texts 200 --unmarked 1000 for a quick run). JMH=0 skips the per-step benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v bible >/dev/null 2>&1 || [ ! -f /usr/lib/bible.data ]; then
  sudo_cmd=""
  if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq bible-kjv bible-kjv-text
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# One verse per line, "Ge1:1 In the beginning ..."; the evaluation strips the references.
bible -f -m 8192 gen1:1-rev22:21 </dev/null >"$work/kjv.txt"

mvn -q -B -pl benchmarks -am package -DskipTests
results=benchmarks/TEXT-WATERMARK-RESULTS.md
java -cp benchmarks/target/benchmarks.jar dev.candor.benchmarks.eval.TextWatermarkEvaluation \
  --corpus "$work/kjv.txt" --out "$results" "$@"

# JMH_JAVAS: space-separated java binaries to run the per-step benchmark with (default: java).
if [ "${JMH:-1}" = 1 ]; then
  jmh_args=(TextWatermark -f 1 -wi 3 -i 5)
  for java_bin in ${JMH_JAVAS:-java}; do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    "$java_bin" -jar benchmarks/target/benchmarks.jar "${jmh_args[@]}" -rf text -rff "$work/jmh.txt" >/dev/null
    version="$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')"
    {
      echo
      echo "## Per-step cost (JMH, Java $version)"
      echo
      echo "\`java -jar benchmarks/target/benchmarks.jar ${jmh_args[*]}\` (average time per call, µs;"
      echo "\`size\` = number of logits: 50,000 is a full vocabulary, 50 a top-k list; each KGW and copy"
      echo "row includes copying the array back, see \`baselineCopy\`; each KGW step hashes a new"
      echo "context). Load average before the run: $load."
      echo
      echo '```'
      cat "$work/jmh.txt"
      echo '```'
      echo
      awk '$2 == 50000 && $1 ~ /(kgwFullVocabulary|kgwMinSelfFullVocabulary|baselineArgmax|baselineCopy)$/ {
             split($1, n, "."); t[n[2]] = $5 }
           END { printf "Full-vocabulary step less the copy, as a multiple of one arg-max pass: " \
                   "LeftHash %.2f×, Min-SelfHash %.2f×.\n",
                   (t["kgwFullVocabulary"] - t["baselineCopy"]) / t["baselineArgmax"],
                   (t["kgwMinSelfFullVocabulary"] - t["baselineCopy"]) / t["baselineArgmax"] }' \
        "$work/jmh.txt"
    } >>"$results"
  done
fi
echo "wrote $results"
