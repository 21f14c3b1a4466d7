#!/usr/bin/env bash
# The whole-process cost of Dockerfile.Analyzers in a command-line build, against peers in the same run (issue 18
# item 3): the console project with three Dockerfiles (setup.sh) built with the package ("on"), with the package but
# EnableDockerfileAnalysis=false ("off"), and the same project without the package ("bare"). Each run touches
# Program.cs first, so every build compiles (an edit-build cycle: dotnet build --no-restore, warm build and compiler
# servers). hyperfine measures; the three commands run in rounds, in a different order each round, so that a change
# of the machine's load falls on all three. Prints the load average and, per command, the times of all rounds.
# Usage: benchmarks/analyzer-build/overhead.sh [rounds] [runs per round]   (default 4 and 5); needs hyperfine.
set -euo pipefail
rounds="${1:-4}"
runs="${2:-5}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
source "$repo/benchmarks/analyzer-build/setup.sh"
on="cd $work/app && dotnet build --no-restore --nologo -v q"
off="cd $work/app && dotnet build --no-restore --nologo -v q -p:EnableDockerfileAnalysis=false"
bare="cd $work/bare && dotnet build --no-restore --nologo -v q"
echo "nproc: $(nproc); $(uptime)"
for i in $(seq 1 "$rounds"); do
  case $(( i % 3 )) in
    1) order=(on off bare) ;;
    2) order=(off bare on) ;;
    0) order=(bare on off) ;;
  esac
  args=()
  for name in "${order[@]}"; do args+=(-n "$name" "${!name}"); done
  hyperfine --style basic --warmup 1 --runs "$runs" --prepare "touch $work/app/Program.cs $work/bare/Program.cs" \
    --export-json "$work/round-$i.json" "${args[@]}" >/dev/null
  echo "round $i (${order[*]}): $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "$(uptime)"
python3 - "$work"/round-*.json <<'PY'
import json, statistics, sys
times = {}
for path in sys.argv[1:]:
    for result in json.load(open(path))["results"]:
        times.setdefault(result["command"], []).extend(result["times"])
for name in ("on", "off", "bare"):
    t = sorted(x * 1000 for x in times[name])
    print(f"{name:5} n={len(t):3} mean={statistics.mean(t):7.0f} ms  median={statistics.median(t):7.0f} ms  min={t[0]:7.0f} ms  stdev={statistics.stdev(t):5.0f} ms")
for name in ("on", "off"):
    print(f"{name} - bare: median {statistics.median(times[name]) * 1000 - statistics.median(times['bare']) * 1000:+.0f} ms, mean {statistics.mean(times[name]) * 1000 - statistics.mean(times['bare']) * 1000:+.0f} ms")
PY
