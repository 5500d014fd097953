#!/usr/bin/env bash
# Installs the `cite` tool from a feed as users do and checks what they get:
#   1. `dotnet tool install AseanAi.Citations.Cli` takes the pointer package and, through it, the native package of
#      RID (AseanAi.Citations.Cli.RID): the installed command must be that package's executable, not IL run by dotnet;
#   2. AseanAi.Citations.Cli.any, installed directly (what `dotnet tool install` falls back to where no native package
#      fits), must install and run too.
# Both must print their version and read the seed's 12 references.
# Usage: eng/verify-tool-install.sh FEED VERSION RID [WORK_DIR]   (used by .ci/run and .github/workflows/release.yml)
set -euo pipefail
feed=$1 version=$2 rid=$3
work=${4:-$(mktemp -d)}
seed="$(cd "$(dirname "$0")/.." && pwd)/seeds/000_ac0a5415ceaa11bb.txt"
fail() { echo "verify-tool-install: $*" >&2; exit 1; }

rm -rf "$work/native" "$work/any"
dotnet tool install AseanAi.Citations.Cli --tool-path "$work/native" --add-source "$feed" --version "$version" >/dev/null \
  || fail "dotnet tool install AseanAi.Citations.Cli $version failed"
dotnet tool list --tool-path "$work/native" | grep -qiE "^aseanai\.citations\.cli +$version +cite( |$)" \
  || fail "the tool path does not hold AseanAi.Citations.Cli $version with the command cite"
package="$work/native/.store/aseanai.citations.cli/$version/aseanai.citations.cli.$rid/$version"
[ -d "$package" ] || fail "dotnet tool install did not take the $rid package (found: $(ls "$work/native/.store/aseanai.citations.cli/$version" | tr '\n' ' '))"
executable="$package/tools/any/$rid/cite"
[ -f "$executable" ] || [ -f "$executable.exe" ] || fail "the $rid package has no native executable cite"
find "$package" -name 'cite.dll' | grep -q . && fail "the $rid package holds cite.dll: it is not the Native AOT build"
if [ -f "$executable" ] && [ "$(uname -s)" = Linux ]; then
  [ "$(head -c 4 "$executable" | od -An -c | tr -d ' ')" = '177ELF' ] || fail "$executable is not an ELF executable"
fi

dotnet tool install AseanAi.Citations.Cli.any --tool-path "$work/any" --add-source "$feed" --version "$version" >/dev/null \
  || fail "dotnet tool install AseanAi.Citations.Cli.any $version failed"
[ -f "$work/any/.store/aseanai.citations.cli.any/$version/aseanai.citations.cli.any/$version/tools/net10.0/any/cite.dll" ] \
  || fail "the any package does not hold the framework-dependent cite.dll"

for kind in native any; do
  cite="$work/$kind/cite"
  "$cite" --version | grep -qF "${version%%-*}" || fail "$kind: cite --version does not say ${version%%-*}"
  "$cite" parse "$seed" >"$work/$kind-parse.txt" || fail "$kind: cite parse failed"
  grep -q "12 references" "$work/$kind-parse.txt" || { cat "$work/$kind-parse.txt"; fail "$kind: cite parse did not read the seed's 12 references"; }
done
echo "verify-tool-install: cite $version: the $rid Native AOT package and the any package install and run"
