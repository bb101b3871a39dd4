"""Store fixtures: every test using ``store``/``filled`` runs on SQLite and, where a server can be started
(PostgreSQL binaries installed, or MARSAD_TEST_PG_URL set), on PostgreSQL too; otherwise that half skips."""

from __future__ import annotations

import itertools

import pytest

from marsad.store import open_store
from marsad.store.samples import sample_documents

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    pytest.importorskip("psycopg")
    from marsad.store.pgtest import temporary_server

    try:
        with temporary_server() as url:
            yield url
    except RuntimeError as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request):
    if request.param == "sqlite":
        s = open_store(":memory:")
    else:
        from marsad.store.pgtest import fresh_schema_url

        url = request.getfixturevalue("pg_server")
        s = open_store(fresh_schema_url(url, f"t{next(_counter)}"))
    yield s
    s.close()


@pytest.fixture
def filled(store):
    """A store holding the four sample documents (A, B, C = wire copy of A, D unrelated)."""
    for doc in sample_documents():
        store.add_document(doc, meta={"source_ref": f"test#{doc.id}"})
    return store
