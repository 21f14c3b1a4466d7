#!/usr/bin/env bash
# Opt-in check of DF2001's fix against real package managers (not run by CI; needs no network).
#
# For every DF2001 fixture with a build context (tests/Dockerfile.Analysis.Tests/Fixtures/Fixes/DF2001/
# <name>.before.Dockerfile + <name>.context/) and an expected fixed file (<name>.after.Dockerfile), this script
# copies into an empty folder only the files the fixed Dockerfile's COPY instructions put in the image before the
# install RUN, at the paths COPY gives them, then runs the install there far enough to show it gets past reading its
# manifests:
#   pip:  python3 -m pip install --dry-run --no-index -r ... (a missing requirements file fails before any lookup)
#   npm:  npm install --dry-run --offline --ignore-scripts (a missing workspace or package.json fails before fetching)
# Each result is one of:
#   READ     the install read every manifest and stopped only for lack of network/packages (or succeeded)
#   FAILED   the install could not read a file it needs: the fix would break the build
#   SKIPPED  no toolchain here for that package manager
# As a control, the same install is run once more on the primary manifest alone (what a fix that ignores
# references would copy); for layouts with references that control is expected to FAIL.
#
# Usage: scripts/verify-df2001-installs.sh [fixture-name ...]
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/tests/Dockerfile.Analysis.Tests/Fixtures/Fixes/DF2001"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

have() { command -v "$1" >/dev/null 2>&1; }

# Prints "<dest-relative-path>\t<context-source>" for each file the COPYs before the install put in the image, then
# "RUN\t<install command>" and "DIR\t<folder the install runs in>", from the fixed Dockerfile.
plan() {
  python3 - "$1" "$2" <<'PY'
import os, sys, glob, shlex, posixpath
after, context = sys.argv[1], sys.argv[2]
lines, buf = [], ""
for raw in open(after).read().splitlines():
    if raw.endswith("\\"):
        buf += raw[:-1] + " "
        continue
    lines.append(buf + raw)
    buf = ""
workdir, copies = "/", []
for line in lines:
    words = line.split()
    if not words or words[0].startswith("#"):
        continue
    kw = words[0].upper()
    if kw == "WORKDIR":
        workdir = posixpath.normpath(posixpath.join(workdir, words[1]))
    elif kw == "COPY":
        args = [w for w in words[1:] if not w.startswith("--")]
        if any(w.startswith("--from") for w in words[1:]):
            continue
        srcs, dest = args[:-1], args[-1]
        if srcs in (["."], ["./"]):
            break
        copies.append((srcs, dest, workdir))
    elif kw == "RUN" and copies:
        script = line[3:].strip()
        if script.startswith("<<"):
            body = []
            for later in lines[lines.index(line) + 1:]:
                if later.strip() == "EOF":
                    break
                body.append(later)
            script = "; ".join(body)
        print("RUN\t" + script)
        break
root = workdir
for srcs, dest, wd in copies:
    target = posixpath.normpath(posixpath.join(wd, dest))
    for src in srcs:
        full = os.path.join(context, src)
        if os.path.isdir(full):
            for d, _, fs in os.walk(full):
                for f in fs:
                    rel = os.path.relpath(os.path.join(d, f), full)
                    print(posixpath.relpath(posixpath.join(target, rel), root) + "\t" + os.path.join(d, f))
        elif os.path.isfile(full):
            print(posixpath.relpath(posixpath.join(target, posixpath.basename(src)), root) + "\t" + full)
PY
}

classify() { # $1 = exit code, $2 = log file
  if [ "$1" -eq 0 ]; then echo READ; return; fi
  if grep -qiE "Could not open requirements file|No such file or directory|ENOENT|No workspaces found|Could not read package.json|does not contain a package.json|Invalid package.json|JSONParseError" "$2"; then
    echo FAILED
  elif grep -qiE "No matching distribution|Could not find a version|ENOTCACHED|offline|ENOTFOUND|EAI_AGAIN|network" "$2"; then
    echo READ
  else
    echo "FAILED(unclassified)"
  fi
}

# The package manager an install command runs: pip, npm or nothing this script checks.
tool_of() {
  if [[ " $1" =~ [[:space:]\;\&\|](pip3?|python3?[[:space:]]+-m[[:space:]]+pip)[[:space:]]+install[[:space:]] ]]; then echo pip
  elif [[ " $1" =~ [[:space:]\;\&\|]npm[[:space:]]+(ci|install|i)([[:space:]]|$) ]]; then echo npm
  fi
}

