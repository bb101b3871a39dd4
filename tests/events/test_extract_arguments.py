"""Actors, targets, locations and dates of event mentions."""

from __future__ import annotations

import pytest

from marsad.document import Place


def _event(doc, plover: str):
    return next(e for e in doc.events if e.plover == plover)


def test_vso_actor_and_location(extractor, make_doc) -> None:
    doc = make_doc("وسيطرت القوات الموالية على بلدة الزيتونة شرقي المدينة.", entities=[("الزيتونة", "LOC")])
    ev = _event(extractor(doc), "FIGHT")
    assert [a.text for a in ev.actors] == ["القوات الموالية"]
    assert [loc.text for loc in ev.locations] == ["الزيتونة"]


def test_svo_actor_inside_reported_speech(extractor, make_doc) -> None:
    text = "وقالت الوزارة إن الجيش الوطني استعاد مطار المدينة."
    doc = make_doc(
        text, statements=[{"speaker": "الوزارة", "cue": "قالت", "content": "الجيش الوطني استعاد مطار المدينة"}]
    )
    ev = _event(extractor(doc), "FIGHT")
    assert [a.text for a in ev.actors] == ["الجيش الوطني"]
    assert ev.statement == 0


def test_implicit_subject_is_the_speaker(extractor, make_doc) -> None:
    text = "وقالت الحركة إنها لن تنسحب من المواقع."
    doc = make_doc(
        text,
        entities=[("الحركة", "ORG")],
        statements=[{"speaker": "الحركة", "cue": "قالت", "content": "لن تنسحب من المواقع"}],
    )
    ev = _event(extractor(doc), "RETREAT")
    assert [a.text for a in ev.actors] == ["الحركة"]
    assert ev.modality == "negated"


def test_direct_object_and_entity_actor(extractor, make_doc) -> None:
    doc = make_doc("واتهمت طهران واشنطن بتأجيج التوتر.", entities=[("طهران", "LOC"), ("واشنطن", "LOC")])
    country = Place(35.7, 51.4, "IR", precision="country")
    doc.entities[0].place = country
    doc.entities[1].place = Place(38.9, -77.0, "US", precision="country")
    ev = _event(extractor(doc), "DISAPPROVE")
    assert [a.text for a in ev.actors] == ["طهران"]
    assert [t.text for t in ev.targets] == ["واشنطن"]


def test_listed_places_replace_their_container(extractor, make_doc) -> None:
    doc = make_doc(
        "وسيطر الجيش على أحياء في شرق المدينة القديمة منها الصفصافة والبستان.",
        entities=[("المدينة القديمة", "LOC"), ("الصفصافة", "LOC"), ("البستان", "LOC")],
    )
    ev = _event(extractor(doc), "FIGHT")
    assert [loc.text for loc in ev.locations] == ["الصفصافة", "البستان"]


def test_topic_and_speaker_residence_are_not_locations(extractor, make_doc) -> None:
    text = "وقال مسؤول يقيم في عمان إن المحادثات بشأن درعا ستبدأ قريبا."
    doc = make_doc(
        text,
        entities=[("عمان", "LOC"), ("درعا", "LOC")],
        statements=[{"speaker": "مسؤول يقيم في عمان", "cue": "قال", "content": "المحادثات بشأن درعا ستبدأ قريبا"}],
    )
    ev = _event(extractor(doc), "CONSULT")
    assert ev.locations == []


def test_a_witness_reports_from_the_town_its_phrase_names(extractor, make_doc) -> None:
    text = "وقال ناشطون في بلدة كفرنبل إن قذائف سقطت على المنطقة."
    town = Place(35.6, 36.6, "SY", precision="point")
    doc = make_doc(
        text,
        entities=[("كفرنبل", "LOC")],
        places={"كفرنبل": town},
        statements=[{"speaker": "ناشطون في بلدة كفرنبل", "cue": "قال", "content": "قذائف سقطت على المنطقة"}],
    )
    ev = _event(extractor(doc), "FIGHT")
    assert [loc.text for loc in ev.locations] == ["كفرنبل"]


def test_an_officials_posting_is_not_where_the_event_happened(extractor, make_doc) -> None:
    text = "وقال السفير في واشنطن إن قذائف سقطت على المنطقة."
    doc = make_doc(
        text,
        entities=[("واشنطن", "LOC")],
        places={"واشنطن": Place(38.9, -77.0, "US", precision="point")},
        statements=[{"speaker": "السفير في واشنطن", "cue": "قال", "content": "قذائف سقطت على المنطقة"}],
    )
    ev = _event(extractor(doc), "FIGHT")
    assert [loc.text for loc in ev.locations] == ["المنطقة"]


def test_date_from_the_clause_and_month_range(extractor, make_doc) -> None:
    doc = make_doc(
        "قصفت المدفعية القرية مساء الأحد. وكانت القوات قد اعتقلت ناشطين في مارس الماضي.",
        times=[("مساء الأحد", "2021-03-14"), ("مارس الماضي", "2021-03")],
    )
    extractor(doc)
    assert _event(doc, "FIGHT").date == {"start": "2021-03-14", "end": "2021-03-14"}
    assert _event(doc, "FIGHT").time_precision == 1
    assert _event(doc, "COERCE").date == {"start": "2021-03-01", "end": "2021-03-31"}


def test_time_of_saying_is_not_the_event_date(extractor, make_doc) -> None:
    text = "وقال المرصد الجمعة إن الفصائل قصفت مواقع للجيش."
    doc = make_doc(
        text,
        times=[("الجمعة", "2021-03-12")],
        statements=[{"speaker": "المرصد", "cue": "قال", "content": "الفصائل قصفت مواقع للجيش"}],
    )
    assert _event(extractor(doc), "FIGHT").date is None


def test_an_announced_act_takes_the_day_of_the_announcement(extractor, make_doc) -> None:
    from marsad.document import Span

    text = "وأعلنت الحركة مساء الثلاثاء وقفا لإطلاق النار مع إسرائيل."
    doc = make_doc(
        text,
        times=[("مساء الثلاثاء", "2021-03-09")],
        statements=[{"speaker": "الحركة", "cue": "أعلنت", "content": "وقفا لإطلاق النار مع إسرائيل"}],
    )
    a = text.index("مساء الثلاثاء")
    doc.statements[0].time = Span(a, a + len("مساء الثلاثاء"), "مساء الثلاثاء")
    assert _event(extractor(doc), "AGREE").date == {"start": "2021-03-09", "end": "2021-03-09"}


def test_a_scheduled_noun_keeps_its_date_to_itself(extractor, make_doc) -> None:
    text = "ووقع الطرفان اتفاقا لتشكيل لجنة تشرف على الانتخابات المقررة في ديسمبر المقبل."
    doc = extractor(make_doc(text, times=[("ديسمبر المقبل", "2021-12")]))
    assert _event(doc, "AGREE").date is None  # December is the elections' date, not the signing's
    text = "ويعقد المؤتمر المقبل المقرر في ديسمبر المقبل في العاصمة."
    doc = extractor(make_doc(text, times=[("ديسمبر المقبل", "2021-12")]))
    assert _event(doc, "CONSULT").date == {"start": "2021-12-01", "end": "2021-12-31"}


def test_spans_are_offset_true(extractor, make_doc) -> None:
    doc = make_doc("وَقَصَفَتْ الطائرات بلدة الزيتونة، ما أدى إلى مقتل ٣ مدنيين.", entities=[("الزيتونة", "LOC")])
    extractor(doc)
    assert doc.events
    doc.validate()


def test_light_verb_subject_acts_for_the_noun(extractor, make_doc) -> None:
    doc = make_doc(
        "واستخدمت روسيا والصين حق النقض ضد مشروع القرار.",
        entities=[("روسيا", "LOC"), ("الصين", "LOC")],
        places={
            "روسيا": Place(61.5, 105.3, "RU", precision="country"),
            "الصين": Place(35.9, 104.2, "CN", precision="country"),
        },
    )
    ev = _event(extractor(doc), "REJECT")
    assert [a.text for a in ev.actors] == ["روسيا", "الصين"]


def test_both_sides_after_bayna(extractor, make_doc) -> None:
    doc = extractor(make_doc("واندلعت اشتباكات بين القوات الحكومية والمسلحين قرب المطار."))
    ev = _event(doc, "FIGHT")
    assert [a.text for a in ev.actors] == ["القوات الحكومية", "المسلحين"]


def test_both_sides_after_an_adjective_a_verb_and_a_time(extractor, make_doc) -> None:
    text = "وقال شهود إن اشتباكات عنيفة اندلعت يوم السبت بين القوات الحكومية والمسلحين قرب المطار."
    doc = extractor(make_doc(text, times=[("يوم السبت", "2021-03-13")]))
    ev = _event(doc, "FIGHT")
    assert [a.text for a in ev.actors] == ["القوات الحكومية", "المسلحين"]


def test_arrest_phrase_object_is_the_target(extractor, make_doc) -> None:
    doc = make_doc("وألقت الشرطة القبض على ثلاثة مشتبه بهم.", entities=[])
    ev = _event(extractor(doc), "COERCE")
    assert [a.text for a in ev.actors] == ["الشرطة"]
    assert [t.text for t in ev.targets] == ["ثلاثة مشتبه"]


def test_a_dateline_place_is_no_subject(extractor, make_doc) -> None:
    text = "الفاشر - سيطرت قوات الدعم السريع على مدينة الزهراء بعد معارك."
    doc = make_doc(text, entities=[("الفاشر", "LOC"), ("قوات الدعم السريع", "ORG"), ("الزهراء", "LOC")])
    assert doc.sentences[0].dateline_end == text.index("سيطرت")
    ev = next(e for e in extractor(doc).events if e.trigger.text == "سيطرت")
    assert [a.text for a in ev.actors] == ["قوات الدعم السريع"]
    assert [t.text for t in ev.targets] == []


