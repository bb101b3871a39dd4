"""Links across articles: near-duplicate clusters, events merged across sources, claims across reports.

Near duplicates: MinHash (datasketch) over word 3-shingles of the normalised index terms, LSH at Jaccard ≥
``DUP_THRESHOLD`` with its buckets stored in the ``dup_bands`` table; a new article joins the (smallest) cluster of
the stored articles it shares a bucket with (wire copies of one agency story).

Cross-article events: the mentions of one in-document event (``Event.event_id``, else each mention alone)
form an *event group*; two groups from different articles are the same real-world event when they have the same
PLOVER type, dates within ``DATE_WINDOW_DAYS`` of each other (and the merged event spanning at most
``MAX_SPAN_DAYS``), and either the same resolved place (GeoNames id, else coordinates rounded to ~1 km, else the
normalised place name) or an overlapping normalised actor — or they come from articles of one near-duplicate
cluster. Only specific actors and place names count (two words or more, or a named entity: الجيش السوري yes,
مسؤولين no). Negated and hypothetical mentions, and events dated only to a month or a year, never merge; two
events of one article never merge (the events component already decided they differ).

Cross-article claims: two claims are one when the events they are about fall in the same cross-article event,
or, within the date window and from different articles, when their ``about`` texts (of ``CLAIM_MIN_TERMS`` words or
more) share most index terms (Jaccard ≥ ``CLAIM_JACCARD``) or their statements say the same thing: the rare content
terms of its statements (``claim_terms``) overlap as two agreeing statements of one article must
(``marsad.events.claim_text.similarity``), against the terms the cross claim was founded with (kept, not grown, so
that a long-running story does not pull every later claim in). The
merged status is "contested" when some position denies and another asserts, "confirmed" when two or more sources
assert (or confirm) and none denies, else "unverified".
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from marsad.store.textindex import index_terms
from marsad.text.normalize import lookup_key

NUM_PERM = 64
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures are only comparable within one scheme
DUP_THRESHOLD = 0.7
DATE_WINDOW_DAYS = 2
MAX_SPAN_DAYS = 7  # an event dated only to a month or a year, or a merge that would span more, does not merge
CLAIM_JACCARD = 0.6
CLAIM_MIN_TERMS = 4  # an "about" of a word or two (a trigger) says too little to link two articles by text
_NO_MERGE_MODALITIES = ("negated", "hypothetical")


# -- near duplicates -----------------------------------------------------------------------------------------
def shingles(text: str, k: int = 3, *, stems: str | None = None) -> set[bytes]:
    """Word k-shingles of the index stems of ``text`` (pass ``stems`` when already computed)."""
    words = (index_terms(text) if stems is None else stems).split()
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


@lru_cache(maxsize=1)
def _empty_minhash():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)


def minhash(text: str, *, stems: str | None = None):
    """The MinHash of ``text`` (``datasketch.MinHash``, NUM_PERM permutations, fixed seed)."""
    m = _empty_minhash().copy()  # copying skips drawing the permutations again (a third of the cost)
    m.update_batch(list(shingles(text, stems=stems)))
    return m


def minhash_bytes(m) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()  # affine32 values fit 32 bits


def minhash_from_bytes(blob: bytes | memoryview):
    from datasketch import MinHash

    values = np.frombuffer(bytes(blob), dtype=np.uint32)
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME)


@lru_cache(maxsize=1)
def lsh_shape() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH chooses for DUP_THRESHOLD and NUM_PERM (8 × 8)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=DUP_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(m) -> list[tuple[int, int]]:
    """The LSH bucket of ``m`` in each band, as (band, signed 64-bit key) rows for the store's ``dup_bands``.

    Two signatures share a bucket exactly when a band's hash values are equal (as in datasketch's LSH, whose
    candidates these reproduce); the index lives in the store instead of memory, so a corpus of any size costs
    no RAM and an interrupted ingest needs no rebuild."""
    bands, rows = lsh_shape()
    values = np.asarray(m.hashvalues, dtype=np.uint32)
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(values[band * rows : (band + 1) * rows].tobytes(), digest_size=8).digest()
        keys.append((band, int.from_bytes(digest, "big", signed=True)))
    return keys


# -- cross-article events -------------------------------------------------------------------------------------
@dataclass(slots=True)
class EventGroup:
    """One in-document event (its mentions), reduced to what cross-article matching needs."""

    doc_id: str
    key: str  # the in-document event id (or "m<index>")
    plover: str
    mentions: list[int]
    date_start: str | None
    date_end: str | None
    place_key: str | None
    place: dict[str, Any] | None
    actors: set[str] = field(default_factory=set)
    source: str | None = None
    mergeable: bool = True

    def to_row(self) -> dict[str, Any]:
        return {
            "plover": self.plover,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "place_key": self.place_key,
            "place": self.place,
            "actors": sorted(self.actors),
        }


def _months(start: dt.date, end: dt.date, cap: int = 14) -> list[str]:
    out: list[str] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month) and len(out) < cap:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def group_keys(g: EventGroup, cluster_id: str, *, widen: bool) -> list[str]:
    """Lookup keys of an event group: two groups that may merge (see ``same_event``) share a key.

    A key is the PLOVER type + a month + a place, an actor; or the type + the duplicate cluster. Stored keys
    (``widen=True``) cover the months of the dates widened by the window, query keys the months of the dates
    themselves, so dates within the window always meet in some month while a common actor named in other years
    never becomes a candidate — candidates stay few however large the store grows.
    """
    keys = [f"{g.plover}|c:{cluster_id}"]
    d0, d1 = _day(g.date_start), _day(g.date_end or g.date_start)
    if d0 is None or d1 is None:
        return keys
    if widen:
        slack = dt.timedelta(days=DATE_WINDOW_DAYS)
        d0, d1 = d0 - slack, d1 + slack
    base = ([f"p:{g.place_key}"] if g.place_key else []) + [f"a:{a}" for a in sorted(g.actors) if a]
    keys += [f"{g.plover}|{month}|{b}" for month in _months(d0, d1) for b in base]
    return keys


_COARSE = ("country", "region")


def _place_key(place: dict[str, Any] | None, name: str | None) -> str | None:
    """A key for "the same place": GeoNames id, else rounded coordinates, else the name. A country or a region is
    too coarse to say two reports tell of one event (every battle in Syria in a week would merge): no key."""
    if place and place.get("precision") in _COARSE:
        return None
    if place and place.get("geonameid"):
        return f"g{place['geonameid']}"
    if place and place.get("lat") is not None and place.get("lon") is not None:
        return f"c{round(float(place['lat']), 2)},{round(float(place['lon']), 2)}"
    return f"n{lookup_key(name)}" if name else None


def _overlapping_place(data: dict[str, Any], span: dict[str, Any]) -> dict[str, Any] | None:
    best = None
    for ent in data.get("entities", []):
        if ent.get("_deleted") or not ent.get("place"):
            continue
        if ent["start"] < span["end"] and span["start"] < ent["end"]:
            if best is None or ent["end"] - ent["start"] > best["end"] - best["start"]:
                best = ent
    return best


def event_groups(data: dict[str, Any]) -> list[EventGroup]:
    """The event groups of a document JSON (corrections applied; deleted mentions skipped)."""
    meta = data["doc"]
    groups: dict[str, EventGroup] = {}
    for i, ev in enumerate(data.get("events", [])):
        if ev.get("_deleted"):
            continue
        key = ev.get("event_id") or f"m{i}"
        date = ev.get("date") or {}
        start = date.get("start") or meta.get("published")
        end = date.get("end") or start
        place, place_name = None, None
        for span in ev.get("locations", []):
            ent = _overlapping_place(data, span)
            if ent is not None:
                place, place_name = ent["place"], ent["text"]
                break
            if place_name is None and _specific(data, span):
                place_name = span["text"]
        g = groups.get(key)
        if g is None:
            g = groups[key] = EventGroup(
                doc_id=meta["id"],
                key=key,
                plover=ev.get("plover") or "",
                mentions=[],
                date_start=start,
                date_end=end,
                place_key=_place_key(place, place_name),
                place=(dict(place, name=place_name) if place else ({"name": place_name} if place_name else None)),
                source=meta.get("source"),
            )
        g.mentions.append(i)
        g.actors |= {lookup_key(a["text"]) for a in ev.get("actors", []) if a.get("text") and _specific(data, a)}
        if ev.get("modality") in _NO_MERGE_MODALITIES:
            g.mergeable = False
        if g.place_key is None or g.place_key.startswith("n"):
            pk = _place_key(place, place_name)
            if pk and (g.place_key is None or not pk.startswith("n")):
                g.place_key, g.place = pk, (dict(place, name=place_name) if place else {"name": place_name})
        if start and (g.date_start is None or start < g.date_start):
            g.date_start = start
        if end and (g.date_end is None or end > g.date_end):
            g.date_end = end
    for g in groups.values():
        if _span_days(g.date_start, g.date_end) > MAX_SPAN_DAYS:
            g.mergeable = False  # "in 2016" is no evidence that two reports tell of one event
    return list(groups.values())


def _specific(data: dict[str, Any], span: dict[str, Any]) -> bool:
    """Whether an actor or place span names something specific enough to link articles: two words or more
    (الجيش السوري، الغوطة الشرقية) or a named entity; a bare common noun (مسؤولين، الشرطة، مناطق) is not."""
    if len(span.get("text", "").split()) >= 2:
        return True
    return any(
        not e.get("_deleted") and e["start"] < span["end"] and span["start"] < e["end"]
        for e in data.get("entities", [])
    )


def _span_days(a: str | None, b: str | None) -> int:
    d0, d1 = _day(a), _day(b or a)
    return 0 if d0 is None or d1 is None else (d1 - d0).days


def _day(s: str | None) -> dt.date | None:
    """The first day of an ISO date, month or year (YYYY-MM-DD, YYYY-MM, YYYY); None when unreadable."""
    if not s:
        return None
    s = s[:10]
    s = {4: s + "-01-01", 7: s + "-01"}.get(len(s), s)
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def dates_close(a0: str | None, a1: str | None, b0: str | None, b1: str | None, window: int = DATE_WINDOW_DAYS) -> bool:
    """Whether the ranges [a0, a1] and [b0, b1] are within ``window`` days of each other (unknown: no)."""
    da0, da1, db0, db1 = _day(a0), _day(a1 or a0), _day(b0), _day(b1 or b0)
    if da0 is None or da1 is None or db0 is None or db1 is None:  # (spelled out so the checker narrows each)
        return False
    slack = dt.timedelta(days=window)
    return da0 - slack <= db1 and db0 - slack <= da1


def same_event(a: dict[str, Any], b: dict[str, Any], *, same_cluster: bool = False) -> bool:
    """The cross-article merge rule over two ``EventGroup.to_row()``-shaped dicts (see the module docstring)."""
    if not a["plover"] or a["plover"] != b["plover"]:
        return False
    if not dates_close(a["date_start"], a["date_end"], b["date_start"], b["date_end"]):
        return False
    dates = [d for d in (a["date_start"], a["date_end"], b["date_start"], b["date_end"]) if d]
    if _span_days(min(dates), max(dates)) > MAX_SPAN_DAYS:
        return False  # merging would stretch one event over more than a week: chains of reports drift
    if same_cluster:
        return True
    if a.get("place_key") and a.get("place_key") == b.get("place_key"):
        return True
    return bool(set(a.get("actors") or ()) & set(b.get("actors") or ()))


# -- cross-article claims -------------------------------------------------------------------------------------
def about_terms(about: str) -> set[str]:
    return set(index_terms(about or "").split())


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def same_claim_text(a: set[str], b: set[str]) -> bool:
    """Whether two claims' ``about`` terms say the same thing (both long enough, mostly shared)."""
    return len(a) >= CLAIM_MIN_TERMS and len(b) >= CLAIM_MIN_TERMS and jaccard(a, b) >= CLAIM_JACCARD


