#!/usr/bin/env bash
# take-screenshots.sh BUILD_DIR [OUT_DIR]
#
# Screenshots of every screen and dialog of Triage, in the light and the dark color scheme,
# from the real application in a real X11 window (Xvfb, as ../shared/tools/look-at does). The
# window is driven from the keyboard with xdotool, as an agent would drive it. Each picture is
# saved as OUT_DIR/<screen>-<light|dark>.png (default OUT_DIR: docs/screenshots).
#
# Needs: xvfb-run (xvfb, xauth), xdotool, ImageMagick's import, dbus-run-session (dbus).
set -euo pipefail

usage="usage: take-screenshots.sh BUILD_DIR [OUT_DIR]"
build=$(realpath "${1:?$usage}")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(realpath -m "${2:-$root/docs/screenshots}")
app="$build/app/triage"
[ -x "$app" ] || { echo "take-screenshots: no $app (build the triage target first)" >&2; exit 2; }
for tool in xvfb-run xdotool import dbus-run-session; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is missing" >&2; exit 2; }
done

# Re-run this script inside a private X server and D-Bus session.
if [ -z "${TRIAGE_SCREENSHOTS_DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- \
        env TRIAGE_SCREENSHOTS_DISPLAY=1 "$0" "$build" "$out"
fi

mkdir -p "$out"
work=$(mktemp -d)
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

scheme=""
window=""

# shot NAME: saves the window's area of the screen (popups and dialogs over it included).
shot() {
    sleep 0.8
    eval "$(xdotool getwindowgeometry --shell "$window")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$out/$1-$scheme.png"
    echo "screenshot: $out/$1-$scheme.png"
}

keys() { xdotool key --delay 120 "$@"; sleep 0.5; }
type_text() { xdotool type --delay 40 "$1"; sleep 0.5; }

# back_to_list: closes whatever is open and puts the focus on the conversation list.
back_to_list() {
    keys Escape
    keys Escape
    xdotool mousemove --window "$window" 360 110 click 1
    sleep 0.5
}

run_scheme() {
    scheme=$1
    rm -rf "$work/store"
    mkdir -p "$work/store"
    # A fixed seed and size: the same conversations in every run and in both schemes.
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
        "$app" --demo --conversations 300 --seed 7 --color-scheme "$scheme" \
        --store "$work/store/store.sqlite" &
    pid=$!
    window=$(xdotool search --sync --onlyvisible --pid "$pid" | head -1)
    xdotool windowmove "$window" 0 0 windowsize "$window" 1280 800
    sleep 6 # the first sync fills the list

    # The inbox: a conversation open in the thread, the composer below, the contact panel.
    xdotool mousemove --window "$window" 400 300 click 1
    sleep 0.3
    keys Home j
    sleep 2
    shot inbox

    # Note mode: N switches the composer to an internal note.
    keys n
    type_text "Checked the logs: the export job retried twice. Escalating to billing."
    shot composer-note
    keys ctrl+a BackSpace
    back_to_list
    keys Home j

    keys a
    type_text "da"
    shot assignee-picker
    back_to_list

    keys t
    shot tag-picker
    back_to_list

    keys z
    shot snooze-menu
    # "Custom…" (its mnemonic C) asks for a date and time.
    keys c
    shot snooze-dialog
    back_to_list

    keys ctrl+k
    type_text "clo"
    shot command-palette
    back_to_list

    keys question
    shot cheat-sheet
    back_to_list

    keys slash
    type_text "refund"
    sleep 2
    shot search
    back_to_list

    # The link confirmation: the second conversation of the inbox (seed 7) ends with a link.
    keys Home j
    sleep 2
    xdotool mousemove --window "$window" 697 405 click 1
    sleep 1
    if xdotool search --onlyvisible --name "Open Link" >/dev/null 2>&1; then
        shot link-confirmation
    else
        echo "take-screenshots: no link at the expected place; link-confirmation skipped" >&2
    fi
    back_to_list

    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
}

run_scheme light
run_scheme dark
