"""NER speed: model load time and tagging tokens/s on one core.

Usage: .venv/bin/python benchmarks/bench_ner.py [--examples ../shared/examples] [--repeat 5] [--model DIR ...]

With several ``--model`` folders (e.g. the bundled ensemble and a copy without ``neural.npz``, i.e. the CRF
alone) the models are measured in turn, ``--rounds`` times, and the best figure of each is printed: on a shared
machine this is the fairest comparison.

Text: the dev articles in ../shared/examples (read at run time, tokenised with marsad's tokenizer). Prints the
load time (fresh FeatureExtractor caches), the first pass over all articles (cold word-feature cache), the
steady state (warm cache) of ``NerModel.tag_document`` and of the whole ``ner`` pipeline component (tagging +
span building + convention rules), and the component's first call, in which the Document rules load their name
lists (timed apart since session 11: before, it fell into the component's tokens/s and cut that figure by about a
third). Run it alone: other processes on the core change the figures.

``--conll``: also ``marsad tag --conll``'s path, ``NerModel.tag_sentences`` on a freshly loaded model, over the
ANERcorp text of the dev carve-out and the 400 train sentences before it (24,945 tokens; ../shared/data).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import pin_one_core


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "examples"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--model", action="append", help="model folder (default: the bundled one); repeatable")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--conll", action="store_true", help="also time tag_sentences on ANERcorp text (tag --conll)")
    args = ap.parse_args()
    pin_one_core()

    from marsad.document import Document
    from marsad.eval.gold import find_gold_folders, load_gold
    from marsad.ner.tagger import EntityRecognizer, NerModel
    from marsad.text.sentences import Sentencizer
    from marsad.text.tokens import Tokenizer

    sentencizer, tokenizer = Sentencizer(), Tokenizer()
    docs = []
    for folder in find_gold_folders(args.examples):
        art = load_gold(folder)
        docs.append(tokenizer(sentencizer(Document(text=art.text, id=art.id))))
    conll: list[list[str]] = []
    if args.conll:
        from marsad.ner import data as D
        from marsad.ner.train import default_data_dir

        train, dev = D.split_dev(D.anercorp(default_data_dir()))
        conll = [[t for t, _ in s] for s in train[-400:] + dev]
    best: dict[str, dict[str, float]] = {}
    for _ in range(args.rounds):
        for name in args.model or [None]:
            t0 = time.perf_counter()
            model = NerModel.load(name)
            load_s = time.perf_counter() - t0
            kind = f"CRF + {len(model.neural.members)} BiLSTM-CRF ensemble" if model.neural else "CRF"
            ner = EntityRecognizer(model=model)
            sents_per_doc = [[[t.text for t in s] for s in ner._sentences(d)] for d in docs]
            n_tok = sum(len(s) for doc in sents_per_doc for s in doc)
            t0 = time.perf_counter()
            for sents in sents_per_doc:
                model.tag_document(sents)
            cold = n_tok / (time.perf_counter() - t0)
            t0 = time.perf_counter()
            for _ in range(args.repeat):
                for sents in sents_per_doc:
                    model.tag_document(sents)
            warm = n_tok * args.repeat / (time.perf_counter() - t0)
            t0 = time.perf_counter()
            ner(docs[0])  # the Document rules load their name lists (persons, actors, places) on first use
            first_call = time.perf_counter() - t0
            t0 = time.perf_counter()
            for _ in range(args.repeat):
                for d in docs:
                    ner(d)
            comp = n_tok * args.repeat / (time.perf_counter() - t0)
            tag_conll = 0.0
            if conll:
                fresh = NerModel.load(name)  # its own caches are cold (the process-wide word keys are not)
                t0 = time.perf_counter()
                fresh.tag_sentences(conll)
                tag_conll = sum(map(len, conll)) / (time.perf_counter() - t0)
            key = f"{name or 'bundled'} ({kind}; {len(docs)} articles, {n_tok} tokens)"
            old = best.get(key, {"load": 1e9, "first": 0, "cold": 0, "warm": 0, "comp": 0, "conll": 0})
            best[key] = {
                "load": min(old["load"], load_s),
                # the name lists are module-level: only a process's first call loads them, so keep the largest
                "first": max(old["first"], first_call),
                "cold": max(old["cold"], cold),
                "warm": max(old["warm"], warm),
                "comp": max(old["comp"], comp),
                "conll": max(old["conll"], tag_conll),
            }
    for key, b in best.items():
        print(key)
        print(f"  model load: {b['load']:.2f} s")
        print(f"  tag_document, cold word cache: {b['cold']:,.0f} tokens/s")
        print(f"  tag_document, warm: {b['warm']:,.0f} tokens/s")
        print(f"  ner component, first call (the rules' name lists load): {b['first']:.2f} s")
        print(f"  ner component (tags + scores + spans + rules): {b['comp']:,.0f} tokens/s")
        if conll:
            n_conll = sum(map(len, conll))
            print(f"  tag_sentences (tag --conll), ANERcorp, {n_conll} tokens, new model: {b['conll']:,.0f} tokens/s")


if __name__ == "__main__":
    main()
