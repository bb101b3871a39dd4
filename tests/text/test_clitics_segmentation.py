"""Clitic segmentation: the required splits, the hand-written gold lists, offsets with marks inside words."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.text.clitic_eval import format_segments, read_gold, score
from marsad.text.clitics import CliticSegmenter

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def seg() -> CliticSegmenter:
    return CliticSegmenter.load()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وقالت", "و+ قالت"),
        ("بحلب", "ب+ حلب"),
        ("للأمم", "لل+ أمم"),
        ("والصين", "و+ ال+ صين"),
        ("لرويترز", "ل+ رويترز"),
        ("بمجلس", "ب+ مجلس"),
        ("وبالتالي", "و+ ب+ ال+ تالي"),
        ("سيتم", "س+ يتم"),
        ("قواتها", "قوات +ها"),
        ("عليهم", "علي +هم"),
        ("لحكومتها", "ل+ حكومت +ها"),
    ],
)
def test_required_splits(seg: CliticSegmenter, word: str, expected: str) -> None:
    assert format_segments(word, seg.segment(word)) == expected


@pytest.mark.parametrize(
    "word", ["ولاية", "بلد", "لبنان", "كرم", "فلسطين", "بريطانيا", "وزير", "فرنسا", "بيروت", "لندن", "كركوك", "سوريا"]
)
def test_stem_letters_stay(seg: CliticSegmenter, word: str) -> None:
    assert seg.segment(word) == [(0, len(word), "stem")]


def test_article_kept_in_l_plus_al_names(seg: CliticSegmenter) -> None:
    # الولايات: the article is split but the و of ولايات is stem
    assert format_segments("الولايات", seg.segment("الولايات")) == "ال+ ولايات"
    # ل + ليبيا is not لل + يبيا; ل + اليمن is لل + يمن
    assert format_segments("لليبيا", seg.segment("لليبيا")) == "ل+ ليبيا"
    assert format_segments("لليمن", seg.segment("لليمن")) == "لل+ يمن"


# Floors: the tuning list scored 100% when the thresholds were set; 97% leaves room for a rebuilt lexicon to
# move a handful of borderline words. The held-out list (never used for tuning) scored 97.6% (121/124); 93%
# fails when about five more of its 124 words go wrong, which is a regression worth a look.
@pytest.mark.parametrize(("name", "floor"), [("clitic_gold.tsv", 0.97), ("clitic_heldout.tsv", 0.93)])
def test_gold_accuracy(seg: CliticSegmenter, name: str, floor: float) -> None:
    gold = read_gold(DATA / name)
    assert len(gold) >= (300 if name == "clitic_gold.tsv" else 100)
    acc, errors = score(gold, seg)
    assert acc >= floor, [(g.word, g.segmentation, p) for g, p in errors]


def test_gold_lists_are_well_formed() -> None:
    for name in ("clitic_gold.tsv", "clitic_heldout.tsv"):
        for g in read_gold(DATA / name):
            assert g.segmentation.replace(" ", "").replace("+", "") == g.word, g
            assert sum(1 for p in g.segmentation.split() if not p.startswith("+") and not p.endswith("+")) == 1, g


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("وَقَالَتْ", ["وَ", "قَالَتْ"]),  # harakat stay with their letter
        ("بـحلب", ["بـ", "حلب"]),  # tatweel stays with the letter before it
        ("و\u200cقالت", ["و\u200c", "قالت"]),  # so does a joiner
        ("لـCNN", ["لـ", "CNN"]),  # Arabic proclitic on a Latin name
        ("والـBBC", ["و", "الـ", "BBC"]),
        ("ﻭﻗﺎﻟﺖ", ["ﻭ", "ﻗﺎﻟﺖ"]),  # presentation forms
        ("CNN", ["CNN"]),
        ("حلبX", ["حلبX"]),
    ],
)
def test_offsets_with_marks(seg: CliticSegmenter, word: str, pieces: list[str]) -> None:
    segments = seg.segment(word)
    assert [word[a:b] for a, b, _ in segments] == pieces
    assert segments[0][0] == 0 and segments[-1][1] == len(word)
    assert all(segments[k][1] == segments[k + 1][0] for k in range(len(segments) - 1))


def test_segmenter_is_shared_and_cached(seg: CliticSegmenter) -> None:
    assert CliticSegmenter.load() is seg
    first = seg.segment("وقالت")
    first.append((0, 0, "stem"))  # callers may mutate what they get without corrupting the cache
    assert seg.segment("وقالت") == [(0, 1, "proclitic"), (1, 5, "stem")]
