"""Trigger detection and PLOVER / ACLED typing, one construction per case."""

from __future__ import annotations

import pytest

from marsad.document import Place
from marsad.events.lexicon import PLOVER_TYPES, load_lexicon


def _types(extractor, doc):
    return [(e.trigger.text, e.plover, tuple(e.acled) if e.acled else None) for e in extractor(doc).events]


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "acled"),
    [
        ("اشتبك مسلحون مع قوات الأمن قرب الحدود.", "اشتبك", "FIGHT", ("Battles", "Armed clash")),
        (
            "قصفت الطائرات الحربية بلدة في ريف المحافظة صباح الأحد.",
            "قصفت",
            "FIGHT",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "أطلقت الفصائل عشرات الصواريخ على المستوطنات.",
            "أطلقت",
            "FIGHT",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "استخدمت القوات غاز السارين في الهجوم على البلدة.",
            "الهجوم",
            "ASSAULT",
            ("Explosions/Remote violence", "Chemical weapon"),
        ),
        ("اعتقلت الشرطة ثلاثة ناشطين في العاصمة.", "اعتقلت", "COERCE", ("Strategic developments", "Arrests")),
        ("خرج آلاف الطلاب في مظاهرات سلمية وسط المدينة.", "مظاهرات", "PROTEST", ("Protests", "Peaceful protest")),
        ("أدانت الخارجية الفرنسية القصف بشدة.", "أدانت", "DISAPPROVE", None),
        ("رفضت الحكومة المقترح الأخير للوسطاء.", "رفضت", "REJECT", None),
        ("انسحبت الوحدات من التلال المحيطة بالمطار.", "انسحبت", "RETREAT", None),
        ("اختطف مسلحون صحفيين اثنين على الطريق الساحلي.", "اختطف", "ASSAULT", None),
        ("وتوعد قائد الميليشيا خصومه بالرد.", "توعد", "THREATEN", None),
        ("وطالبت المنظمة بالإفراج عن المعتقلين.", "طالبت", "DEMAND", None),
    ],
)
def test_trigger_typed(extractor, make_doc, text, trigger, plover, acled) -> None:
    found = _types(extractor, make_doc(text))
    hits = [f for f in found if f[0] == trigger]
    assert hits, found
    assert hits[0][1] == plover
    if acled is not None:
        assert hits[0][2] == acled


def test_ceasefire_is_one_agree_event_not_a_shooting(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأعلن الطرفان وقف إطلاق النار في المدينة."))
    assert [e.plover for e in doc.events] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "أنهكت الحرب البلاد وأفقرت سكانها.",  # a generic noun is not an event
        "وتضم المناطق التي تسيطر عليها المعارضة آلاف النازحين.",  # holding an area is a state
        "وانتقدت لجنة العقوبات التقارير.",  # an institution's name
    ],
)
def test_non_events(extractor, make_doc, text) -> None:
    plovers = [e.plover for e in extractor(make_doc(text)).events]
    assert "FIGHT" not in plovers and "SANCTION" not in plovers


def test_words_inside_a_name_are_not_triggers(extractor, make_doc) -> None:
    doc = make_doc("وقال قيادي في هيئة تحرير الشام إن الوضع هادئ.", entities=[("هيئة تحرير الشام", "ORG")])
    assert extractor(doc).events == []


def test_clitics_and_inflections_match(extractor, make_doc) -> None:
    doc = extractor(make_doc("وسيطروا على التلة ثم قصفوها وبالقصف تراجعت القوات."))
    texts = [e.trigger.text for e in doc.events]
    assert "سيطروا" in texts  # the conjunction stays outside the trigger
    assert any(t.startswith("قصفوها") for t in texts)
    assert any("القصف" in t for t in texts)


def test_lexicon_types_are_plover() -> None:
    lex = load_lexicon()
    assert {e.plover for e in lex.nouns.values()} | {e.plover for e in lex.verbs.values()} <= set(PLOVER_TYPES)
    assert len(lex.verbs) > 1000 and len(lex.nouns) > 200


def test_present_of_control_is_a_state(extractor, make_doc) -> None:
    doc = extractor(make_doc("وتسيطر الفصائل على معظم الريف الغربي."))
    assert [e.plover for e in doc.events] == []


def test_dawn_is_not_a_bombing(extractor, make_doc) -> None:
    doc = make_doc("واعتقلت الشرطة المتهم فجر اليوم في منزله.", times=[("فجر اليوم", "2021-03-14")])
    assert [e.plover for e in extractor(doc).events] == ["COERCE"]


def test_bracketed_repeat_is_one_event(extractor, make_doc) -> None:
    doc = extractor(make_doc("واستخدمت الدولة حق النقض (الفيتو) ضد المشروع."))
    assert [e.trigger.text for e in doc.events] == ["حق النقض"]


def test_a_toll_is_not_an_event_of_its_own(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقال مسعفون إن 12 شخصا قتلوا في الغارة."))
    assert [e.trigger.text for e in doc.events] == ["الغارة"]


def test_definite_repeat_keeps_the_attack_type(extractor, make_doc) -> None:
    doc = extractor(make_doc("وشنت الطائرات هجوما بغاز السارين على البلدة. وأدانت المنظمة الهجوم بشدة."))
    attacks = [e for e in doc.events if "هجوم" in e.trigger.text]
    assert [e.plover for e in attacks] == ["ASSAULT", "ASSAULT"]


def test_ta_marbuta_is_not_a_pronoun(extractor, make_doc) -> None:
    # وزارة is not و + زار (visited) + ه
    doc = extractor(make_doc("وقالت وزارة الصحة إن المستشفى يعمل."))
    assert [e.plover for e in doc.events] == []


@pytest.mark.parametrize(
    "text",
    [
        "وسيخوض المنتخب مواجهة صعبة أمام منافسه في الدور الثاني من البطولة.",  # sport, not a battle
        "ووصل المراقبون بدعوة من الحكومة.",  # an invitation, not a demand
        "وحصل المرشح على تأييد 34 في المئة من المستطلعين.",  # a poll figure
        "ورفع البنك المركزي الفائدة لمواجهة التضخم في مواجهة الأزمة.",  # 'to counter', 'in the face of'
        "وحقق الفريق فوزا كبيرا وحققت الشركة أرباحا قياسية.",  # حقق 'achieved'
        "ولاحظ الأطباء انتشار الفيروس في المدارس.",  # انتشار 'spread'
        "وانتهى اللقاء بفوز المنتخب بعد طرد مدافعه في الشوط الثاني.",  # a match and a sending-off
        "وارتفعت أسهم شركات الاتصالات في البورصة.",  # telecommunications, not contacts
        "وبدأت الممثلة مسيرتها الفنية في المسرح.",  # her career, not a march
        "وتوفي الكاتب بعد مسيرة حافلة بالروايات.",  # a career again, without a pronoun
        "وبثت قناة المسيرة التابعة للحوثيين صورا للحادث.",  # the Houthis' TV channel
        "وتأثرت الأسواق بخروج بريطانيا من الاتحاد الأوروبي.",  # Brexit, not a withdrawal of forces
    ],
)
def test_readings_that_are_no_event(extractor, make_doc, text) -> None:
    assert extractor(make_doc(text)).events == []


def test_plural_clashes_are_still_fighting(extractor, make_doc) -> None:
    doc = extractor(make_doc("واندلعت مواجهات عنيفة بين الجيش والمسلحين في المدينة."))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("مواجهات", "FIGHT")]


def test_investigate_and_deploy_with_their_required_words(extractor, make_doc) -> None:
    doc = extractor(make_doc("وحققت الشرطة مع المشتبه به، ثم انتشرت قوات الأمن في الشوارع."))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("حققت", "INVESTIGATE"), ("انتشرت", "MOBILIZE")]


def test_contacts_with_a_partner_are_consultations(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأجرى الرئيس اتصالات مع نظيره الفرنسي."))  # (after وزير it would be a portfolio)
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("اتصالات", "CONSULT")]


def test_a_march_is_still_a_protest(extractor, make_doc) -> None:
    doc = extractor(make_doc("وخرجت مسيرة حاشدة في وسط العاصمة للمطالبة بالإصلاح."))
    assert ("مسيرة", "PROTEST") in [(e.trigger.text, e.plover) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "وأسقطت الدفاعات الجوية طائرة مسيرة فوق المطار.",
        "وقالت الشرطة إن الطائرات المسيرة حلقت فوق الحي طوال الليل.",
        "واعترضت القوات مسيرتين مفخختين قرب الحدود.",
        "مؤكدا أن الدفاعات الجوية أسقطت عددا من المسيرات فوق المدينة.",
        "وقال شهود إن مسيرات حلقت فوق الجسر طوال الليل.",
    ],
)
def test_a_drone_is_not_a_march(extractor, make_doc, text) -> None:
    doc = extractor(make_doc(text))
    assert "PROTEST" not in [e.plover for e in doc.events], [(e.trigger.text, e.plover) for e in doc.events]


def test_a_raid_is_a_strike_but_the_present_changes(extractor, make_doc) -> None:
    raid = extractor(make_doc("وأغارت الطائرات الحربية على مواقع للمسلحين قرب الحدود."))
    assert [(e.trigger.text, e.plover) for e in raid.events] == [("أغارت", "FIGHT")]
    assert raid.events[0].acled == ["Explosions/Remote violence", "Air/drone strike"]
    change = extractor(make_doc("ولا يغير هذا القرار شيئا على الأرض."))  # يغيّر 'changes', not a raid
    assert change.events == []


def test_incursions_stabbings_and_rocket_attacks(extractor, make_doc) -> None:
    doc = extractor(make_doc("وتوغلت دبابات إسرائيلية في الحي بعد عملية طعن قرب الحاجز."))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("توغلت", "MOBILIZE"), ("عملية طعن", "ASSAULT")]
    rockets = extractor(make_doc("وشنت القوات هجوما صاروخيا على العاصمة."))
    assert rockets.events[0].acled == ["Explosions/Remote violence", "Shelling/artillery/missile attack"]
    assert extractor(make_doc("وتراجع التوغل الاقتصادي للشركات في السوق.")).events == []  # no troops: no incursion


def test_fighters_leaving_is_a_retreat(extractor, make_doc) -> None:
    doc = extractor(make_doc("وبدأ خروج المسلحين وعائلاتهم من البلدة المحاصرة."))
    assert "RETREAT" in [e.plover for e in doc.events]


