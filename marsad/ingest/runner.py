"""Ingest: records from readers → checked Documents → the pipeline → the store, never aborting on one article.

Resumable: each record has a stable ``source_ref``; the store marks it done in the same transaction that stores
the document (or records its failure), so after a crash — ``kill -9`` included — a re-run skips exactly what was
finished and redoes at most the one record in flight. Idempotent by content hash: a text already stored (a wire
copy ingested twice, a re-run) is recognised before the pipeline runs.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError, MarsadError
from marsad.ingest.readers import Record, iter_files, read_path
from marsad.pipeline import Pipeline
from marsad.store.base import Store


@dataclass
class IngestReport:
    """What one ingest run did."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0  # already done in an earlier run
    words: int = 0
    characters: int = 0
    seconds: float = 0.0
    pipeline_seconds: float = 0.0
    store_seconds: float = 0.0
    component_seconds: dict[str, float] = field(default_factory=dict)
    failures: list[tuple[str, str | None, str]] = field(default_factory=list)  # (source_ref, component, error)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + self.failed

    def to_json(self) -> dict[str, Any]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "skipped": self.skipped,
            "words": self.words,
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
            "pipeline_seconds": round(self.pipeline_seconds, 3),
            "store_seconds": round(self.store_seconds, 3),
            "component_seconds": {k: round(v, 3) for k, v in self.component_seconds.items()},
            "failures": [{"source_ref": r, "component": c, "error": e} for r, c, e in self.failures],
        }


def iter_records(paths: Iterable[str | Path]) -> Iterator[Record]:
    for path in iter_files(paths):
        yield from read_path(path)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:500]


def run_pipeline(pipeline: Pipeline, doc, timings: dict[str, float]):
    """Run ``pipeline`` over ``doc``; on failure raise ``ComponentFailure`` naming the component that failed."""
    local: dict[str, float] = {}
    try:
        doc = pipeline(doc, timings=local)
    except Exception as exc:
        names = pipeline.names
        failed = names[len(local)] if len(local) < len(names) else None
        raise ComponentFailure(failed, exc) from exc
    finally:
        for k, v in local.items():
            timings[k] = timings.get(k, 0.0) + v
    return doc


class ComponentFailure(Exception):
    def __init__(self, component: str | None, exc: BaseException) -> None:
        super().__init__(_one_line(exc))
        self.component = component


def process_record(record: Record, pipeline: Pipeline, timings: dict[str, float], *, validate: bool = True):
    """A Document for ``record`` through the pipeline; raises ComponentFailure naming the stage that failed
    ("read", "load", "input", "validate" or a component name)."""
    import marsad

    if record.error is not None:
        # the reader could not make text of this record (unreadable, binary, malformed line): bad input, not a bug
        raise ComponentFailure("read", InputError(record.error))
    if record.analysed is not None:  # analysed elsewhere (marsad batch): store as it is
        from marsad.store.codec import document_from_json

        try:
            doc = document_from_json(record.analysed)
            if validate:
                doc.validate()
        except (KeyError, TypeError, ValueError, MarsadError) as exc:
            raise ComponentFailure("load", exc) from exc
        return doc
    from marsad.ingest.decode import parse_published

    meta = record.meta
    published = meta.get("published")
    try:
        published = parse_published(published)
    except MarsadError:
        # an unreadable date should not cost the article: keep it undated, remember what the source said
        meta["published_invalid"] = str(published)
        published = None
    try:
        doc = marsad.make_document(
            record.text or "",
            published=published,
            title=None if meta.get("title") is None else str(meta["title"]),
            source=None if meta.get("source") is None else str(meta["source"]),
            url=None if meta.get("url") is None else str(meta["url"]),
            doc_id=None if meta.get("id") is None else str(meta["id"]),
        )
    except MarsadError as exc:
        raise ComponentFailure("input", exc) from exc
    doc = run_pipeline(pipeline, doc, timings)
    if validate:
        try:
            doc.validate()
        except MarsadError as exc:
            raise ComponentFailure("validate", exc) from exc
    return doc


