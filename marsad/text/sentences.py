"""Sentence splitting over the original text.

Boundaries: a line break always ends a sentence (headlines, sub-headings and paragraphs are lines in news
copy); inside a line, ``. ؟ ? ! ؛ …`` (and runs of them such as ``?!`` or ``..``) end a sentence when followed by
space or the end of the line. No split inside a number (3.5, 2016.12.06), after a one-letter abbreviation
(د. محمد, U.S.) or a Latin title (Mr., Dr.), or inside an open quotation (« … » “ … ” " … "), unless the
quotation runs past the line. An era letter after a year (عام 2016 م.) is not an abbreviation. A piece without
letters or digits (a stray ``...``) joins its neighbour instead of becoming a sentence. A line without final
punctuation standing alone is marked ``is_heading`` (headline, sub-heading, dateline). A dateline that opens a
paragraph ("الخرطوم - قُتل …", "بيروت (رويترز) - …") is kept in its sentence and marked by ``dateline_end``, so
that statements and events do not read the place as a subject or as quoted content.

A run-on stretch longer than ``MAX_SENTENCE_CHARS`` (no news sentence comes near it: the longest of 30k
sentences of ANT news is ~1,200 characters) is cut at its last comma or space before the limit, so that
components that look at every pair of words of a sentence stay linear on pasted tables or unpunctuated dumps.
"""

from __future__ import annotations

import re

