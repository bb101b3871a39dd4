"""``marsad batch`` on a local Dask cluster: 1 worker vs 2 workers over the same input partitions.

    nice .venv/bin/python benchmarks/bench_dask.py [--limit-files N] [--partition-size K] [--pipeline a,b]

Takes the first N files (spread: every k-th) of ``../shared/data/news-ant-*`` (``MARSAD_SHARED`` overrides
``../shared``), runs the batch twice into fresh output folders (1 then 2 worker processes, 1 thread each), and
prints seconds, articles/s and the speed-up. On a machine shared with other jobs the speed-up is bounded by the
free cores, so the command also prints ``os.cpu_count()`` and the 1-minute load average at the start.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="*", default=sorted(SHARED.glob("data/news-ant-*")))
    ap.add_argument("--limit-files", type=int, default=400)
    ap.add_argument("--partition-size", type=int, default=50)
    ap.add_argument("--pipeline", default=None)
    ap.add_argument("--format", default="parquet", choices=["parquet", "jsonl"])
    args = ap.parse_args()

    from marsad.batch.run import run_batch
    from marsad.ingest.readers import iter_files

    files = list(iter_files(args.data))
    step = max(1, len(files) // args.limit_files)
    chosen = files[::step][: args.limit_files]
    work = Path(tempfile.mkdtemp(prefix="marsad-dask-"))
    src = work / "input"
    src.mkdir()
    for i, f in enumerate(chosen):  # links, so both runs read the very same files
        (src / f"{i:05d}-{f.name}").symlink_to(f)
    comps = args.pipeline.split(",") if args.pipeline else None
    out = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "cpu_count": os.cpu_count(),
        "load_1min": round(os.getloadavg()[0], 2),
        "files": len(chosen),
        "partition_size": args.partition_size,
    }
    for workers in (1, 2):
        report = run_batch(
            [src],
            work / f"out-{workers}",
            workers=workers,
            fmt=args.format,
            partition_size=args.partition_size,
            components=comps,
        )
        out[f"workers_{workers}"] = {
            "seconds": round(report.seconds, 1),
            "documents": report.documents,
            "failed": report.failed,
            "articles_per_s": round(report.documents / report.seconds, 2),
            # time spent inside the partition tasks, summed: wall time x workers if the cores were free
            "task_seconds_sum": round(sum(p.get("seconds", 0.0) for p in report.per_partition), 1),
        }
    out["speedup_2_vs_1"] = round(out["workers_1"]["seconds"] / out["workers_2"]["seconds"], 2)
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
