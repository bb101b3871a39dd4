"""The committed gazetteer and the curated list it is built from are consistent and sane."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from babel import Locale

from marsad.geo.build import CURATED, MANIFEST, OUTPUT, read_curated
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.resolve import haversine_km, resolve

PRECISIONS = {"point", "neighbourhood", "admin", "country", "region"}


def test_manifest_matches_the_artefact() -> None:
    manifest = json.loads(Path(MANIFEST).read_text(encoding="utf-8"))
    assert manifest["sha256"] == hashlib.sha256(Path(OUTPUT).read_bytes()).hexdigest()
    assert (
        manifest["inputs"]["curated.tsv"] == hashlib.sha256(CURATED.name.encode() + CURATED.read_bytes()).hexdigest()
    ), "curated.tsv changed: rebuild with `python -m marsad.geo.build`"
    assert len(Gazetteer.load()) == manifest["rows"]


def test_curated_rows_are_well_formed() -> None:
    codes = set(Locale("en").territories)
    rows = read_curated()
    assert len(rows) > 300
    for r in rows:
        assert -90 <= r.lat <= 90 and -180 <= r.lon <= 180, r.name_ar
        assert r.precision in PRECISIONS, r.name_ar
        assert r.country == "" or r.country in codes, r.name_ar
        assert r.keys and all(r.keys), r.name_ar


def test_curated_sites_lie_near_their_city() -> None:
    # a typo in a coordinate shows up as a neighbourhood far from its city (airports lie up to ~25 km out)
    far = []
    for r in read_curated():
        if not r.city:
            continue
        city = resolve(r.city, [r.name_ar])
        if city is not None and city.country == r.country:
            d = haversine_km(r.lat, r.lon, city.lat, city.lon)
            if d > 30:
                far.append((r.name_ar, round(d)))
    assert far == []


def test_every_country_code_is_iso_shaped() -> None:
    import re

    iso = re.compile(r"^[A-Z]{2}$")
    bad = {e.country for e in Gazetteer.load().entries if e.country and not iso.match(e.country)}
    assert bad == set()


def test_a_town_far_from_the_province_it_is_named_after_loses_that_name() -> None:
    from marsad.geo.build import Row, drop_admin_namesakes

    province = Row({"صلاح الدين"}, "صلاح الدين", "Saladin Governorate", 34.5, 43.5, "IQ", precision="admin")
    far = Row({"صلاح الدين", "بيرمام"}, "صلاح الدين", "Pirmam", 36.3, 44.3, "IQ", source="geonames")
    only = Row({"صلاح الدين"}, "صلاح الدين", "Somewhere", 36.9, 42.9, "IQ", source="geonames")
    near = Row({"صلاح الدين"}, "صلاح الدين", "Namesake capital", 34.6, 43.6, "IQ", source="geonames")
    abroad = Row({"صلاح الدين"}, "صلاح الدين", "Salah ad-Din", 30.0, 31.2, "EG", source="geonames")
    kept = drop_admin_namesakes([far, only, near, abroad], [province])
    assert [(r.name_en, r.keys, r.name_ar) for r in kept] == [
        ("Pirmam", {"بيرمام"}, "بيرمام"),  # keeps its other name
        ("Namesake capital", {"صلاح الدين"}, "صلاح الدين"),  # the province's own capital
        ("Salah ad-Din", {"صلاح الدين"}, "صلاح الدين"),  # another country
    ]
    place = resolve("صلاح الدين", ["كركوك", "الأنبار"])
    assert place is not None and place.name_en == "Saladin Governorate"
