"""Event and claim figures on the dev gold, over gold upstream layers (entities, statements, times).

    .venv/bin/python benchmarks/bench_events.py [--gold ../shared/examples] [--upstream gold|none] [--errors]

Each article: ``gold_document(folder, layers=("entities", "statements", "times"))`` (or no upstream layers with
``--upstream none``), then the real sentencizer and tokenizer, then the ``events`` and ``claims`` components; the
result is scored with ``marsad.eval.scorer`` (FORMAT.md rules: same PLOVER type + overlapping trigger; location and
date accuracy on matched pairs; claims found through the statement matching). Prints the figures and the time.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from pathlib import Path

from marsad.components import create
from marsad.eval.gold import find_gold_folders, gold_document, load_gold
from marsad.eval.scorer import Scores, score_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = Path(os.environ.get("MARSAD_GOLD", ROOT.parent / "shared" / "examples"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument(
        "--upstream",
        choices=("gold", "none", "pipeline"),
        default="gold",
        help="gold: entities/statements/times from gold; none: no upstream layers; "
        "pipeline: the default pipeline's own components before events (end to end)",
    )
    ap.add_argument("--errors", action="store_true", help="list missed and spurious triggers")
    args = ap.parse_args()
    layers = ("entities", "statements", "times") if args.upstream == "gold" else ()
    names = ["sentencizer", "tokenizer", "events", "claims"]
    if args.upstream == "pipeline":
        from marsad.components import DEFAULT_PIPELINE

        names = list(DEFAULT_PIPELINE)
    comps = [create(n) for n in names]
    upstream_time = 0.0
    args_right = {"actors": [0, 0], "targets": [0, 0], "modality": [0, 0], "statement": [0, 0]}
    total = Scores()
    fn_words: Counter[str] = Counter()
    fp_words: Counter[str] = Counter()
    elapsed = 0.0
    for folder in find_gold_folders(args.gold):
        gold = load_gold(folder).gold
        doc = gold_document(folder, layers=layers)
        for c in comps:
            t0 = time.perf_counter()
            doc = c(doc)
            if c.name in ("events", "claims"):
                elapsed += time.perf_counter() - t0
            else:
                upstream_time += time.perf_counter() - t0
        doc.validate()
        pred = doc.to_json()
        s = score_document(gold, pred)
        total.add(s)
        _argument_figures(gold, pred, args_right)
        if args.errors:
            for g in gold["events"]:
                if not any(
                    p["plover"] == g["plover"]
                    and p["trigger"]["start"] < g["trigger"]["end"]
                    and g["trigger"]["start"] < p["trigger"]["end"]
                    for p in pred["events"]
                ):
                    fn_words[f"{g['trigger']['text']}/{g['plover']}"] += 1
            for p in pred["events"]:
                if not any(
                    p["plover"] == g["plover"]
                    and p["trigger"]["start"] < g["trigger"]["end"]
                    and g["trigger"]["start"] < p["trigger"]["end"]
                    for g in gold["events"]
                ):
                    fp_words[f"{p['trigger']['text']}/{p['plover']}"] += 1
    out = total.to_json()
    print(json.dumps({"events": out["events"], "claims": out["claims"]}, ensure_ascii=False, indent=1))
    for role, (right, n) in args_right.items():
        how = "both empty or overlapping" if role in ("actors", "targets") else "same value"
        print(f"{role} (matched events; right = {how}): {right}/{n} = {right / max(n, 1):.3f}")
    n_docs = len(find_gold_folders(args.gold))
    print(f"events+claims time: {elapsed:.2f}s for {n_docs} articles (upstream components: {upstream_time:.2f}s)")
    if args.errors:
        print("missed:", ", ".join(f"{k}×{v}" for k, v in fn_words.most_common()))
        print("spurious:", ", ".join(f"{k}×{v}" for k, v in fp_words.most_common()))


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _argument_figures(gold: dict, pred: dict, acc: dict[str, list[int]]) -> None:
    """Actor and target agreement on events matched as the scorer matches them (not a FORMAT.md figure)."""
    used: set[int] = set()
    for g in gold["events"]:
        for pi, p in enumerate(pred["events"]):
            if pi in used or p["plover"] != g["plover"] or not _overlap(p["trigger"], g["trigger"]):
                continue
            used.add(pi)
            for role in ("actors", "targets"):
                gs, ps = g.get(role) or [], p.get(role) or []
                ok = (not gs and not ps) or any(_overlap(a, b) for a in gs for b in ps)
                acc[role][0] += int(ok)
                acc[role][1] += 1
            acc["modality"][0] += int(g.get("modality", "asserted") == p.get("modality"))
            acc["modality"][1] += 1
            # statement indices only compare when statements come from gold
            acc["statement"][0] += int(g.get("statement") == p.get("statement"))
            acc["statement"][1] += 1
            break


if __name__ == "__main__":
    main()
