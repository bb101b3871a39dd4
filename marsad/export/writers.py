"""Exports of a store: JSON Lines, ACLED-style CSV, GeoJSON and Parquet, all streaming and filterable.

Every export reads through ``Store.iter_documents`` (corrections applied, deleted items dropped), so what is
exported is what a reviewer sees. ACLED rows come from ``marsad.events.acled.acled_row(doc, event)``, imported when
the export runs. ACLED codes events that took place: negated, hypothetical and planned mentions are left out unless
``all_modalities`` is set.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from marsad.document import Document
from marsad.errors import InputError
from marsad.store.base import Filters, Store
from marsad.store.codec import document_from_json

FORMATS = ("jsonl", "acled-csv", "geojson", "parquet")
EXTRA_ACLED_COLUMNS = ("doc_id", "event_index", "cross_event_id", "plover", "modality", "url", "title")
_NOT_OCCURRED = ("negated", "hypothetical", "planned")


def iter_export_documents(store: Store, filters: Filters | Mapping[str, Any] | None) -> Iterator[tuple[dict, Document]]:
    """(stored JSON, Document with corrections applied and deleted items dropped) for each matching document."""
    for data in store.iter_documents(filters):
        yield data, document_from_json(data)


def document_record(data: dict[str, Any], doc: Document) -> dict[str, Any]:
    """The JSON Lines record of a document: ``Document.to_json()`` plus ``meta``, ``cluster_id``, ``corrections``."""
    out = doc.to_json()
    out["doc"]["id"] = data["doc"]["id"]
    out["meta"] = data.get("meta", {})
    out["cluster_id"] = data.get("cluster_id")
    out["corrections"] = data.get("corrections", [])
    return out


def write_jsonl(store: Store, out: IO[str], filters=None) -> int:
    n = 0
    for data, doc in iter_export_documents(store, filters):
        out.write(json.dumps(document_record(data, doc), ensure_ascii=False) + "\n")
        n += 1
    return n


def _acled():
    try:
        from marsad.events import acled
    except ImportError as exc:  # the events package is optional for the store
        raise InputError(f"ACLED export needs marsad.events.acled ({exc})") from None
    return acled


def _event_cross_map(store: Store, doc_id: str) -> dict[int, str | None]:
    return {r["index"]: r.get("cross_event_id") for r in store.iter_events({"doc_id": doc_id})}


def acled_rows(store: Store, filters=None, *, all_modalities: bool = False) -> Iterator[dict[str, Any]]:
    """ACLED-style rows (``acled.ACLED_COLUMNS`` + ``EXTRA_ACLED_COLUMNS``) of every event mention."""
    acled = _acled()
    for data, doc in iter_export_documents(store, filters):
        alive = [i for i, e in enumerate(data.get("events", [])) if not e.get("_deleted")]
        cross = _event_cross_map(store, data["doc"]["id"]) if alive else {}
        for index, event in zip(alive, doc.events, strict=True):
            if not all_modalities and event.modality in _NOT_OCCURRED:
                continue
            row = dict(acled.acled_row(doc, event))
            row.update(
                doc_id=doc.id,
                event_index=index,
                cross_event_id=cross.get(index),
                plover=event.plover,
                modality=event.modality,
                url=doc.url,
                title=doc.title,
            )
            yield row


def write_acled_csv(store: Store, out: IO[str], filters=None, *, all_modalities: bool = False) -> int:
    acled = _acled()
    columns = list(getattr(acled, "ACLED_COLUMNS", ())) + [c for c in EXTRA_ACLED_COLUMNS]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in acled_rows(store, filters, all_modalities=all_modalities):
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
        n += 1
    return n


def geojson_features(store: Store, filters=None, *, layer: str = "events") -> Iterator[dict[str, Any]]:
    """Point features: one per event mention with coordinates (``layer="events"``) or per geocoded entity."""
    for data, doc in iter_export_documents(store, filters):
        base: dict[str, Any] = {"doc_id": doc.id, "title": doc.title, "published": doc.published, "source": doc.source}
        if layer == "places":
            for entity in doc.entities:
                if entity.place is None:
                    continue
                p = entity.place
                props = {**base, "text": entity.text, "name_en": p.name_en, "country": p.country}
                props.update(geonameid=p.geonameid, precision=p.precision)
                yield {"type": "Feature", "geometry": _point(p.lon, p.lat), "properties": props}
            continue
        from marsad.events.acled import event_date, event_place

        alive = [i for i, e in enumerate(data.get("events", [])) if not e.get("_deleted")]
        cross = _event_cross_map(store, doc.id) if alive else {}
        for index, event in zip(alive, doc.events, strict=True):
            span, ent = event_place(doc, event)
            if ent is None or ent.place is None:
                continue
            date, precision = event_date(doc, event)
            props = {
                **base,
                "event_index": index,
                "cross_event_id": cross.get(index),
                "plover": event.plover,
                "acled": event.acled,
                "modality": event.modality,
                "date": date,
                "time_precision": precision,
                "trigger": event.trigger.text,
                "place": ent.place.name_en or (span.text if span else None),
                "country": ent.place.country,
                "fatalities": max((q.value for q in event.quantities if q.kind == "fatalities"), default=None),
            }
            yield {"type": "Feature", "geometry": _point(ent.place.lon, ent.place.lat), "properties": props}


def _point(lon: float, lat: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [lon, lat]}


def write_geojson(store: Store, out: IO[str], filters=None, *, layer: str = "events") -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for feature in geojson_features(store, filters, layer=layer):
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


PARQUET_LAYERS = ("sentences", "entities", "statements", "times", "events", "claims")


def write_parquet(store: Store, path: str | Path, filters=None, *, batch: int = 500) -> int:
    """One row per document: metadata and text as columns, each layer as a JSON string column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("id", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("text_sha256", pa.string()),
            ("cluster_id", pa.string()),
            ("text", pa.string()),
            *[(layer, pa.string()) for layer in PARQUET_LAYERS],
            ("meta", pa.string()),
            ("pipeline", pa.string()),
        ]
    )
    n = 0
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        for data, doc in iter_export_documents(store, filters):
            rows.append(parquet_row(document_record(data, doc)))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


def parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    """A flat row of a ``document_record`` (layers as JSON strings); shared with ``marsad batch``."""
    meta = record["doc"]
    row = {k: meta.get(k) for k in ("id", "title", "published", "source", "url", "text_sha256")}
    row["cluster_id"] = record.get("cluster_id")
    row["text"] = record["text"]
    for layer in PARQUET_LAYERS:
        row[layer] = json.dumps(record.get(layer, []), ensure_ascii=False)
    row["meta"] = json.dumps(record.get("meta", {}), ensure_ascii=False)
    row["pipeline"] = json.dumps(meta.get("pipeline", []))
    return row
