"""Event coreference across statements and the claims built from it (assert / confirm / deny / unconfirmed)."""

from __future__ import annotations

import pytest

from marsad.events.claims import ClaimLinker

TEXT = (
    "وأعلنت القوات الحكومية أنها سيطرت على أحياء في غرب المدينة منها الوادي والقلعة والسوق. "
    "وقالت شبكة الرصد إن القوات سيطرت على الوادي لكنها لم تستطع تأكيد السيطرة على الأحياء التي ذكرتها القوات. "
    "ونفى قيادي في الفصائل سيطرة القوات على الوادي."
)


def _doc(make_doc):
    return make_doc(
        TEXT,
        entities=[("الوادي", "LOC"), ("القلعة", "LOC"), ("السوق", "LOC"), ("الوادي@2", "LOC"), ("الوادي@3", "LOC")],
        statements=[
            {
                "speaker": "القوات الحكومية",
                "cue": "أعلنت",
                "content": "سيطرت على أحياء في غرب المدينة منها الوادي والقلعة والسوق",
            },
            {"speaker": "شبكة الرصد", "cue": "قالت", "content": "القوات سيطرت على الوادي"},
            {
                "speaker": "شبكة الرصد",
                "cue": "لم تستطع تأكيد",
                "content": "السيطرة على الأحياء التي ذكرتها القوات",
                "stance": "unconfirmed",
            },
            {"speaker": "قيادي في الفصائل", "cue": "نفى", "content": "سيطرة القوات على الوادي", "stance": "deny"},
        ],
    )


def test_mentions_of_one_takeover_share_an_event_id(extractor, make_doc) -> None:
    doc = extractor(_doc(make_doc))
    takeovers = [e for e in doc.events if e.plover == "FIGHT"]
    assert [e.statement for e in takeovers] == [0, 1, 2, 3]
    assert len({e.event_id for e in takeovers}) == 1
    assert [e.modality for e in takeovers] == ["asserted", "asserted", "unconfirmed", "negated"]


def test_contested_and_unverified_claims(extractor, make_doc) -> None:
    doc = ClaimLinker()(extractor(_doc(make_doc)))
    by_positions = {tuple((p["statement"], p["role"]) for p in c.positions): c.status for c in doc.claims}
    assert by_positions[((0, "assert"), (1, "confirm"), (3, "deny"))] == "contested"
    assert by_positions[((0, "assert"), (2, "unconfirmed"))] == "unverified"
    assert len(doc.claims) == 2  # القلعة and السوق share one claim


def test_confirmed_claim_and_unrelated_events_stay_apart(extractor, make_doc) -> None:
    text = (
        "وقال الدفاع المدني إن غارة استهدفت سوق البلدة. وأكد ناشطون أن غارة أصابت سوق البلدة. "
        "وقالت الوزارة إن الشرطة اعتقلت ناشطين في العاصمة."
    )
    doc = make_doc(
        text,
        entities=[("البلدة", "LOC"), ("البلدة@2", "LOC"), ("العاصمة", "LOC")],
        statements=[
            {"speaker": "الدفاع المدني", "cue": "قال", "content": "غارة استهدفت سوق البلدة"},
            {"speaker": "ناشطون", "cue": "أكد", "content": "غارة أصابت سوق البلدة"},
            {"speaker": "الوزارة", "cue": "قالت", "content": "الشرطة اعتقلت ناشطين في العاصمة"},
        ],
    )
    doc = ClaimLinker()(extractor(doc))
    strikes = {e.event_id for e in doc.events if e.plover in ("FIGHT", "ASSAULT") and e.trigger.text == "غارة"}
    arrest = {e.event_id for e in doc.events if e.plover == "COERCE"}
    assert len(strikes) == 1 and not strikes & arrest
    assert [c.status for c in doc.claims] == ["confirmed"]
    assert [p["role"] for p in doc.claims[0].positions] == ["assert", "confirm"]


