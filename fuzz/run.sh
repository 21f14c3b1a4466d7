#!/usr/bin/env bash
# Runs one fuzz target under AFL++ for a while, then minimises what it found.
#   fuzz/run.sh TARGET DURATION     TARGET: parse | incremental | analysis | fixall | config
#                                   DURATION: 90s, 10m, 1h (or plain seconds)
# Environment:
#   FUZZ_WORK     work folder (default: ${TMPDIR:-/tmp}/dockerfile-fuzz); the queue survives between runs there
#   FUZZ_CORPUS   a folder of extra seed files (for example the shared corpus), copied into the temp seed folder only
#   FUZZ_TIMEOUT  afl-fuzz -t per input, in ms (default 2000; 5000 for analysis, fixall and config)
#   FUZZ_NICE     nice level (default 15)
#   FUZZ_RESUME=1 resume the previous run's queue instead of seeding afresh
#   FUZZ_MINIMISE how many crashes (and hangs) to minimise with afl-tmin (default 10)
# Findings are minimised with afl-tmin into fuzz/findings/TARGET/ (not committed); keep each one as a regression
# fixture under tests/Dockerfile.Analysis.Tests/Fixtures/Fuzz/TARGET/ (see docs/reliability.md).
set -euo pipefail

usage() { echo "usage: fuzz/run.sh parse|incremental|analysis|fixall|config DURATION (e.g. 10m)" >&2; exit 2; }
[ $# -eq 2 ] || usage
target=$1
case "$target" in parse|incremental|analysis|fixall|config) ;; *) usage ;; esac
case "$2" in
  *h) seconds=$(( ${2%h} * 3600 )) ;;
  *m) seconds=$(( ${2%m} * 60 )) ;;
  *s) seconds=${2%s} ;;
  *[!0-9]*|'') usage ;;
  *) seconds=$2 ;;
esac

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-${TMPDIR:-/tmp}/dockerfile-fuzz}
tools=$work/tools
bin=$work/$target/bin
in=$work/$target/in
out=$work/$target/out
findings=$repo/fuzz/findings/$target
case "$target" in analysis|fixall|config) default_timeout=5000 ;; *) default_timeout=2000 ;; esac
timeout_ms=${FUZZ_TIMEOUT:-$default_timeout}
nice_level=${FUZZ_NICE:-15}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 1. Tools: afl++ (Debian package), dotnet, the SharpFuzz instrumenter (a .NET tool, installed into the work folder).
if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "run.sh: installing afl++ (apt-get install -y afl++)"
    apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
  else
    echo "run.sh: afl-fuzz is missing: install the Debian package afl++ (apt-get install afl++)" >&2; exit 2
  fi
fi
command -v dotnet >/dev/null 2>&1 || { echo "run.sh: dotnet is missing (the SDK in global.json)" >&2; exit 2; }
mkdir -p "$tools"
if [ ! -x "$tools/sharpfuzz" ]; then
  echo "run.sh: installing the sharpfuzz tool (dotnet tool install SharpFuzz.CommandLine --version 2.3.0)"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null \
    || { echo "run.sh: could not install SharpFuzz.CommandLine 2.3.0 from the NuGet source" >&2; exit 2; }
fi

# 2. Publish the harness and instrument the libraries under test (instrumenting twice fails, so publish afresh).
rm -rf "$bin"
# Two runs at once share the project's obj/ folder: publish one at a time.
flock "$work/publish.lock" nice -n "$nice_level" dotnet publish "$repo/fuzz/Dockerfile.Fuzz/Dockerfile.Fuzz.csproj" -c Release -o "$bin" -v quiet -nologo >/dev/null
# An uninstrumented copy runs the findings once to say what broke (instrumented code needs afl-fuzz's shared memory).
rm -rf "$bin.plain" && cp -r "$bin" "$bin.plain"
libs="Dockerfile.Syntax.dll Dockerfile.Analysis.dll"
[ "$target" = config ] && libs="$libs YamlDotNet.dll"
for lib in $libs; do
  "$tools/sharpfuzz" "$bin/$lib" >/dev/null
