"""The readable summary of ``marsad analyze`` (rich tables).

Arabic is printed in logical order and each cell is isolated with FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE,
so a terminal with bidi support (most today) shows it right-to-left without mixing it into the neighbouring
columns. Bidi controls inside article text are shown as visible marks so they cannot reorder the display.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from marsad.document import Document, Span
from marsad.text.charsets import BIDI_CONTROLS

_VISIBLE = {ord(c): f"<U+{ord(c):04X}>" for c in BIDI_CONTROLS}
_FSI, _PDI = "\u2068", "\u2069"


def shown(text: str | None, limit: int = 80) -> str:
    """Article text made safe for a terminal cell: bidi controls visible, markup escaped, isolated, shortened."""
    if not text:
        return ""
    text = " ".join(text.translate(_VISIBLE).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return _FSI + escape(text) + _PDI


def _span(span: Span | None) -> str:
    return shown(span.text) if span else ""


def print_summary(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    head = f"[bold]{shown(doc.title) or doc.id}[/bold]  published {doc.published or '?'}"
    console.print(head)
    console.print(
        f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens, {len(doc.entities)} entities, "
        f"{len(doc.statements)} statements, {len(doc.times)} times, {len(doc.events)} events, "
        f"{len(doc.claims)} claims  (pipeline: {', '.join(doc.processed_by)})"
    )
    if doc.entities:
        table = Table(title="Entities")
        for col in ("type", "text", "offsets", "place"):
            table.add_column(col)
        for e in doc.entities:
            place = ""
            if e.place:
                place = f"{e.place.name_en or ''} {e.place.country or ''} ({e.place.lat:.3f}, {e.place.lon:.3f})"
            table.add_row(e.type, shown(e.text), f"{e.start}-{e.end}", escape(place))
        console.print(table)
    if doc.statements:
        table = Table(title="Statements")
        for col in ("speaker", "cue", "stance", "content", "addressee / via"):
            table.add_column(col)
        for st in doc.statements:
            extra = " / ".join(x for x in (_span(st.addressee), _span(st.via)) if x)
            table.add_row(_span(st.speaker), _span(st.cue), st.stance, shown(st.content.text, 60), extra)
        console.print(table)
    if doc.times:
        table = Table(title="Times")
        for col in ("text", "value", "precision"):
            table.add_column(col)
        for t in doc.times:
            table.add_row(shown(t.text), t.value, t.precision)
        console.print(table)
    if doc.events:
        table = Table(title="Events")
        for col in ("trigger", "PLOVER", "ACLED", "actors", "targets", "where", "date", "modality"):
            table.add_column(col)
        for ev in doc.events:
            table.add_row(
                _span(ev.trigger),
                ev.plover,
                escape(" / ".join(ev.acled or [])),
                ", ".join(_span(a) for a in ev.actors),
                ", ".join(_span(a) for a in ev.targets),
                ", ".join(_span(a) for a in ev.locations),
                (ev.date or {}).get("start", ""),
                ev.modality,
            )
        console.print(table)
    if doc.claims:
        table = Table(title="Claims")
        for col in ("about", "status", "positions"):
            table.add_column(col)
        for c in doc.claims:
            positions = ", ".join(f"#{p['statement']} {p['role']}" for p in c.positions)
            table.add_row(shown(c.about), c.status, positions)
        console.print(table)
