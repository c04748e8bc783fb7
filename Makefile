# gcc-escape: Go's escape analysis for C, as a GCC plugin.
#
#   make                 build escape.so for $(GCC) (default gcc-12)
#   make check           build, then run the unit tests and the DejaGnu suite
#   make demo            build, then compile examples/ with the plugin
#   make install         put escape.so into $(GCC)'s plugin directory, so
#                        that plain `$(GCC) -fplugin=escape` works
#   make GCC=gcc-11 ...  the same for GCC 11
#
# `make`, `make check` and `make demo` install what is missing on a Debian
# machine (apt-get, as root) and say so; as another user they stop with the
# list of packages to install.

GCC ?= gcc-12
GCC_NAME := $(notdir $(GCC))
# The C++ compiler of the same family: GCC's headers are C++.
GXX ?= $(subst gcc,g++,$(GCC))
GCC_MAJOR = $(shell $(GCC) -dumpversion | cut -d. -f1)
PLUGIN_DIR = $(shell $(GCC) -print-file-name=plugin)

BUILD := build/$(GCC_NAME)
PLUGIN := $(BUILD)/escape.so
DEFAULT_GCC := gcc-12

WARN := -Wall -Wextra
CFLAGS ?= -O2 -g
CXXFLAGS ?= -O2 -g
PLUGIN_CFLAGS = -std=c11 -fPIC $(WARN) $(CFLAGS)
PLUGIN_CXXFLAGS = -std=gnu++17 -fno-rtti -fno-exceptions -fPIC $(WARN) \
	-Wno-unused-parameter -I$(PLUGIN_DIR)/include $(CXXFLAGS)

# Plain C: the graph, the solver, the summaries, the rules, the options.
C_SOURCES := passes/graph.c passes/solve.c passes/summary.c \
	passes/findings.c passes/known-calls.c passes/rules/escape.c \
	passes/rules/size.c passes/rules/promote.c plugin/options.c
# C-style C++: the files that include GCC's headers.
CXX_SOURCES := plugin/plugin.cc plugin/pass.cc plugin/diagnostics.cc \
	plugin/suppress.cc plugin/sarif.cc \
	passes/build.cc passes/build-generic.cc passes/build-size.cc \
	passes/build-promote.cc
OBJECTS := $(patsubst %.c,$(BUILD)/%.o,$(C_SOURCES)) \
	$(patsubst %.cc,$(BUILD)/%.o,$(CXX_SOURCES))