def test_a_raid_by_forces_is_no_riot(extractor, make_doc) -> None:
    raid = extractor(make_doc("واقتحمت قوات الاحتلال المخيم فجر اليوم.")).events[0]
    riot = extractor(make_doc("واقتحم المحتجون مبنى المحافظة.")).events[0]
    assert (raid.plover, raid.acled) == ("FIGHT", ["Battles", "Armed clash"])
    assert (riot.plover, riot.acled) == ("PROTEST", ["Riots", "Violent demonstration"])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a press conference is where something is said, not a meeting of parties
        ("وقال الوزير في مؤتمر صحفي مشترك مع نظيره إن العلاقات قوية.", "مؤتمر"),
        # a conviction in court is no condemnation
        ("وقضت المحكمة بالسجن على المتهمين بعد إدانتهم بتهمة الانتماء إلى جماعة محظورة.", "إدانتهم"),
    ],
)
def test_a_press_conference_and_a_conviction_are_no_events(extractor, make_doc, text, absent) -> None:
    assert absent not in [e.trigger.text for e in extractor(make_doc(text)).events]


@pytest.mark.parametrize(
    "text",
    [
        "وأفادت الهيئة بأن مركز الزلزال وقع على بعد 40 كيلومترا شمال غربي المدينة.",
        "وقال شهود إن الانفجار وقع على مقربة من السفارة.",
    ],
)
def test_where_something_happened_is_no_signing(extractor, make_doc, text) -> None:
    assert "AGREE" not in [e.plover for e in extractor(make_doc(text)).events]


def test_memoranda_signed_are_an_agreement(extractor, make_doc) -> None:
    doc = extractor(make_doc("ووقع الجانبان عددا من مذكرات التفاهم في مجال الطاقة."))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("وقع", "AGREE")]


@pytest.mark.parametrize(
    ("text", "trigger", "plover"),
    [
        ("وقتل ثلاثة أشخاص بنيران الجيش قرب الحاجز.", "بنيران", "FIGHT"),
        ("وأضرم المحتجون النيران في الإطارات.", "النيران", None),  # a blaze, not gunfire
        ("وأعلنت الوزارة تحييد 14 عنصرا من الحزب.", "تحييد", "FIGHT"),
        ("وسلمت الوزارة السفير مذكرة احتجاج شديدة اللهجة.", "احتجاج", "DISAPPROVE"),
        ("وأطلق الجنود النار على حشود من المدنيين.", "حشود", None),  # crowds, not a build-up
    ],
)
def test_readings_of_fire_crowds_and_protest_notes(extractor, make_doc, text, trigger, plover) -> None:
    found = {e.trigger.text: e.plover for e in extractor(make_doc(text)).events}
    assert found.get(trigger) == plover


def test_the_shooter_after_fire(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقتل ثلاثة أشخاص بنيران الجيش قرب الحاجز."))
    ev = next(e for e in doc.events if e.trigger.text == "بنيران")
    assert [a.text for a in ev.actors] == ["الجيش"]


def test_asking_not_to_be_named_is_no_demand(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأوضح المصدر، الذي طلب عدم الكشف عن اسمه، أن القرار لم يحسم."))
    assert "طلب" not in [e.trigger.text for e in doc.events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # control over people or a fire is no takeover
        ("واستعملت الوحدات الأمنية الغاز المسيل للدموع للسيطرة عليهما.", "للسيطرة"),
        ("وتمكنت فرق الإطفاء من السيطرة على الحريق.", "السيطرة"),
        # an offence named as a charge is no event the article reports
        ("وأوقفت الشرطة ثلاثة أشخاص بتهمة الاعتداء على عون أمن.", "الاعتداء"),
        # tear gas to disperse a crowd is how the police intervened, no weapons attack
        ("قبل أن تتدخل وحدات الأمن لتفريقهم باستخدام الغاز المسيل للدموع.", "باستخدام"),
    ],
)
def test_control_of_a_fire_and_a_charge_are_no_events(extractor, make_doc, text, absent) -> None:
    assert absent not in [e.trigger.text for e in extractor(make_doc(text)).events]


def test_a_takeover_of_a_town_is_still_one(extractor, make_doc) -> None:
    doc = extractor(make_doc("وسيطرت الفصائل على البلدة بعد معارك.", entities=[]))
    assert ("سيطرت", "FIGHT") in [(e.trigger.text, e.plover) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 20 شخصا على الأقل في غارة جوية على حفل زفاف.",
        "وأعلنت الوزارة مقتل 4 عناصر من التنظيم خلال غارة أمريكية.",
    ],
)
def test_a_killing_in_an_attack_is_the_attacks_toll(extractor, make_doc, text) -> None:
    doc = extractor(make_doc(text))
    assert [e.trigger.text for e in doc.events if e.plover in ("FIGHT", "ASSAULT")] == ["غارة"]


def test_a_named_victim_keeps_the_killing(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأعلنت الوزارة مقتل القيادي في التنظيم خلال غارة أمريكية."))
    assert "مقتل" in [e.trigger.text for e in doc.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("واقتحمت الشرطة مقر الحزب صباح اليوم.", "اقتحمت"),
        ("وداهمت قوات الأمن منزل المشتبه به.", "داهمت"),
        ("ونفذت الوحدات الأمنية مداهمات في عدة أحياء.", "مداهمات"),
    ],
)
def test_a_security_raid_is_no_riot(extractor, make_doc, text, trigger) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
    assert (ev.plover, ev.acled) == ("COERCE", ["Strategic developments", "Arrests"])


def test_at_dawn_is_no_bombing(extractor, make_doc) -> None:
    assert extractor(make_doc("وبدأت الحملة فجرا في الحي.")).events == []


def test_a_raids_genitive_is_the_raiders(extractor, make_doc) -> None:
    ev = extractor(make_doc("وأخفى البضاعة خوفا من مداهمة وحدات الحرس الوطني لمنزله.")).events[0]
    assert [a.text for a in ev.actors] == ["وحدات الحرس الوطني"]


def test_a_consequence_listed_after_a_result_verb_is_no_event(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقصفت مقاتلات التحالف مواقع المسلحين، مما أسفر عن سقوط قتلى وتدمير آليات عسكرية."))
    assert [(e.trigger.text, e.acled) for e in doc.events] == [
        ("قصفت", ["Explosions/Remote violence", "Air/drone strike"])
    ]


# Session 17: JawharaFM society news (crime and accident reports).
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # س is a future prefix only before a present verb: سفر is travel, not "will flee"
        ("وحجز لديه 4 جوازات سفر مزورة.", "سفر"),
        # قاتل is "killer" or "deadly", not "fought"
        ("وقضت المحكمة بالإعدام في حق قاتل الطفل.", "قاتل"),
        ("جد مساء أمس حادث مرور قاتل على الطريق الجهوية.", "قاتل"),
        # a police ambush is how an arrest was made
        ("وتمكنت فرقة الحرس الوطني بعد كمين محكم من القبض على مروج مخدرات.", "كمين"),
        # submitted, not advanced; postponed, not evacuated
        ("على إثر شكاية تقدمت بها مواطنة إلى مركز الأمن.", "تقدمت"),
        ("وأجلت الدائرة الجنائية النظر في القضية إلى جلسة لاحقة.", "أجلت"),
        # deaths in an accident, a fire brought under control, a call for tenders
        ("مقتل امرأة وإصابة 11 آخرين في انزلاق شاحنة.", "مقتل"),
        ("وتدخلت وحدات الحماية المدنية لإخمادها والسيطرة عليها.", "السيطرة"),
        ("وقال إن طلب العروض الذي أطلقته الوزارة تأخر.", "طلب"),
    ],
)
def test_words_of_crime_and_accident_reports_that_are_no_events(extractor, make_doc, text, absent) -> None:
    assert absent not in [e.trigger.text for e in extractor(make_doc(text)).events]


def test_a_real_ambush_is_still_a_clash(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقتل ثلاثة جنود في كمين نصبه مسلحون على طريق المدينة.", entities=[]))
    assert ("كمين", "FIGHT") in [(e.trigger.text, e.plover) for e in doc.events]


def test_the_verb_fought_in_its_plural_is_still_a_trigger(extractor, make_doc) -> None:
    assert "قاتلوا" in [e.trigger.text for e in extractor(make_doc("وقاتلوا إلى جانب القوات الحكومية.")).events]


@pytest.mark.parametrize(
    "text",
    ["شاب يقتل زوجته طعنا بسكين.", "مقتل شاب في شجار بين عائلتين.", "القبض على مفتش عنه في قضية قتل عمد."],
)
def test_a_killing_framed_as_a_crime_is_crime(extractor, make_doc, text) -> None:
    kinds = [
        e.plover for e in extractor(make_doc(text, entities=[])).events if e.trigger.text in ("يقتل", "مقتل", "قتل")
    ]
    assert kinds == ["CRIME"]


def test_a_part_of_day_before_a_date_keeps_the_date_in_reach(extractor, make_doc) -> None:
    text = "وفجر 14 أبريل، قصفت مدمرات أميركية مواقع للنظام."
    doc = make_doc(text, times=[("فجر 14 أبريل", "2021-04-14")])
    doc.times[0].part_of_day = "dawn"
    ev = next(e for e in extractor(doc).events if e.trigger.text == "قصفت")
    assert ev.date is not None and ev.date["start"] == "2021-04-14"


# Session 17: international news (cyber attacks, attacks in words, disasters, disarmament, a quoted ceasefire).
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وقالت الوزارة إن الهجوم الإلكتروني تمخض عن سرقة البيانات.", "الهجوم"),
        ("وأدت الانهيارات الأرضية إلى تدمير مساكن بالكامل.", "تدمير"),
        ("ودعت الصحفيين لمشاهدة تدمير الترسانة الكيميائية.", "تدمير"),
        ("ويواجه الوزير معركة قضائية جديدة في باريس.", "معركة"),
        ("وأعادت المنظمات ترميم المواقع الأثرية التي دمرتها الحرب.", "دمرتها"),
        ('وأعلن الطرفان اتفاقا على وقف "دائم" لإطلاق النار.', "لإطلاق"),
    ],
)
def test_international_news_words_that_are_no_armed_clash(extractor, make_doc, text, absent) -> None:
    assert absent not in [e.trigger.text for e in extractor(make_doc(text)).events]


def test_an_attack_in_words_is_disapproval(extractor, make_doc) -> None:
    doc = extractor(make_doc("وظهر المدير السابق في مقابلة تلفزيونية ليهاجم السياسة الخارجية للرئيس."))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("ليهاجم", "DISAPPROVE")]


def test_a_nerve_agent_attack_is_a_chemical_attack(extractor, make_doc) -> None:
    doc = extractor(make_doc("وتعرض الجاسوس السابق وابنته لهجوم بغاز الأعصاب في المدينة."))
    ev = next(e for e in doc.events if e.trigger.text == "لهجوم")
    assert (ev.plover, ev.acled) == ("ASSAULT", ["Explosions/Remote violence", "Chemical weapon"])


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وسلطت الضوء على تقصير في إدارة المناطق المحررة من سيطرة المسلحين.", "سيطرة"),
        ("ويحظر تصدير معدات قد تعرقل الاتصالات الهاتفية أو عبر الإنترنت.", "الاتصالات"),
    ],
)
def test_control_left_behind_and_telecommunications_are_no_events(extractor, make_doc, text, absent) -> None:
    assert absent not in [e.trigger.text for e in extractor(make_doc(text)).events]


