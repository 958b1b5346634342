#!/usr/bin/env bash
# Builds the whole tree with AddressSanitizer + UndefinedBehaviorSanitizer (clang, -O1, ccache) in
# build-asan/ and runs the whole ctest suite under them. Any ASan, LSan or UBSan report fails its test.
# Extra arguments go to ctest (e.g. -R tst_store).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${TRIAGE_ASAN_BUILD_DIR:-$root/build-asan}
# Relative paths in ccache's keys (and no build dir in the hash): every clone shares one cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

compiler=${TRIAGE_ASAN_CXX:-$(command -v clang++ || command -v g++)}
start=$(date +%s)
# -O1: fast enough to run the suite, and much quicker to compile than -O2. This build looks for
# memory errors, leaks and undefined behaviour; with -Werror it is also clang's warnings gate,
# next to gcc's in the normal build.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
    -DTRIAGE_WERROR=ON -DTRIAGE_SANITIZE="address;undefined" >/dev/null
cmake --build "$build_dir"
built=$(date +%s)

# detect_leaks stays on: lsan.supp lists only leaks inside system libraries, never our code.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
status=0
ctest --test-dir "$build_dir" --output-on-failure -j 2 --timeout 600 "$@" || status=$?
echo "sanitized build: $((built - start)) s, tests: $(($(date +%s) - built)) s"
exit $status
