"""``marsad eval --gold DIR``: run the pipeline over gold folders and print per-layer figures."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("--gold", "gold_dir", required=True, help="A gold folder, or a directory of them.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable figures.")
@click.option("--per-article", is_flag=True, help="Also print figures for each article.")
@click.option("--components", help="Comma-separated component names (default: the full pipeline).")
@click.option(
    "--gold-layers",
    default="",
    help="Fill these layers from gold before running (e.g. entities,times) to measure a component in isolation.",
)
def evaluate(gold_dir: str, as_json: bool, per_article: bool, components: str | None, gold_layers: str) -> None:
    """Score the pipeline against gold folders (article.txt + gold.json, shared/gold/FORMAT.md)."""
    import marsad
    from marsad.eval.gold import find_gold_folders, gold_document
    from marsad.eval.scorer import Scores, score_document

    names = [c.strip() for c in components.split(",")] if components else None
    layers = tuple(x.strip() for x in gold_layers.split(",") if x.strip())
    nlp = marsad.load(names).without_layers(layers)
    total = Scores()
    articles = {}
    for folder in find_gold_folders(gold_dir):
        doc = gold_document(folder, layers=layers)
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        doc = nlp(doc)
        doc.validate()
        scores = score_document(gold, doc.to_json())
        total.add(scores)
        articles[doc.id] = scores
    if as_json:
        out = {"articles": len(articles), "total": total.to_json()}
        if per_article:
            out["per_article"] = {k: v.to_json() for k, v in articles.items()}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from marsad.eval.report import print_scores

    if per_article:
        for name, scores in articles.items():
            print_scores(scores, title=name)
    print_scores(total, title=f"{len(articles)} articles, {gold_dir}")
