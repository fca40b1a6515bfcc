#!/usr/bin/env bash
# Installs what McpScope needs on Debian 12 (only what is missing), the pinned
# test peers from npm, then configures and builds. Idempotent; a few seconds
# when everything is already in place.
#   scripts/setup.sh app    packages to build and run the GUI, then build
#   scripts/setup.sh tests  also test packages, npm peers and the fuzz build
set -euo pipefail
mode=${1:-app}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

app_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  libqt6opengl6-dev zlib1g-dev libbrotli-dev
  qtkeychain-qt6-dev libssl-dev libsqlite3-dev rapidjson-dev gnome-keyring dbus dbus-x11
  xvfb xauth
)
test_packages=(
  clang libclang-rt-14-dev openssl imagemagick xdotool appstream desktop-file-utils dpkg-dev
  json-schema-test-suite nodejs npm file clang-format
)
packages=("${app_packages[@]}")
[ "$mode" = tests ] && packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node/npm may come from elsewhere than Debian (e.g. NodeSource): accept any.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [ "$p" = nodejs ] || [ "$p" = npm ] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$mode" = tests ]; then
  peers=tests/peers
  if [ ! -f "$peers/node_modules/.package-lock.json" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]; then
    echo "setup: installing pinned test peers (npm ci)"
    (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

jobs=$(nproc)
# Where ccache is installed, builds use it, keyed relative to the checkout so
# another clone (CI's) shares the cache. Nothing installs it: optional.
if command -v ccache >/dev/null && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$root"
fi
if [ ! -f build/build.ninja ]; then
  cmake --preset default >/dev/null
fi
cmake --build --preset default -j "$jobs"

if [ "$mode" = tests ]; then
  if [ ! -f build-fuzz/build.ninja ]; then
    cmake --preset fuzz >/dev/null
  fi
  cmake --build --preset fuzz -j "$jobs"
fi
