"""Tokenizer: numbers, percentages, hashtags, Latin words, URLs, e-mails, invisible characters, parts."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.text.tokens import Tokenizer, name_span, tokenize, without_hashtag_marks


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer()


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ارتفع بنسبة 3.5%", ["ارتفع", "بنسبة", "3.5", "%"]),
        ("ارتفع بنسبة ٣٫٥٪", ["ارتفع", "بنسبة", "٣٫٥", "٪"]),
        ("بلغ ١٬٢٠٠ دولار", ["بلغ", "١٬٢٠٠", "دولار"]),
        ("1,200 قتيل", ["1,200", "قتيل"]),
        ("في 2016/12/06 الساعة 10:30", ["في", "2016/12/06", "الساعة", "10:30"]),
        ("الرقم 5.", ["الرقم", "5", "."]),
        ("(2016)", ["(", "2016", ")"]),
        ("#حلب_تحترق", ["#", "حلب", "_", "تحترق"]),
        ("قالت Reuters إن", ["قالت", "Reuters", "إن"]),
        ("ساحل Côte d'Ivoire", ["ساحل", "Côte", "d'Ivoire"]),
        ("انظر https://www.example.org/news?id=5.", ["انظر", "https://www.example.org/news?id=5", "."]),
        ("الموقع www.example.com، وغيره", ["الموقع", "www.example.com", "،", "وغيره"]),
        ("راسلونا على info@example.org.", ["راسلونا", "على", "info@example.org", "."]),
        ("«لن نغادر»", ["«", "لن", "نغادر", "»"]),
        ("قال:", ["قال", ":"]),
        ("مُحَمَّـد", ["مُحَمَّـد"]),
        ("لـCNN", ["لـCNN"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "حلب\u200f دمشق",
        "\u200fحلب\u200e \u202bدمشق\u202c",
        "حلب \u200b\u200b دمشق",
        "\ufeffحلب\u2066 دمشق\u2069",
        "حلب\u00a0دمشق",
        "حلب \u0651 دمشق",  # a lone shadda between spaces
    ],
)
def test_invisible_characters_are_never_tokens(text: str) -> None:
    toks = tokenize(text)
    assert [t.norm for t in toks] == ["حلب", "دمشق"]
    for t in toks:
        assert text[t.start : t.end] == t.text


def test_invisible_inside_a_word_keeps_it_whole() -> None:
    toks = tokenize("ح\u200fلب")
    assert len(toks) == 1 and toks[0].norm == "حلب"


@pytest.mark.parametrize(
    ("word", "parts", "name"),
    [
        ("وقالت", [("و", "proclitic"), ("قالت", "stem")], "قالت"),
        ("بمجلس", [("ب", "proclitic"), ("مجلس", "stem")], "مجلس"),
        ("لرويترز", [("ل", "proclitic"), ("رويترز", "stem")], "رويترز"),
        ("والصين", [("و", "proclitic"), ("ال", "proclitic"), ("صين", "stem")], "الصين"),
        ("للأمم", [("لل", "proclitic"), ("أمم", "stem")], "لأمم"),
        ("قواتها", [("قوات", "stem"), ("ها", "enclitic")], "قوات"),
        ("لـCNN", [("لـ", "proclitic"), ("CNN", "stem")], "CNN"),
        ("Reuters", [("Reuters", "stem")], "Reuters"),
        ("2016", [("2016", "stem")], "2016"),
    ],
)
def test_parts_and_name_span(tokenizer: Tokenizer, word: str, parts: list[tuple[str, str]], name: str) -> None:
    text = f"قال {word} أمس"
    tok = tokenizer.tokens(text)[1]
    assert [(p.text, p.role) for p in tok.parts] == parts
    for p in tok.parts:
        assert text[p.start : p.end] == p.text
    a, b = name_span(tok)
    assert text[a:b] == name


def test_component_fills_valid_document(tokenizer: Tokenizer) -> None:
    doc = Document(text="وقالت الحكومة للأمم المتحدة إن ٣٫٥٪ من السكان نزحوا #حلب.")
    tokenizer(doc)
    assert doc.tokens and all(t.parts for t in doc.tokens)
    doc.validate()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("حركة #الجهاد_الاسلامي أعلنت", ["حركة", "الجهاد", "الاسلامي", "أعلنت"]),
        ("مع #إسرائيل .", ["مع", "إسرائيل", "."]),
        # marks not joined to words stay: a lone # and a spaced _ are symbols of the text
        ("العدد # 5 و _ هنا", ["العدد", "#", "5", "و", "_", "هنا"]),
    ],
)
def test_readers_of_words_look_past_hashtag_marks(text: str, words: list[str]) -> None:
    assert [t.text for t in without_hashtag_marks(tokenize(text))] == words
