"""Where the full default pipeline spends its time on real news: cProfile over ~200 ANT articles.

    .venv/bin/python benchmarks/profile_pipeline.py [--articles 200] [--top 25] [--out /tmp/pipeline.prof]

Prints the time share of each component (from Pipeline timings), then the functions with the most own time
and the most cumulative time, each tagged with the marsad area it belongs to. The .prof file can be opened
with ``python -m pstats`` or snakeviz. Runs on one core, like bench_pipeline.py.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import DEFAULT_CORPUS, pin_one_core, read_articles


def area(filename: str) -> str:
    """marsad/<area>/… → area; anything else (stdlib, site-packages) → 'other'."""
    parts = Path(filename).parts
    if "marsad" in parts:
        rest = parts[parts.index("marsad") + 1 :]
        return rest[0].removesuffix(".py") if rest else "marsad"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--out", type=Path, default=Path("/tmp/marsad-pipeline.prof"))
    args = parser.parse_args()
    pin_one_core()

    import marsad

    texts = read_articles(args.corpus, args.articles)
    words = sum(len(t.split()) for t in texts)
    nlp = marsad.load()
    nlp(marsad.make_document("قال الوزير إن الاجتماع عقد في القاهرة أمس.", published="2018-01-01"))
    docs = [marsad.make_document(t, published="2018-06-01") for t in texts]
    print(f"{len(docs)} articles, {words:,} words; components {nlp.names}")

    timings: dict[str, float] = {}
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    for doc in docs:
        nlp(doc, timings=timings)
    profiler.disable()
    total = time.perf_counter() - t0
    profiler.dump_stats(args.out)
    print(f"profiled run: {total:.1f} s ({words / total:,.0f} words/s under the profiler)")
    for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {100 * seconds / total:5.1f}%")

    stats = pstats.Stats(str(args.out))
    rows = stats.stats  # type: ignore[attr-defined]
    grand = sum(tt for (_cc, _nc, tt, _ct, _callers) in rows.values()) or 1.0
    by_area: dict[str, float] = {}
    for (filename, _line, _fn), (_cc, _nc, tt, _ct, _callers) in rows.items():
        by_area[area(filename)] = by_area.get(area(filename), 0.0) + tt
    print("own time by area (marsad/<area>; 'other' = stdlib and libraries called from anywhere):")
    for name, tt in sorted(by_area.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12s} {100 * tt / grand:5.1f}%")

    def show(key: int, title: str) -> None:
        print(title)
        items = sorted(rows.items(), key=lambda kv: -kv[1][key])
        shown = 0
        for (filename, line, fn), (_cc, nc, tt, ct, _callers) in items:
            if key == 3 and area(filename) == "other":
                continue  # cumulative view: our functions only
            where = f"{Path(filename).name}:{line}({fn})" if area(filename) != "other" else f"{filename}:{fn}"
            share = f"{100 * tt / grand:5.1f}% own {100 * ct / grand:5.1f}% cum"
            print(f"  {share} {nc:>9,} calls  [{area(filename)}] {where}")
            shown += 1
            if shown >= args.top:
                break

    show(2, f"top {args.top} by own time:")
    show(3, f"top {args.top} marsad functions by cumulative time:")


if __name__ == "__main__":
    main()
