#!/usr/bin/env bash
# examples/dask/render_bag.py on a scheduler and two workers on 127.0.0.1:
# 10,000 articles in partitions, each piped through galley, give the
# single-process records byte for byte.
#   dask_example.sh GALLEY SOURCE_DIR WORK_DIR
python=/usr/bin/python3  # Debian's, with python3-distributed
"$python" -c 'import distributed' 2> /dev/null || { echo "python3-distributed is not installed (scripts/setup-system.sh)"; exit 77; }
source "$(dirname "$0")/common.sh"

port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
scheduler="tcp://127.0.0.1:$port"
pids=()
stop_cluster() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
}
trap stop_cluster EXIT
"$python" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --no-dashboard \
  > "$work/scheduler.log" 2>&1 &
pids+=($!)
for n in 1 2; do
  "$python" -m distributed.cli.dask_worker "$scheduler" --host 127.0.0.1 --nthreads 1 --no-dashboard \
    --name "worker-$n" --local-directory "$work/worker-$n" > "$work/worker-$n.log" 2>&1 &
  pids+=($!)
done

# Blocks of 1 MB: about 25 partitions shared by the two workers.
timeout 300 "$python" "$root/examples/dask/render_bag.py" "$scheduler" "$work/articles.ndjson" "$work/dask" \
  --galley "$galley" --blocksize 1000000 --workers 2
parts=("$work"/dask/part-*.ndjson)
[ "${#parts[@]}" -gt 2 ] || { echo "expected several partitions, got ${#parts[@]}"; exit 1; }
cat "${parts[@]}" > "$work/dask.ndjson"
# Both workers joined the cluster.
for n in 1 2; do
  grep -q "worker-$n" "$work/scheduler.log" || { echo "worker-$n never joined"; exit 1; }
done
expect_same_records "$work/dask.ndjson"
