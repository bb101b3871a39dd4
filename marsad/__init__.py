"""marsad (مرصد): Arabic news reports → entities, statements, events, dates and places, offline.

    >>> import marsad
    >>> doc = marsad.analyze("وقالت روسيا الثلاثاء إن ...", published="2016-12-06")
    >>> [(e.text, e.type) for e in doc.entities]

``marsad.load()`` builds a reusable pipeline (models load once); ``analyze`` uses a shared default one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from marsad.document import Document, Span
from marsad.errors import InputError, MarsadError
from marsad.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Document", "InputError", "MarsadError", "Pipeline", "Span", "analyze", "load", "make_document"]

_default: Pipeline | None = None


def load(components: Sequence[str] | None = None, config: dict[str, dict[str, Any]] | None = None) -> Pipeline:
    """Build a pipeline of the named components (default: the full pipeline) with per-component config."""
    from marsad.components import DEFAULT_PIPELINE, create

    config = config or {}
    names = tuple(components) if components is not None else DEFAULT_PIPELINE
    return Pipeline(create(name, **config.get(name, {})) for name in names)


def make_document(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """Check the input and wrap it in a Document (raises InputError with a one-line reason)."""
    from marsad.ingest.decode import check_text, parse_published

    check_text(text, name=source or doc_id or "input")
    return Document(
        text=text,
        id=doc_id or "",
        title=title,
        published=parse_published(published),
        source=source,
        url=url,
    )


def analyze(text: str, *, published: str | None = None, title: str | None = None, **meta: Any) -> Document:
    """Analyse one article with the default pipeline and return its Document."""
    global _default
    if _default is None:
        _default = load()
    return _default(make_document(text, published=published, title=title, **meta))