def test_regaining_control_is_one_takeover(extractor, make_doc) -> None:
    doc = extractor(make_doc("واستعادت القوات السيطرة على المدينة.", entities=[]))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("استعادت", "FIGHT")]


def test_a_phone_call_with_a_counterpart_is_still_a_consultation(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي.", entities=[]))
    assert [e.plover for e in doc.events] == ["CONSULT"]


def test_a_definite_suicide_attack_is_a_suicide_bombing(extractor, make_doc) -> None:
    doc = extractor(make_doc("والاعتداء هو الأكثر دموية منذ الهجوم الانتحاري المزدوج في المدينة."))
    ev = next(e for e in doc.events if e.trigger.text.startswith("الهجوم"))
    assert (ev.trigger.text, ev.acled) == ("الهجوم الانتحاري", ["Explosions/Remote violence", "Suicide bomb"])


def test_killing_a_journalist_is_violence_against_a_civilian(extractor, make_doc) -> None:
    doc = extractor(make_doc("وبدأ المسؤولون الشك في مقتل الإعلامي البارز بعد دخوله القنصلية.", entities=[]))
    ev = next(e for e in doc.events if e.trigger.text == "مقتل")
    assert (ev.plover, ev.acled) == ("ASSAULT", ["Violence against civilians", "Attack"])


def test_a_people_acts_without_being_an_entity(extractor, make_doc) -> None:
    ev = extractor(make_doc("واشتبك الأكراد مع القوات التركية قرب البلدة.", entities=[])).events[0]
    assert "الأكراد" in [a.text for a in ev.actors]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وارتفع سعر البنزين الخالي من الرصاص بداية من الليلة.", "الرصاص"),
        ("وقال إن المستخدمين ليس لديهم سيطرة كافية على بياناتهم.", "سيطرة"),
        ("واختبر اليورو مستوى دعم فني أساسي عند 1.15 دولار.", "دعم"),
        ("ودعا الصندوق السلطات إلى خفض دعم الطاقة.", "دعم"),
        ("وغادرت أول شحنة من النفط الخام في طريقها إلى الهند.", "وغادرت"),
    ],
)
def test_economy_words_that_are_no_events(extractor, make_doc, text, absent) -> None:
    assert absent not in [e.trigger.text for e in extractor(make_doc(text)).events]


def test_supporting_an_economy_is_still_support(extractor, make_doc) -> None:
    assert [e.plover for e in extractor(make_doc("وأعلنت الحكومة دعم الاقتصاد المحلي.")).events] == ["SUPPORT"]


def test_an_event_noun_after_waqa_is_no_signing(extractor, make_doc) -> None:
    assert "وقع" not in [e.trigger.text for e in extractor(make_doc("وأشار إلى أنه وقع السطو على المؤتمر.")).events]


def test_a_date_is_no_carried_subject(extractor, make_doc) -> None:
    text = "وأمضى عدد من قياديي الحزب بيانا في 21 سبتمبر الجاري دعوا فيه إلى الاجتماع."
    doc = extractor(make_doc(text, times=[("21 سبتمبر الجاري", "2021-09-21")]))
    ev = next(e for e in doc.events if e.trigger.text == "دعوا")
    assert all("سبتمبر" not in a.text for a in ev.actors)


def test_strikes_called_war_crimes_stay_strikes(extractor, make_doc) -> None:
    doc = extractor(make_doc('واعتبرت الحركة الغارات "جريمة حرب مكتملة الأركان".'))
    assert [e.plover for e in doc.events if e.trigger.text == "الغارات"] == ["FIGHT"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وتميزت الجزيرة بموقعها الذي وفر لها تنوعا كبيرا.", "وفر"),
        ("وقالت إن المصور أعطى رشوة لشرطي أوقف عملية التصوير.", "أوقف"),
        ("وأقيل موظفون أو أوقفوا عن العمل.", "أوقفوا"),
        ("في حال لم يتقيدوا بإجراءات حظر التدخين.", "حظر"),
    ],
)
def test_providing_stopping_work_and_smoking_bans_are_no_events(extractor, make_doc, text, absent) -> None:
    assert absent not in [e.trigger.text for e in extractor(make_doc(text)).events]


def test_protesters_blocking_a_road_protest(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأغلق محتجون الطريق الرابطة بين المدينتين بالعجلات المشتعلة.", entities=[]))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("أغلق", "PROTEST")]


@pytest.mark.parametrize(
    "text",
    [
        "وأغلقت السلطات الطريق المؤدي إلى المعبر.",
        "وأفادت مصادر بأن الميليشيات قطعت الطريق الرابط بين المحافظتين.",
        "وقطعت الحكومة علاقاتها مع البلد المجاور.",
    ],
)
def test_roads_closed_by_authorities_or_militias_are_no_protest(extractor, make_doc, text) -> None:
    assert [e.plover for e in extractor(make_doc(text, entities=[])).events if e.plover == "PROTEST"] == []


def test_a_road_block_with_its_protest_word_is_one_protest(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقام عدد من الشبان بقطع الطريق احتجاجا على غياب التنمية.", entities=[]))
    assert [e.trigger.text for e in doc.events if e.plover == "PROTEST"] == ["احتجاجا"]


def test_sons_parcels_and_a_living_are_no_evacuation_expulsion_or_summit(extractor, make_doc) -> None:
    # نجلي: "the two sons of", not "we evacuate" (أجلى); a postal parcel (طرد بريدي) is no expulsion
    text = "أمر القضاء بإخلاء سبيل نجلي الرئيس السابق، وتسلم المواطن الطرد البريدي من مكتب البريد."
    text += " وخرج الشبان بحثا عن لقمة العيش."  # a living, not ل + قمة (a summit)
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == []
    kept = "وأجلت السلطات السكان من الحي، وقررت الحكومة طرد السفير."
    assert [e.plover for e in extractor(make_doc(kept)).events] == ["RETREAT", "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "وحذرت الحكومة من أي هجوم على المدينة.",
        "وأكد رئيس الوزراء رفض حكومته أي اعتداء على السيادة الوطنية.",
        "وحذر القائد من أن قواته سترد على أية هجمات جديدة.",
    ],
)
def test_any_such_act_is_no_event(extractor, make_doc, text) -> None:
    # "أي هجوم"، "أي اعتداء": no particular attack
    nouns = {"هجوم", "اعتداء", "هجمات"}
    assert [e.trigger.text for e in extractor(make_doc(text)).events if e.trigger.text in nouns] == []


def test_a_denied_act_after_any_stays_a_negated_event(extractor, make_doc) -> None:
    # what a claim can oppose: "our planes carried out no strikes"
    doc = extractor(make_doc("ونفت وزارة الدفاع شن أية ضربات جوية في المنطقة."))
    assert [(e.trigger.text, e.modality) for e in doc.events if e.trigger.text == "ضربات"] == [("ضربات", "negated")]


def test_a_particular_truce_is_still_an_event(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأعلن الطرفان هدنة لمدة ثلاثة أيام."))
    assert [e.plover for e in doc.events if e.trigger.text == "هدنة"] == ["AGREE"]


def test_the_attack_after_a_strike_is_that_strike(extractor, make_doc) -> None:
    text = "وقصفت طائرة مسيرة مجهولة موقعا للفصائل قرب الحدود. ولم تتبن أي جهة الهجوم حتى الآن."
    doc = extractor(make_doc(text))
    strike = next(e for e in doc.events if e.trigger.text == "قصفت")
    attack = next(e for e in doc.events if e.trigger.text == "الهجوم")
    assert attack.acled == strike.acled
    assert attack.acled is not None and attack.acled[0] == "Explosions/Remote violence"


def test_the_attack_keeps_the_means_its_own_words_name(extractor, make_doc) -> None:
    text = "وقصفت المقاتلات مواقع في المدينة. وندد الوزير بالهجوم الكيميائي على البلدة."
    doc = extractor(make_doc(text))
    attack = next(e for e in doc.events if e.trigger.text == "بالهجوم")
    assert attack.acled is not None and attack.acled[1] == "Chemical weapon"


def test_an_indefinite_attack_is_not_read_back(extractor, make_doc) -> None:
    text = "وقصفت المقاتلات مواقع في المدينة. وفي بلدة أخرى شن مسلحون هجوما على حاجز."
    doc = extractor(make_doc(text))
    attack = next(e for e in doc.events if e.trigger.text == "هجوما")
    assert attack.acled is not None and attack.acled[0] == "Battles"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("واستقبل الرئيس التونسي قيس سعيد وفدا من البنك الدولي.", "الرئيس التونسي قيس سعيد"),
        ("وبحث وزير الخارجية المصري سامح شكري مع نظيره الفرنسي سبل التعاون.", "وزير الخارجية المصري سامح شكري"),
    ],
)
def test_receiving_a_leader_and_discussing_with_are_meetings(extractor, make_doc, text, actor) -> None:
    name = actor.split()[-2] + " " + actor.split()[-1]
    doc = extractor(make_doc(text, entities=[(name, "PER")]))
    ev = next(e for e in doc.events if e.plover == "CONSULT")
    # the word that licenses the reading (الرئيس، مع) is no part of the trigger, so the subject stays an actor
    assert " " not in ev.trigger.text
    assert [a.text for a in ev.actors] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "واستقبلت المستشفيات عشرات الجرحى منذ الصباح.",
        "وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض.",
        "ويبحث المحققون عن أدلة جديدة في القضية.",
    ],
)
def test_hospitals_receiving_and_searching_are_no_meetings(extractor, make_doc, text) -> None:
    assert [e.plover for e in extractor(make_doc(text)).events if e.plover == "CONSULT"] == []


def test_support_elements_and_a_scuffle_between_players_are_no_events(extractor, make_doc) -> None:
    # "عنصر دعم للجماعات الإرهابية" names supporters (Algerian army bulletins); a red card after a scuffle with
    # "one of the players of" the other club is sport
    text = "وأوقفت مفارز للجيش 12 عنصر دعم للجماعات الإرهابية."
    assert [e.trigger.text for e in extractor(make_doc(text)).events if e.plover == "SUPPORT"] == []
    text = "وتلقى المدافع بطاقة حمراء بعد اشتباك مع أحد لاعبي الفريق المنافس."
    assert [e.plover for e in extractor(make_doc(text)).events] == []


