# Makefile: builds build/micropython (the Unix port) and runs the tests.
#   make            build the interpreter
#   make run        install what is missing, build, start the REPL
#   make test       install what is missing, build, run every test
#   make sanitize   ASan+UBSan build (build-sanitize/) running the whole suite
#   make gcstress   GC-stress build (collect before every allocation) running tests/gcstress.txt
#   make objs       compile every object file without linking

# ---- settings
CC ?= cc
BUILD ?= build
PORT = ports/unix
OPT ?= -O2
CWARN = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers -Werror=implicit-function-declaration -Werror=return-type
CFLAGS_EXTRA ?=
LDFLAGS_EXTRA ?=
# ----

PROG = $(BUILD)/micropython
PY_SRC = $(sort $(wildcard py/*.c))
EXT_SRC = $(sort $(wildcard extmod/*.c))
PORT_SRC = $(sort $(wildcard $(PORT)/*.c))
SRC = $(PY_SRC) $(EXT_SRC) $(PORT_SRC)
OBJ = $(patsubst %.c,$(BUILD)/%.o,$(SRC))
QSTR_GEN = $(BUILD)/genhdr/qstrdefs.generated.h
# Exception messages are compressed (tools/maketexts.py): each source is
# compiled from a copy, $(BUILD)/DIR/NAME.tc.c, with its message literals
# compressed with the dictionary TEXTS_DICT chosen over all the sources.
TEXTS_DICT = $(BUILD)/genhdr/texts.json
# Python sources of library modules, built in compressed (extmod/frozen.h).
FROZEN_GEN = $(patsubst extmod/frozen/%.py,$(BUILD)/genhdr/frozen_%.h,$(sort $(wildcard extmod/frozen/*.py)))
# The interpreter's hot paths are compiled for speed, everything else
# (parser, compiler, library modules, error paths) for size. Measured in
# instructions executed by the benchmarks, -Os instead of -O2 costs: on vm.c
# 1.6x; gc.c up to +23% (pidigits), +9% (exceptions); objlist.c +5% (sort);
# runtime.c +0.5% on average (+2.5% exceptions) for 8 KB less; map.c +0.2%
# for 1.7 KB less; malloc.c and the object types, calls and classes (objstr,
# objint, objfun, objtype ...) nothing measurable. The size option is -Oz
# (GCC 12): 5.6 KB less than -Os, +0.03% instructions.
SPEED_FILES = vm gc objlist
SIZE_OPT ?= -Oz
# A position-dependent executable without unwind tables, unused functions
# dropped: PIE relocations and .eh_frame were a quarter of the binary, and
# nothing here unwinds through C frames (exceptions use setjmp/longjmp).
SIZE_CFLAGS ?= -fno-pie -fno-asynchronous-unwind-tables -fno-unwind-tables -ffunction-sections -fdata-sections
SIZE_LDFLAGS ?= -no-pie -Wl,--gc-sections
CFLAGS = -std=gnu11 $(OPT) -g $(CWARN) -I. -Ipy -Iextmod -I$(PORT) -I$(BUILD) -fno-strict-aliasing $(SIZE_CFLAGS) $(CFLAGS_EXTRA)
LDLIBS = -lm $(SIZE_LDFLAGS) $(LDFLAGS_EXTRA)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all objs run test test-only sanitize gcstress deps clean

all: $(PROG)

$(PROG): $(OBJ)
	$(CC) $(CFLAGS) -o $@ $(OBJ) $(LDLIBS) -Wl,-Map=$@.map

objs: $(OBJ)

# The qstr list is regenerated whenever a source changes; the tool only
# rewrites it if the set of qstrs changed.
$(QSTR_GEN): $(SRC) py/qstrdefs.h tools/makeqstrdefs.py | $(BUILD)/genhdr
	python3 tools/makeqstrdefs.py $@ py/qstrdefs.h $(SRC) $(wildcard py/*.h extmod/*.h $(PORT)/*.h)

# Rewritten only when the dictionary changes, like the qstr list.
$(TEXTS_DICT): $(SRC) tools/maketexts.py | $(BUILD)/genhdr
	python3 tools/maketexts.py dict $(BUILD)/genhdr $(SRC)

$(BUILD)/genhdr/frozen_%.h: extmod/frozen/%.py tools/makefrozen.py | $(BUILD)/genhdr
	python3 tools/makefrozen.py $< $@

$(BUILD)/genhdr:
	mkdir -p $@

$(BUILD)/%.tc.c: %.c $(TEXTS_DICT) tools/maketexts.py
	@mkdir -p $(dir $@)
	python3 tools/maketexts.py compress $(TEXTS_DICT) $< $@

$(BUILD)/%.o: $(BUILD)/%.tc.c | $(QSTR_GEN) $(FROZEN_GEN)
	$(CC) $(CFLAGS) $(if $(filter $(notdir $*),$(SPEED_FILES)),,$(SIZE_OPT)) -MMD -MP -c -o $@ $<

.PRECIOUS: $(BUILD)/%.tc.c $(BUILD)/genhdr/frozen_%.h

-include $(OBJ:.o=.d)

# Installs the Debian packages the build and tests need (no-op when present).
deps:
	@sh tools/install-deps.sh

run: deps
	$(MAKE) all
	./$(PROG)

test: deps
	$(MAKE) all
	python3 tools/test_repl.py $(PROG)
	python3 tools/test_cmdline.py $(PROG)
	python3 tests/run_tests.py --binary $(PROG)

test-only:
	python3 tools/test_repl.py $(PROG)
	python3 tools/test_cmdline.py $(PROG)
	python3 tests/run_tests.py --binary $(PROG)

sanitize: deps
	$(MAKE) BUILD=build-sanitize OPT=-O1 SIZE_OPT= SIZE_CFLAGS= SIZE_LDFLAGS= CFLAGS_EXTRA="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DMICROPY_SANITIZE=1" LDFLAGS_EXTRA="-fsanitize=address,undefined" all
	ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 UBSAN_OPTIONS=print_stacktrace=1 python3 tests/run_tests.py --timeout 120 --xfail tests/xfail_sanitize.txt --binary build-sanitize/micropython

gcstress: deps
	$(MAKE) BUILD=build-gcstress OPT=-O1 SIZE_OPT= CFLAGS_EXTRA="-DMICROPY_GC_STRESS=1" all
	python3 tests/run_tests.py --timeout 300 --binary build-gcstress/micropython --from-file tests/gcstress.txt

clean:
	rm -rf build build-sanitize build-gcstress
