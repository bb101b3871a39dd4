"""Language-model pretraining of the BiLSTM-CRF encoder on unlabelled text (``train_neural(pretrain=...)``): each
direction learns the word classes that follow (precede) a token, never sees the token it predicts, and leaves a
model file the run time loads like any other."""

from __future__ import annotations

import math
import random
import re
from dataclasses import replace

import numpy as np
import pytest

from marsad.ner.features import FeatureExtractor, Resources
from marsad.ner.tagger import default_model_dir

# tiny labelled set of our own (the encoder's character and feature vocabularies come from it)
LABELLED = [
    [
        ("قال", "O"),
        ("وزير", "O"),
        ("الخارجية", "O"),
        ("سامح", "B-PER"),
        ("شكري", "I-PER"),
        ("في", "O"),
        ("القاهرة", "B-LOC"),
    ],
    [
        ("أعلنت", "O"),
        ("وزارة", "B-ORG"),
        ("الصحة", "I-ORG"),
        ("في", "O"),
        ("غزة", "B-LOC"),
        ("عن", "O"),
        ("إصابات", "O"),
    ],
]


@pytest.fixture(scope="module")
def fx() -> FeatureExtractor:
    return FeatureExtractor(Resources.load(default_model_dir()))


def _words_of_distinct_classes(fx: FeatureExtractor, n: int) -> list[str]:
    """``n`` frequent bundled-cluster words, each from another fine class."""
    from marsad.ner.neural_train import _lm_classes

    lm_class, _ = _lm_classes(fx)
    by_class: dict[int, str] = {}
    for w, (_, _, _, freq) in sorted(fx.res.clusters.items(), key=lambda kv: -kv[1][3]):
        if freq > 1000 and len(w) > 3 and re.fullmatch("[\u0621-\u064a]+", w):
            by_class.setdefault(lm_class(w), w)
        if len(by_class) == n:
            break
    assert len(by_class) == n
    return list(by_class.values())


def _cyclic_sentences(words: list[str], seed: int) -> list[list[str]]:
    """300 sentences of 6-14 tokens cycling through ``words`` in a fixed order, each from a random start."""
    rng = random.Random(seed)
    sents = []
    for _ in range(300):
        at = rng.randrange(len(words))
        sents.append([words[(at + j) % len(words)] for j in range(rng.randint(6, 14))])
    return sents


def _pretrain_losses(fx, sents: list[list[str]], tmp_path, epochs: int) -> list[float]:
    """Mean loss per prediction of each pretraining epoch (from the log)."""
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = sorted({t for s in sents for t in s})
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    lines: list[str] = []
    options = NeuralTrainingOptions(epochs=1, hidden=16, lr=1e-2, dropout=0.0, pretrain_epochs=epochs)
    train_neural(LABELLED, fx, words, vectors, tmp_path / "lm.npz", options, pretrain=sents, log=lines.append)
    ends = [ln for ln in lines if ln.startswith("pretrain") and re.search(r"batch (\d+)/\1 ", ln)]
    return [float(re.search(r"loss/prediction ([0-9.]+)", ln).group(1)) for ln in ends]


def test_lm_classes_are_the_fine_clusters(fx) -> None:
    from marsad.ner.neural_train import _lm_classes

    lm_class, n = _lm_classes(fx)
    fine = {int(c[0]) for c in fx.res.clusters.values()}
    assert n == max(fine) + 3  # + digits + every other word
    assert lm_class("السورية") == int(fx.res.clusters["السوريه"][0])  # key: ة → ه
    assert lm_class("والقاهرة") == lm_class("القاهرة")  # clitics stripped as the features strip them
    assert lm_class("2018") == lm_class("٢٠١٨") == n - 2
    assert lm_class("xqzv") == lm_class("،") == n - 1


def test_pretraining_learns_what_follows(fx, tmp_path) -> None:
    """Sentences cycling through 6 word classes in a fixed order: the next class (and the previous one) is fully
    predictable from the current token, so the loss falls far under that of guessing among the six (ln 6)."""
    pytest.importorskip("torch")
    words = _words_of_distinct_classes(fx, 6)
    sents = _cyclic_sentences(words, seed=0)
    losses = _pretrain_losses(fx, sents, tmp_path, epochs=12)
    assert losses[-1] < 0.5 * math.log(6), losses


def test_pretraining_never_sees_the_token_it_predicts(fx, tmp_path) -> None:
    """Independent uniform draws among 6 classes: nothing about a neighbour can be known, so the loss cannot fall
    under the entropy ln 6. A direction that saw the token it predicts would drive it towards 0."""
    pytest.importorskip("torch")
    words = _words_of_distinct_classes(fx, 6)
    rng = random.Random(1)
    sents = [[rng.choice(words) for _ in range(rng.randint(6, 14))] for _ in range(300)]
    losses = _pretrain_losses(fx, sents, tmp_path, epochs=12)
    assert 0.9 * math.log(6) < losses[-1] < 1.2 * math.log(6), losses


