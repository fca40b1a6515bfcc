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
# Needs chromium, Xvfb, xdotool and ImageMagick (import, compare, convert);
# the Xvfb, Chromium and dialog steps are in lib.sh.
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
IMPORT_AT=${IMPORT_AT:-"507 279"}  # the Network toolbar's "Import HAR file" button (x y) in lib.sh's layout
# shellcheck source=scripts/devtools-har/lib.sh
. "$(dirname "$0")/lib.sh"
shots=${keep:-$work}; mkdir -p "$shots"

start_display
# The request list shows the Method column too (DevTools' network-log-columns
# setting; hidden by default).
start_chromium about:blank '{"network-log-columns": "{\"method\":{\"visible\":true,\"title\":\"Method\"}}"}'
import -window root "$shots/before.png"
read -r ix iy <<<"$IMPORT_AT"
click "$ix" "$iy"
waitwin 100 'Open File' >/dev/null || fail "no file chooser after clicking $ix,$iy (the Import button moved? see IMPORT_AT)"
file_dialog "Open File" "$har" "$shots/chooser.png"
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
