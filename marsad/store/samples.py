"""Hand-written sample documents with every layer filled, for tests, demos and the web UI's fixtures.

The prose is written for this project (not taken from any corpus). The set exercises the cross-article
features: ``A`` and ``B`` report one air strike from two outlets (one event, two sources; the army's denial in A
and the activists' account in B form one contested claim), ``C`` is a wire copy of ``A`` (near duplicate), and
``D`` is unrelated economic news from another country.
"""

from __future__ import annotations

from marsad.document import Claim, Document, Entity, Event, Place, Quantity, Span, Statement, TimeExpression

KAFR_NABL = Place(35.6136, 36.5611, "SY", "Kafr Nabl", 170794, "point", name_ar="كفرنبل", admin1="Idlib")
IDLIB = Place(35.9306, 36.6339, "SY", "Idlib", 169389, "admin", name_ar="إدلب", admin1="Idlib")
TUNIS = Place(36.819, 10.1658, "TN", "Tunis", 2464470, "point", name_ar="تونس")

TEXT_A = (
    "غارات على ريف إدلب\n"
    "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي صباح الثلاثاء، وقال المرصد السوري لحقوق الإنسان "
    "إن سبعة مدنيين قُتلوا بينهم طفلان. ونفى الجيش السوري استهداف أي مناطق سكنية، مؤكدا أن الغارات طالت "
    "مواقع للمسلحين."
)
TEXT_B = (
    "مقتل سبعة مدنيين بغارات على كفرنبل\n"
    "أفاد ناشطون بأن غارات جوية استهدفت بلدة كفرنبل أمس الثلاثاء، وأكد المرصد السوري لحقوق الإنسان أن "
    "القصف أودى بحياة سبعة أشخاص. ولم يصدر تعليق فوري من دمشق."
)
# C: a wire copy of A with a changed headline and one extra closing sentence
TEXT_C = TEXT_A.replace("غارات على ريف إدلب", "قصف جوي على ريف إدلب") + " وتتواصل الاشتباكات في المنطقة منذ أسابيع."
TEXT_D = (
    "المركزي التونسي يرفع الفائدة\n"
    "أعلن البنك المركزي التونسي في تونس يوم الخميس رفع نسبة الفائدة الرئيسية بخمسين نقطة أساس، "
    "وقال محافظ البنك إن القرار يهدف إلى كبح التضخم."
)


