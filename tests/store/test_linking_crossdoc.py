"""Near duplicates cluster; one event reported by several outlets becomes one event; claims link across reports."""

from __future__ import annotations

import copy

import pytest

from marsad.document import Document
from marsad.store.linking import about_terms, dates_close, merged_status, same_claim_text, same_event
from marsad.store.samples import TEXT_D, sample_documents


def test_wire_copy_joins_the_cluster_of_its_original(filled):
    assert filled.duplicates_of("sample-a") == ["sample-c"]
    assert filled.duplicates_of("sample-b") == []
    assert filled.get_document("sample-c")["cluster_id"] == filled.get_document("sample-a")["cluster_id"]


def test_one_strike_from_three_outlets_is_one_event(filled):
    events, total = filled.list_cross_events()
    assert total == 2
    strike = events[0]
    assert strike["plover"] == "ASSAULT" and strike["n_mentions"] == 3
    assert set(strike["sources"]) == {"وكالة الشرق", "راديو المدى", "صحيفة الغد"}
    assert {m["doc_id"] for m in strike["mentions"]} == {"sample-a", "sample-b", "sample-c"}
    assert strike["country"] == "SY" and strike["place"] == "Kafr Nabl"
    assert filled.list_cross_events({"country": "TN"})[1] == 1


def test_claims_link_across_reports_and_are_contested(filled):
    claims, total = filled.list_cross_claims()
    assert total == 1
    claim = claims[0]
    assert claim["status"] == "contested"
    speakers = {(p["doc_id"], p["speaker"], p["role"]) for p in claim["positions"]}
    assert ("sample-a", "الجيش السوري", "deny") in speakers
    assert ("sample-b", "ناشطون", "assert") in speakers


def test_relink_reproduces_incremental_links(filled):
    before = filled.list_cross_events()[0]
    counts = filled.relink()
    assert counts == {"documents": 4, "clusters": 3, "cross_events": 2, "cross_claims": 1}
    after = filled.list_cross_events()[0]
    assert [e["mentions"] for e in after] == [e["mentions"] for e in before]


def test_same_type_far_apart_in_time_stays_apart(store):
    a, _, _, _ = sample_documents()
    late = Document(text=a.text + " ", id="late", published="2024-05-20", source="x")
    late.entities, late.events = copy.deepcopy(a.entities), copy.deepcopy(a.events)
    late.events[0].date = {"start": "2024-05-20", "end": "2024-05-20"}
    store.add_document(a)
    store.add_document(late)
    assert store.list_cross_events()[1] == 2


def test_negated_mentions_never_merge(store):
    docs = sample_documents()
    docs[1].events[0].modality = "negated"
    for doc in docs:
        store.add_document(doc)
    strike = store.list_cross_events()[0][0]
    assert {m["doc_id"] for m in strike["mentions"]} == {"sample-a", "sample-c"}


def _row(plover="ASSAULT", start="2024-03-05", end=None, place=None, actors=()):
    return {"plover": plover, "date_start": start, "date_end": end or start, "place_key": place, "actors": actors}


@pytest.mark.parametrize(
    ("a", "b", "same_cluster", "expected"),
    [
        (_row(place="g1"), _row(place="g1", start="2024-03-07"), False, True),
        (_row(place="g1"), _row(place="g1", start="2024-03-08"), False, False),  # 3 days apart
        (_row(place="g1"), _row(place="g2"), False, False),
        (_row(actors=["الجيش"]), _row(actors=["الجيش", "داعش"]), False, True),
        (_row(place="g1"), _row(plover="PROTEST", place="g1"), False, False),
        (_row(), _row(), False, False),  # neither place nor actor: not enough evidence
        (_row(), _row(), True, True),  # but wire copies of one story are
        (_row(start="2024-03"), _row(start="2024-03-02", place="g1"), True, True),  # month precision
    ],
)
def test_same_event_rule(a, b, same_cluster, expected):
    assert same_event(a, b, same_cluster=same_cluster) is expected


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ([("assert", "A"), ("deny", "B")], "contested"),
        ([("assert", "A"), ("confirm", "B")], "confirmed"),
        ([("assert", "A"), ("assert", "A")], "unverified"),
        ([("unconfirmed", "A")], "unverified"),
    ],
)
def test_merged_status(roles, expected):
    assert merged_status([{"role": r, "source": s} for r, s in roles]) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("مقتل مدنيين في قصف كفرنبل بريف إدلب", "مقتل مدنيين بقصف على كفرنبل في إدلب", True),
        ("انفجار", "انفجار", False),  # a bare trigger word links nothing by itself
        ("مقتل مدنيين في قصف كفرنبل بريف إدلب", "رفع الفائدة في تونس لكبح التضخم", False),
    ],
)
def test_claim_text_rule(a, b, expected):
    assert same_claim_text(about_terms(a), about_terms(b)) is expected


