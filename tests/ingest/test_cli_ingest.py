"""``marsad ingest``: the command reports failures at the end and retries them on request."""

from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import cli
from marsad.cli.ingest import PARTIAL_FAILURE_EXIT

GOOD = "أعلنت وزارة النقل يوم الأربعاء تشغيل خط حافلات جديد بين المطار ووسط المدينة ابتداء من الشهر المقبل."


def _ingest(*args):
    return CliRunner().invoke(cli, ["ingest", *args, "--pipeline", "sentencizer,tokenizer", "--no-progress"])


def test_reports_failures_and_retries_them(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "english.txt").write_text("Only English words in this file.", encoding="utf-8")
    db = str(tmp_path / "m.db")
    result = _ingest(str(tmp_path / "in"), "--db", db)
    assert result.exit_code == PARTIAL_FAILURE_EXIT, result.output  # finished, but an article was lost
    assert "stored 1, duplicates 0, failed 1" in result.stderr
    assert "english.txt [input] InputError" in result.stderr
    again = _ingest(str(tmp_path / "in"), "--db", db, "--json")
    assert json.loads(again.stdout)["skipped"] == 2
    assert again.exit_code == 0  # nothing failed in this run: the recorded failure is not retried
    retry = _ingest(str(tmp_path / "in"), "--db", db, "--json", "--retry-failed", "--relink")
    assert retry.exit_code == PARTIAL_FAILURE_EXIT
    out = json.loads(retry.stdout)
    assert (out["skipped"], out["failed"], out["links"]["documents"]) == (1, 1, 1)


def test_unreadable_input_is_reported_as_input_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "blob.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00\x9c binary")
    (tmp_path / "in" / "feed.jsonl").write_text('{"text": 5}\nnot json\n', encoding="utf-8")
    result = _ingest(str(tmp_path / "in"), "--db", str(tmp_path / "m.db"))
    assert result.exit_code == PARTIAL_FAILURE_EXIT
    assert "stored 1, duplicates 0, failed 3" in result.stderr, result.stderr
    failed = [line for line in result.stderr.splitlines() if "failed: " in line]
    assert len(failed) == 3 and all("[read] InputError: " in line for line in failed), failed
    assert "ValueError" not in result.stderr
