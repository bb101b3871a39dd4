"""Hand-built Documents for the events tests: text + sentences + tokens, and the layers a test names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marsad.document import Document, Entity, Place, Span, Statement, TimeExpression
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def build(
    text: str,
    *,
    entities: list[tuple[str, str]] | None = None,
    times: list[tuple[str, str]] | None = None,
    statements: list[dict] | None = None,
    published: str = "2021-03-14",
    places: dict[str, Place] | None = None,
) -> Document:
    """A Document with sentences and tokens; entities (text, type), times (text, value) and statements
    ({speaker, cue, content, stance}) are located by their first occurrence (``text@n`` for a later one)."""
    doc = Document(text=text, published=published)
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    places = places or {}

    def locate(needle: str) -> tuple[int, int]:
        if "@" in needle:
            needle, nth = needle.rsplit("@", 1)
            pos = -1
            for _ in range(int(nth)):
                pos = text.index(needle, pos + 1)
            return pos, pos + len(needle)
        return _find(text, needle)

    for needle, etype in entities or []:
        s, e = locate(needle)
        doc.entities.append(Entity(s, e, text[s:e], etype, place=places.get(needle)))  # type: ignore[arg-type]
    doc.entities.sort(key=lambda e: e.start)
    for needle, value in times or []:
        s, e = locate(needle)
        doc.times.append(TimeExpression(s, e, text[s:e], value))
    for st in statements or []:
        spans = {}
        for key in ("speaker", "cue", "content"):
            s, e = locate(st[key])
            spans[key] = Span(s, e, text[s:e])
        doc.statements.append(Statement(stance=st.get("stance", "assert"), **spans))
    doc.validate()
    return doc


@pytest.fixture
def make_doc() -> Callable[..., Document]:
    return build


@pytest.fixture(scope="session")
def extractor():
    from marsad.events.extract import EventExtractor

    return EventExtractor()
