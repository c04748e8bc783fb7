# Sourced by codegen.sh and fuzz.sh: find csmith and its runtime headers
# (Debian: csmith + libcsmith-dev), installing them with apt-get when
# missing.  csmith_ready prints the include directory, or fails.

csmith_inc() {
  local h
  for h in /usr/include/csmith/csmith.h /usr/include/csmith-*/csmith.h \
           /usr/local/include/csmith*/csmith.h; do
    [ -f "$h" ] && { dirname "$h"; return 0; }
  done
  return 1
}

csmith_ready() {
  if ! command -v csmith >/dev/null || ! csmith_inc >/dev/null; then
    echo "installing csmith libcsmith-dev with apt-get" >&2
    apt-get install -y -q csmith libcsmith-dev >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null 2>&1 &&
        apt-get install -y -q csmith libcsmith-dev >/dev/null 2>&1; } || true
  fi
  command -v csmith >/dev/null && csmith_inc
}
