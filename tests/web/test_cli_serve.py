"""``marsad serve`` is registered, documents its options and refuses a store it cannot open."""

from __future__ import annotations

from click.testing import CliRunner

from marsad.cli import cli


def test_serve_help_lists_its_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "MARSAD_TOKEN", "--max-body"):
        assert option in result.output


def test_serve_is_listed_in_the_group_help() -> None:
    assert "serve" in CliRunner().invoke(cli, ["--help"]).output


def test_serve_refuses_a_store_in_a_missing_folder(tmp_path) -> None:
    from marsad.errors import MarsadError

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "no" / "such" / "x.db")])
    assert result.exit_code != 0 and isinstance(result.exception, MarsadError)
