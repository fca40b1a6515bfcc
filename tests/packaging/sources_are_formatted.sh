#!/usr/bin/env bash
# Fails when a tracked C++ source differs from the project's .clang-format,
# naming each such file and how to fix it.
#   sources_are_formatted.sh SOURCE_DIR
set -euo pipefail
cd "$1"
format=$(command -v clang-format || command -v clang-format-14 || true)
[ -n "$format" ] || { echo "format: clang-format is not installed (scripts/setup.sh tests installs it)"; exit 1; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '/node_modules/')
else
  mapfile -t files < <(find core models ui app bench fuzz tests -name '*.cpp' -o -name '*.h' | grep -v '/node_modules/')
fi
bad=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! "$format" --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "format: $f differs from .clang-format (fix: clang-format -i $f)"
    bad=$((bad + 1))
  fi
done
echo "format: ${#files[@]} files checked, $bad unformatted"
[ "$bad" -eq 0 ]
