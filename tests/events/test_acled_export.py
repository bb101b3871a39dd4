"""ACLED rows and PLOVER records of event mentions (the API the store/export layer calls)."""

from __future__ import annotations

from marsad.document import Place
from marsad.events.acled import ACLED_COLUMNS, acled_row, plover_record


def _doc(make_doc, with_time: bool):
    text = "قتل 5 مدنيين في غارة جوية على بلدة الزيتونة صباح الأحد."
    doc = make_doc(
        text,
        entities=[("الزيتونة", "LOC")],
        times=[("صباح الأحد", "2021-03-14")] if with_time else [],
        places={"الزيتونة": Place(35.1, 36.6, "SY", name_en="Zaytuna", precision="point", admin1="Hama")},
    )
    doc.source = "test-wire"
    return doc


def test_acled_row_columns_and_values(extractor, make_doc) -> None:
    doc = extractor(_doc(make_doc, with_time=True))
    ev = next(e for e in doc.events if e.trigger.text == "غارة")
    row = acled_row(doc, ev)
    assert tuple(row) == ACLED_COLUMNS
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Air/drone strike"
    assert (row["event_date"], row["time_precision"]) == ("2021-03-14", 1)
    assert (row["country"], row["admin1"], row["location"]) == ("SY", "Hama", "Zaytuna")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (35.1, 36.6, 1)
    assert row["fatalities"] == 5
    assert row["source"] == "test-wire"


def test_no_date_in_text_falls_back_to_publication_with_coarse_precision(extractor, make_doc) -> None:
    doc = extractor(_doc(make_doc, with_time=False))
    ev = next(e for e in doc.events if e.trigger.text == "غارة")
    assert ev.date is None
    row = acled_row(doc, ev)
    assert (row["event_date"], row["time_precision"]) == (doc.published, 3)


def test_plover_record(extractor, make_doc) -> None:
    doc = extractor(_doc(make_doc, with_time=True))
    ev = next(e for e in doc.events if e.trigger.text == "غارة")
    rec = plover_record(doc, ev)
    assert rec["event_type"] in ("ASSAULT", "FIGHT")
    assert rec["geolocation"]["country"] == "SY"
    assert rec["date"] == "2021-03-14"
    assert rec["event_id"] == ev.event_id
    assert rec["fatalities"] == 5
