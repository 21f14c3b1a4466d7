#!/usr/bin/env bash
# The whole-process cost of Dockerfile.Analyzers in a command-line build, against peers in the same run (issue 18
# item 3): the console project with three Dockerfiles (setup.sh) built with the package ("on": the ReadyToRun
# assemblies on linux-x64), with its IL assemblies ("il"), with the package but EnableDockerfileAnalysis=false ("off"),
# and without the package ("bare"). Each run touches Program.cs first, so every build compiles (an edit-build cycle:
# dotnet build --no-restore, with a warm compiler server). hyperfine measures; the commands run in rounds, in a
# different order each round, so that a change of the machine's load falls on all of them. The same rounds again with
# --disable-build-servers (MSBuild and the compiler in the build's own processes, so hyperfine's user and system times
# are all the CPU the build used, which the load of other programs on the machine changes less than wall time). Then
# three builds of each with the package report the analyzer's own time inside the compiler (-p:ReportAnalyzer=true),
# without the server (with it, the analyzer stays loaded and reports its kept results in about a millisecond).
# Usage: benchmarks/analyzer-build/overhead.sh [rounds] [runs per round]   (default 4 and 5); needs hyperfine.
set -euo pipefail
rounds="${1:-4}"
runs="${2:-5}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
source "$repo/benchmarks/analyzer-build/setup.sh"
# The warm phase uses the compiler server even where the environment turns it off (UseSharedCompilation=false); the
# servers it starts are stopped at the end, by process id (none that was running before).
servers_before=" $( (pgrep -f 'Roslyn/bincore/VBCSCompiler' || true) | tr '\n' ' ') "
stop_servers() {
  for pid in $(pgrep -f 'Roslyn/bincore/VBCSCompiler' || true); do
    case "$servers_before" in *" $pid "*) ;; *) kill "$pid" 2>/dev/null || true ;; esac
  done
}
trap 'stop_servers; rm -rf "$work"' EXIT
on="cd $work/app && dotnet build --no-restore --nologo -v q"
il="cd $work/il && dotnet build --no-restore --nologo -v q"
off="cd $work/off && dotnet build --no-restore --nologo -v q"
bare="cd $work/bare && dotnet build --no-restore --nologo -v q"
echo "nproc: $(nproc); $(uptime)"
for phase in warm servers-off; do
  extra=" -p:UseSharedCompilation=true"
  if [ "$phase" = servers-off ]; then extra=" --disable-build-servers -p:UseSharedCompilation=false"; fi
  for i in $(seq 1 "$rounds"); do
    case $(( i % 4 )) in
      1) order=(on il off bare) ;;
      2) order=(il off bare on) ;;
      3) order=(off bare on il) ;;
      0) order=(bare on il off) ;;
    esac
    args=()
    for name in "${order[@]}"; do args+=(-n "$name" "${!name}$extra"); done
    hyperfine --style basic --warmup 1 --runs "$runs" --prepare "touch $work/app/Program.cs $work/il/Program.cs $work/off/Program.cs $work/bare/Program.cs" \
      --export-json "$work/$phase-round-$i.json" "${args[@]}" >/dev/null
    echo "$phase round $i (${order[*]}): load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
  python3 - "$phase" "$work"/"$phase"-round-*.json <<'PY'
import json, statistics, sys
wall, cpu = {}, {}
for path in sys.argv[2:]:
    for result in json.load(open(path))["results"]:
        wall.setdefault(result["command"], []).extend(t * 1000 for t in result["times"])
        cpu.setdefault(result["command"], []).append((result["user"] + result["system"]) * 1000)  # hyperfine keeps their means only
print(f"{sys.argv[1]}: wall time per build; CPU time (user + system of the processes the build started, not the warm servers') per round")
for name in ("on", "il", "off", "bare"):
    w, c = wall[name], cpu[name]
    print(f"  {name:5} wall n={len(w):3} mean {statistics.mean(w):6.0f} ms, median {statistics.median(w):6.0f} ms, stdev {statistics.stdev(w):4.0f} ms; CPU rounds {' '.join(f'{x:.0f}' for x in c)} ms, mean {statistics.mean(c):6.0f} ms")
for name in ("on", "il", "off"):
    print(f"  {name} - bare: wall median {statistics.median(wall[name]) - statistics.median(wall['bare']):+5.0f} ms, mean {statistics.mean(wall[name]) - statistics.mean(wall['bare']):+5.0f} ms; CPU mean {statistics.mean(cpu[name]) - statistics.mean(cpu['bare']):+5.0f} ms")
PY
done
echo "$(uptime)"
for project in app il; do
  for i in 1 2 3; do
    touch "$work/$project/Program.cs"
    time=$(cd "$work/$project" && dotnet build --no-restore --nologo -v d -p:ReportAnalyzer=true -p:UseSharedCompilation=false | grep -m1 -E '^\s+[0-9.<]+\s+[0-9<]+\s+Dockerfile\.Analyzers,' | awk '{print $1}' || true)
    echo "$project: the analyzer's time inside the compiler ${time:-n/a} s"
  done
done
