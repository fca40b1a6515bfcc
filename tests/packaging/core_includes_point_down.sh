#!/usr/bin/env bash
# Fails on an #include inside core/ that points up or sideways, naming the
# file and line. The layers (DESIGN.md, Layout), lowest first:
#   common <- net <- {capture, mcp, oauth} <- vault <- {session, catalog} <- {replay, export, analytics, diagnostics}
# A folder includes its own files and those of lower layers; siblings
# (capture, mcp, oauth) never include each other; glue between siblings
# lives in the folder above both. A new folder must be given a rank here.
#   core_includes_point_down.sh CORE_DIR
set -euo pipefail
core=${1:?usage: core_includes_point_down.sh CORE_DIR}
[ -d "$core" ] || { echo "layering: no directory $core"; exit 1; }

declare -A rank=([common]=0 [net]=1 [capture]=2 [mcp]=2 [oauth]=2 [vault]=3 [session]=4 [replay]=5 [export]=5 [analytics]=5 [diagnostics]=5 [catalog]=4)

bad=0
checked=0
while IFS= read -r -d '' file; do
  rel=${file#"$core"/}
  from=${rel%%/*}
  if [ "$from" = "$rel" ]; then
    continue # a file at core/'s top (CMakeLists.txt) includes nothing
  fi
  if [ -z "${rank[$from]+x}" ]; then
    echo "layering: core/$rel: folder '$from' has no layer; give it a rank in $0"
    bad=$((bad + 1))
    continue
  fi
  line=0
  while IFS= read -r text || [ -n "$text" ]; do
    line=$((line + 1))
    [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]] || continue
    target=${BASH_REMATCH[1]}
    checked=$((checked + 1))
    to=${target%%/*}
    if [ "$to" = "$target" ]; then
      echo "layering: core/$rel:$line: #include \"$target\" names no folder; write it as \"folder/file.h\""
      bad=$((bad + 1))
      continue
    fi
    if [ -z "${rank[$to]+x}" ]; then
      echo "layering: core/$rel:$line: #include \"$target\" reaches outside core's layers ('$to')"
      bad=$((bad + 1))
      continue
    fi
    [ "$to" = "$from" ] && continue
    if [ "${rank[$to]}" -gt "${rank[$from]}" ]; then
      echo "layering: core/$rel:$line: #include \"$target\" points up ($from includes $to)"
      bad=$((bad + 1))
    elif [ "${rank[$to]}" -eq "${rank[$from]}" ]; then
      echo "layering: core/$rel:$line: #include \"$target\" points sideways ($from includes its sibling $to; put the glue in a folder above both)"
      bad=$((bad + 1))
    fi
  done <"$file"
done < <(find "$core" -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)

echo "layering: $checked includes checked, $bad pointing up or sideways"
[ "$bad" -eq 0 ]
