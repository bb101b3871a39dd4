"""The numpy BiLSTM forward pass: rows packed with several sentences give each sentence's own result, the gate
arithmetic equals torch's LSTM, and a neural.npz of several members runs each member as it would run alone."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.ner.neural import (
    TAGS,
    NeuralTagger,
    _lstm,
    char_cnn,
    char_tables,
    combine,
    marginals_grouped,
    marginals_padded,
    pack_rows,
)
from marsad.ner.tagger import default_model_dir

SENTS = [
    ["قال", "وزير", "الخارجية", "المصري", "سامح", "شكري", "في", "القاهرة", "أمس", "إن", "المحادثات", "مستمرة", "."],
    ["وصلت", "بعثة", "الأمم", "المتحدة", "إلى", "الحديدة"],
    ["غزة"],
    ["أعلن", "نادي", "الوكرة", "القطري", "تعاقده", "مع", "مدرب", "جديد"],
    ["ضربت", "عاصفة", "ثلجية", "مدينة", "إسطنبول"],
]


@pytest.mark.parametrize(
    ("lengths", "rows"), [([5], 1), ([3, 3, 3], 3), ([13, 6, 1, 8, 5], 3), ([2, 9, 9, 1, 4, 7, 3], 4)]
)
def test_pack_rows_places_every_sequence_once_without_overlap(lengths: list[int], rows: int) -> None:
    place, n_rows, width = pack_rows(lengths)
    assert width == max(lengths) and n_rows == rows
    taken = np.zeros((n_rows, width), dtype=int)
    for (r, o), n in zip(place, lengths, strict=True):
        assert 0 <= r < n_rows and o + n <= width
        taken[r, o : o + n] += 1
    assert taken.max() == 1 and taken.sum() == sum(lengths)


def test_packed_rows_reset_the_state_at_each_sequence() -> None:
    rng = np.random.default_rng(3)
    d, hd = 2, 8
    wh = (rng.standard_normal((d, hd, 4 * hd)) * 0.3).astype(np.float32)
    seqs = [rng.standard_normal((n, d, 4 * hd)).astype(np.float32) for n in (4, 2, 1)]
    alone = [_lstm(s[:, :, None, :], wh)[:, :, 0] for s in seqs]
    # one row: 4 + 2 + 1 steps
    x = np.concatenate(seqs)[:, :, None, :]
    starts = np.zeros((7, 1), dtype=bool)
    starts[[0, 4, 6], 0] = True
    packed = _lstm(x, wh, starts)[:, :, 0]
    np.testing.assert_allclose(packed[:4], alone[0], atol=1e-6)
    np.testing.assert_allclose(packed[4:6], alone[1], atol=1e-6)
    np.testing.assert_allclose(packed[6:], alone[2], atol=1e-6)


def test_grouped_marginals_equal_each_model_alone() -> None:
    """One forward-backward pass for an ensemble's models gives each model's own marginals."""
    rng = np.random.default_rng(5)
    k = len(TAGS)
    em = rng.standard_normal((3, 2, 5, k)).astype(np.float32) * 2
    lens = np.array([5, 3])
    trans = rng.standard_normal((3, k, k)).astype(np.float32)
    start, end = rng.standard_normal((2, 3, k)).astype(np.float32)
    grouped = marginals_grouped(em, lens, trans, start, end)
    for g in range(3):
        alone = marginals_padded(em[g], lens, trans[g], start[g], end[g])
        for i, n in enumerate(lens):
            np.testing.assert_allclose(grouped[g, i, :n], alone[i, :n], atol=1e-6)


def test_numpy_lstm_equals_torch() -> None:
    """Gate order, the doubled g rows (one sigmoid for all gates) and biases, against torch.nn.LSTM."""
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    hd, dim, t = 6, 5, 7
    lstm = torch.nn.LSTM(dim, hd, batch_first=True)
    x = torch.randn(1, t, dim)
    with torch.no_grad():
        expected = lstm(x)[0][0].numpy()
    wi, wh = lstm.weight_ih_l0.detach().numpy(), lstm.weight_hh_l0.detach().numpy()
    b = (lstm.bias_ih_l0 + lstm.bias_hh_l0).detach().numpy()
    scale = np.ones((4 * hd, 1), dtype=np.float32)
    scale[2 * hd : 3 * hd] = 2.0  # as NeuralTagger prepares them
    xi = (x[0].numpy() @ (wi * scale).T + b * scale[:, 0])[:, None, None, :]
    got = _lstm(xi.astype(np.float32), (wh * scale).T[None].astype(np.float32))[:, 0, 0]
    np.testing.assert_allclose(got, expected, atol=1e-5)


def test_char_cnn_lookups_equal_torch_conv1d() -> None:
    """The table form of the character CNN equals torch's zero-padded Conv1d + ReLU + max-pool (also when the
    padding character's own embedding is not zero)."""
    torch = pytest.importorskip("torch")
    torch.manual_seed(1)
    emb = torch.nn.Embedding(12, 7)
    conv = torch.nn.Conv1d(7, 5, 3, padding=1)
    chars = torch.randint(0, 12, (4, 9))
    chars[0, 5:] = 0  # a short word, padded with id 0
    with torch.no_grad():
        expected = torch.relu(conv(emb(chars).transpose(1, 2))).max(dim=2).values.numpy()
    tab = char_tables(emb.weight.detach().numpy(), conv.weight.detach().numpy())
    got = char_cnn(tab, conv.bias.detach().numpy(), chars.numpy())
    np.testing.assert_allclose(got, expected, atol=1e-5)


