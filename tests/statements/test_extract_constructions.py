"""One test per reporting construction, on sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.document import Document, Entity, TimeExpression
from marsad.statements import StatementExtractor
from marsad.text.sentences import Sentencizer
from marsad.text.tokens import Tokenizer

_SENT = Sentencizer()
_TOK = Tokenizer()
_EXT = StatementExtractor()


def _find(text: str, needle: str, occurrence: int = 0) -> int:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise AssertionError(f"{needle!r} not in the test text")
    return pos


def make(
    text: str,
    entities: list[tuple[str, str]] | None = None,
    times: list[tuple[str, str]] | None = None,
) -> Document:
    """A Document with statements extracted; entities / times are (surface, type|value) found in the text."""
    doc = Document(text=text, published="2024-03-05")
    for surface, etype in entities or []:
        s = _find(text, surface)
        doc.entities.append(Entity(s, s + len(surface), surface, etype))  # type: ignore[arg-type]
    for surface, value in times or []:
        s = _find(text, surface)
        doc.times.append(TimeExpression(s, s + len(surface), surface, value))
    doc = _EXT(_TOK(_SENT(doc)))
    doc.validate()
    return doc


def only(doc: Document):
    assert len(doc.statements) == 1, [(s.cue.text, s.speaker.text, s.content.text) for s in doc.statements]
    return doc.statements[0]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # verb first, subject after, complementiser إن / أن
        (
            "وقال المرصد السوري إن القوات الحكومية سيطرت على بلدة جديدة.",
            "قال",
            "المرصد السوري",
            "القوات الحكومية سيطرت على بلدة جديدة",
        ),
        ("وأكدت وزارة الصحة أن عدد المصابين ارتفع إلى مئة.", "أكدت", "وزارة الصحة", "عدد المصابين ارتفع إلى مئة"),
        # present and plural forms
        ("ويقول السكان إن المياه مقطوعة منذ أسبوع.", "يقول", "السكان", "المياه مقطوعة منذ أسبوع"),
        ("وتقول المنظمة الدولية إن المخيمات مكتظة.", "تقول", "المنظمة الدولية", "المخيمات مكتظة"),
        # complementiser after a governed preposition: أشار إلى أن
        ("وأشار الجيش إلى أنه أحكم سيطرته على الطريق.", "أشار", "الجيش", "أحكم سيطرته على الطريق"),
    ],
)
def test_verb_subject_complement(text: str, cue: str, speaker: str, content: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.speaker.text, st.content.text, st.stance) == (cue, speaker, content, "assert")
    assert not st.direct


def test_subject_before_verb() -> None:
    st = only(make("لكن المسلحين قالوا إن المدنيين غادروا الحي قبل القصف."))
    assert (st.cue.text, st.speaker.text) == ("قالوا", "المسلحين")
    assert st.content.text == "المدنيين غادروا الحي قبل القصف"


def test_subject_before_verb_in_a_heading() -> None:
    doc = make("الحكومة تنفي وقوع انفجار في الميناء\n\nوقع حريق صغير في المخازن.")
    st = only(doc)
    assert (st.cue.text, st.speaker.text, st.stance) == ("تنفي", "الحكومة", "deny")
    assert st.content.text == "وقوع انفجار في الميناء"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("وذكرت مصادر عسكرية أن الهجوم بدأ عند الفجر.", "مصادر عسكرية", "الهجوم بدأ عند الفجر"),
        ("وأفادت تقارير بأن القصف استهدف سوقا شعبية.", "تقارير", "القصف استهدف سوقا شعبية"),
        ("وقال مسؤول أمني إن الطريق أعيد فتحه.", "مسؤول أمني", "الطريق أعيد فتحه"),
    ],
)
def test_unnamed_sources(text: str, speaker: str, content: str) -> None:
    st = only(make(text))
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_addressee_after_speaker() -> None:
    st = only(make("وقال مسؤول أميركي لرويترز إن المحادثات ستستأنف قريبا.", entities=[("رويترز", "ORG")]))
    assert (st.speaker.text, st.addressee and st.addressee.text) == ("مسؤول أميركي", "رويترز")
    assert st.content.text == "المحادثات ستستأنف قريبا"


def test_occasion_after_an_apposition_is_not_part_of_the_speaker() -> None:
    text = "وقال سامر الخطيب، الناطق باسم الوزارة في حديث لإذاعة الشرق، صباح اليوم، إن القافلة وصلت."
    st = only(make(text, entities=[("سامر الخطيب", "PER")]))
    # the title ends before "في حديث …"; the outlet spoken to is the addressee
    assert st.speaker.text == "سامر الخطيب، الناطق باسم الوزارة"
    assert st.addressee is not None and st.addressee.text == "إذاعة الشرق"
    assert st.content.text == "القافلة وصلت"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content", "entities"),
    [
        # postposed attribution: the clause before is the content
        ("قتل خمسة مدنيين في القصف، بحسب المرصد.", "بحسب", "المرصد", "قتل خمسة مدنيين في القصف", []),
        (
            "ونزح آلاف السكان من القرى الحدودية، وفقا للأمم المتحدة.",
            "وفقا",
            "لأمم المتحدة",
            "نزح آلاف السكان من القرى الحدودية",
            [("لأمم المتحدة", "ORG")],
        ),
        ("وتضررت عشرات المنازل، حسب الدفاع المدني.", "حسب", "الدفاع المدني", "تضررت عشرات المنازل", []),
        # fronted attribution: the rest of the sentence is the content
        ("وبحسب مصادر محلية فإن الاشتباكات توقفت مساء.", "بحسب", "مصادر محلية", "الاشتباكات توقفت مساء", []),
        # "وفق ما أفادت X": the verb is the cue
        ("وسقط ثلاثة جرحى، وفق ما أفادت مصادر طبية.", "أفادت", "مصادر طبية", "سقط ثلاثة جرحى", []),
        ("وأصيب جنديان، على لسان متحدث عسكري.", "على لسان", "متحدث عسكري", "أصيب جنديان", []),
    ],
)
def test_attribution_adjuncts(text, cue, speaker, content, entities) -> None:
    st = only(make(text, entities=entities))
    assert (st.cue.text, st.speaker.text, st.content.text) == (cue, speaker, content)


def test_relayed_through_an_agency_with_naqlan_an() -> None:
    st = only(make("وأعلنت وكالة الأنباء الرسمية نقلا عن مصدر عسكري أن الجيش استعاد البلدة."))
    assert (st.cue.text, st.speaker.text) == ("أعلنت", "مصدر عسكري")
    assert st.via is not None and st.via.text == "وكالة الأنباء الرسمية"
    assert st.content.text == "الجيش استعاد البلدة"


def test_nasabat_ila_al_qawl() -> None:
    st = only(make("ونسبت وكالات أنباء إلى وزارة الدفاع القول إن الطائرات قصفت مواقع للمسلحين."))
    assert (st.cue.text, st.speaker.text, st.via and st.via.text) == ("نسبت", "وزارة الدفاع", "وكالات أنباء")
    assert st.content.text == "الطائرات قصفت مواقع للمسلحين"


def test_naqalat_an_qawlihi() -> None:
    st = only(make("ونقلت صحيفة محلية عن مسؤول في البلدية قوله إن الكهرباء ستعود غدا."))
    assert (st.cue.text, st.via and st.via.text) == ("نقلت", "صحيفة محلية")
    assert st.speaker.text.startswith("مسؤول")
    assert st.content.text == "الكهرباء ستعود غدا"


def test_implicit_subject_reuses_the_previous_speaker_span() -> None:
    doc = make("وقالت الوزارة إن الهدنة صامدة. وأضافت أن المساعدات ستصل خلال يومين. وتابعت: «لن نتراجع».")
    assert [s.cue.text for s in doc.statements] == ["قالت", "أضافت", "تابعت"]
    first = doc.statements[0].speaker
    for st in doc.statements[1:]:
        assert (st.speaker.start, st.speaker.end) == (first.start, first.end)
    assert doc.statements[1].content.text == "المساعدات ستصل خلال يومين"
    assert doc.statements[2].direct and doc.statements[2].content.text == "لن نتراجع"


def test_participle_after_comma_continues_the_statement() -> None:
    doc = make("وأعلن الجيش السيطرة على التلة، مضيفا أن المعارك مستمرة.")
    assert [s.cue.text for s in doc.statements] == ["أعلن", "مضيفا"]
    assert doc.statements[0].content.text == "السيطرة على التلة"
    assert doc.statements[1].speaker.text == "الجيش"
    assert doc.statements[1].content.text == "المعارك مستمرة"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وقال المتحدث باسم الجيش: «لن نسمح بأي خرق للهدنة».", "لن نسمح بأي خرق للهدنة"),
        ('وقال المتحدث باسم الجيش "لن نسمح بأي خرق للهدنة".', "لن نسمح بأي خرق للهدنة"),
        ("وقال المتحدث باسم الجيش إن “الهدنة ما زالت قائمة”.", "الهدنة ما زالت قائمة"),
    ],
)
def test_direct_quotes(text: str, content: str) -> None:
    st = only(make(text))
    assert st.direct and st.content.text == content
    assert st.speaker.text == "المتحدث باسم الجيش"


def test_quote_across_sentences() -> None:
    text = "وقال الوزير: «الوضع صعب للغاية.\nلكننا سنواصل العمل حتى النهاية». وانتهى الاجتماع."
    st = only(make(text))
    assert st.direct
    assert st.content.text == "الوضع صعب للغاية.\nلكننا سنواصل العمل حتى النهاية"


def test_partial_quote_is_not_direct() -> None:
    st = only(make('وقالت الحكومة إنها "لن تنتظر طويلا" قبل الرد على المقترح.'))
    assert not st.direct
    assert st.content.text == '"لن تنتظر طويلا" قبل الرد على المقترح'


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("ونفى الجيش استهداف المدنيين في الغارة.", "نفى", "استهداف المدنيين في الغارة"),
        ("ونفت الحركة أي علاقة لها بالهجوم.", "نفت", "أي علاقة لها بالهجوم"),
        ("وكذّب المتحدث هذه الأنباء جملة وتفصيلا.", "كذّب", "هذه الأنباء جملة وتفصيلا"),
        ("وأنكر المتهمون التهم الموجهة إليهم.", "أنكر", "التهم الموجهة إليهم"),
        ("ورفضت الوزارة ما أشيع عن استقالة الوزير.", "رفضت", "ما أشيع عن استقالة الوزير"),
    ],
)
def test_denials(text: str, cue: str, content: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.stance, st.content.text) == (cue, "deny", content)


def test_refusal_without_a_report_is_no_denial() -> None:
    assert make("ورفضت الوزارة طلب النقابة زيادة الرواتب.").statements == []


def test_resumptive_denial_takes_the_clause_before() -> None:
    doc = make("واتهمت المعارضة الجيش بقصف المستشفى، وهو ما نفته وزارة الدفاع.")
    cues = {s.cue.text: s for s in doc.statements}
    assert cues["نفته"].stance == "deny" and cues["نفته"].speaker.text == "وزارة الدفاع"
    assert "بقصف المستشفى" in cues["نفته"].content.text


def test_unconfirmed_with_explicit_speaker() -> None:
    st = only(make("ولم يتسن لرويترز التحقق من هذه المعلومات بشكل مستقل.", entities=[("رويترز", "ORG")]))
    assert (st.stance, st.speaker.text) == ("unconfirmed", "رويترز")
    assert st.cue.text == "لم يتسن لرويترز التحقق"


def test_unconfirmed_reuses_the_sentence_speaker() -> None:
    doc = make("وقال المرصد إن المعارضة استعادت التلة لكن لم يسعه على الفور تأكيد عدد القتلى.")
    assert [s.stance for s in doc.statements] == ["assert", "unconfirmed"]
    said, unsure = doc.statements
    assert said.content.text == "المعارضة استعادت التلة"
    assert unsure.cue.text == "لم يسعه على الفور تأكيد"
    assert (unsure.speaker.start, unsure.speaker.end) == (said.speaker.start, said.speaker.end)
    assert unsure.content.text == "عدد القتلى"


def test_headline_colon() -> None:
    doc = make("المقاومة الشعبية: أسرنا عشرات الجنود\n\nوتواصلت المعارك في المنطقة.")
    st = only(doc)
    assert (st.cue.text, st.speaker.text, st.content.text) == (":", "المقاومة الشعبية", "أسرنا عشرات الجنود")


def test_headline_topic_colon_is_no_statement() -> None:
    doc = make("اليمن: مقتل عشرة جنود في كمين\n\nوتواصلت المعارك في المنطقة.", entities=[("اليمن", "LOC")])
    assert doc.statements == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content", "addressee"),
    [
        ("واتهمت الحكومة الميليشيات بخرق الهدنة.", "اتهمت", "الحكومة", "الميليشيات بخرق الهدنة", None),
        ("وحذر الأمين العام من تفاقم الأزمة الإنسانية.", "حذر", "الأمين العام", "تفاقم الأزمة الإنسانية", None),
        ("وطالبت المنظمة أطراف النزاع بوقف القتال.", "طالبت", "المنظمة", "وقف القتال", "أطراف النزاع"),
        ("ودعا المبعوث الأممي إلى وقف فوري لإطلاق النار.", "دعا", "المبعوث الأممي", "وقف فوري لإطلاق النار", None),
        ("وأدانت الحكومة الهجوم على القافلة.", "أدانت", "الحكومة", "الهجوم على القافلة", None),
    ],
)
def test_accusation_warning_demand(text, cue, speaker, content, addressee) -> None:
    st = only(make(text))
    assert (st.cue.text, st.speaker.text, st.content.text, st.stance) == (cue, speaker, content, "assert")
    assert (st.addressee.text if st.addressee else None) == addressee


def test_time_of_the_saying() -> None:
    st = only(make("وقالت المعارضة الثلاثاء إنها لن تنسحب.", times=[("الثلاثاء", "2024-03-05")]))
    assert (st.speaker.text, st.time and st.time.text, st.content.text) == ("المعارضة", "الثلاثاء", "لن تنسحب")


def test_time_without_a_times_layer() -> None:
    st = only(make("وقالت مصادر محلية مساء الأحد إن الطريق أغلق."))
    assert st.time is not None and st.time.text == "مساء الأحد"


def test_layered_report_points_to_the_channel() -> None:
    doc = make("وأفادت تقارير بأن سكان القرية قالوا إن الغارة دمرت منازلهم.")
    outer, inner = doc.statements
    assert (outer.cue.text, inner.cue.text) == ("أفادت", "قالوا")
    assert inner.speaker.text == "سكان القرية"
    assert inner.via is not None and inner.via.text == "تقارير"


def test_speaker_linked_to_entity() -> None:
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستبدأ غدا."
    doc = make(text, entities=[("سيرغي لافروف", "PER")])
    st = only(doc)
    assert st.speaker.text == "وزير الخارجية الروسي سيرغي لافروف"
    assert st.speaker_entity == 0


@pytest.mark.parametrize(
    "text",
    [
        "ويريد الجيش أن يعلن النصر قبل نهاية العام.",  # subjunctive: not a report
        "وعثر على فتاة صغيرة تدعى مريم في الحديقة.",  # descriptive clause
        "ويذكر أن المدينة شهدت معارك عنيفة العام الماضي.",  # impersonal
        "وتحمل الشاحنات مواد غذائية وأدوية.",  # حمل without المسؤولية
    ],
)
def test_no_false_statements(text: str) -> None:
    assert make(text).statements == []


@pytest.mark.parametrize(
    "text",
    ["«سنواصل القتال حتى النهاية»، قال قائد الفصيل.", '"سنواصل القتال حتى النهاية" قال قائد الفصيل.'],
)
def test_quote_before_the_verb(text: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.speaker.text) == ("قال", "قائد الفصيل")
    assert st.direct and st.content.text == "سنواصل القتال حتى النهاية"


def test_quoted_outlet_in_the_lead_in_is_the_addressee() -> None:
    st = only(make('وقال المتحدث في تصريح لـ"الشرق الأوسط" إن القوات انسحبت.'))
    assert st.addressee is not None and st.addressee.text == "الشرق الأوسط"
    assert not st.direct and st.content.text == "القوات انسحبت"


def test_subject_of_an_earlier_verb_in_the_sentence() -> None:
    st = only(make("وعادت الأمم المتحدة وأعلنت تعليق عمليات الإغاثة.", entities=[("الأمم المتحدة", "ORG")]))
    assert (st.cue.text, st.speaker.text, st.content.text) == ("أعلنت", "الأمم المتحدة", "تعليق عمليات الإغاثة")


def test_postposed_outlet_becomes_the_channel() -> None:
    doc = make("وأعلن الجيش السيطرة على المطار، حسبما أفادت وكالة الأنباء الرسمية.")
    st = only(doc)
    assert (st.cue.text, st.speaker.text) == ("أعلن", "الجيش")
    assert st.via is not None and st.via.text == "وكالة الأنباء الرسمية"


def test_adversative_connector_is_no_complementiser() -> None:
    doc = make("إلا أن المسؤول قال إن الاتفاق صامد. وأضاف أن الوفد سيعود.")
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [("قال", "المسؤول"), ("أضاف", "المسؤول")]


def test_names_without_entities() -> None:
    """No NER layer: a name right before the content marker is still the subject."""
    doc = make("وقالت موسكو إن المحادثات ستتواصل. وقال هيلمان لـCNN إن الوفد وصل.")
    assert [s.speaker.text for s in doc.statements] == ["موسكو", "هيلمان"]
    assert doc.statements[1].addressee is not None and doc.statements[1].addressee.text == "CNN"


def test_one_cue_two_complements_gives_two_statements() -> None:
    doc = make("وأعلن الجيش في أيار 2017 مقتل ثلاثة جنود وفي آذار 2018 عن مقتل جنديين.")
    first, second = doc.statements
    assert (first.cue.start, first.speaker.start) == (second.cue.start, second.speaker.start)
    assert (first.content.text, first.time and first.time.text) == ("مقتل ثلاثة جنود", "أيار 2017")
    assert (second.content.text, second.time and second.time.text) == ("مقتل جنديين", "آذار 2018")


def test_statement_inside_a_quotation_is_no_antecedent() -> None:
    text = 'وقالت الوزيرة: "إن التقرير أكد أن الوضع خطير.\nولا بد من التحرك". وأضافت أن الاجتماع سيعقد غدا.'
    doc = make(text)
    added = [s for s in doc.statements if s.cue.text == "أضافت"]
    assert added and added[0].speaker.text == "الوزيرة"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("وقال مسؤول في الوزارة إن الأنباء عن استقالة الوزير غير صحيحة.", "deny"),
        ("وقال المصدر إن التقارير عن انسحاب القوات عارية عن الصحة.", "deny"),
        ("وقال مصدر أمني إن مشتبها به اعتقل، وجاري التحقق من هويته.", "unconfirmed"),
        ("وقال مصدر أمني إن مشتبها به اعتقل في المدينة.", "assert"),
    ],
)
def test_stance_from_the_content(text: str, stance: str) -> None:
    assert only(make(text)).stance == stance


def test_comma_aside_between_speaker_and_content() -> None:
    st = only(make("وقال مسؤولون أميركيون، طلبوا عدم الكشف عن هوياتهم، إن الصفقة ألغيت."))
    assert (st.speaker.text, st.content.text) == ("مسؤولون أميركيون", "الصفقة ألغيت")


def test_relayed_after_bihasab_ma() -> None:
    st = only(make("وبحسب ما نقلته وكالة الأنباء الفرنسية عن مصدر أمني فإن المهاجمين فروا."))
    assert (st.speaker.text, st.via and st.via.text, st.content.text) == (
        "مصدر أمني",
        "وكالة الأنباء الفرنسية",
        "المهاجمين فروا",
    )


def test_fi_hin_opens_a_second_statement() -> None:
    doc = make("وتقول الحكومة إنها لن تسمح بعودة المسلحين، في حين يؤكد المسلحون أنهم باقون.")
    assert [(s.cue.text, s.speaker.text, s.content.text) for s in doc.statements] == [
        ("تقول", "الحكومة", "لن تسمح بعودة المسلحين"),
        ("يؤكد", "المسلحون", "باقون"),
    ]


def test_report_lead_in_with_relative_verb() -> None:
    st = only(make("وقالت منظمة حقوقية في تقرير نشرته الخميس إن مئات المعتقلين تعرضوا للتعذيب."))
    assert (st.speaker.text, st.content.text) == ("منظمة حقوقية", "مئات المعتقلين تعرضوا للتعذيب")


def test_student_is_no_demand() -> None:
    assert make("وقتل طالب جامعي في الاشتباكات قرب الجامعة.").statements == []


def test_passive_relay_without_channel() -> None:
    st = only(make("ونُقل عن مصدر أمني قوله إن المنفذين فروا إلى جهة مجهولة."))
    assert (st.cue.text, st.speaker.text, st.via, st.content.text) == (
        "نُقل",
        "مصدر أمني",
        None,
        "المنفذين فروا إلى جهة مجهولة",
    )


def test_unconfirmed_with_subject_of_yatamakkan() -> None:
    st = only(make("ولم تتمكن بي بي سي من التحقق بشكل مستقل من هذه الصور.", entities=[("بي بي سي", "ORG")]))
    assert (st.stance, st.speaker.text, st.cue.text) == ("unconfirmed", "بي بي سي", "لم تتمكن بي بي سي من التحقق")


def test_kana_subject_qad_verb() -> None:
    st = only(make("وكان التحالف قد أعلن في وقت سابق أنه سيواصل العمليات."))
    assert (st.speaker.text, st.content.text) == ("التحالف", "سيواصل العمليات")


def test_postposed_speaker_with_description() -> None:
    st = only(make("«لا نستطيع الخروج من بيوتنا»، قالت أم محمد، وهي أم لخمسة أطفال."))
    assert (st.speaker.text, st.content.text, st.direct) == ("أم محمد", "لا نستطيع الخروج من بيوتنا", True)


def test_hamza_initial_word_is_not_definite() -> None:
    st = only(make("وقال المتحدث باسم ألوية العمالقة إن القوات تقدمت."))
    assert st.speaker.text == "المتحدث باسم ألوية العمالقة"


@pytest.mark.parametrize(
    "text",
    ["", "...", "The minister said that talks would resume.", "قال\n\n«", "وقال: «", "بحسب", "لم يتسن"],
)
def test_odd_inputs_do_not_break(text: str) -> None:
    doc = make(text)  # make() validates every span
    assert all(s.speaker.text and s.cue.text for s in doc.statements)


def test_rank_and_name_after_the_office_belong_to_the_speaker() -> None:
    text = "وأكد المتحدث باسم الجيش العميد سامي الحداد أن القوات استعادت السيطرة على الجسر."
    st = only(make(text, entities=[("سامي الحداد", "PER")]))  # the army untagged, as inside باسم الجيش
    assert st.speaker.text == "المتحدث باسم الجيش العميد سامي الحداد"
    assert st.content.text == "القوات استعادت السيطرة على الجسر"


def test_l_after_a_persons_name_is_the_addressee() -> None:
    text = "وقال وزير الخارجية كريم الهاشمي للصحفيين إن المحادثات كانت مثمرة."
    st = only(make(text, entities=[("كريم الهاشمي", "PER")]))
    assert st.speaker.text == "وزير الخارجية كريم الهاشمي"
    assert st.addressee is not None and st.addressee.text == "لصحفيين"  # لل: the span starts at the second ل
    assert st.content.text == "المحادثات كانت مثمرة"


def test_l_genitive_inside_an_organisation_name_stays_in_the_speaker() -> None:
    st = only(make("وقال الاتحاد الدولي للصحفيين إن ثلاثة مراسلين أصيبوا."))
    assert st.speaker.text == "الاتحاد الدولي للصحفيين"
    assert st.addressee is None


def test_the_addressee_stops_before_what_is_pledged() -> None:
    text = "وتعهد الرئيس نادر سليم للعراق بتمويل بناء مستشفى جديد في البصرة."
    st = only(make(text, entities=[("نادر سليم", "PER"), ("لعراق", "LOC"), ("البصرة", "LOC")]))
    assert st.addressee is not None and st.addressee.text == "لعراق"
    assert st.content.text.startswith("تمويل بناء مستشفى")


def test_a_clause_between_commas_is_no_aside_before_a_coordinated_cue() -> None:
    text = "وأكد الجيش أنه استعاد مبنى البلدية، بينما نفت قوات الدرع ذلك، وقالت إن مقاتليها ما زالوا داخل المبنى."
    doc = make(text, entities=[("الجيش", "ORG"), ("قوات الدرع", "ORG")])
    got = [(s.cue.text, s.speaker.text, s.content.text) for s in doc.statements]
    assert got == [
        ("أكد", "الجيش", "استعاد مبنى البلدية"),
        ("نفت", "قوات الدرع", "ذلك"),
        ("قالت", "قوات الدرع", "مقاتليها ما زالوا داخل المبنى"),
    ]


def test_a_present_tense_cue_goes_on_with_the_speaker_of_its_sentence() -> None:
    text = "وينفي الحزب تلك الاتهامات، ويقول إنه سيخوض الانتخابات وفق القانون."
    doc = make(text)
    got = [(s.cue.text, s.speaker.text, s.content.text) for s in doc.statements]
    assert got == [("ينفي", "الحزب", "تلك الاتهامات"), ("يقول", "الحزب", "سيخوض الانتخابات وفق القانون")]


def test_a_sentence_initial_present_tense_cue_without_subject_stays_impersonal() -> None:
    doc = make("وقال المرصد إن القصف توقف. ويذكر أن المدينة تعرضت لحصار طويل.")
    assert [s.cue.text for s in doc.statements] == ["قال"]


def test_a_verb_with_the_pronoun_ha_is_a_cue_when_written_with_ha() -> None:
    text = 'ووصفه المتحدث باسم المجلس بأنه "خطوة أحادية لا تلزم أحدا".'
    st = only(make(text))
    assert (st.cue.text, st.speaker.text, st.content.text) == (
        "وصفه",
        "المتحدث باسم المجلس",
        "خطوة أحادية لا تلزم أحدا",
    )


def test_the_noun_in_ta_marbuta_is_no_cue() -> None:
    assert make("وقدم الطبيب وصفة جديدة للمريض في العيادة.").statements == []


def test_a_resumptive_denial_in_the_present() -> None:
    text = "واتهمت الحكومة الجماعة بتهريب السلاح، الأمر الذي تنفيه الجماعة."
    doc = make(text)
    got = [(s.cue.text, s.speaker.text, s.stance) for s in doc.statements]
    assert ("تنفيه", "الجماعة", "deny") in got


def test_an_institution_head_opens_the_source_of_an_adjunct() -> None:
    st = only(make("وقتل ثلاثة أشخاص في الاشتباكات، بحسب جهاز الإسعاف."))
    assert (st.cue.text, st.speaker.text) == ("بحسب", "جهاز الإسعاف")
    assert st.content.text == "قتل ثلاثة أشخاص في الاشتباكات"


def test_what_he_called_is_no_new_report() -> None:
    doc = make('وأعرب الوزير عن قلقه بشأن ما وصفه بـ"التصعيد الخطير" في الجنوب.')
    assert "وصفه" not in [s.cue.text for s in doc.statements]


def test_a_prepositional_aside_between_commas_before_the_content() -> None:
    text = "وأكد الوزير سليم حداد، في تصريح للصحافة على هامش زيارته لولاية وهران، أن الدولة ستعوض المتضررين."
    st = only(make(text, entities=[("سليم حداد", "PER"), ("وهران", "LOC")]))
    assert st.speaker.text == "الوزير سليم حداد"
    assert st.content.text == "الدولة ستعوض المتضررين"
    assert st.addressee is not None and st.addressee.text == "لصحافة"  # given to the press, not to the province


def test_the_domain_of_a_title_after_lil_stays_in_the_speaker() -> None:
    st = only(make("وكشف المدير الجهوي للصحة عن تسجيل 12 إصابة جديدة."))
    assert st.speaker.text == "المدير الجهوي للصحة"
    assert st.addressee is None


def test_a_coordinated_portfolio_belongs_to_the_office() -> None:
    st = only(make("وقتل ثلاثة أشخاص في الاشتباكات، بحسب جهاز الإسعاف والطوارئ."))
    assert st.speaker.text == "جهاز الإسعاف والطوارئ"
    text = "وقال سامي حداد وزير التربية والتعليم العالي إن المدارس ستفتح أبوابها الأحد."
    st = only(make(text, entities=[("سامي حداد", "PER")]))
    assert st.speaker.text == "سامي حداد وزير التربية والتعليم العالي"
    assert st.content.text == "المدارس ستفتح أبوابها الأحد"


def test_people_of_sport_and_culture_speak_too() -> None:
    st = only(make("وقال مدرب الفريق في المؤتمر الصحفي إن اللاعبين قدموا أداء مميزا."))
    assert st.speaker.text == "مدرب الفريق"  # the press conference is where he spoke, not part of who he is
    assert st.content.text == "اللاعبين قدموا أداء مميزا"
    st = only(make("وقالت المخرجة في حديث صحفي إن القصة حقيقية."))
    assert st.speaker.text == "المخرجة"


def test_a_name_that_spells_a_cue_is_no_cue() -> None:
    st = only(make("وقال إبراهيم قالن إن العملية مستمرة.", entities=[("إبراهيم قالن", "PER")]))
    assert (st.cue.text, st.speaker.text) == ("قال", "إبراهيم قالن")


def test_a_participle_after_a_non_reporting_clause_speaks_for_its_subject() -> None:
    text = "وقال الجيش إن القصف توقف. لكن المتحدث باسم الحركة، سامر حداد، سارع إلى رفض العرض، قائلا إن الحرب مستمرة."
    doc = make(text, entities=[("الجيش", "ORG"), ("سامر حداد", "PER")])
    last = doc.statements[-1]
    assert (last.cue.text, last.speaker.text) == ("قائلا", "المتحدث باسم الحركة، سامر حداد")
    assert last.content.text == "الحرب مستمرة"


@pytest.mark.parametrize(
    ("second", "entities", "speaker"),
    [
        # a past verb opens the sentence, its subject follows (the verb has no ي to show it is one)
        ("ومنح الوزير خالد العمر الفريق جائزة، مؤكدا أن العمل مستمر.", [("خالد العمر", "PER")], "الوزير خالد العمر"),
        # a country after a verb is its subject; an opening prepositional phrase up to a comma is passed over
        ("وعلى الصعيد السياسي، ترفض مصر التفاوض، مؤكدة أن الحدود معروفة.", [("مصر", "LOC")], "مصر"),
        # a title names a person whatever entity follows it
        ("ومنح رئيس الإكوادور وساما للضيف، موضحا أن الوسام تقدير.", [("الإكوادور", "LOC")], "رئيس الإكوادور"),
    ],
)
def test_a_participle_speaks_for_the_subject_of_an_opening_verb(second, entities, speaker) -> None:
    text = "وقالت الوكالة إن الاجتماع انتهى. " + second
    doc = make(text, entities=[("الوكالة", "ORG"), *entities])
    assert doc.statements[-1].speaker.text == speaker


def test_a_participle_after_an_unnamed_subject_keeps_the_previous_speaker() -> None:
    # a source noun with no name in its phrase, and a place after a preposition, are no subject of the sentence
    text = "وقالت الوكالة إن الاجتماع انتهى. ووصل المتحدث إلى سوريا، مؤكدة أن الزيارة مهمة."
    doc = make(text, entities=[("الوكالة", "ORG"), ("سوريا", "LOC")])
    assert doc.statements[-1].speaker.text == "الوكالة"
    # … unless the participle disagrees with that speaker in gender (مؤكدا, not الوكالة): the sentence's subject
    doc = make(text.replace("مؤكدة", "مؤكدا"), entities=[("الوكالة", "ORG"), ("سوريا", "LOC")])
    assert doc.statements[-1].speaker.text == "المتحدث"


def test_a_feminine_participle_is_no_masculine_sources() -> None:
    text = (
        "وقال مصدر عسكري إن المهاجمين انسحبوا. وتبنت الجماعة المرتبطة بتنظيم القاعدة الهجوم في بيان، مؤكدة أن "
        "مقاتليها دمروا آليات."
    )
    doc = make(text, entities=[("القاعدة", "ORG")])
    assert [s.speaker.text for s in doc.statements] == ["مصدر عسكري", "الجماعة"]


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        # the accused follows the accuser: the phrase before بـ / بأن is split after its first word or name
        ("واتهمت الحكومة المعارضة بافتعال الأزمة.", [("المعارضة", "ORG")], "الحكومة", "المعارضة بافتعال الأزمة"),
        (
            "واتهمت الحكومة السورية المعارضة بأنها افتعلت الأزمة.",
            [("المعارضة", "ORG")],
            "الحكومة السورية",
            "المعارضة بأنها افتعلت الأزمة",
        ),
        (
            "واتهم وزير المالية سامي خليل حماس بعرقلة الاتفاق.",
            [("سامي خليل", "PER"), ("حماس", "ORG")],
            "وزير المالية سامي خليل",
            "حماس بعرقلة الاتفاق",
        ),
        # an adjective after the accuser is no accused
        ("واتهمت المعارضة المسلحة الحكومة بالتصعيد.", [], "المعارضة المسلحة", "الحكومة بالتصعيد"),
        # joined by و to a report of the same sentence, a lone phrase before بـ is the accused
        (
            "ونفت الحركة مسؤوليتها عن الهجوم، واتهمت الجيش بافتعال الأزمة.",
            [("الحركة", "ORG"), ("الجيش", "ORG")],
            "الحركة",
            "الجيش بافتعال الأزمة",
        ),
    ],
)
def test_an_accusation_keeps_accuser_and_accused_apart(text, entities, speaker, content) -> None:
    st = make(text, entities=entities).statements[-1]
    assert st.cue.text.startswith("اتهم")
    assert (st.speaker.text, st.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the issuer belongs to the statement's phrase; بيان is no dual that refuses a genitive
        ("وأوضح بيان صادر عن قيادة الجيش أن القوة اشتبكت مع المسلحين.", "بيان صادر عن قيادة الجيش", None),
        ("وقال بيان الرئاسة إن الاجتماع تأجل.", "بيان الرئاسة", "الاجتماع تأجل"),
        # the saying noun closes the source and opens the content
        ('ونقلت الوكالة على لسان مصدر عسكري قوله: "انتهت العملية".', "مصدر عسكري", "انتهت العملية"),
    ],
)
def test_issuers_and_saying_nouns(text, speaker, content) -> None:
    st = make(text).statements[-1]
    assert st.speaker.text == speaker
    if content is not None:
        assert st.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the ه of "ما أكده" points back to ما: a postposed attribution like "وفق ما أكد"
        ("أصدرت المحكمة أحكاما بالسجن على المعارضين، وفق ما أكده محامي الدفاع.", "محامي الدفاع"),
        ("وسد المحتجون الطرق، بحسب ما ذكره مراسلون.", "مراسلون"),
    ],
)
def test_according_to_what_he_said(text, speaker) -> None:
    st = only(make(text))
    assert st.speaker.text == speaker
    assert st.content.text.endswith(("على المعارضين", "الطرق"))


def test_what_he_said_as_an_object_is_no_report() -> None:
    # "نفى ما ذكره المحامي": one report (the denial), not a second one by the lawyer
    assert [s.cue.text for s in make("ونفى الوزير ما ذكره المحامي عن الأحكام.").statements] == ["نفى"]


def test_a_quoted_outlet_name_with_its_adjective_is_no_content() -> None:
    st = only(make('وقال المحامي في تصريح لإذاعة "موزاييك" المحلية إن الأحكام صدرت دون محاكمة.'))
    assert st.content.text == "الأحكام صدرت دون محاكمة"


def test_after_according_to_what_the_content_is_the_clause_before() -> None:
    # whatever follows the speaker (the channel) is not what was said; a family speaks (عائلته)
    st = only(make("اختطف مسلحون ناشطا في المدينة، وفق ما أكدته عائلته في منشور على فيسبوك."))
    assert (st.speaker.text, st.content.text) == ("عائلته", "اختطف مسلحون ناشطا في المدينة")


def test_associations_and_leagues_are_sources() -> None:
    text = "وقال المدرب إن الفريق قوي. وأعلنت رابطة الدوري أنها ستفتح تحقيقا."
    assert make(text).statements[-1].speaker.text == "رابطة الدوري"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # after a verb of judgement a quotation after the named speaker is what is judged
        (
            'وأدانت الرئاسة الفلسطينية "التصعيد الخطير"، محملة الحكومة المسؤولية.',
            "الرئاسة الفلسطينية",
            "التصعيد الخطير",
        ),
        # after a verb of saying it stays the speaker's short name
        ('وقالت وكالة الأنباء السورية "سانا" إن القصف توقف.', 'وكالة الأنباء السورية "سانا"', "القصف توقف"),
    ],
)
def test_a_quotation_after_a_named_speaker(text, speaker, content) -> None:
    ents = [("الرئاسة الفلسطينية", "ORG")] if "الرئاسة" in text else [("وكالة الأنباء السورية", "ORG")]
    st = make(text, entities=ents).statements[0]
    assert (st.speaker.text, st.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a dateline is neither speaker nor content of the postposed report after it
        (
            "الخرطوم - قتل خمسة مدنيين في قصف على سوق المدينة، بحسب ما أعلنته لجنة الأطباء.",
            "لجنة الأطباء",
            "قتل خمسة مدنيين في قصف على سوق المدينة",
        ),
        (
            "بيروت (رويترز) - تواصل القصف على القرى الحدودية، وفق ما أفاد به سكان.",
            "سكان",
            "تواصل القصف على القرى الحدودية",
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_report(text, speaker, content) -> None:
    st = only(make(text))
    assert (st.speaker.text, st.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an adjective after the channel noun leads in to إن
        ("وقال رئيس الحكومة في كلمة متلفزة إن الموازنة ستقر قريبا.", "رئيس الحكومة", "الموازنة ستقر قريبا"),
        # a relative clause on an indefinite speaker leads in to أن
        (
            "ورأى خبراء استطلعت الصحيفة آراءهم أن الأسعار ستواصل الارتفاع.",
            "خبراء",
            "الأسعار ستواصل الارتفاع",
        ),
        # an adjective that is also a source noun takes no genitive: وجود is the content
        ("ونفت الحركة في تصريح صحفي وجود أي مقاتلين لها في الموقع.", "الحركة", "وجود أي مقاتلين لها في الموقع"),
        # the occasion's own verb (مؤتمر عقده) belongs to the lead-in
        (
            "وتعهد الوزير خلال مؤتمر صحفي عقده مساء الأحد بمحاسبة المسؤولين عن الحادث.",
            "الوزير",
            "محاسبة المسؤولين عن الحادث",
        ),
    ],
)
def test_lead_ins_between_speaker_and_content(text, speaker, content) -> None:
    st = only(make(text))
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_amounts_to_is_no_report() -> None:
    # يبلغ / تبلغ before a quantity is the verb بلغ, not أبلغ "inform"
    assert make("ووقع البلدان اتفاقا تبلغ قيمته ثلاثة مليارات دولار.").statements == []
    st = only(make("وتبلغ الوزارة المواطنين بأن المعبر سيغلق غدا."))
    assert st.content.text == "المعبر سيغلق غدا"


@pytest.mark.parametrize(
    "text",
    [
        "يصل الوفد إلى القاهرة يوم الخميس لبحث الهدنة، بحسب ما نقلت الإذاعة عن مسؤول لم تسمه.",
        "يصل الوفد إلى القاهرة يوم الخميس لبحث الهدنة، بحسب ما نقلت الإذاعة عن مسؤول.",
    ],
)
def test_a_postposed_relay_reports_the_clause_before(text) -> None:
    st = only(make(text))
    assert (st.speaker.text, st.via.text) == ("مسؤول", "الإذاعة")
    assert st.content.text == "يصل الوفد إلى القاهرة يوم الخميس لبحث الهدنة"


def test_an_unnamed_source_is_no_content() -> None:
    st = only(make("ونقلت الصحيفة عن مسؤول لم تسمه قوله إن الوفد سيصل السبت."))
    assert (st.speaker.text, st.content.text) == ("مسؤول", "الوفد سيصل السبت")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت شبكة الأطباء إن المستشفى خرج عن الخدمة.", "شبكة الأطباء"),
        ("وقال البنك في بيان إن التضخم تراجع.", "البنك"),
    ],
)
def test_networks_and_banks_are_sources(text, speaker) -> None:
    assert only(make(text)).speaker.text == speaker


def test_an_aside_then_an_addressee_before_the_quotation() -> None:
    text = 'وقالت فاطمة، وهي من سكان القرية، لوكالة الأنباء: "فقدنا كل شيء".'
    st = only(make(text, entities=[("فاطمة", "PER")]))
    assert (st.speaker.text, st.content.text, st.direct) == ("فاطمة", "فقدنا كل شيء", True)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ارتفعت الحصيلة إلى 300 قتيل، وفق آخر حصيلة أعلنتها وزارة الصحة.", "وزارة الصحة"),
        ("ارتفعت الحصيلة إلى 300 قتيل، بحسب بيان نشرته وزارة الصحة.", "وزارة الصحة"),
    ],
)
def test_the_issuer_of_a_report_after_according_to(text, speaker) -> None:
    st = only(make(text, entities=[("وزارة الصحة", "ORG")]))
    assert (st.speaker.text, st.content.text) == (speaker, "ارتفعت الحصيلة إلى 300 قتيل")


def test_a_derived_participle_belongs_to_the_speaker() -> None:
    st = only(make("وأعلنت الهيئة العليا المستقلة للانتخابات أن النتائج ستعلن غدا."))
    assert (st.speaker.text, st.content.text) == ("الهيئة العليا المستقلة للانتخابات", "النتائج ستعلن غدا")


def test_blame_after_a_coordinated_report_keeps_the_speaker() -> None:
    text = 'وأدانت الرئاسة "التصعيد الخطير"، وحملت حكومة الاحتلال المسؤولية الكاملة عن تداعياته.'
    doc = make(text, entities=[("الرئاسة", "ORG")])
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [("أدانت", "الرئاسة"), ("حملت", "الرئاسة")]
    assert doc.statements[1].content.text.startswith("حكومة الاحتلال المسؤولية")


def test_a_participle_after_an_auxiliary_and_its_subject() -> None:
    text = "وكانت إسرائيل قد شنت غارات على مواقع في المنطقة، قائلة إنها تتحرك لحماية حدودها."
    st = only(make(text, entities=[("إسرائيل", "LOC")]))
    assert (st.cue.text, st.speaker.text, st.content.text) == ("قائلة", "إسرائيل", "تتحرك لحماية حدودها")


def test_a_district_governor_is_a_source() -> None:
    st = only(make("وقال قائممقام القضاء إن الطائرة قصفت السيارة."))
    assert (st.speaker.text, st.content.text) == ("قائممقام القضاء", "الطائرة قصفت السيارة")


def test_a_quoted_outlet_then_a_time_before_the_complementiser() -> None:
    text = 'وكشف مصدر حكومي لـ"الشرق الأوسط"، أمس الأول، أن الحكومة تدرس رفع الأسعار.'
    st = only(make(text, times=[("أمس الأول", "2024-03-03")]))
    assert (st.speaker.text, st.content.text) == ("مصدر حكومي", "الحكومة تدرس رفع الأسعار")


def test_a_postposed_report_leaves_out_an_adverbial_opener() -> None:
    st = only(make("وعلى الصعيد السياسي، يصل الوفد إلى القاهرة غدا، بحسب ما أعلنته الوزارة."))
    assert (st.speaker.text, st.content.text) == ("الوزارة", "يصل الوفد إلى القاهرة غدا")


# --- session 15: reports of other years and regions (Libya 2019, Algeria 2019, Sudan 2019, Idlib 2020) ---


def test_admitted_that_is_a_report_and_approved_is_not() -> None:
    st = only(make("وأقر رئيس البلدية بأن السلطات لم تتعامل مع التحذيرات بجدية."))
    assert (st.cue.text, st.speaker.text, st.content.text) == (
        "أقر",
        "رئيس البلدية",
        "السلطات لم تتعامل مع التحذيرات بجدية",
    )
    assert make("وأقر البرلمان الموازنة العامة للعام المقبل بأغلبية كبيرة.").statements == []


def test_a_governor_speaks_and_to_is_still_a_preposition() -> None:
    text = "وقال والي الولاية، سامر قاسم، إن الجرحى نقلوا إلى المستشفى."
    st = only(make(text, entities=[("سامر قاسم", "PER")]))
    assert (st.speaker.text, st.content.text) == ("والي الولاية، سامر قاسم", "الجرحى نقلوا إلى المستشفى")
    st = only(make("وقال الوزير إن القوات انسحبت من الشمال والى الجنوب."))
    assert st.content.text == "القوات انسحبت من الشمال والى الجنوب"


def test_relay_verb_without_a_relayed_source_is_a_plain_report() -> None:
    text = "ونقلت وكالة الأنباء الرسمية أن المسيرات جرت في أجواء هادئة."
    st = only(make(text))
    assert (st.speaker.text, st.via, st.content.text) == ("وكالة الأنباء الرسمية", None, "المسيرات جرت في أجواء هادئة")
    # a transport verb followed later by another report is not read as one
    doc = make("ونقلت سيارات الإسعاف الجرحى إلى مستشفى المدينة، وقال مسؤول إن الوضع صعب.")
    assert [s.cue.text for s in doc.statements] == ["قال"]


def test_an_aside_asking_not_to_be_named_with_a_cue_word_inside() -> None:
    st = only(make("وأفاد مسؤول أمني، طلب عدم نشر اسمه، بأن صاروخين أصابا سيارتين."))
    assert (st.speaker.text, st.content.text) == ("مسؤول أمني", "صاروخين أصابا سيارتين")


def test_so_called_inside_the_office_of_the_speaker() -> None:
    text = "ونفى المتحدث باسم ما يسمى الجيش الوطني، اللواء كريم سالم، انسحاب قواته من المنطقة."
    st = only(make(text, entities=[("الجيش الوطني", "ORG"), ("كريم سالم", "PER")]))
    assert (st.speaker.text, st.stance, st.content.text) == (
        "المتحدث باسم ما يسمى الجيش الوطني، اللواء كريم سالم",
        "deny",
        "انسحاب قواته من المنطقة",
    )


def test_an_envoy_to_a_country_keeps_the_posting_and_the_name() -> None:
    text = "ودعا المبعوث الأممي إلى ليبيا سليم حداد الطرفين إلى هدنة فورية."
    st = only(make(text, entities=[("ليبيا", "LOC"), ("سليم حداد", "PER")]))
    assert (st.speaker.text, st.addressee.text, st.content.text) == (
        "المبعوث الأممي إلى ليبيا سليم حداد",
        "الطرفين",
        "هدنة فورية",
    )
    st = only(make("ودعا المبعوث الأممي إلى ضبط النفس."))  # إلى of the verb, no posting
    assert (st.speaker.text, st.content.text) == ("المبعوث الأممي", "ضبط النفس")


def test_a_two_word_rank_before_the_name() -> None:
    text = "وأعلن رئيس المجلس الفريق أول حامد يوسف، في خطاب متلفز، وقف التفاوض."
    st = only(make(text, entities=[("المجلس", "ORG"), ("حامد يوسف", "PER")]))
    assert (st.speaker.text, st.content.text) == ("رئيس المجلس الفريق أول حامد يوسف", "وقف التفاوض")


def test_a_relative_clause_naming_the_leader_is_no_content() -> None:
    text = "وأعلن حزب العدالة الذي يقوده رئيس الوزراء السابق فؤاد نعمان تأييده للمقترح."
    st = only(make(text, entities=[("حزب العدالة", "ORG"), ("فؤاد نعمان", "PER")]))
    assert (st.speaker.text, st.content.text) == ("حزب العدالة", "تأييده للمقترح")


def test_an_accusation_after_a_relative_aside_and_a_nickname() -> None:
    text = 'واتهم تجمع المهنيين، الذي يقود الاحتجاجات، قوات الدعم بقيادة نادر عباس "الصقر" بالوقوف وراء الهجوم.'
    st = only(make(text, entities=[("قوات الدعم", "ORG"), ("نادر عباس", "PER"), ("الصقر", "PER")]))
    assert (st.speaker.text, st.content.text) == (
        "تجمع المهنيين",
        'قوات الدعم بقيادة نادر عباس "الصقر" بالوقوف وراء الهجوم',
    )
    assert not st.direct


def test_after_a_named_accuser_a_body_is_the_accused() -> None:
    text = "واتهمت الرئاسة حكومة الاحتلال بارتكاب جريمة، وطالبت المجتمع الدولي بالتدخل."
    doc = make(text, entities=[("الرئاسة", "ORG")])
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [("اتهمت", "الرئاسة"), ("طالبت", "الرئاسة")]
    assert doc.statements[0].content.text == "حكومة الاحتلال بارتكاب جريمة"


def test_a_phrase_after_a_preposition_between_commas_is_no_new_speaker() -> None:
    text = 'وتوعد الرئيس، في كلمة عقب اجتماع طارئ للمجلس الأعلى، بالرد "بقوة"، وأعلن الحداد ثلاثة أيام.'
    doc = make(text)
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [("توعد", "الرئيس"), ("أعلن", "الرئيس")]
    assert doc.statements[1].content.text == "الحداد ثلاثة أيام"


def test_a_chain_of_indefinite_genitives_after_a_body() -> None:
    st = only(make("وأعلن تجمع أصحاب محطات المحروقات أن المحطات ستغلق أبوابها."))
    assert (st.speaker.text, st.content.text) == ("تجمع أصحاب محطات المحروقات", "المحطات ستغلق أبوابها")


def test_threatens_without_bi_is_no_report() -> None:
    doc = make("وحذرت المنظمة من أن استمرار الحصار يهدد حياة مليون نازح.")
    assert [(s.cue.text, s.content.text) for s in doc.statements] == [("حذرت", "استمرار الحصار يهدد حياة مليون نازح")]
    st = only(make("وهدد الرئيس بالانسحاب من الاتفاق."))
    assert st.content.text == "الانسحاب من الاتفاق"


def test_a_source_asking_not_to_be_named_without_commas() -> None:
    st = only(make("وقال مسؤولون طلبوا عدم ذكر أسمائهم إن الهدف ليس تغيير المعادلات."))
    assert (st.speaker.text, st.content.text) == ("مسؤولون", "الهدف ليس تغيير المعادلات")
    st = only(make("وقال دبلوماسي طلب عدم الكشف عن اسمه إن الاجتماع تأجل."))
    assert (st.speaker.text, st.content.text) == ("دبلوماسي", "الاجتماع تأجل")


def test_a_named_accuser_then_a_construct_plural_accused() -> None:
    st = only(make("واتهمت روسيا مسلحي المعارضة بالإعداد لهجوم كيميائي.", entities=[("روسيا", "LOC")]))
    assert (st.speaker.text, st.content.text) == ("روسيا", "مسلحي المعارضة بالإعداد لهجوم كيميائي")


def test_during_is_a_lead_in_preposition() -> None:
    st = only(
        make("وأكد الرئيس أثناء خطابه في المدينة، الأربعاء، أن بلاده لن تتراجع.", times=[("الأربعاء", "2024-03-06")])
    )
    assert (st.speaker.text, st.content.text) == ("الرئيس", "بلاده لن تتراجع")


def test_a_second_office_and_an_honorific_before_the_name() -> None:
    text = "وأعلن رئيس مجلس الوزراء وزير الخارجية الشيخ سالم بن راشد، مساء الأربعاء، التوصل إلى اتفاق."
    st = only(make(text, entities=[("سالم بن راشد", "PER")], times=[("مساء الأربعاء", "2024-03-06")]))
    assert (st.speaker.text, st.content.text) == (
        "رئيس مجلس الوزراء وزير الخارجية الشيخ سالم بن راشد",
        "التوصل إلى اتفاق",
    )


def test_a_dual_verb_carries_its_subject_and_the_noun_after_is_the_addressee() -> None:
    text = "ودعا الوزير والمبعوث الطرفين إلى وقف القتال، وحثا القادة على العودة إلى الحوار."
    doc = make(text, entities=[("الوزير والمبعوث", "PER")])
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [
        ("دعا", "الوزير والمبعوث"),
        ("حثا", "الوزير والمبعوث"),
    ]
    assert (doc.statements[1].addressee.text, doc.statements[1].content.text) == ("القادة", "العودة إلى الحوار")


def test_a_member_in_it_then_the_name_and_a_surname_alone() -> None:
    text = "ورفض تحالف الفتح النتائج، وقال القيادي فيه هادي العامري إنها مفبركة. وقال العامري إن التحالف سيطعن فيها."
    doc = make(text, entities=[("تحالف الفتح", "ORG"), ("هادي العامري", "PER")])
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("القيادي فيه هادي العامري", "مفبركة"),
        ("العامري", "التحالف سيطعن فيها"),
    ]


def test_the_remit_of_a_body_belongs_to_the_speaker() -> None:
    st = only(make('وقالت منظمة "نتبلوكس" المعنية بمراقبة الإنترنت إن الاتصال انقطع.'))
    assert st.content.text == "الاتصال انقطع"


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        # the object after "في بيان" is no genitive of the statement
        ("ونفت وزارة الداخلية في بيان استعمال القوة.", [("وزارة الداخلية", "ORG")], "وزارة الداخلية", "استعمال القوة"),
        # "مصدر مسؤول": an adjective, then the source's body
        (
            "وقال مصدر عسكري مسؤول في القيادة العامة إن القوات رصدت محاولة تسلل.",
            [],
            "مصدر عسكري مسؤول في القيادة العامة",
            "القوات رصدت محاولة تسلل",
        ),
        # a member of a body named after its head noun, then the name
        (
            "وقال القيادي في حركة النهضة سمير ديلو إن ما حدث انقلاب.",
            [("النهضة", "ORG"), ("سمير ديلو", "PER")],
            "القيادي في حركة النهضة سمير ديلو",
            "ما حدث انقلاب",
        ),
        # أمين is a singular head, not a plural in ين
        (
            "وقال أمين المجلس الأعلى للأمن القومي علي شمخاني إن اللقاء كان إيجابيا.",
            [("علي شمخاني", "PER")],
            "أمين المجلس الأعلى للأمن القومي علي شمخاني",
            "اللقاء كان إيجابيا",
        ),
    ],
)
def test_speaker_phrases_of_session_15(text, entities, speaker, content) -> None:
    st = only(make(text, entities=entities))
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_according_to_terms_is_no_attribution() -> None:
    assert make("ولن يتم ذلك إلا وفقا لشروط تحالف الفتح.", entities=[("تحالف الفتح", "ORG")]).statements == []
    st = only(make('وقتل 12 مدنيا وفق "رويترز".', entities=[("رويترز", "ORG")]))
    assert (st.speaker.text, st.content.text) == ('"رويترز"', "قتل 12 مدنيا")


def test_came_in_a_statement() -> None:
    st = only(make("وجاء في بيان لوزارة الصحة أن عدد الضحايا ارتفع إلى 20.", entities=[("وزارة الصحة", "ORG")]))
    assert (st.cue.text, st.speaker.text, st.content.text) == ("جاء", "بيان لوزارة الصحة", "عدد الضحايا ارتفع إلى 20")
    # "this came in …" and "came within" report nothing
    assert make("جاء ذلك في مؤتمر صحفي عقده الوزير.").statements == []
    assert make("والقرار جاء في إطار سعي الحكومة للتهدئة.").statements == []


def test_a_quoted_outlet_name_inside_a_subject_before_an_aside() -> None:
    st = only(make('وكانت صحيفة "صباح" التركية، الموالية للحكومة، ذكرت أن الصحفي سجل الحوار.'))
    assert (st.speaker.text, st.content.text) == ('صحيفة "صباح" التركية', "الصحفي سجل الحوار")


def test_a_report_phrase_before_the_verb_is_where_not_who() -> None:
    st = only(make("وفي تقرير منفصل أعلن الجيش عن تحييد 20 مسلحا."))
    assert (st.speaker.text, st.content.text) == ("الجيش", "تحييد 20 مسلحا")
    st = only(make("وجاءت التعزيزات بعد تقارير أفادت بأن المسلحين يحشدون."))
    assert st.speaker.text == "تقارير"


def test_a_body_after_a_persons_name_is_no_part_of_the_speaker() -> None:
    text = "ودعا وزير الخارجية ستيف بلوك مجلس الأمن الدولي إلى مواصلة الضغط."
    st = only(make(text, entities=[("ستيف بلوك", "PER"), ("مجلس الأمن الدولي", "ORG")]))
    assert (st.speaker.text, st.addressee.text, st.content.text) == (
        "وزير الخارجية ستيف بلوك",
        "مجلس الأمن الدولي",
        "مواصلة الضغط",
    )


def test_admitted_that_right_after_the_subject() -> None:
    st = only(make("وأقرت المستشارة أن النفوذ الإيراني مقلق."))
    assert (st.cue.text, st.speaker.text, st.content.text) == ("أقرت", "المستشارة", "النفوذ الإيراني مقلق")
    assert make("وأقر البرلمان قانونا يسمح للحكومة أن تتخذ القرار.").statements == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # the issuer of the document speaks
        ("وأصدر الجيش بيانا قال فيه إن العملية انتهت.", "قال", "الجيش", "العملية انتهت"),
        ("وبعث الرئيس رسالة إلى نظيره أكد فيها أن العلاقات متينة.", "أكد", "الرئيس", "العلاقات متينة"),
        ("وألقى الوزير كلمة شدد خلالها على ضرورة الحوار.", "شدد", "الوزير", "ضرورة الحوار"),
        # a subject named after the pronoun speaks instead
        (
            "ونشر الحزب بيانا أكد فيه الأمين العام أن المؤتمر سيعقد في موعده.",
            "أكد",
            "الأمين العام",
            "المؤتمر سيعقد في موعده",
        ),
    ],
)
def test_a_verb_that_describes_a_document_gives_it_its_issuer(text: str, cue: str, speaker: str, content: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.speaker.text, st.content.text) == (cue, speaker, content)


def test_after_and_the_noun_after_in_it_is_the_accused_not_a_speaker() -> None:
    doc = make("ورفعت الشركة القضية واتهمت فيها المدير بالتحيل.")
    assert all(st.speaker.text != "المدير" for st in doc.statements)


def test_a_relative_verb_with_in_it_reports_nothing_of_its_own() -> None:
    st = only(make("وقال النائب إن تصريحات الأرملة التي دعتهم فيها إلى الاستقالة مفهومة."))
    assert st.cue.text == "قال"


@pytest.mark.parametrize(
    "text",
    [
        "وقال النائب إن الحادثة تذكره بواقعة أخرى مشابهة.",
        "وقال الباحث إن دائرة التصعيد المتكررة تذكر بالظروف التي سبقت الحرب.",
    ],
)
def test_remind_of_is_no_report(text: str) -> None:
    assert only(make(text)).cue.text == "قال"


def test_but_rather_is_no_speaker() -> None:
    doc = make("ونفت الوزيرة أن تكون قالت ذلك، وإنما قالت إن الحكومة ستدرس المطالب.")
    assert [(st.cue.text, st.speaker.text) for st in doc.statements] == [("نفت", "الوزيرة"), ("قالت", "الوزيرة")]
    assert doc.statements[1].content.text == "الحكومة ستدرس المطالب"


def test_a_verb_after_a_long_reported_subject_and_a_comma_is_its_predicate() -> None:
    st = only(make("وذكرت الوزارة أن فرقة الأبحاث للحرس الوطني بالمهدية، كشفت عن خلية من ستة عناصر."))
    assert st.content.text == "فرقة الأبحاث للحرس الوطني بالمهدية، كشفت عن خلية من ستة عناصر"


def test_a_nominal_sentence_and_a_comma_still_end_the_content() -> None:
    doc = make("وأكد الوزير أن الوضع مستقر، قال إن القوات تسيطر على المدينة.")
    assert [st.cue.text for st in doc.statements] == ["أكد", "قال"]


def test_a_verb_with_and_after_a_relative_aside_goes_on_from_the_speaker() -> None:
    doc = make(
        "واعتبر الباحث أن القوانين والتشريعات من أكبر العوائق، التي تحبط جهود الباحثين، ودعا إلى سن تشريعات جديدة."
    )
    assert [(st.cue.text, st.speaker.text) for st in doc.statements] == [("اعتبر", "الباحث"), ("دعا", "الباحث")]
    assert doc.statements[0].content.text.startswith("القوانين والتشريعات من أكبر العوائق")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("وقال الرئيس السابق للحكومة إن الوضع صعب.", "الرئيس السابق للحكومة", "الوضع صعب"),
        ("كما أكد المظنون فيه أنه ينشط منذ مدة.", "المظنون فيه", "ينشط منذ مدة"),
        ("وبحسب نشطاء مساندين له، فإن التهمة تتعلق بمنشور.", "نشطاء مساندين له", "التهمة تتعلق بمنشور"),
    ],
)
def test_longer_speaker_phrases(text: str, speaker: str, content: str) -> None:
    st = only(make(text))
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_a_portfolio_of_three_fields_before_the_ministers_name() -> None:
    text = "أكد وزير الصناعة والطاقة والمناجم زكريا حمد أن البوابة ستطلق قريبا."
    st = only(make(text, entities=[("زكريا حمد", "PER")]))
    assert (st.speaker.text, st.content.text) == ("وزير الصناعة والطاقة والمناجم زكريا حمد", "البوابة ستطلق قريبا")


def test_a_venue_and_its_complements_run_up_to_the_content_marker() -> None:
    text = "وأكد الوزير اليوم في جلسة استماع مع نواب البرلمان حول الفساد في قطاع الطاقة أن البوابة ستطلق."
    st = only(make(text, entities=[("البرلمان", "ORG")]))
    assert st.content.text == "البوابة ستطلق"


def test_a_quoted_outlet_after_a_reporter_is_the_addressee_not_the_quotation() -> None:
    st = only(make('وقال الوزير في تصريح لمراسل "إذاعة الشمال" على هامش زيارته للمعرض إن الموعد سيحترم.'))
    assert st.content.text == "الموعد سيحترم"
    assert st.addressee is not None and st.addressee.text == 'مراسل "إذاعة الشمال"'


def test_saying_noun_after_a_participle_is_left_out_of_the_content() -> None:
    doc = make("وأوضح الوزير أن النائبين تراجعا، مضيفا قوله إن المكتب لم يتلق أي طلب.")
    assert doc.statements[-1].content.text == "المكتب لم يتلق أي طلب"


def test_a_name_the_ner_missed_after_an_office_belongs_to_the_speaker() -> None:
    st = only(make("أكد المدير التنفيذي للحزب سليم العياري أن الحزب باق في تونس.", entities=[("تونس", "LOC")]))
    assert st.speaker.text == "المدير التنفيذي للحزب سليم العياري"


def test_an_object_after_a_plural_speaker_is_no_name() -> None:
    doc = make(
        "واعتبر مراقبون مقتل القائد، الرجل الثاني في الجماعة، خسارة كبيرة في اليمن.", entities=[("اليمن", "LOC")]
    )
    assert [st.speaker.text for st in doc.statements] == ["مراقبون"]


def test_a_name_in_apposition_before_the_verbs_preposition() -> None:
    st = only(make("أعلن رئيس الحكومة السابق، مهدي جمعة عن مشروعه السياسي الجديد.", entities=[("مهدي جمعة", "PER")]))
    assert st.speaker.text == "رئيس الحكومة السابق، مهدي جمعة"


def test_the_sentence_subject_after_a_connector_is_a_surname() -> None:
    doc = make(
        "وقال رئيس الحكومة الحبيب الصيد إن الولاة مطالبون بالعمل. كما تطرق الصيد في كلمته، إلى العلاقة بين الوالي "
        "وأعضاء الحكومة، فأكد على ضرورة التواصل.",
        entities=[("الحبيب الصيد", "PER")],
    )
    assert [(st.cue.text, st.speaker.text) for st in doc.statements][-1] == ("أكد", "الصيد")


def test_a_feminine_name_after_a_masculine_verb_is_the_one_asked() -> None:
    doc = make(
        "وقال الوزير البريطاني إن النظام لا يملك أي مصداقية. وطالب روسيا في تغريدة سابقة بالتدخل.",
        entities=[("روسيا", "LOC")],
    )
    st = doc.statements[-1]
    assert (st.cue.text, st.speaker.text) == ("طالب", "الوزير البريطاني")
    assert st.addressee is not None and st.addressee.text == "روسيا"


def test_a_feminine_name_after_a_feminine_verb_speaks() -> None:
    st = only(make("وطالبت روسيا بالتدخل.", entities=[("روسيا", "LOC")]))
    assert st.speaker.text == "روسيا"


def test_after_a_verb_of_telling_the_title_after_the_name_is_the_one_told() -> None:
    text = "وأبلغ الرئيس بشار الأسد المبعوث الروسي أن سوريا حريصة على عودة اللاجئين."
    st = only(make(text, entities=[("بشار الأسد", "PER"), ("سوريا", "LOC")]))
    assert st.speaker.text == "الرئيس بشار الأسد"
    assert st.addressee is not None and st.addressee.text == "المبعوث الروسي"


def test_an_accusative_noun_after_the_verb_is_no_speaker() -> None:
    text = 'واحتجت الخارجية على تصريحات كندا واعتبرتها موقفا يعكس "تدخلا صريحا" في الشؤون الداخلية.'
    doc = make(text, entities=[("كندا", "LOC")])
    assert all(st.speaker.text != "موقفا" for st in doc.statements)


def test_a_dual_in_construct_with_two_quoted_names_speaks() -> None:
    text = 'ذكرت صحيفتا "عكاظ" و"الرياض" السعوديتان، أن المحاكمة بدأت في جدة.'
    st = only(make(text, entities=[("جدة", "LOC")]))
    assert st.speaker.text == 'صحيفتا "عكاظ" و"الرياض" السعوديتان'
    assert st.content.text == "المحاكمة بدأت في جدة"


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # a group noun after a name is the accused, a body the one called on
        (
            "ويتهم الأكراد الفصائل السورية بالانتماء إلى التنظيم.",
            [("الأكراد", "ORG")],
            "الأكراد",
        ),
        (
            "ودعا الملك عبد الله الثاني الحكومة والبرلمان إلى الحوار.",
            [("عبد الله الثاني", "PER")],
            "الملك عبد الله الثاني",
        ),
        # a person noun after a name is a title, with the body it serves (as the gold's "بيان ريحان عضو في المجلس
        # المحلي في دوما"; session 30)
        (
            "وقال هيو لوفيت الباحث في المجلس الأوروبي إن الهدنة هشة.",
            [("هيو لوفيت", "PER"), ("المجلس الأوروبي", "ORG")],
            "هيو لوفيت الباحث في المجلس الأوروبي",
        ),
        # a second person's office after و
        (
            "ودعا الأمين العام أنطونيو غوتيريس ووزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني إلى تحقيق مستقل.",
            [("أنطونيو غوتيريس", "PER"), ("الاتحاد الأوروبي", "ORG"), ("فيديريكا موغيريني", "PER")],
            "الأمين العام أنطونيو غوتيريس ووزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني",
        ),
    ],
)
def test_what_follows_a_name_in_the_speaker_phrase(text: str, entities, speaker: str) -> None:
    assert only(make(text, entities=entities)).speaker.text == speaker


def test_aged_is_no_report() -> None:
    doc = make("وأعلنت الشرطة أنها اعتقلت السائق الذي يبلغ من العمر 48 عاما قبل ساعة.")
    assert [st.cue.text for st in doc.statements] == ["أعلنت"]


def test_a_source_speaking_on_condition_of_anonymity_and_its_reason() -> None:
    st = only(make('وقال مسؤول حكومي تحدث مشترطا عدم نشر اسمه بسبب حساسية الأمر "نجري محادثات مع الجيران".'))
    assert (st.content.text, st.direct) == ("نجري محادثات مع الجيران", True)


def test_a_clause_describing_plural_speakers_runs_to_the_content_marker() -> None:
    text = "وأفاد أشخاص يقيمون في جوار الموقع عند أطراف المدينة لفرانس برس، أنهم سمعوا إطلاق نار."
    st = only(make(text, entities=[("فرانس برس", "ORG")]))
    assert (st.speaker.text, st.content.text) == ("أشخاص", "سمعوا إطلاق نار")
    assert st.addressee is not None and st.addressee.text == "فرانس برس"


def test_the_last_speakers_surname_after_the_verb_speaks_again() -> None:
    doc = make("وقال الأمين العام للمنظمة صائب عريقات إن القرار خطير. وأكد عريقات على إصرار الفلسطينيين.")
    assert [(st.speaker.text, st.content.text) for st in doc.statements][-1] == ("عريقات", "إصرار الفلسطينيين")


def test_the_title_after_a_name_is_the_one_described() -> None:
    text = 'ووصف برويدي وزير الخارجية الأمريكي بأنه "برج من الهلام".'
    st = only(make(text, entities=[("برويدي", "PER")]))
    assert st.speaker.text == "برويدي"


def test_a_title_after_a_group_name_is_its_object() -> None:
    text = "وأعلن الحوثيون الرئيس السابق عدوا للشعب."
    doc = make(text, entities=[("الحوثيون", "ORG")])
    assert all(st.speaker.text == "الحوثيون" for st in doc.statements)


def test_an_acronym_offered_after_the_name_belongs_to_the_speaker() -> None:
    st = only(make('وأكدت منظمة حظر الأسلحة الكيماوية أو "OPCW"، الخميس، بأن محققيها في طريقهم إلى البلاد.'))
    assert (st.speaker.text, st.content.text) == (
        'منظمة حظر الأسلحة الكيماوية أو "OPCW"',
        "محققيها في طريقهم إلى البلاد",
    )


def test_lying_to_is_no_denial() -> None:
    st = only(make("وقال المسؤول إن الحرب انتهت لأن الحكومة تكذب على الجميع."))
    assert st.content.text == "الحرب انتهت لأن الحكومة تكذب على الجميع"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأكد القادة العرب في ختام القمة أن القدس عاصمة فلسطين.", "القادة العرب"),
        ("وأطلق الجنود النار على الصحفي، وأكد زملاؤه أنه كان بعيدا عن السياج.", "زملاؤه"),
    ],
)
def test_plural_people_as_speakers(text: str, speaker: str) -> None:
    assert make(text).statements[-1].speaker.text == speaker


# Session 17: JawharaFM society and local news (regional offices, quoted radio names after ل, town headings).
@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        ("وأوضحت الإدارة العامة للديوانة في بلاغ لها أنه تم حجز كمية من الذهب.", "الإدارة العامة للديوانة", None),
        ("وأفاد عضو الاتحاد العام لطلبة الجامعة أنه تم تسجيل حالات تسمم.", "عضو الاتحاد العام لطلبة الجامعة", None),
        ("وأفاد المدير الجهوي لحفظ الصحة بنابل انه تم غلق 5 محلات.", "المدير الجهوي لحفظ الصحة بنابل", None),
        (
            "وأوضحت الشركة الوطنية لاستغلال وتوزيع المياه أن الانقطاع سيتواصل.",
            "الشركة الوطنية لاستغلال وتوزيع المياه",
            None,
        ),
        ('وأكد مصدر أمني لمراسلة "الإذاعة" أن الوحدات أوقفت شخصين.', "مصدر أمني", 'مراسلة "الإذاعة"'),
        ("وقال الأمين العام للمنظمة إن الوضع خطير.", "الأمين العام للمنظمة", None),
        ("وأوضح معتمد الجهة، أحمد السالمي أن الأشغال ستنطلق قريبا.", "معتمد الجهة، أحمد السالمي", None),
    ],
)
def test_a_domain_after_an_office_belongs_to_the_speaker(text: str, speaker: str, addressee: str | None) -> None:
    ents = [("أحمد السالمي", "PER")] if "السالمي" in text else []
    st = only(make(text, entities=ents))
    assert (st.speaker.text, st.addressee and st.addressee.text) == (speaker, addressee)


def test_a_quoted_outlet_after_a_bare_l_is_who_was_told_not_a_quotation() -> None:
    st = only(
        make('تم تسجيل 191 حالة، وفق ما أكده كريم الطرابلسي ل"الجوهرة أف أم".', entities=[("كريم الطرابلسي", "PER")])
    )
    assert (st.speaker.text, st.addressee and st.addressee.text, st.direct) == (
        "كريم الطرابلسي",
        "الجوهرة أف أم",
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "القلعة : حالة من الاحتقان بعد إعادة فتح نقطة لبيع الخمور\nشهدت المدينة احتجاجات.",
        "سوسة : يقتل زوجته طعنا بسكين ويسلم نفسه للأمن\nأقدم شاب على قتل زوجته.",
        # session 18: a name in scare quotes is no quotation, a noun in ن further on no first-person verb
        'قفصة : حجز أطنان من "الكنوز" المهربة في مستودع\nحجزت الديوانة كميات من السلع.',
        "المهدية : استئناف نشاط الميناء بعد توقف دام أسبوعين\nاستأنف الميناء نشاطه.",
    ],
)
def test_a_town_before_a_headings_colon_is_its_topic(text: str) -> None:
    town = text.split(" :")[0]
    assert make(text, entities=[(town, "LOC")]).statements == []


@pytest.mark.parametrize(
    "text",
    [
        "روسيا: نرفض أي تدخل في سوريا\nوقالت الوزارة.",
        "واشنطن: إخراج إيران من سوريا على قائمة أولوياتنا\nوقالت.",
        "موسكو: لن نسمح بتكرار الهجوم على قاعدتنا\nوقالت الوزارة.",
        'طهران: "العقوبات لن تغير سياستنا في المنطقة"\nوقالت.',
    ],
)
def test_a_place_speaking_in_the_first_person_in_a_heading_still_speaks(text: str) -> None:
    place = text.split(":")[0]
    assert [st.speaker.text for st in make(text, entities=[(place, "LOC")]).statements][:1] == [place]


# Session 17: international news (states as speakers, the one asked, two names side by side, descriptive clauses).
@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        (
            "وتتهم الدولتان إيران بالتدخل في شؤون المنطقة.",
            [("إيران", "LOC")],
            "الدولتان",
            "إيران بالتدخل في شؤون المنطقة",
        ),
        ("وقالت الدول الثلاث في بيان إن المناقشات مفتوحة.", [], "الدول الثلاث", "المناقشات مفتوحة"),
        (
            "وقالت الأمم المتحدة وجماعات حقوق الإنسان إن الحملة تطهير عرقي.",
            [("الأمم المتحدة", "ORG")],
            "الأمم المتحدة وجماعات حقوق الإنسان",
            "الحملة تطهير عرقي",
        ),
        (
            'وعندما سئل الرئيس في مقابلة عما إذا كان يعتزم الترشح قال "أعتزم الترشح".',
            [],
            "الرئيس",
            "أعتزم الترشح",
        ),
    ],
)
def test_states_the_asked_and_coordinated_bodies_speak(text, entities, speaker, content) -> None:
    st = make(text, entities=entities).statements[-1]
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_a_place_after_a_body_is_the_one_called_on() -> None:
    text = "وطالبت محكمة العدل الدولية الولايات المتحدة بضمان وصول المساعدات."
    st = only(make(text, entities=[("محكمة العدل الدولية", "ORG"), ("الولايات المتحدة", "LOC")]))
    assert (st.speaker.text, st.addressee and st.addressee.text) == ("محكمة العدل الدولية", "الولايات المتحدة")


@pytest.mark.parametrize(
    "text",
    [
        "وتواصل القوات استنفارها تحسبا لضربات محتملة تهدد بها الدول الغربية.",
        "وادعى المتهم أن لديه وثائق على ما يدين الدولة وقيادتها.",
    ],
)
def test_descriptive_clauses_are_no_reports(text: str) -> None:
    assert [st.cue.text for st in make(text).statements if st.cue.text in ("تهدد", "يدين")] == []


def test_a_relative_clause_after_an_adjuncts_source_leaves_the_content_before() -> None:
    st = only(make("وترتكز سياسة الحزب على الحرية بحسب البيانات التي نشرها على موقعه الرسمي."))
    assert (st.speaker.text, st.content.text) == ("البيانات", "ترتكز سياسة الحزب على الحرية")


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "وعبر المرجع الأعلى للشيعة علي السيستاني، الذي يندر تدخله في السياسة، عن تضامنه مع المحتجين.",
            [("علي السيستاني", "PER")],
            "المرجع الأعلى للشيعة علي السيستاني",
        ),
        (
            'واتهم السفير السعودي في الولايات المتحدة إيران بـ"السعي" إلى تسليح الجماعة.',
            [("الولايات المتحدة", "LOC"), ("إيران", "LOC")],
            "السفير السعودي في الولايات المتحدة",
        ),
        ("وأعرب كثيرون أيضا عن مخاوفهم من الفوضى.", [], "كثيرون"),
        ("وحملت تركيا الداعية المقيم في الخارج مسؤولية الانقلاب.", [("تركيا", "LOC")], "تركيا"),
    ],
)
def test_speakers_past_asides_places_and_nouns_in_iya(text, entities, speaker) -> None:
    assert make(text, entities=entities).statements[-1].speaker.text == speaker


def test_a_described_body_and_an_addressee_between_commas_lead_to_the_content() -> None:
    text = "وقال قائد ميداني في القوات، المدعومة من الولايات المتحدة، لفرانس برس، إن الرجل معتقل لديهم."
    st = only(make(text, entities=[("الولايات المتحدة", "LOC"), ("فرانس برس", "ORG")]))
    assert (st.content.text, st.addressee and st.addressee.text) == ("الرجل معتقل لديهم", "فرانس برس")


def test_recognising_a_capital_is_no_confession() -> None:
    doc = make("وأشار الوزير إلى أن القدس مدينة محتلة، وتعترف بها أكثر من 138 دولة عاصمة لفلسطين.")
    assert [st.cue.text for st in doc.statements] == ["أشار"]


def test_those_whom_the_speaker_described_are_described_by_the_speaker() -> None:
    doc = make("وقال الوزير إن القوات ستطهر المدينة ممن وصفهم بالإرهابيين.")
    assert [st.speaker.text for st in doc.statements if st.cue.text == "وصفهم"] in ([], ["الوزير"])


def test_a_people_speaks_without_being_an_entity() -> None:
    st = only(make('وتوعد الأكراد بـ"ضرب" القوات حتى تحرير كامل المنطقة.'))
    assert st.speaker.text == "الأكراد"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('وقال الوزير في هذا السياق "نحن لم نكلف قوة أجنبية بحماية المنشآت".', "نحن لم نكلف قوة أجنبية بحماية المنشآت"),
        ("وقال الوزير في هذه المناسبة إن الوضع صعب.", "الوضع صعب"),
        (
            'وقال الوزير، في حوار لقناة "الأفق"، بثته اليوم الجمعة، على هامش المنتدى، إن حكومته بجانب المواطنين.',
            "حكومته بجانب المواطنين",
        ),
    ],
)
def test_lead_ins_with_a_demonstrative_or_two_asides(text: str, content: str) -> None:
    assert only(make(text)).content.text == content


def test_a_prepositions_object_before_the_verb_is_no_subject_when_a_name_follows() -> None:
    text = "وبمناسبة الإعلان عن الحزب الجديد توجه المرزوقي برسالة إلى الائتلاف الحاكم."
    doc = make(text, entities=[("المرزوقي", "PER")])
    assert [st.speaker.text for st in doc.statements] in ([], ["المرزوقي"])


def test_the_day_between_commas_is_no_part_of_the_one_urged() -> None:
    st = only(make("وحثت الحكومة شركاتها، الخميس، على مواصلة علاقاتها التجارية.", times=[("الخميس", "2024-02-29")]))
    assert (st.addressee and st.addressee.text, st.content.text) == ("شركاتها", "مواصلة علاقاتها التجارية")


def test_a_quotation_then_says_x_with_a_description_has_the_quotation_as_content() -> None:
    text = '"أشعر بالحزن، لكني لم أفقد الأمل"، يقول سامي (52 عاما) المقيم في ضاحية المدينة الجنوبية.'
    st = only(make(text, entities=[("سامي", "PER")]))
    assert (st.speaker.text, st.content.text, st.direct) == ("سامي", "أشعر بالحزن، لكني لم أفقد الأمل", True)


def test_a_negated_adjective_belongs_to_the_speaker() -> None:
    st = only(make("وقالت المنظمات غير الحكومية إن الوضع خطير."))
    assert st.speaker.text == "المنظمات غير الحكومية"


def test_a_prepositions_object_before_a_verb_is_no_speaker() -> None:
    doc = make('وتتواصل الجهود، بحسب مصدر مطلع على المفاوضات تحدث لـ"الشرق الأوسط" شريطة عدم الكشف عن هويته.')
    assert [st.speaker.text for st in doc.statements] == ["مصدر مطلع"]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "ودعت بعثة الأمم المتحدة للدعم في ليبيا الطرفين إلى ضبط النفس.",
            [("ليبيا", "LOC")],
            "بعثة الأمم المتحدة للدعم في ليبيا",
        ),
        (
            'وقال المتحدث باسم عملية "بركان الغضب" محمد قنونو إن القوات دخلت المدينة.',
            [("محمد قنونو", "PER")],
            'المتحدث باسم عملية "بركان الغضب" محمد قنونو',
        ),
    ],
)
def test_a_missions_country_and_an_operations_quoted_name_belong_to_the_speaker(text, entities, speaker) -> None:
    assert make(text, entities=entities).statements[0].speaker.text == speaker


def test_and_considered_it_after_a_condemnation_is_a_second_statement() -> None:
    doc = make('ودان رئيس الحكومة الاستهداف، واعتبره "رسالة دموية" إلى المجتمع الدولي.')
    assert [(st.cue.text, st.content.text) for st in doc.statements] == [
        ("دان", "الاستهداف"),
        ("اعتبره", '"رسالة دموية" إلى المجتمع الدولي'),
    ]


def test_a_foreign_first_name_in_iyeh_is_no_object_pronoun() -> None:
    text = "وقال حاكم منطقة خاركيف أوليه سينيهوبوف عبر تطبيق تلغرام إن القصف استهدف منشأة للطاقة."
    st = only(make(text, entities=[("خاركيف", "LOC")]))
    assert (st.speaker.text, st.content.text) == ("حاكم منطقة خاركيف أوليه سينيهوبوف", "القصف استهدف منشأة للطاقة")


def test_a_paragraph_with_its_own_reporting_verb_before_the_colon_is_no_heading() -> None:
    text = 'وزار الرئيس المصنع صباح اليوم.\nأما عن مستقبله السياسي، قال الرئيس: "القرار للشعب وحده"'
    got = [(st.speaker.text, st.cue.text) for st in make(text).statements]
    assert got == [("الرئيس", "قال")]


# Session 18: a seat, a name or the one told, set off by commas, before the complementiser.
@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        (
            "وأفاد مدير عام الامتحانات بوزارة التربية، عمر الولباني، أنه تم تأجيل موعد الامتحان بأسبوع.",
            [("وزارة التربية", "ORG"), ("عمر الولباني", "PER")],
            "مدير عام الامتحانات بوزارة التربية، عمر الولباني",
            "تم تأجيل موعد الامتحان بأسبوع",
        ),
        (
            "وأفاد مصدر أمني مراسلنا في الجهة، أن خلافا بين شقيقين تطور إلى عراك بالسكاكين.",
            [],
            "مصدر أمني",
            "خلافا بين شقيقين تطور إلى عراك بالسكاكين",
        ),
        (
            "وأكد وزير الوظيفة العمومية والحوكمة، عبيد البريكي أن الملف عرف تقدما.",
            [("عبيد البريكي", "PER")],
            "وزير الوظيفة العمومية والحوكمة، عبيد البريكي",
            "الملف عرف تقدما",
        ),
        (
            "وقال الناشط في مجال حقوق الإنسان، كريم العياري، إن الاحتجاز تعسفي.",
            [("كريم العياري", "PER")],
            "الناشط في مجال حقوق الإنسان، كريم العياري",
            "الاحتجاز تعسفي",
        ),
    ],
)
def test_an_aside_before_the_complementiser_is_no_content(text: str, entities, speaker: str, content: str) -> None:
    st = only(make(text, entities=entities))
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_a_second_complement_after_a_comma_is_not_skipped_to() -> None:
    st = make("وأكد الوزير ضرورة إصلاح المنظومة الصحية، وأن الحكومة ستعمل على ذلك.").statements[0]
    assert st.content.text.startswith("ضرورة إصلاح المنظومة الصحية")


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف المهاجم الشاب الهدف الثاني في الدقيقة 80.",
        "وأضاف لاعب الوسط أيمن الحاجي هدفين في الشوط الثاني.",
    ],
)
def test_adding_a_goal_is_no_statement(text: str) -> None:
    assert make(text).statements == []


def test_adding_after_a_goal_word_in_the_content_still_speaks() -> None:
    st = only(make('وأضاف المدرب أن "الهدف الثاني حسم المباراة".'))
    assert st.cue.text == "أضاف" and "الهدف الثاني" in st.content.text


@pytest.mark.parametrize("text", ["هل تذكر أيام الطوابير أمام المخابز؟", "ماذا قال الرئيس في القمة؟"])
def test_a_question_has_no_speaker(text: str) -> None:
    assert [st.speaker.text for st in make(text).statements] == []


def test_a_date_between_the_speaker_and_the_complementiser_is_the_statements_time() -> None:
    text = "وأعلنت وزارة النقل في 18 سبتمبر الماضي أنها ستغلق الطريق الساحلية."
    st = only(make(text, times=[("18 سبتمبر الماضي", "2023-09-18")]))
    assert (st.content.text, st.time.text if st.time else None) == ("ستغلق الطريق الساحلية", "18 سبتمبر الماضي")


def test_a_week_the_times_layer_keeps_aside_is_no_content_either() -> None:
    text = "وقالت وزارة الداخلية الأسبوع الماضي إن عدد الواصلين ارتفع."
    doc = Document(text=text, published="2024-03-05")
    start = text.index("الأسبوع الماضي")
    doc.user_data["times.internal"] = [{"start": start, "end": start + len("الأسبوع الماضي"), "reason": "week"}]
    st = only(_EXT(_TOK(_SENT(doc))))
    assert (st.content.text, st.time.text if st.time else None) == ("عدد الواصلين ارتفع", "الأسبوع الماضي")


def test_a_verb_of_the_other_gender_does_not_reuse_the_speaker_before() -> None:
    text = 'وقال الرئيس إن الحادثة مؤسفة. واعتذرت الممثلة في تسجيل مصور. وقالت: "ذهبت أبعد مما ينبغي".'
    speakers = [(st.cue.text, st.speaker.text) for st in make(text).statements]
    assert ("قال", "الرئيس") in speakers and ("قالت", "الرئيس") not in speakers


def test_a_verb_of_the_same_gender_still_reuses_it() -> None:
    text = 'وقالت الوزيرة إن المفاوضات مستمرة. وأضافت: "لن نتراجع".'
    assert [(st.cue.text, st.speaker.text) for st in make(text).statements] == [
        ("قالت", "الوزيرة"),
        ("أضافت", "الوزيرة"),
    ]


def test_asking_not_to_be_named_inside_a_relative_clause_is_no_report() -> None:
    st = only(make("وأضاف المسؤول الذي طلب عدم نشر اسمه أن الوفد سيصل غدا."))
    assert (st.speaker.text, st.content.text) == ("المسؤول", "الوفد سيصل غدا")


@pytest.mark.parametrize(
    "text",
    ["وبالتحري معه اعترف باستهلاك المخدرات.", "وكالبروتوكول المعتاد دعا المضيفون الوفد إلى عشاء."],
)
def test_a_prepositional_phrase_before_the_verb_is_no_speaker(text: str) -> None:
    assert [st.speaker.text for st in make(text).statements if st.speaker.text.startswith(("بال", "كال"))] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # session 19: verbs the dev articles never use, each with the complement that makes it a report
        (
            "وأوردت صحيفة المساء أن البرلمان سيصوت على الميزانية غدا.",
            "أوردت",
            "صحيفة المساء",
            "البرلمان سيصوت على الميزانية غدا",
        ),
        (
            "ولاحظ المراقبون أن الإقبال على مراكز الاقتراع كان ضعيفا.",
            "لاحظ",
            "المراقبون",
            "الإقبال على مراكز الاقتراع كان ضعيفا",
        ),
        ("ونبه وزير الصحة إلى أن المستشفيات تفتقر إلى الأدوية.", "نبه", "وزير الصحة", "المستشفيات تفتقر إلى الأدوية"),
        (
            "وألمحت وزيرة الخارجية إلى فرض قيود جديدة على الواردات.",
            "ألمحت",
            "وزيرة الخارجية",
            "فرض قيود جديدة على الواردات",
        ),
        ("وأجاب الوزير بأن الحكومة لن تتراجع عن الإصلاحات.", "أجاب", "الوزير", "الحكومة لن تتراجع عن الإصلاحات"),
        ("وألمح الوزير أن الحكومة قد تستقيل.", "ألمح", "الوزير", "الحكومة قد تستقيل"),
        ("واستدرك النائب بالقول إن الحوار ما زال ممكنا.", "استدرك", "النائب", "الحوار ما زال ممكنا"),
        (
            "وشرح المتحدث باسم الشرطة أن المشتبه به أوقف قرب الميناء.",
            "شرح",
            "المتحدث باسم الشرطة",
            "المشتبه به أوقف قرب الميناء",
        ),
    ],
)
def test_verbs_of_other_outlets(text: str, cue: str, speaker: str, content: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.speaker.text, st.content.text, st.stance) == (cue, speaker, content, "assert")


@pytest.mark.parametrize(
    "text",
    [
        # the other senses of those verbs: no statement
        "وعلقت البلدية العمل في السوق بعد أن تبين أن المبنى آيل للسقوط.",  # suspended
        "وقدم الخبير شرحا مفصلا عن أسباب العطل بعد أن فحص المحرك.",  # an explanation (noun)
        "وجاء ذلك ردا على رسالة بعثها رئيس البلدية إلى الوزارة.",  # a reply (noun)
    ],
)
def test_other_senses_of_the_new_verbs_are_no_report(text: str) -> None:
    assert make(text).statements == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # what the verb governs is the topic; the saying (بالقول، قائلا) opens the content
        ("وعلق رئيس البلدية على القرار بالقول إنه خطوة متأخرة.", "علق", "خطوة متأخرة"),
        ("وعلق المدرب على الهزيمة قائلا إن الفريق سيتدارك أخطاءه.", "علق", "الفريق سيتدارك أخطاءه"),
        ("وردت الوزارة على الاتهامات، بالقول إن الصفقة تمت وفق القانون.", "ردت", "الصفقة تمت وفق القانون"),
        ("وأكد الوزير على الخطة بالقول إن تنفيذها يبدأ الشهر المقبل.", "أكد", "تنفيذها يبدأ الشهر المقبل"),
    ],
)
def test_saying_after_the_topic_opens_the_content(text: str, cue: str, content: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.content.text) == (cue, content)


def test_a_participle_after_a_comma_stays_a_statement_of_its_own() -> None:
    doc = make(
        "وأدانت منظمة العفو الدولية أعمال العنف، قائلة إن بين القتلى أطفالا.",
        entities=[("منظمة العفو الدولية", "ORG")],
    )
    assert [(s.cue.text, s.content.text) for s in doc.statements] == [
        ("أدانت", "أعمال العنف"),
        ("قائلة", "بين القتلى أطفالا"),
    ]


@pytest.mark.parametrize(
    ("text", "entities", "cue", "speaker", "content"),
    [
        # a verbal noun after a lead word, its subject right after it, then the complement
        (
            "وجاء القرار بعد إعلان الجيش عن مقتل ثلاثة جنود قرب الحدود.",
            [],
            "إعلان",
            "الجيش",
            "مقتل ثلاثة جنود قرب الحدود",
        ),
        (
            "وغداة اتهام المعارضة الحكومة بتزوير الانتخابات، خرج المئات إلى الشوارع.",
            [],
            "اتهام",
            "المعارضة",
            "الحكومة بتزوير الانتخابات",
        ),
        (
            "وجاء ذلك ردا على إعلان واشنطن عن رسوم جديدة على الصلب.",
            [("واشنطن", "LOC")],
            "إعلان",
            "واشنطن",
            "رسوم جديدة على الصلب",
        ),
    ],
)
def test_a_verbal_noun_with_its_subject_is_a_statement(
    text: str, entities: list[tuple[str, str]], cue: str, speaker: str, content: str
) -> None:
    st = only(make(text, entities=entities))
    assert (st.cue.text, st.speaker.text, st.content.text, st.stance) == (cue, speaker, content, "assert")


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("وتم الإعلان عن أسماء الفائزين مساء الأحد.", []),  # no subject
        ("وأحيا السكان ذكرى إعلان القدس عاصمة لهم.", [("القدس", "LOC")]),  # a name, no complement
        ("وأضاف الوزير في مقابلة إعلان الحكومة عن الخطة تأخر كثيرا.", []),  # a subject, after no lead word
        ("وذلك بعد اتهام النائب في مارس بالرشوة.", []),  # the one named is the accused
    ],
)
def test_a_verbal_noun_without_subject_and_complement_is_no_statement(
    text: str, entities: list[tuple[str, str]]
) -> None:
    assert [
        st.cue.text for st in make(text, entities=entities).statements if st.cue.text in ("إعلان", "الإعلان", "اتهام")
    ] == []


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        # words that still describe the speaker, the time or the place stand before the complementiser
        ("أفادت التقارير الواردة من الجنوب بأنه تم التوصل إلى اتفاق.", [], "التقارير", "تم التوصل إلى اتفاق"),
        (
            "أعلن نادي الوداد بطل الدوري يوم الجمعة أن مدربه سيبقى موسما آخر.",
            [("نادي الوداد", "ORG")],
            "نادي الوداد",
            "مدربه سيبقى موسما آخر",
        ),
    ],
)
def test_a_late_complementiser_after_words_on_the_speaker_opens_the_content(
    text: str, entities: list[tuple[str, str]], speaker: str, content: str
) -> None:
    st = only(make(text, entities=entities))
    assert (st.speaker.text, st.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # أن that belongs to a word of the content keeps the content whole
        ("وأعلن الوزير رفضه أن تؤجل الانتخابات.", "رفضه أن تؤجل الانتخابات"),
        ("وأعلن الجيش حظر التجول بعد أن تجددت الاشتباكات.", "حظر التجول بعد أن تجددت الاشتباكات"),
        # after a saying the words are the content already, a question included
        ("وردت الوزيرة بالقول ماذا كنتم تريدون أن نفعل؟", "ماذا كنتم تريدون أن نفعل؟"),
    ],
)
def test_a_complementiser_of_the_content_itself_stays_in_it(text: str, content: str) -> None:
    assert only(make(text)).content.text == content


def test_a_position_on_the_pitch_is_a_speaker_title() -> None:
    text = "وأكد مدافع المنتخب سامي العلوي أن الفريق جاهز للمباراة."
    st = only(make(text, entities=[("سامي العلوي", "PER")]))
    assert (st.speaker.text, st.content.text) == ("مدافع المنتخب سامي العلوي", "الفريق جاهز للمباراة")


def test_a_person_met_on_the_occasion_is_not_the_speaker() -> None:
    text = "وقال وزير الثقافة الاثنين بعد محادثات جمعته بنظيرته الفرنسية ماري دوران إن المهرجان سيقام في موعده."
    st = only(make(text, entities=[("ماري دوران", "PER")]))
    assert st.speaker.text == "وزير الثقافة"
    assert st.content.text == "المهرجان سيقام في موعده"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a quantity of people counted with من is the speaker (surveys, groups)
        ("ويقول العديد من خبراء الاقتصاد إن النمو سيتباطأ.", "العديد من خبراء الاقتصاد", "النمو سيتباطأ"),
        ("وقال عدد من السكان إن المياه مقطوعة منذ أسبوع.", "عدد من السكان", "المياه مقطوعة منذ أسبوع"),
        ("واعتبر 18٪ منهم أن الوضع تحسن.", "18٪ منهم", "الوضع تحسن"),
        (
            "ورأى 60 في المئة من المشاركين في الاستطلاع أن الأسعار مرتفعة.",
            "60 في المئة من المشاركين",
            "الأسعار مرتفعة",
        ),
        ("وقال 70 بالمئة من الذين شملهم المسح إن الخدمة سيئة.", "70 بالمئة من الذين شملهم المسح", "الخدمة سيئة"),
    ],
)
def test_a_quantity_of_people_is_a_speaker(text: str, speaker: str, content: str) -> None:
    st = only(make(text))
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_a_quantity_inside_the_content_stays_there() -> None:
    st = only(make("وقال الوزير إن 40 في المئة من المشاركين غادروا القاعة."))
    assert (st.speaker.text, st.content.text) == ("الوزير", "40 في المئة من المشاركين غادروا القاعة")


def test_a_quotation_after_the_saying_is_the_content() -> None:
    text = 'وردت الوزيرة على موقع "الأخبار اليوم" الإلكتروني قائلة "لن نتراجع عن القرار".'
    st = only(make(text))
    assert (st.cue.text, st.content.text, st.direct) == ("ردت", "لن نتراجع عن القرار", True)


def test_requesting_anonymity_with_a_participle_is_no_content() -> None:
    st = only(make("وقال مسؤول مطلع طالبا عدم ذكر اسمه إن الاجتماع عقد أمس."))
    assert (st.speaker.text, st.content.text) == ("مسؤول مطلع", "الاجتماع عقد أمس")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a participle and its complementiser, without the comma many outlets leave out, is a second statement
        (
            "وقال الوزير إن الإجراء مؤقت مؤكدا أن الوزارة لا تملك بديلا.",
            ("قال", "الإجراء مؤقت"),
            ("مؤكدا", "الوزارة لا تملك بديلا"),
        ),
        (
            "وأكدت المديرة أن المستشفى مكتظ مشيرة إلى أن الأطباء يعملون ليلا.",
            ("أكدت", "المستشفى مكتظ"),
            ("مشيرة", "الأطباء يعملون ليلا"),
        ),
    ],
)
def test_a_participle_without_a_comma_opens_a_second_statement(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    doc = make(text)
    assert [(s.cue.text, s.content.text) for s in doc.statements] == [first, second]
    assert doc.statements[1].speaker.text == doc.statements[0].speaker.text


@pytest.mark.parametrize(
    "text",
    [
        "وكتب المتحدث على تويتر قائلا إن المحتجين فجروا قنبلة.",  # the manner of كتب: one statement
        "وقالت الوكالة إن المحكمة سجنت ستة صحافيين متهمين بأنهم خططوا للانقلاب.",  # accused, passive
    ],
)
def test_a_participle_of_manner_or_a_passive_one_is_no_second_statement(text: str) -> None:
    assert len(make(text).statements) == 1


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("ويقول مؤيدو الاتفاق إنه ضروري لمنع التصعيد.", "يقول", "مؤيدو الاتفاق", "ضروري لمنع التصعيد"),
        ("وطالب المجلس أن يبقى الميناء مفتوحا.", "طالب", "المجلس", "يبقى الميناء مفتوحا"),
    ],
)
def test_supporters_speak_and_a_demand_takes_أن(text: str, cue: str, speaker: str, content: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.speaker.text, st.content.text) == (cue, speaker, content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a verb that requires its complementiser takes it with a pronoun too (أنه، أنها)
        ("ولاحظ الوزير أنه لا توجد أدلة كافية.", "لاحظ", "لا توجد أدلة كافية"),
        ("ورأى الخبير أنها خطوة إيجابية.", "رأى", "خطوة إيجابية"),
        # بيّن "explained", also written without the shadda, is no preposition when its complement follows
        ("وبين الوزير أنه سيتم تنفيذ المشروع.", "بين", "سيتم تنفيذ المشروع"),
        ("وبينت الوزارة أنه تم القبض على المشتبه بهم.", "بينت", "تم القبض على المشتبه بهم"),
    ],
)
def test_a_required_complementiser_with_its_pronoun(text: str, cue: str, content: str) -> None:
    st = only(make(text))
    assert (st.cue.text, st.content.text) == (cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الاتفاق بين الحكومة والنقابة يقضي بأن ترتفع الأجور.",  # بين the preposition
        "وقال الوزير إن المنتخب يضم عشرين لاعبا وبينهم ثلاثة أكدوا أنهم جاهزون.",  # بينهم "among them"
        "وقال الوزير إن المحكمة سجنت رجلا، ويعتقد أنه قاد الهجوم.",  # "it is believed"
    ],
)
def test_a_preposition_or_a_passive_is_no_second_speaker(text: str) -> None:
    assert [st.cue.text for st in make(text).statements] == ["قال"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال محاميه إن موكله بريء من التهم.", "محاميه"),
        ("وقال أنصاره إن الانتخابات زورت.", "أنصاره"),
        ("ذكرت جريدة الشروق، أن الإضراب تأجل.", "جريدة الشروق"),
    ],
)
def test_a_person_with_a_possessive_and_a_newspaper_speak(text: str, speaker: str) -> None:
    assert only(make(text)).speaker.text == speaker


def test_the_side_with_a_pronoun_is_no_speaker() -> None:
    doc = make("وقال الوزير إن الخطة جاهزة. ومن جانبه أكد أن التمويل متوفر.")
    assert all("جانبه" not in s.speaker.text for s in doc.statements)


@pytest.mark.parametrize(
    ("text", "speaker", "entities"),
    [
        # a prepositional phrase before the verb, a demonstrative in it: the source after the verb speaks
        ("وفي هذا السياق أكد المدير أن العمل متواصل.", "المدير", []),
        ("وحول هذه المسألة قال الوزير إن الأمر محسوم.", "الوزير", []),
        # بخصوص is a preposition too (before, the whole phrase was the speaker)
        ("وبخصوص الحالات الخاصة أوضح الولباني أن الوزارة تسعى لتوفير نفس الظروف.", "الولباني", [("الولباني", "PER")]),
        # a day after the name is when, not who; a month name can end a company's name
        (
            "قال وزير النقل، أنيس غديرة اليوم، إن الوزارة تدرس الترفيع في الأسعار.",
            "وزير النقل، أنيس غديرة",
            [("أنيس غديرة", "PER")],
        ),
        ("اعترفت شركة نيسان بأنها اكتشفت بيانات مزورة.", "شركة نيسان", [("شركة نيسان", "ORG")]),
    ],
)
def test_a_phrase_or_a_day_around_the_subject_is_no_speaker(text: str, speaker: str, entities) -> None:
    assert only(make(text, entities=entities)).speaker.text == speaker


def test_a_phrase_before_the_verb_and_no_source_after_it_gives_no_speaker() -> None:
    # "ومنذ ذلك الحين اتهم النظام …" is passive (اتُّهم): no accuser; before, "الحين" was one
    assert make("ومنذ ذلك الحين اتهم النظام السوري باستخدام غاز الكلور مرارا.").statements == []


def test_attributing_the_saying_to_a_source_that_is_no_entity() -> None:
    # نسب … إلى Y القول: Y without the saying noun, also when Y is no named entity
    st = only(make("ونسبت وكالات أنباء إلى مسؤول عسكري القول إن القوات تقدمت."))
    assert (st.speaker.text, st.via.text, st.content.text) == ("مسؤول عسكري", "وكالات أنباء", "القوات تقدمت")


@pytest.mark.parametrize(
    "text",
    [
        "وأذنت النيابة بالاحتفاظ به من أجل ما نسب إليه بالإضافة إلى إيقاف عمه من أجل التستر.",
        "ونفى المتهم التهم التي نسبت إليه أمام القاضي.",
    ],
)
def test_the_charges_ascribed_to_someone_are_no_report(text: str) -> None:
    assert [s.cue.text for s in make(text).statements if s.cue.text.startswith("نسب")] == []


def test_according_to_the_following_schedule_is_no_source() -> None:
    assert make("تدور اليوم مقابلات الجولة الثامنة وفق البرنامج التالي: الملعب التونسي ضد النجم.").statements == []
    # the programme as a source of news stays one
    assert only(make("وبحسب البرنامج، فإن الوزير سيزور المدينة.")).speaker.text == "البرنامج"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # بلاغ is the Tunisian communiqué: a document that speaks, like بيان
        ("وأضاف البلاغ أن النتائج ستعلن لاحقا.", "أضاف", "البلاغ"),
        ("وتواصل العمل وفق بلاغ لوزارة الداخلية.", "وفق", "بلاغ لوزارة الداخلية"),
        # a document, then the verb and a pronoun after من (من خلاله): its issuer speaks
        ("وأصدرت الجامعة بلاغا أكدت من خلاله أنها ستعاقب المخالفين.", "أكدت", "الجامعة"),
    ],
)
def test_the_tunisian_communique_speaks(text: str, cue: str, speaker: str) -> None:
    entities = [("الجامعة", "ORG")] if "الجامعة" in text else []
    st = next(s for s in make(text, entities=entities).statements if s.cue.text == cue)
    assert st.speaker.text == speaker


def test_a_verb_with_a_pronoun_after_an_indefinite_noun_describes_it() -> None:
    # "في بلاغ نشرته": the pronoun on the verb is the communiqué, the verb's object; no report of the communiqué
    doc = make("وأوضحت المنظمة، في بلاغ نشرته على موقعها، أن المحكمة رفضت الطعن.")
    assert [s.speaker.text for s in doc.statements if s.cue.text == "نشرته"] == []


def test_a_verb_after_a_complementiser_with_its_pronoun_keeps_the_speaker() -> None:
    # "إنه يدعو المواطنين": the pronoun is the subject; the noun after the verb is the one called on
    doc = make("وقال الوزير إنه يدعو المواطنين إلى الهدوء.")
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [("قال", "الوزير"), ("يدعو", "الوزير")]


def test_the_subject_of_the_verb_that_issued_the_document_speaks_through_it() -> None:
    # an earlier source in the sentence (رئيس الحكومة) is not who issued the communiqué
    text = (
        "بعد إعلان رئيس الحكومة تركيبة حكومته، أصدرت الجامعة التونسية اليوم بلاغا أكدت من خلاله أنها تنأى عن المزايدات."
    )
    st = next(s for s in make(text).statements if s.cue.text == "أكدت")
    assert st.speaker.text == "الجامعة التونسية"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وأعلنت الجماعة أنها استهدفت سفينة تجارية، ردا على ما وصفته بالعدوان الأمريكي على اليمن.",
            "الجماعة",
            "العدوان الأمريكي على اليمن",
        ),
        (
            "وطالبت الحكومة مجلس الأمن بإنهاء التصرفات التي وصفتها بالإرهابية، ووضع آلية للتصدي لها.",
            "الحكومة",
            "الإرهابية",
        ),
        (
            "وقال الوزير إن الحكومة لن تقبل ما وصفته المعارضة بالحلول الترقيعية.",
            "المعارضة",
            "الحلول الترقيعية",
        ),
    ],
)
def test_what_someone_called_it_without_quotes_is_the_name_given(text, speaker, content) -> None:
    # the content is the phrase after بـ, not the clause before (which it used to copy)
    doc = make(text)
    st = next(s for s in doc.statements if s.cue.text.startswith("وصفت"))
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_the_clause_that_holds_a_name_given_is_not_cut_at_it() -> None:
    doc = make("وأعلنت الجماعة أنها استهدفت سفينة تجارية، ردا على ما وصفته بالعدوان الأمريكي على اليمن.")
    first = next(s for s in doc.statements if s.cue.text == "أعلنت")
    assert first.content.text.endswith("ما وصفته بالعدوان الأمريكي على اليمن")


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "ولم تعلق إسرائيل على تلك التقارير، لكنها قالت إنها ستمنع أي تمركز إيراني في سوريا.",
            [("إسرائيل", "LOC"), ("سوريا", "LOC")],
            "إسرائيل",
        ),
        (
            "وامتنع الجيش الإسرائيلي عن التعليق، لكنه قال في بيان إن قواته ردت على مصادر النيران.",
            [("الجيش الإسرائيلي", "ORG")],
            "الجيش الإسرائيلي",
        ),
    ],
)
def test_but_it_said_points_to_the_subject_of_the_clause_before(text, entities, speaker) -> None:
    # the pronoun on لكن is the one who declined to comment, not the last speaker of the article
    doc = make("وقال المرصد السوري إن الغارات استهدفت مستودعا في حمص. " + text, entities=entities)
    assert doc.statements[-1].speaker.text == speaker


def test_a_cue_spelt_like_its_verbal_noun_after_a_verb_is_no_report() -> None:
    # "تتولى كشف الحقيقة": undertakes uncovering the truth; nobody revealed anything, and تتولى is no speaker
    doc = make("وأصدر الرئيس مرسوما بتشكيل الهيئة الوطنية، تتولى كشف الحقيقة حول الانتهاكات الجسيمة.")
    assert [s.cue.text for s in doc.statements if s.cue.text == "كشف"] == []
    st = only(make("وفي تونس، كشف تقرير حديث عن ارتفاع نسبة البطالة.", entities=[("تونس", "LOC")]))
    assert (st.cue.text, st.speaker.text) == ("كشف", "تقرير حديث")


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # a lone phrase before بـ after و is the accused: the sentence's speaker goes on (comma or not) …
        (
            "ونفت حماس التقارير واتهمت إسرائيل بالكذب.",
            [("حماس", "ORG"), ("إسرائيل", "LOC")],
            ("حماس", "إسرائيل بالكذب"),
        ),
        # … and with no speaker to go on there is no report rather than the accused speaking
        (
            "ولم يصدر تعليق من القوات، التي تنفي استهداف المدنيين وتتهم الجيش بقصف الأحياء.",
            [],
            None,
        ),
        # with no report before it, the subject of the sentence's first verb accuses
        (
            "وتخشى تركيا قيام كيان كردي قرب حدودها وتتهم وحدات حماية الشعب الكردية بأنها امتداد لحزب العمال.",
            [("تركيا", "LOC"), ("وحدات حماية الشعب", "ORG"), ("حزب العمال", "ORG")],
            ("تركيا", "وحدات حماية الشعب الكردية بأنها امتداد لحزب العمال"),
        ),
        # an accuser and an accused, or the accused as a pronoun on the verb, still make the report
        (
            "وقالت الحركة إن الوضع هادئ. واتهمها الجيش الإسرائيلي بخرق الهدنة.",
            [("الجيش الإسرائيلي", "ORG")],
            ("الجيش الإسرائيلي", "بخرق الهدنة"),
        ),
    ],
)
def test_the_accused_after_a_conjunction_never_speaks(text, entities, expected) -> None:
    accusations = [s for s in make(text, entities=entities).statements if s.cue.text.startswith(("اتهم", "تتهم"))]
    if expected is None:
        assert accusations == []
    else:
        assert [(s.speaker.text, s.content.text) for s in accusations] == [expected]


def test_an_aside_on_the_statement_before_an_object_content() -> None:
    # "في بيان تلاه المتحدث باسمه مساء الأحد" says how it was announced; what was announced follows the comma
    text = "وأعلن الجيش النيجري، في بيان تلاه المتحدث باسمه مساء الأحد، مقتل 17 جنديا في كمين."
    st = only(make(text, entities=[("الجيش النيجري", "ORG")]))
    assert (st.speaker.text, st.content.text) == ("الجيش النيجري", "مقتل 17 جنديا في كمين")


def test_slogans_speak_for_those_who_raise_them() -> None:
    doc = make("ورفع المحتجون شعارات تندد بالمرسوم 54 وتطالب بإطلاق سراح الصحفيين.", entities=[("المرسوم 54", "MISC")])
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("المحتجون", "المرسوم 54"),
        ("المحتجون", "إطلاق سراح الصحفيين"),
    ]


def test_but_it_had_said_looks_past_the_auxiliaries() -> None:
    text = (
        "وقال المعارض جوهر بن مبارك إن السلطة تقمع الأصوات. ولم تعلق وزارة الداخلية على المسيرة، "
        "لكنها كانت قد أكدت في وقت سابق أن قوات الأمن تحمي حق التظاهر."
    )
    doc = make(text, entities=[("جوهر بن مبارك", "PER"), ("وزارة الداخلية", "ORG")])
    assert doc.statements[-1].speaker.text == "وزارة الداخلية"


def test_a_cue_without_its_required_word_is_a_plain_verb_whose_subject_speaks() -> None:
    # حمّل (blamed) needs المسؤولية; "وحمل المتظاهرون لافتات" is "carried", and its subject speaks through them
    doc = make("وحمل المتظاهرون لافتات عبرت عن رفضهم للأحزاب الحاكمة، كما طالبوا بتحسين الأحوال المعيشية.")
    assert [(s.speaker.text, s.cue.text) for s in doc.statements] == [("المتظاهرون", "عبرت"), ("المتظاهرون", "طالبوا")]


def test_a_publishing_subject_speaks_without_its_object() -> None:
    # "ونشرت الصحيفة الخبر، وقالت إن …": الخبر is what it published, not part of who speaks
    st = only(make("ونشرت الصحيفة الخبر، وقالت إن الملاكم فاز بفارق النقاط."))
    assert (st.speaker.text, st.content.text) == ("الصحيفة", "الملاكم فاز بفارق النقاط")


def test_an_opponent_speaks() -> None:
    text = 'وكتب خصمه الأخير، ديك سبيلمان، على حسابه الشخصي: "قلبي محطم تماما".'
    st = only(make(text, entities=[("ديك سبيلمان", "PER")]))
    assert st.speaker.text.startswith("خصمه الأخير")


def test_an_inherited_speaker_with_a_relative_clause_for_content_is_no_report() -> None:
    text = (
        "ونشرت الصحيفة افتتاحية منقولة عن تدوينة للكاتبة كانت قد نشرتها على صفحتها الرسمية على الفايسبوك، "
        "والتي تضم أكثر من عشرة ملايين متابع."
    )
    assert [s.cue.text for s in make(text).statements if s.cue.text == "نشرتها"] == []


def test_a_name_that_starts_with_lam_is_no_addressee() -> None:
    # "في شرق ليبيا": the ل is the name's first letter, not the preposition of "لرويترز"
    text = "ونفت السلطات في شرق ليبيا أن تكون قد تلقت تحذيرات مسبقة بشأن السدين."
    st = only(make(text, entities=[("ليبيا", "LOC")]))
    # (the seat, compass word and all, belongs to the speaker as "السلطات في ليبيا" does)
    assert (st.speaker.text, st.addressee, st.stance) == ("السلطات في شرق ليبيا", None, "deny")
    st = only(make("وقال الوزير لرويترز إن السدين لم يخضعا للصيانة.", entities=[("رويترز", "ORG")]))
    assert st.addressee is not None and st.addressee.text == "رويترز"


def test_but_it_after_no_comment_from_a_body_is_that_body() -> None:
    text = (
        "وقال مسعفون إن القصف طال السوق. ولم يصدر تعليق فوري من قوات الدعم السريع، التي تحاصر المدينة منذ مايو، "
        "لكنها نفت في السابق استهداف المدنيين."
    )
    doc = make(text, entities=[("قوات الدعم السريع", "ORG")])
    assert [(s.speaker.text, s.cue.text) for s in doc.statements] == [("مسعفون", "قال"), ("قوات الدعم السريع", "نفت")]


def test_what_they_called_speaks_for_the_plural_subject_not_the_last_speaker() -> None:
    first = "وقال رئيس الوزراء إن الاقتراع جرى بهدوء. "
    doc = make(
        first + "وتظاهر أنصار التيار الصدري في كركوك احتجاجا على ما وصفوه بتزوير النتائج.",
        entities=[("التيار الصدري", "ORG"), ("كركوك", "LOC")],
    )
    assert [(s.speaker.text, s.content.text) for s in doc.statements][1:] == [("أنصار التيار الصدري", "تزوير النتائج")]
    # no named subject: no report, rather than the prime minister's
    doc = make(first + "وتظاهر المئات في كركوك احتجاجا على ما وصفوه بتزوير النتائج.", entities=[("كركوك", "LOC")])
    assert [s.speaker.text for s in doc.statements] == ["رئيس الوزراء"]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # نفى + ه is written نفاه (the alif maqsura turns to alif before a pronoun)
        ("واتهمت قوات الدعم السريع الجيش بقصف مواقعها، وهو ما نفاه الجيش.", [("قوات الدعم السريع", "ORG")], "الجيش"),
        # a noun taking up the clause (وهو أمر، وهي اتهامات) is the object, the denier follows the verb
        ("وتتهم واشنطن طهران بتسليح الحوثيين، وهو أمر تنفيه إيران.", [("واشنطن", "LOC"), ("إيران", "LOC")], "إيران"),
        ("وتتهم إسرائيل الحركة باستخدام المستشفيات، وهي اتهامات تنفيها حماس.", [("حماس", "ORG")], "حماس"),
    ],
)
def test_a_denial_that_takes_up_the_clause_before(text, entities, speaker) -> None:
    doc = make(text, entities=entities)
    denial = [s for s in doc.statements if s.stance == "deny"]
    assert [s.speaker.text for s in denial] == [speaker]
    assert denial[0].content.text == doc.statements[0].content.text  # what the first source said


def test_one_of_the_residents_is_no_sunday() -> None:
    # أحد is also Sunday in the time words; bare, before a noun, it is "one of" and opens the speaker
    st = only(make("وقال أحد سكان البلدة إن القوة جرفت أراضي زراعية."))
    assert st.speaker.text == "أحد سكان البلدة"


def test_what_they_called_is_neither_the_last_speaker_nor_an_object() -> None:
    text = (
        "وقالت الصحيفة إن الشرطة تحقق في الأمر. وكانت شرطة جدة قد شكلت فريقا أمنيا لضبط عدد من الأشخاص، ما أثار "
        "استهجان العديد من المستخدمين، بينما علت نداءات بضبطهم وإيقاف ما وصفوه بالممارسات غير الأخلاقية."
    )
    # the callers are not named: no report (not the newspaper's, nor the security team's, an accusative object)
    assert [s.cue.text for s in make(text, entities=[("شرطة جدة", "ORG")]).statements] == ["قالت"]


def _with_place(text: str, name: str, precision: str) -> Document:
    """A Document of ``text`` whose one LOC entity ``name`` is resolved at ``precision``; statements extracted."""
    from marsad.document import Place

    doc = Document(text=text, published="2024-03-05")
    s = _find(text, name)
    place = Place(32.9, 13.2, "LY", name, precision=precision)  # type: ignore[arg-type]
    doc.entities.append(Entity(s, s + len(name), name, "LOC", place=place))
    return _EXT(_TOK(_SENT(doc)))


@pytest.mark.parametrize(
    ("text", "name", "speaker"),
    [
        ("وأعلن المجلس الاجتماعي لسوق الجمعة التوصل إلى اتفاق.", "سوق الجمعة", "المجلس الاجتماعي لسوق الجمعة"),
        ("وقال رئيس المجلس البلدي لمدينة حلب إن الوضع صعب.", "حلب", "رئيس المجلس البلدي لمدينة حلب"),
    ],
)
def test_a_town_after_lam_belongs_to_the_bodys_name(text, name, speaker) -> None:
    st = only(_with_place(text, name, "neighbourhood"))
    assert (st.speaker.text, st.addressee) == (speaker, None)


def test_a_country_after_lam_stays_an_addressee() -> None:
    st = only(_with_place("وقال المتحدث لليبيا إن الاتفاق قريب.", "ليبيا", "country"))
    assert st.speaker.text == "المتحدث"


def test_the_subject_after_but_speaks_past_its_description() -> None:
    text = (
        "وقال مصدر أمني إن الدفاعات أسقطت الطائرة. ولم تتبن أي جهة الهجوم، لكن فصائل مسلحة تنضوي تحت اسم "
        '"المقاومة الإسلامية" أعلنت مسؤوليتها عن هجمات مماثلة.'
    )
    doc = make(text, entities=[("المقاومة الإسلامية", "ORG")])
    # (the phrase may run on to تنضوي, spelt like a nisba adjective; the source it names is what matters)
    assert [s.speaker.text.split()[:2] for s in doc.statements] == [["مصدر", "أمني"], ["فصائل", "مسلحة"]]


def test_a_denial_verb_under_a_negation_denies_nothing() -> None:
    st = only(make("لكن خبير الجامعة لا ينفي أن الفنان ساهم في اللوحة."))
    assert (st.speaker.text, st.stance) == ("خبير الجامعة", "unconfirmed")


def test_a_prepositional_phrase_after_the_speaker_is_no_one_urged() -> None:
    st = only(make("وطالب غروندبرغ في بيان بالإفراج الفوري عن الموظفين.", entities=[("غروندبرغ", "PER")]))
    assert (st.speaker.text, st.addressee, st.content.text) == ("غروندبرغ", None, "الإفراج الفوري عن الموظفين")


def test_a_unit_and_the_body_it_belongs_to_speak_together() -> None:
    text = "وأعلنت كتيبة جنين التابعة لسرايا القدس أن مقاتليها يتصدون للقوات المقتحمة."
    st = only(make(text, entities=[("جنين", "LOC"), ("سرايا القدس", "ORG")]))
    assert st.speaker.text.startswith("كتيبة جنين") and st.addressee is None


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("أدانت محكمة سيدي امحمد وزيرين سابقين بالسجن النافذ 12 عاما.", []),  # a conviction
        ("وأدانت هيئة المحكمة المتهمين بالقتل العمد.", []),
        ("وأدانت هيئة علماء المسلمين الهجوم على المسجد.", ["هيئة علماء المسلمين"]),  # a condemnation
    ],
)
def test_a_court_that_convicts_says_nothing(text, speakers) -> None:
    assert [s.speaker.text for s in make(text).statements] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال ثلاثة مسؤولين أمريكيين إن الولايات المتحدة تدرس فرض عقوبات.", "ثلاثة مسؤولين أمريكيين"),
        ("وقال 3 دبلوماسيين إن القرار قريب.", "3 دبلوماسيين"),
    ],
)
def test_a_number_of_sources_speaks(text, speaker) -> None:
    assert only(make(text)).speaker.text == speaker


def test_declining_to_comment_says_nothing() -> None:
    text = "ورفض متحدث باسم الوزارة التعليق، فيما لم ترد السفارة على طلب للتعليق. ورفضت الحكومة الاتهامات."
    assert [(s.speaker.text, s.content.text) for s in make(text).statements] == [("الحكومة", "الاتهامات")]


@pytest.mark.parametrize(
    ("text", "entities", "addressee"),
    [
        ("وفي تصريح لقناة الجزيرة، قال المتحدث باسم الحركة إن المفاوضات متعثرة.", [("الجزيرة", "ORG")], "قناة الجزيرة"),
        ("وفي تصريح صحفي لرويترز، قال الوزير إن الأمر خطير.", [("رويترز", "ORG")], "رويترز"),
        ("وفي تصريح لافت، قال الوزير إن الأمر خطير.", [], None),  # an adjective spelt with ل
    ],
)
def test_the_interview_that_opens_the_sentence_names_the_addressee(text, entities, addressee) -> None:
    st = only(make(text, entities=entities))
    assert (st.addressee.text if st.addressee else None) == addressee


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأعلنت الوساطة السعودية الأمريكية أن طرفي النزاع وقعا على اتفاق.", "الوساطة السعودية الأمريكية"),
        ("وقال الوسطاء في بيان إن المحادثات ستستأنف الأسبوع المقبل.", "الوسطاء"),
    ],
)
def test_mediators_speak(text, speaker) -> None:
    assert only(make(text)).speaker.text == speaker


def test_an_adverb_spelt_with_lam_is_no_addressee() -> None:
    st = only(make("وأعلن وزير الداخلية مازن الفراية لاحقا حظر نشاطات الجماعة.", [("مازن الفراية", "PER")]))
    assert (st.speaker.text, st.addressee) == ("وزير الداخلية مازن الفراية", None)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("ودعا المبعوث إلى استئناف العملية السياسية وفق القرار 2254.", [("القرار 2254", "MISC")]),
        ("وتجري الانتخابات وفق الاتفاق الموقع في الدوحة.", [("الدوحة", "LOC")]),
    ],
)
def test_a_resolution_or_an_agreement_after_wafq_says_nothing(text, entities) -> None:
    assert [s.cue.text for s in make(text, entities).statements if s.cue.text.startswith("وفق")] == []


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "addressee"),
    [
        ("وقال المركز الإعلامي لقسد في بيان إن القصف مستمر.", [("قسد", "ORG")], "المركز الإعلامي لقسد", None),
        ("وقال المتحدث الرسمي للحركة إن الحركة لن ترد.", [], "المتحدث الرسمي للحركة", None),
        ("وقال المتحدث الرسمي لقناة الجزيرة إن الحركة لن ترد.", [("الجزيرة", "ORG")], "المتحدث الرسمي", "قناة الجزيرة"),
    ],
)
def test_a_spokesman_or_media_desk_is_of_the_body_after_lam(text, entities, speaker, addressee) -> None:
    st = only(make(text, entities))
    assert (st.speaker.text, st.addressee.text if st.addressee else None) == (speaker, addressee)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("ونقلت الصحيفة عن مسؤولين مطلعين أن الوسطاء قدموا مقترحا.", "مسؤولين مطلعين", "الوسطاء قدموا مقترحا"),
        ("ونقلت الوكالة عن مصدر مطلع على الملف أن المحادثات توقفت.", "مصدر مطلع", "المحادثات توقفت"),
        ("ونقلت الوكالة عن مصادر مطلعة على المحادثات، أن الاتفاق قريب.", "مصادر مطلعة", "الاتفاق قريب"),
    ],
)
def test_informed_sources_and_what_they_know_of(text, speaker, content) -> None:
    st = only(make(text))
    assert (st.speaker.text, st.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "وقالت المنسقة المقيمة للشؤون الإنسانية في السودان كليمنتاين سلامي إنها تشعر بالفزع.",
            [("السودان", "LOC"), ("كليمنتاين سلامي", "PER")],
            "المنسقة المقيمة للشؤون الإنسانية في السودان كليمنتاين سلامي",
        ),
        ("وقال المبعوث الأممي إلى سوريا إن الحل سياسي.", [("سوريا", "LOC")], "المبعوث الأممي إلى سوريا"),
        ("ودعا المبعوث الأممي إلى سوريا إلى وقف التصعيد.", [("سوريا", "LOC")], "المبعوث الأممي إلى سوريا"),
        (
            "وقال النائب عن كتلة الوفاء للمقاومة محمد رعد إن الكتلة صوتت له.",
            [("كتلة الوفاء للمقاومة", "ORG"), ("محمد رعد", "PER")],
            "النائب عن كتلة الوفاء للمقاومة محمد رعد",
        ),
    ],
)
def test_titles_of_coordinators_envoys_and_members(text, entities, speaker) -> None:
    assert only(make(text, entities)).speaker.text == speaker


def test_a_member_talking_about_a_topic_keeps_his_bare_title() -> None:
    st = make("وتحدث النائب عن أزمة الكهرباء.").statements
    assert [(s.speaker.text, s.content.text) for s in st] == [("النائب", "أزمة الكهرباء")]


def test_ships_in_a_sea_are_no_speaker() -> None:
    text = "وتشن الجماعة هجمات على سفن تجارية في البحر الأحمر تقول إنها مرتبطة بإسرائيل."
    assert make(text, [("البحر الأحمر", "LOC"), ("إسرائيل", "LOC")]).statements == []


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        (
            'وأفاد الأمين العام للاتحاد، الأحد بصفاقس "أن المفاوضات من أوكد الملفات".',
            [("صفاقس", "LOC")],
            "الأمين العام للاتحاد",
            "أن المفاوضات من أوكد الملفات",
        ),
        (
            "قال مسؤولون في وزارة الصحة بقطاع غزة إن سبعة فلسطينيين قتلوا.",
            [("وزارة الصحة", "ORG"), ("قطاع غزة", "LOC")],
            "مسؤولون في وزارة الصحة بقطاع غزة",
            "سبعة فلسطينيين قتلوا",
        ),
        ("وأفادت مصادر بسقوط قذائف على المدينة.", [], "مصادر", "سقوط قذائف على المدينة"),
    ],
)
def test_a_town_after_bi_before_the_content_and_a_masdar_after_bi(text, entities, speaker, content) -> None:
    st = only(make(text, entities))
    assert (st.speaker.text, st.content.text) == (speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "واتهمت الحكومة الإمارات بتزويد المتمردين بالسلاح، وهو ما نفته أبوظبي مرارا.",
        "واتهمت الحكومة الإمارات بتزويد المتمردين بالسلاح، وهو ما تنفيه أبوظبي بشدة.",
    ],
)
def test_a_denial_ending_in_an_adverb_denies_the_clause_it_resumes(text) -> None:
    denial = make(text, [("الإمارات", "LOC"), ("أبوظبي", "LOC")]).statements[-1]
    assert (denial.stance, denial.content.text) == ("deny", "الإمارات بتزويد المتمردين بالسلاح")


def test_an_adverb_before_the_object_keeps_the_object() -> None:
    st = only(make("ودانت البحرين بشدة، الأحد، إطلاق عدة صواريخ بالستية.", [("البحرين", "LOC")]))
    assert st.content.text.endswith("إطلاق عدة صواريخ بالستية")


def test_a_call_for_the_thing_named_before_is_no_report() -> None:
    assert make("وتحولت احتجاجات دعت إليها مجموعة شبابية إلى مواجهات.").statements == []


def test_an_agency_and_its_head_after_lam_belong_to_the_title() -> None:
    text = "ورحب المفوض العام لوكالة الأونروا فيليب لازاريني بدخول المساعدات."
    st = only(make(text, [("الأونروا", "ORG"), ("فيليب لازاريني", "PER")]))
    assert (st.speaker.text, st.addressee) == ("المفوض العام لوكالة الأونروا فيليب لازاريني", None)


def test_a_plural_verb_is_no_continuation_of_one_person() -> None:
    text = (
        "وقال رئيس اللجنة عطوان العطواني إن الموازنة عادلة. غير أن نوابا انسحبوا من الجلسة ووصفوها بأنها مجحفة. "
        "وقال قادة الفصائل إن الهدنة صامدة. وأضافوا أن الخروقات محدودة."
    )
    doc = make(text, [("عطوان العطواني", "PER")])
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [
        ("قال", "رئيس اللجنة عطوان العطواني"),
        ("قال", "قادة الفصائل"),
        ("أضافوا", "قادة الفصائل"),
    ]


def test_a_past_verb_describing_the_speakers_leads_to_the_content() -> None:
    st = only(make("وأكد شهود عيان تحدثوا لفرانس برس أن الجنود انتشروا في المدينة.", [("فرانس برس", "ORG")]))
    assert (st.addressee.text, st.content.text) == ("فرانس برس", "الجنود انتشروا في المدينة")


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "وقاطع التيار الصدري الانتخابات، ودعا أنصاره إلى عدم المشاركة.",
            [("التيار الصدري", "ORG")],
            "التيار الصدري",
        ),
        ("وقال الزعيم إن الحزب سيقاطع، ودعا أنصاره إلى الهدوء.", [], "الزعيم"),
    ],
)
def test_his_supporters_after_a_joined_call_are_the_ones_urged(text, entities, speaker) -> None:
    call = next(s for s in make(text, entities).statements if s.cue.text == "دعا")
    assert (call.speaker.text, call.addressee.text) == (speaker, "أنصاره")


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        # a compass word before the body's country, then the name
        (
            "وقال المتحدث باسم جهاز الإسعاف في شرق ليبيا أسامة علي إن الوضع صعب.",
            [("ليبيا", "LOC"), ("أسامة علي", "PER")],
            "المتحدث باسم جهاز الإسعاف في شرق ليبيا أسامة علي",
        ),
        # the seat after a body's name, then the person
        (
            "وحذر رئيس بعثة الاتحاد الدولي للصليب الأحمر في ليبيا تامر رمضان من أن الحصيلة سترتفع.",
            [("الاتحاد الدولي للصليب الأحمر", "ORG"), ("ليبيا", "LOC"), ("تامر رمضان", "PER")],
            "رئيس بعثة الاتحاد الدولي للصليب الأحمر في ليبيا تامر رمضان",
        ),
        # a title's ل-genitive, then the name: no addressee
        (
            "وقال الرئيس الروحي للطائفة الدرزية الشيخ حكمت الهجري في بيان إنه يرفض دخول القوات.",
            [("حكمت الهجري", "PER")],
            "الرئيس الروحي للطائفة الدرزية الشيخ حكمت الهجري",
        ),
    ],
)
def test_the_speaker_runs_through_a_seat_or_a_genitive_to_the_name(text, entities, speaker) -> None:
    st = only(make(text, entities))
    assert (st.speaker.text, st.addressee) == (speaker, None)


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "addressee"),
    [
        ("وقال الوزير للصحفيين إنه يرفض ذلك.", [], "الوزير", "لصحفيين"),  # the press, though صحفيون can speak
        ("وأوضح الرئيس للسيد شي أن هناك أمرا مهما.", [("شي", "PER")], "الرئيس", "لسيد شي"),  # a person told
        ("ونفى الرئيس في كلمة خلال لقائه وزير الداخلية أن تكون البلاد معبرا.", [], "الرئيس", None),  # لقاء
        (
            "وقالت كتائب القسام، الجناح العسكري لحركة حماس، إن العملية فشلت.",
            [("كتائب القسام", "ORG")],
            "كتائب القسام",
            None,
        ),
        (  # a surname in ال before the ل-phrase: still the one told
            "وقال المدير الجهوي، مراد المشري لوكالة الأنباء إن الحريق انطفأ.",
            [("مراد المشري", "PER")],
            None,
            "وكالة الأنباء",
        ),
    ],
)
def test_who_was_told_and_who_was_not(text, entities, speaker, addressee) -> None:
    st = only(make(text, entities))
    if speaker is not None:
        assert st.speaker.text == speaker
    assert (st.addressee.text if st.addressee else None) == addressee


def test_a_negated_verb_after_a_resumptive_takes_up_the_clause_before() -> None:
    said, unconfirmed = make("وقالت الحركة إن العملية أدت إلى مقتل ثلاثة رهائن، وهو ما لم يؤكده الجيش.").statements
    assert said.content.text == unconfirmed.content.text == "العملية أدت إلى مقتل ثلاثة رهائن"
    assert (unconfirmed.speaker.text, unconfirmed.stance) == ("الجيش", "unconfirmed")


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        (  # a body's name in quotes is the speaker
            'وأعلنت "المقاومة الإسلامية في العراق" مسؤوليتها عن هجمات بطائرات مسيرة.',
            [("المقاومة الإسلامية في العراق", "ORG")],
            '"المقاومة الإسلامية في العراق"',
            "مسؤوليتها عن هجمات بطائرات مسيرة",
        ),
        (  # a description between commas, then the object noun
            "وأعلنت جماعة نصرة الإسلام، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم.",
            [("جماعة نصرة الإسلام", "ORG"), ("القاعدة", "ORG")],
            "جماعة نصرة الإسلام",
            "مسؤوليتها عن الهجوم",
        ),
        (  # … or a lead-in to it; the platform that carried the statement relays nobody
            "وأعلنت الجماعة، المرتبطة بتنظيم القاعدة، في بيان نقلته منصة الزلاقة مسؤوليتها عن الهجوم، وزعمت أنها "
            "سيطرت على الثكنة.",
            [("القاعدة", "ORG")],
            "الجماعة",
            "مسؤوليتها عن الهجوم",
        ),
        ("وأعلن الرئيس الحداد، فيما أمر النائب العام بفتح تحقيق.", [], "الرئيس", "الحداد"),  # فيما: another clause
    ],
)
def test_claims_of_responsibility_and_object_contents(text, entities, speaker, content) -> None:
    st = make(text, entities).statements[0]
    assert (st.speaker.text, st.content.text) == (speaker, content)
    assert all(s.cue.text != "نقلته" for s in make(text, entities).statements)


@pytest.mark.parametrize(
    "text",
    ["المغرب يبلغ نصف نهائي كأس العالم", "ليصبح المغرب أول منتخب عربي يبلغ هذا الدور.", "الذي يبلغ مداه ألف كيلومتر."],
)
def test_yablugh_reaching_is_no_telling(text) -> None:
    assert make(text).statements == []


def test_yablugh_with_what_is_told_still_tells() -> None:
    st = only(make("ويبلغ الوزير نظيره بأن الاتفاق انتهى."))
    assert (st.cue.text, st.addressee.text, st.content.text) == ("يبلغ", "نظيره", "الاتفاق انتهى")


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "content"),
    [
        (
            "وأعلنت قناة المسيرة التابعة للحوثيين مقتل ستة أشخاص.",
            [("المسيرة", "ORG"), ("لحوثيين", "ORG")],
            "قناة المسيرة التابعة للحوثيين",
            "مقتل ستة أشخاص",
        ),
        (  # the body's seat after its owner
            "وكشفت وزارة الداخلية التابعة لحركة حماس في قطاع غزة، عن تفاصيل العمليتين.",
            [("وزارة الداخلية", "ORG"), ("حماس", "ORG"), ("قطاع غزة", "LOC")],
            "وزارة الداخلية التابعة لحركة حماس في قطاع غزة",
            "تفاصيل العمليتين",
        ),
        (  # a head noun, then the body's name
            "وقالت الحركة الموالية لتنظيم القاعدة إن مقاتليها هاجموا المقر.",
            [("القاعدة", "ORG")],
            "الحركة الموالية لتنظيم القاعدة",
            "مقاتليها هاجموا المقر",
        ),
        ("وأعلن المكتب المركزي للأبحاث القضائية تفكيك خلية.", [], "المكتب المركزي للأبحاث القضائية", "تفكيك خلية"),
    ],
)
def test_whose_body_it_is_belongs_to_the_speaker(text, entities, speaker, content) -> None:
    st = only(make(text, entities))
    assert (st.speaker.text, st.content.text, st.addressee) == (speaker, content, None)


def test_contenting_oneself_with_saying_reports() -> None:
    text = 'ورفض متحدث باسم البيت الأبيض التعليق، مكتفيا بالقول إن واشنطن "تدعم أي جهود للتهدئة".'
    st = only(make(text, [("البيت الأبيض", "ORG")]))
    assert (st.cue.text, st.speaker.text) == ("مكتفيا", "متحدث باسم البيت الأبيض")
    assert st.content.text.startswith("واشنطن")
    assert make("واكتفت الوزارة بإصدار بيان مقتضب.").statements == []  # no saying: no report


def test_an_outlets_quoted_name_after_its_adjectives() -> None:
    st = only(make('وقالت وكالة الأنباء الرسمية "سانا" إن الجيش تقدم.'))
    assert (st.speaker.text, st.content.text) == ('وكالة الأنباء الرسمية "سانا"', "الجيش تقدم")


def test_a_student_is_no_demand_and_a_committee_keeps_its_lam() -> None:
    assert make("وقضت المحكمة بإعدام متهمين في قضية مقتل طالب جامعي طعنا أمام بوابة الجامعة.").statements == []
    st = only(make("وقتل ثلاثة متظاهرين، بحسب لجنة أطباء السودان المركزية."))
    assert st.speaker.text == "لجنة أطباء السودان المركزية"


def test_a_body_named_again_by_its_head_speaks_and_its_statement_verb_does_not() -> None:
    text = "أعلنت هيئة النزاهة اعتقال مسؤولين. وأكدت الهيئة أن التحقيق مستمر."
    _announced, second = make(text, [("هيئة النزاهة", "ORG")]).statements
    assert (second.speaker.text, second.content.text) == ("الهيئة", "التحقيق مستمر")
    text = 'وأوضحت الوزارة في بيان نشرته على صفحتها الرسمية أن "مجهولين أطلقوا النار".'
    st = only(make(text))
    assert (st.cue.text, st.speaker.text) == ("أوضحت", "الوزارة")


def test_coordination_committees_emergency_rooms_and_universities_speak() -> None:
    st = only(make("قالت تنسيقية لجان المقاومة إن القوات قصفت المخيم."))
    assert (st.speaker.text, st.content.text) == ("تنسيقية لجان المقاومة", "القوات قصفت المخيم")
    st = only(make("وأفادت غرفة طوارئ المدينة أن خمسة مدنيين قتلوا."))
    assert st.speaker.text == "غرفة طوارئ المدينة"


def test_a_participle_after_and_leaves_the_conjunction_out_of_the_cue() -> None:
    _said, added = make("وقال الوزير إن الوضع صعب، ومرجحا أن تستمر الأزمة.").statements
    assert (added.cue.text, added.speaker.text, added.content.text) == ("مرجحا", "الوزير", "تستمر الأزمة")


def test_claiming_and_voicing_participles_report() -> None:
    text = "وتبنت حركة الشباب الهجوم في بيان، زاعمة أنها قتلت عشرين جنديا. وأدان الوزير الهجوم، معربا عن قلقه."
    cues = {s.cue.text: s for s in make(text, [("الشباب", "ORG")]).statements}
    assert cues["زاعمة"].speaker.text == "حركة الشباب" and cues["زاعمة"].content.text.startswith("قتلت")
    assert cues["معربا"].content.text == "قلقه"


def test_a_toll_between_the_speaker_and_the_content_is_no_content() -> None:
    st = only(make("وأعلنت وزارة الصحة في حصيلة غير نهائية أن الغارات أسفرت عن مقتل ثلاثة أشخاص."))
    assert (st.speaker.text, st.content.text) == ("وزارة الصحة", "الغارات أسفرت عن مقتل ثلاثة أشخاص")


def test_no_noun_phrase_runs_from_a_definite_word_into_an_indefinite_one() -> None:
    """ "سفينة تجارية قالت إنها": a clause describing the ship; the phrase back from قالت stops at قوات الجماعة,
    which an indefinite word cannot follow in one phrase."""
    text = "وأعلن المتحدث أن قوات الجماعة استهدفت سفينة تجارية قالت إنها مملوكة لشركة أجنبية."
    doc = make(text, [("المتحدث", "PER")])
    assert [s.speaker.text for s in doc.statements if s.cue.text == "قالت"] in ([], ["المتحدث"])
    st = only(make("وقالت منظمة أطباء بلا حدود إن المستشفى قصف."))
    assert st.speaker.text == "منظمة أطباء بلا حدود"
    st = only(make("بثت القناة لقطات قالت إنها تظهر القصف."))
    assert st.speaker.text == "القناة"


def test_a_broken_plural_in_aya_is_no_adjective_of_the_accuser() -> None:
    st = only(make("واتهم مسؤولون محليون خلايا تابعة للتنظيم بالوقوف وراء التفجير."))
    assert st.speaker.text == "مسؤولون محليون" and st.content.text.startswith("خلايا")


def test_a_word_opened_by_a_preposition_is_no_speaker_before_a_quotation() -> None:
    text = 'واستدعت الجزائر سفيرها "بأثر فوري"، احتجاجا على ما وصفته بتصريحات "عدائية" للرئيس الفرنسي.'
    st = only(make(text, [("الجزائر", "LOC")]))
    assert st.speaker.text == "الجزائر" and st.content.text.startswith("تصريحات")


def test_a_denial_resuming_the_clause_before_keeps_it_whatever_describes_its_speaker() -> None:
    text = "واتهمت الحركة الجيش باستخدامه ثكنة عسكرية، وهو ما نفته منظمات إنسانية تعمل في المنطقة."
    _accused, denied = make(text, [("الحركة", "ORG")]).statements
    assert (denied.stance, denied.speaker.text) == ("deny", "منظمات إنسانية")
    assert denied.content.text == "الجيش باستخدامه ثكنة عسكرية"
    text = "وحصلت المغنية على أجر، وهو ما اعتبره عدد من المواطنين أجرا مرتفعا."
    assert only(make(text)).content.text == "أجرا مرتفعا"  # what it was called follows the speaker


def test_the_internationally_recognised_government_is_one_speaker() -> None:
    st = only(make("ونددت الحكومة اليمنية المعترف بها دوليا بالأحكام.", [("الحكومة اليمنية", "ORG")]))
    assert (st.speaker.text, st.content.text) == ("الحكومة اليمنية المعترف بها دوليا", "الأحكام")


def test_an_office_named_by_its_field_belongs_to_the_source() -> None:
    text = "وقال مصدر في دائرة صحة ذي قار لوكالة فرانس برس إن أحد القتيلين أصيب برصاصة في الرأس."
    st = only(make(text, [("ذي قار", "LOC"), ("فرانس برس", "ORG")]))
    assert (st.speaker.text, st.addressee.text) == ("مصدر في دائرة صحة ذي قار", "وكالة فرانس برس")
    assert st.content.text == "أحد القتيلين أصيب برصاصة في الرأس"
    st = only(make("وقال مسؤول في مكتب رئيس الوزراء إن الطريق مغلق."))
    assert st.speaker.text == "مسؤول في مكتب رئيس الوزراء"


def test_a_body_in_quotes_then_a_name_belongs_to_the_speaker() -> None:
    text = 'وقال القيادي في "إدارة العمليات العسكرية" حسن عبد الغني إن المقاتلين دخلوا المدينة.'
    st = only(make(text, [("إدارة العمليات العسكرية", "ORG"), ("حسن عبد الغني", "PER")]))
    assert st.speaker.text == 'القيادي في "إدارة العمليات العسكرية" حسن عبد الغني'
    st = only(make("وقال مسؤول في «حزب الله» إن الحزب لن يرد.", [("حزب الله", "ORG")]))
    assert (st.speaker.text, st.content.text) == ("مسؤول في «حزب الله»", "الحزب لن يرد")


def test_a_relative_whose_verb_disagrees_is_what_is_said_about() -> None:
    """ "السفن التي يقولون إنها …": the ships are spoken of; the sentence's subject speaks. "الحوثيين الذين
    يؤكدون": the verb agrees, so they speak."""
    text = "ويشن الحوثيون هجمات على السفن التي يقولون إنها مرتبطة بإسرائيل."
    st = only(make(text, [("الحوثيون", "ORG"), ("إسرائيل", "LOC")]))
    assert (st.speaker.text, st.content.text) == ("الحوثيون", "مرتبطة بإسرائيل")
    text = "واعتقلت الشرطة في بغداد الرجل الذي تقول إنه قاد الهجوم."
    assert only(make(text, [("بغداد", "LOC")])).speaker.text == "الشرطة في بغداد"
    text = "وقالت المصادر إن القوات هاجمت الحوثيين الذين يؤكدون أنهم يسيطرون على المدينة."
    speakers = [s.speaker.text for s in make(text, [("الحوثيين", "ORG")]).statements]
    assert speakers == ["المصادر", "الحوثيين"]


