"""The numpy side of the BiLSTM-CRF: BIO-constrained Viterbi and forward-backward marginals, checked against
brute-force enumeration, and the CRF + BiLSTM ensemble decoding; plus a small real torch training run."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from marsad.ner import data as D
from marsad.ner.neural import (
    ALLOWED,
    START_OK,
    TAGS,
    ensemble_tags,
    marginals_padded,
    viterbi_batch,
)

K = len(TAGS)


def _paths(n: int):
    for path in itertools.product(range(K), repeat=n):
        if START_OK[path[0]] and all(ALLOWED[a, b] for a, b in itertools.pairwise(path)):
            yield path


def _score(path, em, tr, st, en) -> float:
    return float(
        st[path[0]]
        + en[path[-1]]
        + sum(em[j, y] for j, y in enumerate(path))
        + sum(tr[a, b] for a, b in itertools.pairwise(path))
    )


@pytest.fixture
def crf_params():
    rng = np.random.default_rng(7)
    em = rng.standard_normal((3, 4, K)).astype(np.float32) * 2
    lens = np.array([4, 3, 1])
    tr = rng.standard_normal((K, K)).astype(np.float32)
    st = rng.standard_normal(K).astype(np.float32)
    en = rng.standard_normal(K).astype(np.float32)
    return em, lens, tr, st, en


def test_marginals_match_brute_force(crf_params) -> None:
    em, lens, tr, st, en = crf_params
    padded = marginals_padded(em, lens, tr, st, en)
    got = [padded[i, :n] for i, n in enumerate(lens)]
    for i, n in enumerate(lens):
        probs = np.zeros((n, K))
        for path in _paths(int(n)):
            w = np.exp(_score(path, em[i], tr, st, en))
            for j, y in enumerate(path):
                probs[j, y] += w
        probs /= probs[0].sum()
        assert np.abs(probs - got[i]).max() < 1e-4
        assert np.allclose(got[i].sum(axis=1), 1.0, atol=1e-5)


def test_viterbi_finds_best_valid_path(crf_params) -> None:
    em, lens, tr, st, en = crf_params
    got = viterbi_batch(em, lens, tr, st, en)
    for i, n in enumerate(lens):
        best = max(_paths(int(n)), key=lambda p: _score(p, em[i], tr, st, en))
        assert got[i] == list(best)


@pytest.mark.parametrize(
    ("crf_says", "nn_says", "expected"),
    [
        (["B-PER", "I-PER"], ["B-PER", "I-PER"], ["B-PER", "I-PER"]),
        (["O", "B-LOC"], ["O", "B-LOC"], ["O", "B-LOC"]),
        # the two disagree on the type of a two-token name: the result is still one valid span
        (["B-ORG", "I-ORG"], ["B-LOC", "I-LOC"], None),
    ],
)
def test_ensemble_gives_valid_bio(crf_says, nn_says, expected) -> None:
    def onehot(tags: list[str], p: float) -> np.ndarray:
        m = np.full((len(tags), K), (1 - p) / (K - 1), dtype=np.float32)
        for j, t in enumerate(tags):
            m[j, TAGS.index(t)] = p
        return m

    tags, probs = ensemble_tags([onehot(crf_says, 0.9)], [onehot(nn_says, 0.8)])
    if expected is not None:
        assert tags[0] == expected
    assert tags[0][0].startswith("B-") or tags[0][0] == "O"
    assert len({t[2:] for t in tags[0] if t != "O"}) <= 1  # never B-ORG I-LOC
    assert all(0 < p <= 1 for p in probs[0])


def test_ensemble_keeps_empty_sentences() -> None:
    tags, probs = ensemble_tags([np.zeros((0, K))], [np.zeros((0, K))])
    assert tags == [[]] and probs == [[]]


def test_small_neural_training_beats_random(tmp_path, data_dir) -> None:
    """A real (tiny) BiLSTM-CRF run with torch, then tagging with the numpy forward pass only."""
    pytest.importorskip("torch")
    from marsad.ner.features import FeatureExtractor, Resources
    from marsad.ner.neural import NeuralTagger
    from marsad.ner.neural_train import NeuralTrainingOptions, train_neural
    from marsad.ner.tagger import default_model_dir
    from marsad.ner.train import score

    train, dev = D.split_dev(D.anercorp(data_dir))
    train, dev = train[:300], dev[:100]
    fx = FeatureExtractor(Resources.load(default_model_dir()))
    # no pre-trained vectors here (they come from word2vec over the news corpus): a small random table
    words = sorted({t for s in train for t, _ in s})[:2000]
    vectors = np.random.default_rng(0).standard_normal((len(words), 20)).astype(np.float32)
    options = NeuralTrainingOptions(epochs=5, hidden=32, lr=1e-2)
    train_neural(train, fx, words, vectors, tmp_path / "n.npz", options, log=lambda _m: None)
    tagger = NeuralTagger.load(tmp_path / "n.npz", fx)
    gold = [[g for _, g in s] for s in dev]
    pred, probs = tagger.tag([[t for t, _ in s] for s in dev], scores=True)
    assert all(len(p) == len(g) for p, g in zip(pred, gold, strict=True))
    assert all(0 <= x <= 1 for p in probs for x in p)
    rng = random.Random(0)
    rand = [[rng.choice(TAGS) for _ in s] for s in gold]
    f1 = score(gold, pred)["micro"]["f1"]
    assert score(gold, rand)["micro"]["f1"] < 10
    assert f1 > 20, f1


@pytest.mark.parametrize(
    "tokens",
    [
        ["قال", "وزير", "الخارجية", "المصري", "سامح", "شكري", "في", "القاهرة", "أمس", "."],
        ["وصلت", "بعثة", "الأمم", "المتحدة", "إلى", "مدينة", "الحديدة"],
        ["غزة"],
        ["أعلنت", "شركة", "Toyota", "عن", "خفض", "إنتاجها", "بنسبة", "12", "%"],
    ],
)
def test_crf_scores_from_token_parts_equal_full_features(tokens: list[str]) -> None:
    """The ensemble's cached per-token CRF sums must give exactly the scores of the CRF's own feature lists."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from marsad.ner.features import FeatureExtractor, Resources
    from marsad.ner.neural import CrfScores
    from marsad.ner.tagger import default_model_dir

    folder = default_model_dir()
    if not (folder / "model.crfsuite").exists():
        pytest.skip("bundled NER model not built")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(folder / "model.crfsuite"))
    fx = FeatureExtractor(Resources.load(folder))
    crf = CrfScores(tagger)
    full = crf.emissions(fx.sentence(tokens))
    assert full.shape == (len(tokens), K)
    assert np.abs(crf.sentence(fx, tokens) - full).max() < 1e-4
    # and the best path under these scores is what python-crfsuite itself returns
    path = viterbi_batch(full[None], np.array([len(tokens)]), crf.trans, np.zeros(K), np.zeros(K))[0]
    assert [TAGS[y] for y in path] == tagger.tag(fx.sentence(tokens))


