"""Event coreference within a document: mentions of the same event share an ``event_id``.

Two mentions corefer when they have the same PLOVER type (FIGHT and ASSAULT count as one family) and
- share a location or a target (same lookup key), or
- one sits in a statement that points back at another speaker's report (السيطرة على المناطق التي ذكرها الجيش)
  and that speaker reported a mention of the same type, or
- share the trigger lemma and an actor.
Dates, when both mentions have one, must overlap.
"""

from __future__ import annotations

from marsad.document import Document, Event, Span
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


def named_locations(doc: Document, ev: Event) -> list[Span]:
    """The event's locations that are named places (LOC entities); all of them when there is no entity layer."""
    if not doc.entities:
        return list(ev.locations)
    locs = [e for e in doc.entities if e.type == "LOC"]
    return [s for s in ev.locations if any(e.start < s.end and s.start < e.end for e in locs)]


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


def corefer(doc: Document, a: Event, b: Event) -> bool:
    """Whether two mentions (``a`` before ``b``) are the same event."""
    if _family(a) != _family(b) or not _dates_compatible(a, b):
        return False
    if a.acled and b.acled and a.acled[1:] != b.acled[1:]:
        return False  # a take-over and a clash at the same place are two events
    if _keys(a.locations) & _keys(b.locations):
        return True
    if _keys(a.targets) & _keys(b.targets):
        return True
    if not named_locations(doc, b) and not b.targets and _points_back(doc, b, a) and a.locations:
        return True
    lemma = lambda e: lookup_key(e.trigger.text)  # noqa: E731
    if a.actors and b.actors and (_keys(a.actors) & _keys(b.actors)) - _GENERIC_ACTORS:
        return lemma(a)[-3:] == lemma(b)[-3:]
    return False


def assign_event_ids(doc: Document) -> None:
    """Give every mention an ``event_id`` (e1, e2, …); coreferent mentions share one (single-link clustering)."""
    cluster_of: list[int] = []
    clusters: list[list[int]] = []
    for i, ev in enumerate(doc.events):
        joined = None
        for c, members in enumerate(clusters):
            if any(corefer(doc, doc.events[m], ev) for m in members):
                joined = c
                break
        if joined is None:
            clusters.append([i])
            cluster_of.append(len(clusters) - 1)
        else:
            clusters[joined].append(i)
            cluster_of.append(joined)
    for i, ev in enumerate(doc.events):
        ev.event_id = f"e{cluster_of[i] + 1}"
