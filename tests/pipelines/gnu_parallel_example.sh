#!/usr/bin/env bash
# examples/gnu-parallel/render.sh on 10,000 articles with two jobs gives the
# single-process records byte for byte.
#   gnu_parallel_example.sh GALLEY SOURCE_DIR WORK_DIR
command -v parallel > /dev/null || { echo "GNU parallel is not installed (scripts/setup-system.sh)"; exit 77; }
source "$(dirname "$0")/common.sh"

GALLEY="$galley" bash "$root/examples/gnu-parallel/render.sh" "$work/articles.ndjson" "$work/parallel.ndjson" 2 \
  | tee "$work/parallel.out"
grep -q '^rendered 9980, failed 20 ' "$work/parallel.out"
[ "$(grep -c ': {"code":' "$work/parallel.ndjson.log")" = 20 ] || { echo "the log does not list the 20 failures"; exit 1; }
expect_same_records "$work/parallel.ndjson"
