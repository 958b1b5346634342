#!/usr/bin/env bash
# Installs what is missing (Debian packages from scripts/debian-packages.txt), configures and builds
# Triage into ./build with Ninja. Safe to run again: it only does what is not done yet.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${TRIAGE_BUILD_DIR:-$root/build}

install_packages() {
    local wanted=() missing=()
    mapfile -t wanted < <(grep -v '^\s*#' "$root/scripts/debian-packages.txt" | sed '/^\s*$/d')
    for p in "${wanted[@]}"; do
        # A machine may already have Node.js from elsewhere; do not fight it with Debian's.
        if [[ $p == nodejs || $p == npm ]] && command -v "${p/nodejs/node}" >/dev/null; then continue; fi
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "setup: installing ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_packages
# Relative paths in ccache's keys: a fresh clone elsewhere reuses this machine's cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# Debug info holds the build directory; ignore it in the hash so every clone shares the cache.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
# Three builds share the cache (normal, fuzz, ASan+UBSan): room for all of them.
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-15G}
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRIAGE_WERROR=ON "$@"
cmake --build "$build_dir"
