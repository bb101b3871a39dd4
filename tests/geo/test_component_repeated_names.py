"""A long report repeating its places: each distinct name is ranked once and the context stays small."""

from __future__ import annotations

import pytest

from marsad.document import Document, Entity
from marsad.geo.component import GeoResolver
from marsad.geo.resolve import MAX_CONTEXT_POINTS, Resolver
from marsad.text.tokens import Tokenizer

SENTENCE = "وقال مصدر محلي إن القصف طال حي الشعار في حلب بينما وصل وفد إلى دمشق. "
NAMES = ("الشعار", "حلب", "دمشق")


def _long_doc(repeats: int) -> Document:
    text = SENTENCE * repeats
    doc = Document(text=text)
    base = 0
    for _ in range(repeats):
        for name in NAMES:
            start = text.index(name, base)
            doc.entities.append(Entity(start, start + len(name), name, "LOC"))
        base += len(SENTENCE)
    return Tokenizer()(doc)


def test_repeated_names_resolve_once_each_and_keep_their_own_place(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = Resolver.resolve

    def counting(self: Resolver, name: str, context=None):  # type: ignore[no-untyped-def]
        calls.append(name)
        return original(self, name, context)

    monkeypatch.setattr(Resolver, "resolve", counting)
    doc = GeoResolver()(_long_doc(300))
    doc.validate()
    assert sorted(calls) == sorted(NAMES)
    first, last = doc.entities[1].place, doc.entities[-2].place
    assert first is not None and last is not None and first.name_en == "Aleppo" == last.name_en
    assert first is not last  # a correction on one mention must not change the others
    assert doc.entities[0].place.precision == "neighbourhood"  # الشعار with حلب around: the Aleppo quarter


def test_context_points_are_distinct_and_bounded() -> None:
    resolver = Resolver.shared()
    ctx = resolver.context_from_names(["حلب"] * 500 + ["دمشق"] * 500)
    assert len(ctx.points) == len(set(ctx.points)) <= MAX_CONTEXT_POINTS
    assert ctx.countries["SY"] == 1000  # every mention still weighs on the country