def test_a_relative_with_its_own_subject_after_the_verb_is_not_the_noun_before() -> None:
    text = "وأدان الرئيس الهجوم الذي يقول الجيش إنه استهدف المدنيين."
    doc = make(text, [("الرئيس", "PER")])
    assert [s.speaker.text for s in doc.statements if s.cue.text == "يقول"] in ([], ["الجيش"])


def test_a_masdar_content_ends_where_a_name_and_a_present_verb_open_a_clause() -> None:
    text = "الحوثيون يعلنون استهداف سفينة في البحر الأحمر وواشنطن ترد بغارات على الحديدة"
    ents = [("الحوثيون", "ORG"), ("البحر الأحمر", "LOC"), ("واشنطن", "LOC"), ("الحديدة", "LOC")]
    st = only(make(text, ents))
    assert st.content.text == "استهداف سفينة في البحر الأحمر"


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "وقال النائب عن تحالف السيادة خالد العبيدي للصحفيين إن كتلته لن تصوت على المرشح.",
            [("تحالف السيادة", "ORG"), ("خالد العبيدي", "PER")],
            "النائب عن تحالف السيادة خالد العبيدي",
        ),
        (
            "وقال عضو مجلس النواب عن محافظة نينوى أحمد الجبوري إن الوضع الأمني مستقر.",
            [("مجلس النواب", "ORG"), ("نينوى", "LOC"), ("أحمد الجبوري", "PER")],
            "عضو مجلس النواب عن محافظة نينوى أحمد الجبوري",
        ),
    ],
)
def test_a_delegate_for_a_bloc_or_a_province_then_his_name(text, entities, speaker) -> None:
    (st,) = make(text, entities).statements
    assert st.speaker.text == speaker


