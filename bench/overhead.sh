#!/usr/bin/env bash
# overhead.sh -- measure the compile-time and memory overhead of the escape
# plugin on large real translation units: the sqlite3 amalgamation and lua
# 5.4's lvm.c, lparser.c and lcode.c, each compiled at -O0 and -O2 with and
# without -fplugin=$PLUGIN, RUNS times, plain and plugin runs interleaved (in
# alternating order) so that noise on a busy machine hits both alike.  Wall
# time and peak RSS come from `/usr/bin/time -f '%e %M'`; the table shows
# medians and plugin/plain ratios, then per -O level the geometric mean of the
# time ratios against the targets (<= 1.05 at -O0, <= 1.02 at -O2).
# It is a benchmark, not a test: it exits 0 whatever the ratios are (1 only
# if a compile fails, 2 if the setup fails).
#
#   bench/overhead.sh                     (from anywhere; takes minutes)
#   RUNS=3 PLUGIN=/abs/escape.so GCC=gcc-12 bench/overhead.sh
# Environment: PLUGIN (default build/gcc-12/escape.so of this tree), GCC
# (default gcc-12), RUNS (default 5), REALWORLD_CACHE (as in
# testsuite/realworld.sh, default /var/cache/gcc-escape/realworld).  Sources
# come from that cache; when missing, testsuite/realworld.sh (as root, without
# the plugin) downloads and builds them.  They are copied to a temporary
# directory first, so a concurrent realworld.sh run cannot pull them away.
# shellcheck disable=SC2059  # the table's printf format lives in $fmt
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GCC=${GCC:-gcc-12}
PLUGIN=${PLUGIN:-$ROOT/build/gcc-12/escape.so}
RUNS=${RUNS:-5}
CACHE=${REALWORLD_CACHE:-/var/cache/gcc-escape/realworld}
SQLITE=$CACHE/build/sqlite3
LUA=$CACHE/build/lua5.4/src
LUA_UNITS=(lvm.c lparser.c lcode.c)
LEVELS=(-O0 -O2)
declare -A TARGET=([-O0]=1.05 [-O2]=1.02)