def test_the_attack_after_an_attack_told_before_is_that_attack(extractor, make_doc) -> None:
    # the means named between them (drones among the attackers' weapons) do not retype "the attack" they mount
    text = (
        "وقتل سبعة جنود في هجوم شنه مسلحون على مواقع عسكرية. "
        "وقال المصدر إن المهاجمين استخدموا قذائف الهاون، وإن القوات تصدت للهجوم."
    )
    doc = extractor(make_doc(text))
    first = next(e for e in doc.events if e.trigger.text == "هجوم")
    again = next(e for e in doc.events if e.trigger.text == "للهجوم")
    assert again.acled == first.acled == ["Battles", "Armed clash"]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("وهدمت جرافات الاحتلال منزلين في البلدة.", [("COERCE", "جرافات الاحتلال")]),
        ("وقال إن الحكومة تسعى إلى هدم الدولة.", []),
    ],
)
def test_demolishing_buildings_is_property_destruction(extractor, make_doc, text, events) -> None:
    doc = extractor(make_doc(text))
    assert [(e.plover, e.actors[0].text) for e in doc.events] == events
    assert all(e.acled == ["Strategic developments", "Looting/property destruction"] for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت مصر توقف استيرادها لشحنات الغاز.",  # أوقف: stopped, suspended
        "وقال إن على الشركات أن توقف أنشطتها خلال ستة أشهر.",
        "وغادر اللاعب التدريبات بعد أن هاجمته آلام شديدة.",  # pains
        "كهل يطلق النار على نفسه من بندقية صيد.",  # a suicide
        "وساعدها زملاؤها على اقتحام عالم السينما.",  # a career
        "منتخبنا لم يقدم شيئا فالهجوم غائب.",  # the forward line
        "وكشفت إحصائية عن إصابة آلاف المدنيين بإعاقات مختلفة.",  # a disability, no obstruction
    ],
)
def test_stopping_pains_suicides_careers_and_forward_lines_are_no_events(extractor, make_doc, text) -> None:
    assert [e.plover for e in extractor(make_doc(text)).events if e.plover in ("COERCE", "FIGHT", "PROTEST")] == []


@pytest.mark.parametrize(
    "text",
    [
        "وأوقفت السلطات الفرنسية ثلاثة أشخاص في باريس.",
        "وقالت إن قوات الأمن أوقفت المشتبه به قرب الحدود.",  # the force named before the verb
        "وأكد الوزير أن المتهم أوقف في العراق بعدما فر إليه.",  # passive: a place right after the verb
    ],
)
def test_stopping_a_person_is_still_an_arrest(extractor, make_doc, text) -> None:
    assert [e.plover for e in extractor(make_doc(text)).events if e.trigger.text.startswith("أوقف")] == ["COERCE"]


def test_a_denial_reaches_any_act_past_an_aside(extractor, make_doc) -> None:
    # the meeting is kept for the claims; its modality comes from the denial read by the statements layer
    text = "ونفى الوزير، في مؤتمر صحفي، عقد أي لقاء مع صندوق النقد الدولي."
    st = {"speaker": "الوزير", "cue": "نفى", "content": "عقد أي لقاء مع صندوق النقد الدولي", "stance": "deny"}
    doc = extractor(make_doc(text, statements=[st]))
    assert [(e.trigger.text, e.modality) for e in doc.events] == [("لقاء", "negated")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وأوضحت المصادر أن المهاجمين استهدفوا الكمين بقذائف صاروخية.", []),  # a checkpoint, the target
        ("وقتل جنديان في هجوم على كمين أمني في العريش.", []),
        ("ووقعت الدورية في كمين نصبه مسلحون قرب الحدود.", ["كمين"]),  # an ambush
    ],
)
def test_a_checkpoint_is_the_target_not_an_ambush(extractor, make_doc, text, kept) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events if "كمين" in e.trigger.text] == kept


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("وذكر مراسل أن مسيرة إسرائيلية أغارت على سيارة على طريق الحوش.", [("أغارت", "FIGHT")]),  # a drone
        ("وخرجت مسيرة حاشدة في وسط المدينة تنديدا بالغلاء.", [("مسيرة", "PROTEST")]),  # a march
    ],
)
def test_a_drone_that_strikes_is_no_march(extractor, make_doc, text, events) -> None:
    assert [(e.trigger.text, e.plover) for e in extractor(make_doc(text)).events if e.plover != "DISAPPROVE"] == events


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وقالت إن مصر اتخذت خطوات حاسمة لاستعادة استقرار الاقتصاد الكلي.", []),
        ("وتمكنت قوات الجيش من استعادة كميات من الأسلحة والذخائر.", []),
        ("وتحاول الشركة أن تستعيد نشاطها بعد الأزمة.", []),
        ("واستعاد الجيش السيطرة على مدينة الحديدة.", ["استعاد"]),
        ("واستعادت القوات الحكومية بلدة خان شيخون.", ["استعادت"]),
    ],
)
def test_regaining_what_is_no_ground_is_no_takeover(extractor, make_doc, text, kept) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events if e.plover == "FIGHT"] == kept


def test_hostages_taken_by_attackers_are_an_abduction(extractor, make_doc) -> None:
    text = "وفجر المهاجمون سيارة مفخخة عند مدخل الفندق قبل أن يقتحموه ويحتجزوا رهائن."
    got = {e.trigger.text: (e.plover, e.acled) for e in extractor(make_doc(text)).events}
    assert got["يحتجزوا"] == ("ASSAULT", ["Violence against civilians", "Abduction/forced disappearance"])
    assert got["يقتحموه"][0] == "FIGHT"  # storming with hostages taken is no riot
    assert [a.text for e in extractor(make_doc(text)).events if e.trigger.text == "فجر" for a in e.actors] == [
        "المهاجمون"
    ]


def test_an_army_that_says_it_killed_fighters_acted(extractor, make_doc) -> None:
    text = "وقال الجيش الصومالي إنه قتل أكثر من 40 مقاتلا من الحركة في منطقة هيران."
    st = {"speaker": "الجيش الصومالي", "cue": "قال", "content": "قتل أكثر من 40 مقاتلا من الحركة في منطقة هيران"}
    doc = extractor(make_doc(text, entities=[("الجيش الصومالي", "ORG"), ("هيران", "LOC")], statements=[st]))
    assert [(e.trigger.text, [a.text for a in e.actors]) for e in doc.events] == [("قتل", ["الجيش الصومالي"])]
    # a toll reported by an official stays the attack's
    text = "وقال مسؤول إنه قتل 40 شخصا في الهجوم."
    st = {"speaker": "مسؤول", "cue": "قال", "content": "قتل 40 شخصا في الهجوم"}
    assert [e.trigger.text for e in extractor(make_doc(text, statements=[st])).events] == ["الهجوم"]


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("وقتل 18 شخصا في غارة إسرائيلية استهدفت مدرسة تؤوي نازحين.", ["غارة"]),
        ("وأفاد المراسل أن قصفا استهدف المدينة بينما كانت فرق الإغاثة تعمل.", ["قصفا"]),
        ("وأدان الوزير الهجوم الإرهابي الذي استهدف كنيسة في القاهرة.", ["الهجوم"]),
        ("وقصفت الطائرات المدينة واستهدفت مستشفى.", ["قصفت", "استهدفت"]),  # a second act of the subject
    ],
)
def test_targeting_that_describes_the_attack_before_is_that_attack(extractor, make_doc, text, triggers) -> None:
    doc = extractor(make_doc(text))
    assert [e.trigger.text for e in doc.events if e.plover in ("FIGHT", "ASSAULT")] == triggers


def test_command_and_control_is_no_takeover_and_a_bare_form_after_anna_is_the_verb(extractor, make_doc) -> None:
    text = 'وزعم الجيش في بيان أنه قصف "مركز قيادة وسيطرة" داخل المدرسة.'
    st = {"speaker": "الجيش", "cue": "زعم", "content": 'قصف "مركز قيادة وسيطرة" داخل المدرسة'}
    doc = extractor(make_doc(text, statements=[st]))
    assert [(e.trigger.text, [a.text for a in e.actors]) for e in doc.events] == [("قصف", ["الجيش"])]


def test_strikes_on_a_region_are_located_there(extractor, make_doc) -> None:
    text = "وارتفعت حصيلة الغارات الإسرائيلية على جنوب لبنان إلى 492 قتيلا، وحذر الوزير من هجوم على إيران."
    south = Place(33.3, 35.4, "LB", "South Lebanon", precision="region")
    iran = Place(32.0, 53.0, "IR", "Iran", precision="country")
    doc = make_doc(
        text, entities=[("جنوب لبنان", "LOC"), ("إيران", "LOC")], places={"جنوب لبنان": south, "إيران": iran}
    )
    got = {e.trigger.text: [loc.text for loc in e.locations] for e in extractor(doc).events}
    assert got["الغارات"] == ["جنوب لبنان"]
    assert got.get("هجوم", []) == []  # a threatened attack names its target, not a place


@pytest.mark.parametrize(
    ("text", "entities", "actor", "location"),
    [
        ("وفي ولاية تمنراست، أوقفت مفرزة للجيش 142 شخصا.", [("تمنراست", "LOC")], "مفرزة للجيش", "تمنراست"),
        (
            "وفي جنين، اعتقلت الأجهزة الأمنية الفلسطينية ثلاثة مسلحين.",
            [("جنين", "LOC")],
            "الأجهزة الأمنية الفلسطينية",
            "جنين",
        ),
    ],
)
def test_a_place_fronted_before_a_comma_locates_the_clause_after_it(
    extractor, make_doc, text, entities, actor, location
) -> None:
    (ev,) = extractor(make_doc(text, entities=entities)).events
    assert ([a.text for a in ev.actors], [loc.text for loc in ev.locations]) == ([actor], [location])


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        ("وقال أحد السكان، طالبا عدم ذكر اسمه، إن القوة جرفت أراضي زراعية.", []),
        ("وقال مصدر، طالبا عدم الكشف عن هويته، إن الاجتماع فشل.", []),
        ("وطالب المحتجون بعدم تمرير القانون.", ["طالب"]),
    ],
)
def test_asking_not_to_be_named_with_talaba_is_no_demand_either(extractor, make_doc, text, demands) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events if e.plover == "DEMAND"] == demands


def test_settlers_act(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وأحرق مستوطنون إسرائيليون منازل ومركبات في القرية.")).events
    assert [a.text for a in ev.actors] == ["مستوطنون إسرائيليون"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("استقبل صاحب السمو الملكي الأمير محمد بن سلمان رئيس جمهورية فرنسا.", ["استقبل"]),  # an honorific
        ("وتمكن المتطوعون من السيطرة على حريق اندلع في مخزن للأغذية.", []),  # a fire put out
    ],
)
def test_honorifics_license_a_reception_and_a_fire_is_no_takeover(extractor, make_doc, text, kept) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == kept