def test_a_bodys_seat_with_a_short_relative_clause_comes_before_the_content() -> None:
    text = "وقال سالم الكعبي من اللجنة الوطنية لحقوق الإنسان بقطر التي تديرها الدولة إن السلطات أغلقت المعبر."
    ents = [("سالم الكعبي", "PER"), ("اللجنة الوطنية لحقوق الإنسان", "ORG"), ("قطر", "LOC")]
    (st,) = make(text, ents).statements
    assert (st.addressee, st.content.text) == (None, "السلطات أغلقت المعبر")


def test_a_sources_second_name_after_a_postposed_attribution_is_no_content() -> None:
    text = "وتعد المنطقة من أفقر مناطق البلاد وفق أرقام المندوبية السامية للتخطيط، هيئة الإحصاء الرسمية."
    ents = [("المندوبية السامية للتخطيط", "ORG"), ("هيئة الإحصاء الرسمية", "ORG")]
    (st,) = make(text, ents).statements
    assert st.content.text == "تعد المنطقة من أفقر مناطق البلاد"


def test_a_hedged_count_of_people_speaks() -> None:
    (st,) = make("وقال نحو 20 مسؤولا محليا إن الحكومة فشلت في إدارة الأزمة.").statements
    assert (st.speaker.text, st.content.text) == ("نحو 20 مسؤولا محليا", "الحكومة فشلت في إدارة الأزمة")


