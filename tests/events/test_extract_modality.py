"""Modality: planned / negated / hypothetical / unconfirmed, from cues and from the governing statement."""

from __future__ import annotations

import pytest


def _modality(extractor, doc, trigger: str) -> str:
    for ev in extractor(doc).events:
        if trigger in ev.trigger.text:
            return ev.modality
    raise AssertionError(f"no event {trigger!r} in {[e.trigger.text for e in doc.events]}")


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("اقتحمت القوات المخيم فجر اليوم.", "اقتحمت", "asserted"),
        ("ستنسحب القوات من المدينة خلال يومين.", "ستنسحب", "planned"),
        ("من المقرر أن يعقد اجتماع للوزراء في القاهرة.", "اجتماع", "planned"),
        ("وقال الوسيط إن المفاوضات ستستأنف الأسبوع المقبل.", "المفاوضات", "planned"),
        ("لم تنسحب القوات من المدينة حتى الآن.", "تنسحب", "negated"),
        ("ودعا المجلس إلى وقف القتال فورا.", "وقف", "hypothetical"),
        ("وهدد الجيش باغتيال قادة الجماعة.", "اغتيال", "hypothetical"),
        ("واشترطت الحركة أن تلتزم إسرائيل بالانسحاب من المحور.", "بالانسحاب", "hypothetical"),  # a condition set
        ("وقال المحامي إن الدفاع ستطلب الإفراج عن موكليه.", "الإفراج", "hypothetical"),  # asked for, later
        ("ووصف المكتب الحادث بأنه مروع، مطالبا بإجراء تحقيق مستقل.", "تحقيق", "hypothetical"),  # a demand
        ("وتحدثت تقارير عن هجوم محتمل على القرية.", "هجوم", "unconfirmed"),
    ],
)
def test_modality_cues(extractor, make_doc, text, trigger, modality) -> None:
    assert _modality(extractor, make_doc(text), trigger) == modality


def test_demand_and_threat_themselves_are_asserted(extractor, make_doc) -> None:
    doc = extractor(make_doc("وهدد الجيش باغتيال قادة الجماعة."))
    assert {e.plover: e.modality for e in doc.events}["THREATEN"] == "asserted"


def test_a_long_name_between_demand_and_act_counts_as_one_word(extractor, make_doc) -> None:
    text = "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى وقف إطلاق النار."
    doc = make_doc(text, entities=[("لأمم المتحدة", "ORG"), ("أنطونيو غوتيريش", "PER")])
    assert _modality(extractor, doc, "وقف") == "hypothetical"


def test_refusing_to_accept_is_an_asserted_rejection(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقالت الحركة إنها لن تقبل أي تسوية."))
    ev = doc.events[0]
    assert (ev.plover, ev.modality) == ("REJECT", "asserted")


@pytest.mark.parametrize(("stance", "modality"), [("deny", "negated"), ("unconfirmed", "unconfirmed")])
def test_statement_stance_sets_modality(extractor, make_doc, stance, modality) -> None:
    text = "وأوضح المتحدث أن الطيران قصف المستشفى الميداني."
    doc = make_doc(
        text,
        statements=[
            {"speaker": "المتحدث", "cue": "أوضح", "content": "الطيران قصف المستشفى الميداني", "stance": stance}
        ],
    )
    ev = next(e for e in extractor(doc).events if e.plover in ("FIGHT", "ASSAULT"))
    assert ev.statement == 0
    assert ev.modality == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("وكانت الأمم المتحدة قد توسطت في الأزمة.", "توسطت", "asserted"),  # قد + past asserts
        ("وقال محللون إن القوات قد تنسحب من المدينة.", "تنسحب", "hypothetical"),  # قد + present: may
        ("وقال المرصد إنه لا يعرف أي فصيل أطلق القذائف.", "أطلق", "asserted"),  # the negator is too far
        ("وطلبت الدولة عقد اجتماع طارئ بعد إطلاق صواريخ على المدينة.", "إطلاق", "asserted"),
        ("وأعلنت الحكومة التوصل إلى اتفاق لإجلاء المقاتلين.", "إجلاء", "planned"),
        ("وينفي مسؤولون أنباء عن محادثات سرية.", "محادثات", "negated"),
    ],
)
def test_modality_scope(extractor, make_doc, text, trigger, modality) -> None:
    assert _modality(extractor, make_doc(text), trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("ومن المقرر أن يعقد مجلس الأمن اجتماعا طارئا.", "اجتماعا", "planned"),
        ("وقالت الوزارة إن طائراتها لم تنفذ أي غارات في المنطقة.", "غارات", "negated"),
    ],
)
def test_cue_reach(extractor, make_doc, text, trigger, modality) -> None:
    assert _modality(extractor, make_doc(text), trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # the purpose of a fight, and what the purpose acts on, are still to come
        ("وتخوض القوات معارك لاستعادة السيطرة على البلدة.", "لاستعادة", "planned"),
        ("وتخوض القوات معارك للسيطرة على البلدة.", "للسيطرة", "planned"),
        ("وتخوض القوات معارك لاستعادة السيطرة على البلدة.", "معارك", "asserted"),
        # a ل-phrase after a fight that is no event of its own leaves the fight alone
        ("وتعرضت البلدة لقصف عنيف أمس.", "لقصف", "asserted"),
    ],
)
def test_purpose_of_a_fight(extractor, make_doc, text, trigger, modality) -> None:
    assert _modality(extractor, make_doc(text), trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("واتهمتهم النيابة بالتخطيط لاستهداف منشآت حكومية.", "لاستهداف", "planned"),
        ("وقال إن المملكة ستستضيف الشهر المقبل مؤتمرا دوليا بشأن السلام.", "مؤتمرا", "planned"),
    ],
)
def test_planning_and_hosting_to_come(extractor, make_doc, text, trigger, modality) -> None:
    assert _modality(extractor, make_doc(text), trigger) == modality


