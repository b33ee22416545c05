#!/usr/bin/env bash
# Issue 18, item 4: the real-dev texts rendered to PDFs with a text layer and to 300 dpi scans (generated here, not
# committed), each set ingested and scored against the gold beside the .txt of the same build.
# usage: src/test/scripts/formats-score.sh [OUT_FOLDER]   (after mvn -DskipTests package test-compile)
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:-target/formats}
jar=${JAR:-target/lineage.jar}
corpus=../shared/corpus/real-dev
gold=../shared/gold/real-dev.gold.json
mkdir -p "$out"
# Rendering takes minutes: a second run reuses the PDFs.
[ -s "$out/pages.txt" ] || java -cp target/test-classes:"$jar" org.vndirective.lineage.read.RenderCorpus "$corpus" "$out" > "$out/pages.txt"
cat "$out/pages.txt"
# The gold names the .txt files; the same texts as PDFs carry the same names with .pdf.
python3 - "$gold" "$out/gold-pdf.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding='utf-8'))
g['files'] = {k[:-4] + '.pdf' if k.endswith('.txt') else k: v for k, v in g['files'].items()}
json.dump(g, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)
PY
for kind in txt text scan; do
  dir=$out/$kind; g=$out/gold-pdf.json
  if [ "$kind" = txt ]; then dir=$corpus; g=$gold; fi
  start=$(date +%s.%N)
  java -jar "$jar" ingest "$dir" --out "$out/$kind.nq" --quiet > "$out/$kind.log" 2>&1 || true
  end=$(date +%s.%N)
  echo "$kind: $(tail -1 "$out/$kind.log") in $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
  python3 ../shared/eval/score.py "$out/$kind.nq" "$g" | tail -1
done