def test_a_sound_plurals_adjectives_agree_and_the_next_noun_is_the_object() -> None:
    (st,) = make("ونفى ناشطون محليون رواية الوزارة عن الاعتقالات.").statements
    assert (st.speaker.text, st.content.text) == ("ناشطون محليون", "رواية الوزارة عن الاعتقالات")


def test_asking_anonymity_ends_the_outlet_told() -> None:
    text = "وقال مصدر عسكري لوكالة فرانس برس طالبا عدم كشف هويته إن المهاجمين وصلوا على دراجات نارية."
    (st,) = make(text, [("فرانس برس", "ORG")]).statements
    assert (st.addressee.text, st.content.text) == ("وكالة فرانس برس", "المهاجمين وصلوا على دراجات نارية")


def test_a_quotation_then_thus_and_a_verb() -> None:
    """'"…"، هكذا رد X على …': the verb after هكذا reports the quotation before it, its speaker after it."""
    text = '"لم نوقع أي اتفاق نهائي"، هكذا رد المتحدث باسم الحكومة على تقارير عن صفقة نفطية.'
    st = make(text).statements[0]
    assert (st.speaker.text, st.cue.text, st.content.text, st.direct) == (
        "المتحدث باسم الحكومة",
        "رد",
        "لم نوقع أي اتفاق نهائي",
        True,
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("ولم يؤكد الجيش ولم ينف مقتل الجنود في الكمين.", "الجيش", "مقتل الجنود في الكمين"),
        # after "but he" the negated verb is a report of the sentence's speaker
        (
            "وقال المستشار إن المفاوضات قطعت شوطا كبيرا، لكنه لم يؤكد ولم ينف توقيع أي وثيقة.",
            "المستشار",
            "توقيع أي وثيقة",
        ),
    ],
)
def test_neither_confirmed_nor_denied_is_one_unconfirmed_report(text, speaker, content) -> None:
    st = make(text).statements[-1]
    assert (st.speaker.text, st.stance, st.content.text) == (speaker, "unconfirmed", content)


