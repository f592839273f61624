#!/usr/bin/env bash
# examples/gnu-parallel/render.sh on 10,000 articles with two jobs gives the
# single-process records byte for byte.
#   gnu_parallel_example.sh GALLEY SOURCE_DIR WORK_DIR
command -v parallel > /dev/null || { echo "GNU parallel is not installed (scripts/setup-system.sh)"; exit 77; }
source "$(dirname "$0")/common.sh"

GALLEY="$galley" bash "$root/examples/gnu-parallel/render.sh" "$work/articles.ndjson" "$work/parallel.ndjson" 2 \
  | tee "$work/parallel.out"
grep -q '^rendered 9980, failed 20 ' "$work/parallel.out"
# The failures are listed by their line in the whole input: 500, 1000, …
expected_lines=$(seq 500 500 10000 | tr '\n' ' ')
listed_lines=$(cut -d: -f2 "$work/parallel.ndjson.failures" | tr '\n' ' ')
[ "$listed_lines" = "$expected_lines" ] || { echo "failures listed at lines $listed_lines"; exit 1; }
grep -q '^articles.ndjson:1000: {"code":"invalid_article","message":"'"'"'title'"'"' is required","path":"/title"}$' \
  "$work/parallel.ndjson.failures"
expect_same_records "$work/parallel.ndjson"
