from __future__ import annotations

import pytest

from marsad.store import open_store
from marsad.store.samples import sample_documents


@pytest.fixture
def db(tmp_path):
    """A SQLite file holding the four sample documents."""
    path = tmp_path / "m.db"
    with open_store(str(path)) as store:
        for doc in sample_documents():
            store.add_document(doc)
    return path
