#!/usr/bin/env bash
# Quick start (1): set everything up, build, and start Triage on its built-in sandbox workspace.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
exec "${TRIAGE_BUILD_DIR:-$root/build}/app/triage" --demo "$@"
