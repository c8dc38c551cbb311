#!/usr/bin/python3
"""The Dask driver's output equals the CLI's: on a LocalCluster of 2 workers over the fixture WARCs (one
gzipped, one not, one more served over HTTP), each output file must hold, byte for byte, what
`govlens analyze --jobs 1 FILE` prints. Run by scripts/test-all.sh; exits 1 on any difference.
"""

import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dask_driver  # noqa: E402

FIXTURES = dask_driver.REPO / "tests" / "fixtures" / "warc"
GOVLENS = ["node", str(dask_driver.REPO / "bin" / "govlens.mjs")]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def cli_lines(path: Path, args=()) -> bytes:
    return subprocess.run([*GOVLENS, "analyze", "--jobs", "1", "--quiet", *args, str(path)], check=True, capture_output=True).stdout


def main() -> int:
    from distributed import Client, LocalCluster

    tmp = Path(tempfile.mkdtemp(prefix="govlens-dask-"))
    served = tmp / "served"
    served.mkdir()
    shutil.copy(FIXTURES / "sample.warc.gz", served / "remote-sample.warc.gz")
    handler = functools.partial(QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/remote-sample.warc.gz"

    inputs = [str(FIXTURES / "sample.warc.gz"), str(FIXTURES / "sample.warc"), url]
    failures = []
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        if len(client.scheduler_info()["workers"]) != 2:
            failures.append("the LocalCluster did not start 2 workers")
        # The two sample files share a name, which the driver refuses; give each run its own folder.
        for group, extra in (([inputs[0], inputs[2]], []), ([inputs[1]], ["--fields", "url,title,recordId"])):
            out = tmp / f"out-{len(extra)}"
            results = dask_driver.run(group, str(out), client, dask_driver.DEFAULT_GOVLENS, ["--quiet", *extra], log=lambda s: None)
            for source, r in zip(group, results):
                local = served / "remote-sample.warc.gz" if source == url else Path(source)
                want = cli_lines(local, extra)
                got = Path(r["output"]).read_bytes()
                if not want or got != want:
                    failures.append(f"{source}: driver output ({len(got)} bytes) differs from the CLI's ({len(want)} bytes)")
                else:
                    print(f"dask driver: {source}: {r['lines']} lines, equal to the CLI's")
    server.shutdown()
    shutil.rmtree(tmp)
    for f in failures:
        print(f"dask driver: FAIL {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
