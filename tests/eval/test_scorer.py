"""The scorer on tiny gold and predictions written here: each rule of FORMAT.md once."""

import pytest

from marsad.eval.scorer import haversine_km, place_is_right, score_document, token_f1

TEXT = "قالت روسيا إن الجيش سيطر على حي الشعار في حلب الثلاثاء."


def sp(s):
    start = TEXT.index(s)
    return {"start": start, "end": start + len(s), "text": s}


def ent(s, t, place=None):
    return {**sp(s), "type": t, "place": place}


ALEPPO = {"lat": 36.20, "lon": 37.16, "country": "SY", "name_en": "Aleppo", "geonameid": 170063, "precision": "point"}

GOLD = {
    "entities": [ent("روسيا", "LOC"), ent("حلب", "LOC", ALEPPO), ent("الجيش", "ORG")],
    "statements": [
        {
            "speaker": sp("روسيا"),
            "cue": sp("قالت"),
            "content": sp("الجيش سيطر على حي الشعار في حلب الثلاثاء"),
            "stance": "assert",
            "direct": False,
            "addressee": None,
            "via": None,
            "time": None,
        }
    ],
    "times": [{**sp("الثلاثاء"), "value": "2016-12-06"}],
    "events": [
        {
            "trigger": sp("سيطر"),
            "plover": "ASSAULT",
            "acled": None,
            "actors": [sp("الجيش")],
            "targets": [],
            "locations": [sp("حلب")],
            "date": {"start": "2016-12-06", "end": "2016-12-06"},
            "modality": "asserted",
            "statement": 0,
        }
    ],
    "claims": [],
}


def test_scorer_perfect_prediction_scores_one():
    s = score_document(GOLD, GOLD)
    assert s.entities.f1 == 1.0 and s.statements.f1 == 1.0 and s.times.f1 == 1.0 and s.events.f1 == 1.0
    assert s.places.value == 1.0 and s.stance.value == 1.0 and s.content.value == 1.0
    assert s.event_locations.value == 1.0 and s.event_dates.value == 1.0


def test_scorer_entities_exact_versus_relaxed():
    pred = {"entities": [ent("روسيا", "LOC"), {**sp("في حلب"), "type": "LOC", "place": None}]}
    s = score_document(GOLD, pred)
    assert (s.entities.tp, s.entities.fp, s.entities.fn) == (1, 1, 2)
    assert s.entities_relaxed.tp == 2


def test_scorer_wrong_type_is_not_a_match():
    s = score_document(GOLD, {"entities": [ent("الجيش", "PER")]})
    assert s.entities.tp == 0 and s.entities_relaxed.tp == 0


def test_scorer_statement_needs_cue_and_speaker_overlap():
    wrong_speaker = dict(GOLD["statements"][0], speaker=sp("الجيش"))
    s = score_document(GOLD, {"statements": [wrong_speaker]})
    assert s.statements.tp == 0 and s.statements.fp == 1


def test_scorer_stance_and_content_on_matched_statement():
    pred = dict(GOLD["statements"][0], stance="deny", content=sp("الجيش سيطر على حي الشعار"))
    s = score_document(GOLD, {"statements": [pred]})
    assert s.statements.tp == 1 and s.stance.value == 0.0
    assert 0.5 < s.content.value < 1.0


def test_scorer_time_value_counted_only_on_exact_spans():
    pred = {"times": [{**sp("الثلاثاء"), "value": "2016-12-13"}]}
    s = score_document(GOLD, pred)
    assert s.times.tp == 1 and s.time_values.value == 0.0


def test_scorer_event_needs_same_plover_type():
    pred = {"events": [dict(GOLD["events"][0], plover="FIGHT")]}
    assert score_document(GOLD, pred).events.tp == 0


def test_scorer_event_date_and_location_accuracy():
    pred = {"events": [dict(GOLD["events"][0], locations=[], date=None)]}
    s = score_document(GOLD, pred)
    assert s.events.tp == 1 and s.event_locations.value == 0.0 and s.event_dates.value == 0.0


def test_scorer_place_distance_rule():
    near = dict(ALEPPO, lat=36.3)  # ~11 km away
    far = dict(ALEPPO, lat=36.8)  # ~67 km away
    assert place_is_right(ALEPPO, near) and not place_is_right(ALEPPO, far)
    admin = dict(ALEPPO, precision="admin")
    assert place_is_right(admin, far) and not place_is_right(admin, dict(far, country="TR"))
    country = dict(ALEPPO, precision="country")
    assert place_is_right(country, dict(far, lat=10.0)) and not place_is_right(country, None)


def test_haversine_known_distance():
    # Damascus to Aleppo is about 310 km as the crow flies
    assert haversine_km(33.51, 36.29, 36.20, 37.16) == pytest.approx(310, abs=15)


@pytest.mark.parametrize("a,b,expected", [("قال إن", "قال إن", 1.0), ("", "", 1.0), ("أ ب", "ج د", 0.0)])
def test_token_f1(a, b, expected):
    assert token_f1(a, b) == expected


def test_scorer_acled_accuracy_on_matched_events():
    event = GOLD["events"][0]
    typed = dict(event, acled=["Battles", "Government regains territory"])
    gold = dict(GOLD, events=[typed])
    assert score_document(gold, gold).event_acled.value == 1.0
    # another sub-event type, or none where gold has one, is wrong; both null is right
    other = {"events": [dict(typed, acled=["Battles", "Non-state actor overtakes territory"])]}
    assert score_document(gold, other).event_acled.value == 0.0
    assert score_document(gold, {"events": [dict(typed, acled=None)]}).event_acled.value == 0.0
    assert score_document(GOLD, GOLD).event_acled.value == 1.0
