"""``marsad batch PATH… -o OUT``: the pipeline over corpus partitions on a Dask cluster (local or remote)."""

from __future__ import annotations

import json

import click


@click.command("batch")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("--scheduler", help="Address of a running Dask scheduler (tcp://HOST:PORT).")
@click.option("--workers", type=int, default=1, show_default=True, help="Local cluster size (without --scheduler).")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True)
@click.option("--partition-size", type=int, default=200, show_default=True, help="Input files per partition.")
@click.option("--pipeline", "components", default=None, help="Comma-separated components (default: the full one).")
@click.option("--no-progress", is_flag=True)
def batch(
    paths: tuple[str, ...],
    out_dir: str,
    scheduler: str | None,
    workers: int,
    fmt: str,
    partition_size: int,
    components: str | None,
    no_progress: bool,
) -> int:
    """Analyse PATHs partition by partition on Dask; one output file per partition. Re-running skips the
    partitions already written, so an interrupted batch resumes.

    Exit status: 0 when every article was analysed, 3 when the batch finished but some articles failed (each
    partition file lists its failures), as for ``marsad ingest``."""
    from marsad.batch.run import run_batch
    from marsad.cli.ingest import PARTIAL_FAILURE_EXIT

    names = [c.strip() for c in components.split(",") if c.strip()] if components else None
    report = run_batch(
        paths,
        out_dir,
        scheduler=scheduler,
        workers=workers,
        fmt=fmt,
        partition_size=partition_size,
        components=names,
        progress=not no_progress,
    )
    click.echo(json.dumps(report.to_json()))
    if report.failed:
        raise click.exceptions.Exit(PARTIAL_FAILURE_EXIT)
    return 0
