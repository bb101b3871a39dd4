"""NER speed: model load time and tagging tokens/s on one core.

Usage: .venv/bin/python benchmarks/bench_ner.py [--examples ../shared/examples] [--repeat 5]

Text: the dev articles in ../shared/examples (read at run time, tokenised with marsad's tokenizer). Prints the
load time (fresh FeatureExtractor caches), the first pass over all articles (cold word-feature cache), the
steady state (warm cache) of ``NerModel.tag_sentences`` and of the whole ``ner`` pipeline component (tagging +
span building + convention rules). Run it alone: other processes on the core change the figures.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "examples"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    from marsad.document import Document
    from marsad.eval.gold import find_gold_folders, load_gold
    from marsad.ner.tagger import EntityRecognizer, NerModel
    from marsad.text.sentences import Sentencizer
    from marsad.text.tokens import Tokenizer

    t0 = time.perf_counter()
    model = NerModel.load()
    load_s = time.perf_counter() - t0
    print(f"model load: {load_s:.2f} s ({'two-stage' if model.tagger2 else 'one-stage'} CRF)")

    sentencizer, tokenizer = Sentencizer(), Tokenizer()
    docs = []
    for folder in find_gold_folders(args.examples):
        art = load_gold(folder)
        docs.append(tokenizer(sentencizer(Document(text=art.text, id=art.id))))
    ner = EntityRecognizer(model=model)
    sents_per_doc = [[[t.text for t in s] for s in ner._sentences(d)] for d in docs]
    n_tok = sum(len(s) for doc in sents_per_doc for s in doc)
    print(f"text: {len(docs)} articles, {n_tok} tokens")

    t0 = time.perf_counter()
    for sents in sents_per_doc:
        model.tag_document(sents)
    cold = time.perf_counter() - t0
    print(f"tag_document, cold word cache: {n_tok / cold:,.0f} tokens/s")

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for sents in sents_per_doc:
            model.tag_document(sents)
    warm = (time.perf_counter() - t0) / args.repeat
    print(f"tag_document, warm: {n_tok / warm:,.0f} tokens/s")

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for d in docs:
            ner(d)
    comp = (time.perf_counter() - t0) / args.repeat
    print(f"ner component (tags + scores + spans + rules): {n_tok / comp:,.0f} tokens/s")


if __name__ == "__main__":
    main()
