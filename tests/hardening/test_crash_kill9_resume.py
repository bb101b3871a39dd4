"""kill -9 at random points of ``marsad ingest`` and ``marsad batch``, then re-run: the result equals an
uninterrupted run — the same documents, none lost, none twice.

Each seed kills a run at a random moment (by elapsed time or by progress), possibly twice, then lets a last run
finish. Seed 0 runs by default; the other seeds with ``--slow`` (each costs several CLI start-ups).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

PIPELINE = "sentencizer,tokenizer"  # the crash points of interest are in the runner and the store, not the models
PLACES = ["نابلس", "صيدا", "طرابلس", "سوسة", "مراكش", "عدن", "الموصل", "حمص", "إربد", "بنغازي"]
SEEDS = [0, pytest.param(1, marks=pytest.mark.slow), pytest.param(2, marks=pytest.mark.slow)]
SEEDS += [pytest.param(3, marks=pytest.mark.slow), pytest.param(4, marks=pytest.mark.slow)]
CLI = [sys.executable, "-c", "from marsad.cli import main; main()"]


def _article(i: int) -> str:
    return (
        f"أعلنت بلدية {PLACES[i % len(PLACES)]} يوم الاثنين بدء ترميم المبنى رقم {i} في السوق القديم، "
        f"وقال رئيس البلدية إن الأعمال تستغرق {i % 11 + 2} أشهر وإن الكلفة تبلغ {1000 + 7 * i} دينار."
    )


def _kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the run and everything it started (Dask workers are children of the CLI process)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def _interrupt(cmd: list[str], rng: random.Random, progress, total: int) -> bool:
    """Start ``cmd`` and SIGKILL it at a random point; False when it finished before the chosen point."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        if rng.random() < 0.3:
            # a random moment, start-up and schema creation included
            until = time.monotonic() + rng.uniform(0.2, 3.0)
            while time.monotonic() < until and proc.poll() is None:
                time.sleep(0.01)
        else:
            target = rng.randrange(0, total)  # a random amount of work done
            while progress() <= target and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.01)
        finished = proc.poll() is not None
        return not finished
    finally:
        _kill_group(proc)


# ------------------------------------------------------------------------------------------------------ ingest
def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [*CLI, "ingest", str(corpus), "--db", str(db), "--pipeline", PIPELINE, "--no-progress", "--json"]


def _db_rows(db: Path) -> list[tuple[str, str, int]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT text_sha256, id, n_entities FROM documents ORDER BY text_sha256").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def ingest_reference(tmp_path_factory: pytest.TempPathFactory, write_corpus) -> tuple[Path, set[str], list]:
    root = tmp_path_factory.mktemp("ingest-ref")
    hashes = write_corpus(root / "corpus", 150, _article)
    db = root / "clean.db"
    subprocess.run(_ingest_cmd(root / "corpus", db), check=True, capture_output=True, timeout=300)
    return root / "corpus", hashes, _db_rows(db)


@pytest.mark.parametrize("seed", SEEDS)
def test_ingest_killed_at_random_points_resumes_to_the_clean_result(
    tmp_path, ingest_reference, stored_count, seed
) -> None:
    corpus, hashes, clean = ingest_reference
    rng = random.Random(seed)
    db = tmp_path / "m.db"
    for _ in range(rng.choice((1, 2))):
        _interrupt(_ingest_cmd(corpus, db), rng, lambda: stored_count(db, timeout=0.2), len(hashes))
        print(f"ingest seed {seed}: killed with {stored_count(db, timeout=0.2)}/{len(hashes)} stored")
    done = subprocess.run(_ingest_cmd(corpus, db), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["failed"] == 0
    rows = _db_rows(db)
    assert rows == clean  # same documents, same ids, same analysis counts: none lost, none twice
    assert {r[0] for r in rows} == hashes
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT COUNT(*) FROM sources_done").fetchone()[0] == len(hashes)
    finally:
        con.close()


# ------------------------------------------------------------------------------------------------------- batch
def _batch_cmd(corpus: Path, out: Path) -> list[str]:
    return [*CLI, "batch", str(corpus), "-o", str(out), "--format", "jsonl", "--partition-size", "6"]


def _batch_docs(out: Path) -> list[tuple[str, str, int]]:
    docs = []
    for part in sorted(out.glob("part-*[0-9].jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            docs.append((row["doc"]["text_sha256"], row["doc"]["id"], len(row.get("tokens") or [])))
    return sorted(docs)


@pytest.fixture(scope="module")
def batch_reference(tmp_path_factory: pytest.TempPathFactory, write_corpus) -> tuple[Path, set[str], list]:
    root = tmp_path_factory.mktemp("batch-ref")
    hashes = write_corpus(root / "corpus", 60, _article)
    out = root / "clean"
    cmd = [*_batch_cmd(root / "corpus", out), "--pipeline", PIPELINE, "--no-progress"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return root / "corpus", hashes, _batch_docs(out)


@pytest.mark.parametrize("seed", SEEDS)
def test_batch_killed_at_random_points_resumes_to_the_clean_result(tmp_path, batch_reference, seed) -> None:
    corpus, hashes, clean = batch_reference
    rng = random.Random(seed)
    out = tmp_path / "out"
    cmd = [*_batch_cmd(corpus, out), "--pipeline", PIPELINE, "--no-progress"]
    n_parts = -(-len(hashes) // 6)
    for _ in range(rng.choice((1, 2))):
        _interrupt(cmd, rng, lambda: len(list(out.glob("part-*[0-9].jsonl"))), n_parts)
        print(f"batch seed {seed}: killed with {len(list(out.glob('part-*[0-9].jsonl')))}/{n_parts} partitions")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    docs = _batch_docs(out)
    assert docs == clean  # every document once, analysed the same
    assert len({d[0] for d in docs}) == len(docs) == len(hashes)
    assert not list(out.glob("*.failures.jsonl"))
