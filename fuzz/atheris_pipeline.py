"""Coverage-guided fuzzing of input decoding, normalisation and the whole pipeline with atheris.

For long runs outside CI (CI runs the bounded hypothesis tests in tests/hardening/):

    .venv/bin/pip install atheris==3.1.0
    .venv/bin/python fuzz/atheris_pipeline.py -max_total_time=3600 -rss_limit_mb=2048 fuzz/corpus

Invariants checked on every input: no exception escapes other than InputError; every span of every layer equals
the text at its offsets; the JSON output validates against the schema.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    import marsad
    from marsad.errors import InputError
    from marsad.ingest.decode import decode_bytes
    from marsad.schema import validate_document_json
    from marsad.text.normalize import normalize

    # the components import their modules lazily: build the pipeline here so that their code is instrumented
    # too (built on first input, outside this block, coverage stayed at the decoder and the normaliser)
    NLP = marsad.load()


def test_one_input(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError:
        return
    view = normalize(text)
    for i in range(len(view.text)):
        assert 0 <= view.original_index(i) < len(text)
    try:
        doc = marsad.make_document(text, published="2018-06-01")
    except InputError:
        return
    doc = NLP(doc)
    doc.validate()
    validate_document_json(json.loads(json.dumps(doc.to_json())))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
