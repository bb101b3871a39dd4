"""The default store: one SQLite file (stdlib ``sqlite3``), WAL journal, FTS5 full-text index."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.store.base import StoreError
from marsad.store.sql import _SCHEMA_0001, SQLStore, portable_migrations
from marsad.store.textindex import fts5_query

_TYPES = {"SERIAL": "INTEGER PRIMARY KEY", "BLOB": "BLOB", "REAL": "REAL"}


class SQLiteStore(SQLStore):
    """``SQLiteStore("marsad.db")`` or ``SQLiteStore(":memory:")``."""

    no_limit = "-1"

    def _connect(self) -> None:
        path = self.url
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the store {path!r}: folder {parent} does not exist")
        try:
            # autocommit mode (isolation_level=None): transactions are explicit BEGIN … COMMIT in _tx
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            if path != ":memory:":
                self.conn.execute("PRAGMA journal_mode=WAL")
                # NORMAL in WAL mode: a committed transaction survives a killed process (not a power cut)
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the SQLite store {path!r}: {exc}") from None
        self._depth = 0

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        if self._depth:  # nested: a savepoint, so a failed inner write is undone alone
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _execute(self, sql: str, params: tuple | list = ()) -> Any:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"SQLite: {exc} (in: {sql.split()[0]} …)") from exc

    def _fetchall(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._execute(sql, params).fetchall()]

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            try:
                self.conn.executemany(sql, rows)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"SQLite: {exc} (in: {sql.split()[0]} …)") from exc

    def _migrations(self) -> list[tuple[str, list[str]]]:
        return [
            ("0001_initial", [s.format(**_TYPES) for s in _SCHEMA_0001]),
            (
                "0002_fts5",
                [
                    # contentless: the original text is in documents.data; the index holds normalised stems only
                    "CREATE VIRTUAL TABLE doc_fts USING fts5(stems, full, content='', tokenize='unicode61')",
                ],
            ),
            *portable_migrations(),
        ]

    def _fts_insert(self, rid: int, stems: str, full: str) -> None:
        self._execute("INSERT INTO doc_fts (rowid, stems, full) VALUES (?, ?, ?)", (rid, stems, full))

    def _fts_condition(self, query: str) -> tuple[str, list[Any]]:
        expr = fts5_query(query)
        if not expr:
            return "1 = 0", []
        return "d.rid IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)", [expr]

    def _fts_ranked(self, query: str, limit: int, offset: int) -> tuple[list[tuple[int, float]], int]:
        expr = fts5_query(query)
        if not expr:
            return [], 0
        rows = self._fetchall(
            "SELECT rowid AS rid, bm25(doc_fts) AS rank FROM doc_fts WHERE doc_fts MATCH ? "
            "ORDER BY rank LIMIT ? OFFSET ?",
            (expr, limit, offset),
        )
        total = self._fetchall("SELECT COUNT(*) AS n FROM doc_fts WHERE doc_fts MATCH ?", (expr,))
        return [(int(r["rid"]), float(r["rank"])) for r in rows], int(total[0]["n"])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