done
harness=(dotnet "$bin/Dockerfile.Fuzz.dll" "$target")
plain=(dotnet "$bin.plain/Dockerfile.Fuzz.dll" "$target")

# 3. Seeds: our fixtures, samples and the rule pages' examples (plus FUZZ_CORPUS), into a temp folder only.
seed_files() {
  if [ "$target" = config ]; then
    find "$repo/tests" "$repo/samples" -type f \( -name '*.editorconfig' -o -name '.editorconfig' -o -name '*.yaml' -o -name '*.yml' -o -name '*dockerignore*' \)
    find "$repo/tests" -path '*Fixtures*' -type f -name '*Dockerfile' | grep -i -e ignore -e suppress -e pragma || true
  else
    find "$repo/tests" -path '*Fixtures*' -type f \( -name '*Dockerfile' -o -name '*.Dockerfile' \)
    find "$repo/samples" -type f -name '*Dockerfile*'
  fi
  [ -d "$repo/tests/Dockerfile.Analysis.Tests/Fixtures/Fuzz/$target" ] && find "$repo/tests/Dockerfile.Analysis.Tests/Fixtures/Fuzz/$target" -type f ! -name '*.txt'
  [ -n "${FUZZ_CORPUS:-}" ] && [ -d "$FUZZ_CORPUS" ] && find "$FUZZ_CORPUS" -type f -size -64k ! -name 'MANIFEST*' ! -name 'manifest*'
  return 0
}
if [ "${FUZZ_RESUME:-0}" = 1 ] && [ -d "$out/default/queue" ]; then
  in_arg=-
else
  rm -rf "$in" "$out"
  mkdir -p "$in"
  seed_files | sort -u | dotnet "$bin.plain/Dockerfile.Fuzz.dll" seed "$target" "$in" "$repo/docs/rules"
fi
echo "run.sh: $target: $(ls "$in" 2>/dev/null | wc -l) seeds, ${seconds}s, timeout ${timeout_ms} ms, nice ${nice_level}"

# 4. Fuzz. afl-fuzz stops by itself after the duration (-V).
[ "${in_arg:-}" = - ] || in_arg=$in
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=120000 AFL_AUTORESUME=1
nice -n "$nice_level" afl-fuzz -i "$in_arg" -o "$out" -t "$timeout_ms" -m none -V "$seconds" -x "$repo/fuzz/dockerfile.dict" -- "${harness[@]}" \
  > "$work/$target/afl.log" 2>&1 || echo "run.sh: afl-fuzz exited with $? (see $work/$target/afl.log)"

# 5. Minimise the crashes and hangs (the first FUZZ_MINIMISE of each kind, default 10: they are often one bug
#    found many times), and say what broke. The rest stay in the output folder.
mkdir -p "$findings"
max_minimise=${FUZZ_MINIMISE:-10}
for kind in crashes hangs; do
  count=0
  for f in "$out"/default/$kind/id:*; do
    [ -e "$f" ] || continue
    name=$kind-$(basename "$f" | sed 's/^id:\([0-9]*\).*/\1/')
    if [ "$count" -lt "$max_minimise" ]; then
      flags=()
      [ "$kind" = hangs ] && flags=(-H)
      timeout 600 nice -n "$nice_level" afl-tmin "${flags[@]}" -i "$f" -o "$findings/$name" -t "$timeout_ms" -m none -- "${harness[@]}" >/dev/null 2>&1 \
        || cp "$f" "$findings/$name"
    else
      cp "$f" "$findings/$name"
    fi
    count=$((count + 1))
    timeout 120 "${plain[@]}" "$findings/$name" > "$findings/$name.txt" 2>&1 || true
    echo "run.sh: $target: $kind: $findings/$name: $(tr -d '\000' < "$findings/$name.txt" | grep -a -m1 -v '^\s*$' | cut -c1-200)"
  done
done
echo "run.sh: reproduce one with: dotnet $bin.plain/Dockerfile.Fuzz.dll $target FILE"

# 6. Statistics, for docs/reliability.md.
stats=$out/default/fuzzer_stats
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|edges_found|total_edges|bitmap_cvg|saved_crashes|saved_hangs|stability)\b' "$stats" | tee "$findings/stats.txt"
fi
