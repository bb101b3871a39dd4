"""Mention replacement while the BiLSTM-CRF trains (``NeuralTrainingOptions(mention_swap=P)``): a sentence is seen
with its names swapped for other names of the same type, its context and BIO structure kept; P = 0 changes
nothing."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from marsad.ner.features import FeatureExtractor, Resources
from marsad.ner.neural import TAGS
from marsad.ner.neural_train import _mention_pool, _mentions, _swap_mentions
from marsad.ner.tagger import default_model_dir

TAG_ID = {t: i for i, t in enumerate(TAGS)}

# tiny labelled set of our own
LABELLED = [
    [("قال", "O"), ("الرئيس", "O"), ("ميشال", "B-PER"), ("عون", "I-PER"), ("في", "O"), ("بيروت", "B-LOC")],
    [
        ("وصل", "O"),
        ("وفد", "O"),
        ("من", "O"),
        ("الاتحاد", "B-ORG"),
        ("الأوروبي", "I-ORG"),
        ("إلى", "O"),
        ("عمان", "B-LOC"),
    ],
    [("استقبل", "O"), ("سعد", "B-PER"), ("الحريري", "I-PER"), ("السفير", "O"), ("الفرنسي", "O")],
    [("ارتفعت", "O"), ("الأسعار", "O"), ("أمس", "O")],
]


def _ids(tags: str) -> list[int]:
    return [TAG_ID[t] for t in tags.split()]


def test_mentions_reads_bio_spans() -> None:
    assert _mentions(_ids("O B-PER I-PER O B-LOC B-LOC I-LOC")) == [(1, 3, "PER"), (4, 5, "LOC"), (5, 7, "LOC")]
    # an I- tag after O or after another type starts a name, as conlleval reads it
    assert _mentions(_ids("I-ORG I-ORG O B-PER I-LOC")) == [(0, 2, "ORG"), (3, 4, "PER"), (4, 5, "LOC")]
    assert _mentions(_ids("O O")) == []


def test_swapped_sentence_keeps_its_context_and_the_types_of_its_names() -> None:
    data = [([t for t, _ in s], [TAG_ID[g] for _, g in s], "") for s in LABELLED]
    pool = _mention_pool(data)
    assert sorted(pool) == ["LOC", "ORG", "PER"]
    assert pool["LOC"] == [("بيروت",), ("عمان",)]
    rng = random.Random(0)
    toks, tags = data[1][0], data[1][1]
    seen_orgs = set()
    for _ in range(50):
        new_toks, new_tags = _swap_mentions(toks, tags, pool, rng)
        assert len(new_toks) == len(new_tags)
        names = _mentions(new_tags)
        assert [typ for _, _, typ in names] == ["ORG", "LOC"]
        for a, b, typ in names:
            assert tuple(new_toks[a:b]) in pool[typ]
            assert TAGS[new_tags[a]] == f"B-{typ}" and all(TAGS[t] == f"I-{typ}" for t in new_tags[a + 1 : b])
        context = [t for j, t in enumerate(new_toks) if TAGS[new_tags[j]] == "O"]
        assert context == ["وصل", "وفد", "من", "إلى"]
        seen_orgs.add(tuple(new_toks[names[0][0] : names[0][1]]))
    assert seen_orgs == {("الاتحاد", "الأوروبي")}  # the only ORG of the pool
    assert {tuple(_swap_mentions(toks, tags, pool, rng)[0][-1:]) for _ in range(50)} == {("بيروت",), ("عمان",)}
    # a sentence without names comes back as it was
    assert _swap_mentions(data[3][0], data[3][1], pool, rng) == (data[3][0], data[3][1])


@pytest.fixture(scope="module")
def fx() -> FeatureExtractor:
    return FeatureExtractor(Resources.load(default_model_dir()))


def test_zero_mention_swap_leaves_training_as_it_was_and_swapped_names_are_trained_on(
    fx, tmp_path, monkeypatch
) -> None:
    pytest.importorskip("torch")
    from marsad.ner import neural_train

    words = sorted({t for s in LABELLED for t, _ in s})
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    plain = neural_train.NeuralTrainingOptions(epochs=3, hidden=16)
    quiet = {"log": lambda _m: None}
    neural_train.train_neural(LABELLED * 3, fx, words, vectors, tmp_path / "a.npz", plain, **quiet)
    no_swap = replace(plain, mention_swap=0.0)
    neural_train.train_neural(LABELLED * 3, fx, words, vectors, tmp_path / "b.npz", no_swap, **quiet)
    swapped: list[list[str]] = []

    def spy(toks, tags, pool, rng):
        out = _swap_mentions(toks, tags, pool, rng)
        swapped.append(out[0])
        return out

    monkeypatch.setattr(neural_train, "_swap_mentions", spy)
    all_swapped = replace(plain, mention_swap=1.0)
    neural_train.train_neural(LABELLED * 3, fx, words, vectors, tmp_path / "c.npz", all_swapped, **quiet)
    assert len(swapped) == 3 * len(LABELLED) * 3  # every sentence of every epoch, at P = 1
    assert any(s not in [[t for t, _ in x] for x in LABELLED] for s in swapped)  # new combinations were trained on
    with np.load(tmp_path / "a.npz") as a, np.load(tmp_path / "b.npz") as b, np.load(tmp_path / "c.npz") as c:
        assert all(np.array_equal(a[k], b[k]) for k in a.files)
        assert not np.allclose(a["lstm_wi_f"], c["lstm_wi_f"])
