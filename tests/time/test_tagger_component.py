"""The ``times`` component: pipeline contract, publication date handling, entity blocking, exact offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.components import DEFAULT_PIPELINE, create
from marsad.document import Document, Entity
from marsad.pipeline import Pipeline
from marsad.time.tagger import TimeTagger, find_times

ARTICLE = (
    "القوات الحكومية تتقدم في شرق المدينة\n\n"
    "أعلن الجيشُ الثلاثاءَ سيطرته على ثلاثة أحياء، وقال متحدث باسمه إن العمليات ستتواصل غداً.\n\n"
    "وكانت المعارك قد اندلعت مساءَ الأحد، بعد هدنة أعلنت في 20 تشرين الثاني/نوفمبر 2016، "
    "وهي الأعنف منذ عام 2012. وقتل 12 مدنياً قبل يومين في قصف على سوق شعبية.\n"
)


def _doc(published: str | None) -> Document:
    return Pipeline([create("sentencizer"), create("times")])(Document(text=ARTICLE, published=published))


def test_component_contract() -> None:
    tagger = create("times")
    assert isinstance(tagger, TimeTagger)
    assert tagger.name == "times" and tagger.assigns == ("times",)
    assert set(tagger.requires) <= {"sentences", "tokens"}
    assert DEFAULT_PIPELINE.index("times") > DEFAULT_PIPELINE.index("tokenizer")
    if "statements" in DEFAULT_PIPELINE:
        assert DEFAULT_PIPELINE.index("times") < DEFAULT_PIPELINE.index("statements")


def test_article_with_publication_date() -> None:
    doc = _doc("2016-12-06")
    doc.validate()
    assert [(t.text, t.value) for t in doc.times] == [
        ("الثلاثاءَ", "2016-12-06"),
        ("غداً", "2016-12-07"),
        ("مساءَ الأحد", "2016-12-04"),
        ("20 تشرين الثاني/نوفمبر 2016", "2016-11-20"),
        ("منذ عام 2012", "2012"),
        ("قبل يومين", "2016-12-04"),
    ]


def test_without_publication_date_only_absolute_expressions() -> None:
    doc = _doc(None)
    doc.validate()
    assert [(t.text, t.value) for t in doc.times] == [
        ("20 تشرين الثاني/نوفمبر 2016", "2016-11-20"),
        ("منذ عام 2012", "2012"),
    ]
    reasons = {i["text"]: i["reason"] for i in doc.user_data["times.internal"]}
    assert reasons["الثلاثاءَ"] == "relative expression without publication date"


def test_entity_blocks_a_word_date() -> None:
    text = "وقالت قناة روسيا اليوم إن الجيش تقدم الثلاثاء."
    start = text.index("روسيا")
    doc = Document(text=text, published="2016-12-06")
    doc.entities = [Entity(start, start + len("روسيا اليوم"), "روسيا اليوم", "ORG")]
    doc = TimeTagger()(create("sentencizer")(doc))
    assert [t.text for t in doc.times] == ["الثلاثاء"]


def test_a_weekday_inside_a_place_name_is_no_date() -> None:
    text = "واندلعت الاشتباكات في سوق الجمعة مساء الخميس، وهدأت الجمعة."
    doc = Document(text=text, published="2025-05-16")
    souq = text.index("سوق الجمعة")
    doc.entities = [Entity(souq, souq + len("سوق الجمعة"), "سوق الجمعة", "LOC")]
    doc = TimeTagger()(create("sentencizer")(doc))
    assert [(t.text, t.value) for t in doc.times] == [("مساء الخميس", "2025-05-15"), ("الجمعة", "2025-05-16")]


def test_a_month_with_its_year_or_double_name_is_a_date_even_inside_a_name() -> None:
    # نيسان is also a car maker, so a tagger trained on business news may call it ORG; with a year or in the
    # double Levantine/Gregorian form it is a date all the same, while the lone word stays blocked
    text = "وفي نيسان/أبريل 2017 أعلنت الشركة أرباحها، ثم طرحت نيسان طرازها الجديد في آذار."
    first, second = text.index("نيسان"), text.index("نيسان", text.index("الشركة"))
    doc = Document(text=text, published="2018-04-10")
    doc.entities = [Entity(first, first + 5, "نيسان", "ORG"), Entity(second, second + 5, "نيسان", "ORG")]
    doc = TimeTagger()(create("sentencizer")(doc))
    assert [(t.text, t.value) for t in doc.times] == [("نيسان/أبريل 2017", "2017-04"), ("آذار", "2018-03")]


PIECES = [
    "الثلاثاء",
    "مساءَ",
    "أمس",
    "وأمس",
    "بالأمس",
    "اليوم",
    "٦",
    "كانون الأول",
    "ديسمبر/كانون الأول",
    "٢٠١٦",
    "عام",
    "منذ",
    "قبل",
    "يومين",
    "الماضي",
    "المقبل",
    "أو",
    "ـ",
    "\u200f",
    "\u00a0",
    "،",
    ".",
    "\n",
    "ﻻ",
    "…",
    "قال",
    "الجيش",
]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(PIECES), max_size=25), pub=st.sampled_from([None, "2016-12-06", "2020-02-29"]))
def test_offsets_are_always_true(words: list[str], pub: str | None) -> None:
    text = " ".join(words)
    found, internal = find_times(text, pub)
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.text.strip() == t.text and t.text
    for i in internal:
        assert text[i["start"] : i["end"]] == i["text"]


def test_calendar_edges_do_not_crash() -> None:
    for pub in ("0001-01-01", "9999-12-31"):
        found, internal = find_times("أمس والثلاثاء الماضي والعام المقبل وغدا وقبل يومين", pub)
        for t in found:
            assert len(t.value) in (4, 7, 10) and not t.value.startswith("0000")
        assert all(i["reason"] for i in internal)


def test_a_scheduled_plan_reaches_a_weekday_far_after_it() -> None:
    text = (
        "ومن المقرر أن يلتقي الرئيس نظيره الروسي في مدينة سوتشي المطلة على البحر الأسود، الثلاثاء، لبحث الوضع.\n"
        "وقال الرئيس إنه سيبحث في الاجتماع ملفات كثيرة تتعلق بالحدود والتجارة والطاقة والمياه، الثلاثاء.\n"
    )
    doc = Pipeline([create("sentencizer"), create("times")])(Document(text=text, published="2019-10-20"))
    # a plan cue twelve words back still makes the weekday future; a future verb that far back does not
    assert [(t.text, t.value) for t in doc.times] == [("الثلاثاء", "2019-10-22"), ("الثلاثاء", "2019-10-15")]


def test_a_weekday_after_a_deictic_word_decides_the_day() -> None:
    text = "وشنت الطائرات فجر اليوم الخميس غارات، ومن المتوقع أن تدخل الهدنة حيز التنفيذ بعد غد السبت."
    doc = Pipeline([create("sentencizer"), create("times")])(Document(text=text, published="2024-02-15"))
    assert [(t.text, t.value) for t in doc.times] == [
        ("فجر اليوم الخميس", "2024-02-15"),
        ("بعد غد السبت", "2024-02-17"),
    ]
    # a report filed just after midnight, dated the next day, still tells of the Thursday it names
    doc = Pipeline([create("sentencizer"), create("times")])(Document(text=text, published="2024-02-16"))
    assert [t.value for t in doc.times] == ["2024-02-15", "2024-02-17"]
