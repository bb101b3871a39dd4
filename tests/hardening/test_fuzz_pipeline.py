"""Property tests over the whole default pipeline: whatever the input, no exception other than InputError
escapes, every span is true to the text, and the JSON validates against the schema."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.errors import InputError
from marsad.schema import validate_document_json

# Arabic letters, marks, digits, punctuation, quotes, spaces, newlines and the invisible characters of web copy.
ARABIC_HEAVY = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئىةـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩0123456789")
    + list('،؛؟.!…:«»"“”()[]-/%٪٫ \n\t')
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069", "\ufeff"]
    + list("ﻻﷺﺃﻹ")
    + ["الجيش", "قال", "وقالت", "روسيا", "حلب", "الثلاثاء", "إن", "نفى", "مقتل", "في", "يوم", " ", "\n\n"]
)
TEXTS = st.lists(ARABIC_HEAVY, min_size=0, max_size=120).map("".join) | st.text(max_size=200)


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, published=st.none() | st.dates().map(lambda d: d.isoformat()))
def test_pipeline_never_crashes_and_spans_stay_true(nlp, text, published):
    try:
        doc = marsad.make_document(text, published=published)
    except InputError:
        return
    doc = nlp(doc)
    doc.validate()
    validate_document_json(json.loads(json.dumps(doc.to_json(), ensure_ascii=False)))
