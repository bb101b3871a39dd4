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
