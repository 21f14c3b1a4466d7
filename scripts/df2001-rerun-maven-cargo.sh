#!/usr/bin/env bash
# Opt-in, not CI: reruns the manifest-reading part of an install on only the files DF2001's fix copies.
# For each fixture below, the COPY instructions of its .after.Dockerfile (the fix's output, which the test suite
# checks) that come before the install are applied to an empty folder, and the tool is run there offline:
#   maven-modules           mvn -o -B validate   (builds the reactor: reads every module's POM and parent)
#   cargo-explicit-targets  cargo metadata --offline --no-deps   (loads every workspace package, as cargo fetch does)
# Downloading dependencies (mvn dependency:go-offline, cargo fetch) needs a registry this check does not assume.
# A tool that is not installed is skipped. Usage: scripts/df2001-rerun-maven-cargo.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/tests/Dockerfile.Analysis.Tests/Fixtures/Fixes/DF2001"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
passed=0

# Copies the sources of every context COPY before the first RUN of the after file, at their context paths.
stage() {
  local name="$1" dest="$work/$1"
  mkdir -p "$dest"
  while read -r line; do
    case "$line" in
      RUN*) break ;;
      COPY*) ;;
      *) continue ;;
    esac
    case "$line" in *--from=*) continue ;; esac
    # Words after COPY, flags dropped; the last word is the destination.
    read -r -a words <<< "${line#COPY }"
    local sources=()
    for w in "${words[@]}"; do
      case "$w" in --*) ;; *) sources+=("$w") ;; esac
    done
    unset 'sources[${#sources[@]}-1]'
    for s in "${sources[@]}"; do
      [ "$s" = "." ] && continue
      if [ -d "$fixtures/$name.context/$s" ]; then
        mkdir -p "$dest/$s" && cp -R "$fixtures/$name.context/$s/." "$dest/$s"
      else
        mkdir -p "$dest/$(dirname "$s")" && cp "$fixtures/$name.context/$s" "$dest/$s"
      fi
    done
  done < "$fixtures/$name.after.Dockerfile"
  echo "$dest"
}

check() {
  local name="$1" tool="$2"; shift 2
  if ! command -v "$tool" > /dev/null; then
    echo "skipped: $name ($tool is not installed)"
    return
  fi
  local dir
  dir="$(stage "$name")"
  if (cd "$dir" && "$@" > "$work/$name.log" 2>&1); then
    echo "passed: $name ($*)"
    passed=$((passed + 1))
  else
    echo "FAILED: $name ($*)"
    sed 's/^/    /' "$work/$name.log" | tail -20
    failed=$((failed + 1))
  fi
}

check maven-modules mvn mvn -o -B -q validate
check cargo-explicit-targets cargo env RUSTUP_TOOLCHAIN=stable cargo metadata --offline --no-deps --format-version 1

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
