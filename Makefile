# newsfold - the commands a newcomer uses.  CMake does the building.
#
#   make          build (build/)
#   make demo     install what is missing, build, run the demo corpus
#   make test     install what is missing, build, run every test, then
#                 again under AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench    benchmarks (long; needs ../shared)
#   make install  PREFIX=/usr/local DESTDIR=
#   make fuzz     build the libFuzzer harnesses (clang)

PREFIX ?= /usr/local
DESTDIR ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD := build
ASAN := build-asan

.PHONY: all build asan setup demo test test-plain test-asan bench install fuzz clean

all: build

setup:
	@sh scripts/setup.sh

build:
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

asan:
	@cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DNF_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN) -j $(JOBS)

demo: setup build
	@sh scripts/demo.sh $(BUILD)/newsfold

test: setup
	@$(MAKE) --no-print-directory build asan
	@echo "== tests (release build) =="
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@echo "== tests (AddressSanitizer + UndefinedBehaviorSanitizer) =="
	@cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ctest --output-on-failure -j $(JOBS)

bench: setup build
	@sh bench/run.sh $(BUILD)

install: build
	@DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

fuzz:
	@sh fuzz/build.sh

clean:
	rm -rf $(BUILD) $(ASAN) build-fuzz