def test_attacks_they_planned_are_planned(extractor, make_doc) -> None:
    text = "وقال الجيش إنه استهدف مسلحين كانوا يخططون لتنفيذ هجمات على القوات."
    assert _modality(extractor, make_doc(text), "هجمات") == "planned"


def test_a_place_that_looks_like_a_future_verb_plans_nothing(extractor, make_doc) -> None:
    # سيناء is س + ي + ناء to the "the clause goes on in the future" rule (المحادثات … ستبدأ)
    text = "مقتل ثلاثة عناصر أمن في هجوم على نقطة تفتيش شمال سيناء"
    doc = make_doc(text, entities=[("شمال سيناء", "LOC")])
    assert _modality(extractor, doc, "هجوم") == "asserted"


def test_about_before_a_number_is_no_towards(extractor, make_doc) -> None:
    """نحو is "towards" (a step towards a deal: prospective) and, before a number, "about": "إن نحو 400 ألف شخص فروا"
    reports a flight that happened."""
    (ev,) = extractor(make_doc("وقالت المنظمة إن نحو 400 ألف شخص فروا من المخيم.")).events
    assert ev.modality == "asserted"
    (ev,) = extractor(make_doc("وأضافت أن نحو 70 صاروخا وقذيفة هاون أطلقت من القطاع.")).events
    assert ev.modality == "asserted"


