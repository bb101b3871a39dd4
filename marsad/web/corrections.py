"""Checking a reviewer's correction before it reaches the store.

The store accepts any JSON value for any field; the web layer makes sure a correction means something: a type is
one of the known labels, a stance one of assert/deny/unconfirmed, a date an ISO date, a place has a latitude and a
longitude in range, and a span lies inside the document text, its ``text`` recomputed from the offsets (a
client cannot make a span say something the article does not).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from marsad.errors import InputError
from marsad.store.base import TARGET_KINDS

ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
STANCES = ("assert", "deny", "unconfirmed")
MODALITIES = ("asserted", "planned", "negated", "unconfirmed", "hypothetical")
CLAIM_STATUSES = ("contested", "confirmed", "unverified")
SPAN_FIELDS = {
    "statement": ("speaker", "cue", "content", "addressee", "via", "time"),
    "event": ("trigger",),
}
_PLOVER = re.compile(r"^[A-Z][A-Z_]{1,40}$")
_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date(value: Any, name: str) -> str:
    text = str(value).strip()
    try:
        if len(text) == 10:
            dt.date.fromisoformat(text)
        elif not _ISO_PREFIX.match(text):
            raise ValueError
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date; expected YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return text


def check_span(text: str, value: Any, name: str) -> dict[str, Any] | None:
    """A span ``{start, end, text}`` inside ``text`` with its text recomputed; None stays None (clears it)."""
    if value is None:
        return None
    if not isinstance(value, dict) or "start" not in value or "end" not in value:
        raise InputError(f"{name}: expected a span {{start, end}}, found {value!r}")
    try:
        start, end = int(value["start"]), int(value["end"])
    except (TypeError, ValueError):
        raise InputError(f"{name}: start and end must be integers, found {value!r}") from None
    if not (0 <= start < end <= len(text)):
        raise InputError(f"{name}: span [{start}, {end}) is outside the text (length {len(text)})")
    return {"start": start, "end": end, "text": text[start:end]}


def check_place(value: Any) -> dict[str, Any] | None:
    """A place dict with lat/lon in range and an ISO-2 country (or None to remove the place)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise InputError(f"place: expected an object with lat, lon, country, found {value!r}")
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
    except (KeyError, TypeError, ValueError):
        raise InputError("place: lat and lon are required numbers") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"place: ({lat}, {lon}) is not a latitude/longitude")
    country = value.get("country") or None
    if country is not None and not re.fullmatch(r"[A-Za-z]{2}", str(country)):
        raise InputError(f"place: country {country!r} is not an ISO 3166-1 alpha-2 code")
    place = dict(value)
    place.update(lat=lat, lon=lon, country=country.upper() if country else None)
    place.setdefault("precision", "point")
    return place


def check_correction(doc: dict[str, Any], target_kind: str, target_index: int, field: str, value: Any) -> Any:
    """Validate one correction against the stored document JSON ``doc``; return the value to store.

    Raises InputError (400) with a reason when the correction cannot be right.
    """
    if target_kind not in TARGET_KINDS:
        raise InputError(f"target_kind: {target_kind!r} is not one of {', '.join(TARGET_KINDS)}")
    if not re.fullmatch(r"_delete|_add|[a-z][a-z_]*(\.[a-z][a-z_]*)*", field or ""):
        raise InputError(f"field: {field!r} is not a field name (letters and _, dotted for nested keys)")
    text = doc.get("text", "")
    if field == "_add":
        return check_added(text, target_kind, value)
    if target_kind == "document" and field.split(".")[0] not in ("title", "published", "source", "url"):
        raise InputError(f"document corrections may change title, published, source or url, not {field!r}")
    if target_kind != "document":
        layer = {"entity": "entities", "statement": "statements", "event": "events", "time": "times"}.get(
            target_kind, "claims"
        )
        items = doc.get(layer) or []
        if not (0 <= target_index < len(items)):
            raise InputError(f"{target_kind} #{target_index} does not exist in document {doc['doc']['id']}")
    if field == "_delete":
        if value is not True:
            raise InputError("_delete: the value must be true")
        return True
    if target_kind == "entity":
        if field == "type":
            if value not in ENTITY_TYPES:
                raise InputError(f"type: {value!r} is not one of {', '.join(ENTITY_TYPES)}")
        elif field in ("start", "end"):
            raise InputError("entity span: correct it with field 'span' and a value {start, end}")
        elif field == "span":
            return check_span(text, value, "span")
        elif field == "place":
            return check_place(value)
    elif target_kind == "statement":
        if field == "stance" and value not in STANCES:
            raise InputError(f"stance: {value!r} is not one of {', '.join(STANCES)}")
        if field == "direct" and not isinstance(value, bool):
            raise InputError("direct: expected true or false")
        if field in SPAN_FIELDS["statement"]:
            span = check_span(text, value, field)
            if span is None and field in ("speaker", "cue", "content"):
                raise InputError(f"{field}: a statement always has a {field}")
            return span
    elif target_kind == "event":
        if field == "plover":
            if not isinstance(value, str) or not _PLOVER.match(value):
                raise InputError(f"plover: {value!r} is not a PLOVER type such as ASSAULT or PROTEST")
        elif field == "acled":
            if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise InputError("acled: expected a list of ACLED type names, or null")
        elif field == "modality" and value not in MODALITIES:
            raise InputError(f"modality: {value!r} is not one of {', '.join(MODALITIES)}")
        elif field == "trigger":
            return check_span(text, value, field)
        elif field in ("actors", "targets", "locations"):
            if not isinstance(value, list):
                raise InputError(f"{field}: expected a list of spans [{{start, end}}, …]")
            return [check_span(text, v, f"{field}[{i}]") for i, v in enumerate(value)]
        elif field == "date":
            if value is None:
                return None
            if not isinstance(value, dict) or "start" not in value:
                raise InputError("date: expected {start, end} dates")
            start = _date(value["start"], "date.start")
            end = _date(value.get("end") or start, "date.end")
            if end < start:
                raise InputError(f"date: end {end} is before start {start}")
            return {"start": start, "end": end}
        elif field in ("date.start", "date.end"):
            return _date(value, field)
    elif target_kind == "time" and field == "value":
        return _date(value, "value")
    elif target_kind == "claim" and field == "status" and value not in CLAIM_STATUSES:
        raise InputError(f"status: {value!r} is not one of {', '.join(CLAIM_STATUSES)}")
    return value


def check_added(text: str, target_kind: str, value: Any) -> dict[str, Any]:
    """A missed entity the reviewer adds: ``{start, end, type[, place]}`` with its text taken from the article."""
    if target_kind != "entity":
        raise InputError(f"_add: only missed entities can be added from the web, not a {target_kind}")
    if not isinstance(value, dict):
        raise InputError("_add: expected an entity {start, end, type}")
    span = check_span(text, value, "_add")
    assert span is not None
    if value.get("type") not in ENTITY_TYPES:
        raise InputError(f"_add: type {value.get('type')!r} is not one of {', '.join(ENTITY_TYPES)}")
    return {**span, "type": value["type"], "place": check_place(value.get("place")), "score": None}


def expand(target_kind: str, field: str, value: Any) -> list[tuple[str, Any]]:
    """Store-level (field, value) pairs of one checked correction: an entity ``span`` is start, end and text."""
    if target_kind == "entity" and field == "span" and isinstance(value, dict):
        return [("start", value["start"]), ("end", value["end"]), ("text", value["text"])]
    return [(field, value)]
