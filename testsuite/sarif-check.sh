#!/usr/bin/env bash
# SARIF output test: compiles testsuite/sarif/input.c (one finding each of
# escape:return, escape:store with a flow, escape:oversize) with
# -fplugin-arg-escape-sarif and checks the log three ways: against the
# SARIF 2.1.0 JSON schema (ajv), with Microsoft's SARIF Multitool (the
# schema again plus the SARIF rules: ruleIndex, regions, URIs...), and with
# python3 for what this plugin promises (the three results, their lines,
# the store's flow).  Also: a directory as the target, an unwritable target
# (one error, no crash), and GCC's own -fdiagnostics-format=json carrying
# the plugin's warnings; -E writes no log.
#   testsuite/sarif-check.sh PLUGIN GCC OUTDIR
# OUTDIR keeps the logs for a look.  The validators are npm packages,
# installed on first use into $SARIF_TOOLS (default
# /var/cache/gcc-escape/sarif-tools, or ~/.cache/gcc-escape/sarif-tools
# where /var/cache is not writable): the Multitool is a 100 MB .NET binary
# that no build should fetch twice.
# Ends with "sarif: N passed, N failed"; exits 1 if any check failed.
set -uo pipefail
# GCC's messages in English, for the greps.
export LC_ALL=C

[ $# -eq 3 ] || { echo "usage: $0 PLUGIN GCC OUTDIR" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
plugin=$(realpath "$1")
gcc=$2
mkdir -p "$3" && outdir=$(realpath "$3") || exit 2
cd "$root"

[ -f "$plugin" ] || { echo "sarif: no plugin at $plugin (run make)" >&2; exit 2; }
command -v "$gcc" >/dev/null || { echo "sarif: no compiler $gcc" >&2; exit 2; }

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "PASS: $1"; }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }
# Show a log under a failure, indented.
show() { sed 's/^/    /' "$1" | head -n "${2:-20}"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- the validators ---------------------------------------------------------

default_tools=/var/cache/gcc-escape/sarif-tools
if ! mkdir -p "$default_tools" 2>/dev/null || [ ! -w "$default_tools" ]; then
  default_tools=${XDG_CACHE_HOME:-$HOME/.cache}/gcc-escape/sarif-tools
fi
tools=${SARIF_TOOLS:-$default_tools}
# Pinned: a new Multitool may add rules, and the result must not change
# under the project's feet.
packages=(@microsoft/sarif-multitool@5.7.0 ajv-cli@5.0.0 ajv-formats@3.0.1)
multitool_pkg=$tools/node_modules/@microsoft/sarif-multitool-linux
multitool=$multitool_pkg/Sarif.Multitool
schema=$multitool_pkg/sarif-2.1.0.json
ajv=$tools/node_modules/.bin/ajv

if [ ! -f "$multitool" ] || [ ! -x "$ajv" ]; then
  if ! command -v npm >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "sarif: installing npm with apt-get"
    { apt-get install -y -q npm || { apt-get update -q && apt-get install -y -q npm; }; } \
      >"$tmp/apt.log" 2>&1
  fi
  echo "sarif: installing ${packages[*]} into $tools"
  mkdir -p "$tools" &&
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
      "${packages[@]}" >"$tmp/npm.log" 2>&1 || show "$tmp/npm.log"
fi
# npm does not run the package's postinstall (chmod u+x) unless allowed.
[ -f "$multitool" ] && [ ! -x "$multitool" ] && chmod u+x "$multitool"
# The Multitool needs no ICU for what it does here.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

# --- the log ----------------------------------------------------------------

# Relative source name, so that the log's URIs are relative to its PWD base.
input=testsuite/sarif/input.c
log=$outdir/x.sarif
rm -f "$log"
if "$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif="$log" -O2 -c "$input" \
     -o "$tmp/input.o" >"$tmp/cc.log" 2>&1 && [ -s "$log" ]; then
  pass "compile writes $log"
else
  fail "compile writes $log"
  show "$tmp/cc.log"
fi

# ajv reads a data file by its extension.
cp "$log" "$tmp/x.json" 2>/dev/null
if [ ! -x "$ajv" ] || [ ! -f "$schema" ]; then
  fail "schema: ajv or the schema is not installed in $tools"
elif "$ajv" validate --spec=draft2020 -c ajv-formats --strict=false --all-errors \
       --errors=text -s "$schema" -d "$tmp/x.json" >"$tmp/ajv.log" 2>&1; then
  pass "schema: the log is valid SARIF 2.1.0 (ajv)"
else
  fail "schema: the log is valid SARIF 2.1.0 (ajv)"
  show "$tmp/ajv.log"
fi

# The Multitool exits 0 whatever it finds: its own SARIF output says.  It
# also skips, silently, a file it cannot read as SARIF, which the schema
# check above catches.  Its warnings (SARIF2005: no informationUri, which
# the plugin has none to give) are advice, not failures.
if [ ! -x "$multitool" ]; then
  fail "multitool: not installed in $tools"
elif timeout 300 "$multitool" validate "$log" -o "$tmp/validation.sarif" \
       --log ForceOverwrite >"$tmp/multitool.log" 2>&1 &&
     python3 - "$tmp/validation.sarif" >"$tmp/findings.log" 2>&1 <<'EOF'
import json, sys
results = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0].get("results", [])
for r in results:
    message = r["message"]
    text = message.get("text") or " ".join([message.get("id", "")] +
                                           message.get("arguments", []))
    print("%s %s: %s" % (r.get("level", "warning"), r.get("ruleId"), text))
