"""Event mentions as ACLED-style rows and PLOVER-style records (called by the store/export layer).

ACLED (https://acleddata.com) codes one row per event with its date, types, two actors, place and fatalities;
PLOVER (https://github.com/openeventdata/PLOVER) is a JSON record per event. Both read a ``marsad.document.Event``
plus its Document: the places come from the LOC entities the event's location spans overlap, the date falls back
to the publication date (with a coarser ``time_precision``) when the text gives none.
"""

from __future__ import annotations

from typing import Any

from marsad.document import Document, Entity, Event, Span
from marsad.events.acled_types import actor_kind, is_civilian_target

ACLED_COLUMNS = (
    "event_date",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "source",
    "notes",
    "fatalities",
)

# ACLED geo_precision: 1 the named town or a part of it, 2 a nearby/larger area, 3 a region or province.
_GEO_PRECISION = {"point": 1, "neighbourhood": 1, "admin": 2, "region": 3, "country": 3}


def _entity_for(doc: Document, span: Span) -> Entity | None:
    """The LOC entity overlapping ``span`` that carries a place (the longest if several)."""
    best = None
    for ent in doc.entities:
        if ent.place is not None and ent.start < span.end and span.start < ent.end:
            if best is None or (ent.end - ent.start) > (best.end - best.start):
                best = ent
    return best


def event_place(doc: Document, event: Event) -> tuple[Span | None, Entity | None]:
    """The event's first location that has coordinates (else its first location) and its entity."""
    for span in event.locations:
        ent = _entity_for(doc, span)
        if ent is not None:
            return span, ent
    return (event.locations[0] if event.locations else None), None


def event_date(doc: Document, event: Event) -> tuple[str | None, int | None]:
    """(start date, ACLED time_precision): the event's own date, else the publication date at precision 3."""
    if event.date and event.date.get("start"):
        precision = event.time_precision
        if precision is None:
            precision = 1 if event.date.get("start") == event.date.get("end") else 2
        return event.date["start"], precision
    if doc.published:
        # The report only says it happened by the time of publication: ACLED's "month or coarser".
        return doc.published, 3
    return None, None


# ACLED's disorder type of each event type; the sub-event types that are both violence and demonstration differ.
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_VIOLENT_DEMONSTRATION = {"Excessive force against protesters", "Mob violence"}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    """ACLED's ``disorder_type`` of an event and sub-event type (None without a type)."""
    if sub_event_type in _VIOLENT_DEMONSTRATION:
        return "Political violence; Demonstrations"
    return _DISORDER.get(event_type or "")


def actor_category(event: Event, span: Span | None, first: bool) -> str | None:
    """ACLED's ``inter1`` / ``inter2`` label of an actor where the text says which kind it is: state forces
    (an army, police, security forces), protesters and rioters (the first actor of a protest or a riot), civilians
    (a civilian target). Armed groups stay blank: telling a rebel group from a political or an identity militia
    needs knowledge the text rarely states."""
    acled_type = event.acled[0] if event.acled else None
    if span is None or acled_type is None:
        return None  # no ACLED event, no ACLED actor category
    if first and acled_type == "Protests":
        return "Protesters"
    if first and acled_type == "Riots":
        return "Rioters"
    if actor_kind(span) == "state":
        return "State forces"
    if not first and is_civilian_target(span):
        return "Civilians"
    return None


def civilian_targeting(event: Event) -> str | None:
    """ACLED's ``civilian_targeting``: "Civilian targeting" for violence against civilians and for violence whose
    target is civilians (an air strike on the residents of a town), else None."""
    acled_type = event.acled[0] if event.acled else None
    if acled_type == "Violence against civilians":
        return "Civilian targeting"
    if _DISORDER.get(acled_type or "") == "Political violence" and any(is_civilian_target(t) for t in event.targets):
        return "Civilian targeting"
    return None


def _fatalities(event: Event) -> int:
    return max((q.value for q in event.quantities if q.kind == "fatalities"), default=0)


def _sentence_text(doc: Document, event: Event) -> str:
    for sent in doc.sentences:
        if sent.start <= event.trigger.start < sent.end:
            return sent.text
    return event.trigger.text


def acled_row(doc: Document, event: Event) -> dict[str, Any]:
    """One ACLED-style row (keys ``ACLED_COLUMNS``) for an event mention of ``doc``."""
    acled: list[str | None] = list(event.acled) if event.acled else [None, None]
    span, ent = event_place(doc, event)
    place = ent.place if ent is not None else None
    date, time_precision = event_date(doc, event)
    actor1 = event.actors[0] if event.actors else None
    actor2 = event.targets[0] if event.targets else (event.actors[1] if len(event.actors) > 1 else None)
    sub_type = acled[1] if len(acled) > 1 else None
    row = {
        "event_date": date,
        "disorder_type": disorder_type(acled[0], sub_type),
        "event_type": acled[0],
        "sub_event_type": sub_type,
        "actor1": actor1.text if actor1 else None,
        "inter1": actor_category(event, actor1, first=True),
        "actor2": actor2.text if actor2 else None,
        "inter2": actor_category(event, actor2, first=False),
        "civilian_targeting": civilian_targeting(event),
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": place.admin3 if place else None,
        "location": (place.name_en or place.name_ar) if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": _GEO_PRECISION.get(place.precision) if place else None,
        "time_precision": time_precision,
        "source": doc.source,
        "notes": _sentence_text(doc, event),
        "fatalities": _fatalities(event),
    }
    if row["location"] is None and span is not None:
        row["location"] = span.text  # no coordinates: the place as the text names it
    return row


def _mention_index(doc: Document, event: Event) -> int:
    for i, ev in enumerate(doc.events):
        if ev is event:
            return i
    return -1


def plover_record(doc: Document, event: Event) -> dict[str, Any]:
    """A PLOVER-style JSON record for an event mention of ``doc``."""
    span, ent = event_place(doc, event)
    place = ent.place if ent is not None else None
    date, time_precision = event_date(doc, event)
    statement = doc.statements[event.statement] if event.statement is not None else None
    return {
        "id": f"{doc.id}-m{_mention_index(doc, event)}",
        "event_id": event.event_id,
        "date": date,
        "date_end": (event.date or {}).get("end") or date,
        "time_precision": time_precision,
        "event_type": event.plover,
        "mode": None,
        "context": [],
        "modality": event.modality,
        "actor": event.actors[0].text if event.actors else None,
        "actors": [s.text for s in event.actors],
        "recipient": event.targets[0].text if event.targets else None,
        "recipients": [s.text for s in event.targets],
        "acled_event_type": event.acled[0] if event.acled else None,
        "acled_sub_event_type": event.acled[1] if event.acled and len(event.acled) > 1 else None,
        "trigger": event.trigger.text,
        "trigger_offsets": [event.trigger.start, event.trigger.end],
        "geolocation": {
            "name": span.text if span else None,
            "name_en": place.name_en if place else None,
            "country": place.country if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "geonameid": place.geonameid if place else None,
            "precision": place.precision if place else None,
        },
        "fatalities": _fatalities(event) or None,
        "quantities": [q.to_json() for q in event.quantities],
        "source": statement.speaker.text if statement is not None else doc.source,
        "reported_by": doc.source,
        "text": _sentence_text(doc, event),
        "doc_id": doc.id,
        "url": doc.url,
    }