def test_a_dual_verb_does_not_go_on_with_a_single_speaker() -> None:
    text = "وأكد البيان أن الجانبين جددا التزامهما بالاتفاق، ورحبا بالتقدم المحرز في الملف القنصلي."
    assert [s.cue.text for s in make(text).statements] == ["أكد"]
    text = "وقال الرئيسان إن العلاقات ممتازة، وأكدا أهمية التعاون."
    assert [(s.speaker.text, s.cue.text) for s in make(text).statements] == [("الرئيسان", "قال"), ("الرئيسان", "أكدا")]


def test_praising_after_a_warning_is_a_report_of_its_own() -> None:
    text = 'وحذرت المنظمة من "خطر انتشار المرض"، مشيدة في الوقت ذاته بسرعة استجابة السلطات.'
    assert [(s.cue.text, s.content.text) for s in make(text).statements] == [
        ("حذرت", "خطر انتشار المرض"),
        ("مشيدة", "سرعة استجابة السلطات"),
    ]


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "وقال المدير الفني للأهلي مارسيل كولر في المؤتمر الصحفي إن لاعبيه قدموا مباراة كبيرة.",
            [("لأهلي", "ORG"), ("مارسيل كولر", "PER")],
            "المدير الفني للأهلي مارسيل كولر",
        ),
        ("وأعلن الاتحاد المصري لكرة القدم تكريم اللاعبين الأسبوع المقبل.", [], "الاتحاد المصري لكرة القدم"),
    ],
)
def test_sports_titles_and_bodies_speak_whole(text, entities, speaker) -> None:
    (st,) = make(text, entities).statements
    assert (st.speaker.text, st.addressee) == (speaker, None)


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "addressee"),
    [
        (
            "ونفى مصدر أمني لبناني لوكالة فرانس برس أن يكون الجيش قد انسحب من مواقعه.",
            [("فرانس برس", "ORG")],
            "مصدر أمني لبناني",
            "وكالة فرانس برس",
        ),
        ("وقال مسؤول ليبي لرويترز إن المفاوضات تعثرت.", [("رويترز", "ORG")], "مسؤول ليبي", "رويترز"),
        ("وقال مسؤول لبناني إن المفاوضات تعثرت.", [], "مسؤول لبناني", None),
    ],
)
def test_a_nationality_whose_first_letter_is_lam_is_no_addressee(text, entities, speaker, addressee) -> None:
    (st,) = make(text, entities).statements
    assert (st.speaker.text, st.addressee.text if st.addressee else None) == (speaker, addressee)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وهدد الحوثيون باستهداف السفن وأطلقوا صاروخا على ميناء إيلات.", "استهداف السفن"),
        ("وطالب المحتجون بالإفراج عن المعتقلين وأغلقوا الطريق الرئيسي.", "الإفراج عن المعتقلين"),
        # a verbal noun joined by و is still what was denied; a verb inside a relative clause is the clause's
        ("وتنفي الحكومة قصف المستشفى وتدمير المنازل.", "قصف المستشفى وتدمير المنازل"),
        ("وتنتقد المعارضة طبقة سياسية لا يمكن إزاحتها وتتقاسم المناصب.", "طبقة سياسية لا يمكن إزاحتها وتتقاسم المناصب"),
    ],
)
def test_a_noun_content_ends_at_a_second_verb_of_the_same_subject(text, content) -> None:
    st = make(text).statements[0]
    assert st.content.text == content


