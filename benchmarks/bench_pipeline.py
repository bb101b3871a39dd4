"""Throughput of the full pipeline and of each component, on real news text, on one core.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles 300] [--corpus ../shared/data/news-ant-multisource]

Prints: pipeline load time; words/s for the whole pipeline and per component (time share); peak RSS; and the
scaling of cost with input size (1k, 10k, 100k words) to show it is linear. Words are whitespace-separated tokens
of the article text. Baselines for tokenisation run in the same process on the same text (spaCy blank("ar") and
pyarabic when installed) so figures can be compared as ratios across machines.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "news-ant-multisource"
_FIELD = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)


def read_articles(corpus: Path, limit: int) -> list[str]:
    """Article texts (TITLE + newline + TEXT) from the TREC-like ANT files, in a stable order."""
    texts = []
    for path in sorted(corpus.rglob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        fields = dict((m.group(1), m.group(2).strip()) for m in _FIELD.finditer(raw))
        if fields.get("TEXT"):
            texts.append(fields.get("TITLE", "") + "\n" + fields["TEXT"])
        if len(texts) >= limit:
            break
    return texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass

    import marsad
    from marsad.errors import InputError

    texts = read_articles(args.corpus, args.articles)
    if not texts:
        sys.exit(f"no articles under {args.corpus}")
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words:,} words from {args.corpus}")

    t0 = time.perf_counter()
    nlp = marsad.load()
    nlp(marsad.make_document("قال الوزير إن الاجتماع عقد في القاهرة أمس.", published="2018-01-01"))  # warm caches
    print(f"load: {time.perf_counter() - t0:.2f} s for components {nlp.names}")

    timings: dict[str, float] = {}
    failures = 0
    t0 = time.perf_counter()
    for text in texts:
        try:
            doc = marsad.make_document(text, published="2018-06-01")
        except InputError:
            failures += 1
            continue
        nlp(doc, timings=timings)
    total = time.perf_counter() - t0
    print(f"full pipeline: {words / total:,.0f} words/s ({total:.2f} s; {failures} inputs refused)")
    for name, seconds in timings.items():
        print(f"  {name:12s} {words / seconds:>12,.0f} words/s  {100 * seconds / total:5.1f}% of time")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")

    # baselines: tokenisation only, same text, same process
    joined = "\n".join(texts)
    from marsad.text.tokens import tokenize

    t0 = time.perf_counter()
    tokenize(joined)
    ours = time.perf_counter() - t0
    print(f"baseline tokenisation (same {words:,} words):")
    print(f"  marsad tokenize (no clitics)   {words / ours:>12,.0f} words/s")
    try:
        import spacy

        blank = spacy.blank("ar")
        blank.max_length = len(joined) + 1
        t0 = time.perf_counter()
        blank(joined)
        print(f"  spaCy blank('ar')              {words / (time.perf_counter() - t0):>12,.0f} words/s")
    except ImportError:
        print("  spaCy not installed (pip install -e '.[bench]')")
    try:
        from pyarabic.araby import tokenize as pyarabic_tokenize

        t0 = time.perf_counter()
        pyarabic_tokenize(joined)
        print(f"  pyarabic tokenize              {words / (time.perf_counter() - t0):>12,.0f} words/s")
    except ImportError:
        print("  pyarabic not installed")

    # scaling: cost against input size
    print("scaling (full pipeline on one synthetic document made of corpus paragraphs):")
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    for target in (1_000, 10_000, 100_000):
        chunk, n = [], 0
        for p in paragraphs * (1 + target // max(1, words)):
            chunk.append(p)
            n += len(p.split())
            if n >= target:
                break
        doc = marsad.make_document("\n".join(chunk), published="2018-06-01")
        t0 = time.perf_counter()
        nlp(doc)
        seconds = time.perf_counter() - t0
        print(f"  {n:>7,} words: {seconds:7.3f} s  ({n / seconds:,.0f} words/s)")


if __name__ == "__main__":
    main()
