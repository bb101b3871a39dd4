"""``marsad batch``: analyse a corpus in partitions on a Dask cluster, writing one Parquet/JSONL file per partition.

Partitions are fixed lists of input files recorded in ``OUT/_partitions.json`` at the first run (files found later
become new partitions), so a re-run sees the same partitions. A partition's output is written to a temporary name
and renamed when complete; a re-run skips every partition whose output exists — after a crash, a lost worker or a
cancelled job only unfinished partitions are redone. Failed articles never fail a partition: they are written to
``part-NNNNN.failures.jsonl`` beside it.

Workers need marsad installed (same version) and read the input paths themselves: on a real cluster the inputs and
OUT must be on storage every worker sees (NFS, a shared volume); see docs/store.md.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError

MANIFEST = "_partitions.json"
_PIPELINES: dict[tuple[str, ...] | None, Any] = {}


@dataclass
class BatchReport:
    partitions: int = 0
    skipped: int = 0  # complete from an earlier run
    documents: int = 0
    failed: int = 0
    seconds: float = 0.0
    per_partition: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "partitions": self.partitions,
            "skipped": self.skipped,
            "documents": self.documents,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
        }


def plan_partitions(paths: Sequence[str | Path], out_dir: Path, partition_size: int) -> list[list[str]]:
    """The partitions (lists of input files), read from the manifest and extended with files it lacks."""
    from marsad.ingest.readers import iter_files

    files = [str(Path(f).resolve()) for f in iter_files(paths)]
    manifest = out_dir / MANIFEST
    partitions: list[list[str]] = []
    if manifest.exists():
        partitions = json.loads(manifest.read_text(encoding="utf-8"))["partitions"]
    known = {f for part in partitions for f in part}
    new = [f for f in files if f not in known]
    for i in range(0, len(new), partition_size):
        partitions.append(new[i : i + partition_size])
    if new or not manifest.exists():
        _atomic_write_text(manifest, json.dumps({"partitions": partitions}, ensure_ascii=False, indent=0))
    return partitions


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def partition_path(out_dir: Path, index: int, fmt: str) -> Path:
    return out_dir / f"part-{index:05d}.{'parquet' if fmt == 'parquet' else 'jsonl'}"


def _pipeline(components: tuple[str, ...] | None):
    """One pipeline per worker process (models load once, not once per partition)."""
    if components not in _PIPELINES:
        import marsad

        pipeline = marsad.load(list(components) if components else None)
        pipeline.prepare_long_run()  # a worker analyses whole partitions: see Pipeline.prepare_long_run
        _PIPELINES[components] = pipeline
    return _PIPELINES[components]


def process_partition(
    index: int, files: list[str], out_dir: str, fmt: str, components: tuple[str, ...] | None
) -> dict[str, Any]:
    """Analyse one partition and write its output atomically; runs on a worker."""
    from marsad.export.writers import parquet_row
    from marsad.ingest.readers import read_path
    from marsad.ingest.runner import ComponentFailure, process_record

    t0 = time.perf_counter()
    out = Path(out_dir)
    target = partition_path(out, index, fmt)
    if target.exists():
        return {"index": index, "skipped": True}
    pipeline = _pipeline(components)
    records: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    timings: dict[str, float] = {}
    seen: set[str] = set()
    for f in files:
        for record in read_path(Path(f)):
            try:
                doc = process_record(record, pipeline, timings)
            except ComponentFailure as exc:
                failures.append({"source_ref": record.source_ref, "component": exc.component, "error": str(exc)})
                continue
            sha = doc.content_hash()
            if sha in seen:
                continue  # duplicates across partitions are resolved when loading into a store
            seen.add(sha)
            rec = doc.to_json()
            rec["tokens"] = []
            rec["meta"] = {"source_ref": record.source_ref, **record.meta}
            records.append(rec)
    if failures:
        _atomic_write_text(
            target.with_suffix(".failures.jsonl"), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in failures)
        )
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [parquet_row(r) for r in records]
        table = pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.string())})
        pq.write_table(table, str(tmp), compression="zstd")
    else:
        with tmp.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(tmp, target)  # atomic: the partition is complete exactly when its name exists
    return {
        "index": index,
        "skipped": False,
        "documents": len(records),
        "failed": len(failures),
        "seconds": time.perf_counter() - t0,
        "component_seconds": timings,
    }


def run_batch(
    paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    processes: bool = True,
    fmt: str = "parquet",
    partition_size: int = 200,
    components: Sequence[str] | None = None,
    progress: bool = False,
) -> BatchReport:
    """Run the pipeline over the partitions of ``paths`` on Dask (``scheduler`` address, else a local cluster)."""
    if fmt not in ("parquet", "jsonl"):
        raise InputError(f"--format {fmt!r}: expected parquet or jsonl")
    if partition_size < 1:
        raise InputError("--partition-size must be at least 1")
    from dask.distributed import Client, LocalCluster, as_completed

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    partitions = plan_partitions(paths, out, partition_size)
    report = BatchReport(partitions=len(partitions))
    todo = [(i, part) for i, part in enumerate(partitions) if not partition_path(out, i, fmt).exists()]
    report.skipped = len(partitions) - len(todo)
    comps = tuple(components) if components else None
    if todo:
        cluster = None
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None)
            client = Client(cluster)
        try:
            futures = [
                client.submit(process_partition, i, part, str(out.resolve()), fmt, comps, key=f"marsad-part-{i}-{fmt}")
                for i, part in todo
            ]
            bar = None
            if progress:
                from tqdm import tqdm

                bar = tqdm(total=len(futures), unit="part")
            for fut in as_completed(futures):
                res = fut.result()
                report.per_partition.append(res)
                report.documents += res.get("documents", 0)
                report.failed += res.get("failed", 0)
                if bar is not None:
                    bar.update(1)
            if bar is not None:
                bar.close()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    report.seconds = time.perf_counter() - t0
    return report