def test_the_shooter_follows_the_bullets_and_the_victims_precede_them(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقالت الشبكة إن 9 مدنيين على الأقل قتلوا برصاص عناصر الأمن في السوق."))
    ev = next(e for e in doc.events if e.trigger.text == "برصاص")
    assert [a.text for a in ev.actors] == ["عناصر الأمن"]
    assert [t.text for t in ev.targets] == ["9 مدنيين"]


def test_a_stormed_place_is_the_target(extractor, make_doc) -> None:
    for text, trigger in (
        ("وأصيب ثلاثة أشخاص جراء قصف المخيم.", "قصف"),
        ("وأصيب جنديان خلال اقتحام المدينة.", "اقتحام"),
    ):
        ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
        assert ev.actors == []
        assert [t.text for t in ev.targets] == [text.split()[-1].rstrip(".")]


def test_the_town_stands_for_the_town_the_story_names(extractor, make_doc) -> None:
    text = (
        "سيطر المتمردون على مدينة الواحة بعد معارك. ونزح السكان باتجاه مدينة السهل. "
        "وأكد السكان أن المتمردين انتشروا في أحياء الواحة. ونفى الجيش سقوط المدينة."
    )
    entities = [("الواحة", "LOC"), ("السهل", "LOC"), ("الواحة@2", "LOC")]
    doc = extractor(make_doc(text, entities=entities))
    fall = next(e for e in doc.events if e.trigger.text == "سقوط")
    assert fall.plover == "FIGHT" and fall.acled == ["Battles", "Non-state actor overtakes territory"]
    # the town named twice, not the last town named after مدينة
    assert [(loc.text, loc.start) for loc in fall.locations] == [("الواحة", text.index("الواحة"))]


def test_a_fall_needs_a_place_after_it(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأسفر القصف عن سقوط قتلى وجرحى في صفوف المدنيين."))
    assert not any(e.trigger.text == "سقوط" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # an indefinite head takes its indefinite adjective or the first word of its genitive chain
        ("وقال إن عناصر مندسة أحرقت إطارات في الشوارع.", "أحرقت", ["عناصر مندسة"], []),
        ("وهاجم مسلحون مجهولون حاجزا للجيش.", "هاجم", ["مسلحون مجهولون"], []),
        # … but no verb: the sanctioned are six people, not "six people who head"
        ("وفرض المجلس عقوبات على ستة أشخاص يترأسون شبكات.", "عقوبات", ["المجلس"], ["ستة أشخاص"]),
        # a light verb's subject before it acts for the noun after it
        # (a ship is a site struck since session 24: the operation was against it)
        (
            "وقال المتحدث إن القوات البحرية نفذت عملية عسكرية ضد السفينة.",
            "عملية عسكرية",
            ["القوات البحرية"],
            ["السفينة"],
        ),
        # what is destroyed, targeted or stormed is the genitive, even a building's genitive chain
        ("وأعلن الجيش تدمير ثلاثة زوارق في البحر.", "تدمير", ["الجيش"], ["ثلاثة زوارق"]),
        ("وحاول المحتجون اقتحام مبنى مجلس المحافظة.", "اقتحام", [], ["مبنى مجلس المحافظة"]),
    ],
)
def test_phrases_of_actors_and_targets(extractor, make_doc, text, trigger, actors, targets) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
    assert [a.text for a in ev.actors] == actors
    assert [t.text for t in ev.targets] == targets


def test_a_town_inside_the_target_is_the_place(extractor, make_doc) -> None:
    text = "وحاول المحتجون اقتحام مبنى محافظة الواحة."
    doc = extractor(make_doc(text, entities=[("الواحة", "LOC")]))
    ev = next(e for e in doc.events if e.trigger.text == "اقتحام")
    assert [t.text for t in ev.targets] == ["مبنى محافظة الواحة"]
    assert [loc.text for loc in ev.locations] == ["الواحة"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # و + a form that is both a verbal noun and a past verb, then a name: the verb, whose subject acts
        # (declining to comment, رفض التعليق, is no event since session 22: the objects are real rejections)
        ("ورفض الاتحاد العام للشغل الزيادة المقترحة في الأجور.", "رفض", ["الاتحاد العام للشغل"]),
        # a definite subject right after its verb takes adjectives, not the object after it
        ("ورفضت الحكومة المقترحات الجديدة.", "رفضت", ["الحكومة"]),
        ("وهاجمت المعارضة المسلحة الحاجز.", "هاجمت", ["المعارضة المسلحة"]),
        ("وقصفت القوات الحكومية السورية البلدة.", "قصفت", ["القوات الحكومية السورية"]),
    ],
)
def test_verb_subjects(extractor, make_doc, text, trigger, actors) -> None:
    entities = [("الاتحاد العام للشغل", "ORG")] if "للشغل" in text else []
    ev = next(e for e in extractor(make_doc(text, entities=entities)).events if e.trigger.text == trigger)
    assert [a.text for a in ev.actors] == actors


def test_the_killed_are_targets_with_their_number_after_them(extractor, make_doc) -> None:
    ev = next(e for e in extractor(make_doc("وقتلت القوات مسلحين اثنين قرب الحاجز.")).events if e.plover == "FIGHT")
    assert [t.text for t in ev.targets] == ["مسلحين اثنين"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # a title before a person's name is one phrase
        ("ورفض الشيخ حكمت الهجري دخول القوات إلى المدينة.", "رفض", ["الشيخ حكمت الهجري"], []),
        # a person right after a verb of killing is its victim
        ("وقُتل اللواء سالم الراشد في الهجوم.", "قُتل", [], ["اللواء سالم الراشد"]),
        # the one met after "to meet" is the target, whoever goes
        ("وسيرسل وزير الخارجية للقاء الملك سالم فورا.", "للقاء", [], ["الملك سالم"]),
    ],
)
def test_titled_persons(extractor, make_doc, text, trigger, actors, targets) -> None:
    name = next(n for n in ("حكمت الهجري", "سالم الراشد", "سالم") if n in text)
    ev = next(e for e in extractor(make_doc(text, entities=[(name, "PER")])).events if e.trigger.text == trigger)
    assert [a.text for a in ev.actors] == actors
    assert [t.text for t in ev.targets] == targets


# --- session 15 ---


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # a backing phrase between the subject and its verb; who backs is no place
        (
            "وقال المرصد إن فصائل المعارضة المدعومة من أنقرة استعادت السيطرة على البلدة.",
            "استعادت",
            ["فصائل المعارضة"],
            [],
        ),
        # a pluperfect light verb: the subject between كان and قد, a time phrase before the noun
        ("وكان الجيش قد أطلق في الرابع من الشهر الجاري هجوما على البلدة.", "هجوما", ["الجيش"], []),
        # the means after ب is no participant
        ("وقال الجيش إنه نفذ غارات بطائرات مسيرة على البلدة.", "غارات", [], []),
        # a count of times is no participant
        ("واتهمت الوزارة المقاتلين بخرق الهدنة 20 مرة خلال يومين.", "الهدنة", [], []),
        # nor is a place in front of something, after a quantity
        ("وتظاهر المئات أمام السفارة في العاصمة.", "تظاهر", [], []),
    ],
)
def test_arguments_of_other_years_reports(extractor, make_doc, text, trigger, actors, targets) -> None:
    entities = [("أنقرة", "LOC")] if "أنقرة" in text else []
    times = [("الرابع من الشهر الجاري", "2021-03-04")] if "الرابع" in text else []
    doc = extractor(make_doc(text, entities=entities, times=times))
    ev = next(e for e in doc.events if e.trigger.text == trigger)
    assert [a.text for a in ev.actors] == actors
    assert [t.text for t in ev.targets] == targets
    assert "أنقرة" not in [loc.text for loc in ev.locations]


def test_a_town_past_long_arguments_is_the_place_and_a_bare_head_is_not(extractor, make_doc) -> None:
    text = "سيطرت القوات التركية وفصائل سورية موالية لها، اليوم الأحد، على مدينة رأس العين الحدودية."
    doc = extractor(make_doc(text, entities=[("رأس العين", "LOC")], times=[("اليوم الأحد", "2021-03-14")]))
    ev = next(e for e in doc.events if e.trigger.text == "سيطرت")
    assert [loc.text for loc in ev.locations] == ["رأس العين"]
    # with the town untagged, "مدينة" alone is no place phrase
    doc = extractor(make_doc(text, times=[("اليوم الأحد", "2021-03-14")]))
    ev = next(e for e in doc.events if e.trigger.text == "سيطرت")
    assert [loc.text for loc in ev.locations] == []


def test_deaths_in_a_disaster_report_are_no_political_violence(extractor, make_doc) -> None:
    text = (
        "ارتفعت حصيلة ضحايا الزلزال الذي ضرب المنطقة فجر الاثنين.\n"
        "وأعلن الدفاع المدني مقتل 1020 شخصا في مناطق الشمال.\n"
        "وقتل ثلاثة أشخاص في قصف استهدف بلدة قريبة."
    )
    doc = extractor(make_doc(text))
    triggers = [e.trigger.text for e in doc.events]
    assert "مقتل" not in triggers  # the quake's toll
    assert "قصف" in triggers  # an attack in the same report stays
    # without the disaster in the lead, the same death toll is an event
    doc = extractor(make_doc("وأعلن الدفاع المدني مقتل 1020 شخصا في مناطق الشمال."))
    assert "مقتل" in [e.trigger.text for e in doc.events]


def test_who_managed_to_arrest_acts(extractor, make_doc) -> None:
    text = "وتمكنت وحدات الحرس الوطني أمس الأحد من القبض على عنصر تكفيري في المدينة."
    doc = make_doc(text, times=[("أمس الأحد", "2016-04-03")])
    ev = _event(extractor(doc), "COERCE")
    assert [a.text for a in ev.actors] == ["وحدات الحرس الوطني"]
    assert [t.text for t in ev.targets] == ["عنصر تكفيري"]


def test_who_foiled_an_attack_did_not_make_it(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("ونجحت قوات الأمن في إحباط هجوم على مركز للشرطة.")), "FIGHT")
    assert ev.actors == []


def test_an_oblique_plural_after_the_verb_is_its_object(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("وهاجم الجيش المسلحين في القرية.")), "FIGHT")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["الجيش"], ["المسلحين"])


def test_a_feminine_name_after_a_masculine_verb_is_its_target(extractor, make_doc) -> None:
    country = {"تركيا": Place(39.0, 35.0, "TR", precision="country")}
    doc = make_doc("واتهم تركيا بتسهيل عبور المقاتلين.", entities=[("تركيا", "LOC")], places=country)
    ev = _event(extractor(doc), "DISAPPROVE")
    assert (ev.actors, [t.text for t in ev.targets]) == ([], ["تركيا"])
    doc = make_doc("واتهمت تركيا الجماعة بالهجوم.", entities=[("تركيا", "LOC")], places=country)
    assert [a.text for a in _event(extractor(doc), "DISAPPROVE").actors] == ["تركيا"]


def test_an_attacks_genitive_is_the_attacker_also_against_civilians(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("وجاءت الضربات ردا على هجمات النظام ضد المدنيين.")), "ASSAULT")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["النظام"], ["المدنيين"])


def test_fighter_jets_act_and_the_clitic_l_stays_outside(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("وشنت غارات لمقاتلات التحالف على مواقع المسلحين.")), "FIGHT")
    assert [a.text for a in ev.actors] == ["مقاتلات التحالف"]
    assert ev.acled == ["Explosions/Remote violence", "Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وقصفت المقاتلات مواقع المسلحين في الجبال.", "مواقع المسلحين"),
        ("وشنت الطائرات غارات على مخازن أسلحة قرب المطار.", "مخازن أسلحة"),
    ],
)
def test_military_sites_are_what_a_strike_hits(extractor, make_doc, text, target) -> None:
    ev = _event(extractor(make_doc(text)), "FIGHT")
    assert [t.text for t in ev.targets] == [target]


@pytest.mark.parametrize(
    ("text", "plover", "actors"),
    [
        ("وقتل عشرات الجنود في كمين نصبه المسلحون قرب المدينة.", "FIGHT", ["المسلحون"]),
        ("وأقدم عشرات المحتجين صباح الأحد على اقتحام مبنى المحافظة.", "PROTEST", ["عشرات المحتجين"]),
        ("وعقدت محادثات سرية بين الحكومة والمتمردين.", "CONSULT", ["الحكومة", "المتمردين"]),
    ],
)
def test_actors_through_a_light_verb_or_between(extractor, make_doc, text, plover, actors) -> None:
    assert [a.text for a in _event(extractor(make_doc(text)), plover).actors] == actors