def test_declining_or_requesting_comment_is_no_event(extractor, make_doc) -> None:
    text = "ورفض متحدث باسم وزارة الخزانة التعليق، فيما لم ترد السفارة على طلب للتعليق. ورفضت الحكومة الاتهامات."
    assert [(e.trigger.text, e.plover) for e in extractor(make_doc(text)).events if e.plover != "DISAPPROVE"] == [
        ("رفضت", "REJECT")
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("مسيرات تركية تقصف محيط السد", ["تقصف"]),  # drones, not marches
        ("وقال الجيش إن قواته صادرت أسلحة وعبوات ناسفة.", []),  # seized, never exploded
        ("وتمكنت الشرطة من تفكيك عبوة ناسفة قرب السوق.", []),
        ("وانفجرت عبوة ناسفة بدورية للجيش.", ["عبوة ناسفة"]),
    ],
)
def test_drones_that_strike_and_explosives_seized(extractor, make_doc, text, kept) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وطالبت الوزارة باحترام اتفاق فض الاشتباك.", ["طالبت", "اتفاق"]),  # a disengagement, no clash
        ("وانسحبت القوات من قمة جبل الشيخ.", ["انسحبت"]),  # a mountain top, no summit
        ("واتهمتها بتزويد المتمردين بالمسيرات.", ["اتهمتها", "بتزويد"]),  # drones supplied
        ("وقام المحتجون بمسيرة في شارع البحر.", ["بمسيرة"]),  # a march held
    ],
)
def test_disengagement_mountain_tops_and_drones_supplied(extractor, make_doc, text, kept) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == kept


def test_the_drowned_of_a_sunk_boat_were_killed_by_no_one(extractor, make_doc) -> None:
    text = "غرق قارب مهاجرين قبالة طبرق ومقتل 23 شخصا على الأقل\n\nلقي 23 مهاجرا حتفهم إثر غرق قارب."
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == []


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "acled"),
    [
        (
            "وقال الجيش إنه اغتال القيادي في غارة بطائرة مسيرة.",
            "اغتال",
            "ASSAULT",
            ["Explosions/Remote violence", "Air/drone strike"],
        ),
        ("وقرر الوزراء رفع العقوبات المفروضة على البلاد.", "العقوبات", "CONCEDE", None),  # lifted: a concession
        ("وفرضت واشنطن عقوبات على الشركة.", "عقوبات", "SANCTION", None),
    ],
)
def test_assassinations_by_strikes_and_lifted_sanctions(extractor, make_doc, text, trigger, plover, acled) -> None:
    ev = next(e for e in extractor(make_doc(text)).events if e.trigger.text == trigger)
    assert (ev.plover, ev.acled) == (plover, acled)


def test_what_a_strike_led_to_is_no_second_event(extractor, make_doc) -> None:
    text = "وقالت الوكالة إن الغارة أدت إلى تدمير الشقة بالكامل."
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == ["الغارة"]


def test_a_strike_by_drone_described_by_istahdafa_is_one_event(extractor, make_doc) -> None:
    text = "وقتل القيادي في غارة بطائرة مسيرة استهدفت شقة سكنية في المدينة."
    doc = extractor(make_doc(text))
    raid = next(e for e in doc.events if e.trigger.text == "غارة")
    assert "استهدفت" not in [e.trigger.text for e in doc.events]
    assert [t.text for t in raid.targets] == ["شقة سكنية"]


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        ("وأطلقت السلطات سراح الصحفي.", ["السلطات"], []),  # the subject between the verb and سراح
        ("وهدد بقتلهم ما لم يطلق سراح صلاح عبد السلام.", [], ["صلاح عبد السلام"]),  # who is freed
    ],
)
def test_a_release_with_its_subject_inside_is_a_concession(extractor, make_doc, text, actors, targets) -> None:
    doc = make_doc(text, entities=[(name, "PER") for name in targets])
    ev = next(e for e in extractor(doc).events if e.plover == "CONCEDE")
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (actors, targets)


def test_the_storming_after_an_armys_raid_is_that_raid(extractor, make_doc) -> None:
    # (نادي الأسير, the Prisoners' Club, no longer makes the sentence a sports report that drops its events)
    text = "واقتحمت قوات الاحتلال مخيم جنين. وذكر نادي الأسير أن القوات اعتقلت 14 مواطنا خلال الاقتحام."
    got = [(e.trigger.text, e.plover) for e in extractor(make_doc(text)).events]
    assert got == [("اقتحمت", "FIGHT"), ("اعتقلت", "COERCE"), ("الاقتحام", "FIGHT")]
    riot = extractor(make_doc("واقتحم محتجون مبنى المحافظة، وأصيب شرطيان خلال الاقتحام.")).events
    assert [e.plover for e in riot if "قتحا" in e.trigger.text] == ["PROTEST"]  # no raid before: a riot


def test_a_time_between_a_verb_and_its_needed_word_counts_for_nothing(extractor, make_doc) -> None:
    text = "وكانت إيران قد أطلقت في وقت سابق من اليوم صواريخ على قاعدة في قطر."
    doc = make_doc(text, entities=[("إيران", "LOC"), ("قطر", "LOC")], times=[("في وقت سابق من اليوم", "2025-06-23")])
    (ev,) = extractor(doc).events
    assert (ev.plover, [a.text for a in ev.actors]) == ("FIGHT", ["إيران"])
    # a lone "الآن" may open a name: "حققه الان شيرر في موسم" achieved, investigated nothing
    doc = make_doc("والرقم القياسي حققه الان شيرر في موسم سابق.", times=[("الان", "2025-06-23")])
    assert extractor(doc).events == []


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("مسيرة تغتال قياديا في بغداد", ["تغتال"]),  # a drone that kills is no march
        ("وقتل ثلاثة جنود في هجوم بمسيرة على قاعدة.", ["هجوم"]),
        ("وشن مسلحون هجوما على مسيرة سلمية في المدينة.", ["هجوما", "مسيرة"]),  # a march attacked stays one
        ("وقال إن الجيش وفر الحماية للمستوطنين.", []),  # وفّر (provided), not و + فر (fled)
        ("وفر المسلحون من المدينة.", ["فر"]),
        ("وفجر الانتحاري حزاما ناسفا وسط الحشود.", ["فجر"]),  # crowds, no build-up
        ("ورصدت حشود عسكرية تركية قرب الحدود.", ["حشود"]),
        ("وزعمت الجماعة أنها سيطرت على الثكنة واستولت على أسلحة وآليات.", ["سيطرت"]),  # weapons change no hands
        ("واستولى المسلحون على بلدة في الريف.", ["استولى"]),
        ("وقال إن برج المراقبة وصالة المغادرة تضررا.", []),  # a departure hall
    ],
)
def test_drones_provisions_crowds_and_seized_weapons(extractor, make_doc, text, triggers) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == triggers


def test_a_storming_by_an_armed_group_is_a_raid(extractor, make_doc) -> None:
    doc = make_doc(
        "الدعم السريع تقتحم مخيما للنازحين قرب الفاشر", entities=[("الدعم السريع", "ORG"), ("الفاشر", "LOC")]
    )
    (ev,) = extractor(doc).events
    assert (ev.plover, ev.acled, [a.text for a in ev.actors]) == ("FIGHT", ["Battles", "Armed clash"], ["الدعم السريع"])


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("ونفى أن تكون الحكومة تنوي رفع الدعم بالكامل.", []),  # subsidies lifted
        ("وأعلنت الدولة دعم المعارضة.", ["دعم"]),
        ("داعيا إلى تحييد قطاع النفط عن التجاذبات السياسية.", []),  # kept out of politics
        ("وأعلنت أنقرة تحييد 14 عنصرا.", ["تحييد"]),
        ("وقال إن الأموال المسروقة هربت إلى الخارج.", []),  # money smuggled
        ("وهرب المسلحون إلى الجبال.", ["هرب"]),
        ("وقال إن الهيئة استعادت جزءا منها.", []),
        ("وقال إن النظام الصحي لا يستطيع المواجهة دون دعم عاجل.", []),
        ("وقضت المحكمة بإعدام متهمين في قضية مقتل طالب جامعي طعنا.", ["مقتل"]),  # a student demands nothing
        ("وقررت الجزائر استدعاء سفيرها للتشاور، احتجاجا على تصريحات الوزير.", []),  # diplomacy
        ("وخرج المئات احتجاجا على غلاء الأسعار.", ["احتجاجا"]),
        ("وقال إن الجزائر ترفض رفضا قاطعا أي تدخل.", ["ترفض"]),  # the cognate accusative is the same act
    ],
)
def test_subsidies_money_and_sectors_are_no_violence(extractor, make_doc, text, triggers) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == triggers


def test_a_long_speaker_with_a_name_acts_whole(extractor, make_doc) -> None:
    text = 'واتهم رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة "أطرافا سياسية" بالوقوف وراء الإغلاق.'
    sp = "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة"
    sts = [{"speaker": sp, "cue": "اتهم", "content": '"أطرافا سياسية" بالوقوف وراء الإغلاق'}]
    doc = make_doc(text, entities=[("عبد الحميد الدبيبة", "PER")], statements=sts)
    (ev,) = extractor(doc).events
    assert [a.text for a in ev.actors] == [sp]


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("وقال المرصد إن القوات الإسرائيلية توغلت في قريتين بريف القنيطرة.", ["توغلت"]),  # the troops before it
        ("وتوغلت دبابات إسرائيلية في حي الزيتون.", ["توغلت"]),
        ("وتوغل المهاجرون في الصحراء.", []),  # no troops: a walk into the desert
        ("وأحرز الوسطاء تقدما ملموسا نحو اتفاق لوقف إطلاق النار.", ["اتفاق", "لوقف"]),  # progress, no advance
        ("وتقدمت القوات نحو المدينة.", ["تقدمت"]),
        ("ونفذت السلطات حكم الإعدام بحق رجل أدين بالتجسس.", []),  # convicted, not condemned
        (
            "وأصدرت المحكمة الجزائية المتخصصة في المدينة، الخاضعة لسيطرة الجماعة، "
            'حكما بإعدام 17 شخصا بعد إدانتهم بـ"التخابر".',
            [],
        ),
        ("وأدان الوزير التفجير.", ["أدان", "التفجير"]),
    ],
)
def test_incursions_by_their_subject_and_progress_towards_a_deal(extractor, make_doc, text, triggers) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == triggers


