"""What the ``known_actors`` Document rule (``marsad/ner/actors.txt``) does, and how honest its dev figure is.

    .venv/bin/python benchmarks/bench_actors.py [--ant-articles 400] [--sample 40] [--seed 0]

1. Entity F1 on the dev articles (../shared/examples) without the rule, with it, and with it but without every
   list entry whose name occurs in a dev article: the list was completed while looking at the dev misses, so the
   middle figure is optimistic and the last one is what the rest of the list adds.
2. On ANT news articles (unlabelled, other outlets than the dev set): how many ORG entities the rule adds or
   retypes, and a random sample of them with context, to judge their precision by hand.
"""

from __future__ import annotations

import argparse
import os
import random
from pathlib import Path

from marsad.components import create
from marsad.document import Document
from marsad.eval.gold import find_gold_folders, load_gold
from marsad.ner import rules
from marsad.ner.evaluate import evaluate_folders
from marsad.pipeline import Pipeline

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEFAULT_RULES = ("place_after_cue", "group_after_trigger", "propagate")


def pipeline(with_actors: bool) -> Pipeline:
    doc_rules = DEFAULT_RULES + (("known_actors",) if with_actors else ())
    return Pipeline([create("sentencizer"), create("tokenizer"), create("ner", doc_rules=doc_rules)])


def micro(scores: dict) -> str:
    m = scores["exact"]["micro"]
    org = scores["exact"].get("ORG", {})
    return f"entity F1 {m['f1']:.3f} (P {m['p']:.3f} R {m['r']:.3f}); ORG F1 {org.get('f1', 0):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ant-articles", type=int, default=400)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    examples = SHARED / "examples"
    without, with_ = pipeline(False), pipeline(True)
    print("dev articles, without the rule:", micro(evaluate_folders(examples, without)))
    print("dev articles, with the rule:   ", micro(evaluate_folders(examples, with_)))

    # the same rule without the entries a dev article names
    dev_text = "\n".join(load_gold(f).text for f in find_gold_folders(examples))
    ner = with_.get("ner")
    names = [ln.strip() for ln in (Path(rules.__file__).with_name("actors.txt")).read_text("utf-8").splitlines()]
    names = [n for n in names if n and not n.startswith("#")]
    in_dev = [n for n in names if n in dev_text]
    saved = dict(rules._ACTOR_INDEXES)  # the rule's index, swapped for one without the dev-named entries
    text_layer = Pipeline([create("sentencizer"), create("tokenizer")])
    from marsad.ner.tagger import proclitic_cut

    res = ner.model.fx.res
    kept: dict[str, list[tuple[str, ...]]] = {}
    for n in names:
        if n in in_dev:
            continue
        seq = tuple(rules._bare(t, proclitic_cut(t, res)) for t in text_layer(Document(text=n)).tokens)
        kept.setdefault(seq[0], []).append(seq)
    for seqs in kept.values():
        seqs.sort(key=len, reverse=True)
    rules._ACTOR_INDEXES[id(res)] = kept
    print(
        f"dev articles, with the rule minus the {len(in_dev)} of {len(names)} entries a dev article names:",
        micro(evaluate_folders(examples, with_)),
    )
    rules._ACTOR_INDEXES.clear()
    rules._ACTOR_INDEXES.update(saved)

    # additions on unlabelled news of other outlets
    from marsad.ingest.readers import iter_files, read_path

    texts: list[str] = []
    for f in iter_files([SHARED / "data" / "news-ant-multisource"]):
        texts.extend(r.text for r in read_path(f) if r.text)
        if len(texts) >= 2 * args.ant_articles:
            break
    texts = texts[args.ant_articles : 2 * args.ant_articles]  # not the first ones, which other benchmarks use
    added: list[tuple[str, str]] = []
    for text in texts:
        a = {(e.start, e.end, e.type) for e in without(Document(text=text)).entities}
        for e in with_(Document(text=text)).entities:
            if (e.start, e.end, e.type) not in a:
                left, right = text[max(0, e.start - 40) : e.start], text[e.end : e.end + 40]
                added.append((e.text, f"{left}[[{e.text}]]{right}".replace("\n", " ")))
    print(f"ANT articles {args.ant_articles}-{2 * args.ant_articles - 1}: {len(added)} ORG entities added or retyped")
    rng = random.Random(args.seed)
    for name, context in rng.sample(added, min(args.sample, len(added))):
        print(f"  {name}\t{context}")


if __name__ == "__main__":
    main()
