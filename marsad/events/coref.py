"""Event coreference within a document: mentions of the same event share an ``event_id``.

Two mentions corefer when they have the same PLOVER type (FIGHT and ASSAULT count as one family) and
- share a location or a target (same lookup key), or
- one sits in a statement that points back at another speaker's report (السيطرة على المناطق التي ذكرها الجيش)
  and that speaker reported a mention of the same type, or
- share the trigger lemma and an actor.
Dates, when both mentions have one, must overlap.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import Document, Event, Span
from marsad.events.spans import SpanIndex
from marsad.text.normalize import lookup_key

_FAMILY = {"ASSAULT": "FIGHT"}
_GENERIC_ACTORS = {"الجيش", "الحكومه", "القوات", "المعارضه"}


def _keys(spans: list[Span]) -> set[str]:
    out = set()
    for s in spans:
        k = lookup_key(s.text)
        for p in ("وال", "بال", "ال", "و", "ب", "ل"):
            if k.startswith(p) and len(k) - len(p) >= 3:
                k = k[len(p) :]
                break
        out.add(k)
    return out


def named_locations(doc: Document, ev: Event, locs: SpanIndex | None = None) -> list[Span]:
    """The event's locations that are named places (LOC entities); all of them when there is no entity layer.

    ``locs``: ``loc_index(doc)``, built once by callers that ask for many events."""
    if not doc.entities:
        return list(ev.locations)
    if locs is None:
        locs = loc_index(doc)
    return [s for s in ev.locations if locs.overlaps(s.start, s.end)]


def loc_index(doc: Document) -> SpanIndex:
    """The LOC entities of ``doc``, indexed by position."""
    return SpanIndex([(e.start, e.end) for e in doc.entities if e.type == "LOC"])


# Who took a place is the sources' dispute, not another event: "the rebels took X" and "the army denies X fell"
# are one take-over whatever actor kind each mention's typing saw.
_TERRITORY = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}


def _acled_kind(acled: list[str]) -> str:
    sub = acled[1] if len(acled) > 1 else ""
    return "territory" if sub in _TERRITORY else sub


def _family(e: Event) -> str:
    return _FAMILY.get(e.plover, e.plover)


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    return a.date["start"] <= b.date["end"] and b.date["start"] <= a.date["end"]


def _points_back(doc: Document, later: Event, earlier: Event) -> bool:
    """``later`` is in a statement whose content names the speaker of ``earlier``'s statement."""
    if later.statement is None or earlier.statement is None or later.statement == earlier.statement:
        return False
    content = lookup_key(doc.statements[later.statement].content.text)
    speaker = lookup_key(doc.statements[earlier.statement].speaker.text)
    head = speaker.split()[0] if speaker else ""
    return (bool(head) and len(head) >= 3 and head in content.split()) or (bool(speaker) and speaker in content)


@dataclass(slots=True)
class _Features:
    """What coreference compares, computed once per mention (pairwise recomputation was quadratic work)."""

    family: str
    locations: set[str]
    targets: set[str]
    actors: set[str]
    has_named_location: bool
    lemma_tail: str
    first_location: str  # the first (most specific) location's key, "" when none


def _features(doc: Document, ev: Event, loc_entities: SpanIndex | None) -> _Features:
    if loc_entities is None:
        named = bool(ev.locations)
    else:
        named = any(loc_entities.overlaps(s.start, s.end) for s in ev.locations)
    return _Features(
        family=_family(ev),
        locations=_keys(ev.locations),
        targets=_keys(ev.targets),
        actors=_keys(ev.actors),
        has_named_location=named,
        lemma_tail=lookup_key(ev.trigger.text)[-3:],
        first_location=next(iter(_keys(ev.locations[:1])), ""),
    )


def _distinct_places(fa: _Features, fb: _Features) -> bool:
    """Each mention has a place the other lacks and their first places differ: "قصف على دوما … قرب دمشق" and
    "قذائف على باب توما بدمشق" share only the city around them."""
    return (
        bool(fa.locations - fb.locations)
        and bool(fb.locations - fa.locations)
        and fa.first_location != fb.first_location
        and fa.first_location not in fb.locations
        and fb.first_location not in fa.locations
    )


def _corefer(doc: Document, a: Event, b: Event, fa: _Features, fb: _Features) -> bool:
    if fa.family != fb.family or not _dates_compatible(a, b):
        return False
    if a.acled and b.acled and _acled_kind(a.acled) != _acled_kind(b.acled):
        return False  # a take-over and a clash at the same place are two events
    if fa.targets & fb.targets:
        return True
    if fa.locations & fb.locations:
        return not _distinct_places(fa, fb)
    if not fb.has_named_location and not b.targets and a.locations and _points_back(doc, b, a):
        return True
    if fa.actors and fb.actors and (fa.actors & fb.actors) - _GENERIC_ACTORS:
        return fa.lemma_tail == fb.lemma_tail
    return False


def _loc_entities(doc: Document) -> SpanIndex | None:
    if not doc.entities:
        return None
    return loc_index(doc)


def corefer(doc: Document, a: Event, b: Event) -> bool:
    """Whether two mentions (``a`` before ``b``) are the same event."""
    locs = _loc_entities(doc)
    return _corefer(doc, a, b, _features(doc, a, locs), _features(doc, b, locs))


def assign_event_ids(doc: Document) -> None:
    """Give every mention an ``event_id`` (e1, e2, …); coreferent mentions share one (single-link clustering)."""
    locs = _loc_entities(doc)
    feats = [_features(doc, ev, locs) for ev in doc.events]
    cluster_of: list[int] = []
    clusters: list[list[int]] = []
    # members of one cluster share a family: only the clusters of the mention's family are visited, in order
    by_family: dict[str, list[int]] = {}
    for i, ev in enumerate(doc.events):
        joined = None
        for c in by_family.get(feats[i].family, ()):
            if any(_corefer(doc, doc.events[m], ev, feats[m], feats[i]) for m in clusters[c]):
                joined = c
                break
        if joined is None:
            clusters.append([i])
            cluster_of.append(len(clusters) - 1)
            by_family.setdefault(feats[i].family, []).append(len(clusters) - 1)
        else:
            clusters[joined].append(i)
            cluster_of.append(joined)
    for i, ev in enumerate(doc.events):
        ev.event_id = f"e{cluster_of[i] + 1}"
