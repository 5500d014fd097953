#!/usr/bin/env bash
# Renders the same 10,000 generated ja/zh/en items with APA and SIST 02 in citeproc-js (node) and in this library
# (BenchmarkDotNet, CslBenchmarks), in the same run, and prints items/s for both. node_modules go to a temporary folder.
# Usage: eng/csl-benchmark.sh [COUNT]   (needs node, npm and the .NET SDK; SHARED=/path/to/shared to override ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-$(cd .. && pwd)/shared}"
count="${1:-10000}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --silent --prefix "$work" citeproc@2.4.63 >/dev/null
node eng/csl/items.mjs "$count" > "$work/items.json"
for style in apa.csl sist02.csl; do
  node eng/csl/bench.mjs "$work/node_modules/citeproc" "$shared/csl/styles/$style" "$shared/csl/locales" "$work/items.json"
done
CSL_BENCH_ITEMS="$work/items.json" CSL_BENCH_SHARED="$shared" \
  dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*CslBenchmarks*' --job short