@pytest.fixture(scope="module")
def bundled():
    from marsad.ner.tagger import NerModel

    model = NerModel.load()
    if model.neural is None:
        pytest.skip("bundled model has no neural part")
    return model


def test_a_batch_tags_each_sentence_as_alone(bundled) -> None:
    em, lens = bundled.neural.emissions(SENTS)
    assert lens.tolist() == [len(s) for s in SENTS]
    for i, s in enumerate(SENTS):
        one, _ = bundled.neural.emissions([s])
        np.testing.assert_allclose(em[:, i, : len(s)], one[:, 0], atol=1e-4)


def test_members_run_as_they_would_alone(bundled, tmp_path) -> None:
    """Member 1 of a combined file gives the emissions of its own file; member 0 those of the first."""
    src = default_model_dir() / "neural.npz"
    with np.load(src) as z:
        arrays = {k: z[k] for k in z.files if not k.startswith("m1_") and not k.startswith("m2_")}
    first = tmp_path / "first.npz"
    np.savez_compressed(first, **arrays)
    arrays["out_w"] = arrays["out_w"] * 0.5  # another "seed": different output weights
    arrays["word_emb"] = arrays["word_emb"].copy()
    arrays["word_emb"][1] = -arrays["word_emb"][1]  # and its own unknown-word vector
    other = tmp_path / "other.npz"
    np.savez_compressed(other, **arrays)
    combine([first, other], tmp_path / "both.npz")
    fx = bundled.fx
    both = NeuralTagger.load(tmp_path / "both.npz", fx)
    assert len(both.members) == 2
    sents = [*SENTS, ["زار", "كزخستوفيتش", "مدينة", "زغرب"]]  # unknown words reach the unknown-word row
    em_both, _ = both.emissions(sents)
    for j, path in enumerate((first, other)):
        alone, _ = NeuralTagger.load(path, fx).emissions(sents)
        np.testing.assert_allclose(em_both[j], alone[0], atol=1e-4)
    assert not np.allclose(em_both[0], em_both[1])


def test_combine_refuses_files_of_another_vocabulary(tmp_path) -> None:
    src = default_model_dir() / "neural.npz"
    with np.load(src) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["vocab_chars"] = arrays["vocab_chars"][::-1]
    odd = tmp_path / "odd.npz"
    np.savez_compressed(odd, **arrays)
    with pytest.raises(ValueError, match="vocab_chars"):
        combine([src, odd], tmp_path / "x.npz")
