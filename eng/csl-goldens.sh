#!/usr/bin/env bash
# Regenerates the golden files of the built-in CSL styles with citeproc-js (the reference implementation, npm package
# `citeproc`) and the official styles in ../shared/csl/styles. The outputs are committed as test expectations under
# tests/AseanAi.Citations.Tests/Golden/csl/; node_modules go to a temporary folder and are never committed.
# Usage: eng/csl-goldens.sh   (needs node and npm; CITE_SHARED_DATA=/path/to/shared to override ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${CITE_SHARED_DATA:-$(cd .. && pwd)/shared}"
[ -d "$shared/csl/styles" ] && [ -d "$shared/csl/locales" ] || { echo "eng/csl-goldens.sh: $shared/csl/styles or $shared/csl/locales is missing; set CITE_SHARED_DATA to a folder holding the official CSL styles and locales (csl/styles, csl/locales), as ../shared does." >&2; exit 2; }
golden=tests/AseanAi.Citations.Tests/Golden/csl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --silent --prefix "$work" citeproc@2.4.63 >/dev/null
mkdir -p "$golden"
node eng/csl/items.mjs 40 per-type > "$golden/items-generated.json"
declare -A styles=(
  [sist02]=sist02.csl
  [gbt7714-2015-numeric]=china-national-standard-gb-t-7714-2015-numeric.csl
  [gbt7714-2015-author-date]=china-national-standard-gb-t-7714-2015-author-date.csl
  [apa]=apa.csl
  [chicago-author-date]=chicago-author-date.csl
)
for name in "${!styles[@]}"; do
  for set in seed generated; do
    node eng/csl/render.mjs "$work/node_modules/citeproc" "$shared/csl/styles/${styles[$name]}" "$shared/csl/locales" \
      "$golden/items-$set.json" > "$golden/$name.$set.citeproc.txt"
  done
  echo "$name: $(wc -l < "$golden/$name.generated.citeproc.txt") generated entries"
done
