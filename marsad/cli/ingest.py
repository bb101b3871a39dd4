"""``marsad ingest PATH… [--db marsad.db]``: analyse collections of articles into a store, resumably."""

from __future__ import annotations

import json
import sys

import click

PARTIAL_FAILURE_EXIT = 3  # the run finished, but some articles failed (recorded in the store's failures table)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", default="marsad.db", show_default=True, help="Store: a SQLite file or a postgresql:// URL.")
@click.option("--pipeline", "components", default=None, help="Comma-separated components (default: the full one).")
@click.option("--limit", type=int, default=None, help="Stop after this many new articles (quick runs).")
@click.option("--retry-failed", is_flag=True, help="Retry the articles that failed in earlier runs.")
@click.option("--relink", is_flag=True, help="Recompute duplicate clusters and cross-article links at the end.")
@click.option("--no-progress", is_flag=True, help="No progress bar (logs, CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the run report as JSON.")
def ingest(
    paths: tuple[str, ...],
    db: str,
    components: str | None,
    limit: int | None,
    retry_failed: bool,
    relink: bool,
    no_progress: bool,
    as_json: bool,
) -> int:
    """Read PATHs (text, HTML, JSON Lines, RSS/Atom, TREC-like <DOC> files, folders, .gz), analyse each article
    and store it. Failures are recorded and listed at the end; the run never aborts on one article. Re-running
    skips what is done, so an interrupted run (even kill -9) resumes where it stopped.

    Exit status: 0 when every article of this run was stored (or was already done / a duplicate); 3 when the run
    finished but some articles failed (they are recorded; retry them with --retry-failed)."""
    import marsad
    from marsad.ingest.runner import count_records, iter_records
    from marsad.ingest.runner import ingest as run
    from marsad.store import open_store

    names = [c.strip() for c in components.split(",") if c.strip()] if components else None
    pipeline = marsad.load(names)
    pipeline.prepare_long_run()
    with open_store(db) as store:
        if retry_failed and hasattr(store, "forget_failures"):
            store.forget_failures()
        total = None if no_progress else count_records(paths)
        report = run(iter_records(paths), store, pipeline, total=total, progress=not no_progress, limit=limit)
        links = store.relink() if relink else None
        if as_json:
            out = report.to_json()
            if links is not None:
                out["links"] = links
            click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            rate = report.stored / report.seconds if report.seconds else 0.0
            click.echo(
                f"stored {report.stored}, duplicates {report.duplicates}, failed {report.failed}, "
                f"already done {report.skipped} in {report.seconds:.1f} s ({rate:.1f} articles/s); "
                f"store now holds {store.count()} articles → {db}",
                err=True,
            )
            for ref, component, error in report.failures[:50]:
                click.echo(f"  failed: {ref} [{component or '?'}] {error}", err=True)
            if len(report.failures) > 50:
                click.echo(f"  … and {len(report.failures) - 50} more (see the failures table)", err=True)
            if links is not None:
                click.echo(f"links: {links}", err=True)
    sys.stdout.flush()
    # A scheduled run must be able to notice lost articles without parsing the report; 3, because click uses
    # 1 and 2 (errors, usage) and marsad's InputError is 2.
    if report.failed:
        raise click.exceptions.Exit(PARTIAL_FAILURE_EXIT)
    return 0
