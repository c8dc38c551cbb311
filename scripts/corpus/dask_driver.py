#!/usr/bin/python3
"""Runs `govlens analyze` over many WARC files on a Dask cluster: one task per file, so each worker reads
whole archives, streaming, with `--jobs 1` (Dask gives the parallelism, one file per worker thread). The
cards of INPUT go to OUT/<name of INPUT>.jsonl, written under a temporary name and renamed when whole, so
a file that is there is complete.

    /usr/bin/python3 scripts/corpus/dask_driver.py --out cards/ crawl-1.warc.gz crawl-2.warc.gz
    /usr/bin/python3 scripts/corpus/dask_driver.py --scheduler tcp://10.0.0.5:8786 --out /shared/cards \\
        --from warc-urls.txt --govlens "node /opt/govnews-lens/bin/govlens.mjs" -- --only-articles

Without --scheduler it starts a LocalCluster of --workers processes on this machine. With one, every
worker must have Node and this project (npm ci) at the path --govlens names, and OUT must be a folder all
workers and this driver see (a shared file system). Inputs are paths the workers can open or http(s)
URLs, which the worker streams into govlens's standard input (nothing is saved to disk). Arguments after
`--` go to every `govlens analyze` (--only-articles, --url-pattern RE, --fields a,b).

Debian's python3-dask and python3-distributed (/usr/bin/python3; a pyenv python3 does not see them).
"""

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOVLENS = f"node {shlex.quote(str(REPO / 'bin' / 'govlens.mjs'))}"
ARCHIVE_SUFFIXES = (".warc.gz", ".warc", ".arc.gz", ".gz")


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def output_name(source: str) -> str:
    """crawl-00001.warc.gz or https://host/path/crawl-00001.warc.gz → crawl-00001.jsonl."""
    name = source.rstrip("/").rsplit("/", 1)[-1] or "input"
    for suffix in ARCHIVE_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return f"{name}.jsonl"


def analyze_file(source: str, out_dir: str, govlens: str, govlens_args: list) -> dict:
    """On a worker: govlens over one whole file, its lines to OUT/<name>.jsonl."""
    started = time.monotonic()
    target = Path(out_dir) / output_name(source)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    command = shlex.split(govlens) + ["analyze", "--jobs", "1", *govlens_args, "-" if is_url(source) else source]
    with open(partial, "wb") as out:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE if is_url(source) else subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.PIPE,
        )
        feeder = None
        if is_url(source):
            # Streamed from the server into govlens: a multi-GB archive never touches the worker's disk.
            def feed():
                try:
                    with urllib.request.urlopen(source, timeout=120) as response:
                        shutil.copyfileobj(response, proc.stdin, 1 << 20)
                finally:
                    proc.stdin.close()

            feeder = threading.Thread(target=feed, daemon=True)
            feeder.start()
        stderr = proc.stderr.read().decode("utf-8", "replace")
        code = proc.wait()
        if feeder:
            feeder.join()
    if code != 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"govlens exited with {code} on {source}: {stderr.strip()[-2000:]}")
    partial.replace(target)
    with open(target, "rb") as f:
        lines = sum(1 for _ in f)
    summary = [l for l in stderr.splitlines() if l.startswith("govlens: ")]
    return {
        "input": source,
        "output": str(target),
        "lines": lines,
        "seconds": time.monotonic() - started,
        "summary": summary[-1] if summary else "",
    }


def read_inputs(args) -> list:
    inputs = list(args.inputs)
    if args.from_file:
        with open(args.from_file, encoding="utf-8") as f:
            inputs += [l.strip() for l in f if l.strip() and not l.startswith("#")]
    names = [output_name(s) for s in inputs]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        sys.exit(f"dask_driver: inputs would write the same output file: {', '.join(clashes)}")
    return inputs


def run(inputs: list, out_dir: str, client, govlens: str, govlens_args: list, log=print) -> list:
    """One task per input; results in input order."""
    from distributed import as_completed

    os.makedirs(out_dir, exist_ok=True)
    futures = client.map(
        analyze_file,
        inputs,
        out_dir=os.path.abspath(out_dir),
        govlens=govlens,
        govlens_args=govlens_args,
        pure=False,
    )
    for future in as_completed(futures):
        r = future.result()
        log(f"{r['input']} → {r['output']}: {r['lines']} lines in {r['seconds']:.1f} s")
    return [f.result() for f in futures]


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    govlens_args = []
    if "--" in argv:
        cut = argv.index("--")
        argv, govlens_args = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", help="WARC paths or http(s) URLs")
    parser.add_argument("--from", dest="from_file", help="a file of WARC paths or URLs, one a line")
    parser.add_argument("--out", required=True, help="folder for the JSON lines, one file per input")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers when no --scheduler (2)")
    parser.add_argument("--govlens", default=DEFAULT_GOVLENS, help=f"the govlens command on the workers ({DEFAULT_GOVLENS})")
    args = parser.parse_args(argv)
    inputs = read_inputs(args)
    if not inputs:
        parser.error("no inputs")

    from distributed import Client, LocalCluster

    started = time.monotonic()
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        # One thread per worker process: each runs one govlens (one core) at a time.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        results = run(inputs, args.out, client, args.govlens, govlens_args, log=lambda s: print(s, file=sys.stderr))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.monotonic() - started
    lines = sum(r["lines"] for r in results)
    print(f"dask_driver: {len(results)} files, {lines} lines in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
