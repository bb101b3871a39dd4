"""Ingest throughput: articles/s, words/s, peak RSS, store size, and the store's share of the time.

    nice .venv/bin/python benchmarks/bench_ingest.py [--limit N] [--data DIR ...] [--pipeline a,b] [--overhead]
                                                     [--db FILE] [--sample-every K]

Reads the TREC-like ANT corpora (default ``../shared/data/news-ant-*``, ~41.7k articles; ``MARSAD_SHARED``
overrides ``../shared``) through ``marsad.ingest`` into a fresh SQLite store with the default pipeline.
``--limit N`` stops after N articles; ``--sample-every K`` takes every K-th input file (a sample spread over all
outlets and years instead of the first N files of one folder).

Store overhead, measured two ways in the same process over the same articles:
* split: time inside ``Store.add_document`` / time inside the pipeline, from the ingest run itself;
* ``--overhead`` two passes: pipeline only, then pipeline + store; (t_with - t_without) / t_without.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))


def _files(data: list[Path], every: int) -> list[Path]:
    from marsad.ingest.readers import iter_files

    files = list(iter_files(data))
    return files[::every] if every > 1 else files


def _records(files: list[Path], limit: int | None):
    from marsad.ingest.readers import read_path

    n = 0
    for f in files:
        for r in read_path(f):
            yield r
            n += 1
            if limit is not None and n >= limit:
                return


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="*", default=sorted(SHARED.glob("data/news-ant-*")))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sample-every", type=int, default=1)
    ap.add_argument("--pipeline", default=None, help="comma-separated components (default: the full pipeline)")
    ap.add_argument("--db", type=Path, default=None, help="store file (default: a fresh temporary file)")
    ap.add_argument("--overhead", action="store_true", help="also time a pipeline-only pass over the same articles")
    ap.add_argument("--progress", action="store_true")
    args = ap.parse_args()

    import marsad
    from marsad.ingest.runner import IngestReport, ingest, process_record
    from marsad.store import open_store

    pipeline = marsad.load(args.pipeline.split(",") if args.pipeline else None)
    files = _files(args.data, args.sample_every)
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.mkdtemp(prefix="marsad-bench-")
        db = Path(tmp) / "bench.db"
    figures: dict[str, object] = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "pipeline": pipeline.names,
        "input_files": len(files),
    }
    if args.overhead:
        records = list(_records(files, args.limit))
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        for r in records:
            try:
                process_record(r, pipeline, timings)
            except Exception:
                pass
        figures["pipeline_only_seconds"] = round(time.perf_counter() - t0, 3)
        source = iter(records)
    else:
        source = _records(files, args.limit)

    # SIGTERM (e.g. `timeout`) ends the run early but still prints the figures of what was done
    signal.signal(signal.SIGTERM, _interrupt)
    report = IngestReport()
    with open_store(str(db)) as store:
        try:
            ingest(source, store, pipeline, total=args.limit, progress=args.progress, report=report)
        except KeyboardInterrupt:
            figures["interrupted"] = True
        t0 = time.perf_counter()
        links = store.relink() if report.stored <= 5000 else None  # full relink is a separate, optional step
        relink_s = time.perf_counter() - t0
        stats = store.stats()
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    r = report
    r.seconds = r.seconds or 1e-9
    figures.update(
        {
            "articles_stored": r.stored,
            "duplicates": r.duplicates,
            "failed": r.failed,
            "words": r.words,
            "seconds": round(r.seconds, 1),
            "articles_per_s": round(r.stored / r.seconds, 2) if r.seconds else None,
            "words_per_s": round(r.words / r.seconds) if r.seconds else None,
            "pipeline_seconds": round(r.pipeline_seconds, 1),
            "store_seconds": round(r.store_seconds, 1),
            "store_overhead_split": round(r.store_seconds / r.pipeline_seconds, 3) if r.pipeline_seconds else None,
            "component_seconds": {k: round(v, 1) for k, v in r.component_seconds.items()},
            "peak_rss_mb": round(rss_mb),
            "db_bytes": size,
            "db_bytes_per_article": round(size / r.stored) if r.stored else None,
            "clusters": stats.get("clusters"),
            "cross_events": stats.get("cross_events"),
            "multi_source_events": stats.get("multi_source_events"),
            "cross_claims": stats.get("cross_claims"),
            "relink_seconds": round(relink_s, 1) if links is not None else None,
            "failures_by_component": _count(c for _, c, _ in r.failures),
        }
    )
    if args.overhead:
        with_store = r.seconds
        figures["store_overhead_two_pass"] = round(
            (with_store - figures["pipeline_only_seconds"]) / figures["pipeline_only_seconds"], 3
        )
    print(json.dumps(figures, ensure_ascii=False, indent=2))


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _count(items) -> dict[str, int]:
    out: dict[str, int] = {}
    for k in items:
        out[str(k)] = out.get(str(k), 0) + 1
    return out


if __name__ == "__main__":
    main()
