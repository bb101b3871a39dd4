"""Throughput of the full pipeline and of each component, on real news text, on one core.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles 300] [--corpus ../shared/data/news-ant-multisource]

Prints: pipeline build time and model load time (components load their models lazily, on the first document);
words/s for the whole pipeline and per component (time share), and for the normaliser alone; peak RSS; the scaling
of cost with input size (1k, 10k, 100k words) to show it is linear. Words are whitespace-separated tokens of the
article text. Baselines run in the same process on the same text, so figures compare as ratios across machines:
tokenisation by spaCy blank("ar"), camel-tools simple_word_tokenize and pyarabic (each when installed), and dates
by dateparser (``pip install -e '.[bench]'``; camel-tools with ``--no-deps``, see docs/benchmarks.md).

    --json FILE   also write every figure as JSON (for docs/benchmarks.md)
    --no-scaling  skip the 1k/10k/100k runs (the 100k-word document alone takes a while)
"""

from __future__ import annotations

import argparse
import json
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


def pin_one_core() -> None:
    """Run this process on one core (the figures are per core); a no-op where affinity is not supported."""
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass


def date_baseline(texts: list[str]) -> dict:
    """Dates: marsad's ``times`` against dateparser — speed on the same articles, accuracy on the date table.

    Accuracy reuses benchmarks/bench_time.py and its table of constructions (tests/time/time_cases.py), so the
    two benchmarks never disagree on what is counted.
    """
    import datetime as dt

    import marsad

    out: dict = {"articles": len(texts), "words": sum(len(t.split()) for t in texts)}
    dated = marsad.load(["sentencizer", "times"])
    t0 = time.perf_counter()
    for t in texts:
        dated(marsad.make_document(t, published="2018-06-01"))
    out["marsad_words_per_s"] = out["words"] / (time.perf_counter() - t0)
    rate = out["marsad_words_per_s"]
    print(f"dates on {len(texts)} articles ({out['words']:,} words): marsad sentencizer+times {rate:,.0f} words/s")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  dateparser not installed (pip install -e '.[dev]')")
        return out
    base = dt.datetime(2018, 6, 1)
    t0 = time.perf_counter()
    for t in texts:
        search_dates(t, languages=["ar"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    out["dateparser_search_words_per_s"] = out["words"] / (time.perf_counter() - t0)
    print(f"  dateparser search_dates {out['dateparser_search_words_per_s']:,.0f} words/s")
    try:
        sys.path.insert(0, str(REPO / "benchmarks"))
        from bench_time import run_cases

        print("  accuracy on the date table (benchmarks/bench_time.py):")
        run_cases(True)
    except ImportError as exc:
        print(f"  (date table unavailable: {exc})")
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="write the figures as JSON here too")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--date-articles", type=int, default=20, help="articles for the dateparser speed baseline")
    args = parser.parse_args()
    from marsad.machine import cpu_model

    figures: dict = {"python": sys.version.split()[0], "nproc": os.cpu_count(), "cpu": cpu_model()}
    pin_one_core()

    import marsad
    from marsad.errors import InputError

    texts = read_articles(args.corpus, args.articles)
    if not texts:
        sys.exit(f"no articles under {args.corpus}")
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words:,} words from {args.corpus}")

    t0 = time.perf_counter()
    nlp = marsad.load()
    built = time.perf_counter() - t0
    warm: dict[str, float] = {}
    t0 = time.perf_counter()
    nlp(marsad.make_document("قال الوزير إن الاجتماع عقد في القاهرة أمس.", published="2018-01-01"), timings=warm)
    first = time.perf_counter() - t0
    print(
        f"load: pipeline built in {built:.2f} s; first document (lazy model loads) {first:.2f} s; "
        f"model load time {built + first:.2f} s for components {nlp.names}"
    )
    print("  first-document time by component: " + ", ".join(f"{k} {v:.2f} s" for k, v in warm.items()))
    figures.update(articles=len(texts), words=words, build_s=built, first_doc_s=first, load_s=built + first)
    figures["first_doc_by_component_s"] = warm

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
    figures.update(pipeline_words_per_s=words / total, pipeline_s=total, refused=failures, peak_rss_mb=peak_rss_mb())
    figures["component_words_per_s"] = {name: words / sec for name, sec in timings.items()}
    figures["component_share"] = {name: sec / total for name, sec in timings.items()}

    if not args.no_scaling:
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
            parts: dict[str, float] = {}
            t0 = time.perf_counter()
            nlp(doc, timings=parts)
            seconds = time.perf_counter() - t0
            slowest = ", ".join(f"{k} {v:.2f}" for k, v in sorted(parts.items(), key=lambda kv: -kv[1])[:4])
            print(f"  {n:>7,} words: {seconds:7.3f} s  ({n / seconds:,.0f} words/s)  slowest (s): {slowest}")
            figures.setdefault("scaling", []).append(
                {"words": n, "seconds": seconds, "words_per_s": n / seconds, "components_s": parts}
            )
        print(f"peak RSS after scaling (pipeline only, before the baselines): {peak_rss_mb():.0f} MB")
        figures["peak_rss_after_scaling_mb"] = peak_rss_mb()

    # baselines: tokenisation only, same text, same process
    joined = "\n".join(texts)
    from marsad.text.normalize import normalize
    from marsad.text.tokens import Tokenizer, tokenize

    def rate(fn) -> float:
        t0 = time.perf_counter()
        fn()
        return words / (time.perf_counter() - t0)

    base: dict[str, float | None] = {}
    base["marsad normalize (offset map)"] = rate(lambda: normalize(joined))
    base["marsad tokenize (no clitics)"] = rate(lambda: tokenize(joined))
    segmenter = Tokenizer()
    segmenter.segmenter.cache_clear()  # a cold cache, as for a fresh corpus
    base["marsad tokens + clitics"] = rate(lambda: segmenter.tokens(joined))
    try:
        import spacy

        blank = spacy.blank("ar")
        blank.max_length = len(joined) + 1
        base["spaCy blank('ar')"] = rate(lambda: blank(joined))
    except ImportError:
        base["spaCy blank('ar') (not installed)"] = None
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize

        base["camel-tools simple_word_tokenize"] = rate(lambda: simple_word_tokenize(joined))
    except ImportError as exc:
        base[f"camel-tools (import failed: {exc})"] = None
    try:
        from pyarabic.araby import tokenize as pyarabic_tokenize

        base["pyarabic tokenize"] = rate(lambda: pyarabic_tokenize(joined))
    except ImportError:
        base["pyarabic (not installed)"] = None
    print(f"baselines on the same {words:,} words, one string:")
    for name, value in base.items():
        print(f"  {name:34s} {value:>12,.0f} words/s" if value else f"  {name}")
    figures["tokenisation_words_per_s"] = base
    figures["dates"] = date_baseline(texts[: args.date_articles])

    write_json(args.json, figures)


def write_json(path: Path | None, figures: dict) -> None:
    if path is not None:
        path.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"figures written to {path}")


if __name__ == "__main__":
    main()
