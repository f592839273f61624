#!/usr/bin/env bash
# --jobs 1 against --jobs 2 on 10,000 generated articles, for the native and
# the Node batch, both as a folder batch (-o) and as a stream (--ndjson-out),
# each run a fresh process. Prints a Markdown table: wall and CPU seconds and
# the wall-time speed-up of two jobs over one.
#   benchmarks/pipelines/jobs.sh [GALLEY] [COUNT]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
galley="${1:-$root/build/bin/galley}"
count="${2:-10000}"
python=/usr/bin/python3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$root/examples/generate-articles.mjs" "$count" > "$work/articles.ndjson"

measure() {  # measure OUTPUT_MODE JOBS COMMAND... : one JSON line
  local mode="$1" jobs="$2"
  shift 2
  rm -rf "$work/out"
  if [ "$mode" = folder ]; then
    "$python" "$root/benchmarks/pipelines/measure.py" -- "$@" batch "$work/articles.ndjson" -o "$work/out" --jobs "$jobs"
  else
    "$python" "$root/benchmarks/pipelines/measure.py" --stdout "$work/records.ndjson" -- \
      "$@" batch "$work/articles.ndjson" --ndjson-out - --jobs "$jobs"
  fi
}

echo "| batch | output | 1 job: wall s / CPU s | 2 jobs: wall s / CPU s | speed-up (wall) |"
echo "| --- | --- | --- | --- | --- |"
for tool in native node; do
  if [ "$tool" = native ]; then command=("$galley"); else command=(node "$root/bindings/js/bin/galley.js"); fi
  for mode in folder stream; do
    one=$(measure "$mode" 1 "${command[@]}")
    two=$(measure "$mode" 2 "${command[@]}")
    "$python" -c '
import json, sys
one, two = json.loads(sys.argv[3]), json.loads(sys.argv[4])
print("| {} | {} | {} / {} | {} / {} | {:.2f}x |".format(sys.argv[1], sys.argv[2], one["wall_s"], one["cpu_s"],
      two["wall_s"], two["cpu_s"], one["wall_s"] / two["wall_s"]))
' "$tool" "$mode" "$one" "$two"
  done
done
