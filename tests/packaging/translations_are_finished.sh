#!/usr/bin/env bash
# Fails when a translation is unfinished: a message the sources have that
# the .ts lacks (lupdate run on a copy adds it unfinished), an unfinished or
# empty translation, or a German "translation" that is the English sentence
# itself. Names each one.
#   translations_are_finished.sh LUPDATE CMAKE GENERATOR PROJECT_CMAKE TS_FILE...
# PROJECT_CMAKE: the lupdate project CMake writes for the app (its sources and
# include paths, so tr() contexts resolve as in the real update); GENERATOR:
# Qt's GenerateLUpdateProject.cmake, which turns it into lupdate's JSON.
set -euo pipefail
lupdate=$1
cmake=$2
generator=$3
project_cmake=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project=$work/generated.json
"$cmake" -DIN_FILE="$project_cmake" -DOUT_FILE="$project" -P "$generator" >/dev/null
copies=()
for ts in "$@"; do
  cp "$ts" "$work/$(basename "$ts")"
  copies+=("$work/$(basename "$ts")")
done
# The same project, writing to the copies.
python3 - "$project" "$work/project.json" "${copies[@]}" <<'PY'
import json, sys
project = json.load(open(sys.argv[1]))
project['translations'] = sys.argv[3:]
json.dump(project, open(sys.argv[2], 'w'))
PY
"$lupdate" -silent -no-obsolete -project "$work/project.json" >"$work/lupdate.log" 2>&1 \
  || { cat "$work/lupdate.log"; exit 1; }
bad=0
for ts in "$@"; do
  name=$(basename "$ts")
  python3 - "$work/$name" "$name" <<'PY' || bad=$((bad + 1))
import sys
import xml.etree.ElementTree as ET
path, name = sys.argv[1], sys.argv[2]
german = name.endswith('_de.ts')
# Words that only an English sentence has; an identical "translation"
# carrying one of them was never translated.
english = {'the', 'is', 'not', 'failed', 'with', 'and', 'has', 'was', 'of', 'to', 'no',
           'bytes', 'characters', 'from', 'this', 'server', 'open', 'session'}
problems = []
for context in ET.parse(path).getroot().iter('context'):
    ctx = context.findtext('name')
    for message in context.iter('message'):
        source = message.findtext('source') or ''
        tr = message.find('translation')
        kind = tr.get('type') if tr is not None else 'missing'
        forms = [f.text or '' for f in tr.iter('numerusform')] if tr is not None else []
        text = (tr.text or '') if tr is not None else ''
        if not german and message.get('numerus') != 'yes':
            continue  # English needs its plural forms only; the source is the text
        if kind in ('unfinished', 'missing'):
            problems.append(f'{ctx}: unfinished: {source!r}')
        elif kind in ('vanished', 'obsolete'):
            continue
        elif message.get('numerus') == 'yes' and (not forms or any(not f.strip() for f in forms)):
            problems.append(f'{ctx}: empty plural form: {source!r}')
        elif message.get('numerus') != 'yes' and not text.strip() and source.strip():
            problems.append(f'{ctx}: empty translation: {source!r}')
        elif german and message.get('numerus') != 'yes' and text == source:
            words = {w.strip('.,:;()"\'').lower() for w in source.split()}
            if len(words & english) >= 1 and len(source.split()) >= 3:
                problems.append(f'{ctx}: left in English: {source!r}')
for p in problems:
    print(f'translations: {name}: {p}')
print(f'translations: {name}: {len(problems)} problem(s)')
sys.exit(1 if problems else 0)
PY
done
[ "$bad" -eq 0 ]
