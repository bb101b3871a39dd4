"""The ``geo`` pipeline component: a ``Place`` for every LOC entity, chosen with the whole document as context."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from marsad.document import Document, Entity, Place
from marsad.geo.resolve import CONTEXT_KEY, GeoContext, Resolver, admin_head_before
from marsad.text.normalize import lookup_key, normalize_string
from marsad.text.tokens import name_span

# Words after which a neighbourhood name is read as a place (في الشعار، على المرجة، أحياء منها الشعار …).
# Neighbourhood names are often common words (الشعار "the slogan", الميدان "the square"), so a gazetteer match
# alone is not enough: the containing city must be named in the document and the name must follow one of these,
# or be coordinated with (و) a neighbourhood just found.
_PLACE_CUES = frozenset(
    lookup_key(w)
    for w in "في على إلى الى من منها حي أحياء حيي منطقة مناطق بلدة قرب داخل شرق غرب شمال جنوب وسط محيط أطراف".split()
)
_MAX_WORDS = 3


_CAPITAL = lookup_key("العاصمة")
_CITY_HEAD = lookup_key("مدينة")


def _capital_after(text: str, end: int) -> str | None:
    """ "تونس العاصمة"، "الكويت العاصمة": the word after the name says it is the city, read as مدينة before it."""
    words = text[end : end + 20].split()
    return _CITY_HEAD if words and lookup_key(words[0].strip("،,.")) == _CAPITAL else None


# Street words: the name after them is a street's ("شارع الرشيد" in Gaza), mostly a person's or a date's name, and
# the town that shares it (الرشيد → Rosetta) is not where the story is
_STREET_HEADS = frozenset(lookup_key(w) for w in "شارع وشارع بشارع جادة وجادة بجادة".split())


def _after_street_word(text: str, start: int) -> bool:
    """The word right before ``start`` is شارع / جادة (with و or ب on it)."""
    words = text[max(0, start - 12) : start].split()
    return bool(words) and lookup_key(words[-1]) in _STREET_HEADS


# Local area heads: a country's name after one names a quarter after it ("منطقة كولومبيا" in Khartoum)
_HEAD_PREFIXES = ("", "و", "ب", "في ")
_LOCAL_HEADS = frozenset(lookup_key(p + w) for w in "منطقة حي مخيم ساحة حارة مربع".split() for p in _HEAD_PREFIXES)


_CAMP_HEADS = frozenset(lookup_key(p + "مخيم") for p in _HEAD_PREFIXES)


def _area_named_after_country(text: str, start: int, place: Place | None) -> bool:
    """``place`` is a country and the word right before ``start`` is a local area head."""
    if place is None or place.precision != "country":
        return False
    words = text[max(0, start - 12) : start].split()
    return bool(words) and lookup_key(words[-1]) in _LOCAL_HEADS


def _local_area_abroad(text: str, start: int, name: str, place: Place | None, ctx: GeoContext) -> bool:
    """The name follows a local area head (ساحة النجمة، حي الفاروق) and its place is a town or quarter in a country
    no other name of the document is in: the square of a Beirut story is not the Doha district of that name."""
    if place is None or place.precision == "country" or not place.country:
        return False
    words = text[max(0, start - 12) : start].split()
    if not words or lookup_key(words[-1]) not in _LOCAL_HEADS or lookup_key(words[-1]) in _CAMP_HEADS:
        return False  # (a refugee camp lies abroad as often as not: مخيم اليرموك in a Palestinian story)
    rest = ctx.leave_out(name)
    return bool(rest.countries) and rest.country_share(place.country) == 0


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

    def __init__(self, *, overwrite: bool = True, use_nisba: bool = True, find_neighbourhoods: bool = True) -> None:
        self.overwrite = overwrite
        self.use_nisba = use_nisba
        self.find_neighbourhoods = find_neighbourhoods
        self._resolver: Resolver | None = None

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:  # the gazetteer loads on first use, not when the pipeline is built
            self._resolver = Resolver.shared()
        return self._resolver

    def context(self, doc: Document) -> GeoContext:
        """Evidence from the document: its place names and, weaker, its nationality adjectives (السوري → SY)."""
        return self._context(doc, self._text_evidence(doc))

    def _text_evidence(self, doc: Document) -> tuple[dict[str, float], list[str]]:
        """What the context takes from the text rather than the entities: nationality adjectives by country, and
        the containing cities of curated rows the text mentions. Computed once per document, although the
        context is built twice (before and after ``add_neighbourhoods`` adds entities)."""
        extra: defaultdict[str, float] = defaultdict(float)
        if self.use_nisba and doc.tokens:
            from marsad.geo.nisba import nisba_country

            for tok in doc.tokens:
                cc = nisba_country(tok.text)
                if cc:
                    extra[cc] += 0.5
        # a city named outside the LOC entities (جامعة حلب, مجلس محافظة دمشق, or missed by NER) still tells which
        # الميدان or المرجة the text means: look for the containing cities of the curated rows in the text
        # (not lookup_key: its cache is for short names, a whole article would stay in memory)
        text = " " + " ".join(normalize_string(doc.text).replace("ة", "ه").split()) + " "
        cities = [city for city in self.resolver.container_cities() if _mentions(text, city)]
        return extra, cities

    def _context(self, doc: Document, evidence: tuple[dict[str, float], list[str]]) -> GeoContext:
        locs = [e.text for e in doc.entities if e.type == "LOC"]
        extra, cities = evidence
        ctx = self.resolver.context_from_names(locs, extra)
        ctx.names.update(cities)
        return ctx

    def add_neighbourhoods(self, doc: Document, ctx: GeoContext) -> None:
        """Add LOC entities for gazetteer neighbourhoods of a city the document names, which the statistical
        tagger misses because their names are common words (الشعار، المرجة); widen a LOC entity that is only the
        start of one (كرم → كرم القاطرجي)."""
        toks = doc.tokens
        if not toks:
            return
        entities = sorted(doc.entities, key=lambda e: e.start)
        covered = [(e.start, e.end) for e in entities]
        last_added_end_tok = -2
        i = 0
        while i < len(toks):
            prev_key = lookup_key(toks[i - 1].text) if i else ""
            first = toks[i]
            coordinated = first.text[:1] == "و" and last_added_end_tok == i - 1
            if prev_key not in _PLACE_CUES and not coordinated:
                i += 1
                continue
            start = name_span(first)[0]
            found = None
            for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
                end = toks[i + n - 1].end
                entries = self.resolver.gaz.lookup(lookup_key(doc.text[start:end]))
                if any(e.precision == "neighbourhood" and e.city and e.city in ctx.names for e in entries):
                    found = (start, end, n)
                    break
            if found is None:
                i += 1
                continue
            start, end, n = found
            inside = [k for k, (a, b) in enumerate(covered) if a < end and start < b]
            if all(start <= covered[k][0] and covered[k][1] <= end and entities[k].type == "LOC" for k in inside):
                for k in reversed(inside):  # a shorter LOC inside the name (كرم of كرم القاطرجي) gives way
                    doc.entities.remove(entities[k])
                    del entities[k], covered[k]
                ent = Entity(start, end, doc.text[start:end], "LOC", score=None)
                doc.entities.append(ent)
                entities.append(ent)
                covered.append((start, end))
                last_added_end_tok = i + n - 1
            i += n
        doc.entities.sort(key=lambda e: e.start)

    def __call__(self, doc: Document) -> Document:
        evidence: tuple[dict[str, float], list[str]] | None = None
        if self.find_neighbourhoods and doc.tokens:
            evidence = self._text_evidence(doc)
            self.add_neighbourhoods(doc, self._context(doc, evidence))
        locs = [e for e in doc.entities if e.type == "LOC" and (self.overwrite or e.place is None)]
        if not locs:
            return doc
        ctx = self._context(doc, evidence or self._text_evidence(doc))
        doc.user_data[CONTEXT_KEY] = ctx  # later components resolve their location strings against it
        # the context is fixed for the document, so each distinct name is resolved once (a long report repeats
        # its places dozens of times); every entity still gets its own Place object
        resolved: dict[str, Place | None] = {}
        for ent in locs:
            if _after_street_word(doc.text, ent.start):
                ent.place = None  # a street's name, not the town spelt like it
                continue
            head = admin_head_before(doc.text, ent.start) or _capital_after(doc.text, ent.end)
            name = f"{head} {ent.text}" if head else ent.text  # محافظة الحديدة: the governorate, not the city
            if name not in resolved:
                resolved[name] = self.resolver.resolve(name, ctx)
            place = resolved[name]
            if _area_named_after_country(doc.text, ent.start, place) or _local_area_abroad(
                doc.text, ent.start, name, place, ctx
            ):
                place = None  # "منطقة كولومبيا المجاورة" in Khartoum: a quarter, not the country
            ent.place = None if place is None else replace(place, candidates=[dict(c) for c in place.candidates])
        return doc
