"""Hostile inputs: a clear error, a limit, or correct output — never a hang or a traceback."""

from __future__ import annotations

import time

import pytest

import marsad
from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes, html_to_text

LINE = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في القاهرة الأحد المقبل "


@pytest.fixture(scope="module")
def nlp():
    return marsad.load()


def test_fifty_megabytes_is_refused_with_a_limit_message():
    with pytest.raises(InputError, match="limit"):
        decode_bytes(("ا" * 1000).encode() * 26_000)


def test_one_long_line_is_processed_in_linear_time(nlp):
    """A 1M-character line with no punctuation: no quadratic blow-up (generous bound, not a benchmark)."""
    small = (LINE * (10_000 // len(LINE))).strip()
    big = (LINE * (1_000_000 // len(LINE))).strip()
    t0 = time.perf_counter()
    nlp(marsad.make_document(small))
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = nlp(marsad.make_document(big))
    t_big = time.perf_counter() - t0
    assert doc.tokens[-1].end <= len(big)
    # 100× the input may cost at most ~400× the time (linear plus noise), never the 10,000× of a quadratic pass
    assert t_big < max(400 * t_small, 5.0), (t_small, t_big)


@pytest.mark.parametrize(
    "text",
    [
        "\u202eقال الوزير إن «الوضع مستقر»\u202c <script>alert(1)</script>",
        "وقال\u200d\u200dت الوزارة\u2067 إن\u2069 الهدنة صامدة",
        "قالت Reuters إن Москва رفضت 提案 الأربعاء 😀 وأكد البيان ذلك.",
        "«" * 500 + "قال" + "»" * 3,
        "؟" * 2000 + " قال الوزير",
    ],
    ids=["bidi-override+script", "zwj+isolates", "mixed-scripts", "unbalanced-quotes", "punctuation-run"],
)
def test_hostile_text_gives_true_spans(nlp, text):
    doc = nlp(marsad.make_document(text))
    doc.validate()


def test_utf16_and_windows1256_articles_decode():
    text = "أكدت وزارة الداخلية أن الطريق أعيد فتحه صباح اليوم."
    assert decode_bytes(text.encode("utf-16")) == text
    assert decode_bytes(text.encode("cp1256")) == text


def test_deeply_nested_html_is_handled():
    html = "<html><body>" + "<div>" * 5000 + "<p>" + LINE * 20 + "</p>" + "</div>" * 5000 + "</body></html>"
    try:
        text, _ = html_to_text(html)
    except InputError:
        return
    assert "القاهرة" in text


def test_malformed_html_is_handled():
    html = "<html><body><p>" + LINE * 10 + "<div><span><p>" + LINE * 10 + "</b></i></html"
    try:
        text, _ = html_to_text(html)
    except InputError:
        return
    assert "الاجتماع" in text


def test_sentence_splitting_of_a_line_with_thousands_of_dots_is_linear():
    from marsad.text.sentences import split_sentences

    line = "قال د. سالم إن الطريق مفتوح. " * 4000
    t0 = time.perf_counter()
    sentences = split_sentences(line)
    assert len(sentences) == 4000
    assert time.perf_counter() - t0 < 5.0  # was ~15 s when every dot searched back to the line start


def test_abbreviation_at_a_line_start_is_not_a_sentence():
    from marsad.text.sentences import split_sentences

    texts = [s.text for s in split_sentences("انتهى الاجتماع.\nد. سالم قال إن الطريق مفتوح.")]
    assert texts == ["انتهى الاجتماع.", "د. سالم قال إن الطريق مفتوح."]