def test_reports_of_the_same_talks_join_one_contested_claim(extractor, make_doc) -> None:
    text = (
        "ونفت الحكومة أنباء عن محادثات سرية مع المتمردين. "
        "وقال مصدر دبلوماسي إن المحادثات جرت الشهر الماضي بوساطة إقليمية."
    )
    doc = make_doc(
        text,
        statements=[
            {"speaker": "الحكومة", "cue": "نفت", "content": "أنباء عن محادثات سرية مع المتمردين", "stance": "deny"},
            {"speaker": "مصدر دبلوماسي", "cue": "قال", "content": "المحادثات جرت الشهر الماضي بوساطة إقليمية"},
        ],
    )
    doc = ClaimLinker()(extractor(doc))
    assert len(doc.claims) == 1
    claim = doc.claims[0]
    assert claim.status == "contested"
    assert sorted((p["statement"], p["role"]) for p in claim.positions) == [(0, "deny"), (1, "assert")]


def test_a_single_source_makes_no_claim(extractor, make_doc) -> None:
    text = "وقال الجيش إنه سيطر على بلدة الصفصافة."
    doc = make_doc(
        text,
        entities=[("الصفصافة", "LOC")],
        statements=[{"speaker": "الجيش", "cue": "قال", "content": "سيطر على بلدة الصفصافة"}],
    )
    assert ClaimLinker()(extractor(doc)).claims == []


def test_cannot_confirm_keeps_a_claim_unverified(extractor, make_doc) -> None:
    text = (
        "وقالت الشرطة إنها اعتقلت المشتبه به في المدينة. وأكد مسؤول محلي اعتقال المشتبه به في المدينة. "
        "وقال محامي المتهم إنه لا يستطيع تأكيد اعتقال موكله."
    )
    doc = make_doc(
        text,
        entities=[("المدينة", "LOC"), ("المدينة@2", "LOC")],
        statements=[
            {"speaker": "الشرطة", "cue": "قالت", "content": "اعتقلت المشتبه به في المدينة"},
            {"speaker": "مسؤول محلي", "cue": "أكد", "content": "اعتقال المشتبه به في المدينة"},
            {
                "speaker": "محامي المتهم",
                "cue": "لا يستطيع تأكيد",
                "content": "اعتقال موكله",
                "stance": "unconfirmed",
            },
        ],
    )
    doc = ClaimLinker()(extractor(doc))
    assert [c.status for c in doc.claims] == ["unverified"]
    assert [p["role"] for p in doc.claims[0].positions] == ["assert", "confirm", "unconfirmed"]


@pytest.mark.parametrize(
    ("denial", "denier", "cue", "expected"),
    [
        # another speaker's "نفت ذلك" contests the report before it
        ("لكن الفصائل نفت ذلك.", "الفصائل", "نفت", [("contested", [(0, "assert"), (1, "deny")])]),
        # the same speaker taking it back makes no claim between two sources
        ("ونفى الجيش ذلك لاحقا.", "الجيش", "نفى", []),
    ],
)
def test_a_denial_that_points_back(extractor, make_doc, denial, denier, cue, expected) -> None:
    text = f"وقال الجيش إنه سيطر على بلدة الصفصافة، {denial} وقال الدفاع المدني إن المستشفى يعمل."
    doc = make_doc(
        text,
        entities=[("الصفصافة", "LOC")],
        statements=[
            {"speaker": "الجيش", "cue": "قال", "content": "سيطر على بلدة الصفصافة"},
            {"speaker": denier, "cue": cue, "content": "ذلك", "stance": "deny"},
            {"speaker": "الدفاع المدني", "cue": "قال", "content": "المستشفى يعمل"},
        ],
    )
    claims = ClaimLinker()(extractor(doc)).claims
    got = [(c.status, [(p["statement"], p["role"]) for p in c.positions]) for c in claims]
    assert got == expected


