#!/usr/bin/env bash
# Opens a HAR in Chromium's DevTools network panel the way a person does
# (Network panel -> "Import HAR file" -> file chooser), then screenshots it:
#
#   scripts/devtools-har/open-in-devtools.sh [--keep DIR] HAR OUT.png
#
# Runs Chromium on a private Xvfb with a scratch profile, DevTools docked at
# the bottom on the Network panel (seeded in the profile's Preferences),
# clicks the Import button, types the HAR's path into the GTK file chooser
# (ctrl+L) and clicks Open, waits until the screen settles, and saves a
# screenshot of the DevTools pane to OUT.png. Exits 1 when a step visibly
# failed: no Chromium window, no file chooser after the click, or no entries
# listed after the import; the screen then goes to OUT-failed.png.
# Everything it started is stopped on exit. --keep DIR keeps the screenshots
# before the import, of the chooser and after it.
#
# Needs chromium, Xvfb, xdotool and ImageMagick (import, compare, convert).
# The Import button's position is for the layout set up here (1600x1000
# screen, DevTools at the bottom, 100% zoom), checked with Chromium 156. If a
# newer DevTools moves the button, the script stops at "no file chooser":
# find the button in OUT-failed.png and set IMPORT_AT="X Y".
set -euo pipefail

keep=
if [ "${1:-}" = --keep ]; then keep=$2; shift 2; fi
[ $# -eq 2 ] || { echo "usage: $0 [--keep DIR] HAR OUT.png" >&2; exit 2; }
har=$(realpath -e "$1") || { echo "open-in-devtools: no such file: $1" >&2; exit 2; }
out=$(realpath -m "$2")
for tool in chromium Xvfb xdotool import compare convert; do
  command -v "$tool" >/dev/null || { echo "open-in-devtools: $tool is missing (apt-get install chromium xvfb xdotool imagemagick)" >&2; exit 2; }
done

SIZE=1600x1000
IMPORT_AT=${IMPORT_AT:-"507 279"}  # the Network toolbar's "Import HAR file" button (x y) in that layout
REST_AT=(800 150)                  # the mouse waits over the (blank) page, away from anything that hovers

work=$(mktemp -d); shots=${keep:-$work}; mkdir -p "$shots"
xpid=; cpid=
cleanup() {
  [ -n "$cpid" ] && { kill -- "-$cpid" 2>/dev/null || true; }
  [ -n "$xpid" ] && { kill "$xpid" 2>/dev/null || true; }
  [ -n "$cpid" ] && { for _ in $(seq 50); do kill -0 -- "-$cpid" 2>/dev/null || break; sleep 0.1; done; }
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "open-in-devtools: $*" >&2
  import -window root "${out%.png}-failed.png" 2>/dev/null && echo "open-in-devtools: the screen then: ${out%.png}-failed.png" >&2
  exit 1
}
# waits up to $1 half seconds for the screen to stop changing; leaves the last screenshot in $2
settle() {
  import -window root "$work/settle.png"
  for _ in $(seq "$1"); do
    sleep 0.5; import -window root "$2"
    [ "$(compare -metric AE "$work/settle.png" "$2" null: 2>&1 || true)" = 0 ] && return 0
    cp "$2" "$work/settle.png"
  done
}
# waits up to $1 tenths of a second for a visible window whose name matches $2; prints its id
waitwin() { for _ in $(seq "$1"); do w=$(xdotool search --onlyvisible --name "$2" 2>/dev/null | head -1 || true); [ -n "$w" ] && { echo "$w"; return 0; }; sleep 0.1; done; return 1; }

disp=
for d in $(seq 90 140); do [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] || { disp=:$d; break; }; done
[ -n "$disp" ] || fail "no free X display between :90 and :140"
Xvfb "$disp" -screen 0 "${SIZE}x24" -nolisten tcp >/dev/null 2>&1 & xpid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${disp#:}" ] && break; sleep 0.1; done
export DISPLAY=$disp

# A scratch profile whose DevTools open docked at the bottom, on the Network panel.
mkdir -p "$work/profile/Default"
cat >"$work/profile/Default/Preferences" <<'EOF'
{"devtools": {"preferences": {
  "currentDockState": "\"bottom\"",
  "panel-selected-tab": "\"network\"",
  "inspector-view.split-view-state": "{\"vertical\":{\"size\":0},\"horizontal\":{\"size\":760}}",
  "releaseNoteVersionSeen": "999"
}}}
EOF
sandbox=(); [ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)  # Chromium refuses to run as root with its sandbox
w=${SIZE%x*}; h=${SIZE#*x}
setsid chromium "${sandbox[@]}" --test-type --user-data-dir="$work/profile" --no-first-run --no-default-browser-check \
  --disable-gpu --password-store=basic --disable-features=Translate --auto-open-devtools-for-tabs \
  --window-position=0,0 --window-size="$w,$h" about:blank >"$work/chromium.log" 2>&1 &
cpid=$!

win=$(waitwin 300 'Chromium') || fail "no Chromium window after 30 s (log: $(tail -3 "$work/chromium.log"))"
sleep 1; settle 30 "$work/loaded.png"  # DevTools' front end loads after the window shows
xdotool windowfocus --sync "$win" 2>/dev/null || true
xdotool mousemove "${REST_AT[@]}"
import -window root "$shots/before.png"

read -r ix iy <<<"$IMPORT_AT"
xdotool mousemove "$ix" "$iy" click 1
dialog=$(waitwin 100 'Open File') || fail "no file chooser after clicking $ix,$iy (the Import button moved? see IMPORT_AT)"
xdotool windowfocus --sync "$dialog" 2>/dev/null || true
xdotool key ctrl+l; sleep 0.3
xdotool type --delay 10 "$har"; sleep 0.5
import -window root "$shots/chooser.png"
# The chooser's Open button sits 50,25 px in from its bottom right corner (GTK 3 on bookworm).
# Return in the location field closes the chooser without opening the file here.
eval "$(xdotool getwindowgeometry --shell "$dialog")"
ox=$((X + WIDTH - 50)); oy=$((Y + HEIGHT - 25))
xdotool mousemove "$ox" "$oy" click 1
xdotool mousemove "${REST_AT[@]}"
for _ in $(seq 50); do xdotool search --onlyvisible --name 'Open File' >/dev/null 2>&1 || break; sleep 0.1; done
xdotool search --onlyvisible --name 'Open File' >/dev/null 2>&1 && fail "the file chooser did not close after clicking Open at $ox,$oy"

settle 20 "$shots/after.png"  # the panel lists the entries a moment after the chooser closes
# Entries listed = the request list's first rows (left part; a Console drawer may open on the right) differ from
# the empty panel's. A HAR DevTools cannot read leaves them blank and shows "Failed to load HAR file" in the Console.
rows=(-crop 600x60+0+425 +repage)
convert "$shots/before.png" "${rows[@]}" "$work/rows-before.png"
convert "$shots/after.png" "${rows[@]}" "$work/rows-after.png"
[ "$(compare -metric AE "$work/rows-before.png" "$work/rows-after.png" null: 2>&1 || true)" != 0 ] ||
  fail "no entries listed after importing $har (could DevTools read it?)"
# OUT.png: the DevTools pane (the page above it is about:blank).
convert "$shots/after.png" -crop 1600x762+0+238 +repage "$out"
echo "$out"