from marsad.document import Document, Sentence
from marsad.text.charsets import CLOSING_QUOTES, OPENING_QUOTES, SENTENCE_FINAL

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_FINAL_RUN = re.compile("[" + re.escape(SENTENCE_FINAL) + "]+")
_TRAILING_CLOSERS = set(CLOSING_QUOTES + "\"')]}")
# a single letter before the dot: د. ، أ. ، U.S.
_ABBREVIATION = re.compile(r"(?:^|[\s(.])[\u0621-\u064aA-Za-z]$", re.M)
# … except an era letter after a year, which ends the sentence as often as not: "عام 2016 م." , "1438 هـ."
_ERA = re.compile(r"\d\s*(?:م|هـ|ه)$", re.M)
MAX_SENTENCE_CHARS = 3000
_SOFT_BREAKS = ("، ", ", ", "؛ ", "; ")
# a dateline opens a paragraph's first sentence: up to four words (a place, "طرابلس (ليبيا)", "غزة/ القدس") and/or
# an agency in brackets, then a dash: "الخرطوم - قُتل …", "بيروت (رويترز) - قالت …", "(CNN)-- للمرة …". The dash
# follows a space or a bracket, so a hyphenated word (أ-ب) is no dateline. Words are separated by a space or a
# slash, never by nothing: a pattern whose word runs could also split one long word would backtrack
# exponentially on a letter run without a dash.
_DATELINE = re.compile(
    r"(?:[^\W\d_]+(?:(?:\s+|\s*/\s*)[^\W\d_]+){0,3}\s*(?:\([^()\n]{1,40}\)\s*)?|\([^()\n]{1,40}\)\s*)"
    r"(?<=[\s)])[-–—]{1,2}\s+(?=\w)"
)
_ASIDE_DASH = re.compile(r"\s[-–—]{1,2}\s")
_LATIN_ABBREVIATIONS = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|No|Gen|Col|Lt|Inc|Ltd|Co)$", re.M)


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] (one line) into sentence ranges."""
    pieces: list[tuple[int, int]] = []
    depth = 0  # depth of «» / “” quotes
    in_ascii_quote = False
    seg_start = start
    i = start
    while i < end:
        ch = text[i]
        if ch in OPENING_QUOTES:
            depth += 1
        elif ch in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif ch == '"':
            in_ascii_quote = not in_ascii_quote
        elif ch in SENTENCE_FINAL:
            m = _FINAL_RUN.match(text, i, end)
            run_end = m.end() if m else i + 1
            # a closing quote or bracket right after the punctuation belongs to this sentence
            j = run_end
            while j < end and text[j] in _TRAILING_CLOSERS:
                if text[j] == '"':
                    in_ascii_quote = not in_ascii_quote
                elif text[j] in CLOSING_QUOTES:
                    depth = max(0, depth - 1)
                j += 1
            at_break = j >= end or text[j].isspace()
            is_number = ch == "." and i > start and text[i - 1].isdigit() and j < end and text[j].isdigit()
            # the abbreviation patterns are anchored at the dot: look back a few characters only, so a line with
            # thousands of dots stays linear (searching from the line start each time was quadratic)
            lookback = max(start, i - 12)
            is_abbrev = (
                ch == "."
                and run_end == i + 1
                and j < end  # an abbreviation at the end of the line still ends the sentence
                and (
                    bool(_ABBREVIATION.search(text, lookback, i))
                    or bool(_LATIN_ABBREVIATIONS.search(text, lookback, i))
                )
                and not _ERA.search(text, lookback, i)
            )
            quoted = depth > 0 or in_ascii_quote
            if at_break and not is_number and not is_abbrev and not quoted:
                pieces.append((seg_start, j))
                seg_start = j
            i = j
            continue
        i += 1
    if seg_start < end:
        pieces.append((seg_start, end))
    return pieces


def _merge_punctuation_only(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece without a letter or digit (``?!`` after a quote, a stray ``...``) joins the sentence before it."""
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        if out and not any(c.isalnum() for c in text[a:b]):
            out[-1] = (out[-1][0], b)
        elif out and not any(c.isalnum() for c in text[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], b)  # a leading punctuation-only piece joins the next one
        else:
            out.append((a, b))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cap(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Cut text[start:end] into pieces of at most ``limit`` characters, at a comma or a space where possible."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        window_end = start + limit
        # the last comma in the second half of the window, else the last space, else a hard cut
        cut = max(text.rfind(b, start + limit // 2, window_end) for b in _SOFT_BREAKS)
        if cut > start:
            cut += 2
        else:
            cut = max(text.rfind(" ", start + 1, window_end), text.rfind("\t", start + 1, window_end))
            cut = cut + 1 if cut > start else window_end
        a, b = _strip(text, start, cut)
        if a < b:
            pieces.append((a, b))
        start = cut
    a, b = _strip(text, start, end)
    if a < b:
        pieces.append((a, b))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` as offset-true spans; whitespace-only stretches are skipped."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        ranges = _merge_punctuation_only(text, _split_line(text, line.start(), line.end()))
        for k, (a, b) in enumerate(ranges):
            a, b = _strip(text, a, b)
            if a >= b:
                continue
            if b - a > MAX_SENTENCE_CHARS:
                sentences.extend(Sentence(x, y, text[x:y]) for x, y in _cap(text, a, b))
                continue
            last = text[b - 1]
            is_heading = len(ranges) == 1 and last not in SENTENCE_FINAL and last not in _TRAILING_CLOSERS
            sentence = Sentence(a, b, text[a:b], is_heading=is_heading and k == 0)
            if k == 0 and not sentence.is_heading:
                sentence.dateline_end = dateline_end(text, a, b)
            sentences.append(sentence)
    return sentences


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the report begins after a dateline opening text[start:end], or None when there is none."""
    m = _DATELINE.match(text, start, end)
    if m is None or end - m.end() < 20:
        return None
    # a second spaced dash closes an aside that opened with the first: "قال الوزير - في مؤتمر صحفي - إن …"
    return None if _ASIDE_DASH.search(text, m.end(), end) else m.end()


class Sentencizer:
    """Pipeline component: fills ``doc.sentences``."""

    name = "sentencizer"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("sentences",)

    def __init__(self, *, overwrite: bool = False) -> None:
        self.overwrite = overwrite

    def __call__(self, doc: Document) -> Document:
        if doc.sentences and not self.overwrite:
            return doc
        doc.sentences = split_sentences(doc.text)
        return doc
