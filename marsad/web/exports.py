"""Export endpoints' bodies, in the formats of ``marsad export``: jsonl, acled-csv, geojson.

Built on the store's ``iter_documents`` (corrections applied) and ``marsad.events.acled`` (the ACLED row and the
event's place), the same building blocks ``marsad export`` uses. Runs inside the store thread (see gateway).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from marsad.store.base import Store

# format -> (media type, file extension)
FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json; charset=utf-8", "geojson"),
}


def render_export(store: Store, fmt: str, filters: dict[str, Any]) -> str:
    """The whole export of the documents matching ``filters`` as one string."""
    if fmt == "jsonl":
        return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in store.iter_documents(filters))
    from marsad.events.acled import ACLED_COLUMNS, acled_row, event_place
    from marsad.store.codec import document_from_json

    docs = (document_from_json(d) for d in store.iter_documents(filters))
    if fmt == "acled-csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=["doc_id", "event_index", *ACLED_COLUMNS], extrasaction="ignore")
        writer.writeheader()
        for doc in docs:
            for i, ev in enumerate(doc.events):
                writer.writerow({"doc_id": doc.id, "event_index": i, **acled_row(doc, ev)})
        return buf.getvalue()
    features = []
    for doc in docs:
        for i, ev in enumerate(doc.events):
            span, ent = event_place(doc, ev)
            if ent is None or ent.place is None:
                continue
            props = {"doc_id": doc.id, "event_index": i, "plover": ev.plover, "acled": ev.acled}
            props.update(trigger=ev.trigger.text, date=ev.date, published=doc.published, source=doc.source)
            props.update(place=span.text if span else None, country=ent.place.country, name_en=ent.place.name_en)
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [ent.place.lon, ent.place.lat]},
                    "properties": props,
                }
            )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
