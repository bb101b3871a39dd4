"""Event mentions as ACLED-style rows and PLOVER-style records (called by the store/export layer).

ACLED (https://acleddata.com) codes one row per event with its date, types, two actors, place and fatalities;
PLOVER (https://github.com/openeventdata/PLOVER) is a JSON record per event. Both read a ``marsad.document.Event``
plus its Document: the places come from the LOC entities the event's location spans overlap, the date falls back
to the publication date (with a coarser ``time_precision``) when the text gives none.
"""

from __future__ import annotations

from typing import Any

from marsad.document import Document, Entity, Event, Span

ACLED_COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
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
    actor2 = event.targets[0].text if event.targets else (event.actors[1].text if len(event.actors) > 1 else None)
    row = {
        "event_date": date,
        "event_type": acled[0],
        "sub_event_type": acled[1] if len(acled) > 1 else None,
        "actor1": event.actors[0].text if event.actors else None,
        "actor2": actor2,
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