def test_a_deal_not_signed_is_negated_and_a_refusal_is_a_rejection(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وقال المتحدث: لم نوقع أي اتفاق حتى الآن.")).events
    assert (ev.plover, ev.modality) == ("AGREE", "negated")
    ev = next(e for e in extractor(make_doc("وقالت الوزارة إنها لن تقبل أي هدنة.")).events if e.trigger.text == "تقبل")
    assert (ev.plover, ev.modality) == ("REJECT", "asserted")
    # "ما لم" is "unless": a condition, neither a rejection nor a denial
    doc = make_doc("وستقتحم القوات المدينة ما لم يقبل المسلحون تسليمها.")
    ev = next(e for e in extractor(doc).events if e.trigger.text == "يقبل")
    assert (ev.plover, ev.modality) == ("AGREE", "hypothetical")


def test_a_second_verb_of_the_denier_is_no_part_of_the_denial(extractor, make_doc) -> None:
    text = "وتنفي قوات الدعم السريع استهداف المدنيين وتتهم الجيش السوداني باستخدام المخيمات."
    doc = make_doc(text, entities=[("قوات الدعم السريع", "ORG"), ("الجيش السوداني", "ORG")])
    assert _modality(extractor, doc, "استهداف") == "negated"
    assert _modality(extractor, make_doc(text), "تتهم") == "asserted"
    # inside the denied clause (after أن) a second verb is denied too
    assert _modality(extractor, make_doc("ونفى الجيش أن يكون قصف المستشفى وقتل مدنيين."), "قتل") == "negated"


def test_a_foiled_attack_did_not_happen_and_the_foiling_is_disrupted_weapons_use(extractor, make_doc) -> None:
    text = "وأحبطت قوات الأمن هجوما بسيارة مفخخة كان يستهدف حاجزا أمنيا."
    events = extractor(make_doc(text)).events
    foiled = next(e for e in events if e.trigger.text == "أحبطت")
    assert (foiled.plover, foiled.acled, [a.text for a in foiled.actors]) == (
        "COERCE",
        ["Strategic developments", "Disrupted weapons use"],
        ["قوات الأمن"],
    )
    assert _modality(extractor, make_doc(text), "هجوما") == "negated"
    # foiling smuggling or a plan is no disrupted attack
    assert not extractor(make_doc("وأحبطت الجمارك محاولة تهريب مخدرات.")).events


def test_a_threat_reaches_past_its_speaker_and_a_quoted_name(extractor, make_doc) -> None:
    text = 'وهددت الدول الأوروبية الثلاث بتفعيل آلية "الزناد" لإعادة فرض العقوبات على طهران.'
    doc = make_doc(
        text,
        statements=[
            {
                "speaker": "الدول الأوروبية الثلاث",
                "cue": "هددت",
                "content": 'تفعيل آلية "الزناد" لإعادة فرض العقوبات على طهران',
            }
        ],
    )
    assert _modality(extractor, doc, "العقوبات") == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("ونفى الرئيس أي دوافع سياسية وراء التوقيف.", "التوقيف", "asserted"),
        ("ونفت الحركة مسؤوليتها عن الهجوم على الحاجز.", "الهجوم", "asserted"),
        ("ونفى الوزير ضلوعه في اغتيال الصحفي.", "اغتيال", "asserted"),
        ("ونفى الجيش قصف المستشفى.", "قصف", "negated"),
    ],
)
def test_what_a_denial_takes_for_granted_is_not_denied(extractor, make_doc, text, trigger, modality) -> None:
    from marsad.statements import StatementExtractor

    doc = StatementExtractor()(make_doc(text))
    assert _modality(extractor, doc, trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # another verb takes the negation itself
        ("مضيفا أنهم لن يفضوا اعتصامهم قبل تلبية مطالبهم.", "اعتصامهم", "asserted"),
        ("وأعلنت الشركة أن الإنتاج لم يتأثر بالاحتجاج.", "بالاحتجاج", "asserted"),
        ("ولا تزال المفاوضات متعثرة.", "المفاوضات", "asserted"),
        ("ولم يتم كشف الاتهامات الموجهة إليه.", "الاتهامات", "asserted"),
        ("ولكنها لم ترد على طلب الشبكة للتعليق.", "طلب", "asserted"),
        # a light verb, a verb of occurring and its subject or complement carry it to the noun
        ("ولم تنفذ الطائرات أي غارات.", "غارات", "negated"),
        ("ولم يتم التوصل إلى اتفاق.", "اتفاق", "negated"),
        ("ولم تشهد المدينة اشتباكات.", "اشتباكات", "negated"),
        ("إلا أنها لا تبسط سيطرتها الكاملة على العاصمة.", "سيطرتها", "negated"),
    ],
)
def test_how_far_a_negator_reaches(extractor, make_doc, text, trigger, modality) -> None:
    assert _modality(extractor, make_doc(text), trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("غوتيريش: الوضع مروع ويجب وقف القتال فورا", "وقف", "hypothetical"),
        # the nearer act takes the cue: the inquiry is to be, the attack was
        ("وقال إنه ينبغي إجراء تحقيق في الهجوم.", "تحقيق", "hypothetical"),
        ("وقال إنه ينبغي إجراء تحقيق في الهجوم.", "الهجوم", "asserted"),
        ("ومن المقرر أن يبحث الاجتماع تداعيات الهجوم.", "الهجوم", "asserted"),
        ("ومن المقرر أن يبحث الاجتماع تداعيات الهجوم.", "الاجتماع", "planned"),
        ("وقال إنه يعتزم زيارة العاصمة ولقاء الرئيس.", "لقاء", "planned"),
        ("ليقرر ما إذا كان سينسحب من الاتفاق.", "الاتفاق", "asserted"),
    ],
)
def test_a_cue_governs_the_nearest_act(extractor, make_doc, text, trigger, modality) -> None:
    assert _modality(extractor, make_doc(text), trigger) == modality


def test_on_condition_that_plans_but_evidence_that_asserts(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وقال إنه لا يوجد دليل على أن الهجوم جاء من الخارج.")).events
    assert ev.modality == "asserted"
    events = extractor(make_doc("واتفق الطرفان على أن تعقد المحادثات في جنيف.")).events
    assert [e.modality for e in events if e.plover == "CONSULT"] == ["planned"]


def test_what_is_to_be_avoided_has_not_happened(extractor, make_doc) -> None:
    text = "ووصل المبعوث إلى العاصمة في محاولة لإقناع الأطراف، تجنبا لمعركة قد تقطع شريان المساعدات."
    (ev,) = [e for e in extractor(make_doc(text)).events if e.plover == "FIGHT"]
    assert ev.modality == "hypothetical"
    (ev,) = extractor(make_doc("وأكد الرئيس ضرورة التوصل إلى اتفاق قانوني ملزم.")).events
    assert ev.modality == "hypothetical"  # a necessity, not a deal made


def test_a_foiled_plot_does_not_foil_the_arrest_joined_to_it(extractor, make_doc) -> None:
    events = extractor(make_doc("وأعلنت الشرطة إحباط هجوم واعتقال منفذيه.")).events
    assert [(e.trigger.text, e.modality) for e in events if e.trigger.text != "إحباط"] == [
        ("هجوم", "negated"),
        ("اعتقال", "asserted"),
    ]
