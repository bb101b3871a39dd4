"""``marsad export --db … --format jsonl|acled-csv|geojson|parquet``: filtered exports of a store."""

from __future__ import annotations

import contextlib
import sys

import click


@click.command("export")
@click.option("--db", default="marsad.db", show_default=True, help="Store: a SQLite file or a postgresql:// URL.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "acled-csv", "geojson", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--query", help="Full-text query (clitics, diacritics and alef forms ignored).")
@click.option("--source", help="Only this outlet.")
@click.option("--country", help="Only articles mentioning a place in this country (ISO-2).")
@click.option("--event-type", help="Only articles with an event of this PLOVER or ACLED type.")
@click.option(
    "--layer", type=click.Choice(["events", "places"]), default="events", help="GeoJSON: what the points are."
)
@click.option("--all-modalities", is_flag=True, help="ACLED: include negated, hypothetical and planned events.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (default: standard output).")
def export(
    db: str,
    fmt: str,
    since: str | None,
    until: str | None,
    query: str | None,
    source: str | None,
    country: str | None,
    event_type: str | None,
    layer: str,
    all_modalities: bool,
    output: str | None,
) -> int:
    """Write the stored documents matching the filters as JSON Lines, ACLED-style CSV, GeoJSON or Parquet.
    Human corrections are applied."""
    from pathlib import Path

    from marsad.errors import InputError
    from marsad.export import writers
    from marsad.ingest.decode import parse_published
    from marsad.store import open_store

    if db not in (":memory:",) and "://" not in db and not Path(db).exists():
        raise InputError(f"{db}: no such store; create it with `marsad ingest PATH --db {db}`")
    filters = {
        "since": parse_published(since),
        "until": parse_published(until),
        "query": query,
        "source": source,
        "country": country,
        "event_type": event_type,
    }
    with open_store(db) as store:
        if fmt == "parquet":
            if not output:
                raise InputError("--format parquet needs -o FILE (Parquet is binary)")
            n = writers.write_parquet(store, output, filters)
        else:
            with contextlib.ExitStack() as stack:
                out = stack.enter_context(open(output, "w", encoding="utf-8", newline="")) if output else sys.stdout
                if fmt == "jsonl":
                    n = writers.write_jsonl(store, out, filters)
                elif fmt == "acled-csv":
                    n = writers.write_acled_csv(store, out, filters, all_modalities=all_modalities)
                else:
                    n = writers.write_geojson(store, out, filters, layer=layer)
    click.echo(f"exported {n} {'rows' if fmt in ('acled-csv', 'geojson') else 'documents'} as {fmt}", err=True)
    return 0
