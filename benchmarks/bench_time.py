"""Date figures: the ``times`` grammar against dateparser, on the dev gold and on a table of constructions.

    .venv/bin/python benchmarks/bench_time.py [--gold ../shared/examples] [--errors] [--no-dateparser]
    .venv/bin/python benchmarks/bench_time.py --spot '../shared/data/news-ant-jawharafm/*/*.txt' --seed 404 --n 8

1. Dev gold (FORMAT.md rules, ``marsad.eval.scorer``): exact-span P/R/F1 of ``times`` and value accuracy on matched
   pairs, for marsad's ``times`` component (over the real sentencizer) and for ``dateparser.search.search_dates``
   (languages=["ar"], RELATIVE_BASE = publication date, PREFER_DATES_FROM = "past"; its datetimes are cut to the
   gold value's precision, which favours dateparser).
2. Constructions: every expression of ``CASES`` (the same table the tests use, tests/time/time_cases.py) parsed alone:
   value accuracy of marsad and of ``dateparser.parse``.
3. Speed: articles per second for both on the dev articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from marsad.document import Document
from marsad.eval.gold import find_gold_folders, load_gold
from marsad.eval.scorer import Counts, Ratio, _exact, match
from marsad.text.sentences import Sentencizer
from marsad.time.tagger import TimeTagger, find_times

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = Path(os.environ.get("MARSAD_GOLD", ROOT.parent / "shared" / "examples"))
sys.path.insert(0, str(ROOT / "tests" / "time"))


def _score(gold: list[dict], pred: list[dict], counts: Counts, values: Ratio) -> list[tuple[int, int]]:
    pairs = match(gold, pred, _exact)
    counts.add(Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs)))
    for gi, pi in pairs:
        values.add(Ratio(int(gold[gi]["value"] == pred[pi]["value"]), 1))
    return pairs


def _cut(value: dt.datetime, like: str) -> str:
    return value.date().isoformat()[: len(like)]


def run_marsad(arts) -> tuple[Counts, Ratio, float, list[str]]:
    counts, values, errors = Counts(), Ratio(), []
    sent, tagger = Sentencizer(), TimeTagger()
    t0 = time.perf_counter()
    preds = []
    for art in arts:
        doc = tagger(sent(Document(text=art.text, published=art.published)))
        preds.append([t.to_json() for t in doc.times])
    elapsed = time.perf_counter() - t0
    for art, pred in zip(arts, preds, strict=True):
        gold = art.gold.get("times", [])
        pairs = _score(gold, pred, counts, values)
        gm, pm = {g for g, _ in pairs}, {p for _, p in pairs}
        for gi, g in enumerate(gold):
            if gi not in gm:
                errors.append(f"{art.id} MISS {g['start']} {g['text']!r} {g['value']}")
        for pi, p in enumerate(pred):
            if pi not in pm:
                errors.append(f"{art.id} SPUR {p['start']} {p['text']!r} {p['value']}")
        for gi, pi in pairs:
            if gold[gi]["value"] != pred[pi]["value"]:
                errors.append(f"{art.id} VALUE {gold[gi]['text']!r} gold {gold[gi]['value']} got {pred[pi]['value']}")
    return counts, values, elapsed, errors


def run_dateparser(arts) -> tuple[Counts, Ratio, float]:
    from dateparser.search import search_dates

    counts, values = Counts(), Ratio()
    elapsed = 0.0
    for art in arts:
        base = dt.datetime.fromisoformat(art.published)
        t0 = time.perf_counter()
        found = (
            search_dates(art.text, languages=["ar"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
            or []
        )
        elapsed += time.perf_counter() - t0
        pred, pos = [], 0
        gold = art.gold.get("times", [])
        for sub, value in found:
            i = art.text.find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            like = next((g["value"] for g in gold if g["start"] == i), "YYYY-MM-DD")
            pred.append({"start": i, "end": i + len(sub), "text": sub, "value": _cut(value, like)})
        _score(gold, pred, counts, values)
    return counts, values, elapsed


def run_cases(use_dateparser: bool) -> None:
    from time_cases import CASES

    ok_m = ok_d = 0
    t_m = t_d = 0.0
    for text, pub, expected in CASES:
        t0 = time.perf_counter()
        found, _ = find_times(text, pub)
        t_m += time.perf_counter() - t0
        got = [(t.text, t.value) for t in found]
        ok_m += int(got == expected)
        if use_dateparser and len(expected) == 1:
            import dateparser

            t0 = time.perf_counter()
            v = dateparser.parse(
                expected[0][0],
                languages=["ar"],
                settings={"RELATIVE_BASE": dt.datetime.fromisoformat(pub), "PREFER_DATES_FROM": "past"},
            )
            t_d += time.perf_counter() - t0
            ok_d += int(v is not None and _cut(v, expected[0][1]) == expected[0][1])
    single = sum(1 for _, _, e in CASES if len(e) == 1)
    print(f"constructions: {len(CASES)} sentences; marsad exact (spans and values) {ok_m}/{len(CASES)}")
    if use_dateparser:
        print(f"  single-expression cases, value of the expression parsed alone: dateparser {ok_d}/{single}")
    print(f"  time: marsad {t_m * 1000:.1f} ms" + (f", dateparser {t_d * 1000:.1f} ms" if use_dateparser else ""))


def spot_check(pattern: str, seed: int, n: int) -> None:
    """Print the expressions found in ``n`` random ANT-format articles for judging by hand (no gold)."""
    import glob
    import random
    import re

    files = sorted(glob.glob(pattern))
    random.seed(seed)
    for f in random.sample(files, min(n, len(files))):
        raw = Path(f).read_text(encoding="utf-8")
        d = re.search(r"(\d{8})\.txt$", f)
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
        if not (d and body):
            continue
        pub = f"{d.group(1)[:4]}-{d.group(1)[4:6]}-{d.group(1)[6:]}"
        text = (title.group(1) if title else "") + "\n" + body.group(1)
        found, _ = find_times(text, pub)
        print(f"== {Path(f).name} {pub} {dt.date.fromisoformat(pub):%a}")
        for t in found:
            print(f"   {t.value:10} [{t.text}]  …{text[max(0, t.start - 35) : t.start]!r}|{text[t.end : t.end + 20]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--errors", action="store_true", help="list misses, spurious spans and wrong values")
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--spot", metavar="GLOB", help="instead: print expressions of random ANT articles to judge")
    ap.add_argument("--seed", type=int, default=404)
    ap.add_argument("--n", type=int, default=14)
    args = ap.parse_args()
    if args.spot:
        spot_check(args.spot, args.seed, args.n)
        return
    arts = [load_gold(f) for f in find_gold_folders(args.gold)]
    counts, values, elapsed, errors = run_marsad(arts)
    n_gold = sum(len(a.gold.get("times", [])) for a in arts)
    print(f"dev gold: {len(arts)} articles, {n_gold} gold times ({args.gold})")
    print(
        f"marsad     P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f} "
        f"(tp {counts.tp} fp {counts.fp} fn {counts.fn}); value accuracy {values.right}/{values.total} "
        f"= {values.value:.3f}; {len(arts) / elapsed:.0f} articles/s"
    )
    if not args.no_dateparser:
        dc, dv, de = run_dateparser(arts)
        print(
            f"dateparser P {dc.precision:.3f} R {dc.recall:.3f} F1 {dc.f1:.3f} "
            f"(tp {dc.tp} fp {dc.fp} fn {dc.fn}); value accuracy {dv.right}/{dv.total} "
            f"= {dv.value:.3f}; {len(arts) / de:.1f} articles/s"
        )
    run_cases(not args.no_dateparser)
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