def test_a_killing_reported_through_ila_is_an_event_of_its_own(extractor, make_doc) -> None:
    """ "أشار المتحدث إلى مقتل 50": the إلى is the cue's, so the killing is no toll of an earlier event."""
    text = "وأشار المتحدث إلى مقتل 50 مسلحا."
    sts = [{"speaker": "المتحدث", "cue": "أشار", "content": "مقتل 50 مسلحا"}]
    assert [e.trigger.text for e in extractor(make_doc(text, statements=sts)).events] == ["مقتل"]
    text = "وقال المتحدث إنه أدى إلى مقتل خمسة مدنيين."
    sts = [{"speaker": "المتحدث", "cue": "قال", "content": "أدى إلى مقتل خمسة مدنيين"}]
    assert [e.trigger.text for e in extractor(make_doc(text, statements=sts)).events] == []  # a result's toll


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("وأضاف أنه تم إيقاف شخصين يشتبه في تورطهما في الاحتكار.", ["إيقاف"]),
        ("وتمكنت فرقة الأبحاث من إيقاف 7 عناصر تكفيرية.", ["إيقاف"]),
        ("وقرر الاتحاد إيقافه عن ممارسة أي نشاط لمدة عام.", []),  # a suspension
        ("ونقل الشخص إلى مركز الإيقاف.", []),  # a detention centre
        ("وفرض اتفاق إيقاف إطلاق النار في المدينة.", ["اتفاق"]),  # the ceasefire is no firing
    ],
)
def test_iqaf_is_an_arrest_of_people_not_a_suspension(extractor, make_doc, text, triggers) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == triggers


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("نفذت القوات الأمريكية ضربات على ثلاثة مواقع لإطلاق الصواريخ.", ["ضربات"]),
        ("ودمرت الطائرات منصات إطلاق الصواريخ.", ["دمرت"]),
        ("ووجه القرار ضربة قوية للفساد.", []),
    ],
)
def test_a_strike_launched_counts_and_a_launch_site_does_not(extractor, make_doc, text, triggers) -> None:
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == triggers


def test_a_noun_inside_the_name_of_a_speaker_is_no_event(extractor, make_doc) -> None:
    text = "وأوضح مركز طب الطوارئ والدعم أن الحصيلة ليست نهائية، وأضافت أن الوساطة المصرية دعت إلى التهدئة."
    doc = make_doc(
        text,
        statements=[
            {"speaker": "مركز طب الطوارئ والدعم", "cue": "أوضح", "content": "الحصيلة ليست نهائية"},
            {"speaker": "الوساطة المصرية", "cue": "دعت", "content": "التهدئة"},
        ],
    )
    triggers = [e.trigger.text for e in extractor(doc).events]
    assert "الدعم" not in triggers and "الوساطة" in triggers  # (the speaker's own head may be an event)


def test_a_weapon_in_bi_after_an_attack_noun_is_its_means(extractor, make_doc) -> None:
    doc = make_doc("وقتل 12 شخصا في تفجير انتحاري بسيارة مفخخة استهدف حاجزا في المدينة.")
    assert [e.trigger.text for e in extractor(doc).events] == ["تفجير انتحاري"]


def test_opening_fire_is_shooting_and_opening_a_crossing_is_not(extractor, make_doc) -> None:
    doc = make_doc("وقال إن القوات فتحت النار بشكل مباشر على آلاف المدنيين.")
    assert [(e.trigger.text, e.plover) for e in extractor(doc).events] == [("فتحت", "ASSAULT")]
    assert extractor(make_doc("وقررت السلطات فتح المعبر أمام المسافرين.")).events == []


def test_an_airborne_raid_is_a_battle_and_unloading_aid_is_not(extractor, make_doc) -> None:
    doc = extractor(make_doc("ونفذت قوة خاصة عملية إنزال جوي في المنطقة أسفرت عن قتل اثنين من المهاجمين."))
    (ev,) = doc.events
    assert (ev.trigger.text, ev.plover, ev.acled) == ("إنزال جوي", "FIGHT", ["Battles", "Armed clash"])
    assert [(q.kind, q.value) for q in ev.quantities] == [("fatalities", 2)]
    assert not extractor(make_doc("وبدأت عمليات إنزال المساعدات في الميناء.")).events


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("وقالت القوات المسلحة إنها أسقطت طائرة مسيرة محملة بالمخدرات.", "القوات المسلحة", "طائرة مسيرة"),
        ("وأسقطت الدفاعات الجوية السورية عددا من الصواريخ.", "الدفاعات الجوية السورية", None),
    ],
)
def test_a_downed_drone_or_missile_is_disrupted_weapons_use(extractor, make_doc, text, actor, target) -> None:
    from marsad.statements import StatementExtractor

    (ev,) = extractor(StatementExtractor()(make_doc(text))).events
    assert (ev.plover, ev.acled) == ("COERCE", ["Strategic developments", "Disrupted weapons use"])
    assert [a.text for a in ev.actors] == [actor]
    assert [t.text for t in ev.targets] == ([target] if target else [])


@pytest.mark.parametrize(
    "text",
    [
        "ورفع المحتجون لافتات تدعو لإسقاط الحكومة قرب مخزن الصواريخ.",  # toppling, the weapon stands before
        "ووصل المهاجرون على متن 30 مركبة بعد اعتراضهم أثناء توجههم للعمل.",
        "وأسقطت المحكمة التهم عن المتهمين.",
    ],
)
def test_toppling_dropping_charges_and_stopping_people_are_no_downing(extractor, make_doc, text) -> None:
    assert not [e for e in extractor(make_doc(text)).events if e.plover == "COERCE"]


def test_blocking_an_oil_field_is_a_protest_and_closing_schools_is_not(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("أغلق عشرات العاطلين عن العمل مدخل حقل الرميلة النفطي.")).events
    assert (ev.plover, [a.text for a in ev.actors]) == ("PROTEST", ["عشرات العاطلين"])
    doc = extractor(make_doc("وأغلقت المدارس أبوابها في المدينة بسبب الطريق المقطوع."))
    assert not [e for e in doc.events if e.plover == "PROTEST"]


def test_an_office_named_after_a_supply_is_no_arming(extractor, make_doc) -> None:
    assert not extractor(make_doc("وكان يشغل منصب مسؤول التسليح في المنطقة العسكرية.")).events
    assert [e.plover for e in extractor(make_doc("واتهمت الحكومة إيران بتسليح الجماعة.")).events].count("AID") == 1


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("وفرق الأمن المحتجين بالقوة أمام البرلمان.", "فرق", "الأمن", "المحتجين"),
        ("وصد الأمن المحتجين ومنعهم من دخول الحقل.", "صد", "الأمن", "المحتجين"),
        ("وقالت المصادر إن قوات الأمن فضت الاعتصام بالقوة.", "فضت", "قوات الأمن", None),
    ],
)
def test_dispersing_a_crowd_is_a_protest_with_intervention(extractor, make_doc, text, trigger, actor, target) -> None:
    (ev,) = [e for e in extractor(make_doc(text)).events if e.trigger.text == trigger]
    assert (ev.plover, ev.acled) == ("COERCE", ["Protests", "Protest with intervention"])
    assert [a.text for a in ev.actors] == [actor]
    assert [t.text for t in ev.targets] == ([target] if target else [])


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت فرق الإسعاف المحتجين المصابين إلى المستشفى.",  # teams, no dispersal
        "وصدت القوات هجوما على مواقعها قرب الحدود.",  # repelling an attack: no crowd
    ],
)
def test_teams_and_repelled_attacks_disperse_no_crowd(extractor, make_doc, text) -> None:
    events = extractor(make_doc(text)).events
    assert not [e for e in events if e.acled == ["Protests", "Protest with intervention"]]


def test_confronting_drones_is_disrupted_weapons_use_but_countering_a_programme_is_not(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وتصدت الدفاعات الأرضية لعدد من المسيرات فوق الميناء.")).events
    assert (ev.plover, ev.acled) == ("COERCE", ["Strategic developments", "Disrupted weapons use"])
    assert [a.text for a in ev.actors] == ["الدفاعات الأرضية"]
    doc = extractor(make_doc("وانتقد الفشل في التصدي لبرنامج الصواريخ الباليستية."))
    assert [e.plover for e in doc.events] == ["DISAPPROVE"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن بلاده لن تتهاون مع هذا السلوك الذي يستهدف أمنها وسيادتها.",
        "وتستهدف الحكومة خفض العجز إلى ثلاثة في المئة العام المقبل.",
    ],
)
def test_aiming_at_security_or_a_goal_is_no_attack(extractor, make_doc, text) -> None:
    assert not [e for e in extractor(make_doc(text)).events if e.plover == "FIGHT"]


@pytest.mark.parametrize(
    "text",
    [
        "وحذر من أن المجاعة تهدد مناطق واسعة في الإقليم.",
        "ودعا إلى وقف التصعيد بما يهدد السلم والأمن الدوليين.",
        "وقال إن ذلك لا يشكل تهديدا للأمن الوطني.",
        "وأطلقت القوات النار على مشتبه بهم اقتربوا من السياج وشكلوا تهديدا.",
    ],
)
def test_endangering_is_no_threat_made(extractor, make_doc, text) -> None:
    assert "THREATEN" not in [e.plover for e in extractor(make_doc(text)).events if e.trigger.text != "حذر"]


def test_a_threat_made_after_a_phrase_about_fighting_stays(extractor, make_doc) -> None:
    doc = extractor(make_doc("ولوقف نزيف مقاتليها في جبهات القتال، تهدد الجماعة المواطنين بالاعتقال."))
    assert "THREATEN" in [e.plover for e in doc.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وخشية أن يكون تقدم الحوثيين جزءا من توسع النفوذ الإقليمي.", "تقدم"),
        ("وتمكنت قوات التحالف من التقدم مسافة عدة كيلومترات.", "التقدم"),
        ("وواصلت القوات تقدمها نحو المدينة.", "تقدمها"),
    ],
)
def test_an_advance_of_troops_is_a_gain_of_ground(extractor, make_doc, text, trigger) -> None:
    (ev,) = [e for e in extractor(make_doc(text)).events if e.trigger.text == trigger]
    assert ev.plover == "FIGHT" and ev.acled is not None and ev.acled[1].endswith("territory")


@pytest.mark.parametrize(
    "text",
    [
        "وتقدم المحامي بطلب إلى المحكمة للإفراج عن موكله.",
        "وانتقد الدعم الذي تقدمه الدولة للجماعات المسلحة.",
        "وأحرزت المفاوضات تقدما ملموسا نحو اتفاق.",
    ],
)
def test_a_request_a_provision_or_progress_is_no_advance(extractor, make_doc, text) -> None:
    assert not [e for e in extractor(make_doc(text)).events if "تقدم" in e.trigger.text]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('وأعلنت الحكومة، الخميس، إرسال "مساعدات إنسانية عاجلة" إلى المدينة المنكوبة.', "إرسال"),
        ("وقال المنسق: أوصلنا مساعدات بقدر المستطاع وسط القصف.", "أوصلنا"),
        ("وأعلنت المنظمة أن قافلة المساعدات التي دخلت المدينة غادرتها مساء.", "دخلت"),
        ("وقالت اللجنة إنه جرى تسليم 2400 حاوية للأغذية في المخيم.", "تسليم"),
    ],
)
def test_aid_sent_delivered_or_let_in(extractor, make_doc, text, trigger) -> None:
    assert "AID" in [e.plover for e in extractor(make_doc(text)).events if e.trigger.text == trigger]


