"""ACLED types from the context of a trigger (refine.tsv) and from its arguments (marsad.events.acled_types)."""

from __future__ import annotations

import pytest

from marsad.document import Span
from marsad.errors import MarsadError
from marsad.events.acled_types import actor_kind, is_civilian_target
from marsad.events.lexicon import _refine_window

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
ON_CIVILIANS = ("Violence against civilians", "Attack")


def _typed(extractor, make_doc, text: str, trigger: str, entities=None) -> tuple[str, tuple[str, ...] | None]:
    doc = extractor(make_doc(text, entities=entities))
    hits = [e for e in doc.events if e.trigger.text in trigger]  # the trigger leaves out و ، ب ، ل
    assert hits, [(e.trigger.text, e.plover, e.acled) for e in doc.events]
    return hits[0].plover, tuple(hits[0].acled) if hits[0].acled else None


@pytest.mark.parametrize(
    ("text", "trigger", "entities", "acled"),
    [
        (
            "وسيطر الحوثيون على مديرية الصفراء بعد معارك استمرت يومين.",
            "وسيطر",
            [("الحوثيون", "ORG")],
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "واستولى الجيش الوطني على التلال المطلة على الطريق الدولي.",
            "واستولى",
            [("الجيش الوطني", "ORG")],
            ("Battles", "Government regains territory"),
        ),
        (
            "وسيطر مقاتلو الجيش السوري الحر على قرية جديدة شمال المدينة.",
            "وسيطر",
            [("الجيش السوري الحر", "ORG")],
            ("Battles", "Non-state actor overtakes territory"),
        ),
    ],
)
def test_territory_typed_by_who_takes_it(extractor, make_doc, text, trigger, entities, acled) -> None:
    assert _typed(extractor, make_doc, text, trigger, entities)[1] == acled


def test_areas_under_control_are_no_event(extractor, make_doc) -> None:
    doc = extractor(make_doc("ونزح آلاف إلى مناطق سيطرة الفصائل في ريف المحافظة الشمالي."))
    assert not [e for e in doc.events if "سيطرة" in e.trigger.text]
    # the same noun for a takeover stays an event
    doc = extractor(make_doc("وأعلنت الفصائل سيطرتها على ثلاث قرى في ريف المحافظة الشمالي."))
    assert [e for e in doc.events if "سيطرتها" in e.trigger.text]


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "acled"),
    [
        # opening fire on civilians is violence against civilians, not shelling
        ("وأطلق مسلحون النار على مدنيين في سوق المدينة.", "وأطلق", "ASSAULT", ON_CIVILIANS),
        ("وأطلق جنود النار على سكان القرية أثناء عودتهم من الحقول.", "وأطلق", "ASSAULT", ON_CIVILIANS),
        # an exchange of fire is a clash
        ("وقتل جنديان في تبادل لإطلاق النار مع مهربين قرب الحدود.", "لإطلاق", "FIGHT", CLASH),
        # firing shells stays shelling
        ("وتعرض المعبر لإطلاق قذائف ورصاص من داخل البلدة.", "لإطلاق", "FIGHT", SHELLING),
    ],
)
def test_gunfire_typed_by_its_target(extractor, make_doc, text, trigger, plover, acled) -> None:
    assert _typed(extractor, make_doc, text, trigger) == (plover, acled)


def test_civilians_killed_in_clashes_stay_a_battle(extractor, make_doc) -> None:
    text = "واندلعت اشتباكات عنيفة بين الفصائل في المدينة قتل فيها ثلاثة مدنيين."
    assert _typed(extractor, make_doc, text, "اشتباكات")[1] == CLASH