def test_one_word_claims_in_unrelated_reports_stay_apart(store):
    from marsad.document import Claim, Statement

    for i, text in enumerate(["قالت الشرطة إن انفجارا وقع في السوق.", "قال الدفاع المدني إن انفجارا هز الميناء."]):
        doc = Document(text=text, id=f"u{i}", published="2024-01-01", source=f"s{i}")
        cue = doc.text.index("إن")
        doc.statements = [Statement(doc.span(0, 4), doc.span(0, 4), doc.span(cue + 3, len(text) - 1))]
        doc.claims = [Claim("انفجار", "unverified", [{"statement": 0, "role": "assert"}])]
        store.add_document(doc)
    assert store.list_cross_claims()[1] == 2


def test_dates_close_unknown_is_false():
    assert dates_close(None, None, "2024-01-01", None) is False


def test_unrelated_story_is_its_own_cluster(store):
    store.add_document(Document(text=TEXT_D, id="d1"))
    store.add_document(Document(text=TEXT_D.replace("الخميس", "الأربعاء"), id="d2"))
    assert store.duplicates_of("d1") == ["d2"]


def test_an_undated_report_joins_a_claim_through_its_event(store):
    docs = sample_documents()
    docs[2].published = None  # the wire copy lost its date; its event still carries one
    for doc in docs:
        store.add_document(doc)
    claims, total = store.list_cross_claims()
    assert total == 1 and {p["doc_id"] for p in claims[0]["positions"]} == {"sample-a", "sample-b", "sample-c"}


def _strike(doc_id, text, actor, date="2024-03-05", source="x"):
    from marsad.document import Event

    doc = Document(text=text, id=doc_id, published=date, source=source)
    a = text.index(actor)
    doc.events = [
        Event(doc.span(0, 4), "ASSAULT", actors=[doc.span(a, a + len(actor))], date={"start": date, "end": date})
    ]
    return doc


@pytest.mark.parametrize(
    ("actor", "merged"),
    [("الجيش السوري", True), ("مسلحون", False)],  # a bare common noun links nothing
)
def test_only_specific_actors_link_reports(store, actor, merged):
    store.add_document(_strike("p1", f"هاجم {actor} قرية في الريف الشمالي فجرا.", actor, source="s1"))
    store.add_document(_strike("p2", f"شن {actor} هجوما على بلدة مجاورة ليلا.", actor, source="s2"))
    assert store.list_cross_events()[1] == (1 if merged else 2)


def test_merges_do_not_drift_beyond_a_week(store):
    actor = "الجيش السوري"
    for i, day in enumerate(["2024-03-01", "2024-03-03", "2024-03-05", "2024-03-07", "2024-03-09", "2024-03-11"]):
        store.add_document(_strike(f"d{i}", f"هاجم {actor} موقعا رقم {i} في الريف.", actor, date=day, source=f"s{i}"))
    events, total = store.list_cross_events()
    assert total == 2
    assert all(
        (e["date_start"] >= "2024-03-01" and e["date_end"] <= "2024-03-08") or e["date_start"] >= "2024-03-09"
        for e in events
    )


def test_two_events_of_one_article_stay_two(store):
    from marsad.document import Event

    text = "هاجم الجيش السوري قرية في الصباح ثم هاجم الجيش السوري بلدة أخرى في المساء."
    doc = Document(text=text, id="two", published="2024-03-05", source="s")
    a, b = text.index("الجيش السوري"), text.rindex("الجيش السوري")
    day = {"start": "2024-03-05", "end": "2024-03-05"}
    doc.events = [
        Event(doc.span(0, 4), "ASSAULT", actors=[doc.span(a, a + 12)], date=day, event_id="e1"),
        Event(doc.span(b - 5, b - 1), "ASSAULT", actors=[doc.span(b, b + 12)], date=day, event_id="e2"),
    ]
    store.add_document(doc)
    assert store.list_cross_events()[1] == 2


def test_year_precision_events_do_not_merge(store):
    actor = "الجيش السوري"
    for i in range(2):
        doc = _strike(f"y{i}", f"هاجم {actor} {i + 3} مواقع خلال العام.", actor, source=f"s{i}")
        doc.events[0].date = {"start": "2016-01-01", "end": "2016-12-31"}
        store.add_document(doc)
    assert store.list_cross_events()[1] == 2


def test_a_country_is_too_coarse_to_link_two_reports(store):
    from marsad.document import Entity, Event, Place

    syria = Place(35.0, 38.0, "SY", "Syria", 163843, "country")
    for i, text in enumerate(["قصفت طائرات مواقع في سوريا صباحا.", "اشتبك مقاتلون مع دورية في سوريا ليلا."]):
        doc = Document(text=text, id=f"s{i}", published="2024-03-05", source=f"src{i}")
        at = text.index("سوريا")
        doc.entities = [Entity(at, at + 5, "سوريا", "LOC", syria)]
        doc.events = [Event(doc.span(0, 4), "ASSAULT", locations=[doc.span(at, at + 5)])]
        store.add_document(doc)
    assert store.list_cross_events()[1] == 2


