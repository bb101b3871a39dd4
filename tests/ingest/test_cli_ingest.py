"""``marsad ingest``: the command reports failures at the end and retries them on request."""

from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import cli

GOOD = "أعلنت وزارة النقل يوم الأربعاء تشغيل خط حافلات جديد بين المطار ووسط المدينة ابتداء من الشهر المقبل."


def _ingest(*args):
    return CliRunner().invoke(cli, ["ingest", *args, "--pipeline", "sentencizer,tokenizer", "--no-progress"])


def test_reports_failures_and_retries_them(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "english.txt").write_text("Only English words in this file.", encoding="utf-8")
    db = str(tmp_path / "m.db")
    result = _ingest(str(tmp_path / "in"), "--db", db)
    assert result.exit_code == 0, result.output
    assert "stored 1, duplicates 0, failed 1" in result.stderr
    assert "english.txt [input] InputError" in result.stderr
    again = _ingest(str(tmp_path / "in"), "--db", db, "--json")
    assert json.loads(again.stdout)["skipped"] == 2
    retry = _ingest(str(tmp_path / "in"), "--db", db, "--json", "--retry-failed", "--relink")
    out = json.loads(retry.stdout)
    assert (out["skipped"], out["failed"], out["links"]["documents"]) == (1, 1, 1)
