#!/usr/bin/env bash
# Integration checks run by `make check`: the plugin inside real build
# systems and an outside project's DejaGnu suite, as users run them.
#   testsuite/integration.sh PLUGIN GCC
# Ends with one line "integration: N passed, N failed"; exits 1 on a failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
plugin=$(realpath "${1:-$top/build/gcc-12/escape.so}")
gcc=${2:-gcc-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

check () {			# check NAME COMMAND...: a passing command passes
  local name=$1
  shift
  if "$@" >"$work/$name.log" 2>&1; then
    passed=$((passed + 1))
    echo "PASS: $name"
  else
    failed=$((failed + 1))
    echo "FAIL: $name"
    sed 's/^/    /' "$work/$name.log" | tail -20
  fi
}

cmake_example () {
  cmake -S "$top/examples/cmake" -B "$work/cmake" -DCMAKE_C_COMPILER="$gcc" \
    -DESCAPE_PLUGIN="$plugin" >/dev/null &&
  LC_ALL=C cmake --build "$work/cmake" 2>&1 | tee "$work/cmake.out" &&
  grep -q "names.c:12:10: warning: address of local 'buf' escapes: returned from 'name_of' \[escape:return\]" "$work/cmake.out"
}

make_example () {		# plain make, with the plugin in CFLAGS
  printf 'names.o: names.c\n\t$(CC) $(CFLAGS) -c names.c\n' >"$work/Makefile"
  cp "$top/examples/cmake/names.c" "$work/"
  LC_ALL=C make -C "$work" CC="$gcc" CFLAGS="-O2 -fplugin=$plugin" \
    >"$work/make.out" 2>&1 &&
  grep '\[escape:return\]' "$work/make.out"
}

dejagnu_project () {
  mkdir -p "$work/dg" && cd "$work/dg" &&
  ESCAPE_DEJAGNU="$top/testsuite/lib" runtest --tool escape \
    --srcdir "$top/examples/dejagnu-project/testsuite" \
    GCC_UNDER_TEST="$gcc" ESCAPE_PLUGIN="$plugin" >out.log 2>&1
  local status=$?
  cat out.log
  [ $status -eq 0 ] && grep -q '^# of expected passes' out.log &&
  ! grep -q '^# of unexpected' out.log
}

lto_link () {			# -fplugin in an -flto link loads it into lto1 too
  printf 'int *g;\nvoid f (void) { int x; g = &x; }\nint main (void) { f (); return 0; }\n' \
    >"$work/lto.c" &&
  LC_ALL=C "$gcc" -O2 -flto -fplugin="$plugin" "$work/lto.c" -o "$work/lto" \
    >"$work/lto.out" 2>&1 &&
  test -x "$work/lto" && grep '\[escape:store\]' "$work/lto.out"
}

cxx_unit () {			# CXXFLAGS with the plugin too: C++ compiles, named
  local gxx=${gcc/gcc/g++}
  command -v "$gxx" >/dev/null || gxx=g++
  printf '%s\n' 'struct S { int *p; ~S () { int x; p = &x; } };' \
    'int *g; int main () { int y; g = &y; S s; return 0; }' >"$work/cxx.cc" &&
  LC_ALL=C "$gxx" -O2 -fplugin="$plugin" -c "$work/cxx.cc" -o "$work/cxx.o" \
    >"$work/cxx.out" 2>&1 &&
  grep "stored into 'this->p'" "$work/cxx.out" &&
  grep "stored into global 'g'" "$work/cxx.out"
}

preprocessed () {		# -save-temps and a .i with line markers (ccache)
  printf '%s\n' '#ifdef __GCC_ESCAPE__' 'int *g;' '#endif' \
    'void f (void) { int x; g = &x; }' >"$work/pre.c" &&
  (cd "$work" && LC_ALL=C "$gcc" -O2 -fplugin="$plugin" -save-temps \
     -c pre.c -o pre.o >pre.out 2>&1) &&
  grep '\[escape:store\]' "$work/pre.out" &&
  "$gcc" -E -D__GCC_ESCAPE__ "$work/pre.c" -o "$work/pre2.i" &&
  LC_ALL=C "$gcc" -O2 -fplugin="$plugin" -c "$work/pre2.i" -o "$work/pre2.o" \
    >"$work/pre2.out" 2>&1 &&
  grep 'pre.c:4:.*\[escape:store\]' "$work/pre2.out"
}

twice () {			# two copies under two names: one clear error
  cp "$plugin" "$work/escape-copy.so" &&
  printf 'int f (void) { return 0; }\n' >"$work/twice.c" &&
  ! LC_ALL=C "$gcc" -fplugin="$plugin" -fplugin="$work/escape-copy.so" \
    -c "$work/twice.c" -o "$work/twice.o" >"$work/twice.out" 2>&1 &&
  grep 'gcc-escape is already loaded' "$work/twice.out" &&
  ! grep -i 'internal compiler error' "$work/twice.out"
}

other_gcc () {			# loaded into a GCC it was not built for
  # The GCC 12 build references nothing GCC 11 lacks but two weak symbols,
  # so it loads and says which GCC it wants; a GCC 11 build uses inline
  # range code GCC 12 no longer exports, and GCC's loader refuses it.
  local expected='built for GCC .* but loaded into GCC'
  [ "${built%%.*}" -ge 12 ] || expected="$expected|cannot load plugin"
  printf 'int f (void) { return 0; }\n' >"$work/other.c" &&
  ! LC_ALL=C "$other" -fplugin="$plugin" -c "$work/other.c" \
    -o "$work/other.o" >"$work/other.out" 2>&1 &&
  grep -E "$expected" "$work/other.out" &&
  ! grep -i 'internal compiler error' "$work/other.out"
}

# Another GCC than the one the plugin is built for, when one is installed.
other=
built=$("$gcc" -dumpversion)
for candidate in gcc-11 gcc-12 gcc-13 gcc-14; do
  if command -v "$candidate" >/dev/null &&
     [ "$("$candidate" -dumpversion)" != "$built" ]; then
    other=$candidate
    break
  fi
done

check cmake-example cmake_example
check twice twice
if [ -n "$other" ]; then
  check other-gcc other_gcc
else
  echo "UNSUPPORTED: other-gcc (no second GCC installed)"
fi
check preprocessed preprocessed
check cxx-unit cxx_unit
check lto-link lto_link
check make-example make_example
check dejagnu-project dejagnu_project
echo "integration: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
