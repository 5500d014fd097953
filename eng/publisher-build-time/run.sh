#!/usr/bin/env bash
# Times building the publisher registry: median and fastest of N builds (default 40) of the built-in data, or, given
# targets of data files or built AseanAi.Citations.dll files (of other commits), of each in turn (see
# publisher-build-time.cs).
# Usage: eng/publisher-build-time/run.sh [builds] [folder or AseanAi.Citations.dll …]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
targets=()
for target in "${@:2}"; do
  if [ -f "$target" ]; then targets+=("$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"); else targets+=("$(cd "$target" && pwd)"); fi
done
cd "$here"
dotnet run publisher-build-time.cs -- "${1:-40}" "${targets[@]}"
