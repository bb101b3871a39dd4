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

from marsad.document import Document
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


GOLD_LAYERS = ("entities", "statements", "times", "events", "claims")


def gold_document(folder: str | Path, layers: tuple[str, ...] = ()) -> Document:
    """A Document of the gold article with ``layers`` (entities, statements, times, events, claims) from gold.

    Gold layers have the shape of ``Document.to_json()``'s, so they are read by the same reader.
    """
    art = load_gold(folder)
    unknown = set(layers) - set(GOLD_LAYERS)
    if unknown:
        raise GoldError(f"cannot fill {sorted(unknown)} from gold; gold layers are {list(GOLD_LAYERS)}")
    data: dict[str, Any] = {"text": art.text, "doc": {"id": art.id, "published": art.published}}
    data.update({layer: art.gold.get(layer, []) for layer in layers})
    return Document.from_json(data)