sys.exit(1 if any(r.get("level", "warning") == "error" for r in results) else 0)
EOF
then
  advice=$(sed -n 's/^warning \([^:]*\):.*/\1/p' "$tmp/findings.log" | sort -u | tr '\n' ' ')
  pass "multitool: validate reports no error${advice:+ (warnings: ${advice% })}"
else
  fail "multitool: validate reports no error"
  if [ -s "$tmp/findings.log" ]; then show "$tmp/findings.log"; else show "$tmp/multitool.log"; fi
fi

# What the plugin promises, beyond the format.  The expected lines are the
# lines of input.c that name the rule in a comment.
if python3 - "$log" "$input" "$root" >"$tmp/content.log" 2>&1 <<'EOF'
import json, re, sys, urllib.parse
log_file, source, root = sys.argv[1:]
expected = {}
for number, text in enumerate(open(source, encoding="utf-8"), 1):
    m = re.search(r"/\* (escape:[a-z]+)", text)
    if m:
        expected[m.group(1)] = number
problems = []
run = json.load(open(log_file, encoding="utf-8"))["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
names = ("return", "store", "oversize", "vla", "promote")
if rules != ["escape:" + n for n in names]:
    problems.append("rules are %s" % rules)
base = run.get("originalUriBaseIds", {}).get("PWD", {}).get("uri")
if base != "file://" + urllib.parse.quote(root) + "/":
    problems.append("PWD base is %s, not the directory of the compilation" % base)
results = run["results"]
ids = sorted(r["ruleId"] for r in results)
if ids != sorted(expected):
    problems.append("results are %s, not %s" % (ids, sorted(expected)))
for r in results:
    if rules[r["ruleIndex"]] != r["ruleId"]:
        problems.append("%s has ruleIndex %d" % (r["ruleId"], r["ruleIndex"]))
    where = r["locations"][0]["physicalLocation"]
    if where["artifactLocation"] != {"uri": source, "uriBaseId": "PWD"}:
        problems.append("%s is in %s" % (r["ruleId"], where["artifactLocation"]))
    if where["region"]["startLine"] != expected.get(r["ruleId"]):
        problems.append("%s is on line %d" % (r["ruleId"], where["region"]["startLine"]))
    if "[escape:" in r["message"]["text"]:
        problems.append("%s's message keeps its rule id" % r["ruleId"])
steps = []
for r in results:
    if r["ruleId"] == "escape:store" and "codeFlows" in r:
        steps = r["codeFlows"][0]["threadFlows"][0]["locations"]
if len(steps) < 2:
    problems.append("the store result has %d flow steps, not 2 or more" % len(steps))
for s in steps:
    if "physicalLocation" not in s["location"] or not s["location"]["message"]["text"]:
        problems.append("a flow step lacks its place or its message: %s" % s)
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
EOF
then
  pass "content: 3 results with their rules and lines, the store's flow"
else
  fail "content: 3 results with their rules and lines, the store's flow"
  show "$tmp/content.log"
fi

# --- the target -------------------------------------------------------------

# A directory: one log per translation unit, named after the source.
rm -rf "$outdir/logs"
if "$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif="$outdir/logs/" -O2 -c \
     "$input" -o "$tmp/input.o" >"$tmp/cc-dir.log" 2>&1 &&
   python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' \
     "$outdir/logs/input.c.sarif" 2>>"$tmp/cc-dir.log"; then
  pass "a directory target gets input.c.sarif"
else
  fail "a directory target gets input.c.sarif"
  show "$tmp/cc-dir.log"
fi

# A file that cannot be written: one error, an ordinary failed compile
# (exit 1, not an internal compiler error).
status=0
"$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif=/nonexistent/dir/x.sarif \
  -O2 -c "$input" -o "$tmp/input.o" >"$tmp/cc-bad.log" 2>&1 || status=$?
if [ "$status" -eq 1 ] &&
   [ "$(grep -c 'error: cannot write SARIF file' "$tmp/cc-bad.log")" -eq 1 ]; then
  pass "an unwritable target is one error"
else
  fail "an unwritable target is one error (exit $status)"
  show "$tmp/cc-bad.log"
fi

# -E runs no analysis, so it must leave the log of the compilation alone.
rm -f "$outdir/preprocessed.sarif"
if "$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif="$outdir/preprocessed.sarif" \
     -E "$input" -o /dev/null >"$tmp/cc-e.log" 2>&1 &&
   [ ! -e "$outdir/preprocessed.sarif" ]; then
  pass "-E writes no log"
else
  fail "-E writes no log"
  show "$tmp/cc-e.log"
fi

# Source read from standard input: GCC names it "<stdin>"; the result
# still points at it (percent-encoded), with its line.
if "$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif="$tmp/stdin.sarif" \
     -O2 -x c -c - -o "$tmp/stdin.o" <"$input" >"$tmp/cc-stdin.log" 2>&1 &&
   python3 - "$tmp/stdin.sarif" >>"$tmp/cc-stdin.log" 2>&1 <<'EOF'
import json, sys
run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
places = [r["locations"][0]["physicalLocation"] for r in run["results"]]
assert places, "no results"
for p in places:
    assert p["artifactLocation"]["uri"] == "%3Cstdin%3E", p
    assert p["region"]["startLine"] > 0, p
EOF
then
  pass "source from standard input is located"
else
  fail "source from standard input is located"
  show "$tmp/cc-stdin.log"
fi

# Under -Werror the findings fail the compilation: the log says the run
# did not succeed (GCC counts -Werror's errors apart from the others).
if ! "$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif="$tmp/werror.sarif" \
     -Werror -O2 -c "$input" -o "$tmp/werror.o" >"$tmp/cc-werror.log" 2>&1 &&
   python3 - "$tmp/werror.sarif" >>"$tmp/cc-werror.log" 2>&1 <<'EOF'
import json, sys
run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
assert run["invocations"][0]["executionSuccessful"] is False, run["invocations"]
assert len(run["results"]) == 3, len(run["results"])
EOF
then
  pass "-Werror: executionSuccessful is false"
else
  fail "-Werror: executionSuccessful is false"
  show "$tmp/cc-werror.log"
fi

# What is at the path is written into, never replaced: a FIFO stays a FIFO
# (as /dev/stdout and /dev/null stay what they are), a symbolic link keeps
# pointing at its file, and the source being compiled is not overwritten.
mkfifo "$tmp/fifo"
# (The reader gives up after a while: a plugin that put a file in the
# FIFO's place would leave it waiting for a writer.)
timeout 60 cat "$tmp/fifo" >"$tmp/fifo.out" &
reader=$!
"$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif="$tmp/fifo" -O2 -c "$input" \
  -o "$tmp/fifo.o" >"$tmp/cc-fifo.log" 2>&1
wait "$reader"
if [ -p "$tmp/fifo" ] && grep -q '"version": "2.1.0"' "$tmp/fifo.out"; then
  pass "a FIFO is written into and stays a FIFO"
else
  fail "a FIFO is written into and stays a FIFO"
  show "$tmp/cc-fifo.log"
fi
echo old >"$tmp/real.sarif"
ln -s real.sarif "$tmp/link.sarif"
if "$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif="$tmp/link.sarif" -O2 \
     -c "$input" -o "$tmp/link.o" >"$tmp/cc-link.log" 2>&1 &&
   [ -L "$tmp/link.sarif" ] && grep -q '"version": "2.1.0"' "$tmp/real.sarif"; then
  pass "a symbolic link keeps pointing at the log it names"
else
  fail "a symbolic link keeps pointing at the log it names"
  show "$tmp/cc-link.log"
fi
cp "$input" "$tmp/self.c"
status=0
(cd "$tmp" && "$gcc" -fplugin="$plugin" -fplugin-arg-escape-sarif=self.c -O2 \
   -c self.c -o self.o) >"$tmp/cc-self.log" 2>&1 || status=$?
if [ "$status" -eq 1 ] && cmp -s "$input" "$tmp/self.c" &&
   grep -q "is the source being compiled; not overwritten" "$tmp/cc-self.log"; then
  pass "the source is never the log"
else
  fail "the source is never the log (exit $status)"
  show "$tmp/cc-self.log"
fi

# --- GCC's own JSON diagnostics ---------------------------------------------

if "$gcc" -fplugin="$plugin" -fdiagnostics-format=json -O2 -c "$input" \
     -o "$tmp/input.o" >"$tmp/diag.json" 2>&1 &&
   grep -q '\[escape:return\]"' "$tmp/diag.json"; then
  pass "-fdiagnostics-format=json carries escape:return"
else
  fail "-fdiagnostics-format=json carries escape:return"
  show "$tmp/diag.json" 5
fi

echo "sarif: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
