"""Entity scores of the pipeline up to ``ner`` on gold folders (exact span + type, micro; and overlap-relaxed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from marsad.document import Document
from marsad.eval.gold import find_gold_folders, load_gold


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "gold": n_gold}


def score_entities(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]]) -> dict[str, Counter]:
    """Counts for exact and relaxed (same type, overlapping) matching, per type and overall."""
    c: dict[str, Counter] = {"exact": Counter(), "relaxed": Counter()}
    gs, ps = Counter(gold), Counter(pred)
    for (s, e, t), n in gs.items():
        c["exact"][("gold", t)] += n
        c["relaxed"][("gold", t)] += n
        hit = min(n, ps.get((s, e, t), 0))
        c["exact"][("tp", t)] += hit
        if any(t2 == t and s2 < e and s < e2 for s2, e2, t2 in pred):
            c["relaxed"][("tp", t)] += n
    for (_, _, t), n in ps.items():
        c["exact"][("pred", t)] += n
        c["relaxed"][("pred", t)] += n
    return c


def evaluate_folders(root: str | Path, pipeline: Any) -> dict[str, Any]:
    """Run ``pipeline`` (Document -> Document) on each gold folder under ``root`` and score its entities."""
    total: dict[str, Counter] = {"exact": Counter(), "relaxed": Counter()}
    per_doc = {}
    for folder in find_gold_folders(root):
        art = load_gold(folder)
        doc = pipeline(Document(text=art.text, id=art.id, published=art.published))
        doc.validate()
        gold = [(e["start"], e["end"], e["type"]) for e in art.gold.get("entities", [])]
        pred = [(e.start, e.end, e.type) for e in doc.entities]
        c = score_entities(gold, pred)
        for mode in total:
            total[mode].update(c[mode])
        ex = c["exact"]
        per_doc[art.id] = _prf(
            sum(v for (k, _), v in ex.items() if k == "tp"),
            sum(v for (k, _), v in ex.items() if k == "gold"),
            sum(v for (k, _), v in ex.items() if k == "pred"),
        )
    out: dict[str, Any] = {"documents": per_doc}
    for mode, counts in total.items():
        types = sorted({t for _, t in counts})
        out[mode] = {t: _prf(counts[("tp", t)], counts[("gold", t)], counts[("pred", t)]) for t in types}
        out[mode]["micro"] = _prf(
            sum(counts[("tp", t)] for t in types),
            sum(counts[("gold", t)] for t in types),
            sum(counts[("pred", t)] for t in types),
        )
    return out