def test_the_other_side_after_with_and_a_convoy(extractor, make_doc) -> None:
    doc = make_doc("وخاض الجيش الخميس مواجهات مع متشددين قرب الميناء.", times=[("الخميس", "2021-03-11")])
    ev = _event(extractor(doc), "FIGHT")
    assert [a.text for a in ev.actors] == ["الجيش", "متشددين"]
    ev = _event(extractor(make_doc("وغادرت قافلة المساعدات البلدة قبل إفراغ حمولتها.")), "RETREAT")
    assert [a.text for a in ev.actors] == ["قافلة المساعدات"]


def test_a_noun_in_final_alif_maqsura_is_no_adjective_of_the_subject(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("واستهدفت الطائرات المستشفى الوحيد في البلدة.")), "ASSAULT")
    assert [a.text for a in ev.actors] == ["الطائرات"]


def test_the_subject_of_a_plural_light_verb_before_it(extractor, make_doc) -> None:
    ev = next(e for e in extractor(make_doc("وقال الجيش إن مسلحين شنوا هجوما على منشآت نفطية.")).events)
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["مسلحين"], ["منشآت نفطية"])


def test_a_plural_verb_carries_the_plural_phrase_before_it(extractor, make_doc) -> None:
    text = "وقالت الشرطة إن سبعة محتجين جرحوا بعد أن اشتبكوا مع حراس المبنى."
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "اشتبكوا")
    assert [a.text for a in ev.actors][:1] == ["سبعة محتجين"]


def test_an_arrest_in_the_plural_does_not_carry_a_subject(extractor, make_doc) -> None:
    # اعتقلوا is as often passive ("were arrested"): the plural phrase before it is no arrester
    text = "وقالت الشرطة إن عشرات المحتجين تجمعوا أمام المبنى قبل أن اعتقلوا."
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "اعتقلوا")
    assert ev.actors == []


def test_a_noun_with_its_pronoun_opening_the_content_is_the_speakers_act(extractor, make_doc) -> None:
    # "أعلنت القيادة سيطرتها على المدينة": its (the command's) control; the noun with a ة and no pronoun has none
    text = "وأعلنت القيادة العسكرية سيطرتها على المدينة بعد معارك."
    st = {"speaker": "القيادة العسكرية", "cue": "أعلنت", "content": "سيطرتها على المدينة بعد معارك"}
    ev = _event(extractor(make_doc(text, statements=[st])), "FIGHT")
    assert ev.trigger.text == "سيطرتها" and [a.text for a in ev.actors] == ["القيادة العسكرية"]
    text = "وأعلنت القيادة العسكرية سيطرة الفصائل على المدينة."
    st = {"speaker": "القيادة العسكرية", "cue": "أعلنت", "content": "سيطرة الفصائل على المدينة"}
    ev = _event(extractor(make_doc(text, statements=[st])), "FIGHT")
    assert [a.text for a in ev.actors] == ["الفصائل"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وقالت الوزارة إن قوى الأمن العام اشتبكت مع المسلحين في الريف.", "قوى الأمن العام"),
        ("وأوقفت مفارز للجيش الوطني الشعبي ثلاثة مهربين.", "مفارز للجيش الوطني الشعبي"),
    ],
)
def test_security_forces_named_by_other_heads_act(extractor, make_doc, text, actor) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.plover in ("FIGHT", "COERCE"))
    assert [a.text for a in ev.actors][:1] == [actor]


def test_the_country_visited_is_where(extractor, make_doc) -> None:
    text = "وأعلنت الرئاسة زيارة الرئيس إلى فرنسا، وانتقد وزير من تركيا الزيارة."
    places = {
        "فرنسا": Place(46.0, 2.0, "FR", "France", precision="country"),
        "تركيا": Place(39.0, 35.0, "TR", "Turkey", precision="country"),
    }
    doc = make_doc(text, entities=[("فرنسا", "LOC"), ("تركيا", "LOC")], places=places)
    visit = next(e for e in extractor(doc).events if e.trigger.text == "زيارة")
    assert [loc.text for loc in visit.locations] == ["فرنسا"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("وزار الوزير تركيا الأسبوع الماضي.", ["تركيا"]),
        ("وتتحدث أخبار عن زيارة محتملة لرئيس وزراء إثيوبيا إلى إريتريا.", ["إريتريا"]),
        ("وكانت آخر مرة زار فيها مسؤول من إثيوبيا البلد المجاور قبل عقدين.", []),
    ],
)
def test_a_visit_is_where_it_goes_not_where_the_visitor_comes_from(extractor, make_doc, text, where) -> None:
    names = [w for w in ("تركيا", "إثيوبيا", "إريتريا") if w in text]
    places = {n: Place(0.0, 0.0, "XX", n, precision="country") for n in names}
    doc = make_doc(text, entities=[(n, "LOC") for n in names], places=places)
    visit = next(e for e in extractor(doc).events if e.plover == "CONSULT")
    assert [loc.text for loc in visit.locations] == where


def test_a_long_name_counts_once_on_the_way_back_to_a_light_verb(extractor, make_doc) -> None:
    text = "أجرى وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اتصالا هاتفيا مع نظيره الإيراني."
    doc = make_doc(text, entities=[("سالم عبدالله الجابر الصباح", "PER")])
    ev = next(e for e in extractor(doc).events if e.plover == "CONSULT")
    assert [a.text for a in ev.actors] == ["وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح"]


def test_the_subject_of_a_light_verb_after_the_noun_and_its_adjective_acts(extractor, make_doc) -> None:
    text = "وقتل 25 مدنيا في قصف مدفعي شنته قوات الدعم السريع على أحياء سكنية."
    doc = make_doc(text, entities=[("قوات الدعم السريع", "ORG")])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "قصف")
    assert [a.text for a in ev.actors] == ["قوات الدعم السريع"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("وذكرت المنظمة أن أكثر من ثلاثة آلاف أسرة فرت من المخيم.", "أكثر من ثلاثة آلاف أسرة"),
        ("وقالت المنظمة إن نحو ألفي عائلة نزحت من القرية.", "نحو ألفي عائلة"),
    ],
)
def test_a_counted_subject_before_the_verb_acts(extractor, make_doc, text, actor) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.plover == "RETREAT")
    assert [a.text for a in ev.actors] == [actor]
    assert ev.modality == "asserted"  # نحو before a count is "about", no hypothetical "towards"


def test_the_subject_of_a_light_verb_after_an_accusative_noun_and_its_adjective_acts(extractor, make_doc) -> None:
    text = "وأعلن الجيش أنه صد هجوما واسعا شنته قوات الدعم السريع على المحور الشرقي للمدينة."
    doc = make_doc(text, entities=[("الجيش", "ORG"), ("قوات الدعم السريع", "ORG")])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "هجوما")
    assert [a.text for a in ev.actors] == ["قوات الدعم السريع"]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content", "entities", "target"),
    [
        # the speaker's own forces before the verb: the phrase after it is the object
        (
            "وقالت وزارة الدفاع إن طائراتها الحربية دمرت 24 هدفا للحزب في منطقة قنديل.",
            "وزارة الدفاع",
            "قالت",
            "طائراتها الحربية دمرت 24 هدفا للحزب في منطقة قنديل",
            [("وزارة الدفاع", "ORG"), ("قنديل", "LOC")],
            "24 هدفا للحزب",
        ),
        # a pronoun subject (إنه) and a site after the verb that no phrase finder takes as an actor
        (
            "وقال الجيش الإسرائيلي إنه استهدف مركز قيادة لحركة حماس داخل المدرسة.",
            "الجيش الإسرائيلي",
            "قال",
            "استهدف مركز قيادة لحركة حماس داخل المدرسة",
            [("الجيش الإسرائيلي", "ORG"), ("حماس", "ORG")],
            "مركز قيادة",
        ),
    ],
)
def test_the_speakers_own_act_takes_the_phrase_after_the_verb_as_its_target(
    extractor, make_doc, text, speaker, cue, content, entities, target
) -> None:
    st = {"speaker": speaker, "cue": cue, "content": content}
    (ev,) = extractor(make_doc(text, entities=entities, statements=[st])).events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == ([speaker], [target])


def test_the_pronoun_on_an_arrest_is_who_was_held_not_the_speaker(extractor, make_doc) -> None:
    text = "وأكد المبعوث أن احتجازهم انتهاك صارخ للقانون الدولي، وأعلنت الإدارة سيطرتها على المدينة."
    sts = [
        {"speaker": "المبعوث", "cue": "أكد", "content": "احتجازهم انتهاك صارخ للقانون الدولي"},
        {"speaker": "الإدارة", "cue": "أعلنت", "content": "سيطرتها على المدينة"},
    ]
    doc = extractor(make_doc(text, statements=sts))
    got = {e.trigger.text: [a.text for a in e.actors] for e in doc.events}
    assert (got["احتجازهم"], got["سيطرتها"]) == ([], ["الإدارة"])


def test_the_town_denied_fallen_is_the_town_named_before_with_its_head(extractor, make_doc) -> None:
    # بلدة starts with ب, which the clitic stripper took for a preposition: "البلدة" found no antecedent
    text = "وسيطرت القوات على بلدة خان شيخون. ونفى المتحدث سقوط البلدة."
    doc = extractor(make_doc(text, entities=[("خان شيخون", "LOC")]))
    fall = next(e for e in doc.events if e.trigger.text.startswith("سقوط"))
    assert [loc.text for loc in fall.locations] == ["خان شيخون"]


def test_an_adjective_after_the_word_a_noun_took_in_is_nobody(extractor, make_doc) -> None:
    # "العدائية" describes الأعمال; a genitive of وقف never comes after an adjective
    text = "ودعا الوزير إلى وقف الأعمال العدائية فورا، ودخل وقف إطلاق النار الشامل بين إسرائيل وحزب الله حيز التنفيذ."
    doc = extractor(make_doc(text, entities=[("إسرائيل", "LOC"), ("حزب الله", "ORG")]))
    got = [[a.text for a in e.actors] for e in doc.events if e.trigger.text == "وقف"]
    assert got == [[], ["إسرائيل", "حزب الله"]]


def test_the_pronoun_on_a_takeover_is_who_acted_before_it(extractor, make_doc) -> None:
    text = "وتقدمت الفصائل نحو حمص بعد سيطرتها على حماة. وقصف الجيش مواقع المسلحين بعد هجومهم على الحاجز."
    doc = extractor(make_doc(text, entities=[("حمص", "LOC"), ("حماة", "LOC")]))
    got = {e.trigger.text: [a.text for a in e.actors] for e in doc.events}
    # هم cannot stand for الجيش (singular): the attackers are the militants, not named as actors
    assert (got["سيطرتها"], got["هجومهم"]) == (["الفصائل"], [])


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الوزارة إن غرفة العمليات استهدفت حيث تم تدميرها بالكامل.",  # a passive: the pronoun was destroyed
        "وقالت إن موكلتها تعرضت للاستفزاز من زوجها بعد اغتصابها.",  # a crime's pronoun is its victim
    ],
)
def test_a_pronoun_that_suffered_the_act_inherits_no_actor(extractor, make_doc, text) -> None:
    doc = extractor(make_doc(text))
    assert all(not e.actors for e in doc.events if e.trigger.text in ("تدميرها", "اغتصابها"))


