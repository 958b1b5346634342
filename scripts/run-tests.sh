#!/usr/bin/env bash
# Quick start (2): set everything up, build, and run the whole test suite with ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${TRIAGE_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
# The contract tests drive Prism, ajv and js-yaml from tests/contract (npm registry, pinned by its lock file).
if [ -f "$root/tests/contract/package.json" ]; then
    (cd "$root/tests/contract" && npm ci --no-audit --no-fund --loglevel=error)
fi
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure -j 2 "$@"