@pytest.mark.parametrize(
    ("text", "trigger", "acled"),
    [
        # (a named victim: "مقتل مسلحين اثنين في غارة" is the strike's toll, no killing of its own)
        ("وأعلن الجيش مقتل القيادي في غارة جوية شمال البلاد.", "مقتل", AIR),
        ("مقتل صيادين بقصف على ساحل المدينة", "مقتل", SHELLING),
        (
            "وأعلنت الشرطة مقتل شرطيين في انفجار عبوة ناسفة على طريق المطار.",
            "مقتل",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        # the trigger's own adjective decides before air words further on
        ("وتواصل القصف المدفعي والغارات الجوية على أطراف البلدة.", "القصف", SHELLING),
        # a clash keeps its type next to the strikes that the sentence also reports
        ("وسمع السكان أصوات اشتباكات بأسلحة ثقيلة وغارات جوية فجر اليوم.", "اشتباكات", CLASH),
    ],
)
def test_killings_and_strikes_typed_by_their_means(extractor, make_doc, text, trigger, acled) -> None:
    assert _typed(extractor, make_doc, text, trigger)[1] == acled


@pytest.mark.parametrize(
    ("text", "trigger", "acled"),
    [
        ("وتجددت الاحتجاجات العنيفة في المدينة لليوم الثالث.", "الاحتجاجات", ("Riots", "Violent demonstration")),
        (
            "وقتل متظاهران برصاص قوات الأمن خلال احتجاجات قرب مبنى المحافظة.",
            "احتجاجات",
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "وفرقت الشرطة اعتصاما للمعلمين بالغاز المسيل للدموع.",
            "اعتصاما",
            ("Protests", "Protest with intervention"),
        ),
        # a protest against repression is no crackdown on the protest
        ("وخرجت احتجاجات سلمية ضد قمع الحريات في العاصمة.", "احتجاجات", ("Protests", "Peaceful protest")),
        # forces near a protest do not make it a battle
        (
            "وانتشرت قوات الأمن حول ساحة التحرير قبل مظاهرات الجمعة.",
            "مظاهرات",
            ("Protests", "Peaceful protest"),
        ),
    ],
)
def test_protest_subtypes(extractor, make_doc, text, trigger, acled) -> None:
    assert _typed(extractor, make_doc, text, trigger) == ("PROTEST", acled)


def _span(text: str) -> Span:
    return Span(0, len(text), text)


@pytest.mark.parametrize(
    ("actor", "kind"),
    [
        ("الجيش العراقي", "state"),
        ("قوات الأمن", "state"),
        ("بالحوثيين", "non_state"),
        ("تنظيم الدولة الإسلامية", "non_state"),
        ("قوات سوريا الديمقراطية", "non_state"),
        ("الجيش السوري الحر", "non_state"),
        ("قوات الدعم السريع", "non_state"),
        ("القوات التركية", "state"),
        ("القوات الكردية", "non_state"),
        ("القوات", None),
        ("الأمين العام", None),
    ],
)
def test_actor_kind(actor, kind) -> None:
    assert actor_kind(_span(actor)) == kind


@pytest.mark.parametrize(
    ("target", "civilian"),
    [
        ("المدنيين", True),
        ("عشرات المدنيين", True),
        ("42 مدنيا", True),
        ("الفلسطينيين العزل", True),
        ("المناطق المدنية", False),
        ("مواقع الجيش", False),
    ],
)
def test_civilian_target(target, civilian) -> None:
    assert is_civilian_target(_span(target)) is civilian


@pytest.mark.parametrize(("text", "window"), [("3", (3, 3, False)), ("-1", (1, 0, True)), ("+2", (0, 2, True))])
def test_refine_window(text, window) -> None:
    assert _refine_window(text) == window


@pytest.mark.parametrize("text", ["x", "-", "2-"])
def test_refine_window_rejects_nonsense(text) -> None:
    with pytest.raises(MarsadError):
        _refine_window(text)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        # an indefinite sound plural takes no genitive: the definite word after it is the object
        ("وهاجم مسلحون المصلين أثناء خروجهم من المسجد.", "وهاجم", "مسلحون", "المصلين"),
        # a definite phrase does not run into a civilian noun
        ("وطردت الشرطة المصلين من الساحة.", "وطردت", "الشرطة", "المصلين"),
        # civilians after a verb of violence are its patients (a nominative dual, "قتل مدنيان في اشتباك", is the
        # clash's toll since session 29, as a count is)
        ("وقتل مدنيين في اشتباك قرب السوق.", "وقتل", None, "مدنيين"),
    ],
)
def test_civilians_head_phrases_as_targets(extractor, make_doc, text, trigger, actor, target) -> None:
    doc = extractor(make_doc(text))
    event = next(e for e in doc.events if e.trigger.text in trigger)
    assert [a.text for a in event.actors] == ([actor] if actor else [])
    assert [t.text for t in event.targets] == [target]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a light verb after the noun, its pronoun the noun: its subject acts
        ("وقتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش.", "هجوم", "مسلحون"),
        ("وتواصلت الغارات التي تشنها القوات على المدينة.", "الغارات", "القوات"),
        # فصائل begins with the letter of the conjunction ف but is one word
        ("حملة اعتقالات تشنها فصائل المعارضة على الموالين.", "اعتقالات", "فصائل المعارضة"),
    ],
)
def test_a_light_verb_after_the_noun_gives_its_actor(extractor, make_doc, text, trigger, actor) -> None:
    event = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
    assert [a.text for a in event.actors] == [actor]


def test_a_topic_after_talks_is_no_party(extractor, make_doc) -> None:
    doc = extractor(make_doc("وتستأنف مفاوضات السلام الأسبوع المقبل، فيما جرت محادثات الجيش والمعارضة في جنيف."))
    talks = {e.trigger.text: [a.text for a in e.actors] for e in doc.events}
    assert talks["مفاوضات"] == [] and talks["محادثات"] == ["الجيش", "المعارضة"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # counted people after a verb of violence or coercion are its patients
        ("واعتقلت الشرطة خمسة أشخاص في المدينة.", "اعتقلت", ["الشرطة"], ["خمسة أشخاص"]),
        ("وقتل تسعة متظاهرين بالرصاص قرب الساحة.", "قتل", [], ["تسعة متظاهرين"]),
        # a clash has two sides, counted or not; the side after مع acts too
        ("واشتبك عشرات المسلحين مع الجيش قرب الحدود.", "اشتبك", ["عشرات المسلحين", "الجيش"], []),
    ],
)
def test_counted_people_after_a_violent_verb(extractor, make_doc, text, trigger, actors, targets) -> None:
    event = next(e for e in extractor(make_doc(text)).events if e.trigger.text in trigger)
    assert ([a.text for a in event.actors], [t.text for t in event.targets]) == (actors, targets)


