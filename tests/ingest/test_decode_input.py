import pytest

from marsad.errors import InputError
from marsad.ingest.decode import check_text, decode_bytes, parse_published

ARABIC = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة."


@pytest.mark.parametrize(
    "data",
    [
        ARABIC.encode("utf-8"),
        b"\xef\xbb\xbf" + ARABIC.encode("utf-8"),
        ARABIC.encode("utf-16"),
        ARABIC.encode("utf-16-le"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "windows-1256"],
)
def test_decode_bytes_reads_common_encodings(data):
    assert decode_bytes(data) == ARABIC


@pytest.mark.parametrize("data", [b"", b"   \n", bytes(range(256)) * 50], ids=["empty", "blank", "binary"])
def test_decode_bytes_refuses_empty_and_binary(data):
    with pytest.raises(InputError):
        decode_bytes(data)


def test_decode_bytes_refuses_huge_input():
    with pytest.raises(InputError, match="limit"):
        decode_bytes(b"a" * (25 * 1024 * 1024))


@pytest.mark.parametrize("text", ["", "   ", "This is an English sentence only.", "12345 67890"])
def test_check_text_refuses_non_articles(text):
    with pytest.raises(InputError):
        check_text(text)


def test_check_text_accepts_arabic_with_invisible_controls():
    text = "\u202bقال\u200f الوزير\u200d إن الاتفاق صامد\u202c"
    assert check_text(text) is text


@pytest.mark.parametrize(
    "value,expected", [("2016-12-06", "2016-12-06"), ("2016-12-06T10:00:00", "2016-12-06"), (None, None)]
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_parse_published_refuses_garbage():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("last tuesday")
