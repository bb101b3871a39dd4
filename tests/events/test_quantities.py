"""Fatalities, injuries and counts with the span they come from."""

from __future__ import annotations

import pytest

from marsad.document import Document, TimeExpression
from marsad.events.quantities import quantities_in
from marsad.text.tokens import tokenize


def _q(text: str) -> list[tuple[str, int, str, bool]]:
    doc = Document(text=text)
    return [(q.kind, q.value, q.span.text, q.approximate) for _i, q in quantities_in(doc, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أسفر القصف عن مقتل 4 مدنيين وإصابة 12 آخرين", [("fatalities", 4, "4", False), ("injuries", 12, "12", False)]),
        ("قتل 46 مدنيا في الغارة", [("fatalities", 46, "46", False)]),
        ("سقط سبعة قتلى في الاشتباكات", [("fatalities", 7, "سبعة", False)]),
        ("قتل العشرات في القصف", [("fatalities", 10, "العشرات", True)]),
        ("أدى القتال إلى مقتل وإصابة 3440 شخصا", [("count", 3440, "3440 شخصا", False)]),
        ("سيطر الجيش على 35 حيا", [("count", 35, "35 حيا", False)]),
        ("سيطر الجيش على خمسة أحياء أخرى", [("count", 5, "خمسة أحياء", False)]),
        ("أصيب ٢٣ شخصا بجروح", [("injuries", 23, "٢٣", False)]),
        ("قتل ألفي شخص في المجاعة", [("fatalities", 2000, "ألفي", False)]),  # a dual, which text2number reads as 0
        ("سيطرت القوات على مئتي قرية", [("count", 200, "مئتي قرية", False)]),
        ("قتل 30 ألف شخص في الحرب", [("fatalities", 30000, "30 ألف", False)]),  # digits times the word after them
        ("نزح 2,5 مليون شخص", [("count", 2500000, "2,5 مليون شخص", False)]),  # a decimal comma
        ("غادر 7 آلاف شخص المنطقة", [("count", 7000, "7 آلاف شخص", False)]),
        ("أدى القصف إلى نزوح عشرات الآلاف باتجاه الحدود", [("count", 10000, "عشرات الآلاف", True)]),
        ("منذ أكثر من خمسة أعوام", []),  # a duration is not a count
        ("في عام 2012 بدأت الاحتجاجات", []),  # nor a year
        ("توقف إنتاج نحو 5.7 مليون برميل يوميا", []),  # nor barrels of oil
        # the freed are no dead: the fate nearest the number decides
        ("تمكنت القوات من قتل جميع المسلحين وتحرير عشرات الرهائن", [("count", 10, "عشرات الرهائن", True)]),
    ],
)
def test_quantities(text, expected) -> None:
    assert _q(text) == expected


def test_quantities_attach_to_the_violent_event(extractor, make_doc) -> None:
    doc = extractor(make_doc("أسفرت الغارة عن مقتل 9 أشخاص بينهم طفلان."))
    ev = next(e for e in doc.events if e.plover in ("FIGHT", "ASSAULT"))
    assert [(q.kind, q.value) for q in ev.quantities] == [("fatalities", 9)]
    doc.validate()


def test_martyred_is_a_death_word() -> None:
    from marsad.events.quantities import classify, find_numbers
    from marsad.text.tokens import tokenize

    tokens = tokenize("استشهد 27 فلسطينيا في الغارات.")
    assert [classify(tokens, n) for n in find_numbers(tokens)] == ["fatalities"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded after thousands take the genitive singular, and must not count as dead
        ("ارتفعت الحصيلة إلى 135 قتيلا ونحو خمسة آلاف جريح", ["fatalities", "injuries"]),
        # a hedge between the casualty word and its number
        ("قتل ما لا يقل عن 20 شخصا في الهجوم", ["fatalities"]),
        ("أسفر القصف عن مقتل أكثر من 30 مدنيا", ["fatalities"]),
    ],
)
def test_casualty_word_reaches_past_hedges_and_genitive_wounded(text, expected) -> None:
    from marsad.events.quantities import classify, find_numbers
    from marsad.text.tokens import tokenize

    tokens = tokenize(text)
    assert [classify(tokens, n) for n in find_numbers(tokens)] == expected


def test_life_is_a_death_word_only_as_claimed_the_lives() -> None:
    from marsad.events.quantities import classify, find_numbers
    from marsad.text.tokens import tokenize

    tokens = tokenize("أودى القصف بحياة 5 مدنيين")
    assert [classify(tokens, n) for n in find_numbers(tokens)] == ["fatalities"]
    tokens = tokenize("يهدد الحصار حياة 300 نازح")
    assert [classify(tokens, n) for n in find_numbers(tokens)] == ["count"]


@pytest.mark.parametrize(
    "text",
    [
        "أبلغ ربان السفينة عن انفجار على بعد 60 ميلا بحريا جنوب شرق عدن",  # a distance
        "بلغت قوة الزلزال 6.8 درجة على مقياس ريختر",  # a magnitude
        "سيخفف صرف 820 مليون دولار الضغوط على الميزانية",  # money
        "تظاهر أنصار أحد المرشحين أمام مبنى المحافظة",  # "one of", not a count of one
    ],
)
def test_units_and_one_of_are_no_counts(text) -> None:
    assert _q(text) == []