@pytest.mark.parametrize(
    ("text", "entities", "statements", "trigger", "actors", "targets", "acled"),
    [
        # a report's own verb acts through its speaker; the phrase read after it is what the report is about
        (
            "ونفت الحركة مسؤوليتها عن الهجوم، واتهمت الجيش بافتعال الأزمة.",
            [("الحركة", "ORG"), ("الجيش", "ORG")],
            [
                {"speaker": "الحركة", "cue": "نفت", "content": "مسؤوليتها عن الهجوم", "stance": "deny"},
                {"speaker": "الحركة", "cue": "اتهمت", "content": "الجيش بافتعال الأزمة"},
            ],
            "اتهمت",
            ["الحركة"],
            ["الجيش"],
            None,
        ),
        # right after أنه the phrase after the verb is its object, and the speaker acts
        (
            "وقال الجيش إنه اعتقل أربعة مسلحين قرب الحدود.",
            [("الجيش", "ORG")],
            [{"speaker": "الجيش", "cue": "قال", "content": "إنه اعتقل أربعة مسلحين قرب الحدود"}],
            "اعتقل",
            ["الجيش"],
            ["أربعة مسلحين"],
            None,
        ),
        # a generic speaker that the phrase finder ran on into the accused: split
        (
            "واتهمت السلطات المحلية الحوثيين بالمسؤولية عن الهجوم.",
            [("الحوثيين", "ORG")],
            [{"speaker": "السلطات المحلية", "cue": "اتهمت", "content": "الحوثيين بالمسؤولية عن الهجوم"}],
            "اتهمت",
            ["السلطات المحلية"],
            ["الحوثيين"],
            None,
        ),
        # a speaker's own forces act for the speaker, and the ACLED type is decided after that actor
        (
            "وأعلن الحوثيون أن قواتهم سيطرت على البلدة.",
            [("الحوثيون", "ORG")],
            [{"speaker": "الحوثيون", "cue": "أعلن", "content": "قواتهم سيطرت على البلدة"}],
            "سيطرت",
            ["الحوثيون"],
            [],
            ["Battles", "Non-state actor overtakes territory"],
        ),
    ],
)
def test_events_inside_statements_take_the_speaker(
    extractor, make_doc, text, entities, statements, trigger, actors, targets, acled
) -> None:
    doc = make_doc(text, entities=entities, statements=statements)
    event = next(e for e in extractor(doc).events if e.trigger.text == trigger)
    assert ([a.text for a in event.actors], [t.text for t in event.targets]) == (actors, targets)
    if acled is not None:
        assert event.acled == acled


@pytest.mark.parametrize(
    ("text", "trigger", "acled"),
    [
        # storming by gunmen is an armed attack, not a riot
        ("وقتل عشرون شخصا في اقتحام مسلح لفندق وسط العاصمة.", "اقتحام", ["Battles", "Armed clash"]),
        # a sit-in dispersed by force, and live fire on the protesters
        ("وفضت قوات الأمن بالقوة اعتصاما أمام مقر الجيش.", "اعتصاما", ["Protests", "Protest with intervention"]),
        ("وأطلقت قوات الأمن الرصاص الحي على المعتصمين.", "أطلقت", ["Protests", "Excessive force against protesters"]),
        # clashes fought with tear gas and stones, and roads blocked with burning tyres, are riots
        (
            "واندلعت مواجهات بين الشبان والجيش الذي أطلق القنابل المسيلة للدموع.",
            "مواجهات",
            ["Riots", "Violent demonstration"],
        ),
        ("وقطع محتجون الطرق بالإطارات المشتعلة احتجاجا على الغلاء.", "احتجاجا", ["Riots", "Violent demonstration"]),
    ],
)
def test_storming_and_dispersal_types(extractor, make_doc, text, trigger, acled) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
    assert ev.acled == acled


def test_burning_by_armed_men_is_property_destruction_and_by_protesters_a_riot(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقالت التنسيقية إن عناصر الدعم السريع أحرقوا السوق ومراكز الإيواء."))
    assert [e.acled for e in doc.events if e.trigger.text == "أحرقوا"] == [
        ["Strategic developments", "Looting/property destruction"]
    ]
    doc = extractor(make_doc("وأحرق محتجون غاضبون إطارات السيارات أمام مقر الحكومة."))
    assert [e.acled for e in doc.events if e.trigger.text == "أحرق"] == [["Riots", "Violent demonstration"]]


def test_thousands_of_citizens_are_a_civilian_target() -> None:
    # _keys reads آلاف without its "article" (اف): the quantity words are known in that form too
    assert is_civilian_target(Span(0, 14, "آلاف المواطنين"))
    assert is_civilian_target(Span(0, 16, "الآلاف من المدنيين"))