def test_a_subject_opening_a_quotation_acts(extractor, make_doc) -> None:
    text = 'وقال المتحدث إن "الاحتلال استهدف الصفوف الدراسية دون سابق إنذار".'
    (ev,) = extractor(make_doc(text)).events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["الاحتلال"], ["الصفوف الدراسية"])


def test_a_quoted_object_of_the_verb_before_is_no_subject(extractor, make_doc) -> None:
    text = 'الشرطة المصرية تداهم "كهف الإرهابيين" وتقتل عددا منهم'
    kill = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "تقتل")
    assert kill.actors == []


def test_what_the_attack_is_described_as_striking_is_its_target(extractor, make_doc) -> None:
    text = "وقتل 27 فلسطينيا في غارة إسرائيلية استهدفت مدرسة تؤوي نازحين. وقتل خمسة في غارة استهدفت مدينة إدلب."
    doc = extractor(make_doc(text, entities=[("إدلب", "LOC")]))
    school, town = [e for e in doc.events if e.trigger.text == "غارة"]
    assert [t.text.split()[0] for t in school.targets] == ["مدرسة"]
    assert ([t.text for t in town.targets], [loc.text for loc in town.locations]) == ([], ["إدلب"])


def test_who_was_exposed_to_an_attack_suffered_it(extractor, make_doc) -> None:
    text = "وتعرضت قاعدة عين الأسد الجوية لهجوم بطائرتين مسيرتين. وتعرضت دورية للجيش لهجوم قرب البلدة."
    doc = extractor(make_doc(text, entities=[("قاعدة عين الأسد", "LOC")]))
    first, second = [e for e in doc.events if e.trigger.text == "لهجوم"]
    assert [loc.text for loc in first.locations] == ["قاعدة عين الأسد"]
    assert first.acled == ["Explosions/Remote violence", "Air/drone strike"]
    assert [t.text for t in second.targets] == ["دورية للجيش"]


def test_a_killing_in_the_feminine_with_men_counted_is_an_act(extractor, make_doc) -> None:
    text = "وادعت الحركة أنها سيطرت على القاعدة وقتلت 47 جنديا."
    st = {"speaker": "الحركة", "cue": "ادعت", "content": "سيطرت على القاعدة وقتلت 47 جنديا"}
    doc = extractor(make_doc(text, statements=[st]))
    got = {e.trigger.text: e for e in doc.events}
    assert got["سيطرت"].acled == ["Battles", "Non-state actor overtakes territory"]
    kill = got["قتلت"]
    assert ([a.text for a in kill.actors], [t.text for t in kill.targets]) == (["الحركة"], ["47 جنديا"])
    assert [(q.kind, q.value) for q in kill.quantities] == [("fatalities", 47)]


def test_killed_women_stay_a_toll(extractor, make_doc) -> None:
    assert [e.trigger.text for e in extractor(make_doc("وقتلت 5 نساء في القصف.")).events] == ["القصف"]


def test_a_passive_killing_with_its_agent_is_an_act(extractor, make_doc) -> None:
    text = "وقال المرصد إن 1068 مدنيا علويا قتلوا على يد عناصر من قوات الأمن."
    st = {"speaker": "المرصد", "cue": "قال", "content": "1068 مدنيا علويا قتلوا على يد عناصر من قوات الأمن"}
    (ev,) = extractor(make_doc(text, statements=[st])).events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (
        ["عناصر من قوات الأمن"],
        ["1068 مدنيا علويا"],
    )
    assert ev.acled == ["Violence against civilians", "Attack"]


def test_a_verb_joined_by_wa_shares_the_subject_not_the_partner(extractor, make_doc) -> None:
    text = "وقالت إن سوريا تبحث مع روسيا مقترحاتها وتؤيد مبادرات موسكو الأخرى."
    doc = extractor(make_doc(text, entities=[("سوريا", "LOC"), ("روسيا", "LOC"), ("موسكو", "LOC")]))
    support = next(e for e in doc.events if e.trigger.text == "تؤيد")
    assert [a.text for a in support.actors] == ["سوريا"]


def test_a_light_verb_after_the_noun_and_its_adjectives_names_the_attackers(extractor, make_doc) -> None:
    text = 'وشهدت المناطق هجمات منسقة شنها "فلول النظام البائد". وخرجوا بموجب اتفاق أبرمته روسيا وتركيا.'
    doc = extractor(make_doc(text, entities=[("روسيا", "LOC"), ("تركيا", "LOC")]))
    got = {e.trigger.text: [a.text for a in e.actors] for e in doc.events}
    assert (got["هجمات"], got["اتفاق"][:1]) == (["فلول النظام البائد"], ["روسيا"])


def test_a_district_seat_is_a_place_not_a_building_struck(extractor, make_doc) -> None:
    text = "وشنت القوات هجوما على مركز مديرية التحيتا. وقصفت الطائرات مركز قيادة للمسلحين."
    doc = extractor(make_doc(text, entities=[("التحيتا", "LOC")]))
    got = {e.trigger.text: [t.text for t in e.targets] for e in doc.events}
    assert (got["هجوما"], got["قصفت"]) == ([], ["مركز قيادة"])


def test_the_year_of_an_agreement_named_later_is_not_the_demands(extractor, make_doc) -> None:
    text = "وطالبت الوزارة مجلس الأمن بإلزام إسرائيل باحترام اتفاق فض الاشتباك لعام 1974."
    doc = extractor(make_doc(text, entities=[("إسرائيل", "LOC")], times=[("عام 1974", "1974")]))
    got = {e.trigger.text: e.date for e in doc.events}
    assert got["طالبت"] is None
    assert got["اتفاق"] == {"start": "1974-01-01", "end": "1974-12-31"}


def test_a_time_set_off_by_commas_does_not_end_the_clause_of_a_verb(extractor, make_doc) -> None:
    text = "واستهدفت طائرات مسيرة، فجر الثلاثاء، مستودعات للوقود في بورتسودان."
    doc = extractor(make_doc(text, entities=[("بورتسودان", "LOC")], times=[("فجر الثلاثاء", "2025-05-06")]))
    (ev,) = doc.events  # مسيرة (drones) is no march, so no trigger inside the actor phrase either
    assert [a.text for a in ev.actors] == ["طائرات مسيرة"]
    assert ([t.text for t in ev.targets], [loc.text for loc in ev.locations]) == (["مستودعات للوقود"], ["بورتسودان"])


def test_a_place_named_twice_in_the_clause_is_one_place(extractor, make_doc) -> None:
    text = "وفرضت القوات في البصرة حظر التجول على السيارات في محافظة البصرة."
    doc = extractor(make_doc(text, entities=[("البصرة", "LOC"), ("البصرة@2", "LOC")]))
    curfew = next(e for e in doc.events if e.trigger.text == "حظر التجول")
    assert [loc.text for loc in curfew.locations] == ["البصرة"]


def test_the_pronoun_on_a_targeting_is_who_was_targeted_not_the_speaker(extractor, make_doc) -> None:
    text = "وطالب المبعوث بالإفراج عن الموظفين، مؤكدا أن استهدافهم يقوض عمل الأمم المتحدة."
    sts = [{"speaker": "المبعوث", "cue": "مؤكدا", "content": "استهدافهم يقوض عمل الأمم المتحدة"}]
    doc = extractor(make_doc(text, entities=[("الأمم المتحدة", "ORG")], statements=sts))
    targeting = next(e for e in doc.events if e.trigger.text == "استهدافهم")
    assert targeting.actors == []


def test_the_subject_of_a_pluperfect_acts(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وكانت الجماعة قد اعتقلت أكثر من 50 موظفا.")).events
    assert [a.text for a in ev.actors] == ["الجماعة"]


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        ("وأدان الوزير استهداف الجيش للمدنيين.", ["الجيش"], ["لمدنيين"]),  # the genitive acts before ل
        ("وأدان الوزير استهداف المدنيين في المدينة.", [], ["المدنيين"]),
    ],
)
def test_a_verbal_noun_with_its_patient_after_lam(extractor, make_doc, text, actors, targets) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "استهداف")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (actors, targets)


@pytest.mark.parametrize(
    ("text", "speaker", "trigger", "actors"),
    [
        ("وأعلن جهاز مكافحة الإرهاب تفكيك خلية واعتقال خمسة من أفرادها.", "جهاز مكافحة الإرهاب", "اعتقال", True),
        ("وأعلنت وزارة الداخلية القبض على ثلاثة متهمين.", "وزارة الداخلية", "القبض على", True),
        ("وأعلنت وزارة الصحة مقتل خمسة أشخاص.", "وزارة الصحة", "مقتل", False),  # counted, not killed by it
    ],
)
def test_a_force_announcing_an_arrest_made_it(extractor, make_doc, text, speaker, trigger, actors) -> None:
    cue = text.split()[0][1:]
    st = {"speaker": speaker, "cue": cue, "content": text[text.index(speaker) + len(speaker) + 1 : -1]}
    doc = extractor(make_doc(text, entities=[(speaker, "ORG")], statements=[st]))
    ev = next(e for e in doc.events if e.trigger.text == trigger)
    assert [a.text for a in ev.actors] == ([speaker] if actors else [])


def test_a_verb_folding_to_al_is_no_definite_adjective(extractor, make_doc) -> None:
    # ألقت's key is القت: it extended "الشرطة" into "الشرطة ألقت" and the subject was lost
    (ev,) = extractor(make_doc("وقالت الوزارة إن الشرطة ألقت القبض على ثلاثة متهمين.")).events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["الشرطة"], ["ثلاثة متهمين"])


def test_an_object_after_a_sound_plural_subject_is_no_adjective(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأحرق محتجون سيارات للشرطة. وقتل خمسة مدنيين على يد مسلحين مجهولين."))
    burn, kill = doc.events
    assert ([a.text for a in burn.actors], [t.text for t in burn.targets]) == (["محتجون"], ["سيارات للشرطة"])
    assert [a.text for a in kill.actors] == ["مسلحين مجهولين"]
    assert kill.acled == ["Violence against civilians", "Attack"]  # civilians counted in words


@pytest.mark.parametrize(
    ("text", "entities", "trigger", "actor"),
    [
        ("وقال إن الجزائر قررت طرد 12 موظفا في السفارة.", [("الجزائر", "LOC")], "طرد", "الجزائر"),  # قرر + a noun
        ("وأعلنت الخارجية الفرنسية طرد عدد مماثل من الدبلوماسيين.", [], "طرد", "الخارجية الفرنسية"),
    ],
)
def test_who_decided_or_announced_an_expulsion_made_it(extractor, make_doc, text, entities, trigger, actor) -> None:
    sts = []
    if text.startswith("وأعلنت"):
        sts = [{"speaker": actor, "cue": "أعلنت", "content": "طرد عدد مماثل من الدبلوماسيين"}]
    doc = extractor(make_doc(text, entities=entities, statements=sts))
    assert [a.text for a in next(e for e in doc.events if e.trigger.text == trigger).actors] == [actor]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وقال المتحدث إن جنديين قتلا خلال اشتباك مع مهربين.", ["اشتباك"]),  # the toll of the clash
        ("وتوجه إلى البلدة حيث قتل شخصين.", ["قتل"]),  # شخصين after the verb is its object: he killed two
    ],
)
def test_a_dual_before_or_after_a_verb_of_killing(extractor, make_doc, text, kept) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == kept


