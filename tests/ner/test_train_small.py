"""A small real training run (fast enough for CI) must beat what random tagging can reach; full training is slow."""

from __future__ import annotations

import random

import pytest

from marsad.ner import data as D
from marsad.ner.features import FeatureExtractor, Resources
from marsad.ner.tagger import default_model_dir
from marsad.ner.train import default_data_dir, score, train_crf

DATA = default_data_dir()
needs_data = pytest.mark.skipif(not (DATA / "anercorp-camellab").exists(), reason="../shared/data not available")


@needs_data
def test_small_training_beats_random(tmp_path) -> None:
    sents = D.anercorp(DATA)
    train, dev = D.split_dev(sents)
    train, dev = train[:400], dev[:150]
    fx = FeatureExtractor(Resources.load(default_model_dir()))
    train_crf(train, tmp_path / "m.crfsuite", fx, {"max_iterations": 60})

    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    gold = [[g for _, g in s] for s in dev]
    pred = [tagger.tag(fx.sentence([t for t, _ in s])) for s in dev]
    rng = random.Random(0)
    labels = sorted({g for s in gold for g in s})
    rand = [[rng.choice(labels) for _ in s] for s in gold]
    f1 = score(gold, pred)["micro"]["f1"]
    assert score(gold, rand)["micro"]["f1"] < 10
    assert f1 > 40, f1


def test_score_counts_exact_spans_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    s = score(gold, pred)
    assert s["LOC"]["f1"] == 100.0
    assert s["PER"]["f1"] == 0.0
    assert s["micro"]["p"] == 50.0


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-ORG", "I-ORG", "O"], {(0, 2, "ORG")}),
        (["I-LOC", "I-LOC"], {(0, 2, "LOC")}),  # a stray I- opens a span
        (["B-PER", "B-PER"], {(0, 1, "PER"), (1, 2, "PER")}),
        (["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}),
    ],
)
def test_spans_of(tags: list[str], spans: set[tuple[int, int, str]]) -> None:
    assert D.spans_of(tags) == spans


@pytest.mark.slow
@needs_data
def test_full_training_reaches_dev_target(tmp_path) -> None:
    """`marsad train ner` end to end into a temporary folder (20-50 minutes: word2vec, CRF, 2 pretrained BiLSTM-CRF)."""
    from marsad.ner.train import train_ner

    manifest = train_ner(DATA, tmp_path)
    assert manifest["dev"]["micro"]["f1"] >= 78  # the ensemble (78.05 with 20 epochs; 79.72 with 40 and the prior)
    assert manifest["dev"]["micro"]["f1"] > manifest["dev_crf"]["micro"]["f1"]  # it must beat the CRF alone
    assert (tmp_path / "neural.npz").exists() and not (tmp_path / "vectors.tmp.npz").exists()


def test_training_platform_names_the_cpu_and_the_packages(monkeypatch) -> None:
    import importlib.metadata

    import numpy

    from marsad.ner.train import training_platform

    real = importlib.metadata.version

    def version(name: str) -> str:
        if name == "gensim":
            raise importlib.metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(importlib.metadata, "version", version)
    info = training_platform()
    assert info["numpy"] == numpy.__version__
    assert info["gensim"] == "not installed"
    assert info["cpu"] and info["machine"] and info["python"].count(".") == 2
