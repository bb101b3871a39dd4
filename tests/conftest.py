"""Shared fixtures. Slow tests (full model training, long runs) run only with --slow."""

from __future__ import annotations

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