def _span(doc: Document, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    return doc.span(start, start + len(needle))


def _entity(doc: Document, needle: str, type_: str, place: Place | None = None, nth: int = 0) -> Entity:
    s = _span(doc, needle, nth)
    return Entity(s.start, s.end, s.text, type_, place)  # type: ignore[arg-type]


def _strike_report(text: str, *, doc_id: str, source: str, published: str, with_claim: bool) -> Document:
    doc = Document(text=text, id=doc_id, title=text.split("\n")[0], published=published, source=source)
    doc.entities = [
        _entity(doc, "إدلب", "LOC", IDLIB),
        _entity(doc, "كفرنبل", "LOC", KAFR_NABL),
        _entity(doc, "إدلب", "LOC", IDLIB, nth=1),
        _entity(doc, "المرصد السوري لحقوق الإنسان", "ORG"),
        _entity(doc, "الجيش السوري", "ORG"),
    ]
    doc.statements = [
        Statement(
            speaker=_span(doc, "المرصد السوري لحقوق الإنسان"),
            cue=_span(doc, "قال"),
            content=_span(doc, "سبعة مدنيين قُتلوا بينهم طفلان"),
            stance="assert",
            speaker_entity=3,
        ),
        Statement(
            speaker=_span(doc, "الجيش السوري"),
            cue=_span(doc, "نفى"),
            content=_span(doc, "استهداف أي مناطق سكنية"),
            stance="deny",
            speaker_entity=4,
        ),
    ]
    doc.times = [TimeExpression(*_t(doc, "صباح الثلاثاء"), value=published, part_of_day="morning")]
    doc.events = [
        Event(
            trigger=_span(doc, "قصفت"),
            plover="ASSAULT",
            acled=["Explosions/Remote violence", "Air/drone strike"],
            actors=[_span(doc, "طائرات حربية")],
            targets=[_span(doc, "كفرنبل")],
            locations=[_span(doc, "كفرنبل")],
            date={"start": published, "end": published},
            event_id="e1",
            quantities=[Quantity("fatalities", 7, _span(doc, "سبعة"))],
        )
    ]
    if with_claim:
        doc.claims = [
            Claim(
                "مقتل مدنيين في قصف كفرنبل",
                "contested",
                [{"statement": 0, "role": "assert"}, {"statement": 1, "role": "deny"}],
                ["e1"],
            )
        ]
    return doc


def _t(doc: Document, needle: str) -> tuple[int, int, str]:
    s = _span(doc, needle)
    return s.start, s.end, s.text


def sample_documents() -> list[Document]:
    """Four analysed documents (A, B, C, D; see the module docstring); each passes ``Document.validate()``."""
    a = _strike_report(TEXT_A, doc_id="sample-a", source="وكالة الشرق", published="2024-03-05", with_claim=True)
    c = _strike_report(TEXT_C, doc_id="sample-c", source="صحيفة الغد", published="2024-03-05", with_claim=True)

    b = Document(text=TEXT_B, id="sample-b", title=TEXT_B.split("\n")[0], published="2024-03-06", source="راديو المدى")
    b.entities = [
        _entity(b, "كفرنبل", "LOC", KAFR_NABL),
        _entity(b, "كفرنبل", "LOC", KAFR_NABL, nth=1),
        _entity(b, "المرصد السوري لحقوق الإنسان", "ORG"),
        _entity(b, "دمشق", "LOC", Place(33.5102, 36.2913, "SY", "Damascus", 170654, "point", name_ar="دمشق")),
    ]
    b.statements = [
        Statement(speaker=_span(b, "ناشطون"), cue=_span(b, "أفاد"), content=_span(b, "غارات جوية استهدفت بلدة كفرنبل")),
        Statement(
            speaker=_span(b, "المرصد السوري لحقوق الإنسان"),
            cue=_span(b, "أكد"),
            content=_span(b, "القصف أودى بحياة سبعة أشخاص"),
            speaker_entity=2,
        ),
    ]
    b.times = [TimeExpression(*_t(b, "أمس الثلاثاء"), value="2024-03-05")]
    b.events = [
        Event(
            trigger=_span(b, "غارات", 1),
            plover="ASSAULT",
            acled=["Explosions/Remote violence", "Air/drone strike"],
            locations=[_span(b, "كفرنبل", 1)],
            date={"start": "2024-03-05", "end": "2024-03-05"},
            statement=0,
            event_id="e1",
            quantities=[Quantity("fatalities", 7, _span(b, "سبعة", 1))],
        )
    ]
    b.claims = [
        Claim(
            "مقتل مدنيين في قصف كفرنبل",
            "confirmed",
            [{"statement": 0, "role": "assert"}, {"statement": 1, "role": "confirm"}],
            ["e1"],
        )
    ]

    d = Document(text=TEXT_D, id="sample-d", title=TEXT_D.split("\n")[0], published="2024-03-07", source="وكالة الشرق")
    d.entities = [
        _entity(d, "البنك المركزي التونسي", "ORG"),
        _entity(d, "تونس", "LOC", TUNIS),
    ]
    d.statements = [
        Statement(speaker=_span(d, "محافظ البنك"), cue=_span(d, "قال"), content=_span(d, "القرار يهدف إلى كبح التضخم"))
    ]
    d.events = [
        Event(
            trigger=_span(d, "رفع"),
            plover="CHANGE_POLICY",
            actors=[_span(d, "البنك المركزي التونسي")],
            locations=[_span(d, "تونس")],
            date={"start": "2024-03-07", "end": "2024-03-07"},
            event_id="e1",
        )
    ]
    docs = [a, b, c, d]
    for doc in docs:
        doc.validate()
    return docs