def test_word_features_are_the_parts_with_offset_prefixes() -> None:
    """``FeatureExtractor.word`` (the CRF's lists) and ``parts`` (the ensemble's) must name the same features."""
    from marsad.ner.features import CONTEXT_PREFIXES, FeatureExtractor, Resources

    fx = FeatureExtractor(Resources(clusters={"العراق": ("c1", "m1", "k1", 900)}, gazetteer={"العراق": ("pLOC1",)}))
    for token in ("والعراق", "Toyota", "12", "،", "شكري"):
        own, ctx = fx.word(token)
        part_own, part_ctx = fx.parts(token)
        assert own == part_own
        assert ctx == tuple([p + f for f in part_ctx] for p in CONTEXT_PREFIXES)
    assert "g=pLOC1" in fx.parts("والعراق")[1]  # the stem's flags reach the neighbours


def test_projection_cache_overflow_keeps_the_batch_tagged(monkeypatch):
    """When the per-word projection cache is cleared mid-batch, words seen before are projected again."""
    from marsad.ner import neural
    from marsad.ner.tagger import NerModel

    model = NerModel.load()
    if model.neural is None:
        pytest.skip("bundled model has no neural part")
    monkeypatch.setattr(neural, "PROJECTION_CACHE_WORDS", 5)
    first = [["قال", "المتحدث", "باسم", "الوزارة", "إن", "الوفد", "وصل"]]
    model.neural.emissions(first)
    em, lens = model.neural.emissions([["وصل", "الوفد", "إلى", "عمان", "مساء", "أمس"]])
    assert lens.tolist() == [6] and em.shape[2] == 6


