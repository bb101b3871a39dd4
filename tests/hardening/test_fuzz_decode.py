"""Property tests at the input boundary: whatever bytes or markup arrive, the outcome is text or an InputError."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.ingest.decode import check_text, decode_bytes, html_to_text

ARABIC = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في القاهرة الأحد المقبل"
# raw bytes, and bytes of Arabic text in the encodings the decoder accepts, cut or corrupted at random
ENCODED = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]).map(
    lambda enc: ARABIC.encode(enc)
)
BYTES = st.binary(max_size=400) | st.tuples(ENCODED, st.integers(0, 200), st.binary(max_size=8)).map(
    lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
)


@settings(max_examples=300, deadline=None)
@given(BYTES)
def test_decode_gives_checked_text_or_input_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except InputError as exc:
        assert str(exc)  # a one-line reason
        return
    assert isinstance(text, str) and text.strip()
    try:
        check_text(text)
    except InputError:
        pass


TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<title>", "</title>"])
MARKUP = st.lists(TAGS | st.sampled_from([ARABIC, "&amp;", "&#x202e;", "<!--", "-->", "<", ">", "\x00"]), max_size=40)


@settings(max_examples=60, deadline=None)
@given(MARKUP.map("".join))
def test_html_extraction_gives_text_or_input_error(html: str) -> None:
    try:
        text, meta = html_to_text("<html><body>" + html + "</body></html>")
    except InputError:
        return
    assert text.strip() and set(meta) == {"title", "published", "url"}


@pytest.mark.parametrize(
    "data",
    [b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", " \n ".encode("utf-16"), "\u3000".encode("utf-8-sig")],
    ids=["bom-utf16be", "bom-utf16le", "bom-utf8", "utf16-spaces", "ideographic-space"],
)
def test_a_byte_order_mark_or_blank_text_is_empty_input(data: bytes) -> None:
    """Found by the property test above: a BOM alone decoded to "" instead of being refused as empty."""
    with pytest.raises(InputError, match="empty"):
        decode_bytes(data)