run_install() { # $1 = folder, $2 = command line; prints the classification and the log's first lines
  local dir="$1" cmd="$2" log="$work/log"
  local code
  case "$(tool_of "$cmd")" in
    pip)
      have python3 || { echo SKIPPED; return; }
      local args
      args="$(printf '%s\n' "$cmd" | grep -oE '(-r|-c|--requirement|--constraint)[ =][^ ]+' | tr '\n' ' ')"
      (cd "$dir" && python3 -m pip install --dry-run --no-index --disable-pip-version-check $args) >"$log" 2>&1
      code=$?
      ;;
    npm)
      have npm || { echo SKIPPED; return; }
      (cd "$dir" && npm install --dry-run --offline --ignore-scripts --no-audit --no-fund --cache "$work/npm-cache") >"$log" 2>&1
      code=$?
      ;;
    *) echo SKIPPED; return ;;
  esac
  local verdict
  verdict="$(classify "$code" "$log")"
  echo "$verdict (exit $code): $(grep -vE '^\s*$' "$log" | head -2 | tr '\n' ' ' | cut -c1-160)"
}

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$fixtures"/*.before.Dockerfile; do
    n="$(basename "$f" .before.Dockerfile)"
    [ -d "$fixtures/$n.context" ] && [ -f "$fixtures/$n.after.Dockerfile" ] && names+=("$n")
  done
fi

for n in "${names[@]}"; do
  after="$fixtures/$n.after.Dockerfile"
  context="$fixtures/$n.context"
  out="$(plan "$after" "$context")"
  cmd="$(printf '%s\n' "$out" | awk -F'\t' '$1=="RUN"{print $2; exit}')"
  if [ -z "$(tool_of "$cmd")" ]; then
    printf '%-28s SKIPPED: no toolchain check for `%s`\n' "$n" "$cmd"
    continue
  fi
  dir="$work/$n"; rm -rf "$dir"; mkdir -p "$dir"
  while IFS=$'\t' read -r dest src; do
    [ "$dest" = RUN ] && continue
    mkdir -p "$dir/$(dirname "$dest")"; cp "$src" "$dir/$dest"
  done <<<"$out"
  sub=""
  case "$cmd" in cd\ *) sub="$(printf '%s' "$cmd" | sed -E 's/^cd ([^ &;]+).*/\1/')";; esac
  copied="$(cd "$dir" && find . -type f | sed 's|^\./||' | sort | tr '\n' ' ')"
  verdict="$(run_install "$dir/$sub" "$cmd")"
  printf '%-28s %s\n%-28s   copied: %s\n' "$n" "$verdict" "" "$copied"
  case "$verdict" in FAILED*) failures=$((failures + 1));; esac

  # Control: the primary manifest alone.
  ctl="$work/$n.control"; rm -rf "$ctl"; mkdir -p "$ctl/$sub"
  case "$(tool_of "$cmd")" in
    pip)
      for r in $(printf '%s\n' "$cmd" | grep -oE '(-r|--requirement)[ =][^ ]+' | sed -E 's/^(-r|--requirement)[ =]//'); do
        mkdir -p "$ctl/$sub/$(dirname "$r")"; cp "$context/$sub/$r" "$ctl/$sub/$r"
      done
      for c in $(printf '%s\n' "$cmd" | grep -oE '(-c|--constraint)[ =][^ ]+' | sed -E 's/^(-c|--constraint)[ =]//'); do
        mkdir -p "$ctl/$sub/$(dirname "$c")"; cp "$context/$sub/$c" "$ctl/$sub/$c"
      done
      ;;
    *)
      cp "$context/$sub/package.json" "$ctl/$sub/"
      [ -f "$context/$sub/package-lock.json" ] && cp "$context/$sub/package-lock.json" "$ctl/$sub/"
      ;;
  esac
  printf '%-28s   control (primary manifest only): %s\n' "" "$(run_install "$ctl/$sub" "$cmd")"
done

echo
if [ "$failures" -eq 0 ]; then
  echo "verify-df2001-installs: every checked install got past reading its manifests"
else
  echo "verify-df2001-installs: $failures install(s) could not read their manifests"
  exit 1
fi