def ingest(
    records: Iterable[Record],
    store: Store,
    pipeline: Pipeline,
    *,
    total: int | None = None,
    progress: bool = True,
    limit: int | None = None,
    validate: bool = True,
    on_stored: Callable[[str], None] | None = None,
    commit_every: int = 64,
    commit_seconds: float = 2.0,
    report: IngestReport | None = None,
) -> IngestReport:
    """Analyse and store every record; failures are recorded in the store and in the report, never raised.

    Writes are committed in groups (``commit_every`` articles or ``commit_seconds``, whichever comes first):
    a crash loses at most the uncommitted group, which the next run redoes; Ctrl-C commits what is finished.
    Pass ``report`` to keep the counts when the run is interrupted.
    """
    report = report if report is not None else IngestReport()
    done = store.done_sources()  # one query instead of one per record, where the store can
    group = _CommitGroup(store, commit_every, commit_seconds, report)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="doc", dynamic_ncols=True, smoothing=0.05, mininterval=0.5)
    t_start = time.perf_counter()
    try:
        for record in records:
            if limit is not None and report.seen >= limit:
                break
            group.tick()
            if record.source_ref in done if done is not None else store.source_done(record.source_ref):
                report.skipped += 1
                if bar is not None:
                    bar.update(1)
                continue
            try:
                if record.text is not None and record.error is None:
                    existing = store.has_content(hashlib.sha256(record.text.encode("utf-8")).hexdigest())
                    if existing is not None:
                        store.mark_source_done(record.source_ref)
                        report.duplicates += 1
                        continue
                t0 = time.perf_counter()
                doc = process_record(record, pipeline, report.component_seconds, validate=validate)
                t1 = time.perf_counter()
                report.pipeline_seconds += t1 - t0
                try:
                    doc_id, added = store.add_document(doc, meta={"source_ref": record.source_ref, **record.meta})
                except MarsadError as exc:  # this document's writes are rolled back alone (savepoint)
                    raise ComponentFailure("store", exc) from exc
                report.store_seconds += time.perf_counter() - t1
                if added:
                    report.stored += 1
                    report.words += len(doc.text.split())
                    report.characters += len(doc.text)
                    if on_stored is not None:
                        on_stored(doc_id)
                else:
                    report.duplicates += 1
            except ComponentFailure as exc:
                store.record_failure(record.source_ref, str(exc), exc.component)
                report.failed += 1
                report.failures.append((record.source_ref, exc.component, str(exc)))
            finally:
                if bar is not None:
                    bar.update(1)
                    if report.stored and bar.n % 20 == 0:
                        elapsed = time.perf_counter() - t_start
                        bar.set_postfix(stored=report.stored, failed=report.failed, words_s=int(report.words / elapsed))
    except KeyboardInterrupt:
        group.end(commit=True)  # every article in the group is complete: keep them
        raise
    except BaseException:
        group.end(commit=False)  # a store error may have left half a document in the group
        raise
    else:
        group.end(commit=True)
    finally:
        if bar is not None:
            bar.close()
        report.seconds = time.perf_counter() - t_start
    return report


class _CommitGroup:
    """A rolling transaction over several articles (stores without ``transaction()`` commit per article)."""

    def __init__(self, store: Store, max_docs: int, max_seconds: float, report: IngestReport) -> None:
        self.store = store
        self.report = report  # commits are store time
        self.max_docs = max_docs
        self.max_seconds = max_seconds
        self.tx: Any = None
        self.n = 0
        self.opened = 0.0

    def tick(self) -> None:
        if not hasattr(self.store, "transaction") or self.max_docs <= 1:
            return
        if self.tx is not None and (self.n >= self.max_docs or time.monotonic() - self.opened >= self.max_seconds):
            self.end(commit=True)
        if self.tx is None:
            self.tx = self.store.transaction()
            self.tx.__enter__()
            self.n, self.opened = 0, time.monotonic()
        self.n += 1

    def end(self, *, commit: bool) -> None:
        tx, self.tx = self.tx, None
        if tx is None:
            return
        t0 = time.perf_counter()
        if commit:
            tx.__exit__(None, None, None)
        else:
            err = RuntimeError("ingest aborted")
            tx.__exit__(RuntimeError, err, None)
        self.report.store_seconds += time.perf_counter() - t0


def count_records(paths: Iterable[str | Path]) -> int:
    """A quick estimate of the number of records (files, plus lines of JSON Lines files) for the progress bar."""
    n = 0
    for f in iter_files(paths):
        name = f.name.lower()
        if name.endswith((".jsonl", ".ndjson")):
            with f.open("rb") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n
