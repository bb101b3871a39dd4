"""Human corrections, applied on read over the machine output (which is never overwritten).

A correction is ``(target_kind, target_index, field, value)``. ``field`` is a dotted key path into the item's JSON
(``"type"``, ``"place.lat"``, ``"date.start"``) or one of two special fields:

* ``"_delete"`` (value ``True``): the item stays in its list, marked ``"_deleted": true``, so indices never shift
  (the UI and later corrections address items by their machine-output index); reads of rows and exports skip it.
* ``"_add"`` (value: the full item JSON; ``target_index`` ignored): a missed item is appended to the layer.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from marsad.store.base import KIND_TO_LAYER, TARGET_KINDS, StoreError


def check_correction(target_kind: str, field: str, data: dict[str, Any], target_index: int) -> None:
    """Raise StoreError unless the correction can apply to the document JSON ``data``."""
    if target_kind not in TARGET_KINDS:
        raise StoreError(f"unknown correction target {target_kind!r}; expected one of {', '.join(TARGET_KINDS)}")
    if not field:
        raise StoreError("a correction needs a field (a key of the item, dotted for nested keys)")
    if target_kind == "document":
        if field.split(".")[0] not in ("title", "published", "source", "url"):
            raise StoreError(f"document corrections may change title, published, source or url, not {field!r}")
        return
    if field == "_add":
        return
    items = data.get(KIND_TO_LAYER[target_kind]) or []
    if not 0 <= target_index < len(items):
        raise StoreError(
            f"{target_kind} {target_index} does not exist in document {data['doc']['id']} "
            f"(it has {len(items)} {KIND_TO_LAYER[target_kind]})"
        )


def _set_path(item: dict[str, Any], path: str, value: Any) -> None:
    keys = path.split(".")
    node = item
    for key in keys[:-1]:
        nxt = node.get(key)
        if not isinstance(nxt, dict):
            nxt = {}
            node[key] = nxt
        node = nxt
    node[keys[-1]] = copy.deepcopy(value)


def apply_corrections(data: dict[str, Any], corrections: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A copy of document JSON ``data`` with ``corrections`` (oldest first) applied."""
    corrections = list(corrections)
    if not corrections:
        return data
    out = copy.deepcopy(data)
    deletes: list[tuple[str, int, bool]] = []
    for c in corrections:
        kind, index, field, value = c["target_kind"], int(c["target_index"]), c["field"], c["value"]
        if kind == "document":
            _set_path(out["doc"], field, value)
            continue
        layer = out.setdefault(KIND_TO_LAYER[kind], [])
        if field == "_add":
            layer.append(copy.deepcopy(value))
        elif field == "_delete":
            deletes.append((KIND_TO_LAYER[kind], index, bool(value)))
        elif 0 <= index < len(layer):
            _set_path(layer[index], field, value)
    for layer_name, index, flag in deletes:
        layer = out[layer_name]
        if 0 <= index < len(layer):
            if flag:
                layer[index]["_deleted"] = True
            else:
                layer[index].pop("_deleted", None)
    out["corrections"] = corrections
    return out
