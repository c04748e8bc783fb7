#!/usr/bin/env bash
# Identical-code-generation test: escape.so only analyses, so an object file
# compiled with -fplugin=escape.so must be byte for byte the one compiled
# without it.  Compiles examples/*.c, testsuite/escape.dg/*.c and
# $CODEGEN_CSMITH (default 20) csmith programs (seeds 1..N) at -O0 and -O2,
# both ways, and cmp's the objects.
#   testsuite/codegen.sh [PLUGIN [GCC]]   (defaults: build/gcc-12/escape.so gcc-12)
# Paths are relative to the repo root.  Exits 1 if any pair differs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
plugin=$(realpath "${1:-build/gcc-12/escape.so}")
gcc=${2:-gcc-12}
ncsmith=${CODEGEN_CSMITH:-20}
levels=(-O0 -O2)

[ -f "$plugin" ] || { echo "codegen: no plugin at $plugin (run make)" >&2; exit 2; }
command -v "$gcc" >/dev/null || { echo "codegen: no compiler $gcc" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/csmith" "$tmp/base" "$tmp/plug"
# A private copy, so that a rebuild during the run cannot change the plugin.
cp "$plugin" "$tmp/escape.so" && plugin=$tmp/escape.so

. "$root/testsuite/csmith.sh"
files=(examples/*.c testsuite/escape.dg/*.c)
if [ "$ncsmith" -gt 0 ]; then
  if inc=$(csmith_ready); then
    for s in $(seq 1 "$ncsmith"); do
      csmith --seed "$s" -o "$tmp/csmith/seed-$s.c" >/dev/null
      files+=("$tmp/csmith/seed-$s.c")
    done
  else
    echo "codegen: csmith could not be installed; skipping the csmith programs"
  fi
fi

# What the plugin adds to the language, for the compile without it: the
# __GCC_ESCAPE__ macro, and the escape_ok attribute (as a codegen-neutral one).
stand_in=(-D__GCC_ESCAPE__=1 -Descape_ok=unused)
passed=0 failed=0 skipped=0
for f in "${files[@]}"; do
  # A test's dg-options (e.g. -pthread); -fplugin-arg-escape-* goes to the
  # plugin compile only, GCC rejects it without -fplugin.
  read -ra opts <<<"$(sed -n 's/.*{ *dg-options "\([^"]*\)".*/\1/p' "$f" | head -n1)"
  base_opts=()
  for o in "${opts[@]}"; do [[ $o = -fplugin-arg-* ]] || base_opts+=("$o"); done
  extra=()
  case "$f" in "$tmp"/csmith/*) extra=(-I"$inc");; esac
  # A test expecting a compile error (dg-error) may fail with the plugin only.
  expect_err=no
  grep -q 'dg-error' "$f" && expect_err=yes
  name=$(basename "$f" .c)
  for O in "${levels[@]}"; do
    a="$tmp/base/$name$O.o" b="$tmp/plug/$name$O.o"
    ra=0; "$gcc" "$O" -w "${extra[@]}" "${stand_in[@]}" "${base_opts[@]}" -c -o "$a" "$f" \
      >/dev/null 2>"$a.err" || ra=$?
    rb=0; "$gcc" "$O" -w "${extra[@]}" -fplugin="$plugin" "${opts[@]}" -c -o "$b" "$f" \
      >/dev/null 2>"$b.err" || rb=$?
    label="${f#"$tmp"/csmith/} $O"
    if [ $ra -ne 0 ] && [ $rb -ne 0 ]; then
      skipped=$((skipped + 1))
    elif [ $rb -ne 0 ] && [ $expect_err = yes ]; then
      skipped=$((skipped + 1))
    elif [ $ra -ne 0 ] || [ $rb -ne 0 ]; then
      failed=$((failed + 1))
      if [ $rb -ne 0 ]; then only=without err=$b.err; else only=with err=$a.err; fi
      echo "FAIL: $label: compiles only $only the plugin:"
      sed 's/^/    /' "$err" | head -n5
    elif cmp -s "$a" "$b"; then
      passed=$((passed + 1))
    elif [[ " ${opts[*]} " = *" -g3 "* ]] &&
         objcopy --strip-debug "$a" "$a.nodebug" &&
         objcopy --strip-debug "$b" "$b.nodebug" &&
         cmp -s "$a.nodebug" "$b.nodebug"; then
      # -g3 records macros: the stand-in -D is in the table, the plugin's
      # own definition is not (plugin/suppress.cc).  Code and data must
      # still be the same.
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      echo "FAIL: $label: object files differ ($(cmp "$a" "$b" | sed 's/.*: //'))"
    fi
  done
done

echo "codegen: skipped $skipped (compile errors expected or in both configurations)"
echo "codegen: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