def test_a_counted_subject_before_a_counted_object(extractor, make_doc) -> None:
    text = "وأحرق مئات المستوطنين، ليل الأحد، عشرات المنازل في بلدة حوارة."
    doc = make_doc(text, entities=[("حوارة", "LOC")], times=[("ليل الأحد", "2023-02-26")])
    (ev,) = extractor(doc).events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["مئات المستوطنين"], ["عشرات المنازل"])
    # "160 ألف شخص": شخص is counted by the whole number before it, one phrase
    (ev,) = extractor(make_doc("وقال إن السلطات التركية اعتقلت 160 ألف شخص.")).events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["السلطات التركية"], ["160 ألف شخص"])


def test_a_day_after_a_place_phrase_and_a_purpose_after_the_arrested(extractor, make_doc) -> None:
    doc = make_doc("واندلعت مواجهات في المدينة الاثنين.", times=[("الاثنين", "2023-07-03")])
    assert [loc.text for loc in extractor(doc).events[0].locations] == ["المدينة"]
    (ev,) = extractor(make_doc("وقال الجيش إنه اعتقل ثمانية إسرائيليين للاشتباه بتورطهم في العنف.")).events
    assert [t.text for t in ev.targets] == ["ثمانية إسرائيليين"]
    (ev,) = extractor(make_doc("وقصفت مفارز للجيش الوطني المدينة.")).events  # an owner after ل stays
    assert [a.text for a in ev.actors] == ["مفارز للجيش الوطني"]


def test_the_strike_that_destroyed_buildings_is_one_event(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وقتل ستة أشخاص جراء الغارة التي دمرت ستة مبان.")).events
    assert (ev.trigger.text, [t.text for t in ev.targets]) == ("الغارة", ["ستة مبان"])


def test_a_count_in_another_clause_is_not_the_events(extractor, make_doc) -> None:
    text = 'وقال قائد الشرطة إن القوات "قتلت جميع المهاجمين"، مضيفا أن 106 أشخاص أنقذوا من المبنى.'
    kill = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "قتلت")
    assert kill.quantities == []
    (arrest,) = extractor(make_doc("واعتقلت الشرطة، أمس، 5 أشخاص.", times=[("أمس", "2021-03-13")])).events
    assert [(q.kind, q.value) for q in arrest.quantities] == [("count", 5)]


@pytest.mark.parametrize(
    ("text", "entities", "trigger", "actors", "targets"),
    [
        (  # a drone is who struck; a second adjective, a nisba, belongs to it
            "واستهدفت طائرة مسيرة تركية سيارة تقل قياديين في سنجار.",
            [("سنجار", "LOC")],
            "استهدفت",
            ["طائرة مسيرة تركية"],
            ["سيارة"],
        ),
        (
            "وقصفت مسيرات تركية مواقع لقوات سوريا الديمقراطية في ريف القامشلي.",
            [("قوات سوريا الديمقراطية", "ORG"), ("القامشلي", "LOC")],
            "قصفت",
            ["مسيرات تركية"],
            ["مواقع لقوات سوريا الديمقراطية"],
        ),
        (  # a strike carried out by someone is an act without its qualifier; what it targeted is what it hit
            "وقتل قيادي بضربة نفذتها طائرة مسيرة أمريكية استهدفت سيارته في بغداد.",
            [("بغداد", "LOC")],
            "بضربة",
            ["طائرة مسيرة أمريكية"],
            ["سيارته"],
        ),
        ("وقالت إن الهجوم الذي شنه مسلحون استهدف حافلة.", [], "الهجوم", ["مسلحون"], ["حافلة"]),
        ("وقتل جندي في غارة استهدفت موقعا عسكريا.", [], "غارة", [], ["موقعا عسكريا"]),
        (  # a place after ب is where it was, no genitive of what was hit
            "وشن الجيش هجوما صاروخيا على ثلاثة مواقع عسكرية سورية بالقنيطرة.",
            [("القنيطرة", "LOC")],
            "هجوما",
            ["الجيش"],
            ["ثلاثة مواقع عسكرية سورية"],
        ),
    ],
)
def test_drones_strikes_and_what_they_hit(extractor, make_doc, text, entities, trigger, actors, targets) -> None:
    events = extractor(make_doc(text, entities=entities)).events
    ev = next(e for e in events if e.trigger.text == trigger)
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (actors, targets)
    assert not any(e.trigger.text in ("استهدفت", "استهدف") for e in events if e is not ev)  # one attack


def test_ships_targeted_and_a_bomb_that_targeted_a_vehicle(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وأعلن استهداف سفينة تجارية في خليج عدن.", entities=[("خليج عدن", "LOC")])).events
    assert [t.text for t in ev.targets] == ["سفينة تجارية"]
    doc = make_doc("وقتل ضابط إثر انفجار عبوة ناسفة استهدفت مدرعة عسكرية.")
    events = extractor(doc).events
    assert "استهدفت" not in [e.trigger.text for e in events]
    assert [t.text for t in next(e for e in events if e.trigger.text == "عبوة ناسفة").targets] == ["مدرعة عسكرية"]


def test_it_after_an_attack_in_a_reported_clause_is_the_attack(extractor, make_doc) -> None:
    text = "ونفى المتحدث أن يكون الهجوم قد وقع داخل البلاد، مؤكدا أنه استهدف قاعدة التنف."
    sts = [
        {"speaker": "المتحدث", "cue": "نفى", "content": "يكون الهجوم قد وقع داخل البلاد", "stance": "deny"},
        {"speaker": "المتحدث", "cue": "مؤكدا", "content": "استهدف قاعدة التنف"},
    ]
    ev = next(e for e in extractor(make_doc(text, statements=sts)).events if e.trigger.text == "استهدف")
    assert ev.actors == []  # "it" is the attack, not the spokesman
    text = "وقال الجيش بعد الهجوم إنه استهدف مواقع للمسلحين."
    sts = [{"speaker": "الجيش", "cue": "قال", "content": "استهدف مواقع للمسلحين"}]
    ev = next(e for e in extractor(make_doc(text, statements=sts)).events if e.trigger.text == "استهدف")
    assert [a.text for a in ev.actors] == ["الجيش"]


def test_a_noun_and_its_number_after_a_killing_are_the_toll_of_the_attack(extractor, make_doc) -> None:
    text = "وجاء ذلك بعد ساعات من مقتل مستوطنين اثنين بإطلاق نار قرب البلدة."
    events = extractor(make_doc(text)).events
    assert [(e.trigger.text, [(q.kind, q.value) for q in e.quantities]) for e in events] == [
        ("بإطلاق", [("fatalities", 2)])
    ]


def test_a_title_that_speaks_acts(extractor, make_doc) -> None:
    sts = [{"speaker": "الوزير", "cue": "طالب", "content": "فتح تحقيق"}]
    (ev,) = extractor(make_doc("وطالب الوزير بفتح تحقيق.", statements=sts)).events
    assert [a.text for a in ev.actors] == ["الوزير"]


def test_a_time_aside_before_a_noun_and_a_quoted_name_in_an_actor(extractor, make_doc) -> None:
    text = "وشنت طائرات أمريكية، فجر السبت، 13 غارة على مواقع في صنعاء."
    doc = make_doc(text, entities=[("صنعاء", "LOC")], times=[("فجر السبت", "2024-02-24")])
    (ev,) = extractor(doc).events
    assert [a.text for a in ev.actors] == ["طائرات أمريكية"]
    doc = make_doc('وقالت الوزارة إن مقاتلات "تايفون" استهدفت منشآت.', entities=[("تايفون", "MISC")])
    (ev,) = extractor(doc).events
    assert [a.text for a in ev.actors] == ['مقاتلات "تايفون"']


def test_a_present_verb_in_i_after_a_feminine_target_is_no_adjective(extractor, make_doc) -> None:
    events = extractor(make_doc("وقال إن غارة إسرائيلية استهدفت مدرسة تؤوي آلاف النازحين.")).events
    assert [[t.text for t in ev.targets] for ev in events] == [["مدرسة"]]


def test_a_named_subject_makes_a_bare_masdar_form_its_verb(extractor, make_doc) -> None:
    text = "وقال مسؤول إن الجيش السوري قصف مواقع في إدلب."
    doc = make_doc(
        text,
        entities=[("الجيش السوري", "ORG"), ("إدلب", "LOC")],
        statements=[{"speaker": "مسؤول", "cue": "قال", "content": "الجيش السوري قصف مواقع في إدلب"}],
    )
    ev = _event(extractor(doc), "FIGHT")
    assert [a.text for a in ev.actors] == ["الجيش السوري"]
    # a genitive is no subject: the shelling of the army's positions
    doc = make_doc("وأدان الوزير قصف مواقع الجيش السوري.", entities=[("الجيش السوري", "ORG")])
    assert all(a.text != "الجيش السوري" for e in extractor(doc).events for a in e.actors)


def test_the_subject_stands_before_an_aside_between_commas(extractor, make_doc) -> None:
    text = "وكانت القوات الحكومية، مدعومة بمقاتلي العشائر، قد استعادت عشرات البلدات."
    ev = _event(extractor(make_doc(text)), "FIGHT")
    assert [a.text for a in ev.actors] == ["القوات الحكومية"]
    assert [t.text for t in ev.targets] == ["عشرات البلدات"]
    # an aside opened by و is another clause: no subject across it
    doc = make_doc("دخلت القوات المدينة، وبعد ساعات، سيطرت على السوق.")
    assert all(a.text != "المدينة" for e in extractor(doc).events for a in e.actors)


def test_a_name_with_wa_and_its_verb_open_a_clause_of_their_own(extractor, make_doc) -> None:
    """Headlines join two clauses with و: the second subject acts, and the first clause's places stay there."""
    text = "الحوثيون يعلنون استهداف سفينة في البحر الأحمر وواشنطن ترد بغارات على الحديدة"
    doc = make_doc(text, entities=[("الحوثيون", "ORG"), ("البحر الأحمر", "LOC"), ("واشنطن", "LOC"), ("الحديدة", "LOC")])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "بغارات")
    assert ([a.text for a in ev.actors], [p.text for p in ev.locations]) == (["واشنطن"], ["الحديدة"])
    text = "الجيش يستعيد بلدة في ريف حلب والمعارضة تقصف مواقعه في إدلب"
    doc = make_doc(text, entities=[("الجيش", "ORG"), ("حلب", "LOC"), ("إدلب", "LOC")])
    first, second = extractor(doc).events
    assert [p.text for p in first.locations] == ["حلب"]
    assert ([a.text for a in second.actors], [p.text for p in second.locations]) == (["المعارضة"], ["إدلب"])


