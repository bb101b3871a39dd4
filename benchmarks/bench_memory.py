"""Where memory goes in a long run: RSS and the fill of every per-token cache, every K articles.

    .venv/bin/python benchmarks/bench_memory.py [--articles 1500] [--every 100] [--corpus DIR]

Runs the full default pipeline over the ANT articles (as bench_pipeline.py, one core) and prints, every K
articles, the resident set (VmRSS), the peak so far (ru_maxrss) and how many entries each bounded cache holds:
the NER ensemble's projections / encoder ids / CRF sums / feature lists / stems, ``lookup_key``, the tokenizer's
word cache and the clitic segmenter's. A figure that keeps rising after its cache is full points at something
unbounded. At the end: RSS after ``gc.collect()`` and after glibc ``malloc_trim(0)`` (the difference is freed
heap that the allocator keeps: fragmentation, not live data).
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import DEFAULT_CORPUS, pin_one_core, read_articles


def rss_mb() -> float:
    """Current resident set of this process (VmRSS), MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cache_fill(nlp) -> dict[str, int]:
    """Entries held by each per-token cache of the pipeline (absent ones are left out)."""
    from marsad.text.normalize import lookup_key

    out: dict[str, int] = {"lookup_key": lookup_key.cache_info().currsize}
    for comp in nlp.components:
        if comp.name == "ner":
            m = comp.model
            neural = getattr(m, "neural", None)
            if neural is not None:
                out["ner.projections"] = len(getattr(neural, "_slot", ()))
                out["ner.encoder"] = len(neural.enc._cache)
            if getattr(m, "_crf_scores", None) is not None:
                out["ner.crf_sums"] = len(m._crf_scores._tok)
            out["ner.features"] = len(m.fx._cache)
            out["ner.stems"] = len(m.fx._stems)
        elif comp.name == "tokenizer":
            analyse = getattr(comp, "_analyse", None)
            if analyse is not None and hasattr(analyse, "cache_info"):
                out["tokenizer.words"] = analyse.cache_info().currsize
            seg = comp.segmenter
            out["clitics.words"] = seg._segment_cached.cache_info().currsize
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    pin_one_core()
    import marsad

    texts = read_articles(args.corpus, args.articles)
    print(f"{len(texts)} articles read: RSS {rss_mb():.0f} MB")
    nlp = marsad.load()
    nlp(marsad.make_document("قال الوزير إن الاجتماع عقد في القاهرة أمس.", published="2018-01-01"))
    print(f"pipeline loaded: RSS {rss_mb():.0f} MB")
    t0 = time.perf_counter()
    for i, text in enumerate(texts, 1):
        nlp(marsad.make_document(text, published="2018-06-01"))
        if i % args.every == 0 or i == len(texts):
            fill = " ".join(f"{k}={v}" for k, v in cache_fill(nlp).items())
            took = time.perf_counter() - t0
            print(f"{i:6d} articles {took:7.1f} s  RSS {rss_mb():5.0f} MB  peak {peak_mb():5.0f} MB  {fill}")
    gc.collect()
    print(f"after gc.collect(): RSS {rss_mb():.0f} MB")
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        print(f"after malloc_trim(0): RSS {rss_mb():.0f} MB")
    except OSError:
        pass


if __name__ == "__main__":
    main()