def test_troops_sent_still_mobilise_and_a_man_entering_a_hall_is_no_aid(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأرسلت الحكومة تعزيزات عسكرية إلى المنطقة الحدودية."))
    assert [e.plover for e in doc.events] == ["MOBILIZE"]
    assert not extractor(make_doc("وقال إن الرجل الذي دخل القاعة كان مسلحا.")).events


def test_the_noun_a_relative_clause_describes_licenses_its_verb(extractor, make_doc) -> None:
    text = "وبلغ عدد الصواريخ التي أطلقتها الجماعة باتجاه المدن أكثر من مئتين."
    assert "FIGHT" in [e.plover for e in extractor(make_doc(text)).events if e.trigger.text == "أطلقتها"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ('وأعربت وزارة الخارجية العراقية عن "أسفها العميق" في بيان.', "أعربت", "وزارة الخارجية العراقية"),
        ("فيما أبدت وزارة الخارجية أسفها عما حدث.", "أبدت", "وزارة الخارجية"),
        ("ووجه الحوثيون اللوم في الغارة إلى التحالف.", "وجه", "الحوثيون"),
    ],
)
def test_regret_and_blame_voiced_past_the_subject(extractor, make_doc, text, trigger, actor) -> None:
    (ev,) = [e for e in extractor(make_doc(text)).events if e.trigger.text == trigger]
    assert ev.plover == "DISAPPROVE" and [a.text for a in ev.actors] == [actor]


def test_a_speech_addressed_or_a_face_is_no_blame(extractor, make_doc) -> None:
    assert not extractor(make_doc("ووجه الرئيس كلمة إلى الشعب بمناسبة العيد.")).events
    assert not extractor(make_doc("ووقف الناس في وجه القرار الجديد.")).events


def test_liberating_a_town_or_a_base_is_a_gain_but_editing_a_report_is_not(extractor, make_doc) -> None:
    doc = extractor(make_doc('وقالت القوات في بيان إنها "حررت" مقر الفرقة السادسة.'))
    assert [e.plover for e in doc.events if e.trigger.text == "حررت"] == ["FIGHT"]
    assert not extractor(make_doc("وحرر الصحفي تقريرا مطولا عن الأزمة.")).events


def test_dispersing_them_and_an_ambush_set(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأغلق المحتجون الطرقات، فيما استعملت قوات الأمن الغاز المسيل للدموع لتفريقهم."))
    assert ["Protests", "Protest with intervention"] in [e.acled for e in doc.events if e.trigger.text == "لتفريقهم"]
    (ev,) = extractor(make_doc("ونصب مسلحون كمينا لدورية عسكرية قرب الحدود.")).events
    assert (ev.plover, [a.text for a in ev.actors]) == ("FIGHT", ["مسلحون"])
    doc = extractor(make_doc("وتردد صداها في أرجاء المدينة بعد الاحتجاجات."))  # an echo, no dispersal
    assert "COERCE" not in [e.plover for e in doc.events]


def test_stoning_and_clashes_of_young_men_with_the_police_are_riots(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأغلق المحتجون الطرقات ورشقوا سيارات الشرطة بالحجارة."))
    assert ("PROTEST", ["Riots", "Violent demonstration"]) in [(e.plover, e.acled) for e in doc.events]
    doc = extractor(make_doc("وشهدت المدينة ليلة الأحد مواجهات بين عشرات الشبان وقوات الأمن."))
    assert [(e.plover, e.acled) for e in doc.events] == [("PROTEST", ["Riots", "Violent demonstration"])]
    # residents who heard the clashes are no side of them
    doc = extractor(make_doc("وقال أحد السكان إنه سمع أصوات اشتباكات بأسلحة ثقيلة في الفجر."))
    assert "PROTEST" not in [e.plover for e in doc.events]


def test_talks_with_a_partner_after_a_long_name_and_a_stopped_decision(extractor, make_doc) -> None:
    text = "بحث وزير الخارجية الأمير فيصل بن فرحان بن عبدالله مع نظيره الإيراني مستجدات الأوضاع."
    doc = extractor(make_doc(text, entities=[("فيصل بن فرحان بن عبدالله", "PER")]))
    assert "CONSULT" in [e.plover for e in doc.events if e.trigger.text == "بحث"]
    doc = extractor(make_doc("وأوقفت الناشطة قرارا للسلطات بترحيل مهاجر من البلاد."))
    assert "COERCE" not in [e.plover for e in doc.events]


def test_seizing_people_is_an_arrest_and_seizing_goods_is_not(extractor, make_doc) -> None:
    doc = extractor(make_doc("وتمكنت الوحدات الأمنية من ضبط ثلاثة أشخاص مطلوبين للعدالة."))
    assert [(e.trigger.text, e.acled) for e in doc.events] == [("ضبط", ["Strategic developments", "Arrests"])]
    doc = extractor(make_doc("وقتلت القوات 13 إرهابيا وضبطت أسلحة وذخيرة."))
    assert "وضبطت" not in [e.trigger.text for e in doc.events] and "ضبطت" not in [e.trigger.text for e in doc.events]
    assert not extractor(make_doc("وضبطت الشرطة كمية من المخدرات في السيارة.")).events


def test_forces_deploying_before_the_noun_and_a_spread_that_is_no_deployment(extractor, make_doc) -> None:
    doc = extractor(make_doc("بدأ الجيش اللبناني، صباح الثلاثاء، الانتشار في بلدات الجنوب."))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("الانتشار", "MOBILIZE")]
    assert not extractor(make_doc("وقال الجيش إن الوباء يواصل الانتشار في المدينة.")).events


def test_drones_launched_or_falling_are_a_strike_and_energy_supplies_no_aid(extractor, make_doc) -> None:
    text = "وقال رئيس البلدية إن ثلاثة أشخاص قتلوا جراء سقوط حطام مسيرات على مبان سكنية في المدينة."
    doc = extractor(make_doc(text))
    assert [(e.plover, e.acled) for e in doc.events if e.trigger.text == "مسيرات"] == [
        ("FIGHT", ["Explosions/Remote violence", "Air/drone strike"])
    ]
    doc = extractor(make_doc('وقال الجيش إن روسيا أطلقت خلال الليل 273 مسيرة من طراز "شاهد".'))
    assert "PROTEST" not in [e.plover for e in doc.events]
    doc = extractor(make_doc('وقال الوزير إن إيران "شنت هجوما غير مسبوق على إمدادات الطاقة العالمية".'))
    assert "AID" not in [e.plover for e in doc.events]


def test_helicopters_strike_from_the_air_and_storming_a_sit_in_is_force_against_protesters(extractor, make_doc) -> None:
    doc = extractor(make_doc("إذ قصفت مروحيات تابعة للانقلابيين مبنى البرلمان في العاصمة."))
    assert [e.acled for e in doc.events] == [["Explosions/Remote violence", "Air/drone strike"]]
    doc = extractor(make_doc("وقتل 30 شخصا عندما اقتحمت قوات الأمن ساحة الاعتصام وفضته بالقوة."))
    assert ["Protests", "Excessive force against protesters"] in [e.acled for e in doc.events]


def test_a_word_inside_a_bodys_name_is_no_trigger_and_a_strike_from_the_air_in_the_accusative(
    extractor, make_doc
) -> None:
    doc = extractor(make_doc("الجيش يعلن صد هجوم للدعم السريع على الأبيض.", entities=[("لدعم السريع", "ORG")]))
    assert "SUPPORT" not in [e.plover for e in doc.events]
    doc = extractor(make_doc("وقالت الغرفة إن قصفا جويا أصاب السوق الرئيسي في المدينة، ما أدى إلى مقتل 11 مدنيا."))
    assert [e.acled[1] for e in doc.events if e.trigger.text == "قصفا"] == ["Air/drone strike"]


def test_military_vehicles_storming_are_no_riot_and_a_relative_clause_restates_a_big_blast(extractor, make_doc) -> None:
    doc = extractor(make_doc("واقتحمت جرافات عسكرية شوارع المخيم ودمرت أجزاء من البنية التحتية."))
    assert "PROTEST" not in [e.plover for e in doc.events]
    doc = extractor(make_doc("واقتحم متظاهرون مقر وزارة الخارجية."))
    assert [e.plover for e in doc.events] == ["PROTEST"]
    doc = extractor(make_doc("وخرج الآلاف بعد أيام من الانفجار الهائل الذي دمر مرفأ العاصمة."))
    assert [e.trigger.text for e in doc.events if e.plover in ("FIGHT", "ASSAULT")] == ["الانفجار"]


def test_a_toll_is_the_event_only_when_no_attack_carries_it(extractor, make_doc) -> None:
    text = "قتل أربعة متظاهرين الاثنين في ساحة التحرير، عندما أطلقت قوات الأمن قنابل الغاز على المحتجين."
    kills = [e for e in extractor(make_doc(text)).events if e.trigger.text == "قتل"]
    assert [(e.plover, e.acled) for e in kills] == [("ASSAULT", ["Protests", "Excessive force against protesters"])]
    assert [t.text for t in kills[0].targets] == ["أربعة متظاهرين"]
    doc = extractor(make_doc("قتل أربعة أشخاص في بغداد."))
    assert [(e.plover, e.acled) for e in doc.events] == [("ASSAULT", ["Violence against civilians", "Attack"])]
    # an attack word carries the deaths; soldiers killed are a battle's toll
    doc = extractor(make_doc("قتل 20 شخصا في غارة جوية على السوق."))
    assert [e.trigger.text for e in doc.events] == ["غارة"]
    assert [e.plover for e in extractor(make_doc("قتل 12 جنديا قرب الحدود.")).events] == ["FIGHT"]
    # accidents, a war's sum and a plan are no killing event
    for text in (
        "قتل خمسة أشخاص في حادث سير على طريق المطار.",
        "وقتل نحو 10 آلاف شخص في اليمن منذ تدخل التحالف في 2015.",
        "وأدين ثلاثة رجال خططوا لقتل عشرات المهاجرين.",
    ):
        assert not [e for e in extractor(make_doc(text)).events if "قتل" in e.trigger.text], text


def test_dispersing_women_and_firing_in_the_air(extractor, make_doc) -> None:
    text = "وتظاهرت عشرات النساء في المدينة، قبل أن تفرقهن عناصر من الشرطة بإطلاق النار في الهواء."
    doc = extractor(make_doc(text))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("تظاهرت", "PROTEST"), ("تفرقهن", "COERCE")]
    doc = extractor(make_doc("وأطلقت الشرطة النار في الهواء لتفريق المحتجين."))
    assert [e.plover for e in doc.events] == ["COERCE"]
    doc = extractor(make_doc("وأطلق الجنود النار على المتظاهرين."))
    assert [e.plover for e in doc.events] == ["ASSAULT"]


