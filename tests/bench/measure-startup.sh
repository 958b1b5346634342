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

for i in $(seq "$runs"); do
    printf 'run %s triage: ' "$i"
    "$build/app/triage" --base-url "$url" --store "$store" --measure-startup
    printf 'run %s bare:   ' "$i"
    "$build/tests/bench/bench_bare_window"
done
