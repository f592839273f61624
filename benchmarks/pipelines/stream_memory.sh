#!/usr/bin/env bash
# Peak RSS of `galley batch - --ndjson-out -` over NDJSON streams of
# 10 MB, 100 MB and 1 GB, generated on the fly (nothing is stored): flat memory
# means the same peak for all three. Prints a Markdown table row per size.
#   benchmarks/pipelines/stream_memory.sh [GALLEY] [JOBS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
galley="${1:-$root/build/bin/galley}"
jobs="${2:-2}"
python=/usr/bin/python3
echo "| stream | articles | exit | wall s | CPU s | peak RSS MB |"
echo "| --- | --- | --- | --- | --- | --- |"
for bytes in 10000000 100000000 1000000000; do
  result=$(node "$root/examples/generate-articles.mjs" 0 --bytes "$bytes" \
    | "$python" "$root/benchmarks/pipelines/measure.py" -- "$galley" batch - --ndjson-out - --jobs "$jobs")
  "$python" -c '
import json, sys
r = json.loads(sys.argv[1])
count = r["stderr_tail"][0] if r["stderr_tail"] else "?"
print("| {} MB | {} | {exit} | {wall_s} | {cpu_s} | {peak_rss_mb} |".format(int(sys.argv[2]) // 1000000, count, **r))
' "$result" "$bytes"
done