def test_tag_bias_tips_a_shy_misc_decision_only() -> None:
    """The MISC prior turns a 40% MISC token into MISC; a 10% one stays O, and other types are untouched."""
    m = np.full((3, K), 0.0, dtype=np.float32)
    m[0, TAGS.index("B-MISC")], m[0, TAGS.index("O")] = 0.4, 0.6
    m[1, TAGS.index("B-MISC")], m[1, TAGS.index("O")] = 0.1, 0.9
    m[2, TAGS.index("B-ORG")], m[2, TAGS.index("O")] = 0.4, 0.6
    m += 1e-4
    plain = ensemble_tags([m], [m], bias={})[0][0]
    biased = ensemble_tags([m], [m], bias={"MISC": 1.0})[0][0]
    assert plain == ["O", "O", "O"]
    assert biased == ["B-MISC", "O", "O"]


def test_batched_ensemble_equals_reference() -> None:
    """NerModel's batched ensemble gives the tags of the per-sentence reference, with and without the prior."""
    from marsad.ner.neural import ANERCORP_TAG_BIAS, marginals_padded
    from marsad.ner.tagger import NerModel

    model = NerModel.load()
    if model.neural is None:
        pytest.skip("bundled model has no neural part")
    sents = [
        ["قال", "المتحدث", "باسم", "قوات", "اليونيفيل", "إن", "الدورية", "وصلت", "إلى", "بلدة", "الناقورة"],
        ["فاز", "فريق", "برشلونة", "على", "ريال", "مدريد", "في", "ملعب", "كامب", "نو"],
        ["وقع", "الاتفاق", "في", "جنيف", "."],
    ]
    crf, fx = model._crf_scores, model.fx
    zero = np.zeros(K, dtype=np.float32)
    m_crf = [
        marginals_padded(crf.sentence(fx, s)[None].astype(np.float32), np.array([len(s)]), crf.trans, zero, zero)[0]
        for s in sents
    ]
    m_nn = model.neural.marginals(sents)
    assert model.neural.ensemble(sents, crf)[0] == ensemble_tags(m_crf, m_nn)[0]
    biased = model.neural.ensemble(sents, crf, bias=ANERCORP_TAG_BIAS)[0]
    assert biased == ensemble_tags(m_crf, m_nn, bias=ANERCORP_TAG_BIAS)[0]


def test_model_crf_weight_reaches_the_ensemble(monkeypatch) -> None:
    """``NerModel.crf_weight`` (experiments score other weights through it) is the weight its tags are decoded with."""
    from marsad.ner.neural import ENSEMBLE_CRF_WEIGHT
    from marsad.ner.tagger import NerModel

    model = NerModel.load()
    if model.neural is None:
        pytest.skip("bundled model has no neural part")
    assert model.crf_weight == ENSEMBLE_CRF_WEIGHT
    seen: list[float] = []
    real = model.neural.ensemble

    def spy(sents, crf, weight=ENSEMBLE_CRF_WEIGHT, **kw):
        seen.append(weight)
        return real(sents, crf, weight=weight, **kw)

    monkeypatch.setattr(model.neural, "ensemble", spy)
    sents = [["فاز", "فريق", "الوكرة", "على", "الغرافة"], ["وصل", "الوفد", "إلى", "عمان"]]
    model.crf_weight = 0.8
    tags = model.tag_sentences(sents)
    assert seen == [0.8]
    assert [len(t) for t in tags] == [5, 4]
