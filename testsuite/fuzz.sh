#!/usr/bin/env bash
# csmith smoke run: compiles N random csmith programs with -fplugin=escape.so
# and looks for internal compiler errors (exit 4 or "internal compiler error").
#   testsuite/fuzz.sh [N [PLUGIN [GCC]]]   (defaults: 100 build/gcc-12/escape.so gcc-12)
# Seeds FUZZ_SEED.. (default 1); the -O level is picked by seed from
# -O0 -O1 -O2 -O3 -Os; 60 s per compile, two compiles at a time.  Failing
# programs and their stderr go to FUZZ_OUT (default /tmp/gcc-escape-fuzz).
# Exits 1 on any ICE.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-100}
plugin=$(realpath "${2:-build/gcc-12/escape.so}")
gcc=${3:-gcc-12}
seed0=${FUZZ_SEED:-1}
out=${FUZZ_OUT:-/tmp/gcc-escape-fuzz}

[ -f "$plugin" ] || { echo "fuzz: no plugin at $plugin (run make)" >&2; exit 2; }
command -v "$gcc" >/dev/null || { echo "fuzz: no compiler $gcc" >&2; exit 2; }

. "$root/testsuite/csmith.sh"
if ! inc=$(csmith_ready); then
  echo "fuzz: csmith (packages csmith, libcsmith-dev) could not be installed" >&2; exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/status" "$out"
# A private copy, so that a rebuild during the run cannot change the plugin.
cp "$plugin" "$tmp/escape.so"
export FZ_TMP=$tmp FZ_OUT=$out FZ_GCC=$gcc FZ_INC=$inc FZ_PLUGIN=$tmp/escape.so FZ_PLUGIN_ORIG=$plugin

# One seed: generate, compile, classify; the verdict goes to status/SEED.
one() {
  local s=$1 levels=(-O0 -O1 -O2 -O3 -Os) O c rc=0 kind=ok
  O=${levels[s % 5]} c=$FZ_TMP/seed-$s.c
  if ! csmith --seed "$s" -o "$c" >/dev/null 2>&1; then
    echo "fuzz: seed $s: csmith failed"; echo gen >"$FZ_TMP/status/$s"; return 0
  fi
  local cmd=("$FZ_GCC" "$O" -I"$FZ_INC" -fplugin="$FZ_PLUGIN" -c -o "$c.o" "$c")
  timeout -k 5 60 "${cmd[@]}" >/dev/null 2>"$c.err" || rc=$?
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then kind=timeout
  elif [ $rc -eq 4 ] || grep -q 'internal compiler error' "$c.err"; then kind=ice
  elif [ $rc -ne 0 ]; then kind=error
  fi
  if [ $kind != ok ]; then
    cp "$c" "$FZ_OUT/$kind-seed-$s.c"
    { echo "# $FZ_GCC $O -I$FZ_INC -fplugin=$FZ_PLUGIN_ORIG -c -o /dev/null" \
        "$FZ_OUT/$kind-seed-$s.c  (exit $rc)"; cat "$c.err"; } >"$FZ_OUT/$kind-seed-$s.err"
    local without=0
    timeout -k 5 60 "$FZ_GCC" "$O" -I"$FZ_INC" -c -o "$c.o" "$c" >/dev/null 2>&1 || without=$?
    echo "# without the plugin: exit $without" >>"$FZ_OUT/$kind-seed-$s.err"
    echo "fuzz: seed $s $O: $kind (exit $rc; without plugin: exit $without)" \
      "-> $FZ_OUT/$kind-seed-$s.c"
    grep -m3 -E 'internal compiler error|error:' "$c.err" | sed 's/^/    /' || true
  fi
  echo "$kind" >"$FZ_TMP/status/$s"
  rm -f "$c" "$c.o" "$c.err"
}
export -f one

seq "$seed0" $((seed0 + n - 1)) | xargs -P2 -I{} bash -c 'one {}'

count() { grep -lx "$1" "$tmp"/status/* 2>/dev/null | wc -l || true; }
done_n=$(find "$tmp/status" -type f | wc -l)
ices=$(count ice) timeouts=$(count timeout) errors=$(count error) gen=$(count gen)
[ "$errors" -eq 0 ] || echo "fuzz: $errors programs failed to compile without an ICE (see $out)"
[ "$gen" -eq 0 ] || echo "fuzz: csmith failed for $gen seeds"
[ "$done_n" -eq "$n" ] || echo "fuzz: only $done_n of $n seeds finished"
echo "fuzz: $n programs, $ices ICEs, $timeouts timeouts"
[ "$ices" -eq 0 ]