def test_an_indefinite_adjective_ends_the_speakers_construct_chain() -> None:
    (st,) = make("أعلنت مصادر روسية وسورية التوصل إلى اتفاق بشأن خروج المسلحين.").statements
    assert (st.speaker.text, st.content.text) == ("مصادر روسية وسورية", "التوصل إلى اتفاق بشأن خروج المسلحين")


def test_themselves_stays_with_the_speaker() -> None:
    (st,) = make("فيما نفى المسلحون أنفسهم التوصل إلى اتفاق.").statements
    assert (st.speaker.text, st.content.text) == ("المسلحون أنفسهم", "التوصل إلى اتفاق")


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            'وقال عضو تنسيقية "أوقفوا التلوث" خير الدين دبية إن السلطات تتجاهل مطالب الأهالي.',
            [("أوقفوا التلوث", "ORG"), ("خير الدين دبية", "PER")],
            'عضو تنسيقية "أوقفوا التلوث" خير الدين دبية',
        ),
        (
            'وقال رئيس جمعية "نور" منير العياري إن السلطات تتجاهل مطالب الأهالي.',
            [("نور", "ORG"), ("منير العياري", "PER")],
            'رئيس جمعية "نور" منير العياري',
        ),
    ],
)
def test_a_body_named_in_quotes_then_a_persons_name_speaks_whole(text, entities, speaker) -> None:
    (st,) = make(text, entities).statements
    assert (st.speaker.text, st.content.text) == (speaker, "السلطات تتجاهل مطالب الأهالي")