def test_neutralising_fighters_is_fighting(extractor, make_doc) -> None:
    doc = extractor(make_doc('وقالت الوزارة إن القوات التركية "حيدت" 12 مسلحا ردا على الهجوم.'))
    assert (doc.events[0].trigger.text, doc.events[0].plover) == ("حيدت", "FIGHT")
    assert not extractor(make_doc("وقال الوزير إن الحكومة حيدت الملف عن الخلافات السياسية.")).events


def test_a_death_in_an_accident_is_no_killing(extractor, make_doc) -> None:
    text = "وأعلنت الوزارة مقتل مدرب أمريكي في حادث تحطم مروحية خلال عملية تدريب."
    assert not extractor(make_doc(text)).events
    text = "وأعلن الجيش مقتل ثلاثة جنود في هجوم على نقطة تفتيش."
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == ["هجوم"]


def test_a_vehicle_ramming_a_crowd_is_no_riot_nor_a_mobilisation(extractor, make_doc) -> None:
    text = "وقال الأهالي إن مركبة مدرعة اقتحمت حشدا من المحتجين في المدينة."
    plovers = [e.plover for e in extractor(make_doc(text)).events]
    assert "PROTEST" not in plovers and "MOBILIZE" not in plovers
    text = "والتقط مصور صورا للفظائع التي وقعت على الرغم من أنه لم ير بدايتها."
    assert "AGREE" not in [e.plover for e in extractor(make_doc(text)).events]


def test_blowing_oneself_up_is_a_suicide_bomb_and_churches_are_targets(extractor, make_doc) -> None:
    doc = extractor(make_doc("وقال قائد الشرطة إن أفراد الأسرة فجروا أنفسهم عند نقطة تفتيش."))
    assert [e.acled for e in doc.events] == [["Explosions/Remote violence", "Suicide bomb"]]
    text = "ويأتي الحادث بعد هجمات نفذها متشددون، واستهدفت 3 كنائس في المدينة."
    (ev,) = [e for e in extractor(make_doc(text)).events if e.trigger.text == "استهدفت"]
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == ([], ["3 كنائس"])


def test_taking_ground_keeps_its_type_and_driving_fighters_out_is_taking_it(extractor, make_doc) -> None:
    text = "وقالت مصادر إن قوات الجيش، مسنودة بمقاتلات التحالف، سيطرت على مطار المدينة."
    (ev,) = extractor(make_doc(text)).events
    assert ev.acled == ["Battles", "Government regains territory"]
    text = "وتهدف العملية لطرد مقاتلي الحزب من المنطقة."
    (ev,) = extractor(make_doc(text)).events
    assert (ev.plover, [a.text for a in ev.actors], [t.text for t in ev.targets]) == ("FIGHT", [], ["مقاتلي الحزب"])
    assert [e.plover for e in extractor(make_doc("وطردت الحكومة السفير الإيراني.")).events] == ["COERCE"]


def test_a_match_report_has_no_sending_off_nor_meeting_and_a_quake_destroys_by_itself(extractor, make_doc) -> None:
    text = (
        "الفريق يفوز بثلاثية في الدوري\n\nفاز الفريق على ضيفه في المباراة التي أقيمت على الملعب البلدي.\n\n"
        "وقال المدرب إن الطرد الذي تعرض له المدافع غير مجرى اللقاء. ويلتقي الفريق في الجولة المقبلة مع الوحدة."
    )
    assert not extractor(make_doc(text)).events
    text = "وأعلنت الوزارة أن 12 شخصا قتلوا في الزلزال. ودمرت الهزة مئات المنازل في القرى الجبلية."
    assert not extractor(make_doc(text)).events
    text = "وطرد الرئيس السفير. والتقى الوزير نظيره في العاصمة."
    assert [e.plover for e in extractor(make_doc(text)).events] == ["COERCE", "CONSULT"]
    # arrests of fans after a game are arrests; a sending-off in it is none
    text = "وألقت الشرطة القبض على عشرات المشجعين عقب المباراة. وطرد الحكم اللاعب في الدقيقة 70 من المباراة."
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == ["القبض على"]


def test_gathering_supporters_protest_and_why_they_act_is_no_act_of_its_own(extractor, make_doc) -> None:
    doc = extractor(make_doc("وتجمع العشرات من أنصار الجبهة أمام قصر العدالة رافعين شعارات."))
    assert [e.plover for e in doc.events] == ["PROTEST"]
    assert not extractor(make_doc("وتجمع آلاف الحجاج في صعيد عرفات.")).events
    text = "تظاهر المئات من أنصار الفصائل وسط بغداد، احتجاجا على النتائج. وخرج الآلاف رفضا لرموز النظام."
    assert [e.trigger.text for e in extractor(make_doc(text)).events] == ["تظاهر"]
    (ev,) = extractor(make_doc("وقطع محتجون الطريق الدولي بالإطارات المشتعلة.")).events
    assert (ev.plover, [a.text for a in ev.actors]) == ("PROTEST", ["محتجون"])


def test_storming_that_ends_an_attack_is_fighting_and_about_two_weeks_is_no_hypothesis(extractor, make_doc) -> None:
    text = "وقال إن المهاجمين فجروا سيارتين مفخختين أمام بوابة الفندق، قبل أن يقتحموا المبنى."
    (ev,) = [e for e in extractor(make_doc(text)).events if e.trigger.text == "يقتحموا"]
    assert ev.plover == "FIGHT"
    text = "وأعلن رئيس الحكومة استقالته بعد نحو أسبوعين من احتجاجات شعبية غير مسبوقة."
    (ev,) = [e for e in extractor(make_doc(text)).events if e.plover == "PROTEST"]
    assert ev.modality == "asserted"


def test_a_raid_by_the_forces_a_pronoun_names_and_detention_centres(extractor, make_doc) -> None:
    text = "قتل ثلاثة فلسطينيين برصاص القوات الإسرائيلية خلال اقتحامها مدينة جنين."
    (ev,) = [e for e in extractor(make_doc(text)).events if e.trigger.text == "اقتحامها"]
    assert (ev.plover, ev.acled) == ("FIGHT", ["Battles", "Armed clash"])
    (ev,) = extractor(make_doc("واقتحم محتجون غاضبون مقر الحزب.")).events
    assert ev.plover == "PROTEST"
    assert not extractor(make_doc("وأنقذ خفر السواحل 25 شخصا نقلوا إلى مراكز احتجاز في المدينة.")).events
    (ev,) = extractor(make_doc("وأعلنت الشرطة احتجاز ثلاثة أشخاص.")).events
    assert ev.plover == "COERCE"
    assert not extractor(make_doc("وقالت الوزارة إن الأجهزة الأمنية ضبطت بحوزة المتهمين مبالغ مالية.")).events


def test_counted_people_before_a_plural_arrest_verb_were_arrested_and_published_statements(extractor, make_doc) -> None:
    (ev,) = extractor(make_doc("وأضاف أن 80 مهاجرا أوقفوا بسبب دخولهم البلاد بطريقة غير نظامية.")).events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == ([], ["80 مهاجرا"])
    doc = extractor(make_doc("قتل جنديان مصريان و8 مسلحين في سيناء حسب بيان نشرته القوات المسلحة."))
    assert [(e.trigger.text, e.plover) for e in doc.events] == [("قتل", "FIGHT")]  # no deployment; soldiers fight
    text = "وأبلغه بانتصارات الجيش، وآخرها قطع طريق الملاحيظ واستعادة ثمانية مواقع."
    assert "PROTEST" not in [e.plover for e in extractor(make_doc(text)).events]
    (ev,) = extractor(make_doc("وقال إن هذا الهجوم على مصداقيتي جزء من حملة.")).events
    assert ev.plover == "DISAPPROVE"


def test_intercepting_and_destroying_a_weapon_is_one_act(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأعلن التحالف اعتراض وتدمير طائرة مسيرة مفخخة أطلقتها الميليشيا."))
    assert [e.plover for e in doc.events if e.plover in ("COERCE", "FIGHT")] == ["COERCE"]
    assert [e.plover for e in extractor(make_doc("وقال إن الدفاعات الجوية اعترضت الصاروخ ودمرته.")).events] == [
        "COERCE"
    ]
    doc = extractor(make_doc("واعترضت الدفاعات الصواريخ ودمرت الطائرات منصات الإطلاق."))
    assert [e.plover for e in doc.events] == ["COERCE", "FIGHT"]  # another act, with its own subject and object


def test_a_clash_with_suspects_that_killed_security_men_is_fighting(extractor, make_doc) -> None:
    doc = extractor(make_doc("وتلاه اشتباك مع المشتبه بهم في المدينة قتل خلاله أربعة من عناصر الأمن."))
    assert {e.plover for e in doc.events} == {"FIGHT"}
    assert [e.plover for e in extractor(make_doc("وقتل المشتبه به زوجته بسكين في المنزل.")).events] == ["CRIME"]


def test_control_of_a_policy_is_no_takeover_and_attacking_a_channel_is_disapproval(extractor, make_doc) -> None:
    assert not extractor(make_doc("وزادت المخاوف من إحكام الرئيس سيطرته على السياسة النقدية.")).events
    assert [e.plover for e in extractor(make_doc("وسيطرت القوات على البلدة بعد معارك.")).events][:1] == ["FIGHT"]
    assert [e.plover for e in extractor(make_doc('بينما هاجم قناة "الجزيرة" القطرية.')).events] == ["DISAPPROVE"]
    doc = extractor(make_doc("وهاجم مسلحون مقر قناة تلفزيونية في المدينة."))
    assert [e.plover for e in doc.events] == ["FIGHT"]


def test_shells_handed_over_or_found_are_no_shelling(extractor, make_doc) -> None:
    text = "وذكرت الوكالة أن المقاتلين سلموا معظم أسلحتهم الثقيلة، بما في ذلك 6 دبابات وقذائف هاون."
    assert not [e for e in extractor(make_doc(text)).events if e.plover == "FIGHT"]
    assert [e.plover for e in extractor(make_doc("وسقطت قذائف هاون على حي سكني في المدينة.")).events] == ["FIGHT"]


def test_regaining_friendships_or_money_and_losing_control_are_no_takeovers(extractor, make_doc) -> None:
    assert not extractor(make_doc("وتمكن الرئيس من استعادة الصداقات القديمة.")).events
    assert not extractor(make_doc("حيث خرج الحريق عن السيطرة في الغابة.")).events
    assert not extractor(make_doc("وتتنازع العصابات السيطرة على تجارة المخدرات.")).events
    doc = extractor(make_doc("واستعاد الجيش بلدة الشريجة بعد معارك عنيفة."))
    assert [e.plover for e in doc.events][:1] == ["FIGHT"]
