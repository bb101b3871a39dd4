"""Claims found from what statements say when no extracted event ties them (``marsad.events.claim_text``)."""

from __future__ import annotations

import pytest

from marsad.events.claim_text import content_terms, negates, says_no, skeleton, text_groups
from marsad.events.claims import ClaimLinker, source_ids


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("تصاريح", "تصريح"), ("صهاريج", "صهريج"), ("طائرات", "طائره"), ("شاحنات", "شاحنه")],
)
def test_skeleton_joins_plurals_and_singulars(plural: str, singular: str) -> None:
    assert skeleton(plural) == skeleton(singular)


def test_frequent_words_are_no_terms_and_rare_ones_are() -> None:
    terms = content_terms("قال إن الحكومة في العام الماضي منحت تصاريح الإقلاع للطائرة")
    assert skeleton("تصاريح") in terms.weights
    assert not {skeleton("قال"), skeleton("الحكومه"), skeleton("العام")} & terms.weights.keys()


def _claims(make_doc, extractor, text: str, statements: list[dict], entities=None):
    doc = make_doc(text, statements=statements, entities=entities or [])
    return ClaimLinker()(extractor(doc))


def test_a_contradiction_without_an_event_is_one_contested_claim(make_doc, extractor) -> None:
    text = (
        "وقال الوفد المفاوض إن طائرته لم تحصل على تصاريح الهبوط في مطار المدينة. "
        "وقال المتحدث باسم سلطة الطيران المدني إن تصاريح الهبوط منحت للطائرة منذ يومين."
    )
    doc = _claims(
        make_doc,
        extractor,
        text,
        [
            {"speaker": "الوفد المفاوض", "cue": "قال", "content": "طائرته لم تحصل على تصاريح الهبوط في مطار المدينة"},
            {
                "speaker": "المتحدث باسم سلطة الطيران المدني",
                "cue": "قال@2",
                "content": "تصاريح الهبوط منحت للطائرة منذ يومين",
            },
        ],
    )
    assert [(c.status, [(p["statement"], p["role"]) for p in c.positions]) for c in doc.claims] == [
        ("contested", [(0, "assert"), (1, "deny")])
    ]
    assert doc.claims[0].events == [] and doc.claims[0].about.startswith("طائرته لم تحصل")


def test_two_sources_saying_the_same_thing_confirm_it(make_doc, extractor) -> None:
    text = (
        "وقالت إدارة الميناء إن صهريج تخزين للوقود احترق في الرصيف الشمالي بعد تسرب الغاز. "
        "وأكد مهندس في الشركة المشغلة أن صهاريج تخزين الوقود في الرصيف الشمالي احترق أحدها بعد تسرب للغاز."
    )
    doc = _claims(
        make_doc,
        extractor,
        text,
        [
            {
                "speaker": "إدارة الميناء",
                "cue": "قالت",
                "content": "صهريج تخزين للوقود احترق في الرصيف الشمالي بعد تسرب الغاز",
            },
            {
                "speaker": "مهندس في الشركة المشغلة",
                "cue": "أكد",
                "content": "صهاريج تخزين الوقود في الرصيف الشمالي احترق أحدها بعد تسرب للغاز",
            },
        ],
    )
    text_claims = [c for c in doc.claims if not c.events]
    assert [(c.status, [p["role"] for p in c.positions]) for c in text_claims] == [("confirmed", ["assert", "confirm"])]


def test_a_shared_topic_is_no_shared_proposition(make_doc, extractor) -> None:
    text = (
        "وقال وزير المالية إن موازنة العام المقبل ستخصص مبالغ إضافية لدعم الخبز والوقود. "
        "وقال نائب في البرلمان إن الموازنة تأخرت عن موعدها الدستوري بسبب خلافات الكتل."
    )
    doc = _claims(
        make_doc,
        extractor,
        text,
        [
            {
                "speaker": "وزير المالية",
                "cue": "قال",
                "content": "موازنة العام المقبل ستخصص مبالغ إضافية لدعم الخبز والوقود",
            },
            {
                "speaker": "نائب في البرلمان",
                "cue": "قال@2",
                "content": "الموازنة تأخرت عن موعدها الدستوري بسبب خلافات الكتل",
            },
        ],
    )
    assert doc.claims == []


def _pair(make_doc, speakers: tuple[str, str], cues: tuple[str, str] = ("قالت", "قالت")):
    content = "شحنة القمح وصلت إلى ميناء طرطوس على متن سفينة ترفع علم بنما"
    text = f"و{cues[0]} {speakers[0]} إن {content}. و{cues[1]} {speakers[1]} إن {content} أمس."
    return make_doc(
        text,
        statements=[
            {"speaker": speakers[0], "cue": cues[0], "content": content},
            {
                "speaker": speakers[1],
                "cue": f"{cues[1]}@2" if cues[1] == cues[0] else cues[1],
                "content": f"{content}@2",
            },
        ],
    )


def test_the_same_report_from_two_sources_links_them(make_doc) -> None:
    doc = _pair(make_doc, ("وكالة الأنباء الرسمية", "شركة الملاحة"))
    assert text_groups(doc, source_ids(doc)) == [[0, 1]]


def test_one_source_named_twice_confirms_nothing(make_doc) -> None:
    doc = _pair(make_doc, ("وكالة أنباء الأناضول", "الأناضول"))
    assert text_groups(doc, source_ids(doc)) == []


def test_an_envoy_is_one_source_whatever_his_title(make_doc) -> None:
    doc = _pair(make_doc, ("السفير الروسي", "المندوب الروسي"))
    assert text_groups(doc, source_ids(doc)) == []


