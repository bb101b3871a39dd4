"""Shared fixtures. Slow tests (full model training, long runs) run only with --slow."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="run slow tests (model training)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED


# A short report written for the tests (not taken from any corpus).
SAMPLE_ARTICLE = (
    "مقتل ثلاثة مدنيين في قصف على ريف إدلب\n"
    "قال المرصد السوري لحقوق الإنسان الأربعاء إن ثلاثة مدنيين قتلوا في قصف استهدف بلدة سراقب.\n"
    "ونفى مصدر عسكري سوري لوكالة الأنباء الرسمية أن تكون القوات الحكومية قد قصفت البلدة، "
    "وقال إن «الجيش يرد على مصادر النيران فقط».\n"
)


@pytest.fixture
def sample_article() -> str:
    return SAMPLE_ARTICLE


@pytest.fixture(scope="session")
def write_corpus() -> Callable[[Path, int, Callable[[int], str]], set[str]]:
    """A function writing ``n`` one-article text files (``article(i)``) into a folder; returns their SHA-256s,
    the identity ingest uses, so resume tests can compare what was stored with what was written."""

    def write(folder: Path, n: int, article: Callable[[int], str]) -> set[str]:
        folder.mkdir(parents=True, exist_ok=True)
        hashes = set()
        for i in range(n):
            text = article(i)
            (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
            hashes.add(hashlib.sha256(text.encode()).hexdigest())
        return hashes

    return write


@pytest.fixture(scope="session")
def stored_count() -> Callable[..., int]:
    """A function counting the documents of a SQLite store read-only while another process may be writing it; 0
    when the file is missing or stays locked past ``timeout`` seconds (resume tests poll it to pick a kill point)."""

    def count(db: Path, timeout: float = 5.0) -> int:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=timeout)
            try:
                return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            finally:
                con.close()
        except sqlite3.Error:
            return 0

    return count