def test_pretrained_model_file_is_a_plain_bilstm_crf(fx, tmp_path) -> None:
    pytest.importorskip("torch")
    from marsad.ner.neural import NeuralTagger
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = _words_of_distinct_classes(fx, 6)
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    sents = [[random.Random(i).choice(words) for _ in range(8)] for i in range(50)]
    options = NeuralTrainingOptions(epochs=1, hidden=16)
    train_neural(LABELLED, fx, words, vectors, tmp_path / "plain.npz", options, log=lambda _m: None)
    train_neural(LABELLED, fx, words, vectors, tmp_path / "pre.npz", options, pretrain=sents, log=lambda _m: None)
    with np.load(tmp_path / "plain.npz") as plain, np.load(tmp_path / "pre.npz") as pre:
        assert plain.files == pre.files  # the language-model layers are not saved
        assert not np.allclose(plain["lstm_wi_f"], pre["lstm_wi_f"])  # ... but they trained the encoder
    tags = NeuralTagger.load(tmp_path / "pre.npz", fx).tag([["قال", "سامح", "شكري", "في", "القاهرة"]])[0]
    assert len(tags[0]) == 5


def test_language_model_task_goes_on_during_the_tagging_epochs(fx, tmp_path) -> None:
    """``pretrain_weight``: with no pretraining epoch at all, the language-model loss of the news batches that
    join the tagging batches still falls under half of ln 6 on the cyclic sentences, so it is being trained."""
    pytest.importorskip("torch")
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = _words_of_distinct_classes(fx, 6)
    sents = _cyclic_sentences(words, seed=2)
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    lines: list[str] = []
    options = NeuralTrainingOptions(epochs=40, hidden=16, lr=1e-2, dropout=0.0, pretrain_epochs=0, pretrain_weight=1.0)
    train_neural(LABELLED * 4, fx, words, vectors, tmp_path / "mt.npz", options, pretrain=sents, log=lines.append)
    assert not any(ln.startswith("pretrain") for ln in lines)
    lm = [float(m.group(1)) for ln in lines if (m := re.search(r"language-model loss/prediction ([0-9.]+)", ln))]
    assert len(lm) == 40
    assert lm[0] > 0.8 * math.log(6) and lm[-1] < 0.5 * math.log(6), lm


def test_zero_language_model_weight_leaves_training_as_it_was(fx, tmp_path) -> None:
    pytest.importorskip("torch")
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = _words_of_distinct_classes(fx, 6)
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    sents = [[random.Random(i).choice(words) for _ in range(8)] for i in range(50)]
    kw = {"log": lambda _m: None, "pretrain": sents}
    options = NeuralTrainingOptions(epochs=2, hidden=16)
    train_neural(LABELLED, fx, words, vectors, tmp_path / "a.npz", options, **kw)
    train_neural(LABELLED, fx, words, vectors, tmp_path / "b.npz", replace(options, pretrain_weight=0.0), **kw)
    train_neural(LABELLED, fx, words, vectors, tmp_path / "c.npz", replace(options, pretrain_weight=0.5), **kw)
    with np.load(tmp_path / "a.npz") as a, np.load(tmp_path / "b.npz") as b, np.load(tmp_path / "c.npz") as c:
        assert all(np.array_equal(a[k], b[k]) for k in a.files)
        assert not np.allclose(a["lstm_wi_f"], c["lstm_wi_f"])


def test_finetune_seed_varies_the_tagging_epochs_only(fx, tmp_path) -> None:
    """``finetune_seed``: runs of one ``seed`` pretrain identically (same losses) and then differ, so that their
    weights can be averaged; the same pair of seeds gives the same weights."""
    pytest.importorskip("torch")
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = _words_of_distinct_classes(fx, 6)
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    sents = _cyclic_sentences(words, seed=3)[:100]

    def run(name: str, seed: int, finetune_seed: int) -> list[str]:
        lines: list[str] = []
        options = NeuralTrainingOptions(epochs=2, hidden=16, seed=seed, finetune_seeds=(finetune_seed,))
        train_neural(LABELLED * 3, fx, words, vectors, tmp_path / name, options, pretrain=sents, log=lines.append)
        return [re.sub(r" \d+s$", "", ln) for ln in lines if ln.startswith("pretrain")]  # without the timings

    pre_a, pre_b, pre_c, pre_d = run("a.npz", 0, 1), run("b.npz", 0, 1), run("c.npz", 0, 2), run("d.npz", 1, 1)
    assert pre_a == pre_b == pre_c != pre_d
    with np.load(tmp_path / "a.npz") as a, np.load(tmp_path / "b.npz") as b, np.load(tmp_path / "c.npz") as c:
        assert all(np.array_equal(a[k], b[k]) for k in a.files)
        assert not np.allclose(a["lstm_wi_f"], c["lstm_wi_f"])


