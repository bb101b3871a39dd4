"""Text layer figures: clitic segmentation accuracy on the hand-written lists, and speed on one core.

    .venv/bin/python benchmarks/bench_text.py [--files 300]

Speed is measured on real news read at run time from ../shared/data/news-ant-multisource
($MARSAD_SHARED_DATA overrides); nothing is copied. The entity-edge figure uses the dev gold in
../shared/examples. Segmenter speed is given cold (each word type segmented once, empty cache) and warm
(running text, where repeated words hit the per-word cache), and for the text pipeline (sentencizer +
tokenizer with clitic parts) on the same text with a cold cache.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from marsad.document import Document
from marsad.text.build_clitic_lexicon import shared_data_dir
from marsad.text.clitic_eval import read_gold, score
from marsad.text.clitics import CliticSegmenter
from marsad.text.sentences import Sentencizer
from marsad.text.tokens import Tokenizer, is_arabic_word, name_span, tokenize

GOLD = Path(__file__).resolve().parents[1] / "tests" / "text" / "data"
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def news_texts(n_files: int) -> list[str]:
    root = shared_data_dir() / "news-ant-multisource"
    every = sorted(root.rglob("*.txt"))
    paths = every[:: max(1, len(every) // n_files)][:n_files]  # spread over outlets and categories
    out = []
    for p in paths:
        m = _TEXT.search(p.read_text(encoding="utf-8", errors="replace"))
        if m:
            out.append(m.group(1).strip())
    return out


def entity_boundaries(tokenizer: Tokenizer) -> None:
    """How often name_span() of the tokens at a gold entity's edges gives exactly the entity's edges (dev gold)."""
    examples = shared_data_dir().parent / "examples"
    n = starts = ends = 0
    for folder in sorted(p for p in examples.iterdir() if (p / "gold.json").exists()):
        text = (folder / "article.txt").read_text(encoding="utf-8")
        toks = tokenizer.tokens(text)
        for ent in json.loads((folder / "gold.json").read_text(encoding="utf-8")).get("entities", []):
            first = next((t for t in toks if t.start <= ent["start"] < t.end), None)
            last = next((t for t in toks if t.start < ent["end"] <= t.end), None)
            if first is None or last is None:
                continue
            n += 1
            starts += name_span(first)[0] == ent["start"]
            ends += name_span(last)[1] == ent["end"]
    if n:
        print(f"gold entity edges matched by name_span (dev examples, {n} entities): ", end="")
        print(f"start {starts / n:.1%}, end {ends / n:.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=300)
    args = ap.parse_args()

    t0 = time.perf_counter()
    seg = CliticSegmenter.load()
    print(f"lexicon load: {time.perf_counter() - t0:.2f} s")
    for name in ("clitic_gold.tsv", "clitic_heldout.tsv"):
        gold = read_gold(GOLD / name)
        acc, errors = score(gold, seg)
        print(f"clitic accuracy {name}: {acc:.1%} ({len(gold) - len(errors)}/{len(gold)} words)")
        for g, p in errors:
            print(f"   {g.word}: gold {g.segmentation!r} predicted {p!r}")

    entity_boundaries(Tokenizer(segmenter=seg))

    texts = news_texts(args.files)
    words = [t.text for text in texts for t in tokenize(text) if is_arabic_word(t)]
    types = list(dict.fromkeys(words))
    print(f"speed sample: {len(texts)} articles, {len(words)} Arabic words, {len(types)} types")

    seg.cache_clear()
    t0 = time.perf_counter()
    for w in types:
        seg.segment(w)
    dt = time.perf_counter() - t0
    print(f"segmenter cold (each type once): {len(types) / dt:,.0f} words/s")

    seg.cache_clear()
    t0 = time.perf_counter()
    for w in words:
        seg.segment(w)
    dt = time.perf_counter() - t0
    print(f"segmenter on running text, cache starting empty: {len(words) / dt:,.0f} words/s")

    seg.cache_clear()
    sentencizer, tokenizer = Sentencizer(), Tokenizer(segmenter=seg)
    n_tokens = 0
    t0 = time.perf_counter()
    for text in texts:
        doc = tokenizer(sentencizer(Document(text=text)))
        n_tokens += len(doc.tokens)
    dt = time.perf_counter() - t0
    print(f"sentencizer+tokenizer, cache starting empty: {n_tokens / dt:,.0f} tokens/s ({n_tokens} tokens)")


if __name__ == "__main__":
    main()
