#!/usr/bin/env bash
# Records the public API of the src/ projects in their PublicAPI.Unshipped.txt files, from the analyzer's findings:
# symbols reported as undeclared (RS0016) are added, symbols reported as gone (RS0017) are removed.
# Run it after a deliberate change of public API, then review the diff of the PublicAPI files: that diff is the change.
# Usage: eng/update-public-api.sh [project.csproj ...]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  mapfile -t projects < <(find src -name '*.csproj' | sort)
fi
for project in "${projects[@]}"; do
  dir=$(dirname "$project")
  [ -f "$dir/PublicAPI.Unshipped.txt" ] || continue
  for round in 1 2 3; do
    # Keep only the findings about this project: a build also reports those of the projects it references.
    log=$(dotnet build "$project" -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false 2>&1 | grep -F "[$(realpath "$project")" || true)
    added=$(grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" <<<"$log" | sort -u || true)
    removed=$(grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared API, but is either not public or could not be found)" <<<"$log" | sort -u || true)
    [ -z "$added$removed" ] && break
    python3 - "$dir/PublicAPI.Unshipped.txt" <<PY
import sys
path = sys.argv[1]
added = """$added""".splitlines()
removed = set("""$removed""".splitlines())
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l and l != "#nullable enable"]
lines = sorted(set(l for l in lines if l not in removed) | set(a for a in added if a), key=lambda s: s.lstrip("~"))
open(path, "w", encoding="utf-8").write("#nullable enable\n" + "".join(l + "\n" for l in lines))
PY
    echo "$project: +$(grep -c . <<<"$added" || true) -$(grep -c . <<<"$removed" || true)"
  done
done