def test_band_keys_give_the_candidates_of_datasketch_lsh():
    from datasketch import MinHashLSH

    from marsad.store.linking import DUP_THRESHOLD, NUM_PERM, band_keys, minhash

    texts = [TEXT_D, TEXT_D.replace("الخميس", "الأربعاء"), sample_documents()[0].text, sample_documents()[2].text]
    sigs = [minhash(t) for t in texts]
    lsh = MinHashLSH(threshold=DUP_THRESHOLD, num_perm=NUM_PERM)
    for i, m in enumerate(sigs):
        lsh.insert(str(i), m)
    for m in sigs:
        ours = {str(j) for j, other in enumerate(sigs) if set(band_keys(m)) & set(band_keys(other))}
        assert ours == set(lsh.query(m))
    assert len(band_keys(sigs[0])) == 8


def test_a_store_from_before_the_band_table_is_backfilled(tmp_path):
    from marsad.store import open_store

    path = str(tmp_path / "old.db")
    with open_store(path) as old:
        old.add_document(Document(text=TEXT_D, id="d1"))
        old._execute("DROP TABLE dup_bands")  # what a store written before migration 0004 looks like
        old._execute("DELETE FROM _migrations WHERE name = '0004_dup_bands'")
        old.conn.commit()
    with open_store(path) as reopened:
        assert reopened._fetchall("SELECT COUNT(*) AS n FROM dup_bands")[0]["n"] == 8
        reopened.add_document(Document(text=TEXT_D.replace("الخميس", "الأربعاء"), id="d2"))
        assert reopened.duplicates_of("d1") == ["d2"]


def _report(doc_id: str, source: str, published: str, speaker: str, content: str, about: str) -> Document:
    from marsad.document import Claim, Statement

    text = f"وقال {speaker} إن {content}.\nوأكد مصدر محلي أن {content}."
    doc = Document(text=text, id=doc_id, published=published, source=source)
    second = text.index(content, text.index(content) + 1)
    doc.statements = [
        Statement(
            doc.span(5, 5 + len(speaker)),
            doc.span(1, 4),
            doc.span(text.index(content), text.index(content) + len(content)),
        ),
        Statement(
            doc.span(text.index("مصدر"), text.index("مصدر") + 9),
            doc.span(text.index("أكد"), text.index("أكد") + 3),
            doc.span(second, second + len(content)),
        ),
    ]
    doc.claims = [Claim(about, "confirmed", [{"statement": 0, "role": "assert"}, {"statement": 1, "role": "confirm"}])]
    return doc


def _fire_report() -> Document:
    return _report(
        "r1", "وكالة الشرق", "2024-05-02", "مسؤول في الميناء", "حريقا اندلع في صهاريج تخزين الوقود بالرصيف الشمالي",
        "حريق الصهاريج",
    )  # fmt: skip


def _fire_report_in_other_words() -> Document:
    return _report(
        "r2", "راديو المدى", "2024-05-03", "الدفاع المدني", "النيران اشتعلت في صهريج تخزين للوقود في الرصيف الشمالي",
        "اشتعال النيران",
    )  # fmt: skip


def test_claims_that_say_the_same_thing_in_other_articles_are_one(store):
    store.add_document(_fire_report())
    store.add_document(_fire_report_in_other_words())
    store.add_document(
        _report(
            "r3",
            "صحيفة الغد",
            "2024-05-03",
            "وزير النقل",
            "الرصيف الشمالي سيغلق أمام السفن حتى نهاية الشهر",
            "إغلاق الرصيف",
        )
    )
    claims, total = store.list_cross_claims()
    assert total == 2
    fire = next(c for c in claims if len({p["doc_id"] for p in c["positions"]}) > 1)
    assert {p["doc_id"] for p in fire["positions"]} == {"r1", "r2"}


def test_two_claims_of_one_article_stay_two(store):
    from marsad.document import Claim

    doc = _fire_report()
    doc.claims.append(Claim("حريق الصهاريج في الرصيف", "unverified", [{"statement": 1, "role": "assert"}]))
    store.add_document(doc)
    assert store.list_cross_claims()[1] == 2


def test_a_store_from_before_the_claim_terms_column_still_links(tmp_path):
    from marsad.store import open_store

    path = str(tmp_path / "old.db")
    with open_store(path) as old:
        old.add_document(_fire_report())
        old._execute("UPDATE cross_claims SET terms = NULL")  # what a claim linked before migration 0005 holds
        old.conn.commit()
    with open_store(path) as reopened:
        reopened.add_document(_fire_report_in_other_words())
        assert reopened.list_cross_claims()[1] == 2  # no terms to compare with: unlinked, but no failure
        reopened.relink()
        assert reopened.list_cross_claims()[1] == 1
