#!/usr/bin/env bash
# Fails when the build or the tests use something from a Debian package that
# scripts/setup.sh would not install on a fresh machine: every package
# configuration and library CMake found (CMakeCache.txt), every program and
# data file the tests use, mapped to its package with dpkg -S, must be named
# in setup.sh or be a dependency (Depends/Pre-Depends, not Recommends) of a
# package named there. Recommends do not count: setup installs with
# --no-install-recommends, which is how libqt6opengl6-dev once went missing.
#   setup_names_every_package.sh CMakeCache.txt scripts/setup.sh
set -euo pipefail
cache=$1
setup=$2

# The packages setup.sh names (the words inside its *_packages=( … ) lists).
named=$(awk '/_packages=\(/{on=1; sub(/.*\(/, "")} on{line=$0; sub(/\).*/, "", line); print line} /\)/{on=0}' "$setup" \
        | tr ' ' '\n' | grep -E '^[a-z0-9][a-z0-9.+-]+$' | sort -u)
[ -n "$named" ] || { echo "packaging: found no package lists in $setup"; exit 1; }

# Everything those packages pull in through Depends and Pre-Depends,
# following virtual packages through Provides.
covered=$(dpkg-query -W -f='${Package}\t${Depends}, ${Pre-Depends}\t${Provides}\n' | awk -F'\t' -v named="$(echo $named)" '
  function strip(s) { gsub(/\([^)]*\)/, "", s); gsub(/:any|:amd64|:native/, "", s); gsub(/[ \t]/, "", s); return s }
  {
    deps[$1] = $2
    n = split($3, provided, ",")
    for (i = 1; i <= n; i++) { p = strip(provided[i]); if (p != "") provider[p] = provider[p] " " $1 }
  }
  END {
    n = split(named, queue, " ")
    for (i = 1; i <= n; i++) seen[queue[i]] = 1
    head = 1
    while (head <= n) {
      name = queue[head++]
      targets = name " " provider[name]
      m = split(targets, ts, " ")
      for (j = 1; j <= m; j++) {
        t = ts[j]; if (t == "" || !(t in deps)) continue
        if (!(t in seen)) { seen[t] = 1; queue[++n] = t }
        k = split(deps[t], alternatives, /[,|]/)
        for (a = 1; a <= k; a++) { d = strip(alternatives[a]); if (d != "" && !(d in seen)) { seen[d] = 1; queue[++n] = d } }
      }
    }
    for (s in seen) print s
  }' | sort -u)

missing=0
checked=0
check() { # what, path
  local owner
  owner=$(dpkg -S "$2" 2>/dev/null | head -n1 | cut -d: -f1 | sed 's/,.*//') || true
  if [ -z "$owner" ]; then
    local real; real=$(readlink -f "$2")
    owner=$(dpkg -S "$real" 2>/dev/null | head -n1 | cut -d: -f1 | sed 's/,.*//') || true
  fi
  if [ -z "$owner" ]; then
    echo "packaging: $1 ($2) belongs to no Debian package"
    missing=$((missing + 1))
    return
  fi
  checked=$((checked + 1))
  if ! grep -qxF "$owner" <<<"$covered"; then
    echo "packaging: $1 comes from $owner ($2), which scripts/setup.sh does not install: add $owner to it"
    missing=$((missing + 1))
  fi
}

# Package configurations and libraries CMake found (pkg-config's too).
while IFS= read -r line; do
  name=${line%%:*}
  value=${line#*=}
  case "$value" in /usr/*) ;; *) continue ;; esac
  # FindOpenGL records the optional EGL, GLU and GLES libraries it happens to
  # see; Qt needs only OpenGL::GL (libgl-dev).
  case "$name" in OPENGL_egl_*|OPENGL_glu_*|OPENGL_gles*) continue ;; esac
  if [ -d "$value" ]; then
    config=$(ls "$value"/*[Cc]onfig.cmake 2>/dev/null | head -n1 || true)
    [ -n "$config" ] && check "CMake package ${name%_DIR}" "$config"
  elif [ -f "$value" ]; then
    check "CMake ${name}" "$value"
  fi
done < <(grep -E '^([A-Za-z0-9_]+_(DIR|LIBRARY|INCLUDE_DIR|LIBRARY_RELEASE|EXECUTABLE)|pkgcfg_lib_[A-Za-z0-9_]+):(PATH|FILEPATH)=' "$cache")

# Programs the build, the tests and the fuzz build run, and data they read.
for program in cmake ninja c++ clang++ pkg-config openssl dbus-run-session gnome-keyring-daemon Xvfb xauth \
               appstreamcli desktop-file-validate dpkg-deb file clang-format; do
  path=$(command -v "$program" || true)
  if [ -z "$path" ]; then echo "packaging: the program $program is not installed"; missing=$((missing + 1)); continue; fi
  check "program $program" "$path"
done
qtplugins=$(dirname "$(ls /usr/lib/*/qt6/plugins/platforms/libqoffscreen.so | head -n1)")/..
for file in "$qtplugins/platforms/libqoffscreen.so" "$qtplugins/platforms/libqxcb.so" \
            "$qtplugins/sqldrivers/libqsqlite.so" /usr/share/json-schema-test-suite/tests/draft7; do
  check "data $(basename "$file")" "$file"
done

echo "packaging: $checked files checked against $(wc -l <<<"$named") packages named in setup.sh ($(wc -l <<<"$covered") with their dependencies); $missing problem(s)"
[ "$missing" -eq 0 ]
