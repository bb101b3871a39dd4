"""The one data model: a Document and the layers of spans that point into its original text.

The original text is never modified. Every annotation is a character range ``[start, end)`` of Python string
offsets into ``Document.text``; ``span.text == doc.text[span.start:span.end]`` always holds, and
``Document.validate()`` checks it. Layers are filled by pipeline components (see ``marsad.pipeline``).

JSON: ``Document.to_json()`` writes the contract described in ``marsad/schema/document.schema.json``; the keys
``entities``, ``statements``, ``times``, ``events`` and ``claims`` follow ``shared/gold/FORMAT.md``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

from marsad.errors import SpanError

EntityType = Literal["PER", "LOC", "ORG", "MISC"]
Stance = Literal["assert", "deny", "unconfirmed"]
Modality = Literal["asserted", "planned", "negated", "unconfirmed", "hypothetical"]

LAYERS = ("sentences", "tokens", "entities", "statements", "times", "events", "claims")


@dataclass(slots=True)
class Span:
    """A character range of the original text, with the text it covers."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def span_json(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_json()


@dataclass(slots=True)
class SubToken:
    """A clitic or stem inside a token: و + قالت, ب + حلب, لل + أمم, و + ال + صين."""

    start: int
    end: int
    text: str
    role: Literal["proclitic", "stem", "enclitic"]

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "role": self.role}


@dataclass(slots=True)
class Token:
    """A whitespace/punctuation-delimited token; ``parts`` splits it into clitics and stem."""

    start: int
    end: int
    text: str
    norm: str = ""  # normalised matching form (see marsad.text.normalize)
    parts: list[SubToken] = field(default_factory=list)

    @property
    def stem(self) -> SubToken | None:
        for part in self.parts:
            if part.role == "stem":
                return part
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "norm": self.norm,
            "parts": [p.to_json() for p in self.parts],
        }


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    is_heading: bool = False  # a line without final punctuation standing alone (headline, sub-heading)
    # where the report proper begins after a dateline ("الخرطوم - قُتل …" → the offset of قُتل), else None
    dateline_end: int | None = None

    @property
    def body_start(self) -> int:
        """Start of the sentence without its dateline: no argument or quoted content begins before it."""
        return self.start if self.dateline_end is None else self.dateline_end

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "is_heading": self.is_heading,
            "dateline_end": self.dateline_end,
        }


@dataclass(slots=True)
class Place:
    """Where a LOC entity is. Keys of FORMAT.md first, then review detail."""

    lat: float
    lon: float
    country: str | None
    name_en: str | None = None
    geonameid: int | None = None
    precision: Literal["point", "neighbourhood", "admin", "country", "region"] = "point"
    name_ar: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    feature: str | None = None
    score: float | None = None
    candidates: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "name_en": self.name_en,
            "geonameid": self.geonameid,
            "precision": self.precision,
            "name_ar": self.name_ar,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "feature": self.feature,
            "score": self.score,
            "candidates": self.candidates,
        }


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: EntityType
    place: Place | None = None
    score: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "place": None if self.place is None else self.place.to_json(),
            "score": self.score,
        }


@dataclass(slots=True)
class Statement:
    """Who said what (FORMAT.md ``statements``)."""

    speaker: Span
    cue: Span
    content: Span
    stance: Stance = "assert"
    direct: bool = False
    addressee: Span | None = None
    via: Span | None = None
    time: Span | None = None
    speaker_entity: int | None = None  # index into Document.entities when an entity overlaps the speaker

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_json(),
            "cue": self.cue.to_json(),
            "content": self.content.to_json(),
            "stance": self.stance,
            "direct": self.direct,
            "addressee": span_json(self.addressee),
            "via": span_json(self.via),
            "time": span_json(self.time),
            "speaker_entity": self.speaker_entity,
        }

    def spans(self) -> list[Span]:
        return [s for s in (self.speaker, self.cue, self.content, self.addressee, self.via, self.time) if s]


@dataclass(slots=True)
class TimeExpression:
    """A date expression resolved against the publication date (FORMAT.md ``times``)."""

    start: int
    end: int
    text: str
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: Literal["year", "month", "day"] = "day"
    part_of_day: str | None = None  # morning, evening, night, dawn, noon …
    alternatives: list[str] = field(default_factory=list)  # other readings (ranges, "أو")

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "precision": self.precision,
            "part_of_day": self.part_of_day,
            "alternatives": self.alternatives,
        }


@dataclass(slots=True)
class Quantity:
    """A number read from the text: fatalities, injuries, a count."""

    kind: Literal["fatalities", "injuries", "count"]
    value: int
    span: Span
    approximate: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "span": self.span.to_json(), "approximate": self.approximate}


