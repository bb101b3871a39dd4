"""The news lexicon (``marsad.ner.lexicon``): entity-type counts of words in tagged news, as CRF features; a
training sentence only ever gets the counts of the CRF that did not train on it."""

from __future__ import annotations

import pytest

from marsad.ner.features import FeatureExtractor, Resources, lexicon_features, lexicon_key
from marsad.ner.lexicon import FOLD_RUN, add_counts, build_fold_lexicons, fold_of, write_lexicon
from marsad.ner.tagger import default_model_dir


@pytest.fixture(scope="module")
def res() -> Resources:
    return Resources.load(default_model_dir(), use_lexicon=False)


@pytest.mark.parametrize(
    ("counts", "own", "ctx"),
    [
        ((1, 9, 0, 0, 0), ["x=PER", "x=PER:3"], ["x=PER"]),  # 90% PER
        ((4, 0, 6, 0, 0), ["x=LOC", "x=LOC:2"], ["x=LOC"]),  # 60% LOC
        ((6, 1, 0, 3, 0), ["x=ORG", "x=ORG:1"], ["x=ORG"]),  # 30% ORG beats 10% PER
        ((95, 2, 2, 1, 0), ["x=O"], []),  # mostly untagged
    ],
)
def test_lexicon_features_bands(counts, own, ctx) -> None:
    assert lexicon_features(counts) == (own, ctx)


def test_lexicon_key_strips_clitics_and_article(res) -> None:
    assert lexicon_key("وبغداد", res) == lexicon_key("بغداد", res) == "بغداد"
    assert lexicon_key("والقاهرة", res) == "قاهره"
    assert lexicon_key("CNN", res) == lexicon_key("2018", res) == lexicon_key("،", res) == ""


def test_lexicon_round_trip_and_features(res, tmp_path) -> None:
    lexicon = add_counts([{"زيوريخ": [5, 0, 4, 0, 0]}, {"زيوريخ": [0, 0, 3, 0, 0], "نادر": [1, 1, 0, 0, 0]}])
    assert lexicon == {"زيوريخ": (5, 0, 7, 0, 0)}  # نادر: two occurrences, under MIN_COUNT
    for name in ("clusters.tsv", "gazetteer.tsv"):
        (tmp_path / name).write_bytes((default_model_dir() / name).read_bytes())
    write_lexicon(lexicon, tmp_path / "lexicon.tsv", "test")
    loaded = Resources.load(tmp_path)
    assert loaded.lexicon == lexicon
    fx = FeatureExtractor(loaded)
    feats = fx.sentence(["في", "زيوريخ", "أمس"])
    assert {"x=LOC", "x=LOC:2"} <= set(feats[1])
    assert "+1:x=LOC" in feats[0] and "-1:x=LOC" in feats[2]  # the neighbours see it too
    assert not any(
        f.startswith("x=")
        for f in FeatureExtractor(Resources.load(tmp_path, use_lexicon=False)).sentence(["زيوريخ"])[0]
    )


def test_folds_are_runs_of_sentences() -> None:
    assert [fold_of(i) for i in (0, FOLD_RUN - 1, FOLD_RUN, 2 * FOLD_RUN - 1, 2 * FOLD_RUN)] == [0, 0, 1, 1, 0]


def test_each_fold_gets_the_lexicon_of_the_other_folds_crf(res) -> None:
    """A name only fold 0's sentences contain: the CRF of fold 0 tags it in the news and the CRF of fold 1 does not.
    So fold 1's sentences see it as PER in the lexicon, fold 0's (whose CRF learnt it from them) do not, and new text
    sees the two counts added."""
    pytest.importorskip("pycrfsuite")
    name = "زيدونكس"
    fold0 = [[("قال", "O"), (name, "B-PER"), ("في", "O"), ("بيان", "O")] for _ in range(FOLD_RUN)]
    fold1 = [[("وصل", "O"), ("الوفد", "O"), ("إلى", "O"), ("دمشق", "B-LOC")] for _ in range(FOLD_RUN)]
    news = [["قال", name, "في", "بيان"] for _ in range(10)]
    (fx0, fx1), merged, info = build_fold_lexicons(fold0 + fold1, res, news, log=lambda _m: None)
    key = lexicon_key(name, res)
    assert fx0.res.lexicon[key][1] == 0  # fold 1's CRF never saw the name as PER
    assert fx1.res.lexicon[key][1] == 10  # fold 0's CRF tags it PER each time
    assert merged[key] == tuple(a + b for a, b in zip(fx0.res.lexicon[key], fx1.res.lexicon[key], strict=True))
    assert "x=PER" in fx1.word(name)[0] and "x=PER" not in fx0.word(name)[0]
    assert info["news_tokens"] == 40 and info["folds"] == 2
