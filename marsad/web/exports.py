"""Export endpoints' bodies: the writers of ``marsad export`` (``marsad.export.writers``), run in the store thread.

Same formats, same records, same rules as the command (corrections applied, deleted items dropped; ACLED rows
only for events that took place unless ``all_modalities``), so a download from the UI equals ``marsad export``.
"""

from __future__ import annotations

import io
from typing import Any

from marsad.store.base import Store

# format -> (media type, file extension); parquet is a file format, left to the command
FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json; charset=utf-8", "geojson"),
}


def render_export(
    store: Store, fmt: str, filters: dict[str, Any], *, all_modalities: bool = False, layer: str = "events"
) -> str:
    """The whole export of the documents matching ``filters`` as one string."""
    from marsad.export import writers

    out = io.StringIO()
    if fmt == "jsonl":
        writers.write_jsonl(store, out, filters)
    elif fmt == "acled-csv":
        writers.write_acled_csv(store, out, filters, all_modalities=all_modalities)
    else:
        writers.write_geojson(store, out, filters, layer=layer)
    return out.getvalue()
