from __future__ import annotations

import pytest

from marsad.store import open_store
from marsad.store.samples import sample_documents


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture
def filled(store):
    """A store holding the four sample documents (A, B, C = wire copy of A, D unrelated)."""
    for doc in sample_documents():
        store.add_document(doc, meta={"source_ref": f"test#{doc.id}"})
    return store