def test_soup_is_the_mean_of_the_runs_it_averages(fx, tmp_path) -> None:
    """``finetune_seeds=(1, 2)``: each run starts from the same pretrained state, so the saved weights are the mean
    of those of the runs with seed 1 alone and seed 2 alone."""
    pytest.importorskip("torch")
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = _words_of_distinct_classes(fx, 6)
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    kw = {"log": lambda _m: None, "pretrain": _cyclic_sentences(words, seed=4)[:100]}
    for name, seeds in (("one", (1,)), ("two", (2,)), ("soup", (1, 2))):
        options = NeuralTrainingOptions(epochs=2, hidden=16, finetune_seeds=seeds)
        train_neural(LABELLED * 3, fx, words, vectors, tmp_path / f"{name}.npz", options, **kw)
    with np.load(tmp_path / "one.npz") as a, np.load(tmp_path / "two.npz") as b, np.load(tmp_path / "soup.npz") as s:
        assert a.files == s.files
        assert not np.allclose(a["lstm_wi_f"], b["lstm_wi_f"])
        for k in s.files:
            if s[k].dtype.kind == "f":
                mean = (a[k].astype(np.float64) + b[k]) / 2
                assert np.allclose(s[k], mean, atol=1e-6 if s[k].dtype == np.float32 else 1e-3), k
            else:
                assert np.array_equal(s[k], a[k]), k


def test_cross_view_training_on_news_changes_the_encoder_and_leaves_a_plain_model_file(fx, tmp_path) -> None:
    """``cvt_weight``: 0 trains exactly as without it; > 0 trains the encoder on the news through the partial views
    (a cross-view loss is logged for every epoch), and their layers are not saved."""
    pytest.importorskip("torch")
    from marsad.ner.neural import NeuralTagger
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = _words_of_distinct_classes(fx, 6)
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    sents = _cyclic_sentences(words, seed=5)[:100]
    lines: list[str] = []
    options = NeuralTrainingOptions(epochs=3, hidden=16)
    quiet = {"log": lambda _m: None, "pretrain": sents}
    train_neural(LABELLED * 3, fx, words, vectors, tmp_path / "a.npz", options, **quiet)
    train_neural(LABELLED * 3, fx, words, vectors, tmp_path / "b.npz", replace(options, cvt_weight=0.0), **quiet)
    cvt = replace(options, cvt_weight=1.0)
    train_neural(LABELLED * 3, fx, words, vectors, tmp_path / "c.npz", cvt, pretrain=sents, log=lines.append)
    losses = [float(m.group(1)) for ln in lines if (m := re.search(r"cross-view loss/sentence ([0-9.]+)", ln))]
    assert len(losses) == 3 and all(0 < x < 100 for x in losses), lines
    with np.load(tmp_path / "a.npz") as a, np.load(tmp_path / "b.npz") as b, np.load(tmp_path / "c.npz") as c:
        assert all(np.array_equal(a[k], b[k]) for k in a.files)
        assert a.files == c.files
        assert not np.allclose(a["lstm_wi_f"], c["lstm_wi_f"])
    tags = NeuralTagger.load(tmp_path / "c.npz", fx).tag([["قال", "سامح", "شكري", "في", "القاهرة"]])[0]
    assert len(tags[0]) == 5


def test_frozen_epochs_keep_the_pretrained_encoder_and_train_the_tag_layer(fx, tmp_path) -> None:
    """``freeze_epochs``: while frozen, the encoder's arrays stay those the pretraining left (a run of 0 tagging
    epochs saves them); the tag layer and transitions learn; unfrozen, the encoder learns too."""
    pytest.importorskip("torch")
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    words = _words_of_distinct_classes(fx, 6)
    vectors = np.random.default_rng(0).standard_normal((len(words), 8)).astype(np.float32)
    kw = {"log": lambda _m: None, "pretrain": _cyclic_sentences(words, seed=6)[:100]}
    for name, epochs, frozen in (("pre", 0, 0), ("frozen", 2, 2), ("thawed", 3, 2)):
        options = NeuralTrainingOptions(epochs=epochs, hidden=16, freeze_epochs=frozen)
        train_neural(LABELLED * 3, fx, words, vectors, tmp_path / f"{name}.npz", options, **kw)
    encoder = ("char_emb", "char_conv_w", "char_conv_b", "feat_emb", "lstm_wi_f", "lstm_wh_b", "lstm_b_f", "word_emb")
    with np.load(tmp_path / "pre.npz") as pre, np.load(tmp_path / "frozen.npz") as frozen:
        with np.load(tmp_path / "thawed.npz") as thawed:
            assert all(np.array_equal(pre[k], frozen[k]) for k in encoder)
            assert not np.allclose(pre["out_w"], frozen["out_w"]) and not np.allclose(pre["trans"], frozen["trans"])
            assert not np.allclose(pre["lstm_wi_f"], thawed["lstm_wi_f"])
