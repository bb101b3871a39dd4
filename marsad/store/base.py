"""The Store interface: where analysed Documents live, are searched, filtered, corrected and exported.

One interface, two backends: SQLite (default, stdlib ``sqlite3``, WAL, FTS5) and PostgreSQL (psycopg).
``open_store(url)`` picks the backend from the URL:

==============================================  ===========================================
url                                             backend
==============================================  ===========================================
``marsad.db``, ``/abs/path.db``                 SQLite file (created, migrated)
``sqlite:///rel.db``, ``sqlite:////abs.db``     SQLite file
``:memory:`` or ``sqlite://``                   SQLite in memory (tests)
``postgresql://user@host/db``                   PostgreSQL (needs ``psycopg``)
==============================================  ===========================================

Row shapes returned by the read methods (all plain JSON-able dicts; stable, extended only by adding keys):

* document row (``list_documents``, ``search``): ``{"id", "title", "published", "source", "url", "length",
  "text_sha256", "added_at", "cluster_id", "n_entities", "n_statements", "n_events", "n_claims", "countries"}``;
  ``search`` rows add ``"snippet"`` and ``"rank"``.
* ``get_document``: the ``Document.to_json()`` dict (corrections applied) plus ``"meta"`` (the ingest metadata
  given to ``add_document``: source file, line, ...), ``"corrections"`` (the list applied) and ``"cluster_id"``.
* ``iter_entities``: ``{"doc_id", "index", "start", "end", "text", "type", "place", "score", "published",
  "source"}``; ``iter_places`` is the same for entities whose ``place`` is not None, with ``"lat"``, ``"lon"``,
  ``"country"``, ``"name_en"`` lifted to the top level.
* ``iter_statements``: ``{"doc_id", "index", "published", "source"}`` + ``Statement.to_json()`` keys.
* ``iter_events``: ``{"doc_id", "index", "published", "source", "cross_event_id"}`` + ``Event.to_json()`` keys;
  ``cross_event_id`` names the cross-article event this mention belongs to (see ``marsad.store.linking``).
* ``iter_claims``: ``{"doc_id", "index", "published", "source", "cross_claim_id"}`` + ``Claim.to_json()`` keys.

Corrections are stored apart from the machine output and applied on read, so every read (``get_document``,
``iter_*``, filters, exports) reflects them and ``undo_correction`` restores the machine output exactly.
A correction targets one item of one layer of one document: ``target_kind`` is ``"entity"``, ``"statement"``,
``"event"``, ``"time"``, ``"claim"`` or ``"document"`` (then ``target_index`` is ignored, use 0); ``field`` is a
key of that item's JSON, dotted for nested keys (``"type"``, ``"stance"``, ``"place.lat"``, ``"date.start"``) or
the special field ``"_delete"`` (value ``True``: drop the item; later indices keep their numbers in corrections
because deletion is applied after all field edits). ``value`` is any JSON value.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from marsad.document import Document
from marsad.errors import MarsadError

TARGET_KINDS = ("entity", "statement", "event", "time", "claim", "document")
KIND_TO_LAYER = {
    "entity": "entities",
    "statement": "statements",
    "event": "events",
    "time": "times",
    "claim": "claims",
}


class StoreError(MarsadError):
    """The store cannot be opened, migrated or written, or a request to it is invalid."""


@dataclass(slots=True)
class Filters:
    """Filters shared by ``list_documents`` and the ``iter_*`` methods; None means "any".

    ``since``/``until`` bound the publication date (inclusive, ISO ``YYYY-MM-DD``); ``query`` is a full-text
    query (see ``Store.search``); ``source`` matches the outlet exactly; ``country`` is an ISO-2 code of a place
    mentioned; ``event_type`` a PLOVER type or an ACLED event/sub-event type; ``actor`` a substring of an event
    actor or statement speaker; ``stance`` a statement stance (assert, deny, unconfirmed); ``place`` a substring
    of a place's Arabic text, Arabic or English name.
    """

    query: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    stance: str | None = None
    place: str | None = None
    doc_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, filters: Filters | Mapping[str, Any] | None = None, **kwargs: Any) -> Filters:
        """Build Filters from a Filters, a dict, keyword arguments, or any mix (keywords win)."""
        data: dict[str, Any] = {}
        if isinstance(filters, Filters):
            data.update({k: getattr(filters, k) for k in cls.__slots__ if k != "extra"})
        elif filters:
            data.update(filters)
        data.update({k: v for k, v in kwargs.items() if v is not None})
        known = {k: data.pop(k) for k in list(data) if k in cls.__slots__ and k != "extra"}
        return cls(**known, extra=data)


class Store(ABC):
    """Persistent home of analysed documents. All methods are safe to call from one thread at a time."""

    url: str

    # -- writing --------------------------------------------------------------------------------------------
    @abstractmethod
    def add_document(self, doc: Document, *, meta: Mapping[str, Any] | None = None) -> tuple[str, bool]:
        """Store an analysed Document; return ``(doc_id, added)``.

        Idempotent by content hash (sha256 of ``doc.text``): adding the same text again returns the id of the
        stored document and ``added=False`` and changes nothing. Committed before returning, so a crash after
        this call never loses the document and a re-run never duplicates it.
        """

    @abstractmethod
    def has_content(self, text_sha256: str) -> str | None:
        """The id of the stored document with this text hash, or None (lets ingest skip the pipeline)."""

    @abstractmethod
    def record_failure(self, source_ref: str, error: str, component: str | None = None) -> None:
        """Record that the input ``source_ref`` (``path``, ``path:line`` or ``path#DOCNO``) failed in
        ``component`` (None: before the pipeline, e.g. decoding) with the one-line ``error``."""

    @abstractmethod
    def list_failures(self, *, limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Recorded failures, newest first: rows ``{"id", "source_ref", "component", "error", "at"}``."""

    @abstractmethod
    def mark_source_done(self, source_ref: str) -> None:
        """Remember that ``source_ref`` was read completely (stored, duplicate or failed) for resumption."""

    @abstractmethod
    def source_done(self, source_ref: str) -> bool:
        """Whether ``mark_source_done(source_ref)`` was called before."""

    def done_sources(self) -> set[str] | None:
        """Every source reference marked done, or None when this store cannot list them at once (then ingest asks
        ``source_done`` per record)."""
        return None

    # -- reading --------------------------------------------------------------------------------------------
    @abstractmethod
    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """Document JSON with corrections applied, plus ``meta``, ``corrections`` and ``cluster_id``; or None."""

    def load_document(self, doc_id: str) -> Document | None:
        """The stored Document (corrections applied) as an object."""
        from marsad.store.codec import document_from_json

        data = self.get_document(doc_id)
        return None if data is None else document_from_json(data)

    @abstractmethod
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
        """Document rows matching every given filter, newest publication first, and the total count."""

    @abstractmethod
    def search(self, text: str, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Full-text search over the normalised, clitic-stripped text (and title).

        Diacritics, alef/ya/ta-marbuta forms and clitics are ignored, so ``بحلب`` finds ``حلب`` and ``حلب``
        finds ``وبحلب``. Words are ANDed; ``"double quotes"`` make a phrase. Rows are document rows with
        ``snippet`` (a passage of the original text) and ``rank`` (lower is better), best first.
        """

    @abstractmethod
    def iter_entities(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        """Entity rows of the documents matching ``filters`` (corrections applied)."""

    @abstractmethod
    def iter_statements(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        """Statement rows (``stance``/``actor`` filters apply to the statement itself)."""

    @abstractmethod
    def iter_events(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        """Event-mention rows (``event_type``/``actor`` filters apply to the event itself)."""

    @abstractmethod
    def iter_claims(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        """Claim rows."""

    @abstractmethod
    def iter_places(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterator[dict[str, Any]]:
        """Geocoded entity rows (``place`` set), for maps."""

    @abstractmethod
    def iter_documents(self, filters: Filters | Mapping[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Full document JSON (as ``get_document``) of every matching document, oldest first; for exports."""

    @abstractmethod
    def count(self) -> int:
        """Number of stored documents."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts per layer, failures, clusters, sources; for dashboards and benchmarks."""

    # -- corrections ----------------------------------------------------------------------------------------
    @abstractmethod
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
        """Record a human correction (see the module docstring) and return its id; raises StoreError when the
        document or the target item does not exist or ``target_kind`` is unknown. ``at`` (ISO time, default now)
        lets the records of one edit (an entity span's start, end and text) share one time, which groups them."""

    @abstractmethod
    def list_corrections(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Active corrections, oldest first: ``{"id", "target_kind", "doc_id", "target_index", "field",
        "value", "author", "at"}``."""

    @abstractmethod
    def undo_correction(self, correction_id: int) -> bool:
        """Withdraw a correction; True when it existed. Reads show the machine output (or earlier corrections)."""

    # -- cross-article links ----------------------------------------------------------------------------------
    @abstractmethod
    def duplicates_of(self, doc_id: str) -> list[str]:
        """Ids of the other documents in the near-duplicate cluster of ``doc_id`` (wire copies of one story)."""

    @abstractmethod
    def list_cross_events(
        self, filters: Filters | Mapping[str, Any] | None = None, *, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """Events merged across articles: ``{"cross_event_id", "plover", "date_start", "date_end", "place",
        "country", "lat", "lon", "actors", "sources", "n_mentions", "mentions": [{"doc_id", "index"}]}``."""

    @abstractmethod
    def list_cross_claims(self, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Claims linked across articles: ``{"cross_claim_id", "about", "status", "positions": [{"doc_id",
        "statement", "role", "stance", "speaker", "source"}], "sources"}``."""

    @abstractmethod
    def relink(self) -> dict[str, int]:
        """Recompute near-duplicate clusters and cross-article events/claims over the whole store."""

    # -- lifecycle ----------------------------------------------------------------------------------------------
    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url``; default ``marsad.db`` in the current folder."""
    url = url or "marsad.db"
    if url.startswith(("postgresql://", "postgres://")):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(url)
    from marsad.store.sqlite import SQLiteStore

    if url.startswith("sqlite://"):
        path = url[len("sqlite://") :]
        path = path[1:] if path.startswith("/") else path  # sqlite:///rel.db -> rel.db, sqlite:////abs -> /abs
        return SQLiteStore(path or ":memory:")
    return SQLiteStore(url)
