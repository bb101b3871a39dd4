"""Coverage-guided fuzzing of input decoding, normalisation, segmentation and the whole pipeline with atheris.

For long runs outside CI (CI runs the bounded hypothesis tests in tests/hardening/ and tests/text/):

    .venv/bin/pip install atheris==3.0.0          # or: pip install -e '.[bench]'
    mkdir -p /tmp/fuzz-corpus && cp fuzz/corpus/* /tmp/fuzz-corpus/   # libFuzzer adds its finds to this folder
    nice .venv/bin/python fuzz/atheris_pipeline.py -max_total_time=3600 -rss_limit_mb=2048 -timeout=60 \\
        -max_len=4096 -artifact_prefix=/tmp/fuzz-crash- /tmp/fuzz-corpus
    MARSAD_FUZZ_TARGET=text nice .venv/bin/python fuzz/atheris_pipeline.py ...   # text layer only (~100× faster)

Replay one input (a crash-* file libFuzzer wrote):  .venv/bin/python fuzz/atheris_pipeline.py /tmp/fuzz-crash-…

Invariants checked on every input: no exception escapes other than InputError; the normalised view maps back
inside the original, in order; sentences, tokens and clitic parts are true spans (text == original[start:end]),
tokens tile their sentence and parts tile their token; with the pipeline target, every span of every layer
equals the text at its offsets and the JSON output validates against the schema.
"""

from __future__ import annotations

import json
import os
import sys

import atheris

TARGET = os.environ.get("MARSAD_FUZZ_TARGET", "pipeline")

with atheris.instrument_imports():
    import marsad
    from marsad.errors import InputError
    from marsad.ingest.decode import decode_bytes
    from marsad.schema import validate_document_json
    from marsad.text.normalize import normalize
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import Tokenizer

    # the components import their modules lazily: build the pipeline here so that their code is instrumented
    # too (built on first input, outside this block, coverage stayed at the decoder and the normaliser)
    NLP = marsad.load() if TARGET == "pipeline" else None
    TOKENIZER = Tokenizer()


def check_text_layer(text: str) -> None:
    view = normalize(text)
    previous = -1
    for i in range(len(view.text)):
        j = view.original_index(i)
        assert 0 <= j < len(text) and j >= previous, (i, j)
        previous = j
    for s in split_sentences(text):
        assert s.text == text[s.start : s.end] and s.text.strip() == s.text and s.text
    for tok in TOKENIZER.tokens(text):
        assert tok.text == text[tok.start : tok.end] and tok.text
        assert tok.parts and tok.parts[0].start == tok.start and tok.parts[-1].end == tok.end
        for a, b in zip(tok.parts, tok.parts[1:], strict=False):
            assert a.end == b.start
        for part in tok.parts:
            assert part.text == text[part.start : part.end] and part.start < part.end


def test_one_input(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError:
        return
    check_text_layer(text)
    if NLP is None:
        return
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
