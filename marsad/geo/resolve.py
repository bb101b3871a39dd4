"""Resolve a place name to a ``Place``: variants of the name, gazetteer candidates, scores from document context.

``resolve(name, context)`` is the entry point for other components (events pass location strings); the ``geo``
pipeline component (``marsad.geo.component``) builds a ``GeoContext`` from the whole document first.

Score of a candidate (all terms are documented where they are computed, in ``Resolver.score``):
prior (population, source, feature) − penalty of the name variant that matched + evidence from the document
(its country's share of the document's places, a nearby place, its containing city named, the same place named
unambiguously by another mention, the head word: محافظة → admin areas, مدينة → towns).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from marsad.document import Document, Place
from marsad.geo.gazetteer import GazEntry, Gazetteer
from marsad.text.normalize import lookup_key

MAX_CANDIDATES = 5
# below this the best candidate is a guess (a tiny namesake abroad reached through a rewritten variant)
MIN_SCORE = 0.4
# the most a capital's small namesake gains from the document's country and places (``_namesake_of_capital``)
NAMESAKE_CONTEXT_GAIN = 0.2

# Head words before a name: (lookup key of the head, hint). The hint favours candidates of a kind.
_HEADS: tuple[tuple[str, str], ...] = tuple(
    (lookup_key(h), hint)
    for h, hint in (
        ("محافظة", "admin"),
        ("ولاية", "admin"),
        ("إقليم", "admin"),
        ("مقاطعة", "admin"),
        ("قضاء", "admin"),
        ("ناحية", "admin"),
        ("مديرية", "admin"),
        ("منطقة", "any"),
        ("مدينة", "town"),
        ("بلدة", "town"),
        ("قرية", "town"),
        ("العاصمة", "town"),
        ("حي", "neighbourhood"),
        ("أحياء", "neighbourhood"),
        ("ضاحية", "neighbourhood"),
        ("ضواحي", "neighbourhood"),
        ("مخيم", "site"),
        ("مطار", "site"),
        ("ميناء", "site"),
        ("مرفأ", "site"),
        ("معبر", "site"),
        ("قاعدة", "site"),
        ("جزيرة", "any"),
        ("ريف", "rural"),
        ("أطراف", "rural"),
        ("محيط", "rural"),
    )
)
# Directions: "شرق حلب", "شمال غرب سوريا", "ريف حلب الشمالي", "حلب الشرقية".
_DIR_PREFIX = re.compile(r"^(?:(?:في|ب)\s*)?(?:ال)?(شمال|جنوب|شرق|غرب|وسط)(?:ي)?(?:\s+(?:ال)?(شرق|غرب)(?:ي)?)?\s+(.+)$")
_DIR_SUFFIX = re.compile(r"^(.+?)\s+ال(شمالي|جنوبي|شرقي|غربي|اوسط)(?:ه)?$")
_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
# Common nouns that NER may tag but that name no place on their own ("السوق", "المدينة", "العاصمة").
_GENERIC = {
    lookup_key(w)
    for w in (
        *("السوق", "المدينة", "البلدة", "القرية", "المنطقة", "العاصمة", "الحي", "المخيم", "المطار", "الميناء"),
        *("الساحل", "الشمال", "الجنوب", "الشرق", "الغرب", "الداخل", "الخارج", "الحدود", "البلاد", "الريف"),
        *("المستشفى", "الجامعة", "المسجد", "الشارع", "الميدان العام", "الجبهة", "المحافظة", "الولاية"),
        *("مدينة", "منطقة", "بلدة", "قرية", "محافظة", "ولاية", "دولة", "الدولة", "المملكة", "الإمارة", "الجمهورية"),
    )
}
# prepositions and spatial words before a name in a location phrase
_LEADING = {
    lookup_key(w)
    for w in (
        *("في", "من", "إلى", "الى", "على", "عند", "قرب", "داخل", "خارج", "نحو", "باتجاه", "حول", "بين", "عبر"),
        *("بالقرب من", "على مقربة من", "في محيط", "على أطراف", "على طريق", "على حدود"),
    )
}
# trailing qualifiers that do not change the place: "الغوطة الشرقية المحاصرة", "القدس المحتلة"
_TRAILING = {lookup_key(w) for w in ("المحتلة", "المحاصرة", "المحررة", "الكبرى", "الدولي", "السورية", "العراقية")}


# Arab League members, and with the neighbours Arabic news covers most, the places named natively in Arabic.
ARAB_LEAGUE = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
_REGION_NATIVE = ARAB_LEAGUE | {"IL", "IR", "TR"}
# "الأراضي السورية", "الحدود العراقية": a country named by its adjective
_COUNTRY_BY_NISBA_HEADS = {lookup_key(w) for w in ("الأراضي", "الاراضي", "الحدود", "الدولة", "الساحة", "المياه")}
# "الشمال السوري", "الجنوب اللبناني": a part of the country (precision region)
_REGION_BY_NISBA_HEADS = {
    lookup_key(w): d
    for w, d in (("الشمال", "north"), ("الجنوب", "south"), ("الشرق", "east"), ("الغرب", "west"), ("الوسط", "centre"))
}


# Curated aliases that are common nouns (القطاع "the Strip"): a match on one needs its country elsewhere in the
# document, as lookup keys
_CONTEXT_ONLY_ALIASES = frozenset(lookup_key(w) for w in ("القطاع",))


@dataclass(frozen=True, slots=True)
class Variant:
    """A lookup key derived from the mention, with what the derivation implies."""

    key: str
    penalty: float
    hint: str = ""  # admin / town / neighbourhood / site / rural / any
    direction: str = ""  # "north", "south east" … for شمال X / X الشمالي
    stripped: bool = False  # the key lost a leading letter of the mention as a clitic (بارا → ارا): a guess


@dataclass
class GeoContext:
    """What a document says about where it is: used to choose between homonyms.

    ``countries``: country codes weighted by how often the document's places fall in them;
    ``points``: (lat, lon) of confidently resolved places; ``names``: lookup keys of all place names mentioned
    (a neighbourhood whose city is among them wins); ``anchors``: gazetteer ids another mention resolved to
    without ambiguity.
    """

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))  # weights: 1 or 0.5
    points: list[tuple[float, float]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    anchors: set[int] = field(default_factory=set)
    # what each name itself put into the context (country, mentions, anchor id, point), and how many distinct
    # names gave each anchor and point: a name is no evidence for its own reading (``leave_out``)
    own: dict[str, tuple[str, int, int | None, tuple[float, float] | None]] = field(default_factory=dict)
    anchor_names: Counter[int] = field(default_factory=Counter)
    point_names: Counter[tuple[float, float]] = field(default_factory=Counter)

    @classmethod
    def of_names(cls, names: list[str], *, resolver: Resolver | None = None) -> GeoContext:
        """A context from plain place names (e.g. the other locations of an event)."""
        resolver = resolver or Resolver.shared()
        return resolver.context_from_names(names)

    def country_share(self, cc: str) -> float:
        total = sum(self.countries.values())
        return self.countries.get(cc, 0) / total if total else 0.0

    def leave_out(self, name: str) -> GeoContext:
        """The context without what ``name``'s own mentions put into it: "الحسينية" read alone as the Egyptian
        town must not vote Egypt, anchor that town and add its point when the place is scored against the rest of
        a Jordanian story. Evidence another name gave too (an anchor, a point) stays."""
        mine = self.own.get(name)
        if mine is None:
            return self
        country, mentions, anchor, point = mine
        out = GeoContext(defaultdict(float, self.countries), list(self.points), self.names, set(self.anchors))
        out.countries[country] -= mentions
        if out.countries[country] <= 0:
            del out.countries[country]
        if anchor is not None and self.anchor_names[anchor] <= 1:
            out.anchors.discard(anchor)
        if point is not None and self.point_names[point] <= 1:
            out.points.remove(point)
        return out


MAX_CONTEXT_POINTS = 200  # far more distinct places than any news report names


_ADMIN_HEADS = frozenset(h for h, hint in _HEADS if hint == "admin")
# Plural and dual heads of a list of divisions (محافظات كركوك وصلاح الدين، ولايتي الخرطوم والجزيرة) → the singular head
_PLURAL_ADMIN_HEADS = {
    lookup_key(plural): lookup_key(singular)
    for plural, singular in (
        ("محافظات", "محافظة"),
        ("محافظتي", "محافظة"),
        ("ولايات", "ولاية"),
        ("ولايتي", "ولاية"),
        ("مقاطعات", "مقاطعة"),
        ("أقاليم", "إقليم"),
        ("مديريات", "مديرية"),
        ("مديريتي", "مديرية"),  # (the NER's construct heads have the same duals: مديريتي صرواح ومدغل)
    )
}
_HEAD_OF = {h: h for h in _ADMIN_HEADS} | _PLURAL_ADMIN_HEADS
# Words that end such a list looking back: prepositions and verbs come before the head, never inside the list
_LIST_BREAKS = frozenset(lookup_key(w) for w in "في من على إلى عن مع بين قرب داخل حول منذ بعد قبل".split())


def admin_head_before(text: str, start: int) -> str | None:
    """The admin head word right before a place name (محافظة الحديدة، بولاية الجزيرة), without its clitic, or None.

    NER leaves the head outside the LOC span, but it says which of a name's homonyms is meant: the governorate,
    not its capital city; Gezira State in Sudan, not الجزيرة as a name of Algiers.
    """
    words = text[max(0, start - 30) : start].split()
    if not words:
        return None
    # as a lookup key, which is what name_variants compares heads in; a plural head (محافظات كركوك …) gives the
    # singular to the first member of its list
    head = _head_after_clitics(lookup_key(words[-1]), _HEAD_OF)
    if head is not None:
        return head
    if text[max(0, start - 1) : start] == "و":
        # a later member of such a list (محافظات كركوك وصلاح الدين وديالى): back over the earlier members to the head
        before = text[max(0, start - 60) : start - 1].split()  # (a comma ends the list: "ولحج، وزار كركوك و…")
        for w in reversed(before[-7:]):
            wk = lookup_key(w)
            if (head := _head_after_clitics(wk, _PLURAL_ADMIN_HEADS)) is not None:
                return head
            if wk in _LIST_BREAKS or not w.isalpha():
                return None
    return None


_HEAD_CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")


def _head_after_clitics(k: str, heads: Mapping[str, str]) -> str | None:
    """heads[the key without a leading conjunction and / or preposition] (بولاية → ولاية), or None."""
    return next((heads[k[len(c) :]] for c in _HEAD_CLITICS if k.startswith(c) and k[len(c) :] in heads), None)


# Homographs that a shadda on the mention settles (the key drops the diacritics): key → country.
_SHADDA_COUNTRY = {"عمان": "JO"}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


_DIR_EN = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west", "وسط": "centre", "اوسط": "centre"}
_DIR_SUFFIX_EN = {"شمالي": "north", "جنوبي": "south", "شرقي": "east", "غربي": "west", "اوسط": "centre"}


def _strip_clitic_variants(key: str) -> list[tuple[str, float, bool]]:
    """The key, then the key without a leading و/ف/ب/ل/ك (one or two letters), each with a penalty and whether
    letters were stripped."""
    out: list[tuple[str, float, bool]] = [(key, 0.0, False)]
    if key.startswith("ل") and not key.startswith("ال"):
        # لل + ال: the gold span starts at the second ل (للأمم → لأمم), and لليمن → ليمن: restore the alif
        out.append(("ا" + key, 0.05, False))
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 3:
            rest = key[len(p) :]
            out.append((rest, 0.1 * len(p), True))
            if p.endswith("ل") and rest.startswith("ل"):
                out.append(("ا" + rest, 0.1 * len(p) + 0.05, True))
    return out


def name_variants(name: str) -> list[Variant]:
    """Lookup keys to try for a mention, most literal first."""
    # a hashtag's marks inside a name read as spaces: "رام_الله"، "مطار #الحديدة" (as the gazetteer build does)
    base = lookup_key(name.strip(" \t\n\"'«»“”‘’()[]{}.,:;!?،؛؟-_#").replace("_", " ").replace("#", ""))
    if not base or base in _GENERIC:
        return []
    seen: dict[str, Variant] = {}

    def add(key: str, penalty: float, hint: str = "", direction: str = "", *, stripped: bool = False) -> None:
        key = key.strip()
        if len(key) < 2:
            return
        old = seen.get(key)
        if old is None or old.penalty > penalty:
            seen[key] = Variant(key, penalty, hint, direction, stripped)

    words0 = base.split(" ")
    starts = [(base, 0.0)]
    # a location phrase as events pass it: "في حلب", "بالقرب من دوما", "قرب الحدود التركية"
    for n in (2, 1):
        if len(words0) > n and " ".join(words0[:n]) in _LEADING:
            starts.append((" ".join(words0[n:]), 0.05))
            break
    for start, start_pen in starts:
        for key, pen, stripped in _strip_clitic_variants(start):
            _expand(key, pen + start_pen, partial(add, stripped=stripped))
    return sorted(seen.values(), key=lambda v: v.penalty)


def _expand(key: str, pen: float, add: Callable[..., None]) -> None:
    """Add ``key`` and what head words, directions and qualifiers around a name let us derive from it."""
    add(key, pen)
    words = key.split(" ")
    # a head word: محافظة حلب, مدينة دوما, ريف دمشق
    for head, hint in _HEADS:
        if len(words) > 1 and words[0] == head:
            add(" ".join(words[1:]), pen + 0.15, hint)
            # "العاصمة السورية دمشق": skip the nisba after the head
            if len(words) > 2 and words[1].endswith(("يه", "ي")):
                add(" ".join(words[2:]), pen + 0.2, hint)
    m = _DIR_PREFIX.match(key)
    if m:
        d = _DIR_EN[m.group(1)] + ((" " + _DIR_EN[m.group(2)]) if m.group(2) else "")
        rest = m.group(3)
        add(rest, pen + 0.15, "", d)
        for head, hint in _HEADS:
            if rest.startswith(head + " "):
                add(rest[len(head) + 1 :], pen + 0.2, hint, d)
    m = _DIR_SUFFIX.match(key)
    if m:
        inner = m.group(1)
        d = _DIR_SUFFIX_EN[m.group(2)]
        add(inner, pen + 0.15, "", d)
        for head, hint in _HEADS:
            if inner.startswith(head + " "):
                add(inner[len(head) + 1 :], pen + 0.2, hint, d)
    if len(words) > 1 and words[-1] in _TRAILING:
        add(" ".join(words[:-1]), pen + 0.05)
    if not key.startswith("ال") and len(key) >= 3:
        add("ال" + key, pen + 0.15)
    elif key.startswith("ال") and len(key) >= 5:
        add(key[2:], pen + 0.2)


def _hint_bonus(hint: str, e: GazEntry) -> float:
    """Favour the kind of place the head word names (محافظة → admin areas …)."""
    if not hint or hint == "any":
        return 0.0
    if hint == "admin":
        return 0.45 if e.precision == "admin" else -0.1
    if hint == "rural":
        return 0.3 if e.precision == "admin" else 0.0
    if hint == "town":
        return 0.15 if e.feature.startswith("PPL") and e.precision == "point" else -0.1
    if hint == "neighbourhood":
        return 0.2 if e.precision == "neighbourhood" else 0.0
    if hint == "site":
        return 0.1 if e.source == "curated" and e.precision == "point" else 0.0
    return 0.0


class Resolver:
    """Name → ranked gazetteer candidates → ``Place``; stateless apart from the loaded gazetteer."""

    _shared: Resolver | None = None

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self._countries: dict[str, GazEntry] | None = None
        self._cities: frozenset[str] | None = None

    @classmethod
    def shared(cls) -> Resolver:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    # ------------------------------------------------------------------------------------------------ candidates
    def candidates(self, name: str) -> list[tuple[GazEntry, Variant]]:
        """Every entry reachable from a variant of ``name`` (each entry once, with its cheapest variant).

        Variants that need more rewriting are only tried when the more literal ones found nothing better than
        a low-prior match, so ``بحلب`` finds حلب but ``الحسكة`` is not also read as ``حسكة``.
        """
        found: dict[int, tuple[GazEntry, Variant]] = {}
        best_penalty_with_hit: float | None = None
        for v in name_variants(name):
            if best_penalty_with_hit is not None and v.penalty > best_penalty_with_hit + 0.12:
                break
            entries = self.gaz.lookup(v.key)
            if not entries:
                continue
            if best_penalty_with_hit is None:
                best_penalty_with_hit = v.penalty
            for e in entries:
                if e.id not in found:
                    found[e.id] = (e, v)
        return list(found.values())

    def score(self, e: GazEntry, v: Variant, ctx: GeoContext | None) -> float:
        s = e.prior - v.penalty + _hint_bonus(v.hint, e)
        if e.country in _REGION_NATIVE:
            # an Arabic name of a place in the Arab world (or its neighbours) is its own name, elsewhere it is a
            # transliteration: بيت لحم is Bethlehem in the West Bank before Bethlehem, Pennsylvania
            s += 0.12
        elif e.source != "curated" and e.precision == "point" and e.population < 50_000:
            # small towns abroad whose Arabic alternate name is a transliteration (Bay, Delta, Colón) match
            # ordinary Arabic words; they need their country in the document to be chosen
            s -= 0.15
        if ctx is None:
            return s
        if e.country:
            # the share of the document's places in this country: a Syrian story makes Syrian homonyms win;
            # a share, not a presence flag, so that a passing mention of the US does not pull جنيف to Illinois
            s += 0.6 * ctx.country_share(e.country)
        if e.city and e.city in ctx.names:
            s += 0.5  # الشعار with حلب in the document is the Aleppo neighbourhood
        elif e.admin1 and e.precision != "admin" and lookup_key(e.admin1) in ctx.names:
            s += 0.25  # admin hierarchy: a town of the governorate the document names (أريحا with إدلب)
        if e.id in ctx.anchors:
            s += 0.5  # another mention (سلطنة عمان, قطاع غزة) named this very place without ambiguity
        if ctx.points and e.precision not in ("country", "region"):
            d = min(haversine_km(e.lat, e.lon, lat, lon) for lat, lon in ctx.points)
            # a capital that bears its country's name (الجزائر، تونس، الكويت) needs a place of its own area (جبل جلود
            # بتونس): a story about Béjaïa's fires "in the north of Algeria" is about the country
            reach = 30 if self._capital_named_as_country(e, v) else 300
            if d < reach:
                s += 0.3 * (1 - d / 300)  # near the other places of the document
        return s

    def _capital_named_as_country(self, e: GazEntry, v: Variant) -> bool:
        """The mention matched a capital under its country's own name (الجزائر → Algiers as well as Algeria)."""
        country = self._country_entry(e.country) if e.feature == "PPLC" else None
        return country is not None and lookup_key(country.name_ar) == v.key

    def container_cities(self) -> frozenset[str]:
        """Lookup keys of the cities that contain curated neighbourhoods and sites (حلب، دمشق، عدن …)."""
        if self._cities is None:
            self._cities = frozenset(e.city for e in self.gaz.entries if e.city)
        return self._cities

    def _country_entry(self, cc: str) -> GazEntry | None:
        if self._countries is None:
            self._countries = {}
            for e in self.gaz.entries:
                if e.precision == "country" and e.country and e.country not in self._countries:
                    self._countries[e.country] = e
        return self._countries.get(cc)

    def _nisba_candidates(self, name: str) -> list[tuple[GazEntry, Variant]]:
        """ "الأراضي السورية" → Syria: a head noun and a nationality adjective name the country."""
        from marsad.geo.nisba import nisba_country

        for v in name_variants(name):
            words = v.key.split(" ")
            if len(words) == 2 and (words[0] in _COUNTRY_BY_NISBA_HEADS or words[0] in _REGION_BY_NISBA_HEADS):
                cc = nisba_country(words[1])
                e = self._country_entry(cc) if cc else None
                if e is not None:
                    return [(e, Variant(v.key, v.penalty + 0.1, "", _REGION_BY_NISBA_HEADS.get(words[0], "")))]
        return []

    def rank(self, name: str, ctx: GeoContext | None = None) -> list[tuple[float, GazEntry, Variant]]:
        found = self.candidates(name) or self._nisba_candidates(name)
        if "\u0651" in name:
            # a shadda decides a homograph the letters alone do not: عمّان is Amman, never Oman (عُمان)
            country = _SHADDA_COUNTRY.get(lookup_key(name))
            if country is not None:
                found = [(e, v) for e, v in found if e.country == country] or found
        ranked = [(self.score(e, v, ctx), e, v) for e, v in found]
        if ctx is not None and any(e.feature == "PPLC" for e, _ in found):
            ranked = [(self._namesake_of_capital(s, e, v, ctx), e, v) for s, e, v in ranked]
        # ties: the more populous, then the curated/admin-richer source order of the file
        ranked.sort(key=lambda t: (-t[0], -t[1].population, t[1].id))
        return ranked

    def _namesake_of_capital(self, s: float, e: GazEntry, v: Variant, ctx: GeoContext) -> float:
        """A village that shares its name with a national capital (الدوحة near Bethlehem, الدوحة of Qatar) gains at
        most NAMESAKE_CONTEXT_GAIN from the country the story is about and its other places: writers name the
        capital, and qualify the village (a head word, its city or governorate, which still count in full)."""
        if (
            e.feature == "PPLC"
            or e.source == "curated"
            or e.precision != "point"
            or e.population >= 20_000
            or v.hint
            or e.id in ctx.anchors
            or (e.city and e.city in ctx.names)
            or (e.admin1 and lookup_key(e.admin1) in ctx.names)
        ):
            return s
        return min(s, self.score(e, v, None) + NAMESAKE_CONTEXT_GAIN)

    # ---------------------------------------------------------------------------------------------------- place
    def resolve(self, name: str, context: GeoContext | None = None) -> Place | None:
        """The best place for ``name`` given what the document says, or None when the gazetteer has no match."""
        whole = context  # ranking leaves the name's own evidence out; the threshold and the clitic rule keep it
        if context is not None:
            context = context.leave_out(name)
        ranked = self.rank(name, context)
        if not ranked:
            return None
        top_score, top = ranked[0][0], ranked[0][1]
        if whole is not None and whole is not context:
            # whether the name is a place at all is asked with its own mentions counted, as MIN_SCORE was set
            top_score = self.score(top, ranked[0][2], whole)
        if top_score < MIN_SCORE:
            return None
        if (
            context is not None
            and context.countries
            and top.prior < 0.5
            and top.id not in context.anchors
            and context.country_share(top.country) == 0
        ):
            # a village abroad that merely shares the name (طيبة in a Yemeni story is not the Jordanian one):
            # no answer is better than a confident wrong point on the map
            return None
        if (
            context is not None
            and ranked[0][2].key in _CONTEXT_ONLY_ALIASES
            and context.country_share(top.country) == 0
        ):
            # "القطاع" names the Gaza Strip only in a story about it: Hezbollah's "القطاع الأوسط" in a Lebanese one
            return None
        if (
            whole is not None
            and whole.countries
            and ranked[0][2].stripped
            and top.id not in whole.anchors
            and whole.country_share(top.country) == 0
        ):
            # a name matched only with its first letter read as a clitic, in a country the document is not about
            # (بارا in a Sudanese story is not ب + Arrah in India)
            return None
        if (
            context is not None
            and context.countries
            and _article_dropped(name, ranked[0][2].key)
            and top.precision != "country"  # (التشاد، البيرو: a country keeps its name with the article)
            and top.feature not in ("PPLC", "ADM1")
            and top.id not in context.anchors
            and context.country_share(top.country) == 0
        ):
            # a name matched only without its article, abroad (حي الفاروق in Mosul is not the Iranian village Fārūq)
            return None
        return self.to_place(ranked)

    def to_place(self, ranked: list[tuple[float, GazEntry, Variant]]) -> Place:
        score, e, v = ranked[0]
        precision = e.precision
        if v.direction and precision in ("point", "admin", "neighbourhood", "country"):
            precision = "region"  # "شرق حلب": an area around the place, not the place itself
        cands: list[dict[str, Any]] = []
        for s, c, _cv in ranked[:MAX_CANDIDATES]:
            cands.append(
                {
                    "name_ar": c.name_ar,
                    "name_en": c.name_en or None,
                    "lat": c.lat,
                    "lon": c.lon,
                    "country": c.country or None,
                    "feature": c.feature,
                    "precision": c.precision,
                    "geonameid": c.geonameid,
                    "source": c.source,
                    "score": round(s, 3),
                }
            )
        name_en = e.name_en or None
        if v.direction and name_en:
            name_en = f"{v.direction} of {name_en}"
        return Place(
            lat=e.lat,
            lon=e.lon,
            country=e.country or None,
            name_en=name_en,
            geonameid=e.geonameid,
            precision=precision,  # type: ignore[arg-type]
            name_ar=e.name_ar,
            admin1=e.admin1 or None,
            admin2=e.admin2 or None,
            feature=e.feature or None,
            score=round(score, 3),
            candidates=cands,
        )

    # -------------------------------------------------------------------------------------------------- context
    def context_from_names(self, names: list[str], extra_countries: Mapping[str, float] | None = None) -> GeoContext:
        """Two passes: resolve each name alone, keep the confident answers as evidence for the others."""
        ctx = GeoContext()
        for name in names:
            for v in name_variants(name)[:3]:
                ctx.names.add(v.key)
        seen_points: set[tuple[float, float]] = set()
        ranked_by_name: dict[str, list[tuple[float, GazEntry, Variant]]] = {}
        for name in names:
            # a name repeated 1,000 times is ranked once; every mention still counts for its country
            ranked = ranked_by_name.get(name)
            if ranked is None:
                ranked = ranked_by_name[name] = self.rank(name, None)
            if not ranked:
                continue
            top_score, top, _v = ranked[0]
            margin = top_score - ranked[1][0] if len(ranked) > 1 else 1.0
            same_country = all(c.country == top.country for _s, c, _ in ranked[1:3])
            # a country is evidence like any place: only when no place of another country comes close (عمان is
            # Oman or Amman, and its own reading must not outvote "الجيش الأردني")
            confident = margin >= 0.2 or same_country
            if not confident or not top.country:
                continue
            ctx.countries[top.country] += 1
            anchor = top.id if margin >= 0.2 or len(ranked) == 1 else None
            if anchor is not None:
                ctx.anchors.add(anchor)
            # distinct points only, and a bounded number: score() measures every candidate against every point,
            # so one point per mention made a long document quadratic (the nearest distance ignores repeats)
            xy, point = (top.lat, top.lon), None
            if top.precision not in ("country", "region"):
                if xy not in seen_points and len(ctx.points) < MAX_CONTEXT_POINTS:
                    ctx.points.append(xy)
                    seen_points.add(xy)
                point = xy if xy in seen_points else None
            mine = ctx.own.get(name)
            if mine is None:
                if anchor is not None:
                    ctx.anchor_names[anchor] += 1
                if point is not None:
                    ctx.point_names[point] += 1
            ctx.own[name] = (top.country, (mine[1] if mine else 0) + 1, anchor, point)
        for cc, weight in (extra_countries or {}).items():
            ctx.countries[cc] += weight
        return ctx