def test_the_same_verb_by_two_named_actors_is_two_claims(extractor, make_doc) -> None:
    text = (
        "وأعلن المتحدث باسم الجماعة أن قواته استهدفت سفينة في البحر الأحمر. "
        "وأكدت الوزارة أن طائراتها استهدفت مخازن للصواريخ."
    )
    doc = make_doc(
        text,
        entities=[("الجماعة", "ORG"), ("البحر الأحمر", "LOC"), ("الوزارة", "ORG")],
        statements=[
            {"speaker": "المتحدث باسم الجماعة", "cue": "أعلن", "content": "قواته استهدفت سفينة في البحر الأحمر"},
            {"speaker": "الوزارة", "cue": "أكدت", "content": "طائراتها استهدفت مخازن للصواريخ"},
        ],
    )
    doc = ClaimLinker()(extractor(doc))
    strikes = [e for e in doc.events if e.trigger.text == "استهدفت"]
    # the speaker's own forces act for the speaker
    assert [[a.text for a in e.actors] for e in strikes] == [["المتحدث باسم الجماعة"], ["الوزارة"]]
    assert doc.claims == []


@pytest.mark.parametrize(
    ("text", "claim", "denial"),
    [
        (
            "وأعلنت القوات في بيان أنها سيطرت على مدينة الواحة. ونفى المتحدث باسم الجيش سقوط المدينة.",
            {"speaker": "القوات", "cue": "أعلنت", "content": "سيطرت على مدينة الواحة"},
            {"speaker": "المتحدث باسم الجيش", "cue": "نفى", "content": "سقوط المدينة", "stance": "deny"},
        ),
        # بلدة starts with ب, which the clitic stripper took for a preposition: "البلدة" had no antecedent
        (
            "وقال الجيش إن قواته استعادت السيطرة على بلدة الواحة. لكن المتحدث باسم الفصائل نفى سقوط البلدة.",
            {"speaker": "الجيش", "cue": "قال", "content": "قواته استعادت السيطرة على بلدة الواحة"},
            {"speaker": "المتحدث باسم الفصائل", "cue": "نفى", "content": "سقوط البلدة", "stance": "deny"},
        ),
    ],
)
def test_a_denied_fall_contests_the_takeover(extractor, make_doc, text, claim, denial) -> None:
    doc = make_doc(text, entities=[("الواحة", "LOC")], statements=[claim, denial])
    doc = ClaimLinker()(extractor(doc))
    assert [(c.status, [(p["statement"], p["role"]) for p in c.positions]) for c in doc.claims] == [
        ("contested", [(0, "assert"), (1, "deny")])
    ]


def test_a_statement_quoted_inside_another_is_no_second_source(extractor, make_doc) -> None:
    text = 'وقال القائد إن "أفراد الخلية اعترفوا بتلقي أوامر من ضباط فروا إلى الخارج".'
    doc = make_doc(
        text,
        statements=[
            {"speaker": "القائد", "cue": "قال", "content": "أفراد الخلية اعترفوا بتلقي أوامر من ضباط فروا إلى الخارج"},
            {"speaker": "أفراد الخلية", "cue": "اعترفوا", "content": "تلقي أوامر من ضباط فروا إلى الخارج"},
        ],
    )
    assert ClaimLinker()(extractor(doc)).claims == []


def test_one_person_repeating_himself_confirms_nothing(make_doc) -> None:
    """The same speaker under a full and a short name is one source: the claim stays unverified."""
    from marsad.events.claims import link_claims
    from marsad.events.extract import EventExtractor

    text = (
        "وقال الرئيس الأمريكي دونالد ترامب إن القوات الأمريكية قصفت مواقع في سوريا.\n"
        "وأضاف ترامب أن القوات الأمريكية قصفت مواقع في سوريا."
    )
    doc = make_doc(
        text,
        entities=[("دونالد ترامب", "PER"), ("ترامب@2", "PER"), ("سوريا", "LOC"), ("سوريا@2", "LOC")],
        statements=[
            {
                "speaker": "الرئيس الأمريكي دونالد ترامب",
                "cue": "قال",
                "content": "القوات الأمريكية قصفت مواقع في سوريا",
            },
            {"speaker": "ترامب@2", "cue": "أضاف", "content": "القوات الأمريكية قصفت مواقع في سوريا@2"},
        ],
    )
    doc = EventExtractor()(doc)
    claims = link_claims(doc)
    assert claims and all(c.status == "unverified" for c in claims)
    assert all(p["role"] == "assert" for c in claims for p in c.positions)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("المرصد السوري لحقوق الإنسان", "المرصد", True),  # one definite word for the earlier phrase's head
        ("مصادر عسكرية يمنية", "المصادر", True),
        ("وزير الخارجية الأميركي، مايك بومبيو", "وزير الخارجية الأميركي", True),  # the start of the earlier phrase
        ("مصادر محلية", "مصادر عسكرية", False),  # other sources stay apart
    ],
)
def test_a_shortened_speaker_phrase_is_the_same_source(make_doc, first: str, second: str, same: bool) -> None:
    from marsad.events.claims import source_ids

    text = f"وقال {first} إن القصف استمر.\nوأضاف {second} أن القصف استمر."
    doc = make_doc(
        text,
        statements=[
            {"speaker": first, "cue": "قال", "content": "القصف استمر"},
            {"speaker": second + "@2" if second in first else second, "cue": "أضاف", "content": "القصف استمر@2"},
        ],
    )
    ids = source_ids(doc)
    assert (ids[0] == ids[1]) is same


