"""`marsad gazetteer lookup` prints one resolved place per name."""

from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli.gazetteer import gazetteer


def test_lookup_prints_country_and_coordinates() -> None:
    result = CliRunner().invoke(gazetteer, ["lookup", "دمشق"])
    assert result.exit_code == 0
    name, name_en, country, coords, precision, _feature = result.output.strip().split("\t")
    assert (name, name_en, country, precision) == ("دمشق", "Damascus", "SY", "point")
    lat, lon = (float(x) for x in coords.split(","))
    assert abs(lat - 33.51) < 0.1 and abs(lon - 36.29) < 0.1


def test_lookup_json_unknown_name_is_null() -> None:
    result = CliRunner().invoke(gazetteer, ["lookup", "--json", "قرية لا وجود لها أبدا"])
    assert result.exit_code == 0
    assert json.loads(result.output)["place"] is None


def test_lookup_uses_the_other_names_as_context() -> None:
    result = CliRunner().invoke(gazetteer, ["lookup", "--json", "طرابلس", "--context", "بيروت"])
    assert json.loads(result.output)["place"]["country"] == "LB"
