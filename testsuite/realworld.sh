#!/usr/bin/env bash
# realworld.sh -- run the escape plugin over real-world C code (Debian source
# packages) and report what it finds, to catch crashes (ICEs) and to eyeball
# false positives on code that is known to be correct.
#
# For each package it downloads the Debian source (cached), builds the C code
# with the package's own build system (not the Debian packaging), with CC
# pointing at a wrapper that adds -fplugin=$ESCAPE_PLUGIN to every C compile,
# then prints one line per package:
#   package  files-compiled  ICEs  return store oversize vla promote  other-warnings  build-s  status
# (counts of diagnostic lines carrying each [escape:RULE] tag) and a total line.
# Exit status: 1 if any ICE happened, 2 if a package could not be fetched or
# did not build (without an ICE), 0 otherwise.
#
# Run as root on Debian bookworm (it uses apt-get; /etc/apt is never changed):
#   sudo ESCAPE_PLUGIN=/abs/path/escape.so testsuite/realworld.sh [PACKAGE...]
# Environment:
#   ESCAPE_PLUGIN    absolute path of escape.so; unset or empty = no plugin
#                    (a baseline run that only exercises the script)
#   GCC              compiler (default gcc-12)
#   REALWORLD_CACHE  cache dir (default /var/cache/gcc-escape/realworld):
#                    src/PKG   downloaded + unpacked sources (reused)
#                    build/PKG pristine copy of the sources, rebuilt every run
#                    logs/RUN  per-run logs; logs/latest points at the newest:
#                      PKG.diag.log  compiler stderr of every instrumented compile
#                                    (each block headed by "==> cwd / command")
#                      PKG.build.log full build output
#                      PKG.files     one line per compiled C file
#                      PKG.ice       one line per ICE: file: message
#                      summary.txt   the table
#   REALWORLD_JOBS   make -j value (default 2)
# Default packages: lua5.4 zlib sqlite3 libyaml jq (all Debian source package
# names in bookworm).  Missing build tools (autoconf, automake, libtool, tcl,
# libonig-dev, dpkg-dev) are installed with apt-get when needed.
# shellcheck disable=SC2059  # the table's printf format lives in $fmt
set -euo pipefail