@pytest.mark.parametrize(
    ("intro", "same"),
    [
        ("واستقبل الرئيس التونسي، قيس سعيد، وفدا من رجال الأعمال صباح اليوم.", True),
        ("واستقبل الرئيس التونسي قيس سعيد وفدا من رجال الأعمال صباح اليوم.", True),
        ("واستقبل الرئيس التونسي وفدا برئاسة قيس سعيد صباح اليوم.", False),  # the name is not next to the title
        # one title before two persons names neither of them
        ("واستقبل الرئيس التونسي قيس سعيد الوفد، كما استقبل الرئيس التونسي محمد الناصر وفدا آخر.", False),
    ],
)
def test_a_title_the_article_puts_before_a_name_is_that_person(make_doc, intro: str, same: bool) -> None:
    from marsad.events.claims import source_ids

    text = f"{intro}\nوقال سعيد إن المفاوضات ستستأنف.\nوأكد الرئيس التونسي أن المفاوضات ستستأنف."
    persons = [("قيس سعيد", "PER")] + ([("محمد الناصر", "PER")] if "الناصر" in intro else [])
    doc = make_doc(
        text,
        entities=[*persons, ("سعيد@2", "PER")],
        statements=[
            {"speaker": "سعيد@2", "cue": "قال", "content": "المفاوضات ستستأنف"},
            {
                "speaker": "الرئيس التونسي@" + str(intro.count("الرئيس التونسي") + 1),
                "cue": "أكد",
                "content": "المفاوضات ستستأنف@2",
            },
        ],
    )
    ids = source_ids(doc)
    assert (ids[0] == ids[1]) is same


@pytest.mark.parametrize(
    ("first", "second", "entities", "same"),
    [
        # a spokesman speaks for his body, and his name later is that body too
        ("المتحدث باسم وزارة الخارجية التونسية", "وزارة الخارجية التونسية", ["وزارة الخارجية التونسية"], True),
        ("الناطق باسم الحرس الوطني حسام الجبابلي", "الجبابلي", ["الحرس الوطني", "حسام الجبابلي"], True),
        ("البنتاغون", "وزارة الدفاع الأميركية", ["البنتاغون", "وزارة الدفاع الأميركية"], True),
        ("وزارة الدفاع الأمريكية", "وزارة الدفاع الروسية", ["وزارة الدفاع الأمريكية", "وزارة الدفاع الروسية"], False),
        ("المتحدث باسم وزارة الصحة", "وزارة الداخلية", ["وزارة الصحة", "وزارة الداخلية"], False),
    ],
)
def test_a_spokesman_and_an_institution_under_its_other_name_are_one_source(
    make_doc, first: str, second: str, entities: list[str], same: bool
) -> None:
    from marsad.events.claims import source_ids

    text = f"وقال {first} إن الحدود مغلقة.\nوأضاف {second} أن الحدود مغلقة."
    located = []
    for name in entities:
        occurrences = text.count(name)
        etype = "PER" if name == "حسام الجبابلي" else "ORG"
        located.append((name, etype))
        if occurrences > 1:
            located.append((name + "@2", etype))
    if "الجبابلي" in second:
        located.append(("الجبابلي@2", "PER"))
    doc = make_doc(
        text,
        entities=located,
        statements=[
            {"speaker": first, "cue": "قال", "content": "الحدود مغلقة"},
            {"speaker": second + "@2" if second in first else second, "cue": "أضاف", "content": "الحدود مغلقة@2"},
        ],
    )
    ids = source_ids(doc)
    assert (ids[0] == ids[1]) is same


