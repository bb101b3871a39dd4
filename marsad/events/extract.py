"""Event mentions: triggers from the lexicon, their type, arguments, place, date, modality and quantities.

Rules, in order, per sentence:
1. triggers: each Arabic word, minus its clitics, is looked up in ``triggers.tsv`` (phrases first); words inside a
   named entity (هيئة تحرير الشام) are not triggers; ambiguous forms need a context word (``needs``);
2. typing: ``refine.tsv`` retypes from context (a chemical attack is ASSAULT, shelling of civilians is ASSAULT);
3. arguments: actor = the noun phrase after a verb (VSO) or before it (SVO), the genitive after a noun; target =
   the phrase after على / ضد; locations = LOC entities of the clause not used as actor/target; then the ACLED
   types that depend on them (``acled_types``: who takes territory, whether an attack's target is civilians);
4. date: the time expression of the clause, else of the sentence; none when the text gives none (the ACLED
   export falls back to the publication date with a coarser time precision);
5. modality: future prefix/cues → planned; negators → negated; an act demanded or threatened → hypothetical;
   hedges → unconfirmed; inside a statement, the statement's stance (deny → negated, unconfirmed → unconfirmed).
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from marsad.document import Document, Entity, Event, Quantity, Sentence, Span, Statement, TimeExpression, Token
from marsad.errors import MarsadError
from marsad.events.acled_types import (
    ATTACK_ON_CIVILIANS,
    actor_kind,
    by_arguments,
    civilian_words,
    is_civilian_target,
)
from marsad.events.lexicon import Lexicon, TriggerEntry, load_lexicon
from marsad.events.quantities import (
    COUNT_WORDS,
    DUAL_PEOPLE,
    NOT_COUNTED,
    ONE_OF,
    count_phrase_end,
    quantities_in,
    strip_key,
)
from marsad.events.spans import SpanIndex
from marsad.statements.lexicon import load as load_statement_lexicon
from marsad.text.agreement import feminine_name, masculine_singular_verb
from marsad.text.genre import opens_as_match_report
from marsad.text.normalize import is_derived_participle, lookup_key, verbal_noun_pattern
from marsad.text.tokens import is_arabic_word, without_hashtag_marks

_NOUN_PROCLITICS: tuple[str, ...] = ("وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_NOUN_PROCLITICS += ("وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك", "")
_VERB_PROCLITICS = ("وس", "فس", "ول", "فل", "و", "ف", "ل", "س", "")
_ENCLITICS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا", "")
_COMMA_TEXTS = frozenset(("،", ","))
# Verbs that launch an attack (شن، نفذ): the noun they take is one whatever its qualifier (نفذت ضربات على …)
_ATTACK_LIGHT_VERBS = frozenset(
    lookup_key(w) for w in "شن شنت شنوا شنا تشن يشن يشنون نفذ نفذت نفذوا نفذا تنفذ ينفذ ينفذون".split()
)
# Words that end a clause for argument and modality search.
_CLAUSE_BREAK = {",", ";", ":", ".", "?", "!", "(", ")", "لكن", "بينما", "فيما", "حيث", "اذ"}
_PREPOSITIONS = {"في", "من", "الي", "علي", "عن", "مع", "ضد", "منذ", "بعد", "قبل", "خلال", "عبر", "حتي", "بين"}
_PREPOSITIONS |= {"داخل", "نحو", "لدي", "عند", "بشان", "حول", "قرب", "ان", "انه", "انها", "بان", "الذي", "التي"}
_PREPOSITIONS |= {"الذين", "كان", "كانت", "قد", "لم", "لن", "لا", "ما", "او", "ثم", "كما", "وقال", "وقالت"}
# places relative to something (تظاهر المئات أمام السفارة): no participant's word
_PREPOSITIONS |= {"امام", "خلف", "وراء", "فوق", "تحت", "قباله", "بجوار", "بالقرب"}
# إلى with a pronoun folds to a key that opens like ال (إليهم → اليهم): no definite noun
_PREPOSITIONS |= {"اليه", "اليها", "اليهم", "اليهما", "الينا", "اليك"}
_LOCATIVE = {"في", "ب", "قرب", "داخل", "علي", "من", "الي", "نحو", "شرق", "غرب", "شمال", "جنوب", "ريف", "وسط"}
_LOCATIVE |= {"شمالي", "جنوبي", "شرقي", "غربي", "شرقا", "غربا", "شمالا", "جنوبا", "قرب", "بالقرب", "انحاء"}
_LOCATIVE |= {"امام", "قباله", "بجوار"}
_LOCATIVE |= {"مدينه", "بلده", "قريه", "محافظه", "منطقه", "حي", "احياء", "مناطق", "اطراف", "ضواحي", "مخيم"}
# Heads of generic actor phrases that are not named entities (FORMAT.md: المعارضة، الحكومة can be actors).
_ACTOR_HEADS = {
    "جيش", "الجيش", "قوات", "القوات", "المعارضه", "المعارضين", "معارضين", "الحكومه", "حكومه", "النظام",
    "الشرطه", "الامن", "مسلحون", "مسلحين", "المسلحين", "المسلحون", "مقاتلو", "مقاتلي", "مقاتلين", "عناصر",
    "الفصائل", "فصائل", "متظاهرون", "متظاهرين", "المتظاهرين", "المتظاهرون", "محتجون", "محتجين", "المحتجين",
    "المحتجون", "مسلحي", "الميليشيات", "ميليشيات", "المليشيات", "الحوثيين", "الحوثيون", "المتمردين",
    "المتمردون", "متشددين", "متشددون", "المتشددين", "السلطات", "سلطات", "الوزاره", "وزاره", "التحالف",
    "الطيران", "طائرات", "سلاح", "السكان", "سكان", "مدنيين", "المدنيين", "ناشطون", "ناشطين", "الجماعه",
    "جماعه", "الحركه", "حركه", "الرئيس", "مسؤول", "مسؤولين", "المسؤولين", "الولايات", "المجلس", "مجلس",
    "رئيس", "الزعيم", "زعيم",  # a leader as a side (قمة بين الزعيم الكوري الشمالي والرئيس …; session 33)
    "الجنود", "جنود", "جنديا", "جنديين", "الجيوش", "الشرطيين", "شرطيين",
    # armed groups and tribes as a side (اشتباكات بين مجموعات مسلحة، بين مسلحين دروز وعشائر بدوية; session 29)
    "مجموعات", "المجموعات", "عشائر", "العشائر", "مسلحو",
}  # fmt: skip
# Security units and suspects of police reports (تمكنت وحدات الحرس الوطني من القبض على عنصر تكفيري; session 16,
# Tunisian local news). Not دورية (also "periodic": اجتماعاته الدورية) nor وحدة (also "unity": وحدة سوريا).
_ACTOR_HEADS |= {
    "وحدات", "الوحدات", "فرقه", "الفرقه", "الحرس",
    "حرس", "اعوان", "الاعوان", "الديوانه", "عنصر", "العنصر", "عنصرا", "مهربين", "المهربين", "مهربون", "المهربون",
    "مهرب", "المهرب", "ارهابيين", "الارهابيين", "ارهابيون", "الارهابيون", "مجموعه", "المجموعه",
    "مقاتلات", "المقاتلات",  # fighter jets (قصفت مقاتلات التحالف)
    # a plane or a drone (استهدفت طائرة مسيرة تركية سيارة، قصفت مسيرات تركية مواقع); a march is a trigger itself
    "طائره", "الطائره", "الطائرات", "طائرتان", "طائرتين", "مسيره", "المسيره", "مسيرات", "المسيرات", "مسيرتان",
    "مسيرتين",
    "قافله", "القافله", "قوافل", "القوافل",  # convoys come and go (غادرت قافلة المساعدات الغوطة)
    "قوي", "القوي", "مجموعات", "المجموعات",  # قوى الأمن العام، قوى الأمن الداخلي (قوى, key قوي); مجموعات مسلحة
    "مفارز", "مفرزه",  # the Algerian army's detachments (أوقفت مفارز للجيش …)
    "جرافات", "الجرافات",  # bulldozers of an army or a municipality (هدمت جرافات الاحتلال منزلين)
    "المهاجمين", "المهاجمون", "مهاجمين", "مهاجمون",  # the attackers (plural only: المهاجم is a football striker)
    "الاجهزه", "اجهزه",  # the security services (اعتقلت الأجهزة الأمنية الفلسطينية ثلاثة مسلحين)
    "مستوطنون", "مستوطنين", "المستوطنون", "المستوطنين",  # settlers (أحرق مستوطنون منازل في القرية)
    "الاحتلال",  # the Palestinian press's name for the Israeli forces (اعتقل الاحتلال، "الاحتلال استهدف الصفوف")
    "فلول", "الفلول",  # remnants of a regime or a group (هجمات شنتها فلول النظام)
    # civil society, which criticises, demands and protests (انتقدت جمعيات محلية بطء صرف التعويضات): session 28
    "جمعيات", "الجمعيات", "جمعيه", "الجمعيه", "منظمات", "المنظمات", "نقابات", "النقابات", "نقابه", "النقابه",
    "الدول", "دول",  # states acting together (هددت الدول الأوروبية الثلاث بتفعيل آلية الزناد)
    "الدفاعات", "دفاعات",  # air defences (أسقطت الدفاعات الجوية طائرة مسيرة)
}  # fmt: skip
# Members of a force or a group, whose body may follow after من (عناصر من الحرس الرئاسي، مقاتلون من الفصائل)
_MEMBER_HEADS = frozenset(
    lookup_key(w)
    for w in "عناصر أفراد مقاتلون مقاتلين مسلحون مسلحين جنود جنديين جنديان ضباط أعضاء عنصران عنصرين قوة مجموعة".split()
)
_NICKNAMED = frozenset(lookup_key(w) for w in "المكنى الملقب المعروف المعروفة الملقبة المدعو".split())
# A group's leaders, who are killed or arrested (اغتيال قيادي في حزب الله، اعتقال قادة الجماعة): heads only
# without a clitic (نجتمع بقادة المملكة: who is met), and after a verb of killing the victims (قُتل قيادي سياسي).
_LEADER_HEADS = frozenset(
    lookup_key(w) for w in "قيادي القيادي قياديا قياديين القياديين قادة القادة قائد القائد قيادات القيادات".split()
)
# Peoples and communities (الأكراد، الشيعة، الدروز): no entities (FORMAT.md's generic groups, dropped by the NER
# Document rules) but actors and targets (session 17).
_ACTOR_HEADS |= {
    "الاكراد", "اكراد", "الكرد", "الشيعه", "الدروز", "العلويين", "العلويون", "المسيحيين", "المسيحيون", "الاقباط",
    "الايزيديين", "الايزيديون", "التركمان", "اليهود", "المسلمين", "المسلمون", "الامازيغ", "الروهينغا",
}  # fmt: skip
# Civilian words that are also adjectives (مؤتمر صحفي، الدفاع المدني، الحكومة المدنية) head no phrase.
_ADJECTIVAL = frozenset(strip_key(lookup_key(w)) for w in "مدني مدنيا مدنية المدنية صحفي صحفيا الصحفي".split())
_VIOLENT = {"FIGHT", "ASSAULT", "COERCE"}
# People outside the fighting head a phrase too, mostly as targets (هاجموا المصلين، قتل الصحفيين): the civilian
# words of acled_types, as the bare keys the phrase finder compares.
_CIVILIAN_HEADS = civilian_words() - _ADJECTIVAL
_ACTOR_HEADS |= _CIVILIAN_HEADS
_TARGET_PREPS = {"علي", "ضد", "بحق"}
_GENERIC_HEAD_KEYS = frozenset(strip_key(k) for k in _ACTOR_HEADS) - frozenset(strip_key(k) for k in _CIVILIAN_HEADS)
# What talks and deals are about, after the noun: a topic, not a party (مفاوضات السلام، اتفاق الهدنة)
_TOPIC_GENITIVES = {
    "السلام", "الهدنه", "التهدئه", "التسويه", "المصالحه", "الانتقال", "الازمه", "التطبيع", "الحل", "الملف",
    "التجاره", "الشراكه", "التعاون", "الاسري", "التبادل", "النووي",
}  # fmt: skip
# Counted nouns that measure rather than take part (خرق الهدنة 20 مرة، بعمق 32 كيلومترا، خلال 36 ساعة): lookup keys
_MEASURES = NOT_COUNTED | frozenset({"مره", "مرات", "مرتين"})
# Heads of a phrase of means after ب (قصف بطائرات، هجوم بسلاح): as keys without the clitic and article
_MEANS = {"طائرات", "طائره", "طيران", "سلاح", "اسلحه", "صواريخ", "صاروخ", "قذائف", "مسيرات", "مسيره", "مدفعيه"}
_QUANTIFIERS = {"عشرات", "مئات", "الاف", "الوف", "بعض", "عدد", "اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه"}
_QUANTIFIERS |= {"سته", "سبعه", "ثمانيه", "تسعه", "عشره", "جميع", "كل"}
# Nouns whose genitive is the one acted on (اعتقال الناشطين، اغتيال القادة، إدانة الهجوم).
_PATIENT_GENITIVE = {"DISAPPROVE", "REJECT", "SANCTION", "SUPPORT", "AID", "CONCEDE", "ASSAULT", "COERCE"}
# Places named by a common noun: after a violent or protest trigger they are what was hit or stormed (اقتحام
# المدينة، قصف المخيم), and they never act.
_HIT_PLACES = {
    lookup_key(w)
    for w in (
        "المدينة البلدة القرية القرى المخيم المنطقة الأحياء المبنى المقر المطار الميناء السجن القاعدة "
        "المعسكر المنزل المنازل المستشفى المدرسة المسجد السوق الحاجز"
    ).split()
}
# Military sites and gear that a strike or an assault hits (قصفت المقاتلات مواقع الحوثيين، غارات على مخازن أسلحة):
# heads of a target phrase only, never of an actor (مواقع التواصل الاجتماعي publish).
_SITE_HEADS = {
    lookup_key(w)
    for w in (
        "هدف موقع مواقع الموقع المواقع تجمعات التجمعات معسكرات المعسكرات مخازن المخازن مخزن منصات المنصات مقرات "
        "المقرات تحصينات التحصينات آليات الآليات عربات العربات مرابض أهداف الأهداف مستودعات المستودعات "
        "منشآت المنشآت منشأة المنشأة "
        # buildings and vehicles struck (استهدف مركز قيادة، استهدفت مدرسة تؤوي نازحين، استهدفت سيارة)
        "مركز مراكز مقر مقار مبنى مباني مدرسة مدارس منزل منازل مستشفى مستشفيات سيارة سيارات شاحنة شاحنات "
        # places of worship (واستهدفت 3 كنائس في سورابايا; session 31)
        "كنيسة كنائس الكنيسة الكنائس مسجد مساجد المسجد المساجد جامع معبد "
        "خيام خيمة الصفوف دورية دوريات الدورية شقة شقق الشقة عمارة بناية حافلة حافلات الحافلة "
        # ships (استهداف سفينة تجارية في خليج عدن)
        "سفينة سفن السفينة السفن ناقلة ناقلات الناقلة حاملة مدمرة المدمرة بارجة زورق زوارق مدرعة مدرعات المدرعة "
        # hideouts and caches an army destroys (دمرت مفارز الجيش خمسة مخابئ): session 28
        "مخبأ مخابئ المخابئ مخبا"
    ).split()
}


def _site_forms(key: str) -> set[str]:
    """An indefinite site head's accusative and possessed forms (موقعا، سيارته، منزلهم), as lookup keys."""
    if key.startswith("ال"):
        return set()
    stem = key[:-1] + "ت" if key.endswith("ه") else key
    forms = {stem + p for p in ("ه", "ها", "هم")}
    if not key.endswith("ه"):
        forms.add(key + "ا")
    return forms


_SITE_HEADS |= {form for key in list(_SITE_HEADS) for form in _site_forms(key)}
# Passive verbs of killing or wounding whose subject, before them, is the victims of the weapon that follows.
_KILLED_FORMS = {
    lookup_key(w) for w in "قتل قتلوا قتلا قتلت استشهد استشهدوا استشهدت أصيب أصيبوا أصيبت جرح جرحوا".split()
}
# "the town" → the head noun before the name it stands for (مدينة بارا … المدينة), as lookup keys; not المنطقة,
# which is mostly "the region" (تطورات الأوضاع في المنطقة) whatever منطقة X came before.
_ANAPHORIC_PLACE_HEADS = {lookup_key("ال" + w): lookup_key(w) for w in ("مدينة", "بلدة", "قرية", "مخيم", "حي", "ناحية")}
_CITY_HEAD = lookup_key("مدينة")  # "the city" may stand for any town the article names, with مدينة or without
# Titles that open a person's phrase before the name (الشيخ حكمت الهجري، الوزير أحمد …), as bare keys.
_TITLES = {
    strip_key(lookup_key(w))
    for w in (
        "الشيخ الأمير الملك الوزير الوزيرة السفير المبعوث العميد اللواء العقيد الجنرال الرئيس الزعيم القائد"
    ).split()
}
_TITLE_WORDS = 4  # how many words of an office may stand between a title and the person's name
# Verbs of shooting down and intercepting, and what they down (session 28).
_DOWNING = frozenset(lookup_key(w) for w in ("أسقط", "اعترض", "إسقاط", "اعتراض"))
_AIRCRAFT = frozenset(
    strip_key(lookup_key(w))
    for w in "طائرة طائرات طائرتين مسيرة مسيرات مسيرتين صاروخ صاروخا صواريخ صاروخين مقاتلة مروحية قذيفة قذائف".split()
)
_NAMED_PLACE = lookup_key("LOC")  # in a trigger's needed words: a LOC entity
# Events whose ل + verbal noun after them is their purpose (معارك لاستعادة السيطرة، اتفاق لإجلاء المقاتلين).
_PURPOSE_OF = ("AGREE", "DEMAND", "CONSULT", "FIGHT", "ASSAULT")
# Nouns of destroying or storming whose genitive is what was destroyed or stormed (تدمير ثلاثة زوارق، إسقاط طائرة
# مسيرة، اقتحام مبنى المحافظة).
_DESTROY_VERBS = {lookup_key(w) for w in ("دمر", "أعطب", "حيد")}
_DESTROY_LEMMAS = {lookup_key(w) for w in ("تدمير", "إسقاط", "اعتراض", "اقتحام", "استهداف", "تحييد")}
# Indefinite heads of a building or an office that open a genitive chain after a construct trigger.
_BUILDING_HEADS = {lookup_key(w) for w in "مبنى مباني مقر مقار مكتب مكاتب مجلس سجن مستشفى منزل منازل مركز".split()}
# Weapons whose genitive is who fired them, whatever the type (قتلوا برصاص عناصر الأمن: the police shot).
# Nouns whose genitive is who acts (برصاص الجيش; هجمات النظام ضد المدنيين, also once an attack on civilians is typed
# ASSAULT; مداهمة وحدات الحرس لمنزله: a raid's genitive is the raiders) unless it is a building or a place, which
# _HIT_PLACES keeps as the target (مداهمة المقر).
_AGENT_GENITIVE = {"رصاص", "نيران", "مداهمه", "مداهمات", "هجوم", "هجمات", "غاره", "غارات"}
# (a downing's genitive downs, when the aircraft follows: إسقاط البحرية الأمريكية طائرة مدنية; alone it is the
# aircraft downed, which _destroyed_genitive and _AIRCRAFT read: إسقاط الطائرة)
_AGENT_GENITIVE |= {"اسقاط", "اعتراض"}
# Triggers that count only with the preposition ب on them (بنيران الجيش).
_ONLY_AFTER_BI = {"نيران"}
_COMPLEMENTISERS = {"ان", "بان", "انه", "انها", "لان", "وان", "وانه", "وانها"}
_OPEN_QUOTES = {'"', "«", "“", "'"}
_SUBORDINATORS = {"عندما", "حين", "حيث", "بعد", "قبل", "اذ", "لكن", "بينما", "فيما", "كما", "ثم"}
# Event types whose verbs and nouns take a capital right after them as its government (رفضت موسكو، تهديدات
# واشنطن، دعم طهران), not as where it happened
_CAPITAL_ACTS = frozenset(("DISAPPROVE", "DEMAND", "THREATEN", "SUPPORT", "REJECT"))
# Reciprocal events take their two sides after بين (اشتباكات بين الجيش والمسلحين).
_RECIPROCAL = {"FIGHT", "PROTEST", "CONSULT", "AGREE", "COOPERATE"}
# Words that may stand between a reciprocal noun and its بين (اشتباكات عنيفة اندلعت السبت بين …), as lookup keys.
# Weapons a clash is fought with, before its sides (اشتباكات بالأسلحة الثقيلة بين …), as bare keys, and their adjectives
_WEAPONS_OF_CLASHES = frozenset(lookup_key(w) for w in "أسلحة سلاح رصاص قذائف هاون".split())
_WEAPON_ADJECTIVES = frozenset(lookup_key(w) for w in "الثقيلة الخفيفة المتوسطة الحي الرشاشة".split())
_BEFORE_BAYNA = {
    "عنيفه", "عنيف", "ضاريه", "داميه", "متقطعه", "مسلحه", "متفرقه", "جديده", "مباشره", "ثنائيه", "اندلعت", "دارت",
    "وقعت", "جرت", "تدور", "تجري", "عقدت", "تندلع", "مستمره", "سريه", "رسميه", "مكثفه", "مطوله",
}  # fmt: skip
# … and after a truce (وقف إطلاق النار الشامل بين إسرائيل وحزب الله، الهدنة المؤقتة بين …)
_BEFORE_BAYNA |= {lookup_key(w) for w in "الشامل شامل الدائم دائم المؤقت مؤقت المؤقتة مؤقتة الهش الهشة الساري".split()}
# Participles that date the noun before them (الانتخابات المقررة في ديسمبر، القمة المرتقبة الشهر المقبل), lookup keys
# without the article.
_SCHEDULED = {"مقرر", "مقرره", "مرتقب", "مرتقبه", "مزمع", "مزمعه", "منتظر", "منتظره"}
# Adjectives that may follow an event noun before its participle (المؤتمر المقبل المقرر في 2021).
_ORDER_ADJECTIVES = {"مقبل", "مقبله", "قادم", "قادمه", "جديد", "جديده", "اول", "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه"}
# Places after these are the topic of talk, not where something happened (محادثات بشأن حلب).
_TOPIC = {"بشان", "حول", "بخصوص"}
# Indefinite heads that a proper name follows (مدينة رأس العين, not منطقة عازلة): keys without clitics
_NAMED_PLACE_HEADS = {"مدينه", "بلده", "قريه", "محافظه", "ولايه", "مديريه", "ناحيه", "قضاء", "مخيم", "حي"}
# Participles of backing before من (الفصائل المدعومة من أنقرة), as keys without the article.
_KANA_FORMS = frozenset(("كان", "كانت", "تكون", "يكون", "يكونوا", "تكونا"))
_PLURAL_PLACE_HEADS = {"مدن", "بلدات", "قري", "محافظات", "ولايات", "مدينتي", "بلدتي", "قريتي", "محافظتي", "ولايتي"}
_BACKED_BY = {"مدعومه", "مدعوم", "مدعومين", "مدعومون", "مموله", "ممول", "ممولين"}
_LOYAL_TO = {"مواليه", "موالي", "موالين", "موالون", "تابعه", "تابع", "تابعين"}
# What follows a passive arrest verb at once (أوقف في العراق، أوقف حوالى الساعة الثانية): a place or a time
_PASSIVE_NEXT = frozenset(("في", "من", "حوالي", "بعد", "خلال", "عند", "قرب", "اثناء", "منذ", "امس"))
# Words that look like a future verb (س + a present prefix) and are not one
_FUTURE_LOOKALIKES = frozenset(("سيطره", "سياسي", "سيناء", "سيناريو", "سيناريوهات", "سينما", "سينمائي", "سينمائيه"))
_VISITS = frozenset(("زياره", "زار"))  # lemma keys of visiting (triggers.tsv, CONSULT)
# Speech-like acts: located only by an explicit في right after them.
_VERBAL = {"DISAPPROVE", "DEMAND", "AGREE", "REJECT", "THREATEN", "SUPPORT", "COOPERATE", "INVESTIGATE", "CONCEDE"}
# Generic place nouns heading a location phrase when no named place is there (المنطقة العازلة، الأراضي السورية).
_PLACE_NOUNS = {
    "المنطقه", "منطقه", "المناطق", "مناطق", "المدينه", "الاراضي", "اراضي", "الحي", "البلده", "القريه", "المحافظه",
    "المدن", "الحدود", "المعبر", "معبر", "الميناء", "ميناء", "المطار", "مطار", "المخيم", "مخيم",
}  # fmt: skip
_INCLUDING = {"منها", "بينها", "ومنها", "وبينها", "بينهم", "منهم"}
# A noun after these names an institution or a state, not an event (لجنة العقوبات، الخاضعة لسيطرة).
_BLOCK_BEFORE = {"لجنه", "لجان", "نظام", "فريق", "الخاضعه", "خاضعه", "تخضع", "يخضع", "تحت", "وزير", "وزاره"}
_BLOCK_BEFORE |= {"عنصر", "عناصر"}  # "أوقفت 12 عنصر دعم للجماعات الإرهابية": a role (a supporter), no act
# Words after which an act is no longer the object of a governing demand / threat / denial.
_GOVERN_STOP = {"بعد", "قبل", "اثر", "عقب", "بسبب", "رغم", "عن", "الذي", "التي", "الذين", "منذ", "حين", "عندما"}
_RELATIVE = {"التي", "الذي", "الذين", "اللتين", "اللذين"}
# "أي هدنة"، "أي هجوم"، "لأي اعتداء": any such act, not one that happened (the dev gold has no event after أي)
_ANY = frozenset(c + w for c in ("", "و", "ل", "ب", "ول", "وب") for w in ("اي", "ايه"))
_POSSESSED = ("ته", "تها", "تهم", "تهما", "تي", "تنا", "تك", "تكم")  # ة + a possessive pronoun
_STATE_AFTER = {"عليها", "عليه", "عليهم", "عليهما"}
# Verbs of result before إلى / عن (أسفر عن، أدى إلى، أفضى إلى), as key prefixes
_RESULT_VERBS = ("اسفر", "ادي", "ادت", "يؤدي", "تؤدي", "افضي")
# Killing words right after these report the toll of another event (أسفر عن مقتل، أدى إلى قتل، بمقتل).
_RESULT_BEFORE = {"عن", "الي", "جراء"}
_KILL_LEMMAS = {"قتل", "مقتل"}
# … and what an accident or a disaster may do by itself (session 32: "حيث دمرت الهزة مئات المنازل")
_MISHAP_LEMMAS = _KILL_LEMMAS | {"دمر", "تدمير"}
# Pronouns that, listed among a trigger's needed or context words, also match the pronoun on the trigger itself
# (pronoun on the trigger, the word a list names it by): the feminine plural هن is listed as هم (قبل أن تفرقهن)
_OWN_PRONOUNS = (("ها", "ها"), ("هم", "هم"), ("هن", "هم"))


