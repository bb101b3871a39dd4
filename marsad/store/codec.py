"""Document JSON <-> Document objects, and compact bytes for the store.

``Document.to_json()`` is the contract; this module reads it back (the store keeps the JSON, exports and
``acled_row`` need the objects). Items a human deleted (``"_deleted": true``, see ``marsad.store.corrections``)
are dropped when building objects.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from marsad.document import (
    Claim,
    Document,
    Entity,
    Event,
    Place,
    Quantity,
    Sentence,
    Span,
    Statement,
    SubToken,
    TimeExpression,
    Token,
)

# Layers that can be recomputed cheaply from the text and are large: kept out of the stored JSON by default.
BULKY_LAYERS = ("tokens",)


def pack(data: dict[str, Any]) -> bytes:
    """Compact, compressed bytes of a JSON dict (zlib level 6: ~5x smaller than the JSON text)."""
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack(blob: bytes | memoryview) -> dict[str, Any]:
    return json.loads(zlib.decompress(bytes(blob)).decode("utf-8"))


def _span(d: dict[str, Any] | None) -> Span | None:
    return None if d is None else Span.from_json(d)


def _place(d: dict[str, Any] | None) -> Place | None:
    if d is None:
        return None
    keys = Place.__slots__
    return Place(**{k: v for k, v in d.items() if k in keys})


def _alive(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [i for i in items or [] if not i.get("_deleted")]


def document_from_json(data: dict[str, Any]) -> Document:
    """Rebuild a Document from ``Document.to_json()`` output (unknown keys are ignored)."""
    meta = data.get("doc", {})
    doc = Document(
        text=data["text"],
        id=meta.get("id") or "",
        title=meta.get("title"),
        published=meta.get("published"),
        source=meta.get("source"),
        url=meta.get("url"),
    )
    doc.processed_by = list(meta.get("pipeline") or [])
    doc.sentences = [
        Sentence(s["start"], s["end"], s["text"], bool(s.get("is_heading"))) for s in data.get("sentences", [])
    ]
    doc.tokens = [
        Token(
            t["start"],
            t["end"],
            t["text"],
            t.get("norm", ""),
            [SubToken(p["start"], p["end"], p["text"], p["role"]) for p in t.get("parts", [])],
        )
        for t in data.get("tokens", [])
    ]
    doc.entities = [
        Entity(e["start"], e["end"], e["text"], e["type"], _place(e.get("place")), e.get("score"))
        for e in _alive(data.get("entities"))
    ]
    doc.statements = [
        Statement(
            speaker=Span.from_json(s["speaker"]),
            cue=Span.from_json(s["cue"]),
            content=Span.from_json(s["content"]),
            stance=s.get("stance", "assert"),
            direct=bool(s.get("direct")),
            addressee=_span(s.get("addressee")),
            via=_span(s.get("via")),
            time=_span(s.get("time")),
            speaker_entity=s.get("speaker_entity"),
        )
        for s in _alive(data.get("statements"))
    ]
    doc.times = [
        TimeExpression(
            t["start"],
            t["end"],
            t["text"],
            t["value"],
            t.get("precision", "day"),
            t.get("part_of_day"),
            list(t.get("alternatives") or []),
        )
        for t in _alive(data.get("times"))
    ]
    doc.events = [
        Event(
            trigger=Span.from_json(e["trigger"]),
            plover=e["plover"],
            acled=e.get("acled"),
            actors=[Span.from_json(s) for s in e.get("actors", [])],
            targets=[Span.from_json(s) for s in e.get("targets", [])],
            locations=[Span.from_json(s) for s in e.get("locations", [])],
            date=e.get("date"),
            modality=e.get("modality", "asserted"),
            statement=e.get("statement"),
            event_id=e.get("event_id"),
            time_precision=e.get("time_precision"),
            quantities=[
                Quantity(q["kind"], int(q["value"]), Span.from_json(q["span"]), bool(q.get("approximate")))
                for q in e.get("quantities", [])
            ],
        )
        for e in _alive(data.get("events"))
    ]
    doc.claims = [
        Claim(
            c.get("about", ""), c.get("status", "unverified"), list(c.get("positions", [])), list(c.get("events", []))
        )
        for c in _alive(data.get("claims"))
    ]
    return doc
