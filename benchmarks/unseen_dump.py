"""Dump what marsad reads in unseen news articles, one line per entity / statement / event / time, and compare two
dumps: the check behind every rule change since session 30 (the changed lines are then read one by one).

    .venv/bin/python benchmarks/unseen_dump.py dump OUT [--articles 600] [--seed 7]
    .venv/bin/python benchmarks/unseen_dump.py compare OLD NEW [--show]

The articles are the internationalNews and middleEast files of ../shared/data/news-ant-multisource, shuffled with
the seed (the session notes use 600 of seed 7 and 400 of seed 51). To dump another commit, run this script with
PYTHONPATH set to an export of it (``git archive REV | tar -x -C DIR``). ``compare`` prints, per kind, the lines
only in OLD (removed) and only in NEW (added): a retyped entity counts once in each.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "news-ant-multisource"
KINDS = ("ENT", "ST", "EV", "TIME")


def _field(raw: str, name: str) -> str:
    m = re.search(f"<{name}>(.*?)</{name}>", raw, re.S)
    return m.group(1).strip() if m else ""


def dump(out: Path, articles: int, seed: int, corpus: Path) -> int:
    """Write the dump of ``articles`` shuffled articles to ``out``; returns how many were read."""
    import marsad

    files = sorted(p for cat in ("internationalNews", "middleEast") for p in corpus.glob(f"*/{cat}/*.txt"))
    random.Random(seed).shuffle(files)
    done = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in files[:articles]:
            raw = path.read_text(encoding="utf-8")
            text = (_field(raw, "TITLE") + "\n\n" + _field(raw, "TEXT")).strip()
            if not text:
                continue
            m = re.search(r"(\d{4})-?(\d{2})-?(\d{2})", path.name.rsplit("-", 1)[-1])
            published = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
            try:
                doc = marsad.analyze(text, published=published)
            except Exception as exc:  # an article that fails is itself a line to read
                fh.write(f"{path.name} ERROR {exc}\n")
                continue
            for e in doc.entities:
                place = f" → {e.place.name_en},{e.place.country}" if e.place is not None else ""
                fh.write(f"{path.name} ENT {e.text}/{e.type}{place}\n")
            for st in doc.statements:
                speaker = st.speaker.text if st.speaker else None
                content = st.content.text[:90] if st.content else ""
                fh.write(f"{path.name} ST [{speaker}] {st.cue.text} {st.stance} «{content}»\n")
            for t in doc.times:
                fh.write(f"{path.name} TIME {t.text}={t.value}\n")
            for ev in doc.events:
                actors = ",".join(a.text for a in ev.actors)
                targets = ",".join(a.text for a in ev.targets)
                places = ",".join(a.text for a in ev.locations)
                fh.write(f"{path.name} EV {ev.trigger.text} {ev.plover} A[{actors}] T[{targets}] L[{places}]\n")
            done += 1
    return done


def compare(old: Path, new: Path, show: bool) -> dict[str, tuple[int, int]]:
    """Per kind, (lines only in old, lines only in new), as multisets of lines."""
    result = {}
    old_lines = Counter(old.read_text(encoding="utf-8").splitlines())
    new_lines = Counter(new.read_text(encoding="utf-8").splitlines())
    for kind in KINDS:
        mark = f" {kind} "
        removed = Counter({k: v for k, v in (old_lines - new_lines).items() if mark in k})
        added = Counter({k: v for k, v in (new_lines - old_lines).items() if mark in k})
        result[kind] = (sum(removed.values()), sum(added.values()))
        if show:
            for line in sorted(removed.elements()):
                print("-", line)
            for line in sorted(added.elements()):
                print("+", line)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--articles", type=int, default=600)
    d.add_argument("--seed", type=int, default=7)
    d.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", action="store_true", help="print the changed lines too")
    args = parser.parse_args()
    if args.command == "dump":
        n = dump(args.out, args.articles, args.seed, args.corpus)
        print(f"{n} articles dumped to {args.out}")
    else:
        for kind, (removed, added) in compare(args.old, args.new, args.show).items():
            print(f"{kind}: -{removed} +{added}")


if __name__ == "__main__":
    main()
