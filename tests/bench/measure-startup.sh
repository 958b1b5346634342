#!/usr/bin/env bash
# Start-up benchmark: `triage --measure-startup` with a local store of at least 100,000
# conversations, against a bare Qt window that quits after its first paint, alternating runs
# in one session (the machine is shared: compare the two, not absolute times).
#
#   tests/bench/measure-startup.sh [BUILD_DIR] [RUNS] [WORKSPACE_SIZE] [STORE_FILE]
#
# STORE_FILE keeps the filled store between invocations (filling 100,000 takes minutes); it is
# filled only when it does not exist yet. Without it the store lives in a temporary folder.
#
# COLD=1 measures cold starts: the kernel's page cache is dropped before every run of either
# program (`sync; echo 3 > /proc/sys/vm/drop_caches`, as root), so both read their libraries,
# fonts and (Triage) the store from disk as after a reboot. Without it the starts are warm: the
# files are cached, only the process is new.
#
# Both programs run as an installer ships them, with their debug information split off (objcopy
# --strip-debug on copies): a RelWithDebInfo build of Triage carries about 100 MB of it, which
# is never loaded but which a cold start's read-ahead pulls from disk along with the code.
#
# A triage-sandbox process plays the server (it is remote in real life, so its start is not
# part of Triage's start-up); the store is filled once with `triage --sync-and-exit`.
set -euo pipefail
build=${1:-build}
runs=${2:-5}
size=${3:-150000} # about two thirds are open, snoozed or recently closed: > 100,000 stored
work=$(mktemp -d)
trap 'kill "${sandbox_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$build/sandbox/triage-sandbox" --port 0 --conversations "$size" --seed 5 --rate-limit 100000 \
    > "$work/sandbox.out" 2> "$work/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do grep -q '^token:' "$work/sandbox.out" 2>/dev/null && break; sleep 0.2; done
url=$(sed -n 's/^url: //p' "$work/sandbox.out")
export INTERCOM_ACCESS_TOKEN=$(sed -n 's/^token: //p' "$work/sandbox.out")

store=${4:-$work/store.sqlite}
if [[ ! -f $store ]]; then
    echo "filling the store ($size conversations in the workspace)…" >&2
    mkdir -p "$(dirname "$store")"
    "$build/app/triage" --base-url "$url" --store "$store" --sync-and-exit
fi

# The copies measured: debug information off, as shipped.
objcopy --strip-debug "$build/app/triage" "$work/triage"
objcopy --strip-debug "$build/tests/bench/bench_bare_window" "$work/bench_bare_window"

drop_caches() {
    [[ ${COLD:-0} == 1 ]] || return 0
    sync
    if ! echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
        echo "COLD=1 needs root to drop the page cache (/proc/sys/vm/drop_caches)" >&2
        exit 1
    fi
    sleep 0.3 # let the disk settle
}

first_paint() { sed -n 's/.*"first_paint_ms":\([0-9]*\).*/\1/p' <<< "$1"; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
triage_ms=() bare_ms=()
for i in $(seq "$runs"); do
    drop_caches
    line=$("$work/triage" --base-url "$url" --store "$store" --measure-startup)
    echo "run $i triage: $line"
    triage_ms+=("$(first_paint "$line")")
    drop_caches
    line=$("$work/bench_bare_window")
    echo "run $i bare:   $line"
    bare_ms+=("$(first_paint "$line")")
done
triage_median=$(median "${triage_ms[@]}")
bare_median=$(median "${bare_ms[@]}")
echo "$([[ ${COLD:-0} == 1 ]] && echo cold || echo warm) starts, medians: triage ${triage_median} ms," \
    "bare window ${bare_median} ms, ratio $(awk "BEGIN { printf \"%.2f\", $triage_median / $bare_median }")"
