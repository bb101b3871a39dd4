"""Auxiliary corpora train the BiLSTM-CRF encoder through their own tag layer, which is never saved; the
BiLSTM-CRFs of `marsad train ner` (one or more seeds, pretrained on news) train in worker processes with the weights
of training here."""

from __future__ import annotations

from dataclasses import fields

import numpy as np
import pytest

from marsad.ner import data as D
from marsad.ner.features import FeatureExtractor, Resources
from marsad.ner.tagger import default_model_dir


def _tiny_vectors(sents: list[D.Sentence]) -> tuple[list[str], np.ndarray]:
    words = sorted({t for s in sents for t, _ in s})[:1500]
    return words, np.random.default_rng(0).standard_normal((len(words), 16)).astype(np.float32)


def test_wojood_keeps_the_first_mapped_nested_tag(tmp_path) -> None:
    folder = tmp_path / "wojood-ner-sample"
    folder.mkdir()
    # an ORG inside an occupation phrase (OCC is not mapped), then a GPE, then an unmapped DATE
    (folder / "train.txt").write_text(
        "أمين B-OCC\nعام I-OCC\nالجامعة I-OCC B-ORG\nالعربية I-OCC I-ORG\nفي O\nالقاهرة B-GPE\nأمس B-DATE\n\n",
        encoding="utf-8",
    )
    (sent,) = D.wojood(tmp_path)
    assert [g for _, g in sent] == ["O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]


def test_auxiliary_rejects_unknown_corpus(tmp_path) -> None:
    with pytest.raises(ValueError, match="unknown auxiliary corpus"):
        D.auxiliary(tmp_path, ("wikipedia",))


def test_aux_layer_trains_the_encoder_and_is_not_saved(tmp_path, data_dir) -> None:
    pytest.importorskip("torch")
    from marsad.ner.neural import NeuralTagger
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural

    train = D.split_dev(D.anercorp(data_dir))[0][:120]
    aux = D.auxiliary(data_dir, ("wojood",))[:120]
    fx = FeatureExtractor(Resources.load(default_model_dir()))
    words, vectors = _tiny_vectors(train)
    options = NeuralTrainingOptions(epochs=2, hidden=16, lr=1e-2)
    train_neural(train, fx, words, vectors, tmp_path / "plain.npz", options, log=lambda _m: None)
    train_neural(train, fx, words, vectors, tmp_path / "aux.npz", options, aux=aux, log=lambda _m: None)
    with np.load(tmp_path / "plain.npz") as plain, np.load(tmp_path / "aux.npz") as with_aux:
        assert set(plain.files) == set(with_aux.files)  # the auxiliary tag layer is dropped
        # the aux sentences changed the shared encoder (same seed and main data otherwise)
        assert not np.allclose(plain["lstm_wi_f"], with_aux["lstm_wi_f"])
        # ... but not the main tag layer's shape: the run time loads it like any model
        assert plain["out_w"].shape == with_aux["out_w"].shape
    tags = NeuralTagger.load(tmp_path / "aux.npz", fx).tag([["قال", "الرئيس", "في", "بيروت"]])[0]
    assert len(tags[0]) == 4


def test_parallel_training_gives_the_sequential_models(tmp_path, data_dir) -> None:
    """`marsad train ner` trains its BiLSTM-CRFs (two seeds here) in worker processes and joins the bundled ones into
    one neural.npz: each member has the weights of training it here."""
    pytest.importorskip("torch")
    import shutil

    from marsad.ner.clusters import news_token_sentences
    from marsad.ner.neural import NeuralTagger
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural
    from marsad.ner.train import _word_vectors, corpora, train_ner

    for name in ("clusters.tsv", "gazetteer.tsv", "neural.npz"):  # the word vectors come from neural.npz
        shutil.copy(default_model_dir() / name, tmp_path / name)
    words, vectors = _word_vectors(tmp_path)
    manifest = train_ner(
        data_dir,
        tmp_path,
        rebuild_resources=False,
        limit=60,
        epochs=1,
        aux=("wojood",),
        parallel=True,
        seeds=2,
        lexicon_tokens=30 * 60,
    )
    assert manifest["final_training"]["neural"]["epochs"] == 1
    assert manifest["final_training"]["neural"]["seeds"] == 2
    options = manifest["neural"]["options"]  # the runs' settings, as NeuralTrainingOptions fields
    assert options["epochs"] == 1 and options["word_dropout"] == 0.05 and options["hidden"] == 100
    assert set(options) == {f.name for f in fields(NeuralTrainingOptions)} - {"seed"}
    assert manifest["data"]["neural_aux"] == {"corpora": ["wojood"], "sentences": 60}
    # language-model pretraining, capped at 30 news tokens per labelled sentence with --limit
    news = news_token_sentences(data_dir, 30 * 60)
    assert manifest["data"]["neural_pretrain"]["tokens"] == sum(len(x) for x in news) >= 1800
    assert not list(tmp_path.glob("*.tmp.npz"))
    # the CRF's news lexicon, from the same news sentences, rebuilt for the bundled CRF's training data
    assert manifest["training"]["lexicon"]["news_tokens"] == manifest["data"]["neural_pretrain"]["tokens"]
    assert manifest["final_training"]["lexicon"]["words"] == len(Resources.load(tmp_path).lexicon) > 0
    # where it was trained: the BiLSTM-CRF's weights depend on the CPU and the torch build too
    import numpy
    import torch

    assert manifest["platform"]["numpy"] == numpy.__version__ and manifest["platform"]["torch"] == torch.__version__
    assert manifest["platform"]["cpu"] and manifest["platform"]["cpu"] != "unknown"

    train, dev, _ = corpora(data_dir, aqmar=False)
    fx = FeatureExtractor(Resources.load(tmp_path))
    assert len(NeuralTagger.load(tmp_path / "neural.npz", fx).members) == 2
    aux = D.auxiliary(data_dir, ("wojood",))[:60]
    for seed, prefix in ((0, ""), (1, "m1_")):
        here = tmp_path / f"here{seed}.npz"
        options = NeuralTrainingOptions(epochs=1, seed=seed)
        train_neural(train[:60] + dev, fx, words, vectors, here, options, aux=aux, pretrain=news, log=lambda _m: None)
        with np.load(tmp_path / "neural.npz") as bundled, np.load(here) as expected:
            for name in ("lstm_wi_f", "out_w", "trans", "char_emb"):
                np.testing.assert_array_equal(bundled[prefix + name], expected[name])