def _own_pronoun_listed(words: frozenset[str], key: str) -> bool:
    """The pronoun the trigger word ``key`` carries is among ``words`` (لتفريقهم, تفرقهن: the crowd named before)."""
    return any(listed in words and key.endswith(suffix) for suffix, listed in _OWN_PRONOUNS)


_BARE_COMPLEMENTISERS = frozenset(("ان", "بان"))  # أن، إن، بأن without a pronoun (keys)
# Opening fire, and the troops whose fire is no crime story (keys; bare forms without ال)
_OPENING_FIRE = frozenset(("اطلق", "اطلاق", "فتح"))
# Clashes and killings that members of the security forces died in (عناصر / أفراد من الأمن، الشرطة، الدرك)
_SUSPECT_CLASHES = frozenset(lookup_key(w) for w in ("اشتباك", "اشتباكات", "مواجهات", "قتل", "مقتل"))
_SECURITY = frozenset(strip_key(lookup_key(w)) for w in "الأمن الشرطة الدرك الجيش الحرس".split())
_TROOPS = frozenset("قواته قواتها قواتنا قوات جيش جنود جنوده الاحتلال".split())
# Fighters counted after "إنه قتل 40": the subject's own kill, as armies and groups report them (keys without ال)
_FIGHTERS_KILLED = frozenset(
    "مسلحا مسلحين مقاتلا مقاتلين ارهابيا ارهابيين عنصرا عناصر متشددا متشددين انتحاريا انتحاريين متمردا متمردين"
    " مسلحان مقاتلان عنصران".split()  # (the nominative duals: قتل عنصران من التنظيم)
)
# Members of the forces, counted among the dead (قتل 12 جنديا): a battle's toll, not one-sided violence (keys)
_FORCES_KILLED = frozenset(
    lookup_key(w)
    for w in "جنديا جنود جنديين عسكريا عسكريين شرطيا شرطيين ضابطا ضباط ضابطين حارسا حراس"
    " جنديان عسكريان شرطيان ضابطان حارسان".split()  # (قتل جنديان مصريان و8 مسلحين)
)
# Verbs whose plural carries an earlier plural phrase as its subject even in a violent event: the other violent
# verbs are as often passive (قتلوا، اعتقلوا "were killed / arrested"), their phrase the victims.
_CLASH_VERBS = {"اشتبك", "هاجم"}
# Verbs whose imperfect describes a state (تسيطر المعارضة على … = holds), not an event.
_STATIVE = {"سيطر"}
# The means of an attack after بـ (هاجمت بعشر طائرات مسيرة، قصفت بالصواريخ): a number, the weapon and its adjectives
_MEANS_NOUNS = frozenset(
    lookup_key(w)
    for w in "طائرة طائرات طائرتين مسيرة مسيرات مسيرتين صاروخ صواريخ صاروخين قذيفة قذائف عبوة عبوات سيارة زوارق"
    " زورق المسيرات الصواريخ القذائف الطائرات المدفعية الأسلحة أسلحة".split()
)
_MEANS_ADJECTIVES = frozenset(
    lookup_key(w)
    for w in "مسيرة مسيرات مفخخة مفخخات ناسفة باليستية بالستية ثقيلة الثقيلة انتحارية حربية مقاتلة".split()
)
_MEANS_COUNTS = frozenset(
    lookup_key(w)
    for w in "ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة عشرات مئات عدة عدد".split()
)


def _relative_with_object_pronoun(sent: _Sent, trig: _Trigger) -> bool:
    """The verb trigger follows a relative pronoun and carries an object pronoun (الذي احتجزه، التي استهدفها)."""
    if trig.tok == 0 or sent.keys[trig.tok - 1] not in _RELATIVE:
        return False
    key = sent.keys[trig.tok]
    return len(key) >= 5 and key.endswith(("ه", "ها", "هم", "هما")) and not key.endswith(("وه",))


def _past_instrument(sent: _Sent, k: int, hi: int) -> int:
    """The token after an instrument phrase opening with بـ at k (بعشر طائرات مسيرة، بالصواريخ), else k."""
    if k >= hi:
        return k
    key = sent.keys[k]
    if len(key) < 3 or not key.startswith("ب"):
        return k
    rest = key[1:]
    j = k + 1
    if rest[:1].isdigit() or rest in _MEANS_COUNTS:
        if j >= hi or sent.keys[j] not in _MEANS_NOUNS:
            return k
        j += 1
    elif rest not in _MEANS_NOUNS:
        return k
    while j < hi and sent.keys[j] in _MEANS_ADJECTIVES:
        j += 1
    return j if j < hi else k


_NUMBERISH = {"عشرات", "مئات", "الاف", "عشرون", "عشرين", "ثلاثون", "اربعه", "خمسه", "سته", "سبعه", "ثلاثه"}
_NUMBERISH |= {"اثنان", "اثنين", "شخص", "شخصان", "عدد", "نحو", "اكثر", "ما", "مدنيا", "جنديا", "طفلا"}
_NO_SUBJECT_TYPES = {"PROTEST"}


@dataclass
class _Trigger:
    tok: int  # first token index (into the sentence token list)
    end_tok: int  # exclusive
    entry: TriggerEntry
    start: int  # character offsets of the trigger span
    end: int
    future: bool = False  # سـ prefix
    restated_by: int | None = None  # token of a استهدف that describes this attack noun (غارة استهدفت مدرسة)
    means_end: int | None = None  # end token of the weapon phrase after it (تفجير انتحاري [بسيارة مفخخة])
    toll: bool = False  # a passive verb of killing before its count, kept as the sentence's only violent event