def test_a_written_number_with_one_still_counts() -> None:
    assert _q("اعتقلت الشرطة أحد عشر شخصا") == [("count", 11, "أحد عشر شخصا", False)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("قالت مصادر إن 15 جنديا من القوات الحكومية قتلوا في هجوم", "fatalities"),
        ("قال المسعفون إن 41 مهاجرا على الأقل لقوا حتفهم غرقا", "fatalities"),
        ("وقالت الشرطة إن 9 من عناصرها أصيبوا", "injuries"),
        ("اعتقلت الشرطة 12 شخصا، وقتلوا لاحقا", "count"),  # the clause ends at the comma
    ],
)
def test_the_fate_told_after_the_counted_people(text, kind) -> None:
    assert [k for k, *_ in _q(text)] == [kind]


def test_a_day_of_the_month_inside_a_date_is_no_count() -> None:
    text = "لاتفاق وقف الأعمال العدائية الذي دخل حيز التنفيذ في 27 نوفمبر 2024"
    doc = Document(text=text)
    start = text.index("27 نوفمبر 2024")
    doc.times.append(TimeExpression(start, start + len("27 نوفمبر 2024"), "27 نوفمبر 2024", "2024-11-27"))
    assert quantities_in(doc, tokenize(text)) == []


def test_a_count_outside_the_date_still_counts() -> None:
    text = "قتل 15 شخصا في 3 مارس"
    doc = Document(text=text)
    start = text.index("3 مارس")
    doc.times.append(TimeExpression(start, start + len("3 مارس"), "3 مارس", "2024-03-03"))
    assert [(q.kind, q.value) for _i, q in quantities_in(doc, tokenize(text))] == [("fatalities", 15)]


def test_killed_in_the_feminine_counts_the_dead() -> None:
    assert [k for k, *_ in _q("سيطرت الحركة على القاعدة وقتلت 47 جنديا")] == ["fatalities"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل جنديين مصريين في اشتباك", [("fatalities", 2, "جنديين")]),
        ("وقالت إن شابين استشهدا برصاص الاحتلال", [("fatalities", 2, "شابين")]),
        ("واعتقلت الشرطة شخصين", [("count", 2, "شخصين")]),  # a dual names what it counts
        ("وقتل مسلحين في الاشتباك", []),  # a plural spelt like a dual counts nothing
        ("وقتل جنديان اثنان في هجوم", [("fatalities", 2, "جنديان")]),  # the number repeats the dual: one count
        # one person named before a number joined by و counts too
        ("وقتل ضابط وجنديان في انفجار", [("fatalities", 3, "ضابط وجنديان")]),
        ("مقتل قيادي بارز واثنين من مرافقيه", [("fatalities", 3, "قيادي بارز واثنين")]),
        ("وقتل 5 أشخاص واثنان من المسعفين", [("fatalities", 5, "5"), ("fatalities", 2, "واثنان")]),
        # duals of nouns with a broken plural, oblique case included (ضباط، رجال، جرحى)
        ("قتل ضابطان في الجيش وأصيب آخر", [("fatalities", 2, "ضابطان")]),
        ("واعتقلت الشرطة رجلين", [("count", 2, "رجلين")]),
        ("وأصيب مدنيان بجروح في القصف", [("injuries", 2, "مدنيان")]),
    ],
)
def test_a_dual_of_people_counts_two(text, expected) -> None:
    assert [(k, v, s) for k, v, s, _a in _q(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ما أدى إلى نزوح مئات الآلاف من سكانها", [("count", 100_000, "مئات الآلاف من سكانها", True)]),
        ("وقتل عشرات الآلاف في الحرب", [("fatalities", 10_000, "عشرات الآلاف", True)]),
        ("واعتقلت الشرطة عشرات من المحتجين", [("count", 10, "عشرات من المحتجين", True)]),
        ("وقتل العشرات في القصف", [("fatalities", 10, "العشرات", True)]),
    ],
)
def test_tens_and_hundreds_of_thousands_are_one_quantity(text, expected) -> None:
    assert _q(text) == expected


def test_an_aside_on_who_was_among_them_stands_between_the_counted_and_their_fate() -> None:
    text = "وقال إن 18 فلسطينيا على الأقل، بينهم ستة أطفال، قتلوا في غارة"
    assert ("fatalities", 18, "18", False) in _q(text)
    text = "وقال إن أكثر من 100 مدني، بينهم 20 طفلا وتسعة من عمال الإغاثة، قتلوا في هجمات"
    assert ("fatalities", 100, "100", False) in _q(text)


@pytest.mark.parametrize(
    "text",
    [
        "واندلعت اشتباكات بين قوة الردع واللواء 444 قتال",
        "واحتجزت القوة آمر اللواء 444 محمود حمزة",
        "مقتل قائد الفرقة 17",
    ],
)
def test_a_number_that_names_a_unit_counts_nothing(text) -> None:
    assert _q(text) == []


def test_a_count_phrase_ends_after_its_hedges_and_numbers() -> None:
    from marsad.events.quantities import count_phrase_end
    from marsad.text.normalize import lookup_key

    keys = [lookup_key(w) for w in "أكثر من ثلاثة آلاف أسرة فرت".split()]
    assert count_phrase_end(keys, 0) == 4
    keys = [lookup_key(w) for w in "نحو ألفي عائلة".split()]
    assert count_phrase_end(keys, 0) == 2
    keys = [lookup_key(w) for w in "نحو المدينة".split()]
    assert count_phrase_end(keys, 0) == 0  # "towards", no count


def test_a_buildings_floors_are_no_count() -> None:
    assert _q("دمرت غارات برجا سكنيا من 13 طابقا في المدينة") == []


def test_a_span_of_hours_is_no_count() -> None:
    assert _q("حيدت القوات 12 مسلحا خلال الساعات الـ24 الماضية") == [("count", 12, "12 مسلحا", False)]
