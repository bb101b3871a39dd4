"""The ``geo`` pipeline component: a ``Place`` for every LOC entity, chosen with the whole document as context."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from marsad.document import Document, Place
from marsad.geo.resolve import CONTEXT_KEY, GeoContext, Resolver
from marsad.text.normalize import normalize_string


def _mentions(text: str, key: str) -> bool:
    """``key`` occurs in ``text`` as whole words, allowing one proclitic (بحلب، وحلب، لدمشق)."""
    i = text.find(key)
    while i != -1:
        before = text[max(0, i - 2) : i]
        after = text[i + len(key) : i + len(key) + 1]
        if (before.endswith(" ") or (len(before) == 2 and before[0] == " " and before[1] in "وبلفك")) and (
            not after or not after.isalpha()
        ):
            return True
        i = text.find(key, i + 1)
    return False


class GeoResolver:
    """Sets ``entity.place`` on each LOC entity of ``doc.entities`` (nothing to do when there are none)."""

    name = "geo"
    requires: tuple[str, ...] = ("tokens",)
    # "places" is not a layer of its own (places live on entities); naming it keeps the component in
    # Pipeline.without_layers(("entities",)), i.e. when gold entities are provided it still resolves them
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, *, overwrite: bool = True, use_nisba: bool = True) -> None:
        self.overwrite = overwrite
        self.use_nisba = use_nisba
        self._resolver: Resolver | None = None

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:  # the gazetteer loads on first use, not when the pipeline is built
            self._resolver = Resolver.shared()
        return self._resolver

    def context(self, doc: Document) -> GeoContext:
        """Evidence from the document: its place names and, weaker, its nationality adjectives (السوري → SY)."""
        locs = [e.text for e in doc.entities if e.type == "LOC"]
        extra: Counter = Counter()
        if self.use_nisba and doc.tokens:
            from marsad.geo.nisba import nisba_country

            for tok in doc.tokens:
                cc = nisba_country(tok.text)
                if cc:
                    extra[cc] += 0.5
        ctx = self.resolver.context_from_names(locs, extra)
        # a city named outside the LOC entities (جامعة حلب, مجلس محافظة دمشق, or missed by NER) still tells which
        # الميدان or المرجة the text means: look for the containing cities of the curated rows in the text
        # (not lookup_key: its cache is for short names, a whole article would stay in memory)
        text = " " + " ".join(normalize_string(doc.text).replace("ة", "ه").split()) + " "
        for city in self.resolver.container_cities():
            if city not in ctx.names and _mentions(text, city):
                ctx.names.add(city)
        return ctx

    def __call__(self, doc: Document) -> Document:
        locs = [e for e in doc.entities if e.type == "LOC" and (self.overwrite or e.place is None)]
        if not locs:
            return doc
        ctx = self.context(doc)
        doc.user_data[CONTEXT_KEY] = ctx  # later components resolve their location strings against it
        # the context is fixed for the document, so each distinct name is resolved once (a long report repeats
        # its places dozens of times); every entity still gets its own Place object
        resolved: dict[str, Place | None] = {}
        for ent in locs:
            if ent.text not in resolved:
                resolved[ent.text] = self.resolver.resolve(ent.text, ctx)
            place = resolved[ent.text]
            ent.place = None if place is None else replace(place, candidates=[dict(c) for c in place.candidates])
        return doc
