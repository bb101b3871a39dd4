"""The bundled basemap: built from world-atlas TopoJSON by build_basemap.py, drawn in the (lon, -lat) frame."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from marsad.web.build_basemap import build, geometry_path, unwrap

STATIC = Path(__file__).resolve().parents[2] / "marsad" / "web" / "static"


def points(d: str) -> list[list[tuple[float, float]]]:
    return [[tuple(map(float, p.split(","))) for p in re.split("[ML]", ring) if p] for ring in d.split("Z") if ring]


def test_bundled_basemap_has_every_country_and_its_licence() -> None:
    data = json.loads((STATIC / "world-110m.json").read_text(encoding="utf-8"))
    names = {c["name"] for c in data["countries"]}
    assert len(data["countries"]) == 177 and {"Syria", "Iraq", "Yemen", "Morocco"} <= names
    assert "Natural Earth" in data["licence"] and len(data["source_sha256"]) == 64
    assert (
        "ISC" in (STATIC / "world-atlas-LICENSE.txt").read_text()
        or "Permission" in (STATIC / "world-atlas-LICENSE.txt").read_text()
    )


def test_syria_lies_where_its_coordinates_say() -> None:
    data = json.loads((STATIC / "world-110m.json").read_text(encoding="utf-8"))
    syria = next(c for c in data["countries"] if c["name"] == "Syria")
    xs = [x for ring in points(syria["d"]) for x, _ in ring]
    ys = [y for ring in points(syria["d"]) for _, y in ring]
    assert 35 < min(xs) < 37 and 41 < max(xs) < 43  # longitude
    assert -38 < min(ys) < -36 and -33.5 < max(ys) < -32  # y = -latitude


def test_no_ring_jumps_across_the_map() -> None:
    data = json.loads((STATIC / "world-110m.json").read_text(encoding="utf-8"))
    for country in data["countries"]:
        if country["name"] == "Antarctica":
            continue  # its ring closes along the bottom edge on purpose
        for ring in points(country["d"]):
            assert all(abs(a[0] - b[0]) < 90 for a, b in itertools.pairwise(ring)), country["name"]


@pytest.mark.parametrize(
    "ring,expected",
    [
        ([(179.0, 10.0), (-179.0, 11.0), (-178.0, 12.0)], [(179.0, 10.0), (181.0, 11.0), (182.0, 12.0)]),
        ([(10.0, 1.0), (11.0, 2.0)], [(10.0, 1.0), (11.0, 2.0)]),
        ([(180.0, -85.0), (-180.0, -85.0)], [(180.0, -85.0), (-180.0, -85.0)]),
    ],
)
def test_unwrap_keeps_antimeridian_rings_continuous(ring, expected) -> None:
    assert unwrap(ring) == expected


def test_build_decodes_a_tiny_topology(tmp_path: Path) -> None:
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[10, 10], [5, 0], [0, 5], [-5, 0], [0, -5]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [{"type": "Polygon", "arcs": [[0]], "id": "999", "properties": {"name": "Square"}}],
            }
        },
    }
    src = tmp_path / "t.json"
    src.write_text(json.dumps(topology))
    data = build(src, tmp_path / "out.json")
    assert data["countries"] == [{"id": "999", "name": "Square", "d": "M10,-10L15,-10L15,-15L10,-15L10,-10Z"}]
    assert geometry_path({"type": "Point", "coordinates": [0, 0]}, []) == ""
