# runmat: the two commands of README.md.
#   make run    installs what is missing, builds in Release, runs examples/tour.m
#   make test   installs what is missing, builds, runs every test (unit + scripts), then the
#               ASan/UBSan build of the same tests and 60 s of libFuzzer over the front end
# Other targets: build, check (Release tests only), asan, fuzz, bench, clean.
JOBS ?= $(shell nproc)
BUILD ?= build/release
CMAKE_FLAGS ?=

.PHONY: run test build check asan fuzz bench bootstrap clean

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/runmat examples/tour.m

check: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: bootstrap
	cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRUNMAT_SANITIZE=ON
	cmake --build build/asan -j $(JOBS)
	# Every ASan/UBSan finding fails the run, leaks included (LeakSanitizer).
	cd build/asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

fuzz: bootstrap
	CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRUNMAT_FUZZ=ON -DRUNMAT_TESTS=OFF
	cmake --build build/fuzz -j $(JOBS) --target fuzz_frontend
	scripts/run_fuzz.sh build/fuzz/fuzz/fuzz_frontend 60

test: check asan fuzz

bench: build
	bench/run.sh $(BUILD)/runmat

clean:
	rm -rf build