CONTEXT_KEY = "geo_context"  # Document.user_data key where the geo component leaves its GeoContext


def _article_dropped(name: str, variant_key: str) -> bool:
    """The variant is the name without its article ال (الفاروق → فاروق)."""
    k = lookup_key(name.strip())
    return k.startswith("ال") and variant_key == k[2:]


def document_context(doc: Document, resolver: Resolver | None = None) -> GeoContext:
    """The GeoContext of a document: the one the geo component stored, else built from its LOC entities."""
    ctx = doc.user_data.get(CONTEXT_KEY)
    if isinstance(ctx, GeoContext):
        return ctx
    resolver = resolver or Resolver.shared()
    ctx = resolver.context_from_names([e.text for e in doc.entities if e.type == "LOC"])
    doc.user_data[CONTEXT_KEY] = ctx
    return ctx


def resolve(name: str, context: GeoContext | Document | list[str] | None = None) -> Place | None:
    """Resolve one place name (e.g. an event location) to a ``Place``, or None when it is not in the gazetteer.

    ``context``: a ``Document`` (its place names decide between homonyms), a list of other place names, a
    ``GeoContext``, or None (population and source priors alone).
    """
    resolver = Resolver.shared()
    if isinstance(context, Document):
        context = document_context(context, resolver)
    elif isinstance(context, list):
        context = resolver.context_from_names(context)
    return resolver.resolve(name, context)