def test_who_responds_with_strikes_strikes(extractor, make_doc) -> None:
    doc = make_doc("وردت إسرائيل بغارات على جنوب لبنان.", entities=[("إسرائيل", "LOC"), ("جنوب لبنان", "LOC")])
    (ev,) = extractor(doc).events
    assert [a.text for a in ev.actors] == ["إسرائيل"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("وأعلن أن مقاتلاته قصفت أكثر من 35 هدفا عسكريا في القطاع.", "قصفت", "أكثر من 35 هدفا عسكريا"),
        ("وأعلن الجيش تدمير 6 عربات مثبتة عليها رشاشات.", "تدمير", "6 عربات مثبتة"),
    ],
)
def test_counted_sites_are_struck_not_striking(extractor, make_doc, text, trigger, target) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
    assert ([a.text for a in ev.actors if a.text == target], [t.text for t in ev.targets]) == ([], [target])


def test_they_in_reported_speech_are_not_a_single_source(extractor, make_doc) -> None:
    """أنهم after one source speaks of others; after a spokesman of a group, of that group."""
    text = "وقال مصدر عسكري إن المهاجمين انسحبوا، مضيفا أنهم استولوا على كميات من الأسلحة."
    st = {"speaker": "مصدر عسكري", "cue": "مضيفا", "content": "استولوا على كميات من الأسلحة"}
    ev = next(e for e in extractor(make_doc(text, statements=[st])).events if e.trigger.text == "استولوا")
    assert ev.actors == []
    text = "وقال المتحدث باسم الحوثيين إنهم استهدفوا سفينة في البحر الأحمر."
    st = {"speaker": "المتحدث باسم الحوثيين", "cue": "قال", "content": "استهدفوا سفينة في البحر الأحمر"}
    doc = make_doc(text, entities=[("الحوثيين", "ORG"), ("البحر الأحمر", "LOC")], statements=[st])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "استهدفوا")
    assert [a.text for a in ev.actors] == ["الحوثيين"]


def test_those_who_went_out_in_protests_protest(extractor, make_doc) -> None:
    doc = make_doc("خرج آلاف الشبان مساء السبت في مظاهرات بعدة مدن.", times=[("مساء السبت", "2025-09-27")])
    (ev,) = extractor(doc).events
    assert (ev.plover, [a.text for a in ev.actors]) == ("PROTEST", ["آلاف الشبان"])


def test_a_day_after_a_vague_count_is_nothing_counted(extractor, make_doc) -> None:
    doc = make_doc("وخرج الآلاف الجمعة في مظاهرة جديدة وسط بغداد.", times=[("الجمعة", "2025-09-26")])
    (ev,) = extractor(doc).events
    assert [a.text for a in ev.actors] == ["الآلاف"]


@pytest.mark.parametrize(
    ("text", "entities", "trigger", "actors", "targets", "locations"),
    [
        # a leader after a verb of killing is its victim; a direction and its country after the target is where
        (
            "اغتيال قيادي في حزب الله بغارة إسرائيلية على سيارة جنوب لبنان",
            [("حزب الله", "ORG"), ("جنوب لبنان", "LOC")],
            "بغارة",
            [],
            ["سيارة"],
            ["جنوب لبنان"],
        ),
        ("وقتل القيادي الميداني في غارة على البلدة.", [], "قتل", [], ["القيادي الميداني"], ["البلدة"]),
        ("واعتقلت الشرطة قادة الجماعة في العاصمة.", [], "اعتقلت", ["الشرطة"], ["قادة الجماعة"], []),
        # the participle of a deal is no party to it
        ("واعتبر الغارة خرقا لاتفاق وقف إطلاق النار المبرم في نوفمبر.", [], "وقف", [], [], []),
    ],
)
def test_leaders_directions_and_deal_participles(
    extractor, make_doc, text, entities, trigger, actors, targets, locations
) -> None:
    ev = next(e for e in extractor(make_doc(text, entities=entities)).events if e.trigger.text == trigger)
    got = ([a.text for a in ev.actors], [t.text for t in ev.targets], [p.text for p in ev.locations])
    assert got == (actors, targets, locations)


def test_a_subject_joined_by_wa_before_its_verb_acts_whole(extractor, make_doc) -> None:
    doc = make_doc("السعودية وإيران تتفقان على تفعيل الاتفاقية", entities=[("السعودية", "LOC"), ("إيران", "LOC")])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "تتفقان")
    assert [a.text for a in ev.actors] == ["السعودية", "إيران"]


def test_the_pronoun_subject_of_a_light_verb_in_reported_speech_is_the_speaker(extractor, make_doc) -> None:
    text = "وأعلن الجيش أنه شن ضربات صاروخية على تسعة مواقع."
    st = {"speaker": "الجيش", "cue": "أعلن", "content": "شن ضربات صاروخية على تسعة مواقع"}
    ev = next(e for e in extractor(make_doc(text, statements=[st])).events if e.trigger.text == "ضربات")
    assert [a.text for a in ev.actors] == ["الجيش"]


def test_a_person_named_with_a_plural_ending_is_still_one(extractor, make_doc) -> None:
    text = "وقال بوتين إنه تلقى اتصالا هاتفيا من ماكرون."
    st = {"speaker": "بوتين", "cue": "قال", "content": "تلقى اتصالا هاتفيا من ماكرون"}
    doc = make_doc(text, entities=[("بوتين", "PER"), ("ماكرون", "PER")], statements=[st])
    ev = next(e for e in extractor(doc).events if e.plover == "CONSULT")
    assert [a.text for a in ev.actors] == ["بوتين"]


def test_a_verb_right_after_a_dateline_opens_its_clause(extractor, make_doc) -> None:
    text = "طرابلس - رفض مجلس النواب الليبي مشروع الميزانية."
    doc = make_doc(text, entities=[("طرابلس", "LOC"), ("مجلس النواب الليبي", "ORG")])
    ev = _event(extractor(doc), "REJECT")
    assert ([a.text for a in ev.actors], ev.targets) == (["مجلس النواب الليبي"], [])


def test_an_indefinite_title_heads_its_office_before_the_name(extractor, make_doc) -> None:
    text = "والتقى رئيس مجلس النواب نبيه بري السفيرة الأمريكية في بيروت."
    doc = make_doc(text, entities=[("نبيه بري", "PER"), ("بيروت", "LOC")])
    ev = _event(extractor(doc), "CONSULT")
    assert [a.text for a in ev.actors] == ["رئيس مجلس النواب نبيه بري"]


def test_what_was_destroyed_takes_a_relative_clause_and_the_announcer_acts(extractor, make_doc) -> None:
    text = "وأعلنت القيادة المركزية الأمريكية تدمير ثلاث طائرات مسيرة أطلقها الحوثيون."
    doc = make_doc(
        text,
        entities=[("القيادة المركزية الأمريكية", "ORG"), ("الحوثيون", "ORG")],
        statements=[
            {
                "speaker": "القيادة المركزية الأمريكية",
                "cue": "أعلنت",
                "content": "تدمير ثلاث طائرات مسيرة أطلقها الحوثيون",
            }
        ],
    )
    ev = next(e for e in extractor(doc).events if e.trigger.text == "تدمير")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (
        ["القيادة المركزية الأمريكية"],
        ["ثلاث طائرات مسيرة"],
    )


def test_a_verb_joined_by_wa_shares_the_subject_past_a_noun_in_the_object(extractor, make_doc) -> None:
    text = "وقالت الوزارة إن قوات الأمن أحبطت هجوما بسيارة مفخخة واعتقلت ثلاثة أشخاص."
    doc = make_doc(text, statements=[{"speaker": "الوزارة", "cue": "قالت", "content": text[17:-1]}])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "اعتقلت")
    assert [a.text for a in ev.actors] == ["قوات الأمن"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("ونظم عشرات المتضررين وقفة احتجاجية أمام مقر العمالة.", "وقفة احتجاجية", "عشرات المتضررين"),
        ("وانتقدت جمعيات محلية بطء صرف التعويضات.", "انتقدت", "جمعيات محلية"),
        ("ونظمت نقابة المعلمين إضرابا عاما.", "إضرابا", "نقابة المعلمين"),
    ],
)
def test_civil_society_organises_and_criticises(extractor, make_doc, text, trigger, actor) -> None:
    from marsad.statements import StatementExtractor

    doc = extractor(StatementExtractor()(make_doc(text)))
    ev = next(e for e in doc.events if e.trigger.text == trigger)
    assert [a.text for a in ev.actors] == [actor]


def test_a_call_to_someone_names_whom_it_calls_on(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وجاءت دعوة للمنظمات الإنسانية إلى تحمل مسؤولياتها.")).events
    assert (ev.actors, [t.text for t in ev.targets]) == ([], ["لمنظمات الإنسانية"])


def test_a_definite_number_agrees_with_its_noun_and_ba_stays_outside(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("هددت الدول الثلاث بتفعيل آلية الزناد.")), "THREATEN")
    assert ([a.text for a in ev.actors], ev.targets) == (["الدول الثلاث"], [])
    doc = extractor(make_doc("واجتمع الوزير بالدول الأعضاء في موسكو.", entities=[("موسكو", "LOC")]))
    assert "بالدول" not in " ".join(a.text for e in doc.events for a in [*e.actors, *e.targets])


def test_an_acronym_in_brackets_keeps_the_sides_of_a_clash_together(extractor, make_doc) -> None:
    text = "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية (قسد) وفصائل الجيش الوطني السوري."
    doc = make_doc(text, entities=[("قوات سوريا الديمقراطية", "ORG"), ("قسد", "ORG"), ("الجيش الوطني السوري", "ORG")])
    ev = _event(extractor(doc), "FIGHT")
    assert [a.text for a in ev.actors] == ["قوات سوريا الديمقراطية", "فصائل الجيش الوطني السوري"]


def test_a_count_between_a_light_verb_and_its_noun_keeps_the_subject_before(extractor, make_doc) -> None:
    text = "وأوضح المرصد أن القوات التركية شنت ثلاث غارات على مواقع في القرية."
    ev = _event(extractor(make_doc(text)), "FIGHT")
    assert [a.text for a in ev.actors] == ["القوات التركية"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # an accusative object or a count after the genitive: the genitive acted
        ("ردا على طرد الجزائر عددا مماثلا من الدبلوماسيين.", "طرد", ["الجزائر"], []),
        ("مع اعتقال الميليشيات مئات التجار في العاصمة.", "اعتقال", ["الميليشيات"], []),
        # an adverb in ا is no object, and counted people are who suffered it
        ("على خلفية اتهامات بدعم الإرهاب تزامنا مع محاولة الانقلاب.", "بدعم", [], ["الإرهاب"]),
        (
            "لاستقبال واحتجاز عشرات الآلاف من المهاجرين تطبيقا لسياسة الرئيس.",
            "احتجاز",
            [],
            ["عشرات الآلاف من المهاجرين"],
        ),
        # a period the times layer leaves out is no participant
        ("ومن المقرر أن تعقد جولة محادثات الأسبوع المقبل.", "محادثات", [], []),
    ],
)
def test_who_a_verbal_nouns_genitive_is(extractor, make_doc, text, trigger, actors, targets) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (actors, targets)


