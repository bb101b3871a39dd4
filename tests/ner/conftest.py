"""Fixtures shared by the NER tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def data_dir() -> Path:
    """../shared/data (or $MARSAD_DATA); the test is skipped where the corpora are not there."""
    from marsad.ner.train import default_data_dir

    d = default_data_dir()
    if not (d / "anercorp-camellab").exists():
        pytest.skip("../shared/data not available")
    return d
