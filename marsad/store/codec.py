"""Document JSON <-> Document objects, and compact bytes for the store.

``Document.to_json()`` is the contract and ``marsad.document.document_from_json`` reads it back (re-exported here
for the store, exports and ``acled_row``, which need the objects).
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from marsad.document import document_from_json

__all__ = ["BULKY_LAYERS", "document_from_json", "pack", "unpack"]

# Layers that can be recomputed cheaply from the text and are large: kept out of the stored JSON by default.
BULKY_LAYERS = ("tokens",)


def pack(data: dict[str, Any]) -> bytes:
    """Compact, compressed bytes of a JSON dict (zlib level 6: ~5x smaller than the JSON text)."""
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack(blob: bytes | memoryview) -> dict[str, Any]:
    return json.loads(zlib.decompress(bytes(blob)).decode("utf-8"))