die() { echo "overhead.sh: $*" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer: $RUNS"
command -v "$GCC" > /dev/null || die "compiler not found: $GCC"
[[ -f $PLUGIN ]] || die "plugin not found: $PLUGIN (run make -C $ROOT)"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# a private copy: a rebuild of $PLUGIN during the run must not change what is measured
cp "$PLUGIN" "$TMP/escape.so"
echo 'int f(void) { return 0; }' | "$GCC" -fplugin="$TMP/escape.so" -x c -c - -o /dev/null ||
  die "$GCC cannot load $PLUGIN"
if [[ ! -x /usr/bin/time ]]; then
  [[ $(id -u) -eq 0 ]] || die "/usr/bin/time missing; apt-get install time"
  apt-get install -y --no-install-recommends time > /dev/null || die "cannot install time"
fi

# Sources: fetch + build the packages that are missing, via realworld.sh.
missing=()
[[ -f $SQLITE/sqlite3.c ]] || missing+=(sqlite3)
for u in "${LUA_UNITS[@]}"; do [[ -f $LUA/$u ]] || { missing+=(lua5.4); break; }; done
if [[ ${#missing[@]} -gt 0 ]]; then
  [[ $(id -u) -eq 0 ]] || die "sources missing (${missing[*]}); run as root to download them"
  echo "fetching sources: ${missing[*]} (testsuite/realworld.sh, no plugin)"
  env -u ESCAPE_PLUGIN REALWORLD_CACHE="$CACHE" GCC="$GCC" \
    "$ROOT/testsuite/realworld.sh" "${missing[@]}" >&2 || true
  [[ -f $SQLITE/sqlite3.c ]] || die "no $SQLITE/sqlite3.c after realworld.sh"
  for u in "${LUA_UNITS[@]}"; do [[ -f $LUA/$u ]] || die "no $LUA/$u after realworld.sh"; done
fi
mkdir "$TMP/sqlite" "$TMP/lua"
cp "$SQLITE"/sqlite3.[ch] "$TMP/sqlite/"
cp "$LUA"/*.[ch] "$TMP/lua/"

# unit name -> "directory|flags" (lua: the flags of upstream's `make linux`)
declare -A UNIT=([sqlite3.c]="sqlite|-DSQLITE_OMIT_LOAD_EXTENSION")
for u in "${LUA_UNITS[@]}"; do UNIT[$u]="lua|-std=gnu99 -DLUA_COMPAT_5_3 -DLUA_USE_LINUX"; done
ORDER=(sqlite3.c "${LUA_UNITS[@]}")

# measure UNIT LEVEL MODE: one compile, appends "unit level mode secs kib"
measure() {
  local dir=${UNIT[$1]%%|*} flags=${UNIT[$1]#*|} extra=()
  [[ $3 = plugin ]] && extra=(-fplugin="$TMP/escape.so")
  # shellcheck disable=SC2086  # $flags is a list of options
  if ! (cd "$TMP/$dir" && /usr/bin/time -o "$TMP/time" -f '%e %M' \
        "$GCC" "$2" $flags "${extra[@]}" -c "$1" -o /dev/null 2> "$TMP/err"); then
    cat "$TMP/err" >&2; echo "overhead.sh: compile failed: $1 $2 $3" >&2; exit 1
  fi
  echo "$1 $2 $3 $(tail -n1 "$TMP/time")" >> "$TMP/results"
}

echo "compiler: $(command -v "$GCC") ($("$GCC" -dumpfullversion)); plugin: $PLUGIN; runs: $RUNS"
start=$SECONDS
for ((r = 1; r <= RUNS; r++)); do
  echo "run $r/$RUNS ($((SECONDS - start))s elapsed)" >&2
  for u in "${ORDER[@]}"; do
    for lvl in "${LEVELS[@]}"; do
      if ((r % 2)); then measure "$u" "$lvl" plain; measure "$u" "$lvl" plugin
      else measure "$u" "$lvl" plugin; measure "$u" "$lvl" plain; fi
    done
  done
done

# median FIELD UNIT LEVEL MODE (field 4 = seconds, 5 = KiB)
median() {
  awk -v u="$2" -v l="$3" -v m="$4" -v f="$1" '$1 == u && $2 == l && $3 == m { print $f }' \
    "$TMP/results" | sort -g |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo
fmt='%-10s %-4s %9s %9s %7s %9s %9s %7s\n'
printf "$fmt" unit -O s-plain s-plugin ratio MiB-plain MiB-plug ratio
for lvl in "${LEVELS[@]}"; do
  for u in "${ORDER[@]}"; do
    tp=$(median 4 "$u" "$lvl" plain); tq=$(median 4 "$u" "$lvl" plugin)
    mp=$(median 5 "$u" "$lvl" plain); mq=$(median 5 "$u" "$lvl" plugin)
    # shellcheck disable=SC2046
    printf "$fmt" "$u" "$lvl" $(awk -v a="$tp" -v b="$tq" -v c="$mp" -v d="$mq" 'BEGIN {
      printf "%.2f %.2f %.3f %.1f %.1f %.3f", a, b, b / a, c / 1024, d / 1024, d / c }')
    echo "$lvl $tp $tq" >> "$TMP/ratios"
  done
done
echo
for lvl in "${LEVELS[@]}"; do
  awk -v l="$lvl" -v t="${TARGET[$lvl]}" '$1 == l { s += log($3 / $2); n++ } END {
    g = sprintf("%.3f", exp(s / n)) + 0
    printf "overall %s: geometric mean time ratio %.3f (target <= %.2f): %s\n", l, g, t,
      (g <= t) ? "within target" : "over target" }' "$TMP/ratios"
done
echo "total benchmark time: $((SECONDS - start))s"
exit 0