def test_a_named_person_before_a_pluperfect_arrest_was_arrested(extractor, make_doc) -> None:
    ev = _event(
        extractor(make_doc("وكان عبد الفتاح قد اعتقل في سبتمبر 2019.", entities=[("عبد الفتاح", "PER")])), "COERCE"
    )
    assert (ev.actors, [t.text for t in ev.targets]) == ([], ["عبد الفتاح"])
    ev = _event(extractor(make_doc("وكانت الشرطة قد اعتقلت ثلاثة أشخاص.")), "COERCE")
    assert [a.text for a in ev.actors] == ["الشرطة"]


def test_what_was_intercepted_is_the_target(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("واعترضت الدفاعات الجوية الصاروخ فوق المدينة.")), "COERCE")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["الدفاعات الجوية"], ["الصاروخ"])


def test_the_speaker_acts_through_a_light_verb_before_a_count(extractor, make_doc) -> None:
    text = "وأعلنت القيادة الأمريكية أنها نفذت أكثر من 200 ضربة على أهداف للجماعة."
    doc = make_doc(
        text,
        entities=[("القيادة الأمريكية", "ORG")],
        statements=[{"speaker": "القيادة الأمريكية", "cue": "أعلنت", "content": text[text.index("نفذت") :]}],
    )
    ev = _event(extractor(doc), "FIGHT")
    assert [a.text for a in ev.actors] == ["القيادة الأمريكية"]


def test_hideouts_destroyed_are_the_target(extractor, make_doc) -> None:
    ev = _event(extractor(make_doc("ودمرت مفارز الجيش خمسة مخابئ في الجبال.")), "FIGHT")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["مفارز الجيش"], ["خمسة مخابئ"])


def test_a_clashs_one_named_side_after_ma(extractor, make_doc) -> None:
    text = "وقتل ثلاثة جنود في اشتباك مع مسلحي الحزب في المنطقة الجبلية."
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "اشتباك")
    assert [a.text for a in ev.actors] == ["مسلحي الحزب"]
    doc = extractor(make_doc("واندلعت اشتباكات في المدينة مع ساعات الفجر."))
    assert [e.actors for e in doc.events if e.plover == "FIGHT"] == [[]]


def test_a_verb_with_its_own_wa_after_a_listed_place_keeps_the_subject_before(extractor, make_doc) -> None:
    text = "وقالت مصادر إن قوات الأمن فرقت التجمعات في الرباط والدار البيضاء واعتقلت عشرات المشاركين."
    doc = extractor(make_doc(text, entities=[("الرباط", "LOC"), ("الدار البيضاء", "LOC")]))
    ev = next(e for e in doc.events if e.trigger.text == "اعتقلت")
    assert [a.text for a in ev.actors] == ["قوات الأمن"]


def test_but_he_acts_as_the_one_before(extractor, make_doc) -> None:
    text = "ودعا الشيخ حكمت الهجري إلى ضبط النفس، لكنه رفض دخول القوات الحكومية إلى المدينة."
    doc = extractor(make_doc(text, entities=[("حكمت الهجري", "PER")]))
    ev = next(e for e in doc.events if e.plover == "REJECT")
    assert [a.text for a in ev.actors] == ["الشيخ حكمت الهجري"]


def test_a_ministry_condemning_acts_through_its_statement(extractor, make_doc) -> None:
    text = "ونددت الخارجية السورية بالغارات على البلدة."
    doc = make_doc(text, statements=[{"speaker": "الخارجية السورية", "cue": "نددت", "content": "الغارات على البلدة"}])
    ev = next(e for e in extractor(doc).events if e.plover == "DISAPPROVE")
    assert [a.text for a in ev.actors] == ["الخارجية السورية"]


def test_the_sides_of_a_clash_after_its_weapons(extractor, make_doc) -> None:
    doc = extractor(make_doc("وشهدت المدينة اشتباكات عنيفة بالأسلحة الثقيلة بين مجموعات مسلحة."))
    ev = next(e for e in doc.events if e.trigger.text == "اشتباكات")
    assert [a.text for a in ev.actors] == ["مجموعات مسلحة"]


def test_a_phrase_after_lam_is_no_subject(extractor, make_doc) -> None:
    doc = extractor(make_doc("وطالبوا بنشر دفاعات جوية تتصدى للطائرات المعادية."))
    ev = next(e for e in doc.events if e.plover == "COERCE")
    assert ev.actors == [] and [t.text for t in ev.targets] == ["لطائرات المعادية"]


def test_a_headline_town_before_its_colon_is_where_but_a_capital_speaks(extractor, make_doc) -> None:
    town = Place(lat=32.7, lon=36.6, country="SY", precision="admin", feature="ADM1")
    text = "السويداء: مقتل العشرات في اشتباكات عنيفة"
    doc = extractor(make_doc(text, entities=[("السويداء", "LOC")], places={"السويداء": town}))
    assert [[x.text for x in e.locations] for e in doc.events if e.trigger.text == "اشتباكات"] == [["السويداء"]]
    capital = Place(lat=33.5, lon=36.3, country="SY", precision="point", feature="PPLC")
    text = "دمشق: صواريخ إسرائيلية استهدفت مواقع عسكرية"
    doc = extractor(make_doc(text, entities=[("دمشق", "LOC")], places={"دمشق": capital}))
    assert all(e.locations == [] for e in doc.events)