@pytest.mark.parametrize(
    ("text", "entities", "speaker"),
    [
        (
            "وقال قائد الأمن الداخلي في محافظة ريف دمشق العميد أحمد الدالاتي إن عناصر الحاجز رصدوا السيارة.",
            [("ريف دمشق", "LOC"), ("أحمد الدالاتي", "PER")],
            "قائد الأمن الداخلي في محافظة ريف دمشق العميد أحمد الدالاتي",
        ),
        (
            "وقال مدير الصحة في إدلب زهير القراط إن المستشفيات ممتلئة.",
            [("إدلب", "LOC"), ("زهير القراط", "PER")],
            "مدير الصحة في إدلب زهير القراط",
        ),
    ],
)
def test_an_offices_province_then_the_holders_rank_and_name(text, entities, speaker) -> None:
    (st,) = make(text, entities).statements
    assert st.speaker.text == speaker


def test_lam_after_a_meeting_names_whose_meeting_it_was() -> None:
    (st,) = make("وقال الوزير خلال اجتماع للحكومة إن الخطة جاهزة.").statements
    assert (st.addressee, st.content.text) == (None, "الخطة جاهزة")


@pytest.mark.parametrize(
    ("text", "entities", "speaker", "addressee"),
    [
        # a noun in ية (بلدية) takes a genitive; an adjective (حقوقية) ends the phrase before a name
        (
            "وقال رئيس بلدية المنطقة، الذي طلب عدم ذكر اسمه، لوكالة فرانس برس إن المهاجمين وصلوا.",
            [("فرانس برس", "ORG")],
            "رئيس بلدية المنطقة",
            "وكالة فرانس برس",
        ),
        (
            "وتتهم منظمات حقوقية الاتحاد الأوروبي بتمويل عمليات الاعتراض.",
            [("الاتحاد الأوروبي", "ORG")],
            "منظمات حقوقية",
            None,
        ),
        (
            "وقال وزير خارجية تركيا مولود تشاوش أوغلو إن بلاده لا تمانع.",
            [("تركيا", "LOC"), ("مولود تشاوش أوغلو", "PER")],
            "وزير خارجية تركيا مولود تشاوش أوغلو",
            None,
        ),
        ("وأعلن المجلس العسكري الحاكم الحداد الوطني.", [("المجلس العسكري", "ORG")], "المجلس العسكري الحاكم", None),
    ],
)
def test_what_an_indefinite_adjective_and_a_noun_in_iya_do_to_a_speaker(text, entities, speaker, addressee) -> None:
    st = make(text, entities).statements[0]
    assert (st.speaker.text, st.addressee.text if st.addressee else None) == (speaker, addressee)


def test_a_quoted_name_after_a_definite_speaker_is_the_accused() -> None:
    text = 'وتتهم إسرائيل "فيلق القدس" الإيراني بإطلاق 20 صاروخا على مواقعها.'
    (st,) = make(text, [("إسرائيل", "LOC"), ("فيلق القدس", "ORG")]).statements
    assert st.speaker.text == "إسرائيل"


def test_a_hospital_speaks_with_a_masculine_verb() -> None:
    (st,) = make("وقال مستشفى الشفاء إن خمسة جرحى وصلوا.", [("مستشفى الشفاء", "LOC")]).statements
    assert (st.speaker.text, st.content.text) == ("مستشفى الشفاء", "خمسة جرحى وصلوا")


def test_a_speaker_goes_on_past_an_acronym_in_brackets() -> None:
    text = "وقالت وحدة تنسيق أعمال الحكومة (كوغات) التابعة لوزارة الدفاع إنها سهلت دخول الشاحنات."
    (st,) = make(text, [("وحدة تنسيق أعمال الحكومة", "ORG"), ("كوغات", "ORG"), ("وزارة الدفاع", "ORG")]).statements
    assert (st.speaker.text, st.content.text) == (
        "وحدة تنسيق أعمال الحكومة (كوغات) التابعة لوزارة الدفاع",
        "سهلت دخول الشاحنات",
    )
    # the acronym alone after the name is no part of the speaker
    text = "وقالت قوات سوريا الديمقراطية (قسد) إن مقاتليها صدوا الهجوم."
    (st,) = make(text, [("قوات سوريا الديمقراطية", "ORG"), ("قسد", "ORG")]).statements
    assert (st.speaker.text, st.content.text) == ("قوات سوريا الديمقراطية", "مقاتليها صدوا الهجوم")


def test_an_acting_office_holder_speaks_whole() -> None:
    text = "وقال رئيس البرلمان بالنيابة محسن المندلاوي في مؤتمر صحفي إن إقرار الموازنة سيفتح الباب."
    (st,) = make(text, [("محسن المندلاوي", "PER")]).statements
    assert st.speaker.text == "رئيس البرلمان بالنيابة محسن المندلاوي"


def test_no_confirmation_issued_is_no_ones_statement_and_ends_the_content_before_it() -> None:
    text = "وأفاد مصدر دبلوماسي بأن الدوحة قررت تعليق وساطتها، فيما لم يصدر تأكيد رسمي لهذا القرار."
    (st,) = make(text, [("الدوحة", "LOC")]).statements
    assert (st.speaker.text, st.content.text) == ("مصدر دبلوماسي", "الدوحة قررت تعليق وساطتها")


def test_a_call_ends_where_but_he_begins() -> None:
    text = "ودعا الشيخ حكمت الهجري إلى ضبط النفس، لكنه رفض دخول القوات الحكومية إلى المدينة."
    (st,) = make(text, [("حكمت الهجري", "PER")]).statements
    assert st.content.text == "ضبط النفس"


def test_a_source_after_a_while_clause_vouches_for_that_clause_only() -> None:
    text = (
        "وقال الوزير إن بلاده لن تقف مكتوفة الأيدي، فيما شنت طائرات حربية غارات على دبابات قرب البلدة، "
        "بحسب ما ذكرت وسائل إعلام محلية."
    )
    said, reported = make(text, []).statements
    assert (said.speaker.text, said.content.text) == ("الوزير", "بلاده لن تقف مكتوفة الأيدي")
    assert (reported.speaker.text, reported.content.text) == (
        "وسائل إعلام محلية",
        "شنت طائرات حربية غارات على دبابات قرب البلدة",
    )


def test_each_of_a_list_of_names_speaks_together() -> None:
    text = "وأدانت كل من دمشق وموسكو وطهران العملية العسكرية التي شنتها القوات الأمريكية."
    (st,) = make(text, [("دمشق", "LOC"), ("موسكو", "LOC"), ("طهران", "LOC")]).statements
    assert (st.speaker.text, st.content.text) == (
        "كل من دمشق وموسكو وطهران",
        "العملية العسكرية التي شنتها القوات الأمريكية",
    )


def test_an_apposition_and_the_day_before_the_marker_are_no_content() -> None:
    text = "أعلن المجلس الانتقالي الجنوبي، المدعوم من الإمارات، الأربعاء أن قواته سيطرت على حقول نفطية."
    (st,) = make(text, [("المجلس الانتقالي الجنوبي", "ORG"), ("الإمارات", "LOC")]).statements
    assert st.content.text == "قواته سيطرت على حقول نفطية"
    text = "وكانت المخابرات العامة قد أعلنت الأسبوع الماضي إحباط مخطط لاستهداف منشآت حيوية."
    (st,) = make(text, [("المخابرات العامة", "ORG")]).statements
    assert st.content.text == "إحباط مخطط لاستهداف منشآت حيوية"


def test_slogans_speak_for_the_crowd_of_their_own_clause() -> None:
    text = "ولم يعلق حزب الله على الغارة، فيما شيع المئات في البلدة جثامين القتلى وسط هتافات تندد بالاحتلال."
    (st,) = make(text, [("حزب الله", "ORG")]).statements
    assert (st.speaker.text, st.content.text) == ("المئات", "الاحتلال")


def test_slogans_raised_by_a_crowd_in_a_circumstantial_clause_demand_a_quoted_thing() -> None:
    text = 'وتظاهر العشرات من أنصار المعارضة أمام قصر العدالة في تونس، رافعين شعارات تطالب بـ"الحرية للمعتقلين".'
    (st,) = make(text, [("تونس", "LOC")]).statements
    assert (st.speaker.text, st.content.text) == ("العشرات من أنصار المعارضة", "الحرية للمعتقلين")


def test_a_quotation_after_a_lone_bi_is_what_a_calling_verb_with_its_object_calls() -> None:
    text = 'وفاز مادورو في انتخابات رئاسية مثيرة للجدل، وصفها البيت الأبيض بـ"العار".'
    (st,) = make(text, [("مادورو", "PER"), ("البيت الأبيض", "ORG")]).statements
    assert (st.speaker.text, st.content.text) == ("البيت الأبيض", "العار")
    # inside another report, "ما وصفها" names what that report is about
    text = 'واعترف الجيش بتوجيه ما وصفها بـ"الضربات الموجعة" خلال العملية.'
    assert [s.cue.text for s in make(text, []).statements] == ["اعترف"]


def test_a_town_spelt_with_ba_is_no_preposition_before_the_demand() -> None:
    text = 'وأدانت الحكومة الهجوم، مطالبة السلطات في بغداد بـ"الكشف عن الجهات التي تقف وراءه".'
    sts = make(text, [("بغداد", "LOC")]).statements
    assert sts[-1].content.text == "الكشف عن الجهات التي تقف وراءه"


def test_a_postposed_source_leaves_the_narrations_wa_out() -> None:
    text = "ولم يتجاوز تمويل خطة الاستجابة 25 في المئة من المبلغ المطلوب، بحسب الأمم المتحدة."
    (st,) = make(text, [("الأمم المتحدة", "ORG")]).statements
    assert st.content.text == "لم يتجاوز تمويل خطة الاستجابة 25 في المئة من المبلغ المطلوب"


def test_a_cue_spelt_inside_a_name_reports_nothing_and_an_affiliation_ends_the_channel() -> None:
    text = "وقال الحزب في بيان نشرته وكالة فرات للأنباء المقربة منه إن مؤتمره قرر إنهاء الكفاح المسلح."
    (st,) = make(text, [("وكالة فرات للأنباء", "ORG")]).statements
    assert (st.cue.text, st.content.text) == ("قال", "مؤتمره قرر إنهاء الكفاح المسلح")


def test_what_was_rejected_is_the_clause_before_ma() -> None:
    text = "وقال المدرب إن الحكم حرم فريقه من ركلة جزاء، وهو ما رفضه الاتحاد الإفريقي لكرة القدم."
    sts = make(text, [("الاتحاد الإفريقي لكرة القدم", "ORG")]).statements
    assert [(s.speaker.text, s.stance) for s in sts] == [("المدرب", "assert"), ("الاتحاد الإفريقي لكرة القدم", "deny")]


def test_an_outlets_adjective_after_its_quoted_name_is_no_content() -> None:
    text = 'وقال شقيق الضحية لإذاعة "موزاييك أف أم" الخاصة إن أخاه توفي بعد المطاردة.'
    (st,) = make(text, [("موزاييك أف أم", "ORG")]).statements
    assert st.content.text == "أخاه توفي بعد المطاردة"


def test_a_quoted_predicate_after_a_reported_subject_is_content_not_a_report() -> None:
    text = 'وقال عراقجي إن العلاقات "تسير في الاتجاه الصحيح"، مؤكدا أن طهران "ترحب بأي مبادرة تعزز أمن الخليج".'
    sts = make(text, [("عراقجي", "PER"), ("طهران", "LOC")]).statements
    assert [s.cue.text for s in sts] == ["قال", "مؤكدا"]
    assert sts[1].content.text.startswith('طهران "ترحب بأي مبادرة')


def test_what_could_not_be_checked_is_the_report_before() -> None:
    text = "وأعلنت الحركة أن مقاتليها قتلوا 17 جنديا، وهو ما لم يتسن التحقق منه من مصادر مستقلة."
    sts = make(text, []).statements
    assert [(s.stance, s.content.text) for s in sts] == [
        ("assert", "مقاتليها قتلوا 17 جنديا"),
        ("unconfirmed", "مقاتليها قتلوا 17 جنديا"),
    ]


def test_a_document_after_the_words_is_their_channel() -> None:
    text = 'وشدد الوزير على "أهمية احترام سيادة الدول"، بحسب بيان لوزارة الخارجية.'
    (st,) = make(text, [("وزارة الخارجية", "ORG")]).statements
    assert (st.speaker.text, st.via.text if st.via else None) == ("الوزير", "بيان لوزارة الخارجية")


def test_a_demand_joined_to_the_same_speakers_words_urges_the_noun_after_it() -> None:
    text = 'وانتقدت المنظمة القرارات، معتبرة أنها "ظالمة"، ودعت السلطات إلى "وقف عمليات السحب فورا".'
    sts = make(text, []).statements
    assert [(s.speaker.text, s.addressee.text if s.addressee else None) for s in sts][-1] == ("المنظمة", "السلطات")
    # a feminine verb after a masculine speaker is another speaker's
    text = "وقال الوزير إن الوضع مستقر، ودعت السلطات إلى الهدوء."
    assert [s.speaker.text for s in make(text, []).statements] == ["الوزير", "السلطات"]


def test_people_met_on_the_ground_speak() -> None:
    text = (
        'وقالت ناشطة في الساحة لوكالة الصحافة الفرنسية: "لم نعد نصدق أي وعد". '
        "وقال عامل في الدفاع المدني إن الجثث كثيرة."
    )
    sts = make(text, [("وكالة الصحافة الفرنسية", "ORG"), ("الدفاع المدني", "ORG")]).statements
    assert [s.speaker.text for s in sts] == ["ناشطة في الساحة", "عامل في الدفاع المدني"]


def test_a_request_not_to_be_named_between_subject_and_verb() -> None:
    text = "غير أن مسؤولا أمنيا طلب عدم الكشف عن اسمه قال لرويترز إن ثلاث طائرات تحطمت."
    (st,) = make(text, [("رويترز", "ORG")]).statements
    assert (st.speaker.text, st.content.text) == ("مسؤولا أمنيا", "ثلاث طائرات تحطمت")


def test_the_subject_between_kana_and_qad_goes_on_after_wa() -> None:
    text = "وكان الأمين العام أنطونيو غوتيريش قد غادر ليبيا يوم الجمعة، وكتب على منصة إكس أنه يغادر بقلق عميق."
    (st,) = make(text, [("أنطونيو غوتيريش", "PER"), ("ليبيا", "LOC"), ("إكس", "ORG")]).statements
    assert st.speaker.text == "الأمين العام أنطونيو غوتيريش"
    # a place right after a definite subject is the verb's object, not part of the subject
    text = "وغادر الوزير ليبيا يوم الجمعة، وكتب على منصة إكس أنه يغادر بقلق."
    (st,) = make(text, [("ليبيا", "LOC"), ("إكس", "ORG")]).statements
    assert st.speaker.text == "الوزير"


def test_wa_adafa_goes_on_with_the_main_speaker_not_one_recalled_after_haythu() -> None:
    text = (
        'وقال القائد إن قواته تبعد 300 متر عن الجامع، حيث أعلن زعيم التنظيم أبو بكر البغدادي قيام "الخلافة" قبل '
        "ثلاث سنوات. وأضاف أن المسلحين يعتمدون على القناصة."
    )
    sts = make(text, [("أبو بكر البغدادي", "PER")]).statements
    assert [s.speaker.text for s in sts] == ["القائد", "زعيم التنظيم أبو بكر البغدادي", "القائد"]


def test_a_while_clause_has_its_own_subject_for_what_was_said() -> None:
    text = 'ولم يصدر المجلس العسكري أي تعليق، فيما نشر التلفزيون الرسمي مشاهد لما قال إنها "عمليات تمشيط ناجحة".'
    (st,) = make(text, []).statements
    assert st.speaker.text == "التلفزيون الرسمي"


def test_a_draft_described_by_its_authors_demands() -> None:
    text = "ويصوت المجلس الجمعة على مشروع قرار قدمته السويد والكويت يطالب بهدنة إنسانية لمدة ثلاثين يوما."
    (st,) = make(text, [("السويد", "LOC"), ("الكويت", "LOC")]).statements
    assert st.speaker.text == "مشروع قرار قدمته السويد والكويت"


def test_an_accusation_naming_only_the_accused_says_nothing() -> None:
    text = "الحوثيون يتبنون هجوما على منشأتين نفطيتين والرياض تتهم إيران"
    sts = make(text, [("الحوثيون", "ORG"), ("الرياض", "LOC"), ("إيران", "LOC")]).statements
    assert [s.cue.text for s in sts] == []


def test_but_he_urged_the_noun_after_the_verb() -> None:
    text = "أعلن الرئيس انتهاء وقف إطلاق النار، لكنه دعا مقاتلي الحركة إلى الموافقة على محادثات سلام شاملة."
    sts = make(text, []).statements
    assert [(s.speaker.text, s.addressee.text if s.addressee else None) for s in sts][-1] == (
        "الرئيس",
        "مقاتلي الحركة",
    )


def test_mentioning_and_those_described_are_no_reports() -> None:
    text = "واكتفى المصدر بالإعلان عن الاتفاق من دون أن يأتي على ذكر مقاتلي التنظيم."
    assert [s.cue.text for s in make(text, []).statements] == []
    text = 'ودفعت الاحتجاجات السلطات إلى اعتقال أعداد كبيرة ممن وصفوا بأنهم من "مثيري الشغب".'
    assert [s.cue.text for s in make(text, []).statements] == []


def test_a_quotation_after_a_condemning_body_is_what_it_condemned() -> None:
    text = 'ودان الاتحاد الأفريقي "استخدام القوة المفرطة"، فيما طالبت بريطانيا بوقف فوري للعنف.'
    sts = make(text, [("الاتحاد الأفريقي", "ORG"), ("بريطانيا", "LOC")]).statements
    assert (sts[0].speaker.text, sts[0].content.text) == ("الاتحاد الأفريقي", "استخدام القوة المفرطة")


def test_but_he_after_a_closed_quotation_is_the_narrators() -> None:
    text = 'وقال رئيس الوزراء إن الحكومة "منفتحة على الحوار"، إلا أنه لم يقدم جدولا زمنيا للإصلاحات.'
    (st,) = make(text, []).statements
    assert "يقدم" not in st.content.text


def test_a_young_man_of_an_age_and_one_described_before_the_colon() -> None:
    text = 'وقال شاب يبلغ من العمر 22 عاما لرويترز: "لقد خدعونا، ألغوا الانتخابات".'
    (st,) = make(text, [("رويترز", "ORG")]).statements
    assert (st.speaker.text, st.addressee.text) == ("شاب", "رويترز")
    text = 'وقال شاب كان يصطحب خطيبته لشراء دولارات: "لدينا بعض المدخرات".'
    (st,) = make(text, []).statements
    assert (st.speaker.text, st.content.text, st.addressee) == ("شاب", "لدينا بعض المدخرات", None)


def test_a_verbal_noun_after_a_title_is_the_object_not_a_name() -> None:
    text = "وأعلن وزير الداخلية إحباط المحاولة، مشيرا إلى اعتقال 20 شخصا."
    sts = make(text, []).statements
    assert [(s.speaker.text, s.content.text) for s in sts] == [
        ("وزير الداخلية", "إحباط المحاولة"),
        ("وزير الداخلية", "اعتقال 20 شخصا"),
    ]


def test_drawing_attention_is_no_report() -> None:
    assert not make("لفتت شابة صغيرة الأنظار في قاعة المحكمة بمدينة كبيرة.", []).statements


def test_a_long_quoted_outlet_name_after_lishabaka_is_the_addressee() -> None:
    text = 'غير أن مستشارا لرئيس الوزراء قال لشبكة "إم إس إن بي سي" الأمريكية إن إسرائيل "لم تعلن مسؤوليتها".'
    (st,) = make(text, [("إم إس إن بي سي", "ORG"), ("إسرائيل", "LOC")]).statements
    assert st.addressee.text == 'شبكة "إم إس إن بي سي" الأمريكية'
    assert st.content.text.startswith("إسرائيل")


def test_a_body_described_by_its_adjective_belongs_to_the_source() -> None:
    text = "وقال مصدر في منظمة دولية لرويترز إن الوضع صعب."
    (st,) = make(text, [("رويترز", "ORG")]).statements
    assert st.speaker.text == "مصدر في منظمة دولية"


def test_a_long_subject_of_the_reported_clause_before_its_verb_reports_nothing() -> None:
    text = (
        "واعتبر الوزير أن تنصل الجماعة من التزاماتها للمبعوث الدولي، والانخراط البناء في المشاورات، يؤكد عدم "
        "جديتها في الحوار."
    )
    sts = make(text, []).statements
    assert [s.cue.text for s in sts] == ["اعتبر"] and sts[0].content.text.endswith("في الحوار")


def test_concluding_by_saying_reports() -> None:
    text = "واختتم الوزير سلسلة تغريداته بالقول، إن الجماعة تنفذ إملاءات خارجية."
    (st,) = make(text, []).statements
    assert (st.speaker.text, st.content.text) == ("الوزير", "الجماعة تنفذ إملاءات خارجية")
    assert not make("واختتم المؤتمر أعماله أمس.", []).statements


def test_a_title_after_a_name_keeps_the_body_it_serves() -> None:
    text = (
        "ونقل التلفزيون الرسمي عن رضا جعفر زادة مدير العلاقات العامة في المنظمة الإيرانية للطيران المدني أن "
        "الطائرة تحطمت."
    )
    ents = [("رضا جعفر زادة", "PER"), ("المنظمة الإيرانية للطيران المدني", "ORG")]
    (st,) = make(text, ents).statements
    assert st.speaker.text == "رضا جعفر زادة مدير العلاقات العامة في المنظمة الإيرانية للطيران المدني"
    assert st.content.text == "الطائرة تحطمت"


def test_two_groups_speak_in_the_dual_past_a_description_with_a_quoted_name() -> None:
    text = (
        'وأعلنت جماعتان مسلحتان من الطوارق تدعمان الجيش والقوة الفرنسية "برخان" أن مسلحين هاجموا قرية '
        'وقتلوا 20 شخصا بينهم عناصر في مركز أمني تابع للجماعتين. وأوضحت هاتان الجماعتان، وهما "حركة الإنقاذ" '
        'و"مجموعة الدفاع الذاتي"، في بيان مشترك أن الجهة التي تقف خلف الهجوم معروفة.'
    )
    sts = make(text, []).statements
    assert [(s.speaker.text, s.cue.text) for s in sts] == [
        ("جماعتان مسلحتان من الطوارق", "أعلنت"),
        ("الجماعتان", "أوضحت"),
    ]
    assert sts[0].content.text.startswith("مسلحين هاجموا قرية")
    assert sts[1].content.text == "الجهة التي تقف خلف الهجوم معروفة"


def test_those_sources_are_the_local_mention_and_a_demonstrative_after_or_is_an_object() -> None:
    text = "وقالت مصادر عسكرية وطبية إن القتال مستمر. وقالت تلك المصادر إن المسلحين شيعوا 35 شخصا."
    assert [s.speaker.text for s in make(text, []).statements] == ["مصادر عسكرية وطبية", "المصادر"]
    text = "ولم يؤكد المتحدث باسم الحركة أو ينفي هذه الأرقام، وقال إن الفصائل شاركت في المظاهرات."
    assert "الأرقام" not in [s.speaker.text for s in make(text, []).statements]


def test_the_named_one_before_asides_speaks_after_a_relative_clause() -> None:
    text = "بيد أن مهاتير، رئيس الوزراء الذي سجن في عهده، والذي فاز بالانتخابات الجديدة تعهد بالإفراج عنه."
    (st,) = make(text, [("مهاتير", "PER")]).statements
    assert st.speaker.text == "مهاتير"
    # a verb opening the clause before the comma is no speaker's phrase, and asylum seekers demand nothing
    text = "ويعرف الوزير، رئيس الحزب، بانتقاده لسياسة الهجرة التي سمحت لمليون طالب لجوء بدخول البلاد."
    assert not make(text, []).statements


def test_an_object_pronoun_after_a_demand_is_no_addressee() -> None:
    text = 'وقال الوزير إن واشنطن "تتحمل مسؤولية خاصة"، داعيا إياها إلى "استخدام نفوذها لوقف الكارثة".'
    sts = make(text, [("واشنطن", "LOC")]).statements
    assert (sts[-1].addressee, sts[-1].content.text) == (None, "استخدام نفوذها لوقف الكارثة")


def test_a_denial_joined_by_aw_to_a_withheld_confirmation_is_no_content() -> None:
    text = "ولم يؤكد المتحدث باسم الحركة، في حوار مع قناة محلية، أو ينفي هذه الأرقام."
    (st,) = make(text, []).statements
    assert (st.stance, st.content.text) == ("unconfirmed", "هذه الأرقام")


