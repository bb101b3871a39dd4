"""Ingest never aborts on one article, is idempotent, and resumes after SIGKILL with nothing lost or duplicated."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import marsad
from marsad.ingest.readers import Record
from marsad.ingest.runner import ingest, iter_records
from marsad.store import open_store

PLACES = ["حلب", "إدلب", "حمص", "درعا", "الرقة", "دير الزور", "حماة", "اللاذقية", "طرطوس", "القامشلي"]
VERBS = ["افتتحت", "أغلقت", "رممت", "زارت", "وسعت"]


def _article(n: int) -> str:
    place = PLACES[n % len(PLACES)]
    verb = VERBS[n % len(VERBS)]
    return (
        f"{verb} السلطات المحلية في {place} المدرسة رقم {n} يوم الأحد، "
        f"وقال مدير التربية إن {n + 3} معلمين سينضمون إلى الكادر خلال الأسبوع المقبل."
    )


@pytest.fixture(scope="module")
def nlp():
    return marsad.load(["sentencizer", "tokenizer"])


def test_failures_are_recorded_and_the_batch_goes_on(tmp_path, nlp):
    class Boom:
        name, requires, assigns = "boom", (), ()

        def __call__(self, doc):
            if "قنبلة" in doc.text:
                raise RuntimeError("component exploded")
            return doc

    pipeline = marsad.load(["sentencizer", "tokenizer"])
    pipeline.add(Boom())
    records = [
        Record("r1", _article(1)),
        Record("r2", "This is English only, no Arabic at all."),
        Record("r3", "انفجرت قنبلة في السوق صباح اليوم وأصيب ثلاثة أشخاص."),
        Record("r4", error="cannot read: permission denied"),
        Record("r5", _article(2)),
        Record("r6", _article(1)),  # same text as r1
    ]
    with open_store(":memory:") as store:
        report = ingest(records, store, pipeline, progress=False)
        assert (report.stored, report.duplicates, report.failed) == (2, 1, 3)
        assert {(ref, comp) for ref, comp, _ in report.failures} == {("r2", "input"), ("r3", "boom"), ("r4", "read")}
        rows, total = store.list_failures()
        assert total == 3 and "component exploded" in {r["component"]: r["error"] for r in rows}["boom"]
        assert store.count() == 2
        # a second run skips everything already done, failures included
        again = ingest(records, store, pipeline, progress=False)
        assert (again.stored, again.skipped) == (0, 6)
        store.forget_failures()
        retry = ingest(records, store, pipeline, progress=False)
        assert (retry.failed, retry.skipped) == (3, 3)


def test_bad_dates_and_odd_metadata_do_not_cost_the_article(nlp):
    records = [Record("j:1", _article(5), {"published": "قبل يومين", "id": 17, "title": 3})]
    with open_store(":memory:") as store:
        report = ingest(records, store, nlp, progress=False)
        assert report.stored == 1
        data = store.get_document("17")
        assert data["doc"]["published"] is None and data["doc"]["title"] == "3"
        assert data["meta"]["published_invalid"] == "قبل يومين"


def test_ingest_is_idempotent_across_runs_and_files(tmp_path, nlp, write_corpus):
    hashes = write_corpus(tmp_path / "c", 12, _article)
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "dup.txt").write_text(_article(3), encoding="utf-8")
    with open_store(str(tmp_path / "m.db")) as store:
        first = ingest(iter_records([tmp_path / "c", tmp_path / "copy"]), store, nlp, progress=False)
        assert (first.stored, first.duplicates) == (12, 1)
    with open_store(str(tmp_path / "m.db")) as store:
        second = ingest(iter_records([tmp_path / "c"]), store, nlp, progress=False)
        assert second.stored == 0 and second.skipped == 12
        assert {store.get_document(r["id"])["doc"]["text_sha256"] for r in store.list_documents(limit=100)[0]} == hashes


def test_resume_after_sigkill(tmp_path, write_corpus, stored_count):
    """Kill the CLI mid-run with SIGKILL, run it again: every article stored exactly once."""
    n = 400
    hashes = write_corpus(tmp_path / "corpus", n, _article)
    db = tmp_path / "m.db"
    cmd = [sys.executable, "-c", "from marsad.cli import main; main()", "ingest", str(tmp_path / "corpus")]
    cmd += ["--db", str(db), "--pipeline", "sentencizer,tokenizer", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while stored_count(db) < 40 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = stored_count(db)
    assert 0 < killed_at < n

    done = subprocess.run([*cmd, "--json"], capture_output=True, text=True, timeout=120, check=True)
    report = json.loads(done.stdout)
    assert report["failed"] == 0
    assert report["skipped"] >= killed_at
    assert report["skipped"] + report["stored"] + report["duplicates"] == n
    con = sqlite3.connect(db)
    rows = con.execute("SELECT text_sha256 FROM documents").fetchall()
    assert len(rows) == n and {r[0] for r in rows} == hashes
    assert con.execute("SELECT COUNT(*) FROM sources_done").fetchone()[0] == n
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_store_error_on_one_article_is_undone_alone(tmp_path, nlp, monkeypatch):
    from marsad.store import StoreError

    with open_store(str(tmp_path / "m.db")) as store:
        original = store._materialise

        def flaky(rid, data, *args):
            if "المدرسة رقم 2 " in data["text"]:
                raise StoreError("disk hiccup")  # after the documents row was written
            return original(rid, data, *args)

        monkeypatch.setattr(store, "_materialise", flaky)
        records = [Record(f"r{i}", _article(i)) for i in range(5)]
        report = ingest(records, store, nlp, progress=False)
        assert (report.stored, report.failed) == (4, 1)
        assert report.failures[0][:2] == ("r2", "store")
        assert store.count() == 4 and store.has_content(hashlib.sha256(_article(2).encode()).hexdigest()) is None
