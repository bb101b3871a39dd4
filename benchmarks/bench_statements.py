"""Statement extraction against gold folders (FORMAT.md scoring): F1, stance accuracy, content token-F1, speed.

    .venv/bin/python benchmarks/bench_statements.py [--gold ../shared/examples] [--upstream gold|none|pipeline] [-v]

``--upstream gold`` (default) fills entities and times from gold, so the statements component is measured alone;
``none`` runs it on sentences and tokens only; ``pipeline`` runs whatever DEFAULT_PIPELINE provides before it.
A match needs overlapping cues and overlapping speaker spans (one-to-one, greedy in text order).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from marsad.document import Document
from marsad.eval import scorer
from marsad.eval.gold import find_gold_folders, gold_document, load_gold
from marsad.statements import StatementExtractor
from marsad.text.sentences import Sentencizer
from marsad.text.tokens import Tokenizer


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(pred index, gold index) pairs, with the scorer's rule so figures equal ``marsad eval``'s."""
    return [(pi, gi) for gi, pi in scorer.match(gold, pred, scorer.same_statement)]


def build(folder: Path, upstream: str) -> Document:
    if upstream == "gold":
        doc = gold_document(folder, layers=("entities", "times"))
        doc = Tokenizer()(Sentencizer()(doc))
    elif upstream == "none":
        art = load_gold(folder)
        doc = Document(text=art.text, id=art.id, published=art.published)
        doc = Tokenizer()(Sentencizer()(doc))
    else:
        import marsad
        from marsad.components import DEFAULT_PIPELINE

        names = [n for n in DEFAULT_PIPELINE if n != "statements"]
        art = load_gold(folder)
        doc = marsad.load(names)(Document(text=art.text, id=art.id, published=art.published))
    return doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_gold = os.environ.get(
        "MARSAD_GOLD", str(Path(__file__).resolve().parents[1] / ".." / "shared" / "examples")
    )
    ap.add_argument("--gold", default=default_gold)
    ap.add_argument("--upstream", choices=("gold", "none", "pipeline"), default="gold")
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses and false alarms")
    args = ap.parse_args(argv)
    ext = StatementExtractor()
    tp = npred = ngold = 0
    stance_ok = 0
    cf1 = 0.0
    elapsed = 0.0
    chars = 0
    for folder in find_gold_folders(args.gold):
        doc = build(folder, args.upstream)
        t0 = time.perf_counter()
        ext(doc)
        elapsed += time.perf_counter() - t0
        chars += len(doc.text)
        doc.validate()
        pred = [s.to_json() for s in doc.statements]
        gold = load_gold(folder).gold.get("statements", [])
        pairs = match(pred, gold)
        tp += len(pairs)
        npred += len(pred)
        ngold += len(gold)
        f_doc = []
        for pi, gi in pairs:
            stance_ok += pred[pi]["stance"] == gold[gi]["stance"]
            f = scorer.token_f1(pred[pi]["content"]["text"], gold[gi]["content"]["text"])
            cf1 += f
            f_doc.append(f)
        p = len(pairs) / len(pred) if pred else 0.0
        r = len(pairs) / len(gold) if gold else 1.0
        print(f"{folder.name:22s} gold {len(gold):3d} pred {len(pred):3d} match {len(pairs):3d}  P {p:.2f} R {r:.2f}")
        if args.verbose:
            mp = {pi for pi, _ in pairs}
            mg = {gi for _, gi in pairs}
            for gi, g in enumerate(gold):
                if gi not in mg:
                    print(f"   MISS  {g['cue']['text']} | {g['speaker']['text']} | {g['content']['text'][:70]}")
            for pi, s in enumerate(pred):
                if pi not in mp:
                    print(f"   FALSE {s['cue']['text']} | {s['speaker']['text']} | {s['content']['text'][:70]}")
            for pi, gi in pairs:
                f = scorer.token_f1(pred[pi]["content"]["text"], gold[gi]["content"]["text"])
                if f < 0.6 or pred[pi]["stance"] != gold[gi]["stance"]:
                    print(
                        f"   WEAK  {pred[pi]['cue']['text']} f1={f:.2f} {pred[pi]['stance']}/{gold[gi]['stance']}\n"
                        f"         P: {pred[pi]['content']['text'][:90]}\n"
                        f"         G: {gold[gi]['content']['text'][:90]}"
                    )
    prec = tp / npred if npred else 0.0
    rec = tp / ngold if ngold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"\nupstream={args.upstream}  gold={ngold} pred={npred} matched={tp}")
    print(f"statement P={prec:.3f} R={rec:.3f} F1={f1:.3f}")
    print(f"stance accuracy (matched) = {stance_ok / tp if tp else 0:.3f}")
    print(f"content token-F1 (matched) = {cf1 / tp if tp else 0:.3f}")
    print(
        f"speed: {chars / elapsed / 1000 if elapsed else 0:.0f} k chars/s ({elapsed * 1000:.0f} ms for {chars} chars)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