@dataclass
class _Sent:
    sentence: Sentence
    tokens: list[Token]
    keys: list[str]
    bare: list[str]
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    statements: SpanIndex | None = None  # the document's statement contents
    cue_starts: list[int] = field(default_factory=list)  # where the statements' cues of the sentence start, sorted
    speakers: list[tuple[int, int]] = field(default_factory=list)  # the statements' speaker spans in the sentence
    match_report: bool = False  # the article reports a game (_sports_report)
    _starts: list[int] | None = None
    _time_toks: tuple[frozenset[int], frozenset[int]] | None = None
    _in_names: frozenset[int] | None = None

    def name_continuations(self) -> frozenset[int]:
        """Indices of the tokens inside a name after its first token. Computed once per sentence."""
        if self._in_names is None:
            self._in_names = frozenset(
                j for e in self.entities for j, tok in enumerate(self.tokens) if e.start < tok.start < e.end
            )
        return self._in_names

    def time_tokens(self, multiword: bool = False) -> frozenset[int]:
        """Indices of the tokens inside a time expression of the sentence (with ``multiword``, of one that has more
        than one word: a lone "الآن" is often a name's first word). Computed once per sentence."""
        if self._time_toks is None:
            every: set[int] = set()
            long: set[int] = set()
            for t in self.times:  # the document's times that start in the sentence
                if self.sentence.start <= t.start < self.sentence.end:
                    inside = {i for i, tok in enumerate(self.tokens) if t.start <= tok.start < t.end}
                    every |= inside
                    if " " in t.text:
                        long |= inside
            self._time_toks = (frozenset(every), frozenset(long))
        return self._time_toks[1] if multiword else self._time_toks[0]

    def token_at(self, pos: int) -> int | None:
        """Index of the token holding character ``pos``, or None (tokens are sorted and do not overlap)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        i = bisect_right(self._starts, pos) - 1
        return i if i >= 0 and pos < self.tokens[i].end else None


# Natural disasters (lookup keys) whose naming in a report's first two sentences makes it a disaster report
_DISASTERS = frozenset(
    "الزلزال زلزال الزلازل الفيضانات فيضانات الفيضان السيول سيول العاصفه عاصفه الاعصار اعصار الهزه البركان"
    # a boat that sank (غرق قارب مهاجرين): the drowned were killed by no one
    " غرق وغرق الغرق غرقا".split()
)
# The verb forms of a toll (قتل، قُتلت، يقتل), as keys without و / ف
_TOLL_FORMS = frozenset(("قتل", "قتلت", "يقتل", "تقتل"))
# Accidents, fires, illness: the dead of such a sentence were killed by no one (keys without the article; not
# حادث, also "an incident" of violence: في حادث منفصل)
_MISHAPS = frozenset(
    strip_key(lookup_key(w))
    for w in "تصادم اصطدام حريق انهيار تسمم وباء فيروس كورونا مرض صاعقة تحطم تحطمها سقوطها".split()
)
_ROAD = frozenset(strip_key(lookup_key(w)) for w in "سير مرور مروري".split())
# Words before "على أن" that argue or stress a fact (دليل على أن، شدد على أن), where "على أن" plans nothing
_AFFIRMING_ALA_AN = frozenset(
    strip_key(lookup_key(w))
    for w in "دليل أدلة دلالة يدل تدل مؤشر مؤشرات برهان أكد يؤكد تؤكد التأكيد شدد يشدد تشدد التشديد أصر يصر تصر"
    " حرص يحرص تحرص".split()
)
# Interceptions and downings (triggers.tsv), whose "و + destroying" names the same act, as lemmas
_INTERCEPTING = frozenset(lookup_key(w) for w in ("اعترض", "اعتراض", "أسقط", "إسقاط", "تصدى", "تصدي"))
_DESTROYING = frozenset(lookup_key(w) for w in ("دمر", "تدمير"))
# Foiling cues (modality.tsv), which negate the act they foil, not a second act joined by و after it
_FOILING = frozenset(lookup_key(w) for w in "احباط إحباط أحبط احبط إفشال افشال أفشل".split())
# Road blocks (triggers.tsv), which refine.tsv drops for a protest word in their sentence, as lemmas
_ROAD_BLOCKS = frozenset(("اغلق", "قطع", "غلق"))
# Durations a number-less "about" (نحو) may count (بعد نحو أسبوعين، منذ نحو عام), keys without clitics
_DURATIONS = frozenset(
    "يومين يومان اسبوعين اسبوعان شهرين شهران عامين عامان سنتين سنتان ساعتين ساعتان عقدين عقدان عقد عام سنه شهر"
    " اسبوع ساعه".split()
)
# A toll summed over a war or a period (وقتل نحو 10 آلاف شخص منذ تدخل التحالف، قتل 21 شخصا في المجمل): no one event
_CUMULATIVE = frozenset(
    strip_key(lookup_key(w)) for w in "منذ المجمل إجمالي إحصائيات حصيلة النزاع الحرب الصراع الحروب".split()
)
# Death words that trigger a killing event of their own (قتل 5، مقتل 5، لقي 5 حتفهم), as trigger keys
_DEATH_TRIGGERS = frozenset("قتل مقتل مصرع حتفهم قتلوا وقتل ومقتل".split())


def _definite_key(key: str) -> bool:
    """The lookup key carries the article, after at most a conjunction and a preposition (وال، بال، لل …)."""
    return key.startswith(("ال", "وال", "بال", "فال", "لل", "كال", "ولل"))


# What a match report says of the game that conflict news says of a war: a sending-off (الطرد), a meeting of two
# teams (يلتقي الهلال مع الشباب), an attack on goal, dominating the game (سيطر على مجرياتها)
_MATCH_LEMMAS = frozenset(lookup_key(w) for w in ("طرد", "لقاء", "التقى", "هجوم", "سيطر", "سيطرة"))


def _sports_report(doc: Document) -> bool:
    """The first two sentences read as a match report (marsad.text.genre)."""
    end = doc.sentences[1].end if len(doc.sentences) > 1 else len(doc.text)
    return opens_as_match_report(doc.text[:end])


def _disaster_report(doc: Document) -> bool:
    """The first two sentences name a natural disaster (زلزال، فيضانات، سيول، إعصار)."""
    end = doc.sentences[1].end if len(doc.sentences) > 1 else len(doc.text)
    return any(lookup_key(w) in _DISASTERS for w in doc.text[:end].split())


@lru_cache(maxsize=20_000)  # every token of every sentence is looked up; news vocabulary repeats (Zipf)
def _word_candidates(key: str, verbs: bool) -> tuple[tuple[str, str, str], ...]:
    """(proclitic, core, enclitic) splits of a word key, longest core first."""
    out = []
    procs = _VERB_PROCLITICS if verbs else _NOUN_PROCLITICS
    for p in procs:
        if p and not key.startswith(p):
            continue
        rest = key[len(p) :]
        if p.endswith("س") and rest[:1] not in ("ي", "ت", "ن", "ا"):
            continue  # the future prefix only comes before a present verb: سفر (travel) is not س + فر (fled)
        for e in _ENCLITICS:
            if e and not rest.endswith(e):
                continue
            core = rest[: len(rest) - len(e)] if e else rest
            if len(core) < 2:
                continue
            out.append((p, core, e))
            if e and core.endswith("ت"):
                out.append((p, core[:-1] + "ه", e))  # سيطرته ← سيطرة
            if e and core.endswith("و"):
                out.append((p, core + "ا", e))  # قصفوها ← قصفوا (the alif drops before a pronoun)
    out.sort(key=lambda c: -len(c[1]))
    return tuple(out)


def match_word(lex: Lexicon, key: str, *, ta_marbuta: bool = False) -> tuple[TriggerEntry, str] | None:
    """The lexicon entry a word key carries and its proclitic, or None (the longest stem wins).

    ``ta_marbuta``: the written word ends in ة, so its final ه (in the key) is no pronoun (وزارة is not و + زار + ه).
    """
    best: tuple[int, TriggerEntry, str] | None = None
    for verbs, table in ((False, lex.nouns), (True, lex.verbs)):
        for p, core, e in _word_candidates(key, verbs):
            if ta_marbuta and e == "ه":
                continue
            entry = table.get(core)
            if entry is None:
                continue
            if best is None or len(core) > best[0]:
                best = (len(core), entry, p)
            break
    return None if best is None else (best[1], best[2])


class EventExtractor:
    """Pipeline component ``events``: fills ``doc.events`` (mentions with ``event_id`` from coreference)."""

    name = "events"
    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self,
        *,
        lexicon: Lexicon | None = None,
        coreference: bool = True,
        overwrite: bool = True,
        date_scope: str = "clause",
        statement_time: bool = False,
    ) -> None:
        """``date_scope``: where an event's date is looked for: "clause" (the trigger's clause and 3 tokens
        either side, inside the statement content), "content" (the sentence, inside the content) or "sentence".
        ``statement_time``: when the clause has no date, use the time of the governing statement (off by default:
        on the dev gold the time of saying is rarely the time of the event — date accuracy 0.867 → 0.835)."""
        if date_scope not in ("clause", "content", "sentence"):
            raise MarsadError(f"events: date_scope must be clause, content or sentence, not {date_scope!r}")
        self.date_scope = date_scope
        self.statement_time = statement_time
        self._lexicon = lexicon
        self._negation_keys: dict[str, frozenset[str]] = {}
        self.coreference = coreference
        self.overwrite = overwrite

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    def _negated_any(self, sent: _Sent, k_any: int) -> bool:
        """A negation cue within six words before أي at k_any, or a denial verb within twelve (نفى ألبيرق، في مؤتمر
        صحفي، عقد أي لقاء): modality.tsv's "before" and "governs" negations."""
        before, governs = self._negations("before"), self._negations("governs")
        for b in range(max(0, k_any - 12), k_any):
            k = sent.keys[b]
            if k in governs or strip_key(k) in governs:
                return True
            if b >= k_any - 6 and (k in before or strip_key(k) in before):
                return True
        return False

    def _negations(self, where: str) -> frozenset[str]:
        """modality.tsv's negation cues of one kind: "before" (لم، لن، عدم …) or "governs" (نفى، تنفي …)."""
        found = self._negation_keys.get(where)
        if found is None:
            mod = self.lexicon.modality
            found = self._negation_keys[where] = frozenset(k for k, cues in mod.items() if ("negated", where) in cues)
        return found

    def __call__(self, doc: Document) -> Document:
        if doc.events and not self.overwrite:
            return doc
        events: list[Event] = []
        tokens = doc.tokens
        ti = 0
        entity_index = SpanIndex([(e.start, e.end) for e in doc.entities])
        time_index = SpanIndex([(t.start, t.end) for t in doc.times])
        statement_index = SpanIndex([(st.content.start, st.content.end) for st in doc.statements])
        cue_starts = sorted(st.cue.start for st in doc.statements)
        speakers = [(st.speaker.start, st.speaker.end) for st in doc.statements if _named_source(doc, st.speaker)]
        match_report = _sports_report(doc)
        for sentence in doc.sentences:
            while ti < len(tokens) and tokens[ti].end <= sentence.start:
                ti += 1
            tj = ti
            while tj < len(tokens) and tokens[tj].start < sentence.end:
                tj += 1
            toks = without_hashtag_marks(tokens[ti:tj])  # "#هجوم_كيمياوي": the words, as if spaced
            ti = tj
            if not toks:
                continue
            keys = [lookup_key(t.text) for t in toks]
            sent = _Sent(
                sentence,
                toks,
                keys,
                [strip_key(k) for k in keys],
                [doc.entities[i] for i in entity_index.starting_in(sentence.start, sentence.end)],
                [doc.times[i] for i in time_index.starting_in(sentence.start, sentence.end)],
                statement_index,
                cue_starts[bisect_left(cue_starts, sentence.start) : bisect_left(cue_starts, sentence.end)],
                [(a, b) for a, b in speakers if sentence.start <= a < sentence.end],
                match_report,
            )
            events.extend(self._sentence_events(doc, sent))
        _anaphoric_types(events)
        if _disaster_report(doc):
            # "أعلن الدفاع المدني مقتل 1020 شخصا" in an earthquake report: deaths with no one who killed are the
            # disaster's toll, not political violence (an attack in the same report keeps its own trigger)
            events = [e for e in events if e.actors or lookup_key(e.trigger.text.split()[0]) not in _DEATH_TRIGGERS]
        doc.events = events
        if self.coreference:
            from marsad.events.coref import assign_event_ids

            assign_event_ids(doc)
        return doc

    # -- triggers -------------------------------------------------------------------------------------------
    def _in_entity(self, sent: _Sent, start: int, end: int) -> bool:
        return any(e.start <= start and end <= e.end and e.type != "MISC" for e in sent.entities)

    @staticmethod
    def _in_speaker(sent: _Sent, trig: _Trigger) -> bool:
        """A noun inside the name of who spoke (مركز طب الطوارئ والدعم، لجنة التحقيق في الهجوم) names no event; the
        speaker's head itself may be one ("وأضافت أن الوساطة المصرية دعت إلى …")."""
        return trig.entry.pos == "N" and any(a < trig.start and trig.end <= b for a, b in sent.speakers)

    def _in_time(self, sent: _Sent, trig: _Trigger) -> bool:
        """Inside a time expression (فجر اليوم: dawn, not a bombing)."""
        return any(t.start <= trig.start and trig.end <= t.end for t in sent.times)

    def _needs_ok(self, sent: _Sent, entry: TriggerEntry, end_tok: int) -> bool:
        if not entry.needs:
            return True
        w = entry.needs_window
        if (
            entry.pos == "N"
            and entry.plover in ("FIGHT", "ASSAULT")
            and end_tok < len(sent.keys)
            and self._light_verb_with_pronoun(sent.keys[end_tok])
        ):
            return True  # "بضربة نفذتها طائرة مسيرة": carried out by someone, an act whatever its qualifier
        if (
            entry.pos == "N"
            and entry.plover in ("FIGHT", "ASSAULT")
            and any(k.lstrip("وف") in _ATTACK_LIGHT_VERBS for k in sent.keys[max(0, end_tok - 5) : end_tok - 1])
        ):
            return True  # "نفذت القوات الأمريكية ضربات على …"، "شن الطيران ضربات": launched, so an attack
        hi = _window_end(sent, end_tok, w)
        for k, b in zip(sent.keys[end_tok:hi], sent.bare[end_tok:hi], strict=False):
            if k in entry.needs or b in entry.needs or "ال" + b in entry.needs:
                return True
        if _own_pronoun_listed(entry.needs, sent.keys[end_tok - 1]):
            return True  # "لتفريقهم": the crowd named before, as the pronoun on the trigger
        if entry.pos == "V" and end_tok >= 3 and sent.keys[end_tok - 2] in ("التي", "الذي"):
            # "قافلة المساعدات التي دخلت الغوطة": the needed word is the noun the relative clause describes
            lo = max(0, end_tok - 2 - w)
            if any(
                k in entry.needs or "ال" + b in entry.needs
                for k, b in zip(sent.keys[lo : end_tok - 2], sent.bare[lo : end_tok - 2], strict=False)
            ):
                return True
        if not entry.takes_needed:
            # a word that only licenses the reading may stand before it too (القوات … أوقفت، الرئيس استقبل)
            lo = max(0, end_tok - 1 - w)
            for k, b in zip(sent.keys[lo : end_tok - 1], sent.bare[lo : end_tok - 1], strict=False):
                if k in entry.needs or b in entry.needs or "ال" + b in entry.needs:
                    return True
            if entry.plover == "COERCE" and end_tok < len(sent.keys) and sent.keys[end_tok] in _PASSIVE_NEXT:
                return True  # "أوقف في العراق"، "الذي أوقف في براغ": was arrested (the active verb takes an object)
        if _NAMED_PLACE in entry.needs:
            # "LOC" among the needed words: a named place below a country (سقوط الفاشر)
            for q in range(end_tok, min(end_tok + w, len(sent.tokens))):
                ent = self._entity_at(sent, q)
                if ent is not None and ent.type == "LOC" and ent.place is not None and not self._actorish(ent):
                    return True  # a place the gazetteer knows (not الاتحاد السوفياتي), below a country
        return False

    def _phrase_index(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Phrase positions by first word and by stripped first word, built once: trying every phrase of the
        lexicon at every token was half of the whole pipeline's time."""
        cached = getattr(self, "_phrase_index_cache", None)
        if cached is None or cached[0] is not self.lexicon:
            by_first: dict[str, list[int]] = {}
            by_stripped: dict[str, list[int]] = {}
            for index, (words, _entry) in enumerate(self.lexicon.phrases):
                by_first.setdefault(words[0], []).append(index)
                by_stripped.setdefault(strip_key(words[0]), []).append(index)
            cached = (self.lexicon, (by_first, by_stripped))
            self._phrase_index_cache = cached
        return cached[1]

    def find_triggers(self, sent: _Sent) -> list[_Trigger]:
        lex = self.lexicon
        out: list[_Trigger] = []
        tolls: list[_Trigger] = []  # passive verbs of killing before a count (قتل 27 شخصا)
        toks, keys = sent.tokens, sent.keys
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not is_arabic_word(tok):
                i += 1
                continue
            found = None
            first = keys[i]
            stripped = strip_key(first)
            by_first, by_stripped = self._phrase_index()
            candidates = sorted({*by_first.get(first, ()), *by_first.get(stripped, ()), *by_stripped.get(stripped, ())})
            for index in candidates:
                words, entry = lex.phrases[index]
                n = len(words)
                if i + n > len(toks):
                    continue
                if all(keys[i + k] == words[k] for k in range(1, n)):
                    found = _Trigger(i, i + n, entry, 0, 0)
                    break
            if found is None:
                m = match_word(lex, keys[i], ta_marbuta=_ends_in_ta_marbuta(tok.text))
                clause_start = m is not None and (
                    m[1] in ("و", "ف")
                    # (a dateline's end opens the report: "طرابلس - رفض مجلس النواب …")
                    or (
                        m[1] == ""
                        and (i == 0 or toks[i - 1].text in ("،", ",") or tok.start == sent.sentence.body_start)
                    )
                )
                if m is not None and m[0].pos == "N" and clause_start and i + 1 < len(toks):
                    # "ورفض الاتحاد …"، "وقصف الجيش …": a clause opening with و + a bare form that is both a verbal
                    # noun and a past verb, then a definite phrase or a name, is the verb (VSO)
                    verb = lex.verbs.get(keys[i][len(m[1]) :])
                    nxt = keys[i + 1]
                    # (or a nominative plural in ون, which no verbal noun takes as its genitive: "وقطع محتجون الطريق")
                    plural_subject = len(nxt) >= 5 and nxt.endswith("ون") and not nxt.startswith(("ي", "ت", "ن"))
                    if verb is not None and (
                        nxt.startswith("ال") or plural_subject or self._entity_at(sent, i + 1) is not None
                    ):
                        m = (verb, m[1])
                elif m is not None and m[0].pos == "N" and m[1] == "" and i > 0 and keys[i - 1] in _SUBJECT_PRONOUNS:
                    m = (lex.verbs.get(keys[i]) or m[0], m[1])  # "زعم الجيش أنه قصف مركزا": the verb, after أنه
                elif (
                    m is not None
                    and m[0].pos == "N"
                    and m[1] == ""
                    and i + 1 < len(toks)
                    and (verb := lex.verbs.get(keys[i])) is not None
                    and self._named_subject_before(sent, i)
                    and is_arabic_word(toks[i + 1])
                ):
                    m = (verb, m[1])  # "إن الجيش السوري قصف مدينة إدلب": a named subject opens its clause (SVO)
                if m is not None and m[0].lemma in _ONLY_AFTER_BI and not m[1].endswith("ب"):
                    m = None  # بنيران الجيش is gunfire; النيران alone is mostly a blaze (أضرم المحتجون النيران)
                if m is not None and self._needs_ok(sent, m[0], i + 1):
                    found = _Trigger(i, i + 1, m[0], 0, 0, future="س" in m[1])
            if found is None or self._blocked(sent, found):
                if found is not None and self._only_a_toll(sent, found):
                    tolls.append(found)  # kept only when the sentence names no attack to carry the toll (below)
                i += 1
                continue
            if found.entry.needs and found.entry.takes_needed:
                # the context word belongs to the trigger phrase (وقف إطلاق النار، أطلق صواريخ): consume it
                for j in range(found.end_tok, _window_end(sent, found.end_tok, found.entry.needs_window)):
                    if keys[j] in found.entry.needs or sent.bare[j] in found.entry.needs:
                        found.end_tok = j + 1
                        if found.end_tok < len(toks) and strip_key(keys[found.end_tok]) in ("نار", "رصاص"):
                            found.end_tok += 1  # وقف إطلاق النار: the whole fixed phrase
                        break
            start = toks[found.tok].start
            # the trigger span leaves out a leading conjunction (وسيطرت → سيطرت), keeps the rest of the word
            first_text = toks[found.tok].text
            if first_text[:1] in ("و", "ف") and keys[found.tok][:1] in ("و", "ف") and found.entry.pos != "P":
                plain = match_word(lex, keys[found.tok][1:])
                if plain is not None and (plain[0] is found.entry or lex.verbs.get(keys[found.tok][1:]) is found.entry):
                    start += 1
            found.start, found.end = start, toks[found.tok].end
            if found.entry.pos == "P":
                found.end = toks[found.end_tok - 1].end
            if (
                self._in_entity(sent, found.start, found.end)
                or self._in_time(sent, found)
                or self._in_speaker(sent, found)
            ):
                i = found.end_tok
                continue
            if self._apposition(sent, found, out[-1] if out else None):
                i = found.end_tok
                continue
            if (
                out
                and found.entry.pos == "N"
                and out[-1].entry.pos == "V"
                and out[-1].entry.lemma == found.entry.lemma
                and out[-1].end_tok == found.tok
                and keys[found.tok].endswith("ا")
                and not keys[found.tok].startswith(("ال", "و", "ف", "ب", "ل"))
            ):
                i = found.end_tok  # "ترفض رفضا قاطعا": the cognate accusative repeats its verb's act
                continue
            if found.entry.lemma == "احتجاجيه" and found.tok > 0:
                if out and out[-1].entry.plover == "PROTEST" and out[-1].end_tok == found.tok:
                    i = found.end_tok  # "التظاهرات الاحتجاجية": the adjective of the protest just told
                    continue
                if strip_key(keys[found.tok - 1]) in ("حركه", "حراك"):
                    i = found.end_tok  # "الحركة الاحتجاجية": the movement, an actor, no protest of its own
                    continue
            if (
                found.entry.lemma in _DESTROYING
                and out
                and out[-1].entry.lemma in _INTERCEPTING
                and keys[found.tok][:1] == "و"
                and (
                    found.tok == out[-1].end_tok
                    or (found.tok - out[-1].end_tok <= 3 and keys[found.tok].endswith(("ه", "ها", "هما", "هم")))
                )
            ):
                # "اعتراض وتدمير طائرة مسيرة"، "اعترضت الصاروخ ودمرته": the weapon intercepted is destroyed, one act
                i = found.end_tok
                continue
            if self._motive_accusative(sent, found, out):
                i = found.end_tok  # "تظاهر المئات … احتجاجا على النتائج"، "رفضا لرموز النظام": why, not what
                continue
            # (past a drone word, itself found as a march that refine.tsv drops: غارة بطائرة مسيرة استهدفت)
            attack = next((t for t in reversed(out) if t.entry.lemma != "مسيره"), None)
            if _restates_attack(sent, found, attack) or self._restated_after_its_agent(sent, found, attack):
                attack.restated_by = found.tok  # type: ignore[union-attr]  # its object is what the attack hit
                i = found.end_tok
                continue
            if _means_of_attack(sent, found, attack):
                attack.means_end = found.end_tok  # type: ignore[union-attr]
                i = found.end_tok  # "تفجير انتحاري بسيارة مفخخة": the car bomb is how, one attack
                continue
            out.append(found)
            i = found.end_tok
        violent = [t for t in out if t.entry.plover in ("FIGHT", "ASSAULT")]
        if violent and all(t.entry.lemma in _MISHAP_LEMMAS for t in violent) and self._accident(sent):
            # "مقتل مدرب أمريكي في حادث تحطم مروحية": a death in an accident, killed by no one; "دمرت الهزة مئات
            # المنازل": a disaster's ruin
            out = [t for t in out if t.entry.lemma not in _MISHAP_LEMMAS]
        if tolls and not any(t.entry.plover in ("FIGHT", "ASSAULT") for t in out) and not self._mishap(sent):
            # "قتل أربعة متظاهرين الاثنين في ساحة التحرير، عندما أطلقت قوات الأمن الغاز": no attack word carries the
            # deaths, so the killing is the event (not an accident or a disaster's toll)
            for toll in tolls:
                toll.start = toks[toll.tok].start + (1 if keys[toll.tok][:1] in ("و", "ف") else 0)
                toll.end = toks[toll.tok].end
                toll.toll = True
            out = sorted([*out, *tolls], key=lambda t: t.tok)
        return out

    @staticmethod
    def _motive_accusative(sent: _Sent, found: _Trigger, out: list[_Trigger]) -> bool:
        """An indefinite accusative noun of rejection or protest before its ل / على complement (رفضا لـ، احتجاجا على)
        says why people acted: a rejection so named is no act of its own, and a protest repeats one named before it
        in the sentence (a protest so named alone, "خرج الآلاف احتجاجا على …", stays the event)."""
        k = sent.keys[found.tok]
        if found.entry.pos != "N" or not k.endswith("ا") or k.startswith(("ال", "و", "ف", "ب", "ل")):
            return False
        if k.endswith(("ها", "نا")):
            return False  # "أكدت رفضها لأي محاولة": her rejection, with its pronoun, is an act of its own
        nxt = sent.keys[found.end_tok] if found.end_tok < len(sent.keys) else ""
        if not (nxt == "علي" or (nxt[:1] == "ل" and len(nxt) > 2)):
            return False
        if found.entry.plover == "REJECT":
            return True
        # (a road block before it is dropped for it in refine.tsv: بقطع الطريق احتجاجا على … is one protest, so named)
        return found.entry.plover == "PROTEST" and any(
            t.entry.plover == "PROTEST" and t.entry.lemma not in _ROAD_BLOCKS for t in out
        )

    @staticmethod
    def _combatants_killed(sent: _Sent, trig: _Trigger) -> bool:
        """Fighters, soldiers or police are among the words counted after the verb of killing (قتل 12 جنديا)."""
        return any(b in _FIGHTERS_KILLED or b in _FORCES_KILLED for b in sent.bare[trig.end_tok : trig.end_tok + 5])

    @staticmethod
    def _accident(sent: _Sent) -> bool:
        """The sentence tells of an accident, a fire, an illness or a disaster (the mishap words, not a sum; a
        road accident by its two words: حادث سير / مرور, as سير and مرور alone are also "course" and "passage")."""
        road = any(a in ("حادث", "حوادث") and b in _ROAD for a, b in pairwise(sent.bare))
        return road or any(k in _DISASTERS or b in _MISHAPS for k, b in zip(sent.keys, sent.bare, strict=True))

    @classmethod
    def _mishap(cls, sent: _Sent) -> bool:
        """The sentence tells of an accident or a disaster (حادث سير، غرق قارب، زلزال), whose dead no one killed, or
        sums the dead of a war or a period (منذ بدء النزاع)."""
        return cls._accident(sent) or any(b in _CUMULATIVE for b in sent.bare)

    def _owner_after(self, doc: Document, sent: _Sent, trig: _Trigger, hi: int) -> Span | None:
        """A force after ل right after an indefinite attack noun and its adjectives (قصف جوي لقوات النظام)."""
        key = sent.keys[trig.tok]
        if _definite_key(key) or (key.endswith(("ه", "ها", "هم", "هما")) and not key.endswith("يه")):
            return None  # (a possessed noun, "استهدافها لحركة الملاحة": its pronoun acts, the ل-phrase suffers)
        k = trig.end_tok
        while (
            k < hi
            and k - trig.end_tok < 2
            and (
                _adjective_key(sent.keys[k], sent.tokens[k].text)
                or _nisba_adjective(sent.keys[k])
                or sent.keys[k] in ("جوي", "بري", "بحري")
            )
        ):
            k += 1
        if k >= hi or sent.keys[k][:1] != "ل" or sent.keys[k].startswith("ال"):
            return None
        np = self._np_at(doc, sent, k, set(), loose=True)
        if np is None or actor_kind(np[0]) is None:
            return None
        return np[0]

    def _inside_org(self, sent: _Sent, trig: _Trigger) -> bool:
        """The trigger word lies inside an ORG entity of two or more words (its clitics may lie outside)."""
        tok = sent.tokens[trig.tok]
        return any(e.type == "ORG" and " " in e.text and e.start < tok.end and tok.start < e.end for e in sent.entities)

    def _blocked(self, sent: _Sent, trig: _Trigger) -> bool:
        """Trigger words that here name a state, an institution or a toll rather than an event."""
        prev = sent.bare[trig.tok - 1] if trig.tok > 0 else ""
        prev_key = sent.keys[trig.tok - 1] if trig.tok > 0 else ""
        nxt = sent.keys[trig.end_tok] if trig.end_tok < len(sent.keys) else ""
        # لجنة العقوبات، وزارة الدفاع: an indefinite head in construct names an institution; a definite one does not
        # (وأعلنت الوزارة تدمير 14 عربة)
        definite_prev = prev_key.startswith(("ال", "وال", "بال", "فال", "لل"))
        if trig.entry.pos != "V" and (prev_key in _BLOCK_BEFORE or (prev in _BLOCK_BEFORE and not definite_prev)):
            return True
        if trig.entry.pos == "V" and prev_key in _RELATIVE and nxt in _STATE_AFTER:
            return True  # المناطق التي تسيطر عليها: who holds an area, not a take-over
        if trig.entry.pos != "V" and prev_key in _ANY and not sent.keys[trig.tok].startswith("ال"):
            # "رفض أي اعتداء على السيادة"، "ستدافع عن نفسها ضد أي هجوم": no particular attack; denied ones stay, as
            # negated events a claim can oppose (لم تنفذ أي غارات، نفت شن أية ضربات). "أي الوساطة" is "that is, …"
            if not self._negated_any(sent, trig.tok - 1):
                return True
        key = sent.keys[trig.tok]
        if trig.entry.pos != "V" and self._inside_org(sent, trig):
            return True  # "هجوم للدعم السريع": the word opens a body's name (قوات الدعم السريع), no support given
        if trig.entry.lemma == "دعوه" and key.startswith("ب") and nxt == "من":
            return True  # بدعوة من الحكومة: at someone's invitation, not a demand
        if trig.entry.plover == "SUPPORT" and trig.entry.pos != "V" and (nxt[:1].isdigit() or nxt in _NUMBERISH):
            return True  # تأييد 34 في المئة: a poll figure
        if trig.entry.lemma in ("مسيره", "مسيرات") and sent.tokens[trig.tok].text.endswith(_POSSESSED):
            return True  # مسيرته الفنية: someone's career, not a march (37 of 37 on unseen ANT news)
        if trig.entry.lemma == "مسيره" and key.startswith(("بالمسيرات", "وبالمسيرات")):
            return True  # "بتزويد الدعم السريع بالمسيرات": drones as the means (not "قام المحتجون بمسيرة")
        if trig.entry.pos == "N" and key[:1] == "و" and self._coordinated_result(sent, trig):
            return True  # "مما أسفر عن سقوط قتلى وجرحى وتدمير آليات": the strike's toll, not an event of its own
        if trig.entry.lemma == "قمه" and key.lstrip("وف") == "لقمه" and nxt == "العيش":
            return True  # "لقمة العيش" (a living), not ل + قمة (a summit)
        if key in ("فجرا", "وفجرا"):
            return True  # "at dawn" (فجرًا), far more often than the dual "the two blew up"
        if trig.entry.lemma == "اجلي" and key.lstrip("وف").startswith("نجل"):
            return True  # "نجلي الرئيس" (the president's two sons), not "we evacuate"
        if key in ("وفر", "ووفر") and nxt[:1] == "ل" and not nxt.startswith("ال"):
            return True  # "وفّر لها تنوعا": provided, not و + فر (fled)
        if trig.entry.lemma == "قاتل" and key in ("قاتل", "وقاتل", "لقاتل", "فقاتل"):
            return True  # "killer" or "deadly" (قاتل الطفل، حادث مرور قاتل، هدف قاتل): the verb is rare in news
        if trig.entry.lemma == "تقدم" and trig.entry.pos == "V" and nxt[:1] == "ب":
            return True  # تقدم بطلب / بشكوى / بها: submitted, not advanced
        if trig.entry.lemma in _STATIVE and trig.entry.pos == "V" and key.lstrip("وف")[:1] in ("ي", "ت", "ن"):
            return True  # تسيطر / يسيطر: holding an area now, not taking it
        if (
            trig.entry.lemma in _DESTROY_LEMMAS
            and trig.entry.pos != "V"
            and prev_key in _RESULT_BEFORE
            and trig.tok >= 2
            and strip_key(sent.keys[trig.tok - 2]).startswith(_RESULT_VERBS)
        ):
            return True  # "الغارة أدت إلى تدمير الشقة": what the strike did, not a second event
        if trig.entry.lemma in _KILL_LEMMAS:
            reported = prev_key in ("الي", "عن") and self._reported_through(sent, trig.tok - 1)
            if (prev_key in _RESULT_BEFORE and not reported) or key.startswith(("بمقتل", "لمقتل", "بقتل")):
                return True
            if trig.entry.pos == "V" and _agent_after(sent, trig) is not None:
                return False  # "1068 مدنيا قتلوا على يد عناصر من قوات الأمن": the killers are named, an act of its own
            if self._toll_of_attack_after(sent, trig):
                return True  # مقتل 20 شخصا على الأقل في غارة: the strike's toll; the strike's trigger reports it
            if self._passive_toll(sent, trig):
                return True
            if (
                trig.entry.pos == "V"
                and key.endswith(("وا", "ا"))
                and any(
                    # (before a passive verb of killing a dual counts like a number: "إن جنديين قتلا" is a toll)
                    k[:1].isdigit() or strip_key(k) in _NUMBERISH or strip_key(k) in DUAL_PEOPLE
                    for k in sent.keys[max(0, trig.tok - 6) : trig.tok]
                )
            ):
                return True  # 7 فلسطينيين قتلوا …: the same toll, subject first
        return False

    def _only_a_toll(self, sent: _Sent, trig: _Trigger) -> bool:
        """A blocked verb of killing that was blocked as a passive toll only: no result verb before it (أسفر عن), no
        attack after it (قتل 20 شخصا في غارة)."""
        if not self._passive_toll(sent, trig) or sent.keys[trig.tok].lstrip("وف") not in _TOLL_FORMS:
            return False  # (not لقتل, a purpose: "خططوا لقتل عشرات"; not قتلاهم, "their dead")
        prev_key = sent.keys[trig.tok - 1] if trig.tok > 0 else ""
        return prev_key not in _RESULT_BEFORE and not self._toll_of_attack_after(sent, trig)

    @staticmethod
    def _passive_toll(sent: _Sent, trig: _Trigger) -> bool:
        """قتل 27 شخصا، قتل متظاهران: a passive verb of killing before its count, a toll whose event is the attack it
        reports; "قال الجيش إنه قتل 40 مسلحا" is the army's own act (a pronoun subject and fighters counted)."""
        if trig.entry.lemma not in _KILL_LEMMAS or trig.entry.pos != "V" or trig.end_tok >= len(sent.keys):
            return False
        nxt = sent.keys[trig.end_tok]
        if not (
            nxt[:1].isdigit()
            or strip_key(nxt) in _NUMBERISH
            # a nominative dual is the passive's subject (قتل متظاهران); the oblique, its object (قتل شخصين)
            or (strip_key(nxt) in DUAL_PEOPLE and nxt.endswith("ان"))
        ):
            return False
        if _active_feminine_kill(sent, trig):
            return False  # "سيطرت على القاعدة وقتلت 47 جنديا": a group or a force killed them
        if sent.keys[trig.tok].endswith("وا"):
            return False  # "عناصر من الدعم السريع قتلوا ما لا يقل عن 460 شخصا": a plural with a counted object
        fighters = any(b in _FIGHTERS_KILLED for b in sent.bare[trig.end_tok : trig.end_tok + 5])
        prev_key = sent.keys[trig.tok - 1] if trig.tok > 0 else ""
        return not (prev_key in _SUBJECT_PRONOUNS and fighters)

    def _coordinated_result(self, sent: _Sent, trig: _Trigger) -> bool:
        """Within eight words before the noun, with no punctuation between, "أسفر / أدى" and عن / إلى: the noun
        joined by و to what the result clause lists is a consequence of the event before it."""
        for k in range(trig.tok - 1, max(0, trig.tok - 9) - 1, -1):
            key = sent.keys[k]
            if not is_arabic_word(sent.tokens[k]) and not key[:1].isdigit():
                return False
            if key in _RESULT_BEFORE and k > 0 and strip_key(sent.keys[k - 1]).startswith(_RESULT_VERBS):
                return True
        return False

    def _reported_through(self, sent: _Sent, prep: int) -> bool:
        """The إلى / عن at ``prep`` belongs to a statement's cue a few words before it, its subject between (أشار
        المتحدث العسكري إلى مقتل …، مشيرا إلى مقتل، كشف عن مقتل), not to a result verb (أدى القصف إلى مقتل …)."""
        for q in range(prep - 1, max(-1, prep - 5), -1):
            at = sent.tokens[q].start
            i = bisect_left(sent.cue_starts, at)
            if i < len(sent.cue_starts) and sent.cue_starts[i] < sent.tokens[q].end:
                return True
            if not sent.tokens[q].text.isalpha() or strip_key(sent.keys[q]).startswith(_RESULT_VERBS):
                return False  # (وقال إنه أدى إلى مقتل: the result verb's toll, whatever cue came before)
        return False

    def _toll_of_attack_after(self, sent: _Sent, trig: _Trigger) -> bool:
        """A killing word with a count right after it and, within ten words, "في / جراء / خلال / إثر" (or بـ on the
        noun) and an attack noun (غارة، قصف، هجوم، انفجار …): the killing is that attack's toll, not an event of its
        own ("مقتل 20 شخصا على الأقل في غارة"; a named victim, "قتل اللواء … في الهجوم", keeps its event)."""
        nxt = sent.keys[trig.end_tok] if trig.end_tok < len(sent.keys) else ""
        counted = nxt[:1].isdigit() or strip_key(nxt) in _NUMBERISH or strip_key(nxt) in ("ما", "نحو", "حوالي")
        if not (counted or _counted(sent, trig.end_tok)):  # (or a noun and its number: مقتل مستوطنين اثنين)
            return False
        end = min(len(sent.keys), trig.end_tok + 10)
        for k in range(trig.end_tok, end):
            key = sent.keys[k]
            if key in (".", "؟", "!") or self.lexicon.verbs.get(key) is not None:
                return False  # another clause: "قتل 3 وأصيب 5 في هجوم" still has its own verbs
            if key in ("في", "جراء", "خلال", "اثر") and k + 1 < end and _attack_noun(self.lexicon, sent.keys[k + 1]):
                return True
            if key.startswith("ب") and not key.startswith("بال") and _attack_noun(self.lexicon, key[1:]):
                return True
        return False

    def _apposition(self, sent: _Sent, trig: _Trigger, previous: _Trigger | None) -> bool:
        """حق النقض (الفيتو): the same act named again in brackets or quotes right after."""
        if previous is None or previous.entry.plover != trig.entry.plover:
            return False
        between = sent.keys[previous.end_tok : trig.tok]
        return 1 <= len(between) <= 2 and all(k in ("(", '"', "«", ")", "-") for k in between)

    # -- typing ---------------------------------------------------------------------------------------------
    def _refine(self, sent: _Sent, trig: _Trigger) -> tuple[str, list[str] | None]:
        plover = trig.entry.plover
        acled = list(trig.entry.acled) if trig.entry.acled else None
        changed_type = changed_acled = False
        for rule in self.lexicon.refine:
            applies, _, lemmas = rule.applies_to.partition(":")
            if applies.startswith("*!"):
                if trig.entry.plover in applies[2:].split("|"):
                    continue  # "*!COERCE": every type but those named
            elif applies not in ("*", trig.entry.plover):
                continue
            if lemmas and trig.entry.lemma not in {lookup_key(x) for x in lemmas.split("|")}:
                continue
            if rule.context:
                # a one-sided window counts from the trigger word, so that the words it took in count (إطلاق
                # النار، ضربة صاروخية); the word's own key never does (its bare form may: مسيرتين, two drones)
                end = trig.tok + 1 if rule.head_only else trig.end_tok
                lo, hi = max(0, trig.tok - rule.before), min(len(sent.tokens), end + rule.after)
                ctx = set(sent.keys[lo:hi]) | set(sent.bare[lo:hi])
                ctx -= {sent.keys[trig.tok]}
                if any(sent.keys[k] in _CLUB_WORDS and sent.keys[k + 1] in _NOT_SPORTS for k in range(lo, hi - 1)):
                    ctx -= _CLUB_WORDS  # "نادي الأسير الفلسطيني" (the Prisoners' Club) makes no sports report
                # a pronoun among the context words is also the one on the trigger itself (لتفريقهم)
                own = _own_pronoun_listed(rule.context, sent.keys[trig.end_tok - 1])
                if not ctx & rule.context and not own:
                    continue
                if rule.plover == "CRIME" and self._war_crimes_only(sent, lo, hi, rule.context):
                    continue  # "اعتبرت الغارات جريمة حرب": a charge against an attack, no ordinary crime
                if rule.plover == "CRIME" and self._forces_fire(sent, trig, lo, hi):
                    continue  # "قواته أطلقت النار على مشتبه بهم اقتربوا": troops firing, no crime story
            if rule.plover != "=" and not changed_type:
                plover, changed_type = rule.plover, True
            if not changed_acled and rule.acled_type == "-":
                acled, changed_acled = None, True
            elif not changed_acled and (rule.acled_type != "=" or rule.acled_sub != "="):
                cur = acled or ["", ""]
                acled = [
                    cur[0] if rule.acled_type == "=" else rule.acled_type,
                    cur[1] if rule.acled_sub == "=" else rule.acled_sub,
                ]
                changed_acled = True
        if acled is not None and not acled[0]:
            acled = None
        return plover, acled

    @staticmethod
    def _forces_fire(sent: _Sent, trig: _Trigger, lo: int, hi: int) -> bool:
        """Opening fire (أطلق / إطلاق / فتح النار) with an army or its troops named in [lo, hi), or a clash with
        suspects in which members of the security forces died ("اشتباك مع المشتبه بهم … قتل خلاله أربعة من عناصر
        الأمن": a security operation, no crime; session 32)."""
        if trig.entry.lemma in _OPENING_FIRE:
            return any(sent.bare[k] in _TROOPS or sent.keys[k] in _TROOPS for k in range(lo, hi))
        if trig.entry.lemma in _SUSPECT_CLASHES:
            # (anywhere in the sentence: the toll often comes a clause after the clash)
            bare = sent.bare
            return any(
                bare[k] in ("عناصر", "افراد")
                and (
                    bare[k + 1] in _SECURITY or (bare[k + 1] == "من" and k + 2 < len(bare) and bare[k + 2] in _SECURITY)
                )
                for k in range(len(bare) - 1)
            )
        return False

    @staticmethod
    def _war_crimes_only(sent: _Sent, lo: int, hi: int, context: frozenset[str]) -> bool:
        """Every context word of a CRIME rule in [lo, hi) is جريمة / جرائم followed by حرب or ضد الإنسانية."""
        hits = [k for k in range(lo, hi) if sent.keys[k] in context or sent.bare[k] in context]
        if not hits:
            return False
        for k in hits:
            nxt = sent.bare[k + 1] if k + 1 < len(sent.bare) else ""
            if strip_key(sent.keys[k]) not in ("جريمه", "جرائم") or nxt not in ("حرب", "ضد"):
                return False
        return True

    # -- arguments ------------------------------------------------------------------------------------------
    def _entity_at(self, sent: _Sent, k: int) -> Entity | None:
        tok = sent.tokens[k]
        for e in sent.entities:
            if e.start < tok.end and tok.start < e.end:
                return e
        return None

    def _wa_subject_end(self, sent: _Sent, k: int) -> int | None:
        """Token k is a name or a generic actor with the conjunction و on it (وواشنطن، والمعارضة): the token after
        that phrase, else None."""
        if not sent.keys[k].startswith("و") or len(sent.keys[k]) < 4:
            return None
        ent = self._entity_at(sent, k)
        if ent is None:
            return k + 1 if sent.keys[k][1:] in _ACTOR_HEADS else None
        if ent.type == "MISC" or not (sent.tokens[k].start < ent.start <= sent.tokens[k].start + 2):
            return None  # the name starts right after the و of its first token
        after = k
        while after < len(sent.tokens) and sent.tokens[after].start < ent.end:
            after += 1
        return after

    def _named_subject_after_wa(self, sent: _Sent, k: int, trig: _Trigger) -> bool:
        """Token k opens a و + name phrase, and the trigger verb, or a light verb right before the trigger noun,
        follows it (وواشنطن ترد بغارات، والمعارضة تقصف)."""
        if k >= trig.tok or (after := self._wa_subject_end(sent, k)) is None or after >= len(sent.keys):
            return False
        if sent.keys[after].endswith(("ان", "ون", "وا")):
            return False  # a dual or plural verb has the whole coordination as its subject (الجيش والشرطة يقتحمان)
        if sent.keys[after].endswith(("هما", "هم", "هن", "ها")):
            return False  # "سليمان الفرا ومحمد البنا اغتالتهما إسرائيل": the names are the object, resumed
        if trig.entry.pos == "V":
            # "فرقت التجمعات في الرباط والدار البيضاء واعتقلت": a verb with و of its own goes on with the clause
            # before; the name is the last of a list
            wa_on_verb = sent.keys[trig.tok].startswith("و") and trig.start > sent.tokens[trig.tok].start
            return after == trig.tok and not wa_on_verb
        return after + 1 == trig.tok and sent.keys[after] in self.lexicon.light_verbs

    def _wa_clause_after(self, sent: _Sent, k: int) -> bool:
        """A و + name phrase at token k with a verb of the lexicon right after it starts a clause of its own (الجيش
        يستعيد بلدة في ريف حلب [والمعارضة تقصف] …)."""
        after = self._wa_subject_end(sent, k)
        if after is None or after >= len(sent.keys):
            return False
        key = sent.keys[after]
        if key in self.lexicon.verbs or key in self.lexicon.light_verbs:
            return True
        # a headline's second clause: "إسرائيل تشن ضربات … وطهران ترد بصواريخ" (a name and a short present verb
        # agreeing with it: a place is feminine, so "قرار دعمته الولايات المتحدة وفرنسا يقضي بـ…" goes on)
        name = self._entity_at(sent, k)
        return (
            name is not None
            and self._entity_at(sent, after) is None
            and 3 <= len(key) <= 5
            and key[:1] in (("ت",) if name.type == "LOC" else ("ي", "ت"))
        )

    def _named_subject_before(self, sent: _Sent, k: int) -> bool:
        """An ORG or PER name ends right before token k and opens its clause: at the sentence start, after a
        complementiser (إن، أن) or with و on its first word; a genitive (قصف مواقع الجيش السوري) does not."""
        ent = self._entity_at(sent, k - 1)
        if ent is None or ent.type not in ("ORG", "PER") or ent.end != sent.tokens[k - 1].end:
            return False
        first = sent.token_at(ent.start)
        if first is None:
            return False
        if first == 0:
            return True
        before = sent.keys[first - 1]
        return before in _COMPLEMENTISERS or before in ("و", "ف", "لكن", "ولكن") or sent.tokens[first].start < ent.start

    def _np_at(
        self,
        doc: Document,
        sent: _Sent,
        k: int,
        triggers_at: set[int],
        *,
        loose: bool = False,
        before_object: bool = False,
        sites: bool = False,
    ) -> tuple[Span, int, Entity | None] | None:
        """The noun phrase starting at token k: (span, end token, entity or None).

        A phrase is a named entity, a generic actor head with its definite modifiers (القوات الموالية), a
        quantified one (سبعة محتجين، عشرات من العناصر الأمنية), or with ``loose`` any definite noun (a genitive
        after a construct-state trigger: مغادرة القافلة).
        """
        if k >= len(sent.tokens) or k in triggers_at or k in sent.time_tokens(multiword=True):
            return None  # (a time is no participant)
        if k + 1 < len(sent.keys) and sent.keys[k] in _PERIODS and sent.keys[k + 1] in _PERIOD_ADJECTIVES:
            return None  # "أن تعقد جولة محادثات الأسبوع المقبل": a period the times layer leaves out (FORMAT.md)
        ent = self._entity_at(sent, k)
        if ent is not None:
            end = k
            while end < len(sent.tokens) and sent.tokens[end].start < ent.end:
                end += 1
            return doc.span(ent.start, ent.end), end, ent
        key, bare = sent.keys[k], sent.bare[k]
        count_end = count_phrase_end(sent.keys, k)
        if (bare in _TITLES or key in _TITLES) and k + 1 < len(sent.tokens):
            # a title before a person's name (رفض الشيخ حكمت الهجري، استقبل الأمير محمد بن سلمان), also over the
            # words of the office (بحث وزير الخارجية المصري سامح شكري، الأمين العام للأمم المتحدة أنطونيو
            # غوتيريش): one phrase
            m = k + 1
            # quotation marks round a body's name do not count as words, and a name counts as one (زعيم حزب حركة
            # "خمس نجوم" لويجي دي مايو)
            free = 0
            while m < len(sent.tokens) and m - k - free <= _TITLE_WORDS:
                if sent.tokens[m].text in _OPEN_QUOTES or sent.tokens[m].text in ('"', "»", "”"):
                    free += 1
                    m += 1
                    continue
                person = self._entity_at(sent, m)
                if person is not None and person.type == "PER" and person.start == sent.tokens[m].start:
                    end = m
                    while end < len(sent.tokens) and sent.tokens[end].start < person.end:
                        end += 1
                    clitic = key[:1] in ("و", "ف") and bare != key and key not in _TITLES  # وزير is no و + زير
                    start = sent.tokens[k].start + (1 if clitic else 0)
                    return doc.span(start, person.end), end, person
                if m in triggers_at or not is_arabic_word(sent.tokens[m]) or sent.keys[m] in _PREPOSITIONS:
                    break
                if person is not None:  # the office's country or body (وزير خارجية الولايات المتحدة)
                    first = m
                    while m < len(sent.tokens) and sent.tokens[m].start < person.end:
                        m += 1
                    free += m - first - 1  # a name counts as one word
                    continue
                construct = (  # "رئيس مجلس النواب نبيه بري": an indefinite title heads a genitive chain
                    not sent.keys[m - 1].startswith(("ال", "لل"))
                    and m + 1 < len(sent.tokens)
                    and sent.keys[m + 1].startswith("ال")
                )
                if not sent.keys[m].startswith(("ال", "لل")) and not construct:
                    break  # an indefinite word starts something else (الرئيس يلتقي، الوزير خلال)
                m += 1
        if count_end == k and (
            key in _PREPOSITIONS
            or bare in _PREPOSITIONS
            or (not is_arabic_word(sent.tokens[k]) and not key[:1].isdigit())
        ):
            return None  # (نحو before a count is "about": نحو ألفي عائلة)
        if key != bare and key[:1] == "ب" and (bare in _MEANS or bare in _QUANTIFIERS):
            # بطائرات مسيرة، بعشرات الصواريخ: the means is no participant (بعض is no ب + عض; بالرئيس after يلتقي is
            # who was met)
            return None
        head = k
        one_of = (key in ONE_OF or bare in ONE_OF) and "_" not in sent.tokens[k].text  # (not #أحد_الشعانين)
        if key[:1].isdigit() or bare in _QUANTIFIERS or key in _QUANTIFIERS or count_end > k or one_of:
            # the counted noun after the count: سبعة محتجين، أكثر من ثلاثة آلاف أسرة، نحو ألفي عائلة; and "one
            # of" a group (أحد المتهمين، إحدى المحاكم)
            head = max(k + 1, count_end)
            if count_end > k + 1 and head < len(sent.keys) and sent.keys[head][:1] in ("ب", "ل", "ك"):
                head = count_end - 1  # "نزوح عشرات الآلاف باتجاه الحدود": the count is the phrase, no noun after it
            elif head < len(sent.keys) and head in sent.time_tokens():
                head = max(k, count_end - 1)  # "خرج الآلاف الجمعة في مظاهرة": a day is nothing counted
            if head < len(sent.keys) and sent.keys[head] == "من":
                head += 1
            if head >= len(sent.keys) or head in triggers_at:
                return None
        hk, hb = sent.keys[head], sent.bare[head]
        is_head = hb in _ACTOR_HEADS or hk in _ACTOR_HEADS or ("ال" + hb) in _ACTOR_HEADS or hk in _LEADER_HEADS
        is_head = is_head or head < count_end  # the count is the phrase itself (خرج الآلاف الجمعة)
        if sites and (hb in _SITE_HEADS or hk in _SITE_HEADS or hb in _AIRCRAFT) and not _district_seat(sent, head):
            is_head = True  # a target position only: قصفت المقاتلات مواقع الحوثيين
        if (
            not is_head
            and head > k
            and is_arabic_word(sent.tokens[head])
            and hk not in _PREPOSITIONS
            and hb not in _MEASURES
            and hk not in _MEASURES
        ):
            is_head = True  # a counted noun after a number is a participant (سبعة محتجين), not a measure (20 مرة)
        if (
            not is_head
            and loose
            and hk.startswith("ال")
            and hk not in _PREPOSITIONS
            and hk not in _RELATIVE
            and hk not in _TOPIC_GENITIVES
        ):
            is_head = True
        if not is_head and loose and hk in _BUILDING_HEADS and head + 1 < len(sent.tokens):
            is_head = True  # a genitive chain after a construct trigger: اقتحام مبنى (مجلس) المحافظة
        # "قوة من الجيش الإسرائيلي": a member noun that is no actor alone heads the phrase of its body after من
        members_only = (
            not is_head and hb in _MEMBER_HEADS and head + 1 < len(sent.tokens) and sent.keys[head + 1] == "من"
        )
        if not is_head and not members_only:
            return None
        end = head + 1
        # an indefinite sound plural with its ن (مسلحون، مسلحين) takes no genitive, and a definite word after it is no
        # adjective of it: the word begins the next phrase (وهاجم مسلحون المصلين)
        sound_plural = not hk.startswith(("ال", "وال")) and hk.endswith(("ون", "ين")) and len(hb) > 4
        # an indefinite head takes one indefinite word first, its adjective or the first of a genitive chain:
        # عناصر مندسة، قوات مكافحة الشغب (a verb is not it: عناصر ينتمون، مسلحون هاجموا)
        if (
            not hk.startswith(("ال", "وال"))
            and end < len(sent.tokens)
            and end not in triggers_at
            and self._entity_at(sent, end) is None
            and (
                _indefinite_modifier(sent.keys[end], sent.tokens[end], hk)
                # an accusative head's accusative nisba: موقعا عسكريا، هدفا حيويا
                or (hk.endswith("ا") and sent.keys[end].endswith("يا") and _nisba_adjective(sent.keys[end]))
            )
            # a sound plural's adjective agrees with it (مسلحون مجهولون); "أحرق محتجون سيارات" is the object
            and (not sound_plural or sent.keys[end].endswith(("ون", "ين")))
            # a counted noun takes an adjective, no genitive: "غادر أكثر من 7 آلاف شخص [منطقة الغوطة]"
            and (count_end == k or head != count_end or _counted_noun_adjective(sent.keys[end], hk))
        ):
            end += 1
            if (
                end < len(sent.tokens)
                and end not in triggers_at
                and self._entity_at(sent, end) is None
                and _nisba_adjective(sent.keys[end])
                and sent.keys[end] not in _DIRECTION_ADJECTIVES
                and not sound_plural
            ):
                end += 1  # a second adjective, a nisba: طائرة مسيرة تركية، عبوة ناسفة محلية
        if (
            end == head + 1
            and not hk.startswith(("ال", "وال"))
            and end < len(sent.tokens)
            and end not in triggers_at
            and sent.keys[end].startswith("لل")
            and is_arabic_word(sent.tokens[end])
            and not _derived_masdar(sent.keys[end][2:])  # "ثمانية إسرائيليين للاشتباه بتورطهم": a purpose
        ):
            end += 1  # an indefinite head's owner after لـ: مفارز للجيش الوطني، عناصر للنظام
        # extend over definite modifiers / genitives: القوات الموالية، قوات الحكومة السورية
        while end < len(sent.tokens) and end - head < 5 and end not in triggers_at:
            nk = sent.keys[end]
            tok_start = sent.tokens[end].start
            if any(t.start <= tok_start < t.end for t in sent.times):
                break  # "خاض الجيش الخميس مواجهات": a time is no genitive of the phrase
            if nk in ('"', "«") and end + 1 < len(sent.tokens) and self._entity_at(sent, end + 1) is not None:
                end += 1  # مقاتلي "جيش الإسلام": the name in quotes belongs to the phrase
                continue
            ent2 = self._entity_at(sent, end)
            if ent2 is not None:
                if ent2.start > sent.tokens[end].start and nk[:1] in ("ب", "ك", "و", "ف"):
                    # "مواقع عسكرية بالقنيطرة": a place after ب is where, no genitive of the phrase; after و a name
                    # is the next phrase ("منشآت نووية إيرانية وطهران ترد")
                    break
                if ent2.type == "LOC" and nk in _DIRECTION_ADJECTIVES and ent2.start == tok_start:
                    break  # "غارة على سيارة جنوب لبنان": a place opened by a direction is where, no genitive
                quoted = end > 0 and sent.keys[end - 1] in ('"', "«")
                while end < len(sent.tokens) and sent.tokens[end].start < ent2.end:
                    end += 1
                if quoted and end < len(sent.tokens) and sent.keys[end] in ('"', "»"):
                    end += 1  # مقاتلات "تايفون": the closing quote with the opening one
                break
            if nk in _NICKNAMED:
                break  # "القيادي يحيى الرزامي المكنى أبو …": what he is called follows, no part of the phrase
            if (
                nk.startswith("ال")
                and nk not in _PREPOSITIONS
                and nk not in _RELATIVE
                # "الشرطة ألقت القبض": ألقت folds to القت, no article (nor القى written without its hamza)
                and not sent.tokens[end].text.startswith(("أل", "إل", "آل"))
                and nk not in self.lexicon.light_verbs
                and is_arabic_word(sent.tokens[end])
                and not sound_plural
                and sent.bare[end] not in _CIVILIAN_HEADS  # الشرطة المصلين: two phrases
                # a definite subject right after its verb takes adjectives only: the next definite noun is the
                # object (رفضت الحكومة التعليق، قصف الجيش المدينة)
                and not (
                    before_object
                    # a definite subject, or an indefinite one with its genitive already (قافلة المساعدات الغوطة)
                    and ((hk.startswith("ال") and end > head) or end > head + 1)
                    # a plural in ين agrees with a plural head only (الرجال المسلحين; الجيش المسلحين is two phrases)
                    and (
                        not _adjective_key(nk, sent.tokens[end].text)
                        or (_oblique_plural(nk) and not hk.endswith(("ين", "ون")))
                    )
                )
            ):
                end += 1
                continue
            break
        if (
            end == head + 1
            and head == k
            and hb in _MEMBER_HEADS
            and end + 1 < len(sent.tokens)
            and sent.keys[end] == "من"
            and end not in triggers_at
        ):
            # "احتجز عناصر من الحرس الرئاسي بازوم": members of a force, the force named after من
            body = end + 1
            if self._entity_at(sent, body) is None and (named := self._entity_at(sent, body + 1)) is not None:
                body += named.start == sent.tokens[body + 1].start  # من تنظيم داعش: a descriptor before the name
            whole = self._np_at(doc, sent, body, triggers_at, before_object=before_object)
            if whole is not None and (whole[2] is not None or {sent.keys[body], sent.bare[body]} & _ACTOR_HEADS):
                end = whole[1]
        if members_only and end == head + 1:
            return None
        start = sent.tokens[k].start
        if (
            sent.tokens[k].text[:1] in ("و", "ف", "ل", "ب")
            and sent.keys[k][:1] in ("و", "ف", "ل", "ب")
            and bare != key
            and key not in _ACTOR_HEADS  # فصائل is no ف + صائل
            and (key[:1] != "ب" or key[1:3] == "ال")  # بالدول; بعض is no ب + عض
        ):
            start += 1  # وقوات …؛ غارات لمقاتلات التحالف؛ اجتمع بالدول الأعضاء: the clitic stays outside the phrase
        return doc.span(start, sent.tokens[end - 1].end), end, None

    def _coordinated(
        self, doc: Document, sent: _Sent, k: int, hi: int, triggers_at: set[int]
    ) -> tuple[list[Span], int]:
        """Phrases joined to the one ending at token k by و (روسيا ودمشق، الجيش الليبي ومتشددين)."""
        out: list[Span] = []
        while True:
            # an acronym in brackets after the phrase: "قوات سوريا الديمقراطية (قسد) وفصائل …"
            if k + 2 < hi and sent.tokens[k].text == "(" and sent.tokens[k + 2].text == ")":
                k += 3
            if not (k < hi and sent.keys[k][:1] == "و" and len(sent.keys[k]) > 2):
                break
            np = self._np_at(doc, sent, k, triggers_at)
            if np is None or np[0].start == sent.tokens[k].start:
                break  # واشنطن: the و belongs to the word
            out.append(np[0])
            k = np[1]
        return out, k

    def _clause_bounds(self, sent: _Sent, trig: _Trigger, content: Span | None = None) -> tuple[int, int]:
        """Token range of the trigger's clause, inside the statement content when there is one."""

        body = sent.sentence.body_start  # a dateline (الخرطوم - سيطرت …) is no part of any clause

        def inside(k: int) -> bool:
            tok = sent.tokens[k]
            # (a token the content starts inside counts: "، وفق مصادر" makes "نفذت …" the content of "ونفذت …")
            return tok.start >= body and (content is None or (content.start < tok.end and tok.end <= content.end))

        lo = trig.tok
        while lo > 0 and inside(lo - 1):
            if self._named_subject_after_wa(sent, lo - 1, trig):
                lo -= 1  # "… في البحر الأحمر وواشنطن ترد بغارات": و + a name + its verb opens a clause of its own
                break
            if sent.keys[lo - 1] in _CLAUSE_BREAK:
                # "شنت طائرات أمريكية، فجر السبت، 13 غارة": a time set off by commas before it goes on with the clause
                other = _time_aside(sent, lo - 1, -1)
                if other is None or other < 1:
                    break
                lo = other
                continue
            lo -= 1
        hi = trig.end_tok
        n = len(sent.tokens)
        while hi < n and inside(hi):
            if hi > trig.end_tok and self._wa_clause_after(sent, hi):
                break
            if sent.tokens[hi].text == "(" and hi + 2 < n and sent.tokens[hi + 2].text == ")":
                hi += 3  # "قوات سوريا الديمقراطية (قسد) وفصائل …": an acronym in brackets goes on with the clause
                continue
            if sent.keys[hi] in _CLAUSE_BREAK:
                # "استهدفت طائرات مسيرة، فجر الثلاثاء، مستودعات": a time set off by commas goes on with the clause
                other = _time_aside(sent, hi, 1)
                if (
                    # (a noun's clause goes on past the time only to its parties: "اشتباكات عنيفة، ليل الاثنين، بين")
                    (
                        trig.entry.pos != "V"
                        and not (other is not None and other + 1 < n and sent.keys[other + 1] == "بين")
                    )
                    or other is None
                    or other + 1 >= n
                    or sent.keys[other + 1] in _SUBORDINATORS  # "، الإثنين، عندما دخلت قافلة …": another clause
                ):
                    break
                hi = other
            hi += 1
        return lo, hi

    def _arguments(
        self,
        doc: Document,
        sent: _Sent,
        trig: _Trigger,
        plover: str,
        triggers_at: set[int],
        content: Span | None = None,
    ) -> tuple[list[Span], list[Span], list[Span]]:
        actors: list[Span] = []
        targets: list[Span] = []
        lo, hi = self._clause_bounds(sent, trig, content)
        used: list[Span] = []
        time_toks = sent.time_tokens()
        is_verb = trig.entry.pos == "V"
        # SVO first: a phrase ending right before the verb and opening its clause (إن الجيش السوري سيطر)
        svo = False
        agent = _agent_after(sent, trig) if is_verb and trig.entry.lemma in _KILL_LEMMAS else None
        if agent is not None:
            # a passive with its agent: "(1068 مدنيا) قتلوا على يد عناصر من قوات الأمن"، "قتل 5 مدنيين على يد مسلحين"
            killers = self._np_at(doc, sent, agent, triggers_at, loose=True)
            if killers is not None:
                actors.append(killers[0])
                used.append(killers[0])
            if sent.keys[trig.tok].endswith("وا"):
                for b in range(max(lo, trig.tok - 6), trig.tok):
                    victims = self._np_at(doc, sent, b, triggers_at)
                    if victims is None or victims[1] < trig.tok - 1:
                        continue
                    span = victims[0]
                    if victims[1] == trig.tok - 1:
                        if not _nisba_adjective(sent.keys[trig.tok - 1]):
                            continue
                        span = doc.span(span.start, sent.tokens[trig.tok - 1].end)  # 1068 مدنيا علويا
                    targets.append(span)
                    used.append(span)
                    break
            else:
                victims = self._np_at(doc, sent, trig.end_tok, triggers_at)
                if victims is not None and victims[1] <= agent:
                    targets.append(victims[0])
                    used.append(victims[0])
            locations = self._locations(doc, sent, trig, plover, lo, hi, used)
            return actors, targets, locations or self._place_named_before(doc, sent, lo, hi)
        if is_verb and plover not in _NO_SUBJECT_TYPES:
            # the earliest phrase that ends right before the verb (قوات الحكومة السورية سيطرت)
            for b in range(max(lo, trig.tok - 6), trig.tok):
                np = self._np_at(doc, sent, b, triggers_at)
                if np is None:
                    continue
                # "فصائل المعارضة المدعومة من أنقرة استعادت": a backing phrase may stand between subject and verb
                if not (trig.tok - 1 <= np[1] <= trig.tok):
                    if self._backing_end(sent, np[1], trig.tok) != trig.tok:
                        continue
                    if sent.keys[np[1]] == "من" and np[1] - 2 >= b:  # the participle is no part of the actor
                        np = (doc.span(np[0].start, sent.tokens[np[1] - 2].end), np[1] - 1, np[2])
                opens = (
                    b == lo
                    or sent.keys[b - 1] in _COMPLEMENTISERS
                    or sent.keys[b - 1] in _CLAUSE_BREAK
                    # "وكانت الجماعة قد اعتقلت": the subject of a pluperfect after كان
                    # (not "إذا كان قاسم قد قتل": mostly passive)
                    or (
                        strip_key(sent.keys[b - 1]) in _KANA_FORMS  # (أن تكون قواتهم قد استهدفت: the same)
                        and sent.keys[np[1]] == "قد"
                        and trig.entry.lemma not in _KILL_LEMMAS
                        and not _person_arrested(np[2], trig)
                    )
                    # 'إن "الاحتلال استهدف الصفوف"' (not 'تداهم "كهف الإرهابيين" وتقتل': a quoted object)
                    or (
                        sent.keys[b - 1] in _OPEN_QUOTES
                        and (b - 1 == lo or sent.keys[b - 2] in _COMPLEMENTISERS or sent.keys[b - 2] in _CLAUSE_BREAK)
                    )
                )
                if (
                    not opens
                    and b > lo
                    and strip_key(sent.keys[b - 1]) in ("كان", "كانت")
                    and sent.keys[np[1]] == "قد"
                    and _person_arrested(np[2], trig)
                ):
                    targets.append(np[0])  # "وكان عبد الفتاح قد اعتقل": the one arrested
                    used.append(np[0])
                    break
                if (
                    opens
                    and plover == "COERCE"
                    and sent.keys[trig.tok].endswith("وا")
                    and (sent.keys[b][:1].isdigit() or strip_key(sent.keys[b]) in _NUMBERISH)
                ):
                    # "مضيفا أن 80 مهاجرا أوقفوا بسبب …": counted people before a plural arrest verb were arrested
                    # (a passive; a force that arrests is named, not counted)
                    targets.append(np[0])
                    used.append(np[0])
                    break
                if opens:
                    # "السعودية وإيران تتفقان": the phrases joined by و up to the verb act together
                    more, _k = self._coordinated(doc, sent, np[1], trig.tok, triggers_at)
                    actors.extend([np[0], *more])
                    used.extend([np[0], *more])
                    svo = True
                    break
            if (
                not actors
                and (subject := self._subject_before_aside(doc, sent, trig, content, triggers_at)) is not None
            ):
                actors.append(subject)
                used.append(subject)
                svo = True
        if not is_verb:
            # a light verb before the noun: its subject acts (واستخدمت روسيا والصين حق النقض، تشن القوات هجمات)
            # eight words back, times not counted (تمكنت وحدات الحرس الوطني ببنقردان أمس الأحد 3 أفريل من القبض)
            # and a name counted once (أجرى وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح اتصالا)
            reach, counted = trig.tok, 0
            while reach > lo and counted < 8:
                reach -= 1
                name = self._entity_at(sent, reach)
                counted += reach not in time_toks and (name is None or name.start >= sent.tokens[reach].start)
            for b in range(trig.tok - 1, reach - 1, -1):
                key = sent.keys[b]
                if key in _COMPLEMENTISERS:
                    break  # "أعلن الجيش أنه صد هجوما": أعلن takes the clause, not the noun inside it
                if key in self.lexicon.light_verbs or (key[:1] in "وف" and key[1:] in self.lexicon.light_verbs):
                    prep = self.lexicon.light_verb_preps.get(key) or self.lexicon.light_verb_preps.get(key[1:])
                    clitic_prep = prep is not None and len(prep) == 1 and sent.keys[trig.tok].startswith(prep)
                    if prep is not None and not clitic_prep and (trig.tok == 0 or sent.keys[trig.tok - 1] != prep):
                        break  # "نجحت قوات الأمن في إحباط هجوم": the noun after في is the act, not this trigger
                    q = b + 1
                    while q < trig.tok and q in time_toks:
                        q += 1  # أطلق الجيش الاثنين الماضي المرحلة الثانية: a time is no subject
                    np = (
                        self._np_at(doc, sent, q, triggers_at, before_object=True)
                        if q == b + 1 or q < trig.tok
                        else None
                    )
                    if np is not None and np[1] <= trig.tok:
                        more, _k = self._coordinated(doc, sent, np[1], trig.tok, triggers_at)
                        actors.extend([np[0], *more])
                        used.extend([np[0], *more])
                    elif (
                        b >= 2
                        and sent.keys[b - 1] == "قد"
                        and self._only_time_between(sent, b + 1, trig.tok, time_toks)
                    ):
                        # a pluperfect "وكان حفتر قد أطلق في الرابع من أبريل هجوما": the subject between كان and قد
                        for s0 in range(max(lo, b - 8), b - 1):
                            if strip_key(sent.keys[s0 - 1]) not in ("كان", "كانت") if s0 > 0 else True:
                                continue
                            np = self._np_at(doc, sent, s0, triggers_at)
                            if np is not None and np[1] == b - 1:
                                actors.append(np[0])
                                used.append(np[0])
                                break
                    elif key not in self.lexicon.light_verbs and key[1:] in self.lexicon.light_verbs:
                        pass  # "أطلقوا النار على الجنود وألقوا عبوات": a joined verb shares the subject before it
                    elif b == trig.tok - 1 or (b + 1 < trig.tok and count_phrase_end(sent.keys, b + 1) == trig.tok):
                        # its subject before it, opening the clause: "إن القوات البحرية نفذت عملية عسكرية" (a count
                        # may stand between: "أن القوات التركية شنت ثلاث غارات")
                        plural = key.endswith("وا")  # "متشددين شنوا هجوما": the plural verb's subject before it
                        for s0 in range(max(lo, b - 6), b):
                            np = self._np_at(doc, sent, s0, triggers_at)
                            opens = s0 == lo or sent.keys[s0 - 1] in _COMPLEMENTISERS or plural
                            if np is not None and np[1] == b and opens:
                                actors.append(np[0])
                                used.append(np[0])
                                break
                    break
        if not is_verb and not actors:
            # a light verb after the noun, its pronoun the noun: its subject acts (هجوم شنه مسلحون، الهجوم الذي
            # تبناه التنظيم)
            q = trig.end_tok
            while (
                q < min(hi, trig.end_tok + 2)
                and not self._light_verb_with_pronoun(sent.keys[q])
                and (
                    _nisba_adjective(sent.keys[q])
                    or _indefinite_modifier(sent.keys[q], sent.tokens[q])
                    or (sent.keys[q].startswith("ال") and _adjective_key(sent.keys[q], sent.tokens[q].text))
                    or _accusative_agreement(sent.keys[trig.end_tok - 1], sent.keys[q])
                )
            ):
                q += 1  # "قصف مدفعي شنته قوات الدعم السريع"، "غارات جوية شنتها المقاتلات"، "هجمات منسقة شنها"
            q += 1 if q < hi and sent.keys[q] in ("الذي", "التي") else 0
            key = sent.keys[q] if q < hi else ""
            if self._light_verb_with_pronoun(key):
                q += 1 if q + 1 < hi and sent.keys[q + 1] in _OPEN_QUOTES else 0  # شنها "فلول النظام البائد"
                np = self._np_at(doc, sent, q + 1, triggers_at)
                if np is not None and np[0].start >= trig.end:
                    actors.append(np[0])
                    used.append(np[0])
        # after the trigger: subject (verbs) / genitive (nouns), skipping a time word (قالت روسيا الثلاثاء); a
        # verb's subject comes before the object word the trigger took in (أطلقت قوات الأمن النار)
        k = trig.end_tok if _object_taken_in(sent, trig) is None else trig.tok + 1
        while k < hi and k in time_toks:
            k += 1
        past_adjectives = False
        if not is_verb and trig.end_tok - trig.tok >= 2:
            # "وقف الأعمال العدائية"، "قطع الطريق المتوسطة": an adjective after the word the noun took in describes
            # that word; no genitive of the noun comes after it (a genitive stands right after its noun)
            while (
                k < hi
                and sent.keys[k].startswith("ال")
                and self._entity_at(sent, k) is None
                # جرائم قتل الصحافيين: a people, no adjective
                and not {sent.keys[k], sent.bare[k], strip_key(sent.keys[k])} & _ACTOR_HEADS
                and _adjective_key(sent.keys[k], sent.tokens[k].text)
            ):
                k += 1
                past_adjectives = True
        first = sent.keys[trig.tok]
        definite = _definite_key(first)
        # a construct-state noun (no article, no tanwin, no pronoun) is followed by its genitive
        construct = trig.entry.pos == "N" and not definite and not first.endswith(("ا", "ه", "ها", "هم"))
        genitive_is_target = _patient_genitive(trig, plover)
        # استهداف + a phrase that cannot act (استهداف العمق الإسرائيلي، استهداف منشآت) names what was targeted; a force
        # or a name after it (استهداف مقاتلات التحالف تجمعات …) is who targeted
        targeting = trig.entry.pos != "V" and trig.entry.lemma == "استهداف"
        destroyed = trig.entry.lemma in _DESTROY_LEMMAS
        # القبض على X: the phrase ends in its preposition, what follows is the one acted on
        object_next = trig.entry.pos == "P" and sent.keys[trig.end_tok - 1] in _TARGET_PREPS
        bayna = k
        if plover in _RECIPROCAL and trig.entry.pos != "V":
            # an adjective, a verb of occurring or a time may come first: اشتباكات عنيفة اندلعت السبت بين …
            while (
                bayna < min(hi, k + 9)
                and (
                    sent.keys[bayna] in _BEFORE_BAYNA
                    # a time set off by commas: "اشتباكات عنيفة بالأسلحة الثقيلة، ليل الاثنين، بين …"
                    or (sent.keys[bayna] in ("،", ",") and (bayna + 1 in time_toks or bayna - 1 in time_toks))
                    or (
                        sent.keys[bayna].startswith("ال") and sent.keys[bayna][2:] in _BEFORE_BAYNA
                    )  # الاشتباكات العنيفة
                    or bayna in time_toks
                    # a nisba or a scheduled participle: التعاون الاستراتيجي بين …، قمة تاريخية بين …، القمة المرتقبة
                    or (bayna - k < 3 and _nisba_or_scheduled(sent.keys[bayna]))
                    # the weapons they were fought with: اشتباكات بالأسلحة الثقيلة بين …
                    or (sent.keys[bayna].startswith("بال") and sent.bare[bayna] in _WEAPONS_OF_CLASHES)
                    or (bayna > k and sent.keys[bayna - 1].startswith("بال") and sent.keys[bayna] in _WEAPON_ADJECTIVES)
                )
            ):
                bayna += 1
            if bayna >= hi or sent.keys[bayna] != "بين":
                bayna = k
        if plover in _RECIPROCAL and bayna < hi and sent.keys[bayna] == "بين":
            # اشتباكات بين الجيش الليبي ومتشددين: both sides act
            k = bayna
            np = self._np_at(doc, sent, k + 1, triggers_at, loose=True)
            if np is not None:
                more, k = self._coordinated(doc, sent, np[1], hi, triggers_at)
                actors.extend([np[0], *more])
                used.extend([np[0], *more])
        if is_verb and not svo and not past_adjectives:
            k = _past_instrument(sent, k, hi)  # "هاجمت بعشر طائرات مسيرة منشأتين": the means, then what was hit
        np = (
            None
            if (actors and is_verb and not svo) or past_adjectives
            else self._np_at(
                doc, sent, k, triggers_at, loose=construct, before_object=is_verb and not svo, sites=targeting
            )
        )
        if np is not None:
            span, k_end, ent = np
            # (not قمة سنغافورة، مؤتمر باريس، مظاهرات طهران، اتفاق أوسلو، يزور طهران)
            capital_acts = plover in _CAPITAL_ACTS or (is_verb and plover in ("AGREE", "SANCTION"))
            if (
                ent is not None
                and ent.type == "LOC"
                and (not (self._actorish(ent) or (capital_acts and self._capital(ent))) or plover == "RETREAT")
            ):
                pass  # a town after the trigger is where it happened (or what was left), not who acted
            elif ent is None and sent.keys[k] in _HIT_PLACES and plover not in _VIOLENT and plover != "PROTEST":
                pass  # a common place noun never acts (احتجاجات المدينة)
            elif (
                trig.entry.pos != "V"
                and (genitive_is_target or targeting)
                and trig.entry.lemma != "مقتل"  # "مقتل رئيس هيئة الأركان للقوات المسلحة": a death, its genitive died
                and k_end < hi
                and sent.keys[k_end][:1] == "ل"
                and not sent.keys[k_end].startswith("ال")
                and span.start == sent.tokens[k].start  # a bare genitive (not "التنديد بإيران لانتهاكها")
                and (patient := self._np_at(doc, sent, k_end, triggers_at, sites=True, loose=True)) is not None
            ):
                # "استهداف الجيش للمدنيين"، "ملاحقة الاحتلال للصحافيين": the genitive acts when the one acted on
                # follows with ل
                actors.append(span)
                targets.append(patient[0])
                used.extend([span, patient[0]])
                k = patient[1]
            elif (
                svo
                or object_next
                or (
                    trig.entry.pos != "V"
                    and genitive_is_target
                    and (count_phrase_end(sent.keys, k) > k or not _object_after(sent, k_end, hi))
                )
                # يطلق سراح صلاح عبد السلام: who is freed (not the subject in "أطلقت السلطات سراح …")
                or (sent.keys[trig.end_tok - 1] == "سراح" and _object_taken_in(sent, trig) is None)
                or (targeting and ent is None and strip_key(sent.keys[k]) not in _GENERIC_HEAD_KEYS)
                # a person right after a verb of killing is its victim (قُتل اللواء …، قتل الشيخ حمد): the
                # unvocalised verb is mostly passive there, and a killer is named with a force or a group
                or (trig.entry.lemma in _KILL_LEMMAS and ent is not None and ent.type == "PER")
                # (and leaders after a verb of targeting: "استهدف قيادات بارزة في حماس")
                or (trig.entry.lemma in _KILL_LEMMAS | _VAGUE_MEANS and ent is None and sent.keys[k] in _LEADER_HEADS)
                # "to meet X" (للقاء الملك سلمان، لزيارة الرئيس): X is met, whoever goes
                or (trig.entry.pos != "V" and plover == "CONSULT" and _proclitic(self.lexicon, sent, trig) == "ل")
                # what is shot down or intercepted (أسقطت طائرة مسيرة، اعترضت الدفاعات صاروخين) is no actor
                or (trig.entry.lemma in _DOWNING and ent is None and strip_key(sent.keys[k]) in _AIRCRAFT)
                # "دعوة للمنظمات الإنسانية": a call to X, X is the one called on
                or (
                    trig.entry.pos != "V"
                    and plover == "DEMAND"
                    and sent.tokens[k].text[:1] == "ل"
                    and sent.keys[k][:1] == "ل"
                    and sent.bare[k] != sent.keys[k]
                )
                or (trig.entry.pos != "V" and destroyed and self._destroyed_genitive(sent, k, k_end, time_toks))
                # "ودمرت 20 مركبة قتالية": a counted thing after a verb of destroying is what was destroyed
                or (is_verb and not svo and trig.entry.lemma in _DESTROY_VERBS and count_phrase_end(sent.keys, k) > k)
                or (ent is None and sent.keys[k] in _HIT_PLACES)
                # a sound plural in ين right after a verb is its object, never its subject (ستقتل الإرهابيين;
                # the subject would be الإرهابيون)
                or (is_verb and not svo and ent is None and _oblique_plural(sent.keys[k]))
                # counted sites or things after a verb or a noun are its object (قصفت أكثر من 35 هدفا، دمرت 36
                # منزلا، تدمير 6 عربات)
                or (ent is None and _counted_sites(sent, k))
                # a feminine name after a masculine verb is its object (واتهم تركيا بـ…، ودعا وزارة الدفاع)
                or (is_verb and not svo and ent is not None and self._disagrees(sent, trig, ent))
                # a phrase after ل or ب is the verb's object, never its subject (دفاعات جوية تتصدى للطائرات التركية،
                # هتافات تندد بالاحتلال)
                or (is_verb and not svo and self._after_clitic_preposition(sent, k, ent))
                # a verb marked plural carries its subject: the phrase after it is the object (كانوا يرشقون القوات)
                or (is_verb and not svo and _plural_verb_key(sent.keys[trig.tok]))
                or (plover in _VIOLENT and is_civilian_target(span))
                or (
                    plover in _VIOLENT
                    and trig.entry.pos == "V"
                    and _counted(sent, k)
                    and (plover not in _RECIPROCAL or trig.entry.lemma in _KILL_LEMMAS)
                    # "أحرق مئات المستوطنين، ليل الأحد، عشرات المنازل": a counted object after it makes the
                    # first counted phrase the subject
                    and not _count_opens(sent, _past_time_aside(sent, k_end, hi, time_toks))
                )
            ):
                # civilians after a verb of violence are its patients, not its agents (وقتل مدنيان، طردت المصلين),
                # and so are counted people after it (واعتقلت خمسة من عناصرها)
                targets.append(span)
                used.append(span)
                k = k_end
            elif not actors:
                more, k_end = self._coordinated(doc, sent, k_end, hi, triggers_at)
                actors.extend([span, *more])
                used.extend([span, *more])
                k = k_end
        carried = plover in ("PROTEST", "RETREAT", "DEMAND", "REJECT", "MOBILIZE") or trig.entry.lemma in _CLASH_VERBS
        if is_verb and not actors and carried and sent.keys[trig.tok].endswith("وا"):
            # a plural verb with no subject of its own carries the nearest plural phrase before it: "إن سبعة محتجين
            # جرحوا في البصرة بعد أن اشتبكوا مع حرس …"
            for s0 in range(trig.tok - 2, max(-1, trig.tok - 13), -1):
                if s0 in time_toks:
                    continue  # "بيانا في 21 سبتمبر الجاري دعوا فيه": a date is nobody
                np = self._np_at(doc, sent, s0, triggers_at)
                if np is None or np[2] is not None or np[1] > trig.tok:
                    continue
                head = sent.keys[np[1] - 1]
                if s0 > 0 and (sent.keys[s0 - 1][:1].isdigit() or strip_key(sent.keys[s0 - 1]) in _NUMBERISH):
                    with_number = self._np_at(doc, sent, s0 - 1, triggers_at)  # سبعة محتجين, not محتجين alone
                    np = with_number if with_number is not None and with_number[1] == np[1] else np
                if sent.keys[s0][:1].isdigit() or strip_key(sent.keys[s0]) in _NUMBERISH or head.endswith(("ون", "ين")):
                    actors.append(np[0])
                    used.append(np[0])
                    break
        if plover in _RECIPROCAL and plover != "PROTEST" and (actors or (plover == "FIGHT" and not is_verb)):
            # the other side after مع: اشتبك الجيش مع المسلحين، خاض الجيش مواجهات مع متشددين، محادثات مع الحوثيين; a
            # clash's one named side when the other goes unsaid ("في اشتباك مع مسلحي حزب العمال الكردستاني")
            for j in range(trig.end_tok, min(hi - 1, trig.end_tok + 4)):
                if sent.keys[j] == "مع":
                    other = self._np_at(doc, sent, j + 1, triggers_at, loose=True)
                    if other is not None and not self._mere_place(other[2]):
                        if all(other[0].start != a.start for a in actors):
                            actors.append(other[0])
                            used.append(other[0])
                    break
                if sent.keys[j] in _CLAUSE_BREAK:
                    break
        # target: the direct object right after the subject of a verb (اتهمت الحكومة المعارضة), or after على / ضد
        while trig.entry.pos == "V" and k < hi and (k in time_toks or (sent.keys[k] == "," and k + 1 in time_toks)):
            k += 1  # أوقفت الشرطة البريطانية الجمعة أربعة أشخاص: the object after the time
        if trig.entry.pos == "V" and k < hi and sent.keys[k] == "," and k - 1 in time_toks:
            k += 1  # (the comma closing "، فجر الثلاثاء،")
        # (a pronoun subject is an actor too: "أنه استهدف مركز قيادة" strikes a site no phrase finder takes as actor)
        pronoun = trig.tok > 0 and sent.keys[trig.tok - 1] in _SUBJECT_PRONOUNS
        if trig.entry.pos == "V" and (actors or pronoun) and k < hi and not targets:
            k = _past_instrument(sent, k, hi)
            sites = plover in ("FIGHT", "ASSAULT") or trig.entry.lemma in _DOWNING  # (اعترضت الدفاعات الصاروخ)
            np = self._np_at(doc, sent, k, triggers_at, sites=sites)
            if np is not None and not self._mere_place(np[2]):
                targets.append(np[0])
                used.append(np[0])
                k = np[1]
        struck: Span | None = None
        exposed = _exposed_to(sent, trig, lo) if not is_verb and plover in _VIOLENT else None
        if exposed is not None and not targets:
            # "تعرضت قاعدة عين الأسد لهجوم"، "تعرض منزل لقصف": the subject of تعرض suffered the attack
            np = self._np_at(doc, sent, exposed, triggers_at, sites=True, loose=True)
            if np is not None and np[1] <= trig.tok:
                struck = self._hit(np, targets, used)
        if not targets and trig.restated_by is not None and trig.restated_by + 1 < len(sent.tokens):
            # "غارة إسرائيلية استهدفت مدرسة تؤوي نازحين": the object of the verb that describes the attack
            np = self._np_at(doc, sent, trig.restated_by + 1, triggers_at, sites=True)
            if np is not None:
                struck = self._hit(np, targets, used) or struck
        if not targets and trig.entry.pos != "V" and trig.tok >= 2 and sent.bare[trig.tok - 1] in _KILLED_FORMS:
            # victims before a passive verb of killing, then the weapon: "12 مدنيا (على الأقل) قتلوا برصاص X"
            end = trig.tok - 1
            if end >= 2 and sent.keys[end - 2] == "علي" and sent.keys[end - 1] == "الاقل":
                end -= 2
            for b in range(max(0, end - 6), end):
                np = self._np_at(doc, sent, b, triggers_at)
                if np is not None and np[1] == end and np[0] not in actors:
                    targets.append(np[0])
                    used.append(np[0])
                    break
        if plover == "AID" and not targets:
            # aid goes to someone: وصول صواريخ إلى الحوثيين، تسليم أسلحة للمعارضة
            for j in range(k, min(hi, k + 5)):
                if sent.keys[j] == "الي":
                    np = self._np_at(doc, sent, j + 1, triggers_at, loose=True)
                    if np is not None and not self._mere_place(np[2]):
                        targets.append(np[0])
                        used.append(np[0])
                    break
        for j in range(k, min(hi, k + 6)):
            if targets:
                break
            if sent.bare[j] in _TARGET_PREPS or sent.keys[j] in _TARGET_PREPS:
                np = self._np_at(doc, sent, j + 1, triggers_at, sites=plover in ("FIGHT", "ASSAULT"))
                if np is not None and not self._mere_place(np[2]):
                    targets.append(np[0])
                    used.append(np[0])
                break
        locations = self._locations(doc, sent, trig, plover, lo, hi, used)
        if not locations and plover not in _VERBAL:
            # no place in the clause: look on past commas up to the next event of the sentence
            nxt = min([k for k in triggers_at if k >= trig.end_tok] + [len(sent.tokens)])
            # … nor past a report's cue: "وبرغم إدانتها الغارة، أكدت بغداد" (بغداد speaks, the raid was not there)
            cue = next((c for c in sent.cue_starts if c >= trig.end), None)
            cue_tok = sent.token_at(cue) if cue is not None else None
            nxt = min(nxt, cue_tok) if cue_tok is not None else nxt
            # twelve tokens after the trigger, times not counted ("سيطرت القوات التركية وفصائل سورية موالية لها، اليوم
            # الأحد، على مدينة رأس العين")
            c_hi, counted = trig.end_tok, 0
            while c_hi < nxt and counted < 12:
                if c_hi not in time_toks:
                    counted += 1
                c_hi += 1
            if content is not None:
                while c_hi > trig.end_tok and sent.tokens[c_hi - 1].end > content.end:
                    c_hi -= 1
            locations = self._locations(doc, sent, trig, plover, trig.end_tok, c_hi, used)
        if struck is not None and all(loc.start != struck.start for loc in locations):
            locations = [struck, *locations]  # the place struck first, before the wider area around it
        if not locations and plover not in _VERBAL:
            locations = self._place_named_before(doc, sent, lo, hi) or self._fronted_place(doc, sent, lo)
        if not is_verb and plover in _VIOLENT and not actors and (owner := self._owner_after(doc, sent, trig, hi)):
            # "بقصف للنظام على مخيم اليرموك"، "غارات وقصف جوي لقوات النظام": an attack's ل-owner, a force, made it
            actors = [owner]
            targets = [t for t in targets if not t.overlaps(owner)]
        if is_verb and not targets and _relative_with_object_pronoun(sent, trig):
            # "رئيس الأركان الذي احتجزه الانقلابيون": the one the pronoun points back to underwent the act; its
            # subject, after the verb, did it
            antecedent = next(
                (
                    np
                    for b in range(max(lo, trig.tok - 8), trig.tok - 1)
                    if (np := self._np_at(doc, sent, b, triggers_at)) is not None and np[1] == trig.tok - 1
                ),
                None,
            )
            if antecedent is not None:
                targets = [antecedent[0]]
                actors = [a for a in actors if a.start >= trig.end]
                if not actors:
                    doer = self._np_at(doc, sent, trig.end_tok, triggers_at, loose=True)
                    if doer is not None and not self._mere_place(doer[2]):
                        actors = [doer[0]]
        return actors, targets, locations

    def _mere_place(self, ent: Entity | None) -> bool:
        """A place that cannot act (not a state that does: إسرائيل، روسيا)."""
        return ent is not None and ent.type == "LOC" and not self._actorish(ent)

    def _hit(self, np: tuple[Span, int, Entity | None], targets: list[Span], used: list[Span]) -> Span | None:
        """A phrase an attack hit: a town is where it happened (returned); anything else joins the targets."""
        if self._mere_place(np[2]):
            return np[0]  # "غارة استهدفت حلب"، "تعرضت قاعدة عين الأسد لهجوم"
        targets.append(np[0])
        used.append(np[0])
        return None

    def _restated_after_its_agent(self, sent: _Sent, trig: _Trigger, attack: _Trigger | None) -> bool:
        """ "بضربة نفذتها طائرة مسيرة أمريكية استهدفت سيارتهم"، "الهجوم الذي شنه مسلحون استهدف حافلة": استهدف / دمر
        after the light verb that carries the attack noun and that verb's subject (at most four words, no
        punctuation) describes that attack."""
        if attack is None or attack.entry.pos != "N" or attack.entry.plover not in ("FIGHT", "ASSAULT"):
            return False
        if trig.entry.pos != "V" or trig.entry.lemma not in _RESTATING_LEMMAS:
            return False
        k = attack.end_tok
        if k < trig.tok and sent.keys[k] in ("الذي", "التي"):
            k += 1  # "الهجوم الذي شنه مسلحون استهدف حافلة"
        if k >= trig.tok or not self._light_verb_with_pronoun(sent.keys[k]) or trig.tok - k > 5:
            return False
        return all(is_arabic_word(sent.tokens[q]) for q in range(k + 1, trig.tok))

    @staticmethod
    def _after_clitic_preposition(sent: _Sent, k: int, ent: Entity | None) -> bool:
        """Token k carries the preposition ل or ب before its phrase: للطائرات، بالاحتلال (before ال), or outside a
        name (لإسرائيل، بإيران)."""
        tok = sent.tokens[k]
        if ent is not None:
            return ent.start > tok.start and tok.text[:1] in ("ل", "ب")
        return sent.keys[k].startswith(("لل", "بال"))

    def _after_joined_light_verb(self, sent: _Sent, trig: _Trigger) -> bool:
        """A noun trigger right after a light verb written with و / ف (وألقوا عبوات ناسفة، وشنت غارات)."""
        if trig.entry.pos == "V" or trig.tok == 0:
            return False
        key = sent.keys[trig.tok - 1]
        return key[:1] in ("و", "ف") and key not in self.lexicon.light_verbs and key[1:] in self.lexicon.light_verbs

    def _light_verb_with_pronoun(self, key: str) -> bool:
        """A light verb carrying the noun before it as its object pronoun: شنه، شنتها، أبرمته، وقعته."""
        stem = key[:-2] if key.endswith("ها") else key[:-1] if key.endswith("ه") else ""
        light = self.lexicon.light_verbs
        return bool(stem) and (stem in light or (stem[:1] in "وف" and stem[1:] in light))

    @staticmethod
    def _fronted_place(doc: Document, sent: _Sent, lo: int) -> list[Span]:
        """ "وفي ولاية تمنراست، أوقفت مفرزة للجيش …": a place phrase that opens the sentence before a comma is where
        the first clause after the comma happened (at most two head nouns between في and the name)."""
        if lo < 3 or sent.keys[lo - 1] != ",":
            return []
        first = next((k for k in range(lo) if sent.tokens[k].start >= sent.sentence.body_start), None)
        if first is None or sent.keys[first] not in ("في", "وفي"):
            return []
        for e in sent.entities:
            a, b = sent.token_at(e.start), sent.token_at(e.end - 1)
            if e.type == "LOC" and a is not None and b == lo - 2 and first < a <= first + 3:
                return [doc.span(e.start, e.end)]
        return []

    @staticmethod
    def _only_time_between(sent: _Sent, a: int, b: int, time_toks: frozenset[int]) -> bool:
        """Tokens [a, b) are only a time phrase (في الرابع من أبريل): the light verb before them takes the noun
        at b as its object."""
        return all(q in time_toks or sent.keys[q] in ("في", "خلال", "منذ", "يوم", "مساء", "صباح") for q in range(a, b))

    def _subject_before_aside(
        self, doc: Document, sent: _Sent, trig: _Trigger, content: Span | None, triggers_at: set[int]
    ) -> Span | None:
        """The subject of a verb set off from it by an aside between commas, opening its clause: "وكانت القوات
        الحكومية، مدعومة بمقاتلي العشائر، قد استعادت …" (قد may stand between the aside and the verb). The aside
        opens with no و ("دخلت القوات المدينة، وبعد ساعات، سيطرت": another clause)."""
        floor = content.start if content is not None else sent.sentence.body_start
        lo = next((k for k, t in enumerate(sent.tokens) if t.start >= floor), len(sent.tokens))
        q = trig.tok - 1
        if q > lo and sent.keys[q] == "قد":
            q -= 1
        if q <= lo or sent.tokens[q].text not in _COMMA_TEXTS:
            return None
        comma = next((c for c in range(q - 1, max(lo, q - 9), -1) if sent.tokens[c].text in _COMMA_TEXTS), None)
        if comma is None or comma - 1 <= lo or sent.keys[comma + 1][:1] in ("و", "ف"):
            return None
        if any(sent.keys[k] in _CLAUSE_BREAK and sent.tokens[k].text not in _COMMA_TEXTS for k in range(comma, q)):
            return None
        for b in range(max(lo, comma - 6), comma):
            np = self._np_at(doc, sent, b, triggers_at)
            if np is None or np[1] != comma:
                continue
            before = sent.keys[b - 1] if b > lo else ""
            if b == lo or before in _COMPLEMENTISERS or strip_key(before) in ("كان", "كانت"):
                return np[0]
        return None

    def _backing_end(self, sent: _Sent, e: int, limit: int) -> int:
        """End of a backing phrase at token e (المدعومة من أنقرة، الموالية لها، الموالية للحكومة), or e."""
        if sent.keys[e] == "من" and e > 0 and strip_key(sent.keys[e - 1]) in _BACKED_BY:
            e -= 1  # the phrase took the participle in as a modifier
        if e + 1 >= limit or strip_key(sent.keys[e]) not in _BACKED_BY | _LOYAL_TO:
            return e
        nk = sent.keys[e + 1]
        if nk == "من" and e + 2 < limit:
            return self._past_backer(sent, e + 2)  # المدعومة من [أنقرة]
        if nk[:1] == "ل" and nk[:2] != "ال":
            return self._past_backer(sent, e + 1)  # الموالية [للحكومة]
        return e

    def _past_backer(self, sent: _Sent, k: int) -> int:
        """The token after the backer that starts at token k: the whole entity there, or the one word."""
        ent = self._entity_at(sent, k)
        q = k + 1
        if ent is not None:
            while q < len(sent.tokens) and sent.tokens[q].start < ent.end:
                q += 1
        return q

    @staticmethod
    def _destroyed_genitive(sent: _Sent, k: int, k_end: int, time_toks: frozenset[int]) -> bool:
        """The genitive [k, k_end) of a noun of destroying, targeting or storming is what was hit (تدمير ثلاثة
        زوارق، استهداف مركز البحوث العلمية في …) unless what was hit follows it: then the genitive is who did it
        (استهداف المدفعية الإسرائيلية نقطة رصد، استهداف الحوثيين لسفينة). A building is always what was hit
        (اقتحام مقر ميليشيا عصائب أهل الحق). ``time_toks``: the sentence's time tokens, computed once per event."""
        if sent.bare[k] in _BUILDING_HEADS or sent.keys[k] in _BUILDING_HEADS:
            return True
        if k_end >= len(sent.keys) or k_end in time_toks:
            return True
        nk, tok = sent.keys[k_end], sent.tokens[k_end]
        if not is_arabic_word(tok) or nk in _PREPOSITIONS or nk in _RELATIVE or nk[:1] in ("و", "ف"):
            return True
        if not nk.startswith("ال") and nk.endswith(("ها", "هم")) and len(nk) >= 5:
            return True  # "تدمير ثلاث طائرات مسيرة أطلقها الحوثيون": a relative clause on what was destroyed
        return nk[:1] == "ب" and nk[:2] != "ال"  # بالصواريخ: the means, not the object

    def _place_named_before(self, doc: Document, sent: _Sent, lo: int, hi: int) -> list[Span]:
        """ "the town" standing for a town named earlier: سقوط المدينة after مدينة بارا is the fall of بارا.

        The antecedent is a LOC entity before the word that follows the same head noun without its article; of
        several, the one the article names most often (a later "نزح السكان باتجاه مدينة الأبيض" does not make
        الأبيض the town that fell), then the nearest. With none, المدينة stands for the nearest town named before
        it (سيطرتها على المدينة after منطقة عفرين), whatever its head."""
        for k in range(lo, hi):
            head = _ANAPHORIC_PLACE_HEADS.get(sent.bare[k]) or _ANAPHORIC_PLACE_HEADS.get(sent.keys[k])
            if head is None:
                continue
            if k + 1 < len(sent.keys) and sent.keys[k + 1].startswith("ال") and sent.keys[k + 1] not in _PREPOSITIONS:
                continue  # المدينة القديمة: a place of its own
            before = sent.tokens[k].start
            earlier = [e for e in doc.entities if e.type == "LOC" and e.end <= before]
            named = [
                e
                for e in earlier
                if (prev := doc.text[max(0, e.start - 20) : e.start].split())
                # (بلدة as it stands: strip_key reads its ب as a clitic)
                and head in (lookup_key(prev[-1]), strip_key(lookup_key(prev[-1])))
            ]
            if not named:
                towns = [e for e in earlier if e.place is not None and e.place.precision in ("point", "admin")]
                if head != _CITY_HEAD or not towns:
                    return []
                best = towns[-1]
                return [doc.span(best.start, best.end)]
            # mentions of a town count inside longer names too (ميناء الحديدة is a mention of الحديدة)
            loc_texts = [f" {lookup_key(e.text)} " for e in doc.entities if e.type == "LOC"]
            mentions: Counter[str] = Counter()
            for e in named:
                key = lookup_key(e.text)
                if key not in mentions:
                    mentions[key] = sum(f" {key} " in t for t in loc_texts)
            best = max(named, key=lambda e: (mentions[lookup_key(e.text)], e.start))
            return [doc.span(best.start, best.end)]
        return []

    def _locations(
        self, doc: Document, sent: _Sent, trig: _Trigger, plover: str, lo: int, hi: int, used: list[Span]
    ) -> list[Span]:
        """LOC entities of the clause: after the trigger, or before it after a locative word.

        Countries and regions count only after في / ب / داخل (after من / إلى they are mostly actors or origins);
        "areas of X, including A, B" keeps A and B, not the container X.
        """
        found: list[tuple[int, Entity]] = []
        for e in sent.entities:
            # an argument is no place, but a town named inside a longer argument is where it happened (اقتحام
            # مبنى محافظة البصرة: the building is the target, البصرة the place)
            if e.type != "LOC" or any(
                u.start == e.start or (u.start <= e.start < u.end and e.end > u.end) for u in used
            ):
                continue
            ek = sent.token_at(e.start)
            if ek is None or not (lo <= ek < hi) or trig.tok <= ek < trig.end_tok:
                continue
            prev_key = sent.keys[ek - 1] if ek > 0 else ""
            if prev_key in _TOPIC or (ek > 1 and sent.keys[ek - 2] in _TOPIC and prev_key in _LOCATIVE):
                continue
            if prev_key == "من" and ek > 1 and strip_key(sent.keys[ek - 2]) in _BACKED_BY:
                continue  # "الفصائل المدعومة من أنقرة": who backs an actor, not where it happened
            own_prefix = sent.tokens[ek].start < e.start and sent.keys[ek][:1] in ("ب", "و")
            in_word = prev_key in ("في", "داخل", "وفي") or (own_prefix and sent.keys[ek][:1] == "ب")
            # (a town after its head noun names a place wherever it stands: "وشهدت مدن وهران وقسنطينة مسيرات")
            headed = strip_key(prev_key) in _NAMED_PLACE_HEADS or strip_key(prev_key) in _PLURAL_PLACE_HEADS
            locative = in_word or prev_key in _LOCATIVE or strip_key(prev_key) in _LOCATIVE or own_prefix or headed
            broad = e.place is not None and e.place.precision in ("country", "region")
            clitic = sent.tokens[ek].start < e.start
            if broad and trig.entry.lemma in _VISITS and ek >= trig.end_tok and _visited(sent, trig, ek, clitic):
                in_word = True  # "زيارة الرئيس إلى فرنسا"، "زار الوزير تركيا": the country visited is where
            if (
                broad
                and plover in ("FIGHT", "ASSAULT")
                and prev_key == "علي"
                and trig.entry.pos == "N"
                and trig.end_tok <= ek - 1 <= trig.end_tok + 2
            ):
                in_word = True  # "الغارات الإسرائيلية على جنوب لبنان": where the strikes fell
            if (
                broad
                and plover in ("FIGHT", "ASSAULT")
                and ek > trig.end_tok
                and sent.keys[ek] in _DIRECTION_ADJECTIVES
            ):
                in_word = True  # "بغارة على سيارة جنوب لبنان": a direction and its country after the target, where
            if broad and not in_word:
                continue
            if plover in _VERBAL and not (in_word and trig.end_tok <= ek <= trig.end_tok + 4):
                continue
            if ek >= trig.end_tok or locative:
                found.append((ek, e))
        # "… منها الشعار والمرجة": the listed places replace the area that contains them
        for k in range(trig.end_tok, hi):
            if sent.bare[k] in _INCLUDING or sent.keys[k] in _INCLUDING:
                listed = [(ek, e) for ek, e in found if ek > k]
                if listed:
                    found = [(ek, e) for ek, e in found if ek < trig.tok] + listed
                break
        # a place named twice in the clause is one place (في البصرة … في محافظة البصرة)
        firsts = {lookup_key(e.text): e for _ek, e in reversed(found)}
        spans = [doc.span(e.start, e.end) for _ek, e in found if firsts[lookup_key(e.text)] is e]
        if not spans and plover not in _VERBAL:
            spans = self._place_phrase(doc, sent, trig, lo, hi)
        if not spans and plover not in _VERBAL and (topic := self._topic_place(sent, trig)) is not None:
            spans = [doc.span(topic.start, topic.end)]
        return spans

    def _topic_place(self, sent: _Sent, trig: _Trigger) -> Entity | None:
        """The town a headline opens with before its colon ("السويداء: مقتل العشرات في اشتباكات"), for a trigger
        after the colon; a country or a region there is the story's topic, too broad a place, and a capital the
        government speaking ("دمشق: صواريخ إسرائيل استهدفت مواقع عسكرية")."""
        ent = self._entity_at(sent, 0) if sent.tokens else None
        if ent is None or ent.type != "LOC" or ent.place is None or ent.place.precision in ("country", "region"):
            return None
        if ent.place.feature == "PPLC":
            return None
        k = sent.token_at(ent.end - 1)
        if k is None or k + 1 >= trig.tok or sent.keys[k + 1] != ":" or ent.start != sent.tokens[0].start:
            return None
        return ent

    def _place_phrase(self, doc: Document, sent: _Sent, trig: _Trigger, lo: int, hi: int) -> list[Span]:
        """A generic place phrase after a locative word (في المنطقة العازلة، داخل الأراضي السورية)."""
        for k in range(max(lo, 1), hi):
            if trig.tok <= k < trig.end_tok:
                continue
            key, bare = sent.keys[k], sent.bare[k]
            if key not in _PLACE_NOUNS and bare not in _PLACE_NOUNS and ("ال" + bare) not in _PLACE_NOUNS:
                continue
            prev = sent.keys[k - 1]
            prefixed = key != bare and key[:1] in ("ب", "ل")
            if not (prev in _LOCATIVE or strip_key(prev) in _LOCATIVE or prefixed):
                continue
            if k < trig.tok and not (prev in ("في", "داخل") or prefixed):
                continue
            end = k + 1
            times = sent.time_tokens()  # "في المدينة الاثنين": the day is when, not more of the place
            while (
                end < hi
                and end - k < 4
                and sent.keys[end].startswith("ال")
                and sent.keys[end] not in _PREPOSITIONS
                # "حي الشفاء الأسبوع الماضي": a period the times layer leaves out (a day is in ``times``)
                and sent.keys[end] not in _PERIODS
                and sent.keys[end] not in _PERIOD_ADJECTIVES
                and end not in times
            ):
                end += 1
            if end < len(sent.keys) and sent.keys[end] in _RELATIVE:
                return []  # المناطق التي ذكرها الجيش: defined elsewhere, not a place of its own
            if end == k + 1 and bare in _NAMED_PLACE_HEADS and not _definite_key(key) and end < len(sent.keys):
                return []  # "على مدينة …": a head whose name lies past the clause, no place phrase of its own
            start = sent.tokens[k].start + 1 if prefixed else sent.tokens[k].start
            return [doc.span(start, sent.tokens[end - 1].end)]
        return []

    def _disagrees(self, sent: _Sent, trig: _Trigger, ent: Entity) -> bool:
        """The verb trigger is masculine singular and the entity after it takes a feminine verb."""
        key = sent.bare[trig.tok] or sent.keys[trig.tok]
        past = key in self.lexicon.past_forms
        if not past and not key.startswith("ي"):
            return False
        return masculine_singular_verb(key, not past) and feminine_name(ent.text, ent.type)

    @staticmethod
    def _actorish(ent: Entity) -> bool:
        # countries act (روسيا استخدمت الفيتو); towns and districts are places
        return (ent.place is not None and ent.place.precision == "country") or ent.type != "LOC"

    @staticmethod
    def _capital(ent: Entity) -> bool:
        """A national capital, which may stand for its government right after a verb or a noun of saying (رفضت
        موسكو، طلب بيونغ يانغ، تهديدات واشنطن; session 33)."""
        return ent.place is not None and ent.place.feature == "PPLC"

    # -- date -------------------------------------------------------------------------------------------------
    def _date(
        self, doc: Document, sent: _Sent, trig: _Trigger, statement_index: int | None
    ) -> tuple[dict[str, str] | None, int | None]:
        lo_c, hi_c = sent.sentence.start, sent.sentence.end
        mode = self.date_scope
        if statement_index is not None and mode != "sentence":
            # reported speech: the date said inside the content; the time of the saying is not the event's
            content = doc.statements[statement_index].content
            lo_c, hi_c = max(lo_c, content.start), min(hi_c, content.end)
        # sent.times: those of doc.times that start in the sentence, in order; [lo_c, hi_c) lies inside it
        times = [
            t
            for t in sent.times
            if lo_c <= t.start < hi_c and not _is_since(t) and not self._scheduled_for_another(sent, trig, t)
        ]
        if mode == "clause" and times:
            lo, hi = self._clause_bounds(sent, trig)
            a = sent.tokens[max(0, lo - 3)].start
            b = sent.tokens[min(len(sent.tokens), hi + 3) - 1].end
            times = [t for t in times if a <= self._time_anchor(sent, t) and t.start < b]
        if not times and statement_index is not None and not self.statement_time:
            st = doc.statements[statement_index]
            if (
                st.time is not None
                and trig.start == st.content.start
                and st.time.end <= st.content.start
                and not doc.text[st.time.end : st.content.start].strip(" ،,\n")  # no أن between: an object
            ):
                # "أعلنت الحركة مساء الثلاثاء وقفا لإطلاق النار": the object of the report is the act announced,
                # whose time is the report's when it names a day (not "مطلع الشهر الجاري")
                times = [
                    t
                    for t in doc.times
                    if t.start < st.time.end and st.time.start < t.end and not _is_since(t) and t.precision == "day"
                ]
        if not times and statement_index is not None and self.statement_time:
            # else the time of the governing statement (وفي وقت سابق اليوم، قالت روسيا إن …)
            st_time = doc.statements[statement_index].time
            if st_time is not None:
                times = [t for t in doc.times if t.start < st_time.end and st_time.start < t.end and not _is_since(t)]
        if not times:
            return None, None
        # the nearest expression to the trigger, extended over one joined to it by أو / و / إلى
        nearest = min(times, key=lambda t: min(abs(t.start - trig.end), abs(trig.start - t.end)))
        group = [nearest]
        for t in sorted(times, key=lambda t: t.start):
            if t is nearest:
                continue
            lo, hi = (nearest.end, t.start) if t.start >= nearest.end else (t.end, nearest.start)
            between = lookup_key(doc.text[lo:hi]).strip()
            if between in ("او", "و", "الي", "حتي", "-", "و حتي"):
                group.append(t)
        ranges = [r for r in (_value_range(t.value) for t in group) if r is not None]
        if not ranges:
            return None, None
        start = min(r[0] for r in ranges)
        end = max(r[1] for r in ranges)
        precision = 1 if start == end else 2 if _days_between(start, end) <= 7 else 3
        return {"start": start, "end": end}, precision

    @staticmethod
    def _time_anchor(sent: _Sent, time: TimeExpression) -> int:
        """Where a time starts for the clause window: a leading part of day is not counted (وفجر 14 أبريل، قصفت …
        reaches the clause as "14 أبريل" did before the part of day was taken into dates)."""
        k = sent.token_at(time.start)
        if k is None:
            return time.start
        if time.part_of_day and k + 1 < len(sent.tokens) and sent.tokens[k + 1].start < time.end:
            return sent.tokens[k + 1].start
        return time.start

    def _scheduled_for_another(self, sent: _Sent, trig: _Trigger, time: TimeExpression) -> bool:
        """…اتفاق لتشكيل لجنة تشرف على الانتخابات المقررة في ديسمبر: the time a participle (المقررة، المرتقبة)
        gives a later noun is that noun's date, not the date of a trigger further back."""
        k = sent.token_at(time.start)
        if k is None or time.start < trig.end:
            return False
        if sent.keys[k].startswith(("لعام", "لسنه")) and k - trig.end_tok > 2:
            return True  # "طالبت … باحترام اتفاق فض الاشتباك لعام 1974": the year of the agreement, not the demand
        p = k - 1
        if p >= 0 and sent.keys[p] == "في":
            p -= 1
        if p >= 1 and sent.keys[p].endswith(("ه", "ها", "هما")) and strip_key(sent.keys[p - 1]) in _SCHEDULED:
            p -= 1  # المقرر عقدها في …: the participle, then the scheduled act with its pronoun
        if p < 0 or strip_key(sent.keys[p]) not in _SCHEDULED:
            return False
        between = [strip_key(k) for k in sent.keys[trig.end_tok : p]]
        # a noun between the trigger and the participle owns the time; an adjective of the trigger does not
        return any(k not in _ORDER_ADJECTIVES for k in between)

    # -- modality ---------------------------------------------------------------------------------------------
    def _cue_reaches(self, sent: _Sent, b: int, trig: _Trigger, modality: str) -> bool:
        """Whether a cue at token b governs the trigger.

        Future cues reach over a clause start (من المقرر أن يعقد مجلس الأمن اجتماعا), other cues four words, both
        only to the nearest act; a negator reaches the next word, or farther only over a light verb or a verb of
        occurring and its subject (لم تنفذ أي غارات) — لا يعرف أي فصيل أطلق is not a negated shooting.
        """
        distance = trig.tok - b
        if sent.keys[b] in ("نحو", "ونحو") and b + 1 < len(sent.keys):
            if _counted(sent, b + 1) or strip_key(sent.keys[b + 1]) in _DURATIONS:
                # "نحو 400 ألف شخص فروا"، "بعد نحو أسبوعين من احتجاجات": "about", before a number or a duration, not
                # "towards" (خطوة نحو اتفاق)
                return False
        if modality != "negated":
            # another act between takes the cue ("ينبغي إجراء تحقيق في الهجوم": the inquiry is to be, the attack was),
            # a conditional's verb too ("ما إذا كان سينسحب من الاتفاق"); a planned verb's subject is planned with it
            # ("من المقرر أن يبحث الاجتماع"), a noun joined by و shares it ("يعتزم زيارة بيونغ يانغ ولقاء كيم")
            if distance > (6 if modality == "planned" else 4):
                return False
            if sent.keys[trig.tok][:1] == "و" and sent.tokens[trig.tok].text[:1] == "و":
                return True
            acts = [m[0].pos for k in sent.keys[b + 1 : trig.tok] if (m := match_word(self.lexicon, k)) is not None]
            return "N" not in acts and not (modality == "hypothetical" and acts)
        if distance <= 1:
            return True
        # a negator reaches over light verbs, أي and verbs of being or doing (لم تنفذ أي غارات، لا توجد اشتباكات، لم
        # يتم الاتفاق) and a noun (لا يزال…: no); another verb takes the negation itself: "لن يفضوا اعتصامهم" does not
        # deny the sit-in, "لم يتأثر الإنتاج بالاحتجاج" not the protest, "لا تزال المفاوضات" not the talks
        between = sent.keys[b + 1 : trig.tok]
        light = self.lexicon.light_verbs
        if distance == 2 and not _verb_shaped(between[0]):
            return True
        if all(k in light or k in _THROUGH_NEGATION for k in between):
            return True
        # a light verb or a verb of occurring, then its subject or its complement up to the noun, with no verb,
        # clause or punctuation between (لم تنفذ الطائرات أي غارات، لم يتم التوصل إلى اتفاق، لم تشهد المدينة اشتباكات)
        first, rest = between[0], between[1:]
        if first in self.lexicon.light_verb_preps or first[1:] in self.lexicon.light_verb_preps:
            return False  # (a light verb that needs its preposition: لم ترد على طلب CNN, the request was made)
        return (
            (first in light or first in _THROUGH_NEGATION)
            and distance <= 6
            and bool(rest)
            # the subject (definite words, a name), أي, a preposition: not a verbal noun that is the negated act
            # itself (لم يتم كشف الاتهامات: the charges exist) nor a relative clause (دون تنفيذ عمليات كانت مقررة)
            and all(
                sent.keys[q] not in _NOT_THROUGH
                and (
                    sent.keys[q].startswith("ال")
                    or sent.keys[q] in _THROUGH_NEGATION
                    or sent.keys[q] in ("في", "من", "الي", "علي", "عن")
                    or self._entity_at(sent, q) is not None
                )
                for q in range(b + 2, trig.tok)
            )
        )

    def _governing(self, sent: _Sent, trig: _Trigger) -> str | None:
        """The modality a demand / threat / denial verb gives the act it governs (its object, a few words on).

        The search stops at words that start another clause or a circumstance (بعد إطلاق صواريخ، المسؤولين عن
        الهجوم): what comes after them is not what is demanded or threatened.
        """
        cues = self.lexicon.modality
        b, words = trig.tok - 1, 0
        # a finite verb joined by و with no complementiser since the cue is the cue's own second act ("تنفي استهداف
        # المدنيين وتتهم الجيش"، "طالبوا بالإفراج عنه وأغلقوا الطريق"), not what it denies or demands
        coordinated = trig.entry.pos == "V" and sent.keys[trig.tok][:1] == "و"
        while b >= 0 and words < 7:
            # a name counts as one word: دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى وقف …
            ent = self._entity_at(sent, b)
            while ent is not None and b > 0 and self._entity_at(sent, b - 1) is ent:
                b -= 1
            # … and so does a speaker (هددت الدول الأوروبية الثلاث بتفعيل …)
            at = sent.tokens[b].start
            speaker = next((sp for sp in sent.speakers if sp[0] <= at < sp[1]), None)
            while speaker is not None and b > 0 and sent.tokens[b - 1].start >= speaker[0]:
                b -= 1
            # quote marks are no words (هددت الدول بتفعيل آلية "الزناد" لإعادة فرض العقوبات)
            words += 1 if is_arabic_word(sent.tokens[b]) or sent.keys[b][:1].isdigit() else 0
            k = sent.keys[b]
            b -= 1
            hedge = k == "عن" and b >= 0 and sent.keys[b] in ("انباء", "تقارير")
            if k in _CLAUSE_BREAK or ((strip_key(k) in _GOVERN_STOP or k in _GOVERN_STOP) and not hedge):
                return None
            if k in _COMPLEMENTISERS:
                coordinated = False
            for key in (k, strip_key(k), k[1:] if k[:1] in ("و", "ف") else k):
                for modality, where in cues.get(key, ()):
                    if where == "governs":
                        if strip_key(key) in _FOILING and sent.keys[trig.tok][:1] == "و":
                            return None  # "إحباط مخطط إرهابي واعتقال خلية": the plot was foiled, the arrest made
                        return None if coordinated else modality
        return None

    def _purpose(self, sent: _Sent, k: int, lo: int, lemma: str) -> bool:
        """Token k is ل + a verbal noun that an agreement, a demand or a fight just before it is for (اتفاق لإجلاء
        المقاتلين، معارك لاستعادة السيطرة): still to come. A toll (أدت الغارات لمقتل) is no purpose."""
        if (
            k <= 0
            or sent.keys[k][:1] != "ل"
            or sent.keys[k][:2] == "ال"
            or match_word(self.lexicon, sent.keys[k]) is None
        ):
            return False
        purposes = ("AGREE", "DEMAND", "CONSULT") if lemma in _KILL_LEMMAS else _PURPOSE_OF
        for b in range(k - 1, max(lo, k - 3) - 1, -1):
            m = match_word(self.lexicon, sent.keys[b])
            if m is not None and m[0].plover in purposes:
                return True
        return False

    def _modality(self, doc: Document, sent: _Sent, trig: _Trigger, statement_index: int | None) -> str:
        cues = self.lexicon.modality
        content = doc.statements[statement_index].content if statement_index is not None else None
        # negators in the reporting clause (لم تستطع تأكيد …) belong to the statement's stance, not the event
        lo, hi = self._clause_bounds(sent, trig, content)
        found: str | None = None
        if trig.future:
            found = "planned"
        for b in range(trig.tok - 1, max(lo, trig.tok - 7) - 1, -1):
            k = sent.keys[b]
            # two-word cues (من المقرر) are keyed with a space
            pair = f"{sent.keys[b - 1]} {k}" if b > 0 else ""
            pair_bare = pair[1:] if pair[:1] in ("و", "ف") else pair  # ومن المقرر
            for key in (pair, pair_bare, k, strip_key(k)):
                if key == "علي ان" and b >= 2 and strip_key(sent.keys[b - 2]) in _AFFIRMING_ALA_AN:
                    continue  # "لا دليل على أن الهجوم جاء من اليمن"، "شدد على أن": a fact argued, not one agreed to be
                for modality, where in cues.get(key, ()):
                    if where == "before" and found is None and self._cue_reaches(sent, b, trig, modality):
                        found = modality
            if found is not None:
                break
        if found is None and trig.tok > 0 and sent.keys[trig.tok - 1] == "قد" and trig.entry.pos == "V":
            # قد + present is "may"; قد + past (كانت مصر قد توسطت) asserts
            key = sent.keys[trig.tok]
            bare_verb = key[1:] if key[:1] in ("و", "ف") and key[1:] in self.lexicon.verbs else key
            if bare_verb not in self.lexicon.past_forms:
                found = "hypothetical"
        if (
            found is None
            and trig.entry.pos != "V"
            and (
                self._purpose(sent, trig.tok, lo, trig.entry.lemma)
                # … and what the purpose acts on: لاستعادة [السيطرة] الكاملة
                or (trig.tok > 0 and self._purpose(sent, trig.tok - 1, lo, ""))
            )
        ):
            found = "planned"
        governing = self._governing(sent, trig)
        if governing == "negated" and _presupposed(sent, trig):
            governing = None  # "نفى أي دوافع سياسية وراء التوقيف": the arrest is taken for granted
        if governing == "negated" and found in (None, "unconfirmed"):
            found = "negated"  # ينفون أنباء عن محادثات
        elif found is None:
            found = governing
        if found is None:
            for a in range(trig.end_tok, min(hi, trig.end_tok + 12)):
                k = sent.keys[a]
                window = 2 if a - trig.end_tok < 2 else 8
                for modality, where in cues.get(k, ()):
                    if where == "after" and a - trig.end_tok < window:
                        found = modality
                if (
                    found is None
                    and trig.entry.pos == "N"
                    and a - trig.end_tok < 12
                    and k.startswith("ست") | k.startswith("سي")
                ):
                    # a noun event whose clause goes on in the future: المحادثات ... ستبدأ
                    if (
                        len(k) >= 5
                        and match_word(self.lexicon, k) is None
                        and k not in _FUTURE_LOOKALIKES
                        and self._entity_at(sent, a) is None  # سيناء، سينار: names, not "will …"
                    ):
                        if k.startswith(("ستب", "ستع", "ستج", "سيب", "سيع", "سيج", "ستت", "سيت", "ستن", "سين")):
                            found = "planned"
                if found:
                    break
        if statement_index is not None:
            stance = doc.statements[statement_index].stance
            if stance == "deny" and found in (None, "asserted") and not _presupposed(sent, trig):
                found = "negated"
            elif stance == "unconfirmed" and found in (None, "asserted"):
                found = "unconfirmed"
        return found or "asserted"

    # -- assembly ----------------------------------------------------------------------------------------------
    def _sentence_events(self, doc: Document, sent: _Sent) -> list[Event]:
        triggers = self.find_triggers(sent)
        if not triggers:
            return []
        # refine.tsv may say a reading is no event (a match, not a battle; drones, not a march): such a word is then
        # no trigger either, and may stand in a phrase (استهدفت طائرات مسيرة مستودعات: the actor is two words)
        readings = [(trig, self._refine(sent, trig)) for trig in triggers]
        readings = [(trig, reading) for trig, reading in readings if reading[0] != "NONE"]
        if sent.match_report:
            # "الطرد الذي تعرض له المدافع"، "ويلتقي الهلال في الجولة المقبلة مع الشباب": the game, no event
            readings = [(trig, reading) for trig, reading in readings if trig.entry.lemma not in _MATCH_LEMMAS]
        triggers_at = {k for t, _reading in readings for k in _trigger_tokens(sent, t)}
        quantities = quantities_in(doc, sent.tokens)
        events: list[Event] = []
        kept: list[_Trigger] = []
        inherited: set[int] = set()  # events whose actors come from an earlier event of the sentence
        for trig, (plover, acled) in readings:
            kept.append(trig)
            statement_index = _statement_of(doc, sent.statements, trig.start, trig.end)
            content = doc.statements[statement_index].content if statement_index is not None else None
            actors, targets, locations = self._arguments(doc, sent, trig, plover, triggers_at, content)
            actors, targets = _actors_from_statements(doc, sent, trig, statement_index, actors, targets, self.lexicon)
            # the verb before, past noun triggers in its object ("أحبطت قوات الأمن هجوما … واعتقلت": هجوما is no verb)
            verb_at = next((i for i in range(len(events) - 1, -1, -1) if kept[i].entry.pos == "V"), None)
            if verb_at is not None and any(
                sent.keys[k] in _BARE_COMPLEMENTISERS and sent.keys[k + 1] not in _PREPOSITIONS
                for k in range(kept[verb_at].tok, trig.tok - 1)
            ):
                # "…، مشيرا إلى أن عصابات كانت قد نصبت كمائن وقتلت": a clause with a subject of its own (not "رغم
                # إنه لم يتضح …، وكان قد وافق": the pronoun, and the main clause goes on)
                verb_at = None
            if (
                not actors
                and (_conjoined_verb(sent, trig) or self._after_joined_light_verb(sent, trig))
                and verb_at is not None
                and events[verb_at].actors
            ):
                # "صدت قوات الجيش الهجوم وقتلت أكثر من 70 إرهابيا": a verb joined by و shares the subject before it
                # (not the partner after مع: "تبحث سوريا مع روسيا … وتؤيد")
                subjects = [a for a in events[verb_at].actors if not _after_ma(doc, a)]
                person = _verb_person(sent, trig) if trig.entry.pos == "V" else _key_person(sent.keys[trig.tok - 1])
                if subjects and _pronoun_agrees(person, subjects[0].text):
                    actors = subjects
                    inherited.add(len(events))
            killed = trig.entry.lemma in _KILL_LEMMAS and trig.entry.pos == "V" and not targets
            if killed and actors and is_civilian_target(actors[0]):
                # "أكثر من 1300 مدني … قتلوا في عمليات إعدام": civilians before the unvocalised verb were killed
                targets, actors = actors[:1], actors[1:]
            if not actors and (pronoun := _but_pronoun_before(sent, trig)) is not None:
                # "دعا الهجري إلى ضبط النفس، لكنه رفض دخول القوات": "but he" is the one acting before it
                at = next((i for i in range(len(events) - 1, -1, -1) if events[i].actors), None)
                if at is not None and _pronoun_agrees(pronoun, events[at].actors[0].text):
                    actors = list(events[at].actors)
                    inherited.add(len(events))
            if (
                not actors
                and _possessed(sent, trig)
                and plover not in _VICTIM_PRONOUN_TYPES
                and trig.entry.lemma not in _VAGUE_MEANS  # استهدافهم: who was targeted
                and not _patient_genitive(trig, plover)
                and not _passive(sent, trig)
            ):
                # "وتقدمت الفصائل نحو حمص بعد سيطرتها على حماة": the pronoun on the noun is the one acting before it
                # (an actor found that way is no source for the next pronoun: "دعت X الأطراف إلى … ومواصلة تعاونها")
                at = next((i for i in range(len(events) - 1, -1, -1) if events[i].actors), None)
                before = events[at] if at is not None and at not in inherited else None
                if before is not None and _pronoun_agrees(sent.keys[trig.tok], before.actors[0].text):
                    actors = list(before.actors)
                    inherited.add(len(events))
            if statement_index is not None and plover not in _VERBAL and not _names_a_place(doc, locations):
                posted = _witness_place(doc, doc.statements[statement_index])
                locations = [posted] if posted is not None else locations
            plover, acled = by_arguments(plover, acled, trig.entry.lemma, actors, targets)
            if trig.toll and plover == "FIGHT" and not actors and not self._combatants_killed(sent, trig):
                # "قتل أربعة متظاهرين / شخص واحد" with no attack and no killer named: one-sided violence
                plover, acled = "ASSAULT", list(ATTACK_ON_CIVILIANS)
            date, precision = self._date(doc, sent, trig, statement_index)
            modality = self._modality(doc, sent, trig, statement_index)
            trigger_span = doc.span(trig.start, trig.end)
            past_negated = any(sent.keys[b] in ("لم", "ولم", "فلم") for b in range(max(0, trig.tok - 2), trig.tok))
            if modality == "negated" and plover == "AGREE" and trig.entry.pos == "V" and not past_negated:
                # refusing to accept is a rejection (لن تقبل), asserted; a deal not signed (لم نوقع) stays negated
                plover, modality = "REJECT", "asserted"
            events.append(
                Event(
                    trigger=trigger_span,
                    plover=plover,
                    acled=acled,
                    actors=actors,
                    targets=targets,
                    locations=locations,
                    date=date,
                    modality=modality,  # type: ignore[arg-type]
                    statement=statement_index,
                    time_precision=precision,
                )
            )
        _attach_quantities(events, kept, quantities, sent.keys)
        return events


# Heads of witnesses who report from where they are (مراسل … غربي إدلب، ناشطون في درعا), as keys without ال.
_WITNESS_HEADS = {
    lookup_key(w)
    for w in (
        "مراسل مراسلة مراسلو مراسلنا مراسلتنا ناشط ناشطون نشطاء ناشطين سكان ساكن شهود شاهد أهالي مسعفون مسعف"
    ).split()
}


def _named_source(doc: Document, speaker: Span | None) -> bool:
    """A speaker that is one noun phrase naming a source: no comma inside, and its first word a source noun of the
    statements lexicon (مركز، لجنة، مكتب) or a name. A speaker read wrong ("ميركل، متحدثة … قبيل زيارة بوتين",
    "يمثل اقتحام القنصلية") is no reason to drop the events in it."""
    if speaker is None or "،" in speaker.text or "," in speaker.text:
        return False
    first = lookup_key(speaker.text.split()[0]) if speaker.text.split() else ""
    sources = load_statement_lexicon().sources
    named = any(e.start == speaker.start and e.type in ("ORG", "PER") for e in doc.entities)
    return named or first in sources or (first[:1] in ("و", "ف") and first[1:] in sources)


def _oblique_plural(key: str) -> bool:
    """An actor head in the oblique sound plural (المسلحين، الإرهابيين), with or without ال."""
    return key.endswith("ين") and (key in _ACTOR_HEADS or strip_key(key) in _GENERIC_HEAD_KEYS)


def _names_a_place(doc: Document, spans: list[Span]) -> bool:
    """One of the spans is a LOC entity (a generic phrase like "المنطقة" names none)."""
    starts = {(e.start, e.end) for e in doc.entities if e.type == "LOC"}
    return any((sp.start, sp.end) in starts for sp in spans)


# Bodies that count the dead and wounded where they are (keys without a proclitic): الصحة of a health ministry or
# directorate, الدفاع المدني، الهلال الأحمر، a hospital
_LOCAL_COUNTERS = frozenset(strip_key(lookup_key(w)) for w in "الصحة المدني الهلال مستشفى المستشفى".split())


def _witness_place(doc: Document, st: Statement) -> Span | None:
    """The town or district a witness reports from, named in the speaker phrase: "ذكر مراسل الوكالة غربي إدلب
    إن قذائف سقطت على المنطقة" happened in إدلب. Only witnesses on the ground (reporters, activists, residents):
    an ambassador in Washington does not place what he speaks of there."""
    words = lookup_key(st.speaker.text).split()
    # a local casualty counter at its seat counts too: "مسؤولون في وزارة الصحة بقطاع غزة"، "الدفاع المدني في درعا"
    local_body = any(strip_key(w) in _LOCAL_COUNTERS for w in words)
    if not words or (strip_key(words[0]) not in _WITNESS_HEADS and not local_body):
        return None
    for e in doc.entities:
        if e.type == "LOC" and st.speaker.start <= e.start and e.end <= st.speaker.end:
            if e.place is not None and e.place.precision in ("point", "admin"):
                return doc.span(e.start, e.end)
    return None


def _actors_from_statements(
    doc: Document,
    sent: _Sent,
    trig: _Trigger,
    statement_index: int | None,
    actors: list[Span],
    targets: list[Span],
    lexicon: Lexicon,
) -> tuple[list[Span], list[Span]]:
    """(actors, targets) of a trigger once the statements are read: a report's own verb (اتهمت، دعت، حذر) acts
    through its speaker, and an implicit subject inside reported speech (إنها، قواته) is the speaker."""
    cue_of = _statement_with_cue(doc, trig.start, trig.end, sent.sentence)
    if cue_of is None and _passive_accusation(sent, trig, actors):
        # "واتهمت حركة الشباب بتفجير شاحنة": no accuser in the sentence (the statements read no report), the
        # name right before بـ is the accused
        return [], [*actors[:1], *targets]
    if cue_of is not None:
        sp = cue_of.speaker
        if actors and _runs_past(actors[0], sp, doc):
            # واتهمت السلطات المحلية الحوثيين: the phrase ran from the speaker into the accused
            rest = doc.text[sp.end : actors[0].end]
            if not targets:
                targets = [doc.span(sp.end + len(rest) - len(rest.lstrip()), actors[0].end)]
            actors = [sp, *(a for a in actors[1:] if not a.overlaps(sp))]
        # a phrase read as the actor after the verb, with the speaker before it, is what the report is about (نفت X
        # …، واتهمت الجيش بـ …: the army is accused)
        if (
            actors
            and sp.start <= actors[0].start
            and actors[0].end < sp.end
            and not any(e.end == actors[0].end for e in doc.entities)
        ):
            # "اتهم رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة": a title cut short is the whole speaker (a name
            # read whole stays: in "أدانت الولايات المتحدة الرئيس الفلسطيني" the speaker ran into the object)
            actors = [sp, *(a for a in actors[1:] if not a.overlaps(sp))]
        speaker_first = sp.end <= trig.start and all(a.start >= trig.end for a in actors)
        if not any(a.overlaps(sp) for a in actors) and (not actors or speaker_first):
            targets = [*actors[:1], *targets] if actors and not targets else targets
            actors = [sp]
            targets = [t for t in targets if not t.overlaps(sp)]  # رفض ناشطون: no self-target
    if statement_index is None:
        return actors, targets
    st = doc.statements[statement_index]
    # the light verb right before the noun, or before a count of it ("أعلنت أنها نفذت أكثر من 200 ضربة")
    lv = next(
        (
            b
            for b in range(trig.tok - 1, max(0, trig.tok - 6), -1)
            if sent.keys[b] in lexicon.light_verbs
            and (b == trig.tok - 1 or count_phrase_end(sent.keys, b + 1) == trig.tok)
        ),
        trig.tok - 1,
    )
    if (
        trig.entry.pos in ("N", "P")
        and not actors
        and lv >= 1
        and sent.keys[lv] in lexicon.light_verbs
        # (أنه تلقى تهديدا: he was threatened; تلقى اتصالا still takes part in the call)
        and not (sent.keys[lv].startswith(("تلق", "يتلق")) and trig.entry.plover != "CONSULT")
        and sent.keys[lv - 1] in _SUBJECT_PRONOUNS
        and (
            _pronoun_agrees(sent.keys[lv - 1], st.speaker.text)
            # a person is one, whatever his name ends in (بوتين is no plural in ين)
            or (_speaker_is_person(doc, st.speaker) and not sent.keys[lv - 1].endswith(("هم", "هما")))
        )
    ):
        # "أعلن الجيش أنه شن ضربات": the pronoun subject of the light verb is the speaker
        return [st.speaker], targets
    if trig.entry.pos in ("N", "P"):
        tok = sent.tokens[trig.tok]
        if (
            not actors
            and tok.start <= st.content.start < tok.end
            and trig.entry.plover not in ("ASSAULT", "COERCE")
            and trig.entry.lemma not in _VAGUE_MEANS  # (nor "استهدافهم": who was targeted)
            and _possessed(sent, trig)
        ):
            # أعلنت الإدارة سيطرتها على المدينة: "its control" is the speaker's (not "احتجازهم", "مقتله": the
            # pronoun of an arrest or a killing is who suffered it)
            actors = [st.speaker]
        if (
            not actors
            and trig.entry.plover in ("COERCE", "FIGHT", "AID", "MOBILIZE")
            and trig.entry.lemma not in _VAGUE_MEANS
            and _announced_object(doc, sent, trig, st)
            and actor_kind(st.speaker) is not None
        ):
            # "أعلن جهاز مكافحة الإرهاب تفكيك خلية واعتقال خمسة من أفرادها"، "أعلنت الخارجية الفرنسية طرد …": a
            # force or a government (actor_kinds.tsv) announces its own arrests, expulsions, take-overs and
            # destruction, and the aid or troops it sends (وأعلنت وزارة الدفاع إرسال تعزيزات; not the deaths a
            # ministry counts: مقتل is never read so)
            actors = [st.speaker]
        return actors, targets
    if trig.entry.pos != "V" or st.content.start > trig.start:
        return actors, targets
    if actors and not targets and trig.tok > 0 and sent.keys[trig.tok - 1] in _SUBJECT_PRONOUNS:
        # "مضيفا أنه اعتقل أربعة فلسطينيين": right after أنه the phrase is the object (not "أنه حتى اليوم ترفض
        # روسيا": an expletive أنه further back, Russia the subject)
        targets, actors = actors[:1], []
    if actors and not targets and _own_forces_before(sent, trig) and all(a.start >= trig.end for a in actors):
        targets, actors = actors[:1], []  # "إن طائراتها الحربية دمرت 24 هدفا": the subject came first
    if not actors and _pronoun_subject(sent, trig) and not _attack_took_up(sent, trig, lexicon):
        actors = [st.speaker]  # قالت الوزارة إنها لن تقبل، أعلن المتحدث أن قواته استهدفت
        pronoun = _plural_pronoun_before(sent, trig)
        if pronoun and not _pronoun_agrees(pronoun, st.speaker.text):
            # "قال مصدر عسكري … مضيفا أنهم استولوا": "they" are not the one source; a group named in the speaker
            # phrase is (المتحدث باسم الحوثيين: إنهم استهدفوا)
            inside = [
                e for e in doc.entities if e.type == "ORG" and st.speaker.start < e.start and e.end <= st.speaker.end
            ]
            actors = [doc.span(inside[0].start, inside[0].end)] if inside else []
    return actors, targets


def _speaker_is_person(doc: Document, speaker: Span) -> bool:
    """The speaker phrase ends in a person's name (بوتين، الرئيس الروسي فلاديمير بوتين)."""
    return any(e.type == "PER" and e.end == speaker.end and speaker.start <= e.start for e in doc.entities)


def _plural_pronoun_before(sent: _Sent, trig: _Trigger) -> str | None:
    """The plural subject pronoun (أنهم، بأنهم، أنهما) within three words before the trigger, else None."""
    for b in range(trig.tok - 1, max(0, trig.tok - 4) - 1, -1):
        if sent.keys[b] in _SUBJECT_PRONOUNS:
            return sent.keys[b] if sent.keys[b].endswith(("هم", "هما")) else None
    return None


def _attack_noun(lexicon: Lexicon, key: str) -> bool:
    """The key (or its bare form) is a noun of attack in the trigger lexicon (هجوم، الغارة، القصف), not a killing."""
    noun = lexicon.nouns.get(strip_key(key)) or lexicon.nouns.get(key)
    return noun is not None and noun.plover in ("FIGHT", "ASSAULT") and noun.lemma not in _KILL_LEMMAS


def _attack_took_up(sent: _Sent, trig: _Trigger, lexicon: Lexicon) -> bool:
    """استهدف with a pronoun subject after an attack noun earlier in the sentence: "it" is the attack, not the
    speaker ("… أن يكون الهجوم قد وقع داخل الأراضي الأردنية، مؤكدا أنه استهدف قاعدة التنف")."""
    if trig.entry.lemma != "استهدف" or trig.tok == 0 or sent.keys[trig.tok - 1] not in ("انه", "بانه"):
        return False  # (the speaker's own forces, قواته استهدفت, still act for it)
    # the attack noun inside an earlier reported clause (not "قال الجيش بعد الهجوم إنه استهدف": the army)
    opened = next((q for q in range(trig.tok - 1) if sent.keys[q] in _COMPLEMENTISERS), None)
    if opened is None:
        return False
    return any(_attack_noun(lexicon, k) for k in sent.keys[opened + 1 : trig.tok - 1])


_ANNOUNCE_CUES = ("اعلن", "يعلن", "تعلن", "واعلن", "وتعلن", "ويعلن")


def _announced_object(doc: Document, sent: _Sent, trig: _Trigger, st: Statement) -> bool:
    """The noun trigger is what an announcement names, with no complementiser (أعلن الجيش اعتقال …): at the start of
    the content, or joined by و to the noun phrase there within six words (أعلن … تفكيك خلية واعتقال …)."""
    if not lookup_key(st.cue.text).startswith(_ANNOUNCE_CUES):
        return False
    first = sent.token_at(st.content.start)
    if first is None or sent.keys[first] in _COMPLEMENTISERS:
        return False
    if first == trig.tok:
        return True
    between = sent.keys[first : trig.tok]
    return (
        0 < len(between) <= 6
        and sent.keys[trig.tok][:1] == "و"
        and not any(k in _CLAUSE_BREAK or k in _COMPLEMENTISERS for k in between)
    )


def _runs_past(actor: Span, speaker: Span, doc: Document) -> bool:
    """The actor phrase starts with the speaker and runs on past it by more words (a phrase finder overrun)."""
    return (
        actor.start == speaker.start
        and actor.end > speaker.end
        and doc.text[speaker.end : speaker.end + 1].isspace()
        and bool(doc.text[speaker.end : actor.end].strip())
    )


# Definite adjectives of actor phrases that are no nisba (the nisbas: السوري، الحكومية، العسكريين …).
_ACTOR_ADJECTIVES = {
    lookup_key(w)
    for w in (
        "المسلحة المسلح المسلحين المسلحون الموالية الموالي الموالين الخاصة الخاص المشتركة المشترك العليا الكبرى "
        "العامة العام المعارضة المعارض الجديدة الجديد العزل الأجانب المدعومة المدعوم "
        # participles of a deal (اتفاق وقف إطلاق النار المبرم في نوفمبر): no party to it
        "المبرم المبرمة الموقع الموقعة الساري السارية الهش الهشة"
    ).split()
}


def _adjective_key(key: str, surface: str = "") -> bool:
    """A definite word that modifies an actor phrase: a nisba (السوري، الحكومية، الأمنيين), a derived participle
    (المتحدة، المنتخبة) or a listed adjective (المسلحة، الموالية). A word written with final ى (المستشفى، المبنى)
    is neither, though its key ends in ي."""
    if surface.endswith("ى"):
        return key in _ACTOR_ADJECTIVES  # المستشفى has the shape of a nisba and of a participle (مستـ)
    k = key[2:]
    nisba = len(k) >= 3 and k.endswith(("ي", "يه", "يين", "يون", "يان"))
    # a definite number agrees with its noun like an adjective (الدول الثلاث، الوزراء الخمسة)
    number = key.startswith("ال") and k in _DEFINITE_NUMBERS
    return nisba or number or key in _ACTOR_ADJECTIVES or is_derived_participle(key)


_DEFINITE_NUMBERS = frozenset(
    lookup_key(w)
    for w in "اثنان اثنين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة".split()
)


_DIRECTION_ADJECTIVES = {lookup_key(w) for w in "شمالي جنوبي شرقي غربي شمال جنوب شرق غرب وسط".split()}


def _proclitic(lex: Lexicon, sent: _Sent, trig: _Trigger) -> str:
    """The proclitic on a one-word trigger (للقاء → ل; لقاء, whose ل is its own, → "")."""
    m = match_word(lex, sent.keys[trig.tok])
    return m[1] if m is not None else ""


def _indefinite_modifier(key: str, token: Token, head: str = "") -> bool:
    """An indefinite word that can follow an indefinite actor head inside its phrase: no article, no clitic
    preposition, not a verb shape (يـ / تـ / نـ + stem, past plural in وا), a number or a function word. After a
    feminine head (in ة) a word in ي with a present prefix is a verb, not a masculine adjective (مدرسة تؤوي نازحين)."""
    if not is_arabic_word(token) or key.startswith(("ال", "وال", "بال", "لل", "و", "ف", "ب", "ل", "ك")):
        return False
    if head.endswith("ه") and key[:1] in "تين" and key.endswith("ي") and not key.endswith("يي"):
        return False
    if key in _PREPOSITIONS or key in _RELATIVE or key[:1].isdigit() or len(key) < 4:
        return False
    if key.endswith("وا") or key in _DIRECTION_ADJECTIVES:
        return False  # هاجموا; شرقي (تعزيزات للميليشيات شرقي المدينة) opens a place phrase
    if key[:1] == "ي" and not key.endswith(("ي", "يه", "يين", "يون")):
        return False  # يترأسون, but يمني / يمنية
    if key[:1] in "تن" and not key.endswith(("ه", "ات", "ون", "ين", "ي")):
        return False
    return key.endswith(("ه", "ات", "ون", "ين", "ي", "يه")) or key.startswith("م")


def _nisba_or_scheduled(key: str) -> bool:
    """An adjective that may stand between an event noun and its بين: a nisba (الاستراتيجي، تاريخيه) or a
    participle of scheduling (المرتقبه)."""
    bare = key[2:] if key.startswith("ال") else key
    return (len(bare) >= 4 and bare.endswith(("ي", "يه"))) or bare in _SCHEDULED


def _adjective_after_name(key: str) -> bool:
    """ال + a nisba (الإرهابية، الكردي) or a derived participle (المتشددة): an adjective after a name."""
    return key.startswith("ال") and (_nisba_or_scheduled(key) or is_derived_participle(key))


def _passive_accusation(sent: _Sent, trig: _Trigger, actors: list[Span]) -> bool:
    """A sentence opening "واتهم/واتهمت" + one phrase + بـ (its charge): read passive when no report was found."""
    if trig.entry.pos != "V" or trig.entry.lemma != "اتهم" or len(actors) != 1:
        return False
    if any(any(ch.isalpha() for ch in sent.tokens[k].text) for k in range(trig.tok)):
        return False
    if not sent.tokens[trig.tok].text.startswith("و"):
        return False
    if trig.end_tok >= len(sent.tokens) or sent.tokens[trig.end_tok].start != actors[0].start:
        return False  # (واتهمت تركيا حركة الشباب بـ: the phrase read as the actor is not the verb's first)
    first = trig.end_tok
    named = any(e.start == actors[0].start for e in sent.entities) or (
        not _definite_key(sent.keys[first])
        and first + 1 < len(sent.tokens)
        and any(e.start == sent.tokens[first + 1].start for e in sent.entities)
    )
    if not named:
        return False  # "واتهمت الحكومة حركة الشباب بـ": a definite noun before the name accuses it
    if sum(actors[0].start <= e.start < actors[0].end for e in sent.entities) != 1:
        return False  # "واتهمت ماي موسكو بـ": two names, the accuser and the accused
    after = next((k for k in range(trig.end_tok, len(sent.tokens)) if sent.tokens[k].start >= actors[0].end), None)
    for _ in range(2):  # the name's adjectives (حركة الشباب [الإرهابية] بـ، [المتشددة])
        if after is not None and after + 1 < len(sent.tokens) and _adjective_after_name(sent.keys[after]):
            after += 1
    return after is not None and sent.tokens[after].text.startswith("ب") and sent.keys[after] != sent.bare[after]


def _accusative_agreement(noun: str, word: str) -> bool:
    """An indefinite accusative adjective after an accusative noun (هجوما [واسعا]، هجوما [عنيفا]): both end in the
    tanwin alif (واسعا opens with a root و, so no clitic test); a word with the article is no such adjective."""
    return (
        noun.endswith("ا")
        and word.endswith("ا")
        and len(word) >= 4
        and not word.endswith(("وا", "ايا"))
        and not word.startswith(("ال", "وال", "بال", "لل"))
    )


_NUMBER_AFTER = {lookup_key(w) for w in "اثنين اثنان اثنتين اثنتان".split()}


def _counted(sent: _Sent, k: int) -> bool:
    """The phrase at token k opens with a number or a quantity word (خمسة من عناصرها، عشرات المحتجين، 12 شخصا)."""
    if k >= len(sent.keys):
        return False
    key = sent.keys[k]
    if key[:1].isdigit() or sent.bare[k] in _QUANTIFIERS or key in _QUANTIFIERS or key in _NUMBERISH:
        return True
    if count_phrase_end(sent.keys, k) > k:
        return True  # ألفي عائلة، ثلاثمئة شخص
    # … or a noun and its number after it (مسلحين اثنين، جنديين اثنين)
    return k + 1 < len(sent.keys) and sent.keys[k + 1] in _NUMBER_AFTER


# Nouns of place in م, which read like participles but head a genitive of their own (منطقة الغوطة، مخيم اليرموك)
_PLACE_NOUNS_IN_MIM = frozenset(
    lookup_key(w)
    for w in "منطقة مدينة محافظة مخيم مدرسة مستشفى مبنى مركز منزل مقر معبر موقع مكان مسجد مطار ميناء معسكر".split()
)


def _participle_adjective(key: str) -> bool:
    """An indefinite participle that can describe a counted noun (امرأة مغمورة، عربات مثبتة، جثث متفسخة)."""
    return (
        key.startswith("م")
        and len(key) >= 5
        and key.endswith(("ه", "ون", "ين"))
        and key not in _PLACE_NOUNS_IN_MIM
        and key[:-1] + "ه" not in _PLACE_NOUNS_IN_MIM
    )


def _counted_noun_adjective(word: str, noun: str) -> bool:
    """A word that can describe the noun a number counts: a nisba (طلاب جامعيين، إرهابيين أردنيين), a participle
    (امرأة مغمورة) or a feminine word after a feminine noun (شخصية عامة); not a noun of place that opens a genitive
    (7 آلاف شخص [منطقة الغوطة])."""
    if _nisba_adjective(word) or word.endswith(("يين", "يون")) or _participle_adjective(word):
        return True
    return noun.endswith("ه") and word.endswith("ه") and word not in _PLACE_NOUNS_IN_MIM


def _counted_sites(sent: _Sent, k: int) -> bool:
    """A count at token k whose counted noun is a site or a thing (أكثر من 35 هدفا، 36 منزلا، خمسة مواقع)."""
    head = count_phrase_end(sent.keys, k)
    if head == k or head >= len(sent.keys):
        return False
    noun = sent.keys[head]
    return noun in _SITE_HEADS or strip_key(noun) in _SITE_HEADS or noun in _HIT_PLACES


def _derived_masdar(rest: str) -> bool:
    """The key without its article has the shape of a derived verbal noun: استفعال، افتعال، انفعال، تفعيل
    (الاستجواب، الاشتباه، الانسحاب، التحقيق); التنظيم, the group, stays a noun."""
    return verbal_noun_pattern(rest) in ("istifal", "iftial", "infial", "tafil") and rest != "تنظيم"


def _count_opens(sent: _Sent, k: int) -> bool:
    """Token k is a number or a word of tens, hundreds, thousands (عشرات المنازل، 20 سيارة): a counted phrase opens
    there (not شخص, which a number before it counts)."""
    if k >= len(sent.keys):
        return False
    key = sent.keys[k]
    return key[:1].isdigit() or strip_key(key) in ("عشرات", "مئات", "الاف", "ملايين")


def _time_aside(sent: _Sent, comma: int, step: int) -> int | None:
    """The comma closing a time set off by the comma at ``comma``, read in direction ``step`` (+1 after it, -1
    before it): "، فجر السبت،". None when no time follows or no comma closes it."""
    if sent.keys[comma] != ",":
        return None
    times = sent.time_tokens()
    k = comma + step
    while 0 <= k < len(sent.keys) and k in times:
        k += step
    if k == comma + step or not 0 <= k < len(sent.keys) or sent.keys[k] != ",":
        return None
    return k


def _past_time_aside(sent: _Sent, k: int, hi: int, time_toks: frozenset[int]) -> int:
    """The first token from k on that is no time word and no comma (، ليل الأحد،)."""
    while k < hi and (k in time_toks or sent.keys[k] in ("،", ",")):
        k += 1
    return k


def _statement_with_cue(doc: Document, start: int, end: int, sentence: Sentence):
    """The statement whose cue overlaps [start, end), when its speaker is named in the same sentence and looks
    like one (it names an entity and is short: not a clause the statement reader ran on), else None."""
    for st in doc.statements:
        if st.cue.start < end and start < st.cue.end:
            sp = st.speaker
            if not (sentence.start <= sp.start and sp.end <= sentence.end):
                return None
            named = any(e.start < sp.end and sp.start < e.end for e in doc.entities)
            words = sp.text.split()
            # or a generic actor phrase (السلطات المحلية، قوات الأمن): its head is one the phrase finder knows
            generic = bool(words) and strip_key(lookup_key(words[0])) in _GENERIC_HEAD_KEYS and len(words) <= 3
            # … or a title (طالب الوزير بفتح تحقيق، حذر الرئيس من)
            generic = generic or (bool(words) and strip_key(lookup_key(words[0])) in _TITLES and len(words) <= 4)
            # … or a state body the actor kinds know (ونددت الخارجية السورية بالغارات)
            generic = generic or (len(words) <= 3 and actor_kind(sp) is not None)
            # a title and a name may run longer (رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة)
            person_last = any(e.type == "PER" and e.end == sp.end for e in doc.entities)
            return st if (named or generic) and (len(words) <= 6 or (person_last and len(words) <= 10)) else None
    return None


def _object_taken_in(sent: _Sent, trig: _Trigger) -> int | None:
    """Where the object word that a verb took in starts, when the verb's subject stands in between (أطلقت قوات
    الأمن النار، وقعت روسيا اتفاقا); None otherwise, and when that word is itself the subject (انتشرت قوات)."""
    if trig.entry.pos != "V" or trig.end_tok - trig.tok < 3:
        return None
    needs = trig.entry.needs
    for j in range(trig.tok + 1, trig.end_tok):
        if sent.keys[j] in needs or sent.bare[j] in needs:
            return None if sent.keys[j] in _ACTOR_HEADS or sent.bare[j] in _ACTOR_HEADS else j
    return None


def _trigger_tokens(sent: _Sent, trig: _Trigger) -> range | list[int]:
    """The tokens that belong to a trigger: not the subject between a verb and the object word it took in."""
    j = _object_taken_in(sent, trig)
    return range(trig.tok, trig.end_tok) if j is None else [trig.tok, *range(j, trig.end_tok)]


# Attack nouns that say nothing of the means, and how far back (characters) "the attack" points to the last act
_GENERIC_ATTACKS = frozenset(("هجوم",))
_ANAPHORA_REACH = 400
_DEFAULT_ATTACK = ["Battles", "Armed clash"]  # the type of هجوم when nothing around it tells the means
# Violent words that do not tell the means themselves: their type is a default or a guess from nearby words, so
# "the attack" after them is not read back to them
_VAGUE_MEANS = _KILL_LEMMAS | {"استهدف", "استهداف"}


_STORMING = frozenset(("اقتحم", "اقتحام"))
_CLUB_WORDS = frozenset(lookup_key(w) for w in "نادي النادي ونادي".split())
_NOT_SPORTS = frozenset(lookup_key(w) for w in "الأسير الأسرى".split())


def _anaphoric_types(events: list[Event]) -> None:
    """A definite repeat of an attack noun (الهجوم، هذه الهجمات) takes the type of the last mention of that noun; a
    first "الهجوم" with nothing to tell its means takes that of the strike or shelling just told."""
    last: dict[str, Event] = {}
    last_violent: Event | None = None
    last_raid: Event | None = None  # the last storming typed as a raid by its forces (اقتحمت قوات الاحتلال المخيم)
    for ev in events:
        key = lookup_key(ev.trigger.text.split()[0]) if ev.trigger.text else ""
        m = match_word(load_lexicon(), key)
        stem = m[0].lemma if m is not None else strip_key(key)
        if stem in _STORMING:
            definite = key.startswith(("ال", "بال", "وال", "لل", "خلال"))
            if ev.plover != "PROTEST":
                last_raid = ev
            elif definite and last_raid is not None and " " not in ev.trigger.text:
                # "خلال الاقتحام" after the army's raid is that raid, not a riot
                ev.plover, ev.acled = last_raid.plover, last_raid.acled
        if ev.plover in ("FIGHT", "ASSAULT"):
            definite = key.startswith(("ال", "بال", "وال", "لل"))
            prev = last.get(stem)
            if (
                definite
                and stem in _GENERIC_ATTACKS
                and " " not in ev.trigger.text
                and ev.acled == _DEFAULT_ATTACK
                and prev is None
                and last_violent is not None
                and last_violent.acled is not None
                and last_violent.acled[0] == "Explosions/Remote violence"
                and ev.trigger.start - last_violent.trigger.start <= _ANAPHORA_REACH
            ):
                # "قصفت طائرة مسيرة موقعا … ولم تتبن أي جهة الهجوم": "the attack" is the strike just told; a type
                # its own words gave (الهجوم الكيميائي) stays, and after "هجوم شنه مسلحون" it is that attack
                ev.plover, ev.acled = last_violent.plover, last_violent.acled
            elif definite and stem in _GENERIC_ATTACKS and prev is not None and ev.acled == _DEFAULT_ATTACK:
                ev.plover, ev.acled = prev.plover, prev.acled  # the attack told before, with the type it got
            elif prev is not None and definite and not ev.acled == prev.acled:
                if ev.plover == "FIGHT" and prev.plover == "ASSAULT":
                    ev.plover, ev.acled = prev.plover, prev.acled
            last[stem] = ev
            if stem not in _VAGUE_MEANS and not (stem in _GENERIC_ATTACKS and ev.acled == _DEFAULT_ATTACK):
                last_violent = ev


def _visited(sent: _Sent, trig: _Trigger, ek: int, clitic: bool) -> bool:
    """The country at token ek (``clitic``: the name starts after a proclitic of its word) is where a visit goes:
    after إلى or لـ (زيارة ترامب للسعودية), or a visiting verb's object a few words on (زار الوزير تركيا) — not an
    origin (مسؤول من إثيوبيا) nor the country of an office (رئيس وزراء إثيوبيا)."""
    prev_key = sent.keys[ek - 1]
    if prev_key in ("الي", "لـ") or (clitic and sent.keys[ek][:1] == "ل"):
        return True
    if trig.entry.pos != "V" or ek - trig.end_tok > 5 or prev_key == "من":
        return False
    between = sent.keys[trig.end_tok : ek]
    return not any(strip_key(k) in _OFFICE_WORDS and not k.startswith(("ال", "وال", "بال", "لل")) for k in between)


# Indefinite words of an office whose country follows as its genitive (رئيس وزراء إثيوبيا، وزير خارجية تركيا): the
# titles, and the words of their portfolios
_OFFICE_WORDS = frozenset(_TITLES) | {"وزراء", "خارجيه", "دفاع", "حكومه"}


# Verbs that describe an attack noun before them rather than report a second act (غارة استهدفت، الغارة التي دمرت).
_RESTATING_LEMMAS = frozenset(("استهدف", "دمر"))


def _means_of_attack(sent: _Sent, trig: _Trigger, previous: _Trigger | None) -> bool:
    """A weapon phrase in ب right after an attack noun, past its adjectives (تفجير انتحاري بسيارة مفخخة، هجوم
    بعبوة ناسفة): the means of that attack, not a second one."""
    if previous is None or previous.entry.pos == "V" or trig.entry.pos == "V":
        return False
    if previous.entry.plover not in ("FIGHT", "ASSAULT") or trig.entry.plover not in ("FIGHT", "ASSAULT"):
        return False
    if sent.keys[trig.tok][:1] != "ب" or sent.keys[trig.tok].startswith("بال"):
        return False  # (بالقصف، بالهجوم: a definite attack named again, not a weapon)
    between = sent.keys[previous.end_tok : trig.tok]
    return len(between) <= 2 and all(_nisba_adjective(k) for k in between)


def _restates_attack(sent: _Sent, trig: _Trigger, previous: _Trigger | None) -> bool:
    """ "غارة إسرائيلية استهدفت مدرسة"، "قصفا استهدف المدينة"، "الهجوم الذي استهدف"، "الغارة التي دمرت ستة
    مبان": استهدف or دمر describing the attack noun just before it (past its adjectives or a relative pronoun) is
    that attack, not a second one (the dev gold codes "قصفا استهدف المدينة" once)."""
    if previous is None or trig.entry.pos != "V" or previous.entry.pos not in ("N", "P"):
        return False  # (a phrase too: "انفجار عبوة ناسفة استهدفت مدرعة")
    if trig.entry.lemma not in _RESTATING_LEMMAS:
        return False
    if previous.entry.plover not in ("FIGHT", "ASSAULT"):
        return False
    between = sent.keys[previous.means_end or previous.end_tok : trig.tok]
    # past adjectives, a relative pronoun or the means (غارة بطائرة مسيرة استهدفت شقة)
    return len(between) <= 3 and all(
        k in ("التي", "الذي")
        or _nisba_adjective(k)
        or (k.startswith("ال") and _adjective_key(k))
        or (k[:1] == "ب" and (k[1:] in _MEANS or strip_key(k[1:]) in _MEANS))
        or k in ("مسيره", "مسيرات")
        or strip_key(k) in _ATTACK_ADJECTIVES
        for k in between
    )


# Adjectives of size and violence that describe an attack noun (الانفجار الهائل الذي دمر المرفأ), lookup keys
# without the article.
_ATTACK_ADJECTIVES = frozenset(
    lookup_key(w) for w in "هائل هائلة ضخم ضخمة عنيف عنيفة كبير كبيرة دام دامي دامية مدمر مدمرة مروع مروعة".split()
)


def _nisba_adjective(key: str) -> bool:
    """An indefinite relational adjective after a noun (مدفعي، جوية، صاروخية), as a lookup key; not a broken plural
    in ايا (ضحايا، خلايا، قضايا), whose يا is no accusative ending."""
    return (
        len(key) >= 4
        and not key.startswith(("ال", "و", "ب", "ل"))
        and key.endswith(("ي", "يه", "يا"))
        and not key.endswith("ايا")
    )


def _possessed(sent: _Sent, trig: _Trigger) -> bool:
    """The trigger noun carries a possessive pronoun (سيطرتها، اعتقاله), not a ة the key folds to ه."""
    word = sent.tokens[trig.tok].text
    if _ends_in_ta_marbuta(word):
        return False
    key = sent.keys[trig.tok]
    nouns = load_lexicon().nouns
    return any(e and nouns.get(core) is trig.entry for _, core, e in _word_candidates(key, False))


_FEMININE_PEOPLE = frozenset(
    lookup_key(w) for w in "نساء النساء فتيات الفتيات امراة سيدات امرأتان امرأتين فتاتان فتاتين سيدتان طفلتان".split()
)


def _active_feminine_kill(sent: _Sent, trig: _Trigger) -> bool:
    """قتلت + a count of men (قتلت 47 جنديا، وقتلت أكثر من 70 إرهابيا) is active: the passive قُتلت would need a
    feminine subject (قتلت 5 نساء), and a masculine count takes قُتل."""
    if not sent.keys[trig.tok].endswith("ت"):
        return False
    for k in range(trig.end_tok, min(len(sent.keys), trig.end_tok + 5)):
        key = strip_key(sent.keys[k])
        if key[:1].isdigit() or key in COUNT_WORDS:
            continue
        return is_arabic_word(sent.tokens[k]) and not key.endswith(("ه", "ات")) and key not in _FEMININE_PEOPLE
    return False


def _patient_genitive(trig: _Trigger, plover: str) -> bool:
    """The noun's genitive (or pronoun) is the one acted on (مقتله، اعتقالهم), not the one acting (سيطرتها)."""
    lemma = trig.entry.lemma
    # (طرد keeps its expelled genitive when retyped as taking ground: "لطرد مقاتلي حزب العمال الكردستاني")
    return (plover in _PATIENT_GENITIVE or lemma in _KILL_LEMMAS or lemma == "طرد") and lemma not in _AGENT_GENITIVE


def _agent_after(sent: _Sent, trig: _Trigger) -> int | None:
    """Where the agent of a passive starts: the phrase after "على يد" / "بيد" within eight words of the trigger,
    in its clause (قتلوا على يد عناصر من قوات الأمن، قتل 5 مدنيين على يد مسلحين)."""
    for k in range(trig.end_tok, min(len(sent.keys) - 1, trig.end_tok + 8)):
        key = sent.keys[k]
        if key in _CLAUSE_BREAK or key in (".", "،", "؛"):
            return None
        if key == "علي" and sent.keys[k + 1] == "يد" and k + 2 < len(sent.keys):
            return k + 2
        if key == "بيد":
            return k + 1
    return None


_EXPOSED = frozenset(
    c + w for c in ("", "و", "ف") for w in "تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون تعرضا تعرضتا".split()
)


def _exposed_to(sent: _Sent, trig: _Trigger, lo: int) -> int | None:
    """The token after تعرض when the trigger noun is its ل-complement (تعرضت القاعدة لهجوم), within fourteen words
    (the subject may carry a relative clause: تعرضت قاعدة عين الأسد التي تستضيف قوات أمريكية في محافظة الأنبار)."""
    if not sent.keys[trig.tok].startswith("ل") or sent.keys[trig.tok].startswith("ال"):
        return None
    for k in range(trig.tok - 1, max(lo, trig.tok - 15) - 1, -1):
        if sent.keys[k] in _EXPOSED:
            return k + 1 if k + 1 < trig.tok else None
        if sent.keys[k] in _CLAUSE_BREAK:
            return None
    return None


# Types whose possessive pronoun is mostly who suffered the act (اغتصابها، اعتقاله، الاعتداء عليه): no inherited actor
_VICTIM_PRONOUN_TYPES = frozenset(("CRIME", "ASSAULT", "COERCE"))


_ADMIN_AFTER_SEAT = frozenset(lookup_key(w) for w in "مديرية محافظة مدينة قضاء ناحية ولاية منطقة معتمدية".split())


def _district_seat(sent: _Sent, k: int) -> bool:
    """مركز مديرية التحيتا، مركز محافظة …: a district's town, a place taken or struck, not a building."""
    return strip_key(sent.keys[k]) == "مركز" and k + 1 < len(sent.keys) and sent.keys[k + 1] in _ADMIN_AFTER_SEAT


def _after_ma(doc: Document, span: Span) -> bool:
    """The phrase follows مع: the partner of a reciprocal act, not its subject."""
    before = doc.text[max(0, span.start - 4) : span.start].split()
    return bool(before) and before[-1] in ("مع", "ومع")


def _window_end(sent: _Sent, start: int, width: int) -> int:
    """The end of a window of ``width`` tokens from ``start`` in which a time counts for nothing ("أطلقت في وقت سابق
    من اليوم صواريخ": the rockets are the verb's, five words of time later)."""
    k, counted = start, 0
    long_times = sent.time_tokens(multiword=True)  # (a lone "الآن" may open a name: "حققه الان شيرر في موسم …")
    # a name counts once ("بحث وزير الخارجية الأمير فيصل بن فرحان مع نظيره": the partner after a long name)
    inside_names = sent.name_continuations()
    while k < len(sent.tokens) and counted < width:
        counted += k not in long_times and k not in inside_names
        k += 1
    return k


# What a denial presupposes rather than denies: the act behind which motives stand (نفى أي دوافع سياسية وراء
# التوقيف) and the act one's part in is denied (نفت الحركة مسؤوليتها عن الهجوم، نفى ضلوعه في الاغتيال).
_BEHIND = frozenset(lookup_key(w) for w in "وراء خلف".split())
_PART_IN = ("مسؤولي", "تورط", "ضلوع", "علاق", "صل")


def _presupposed(sent: _Sent, trig: _Trigger) -> bool:
    """The trigger is what a denial takes for granted: right after وراء / خلف, or after عن / في that follows a
    word of responsibility or involvement (مسؤوليتها عن الهجوم، ضلوعه في الاغتيال)."""
    b = trig.tok - 1
    if b < 0:
        return False
    if sent.keys[b] in _BEHIND:
        return True
    if sent.keys[b] in ("عن", "في", "ب") and b > 0:
        return strip_key(sent.keys[b - 1]).startswith(_PART_IN)
    return False


# Words a negator reaches over to the event (أي، لا توجد، لم يتم، لم يكن هناك).
_THROUGH_NEGATION = frozenset(
    lookup_key(w)
    for w in (
        "أي أية يوجد توجد هناك يتم تم جرى يجري قد يكن تكن يكون تكون تسجل يسجل تشهد يشهد تقع يقع تحدث يحدث تندلع "
        "يندلع ترصد يرصد"
    ).split()
)


_PERIODS = frozenset(lookup_key(w) for w in "الأسبوع الشهر العام السنة الأيام الأسابيع الأشهر الشهور".split())
_PERIOD_ADJECTIVES = frozenset(
    lookup_key(w) for w in "المقبل المقبلة القادم القادمة الماضي الماضية الجاري الحالي".split()
)
_NOT_THROUGH = frozenset(
    lookup_key(w) for w in "الذي التي الذين اللذين اللتين إلا".split()
)  # (لن يتم إلا بانسحاب: a condition)


def _verb_shaped(key: str) -> bool:
    """A present verb (يفضوا، تزال، يتأثر) or a negated past (a جزم after لم): a prefix ي / ت / ن and four letters or
    more, no article."""
    k = key[1:] if key[:1] in ("و", "ف") else key
    return len(k) >= 4 and k[:1] in ("ي", "ت", "ن") and not k.startswith("ال")


# Titles of a person that, right after a verbal noun's genitive, are its object (احتجاز جهاز الردع آمر اللواء)
_TITLES_ACTED_ON = frozenset(
    lookup_key(w) for w in "آمر قائد رئيس زعيم مدير قيادي ناشط صحفي مسؤول نائب وزير ضابط الناشط الصحفي".split()
)


def _object_after(sent: _Sent, k: int, hi: int) -> bool:
    """An accusative object or a count right at token k, after a verbal noun's genitive: the genitive is then who
    acted (طرد الجزائر عددا من الدبلوماسيين، اعتقال الشرطة 20 شخصا), not who suffered it."""
    if k >= hi or not (is_arabic_word(sent.tokens[k]) or sent.keys[k][:1].isdigit()):
        return False
    key = sent.keys[k]
    if key[:1].isdigit() or count_phrase_end(sent.keys, k) > k:
        return True
    if strip_key(key) in _TITLES_ACTED_ON or any(
        e.type == "PER" and e.start == sent.tokens[k].start for e in sent.entities
    ):
        return True  # a person after the genitive: "إثر احتجاز جهاز الردع آمر اللواء 444 محمود حمزة"
    # a verbal noun with its object pronoun (رفض الحوثيين تمديدها، رفض الحكومة تنفيذه): the genitive before it acts
    bare_noun = next((key[: -len(p)] for p in ("هما", "هم", "ها", "ه") if key.endswith(p)), None)
    if bare_noun is not None and verbal_noun_pattern(bare_noun) in ("tafil", "ifal", "istifal"):
        return True
    if (
        verbal_noun_pattern(key) in ("tafil", "ifal", "istifal")
        and k + 1 < hi
        and sent.keys[k + 1].startswith("ال")
        and is_arabic_word(sent.tokens[k + 1])
    ):
        return True  # … or with its own genitive object (رفض الاحتلال إطلاق سراحهم، رفض الحكومة تعيين الوزراء)
    # an accusative noun (عددا، مئات), not an adverb (تزامنا، تطبيقا، مجددا، دوليا: a masdar or a nisba in ا)
    return (
        len(key) >= 4
        and key.endswith("ا")
        and not key.startswith(("ال", "و", "ب", "ل", "ت"))
        and not key.endswith(("ها", "يا"))
        and key not in _ADVERBS_IN_A
    )


_ADVERBS_IN_A = frozenset(
    lookup_key(w)
    for w in "أيضا مجددا مؤخرا حاليا فورا تماما جميعا خصوصا سابقا لاحقا أمس غدا مساء صباحا ليلا نهارا".split()
)


def _person_arrested(ent: Entity | None, trig: _Trigger) -> bool:
    """A named person before an unvocalised verb of arresting ("وكان عبد الفتاح قد اعتقل في 2019"): the verb is
    mostly passive there, the person the one arrested (a force arrests: وكانت الشرطة قد اعتقلت)."""
    return ent is not None and ent.type == "PER" and trig.entry.plover == "COERCE" and trig.entry.pos == "V"


def _plural_verb_key(key: str) -> bool:
    """A verb with the plural ending of its subject: قتلوا، يرشقون، سيطروا (not a four-letter stem in ون/وا)."""
    return len(key) >= 5 and (key.endswith("وا") or (key.endswith("ون") and key[:1] in ("ي", "ت", "س")))


def _conjoined_verb(sent: _Sent, trig: _Trigger) -> bool:
    """A verb trigger written with و / ف joined to it (وقتلت)."""
    word = sent.tokens[trig.tok].text
    return trig.entry.pos == "V" and word[:1] in ("و", "ف") and sent.keys[trig.tok][1:2] != ""


def _verb_person(sent: _Sent, trig: _Trigger) -> str:
    """The pronoun a past verb carries, as the suffix _pronoun_agrees reads: ها (قتلت), هم (قتلوا), ه (قتل)."""
    return _key_person(sent.keys[trig.tok])


def _key_person(key: str) -> str:
    """The pronoun of the past verb with this lookup key (see _verb_person)."""
    return "ها" if key.endswith("ت") else "هم" if key.endswith("وا") else "ه"


_PASSIVE_AUXILIARIES = frozenset(lookup_key(w) for w in "تم يتم سيتم وتم جرى يجري وجرى".split())


def _passive(sent: _Sent, trig: _Trigger) -> bool:
    """A verbal noun after تم / جرى is a passive: "تم تدميرها" (it was destroyed), its pronoun the one acted on."""
    return trig.tok > 0 and sent.keys[trig.tok - 1] in _PASSIVE_AUXILIARIES


_BROKEN_PLURALS_FEMININE = frozenset(lookup_key(w) for w in "فصائل قوات ميليشيات جماعات سلطات".split())
_BROKEN_PLURALS_HUMAN = frozenset(lookup_key(w) for w in "عناصر مسلحو مقاتلو رجال شبان".split())


def _pronoun_agrees(trigger_key: str, actor_text: str) -> bool:
    """The possessive pronoun of a trigger noun can stand for the actor phrase (a rough check on its head): هم for
    human plurals (المسلحون، عناصر), ها for feminine nouns and the plurals of things and groups (الفصائل، القوات، a
    country), ه for the rest (الجيش)."""
    head = strip_key(lookup_key(actor_text.split()[0])) if actor_text.split() else ""
    plural = head.endswith(("ون", "ين")) or head in _BROKEN_PLURALS_HUMAN
    feminine = head.endswith(("ه", "ات")) or head in _BROKEN_PLURALS_FEMININE
    if trigger_key.endswith(("هم", "هما")):
        return plural
    if trigger_key.endswith("ها"):
        return feminine or (not plural and len(actor_text.split()) == 1 and not head.startswith("ال"))
    return trigger_key.endswith("ه") and not plural and not feminine


def _ends_in_ta_marbuta(text: str) -> bool:
    for c in reversed(text):  # the last letter (diacritics and marks after it skipped)
        if c.isalpha():
            return c == "ة"
    return False


_SUBJECT_PRONOUNS = frozenset(("انها", "انه", "انهم", "بانها", "بانه", "بانهم", "انهما"))


def _own_forces_before(sent: _Sent, trig: _Trigger) -> bool:
    """The speaker's own forces (قواته، طائراتها) open the phrase right before the verb, past at most two
    adjectives (طائراتها الحربية دمرت)."""
    for b in range(trig.tok - 1, max(0, trig.tok - 3) - 1, -1):
        if sent.bare[b] in _OWN_FORCES or sent.keys[b] in _OWN_FORCES:
            return True
        if not _adjective_key(sent.keys[b]):
            return False
    return False


# "but he / she / they" before a verb, as lookup keys, with the pronoun _pronoun_agrees reads
_BUT_PRONOUNS = {lookup_key(c + w): p for c in ("", "و") for w, p in (("لكنه", "ه"), ("لكنها", "ها"), ("لكنهم", "هم"))}


def _but_pronoun_before(sent: _Sent, trig: _Trigger) -> str | None:
    """The pronoun of a "لكنه / لكنها / لكنهم" right before a verb trigger (its subject), as _pronoun_agrees reads
    it (ه، ها، هم), else None. A noun entry spelt like the verb counts: right after "لكنه" رفض is the verb."""
    if trig.tok == 0 or trig.entry.pos == "P" or sent.keys[trig.tok].startswith("ال"):
        return None
    return _BUT_PRONOUNS.get(sent.keys[trig.tok - 1])


def _pronoun_subject(sent: _Sent, trig: _Trigger) -> bool:
    """The verb has no overt subject nearby (إنها لن تقبل / إنهم لن ينسحبوا); not a verb describing the indefinite
    noun right before it ("بأنه عمل إرهابي يستهدف البنية التحتية": the act targets, not the speaker)."""
    if trig.tok > 0 and _describing_clause(sent, trig.tok - 1):
        return False
    for b in range(trig.tok - 1, max(0, trig.tok - 4) - 1, -1):
        if sent.keys[b] in _SUBJECT_PRONOUNS:
            return True
        if sent.bare[b] in _OWN_FORCES or sent.keys[b] in _OWN_FORCES:
            return True  # أعلن المتحدث أن قواته استهدفت …: the speaker's own forces act for the speaker
    verb = sent.keys[trig.tok][1:]
    if (
        sent.tokens[trig.tok].text[:1] == "و"
        and len(verb) > 2
        and trig.entry.lemma not in _KILL_LEMMAS  # ("وقتل برصاص قناص": mostly passive)
        # (a past form with a pronoun may be a verbal noun: "تعذيبه وقتله"; a present one is a verb: "ويدعمها")
        and (verb[:1] in ("ي", "ت") or not verb.endswith(("ه", "ها", "هم", "هما")))
    ):
        # "قالت القوات إنها تصدت للهجوم، ودمرت 20 مركبة": a verb joined by و goes on with the pronoun's clause
        for b in range(trig.tok - 1, max(0, trig.tok - 12) - 1, -1):
            if sent.keys[b] in _SUBJECT_PRONOUNS:
                return True
            if sent.keys[b] in _COMPLEMENTISERS or sent.keys[b] in (".", ":"):
                return False  # (a bare أن opens a clause with a subject of its own)
    return False


def _describing_clause(sent: _Sent, k: int) -> bool:
    """Token k is an indefinite noun or adjective (no article, no pronoun, no time, no particle) that a verb right
    after it describes: عمل إرهابي [يستهدف]."""
    key = sent.keys[k]
    if not is_arabic_word(sent.tokens[k]) or key.startswith(("ال", "وال", "بال", "لل")) or k in sent.time_tokens():
        return False
    if key in _SUBJECT_PRONOUNS or key in _PREPOSITIONS or key in _NOT_DESCRIBED or len(key) < 3:
        return False
    return not key.endswith(("ه", "ها", "هم", "نا")) or _nisba_adjective(key)


# Words before a verb that describe nothing: particles, adverbs and negators (keys)
_NOT_DESCRIBED = frozenset(lookup_key(w) for w in "لن لم لا قد سوف ثم أيضا كذلك بدوره بدورها حاليا فعلا".split())


# A speaker's own forces as the subject of a reported act (قواته، قواتنا، مقاتلينا), as lookup keys.
_OWN_FORCES = frozenset(
    "قواته قواتها قواتنا قواتهم جيشه جيشها جيشنا عناصره عناصرها عناصرنا مقاتليه مقاتليها مقاتلينا طائراته طائراتها"
    " طائراتنا وحداته وحداتها وحداتنا".split()
)


# Words between a trigger and a count that open another clause: the count is that clause's (قتلت جميع المهاجمين"،
# مضيفا أن 106 أشخاص أنقذوا). A comma alone is no barrier (اعتقلت، أمس، 5 أشخاص).
_COUNT_BARRIERS = {"ان", "انه", "بان", '"', "«", "»", ":"}


def _attach_quantities(
    events: list[Event], triggers: list[_Trigger], quantities: list[tuple[int, Quantity]], keys: list[str]
) -> None:
    violent = {"FIGHT", "ASSAULT", "CRIME", "PROTEST", "COERCE"}
    for tok, q in quantities:
        if q.kind == "count":
            # a count belongs to the nearest event before it in its clause (سيطر على 35 حيا)
            before = [
                i
                for i, t in enumerate(triggers)
                if t.end_tok <= tok
                and tok - t.end_tok <= 6
                and not any(k in _COUNT_BARRIERS for k in keys[t.end_tok : tok])
            ]
            if before:
                events[before[-1]].quantities.append(q)
            continue
        cands = [i for i, e in enumerate(events) if e.plover in violent]
        if not cands:
            continue
        best = min(cands, key=lambda i: abs(triggers[i].tok - tok))
        events[best].quantities.append(q)


def _statement_of(doc: Document, index: SpanIndex | None, start: int, end: int) -> int | None:
    """The statement with the shortest content holding [start, end) (the first one on a tie), or None."""
    if index is None:
        index = SpanIndex([(st.content.start, st.content.end) for st in doc.statements])
    found = index.containing(start, end)
    if not found:
        return None
    return min(found, key=lambda i: (doc.statements[i].content.end - doc.statements[i].content.start, i))


def _is_since(t: TimeExpression) -> bool:
    return lookup_key(t.text).startswith("منذ")


def _value_range(value: str) -> tuple[str, str] | None:
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return value, value
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
        if len(parts) == 1 and parts[0].isdigit():
            return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    except ValueError:
        return None
    return None


def _days_between(a: str, b: str) -> int:
    from datetime import date

    return (date.fromisoformat(b) - date.fromisoformat(a)).days
