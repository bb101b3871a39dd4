import copy
import json

import jsonschema
import pytest

import marsad
from marsad.errors import SpanError
from marsad.schema import document_schema, validate_document_json


@pytest.fixture
def doc_json(sample_article):
    return json.loads(json.dumps(marsad.analyze(sample_article, published="2024-03-06").to_json()))


def test_schema_accepts_pipeline_output(doc_json):
    validate_document_json(doc_json)


def test_schema_rejects_unknown_entity_type(doc_json):
    bad = copy.deepcopy(doc_json)
    bad["entities"] = [{"start": 0, "end": 4, "text": bad["text"][0:4], "type": "PLACE", "place": None}]
    with pytest.raises(jsonschema.ValidationError):
        validate_document_json(bad)


def test_schema_rejects_lying_span(doc_json):
    bad = copy.deepcopy(doc_json)
    bad["sentences"][0]["text"] = "نص آخر"
    with pytest.raises(SpanError):
        validate_document_json(bad)


def test_schema_layers_accept_the_gold_format(shared_dir):
    """The FORMAT.md layers of every dev gold file fit the schema's layer definitions."""
    schema = document_schema()
    files = sorted((shared_dir / "examples").glob("*/gold.json"))
    assert files
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for layer in ("entities", "statements", "times", "events", "claims"):
            jsonschema.validate(gold[layer], {**schema["properties"][layer], "$defs": schema["$defs"]})
