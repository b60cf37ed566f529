#!/usr/bin/env bash
# Times c2pa-rs (through @contentauth/c2pa-node 0.8.0, native, one warm process) on the inputs the
# JMH suite uses. Installs the package into benchmarks/node/ (git-ignored) with scripts off: its
# postinstall would fetch a binary from GitHub; the npm tarball already holds the x86-64 Linux one.
# Needs Node 20+ and the benchmarks jar (for GenerateInputs) when the inputs are missing.
#
#   benchmarks/run-c2pa-node.sh [--iterations N] [--warmup W] [--defaults]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sdk="$here/node"
mkdir -p "$sdk"
if [ ! -f "$sdk/node_modules/@contentauth/c2pa-node/dist/index.node" ]; then
  cat > "$sdk/package.json" <<'JSON'
{ "name": "candor-c2pa-node-bench", "private": true, "type": "module",
  "dependencies": { "@contentauth/c2pa-node": "0.8.0" } }
JSON
  echo "ignore-scripts=true" > "$sdk/.npmrc"
  (cd "$sdk" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
inputs="$here/target/inputs"
if [ ! -f "$inputs/pki/chain.pem" ]; then
  java -cp "$here/target/benchmarks.jar" dev.candor.benchmarks.GenerateInputs "$inputs"
fi
node "$here/c2pa-node-bench.mjs" --inputs "$inputs" --sdk "$sdk" "$@"
