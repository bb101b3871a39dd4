"""The PostgreSQL store: the same tables and SQL as SQLite (``marsad.store.sql``), full text through tsvector.

Needs ``psycopg`` (``pip install 'marsad[postgres]'``) and a server: ``open_store("postgresql://user@host/db")``.
The full-text index keeps two ``tsvector`` columns (stems and full forms, ``simple`` configuration: the
normalisation and clitic stripping are done by ``marsad.store.textindex`` before PostgreSQL sees the words).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from marsad.store.base import StoreError
from marsad.store.sql import _SCHEMA_0001, SQLStore, portable_migrations
from marsad.store.textindex import tsqueries

_TYPES = {"SERIAL": "BIGSERIAL PRIMARY KEY", "BLOB": "BYTEA", "REAL": "DOUBLE PRECISION"}


class PostgresStore(SQLStore):
    """``PostgresStore("postgresql://marsad@localhost/marsad")``."""

    no_limit = "ALL"

    def _connect(self) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:
            raise StoreError(
                "a postgresql:// store needs psycopg: pip install 'psycopg==3.3.9' (or marsad[postgres])"
            ) from None
        try:
            self.conn = psycopg.connect(self.url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self._safe_url()}: {str(exc).strip().splitlines()[0]}") from None
        self._psycopg = psycopg

    def _safe_url(self) -> str:
        # never echo a password
        if "@" in self.url and ":" in self.url.split("@")[0].split("//")[-1]:
            scheme, rest = self.url.split("//", 1)
            user = rest.split("@")[0].split(":")[0]
            return f"{scheme}//{user}:***@{rest.split('@', 1)[1]}"
        return self.url

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def _execute(self, sql: str, params: tuple | list = ()) -> Any:
        try:
            return self.conn.execute(sql.replace("?", "%s"), params)
        except self._psycopg.Error as exc:
            raise StoreError(f"PostgreSQL: {str(exc).strip().splitlines()[0]} (in: {sql.split()[0]} …)") from exc

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            try:
                with self.conn.cursor() as cur:
                    cur.executemany(sql.replace("?", "%s"), rows)
            except self._psycopg.Error as exc:
                raise StoreError(f"PostgreSQL: {str(exc).strip().splitlines()[0]} (in: {sql.split()[0]} …)") from exc

    def _fetchall(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        cur = self._execute(sql, params)
        return [dict(r) for r in cur.fetchall()] if cur.description else []

    def _migrations(self) -> list[tuple[str, list[str]]]:
        return [
            ("0001_initial", [s.format(**_TYPES) for s in _SCHEMA_0001]),
            (
                "0002_fts5",  # same name as SQLite's: one migration history for both backends
                [
                    "CREATE TABLE doc_fts (rid BIGINT PRIMARY KEY, stems TSVECTOR NOT NULL, "
                    "full_forms TSVECTOR NOT NULL)",
                    "CREATE INDEX doc_fts_stems ON doc_fts USING GIN (stems)",
                    "CREATE INDEX doc_fts_full ON doc_fts USING GIN (full_forms)",
                ],
            ),
            *portable_migrations(),
        ]

    def _fts_insert(self, rid: int, stems: str, full: str) -> None:
        self._execute(
            "INSERT INTO doc_fts (rid, stems, full_forms) VALUES (?, to_tsvector('simple', ?), "
            "to_tsvector('simple', ?))",
            (rid, stems, full),
        )

    @staticmethod
    def _match(queries: list[tuple[str, str]]) -> tuple[str, list[Any]]:
        conds, params = [], []
        for qs, qf in queries:
            conds.append("(f.stems @@ to_tsquery('simple', ?) OR f.full_forms @@ to_tsquery('simple', ?))")
            params += [qs, qf]
        return " AND ".join(conds), params

    def _fts_condition(self, query: str) -> tuple[str, list[Any]]:
        queries = tsqueries(query)
        if not queries:
            return "1 = 0", []
        cond, params = self._match(queries)
        return f"d.rid IN (SELECT f.rid FROM doc_fts f WHERE {cond})", params

    def _fts_ranked(self, query: str, limit: int, offset: int) -> tuple[list[tuple[int, float]], int]:
        queries = tsqueries(query)
        if not queries:
            return [], 0
        cond, params = self._match(queries)
        rank = " + ".join(
            "ts_rank(f.stems, to_tsquery('simple', ?)) + ts_rank(f.full_forms, to_tsquery('simple', ?))"
            for _ in queries
        )
        rank_params = [p for qs, qf in queries for p in (qs, qf)]
        rows = self._fetchall(
            f"SELECT f.rid, -({rank}) AS rank FROM doc_fts f WHERE {cond} ORDER BY rank, f.rid LIMIT ? OFFSET ?",
            [*rank_params, *params, limit, offset],
        )
        total = self._fetchall(f"SELECT COUNT(*) AS n FROM doc_fts f WHERE {cond}", params)
        return [(int(r["rid"]), float(r["rank"])) for r in rows], int(total[0]["n"])

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()
