"""The JSON Schema of ``marsad analyze --json`` and a validator for it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("document.schema.json").read_text(encoding="utf-8"))


def validate_document_json(data: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``data`` breaks the schema, and SpanError when a span lies."""
    import jsonschema

    from marsad.errors import SpanError

    jsonschema.validate(data, document_schema())
    text = data["text"]

    def check(span: dict[str, Any], where: str) -> None:
        if text[span["start"] : span["end"]] != span["text"] or span["start"] > span["end"]:
            raise SpanError(f"{where}: span {span['start']}-{span['end']} {span['text']!r} does not match the text")

    for layer in ("sentences", "tokens", "entities", "times"):
        for item in data[layer]:
            check(item, layer)
    for tok in data["tokens"]:
        for part in tok["parts"]:
            check(part, "tokens.parts")
    for st in data["statements"]:
        for key in ("speaker", "cue", "content", "addressee", "via", "time"):
            if st.get(key):
                check(st[key], f"statements.{key}")
    for ev in data["events"]:
        check(ev["trigger"], "events.trigger")
        for key in ("actors", "targets", "locations"):
            for sp in ev[key]:
                check(sp, f"events.{key}")
