"""What the list-driven NER Document rules do, and how honest their dev figures are.

    .venv/bin/python benchmarks/bench_actors.py [--rule RULE] [--ant-articles 400] [--sample 40]

``known_actors`` tags the organisations of ``marsad/ner/actors.txt`` (ORG), ``known_persons`` the people of
``persons.txt`` (PER), ``known_places`` the multi-word names
of the geo gazetteer (LOC), where the model missed them or tagged only a part; ``named_in_quotes`` tags a quoted
name after a naming word as MISC, ``drop_common_noun_misc`` drops MISC currency units and الفيتو.

1. Entity F1 on the dev articles (../shared/examples) without the rule, with it, and with it but without every
   listed name that occurs in a dev article: the lists were completed (actors) or curated (the gazetteer's
   hand-written rows) while looking at the dev articles, so the middle figure is optimistic and the last one is
   what the rest of the list adds.
2. On ANT news articles (unlabelled, other outlets than the dev set): how many entities the rule adds or retypes,
   and a random sample of them with context, to judge their precision by hand.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

from marsad.components import create
from marsad.document import Document
from marsad.eval.gold import find_gold_folders, load_gold
from marsad.ner import rules
from marsad.ner.evaluate import evaluate_folders
from marsad.ner.tagger import DOC_RULES, proclitic_cut
from marsad.pipeline import Pipeline
from marsad.text.normalize import lookup_key

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[2] / "shared"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
ALL_RULES = DOC_RULES
RULE_TYPE = {
    "known_actors": "ORG",
    "known_persons": "PER",
    "known_places": "LOC",
    "named_in_quotes": "MISC",
    "drop_common_noun_misc": "MISC",
    "drop_adjectival_places": "LOC",
    "extend_by_nationality": "ORG",
}


def pipeline(doc_rules: tuple[str, ...]) -> Pipeline:
    return Pipeline([create("sentencizer"), create("tokenizer"), create("ner", doc_rules=doc_rules)])


def summary(scores: dict, typ: str) -> str:
    m = scores["exact"]["micro"]
    t = scores["exact"].get(typ, {})
    return f"entity F1 {m['f1']:.3f} (P {m['p']:.3f} R {m['r']:.3f}); {typ} F1 {t.get('f1', 0):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rule", choices=tuple(RULE_TYPE), default="known_actors")
    ap.add_argument("--ant-articles", type=int, default=400)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    typ = RULE_TYPE[args.rule]
    examples = SHARED / "examples"
    without = pipeline(tuple(r for r in ALL_RULES if r != args.rule))
    with_ = pipeline(ALL_RULES)
    print(f"rule {args.rule}")
    print("dev articles, without the rule:", summary(evaluate_folders(examples, without), typ))
    print("dev articles, with the rule:   ", summary(evaluate_folders(examples, with_), typ))

    if args.rule in ("known_actors", "known_persons", "known_places"):
        _without_dev_names(args.rule, examples, with_, typ)
    _sample_ant(args, without, with_, typ)


def _without_dev_names(rule: str, examples: Path, with_: Pipeline, typ: str) -> None:
    """The list rule's figure without every listed name that a dev article contains."""
    # the index the rule uses, and the listed names that occur in a dev article (matched as the rule matches)
    res = with_.get("ner").model.fx.res
    if rule == "known_actors":
        index = rules._actor_index(res)
    elif rule == "known_persons":
        index = rules._person_index(res)
    else:
        index = rules._place_index()
    text_layer = Pipeline([create("sentencizer"), create("tokenizer")])
    in_dev: set[tuple[str, ...]] = set()
    for folder in find_gold_folders(examples):
        tokens = text_layer(Document(text=load_gold(folder).text)).tokens
        if rule in ("known_actors", "known_persons"):
            keys = [rules._bare(t, proclitic_cut(t, res)) for t in tokens]
        else:
            keys = [lookup_key(t.text[proclitic_cut(t, res) :]) for t in tokens]
        for i, k in enumerate(keys):
            in_dev.update(seq for seq in index.get(k, ()) if tuple(keys[i : i + len(seq)]) == seq)
    saved = {k: list(v) for k, v in index.items()}
    for k in list(index):  # the rule's own index, edited in place for one evaluation, then restored
        index[k] = [seq for seq in index[k] if seq not in in_dev]
    n_names = sum(len(v) for v in saved.values())
    print(
        f"dev articles, with the rule minus the {len(in_dev)} of {n_names} listed names a dev article contains:",
        summary(evaluate_folders(examples, with_), typ),
    )
    index.update(saved)


def _sample_ant(args: argparse.Namespace, without: Pipeline, with_: Pipeline, typ: str) -> None:
    """Additions (and removals) on unlabelled news of other outlets (not the first articles, which other
    benchmarks use), and a random sample of them with context."""
    from bench_pipeline import read_articles

    texts = read_articles(SHARED / "data" / "news-ant-multisource", 2 * args.ant_articles)[args.ant_articles :]
    changed: dict[str, list[tuple[str, str]]] = {"added or retyped": [], "removed": []}
    for text in texts:
        before = without(Document(text=text)).entities
        after = with_(Document(text=text)).entities
        spans_before = {(e.start, e.end, e.type) for e in before}
        spans_after = {(e.start, e.end, e.type) for e in after}
        for what, ents, other in (("added or retyped", after, spans_before), ("removed", before, spans_after)):
            for e in ents:
                if (e.start, e.end, e.type) not in other and (what != "removed" or e.type == typ):
                    left, right = text[max(0, e.start - 40) : e.start], text[e.end : e.end + 40]
                    changed[what].append((e.text, f"{left}[[{e.text}]]{right}".replace("\n", " ")))
    rng = random.Random(args.seed)
    for what, items in changed.items():
        print(f"ANT articles {args.ant_articles}-{2 * args.ant_articles - 1}: {len(items)} {typ} entities {what}")
        for name, context in rng.sample(items, min(args.sample, len(items))):
            print(f"  {name}\t{context}")


if __name__ == "__main__":
    main()
