"""Reading gold folders (``article.txt`` + ``gold.json``, format: shared/gold/FORMAT.md).

``load_gold(folder)`` returns the article text and the parsed gold; ``gold_document(folder, layers=...)`` builds a
Document whose chosen layers are filled from gold, so a component can be measured on perfect input from the
layers before it (e.g. events over gold statements).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.document import Claim, Document, Entity, Event, Place, Span, Statement, TimeExpression
from marsad.errors import GoldError


@dataclass
class GoldArticle:
    folder: Path
    id: str
    text: str
    published: str | None
    gold: dict[str, Any]


def find_gold_folders(root: str | Path) -> list[Path]:
    """Folders under ``root`` (or ``root`` itself) holding article.txt and gold.json, sorted."""
    root = Path(root)
    if not root.exists():
        raise GoldError(f"{root}: no such directory")
    if (root / "gold.json").exists():
        return [root]
    folders = sorted(p.parent for p in root.glob("*/gold.json") if (p.parent / "article.txt").exists())
    if not folders:
        raise GoldError(f"{root}: no gold folders (expected */article.txt + */gold.json)")
    return folders


def load_gold(folder: str | Path) -> GoldArticle:
    folder = Path(folder)
    try:
        with open(folder / "article.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{folder}: cannot read gold folder: {exc}") from None
    sha = gold.get("text_sha256")
    if sha and sha != hashlib.sha256(text.encode("utf-8")).hexdigest():
        raise GoldError(f"{folder}: gold.json text_sha256 does not match article.txt")
    return GoldArticle(folder, str(gold.get("id") or folder.name), text, gold.get("published"), gold)


def _span(d: dict[str, Any] | None) -> Span | None:
    return None if d is None else Span.from_json(d)


def _place(d: dict[str, Any] | None) -> Place | None:
    if not d:
        return None
    return Place(
        lat=d["lat"],
        lon=d["lon"],
        country=d.get("country"),
        name_en=d.get("name_en"),
        geonameid=d.get("geonameid"),
        precision=d.get("precision", "point"),
    )


def gold_document(folder: str | Path, layers: tuple[str, ...] = ()) -> Document:
    """A Document of the gold article with ``layers`` (entities, statements, times, events, claims) from gold."""
    art = load_gold(folder)
    g = art.gold
    doc = Document(text=art.text, id=art.id, published=art.published)
    if "entities" in layers:
        doc.entities = [
            Entity(e["start"], e["end"], e["text"], e["type"], place=_place(e.get("place")))
            for e in g.get("entities", [])
        ]
    if "statements" in layers:
        doc.statements = [
            Statement(
                speaker=Span.from_json(s["speaker"]),
                cue=Span.from_json(s["cue"]),
                content=Span.from_json(s["content"]),
                stance=s["stance"],
                direct=bool(s.get("direct")),
                addressee=_span(s.get("addressee")),
                via=_span(s.get("via")),
                time=_span(s.get("time")),
            )
            for s in g.get("statements", [])
        ]
    if "times" in layers:
        doc.times = [TimeExpression(t["start"], t["end"], t["text"], t["value"]) for t in g.get("times", [])]
    if "events" in layers:
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
            )
            for e in g.get("events", [])
        ]
    if "claims" in layers:
        doc.claims = [Claim(c["about"], c["status"], list(c.get("positions", []))) for c in g.get("claims", [])]
    return doc