GCC=${GCC:-gcc-12}
ESCAPE_PLUGIN=${ESCAPE_PLUGIN:-}
CACHE=${REALWORLD_CACHE:-/var/cache/gcc-escape/realworld}
JOBS=${REALWORLD_JOBS:-2}
if [[ $# -gt 0 ]]; then PACKAGES=("$@"); else PACKAGES=(lua5.4 zlib sqlite3 libyaml jq); fi
RULES=(return store oversize vla promote)

die() { echo "realworld.sh: $*" >&2; exit 2; }

[[ $(id -u) -eq 0 ]] || die "must run as root (apt-get source/install)"
GCC_PATH=$(command -v "$GCC") || die "compiler not found: $GCC"
if [[ -n $ESCAPE_PLUGIN ]]; then
  [[ $ESCAPE_PLUGIN = /* ]] || die "ESCAPE_PLUGIN must be an absolute path: $ESCAPE_PLUGIN"
  [[ -f $ESCAPE_PLUGIN ]] || die "ESCAPE_PLUGIN not found: $ESCAPE_PLUGIN"
fi
case $CACHE in /*) ;; *) CACHE=$PWD/$CACHE ;; esac

# fd 3: the terminal's stderr, for notices from inside the (redirected) builds
exec 3>&2
if [[ -n $ESCAPE_PLUGIN ]] &&
   ! out=$(echo 'int f(void) { return 0; }' | "$GCC_PATH" -fplugin="$ESCAPE_PLUGIN" -x c -c - -o /dev/null 2>&1); then
  die "$GCC cannot load $ESCAPE_PLUGIN: $out"
fi

RUN=$(date -u +%Y%m%dT%H%M%SZ)
LOGS=$CACHE/logs/$RUN
mkdir -p "$CACHE/src" "$CACHE/build" "$LOGS"
ln -sfn "$RUN" "$CACHE/logs/latest"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "compiler: $GCC_PATH ($("$GCC_PATH" -dumpfullversion))"
echo "plugin:   ${ESCAPE_PLUGIN:-none}"
echo "cache:    $CACHE"
echo "logs:     $LOGS"

# ---------------------------------------------------------------- apt
# A private apt configuration: the system's sources with deb-src added,
# private lists dir, so /etc/apt and /var/lib/apt are left alone.  Updated
# lazily and at most once per run; serves both `apt-get source` and the
# installs of missing build tools.
APTDIR=$TMP/apt
apt_opts() {
  echo "-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$APTDIR -o Dir::State::Lists=$APTDIR/lists"
}
apt_update_once() {   # (a marker file, since builds run in subshells)
  [[ -f $APTDIR/updated ]] && return 0
  mkdir -p "$APTDIR/lists/partial"
  sed 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources > "$APTDIR/src.sources"
  echo "    apt-get update (private lists, log: $LOGS/apt.log)" >&3
  # shellcheck disable=SC2046
  apt-get $(apt_opts) update >> "$LOGS/apt.log" 2>&1 || die "apt-get update failed, see $LOGS/apt.log"
  touch "$APTDIR/updated"
}
apt_install() {
  apt_update_once
  echo "    installing: $*" >&3
  # shellcheck disable=SC2046
  DEBIAN_FRONTEND=noninteractive apt-get $(apt_opts) install -y --no-install-recommends "$@" \
    >> "$LOGS/apt.log" 2>&1 || die "apt-get install $* failed, see $LOGS/apt.log"
}
# need_cmd COMMAND DEBIAN-PACKAGE
need_cmd() { command -v "$1" > /dev/null || apt_install "$2"; }
# need_header HEADER DEBIAN-PACKAGE
need_header() {
  echo "#include <$1>" | "$GCC_PATH" -E -x c - > /dev/null 2>&1 || apt_install "$2"
}

# fetch PKG -> sets SRCROOT to the unpacked source dir (cached in $CACHE/src/PKG)
fetch() {
  local pkg=$1 dir=$CACHE/src/$1 codename
  if [[ -f $dir/.unpacked && -d $dir/$(cat "$dir/.unpacked") ]]; then
    SRCROOT=$dir/$(cat "$dir/.unpacked"); echo "    source: $SRCROOT (cached)"; return 0
  fi
  need_cmd dpkg-source dpkg-dev
  apt_update_once
  rm -rf "$dir"; mkdir -p "$dir"
  # shellcheck disable=SC2046
  if ! (cd "$dir" && apt-get $(apt_opts) source "$pkg") >> "$LOGS/apt.log" 2>&1; then
    # The index can name a security update whose files are not (yet) on the
    # mirror; fall back to the release's own version.
    # shellcheck disable=SC1091
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    rm -rf "${dir:?}"/*
    # shellcheck disable=SC2046
    (cd "$dir" && apt-get $(apt_opts) source "$pkg/$codename") >> "$LOGS/apt.log" 2>&1 || return 1
  fi
  local sub
  sub=$(cd "$dir" && find . -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | head -n1)
  [[ -n $sub ]] || return 1
  echo "$sub" > "$dir/.unpacked"
  SRCROOT=$dir/$sub; echo "    source: $SRCROOT (downloaded)"
}

# ---------------------------------------------------------------- wrapper
# CC for every build.  Instrumentation is active only while ESCAPE_RW_LOG is
# set (i.e. during `make`, not during configure's feature tests), and only for
# invocations that compile C: a *.c argument and not -E/-M/-MM (this covers
# `-c` compiles and one-step compile+link such as sqlite's shell.c; pure link
# steps and preprocessing pass straight through).
W=$TMP/cc
cat > "$W" <<EOF
#!/usr/bin/env bash
gcc='$GCC_PATH'
plugin='$ESCAPE_PLUGIN'
EOF
cat >> "$W" <<'EOF'
log=${ESCAPE_RW_LOG:-}
[[ -n $log ]] || exec "$gcc" "$@"
srcs=()
for a in "$@"; do
  case $a in
    -E|-M|-MM) exec "$gcc" "$@" ;;
    /*.c) srcs+=("$a") ;;
    *.c) srcs+=("$PWD/$a") ;;
  esac
done
[[ ${#srcs[@]} -gt 0 ]] || exec "$gcc" "$@"
extra=()
[[ -n $plugin ]] && extra+=("-fplugin=$plugin")
err=$(mktemp)
"$gcc" "${extra[@]}" "$@" -Wno-error 2> "$err"
rc=$?
ice=$(grep -m1 -e 'internal compiler error' -e 'Please submit a full bug report' "$err" || true)
[[ $rc -eq 4 && -z $ice ]] && ice="gcc exited with status 4"
{
  flock 9
  for s in "${srcs[@]}"; do printf '%s\n' "$s" >> "$log.files"; done
  if [[ -s $err ]]; then
    printf '==> cwd: %s\n==> cmd: %s\n' "$PWD" "$gcc ${extra[*]} $* -Wno-error" >> "$log.diag.log"
    cat "$err" >> "$log.diag.log"
  fi
  if [[ -n $ice ]]; then
    for s in "${srcs[@]}"; do printf '%s: %s\n' "$s" "$ice" >> "$log.ice"; done
  fi
} 9>> "$log.lock"
cat "$err" >&2
rm -f "$err"
exit $rc
EOF
chmod +x "$W"

# ---------------------------------------------------------------- recipes
# Each runs in a fresh copy of the source tree; configure steps run
# uninstrumented, `mk` runs make with the instrumentation switched on.
mk() { ESCAPE_RW_LOG=$PKGLOG make -k -j"$JOBS" "$@"; }

build_zlib() {
  CC=$W ./configure --static
  mk
}
build_lua5.4() {
  # Debian's 0001-build-system.patch turns src/Makefile into a libtool build
  # that also compiles every file as C++; use upstream's Makefile instead.
  local orig=("$SRCROOT"/../lua5.4_*.orig.tar.*)
  tar -xOf "${orig[0]}" --wildcards '*/src/Makefile' > src/Makefile
  # Debian's luaconf.h includes a header that debian/rules generates.
  printf '#define DEB_HOST_MULTIARCH "%s"\n' "$("$GCC_PATH" -dumpmachine)" > src/lua5.4-deb-multiarch.h
  mk -C src linux CC="$W -std=gnu99"
}
build_sqlite3() {
  # canonical source tree (no amalgamation shipped): configure, then the
  # default target generates sqlite3.c and compiles it plus the shell;
  # tclsh is needed to generate the amalgamation.
  need_cmd tclsh tcl
  CC=$W ./configure --disable-tcl --disable-shared
  mk
}
autotools() {
  need_cmd autoreconf autoconf
  need_cmd aclocal automake
  need_cmd libtoolize libtool
  [[ -x configure ]] || autoreconf -fi
  CC=$W ./configure "$@"
  mk
}
build_libyaml() { autotools --disable-shared; }
build_jq() {
  need_header oniguruma.h libonig-dev
  autotools --disable-shared --disable-maintainer-mode --disable-docs --disable-valgrind
}
build_libevent() {
  # Debian's patches touch configure.ac: regenerate with this machine's
  # automake, or make stops on "version mismatch" halfway.
  need_cmd autoreconf autoconf
  need_cmd aclocal automake
  need_cmd libtoolize libtool
  autoreconf -fi
  autotools --disable-shared --disable-openssl --disable-samples
}
build_expat() { cd expat; autotools --disable-shared --without-docbook; }
build_curl() {
  # the C library and the tool, without the TLS and compression libraries
  # this machine may not have
  autotools --disable-shared --without-ssl --without-zlib --without-brotli \
    --without-zstd --without-libpsl --without-libidn2 --without-nghttp2 \
    --disable-ldap --without-librtmp --without-libssh2
}
build_libuv1() {
  need_cmd libtoolize libtool
  sh autogen.sh
  autotools --disable-shared
}
build_generic() {
  if [[ -x configure || -f configure.ac ]]; then autotools
  elif [[ -f Makefile || -f makefile ]]; then mk CC="$W"
  else echo "no recipe for this package"; return 1
  fi
}

# ---------------------------------------------------------------- main
count() { grep -v '^==> ' "$1" 2>/dev/null | grep -cF -e "$2" || true; }
lines() { if [[ -f $1 ]]; then wc -l < "$1"; else echo 0; fi; }

SUMMARY=$LOGS/summary.txt
fmt='%-10s %6s %5s %7s %6s %9s %5s %8s %15s %8s  %s\n'
declare -A tot=()
any_ice=0 any_fail=0
rows=()
for pkg in "${PACKAGES[@]}"; do
  echo "=== $pkg"
  PKGLOG=$LOGS/$pkg
  : > "$PKGLOG.diag.log"
  status=ok
  t0=$SECONDS
  if ! fetch "$pkg"; then
    status=fetch-failed
  else
    bdir=$CACHE/build/$pkg
    rm -rf "$bdir"; cp -a "$SRCROOT" "$bdir"
    fn=build_$pkg; declare -F "$fn" > /dev/null || fn=build_generic
    t0=$SECONDS
    # not in an `if`, so that set -e is in force inside the recipe
    set +e
    (set -e; cd "$bdir"; "$fn") > "$PKGLOG.build.log" 2>&1
    rc=$?
    set -e
    [[ $rc -eq 0 ]] || status=build-failed
    rm -f "$PKGLOG.lock"
  fi
  secs=$((SECONDS - t0))
  files=$(lines "$PKGLOG.files"); ices=$(lines "$PKGLOG.ice")
  other=$(grep -v '^==> ' "$PKGLOG.diag.log" | grep -F ': warning: ' | grep -cvF '[escape:' || true)
  row=("$pkg" "$files" "$ices")
  for r in "${RULES[@]}"; do row+=("$(count "$PKGLOG.diag.log" "[escape:$r]")"); done
  row+=("$other" "$secs" "$status")
  for i in 1 2 3 4 5 6 7 8 9; do tot[$i]=$(( ${tot[$i]:-0} + ${row[$i]} )); done
  rows+=("$(printf "$fmt" "${row[@]}")")
  [[ $ices -gt 0 ]] && any_ice=1
  [[ $status = ok ]] || any_fail=1
  echo "    $status in ${secs}s, $files files; build log: $PKGLOG.build.log"
done

{
  printf "$fmt" package files ICEs return store oversize vla promote other-warnings build-s status
  printf '%s\n' "${rows[@]}"
  printf "$fmt" TOTAL "${tot[1]}" "${tot[2]}" "${tot[3]}" "${tot[4]}" "${tot[5]}" "${tot[6]}" \
    "${tot[7]}" "${tot[8]}" "${tot[9]}" ""
} | tee "$SUMMARY"
echo "logs: $LOGS  (PKG.diag.log = every diagnostic, PKG.ice = ICEs)"
if [[ $any_ice = 1 ]]; then
  echo "ICEs:"; cat "$LOGS"/*.ice
  exit 1
fi
[[ $any_fail = 0 ]] || exit 2
