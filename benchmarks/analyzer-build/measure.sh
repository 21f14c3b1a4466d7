#!/usr/bin/env bash
# What Dockerfile.Analyzers adds to `dotnet build` (issue 18 item 5): packs the package, makes a console project with
# three Dockerfiles (setup.sh), and runs
# alternating full compilations (--no-incremental) with the analysis on and off, with the compiler's own per-analyzer
# timing (-p:ReportAnalyzer=true). Prints each build's wall time and the analyzer's time inside the compiler.
# Usage: benchmarks/analyzer-build/measure.sh [rounds]   (default 5); needs nothing but the .NET SDK.
set -euo pipefail
rounds="${1:-5}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
source "$repo/benchmarks/analyzer-build/setup.sh"
cd "$work/app"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$rounds"); do
  for on in true false; do
    start=$(date +%s%N)
    out=$(dotnet build --no-incremental -v d --nologo -p:ReportAnalyzer=true -p:EnableDockerfileAnalysis=$on)
    end=$(date +%s%N)
    analyzer=$(printf '%s\n' "$out" | grep -m1 -E '^\s+[0-9.<]+\s+[0-9]+\s+Dockerfile\.Analyzers\.DockerfileDiagnosticAnalyzer' | awk '{print $1}' || true)
    warnings=$(printf '%s\n' "$out" | grep -c 'warning DF' || true)
    echo "round $i analysis=$on wall=$(( (end - start) / 1000000 )) ms analyzer=${analyzer:-n/a} s DF-warning-lines=$warnings"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
