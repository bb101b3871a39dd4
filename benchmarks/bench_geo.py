"""Gazetteer load time, lookups per second, and place accuracy on the dev gold (gold entities as input).

    .venv/bin/python benchmarks/bench_geo.py [--gold ../shared/examples] [--errors]

Accuracy follows shared/gold/FORMAT.md (50 km; admin areas same country and 150 km; countries/regions same code).
``--ablate-curated``: also score with the curated rows that name a dev-gold place removed (countries kept) —
the curated list was written after reading the dev gold's place list, so this is the honest lower estimate of
what the curated list contributes on unseen articles.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def bench_load(repeats: int = 5) -> list[float]:
    from marsad.geo.gazetteer import GAZETTEER_PATH, Gazetteer

    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        Gazetteer._read(GAZETTEER_PATH)
        times.append(time.perf_counter() - t0)
    return times


def gold_names(root: Path) -> list[str]:
    from marsad.eval.gold import find_gold_folders, load_gold

    names = []
    for folder in find_gold_folders(root):
        names += [e["text"] for e in load_gold(folder).gold.get("entities", []) if e["type"] == "LOC"]
    return names


def bench_lookups(names: list[str], seconds: float = 2.0) -> tuple[float, float]:
    from marsad.geo.resolve import Resolver

    r = Resolver.shared()
    ctx = r.context_from_names(names[:30])
    out = []
    for context in (None, ctx):
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            for name in names:
                r.resolve(name, context)
            n += len(names)
        out.append(n / (time.perf_counter() - t0))
    return out[0], out[1]


def ablated_accuracy(root: Path) -> tuple[int, float, float, int]:
    """Accuracy with curated non-country rows that match a dev-gold LOC name removed from the index."""
    from marsad.geo.evaluate import evaluate_places
    from marsad.geo.gazetteer import Gazetteer
    from marsad.geo.resolve import Resolver, name_variants

    gaz = Gazetteer.load()
    keys = {v.key for n in gold_names(root) for v in name_variants(n)}
    drop = {
        i
        for k in keys
        for i in gaz.index.get(k, ())
        if gaz.entries[i].source == "curated" and gaz.entries[i].precision != "country"
    }
    index = {k: [i for i in ids if i not in drop] for k, ids in gaz.index.items()}
    saved_index, saved_shared = gaz.index, Resolver._shared
    try:
        gaz.index = {k: v for k, v in index.items() if v}
        Resolver._shared = Resolver(gaz)
        s = evaluate_places(root)
    finally:
        gaz.index, Resolver._shared = saved_index, saved_shared
    return s.total, s.accuracy, s.country_accuracy, len(drop)


def anercorp_coverage(path: Path, sample: int, seed: int) -> None:
    """Share of ANERcorp (train) LOC mentions that get a place — coverage, not accuracy (no gold coordinates).

    Prints a random sample of distinct resolved names for a manual spot check.
    """
    import random
    from collections import Counter

    from marsad.geo.resolve import resolve

    mentions: list[str] = []
    cur: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            tag = parts[-1] if len(parts) >= 2 else "O"
            if tag == "I-LOC" and cur:
                cur.append(parts[0])
                continue
            if cur:
                mentions.append(" ".join(cur))
                cur = []
            if tag == "B-LOC":
                cur = [parts[0]]
    counts = Counter(mentions)
    places = {m: resolve(m) for m in counts}
    covered = sum(n for m, n in counts.items() if places[m] is not None)
    print(
        f"ANERcorp train LOC mentions with a place (coverage, not accuracy): {covered / len(mentions):.1%} of "
        f"{len(mentions)} mentions, {sum(p is not None for p in places.values()) / len(counts):.1%} of "
        f"{len(counts)} distinct names"
    )
    rng = random.Random(seed)
    for m in rng.sample(sorted(m for m in counts if places[m] is not None), sample):
        p = places[m]
        print(f"  {m}\t{p.name_en}\t{p.country}\t{p.precision}\t{p.lat:.2f},{p.lon:.2f}")


def idrisi_dev(root: Path) -> None:
    """Accuracy on IDRISI-D(A) dev mentions (see marsad.geo.evaluate.evaluate_idrisi_dev)."""
    from marsad.geo.evaluate import evaluate_idrisi_dev

    s = evaluate_idrisi_dev(root)
    print(
        f"IDRISI-D(A) dev (tweets, unseen): accuracy {s.accuracy:.1%}, right country {s.country_accuracy:.1%}, "
        f"answered {s.answered / s.total:.1%} of {s.total} mentions"
    )
    for t, (n, k) in sorted(s.by_type.items(), key=lambda kv: -kv[1][0]):
        print(f"  {t}: {k}/{n} = {k / n:.0%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=REPO.parent / "shared" / "examples")
    ap.add_argument("--errors", action="store_true", help="list the wrong places")
    ap.add_argument("--ablate-curated", action="store_true")
    ap.add_argument(
        "--anercorp",
        type=Path,
        nargs="?",
        const=REPO.parent / "shared" / "data" / "anercorp-camellab" / "ANERCorp_CamelLab_train.txt",
        help="also report coverage on ANERcorp LOC mentions and print a sample to check by hand",
    )
    ap.add_argument(
        "--idrisi-dev",
        type=Path,
        nargs="?",
        const=REPO.parent / "shared" / "data" / "idrisi-ar" / "lmd",
        help="also score IDRISI-D(A) dev mentions (OSM gold points)",
    )
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from marsad.geo.gazetteer import Gazetteer

    g = Gazetteer.load()
    print(f"first load (import + read + index): {time.perf_counter() - t0:.3f} s, {len(g)} places, {len(g.index)} keys")
    loads = bench_load()
    print(f"load: median {statistics.median(loads):.3f} s, min {min(loads):.3f} s over {len(loads)} runs")

    names = gold_names(args.gold)
    alone, with_ctx = bench_lookups(names)
    print(f"resolve(): {alone:,.0f} names/s without context, {with_ctx:,.0f} names/s with a document context")

    from marsad.geo.evaluate import evaluate_places

    t0 = time.perf_counter()
    s = evaluate_places(args.gold)
    dt = time.perf_counter() - t0
    print(
        f"places (gold entities, {s.total} LOC mentions with a gold place): accuracy {s.accuracy:.1%}, "
        f"right country {s.country_accuracy:.1%} ({dt:.2f} s)"
    )
    if args.errors:
        for doc_id, text, got, gold in s.errors:
            print(f"  {doc_id}\t{text}\tgot: {got}\tgold: {gold}")
    if args.ablate_curated:
        total, acc, cacc, dropped = ablated_accuracy(args.gold)
        print(
            f"ablation without the {dropped} curated rows naming dev-gold places: accuracy {acc:.1%}, "
            f"right country {cacc:.1%} ({total} mentions)"
        )
    if args.idrisi_dev:
        idrisi_dev(args.idrisi_dev)
    if args.anercorp:
        anercorp_coverage(args.anercorp, args.sample, args.seed)


if __name__ == "__main__":
    main()
