"""Reading collections: files and folders in, one ``Record`` per article out, failures included.

Formats (chosen by content first, then by extension; ``.gz`` is decompressed on the fly):

* plain text (``.txt`` or anything else that decodes) — one article per file;
* HTML (``.html``, ``.htm`` or content starting with ``<html``/``<!doctype``) — main text via trafilatura;
* JSON Lines (``.jsonl``, ``.ndjson``) — one article per line: ``text`` (required), ``title``, ``published``,
  ``url``, ``source``, ``id``;
* RSS/Atom (``.rss``, ``.atom``, ``.xml`` or content starting with ``<rss``/``<feed``/``<?xml`` with one) —
  one article per entry (feedparser): title + summary/content as text (HTML stripped);
* TREC-like files (``<DOC><DOCNO>…<TITLE>…<TIME>…<TEXT>…</TEXT></DOC>``, e.g. the ANT corpus) — one article
  per ``<DOC>``; the article text is ``TITLE + "\\n" + TEXT``.

A record that cannot be read carries ``error`` instead of text; the caller records it and goes on.
``source_ref`` names a record stably across runs (``path``, ``path:LINE``, ``path#DOCNO``, ``path#entry-N``), which
is what makes ingest resumable.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError

_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_SKIP_NAMES = {"SOURCE.md", "LICENSE", "README.md", "README"}


@dataclass(slots=True)
class Record:
    """One article read from a collection (or the reason it could not be read)."""

    source_ref: str
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # title, published, url, source, id
    error: str | None = None
    analysed: dict[str, Any] | None = None  # Document JSON already produced by the pipeline (``marsad batch``)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under ``paths`` (folders recursively, sorted, hidden files and licence/readme files skipped)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if f.is_file() and not any(part.startswith(".") for part in rel) and not _skipped(f.name):
                    yield f
        elif path.exists():
            yield path
        else:
            raise InputError(f"{p}: no such file or folder")


def _skipped(name: str) -> bool:
    """Licence/readme files of corpora and the bookkeeping files of ``marsad batch`` outputs."""
    return name in _SKIP_NAMES or name == "_partitions.json" or name.endswith(".failures.jsonl")


def _base_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz" or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data


def sniff(path: Path, head: str) -> str:
    """The format of a file: trec, jsonl, feed, html or text."""
    suffix = _base_suffix(path)
    start = head.lstrip("\ufeff \t\r\n")[:400].lower()
    if start.startswith("<doc>") or start.startswith("<doc "):
        return "trec"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".parquet":
        return "parquet"
    if suffix in (".rss", ".atom") or start.startswith(("<rss", "<feed")):
        return "feed"
    if start.startswith("<?xml") and ("<rss" in start or "<feed" in start or "<rdf" in start):
        return "feed"
    if suffix in (".html", ".htm", ".xhtml") or start.startswith(("<!doctype html", "<html")):
        return "html"
    if suffix == ".xml":
        return "feed"
    return "text"


def read_path(path: Path) -> Iterator[Record]:
    """The records of one file; never raises for bad content (the record carries the error)."""
    ref = str(path)
    if _base_suffix(path) == ".parquet":
        yield from read_parquet(path)
        return
    try:
        data = read_bytes(path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Record(ref, error=f"cannot read: {exc}")
        return
    kind = sniff(path, data[:2000].decode("utf-8", "replace"))
    try:
        if kind == "jsonl":
            yield from read_jsonl(data, ref)
        elif kind == "feed":
            yield from read_feed(data, ref)
        elif kind == "trec":
            from marsad.ingest.decode import decode_bytes

            yield from read_trec(decode_bytes(data, name=ref), ref)
        elif kind == "html":
            from marsad.ingest.decode import decode_bytes, html_to_text

            text, meta = html_to_text(decode_bytes(data, name=ref), name=ref)
            yield Record(ref, text, {k: v for k, v in meta.items() if v})
        else:
            from marsad.ingest.decode import decode_bytes

            yield Record(ref, decode_bytes(data, name=ref), {})
    except InputError as exc:
        yield Record(ref, error=str(exc))


def read_jsonl(data: bytes, ref: str) -> Iterator[Record]:
    for n, line in enumerate(data.decode("utf-8-sig", "replace").splitlines(), 1):
        if not line.strip():
            continue
        line_ref = f"{ref}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(line_ref, error=f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Record(line_ref, error='expected a JSON object with a "text" string')
            continue
        if isinstance(obj.get("doc"), dict):  # an analysed Document (marsad batch / marsad export jsonl)
            yield _analysed_record(obj, line_ref)
            continue
        meta = {k: obj[k] for k in ("title", "published", "url", "source", "id") if obj.get(k) not in (None, "")}
        yield Record(line_ref, obj["text"], meta)


def _analysed_record(obj: dict[str, Any], ref: str) -> Record:
    meta = dict(obj.get("meta") or {})
    doc = obj["doc"]
    ref = meta.pop("source_ref", None) or ref
    for k in ("title", "published", "url", "source", "id"):
        if doc.get(k) not in (None, ""):
            meta.setdefault(k, doc[k])
    return Record(ref, obj["text"], meta, analysed=obj)


def read_parquet(path: Path) -> Iterator[Record]:
    """Rows of a ``marsad batch`` Parquet partition, as analysed records."""
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several unrelated types for unreadable files
        yield Record(str(path), error=f"cannot read Parquet: {exc}")
        return
    layers = ("sentences", "entities", "statements", "times", "events", "claims")
    for n, row in enumerate(table.to_pylist(), 1):
        if not isinstance(row.get("text"), str):
            yield Record(f"{path}#{n}", error="Parquet row without text")
            continue
        obj: dict[str, Any] = {
            "doc": {
                **{k: row.get(k) for k in ("id", "title", "published", "source", "url")},
                "pipeline": json.loads(row.get("pipeline") or "[]"),
            },
            "text": row["text"],
            "meta": json.loads(row.get("meta") or "{}"),
        }
        for layer in layers:
            obj[layer] = json.loads(row.get(layer) or "[]")
        yield _analysed_record(obj, f"{path}#{row.get('id') or n}")


_TAG = re.compile(r"<[^>]+>")


def _strip_html(s: str) -> str:
    s = re.sub(r"(?i)<br\s*/?>|</p>", "\n", s)
    return html.unescape(_TAG.sub("", s)).strip()


def _struct_date(value: Any) -> str | None:
    if value:
        try:
            return dt.date(value[0], value[1], value[2]).isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    return None


def read_feed(data: bytes, ref: str) -> Iterator[Record]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield Record(ref, error=f"no feed entries found{f' ({reason})' if reason else ''}")
        return
    source = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = max((c.get("value", "") for c in entry.content), key=len)
        body = body or entry.get("summary", "") or ""
        title = _strip_html(entry.get("title", "") or "")
        text = "\n".join(part for part in (title, _strip_html(body)) if part)
        published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        key = entry.get("id") or entry.get("link") or f"entry-{n}"
        meta = {"title": title or None, "published": published, "url": entry.get("link"), "source": source}
        yield Record(f"{ref}#{key}", text, {k: v for k, v in meta.items() if v})


_DOC = re.compile(r"<DOC>(.*?)(?:</DOC>|\Z)", re.S | re.I)


def _field(block: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S | re.I)
    return m.group(1).strip() if m else None


def parse_time(value: str | None) -> str | None:
    """ISO date of a TREC <TIME>: ISO 8601 (2017-01-22T00:06:00+01:00) or RFC 822 (Sun, 18 Feb 2018 …)."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def read_trec(text: str, ref: str) -> Iterator[Record]:
    blocks = _DOC.findall(text)
    if not blocks:
        yield Record(ref, error="no <DOC> element found")
        return
    for n, block in enumerate(blocks, 1):
        docno = _field(block, "DOCNO") or f"doc-{n}"
        title = _field(block, "TITLE") or ""
        body = _field(block, "TEXT")
        doc_ref = f"{ref}#{docno}"
        if body is None:
            yield Record(doc_ref, error="no <TEXT> element")
            continue
        meta = {
            "title": title or None,
            "published": parse_time(_field(block, "TIME")),
            "url": _field(block, "URL") or None,
            "source": _field(block, "SRC") or None,
            "id": docno,
        }
        article = f"{title}\n{body}" if title else body
        yield Record(doc_ref, article, {k: v for k, v in meta.items() if v})
