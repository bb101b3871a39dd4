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


def test_acled_row_actor_categories_and_civilian_targeting(extractor, make_doc) -> None:
    doc = extractor(make_doc("وأطلقت قوات الأمن النار على المدنيين قرب السوق المركزي."))
    row = acled_row(doc, doc.events[0])
    assert (row["event_type"], row["disorder_type"]) == ("Violence against civilians", "Political violence")
    assert (row["inter1"], row["inter2"], row["civilian_targeting"]) == (
        "State forces",
        "Civilians",
        "Civilian targeting",
    )
    # an armed group is left blank: the text does not say whether it is a rebel group or a militia
    doc = extractor(make_doc("وهاجم مسلحون قوات الأمن في ريف المدينة."))
    row = acled_row(doc, doc.events[0])
    assert (row["inter1"], row["inter2"], row["civilian_targeting"]) == (None, "State forces", None)


def test_disorder_type_of_violent_demonstrations() -> None:
    from marsad.events.acled import disorder_type

    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type(None, None) is None
