# Shared by the pipeline example tests: 10,000 generated articles (every
# 500th line broken) and the records of one single-threaded galley run.
#   source common.sh GALLEY SOURCE_DIR WORK_DIR
set -euo pipefail
galley="$1"
root="$2"
work="$3"
rm -rf "$work"
mkdir -p "$work"
node "$root/examples/generate-articles.mjs" 10000 --bad-every 500 > "$work/articles.ndjson"
status=0
"$galley" batch "$work/articles.ndjson" --ndjson-out "$work/single.ndjson" --jobs 1 2> "$work/single.log" || status=$?
[ "$status" = 1 ] || { echo "single run: exit status $status, expected 1 (20 broken lines)"; exit 1; }
grep -q '^rendered 9980, failed 20$' "$work/single.log" || { echo "single run:"; tail -3 "$work/single.log"; exit 1; }

# expect_same_records FILE: byte-for-byte the single run's records.
expect_same_records() {
  if ! cmp "$work/single.ndjson" "$1"; then
    echo "$1 differs from the single-process run"
    exit 1
  fi
  echo "$(wc -l < "$1") records, identical to the single-process run"
}
