"""Fixtures for the web tests: a temporary SQLite store holding documents built by hand, and a TestClient.

The articles are short reports written for these tests (not taken from any corpus). Spans are found with
``str.find`` so that every offset is right by construction.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.document import Claim, Document, Entity, Event, Place, Span, Statement, TimeExpression

TOKEN = "test-token-123"


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``needle`` in ``text`` as a Span (fails loudly when absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def entity(text: str, needle: str, type_: str, place: Place | None = None, nth: int = 0) -> Entity:
    s = span(text, needle, nth)
    return Entity(s.start, s.end, s.text, type_, place=place)  # type: ignore[arg-type]


ALEPPO = Place(lat=36.2021, lon=37.1343, country="SY", name_en="Aleppo", geonameid=170063, precision="point")
BAGHDAD = Place(lat=33.3406, lon=44.4009, country="IQ", name_en="Baghdad", geonameid=98182, precision="point")


def aleppo_doc() -> Document:
    text = (
        "القوات الحكومية تسيطر على حي جديد في حلب\n"
        "أعلنت وزارة الدفاع الروسية يوم الثلاثاء أن القوات الحكومية سيطرت على حي الشيخ سعيد في مدينة حلب. "
        "ونفى متحدث باسم فصائل المعارضة أن تكون القوات قد سيطرت على الحي، وقال إن المعارك ما زالت مستمرة."
    )
    doc = Document(text=text, title="القوات الحكومية تسيطر على حي جديد في حلب", published="2016-12-06")
    doc.source = "وكالة الأنباء التجريبية"
    doc.url = "https://example.org/news/aleppo"
    doc.entities = [
        entity(text, "وزارة الدفاع الروسية", "ORG"),
        entity(text, "حلب", "LOC", ALEPPO, nth=1),
        entity(text, "الشيخ سعيد", "LOC"),
    ]
    doc.times = [TimeExpression(*_se(span(text, "يوم الثلاثاء")), value="2016-12-06")]
    doc.statements = [
        Statement(
            speaker=span(text, "وزارة الدفاع الروسية"),
            cue=span(text, "أعلنت"),
            content=span(text, "القوات الحكومية سيطرت على حي الشيخ سعيد في مدينة حلب"),
            stance="assert",
        ),
        Statement(
            speaker=span(text, "متحدث باسم فصائل المعارضة"),
            cue=span(text, "نفى"),
            content=span(text, "تكون القوات قد سيطرت على الحي"),
            stance="deny",
        ),
    ]
    doc.events = [
        Event(
            trigger=span(text, "سيطرت"),
            plover="ASSAULT",
            acled=["Battles", "Government regains territory"],
            actors=[span(text, "القوات الحكومية", 1)],
            locations=[span(text, "حلب", 1)],
            date={"start": "2016-12-06", "end": "2016-12-06"},
            statement=0,
        )
    ]
    doc.claims = [
        Claim(
            about="السيطرة على حي الشيخ سعيد",
            status="contested",
            positions=[{"statement": 0, "role": "assert"}, {"statement": 1, "role": "deny"}],
        )
    ]
    doc.validate()
    return doc


def baghdad_doc() -> Document:
    text = (
        "تظاهر آلاف المحتجين يوم الجمعة في ساحة التحرير ببغداد للمطالبة بإصلاحات اقتصادية، "
        "وقالت الشرطة العراقية إن التظاهرة مرت بسلام."
    )
    doc = Document(text=text, title="آلاف المحتجين في بغداد", published="2019-10-04", source="صحيفة الاختبار")
    doc.entities = [entity(text, "ساحة التحرير", "LOC"), entity(text, "بغداد", "LOC", BAGHDAD)]
    doc.entities.append(entity(text, "الشرطة العراقية", "ORG"))
    doc.statements = [
        Statement(
            speaker=span(text, "الشرطة العراقية"),
            cue=span(text, "قالت"),
            content=span(text, "التظاهرة مرت بسلام"),
            stance="assert",
        )
    ]
    doc.events = [
        Event(
            trigger=span(text, "تظاهر"),
            plover="PROTEST",
            acled=["Protests", "Peaceful protest"],
            actors=[span(text, "آلاف المحتجين")],
            locations=[span(text, "بغداد")],
            date={"start": "2019-10-04", "end": "2019-10-04"},
        )
    ]
    doc.validate()
    return doc


HOSTILE_TITLE = "<script>alert(1)</script> عنوان"


def hostile_doc() -> Document:
    """A document whose every field tries to inject markup or reorder text."""
    text = (
        "قال مصدر محلي <script>alert(1)</script> إن <img src=x onerror=alert(2)> الاشتباكات توقفت "
        'في \u202eالمدينة\u202c صباح اليوم <a href="javascript:alert(3)">رابط</a> حسب ما أفاد الشهود.'
    )
    doc = Document(text=text, title=HOSTILE_TITLE, published="2020-01-01", source="<b>مصدر</b>\u202e")
    doc.url = "javascript:alert(4)"
    doc.entities = [entity(text, "<script>alert(1)</script>", "MISC"), entity(text, "\u202eالمدينة\u202c", "LOC")]
    doc.statements = [
        Statement(
            speaker=span(text, "مصدر محلي"),
            cue=span(text, "قال"),
            content=span(text, "<img src=x onerror=alert(2)> الاشتباكات توقفت"),
        )
    ]
    doc.validate()
    return doc


def _se(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture store, built once per session (adding documents links them across articles: slow-ish)."""
    from marsad.store import open_store

    path = tmp_path_factory.mktemp("web-store") / "template.db"
    with open_store(str(path)) as store:
        for doc in (aleppo_doc(), baghdad_doc(), hostile_doc()):
            store.add_document(doc)
    return path


@pytest.fixture
def store_path(store_template: Path, tmp_path: Path) -> Path:
    """A private copy of the SQLite store with the three hand-built documents (tests may write to it)."""
    path = tmp_path / "web.db"
    for suffix in ("", "-wal", "-shm"):  # closing checkpoints the WAL, but copy whatever is there
        src = store_template.with_name(store_template.name + suffix)
        if src.exists():
            shutil.copyfile(src, path.with_name(path.name + suffix))
    return path


class StubPipeline:
    """Stands in for ``marsad.load()``: counts how often it is built and called."""

    built = 0

    def __init__(self) -> None:
        type(self).built += 1

    def __call__(self, doc: Document) -> Document:
        doc.processed_by.append("stub")
        return doc


@pytest.fixture
def client(store_path: Path) -> Iterator:
    from fastapi.testclient import TestClient

    from marsad.web.app import create_app

    StubPipeline.built = 0
    app = create_app(str(store_path), token=TOKEN, max_body=200_000, pipeline=StubPipeline)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def docs() -> dict[str, Document]:
    """The hand-built documents of the store fixture, by name."""
    return {"aleppo": aleppo_doc(), "baghdad": baghdad_doc(), "hostile": hostile_doc()}


@pytest.fixture
def token() -> str:
    return TOKEN


@pytest.fixture
def stub() -> type[StubPipeline]:
    return StubPipeline
