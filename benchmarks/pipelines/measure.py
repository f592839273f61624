#!/usr/bin/env python3
"""Runs one command in a fresh process and prints its wall time, CPU time and
peak resident set size as JSON. Standard input and output are files or
pipes given by the caller.

    measure.py [--stdin FILE] [--stdout FILE] -- COMMAND...
"""
import argparse
import json
import resource
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stdin")
    parser.add_argument("--stdout")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    stdin = open(args.stdin, "rb") if args.stdin else sys.stdin.buffer
    stdout = open(args.stdout, "wb") if args.stdout else subprocess.DEVNULL
    start = time.monotonic()
    done = subprocess.run(command, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, check=False)
    wall = time.monotonic() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "exit": done.returncode,
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "stderr_tail": done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:],
    }))


if __name__ == "__main__":
    main()