def test_demands_and_threats_put_forward_no_fact(make_doc) -> None:
    text = (
        "وطالبت النقابة بإعادة فتح معبر الحدود أمام شاحنات الخضار المبردة. "
        "وقالت غرفة التجارة إن إعادة فتح معبر الحدود أمام شاحنات الخضار المبردة ضرورية."
    )
    doc = make_doc(
        text,
        statements=[
            {"speaker": "النقابة", "cue": "طالبت", "content": "إعادة فتح معبر الحدود أمام شاحنات الخضار المبردة"},
            {
                "speaker": "غرفة التجارة",
                "cue": "قالت",
                "content": "إعادة فتح معبر الحدود أمام شاحنات الخضار المبردة ضرورية",
            },
        ],
    )
    assert text_groups(doc, source_ids(doc)) == []


def test_a_report_quoted_inside_another_is_no_second_source(make_doc) -> None:
    text = "وأفادت تقارير محلية بأن سكانا قالوا إن شاحنات الإغاثة عبرت الجسر المعلق فجرا."
    doc = make_doc(
        text,
        statements=[
            {
                "speaker": "تقارير محلية",
                "cue": "أفادت",
                "content": "سكانا قالوا إن شاحنات الإغاثة عبرت الجسر المعلق فجرا",
            },
            {"speaker": "سكانا", "cue": "قالوا", "content": "شاحنات الإغاثة عبرت الجسر المعلق فجرا"},
        ],
    )
    assert text_groups(doc, source_ids(doc)) == []


def test_negating_one_side_word_does_not_turn_a_statement_round() -> None:
    first = content_terms("النادي أعلن انتقال المهاجم البرتغالي إلى يوفنتوس دون أن يعلن قيمة الصفقة")
    second = content_terms("النادي يعلن انتقال المهاجم البرتغالي إلى يوفنتوس")
    turned = content_terms("النادي لم يعلن انتقال المهاجم البرتغالي إلى يوفنتوس")
    assert not negates(first, second) and not negates(second, first)
    assert negates(turned, second)


def test_a_feminine_noun_with_its_possessive_is_the_noun() -> None:
    assert content_terms("طائرته").weights.keys() == content_terms("الطائرة").weights.keys() != set()


def test_two_negations_of_one_thing_agree() -> None:
    minister = content_terms("الوزير لن يستقل الطائرات الحكومية لمدة شهر")
    doctors = content_terms("الأطباء نصحوه ألا يستقل الطائرات الحكومية لمدة شهر")
    assert negates(minister, doctors) and negates(doctors, minister)


def test_a_denial_of_a_negated_rumour_says_no_once() -> None:
    headline = content_terms("لا صحة لزيادة أسعار البنزين يوم السبت")
    denial = content_terms("عدم صحة ما يتداول بشأن زيادة أسعار البنزين يوم السبت")
    assert says_no("assert", headline, denial) and says_no("deny", denial, headline)


def _harvest_reports(make_doc, figure_a: str, figure_b: str):
    """Two sources on the wheat harvest, with the figures given."""
    content_a = f"إنتاج القمح المحلي بلغ {figure_a} مليون طن في الموسم الماضي"
    content_b = f"إنتاج القمح المحلي بلغ {figure_b} مليون طن في الموسم الماضي"
    text = f"وقالت وزارة الزراعة إن {content_a}. وقال اتحاد المزارعين إن {content_b}."
    return make_doc(
        text,
        statements=[
            {"speaker": "وزارة الزراعة", "cue": "قالت", "content": content_a},
            {
                "speaker": "اتحاد المزارعين",
                "cue": "قال",
                "content": content_b + ("@2" if content_a == content_b else ""),
            },
        ],
    )


def test_other_figures_are_other_facts(make_doc) -> None:
    other = _harvest_reports(make_doc, "3.2", "2.1")
    assert text_groups(other, source_ids(other)) == []
    same = _harvest_reports(make_doc, "3.2", "3.2")
    assert text_groups(same, source_ids(same)) == [[0, 1]]


def test_average_link_keeps_two_stories_apart_and_joins_each() -> None:
    from marsad.events.claim_text import _average_link

    # statements 0-2 tell one story, 3-4 another; 2 and 3 share a little, not enough to join the stories
    sim = {(0, 1): 0.9, (0, 2): 0.8, (1, 2): 0.85, (3, 4): 0.9, (2, 3): 0.55}
    sources = ["a", "b", "c", "d", "e"]
    assert _average_link([0, 1, 2, 3, 4], sim, sources, 0.5) == [[0, 1, 2], [3, 4]]
    # a same-source pair neither helps nor hurts: 0 and 1 are one source, 2 joins them on its links to both
    assert _average_link([0, 1, 2], {(0, 2): 0.7, (1, 2): 0.6}, ["a", "a", "b"], 0.5) == [[0, 1, 2]]


def test_a_contested_claim_is_about_what_was_asserted_not_the_denial(make_doc, extractor) -> None:
    text = (
        "ونفت الوزارة تسرب أسئلة الامتحانات الوطنية. "
        "وقالت نقابة المعلمين إن أسئلة الامتحانات الوطنية تسربت إلى صفحات التواصل قبل موعدها بساعات."
    )
    doc = _claims(
        make_doc,
        extractor,
        text,
        [
            {"speaker": "الوزارة", "cue": "نفت", "content": "تسرب أسئلة الامتحانات الوطنية", "stance": "deny"},
            {
                "speaker": "نقابة المعلمين",
                "cue": "قالت",
                "content": "أسئلة الامتحانات الوطنية تسربت إلى صفحات التواصل قبل موعدها بساعات",
            },
        ],
    )
    assert [(c.status, [p["role"] for p in c.positions]) for c in doc.claims] == [("contested", ["deny", "assert"])]
    assert doc.claims[0].about.startswith("أسئلة الامتحانات الوطنية تسربت")