def test_a_ranks_second_word_belongs_to_the_speaker() -> None:
    text = "وأعلن الفريق أول عبد الفتاح البرهان أن القوات المسلحة استعادت مقر الإذاعة."
    (st,) = make(text, [("عبد الفتاح البرهان", "PER")]).statements
    assert st.speaker.text == "الفريق أول عبد الفتاح البرهان"
    assert st.content.text == "القوات المسلحة استعادت مقر الإذاعة"


def test_protesters_speak_and_a_joined_verb_goes_on_with_the_subject_of_its_sentence() -> None:
    text = (
        "وأعلن الصليب الأحمر أنه نقل 63 جريحا. "
        'واقتحم متظاهرون مقر وزارة الخارجية وأعلنوا أنه "مقر للثورة"، قبل أن يخرجهم الجيش منه.'
    )
    sts = make(text, [("الصليب الأحمر", "ORG")]).statements
    assert [s.speaker.text for s in sts] == ["الصليب الأحمر", "متظاهرون"]
    # an indefinite plural takes no genitive: the consulate burnt is no part of who spoke
    text = "وأعلن الجيش حظر التجول. وأحرق متظاهرون القنصلية وأعلنوا أن المدينة لن تهدأ."
    assert make(text, [("الجيش", "ORG")]).statements[-1].speaker.text == "متظاهرون"


def test_what_a_deed_prompted_is_no_report_and_a_plural_of_persons_takes_no_l_genitive() -> None:
    text = "وأحرق متظاهرون القنصلية الإيرانية، مما دعا طهران إلى دعوة رعاياها لمغادرة المحافظة."
    assert not make(text, [("طهران", "LOC")]).statements
    (st,) = make("وقالت المتظاهرات للنواب إن القانون ظالم.", []).statements
    assert (st.speaker.text, st.content.text) == ("المتظاهرات", "القانون ظالم")


def test_a_body_in_construct_after_a_joined_demand_is_urged_and_a_reply_names_its_speaker() -> None:
    text = 'ونددت البعثة الأممية بالهجوم، ودعت سلطات طالبان إلى "ضمان حماية المدنيين".'
    sts = make(text, [("طالبان", "ORG")]).statements
    assert [(s.speaker.text, s.addressee.text if s.addressee else None) for s in sts] == [
        ("البعثة الأممية", None),
        ("البعثة الأممية", "سلطات طالبان"),
    ]
    # و + رد (a two-letter cue) when its saying follows; ورد alone is "appeared"
    (st,) = make('ورد عليه الوزير قائلا إن "الشعب أثبت سلميته".', []).statements
    assert (st.speaker.text, st.content.text) == ("الوزير", "الشعب أثبت سلميته")
    assert not make("ورد في التقرير أن الوضع خطير.", []).statements


def test_a_verb_after_sabaqa_an_opens_the_clause_whose_subject_goes_on() -> None:
    text = (
        'ورد ظريف على نتنياهو قائلا إن "الاتهامات باطلة". وسبق أن عرض نتنياهو صورة لقنبلة '
        "أمام الجمعية العامة، وقال إن على المجتمع الدولي أن يتدخل."
    )
    doc = make(text, [("ظريف", "PER"), ("نتنياهو", "PER")])
    second = text.rindex("نتنياهو")  # the second mention, which make() leaves untagged
    doc.entities.append(Entity(second, second + 7, "نتنياهو", "PER"))
    doc.entities.sort(key=lambda e: e.start)
    doc.statements = []
    sts = StatementExtractor()(doc).statements
    assert [s.speaker.text for s in sts] == ["ظريف", "نتنياهو"]


def test_a_postposed_source_keeps_the_narrations_wa_out_of_the_content() -> None:
    text = "ومن المقرر أن يزور الوزير القوات على الحدود الأسبوع المقبل، بحسب مصادر في الوزارة."
    (st,) = make(text, []).statements
    assert st.content.text.startswith("من المقرر أن يزور الوزير")


def test_a_channel_before_its_relaying_verb_is_the_via() -> None:
    text = "ولم يصدر تعليق من دمشق، لكن وكالة الأنباء الرسمية (سانا) نقلت عن مصدر في الوزارة قوله إن التهديدات لن تنفع."
    (st,) = make(text, [("سانا", "ORG")]).statements
    assert (st.speaker.text, st.via.text) == ("مصدر في الوزارة", "وكالة الأنباء الرسمية")
    (st,) = make("ونُقل عن مصدر أمني قوله إن التحقيق مستمر.", []).statements
    assert (st.speaker.text, st.via) == ("مصدر أمني", None)


def test_a_cue_licensed_by_a_participle_after_a_comma_leaves_the_report_to_it() -> None:
    text = "وقال الوزير إن الوضع صعب. ورد المتحدث على الانتقادات، قائلا إن الحكومة ماضية في خطتها."
    sts = make(text, []).statements
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in sts] == [
        ("الوزير", "قال", "الوضع صعب"),
        ("المتحدث", "قائلا", "الحكومة ماضية في خطتها"),
    ]


def test_a_relay_from_whom_the_channel_described_and_a_past_period_after_the_speaker() -> None:
    text = 'ونقلت صحيفة "الحياة" عن من وصفته بمسؤول في تحالف إقليمي يضم ثلاث دول قوله إن القصف دمر 200 صاروخ.'
    (st,) = make(text, []).statements
    assert (st.speaker.text, st.via.text, st.content.text) == (
        "مسؤول في تحالف إقليمي",
        'صحيفة "الحياة"',
        "القصف دمر 200 صاروخ",
    )
    (st,) = make("وذكرت تقارير الأسبوع الماضي أن وكالات التجسس تراقب الشحنات.", []).statements
    assert st.speaker.text == "تقارير"


def test_a_title_after_the_name_before_a_quotation_belongs_to_the_speaker() -> None:
    text = 'وقال رياض أحمد، أحد السكان "كانت الشرطة تقف على مسافة آمنة من الحشود".'
    (st,) = make(text, [("رياض أحمد", "PER")]).statements
    assert (st.speaker.text, st.content.text, st.direct) == (
        "رياض أحمد، أحد السكان",
        "كانت الشرطة تقف على مسافة آمنة من الحشود",
        True,
    )
    # a quotation right after a person noun is what was said, not a name
    (st,) = make('وأضاف الشرطي "كان خطأ"، وتحدث شريطة عدم نشر هويته.', []).statements
    assert (st.speaker.text, st.content.text) == ("الشرطي", "كان خطأ")


def test_a_plural_participle_after_one_persons_report_is_the_crowds() -> None:
    text = (
        'وأضاف الشرطي "كان خطأ". وعادة ما يخرج المحتجون إلى الشوارع بعد صلاة الجمعة، مطالبين بإنهاء حكم '
        "العاصمة على الإقليم."
    )
    sts = make(text, []).statements
    assert [(s.speaker.text, s.cue.text) for s in sts] == [("الشرطي", "أضاف"), ("المحتجون", "مطالبين")]


def test_a_name_after_a_preposition_before_the_verb_is_no_speaker() -> None:
    text = "ويشن التحالف عملية عسكرية منذ عام 2015 ضد الحوثيين في اليمن قال إنها تستهدف إعادة الحكومة."
    sts = make(text, [("الحوثيين", "ORG"), ("اليمن", "LOC")]).statements
    assert "الحوثيين في اليمن" not in [s.speaker.text for s in sts]


def test_a_relative_clause_on_the_speaker_with_a_plain_verb_leads_to_the_governed_preposition() -> None:
    text = "وأشارت الرسالة التي حملت توقيع رئيس المجلس، إلى الخطابات العلنية لبعض المرشحين."
    (st,) = make(text, []).statements
    assert (st.speaker.text, st.content.text) == ("الرسالة", "الخطابات العلنية لبعض المرشحين")


def test_a_headline_verb_before_the_colon_leaves_the_report_to_the_colon() -> None:
    text = "بغداد تحذر أنقرة: نرفض أي خرق لحدودنا\n\nوقال الوزير إن العلاقات جيدة."
    sts = make(text, [("بغداد", "LOC"), ("أنقرة", "LOC")]).statements
    assert (sts[0].speaker.text, sts[0].cue.text, sts[0].content.text) == ("بغداد", ":", "نرفض أي خرق لحدودنا")
    assert "تحذر" not in [s.cue.text for s in sts]


def test_a_definite_noun_right_before_the_content_marker_is_the_speaker_not_the_one_before() -> None:
    # (with the names the NER found, so that a definite word is no name by default)
    text = "وقالت الشركة إن القرار صائب. وأشارت التحقيقات إلى أن كوغان باع البيانات. وقالت المجلة إن ديوجي ثري."
    sts = make(text, [("كوغان", "PER"), ("ديوجي", "PER")]).statements
    assert [(s.speaker.text, s.content.text) for s in sts] == [
        ("الشركة", "القرار صائب"),
        ("التحقيقات", "كوغان باع البيانات"),
        ("المجلة", "ديوجي ثري"),
    ]
    # what a verb of describing takes first is described, and "everyone" is nobody in particular
    sts = make("وقال الوزير سمير إن الاتفاق جيد. ووصف الأمر بأنه مفيد.", [("سمير", "PER")]).statements
    assert [s.speaker.text for s in sts] == ["الوزير سمير", "الوزير سمير"]


def test_a_female_expert_speaks_and_a_spokesmans_seat_comes_before_his_name() -> None:
    text = "وقالت الخبيرة الاقتصادية منى بدير لوكالة الأنباء إن القرار كان متوقعا."
    (st,) = make(text, [("منى بدير", "PER")]).statements
    assert (st.speaker.text, st.content.text) == ("الخبيرة الاقتصادية منى بدير", "القرار كان متوقعا")
    text = "ونفى المتحدث باسم المحاكم بتونس محمد زيتونة أي تدخل في القضية."
    (st,) = make(text, [("تونس", "LOC"), ("محمد زيتونة", "PER")]).statements
    assert (st.speaker.text, st.content.text) == ("المتحدث باسم المحاكم بتونس محمد زيتونة", "أي تدخل في القضية")
    text = "وقال المتحدث باسم الحكومة بالقاهرة إن الوزير سيزور المدينة."
    (st,) = make(text, [("القاهرة", "LOC")]).statements
    assert st.speaker.text == "المتحدث باسم الحكومة"


def test_no_genitive_after_an_adjective_so_the_accused_is_no_part_of_the_speaker() -> None:
    text = "وتتهم منظمات حقوقية السلطات الليبية بإساءة معاملة المهاجرين."
    (st,) = make(text, []).statements
    assert st.speaker.text == "منظمات حقوقية"
    (st,) = make("وقال رئيس بلدية المنطقة إن المياه قطعت.", []).statements
    assert st.speaker.text == "رئيس بلدية المنطقة"


def test_a_relayed_denial_and_residents_of_a_quarter_near_a_place() -> None:
    text = "ونقلت قناة المسيرة عن مصدر عسكري نفيه هذه الأنباء."
    (st,) = make(text, [("المسيرة", "ORG")]).statements
    assert (st.speaker.text, st.stance, st.content.text, st.via.text) == (
        "مصدر عسكري",
        "deny",
        "هذه الأنباء",
        "قناة المسيرة",
    )
    text = "وأفاد سكان في حي الربصة المجاور للمطار بأن الاشتباكات لم تتوقف."
    (st,) = make(text, []).statements
    assert (st.speaker.text, st.addressee) == ("سكان في حي الربصة المجاور للمطار", None)
    text = "قالت الإدارة الصحية في منطقة خاضعة لسيطرة المعارضة في بيان، إن أشخاصا عانوا من أعراض."
    assert [s.speaker.text for s in make(text, []).statements] == ["الإدارة الصحية"]
    text = "ودعا المدعي العام في ولاية ميسوري الأميركية لحاكم الولاية إريك غريتينز إلى الاستقالة."
    sts = make(text, [("ميسوري", "LOC"), ("إريك غريتينز", "PER")]).statements
    assert [s.speaker.text for s in sts] == ["المدعي العام في ولاية ميسوري الأميركية"]


def test_a_participle_after_a_named_subject_of_a_verb_that_reports_nothing_is_his() -> None:
    text = 'وكتب ترامب: "إنه يوم عظيم". وفي بيان الجمعة، رد مكابي على خبر طرده مشيرا إلى أنه جزء من حملة أكبر.'
    sts = make(text, [("ترامب", "PER"), ("مكابي", "PER")]).statements
    assert [s.speaker.text for s in sts][-1] == "مكابي"
    # the one named after the verb is its object when a person is named before it
    text = "وقال المتحدث إن الجلسة انتهت. وكانت المديرة يهوديت تيروش قد هاجمت نتنياهو، واصفة الرشى بأنها خطيرة."
    sts = make(text, [("يهوديت تيروش", "PER"), ("نتنياهو", "PER")]).statements
    assert "نتنياهو" not in [s.speaker.text for s in sts]


def test_a_subject_before_its_b_complement_a_close_source_and_a_published_statement() -> None:
    text = "وأعلن الإليزيه أن الزيارة ستتم. وردا على سؤال، رحب الإليزيه بإدراج فرنسا ضمن الزيارات."
    sts = make(text, [("فرنسا", "LOC")]).statements
    assert (sts[-1].speaker.text, sts[-1].content.text) == ("الإليزيه", "إدراج فرنسا ضمن الزيارات")
    (st,) = make("وذكرت مصادر مواكبة للزيارة أن المحادثات ستركز على الثقافة.", []).statements
    assert (st.speaker.text, st.addressee) == ("مصادر مواكبة للزيارة", None)
    (st,) = make("وأكد البيان الذي نشر على فيسبوك، أن العمليات أسفرت عن مقتل 8.", [("فيسبوك", "ORG")]).statements
    assert st.content.text == "العمليات أسفرت عن مقتل 8"
    text = "من جهته، ندد المنتدى التونسي للحقوق الاقتصادية بما وصفه بالاستعمال المفرط للقوة."
    assert make(text, []).statements[0].speaker.text == "المنتدى التونسي للحقوق الاقتصادية"
    text = "لتجنب حرب تجارية، التهديد الذي يلوح به باستمرار الرئيس دونالد ترامب."
    assert not make(text, [("دونالد ترامب", "PER")]).statements


def test_a_source_in_a_tribe_and_states_after_a_preposition_and_a_titled_name_after_a_comma() -> None:
    (st,) = make("قال مصدر في قبيلة الغفران القطرية، إن آلاف الأشخاص هجروا.", []).statements
    assert st.speaker.text == "مصدر في قبيلة الغفران القطرية"
    text = (
        "وقال الغفراني إن هناك فئتين، وفئة المهجرين منذ عام 1996 إلى وقتنا هذا في الدول المجاورة يطالبون بإعادة "
        "جنسياتهم. "
        "وأضاف أن الحقوق مسلوبة."
    )
    sts = make(text, [("الغفراني", "PER")]).statements
    assert {s.speaker.text for s in sts} == {"الغفراني"}
    text = "وقالت ماريا زاخاروفا، المتحدثة باسم الخارجية، إن الجيش عازم. وقال إن الحسم قريب."
    sts = make(text, [("ماريا زاخاروفا", "PER")]).statements
    assert [s.speaker.text for s in sts] == ["ماريا زاخاروفا، المتحدثة باسم الخارجية"]  # قال is no woman's


def test_names_joined_by_wa_accuse_together() -> None:
    text = "فيما اتهمت واشنطن وباريس ولندن الحكومة السورية بالمسؤولية عنه."
    ents = [("واشنطن", "LOC"), ("باريس", "LOC"), ("لندن", "LOC"), ("الحكومة السورية", "ORG")]
    (st,) = make(text, ents).statements
    assert (st.speaker.text, st.content.text) == ("واشنطن وباريس ولندن", "الحكومة السورية بالمسؤولية عنه")


def test_a_portfolio_joined_by_wa_and_a_spokespersons_second_office() -> None:
    text = "وأعلن وزير الطاقة والمعادن عزيز الرباح عن حزمة من المشاريع."
    (st,) = make(text, [("عزيز الرباح", "PER")]).statements
    assert st.speaker.text == "وزير الطاقة والمعادن عزيز الرباح"
    text = "من جانبها، أشادت وزيرة الدولة لشؤون الإعلام الناطقة الرسمية باسم الحكومة بيقظة الأجهزة الأمنية."
    (st,) = make(text, []).statements
    assert (st.speaker.text, st.content.text) == (
        "وزيرة الدولة لشؤون الإعلام الناطقة الرسمية باسم الحكومة",
        "يقظة الأجهزة الأمنية",
    )


def test_a_group_and_its_adjective_before_the_charge_is_the_accused() -> None:
    # no accuser in the sentence: the passive reading gives no report, not the accused accusing
    text = "وقتل العشرات في الهجوم. واتهمت حركة الشباب المتشددة بتفجير شاحنة في العاصمة."
    assert not [s for s in make(text, [("الشباب", "ORG")]).statements if s.cue.text == "اتهمت"]
    # with no name, the phrase stays the accuser's (a report)
    text = "واتهمت الحكومة المعارضة بتفجير شاحنة في العاصمة."
    (st,) = make(text, []).statements
    assert st.speaker.text.startswith("الحكومة")


def test_a_department_named_after_a_region_then_its_ministry_and_head() -> None:
    text = "وقال مدير قسم أمريكا الشمالية في وزارة الخارجية الروسية غيورغي بوريسينكو، إن موسكو تأمل الهدوء."
    ents = [("أمريكا الشمالية", "LOC"), ("وزارة الخارجية الروسية", "ORG"), ("غيورغي بوريسينكو", "PER")]
    (st,) = make(text, ents).statements
    assert st.speaker.text == "مدير قسم أمريكا الشمالية في وزارة الخارجية الروسية غيورغي بوريسينكو"


def test_a_name_inside_a_fronted_topic_is_not_the_speaker() -> None:
    text = (
        "وتحدث الرئيس الأمريكي دونالد ترامب عن موعد القمة. "
        "وبالعودة إلى الزيارة الأخيرة، التي قام بها مدير الوكالة السابق، مايك بومبيو، لبيونغ يانغ، أوضح أن "
        "لديه صورا رائعة للاجتماع."
    )
    ents = [("دونالد ترامب", "PER"), ("مايك بومبيو", "PER"), ("بيونغ يانغ", "LOC")]
    sts = make(text, ents).statements
    assert [s.speaker.text for s in sts if s.cue.text == "أوضح"] == ["الرئيس الأمريكي دونالد ترامب"]


def test_long_has_it_been_is_no_speaker_and_a_relatives_adverb_leaves_the_clause_a_description() -> None:
    text = "وقال الوزير إن الزيارة ناجحة. ولطالما تحدث ترامب عن حبه لإسكتلندا."
    sts = make(text, [("ترامب", "PER"), ("إسكتلندا", "LOC")]).statements
    assert [s.speaker.text for s in sts] == ["الوزير", "ترامب"]
    text = "وقال الوزير إن الزيارة ناجحة. ولن يلتقي ترامب رئيسة الحكومة نيكولا ستيرجن التي طالما انتقدته علانية."
    sts = make(text, [("ترامب", "PER"), ("نيكولا ستيرجن", "PER")]).statements
    assert [s.cue.text for s in sts] == ["قال"]


def test_an_assistant_women_and_a_subject_after_ghayr_anna() -> None:
    text = "ومع ذلك، قال مساعد قائد الشرطة مارك وليامز، إن الضباط ملتزمون بتعقب الشخص."
    (st,) = make(text, [("مارك وليامز", "PER")]).statements
    assert st.speaker.text == "مساعد قائد الشرطة مارك وليامز"
    text = "وقالت الجمعة خمس نساء أمام المحكمة إنهن تعرضن إلى اعتداءات."
    (st,) = make(text, [("الجمعة", "MISC")][:0]).statements
    assert (st.speaker.text, st.content.text) == ("خمس نساء", "تعرضن إلى اعتداءات")
    text = "غير أن وزير التجارة الدولية ليام فوكس، قال لبي بي سي إن المنظمين أحرجوا أنفسهم."
    (st,) = make(text, [("ليام فوكس", "PER"), ("بي بي سي", "ORG")]).statements
    assert st.speaker.text == "وزير التجارة الدولية ليام فوكس"


def test_a_seat_named_after_a_state_noun_with_bi() -> None:
    text = "وذكرت صحيفة محلية بولاية تنيسي أن امرأة توفيت."
    (st,) = make(text, [("تنيسي", "LOC")]).statements
    assert st.speaker.text == "صحيفة محلية بولاية تنيسي"


def test_an_unnamed_person_noun_after_the_verb_speaks_through_an_agreeing_participle() -> None:
    text = (
        "وقال المتحدث ميكي روزنفيلد إن التحقيق مستمر. "
        "وصفعت ناشطة يسارية إسرائيلية جنديا في القاعة، قائلة إنها تحاول إثبات الظلم."
    )
    sts = make(text, [("ميكي روزنفيلد", "PER")]).statements
    assert [s.speaker.text for s in sts if s.cue.text == "قائلة"] == ["ناشطة يسارية إسرائيلية"]
    # a plural of things with a masculine singular participle: the named speaker before goes on
    text = (
        "قال أردوغان إن بلاده لن ترضخ. ونقلت وسائل إعلام مصرية عن الأمير قوله إن الشر يضم تركيا، مضيفا أن "
        "تركيا تريد الخلافة."
    )
    sts = make(text, [("أردوغان", "PER"), ("تركيا", "LOC")]).statements
    assert [s.speaker.text for s in sts if s.cue.text == "مضيفا"] != ["وسائل إعلام مصرية"]


def test_the_required_object_closes_the_subject_after_the_verb() -> None:
    text = "ووجهت نساء أخريات اتهامات للمرشح بالتحرش."
    (st,) = make(text, []).statements
    assert (st.speaker.text, st.content.text) == ("نساء أخريات", "اتهامات للمرشح بالتحرش")


def test_lafata_keeps_its_root_final_ta_and_an_occasion_right_after_the_verb() -> None:
    text = "أكد رئيس الغرفة، رولاند جبور، أن المناخ مشجع. ولفت إلى أن الغرفة ستحرص على التعريف بالفرص."
    sts = make(text, [("رولاند جبور", "PER")]).statements
    assert [s.cue.text for s in sts] == ["أكد", "لفت"]
    text = "وقال الوزير على هامش المؤتمر، إن الحكومة ستدعم الفلاحين."
    (st,) = make(text, []).statements
    assert st.content.text == "الحكومة ستدعم الفلاحين"


def test_a_general_office_takes_its_genitive_and_a_quoted_body_name() -> None:
    text = 'وأكد كاتب عام نقابة شركة الإطارات "ستيب" في تصريح للإذاعة أن الاحتجاجات متواصلة.'
    (st,) = make(text, [("ستيب", "ORG")]).statements
    assert (st.speaker.text, st.content.text) == ('كاتب عام نقابة شركة الإطارات "ستيب"', "الاحتجاجات متواصلة")
    # the quoted name after a named accuser is the accused
    text = 'واتهمت روسيا ودمشق "الخوذ البيضاء" بإعداد الشريط، وأن منظمات غربية مولته.'
    ents = [("روسيا", "LOC"), ("دمشق", "LOC"), ("الخوذ البيضاء", "ORG")]
    (st,) = make(text, ents).statements
    assert st.speaker.text == "روسيا ودمشق"


def test_the_second_bayna_of_a_pair_is_no_cue() -> None:
    text = "أكدت تركيا أن التصريحات لن تحدث قطيعة بينها وبين روسيا، رغم أن الضربة أحدثت تباينا بينهما."
    sts = make(text, [("تركيا", "LOC"), ("روسيا", "LOC")]).statements
    assert [s.cue.text for s in sts] == ["أكدت"]
    assert sts[0].content.text.startswith("التصريحات لن تحدث قطيعة بينها وبين روسيا")


def test_a_pronoun_speaker_stands_for_the_person_named_before_it() -> None:
    text = "وستحضر الجلسة الممثلة ستورمي دانيالز. وكان كوهين اعترف بأنه دفع المال. وهي تؤكد أنها التقت المرشح."
    sts = make(text, [("ستورمي دانيالز", "PER"), ("كوهين", "PER")]).statements
    # كوهين spoke with a masculine verb: وهي is not him
    assert [s.speaker.text for s in sts] == ["كوهين", "ستورمي دانيالز"]
    text = "وقال المحتج إنه سيعود. وتابع وهو يفخر أنه هرب من المستشفى."
    sts = make(text, []).statements
    assert [s.speaker.text for s in sts] == ["المحتج", "المحتج"]


def test_went_on_to_say_and_therefore_are_no_speakers() -> None:
    text = 'وقال المعارض القطري إن الشعب مستاء. ومضى يقول: "كل من عرفتهم حجوا".'
    sts = make(text, []).statements
    assert [s.speaker.text for s in sts] == ["المعارض القطري", "المعارض القطري"]
    text = "وقالت اللجنة إن النتائج واضحة. ولذلك طالبت اللجنة الحكومة بعدم منع المرشح."
    assert [s.speaker.text for s in make(text, []).statements] == ["اللجنة", "اللجنة"]


def test_what_someone_said_as_a_genitive_is_no_report_of_its_own() -> None:
    text = "لكن كافانو نفى صحة ما ذكرته كريستين فورد بحقه، وكذا كذب مزاعم عدد من النساء."
    sts = make(text, [("كافانو", "PER"), ("كريستين فورد", "PER")]).statements
    assert [(s.speaker.text, s.cue.text) for s in sts] == [("كافانو", "نفى"), ("كافانو", "كذب")]
    text = "وقالت المعارضة إن الجيش قصف المدينة، وهو ما نفته وزارة الدفاع."
    sts = make(text, [("وزارة الدفاع", "ORG")]).statements
    assert [s.speaker.text for s in sts] == ["المعارضة", "وزارة الدفاع"]
