#!/bin/sh
# Builds and runs the async micro-benchmarks against a build dir's libraries
# (default build/async: cmake --build build/async --target runmat_native first).
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/async}
out=$build/async_bench
c++ -std=gnu++20 -O2 -DNDEBUG -DASIO_STANDALONE -DASIO_NO_DEPRECATED -I"$root/src" "$root/bench/async/async_bench.cpp" \
    "$build/librunmat_native.a" "$build/librunmat_async.a" "$build/librunmat_support.a" -pthread -o "$out"
"$out"
