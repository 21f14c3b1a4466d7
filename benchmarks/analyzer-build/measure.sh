#!/usr/bin/env bash
# What Dockerfile.Analyzers adds to `dotnet build` (issue 18 item 5): packs the package, makes a console project with
# three Dockerfiles (the samples and the CLI's node-npm fixture, all with the project folder as context), and runs
# alternating full compilations (--no-incremental) with the analysis on and off, with the compiler's own per-analyzer
# timing (-p:ReportAnalyzer=true). Prints each build's wall time and the analyzer's time inside the compiler.
# Usage: benchmarks/analyzer-build/measure.sh [rounds]   (default 5); needs nothing but the .NET SDK.
set -euo pipefail
rounds="${1:-5}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dfa-analyzer-build-XXXXXX")"
trap 'rm -rf "$work"' EXIT
version="0.0.0-measure$(date -u +%Y%m%d%H%M%S)"
export NUGET_PACKAGES="$work/nuget" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet pack "$repo/src/Dockerfile.Analyzers" -c Release -o "$work/packages" -p:Version="$version" --nologo -v q >/dev/null
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="measure" value="$work/packages" /></packageSources></configuration>
XML
mkdir "$work/app"
cat > "$work/app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="Dockerfile.Analyzers" Version="$version" /></ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine("hello");' > "$work/app/Program.cs"
cp "$repo/samples/python-pipenv/"* "$work/app/"
cp "$repo/samples/node-good/Dockerfile" "$work/app/node.Dockerfile"
cp "$repo/samples/node-good/package.json" "$repo/samples/node-good/package-lock.json" "$repo/samples/node-good/index.js" "$work/app/"
cp "$repo/tests/Dockerfile.Cli.Tests/Fixtures/node-npm/Dockerfile" "$work/app/Dockerfile.npm"
cd "$work/app"
dotnet build -v q --nologo >/dev/null   # restore, and start the build and compiler servers as every build does
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
