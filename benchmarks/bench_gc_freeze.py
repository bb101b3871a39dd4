"""What ``Pipeline.prepare_long_run`` (gc.freeze after loading) buys: full pipeline CPU time, frozen vs not.

    .venv/bin/python benchmarks/bench_gc_freeze.py [--articles 1200]

The articles are cut into 4 chunks; each chunk runs twice in the same process, once with the startup objects
frozen and once not, the order alternating per chunk, so the warm-cache advantage of the second run of a chunk
falls on each mode equally often. Prints process CPU seconds per run and the ratio not-frozen / frozen.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

import marsad
from marsad.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import DEFAULT_CORPUS, pin_one_core, read_articles

CHUNKS = 4  # even: each mode runs first in half of the chunks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1200)
    args = ap.parse_args()
    pin_one_core()
    texts = read_articles(DEFAULT_CORPUS, args.articles)
    nlp = marsad.load()
    nlp(Document(text=texts[0], published="2018-06-01"))  # lazy loads happen before any timing
    size = len(texts) // CHUNKS
    runs: dict[str, list[float]] = {"not frozen": [], "frozen": []}
    for i in range(CHUNKS):
        chunk = texts[i * size : (i + 1) * size]
        for mode in ("not frozen", "frozen") if i % 2 == 0 else ("frozen", "not frozen"):
            gc.unfreeze()
            gc.collect()
            if mode == "frozen":
                gc.freeze()
            t0 = time.process_time()
            for text in chunk:
                nlp(Document(text=text, published="2018-06-01"))
            runs[mode].append(time.process_time() - t0)
    gc.unfreeze()
    for mode, secs in runs.items():
        print(f"{mode:>11}: " + ", ".join(f"{s:.2f} s" for s in secs) + f"  (total {sum(secs):.2f} s)")
    ratio = sum(runs["not frozen"]) / sum(runs["frozen"])
    print(f"ratio not frozen / frozen: {ratio:.3f} ({CHUNKS * size} articles, each run twice)")


if __name__ == "__main__":
    main()
