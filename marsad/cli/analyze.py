"""``marsad analyze FILE|-``: one article in, a readable summary or the Document JSON out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from marsad.errors import InputError


def read_article(source: str) -> tuple[str, dict[str, str | None]]:
    """Text and metadata of FILE (plain text or .html/.htm) or of standard input when FILE is '-'."""
    from marsad.ingest.decode import decode_bytes, html_to_text, read_capped

    name = "<stdin>" if source == "-" else source
    if source == "-":
        data = read_capped(sys.stdin.buffer, name=name)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory; `marsad ingest` reads directories")
        # st_size of a regular file is its size; a FIFO or /dev/stdin says 0 and is counted while read
        size = path.stat().st_size if path.is_file() else None
        with path.open("rb") as fh:
            data = read_capped(fh, name=name, size=size)
    text = decode_bytes(data, name=name)
    meta: dict[str, str | None] = {"source": None if source == "-" else Path(source).name}
    looks_html = source.lower().endswith((".html", ".htm")) or text.lstrip()[:200].lower().startswith(
        ("<!doctype html", "<html")
    )
    if looks_html:
        text, html_meta = html_to_text(text, name=name)
        meta.update({k: v for k, v in html_meta.items() if v})
    return text, meta


@click.command()
@click.argument("file", default="-")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date: the anchor for relative dates.")
@click.option("--title", help="Article title (a headline line in the text is also used).")
@click.option("--json", "as_json", is_flag=True, help="Print the Document as JSON (see marsad/schema).")
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation (0 for one line).")
@click.option("--components", help="Comma-separated component names (default: the full pipeline).")
def analyze(
    file: str, published: str | None, title: str | None, as_json: bool, indent: int, components: str | None
) -> None:
    """Analyse one article (FILE, or - for standard input): plain text, or HTML through trafilatura."""
    import marsad

    text, meta = read_article(file)
    published = published or meta.get("published")
    doc = marsad.make_document(
        text, published=published, title=title or meta.get("title"), source=meta.get("source"), url=meta.get("url")
    )
    names = [c.strip() for c in components.split(",")] if components else None
    nlp = marsad.load(names)
    doc = nlp(doc)
    doc.validate()
    if as_json:
        click.echo(json.dumps(doc.to_json(), ensure_ascii=False, indent=indent or None))
        return
    from marsad.cli.summary import print_summary

    print_summary(doc)