HEADERS := $(wildcard plugin/*.h passes/*.h passes/rules/*.h)

UNIT_SOURCES := $(wildcard testsuite/unit/*.c)
UNIT_TESTS := $(patsubst testsuite/unit/%.c,$(BUILD)/unit/%,$(UNIT_SOURCES))
UNIT_LIB_SOURCES := $(filter-out plugin/%,$(C_SOURCES)) plugin/options.c

.PHONY: all check unit-check dg-check integration-check codegen-check \
	sarif-check demo \
	install uninstall clean build-deps check-deps realworld fuzz bench

all: $(PLUGIN)

# --- dependencies ---------------------------------------------------------

define require
	@missing=""; \
	for pkg in $(1); do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "gcc-escape needs:$$missing"; \
	    echo "run as root, or: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	  echo "installing:$$missing (apt-get update; apt-get install -y)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq $$missing >/dev/null \
	    || { echo "apt-get install$$missing failed"; exit 1; }; \
	fi
endef

BUILD_PACKAGES = $(GCC_NAME) g++-$(GCC_MAJOR) $(GCC_NAME)-plugin-dev make
build-deps:
	$(call require,$(BUILD_PACKAGES))

check-deps: build-deps
	$(call require,dejagnu cmake csmith libcsmith-dev)

# --- the plugin -------------------------------------------------------------

$(BUILD)/%.o: %.c $(HEADERS) | build-deps
	@mkdir -p $(dir $@)
	$(GCC) $(PLUGIN_CFLAGS) -c $< -o $@

$(BUILD)/%.o: %.cc $(HEADERS) | build-deps
	@mkdir -p $(dir $@)
	$(GXX) $(PLUGIN_CXXFLAGS) -c $< -o $@

$(PLUGIN): $(OBJECTS)
	$(GXX) -shared -o $@ $(OBJECTS)
ifeq ($(GCC_NAME),$(DEFAULT_GCC))
	ln -sf $(PLUGIN) escape.so
endif

# The DejaGnu harness, for projects that keep their own escape findings
# under regression test (examples/dejagnu-project).
PREFIX ?= /usr/local
DEJAGNU_DIR = $(PREFIX)/share/gcc-escape/dejagnu

install: $(PLUGIN)
	install -D -m 644 $(PLUGIN) $(DESTDIR)$(PLUGIN_DIR)/escape.so
	install -D -m 644 testsuite/lib/escape.exp $(DESTDIR)$(DEJAGNU_DIR)/escape.exp
	install -D -m 644 examples/dejagnu-project/testsuite/escape.dg/dg.exp \
	  $(DESTDIR)$(DEJAGNU_DIR)/dg.exp
	@echo "installed: $(GCC) -fplugin=escape now loads $(PLUGIN_DIR)/escape.so"
	@echo "installed: the DejaGnu harness in $(DEJAGNU_DIR)"

uninstall:
	rm -f $(DESTDIR)$(PLUGIN_DIR)/escape.so
	rm -rf $(DESTDIR)$(PREFIX)/share/gcc-escape

# --- tests ------------------------------------------------------------------

$(BUILD)/unit/%: testsuite/unit/%.c $(UNIT_LIB_SOURCES) $(HEADERS) | build-deps
	@mkdir -p $(dir $@)
	$(GCC) -std=c11 $(WARN) -O1 -g -o $@ $< $(UNIT_LIB_SOURCES)

unit-check: $(UNIT_TESTS)
	@status=0; for t in $(UNIT_TESTS); do $$t || status=1; done; exit $$status

$(BUILD)/testsuite/site.exp: | build-deps
	@mkdir -p $(dir $@)
	@{ echo 'if {![info exists GCC_UNDER_TEST]} { set GCC_UNDER_TEST $(GCC) }'; \
	   echo 'if {![info exists ESCAPE_PLUGIN]} { set ESCAPE_PLUGIN $(abspath $(PLUGIN)) }'; \
	   echo 'set srcdir $(abspath testsuite)'; \
	   echo 'set tool escape'; } > $@

dg-check: $(PLUGIN) $(BUILD)/testsuite/site.exp | check-deps
	cd $(BUILD)/testsuite && runtest --tool escape \
	  --srcdir $(abspath testsuite) $(RUNTESTFLAGS)

# Build systems and an outside DejaGnu project, as users run them.
integration-check: $(PLUGIN) | check-deps
	testsuite/integration.sh $(PLUGIN) $(GCC)

# The plugin must not change generated code: the same objects with and
# without it, for the examples, the tests and csmith programs.
codegen-check: $(PLUGIN) | check-deps
	testsuite/codegen.sh $(PLUGIN) $(GCC)

# The SARIF log (sarif=): the SARIF 2.1.0 schema, Microsoft's SARIF
# Multitool, and what the log must say; the validators come from npm.
sarif-check: $(PLUGIN) | check-deps
	testsuite/sarif-check.sh $(PLUGIN) $(GCC) $(BUILD)/sarif

check: check-deps
	@status=0; \
	for t in unit-check dg-check integration-check codegen-check \
	  sarif-check; do \
	  $(MAKE) --no-print-directory $$t || status=1; \
	done; exit $$status

# --- beyond make check ----------------------------------------------------

# Debian source packages built with the plugin (network; as root).
realworld: $(PLUGIN)
	ESCAPE_PLUGIN=$(abspath $(PLUGIN)) GCC=$(GCC) testsuite/realworld.sh $(PACKAGES)

# csmith programs compiled with the plugin at random -O levels: no ICE.
N ?= 100
fuzz: $(PLUGIN) | check-deps
	testsuite/fuzz.sh $(N) $(abspath $(PLUGIN)) $(GCC)

# Compile time and memory with and without the plugin, as ratios.
bench: $(PLUGIN)
	PLUGIN=$(abspath $(PLUGIN)) GCC=$(GCC) bench/overhead.sh

# --- the demo ---------------------------------------------------------------

EXAMPLES := $(sort $(wildcard examples/*.c))
demo: $(PLUGIN)
	@for f in $(EXAMPLES); do \
	  echo "== $$f"; \
	  sed -n '1,/\*\//p' $$f | sed 's/^/   /'; \
	  flags=$$(sed -n 's/.*demo-flags: *\(.*[^ ]\) *\*\/.*/\1/p' $$f); \
	  LC_ALL=C $(GCC) -fplugin=$(abspath $(PLUGIN)) -fno-diagnostics-show-caret \
	    -O2 $$flags -c $$f -o /dev/null || exit 1; \
	  echo; \
	done

clean:
	rm -rf build escape.so
