"""The SQL implementation of ``Store`` shared by the SQLite and PostgreSQL backends.

Layout: ``documents`` keeps the machine output of each article (compressed Document JSON, ``marsad.store.codec``)
with its metadata, MinHash signature and near-duplicate cluster; ``entities``, ``statements``, ``events`` and
``claims`` are *derived* rows (one per item, corrections applied) that make filters and the ``iter_*`` reads plain
SQL — they are rebuilt for a document whenever its corrections change. ``doc_fts`` indexes the normalised,
clitic-stripped terms (``marsad.store.textindex``). ``cross_events``/``cross_claims`` hold the cross-article links
(``marsad.store.linking``). Migrations are named, applied in order, each in one transaction, and recorded in
``_migrations`` (the sqlite-utils convention).

Every write of one document (row, index, derived rows, links, the "source done" mark) is one transaction, so a
process killed at any instant leaves the store either with the whole document or without it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from marsad.document import Document
from marsad.store import codec, linking
from marsad.store.base import KIND_TO_LAYER, Filters, Store, StoreError
from marsad.store.corrections import apply_corrections, check_correction
from marsad.store.textindex import index_forms, snippet
from marsad.text.normalize import lookup_key

_DOC_COLUMNS = (
    "id, title, published, source, url, length, text_sha256, added_at, cluster_id, "
    "n_entities, n_statements, n_events, n_claims, countries"
)

# Tables common to both dialects; {SERIAL}, {BLOB}, {REAL} are filled per dialect.
_SCHEMA_0001 = [
    """CREATE TABLE documents (
        rid {SERIAL},
        id TEXT NOT NULL UNIQUE,
        text_sha256 TEXT NOT NULL UNIQUE,
        title TEXT, published TEXT, source TEXT, url TEXT,
        length INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        cluster_id TEXT,
        n_entities INTEGER NOT NULL DEFAULT 0,
        n_statements INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0,
        n_claims INTEGER NOT NULL DEFAULT 0,
        countries TEXT,
        meta TEXT,
        data {BLOB} NOT NULL,
        minhash {BLOB}
    )""",
    "CREATE INDEX documents_published ON documents (published)",
    "CREATE INDEX documents_source ON documents (source)",
    "CREATE INDEX documents_cluster ON documents (cluster_id)",
    """CREATE TABLE entities (
        doc_rid INTEGER NOT NULL, idx INTEGER NOT NULL, type TEXT, country TEXT, lat {REAL}, lon {REAL},
        place_norm TEXT, data TEXT NOT NULL, PRIMARY KEY (doc_rid, idx))""",
    "CREATE INDEX entities_country ON entities (country)",
    """CREATE TABLE statements (
        doc_rid INTEGER NOT NULL, idx INTEGER NOT NULL, stance TEXT, speaker_norm TEXT, data TEXT NOT NULL,
        PRIMARY KEY (doc_rid, idx))""",
    """CREATE TABLE events (
        doc_rid INTEGER NOT NULL, idx INTEGER NOT NULL, plover TEXT, acled_types TEXT, actors_norm TEXT,
        date_start TEXT, date_end TEXT, country TEXT, place_norm TEXT, cross_event_id TEXT, data TEXT NOT NULL,
        PRIMARY KEY (doc_rid, idx))""",
    "CREATE INDEX events_plover ON events (plover)",
    "CREATE INDEX events_cross ON events (cross_event_id)",
    """CREATE TABLE claims (
        doc_rid INTEGER NOT NULL, idx INTEGER NOT NULL, status TEXT, cross_claim_id TEXT, data TEXT NOT NULL,
        PRIMARY KEY (doc_rid, idx))""",
    """CREATE TABLE failures (
        id {SERIAL}, source_ref TEXT NOT NULL, component TEXT, error TEXT NOT NULL, at TEXT NOT NULL)""",
    "CREATE TABLE sources_done (source_ref TEXT PRIMARY KEY, status TEXT, doc_id TEXT, at TEXT NOT NULL)",
    """CREATE TABLE corrections (
        id {SERIAL}, target_kind TEXT NOT NULL, doc_id TEXT NOT NULL, target_index INTEGER NOT NULL,
        field TEXT NOT NULL, value TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, undone_at TEXT)""",
    "CREATE INDEX corrections_doc ON corrections (doc_id)",
    """CREATE TABLE cross_events (
        id TEXT PRIMARY KEY, plover TEXT NOT NULL, date_start TEXT, date_end TEXT, place_key TEXT, place TEXT,
        country TEXT, lat {REAL}, lon {REAL}, actors TEXT NOT NULL, sources TEXT NOT NULL, clusters TEXT NOT NULL,
        mentions TEXT NOT NULL, n_mentions INTEGER NOT NULL)""",
    "CREATE INDEX cross_events_plover ON cross_events (plover, date_start)",
    """CREATE TABLE cross_claims (
        id TEXT PRIMARY KEY, about TEXT, status TEXT NOT NULL, date_start TEXT, date_end TEXT,
        cross_events TEXT NOT NULL, positions TEXT NOT NULL, sources TEXT NOT NULL)""",
    "CREATE INDEX cross_claims_date ON cross_claims (date_start)",
]

# Cross-article event candidates are found by key (place, actor, duplicate cluster) instead of scanning every
# event of the same type in the date window, which grows with the corpus.
_SCHEMA_0003 = [
    """CREATE TABLE cross_event_keys (
        key TEXT NOT NULL, cross_event_id TEXT NOT NULL, PRIMARY KEY (key, cross_event_id))""",
]

# Near-duplicate LSH buckets (``linking.band_keys``) in the store rather than in memory: memory stayed flat as the
# corpus grew (an in-memory LSH held ~3 KB per stored article), and a reopened store needs no rebuild.
_SCHEMA_0004 = [
    "CREATE TABLE dup_bands (band INTEGER NOT NULL, key BIGINT NOT NULL, doc_rid BIGINT NOT NULL)",
    "CREATE INDEX dup_bands_key ON dup_bands (band, key)",
]
DUP_BANDS_MIGRATION = "0004_dup_bands"

# The terms a cross-article claim was founded with (``linking.claim_terms``), to link later claims that say the same
# thing in other words than its ``about``. Claims linked before this migration have none until ``relink``.
_SCHEMA_0005 = ["ALTER TABLE cross_claims ADD COLUMN terms TEXT"]
CLAIM_TERMS_MIGRATION = "0005_cross_claim_terms"


def portable_migrations() -> list[tuple[str, list[str]]]:
    """The migrations after the first two, written once for both backends (their SQL is portable); each backend's
    ``_migrations`` puts its own 0001 and 0002 before them."""
    return [
        ("0003_cross_event_keys", list(_SCHEMA_0003)),
        (DUP_BANDS_MIGRATION, list(_SCHEMA_0004)),
        (CLAIM_TERMS_MIGRATION, list(_SCHEMA_0005)),
    ]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    # default=str: metadata from readers may hold dates or other non-JSON values; never fail a write on them
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _first(pick: Any, *dates: str | None) -> str | None:
    """min or max of the known dates (an undated article must not break a merge)."""
    known = [d for d in dates if d]
    return pick(known) if known else None


def _like(text: str) -> str:
    return "%" + lookup_key(text).replace("%", "").replace("_", "") + "%"


class SQLStore(Store):
    """Dialect-neutral SQL store; subclasses provide the connection, placeholders and full-text parts."""

    #: how a "no limit" is written after LIMIT
    no_limit = "-1"

    def __init__(self, url: str, *, keep_tokens: bool = False) -> None:
        self.url = url
        self.keep_tokens = keep_tokens
        self._lock = threading.RLock()
        self._connect()
        self.migrate()

    # -- dialect hooks ----------------------------------------------------------------------------------------
    def _connect(self) -> None:
        raise NotImplementedError

    def _tx(self) -> contextlib.AbstractContextManager[Any]:
        """A context manager running its block in one transaction."""
        raise NotImplementedError

    def _execute(self, sql: str, params: tuple | list = ()) -> Any:
        raise NotImplementedError

    def _fetchall(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        for row in rows:
            self._execute(sql, row)

    def _migrations(self) -> list[tuple[str, list[str]]]:
        raise NotImplementedError

    def _fts_insert(self, rid: int, stems: str, full: str) -> None:
        """Index document ``rid``: the stems and full forms of its title and text (``textindex.index_forms``)."""
        raise NotImplementedError

    def _fts_condition(self, query: str) -> tuple[str, list[Any]]:
        """SQL condition on ``d.rid`` for a text query, and its parameters."""
        raise NotImplementedError

    def _fts_ranked(self, query: str, limit: int, offset: int) -> tuple[list[tuple[int, float]], int]:
        raise NotImplementedError

    # -- helpers --------------------------------------------------------------------------------------------
    def _one(self, sql: str, params: tuple | list = ()) -> dict[str, Any] | None:
        rows = self._fetchall(sql, params)
        return rows[0] if rows else None

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; return their names."""
        with self._lock:
            with self._tx():
                self._execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
            done = {r["name"] for r in self._fetchall("SELECT name FROM _migrations")}
            applied = []
            for name, statements in self._migrations():
                if name in done:
                    continue
                with self._tx():
                    for stmt in statements:
                        self._execute(stmt)
                    self._execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, _now()))
                applied.append(name)
            if DUP_BANDS_MIGRATION in applied:
                self._backfill_dup_bands()  # a store made before the table existed
            return applied

    def applied_migrations(self) -> list[str]:
        return [r["name"] for r in self._fetchall("SELECT name FROM _migrations ORDER BY name")]

    def _backfill_dup_bands(self) -> None:
        with self._tx():
            for r in self._fetchall("SELECT rid, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY rid"):
                self._add_dup_bands(int(r["rid"]), linking.minhash_from_bytes(r["minhash"]))

    def _add_dup_bands(self, rid: int, mh: Any) -> None:
        self._executemany(
            "INSERT INTO dup_bands (band, key, doc_rid) VALUES (?, ?, ?)",
            [(band, key, rid) for band, key in linking.band_keys(mh)],
        )

    def _dup_cluster(self, mh: Any) -> str | None:
        """The cluster of the stored near duplicates of ``mh`` (the smallest id when several), or None."""
        keys = linking.band_keys(mh)
        rows = self._fetchall(
            "SELECT DISTINCT d.cluster_id, d.id FROM dup_bands b JOIN documents d ON d.rid = b.doc_rid WHERE "
            + " OR ".join(["(b.band = ? AND b.key = ?)"] * len(keys)),
            [v for band_key in keys for v in band_key],
        )
        # min in Python: PostgreSQL would order TEXT by the database's collation, SQLite by code point
        return min((r["cluster_id"] or r["id"] for r in rows), default=None)

    # -- writing --------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes in one transaction (ingest commits every few dozen articles: one commit per
        article costs more than storing it). All or nothing: after a crash the whole group is redone."""
        with self._lock, self._tx():
            yield

    def has_content(self, text_sha256: str) -> str | None:
        row = self._one("SELECT id FROM documents WHERE text_sha256 = ?", (text_sha256,))
        return None if row is None else row["id"]

    def _mark_done(self, source_ref: str | None, status: str, doc_id: str | None) -> None:
        if not source_ref:
            return
        self._execute(
            "INSERT INTO sources_done (source_ref, status, doc_id, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source_ref) DO UPDATE SET status = excluded.status, doc_id = excluded.doc_id, "
            "at = excluded.at",
            (source_ref, status, doc_id, _now()),
        )

    def mark_source_done(self, source_ref: str) -> None:
        with self._lock, self._tx():
            self._mark_done(source_ref, "done", None)

    def source_done(self, source_ref: str) -> bool:
        return self._one("SELECT 1 AS x FROM sources_done WHERE source_ref = ?", (source_ref,)) is not None

    def done_sources(self) -> set[str]:
        """Every source reference marked done (ingest loads it once instead of asking per record)."""
        return {r["source_ref"] for r in self._fetchall("SELECT source_ref FROM sources_done")}

    def forget_failures(self) -> int:
        """Clear the "done" marks of failed sources so the next ingest retries them; return how many."""
        with self._lock, self._tx():
            rows = self._fetchall("SELECT source_ref FROM sources_done WHERE status = 'failed'")
            self._execute("DELETE FROM sources_done WHERE status = 'failed'")
            self._execute("DELETE FROM failures")
        return len(rows)

    def add_document(self, doc: Document, *, meta: Mapping[str, Any] | None = None) -> tuple[str, bool]:
        meta = dict(meta or {})
        source_ref = meta.get("source_ref")
        sha = doc.content_hash()
        with self._lock:
            existing = self.has_content(sha)
            if existing is not None:
                if source_ref:
                    with self._tx():
                        self._mark_done(source_ref, "duplicate", existing)
                return existing, False
            tokens = doc.tokens
            if not self.keep_tokens:
                doc.tokens = []  # recomputable from the text in milliseconds; 60 % of the JSON otherwise
            try:
                data = doc.to_json()
            finally:
                doc.tokens = tokens
            doc_id = data["doc"]["id"]
            if self._one("SELECT 1 AS x FROM documents WHERE id = ?", (doc_id,)) is not None:
                doc_id = f"{doc_id}-{sha[:8]}"  # a caller-given id reused for another text
                data["doc"]["id"] = doc_id
            data.pop("corrections", None)
            title = doc.title if doc.title and not doc.text.startswith(doc.title) else ""
            stems, full = index_forms(f"{title}\n{doc.text}" if title else doc.text)
            mh = linking.minhash(doc.text, stems=stems)
            cluster_id = self._dup_cluster(mh) or doc_id
            countries = sorted({e.place.country for e in doc.entities if e.place is not None and e.place.country})
            with self._tx():
                rows = self._fetchall(
                    "INSERT INTO documents (id, text_sha256, title, published, source, url, length, added_at, "
                    "cluster_id, n_entities, n_statements, n_events, n_claims, countries, meta, data, minhash) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rid",
                    (
                        doc_id,
                        sha,
                        doc.title,
                        doc.published,
                        doc.source,
                        doc.url,
                        len(doc.text),
                        _now(),
                        cluster_id,
                        len(doc.entities),
                        len(doc.statements),
                        len(doc.events),
                        len(doc.claims),
                        ",".join(countries) or None,
                        _dumps(meta),
                        codec.pack(data),
                        linking.minhash_bytes(mh),
                    ),
                )
                rid = int(rows[0]["rid"])
                self._fts_insert(rid, stems, full)
                self._add_dup_bands(rid, mh)
                event_x, claim_x = self._link_document(data, cluster_id)
                self._materialise(rid, data, event_x, claim_x)
                self._mark_done(source_ref, "stored", doc_id)
            return doc_id, True

    def record_failure(self, source_ref: str, error: str, component: str | None = None) -> None:
        """Record the failure and mark ``source_ref`` done (``forget_failures`` makes ingest retry it)."""
        with self._lock, self._tx():
            self._execute(
                "INSERT INTO failures (source_ref, component, error, at) VALUES (?, ?, ?, ?)",
                (source_ref, component, error[:2000], _now()),
            )
            self._mark_done(source_ref, "failed", None)

    def list_failures(self, *, limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        rows = self._fetchall(
            "SELECT id, source_ref, component, error, at FROM failures ORDER BY id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        total = self._one("SELECT COUNT(*) AS n FROM failures")
        return rows, int(total["n"]) if total else 0

    # -- derived rows -----------------------------------------------------------------------------------------
    def _materialise(
        self,
        rid: int,
        data: dict[str, Any],
        event_x: dict[int, str] | None = None,
        claim_x: dict[int, str] | None = None,
    ) -> None:
        """(Re)write the derived rows of one document from its corrected JSON (with its cross-article ids)."""
        for table in ("entities", "statements", "events", "claims"):
            self._execute(f"DELETE FROM {table} WHERE doc_rid = ?", (rid,))
        rows: list[tuple] = []
        for i, e in enumerate(data.get("entities", [])):
            if e.get("_deleted"):
                continue
            place = e.get("place") or None
            row = dict(e)
            if place and place.get("candidates"):
                row["place"] = {k: v for k, v in place.items() if k != "candidates"}
            names = [e.get("text") or ""]
            if place:
                names += [place.get("name_ar") or "", (place.get("name_en") or "").lower()]
            rows.append(
                (
                    rid,
                    i,
                    e.get("type"),
                    place.get("country") if place else None,
                    place.get("lat") if place else None,
                    place.get("lon") if place else None,
                    " | ".join(lookup_key(n) for n in names if n),
                    _dumps(row),
                )
            )
        self._executemany(
            "INSERT INTO entities (doc_rid, idx, type, country, lat, lon, place_norm, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        rows = [
            (rid, i, s.get("stance"), lookup_key((s.get("speaker") or {}).get("text") or ""), _dumps(s))
            for i, s in enumerate(data.get("statements", []))
            if not s.get("_deleted")
        ]
        self._executemany(
            "INSERT INTO statements (doc_rid, idx, stance, speaker_norm, data) VALUES (?, ?, ?, ?, ?)", rows
        )
        groups = {m: g for g in linking.event_groups(data) for m in g.mentions}
        rows = []
        for i, ev in enumerate(data.get("events", [])):
            if ev.get("_deleted"):
                continue
            g = groups.get(i)
            place = (g.place if g else None) or {}
            acled = "|" + "|".join(str(a).lower() for a in ev.get("acled") or [] if a) + "|"
            place_names = (place.get("name"), place.get("name_ar"), place.get("name_en"))
            rows.append(
                (
                    rid,
                    i,
                    (ev.get("plover") or "").upper(),
                    acled,
                    " | ".join(lookup_key(a["text"]) for a in ev.get("actors", []) if a.get("text")),
                    g.date_start if g else None,
                    g.date_end if g else None,
                    place.get("country"),
                    " | ".join(lookup_key(n) for n in place_names if n).lower(),
                    (event_x or {}).get(i),
                    _dumps(ev),
                )
            )
        self._executemany(
            "INSERT INTO events (doc_rid, idx, plover, acled_types, actors_norm, date_start, date_end, "
            "country, place_norm, cross_event_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        rows = [
            (rid, i, c.get("status"), (claim_x or {}).get(i), _dumps(c))
            for i, c in enumerate(data.get("claims", []))
            if not c.get("_deleted")
        ]
        self._executemany(
            "INSERT INTO claims (doc_rid, idx, status, cross_claim_id, data) VALUES (?, ?, ?, ?, ?)", rows
        )

    # -- cross-article links ----------------------------------------------------------------------------------
    def _link_document(self, data: dict[str, Any], cluster_id: str) -> tuple[dict[int, str], dict[int, str]]:
        """Attach the document's events and claims to cross-article events/claims (creating them as needed);
        return the cross-article ids of its event mentions and of its claims, by index."""
        doc_id = data["doc"]["id"]
        source = data["doc"].get("source") or doc_id
        by_key: dict[str, str] = {}
        event_x: dict[int, str] = {}
        window = dt.timedelta(days=linking.DATE_WINDOW_DAYS)
        mine: set[str] = set()
        for g in linking.event_groups(data):
            if not g.plover:
                continue
            row = g.to_row()
            match = None
            if g.mergeable and g.date_start:
                day0, day1 = linking._day(g.date_start), linking._day(g.date_end or g.date_start)
                if day0 and day1:
                    lo, hi = (day0 - window).isoformat(), (day1 + window).isoformat()
                    keys = linking.group_keys(g, cluster_id, widen=False)
                    cluster_key = keys[0]
                    marks = ", ".join("?" for _ in keys)
                    # only events sharing a place or an actor in the same months, or a duplicate cluster, can
                    # match: candidates come from the key table, not from every event of the type
                    cands: dict[str, dict[str, Any]] = {}
                    for cand in self._fetchall(
                        "SELECT ce.id, ce.plover, ce.date_start, ce.date_end, ce.place_key, ce.actors, ce.sources, "
                        "ce.n_mentions, k.key AS via FROM cross_event_keys k JOIN cross_events ce "
                        f"ON ce.id = k.cross_event_id WHERE k.key IN ({marks}) AND ce.date_start <= ? "
                        "AND ce.date_end >= ?",
                        (*keys, hi, lo),
                    ):
                        prev = cands.setdefault(cand["id"], dict(cand, same_cluster=False))
                        prev["same_cluster"] |= cand["via"] == cluster_key
                    for cand in sorted(cands.values(), key=lambda c: (-int(c["n_mentions"]), c["id"])):
                        if cand["id"] in mine:
                            continue  # another event of this same article
                        cand_row = dict(cand, actors=json.loads(cand["actors"]))
                        if linking.same_event(row, cand_row, same_cluster=cand["same_cluster"]):
                            match = cand
                            break
            mentions = g.mentions
            place = g.place or {}
            if match is None:
                xid = f"x-{doc_id}-{g.key}"
                self._execute(
                    "INSERT INTO cross_events (id, plover, date_start, date_end, place_key, place, country, lat, "
                    "lon, actors, sources, clusters, mentions, n_mentions) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        xid,
                        g.plover,
                        g.date_start,
                        g.date_end,
                        g.place_key,
                        place.get("name_en") or place.get("name"),
                        place.get("country"),
                        place.get("lat"),
                        place.get("lon"),
                        _dumps(sorted(g.actors)),
                        _dumps([source]),
                        "[]",  # clusters and mentions: found through the keys and events.cross_event_id
                        "[]",
                        len(mentions),
                    ),
                )
            else:
                xid = match["id"]
                sources = json.loads(match["sources"])
                self._execute(
                    "UPDATE cross_events SET date_start = ?, date_end = ?, actors = ?, sources = ?, "
                    "n_mentions = ?, place_key = COALESCE(place_key, ?), place = COALESCE(place, ?), "
                    "country = COALESCE(country, ?), lat = COALESCE(lat, ?), lon = COALESCE(lon, ?) WHERE id = ?",
                    (
                        _first(min, match["date_start"], g.date_start),
                        _first(max, match["date_end"] or match["date_start"], g.date_end or g.date_start),
                        _dumps(sorted(set(json.loads(match["actors"])) | g.actors)),
                        _dumps(sources + ([source] if source not in sources else [])),
                        int(match["n_mentions"]) + len(mentions),
                        g.place_key,
                        place.get("name_en") or place.get("name"),
                        place.get("country"),
                        place.get("lat"),
                        place.get("lon"),
                        xid,
                    ),
                )
            if g.mergeable:
                self._executemany(
                    "INSERT INTO cross_event_keys (key, cross_event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    [(k, xid) for k in linking.group_keys(g, cluster_id, widen=True)],
                )
            by_key[g.key] = xid
            mine.add(xid)
            for i in g.mentions:
                event_x[i] = xid
        return event_x, self._link_claims(data, by_key)

    def _link_claims(self, data: dict[str, Any], event_xids: dict[str, str]) -> dict[int, str]:
        meta = data["doc"]
        published = meta.get("published")
        window = dt.timedelta(days=linking.DATE_WINDOW_DAYS)
        claim_x: dict[int, str] = {}
        for i, claim in enumerate(data.get("claims", [])):
            if claim.get("_deleted"):
                continue
            xevents = sorted({event_xids[e] for e in claim.get("events", []) if e in event_xids})
            terms = linking.about_terms(claim.get("about", ""))
            content_terms = linking.claim_terms(data, claim)
            positions = linking.claim_positions(data, claim)
            match = None
            if xevents:  # claims about one cross-article event: found through keys "claim|<cross event id>"
                marks = ", ".join("?" for _ in xevents)
                rows = self._fetchall(
                    "SELECT c.* FROM cross_event_keys k JOIN cross_claims c ON c.id = k.cross_event_id "
                    f"WHERE k.key IN ({marks}) ORDER BY c.id",
                    [f"claim|{x}" for x in xevents],
                )
                match = rows[0] if rows else None
            day = linking._day(published)
            if match is None and day is not None:
                lo, hi = (day - window).isoformat(), (day + window).isoformat()
                for cand in self._fetchall(
                    "SELECT * FROM cross_claims WHERE date_start <= ? AND date_end >= ? ORDER BY id", (hi, lo)
                ):
                    if any(p.get("doc_id") == meta["id"] for p in json.loads(cand["positions"])):
                        continue  # two claims of one article stay two: the claims component kept them apart
                    same_about = len(terms) >= linking.CLAIM_MIN_TERMS and linking.same_claim_text(
                        terms, linking.about_terms(cand["about"] or "")
                    )
                    said_alike = linking.same_claim_terms(
                        content_terms, json.loads(cand["terms"]) if cand.get("terms") else None
                    )
                    if same_about or said_alike:
                        match = cand
                        break
            if match is None:
                xid = f"c-{meta['id']}-{i}"
                self._execute(
                    "INSERT INTO cross_claims (id, about, status, date_start, date_end, cross_events, positions, "
                    "sources, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        xid,
                        claim.get("about"),
                        linking.merged_status(positions) if len(positions) > 1 else claim.get("status", "unverified"),
                        published,
                        published,
                        _dumps(xevents),
                        _dumps(positions),
                        _dumps(sorted({p["source"] or p["doc_id"] for p in positions})),
                        _dumps(content_terms),
                    ),
                )
            else:
                xid = match["id"]
                merged = json.loads(match["positions"]) + positions
                self._execute(
                    "UPDATE cross_claims SET status = ?, date_start = ?, date_end = ?, cross_events = ?, "
                    "positions = ?, sources = ? WHERE id = ?",
                    (
                        linking.merged_status(merged),
                        _first(min, match["date_start"], published),
                        _first(max, match["date_end"], published),
                        _dumps(sorted(set(json.loads(match["cross_events"])) | set(xevents))),
                        _dumps(merged),
                        _dumps(sorted({p["source"] or p["doc_id"] for p in merged})),
                        xid,
                    ),
                )
            # the key table also maps cross events to the cross claim about them (id column reused)
            self._executemany(
                "INSERT INTO cross_event_keys (key, cross_event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(f"claim|{x}", xid) for x in xevents],
            )
            claim_x[i] = xid
        return claim_x

    def relink(self) -> dict[str, int]:
        with self._lock:
            n_docs = 0
            with self._tx():
                self._execute("DELETE FROM dup_bands")  # re-added in insertion order: each sees only earlier ones
                self._execute("DELETE FROM cross_events")
                self._execute("DELETE FROM cross_event_keys")
                self._execute("DELETE FROM cross_claims")
                self._execute("UPDATE events SET cross_event_id = NULL")
                self._execute("UPDATE claims SET cross_claim_id = NULL")
                for r in self._fetchall("SELECT rid, id, minhash FROM documents ORDER BY rid"):
                    mh = linking.minhash_from_bytes(r["minhash"])
                    cluster_id = self._dup_cluster(mh) or r["id"]
                    self._execute("UPDATE documents SET cluster_id = ? WHERE rid = ?", (cluster_id, r["rid"]))
                    self._add_dup_bands(int(r["rid"]), mh)
                    data = self._corrected(r["rid"])
                    if data is not None:
                        event_x, claim_x = self._link_document(data, cluster_id)
                        self._executemany(
                            "UPDATE events SET cross_event_id = ? WHERE doc_rid = ? AND idx = ?",
                            [(x, r["rid"], i) for i, x in event_x.items()],
                        )
                        self._executemany(
                            "UPDATE claims SET cross_claim_id = ? WHERE doc_rid = ? AND idx = ?",
                            [(x, r["rid"], i) for i, x in claim_x.items()],
                        )
                    n_docs += 1
            counts = self._one(
                "SELECT (SELECT COUNT(DISTINCT cluster_id) FROM documents) AS clusters, "
                "(SELECT COUNT(*) FROM cross_events) AS cross_events, "
                "(SELECT COUNT(*) FROM cross_claims) AS cross_claims"
            )
            return {"documents": n_docs, **{k: int(v) for k, v in (counts or {}).items()}}

    # -- reading --------------------------------------------------------------------------------------------
    def _corrections_for(self, doc_id: str) -> list[dict[str, Any]]:
        rows = self._fetchall(
            "SELECT id, target_kind, doc_id, target_index, field, value, author, at FROM corrections "
            "WHERE doc_id = ? AND undone_at IS NULL ORDER BY id",
            (doc_id,),
        )
        for r in rows:
            r["value"] = json.loads(r["value"])
        return rows

    def _corrected(self, rid: int) -> dict[str, Any] | None:
        row = self._one("SELECT id, meta, data, cluster_id FROM documents WHERE rid = ?", (rid,))
        if row is None:
            return None
        return self._decorate(row)

    def _decorate(self, row: dict[str, Any]) -> dict[str, Any]:
        data = apply_corrections(codec.unpack(row["data"]), self._corrections_for(row["id"]))
        data.setdefault("corrections", [])
        data["meta"] = json.loads(row["meta"] or "{}")
        data["cluster_id"] = row["cluster_id"]
        return data

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._one("SELECT id, meta, data, cluster_id FROM documents WHERE id = ?", (doc_id,))
            return None if row is None else self._decorate(row)

    def _conditions(self, f: Filters, item: str | None = None) -> tuple[list[str], list[Any]]:
        """WHERE conditions (on ``d`` = documents, and ``x`` = the item table ``item``) for ``f``."""
        conds: list[str] = []
        params: list[Any] = []
        if f.query:
            c, p = self._fts_condition(f.query)
            conds.append(c)
            params += p
        if f.since:
            conds.append("d.published >= ?")
            params.append(f.since)
        if f.until:
            conds.append("d.published <= ?")
            params.append(f.until)
        if f.source:
            conds.append("d.source = ?")
            params.append(f.source)
        if f.doc_id:
            conds.append("d.id = ?")
            params.append(f.doc_id)
        if f.country:
            if item in ("entities", "events"):
                conds.append("x.country = ?")
            else:
                conds.append("EXISTS (SELECT 1 FROM entities e WHERE e.doc_rid = d.rid AND e.country = ?)")
            params.append(f.country.upper())
        if f.event_type:
            pattern = "%|" + f.event_type.lower() + "|%"
            if item == "events":
                conds.append("(x.plover = ? OR x.acled_types LIKE ?)")
            else:
                conds.append(
                    "EXISTS (SELECT 1 FROM events v WHERE v.doc_rid = d.rid AND (v.plover = ? OR v.acled_types LIKE ?))"
                )
            params += [f.event_type.upper(), pattern]
        if f.actor:
            pattern = _like(f.actor)
            if item == "events":
                conds.append("x.actors_norm LIKE ?")
                params.append(pattern)
            elif item == "statements":
                conds.append("x.speaker_norm LIKE ?")
                params.append(pattern)
            else:
                conds.append(
                    "(EXISTS (SELECT 1 FROM events v WHERE v.doc_rid = d.rid AND v.actors_norm LIKE ?) OR "
                    "EXISTS (SELECT 1 FROM statements s WHERE s.doc_rid = d.rid AND s.speaker_norm LIKE ?))"
                )
                params += [pattern, pattern]
        if f.stance:
            if item == "statements":
                conds.append("x.stance = ?")
            else:
                conds.append("EXISTS (SELECT 1 FROM statements s WHERE s.doc_rid = d.rid AND s.stance = ?)")
            params.append(f.stance)
        if f.place:
            pattern = _like(f.place).lower()
            if item in ("entities", "events"):
                conds.append("x.place_norm LIKE ?")
            else:
                conds.append(
                    "EXISTS (SELECT 1 FROM entities e WHERE e.doc_rid = d.rid AND e.lat IS NOT NULL "
                    "AND e.place_norm LIKE ?)"
                )
            params.append(pattern)
        return conds, params

    @staticmethod
    def _where(conds: list[str]) -> str:
        return (" WHERE " + " AND ".join(conds)) if conds else ""

    def list_documents(
        self,
        *,
        query: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        country: str | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        stance: str | None = None,
        place: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        f = Filters(query, since, until, source, country, event_type, actor, stance, place)
        conds, params = self._conditions(f)
        where = self._where(conds)
        with self._lock:
            cols = ", ".join("d." + c.strip() for c in _DOC_COLUMNS.split(","))
            rows = self._fetchall(
                f"SELECT {cols} FROM documents d{where} "
                "ORDER BY d.published DESC NULLS LAST, d.rid DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            total = self._one(f"SELECT COUNT(*) AS n FROM documents d{where}", params)
        return [self._doc_row(r) for r in rows], int(total["n"]) if total else 0

    @staticmethod
    def _doc_row(r: dict[str, Any]) -> dict[str, Any]:
        r = dict(r)
        r["countries"] = r["countries"].split(",") if r.get("countries") else []
        return r

    def search(self, text: str, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        with self._lock:
            ranked, total = self._fts_ranked(text, limit, offset)
            out = []
            for rid, rank in ranked:
                row = self._one(f"SELECT {_DOC_COLUMNS}, data FROM documents WHERE rid = ?", (rid,))
                if row is None:
                    continue
                body = codec.unpack(row.pop("data"))["text"]
                row = self._doc_row(row)
                row["snippet"] = snippet(body, text)
                row["rank"] = rank
                out.append(row)
        return out, total

    def _iter_items(
        self, table: str, filters: Any, limit: int | None, offset: int, extra: str = ""
    ) -> Iterator[dict[str, Any]]:
        f = Filters.of(filters)
        conds, params = self._conditions(f, item=table)
        if extra:
            conds.append(extra)
        cross = {"events": ", x.cross_event_id", "claims": ", x.cross_claim_id"}.get(table, "")
        sql = (
            f"SELECT x.idx, x.data{cross}, d.id AS doc_id, d.published, d.source FROM {table} x "
            f"JOIN documents d ON d.rid = x.doc_rid{self._where(conds)} "
            f"ORDER BY d.published, d.rid, x.idx LIMIT {self.no_limit if limit is None else int(limit)} OFFSET ?"
        )
        with self._lock:
            rows = self._fetchall(sql, [*params, offset])
        for r in rows:
            item = json.loads(r["data"])
            out = {"doc_id": r["doc_id"], "index": r["idx"], "published": r["published"], "source": r["source"]}
            if table == "events":
                out["cross_event_id"] = r["cross_event_id"]
            elif table == "claims":
                out["cross_claim_id"] = r["cross_claim_id"]
            out.update(item)
            yield out

    def iter_entities(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        return self._iter_items("entities", filters, limit, offset)

    def iter_places(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        for row in self._iter_items("entities", filters, limit, offset, extra="x.lat IS NOT NULL"):
            place = row.get("place") or {}
            row.update(
                lat=place.get("lat"), lon=place.get("lon"), country=place.get("country"), name_en=place.get("name_en")
            )
            yield row

    def iter_statements(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        return self._iter_items("statements", filters, limit, offset)

    def iter_events(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        return self._iter_items("events", filters, limit, offset)

    def iter_claims(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        return self._iter_items("claims", filters, limit, offset)

    def iter_documents(self, filters: Filters | Mapping[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        f = Filters.of(filters)
        conds, params = self._conditions(f)
        last = 0
        while True:
            with self._lock:
                rows = self._fetchall(
                    f"SELECT d.rid, d.id, d.meta, d.data, d.cluster_id FROM documents d"
                    f"{self._where([*conds, 'd.rid > ?'])} ORDER BY d.rid LIMIT 200",
                    [*params, last],
                )
                page = [self._decorate(r) for r in rows]
            if not rows:
                return
            last = rows[-1]["rid"]
            yield from page

    def count(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM documents")
        return int(row["n"]) if row else 0

    def stats(self) -> dict[str, Any]:
        with self._lock:
            row = self._one(
                "SELECT (SELECT COUNT(*) FROM documents) AS documents, "
                "(SELECT COALESCE(SUM(length), 0) FROM documents) AS characters, "
                "(SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM statements) AS statements, "
                "(SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM claims) AS claims, "
                "(SELECT COUNT(*) FROM failures) AS failures, "
                "(SELECT COUNT(DISTINCT cluster_id) FROM documents) AS clusters, "
                "(SELECT COUNT(*) FROM cross_events) AS cross_events, "
                "(SELECT COUNT(*) FROM cross_events WHERE n_mentions > 1 AND sources LIKE ?) AS multi_source_events, "
                "(SELECT COUNT(*) FROM cross_claims) AS cross_claims, "
                "(SELECT COUNT(*) FROM corrections WHERE undone_at IS NULL) AS corrections",
                ('%","%',),
            )
            out: dict[str, Any] = {k: int(v) for k, v in (row or {}).items()}
            out["sources"] = {
                r["source"] or "": int(r["n"])
                for r in self._fetchall("SELECT source, COUNT(*) AS n FROM documents GROUP BY source")
            }
        return out

    # -- corrections ----------------------------------------------------------------------------------------
    def add_correction(
        self,
        target_kind: str,
        doc_id: str,
        target_index: int,
        field: str,
        value: Any,
        author: str,
        *,
        at: str | None = None,
    ) -> int:
        with self._lock:
            row = self._one("SELECT rid, id, meta, data, cluster_id FROM documents WHERE id = ?", (doc_id,))
            if row is None:
                raise StoreError(f"no document {doc_id!r} in the store; list documents to find its id")
            current = self._decorate(row)
            check_correction(target_kind, field, current, int(target_index))
            if not author:
                raise StoreError("a correction needs an author (who made it)")
            with self._tx():
                rows = self._fetchall(
                    "INSERT INTO corrections (target_kind, doc_id, target_index, field, value, author, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (target_kind, doc_id, int(target_index), field, _dumps(value), author, at or _now()),
                )
                self._refresh(row)
            return int(rows[0]["id"])

    def _refresh(self, row: dict[str, Any]) -> None:
        """Rebuild the derived rows of a document after its corrections changed (cross links kept)."""
        rid = row["rid"]
        cross = {
            r["idx"]: r["cross_event_id"]
            for r in self._fetchall("SELECT idx, cross_event_id FROM events WHERE doc_rid = ?", (rid,))
        }
        claims = {
            r["idx"]: r["cross_claim_id"]
            for r in self._fetchall("SELECT idx, cross_claim_id FROM claims WHERE doc_rid = ?", (rid,))
        }
        data = self._decorate(row)
        self._materialise(rid, data, cross, claims)
        doc = data["doc"]
        self._execute(
            "UPDATE documents SET title = ?, published = ?, source = ?, url = ? WHERE rid = ?",
            (doc.get("title"), doc.get("published"), doc.get("source"), doc.get("url"), rid),
        )

    def list_corrections(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT id, target_kind, doc_id, target_index, field, value, author, at FROM corrections "
            "WHERE undone_at IS NULL"
        )
        params: list[Any] = []
        if doc_id is not None:
            sql += " AND doc_id = ?"
            params.append(doc_id)
        rows = self._fetchall(sql + " ORDER BY id", params)
        for r in rows:
            r["value"] = json.loads(r["value"])
        return rows

    def undo_correction(self, correction_id: int) -> bool:
        with self._lock:
            row = self._one("SELECT doc_id FROM corrections WHERE id = ? AND undone_at IS NULL", (int(correction_id),))
            if row is None:
                return False
            doc = self._one("SELECT rid, id, meta, data, cluster_id FROM documents WHERE id = ?", (row["doc_id"],))
            with self._tx():
                self._execute("UPDATE corrections SET undone_at = ? WHERE id = ?", (_now(), int(correction_id)))
                if doc is not None:
                    self._refresh(doc)
            return True

    # -- cross-article reads ------------------------------------------------------------------------------------
    def duplicates_of(self, doc_id: str) -> list[str]:
        rows = self._fetchall(
            "SELECT id FROM documents WHERE cluster_id = (SELECT cluster_id FROM documents WHERE id = ?) "
            "AND id <> ? ORDER BY rid",
            (doc_id, doc_id),
        )
        return [r["id"] for r in rows]

    def list_cross_events(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        f = Filters.of(filters)
        conds: list[str] = []
        params: list[Any] = []
        if f.since:
            conds.append("date_end >= ?")
            params.append(f.since)
        if f.until:
            conds.append("date_start <= ?")
            params.append(f.until)
        if f.event_type:
            conds.append("plover = ?")
            params.append(f.event_type.upper())
        if f.country:
            conds.append("country = ?")
            params.append(f.country.upper())
        if f.extra.get("min_sources"):
            conds.append("n_mentions >= ?")
            params.append(int(f.extra["min_sources"]))
        where = self._where(conds)
        with self._lock:
            rows = self._fetchall(
                f"SELECT * FROM cross_events{where} ORDER BY n_mentions DESC, date_start DESC, id LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            total = self._one(f"SELECT COUNT(*) AS n FROM cross_events{where}", params)
        out = []
        for r in rows:
            out.append(
                {
                    "cross_event_id": r["id"],
                    "plover": r["plover"],
                    "date_start": r["date_start"],
                    "date_end": r["date_end"],
                    "place": r["place"],
                    "country": r["country"],
                    "lat": r["lat"],
                    "lon": r["lon"],
                    "actors": json.loads(r["actors"]),
                    "sources": json.loads(r["sources"]),
                    "n_mentions": r["n_mentions"],
                    "mentions": [],
                }
            )
        if out:
            marks = ", ".join("?" for _ in out)
            by_id = {e["cross_event_id"]: e for e in out}
            with self._lock:
                rows = self._fetchall(
                    "SELECT x.cross_event_id, d.id AS doc_id, x.idx FROM events x JOIN documents d "
                    f"ON d.rid = x.doc_rid WHERE x.cross_event_id IN ({marks}) ORDER BY d.rid, x.idx",
                    list(by_id),
                )
            for m in rows:
                by_id[m["cross_event_id"]]["mentions"].append({"doc_id": m["doc_id"], "index": m["idx"]})
        return out, int(total["n"]) if total else 0

    def list_cross_claims(self, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        with self._lock:
            rows = self._fetchall(
                "SELECT * FROM cross_claims ORDER BY date_start DESC, id LIMIT ? OFFSET ?", (limit, offset)
            )
            total = self._one("SELECT COUNT(*) AS n FROM cross_claims")
        out = [
            {
                "cross_claim_id": r["id"],
                "about": r["about"],
                "status": r["status"],
                "date_start": r["date_start"],
                "date_end": r["date_end"],
                "cross_events": json.loads(r["cross_events"]),
                "positions": json.loads(r["positions"]),
                "sources": json.loads(r["sources"]),
            }
            for r in rows
        ]
        return out, int(total["n"]) if total else 0


__all__ = ["KIND_TO_LAYER", "SQLStore"]