def test_the_genitive_of_a_death_died_whatever_follows_with_lam(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأكد التلفزيون مقتل رئيس هيئة الأركان العامة للقوات المسلحة في الضربات."))
    ev = next(e for e in doc.events if e.trigger.text == "مقتل")
    assert ev.actors == [] and [t.text for t in ev.targets] == ["رئيس هيئة الأركان العامة"]


def test_a_headlines_second_clause_is_no_target_of_the_first(extractor, make_doc) -> None:
    text = "إسرائيل تشن ضربات على منشآت نووية إيرانية وطهران ترد بصواريخ باليستية"
    doc = extractor(make_doc(text, entities=[("إسرائيل", "LOC"), ("طهران", "LOC")]))
    ev = next(e for e in doc.events if e.trigger.text == "ضربات")
    assert [t.text for t in ev.targets] == ["منشآت نووية إيرانية"]
    # a masculine verb after a place goes on with the clause before it
    text = "واستخدمت روسيا حق النقض ضد مشروع قرار دعمته الولايات المتحدة وفرنسا يقضي بتجديد الحظر."
    countries = {
        n: Place(lat=0.0, lon=0.0, country=c, precision="country")
        for n, c in (("روسيا", "RU"), ("الولايات المتحدة", "US"), ("فرنسا", "FR"))
    }
    names = [("روسيا", "LOC"), ("الولايات المتحدة", "LOC"), ("فرنسا", "LOC")]
    doc = extractor(make_doc(text, entities=names, places=countries))
    ev = next(e for e in doc.events if e.trigger.text == "دعمته")
    assert [a.text for a in ev.actors] == ["الولايات المتحدة", "فرنسا"]


def test_troops_firing_on_suspects_is_no_crime_story(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقال إن قواته أطلقت النار على مشتبه بهم اقتربوا من السياج."))
    assert [e.plover for e in doc.events] == ["FIGHT"]
    doc = extractor(make_doc("وأطلق مجهول النار على المشتبه به في الحي."))
    assert [e.plover for e in doc.events] == ["CRIME"]


def test_an_intelligence_service_announces_its_own_foiled_plot(extractor, make_doc) -> None:
    text = "وأعلنت دائرة المخابرات العامة إحباط مخطط لاستهداف منشآت حيوية."
    doc = make_doc(
        text,
        entities=[("دائرة المخابرات العامة", "ORG")],
        statements=[{"speaker": "دائرة المخابرات العامة", "cue": "أعلنت", "content": text[text.index("إحباط") : -1]}],
    )
    ev = next(e for e in extractor(doc).events if e.trigger.text == "إحباط")
    assert [a.text for a in ev.actors] == ["دائرة المخابرات العامة"]


def test_a_verb_describing_an_indefinite_noun_is_not_the_speakers_act(extractor, make_doc) -> None:
    text = "ووصفت الحكومة الهجوم بأنه عمل إرهابي يستهدف البنية التحتية."
    doc = make_doc(
        text,
        statements=[{"speaker": "الحكومة", "cue": "ووصفت", "content": "عمل إرهابي يستهدف البنية التحتية"}],
    )
    ev = next(e for e in extractor(doc).events if e.trigger.text == "يستهدف")
    assert ev.actors == []
    text = "وقالت الوزارة إنها لن تقبل بالاتفاق."
    doc = make_doc(text, statements=[{"speaker": "الوزارة", "cue": "وقالت", "content": "لن تقبل بالاتفاق"}])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "تقبل")
    assert [a.text for a in ev.actors] == ["الوزارة"]


def test_a_plural_verb_of_killing_with_a_counted_object_is_an_act(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقال مسؤولون إن مسلحين قتلوا 12 مدنيا في القرية."))
    ev = next(e for e in doc.events if e.trigger.text == "قتلوا")
    assert [a.text for a in ev.actors] == ["مسلحين"] and [t.text for t in ev.targets] == ["12 مدنيا"]


def test_civilians_before_a_verb_of_killing_were_killed(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأفاد المرصد بأن أكثر من 1300 مدني، معظمهم من الطائفة العلوية، قتلوا في عمليات إعدام."))
    ev = next(e for e in doc.events if e.trigger.text == "قتلوا")
    assert ev.actors == [] and [t.text for t in ev.targets] == ["أكثر من 1300 مدني"]


def test_a_verb_joined_after_a_clause_with_its_own_subject_inherits_nothing(extractor, make_doc) -> None:
    text = (
        "وقال المتحدث إن القوات استعادت السيطرة على المدينة، مشيرا إلى أن عصابات مسلحة كانت قد نصبت كمائن "
        "للدوريات وقتلت عددا من عناصرها."
    )
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "قتلت")
    assert ev.actors == []
    text = "وهدد الرئيس باتخاذ إجراء رغم إنه لم يتضح ما يسعى إليه، وكان قد وافق العام الماضي على توجيه ضربة."
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == "وافق")
    assert [a.text for a in ev.actors] == ["الرئيس"]


def test_the_phrase_after_a_verb_marked_plural_is_its_object(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأضاف أن المحتجين كانوا يرشقون القوات والسياج بالحجارة."))
    ev = next(e for e in doc.events if e.trigger.text == "يرشقون")
    assert ev.actors == [] and [t.text for t in ev.targets][:1] == ["القوات"]


def test_fighters_of_a_group_take_a_town(extractor, make_doc) -> None:
    doc = extractor(
        make_doc("سيطر مسلحو حركة الشباب، فجر الأحد، على بلدة في وسط البلاد.", entities=[("الشباب", "ORG")])
    )
    ev = next(e for e in doc.events if e.trigger.text == "سيطر")
    assert [a.text for a in ev.actors] == ["مسلحو حركة الشباب"]


def test_a_group_named_as_such_storms_and_two_protesters_killed_are_the_shootings_toll(extractor, make_doc) -> None:
    doc = extractor(make_doc("وكانت الجماعة قد اقتحمت مقر البرنامج في العاصمة."))
    (ev,) = doc.events
    assert (ev.plover, [a.text for a in ev.actors]) == ("FIGHT", ["الجماعة"])
    text = "قتل متظاهران اثنان وأصيب 15 آخرون عندما فتحت قوات الأمن النار على المحتجين."
    doc = extractor(make_doc(text))
    assert [e.trigger.text for e in doc.events] == ["فتحت"]
    assert [(q.kind, q.value) for q in doc.events[0].quantities] == [("fatalities", 2), ("injuries", 15)]


def test_leaders_targeted_are_the_target(extractor, make_doc) -> None:
    text = 'وأعلن الجيش أنه "استهدف قيادات بارزة في الحركة".'
    doc = make_doc(text, statements=[{"speaker": "الجيش", "cue": "وأعلن", "content": "استهدف قيادات بارزة في الحركة"}])
    ev = next(e for e in extractor(doc).events if e.trigger.text == "استهدف")
    assert [a.text for a in ev.actors] == ["الجيش"] and [t.text for t in ev.targets][:1] == ["قيادات"]


def test_tourists_are_civilians_and_the_means_of_an_attack_no_target(extractor, make_doc) -> None:
    doc = extractor(make_doc("وجاءت الضربات بعد هجوم استهدف سياحا في منطقة باهالغام وأسفر عن مقتل 26 شخصا."))
    (attack,) = [e for e in doc.events if e.trigger.text == "هجوم"]
    assert attack.acled[0] == "Violence against civilians"
    doc = extractor(make_doc("وقالت الجماعة إنها هاجمت بعشر طائرات مسيرة منشأتين نفطيتين."))
    assert [t.text for e in doc.events for t in e.targets if "طائرات" in t.text] == []


def test_a_place_phrase_stops_before_a_period_of_time(extractor, make_doc) -> None:
    doc = extractor(make_doc("ونفى التحالف سقوط قتلى مدنيين في غارة على حي الشفاء الأسبوع الماضي."))
    assert [s.text for e in doc.events for s in e.locations] == ["حي الشفاء"]


def test_the_one_a_relative_pronoun_points_back_to_underwent_the_act(extractor, make_doc) -> None:
    text = "وأعلن الجيش أن رئيس الأركان الذي احتجزه الانقلابيون لساعات قد حرر في قاعدة جوية."
    doc = extractor(make_doc(text))
    (held,) = [e for e in doc.events if e.trigger.text == "احتجزه"]
    assert ([a.text for a in held.actors], [t.text for t in held.targets]) == (["الانقلابيون"], ["رئيس الأركان"])
    # freed somewhere is no territory regained
    assert "حرر" not in [e.trigger.text for e in doc.events]


def test_arrests_after_deaths_are_counted_not_killed_and_towns_after_their_head_are_places(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأعلن رئيس الوزراء إحباط المحاولة، مشيرا إلى مقتل 161 شخصا واعتقال 2839 عسكريا."))
    kinds = {q.value: q.kind for e in doc.events for q in e.quantities}
    assert kinds[161] == "fatalities" and kinds[2839] == "count"
    text = "وشهدت مدن وهران وقسنطينة وبجاية مسيرات مماثلة."
    doc = extractor(make_doc(text, entities=[("وهران", "LOC"), ("قسنطينة", "LOC"), ("بجاية", "LOC")]))
    assert [s.text for e in doc.events for s in e.locations] == ["وهران", "قسنطينة", "بجاية"]


def test_counted_things_destroyed_are_the_target(extractor, make_doc) -> None:
    text = "وقالت القوات إنها تصدت للهجوم، ودمرت 20 مركبة قتالية."
    said = {"speaker": "القوات", "cue": "قالت", "content": "تصدت للهجوم، ودمرت 20 مركبة قتالية"}
    doc = extractor(make_doc(text, statements=[said]))
    (destroyed,) = [e for e in doc.events if e.trigger.text == "دمرت"]
    assert [t.text for t in destroyed.targets] == ["20 مركبة قتالية"]
    # the verb joined by و goes on with the pronoun's clause: the forces speaking destroyed them
    assert [a.text for a in destroyed.actors] == ["القوات"]
    doc = extractor(make_doc("وتؤكد العائلة أنه لم يكن يحمل سلاحا، وقتل برصاص قناص."))
    assert not [a for e in doc.events for a in e.actors]  # (mostly passive: killed, not a killer)


def test_a_force_after_lam_owns_an_indefinite_attack_and_a_campaign_on_corruption_is_no_attack(
    extractor, make_doc
) -> None:
    doc = extractor(make_doc("قتل 17 مدنيا من جراء قصف جوي لقوات النظام على المخيم."))
    (shelling,) = [e for e in doc.events if e.trigger.text == "قصف"]
    assert [a.text for a in shelling.actors] == ["قوات النظام"]
    doc = extractor(make_doc("وأدى القصف الروسي للمعارضة إلى مقتل مدنيين."))
    assert not [a.text for e in doc.events for a in e.actors if "المعارضة" in a.text]
    assert not extractor(make_doc("وتصر السلطات على أن الحملة تستهدف الفساد المستشري.")).events


def test_a_verb_ending_its_sentence_has_no_means_to_read_past(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقالت الجماعة إنها هاجمت"))
    assert [e.trigger.text for e in doc.events] == ["هاجمت"]


def test_a_verb_joined_by_wa_shares_the_subject_of_the_verb_before_and_wa_inna_opens_a_clause(
    extractor, make_doc
) -> None:
    text = "وقال الجيش إن قواته دخلت المخيم، وإن مسلحين أطلقوا النار على الجنود وألقوا عبوات ناسفة."
    doc = extractor(make_doc(text))
    actors = {e.trigger.text: [a.text for a in e.actors] for e in doc.events}
    assert actors["أطلقوا"] == ["مسلحين"]
    assert actors["عبوات ناسفة"] == ["مسلحين"]  # not الجنود, the object right before the joined verb


def test_members_of_a_force_name_it_after_min(extractor, make_doc) -> None:
    text = "واحتجز عناصر من الحرس الرئاسي الرئيس محمد بازوم في القصر."
    doc = extractor(make_doc(text, entities=[("محمد بازوم", "PER")]))
    (ev,) = doc.events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (
        ["عناصر من الحرس الرئاسي"],
        ["الرئيس محمد بازوم"],
    )
    doc = extractor(make_doc("واقتحمت قوة من الجيش الإسرائيلي بلدة قباطية."))
    assert [a.text for a in doc.events[0].actors] == ["قوة من الجيش الإسرائيلي"]
    # a member noun with no force after من heads nothing
    assert not [a for e in extractor(make_doc("وأرسلت قوة من الإرادة إلى المكان.")).events for a in e.actors]


def test_the_genitive_of_a_rejection_with_an_object_after_it_is_who_rejected(extractor, make_doc) -> None:
    doc = extractor(make_doc("وانتهت الهدنة إثر رفض الحوثيين تمديدها."))
    (rejection,) = [e for e in doc.events if e.plover == "REJECT"]
    assert ([a.text for a in rejection.actors], rejection.targets) == (["الحوثيين"], [])
    doc = extractor(make_doc("وأثار رفض الاتفاق غضب الشارع."))
    assert [[a.text for a in e.actors] for e in doc.events if e.plover == "REJECT"] == [[]]


def test_clash_parties_after_a_time_between_commas_and_a_detainer_before_the_detained(extractor, make_doc) -> None:
    text = "اندلعت اشتباكات عنيفة بالأسلحة الثقيلة، ليل الاثنين، بين قوات جهاز الردع واللواء 444 في العاصمة."
    doc = make_doc(text, entities=[("جهاز الردع", "ORG"), ("اللواء 444", "ORG")], times=[("ليل الاثنين", "2021-03-08")])
    (ev,) = extractor(doc).events
    assert [a.text for a in ev.actors] == ["قوات جهاز الردع", "اللواء 444"]
    text = "وقالت مصادر إن الاشتباكات اندلعت إثر احتجاز جهاز الردع آمر اللواء في المطار."
    doc = make_doc(text, entities=[("جهاز الردع", "ORG")])
    (ev,) = [e for e in extractor(doc).events if e.plover == "COERCE"]
    assert [a.text for a in ev.actors] == ["جهاز الردع"]


def test_a_name_before_the_charge_with_no_accuser_is_the_accused(extractor, make_doc) -> None:
    doc = make_doc("واتهمت حركة الشباب المتشددة بتفجير شاحنة في العاصمة.", entities=[("حركة الشباب", "ORG")])
    (ev,) = [e for e in extractor(doc).events if e.plover == "DISAPPROVE"]
    assert (ev.actors, [t.text for t in ev.targets]) == ([], ["حركة الشباب"])
    # a definite noun before the name is the accuser (the phrase runs on, but is not read as accused)
    doc = make_doc("واتهمت الحكومة حركة الشباب بتفجير شاحنة.", entities=[("حركة الشباب", "ORG")])
    (ev,) = [e for e in extractor(doc).events if e.plover == "DISAPPROVE"]
    assert ev.targets == []


def test_the_sides_of_a_summit_or_cooperation_after_an_adjective_and_bayna(extractor, make_doc) -> None:
    doc = make_doc(
        "وعززت الزيارة التعاون الاستراتيجي بين واشنطن والرياض.", entities=[("واشنطن", "LOC"), ("الرياض", "LOC")]
    )
    (ev,) = [e for e in extractor(doc).events if e.plover == "COOPERATE"]
    assert [a.text for a in ev.actors] == ["واشنطن", "الرياض"]
    doc = make_doc("وتحدث عن قمة تاريخية بين الزعيم الكوري الشمالي والرئيس الكوري الجنوبي.")
    (ev,) = [e for e in extractor(doc).events if e.plover == "CONSULT"]
    assert [a.text for a in ev.actors] == ["الزعيم الكوري الشمالي", "الرئيس الكوري الجنوبي"]


def test_a_leaders_party_in_quotes_before_his_name(extractor, make_doc) -> None:
    text = 'ويطالب زعيم حزب حركة "خمس نجوم" لويجي دي مايو بحق ترشيحه لرئاسة الوزراء.'
    # (the entities as the NER reads them)
    doc = make_doc(text, entities=[("حزب حركة", "ORG"), ("خمس نجوم", "ORG"), ("لويجي دي مايو", "PER")])
    (ev,) = [e for e in extractor(doc).events if e.plover == "DEMAND"]
    assert [a.text for a in ev.actors] == ['زعيم حزب حركة "خمس نجوم" لويجي دي مايو']


def test_a_capital_after_a_verb_of_rejecting_or_a_noun_of_threat_is_its_government(extractor, make_doc) -> None:
    moscow = {"موسكو": Place(55.75, 37.62, "RU", precision="point", feature="PPLC")}
    doc = make_doc("ورفضت موسكو الاتهامات البريطانية.", entities=[("موسكو", "LOC")], places=moscow)
    assert [a.text for a in _event(extractor(doc), "REJECT").actors] == ["موسكو"]
    # a summit or a conference named after the city is held there
    doc = make_doc("وانطلق مؤتمر موسكو للأمن الدولي.", entities=[("موسكو", "LOC")], places=moscow)
    (ev,) = [e for e in extractor(doc).events if e.plover == "CONSULT"]
    assert ev.actors == []
