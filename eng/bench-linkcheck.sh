#!/usr/bin/env bash
# Publishes `cite` as a native (AOT) executable and runs the shared link-check throughput comparison
# (../shared/bench/linkcheck: linkinator and markdown-link-check against ours, same machine, same 500 links).
# Usage: eng/bench-linkcheck.sh [-n LINKS] [-r REPS] [-d DELAY_MS] [-- extra cite check options]
# Default extra options: --no-cache (measure fetching, not the cache) --max-per-host 64 (the connection limit the
# server sees; the report's "max open" column shows it is kept). Pass -- --max-per-host 8 to measure the default.
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${CITE_SHARED_DATA:-../shared}/bench/linkcheck"
[ -f "$bench/run.sh" ] || { echo "eng/bench-linkcheck.sh: the shared link-check bench is not at $bench/run.sh; set CITE_SHARED_DATA to the folder that holds bench/linkcheck (as ../shared does)." >&2; exit 2; }
BENCH_ARGS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do BENCH_ARGS+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
EXTRA=("$@")
[ ${#EXTRA[@]} -gt 0 ] || EXTRA=(--no-cache --max-per-host 64)
OUT=artifacts/bench/cite
dotnet publish src/AseanAi.Citations.Cli -c Release -r linux-x64 -p:PublishAot=true -p:PublishReadyToRun=false -p:SelfContained=true -o "$OUT" >/dev/null
bash "$bench/run.sh" "${BENCH_ARGS[@]}" -- "$PWD/$OUT/cite" check {} --format json "${EXTRA[@]}"
