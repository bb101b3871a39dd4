"""``marsad train ner``: rebuild a bundled model from ../shared/data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.ner.train import (
    LEXICON_NEWS_TOKENS,
    NEURAL_AUX,
    NEURAL_PRETRAIN_TOKENS,
    NEURAL_PRETRAIN_WEIGHT,
    NEURAL_SEEDS,
)


@click.command()
@click.argument("what", type=click.Choice(["ner"]))
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False),
    help="Corpora folder (default: ../shared/data from the repository root, or $MARSAD_DATA).",
)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Output folder (default: marsad/models/ner).")
@click.option("--no-resources", is_flag=True, help="Reuse clusters.tsv and gazetteer.tsv already in the output folder.")
@click.option("--limit", type=int, help="Train on the first N sentences only (quick checks).")
@click.option("--no-clusters", is_flag=True, help="Ablation: no word-cluster features.")
@click.option("--no-gazetteer", is_flag=True, help="Ablation: no gazetteer features.")
@click.option("--with-aqmar", is_flag=True, help="Also train on AQMAR (Wikipedia; lowers ANERcorp dev F1).")
@click.option("--two-stage", is_flag=True, help="Add the document-consistency second-stage CRF.")
@click.option("--no-final", is_flag=True, help="Keep the model trained without the dev sentences.")
@click.option("--no-neural", is_flag=True, help="CRF only: no BiLSTM-CRF (neural.npz) for the ensemble.")
@click.option("--epochs", type=int, default=40, show_default=True, help="BiLSTM-CRF training epochs.")
@click.option("--lr-decay", type=float, default=0.0, show_default=True, help="BiLSTM-CRF lr of epoch e: lr/(1+d*e).")
@click.option(
    "--aux",
    default=",".join(NEURAL_AUX),
    show_default=True,
    help="Auxiliary corpora (comma list of aqmar, wojood) that train the BiLSTM-CRF through a second tag layer.",
)
@click.option(
    "--seeds",
    type=int,
    default=NEURAL_SEEDS,
    show_default=True,
    help="BiLSTM-CRFs (seeds 0..N-1) whose marginals the model averages.",
)
@click.option(
    "--pretrain-tokens",
    type=int,
    default=NEURAL_PRETRAIN_TOKENS,
    show_default=True,
    help="News tokens for the language-model pretraining of each BiLSTM-CRF's encoder (0: none).",
)
@click.option(
    "--pretrain-weight",
    type=float,
    default=NEURAL_PRETRAIN_WEIGHT,
    show_default=True,
    help="Weight of the language-model loss on news during the BiLSTM-CRF's tagging epochs (0: pretraining only).",
)
@click.option(
    "--lexicon-tokens",
    type=int,
    default=LEXICON_NEWS_TOKENS,
    show_default=True,
    help="News tokens tagged by two half-data CRFs for the CRF's news lexicon (lexicon.tsv; 0: none).",
)
@click.option("--sequential", is_flag=True, help="Train the BiLSTM-CRFs one after the other, here (one core).")
def train(
    what: str,
    data_dir: str | None,
    out_dir: str | None,
    no_resources: bool,
    limit: int | None,
    no_clusters: bool,
    no_gazetteer: bool,
    with_aqmar: bool,
    two_stage: bool,
    no_final: bool,
    no_neural: bool,
    epochs: int,
    lr_decay: float,
    aux: str,
    seeds: int,
    pretrain_tokens: int,
    pretrain_weight: float,
    lexicon_tokens: int,
    sequential: bool,
) -> None:
    """Train a model (ner: CRF + BiLSTM-CRF over word2vec, clusters, gazetteers) and write its manifest."""
    from marsad.ner.train import train_ner

    manifest = train_ner(
        Path(data_dir) if data_dir else None,
        Path(out_dir) if out_dir else None,
        rebuild_resources=not no_resources,
        limit=limit,
        use_clusters=not no_clusters,
        use_gazetteer=not no_gazetteer,
        aqmar=with_aqmar,
        two_stage=two_stage,
        final_on_all=not no_final and not two_stage,
        neural=not no_neural,
        epochs=epochs,
        lr_decay=lr_decay,
        aux=tuple(name.strip() for name in aux.split(",") if name.strip()),
        parallel=False if sequential else None,
        seeds=seeds,
        pretrain_tokens=pretrain_tokens,
        pretrain_weight=pretrain_weight,
        lexicon_tokens=lexicon_tokens,
    )
    click.echo(json.dumps({k: manifest[k] for k in ("dev", "tokens_per_s", "total_seconds")}, indent=1))