def test_a_spokesman_of_an_untagged_body_speaks_for_it(make_doc) -> None:
    from marsad.events.claims import source_ids

    text = "وقال البيت الأبيض إن الزيارة أرجئت.\nوأضافت المتحدثة باسم الرئاسة الأميركية، سارة ساندرز، أن الزيارة أرجئت."
    doc = make_doc(
        text,
        entities=[("البيت الأبيض", "ORG"), ("سارة ساندرز", "PER")],
        statements=[
            {"speaker": "البيت الأبيض", "cue": "قال", "content": "الزيارة أرجئت"},
            {"speaker": "المتحدثة باسم الرئاسة الأميركية، سارة ساندرز", "cue": "أضافت", "content": "الزيارة أرجئت@2"},
        ],
    )
    ids = source_ids(doc)
    assert ids[0] == ids[1] == "الرئاسه الامريكيه"


def test_a_spokesman_of_a_person_speaks_for_that_person(make_doc) -> None:
    from marsad.events.claims import source_ids

    text = (
        "وقال المتحدث باسم رئيسة الوزراء البريطانية تيريزا ماي إن القمة ستعقد.\n"
        "وأكدت ماي أن القمة ستعقد.\nوقال المتحدث باسم الحكومة الإيرلندية إن القمة ستعقد."
    )
    doc = make_doc(
        text,
        entities=[("تيريزا ماي", "PER"), ("ماي@2", "PER")],
        statements=[
            {"speaker": "المتحدث باسم رئيسة الوزراء البريطانية تيريزا ماي", "cue": "قال", "content": "القمة ستعقد"},
            {"speaker": "ماي@2", "cue": "أكدت", "content": "القمة ستعقد@2"},
            {"speaker": "المتحدث باسم الحكومة الإيرلندية", "cue": "قال@2", "content": "القمة ستعقد@3"},
        ],
    )
    ids = source_ids(doc)
    assert ids[0] == ids[1] == "ماي" != ids[2] == "الحكومه الايرلنديه"


def test_denying_the_motives_behind_an_arrest_confirms_the_arrest() -> None:
    import marsad

    text = (
        "اعتقلت الشرطة أكثر من 100 شخص خلال احتجاجات ليلية في إسطنبول اندلعت عقب توقيف رئيس البلدية، وفق ما"
        " أعلن وزير الداخلية.\n\nونفى الرئيس أي دوافع سياسية وراء التوقيف، مؤكدا أن القضاء مستقل."
    )
    doc = marsad.analyze(text, published="2025-03-20")
    assert [(c.status, [p["role"] for p in c.positions]) for c in doc.claims] == [("confirmed", ["assert", "confirm"])]


def test_strikes_on_two_districts_of_one_city_are_two_events(extractor, make_doc) -> None:
    text = (
        "قتل مدنيون في قصف صاروخي استهدف دوما وبلدات أخرى قرب دمشق. "
        "وسقطت قذائف أطلقها مسلحون على حي باب توما وجرمانا بدمشق."
    )
    doc = make_doc(
        text,
        entities=[("دوما", "LOC"), ("دمشق", "LOC"), ("باب توما", "LOC"), ("جرمانا", "LOC"), ("دمشق@2", "LOC")],
    )
    doc = extractor(doc)
    shelling = {e.trigger.text: e.event_id for e in doc.events if e.trigger.text in ("قصف", "قذائف")}
    assert len(shelling) == 2 and shelling["قصف"] != shelling["قذائف"]
    # one place named more narrowly in the second mention is still the same strike
    text = "وقصفت المدفعية دوما. وأدى القصف على دوما قرب دمشق إلى مقتل مدنيين."
    doc = extractor(make_doc(text, entities=[("دوما", "LOC"), ("دوما@2", "LOC"), ("دمشق", "LOC")]))
    assert len({e.event_id for e in doc.events if e.plover in ("FIGHT", "ASSAULT")}) == 1
