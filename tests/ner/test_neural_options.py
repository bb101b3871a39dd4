"""``NeuralTrainingOptions``: the settings of a BiLSTM-CRF run are checked when they are made, before any training,
so that a mistyped experiment fails at once with the reason instead of after minutes of work."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from marsad.ner.neural_train import NeuralTrainingOptions, train_neural


def test_defaults_train_a_plain_model_and_lists_become_tuples() -> None:
    options = NeuralTrainingOptions(snapshots=[2, 4], finetune_seeds=[1], epochs=4)  # type: ignore[arg-type]
    assert options.snapshots == (2, 4) and options.finetune_seeds == (1,)
    assert options == NeuralTrainingOptions(snapshots=(2, 4), finetune_seeds=(1,), epochs=4)
    plain = NeuralTrainingOptions()
    assert (plain.pretrain_weight, plain.cvt_weight, plain.mention_swap, plain.freeze_epochs) == (0.0, 0.0, 0.0, 0)


@pytest.mark.parametrize(
    ("settings", "reason"),
    [
        ({"mention_swap": 1.5}, "probability"),
        ({"dropout": 1.0}, "dropout"),
        ({"epochs": -1}, "negative"),
        ({"hidden": 0}, "hidden"),
        ({"lr": 0.0}, "lr must be positive"),
        ({"cvt_weight": -0.1}, "not negative"),
        ({"epochs": 10, "snapshots": (5, 12)}, "between 1 and 10"),
        ({"epochs": 10, "freeze_epochs": 11}, "epochs of the run"),
        ({"epochs": 10, "average_from": 20}, "epochs of the run"),
        ({"snapshots": (2,), "finetune_seeds": (1, 2)}, "soup"),
    ],
)
def test_impossible_settings_are_refused_with_the_reason(settings: dict, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        NeuralTrainingOptions(**settings)


def test_settings_that_need_data_are_refused_before_training(tmp_path: Path) -> None:
    """Cross-view training learns on the news, and dev checks score one run: both fail before torch is used."""
    vectors = np.zeros((1, 4), dtype=np.float32)
    with pytest.raises(ValueError, match="needs pretrain"):
        train_neural([], None, ["x"], vectors, tmp_path / "a.npz", NeuralTrainingOptions(cvt_weight=1.0))  # type: ignore[arg-type]
    soup = NeuralTrainingOptions(finetune_seeds=(1, 2))
    with pytest.raises(ValueError, match="dev checks"):
        train_neural([], None, ["x"], vectors, tmp_path / "a.npz", soup, dev=[[("x", "O")]])  # type: ignore[arg-type]
    assert not (tmp_path / "a.npz").exists()


def test_word_dropout_replaces_that_share_of_known_words_by_the_unknown_row() -> None:
    """``word_dropout`` reaches the tagging batches through ``_dropped_batch``: about that share of the tokens that
    have a word vector get the unknown-word id (1); padding (0) stays; the draw is reproducible from its seed."""
    from marsad.ner.features import FeatureExtractor, Resources
    from marsad.ner.neural import Encoder
    from marsad.ner.neural_train import _dropped_batch
    from marsad.ner.tagger import default_model_dir
    from marsad.ner.text import key

    fx = FeatureExtractor(Resources.load(default_model_dir()))
    words = ["القاهرة", "قال", "الوزير", "في", "بيان"]
    enc = Encoder(fx, [key(w) for w in words], [], [])  # the vocabulary holds word keys (ة → ه)
    sents = [[words[(i + j) % 5] for j in range(3 + i % 20)] for i in range(200)]
    known = enc.batch(sents)[0]
    assert (known > 1).sum() == sum(len(s) for s in sents)  # every token has its vector before dropout
    for rate in (0.0, 0.05, 0.3):
        w = _dropped_batch(enc, sents, drop_seed=7, rate=rate)[0]
        dropped = ((w == 1) & (known > 1)).sum() / (known > 1).sum()
        assert abs(dropped - rate) < 0.02, (rate, dropped)
        assert ((w == 0) == (known == 0)).all()
    again = _dropped_batch(enc, sents, drop_seed=7, rate=0.3)[0]
    assert np.array_equal(again, _dropped_batch(enc, sents, drop_seed=7, rate=0.3)[0])
    with pytest.raises(ValueError, match="word_dropout"):
        NeuralTrainingOptions(word_dropout=1.0)
