"""Scoring the clitic segmenter against a hand-written list (``tests/text/data/clitic_gold.tsv`` format)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marsad.text.clitics import CliticSegmenter, Segment


@dataclass(frozen=True, slots=True)
class GoldWord:
    word: str
    segmentation: str  # "و+ ال+ صين": proclitics end with "+", enclitics start with "+"
    category: str


def read_gold(path: Path) -> list[GoldWord]:
    """Entries of a gold list; ``#`` lines are comments."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, seg, *rest = line.split("\t")
        out.append(GoldWord(word, seg, rest[0] if rest else ""))
    return out


def format_segments(word: str, segments: list[Segment]) -> str:
    """``[(0, 1, "proclitic"), (1, 5, "stem")]`` on وقالت → ``"و+ قالت"``."""
    pieces = []
    for a, b, role in segments:
        text = word[a:b]
        pieces.append(text + "+" if role == "proclitic" else "+" + text if role == "enclitic" else text)
    return " ".join(pieces)


def score(gold: list[GoldWord], segmenter: CliticSegmenter | None = None) -> tuple[float, list[tuple[GoldWord, str]]]:
    """Word accuracy (exact segmentation, roles included) and the errors as (gold, predicted)."""
    seg = segmenter or CliticSegmenter.load()
    errors = []
    for g in gold:
        predicted = format_segments(g.word, seg.segment(g.word))
        if predicted != g.segmentation:
            errors.append((g, predicted))
    return (1 - len(errors) / len(gold) if gold else 0.0), errors
