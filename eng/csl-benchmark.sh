#!/usr/bin/env bash
# Renders the same 10,000 generated ja/zh/en items with APA and SIST 02 in citeproc-js (node) and in this library
# (BenchmarkDotNet, CslBenchmarks), in the same run, and prints items/s for both. node_modules go to a temporary folder.
# Usage: eng/csl-benchmark.sh [COUNT]   (needs node, npm and the .NET SDK; CITE_SHARED_DATA=/path/to/shared to override ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${CITE_SHARED_DATA:-$(cd .. && pwd)/shared}"
for needed in csl/styles/apa.csl csl/styles/sist02.csl csl/locales; do
  [ -e "$shared/$needed" ] || { echo "eng/csl-benchmark.sh: $shared/$needed is missing; set CITE_SHARED_DATA to a folder holding csl/styles and csl/locales (the official CSL styles and locales repositories), as ../shared does." >&2; exit 2; }
done
count="${1:-10000}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --silent --prefix "$work" citeproc@2.4.63 >/dev/null
node eng/csl/items.mjs "$count" > "$work/items.json"
for style in apa.csl sist02.csl; do
  node eng/csl/bench.mjs "$work/node_modules/citeproc" "$shared/csl/styles/$style" "$shared/csl/locales" "$work/items.json"
done
CSL_BENCH_ITEMS="$work/items.json" CITE_SHARED_DATA="$shared" \
  dotnet run -c Release --project benchmarks/AseanAi.Citations.Benchmarks -- --filter '*CslBenchmarks*' --job short
