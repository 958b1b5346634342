#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, in build-fuzz/) and runs each for a bounded
# time from a copy of its seed corpus (tests/fuzz/corpus/<name>), so the repo's corpus stays as
# checked in. Prints one line per target with its exec count and rate; fails when a target
# crashes, leaks, hits UB or breaks an invariant, naming the saved input.
# Usage: scripts/run-fuzzers.sh [SECONDS per target, default 30]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
build_dir=${TRIAGE_FUZZ_BUILD_DIR:-$root/build-fuzz}
work_dir=${TRIAGE_FUZZ_WORK_DIR:-$build_dir/fuzz-run}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

# target:corpus folder
targets=(fuzz_json:json fuzz_search_query:search_query fuzz_html_sanitizer:html)

start=$(date +%s)
# Only the parts the targets link (api, models); -Werror as everywhere.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
    -DTRIAGE_WERROR=ON -DTRIAGE_PARTS="api;models" -DTRIAGE_FUZZ=ON >/dev/null
cmake --build "$build_dir" --target "${targets[@]%%:*}"
echo "fuzz build: $(($(date +%s) - start)) s"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
failed=0
for entry in "${targets[@]}"; do
    name=${entry%%:*}
    corpus=$work_dir/$name/corpus
    artifacts=$work_dir/$name/artifacts
    rm -rf "$work_dir/$name"
    mkdir -p "$corpus" "$artifacts"
    cp "$root/tests/fuzz/corpus/${entry#*:}"/* "$corpus/"
    log=$work_dir/$name/fuzz.log
    dict=$root/tests/fuzz/${entry#*:}.dict
    # A fixed seed (TRIAGE_FUZZ_SEED, default 1) makes a CI run repeatable: what it finds, the next
    # run finds again. Set another seed (or 0 for a random one) to explore further by hand.
    options=(-seed="${TRIAGE_FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048
             -print_final_stats=1 -artifact_prefix="$artifacts/")
    [ -f "$dict" ] && options+=(-dict="$dict")
    status=0
    "$build_dir/tests/fuzz/$name" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    if [ "$status" -ne 0 ]; then
        failed=1
        crash=$(ls "$artifacts" 2>/dev/null | head -1)
        echo "$name: FAILED (exit $status) after ${execs:-?} execs; input: $artifacts/${crash:-?}; log: $log"
        grep -m1 -A12 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz invariant' "$log" || tail -20 "$log"
    else
        echo "$name: ${execs:-?} execs in ${seconds} s (${rate:-?} exec/s), corpus $(ls "$corpus" | wc -l) inputs"
    fi
done
exit $failed
