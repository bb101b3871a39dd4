"""Turning bytes from the outside world into checked article text.

Bytes are tried as UTF-8 (with or without BOM), UTF-16 (when a BOM or the NUL pattern says so), then
Windows-1256; anything else is refused with an InputError that says why. ``check_text`` refuses empty text,
text that is too large, and text with no Arabic letters.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import BinaryIO

from marsad.errors import InputError
from marsad.text.normalize import arabic_ratio

MAX_TEXT_CHARS = 5_000_000  # one article; a 50 MB file is a batch, not an article
MAX_INPUT_BYTES = 4 * MAX_TEXT_CHARS
MIN_ARABIC_RATIO = 0.2

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:10_000]
    return bool(sample) and len(_CONTROL.findall(sample)) / len(sample) > 0.01


def too_large(name: str, size: int) -> InputError:
    """The error for input of ``size`` bytes over MAX_INPUT_BYTES (a fixed per-article limit, no option raises it)."""
    return InputError(
        f"{name}: {size / 1e6:.1f} MB ({size:,} bytes) is larger than the {MAX_INPUT_BYTES / 1e6:.0f} MB "
        f"({MAX_INPUT_BYTES:,}-byte) limit for one article; split it into articles (one file each, JSON Lines, "
        "or TREC <DOC> records) for `marsad ingest`"
    )


def read_capped(fh: BinaryIO, *, name: str = "input", size: int | None = None) -> bytes:
    """Read at most MAX_INPUT_BYTES from ``fh``; over that, raise ``too_large`` with the real size.

    ``size`` is the size when known (a regular file's st_size): refused without reading. Otherwise (standard input,
    a pipe) the rest is read in chunks and counted, not kept, so the message gives the whole size, not the cut one.
    """
    if size is not None and size > MAX_INPUT_BYTES:
        raise too_large(name, size)
    data = fh.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        total = len(data)
        while chunk := fh.read(1 << 20):
            total += len(chunk)
        raise too_large(name, total)
    return data


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode article bytes, trying UTF-8, UTF-8-BOM, UTF-16 and Windows-1256 in turn."""
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(name, len(data))
    if not data.strip():
        raise InputError(f"{name}: is empty; expected article text")
    candidates: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.append("utf-16")
    else:
        # UTF-16 without a BOM: the high byte of Arabic (0x06) or ASCII (0x00) code units repeats every other byte
        sample = data[:4000]
        odd, even = sample[1::2], sample[0::2]
        high = (0, 6)
        if odd and sum(b in high for b in odd) > 0.6 * len(odd):
            candidates.append("utf-16-le")
        elif even and sum(b in high for b in even) > 0.6 * len(even):
            candidates.append("utf-16-be")
    candidates += ["utf-8-sig", "cp1256"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1256" and arabic_ratio(text) < MIN_ARABIC_RATIO:
            continue  # cp1256 decodes almost any bytes; accept it only when Arabic comes out
        if _looks_binary(text):
            continue
        if not text.strip():
            # a byte-order mark alone, or UTF-16 spaces: the bytes were not empty, the text is
            raise InputError(f"{name}: is empty; expected article text")
        return text
    raise InputError(
        f"{name}: is not text in UTF-8, UTF-16 or Windows-1256 (binary data?); convert it to UTF-8 and try again"
    )


def check_text(text: str, *, name: str = "input") -> str:
    """Refuse text that cannot be an Arabic article; return it unchanged otherwise."""
    if not isinstance(text, str):
        raise InputError(f"{name}: expected str, found {type(text).__name__}; decode bytes with decode_bytes()")
    if not text.strip():
        raise InputError(f"{name}: is empty; expected article text")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{name}: {len(text):,} characters is over the {MAX_TEXT_CHARS:,}-character limit for one article"
        )
    if _looks_binary(text):
        raise InputError(f"{name}: contains control characters of binary data; expected article text")
    if arabic_ratio(text) < MIN_ARABIC_RATIO:
        raise InputError(f"{name}: has no Arabic text (under {MIN_ARABIC_RATIO:.0%} of its letters are Arabic)")
    return text


def parse_published(value: str | dt.date | None) -> str | None:
    """Check a publication date and return it as ISO YYYY-MM-DD (None stays None)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"published: {value!r} is not a date; expected YYYY-MM-DD") from None


def html_to_text(html: str, *, name: str = "input") -> tuple[str, dict[str, str | None]]:
    """Main text and metadata (title, date, url) of an HTML page, through trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    if result is None:
        raise InputError(f"{name}: no article text could be extracted from this HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not text.strip():
        raise InputError(f"{name}: no article text could be extracted from this HTML")
    meta = {"title": data.get("title"), "published": data.get("date"), "url": data.get("url")}
    return text, meta
