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
# Each phase ends with the difference of each copy from bare and its 95% interval: of the mean, from the rounds'
# paired differences (each round runs every copy under about the same load, so a drift between rounds cancels), and of
# the median, by resampling the runs.
# Usage: benchmarks/analyzer-build/overhead.sh [rounds] [runs per round]   (default 4 and 5); needs hyperfine.
# OVERHEAD_PHASES (default "warm servers-off") and OVERHEAD_COPIES (default "on il off bare"; bare is always measured)
# choose what is measured; OVERHEAD_REPORT_ANALYZER=false skips the -p:ReportAnalyzer builds at the end.
set -euo pipefail
rounds="${1:-4}"
runs="${2:-5}"
phases="${OVERHEAD_PHASES:-warm servers-off}"
copies=()
for name in ${OVERHEAD_COPIES:-on il off bare}; do [ "$name" = bare ] || copies+=("$name"); done
copies+=(bare)
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
for phase in $phases; do
  extra=" -p:UseSharedCompilation=true"
  if [ "$phase" = servers-off ]; then extra=" --disable-build-servers -p:UseSharedCompilation=false"; fi
  for i in $(seq 1 "$rounds"); do
    # a different order each round: the copies rotated by the round's number
    order=()
    for j in $(seq 0 $(( ${#copies[@]} - 1 ))); do order+=("${copies[$(( (i - 1 + j) % ${#copies[@]} ))]}"); done
    args=()
    for name in "${order[@]}"; do args+=(-n "$name" "${!name}$extra"); done
    hyperfine --style basic --warmup 1 --runs "$runs" --prepare "touch $work/app/Program.cs $work/il/Program.cs $work/off/Program.cs $work/bare/Program.cs" \
      --export-json "$work/$phase-round-$i.json" "${args[@]}" >/dev/null
    echo "$phase round $i (${order[*]}): load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
  python3 - "$phase" "$work"/"$phase"-round-*.json <<'PY'
import json, random, statistics, sys
wall, cpu, rounds = {}, {}, []
for path in sys.argv[2:]:
    means = {}
    for result in json.load(open(path))["results"]:
        times = [t * 1000 for t in result["times"]]
        wall.setdefault(result["command"], []).extend(times)
        cpu.setdefault(result["command"], []).append((result["user"] + result["system"]) * 1000)  # hyperfine keeps their means only
        means[result["command"]] = statistics.mean(times)
    rounds.append(means)
names = [n for n in ("on", "il", "off", "bare") if n in wall]
print(f"{sys.argv[1]}: wall time per build; CPU time (user + system of the processes the build started, not the warm servers') per round")
for name in names:
    w, c = wall[name], cpu[name]
    print(f"  {name:5} wall n={len(w):3} mean {statistics.mean(w):6.0f} ms, median {statistics.median(w):6.0f} ms, stdev {statistics.stdev(w):4.0f} ms; CPU rounds {' '.join(f'{x:.0f}' for x in c)} ms, mean {statistics.mean(c):6.0f} ms")
# Student's t quantiles (two-sided 95%) by degrees of freedom; beyond 30 the normal's.
T95 = {1: 12.71, 2: 4.30, 3: 3.18, 4: 2.78, 5: 2.57, 6: 2.45, 7: 2.36, 8: 2.31, 9: 2.26, 10: 2.23, 11: 2.20, 12: 2.18,
       13: 2.16, 14: 2.14, 15: 2.13, 16: 2.12, 17: 2.11, 18: 2.10, 19: 2.09, 20: 2.09, 25: 2.06, 30: 2.04}
def t95(df):
    return T95.get(df) or next((T95[k] for k in sorted(T95) if k >= df), 1.96)
rng = random.Random(18)
for name in names[:-1]:
    diffs = [r[name] - r["bare"] for r in rounds]
    mean = statistics.mean(diffs)
    half = t95(len(diffs) - 1) * statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else float("nan")
    a, b = wall[name], wall["bare"]
    boot = sorted(statistics.median(rng.choices(a, k=len(a))) - statistics.median(rng.choices(b, k=len(b))) for _ in range(2000))
    print(f"  {name} - bare: wall median {statistics.median(a) - statistics.median(b):+5.0f} ms (95% {boot[50]:+.0f} to {boot[1949]:+.0f}), "
          f"mean of {len(diffs)} rounds' differences {mean:+5.0f} ms (95% {mean - half:+.0f} to {mean + half:+.0f}); "
          f"CPU mean {statistics.mean(cpu[name]) - statistics.mean(cpu['bare']):+5.0f} ms")
PY
done
echo "$(uptime)"
[ "${OVERHEAD_REPORT_ANALYZER:-true}" = false ] && exit 0
for project in app il; do
  for i in 1 2 3; do
    touch "$work/$project/Program.cs"
    time=$(cd "$work/$project" && dotnet build --no-restore --nologo -v d -p:ReportAnalyzer=true -p:UseSharedCompilation=false | grep -m1 -E '^\s+[0-9.<]+\s+[0-9<]+\s+Dockerfile\.Analyzers,' | awk '{print $1}' || true)
    echo "$project: the analyzer's time inside the compiler ${time:-n/a} s"
  done
done
