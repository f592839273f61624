#!/usr/bin/env python3
"""Render an NDJSON archive of articles on a Dask cluster, with galley as the map step.

    render_bag.py SCHEDULER INPUT.ndjson OUTDIR [--galley PATH] [--blocksize BYTES] [--workers N]

The input is read as a bag of partitions (blocks of whole lines). Every
partition is piped through `galley batch - --ndjson-out -` on a worker and
written to OUTDIR/part-NNNNN.ndjson, one record per input line, in input
order; the parts, concatenated in name order, are the records of the whole
archive. INPUT and OUTDIR must be reachable by every worker (a shared file
system or an fsspec URL such as s3://).
"""

import argparse
import subprocess

import dask.bag as db
from distributed import Client

# Lines travel as text; this error handler keeps any byte that is not UTF-8
# as it was, so galley sees (and reports) the input exactly.
ENCODING_ERRORS = "surrogateescape"


def render_partition(lines, galley, mode):
    """Pipes one partition through galley; returns its records, one per line."""
    command = [galley, "batch", "-", "--ndjson-out", "-", "--jobs", "1"]
    if mode:
        command += ["--mode", mode]
    data = "".join(lines).encode("utf-8", ENCODING_ERRORS)
    done = subprocess.run(command, input=data, capture_output=True, check=False)
    # Exit status 1 with records for every line means that some articles
    # failed; their records hold the errors. Anything else is a broken run.
    records = done.stdout.decode("utf-8").split("\n")[:-1]
    expected = data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)
    if done.returncode not in (0, 1) or len(records) != expected:
        raise RuntimeError(f"galley failed ({done.returncode}): {done.stderr.decode('utf-8', 'replace')}")
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scheduler", help="address of the Dask scheduler, e.g. tcp://127.0.0.1:8786")
    parser.add_argument("input", help="NDJSON file of articles")
    parser.add_argument("outdir", help="folder for the part-*.ndjson record files")
    parser.add_argument("--galley", default="galley", help="the galley command on the workers")
    parser.add_argument("--mode", help="fragment, article or document")
    parser.add_argument("--blocksize", type=int, default=4 << 20, help="bytes per partition")
    parser.add_argument("--workers", type=int, default=1, help="wait for this many workers")
    args = parser.parse_args()

    with Client(args.scheduler) as client:
        client.wait_for_workers(args.workers)
        bag = db.read_text(args.input, blocksize=args.blocksize, encoding="utf-8", errors=ENCODING_ERRORS)
        records = bag.map_partitions(render_partition, args.galley, args.mode)
        records.to_textfiles(f"{args.outdir}/part-*.ndjson", name_function=lambda i: f"{i:05d}",
                             encoding="utf-8", last_endline=True)
        print(f"rendered {records.npartitions} partitions into {args.outdir}")


if __name__ == "__main__":
    main()