def claim_terms(data: dict[str, Any], claim: dict[str, Any]) -> dict[str, Any]:
    """The rare content terms of a claim's statements (``claim_text.content_terms``, names marked), as JSON:
    ``{"weights": {term: weight}, "names": [term, ...]}``; empty weights when the claim has no readable statement."""
    from marsad.events.claim_text import located_terms

    statements = data.get("statements", [])
    entities = data.get("entities", [])
    weights: dict[str, float] = {}
    names: set[str] = set()
    for pos in claim.get("positions", []):
        i = pos.get("statement")
        content = (statements[i].get("content") or {}) if isinstance(i, int) and 0 <= i < len(statements) else {}
        text, start = content.get("text") or "", content.get("start")
        if not text or not isinstance(start, int):
            continue
        spans = [(e["start"], e["end"]) for e in entities if isinstance(e.get("start"), int)]
        terms = located_terms(text, start, spans)
        for term, weight in terms.weights.items():
            weights[term] = max(weights.get(term, 0.0), weight)
        names |= terms.in_names
    return {"weights": weights, "names": sorted(names & weights.keys())}


def same_claim_terms(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two claims' statements say the same thing (``claim_terms`` of each)."""
    from marsad.events.claim_text import Terms, similarity

    if not a or not b or not a.get("weights") or not b.get("weights"):
        return False
    ta = Terms(dict(a["weights"]), set(a.get("names") or ()))
    tb = Terms(dict(b["weights"]), set(b.get("names") or ()))
    return similarity(ta, tb) > 0


def claim_positions(data: dict[str, Any], claim: dict[str, Any]) -> list[dict[str, Any]]:
    """Positions of a claim with what cross-article readers need: the speaker, stance and source."""
    meta = data["doc"]
    statements = data.get("statements", [])
    out = []
    for pos in claim.get("positions", []):
        i = pos.get("statement")
        st = statements[i] if isinstance(i, int) and 0 <= i < len(statements) else {}
        out.append(
            {
                "doc_id": meta["id"],
                "statement": i,
                "role": pos.get("role") or st.get("stance"),
                "stance": st.get("stance"),
                "speaker": (st.get("speaker") or {}).get("text"),
                "source": meta.get("source"),
                "published": meta.get("published"),
            }
        )
    return out


def merged_status(positions: list[dict[str, Any]]) -> str:
    """contested / confirmed / unverified over positions gathered from several articles."""
    roles = [p.get("role") for p in positions]
    if "deny" in roles and any(r in ("assert", "confirm") for r in roles):
        return "contested"
    asserting = {(p.get("source") or p.get("doc_id")) for p in positions if p.get("role") in ("assert", "confirm")}
    if len(asserting) >= 2 and "deny" not in roles:
        return "confirmed"
    return "unverified"
