#!/usr/bin/env bash
# Times building the publisher registry: median and fastest of N builds (default 40) of the built-in data, or, given
# folders of data files, of each folder's publisher files in turn (see publisher-build-time.cs).
# Usage: eng/publisher-build-time/run.sh [builds] [folder …]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
folders=()
for folder in "${@:2}"; do folders+=("$(cd "$folder" && pwd)"); done
cd "$here"
dotnet run publisher-build-time.cs -- "${1:-40}" "${folders[@]}"
