import pytest

from marsad.document import Document, Entity, Span, Statement
from marsad.errors import SpanError


def test_document_span_matches_text():
    doc = Document(text="قالت روسيا إن الجيش تقدم")
    span = doc.span(5, 10)
    assert span.text == "روسيا"


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 2), (0, 999)])
def test_document_span_outside_text_raises(start, end):
    with pytest.raises(SpanError):
        Document(text="نص قصير").span(start, end)


def test_document_validate_catches_lying_span():
    doc = Document(text="قالت روسيا إن الجيش تقدم")
    doc.entities.append(Entity(5, 10, "سوريا", "LOC"))
    with pytest.raises(SpanError):
        doc.validate()


def test_document_validate_checks_statement_spans():
    doc = Document(text="قالت روسيا إن الجيش تقدم")
    doc.statements.append(Statement(speaker=doc.span(5, 10), cue=doc.span(0, 4), content=Span(14, 24, "خطأ")))
    with pytest.raises(SpanError):
        doc.validate()


def test_document_id_is_content_hash_by_default():
    a, b = Document(text="خبر أول"), Document(text="خبر أول")
    assert a.id == b.id and len(a.id) == 16
    assert Document(text="خبر ثان").id != a.id


def test_document_to_json_has_format_keys():
    data = Document(text="خبر", published="2016-12-06").to_json()
    for key in ("doc", "text", "sentences", "tokens", "entities", "statements", "times", "events", "claims"):
        assert key in data
    assert data["doc"]["published"] == "2016-12-06"


def test_document_normalized_view_is_cached_and_maps_back():
    doc = Document(text="أكّد الوزيرُ")
    view = doc.normalized
    assert view is doc.normalized
    assert view.text == "اكد الوزير"
    start = view.text.index("الوزير")
    a, b = view.to_original(start, start + len("الوزير"))
    assert doc.text[a:b] == "الوزيرُ"[:-1] or doc.text[a:b] == "الوزير"


def test_document_json_round_trip_keeps_every_layer():
    from marsad.document import Claim, Event, Place, TimeExpression

    doc = Document(text="قالت روسيا إن الجيش سيطر على حلب الثلاثاء", published="2016-12-06")
    doc.entities.append(Entity(5, 10, "روسيا", "LOC", place=Place(61.5, 105.3, "RU", precision="country")))
    doc.statements.append(Statement(speaker=doc.span(5, 10), cue=doc.span(0, 4), content=doc.span(14, 40)))
    doc.times.append(TimeExpression(33, 40, doc.text[33:40], "2016-12-06"))
    doc.events.append(Event(trigger=doc.span(20, 24), plover="FIGHT", locations=[doc.span(29, 32)], statement=0))
    doc.claims.append(Claim("الجيش سيطر على حلب", "unverified", [{"statement": 0, "role": "assert"}]))
    again = Document.from_json(doc.to_json())
    again.validate()
    assert again.to_json() == doc.to_json()