@dataclass(slots=True)
class Event:
    """An event mention (FORMAT.md ``events``); mentions of one event share ``event_id``."""

    trigger: Span
    plover: str
    acled: list[str] | None = None
    actors: list[Span] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    locations: list[Span] = field(default_factory=list)
    date: dict[str, str] | None = None  # {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}
    modality: Modality = "asserted"
    statement: int | None = None
    event_id: str | None = None
    time_precision: int | None = None  # ACLED convention: 1 day, 2 week, 3 month or coarser
    quantities: list[Quantity] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "trigger": self.trigger.to_json(),
            "plover": self.plover,
            "acled": self.acled,
            "actors": [s.to_json() for s in self.actors],
            "targets": [s.to_json() for s in self.targets],
            "locations": [s.to_json() for s in self.locations],
            "date": self.date,
            "modality": self.modality,
            "statement": self.statement,
            "event_id": self.event_id,
            "time_precision": self.time_precision,
            "quantities": [q.to_json() for q in self.quantities],
        }

    def spans(self) -> list[Span]:
        return [self.trigger, *self.actors, *self.targets, *self.locations, *(q.span for q in self.quantities)]


@dataclass(slots=True)
class Claim:
    """Statements about one proposition, each with its position (FORMAT.md ``claims``)."""

    about: str
    status: Literal["contested", "confirmed", "unverified"]
    positions: list[dict[str, Any]] = field(default_factory=list)  # {"statement": int, "role": ...}
    events: list[str] = field(default_factory=list)  # event ids the claim is about

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about, "status": self.status, "positions": self.positions, "events": self.events}


@dataclass
class Document:
    """One article: its untouched text, metadata, and the layers the pipeline fills."""

    text: str
    id: str = ""
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, the anchor for relative dates
    source: str | None = None
    url: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # which components ran, in order (the pipeline records it)
    processed_by: list[str] = field(default_factory=list)
    # per-component scratch space for things that are not a public layer yet
    user_data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.content_hash()[:16]

    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> Span:
        """A Span of the original text; raises SpanError when the range is outside it."""
        if not (0 <= start <= end <= len(self.text)):
            raise SpanError(f"span [{start}, {end}) is outside the text (length {len(self.text)})")
        return Span(start, end, self.text[start:end])

    @property
    def normalized(self):
        """The normalised matching view of the text with its offset map (computed once)."""
        cached = self.user_data.get("_normalized")
        if cached is None:
            from marsad.text.normalize import normalize

            cached = normalize(self.text)
            self.user_data["_normalized"] = cached
        return cached

    def iter_spans(self):
        """Every span of every layer, labelled with its layer name (for validation and tests)."""
        for layer in ("sentences", "tokens", "entities", "times"):
            for item in getattr(self, layer):
                yield layer, item
        for tok in self.tokens:
            for part in tok.parts:
                yield "tokens.parts", part
        for st in self.statements:
            for s in st.spans():
                yield "statements", s
        for ev in self.events:
            for s in ev.spans():
                yield "events", s

    def validate(self) -> None:
        """Raise SpanError if any span of any layer does not match the original text."""
        n = len(self.text)
        for layer, s in self.iter_spans():
            if not (0 <= s.start <= s.end <= n) or self.text[s.start : s.end] != s.text:
                raise SpanError(
                    f"{layer} span [{s.start}, {s.end}) {s.text!r} does not match the text "
                    f"{self.text[max(0, s.start) : max(0, s.end)]!r}"
                )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document from ``to_json()`` output (see ``document_from_json``)."""
        return document_from_json(data)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": {
                "id": self.id,
                "title": self.title,
                "published": self.published,
                "source": self.source,
                "url": self.url,
                "text_sha256": self.content_hash(),
                "length": len(self.text),
                "pipeline": list(self.processed_by),
            },
            "text": self.text,
            "sentences": [s.to_json() for s in self.sentences],
            "tokens": [t.to_json() for t in self.tokens],
            "entities": [e.to_json() for e in self.entities],
            "statements": [s.to_json() for s in self.statements],
            "times": [t.to_json() for t in self.times],
            "events": [e.to_json() for e in self.events],
            "claims": [c.to_json() for c in self.claims],
        }


def _span_or_none(d: dict[str, Any] | None) -> Span | None:
    return None if d is None else Span.from_json(d)


def _place(d: dict[str, Any] | None) -> Place | None:
    if d is None:
        return None
    keys = Place.__slots__
    return Place(**{k: v for k, v in d.items() if k in keys})


def _alive(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    # items a reviewer deleted are kept in the stored JSON with "_deleted": true (marsad.store.corrections)
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
        Sentence(s["start"], s["end"], s["text"], bool(s.get("is_heading")), s.get("dateline_end"))
        for s in data.get("sentences", [])
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
            addressee=_span_or_none(s.get("addressee")),
            via=_span_or_none(s.get("via")),
            time=_span_or_none(s.get("time")),
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
