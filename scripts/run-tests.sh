#!/usr/bin/env bash
# Quick start (2): set everything up, build, and run the whole test suite: ctest on the normal
# build, then each fuzzer for a bounded time, then the suite again under ASan + UBSan.
# TRIAGE_QUICK_TESTS=1 runs only the first part (a fast local loop); arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${TRIAGE_BUILD_DIR:-$root/build}
# The fuzz and sanitizer builds share ccache with the normal one (see setup.sh).
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-15G}
"$root/scripts/setup.sh"
# The contract tests drive Prism, ajv and js-yaml from tests/contract (npm registry, pinned by its lock file).
if [ -f "$root/tests/contract/package.json" ]; then
    (cd "$root/tests/contract" && npm ci --no-audit --no-fund --loglevel=error)
fi
export QT_QPA_PLATFORM=offscreen
status=0
ctest --test-dir "$build_dir" --output-on-failure -j 2 "$@" || status=$?
if [ -z "${TRIAGE_QUICK_TESTS:-}" ]; then
    "$root/scripts/run-fuzzers.sh" "${TRIAGE_FUZZ_SECONDS:-30}" || status=1
    "$root/scripts/run-sanitized-tests.sh" "$@" || status=1
fi
exit $status
