#!/usr/bin/env bash
# Sourced by measure.sh and overhead.sh: packs Dockerfile.Analyzers into a temporary folder ($work) and makes console
# projects with three Dockerfiles (the python-pipenv and node-good samples and the CLI's node-npm fixture, all with
# the project folder as context): $work/app references the package; $work/il too, with
# DockerfileAnalyzersReadyToRun=false (the IL assemblies); $work/off too, with EnableDockerfileAnalysis=false; $work/bare
# is the same project without the package. Each setting is in its project file, so every build of a folder has the
# same global properties.
# Needs $repo (the repository) and nothing but the .NET SDK; removes $work on exit.
work="$(mktemp -d "${TMPDIR:-/tmp}/dfa-analyzer-build-XXXXXX")"
trap 'rm -rf "$work"' EXIT
version="0.0.0-measure$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The pack restores the repository's project with the machine's package folder; only the test projects get their own.
dotnet pack "$repo/src/Dockerfile.Analyzers" -c Release -o "$work/packages" -p:Version="$version" --nologo -v q >/dev/null
export NUGET_PACKAGES="$work/nuget"
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="measure" value="$work/packages" /></packageSources></configuration>
XML
for project in app il off bare; do
  mkdir "$work/$project"
  reference="<ItemGroup><PackageReference Include=\"Dockerfile.Analyzers\" Version=\"$version\" /></ItemGroup>"
  setting=""
  case "$project" in
    il) setting="<DockerfileAnalyzersReadyToRun>false</DockerfileAnalyzersReadyToRun>" ;;
    off) setting="<EnableDockerfileAnalysis>false</EnableDockerfileAnalysis>" ;;
    bare) reference="" ;;
  esac
  cat > "$work/$project/$project.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>$setting</PropertyGroup>
  $reference
</Project>
XML
  echo 'System.Console.WriteLine("hello");' > "$work/$project/Program.cs"
  cp "$repo/samples/python-pipenv/"* "$work/$project/"
  cp "$repo/samples/node-good/Dockerfile" "$work/$project/node.Dockerfile"
  cp "$repo/samples/node-good/package.json" "$repo/samples/node-good/package-lock.json" "$repo/samples/node-good/index.js" "$work/$project/"
  cp "$repo/tests/Dockerfile.Cli.Tests/Fixtures/node-npm/Dockerfile" "$work/$project/Dockerfile.npm"
  # restore, and start the build and compiler servers as every build does
  (cd "$work/$project" && dotnet build -v q --nologo >/dev/null)
done
