"""Sentence splitting: punctuation, numbers, abbreviations, quotes, headlines, degenerate input."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.text.sentences import Sentencizer, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات المدينة. وقتل عشرة مدنيين.", ["قصفت الطائرات المدينة.", "وقتل عشرة مدنيين."]),
        ("هل انتهت الهدنة؟ لا أحد يعرف.", ["هل انتهت الهدنة؟", "لا أحد يعرف."]),
        ("يا للهول! سقطت القذائف.", ["يا للهول!", "سقطت القذائف."]),
        ("أولا؛ وقف إطلاق النار. ثانيا", ["أولا؛", "وقف إطلاق النار.", "ثانيا"]),
        ("وانتظر الجميع… ثم بدأ القصف.", ["وانتظر الجميع…", "ثم بدأ القصف."]),
        ("هل هذا معقول؟! قالها غاضبا.", ["هل هذا معقول؟!", "قالها غاضبا."]),
        ("Why? Because.", ["Why?", "Because."]),
        # numbers and dates
        ("ارتفع المؤشر 3.5 نقطة. ثم تراجع.", ["ارتفع المؤشر 3.5 نقطة.", "ثم تراجع."]),
        ("وقع الهجوم في 2016.12.06 فجرا.", ["وقع الهجوم في 2016.12.06 فجرا."]),
        ("بلغت النسبة ٣٫٥ بالمئة.", ["بلغت النسبة ٣٫٥ بالمئة."]),
        # abbreviations
        ("قال د. سمير الحلبي إن الوضع خطير.", ["قال د. سمير الحلبي إن الوضع خطير."]),
        ("أعلنت U.S. Army الخبر. ثم صمتت.", ["أعلنت U.S. Army الخبر.", "ثم صمتت."]),
        ("التقى Mr. Jones بالوفد.", ["التقى Mr. Jones بالوفد."]),
        ("ولد عام 1950 م. وعاش في حمص.", ["ولد عام 1950 م.", "وعاش في حمص."]),
        # quotes spanning a full stop
        (
            "وقال المتحدث: «لن ننسحب. سنبقى هنا». وأضاف أن المفاوضات مستمرة.",
            ["وقال المتحدث: «لن ننسحب. سنبقى هنا».", "وأضاف أن المفاوضات مستمرة."],
        ),
        ('وقال: "الوضع صعب. لكننا صامدون" ثم غادر.', ['وقال: "الوضع صعب. لكننا صامدون" ثم غادر.']),
        ("وكتب: “انتهى الأمر.” ثم حذف التغريدة.", ["وكتب: “انتهى الأمر.”", "ثم حذف التغريدة."]),
        # lines
        (
            "مقتل خمسة في قصف على إدلب\n\nقتل خمسة مدنيين. وأصيب آخرون.",
            ["مقتل خمسة في قصف على إدلب", "قتل خمسة مدنيين.", "وأصيب آخرون."],
        ),
        ("حمص (رويترز) -\nقال مسؤول إن الطريق مغلق.", ["حمص (رويترز) -", "قال مسؤول إن الطريق مغلق."]),
        ("سطر أول\r\nسطر ثان", ["سطر أول", "سطر ثان"]),
        # degenerate input
        ("", []),
        ("   \n\t\n  ", []),
        ("...", ["..."]),
        (" ؟ ! . ", ["؟ ! ."]),
        ("نعم.. ", ["نعم.."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_headline_flag_and_offsets() -> None:
    text = "عاجل: انفجار في بيروت\n\nهز انفجار العاصمة. وتصاعد الدخان"
    sents = split_sentences(text)
    assert [s.is_heading for s in sents] == [True, False, False]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_component_fills_document() -> None:
    doc = Document(text="قال الوزير. وأضاف.")
    Sentencizer()(doc)
    assert [s.text for s in doc.sentences] == ["قال الوزير.", "وأضاف."]
    doc.validate()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("الخرطوم - قتل خمسة أشخاص في قصف على السوق.", "قتل خمسة"),
        ("بيروت (رويترز) - قالت مصادر أمنية إن انفجارا وقع.", "قالت مصادر"),
        ("طرابلس (ليبيا) – اندلعت اشتباكات في جنوب العاصمة.", "اندلعت"),
        ("(CNN)-- للمرة الثالثة هذا الأسبوع فرضت السلطات حظر التجول.", "للمرة"),
        ("غزة/ القدس - تواصل القصف على مناطق شمال القطاع.", "تواصل"),
        # no dateline: a dash aside, a hyphenated word, a dash after a number
        ("قال الوزير - في مؤتمر صحفي عقده اليوم - إن البلاد بخير.", None),
        ("تبادل أ-ب الحديث عن القضايا العامة في البلاد.", None),
        ("فاز الفريق 3 - 1 في المباراة النهائية أمس.", None),
    ],
)
def test_a_dateline_is_marked_in_its_sentence(text: str, body: str | None) -> None:
    first = split_sentences(text)[0]
    assert first.text == text  # the dateline stays inside the sentence (offsets untouched)
    if body is None:
        assert first.dateline_end is None and first.body_start == first.start
    else:
        assert first.dateline_end == text.index(body) == first.body_start


def test_only_a_paragraph_opening_has_a_dateline() -> None:
    text = "قال الوزير إن الوضع هادئ. دمشق - هذا ليس سطرا جديدا ولا خط تاريخ."
    assert [s.dateline_end for s in split_sentences(text)] == [None, None]


def test_a_long_letter_run_is_no_dateline_and_no_hang() -> None:
    # word runs that could also split one long word backtracked exponentially on this (found in review)
    text = "ب" * 5000 + " - قال الوزير إن الاجتماع انتهى."
    first = split_sentences(text)[0]
    assert first.dateline_end is None or text[first.dateline_end :].startswith("قال")
    assert split_sentences("(" + "ب" * 5000 + ".")[0].dateline_end is None
