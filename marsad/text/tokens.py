"""Tokenisation over the original text, then clitic segmentation of each Arabic word.

Tokens (offsets into the original text, never changed):

* a URL (``https://…``, ``www.…``) or an e-mail address, whole, without trailing punctuation;
* a number with its decimal, thousands, time and date separators between digits: ``3.5``, ``1,200``, ``٣٫٥``,
  ``١٬٢٠٠``, ``10:30``, ``2016/12/06``, ``2016.12.06``; ``%`` / ``٪`` after it is a token of its own;
* a word: a letter followed by letters, diacritics, tatweel and invisible characters (ZWJ/ZWNJ, bidi marks, soft
  hyphen), so ``مُحَمَّـد`` or a word with a stray RLM inside stays one token; invisible characters at its end are
  not part of it; a Latin apostrophe joins letters (``O'Brien``);
* any other visible character alone (punctuation, ``#``, ``_``, ``@``, symbols). A hashtag ``#نقل_السلاح_لليمن``
  is therefore ``#`` ``نقل`` ``_`` ``السلاح`` ``_`` ``لليمن``, so entities inside hashtags get their own tokens.

Zero-width, bidi and other format characters never become tokens. ``Token.norm`` is the matching view
(``marsad.text.normalize``); ``Token.parts`` holds the clitics and the stem (``marsad.text.clitics``): Arabic
words are segmented (``وبالقاهرة`` → و + ب + ال + قاهرة), everything else is one ``stem`` part.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.document import Document, SubToken, Token
from marsad.text import charsets
from marsad.text.normalize import normalize_string

if TYPE_CHECKING:
    from marsad.text.clitics import CliticSegmenter, Role

_INVISIBLE = re.escape(charsets.INVISIBLE)
_MARKS = re.escape(charsets.AR_DIACRITICS + charsets.TATWEEL)
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_LETTER = r"[^\W\d_]"
_TOKEN = re.compile(
    # a URL does not end with punctuation: "انظر https://x.org/a." leaves the full stop out
    r"(?P<url>(?:https?://|www\.)[^\s<>\"«»“”]*[^\s<>\"«»“”.,;:!?)\]}'’،؛؟…])"
    r"|(?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
    rf"|(?P<num>{_DIGIT}+(?:[.,:/\u066b\u066c]{_DIGIT}+)*)"
    rf"|(?P<word>{_LETTER}(?:{_LETTER}|[{_MARKS}{_INVISIBLE}])*(?:['’]{_LETTER}+)?)"
    r"|(?P<other>\S)"
)
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
_TRAILING_INVISIBLE = set(charsets.INVISIBLE)
# Distinct token texts whose matching form and parts the tokenizer remembers: news repeats its words (300 ANT
# articles: 95k tokens, 22k distinct), so most tokens skip normalisation and segmentation. 20k entries: 86% hits
# over 1,500 articles (50k: 88%), ~600 bytes an entry (~12 MB).
WORD_CACHE_SIZE = 20_000


def _is_invisible(ch: str) -> bool:
    return ch in _TRAILING_INVISIBLE or unicodedata.category(ch) in ("Cf", "Cc", "Cs", "Co", "Cn", "Mn", "Me")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with true offsets; words are not yet split into clitics."""
    tokens = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        kind = m.lastgroup
        if kind == "other":
            if _is_invisible(text[s]):
                continue  # a stray zero-width/bidi control or a lone combining mark is not a token
        elif kind == "word":
            while text[e - 1] in _TRAILING_INVISIBLE:
                e -= 1
        tok_text = text[s:e]
        tokens.append(Token(s, e, tok_text, norm=normalize_string(tok_text)))
    return tokens


def is_hashtag_mark(tokens: list[Token], k: int) -> bool:
    """The ``#`` of a hashtag right before its word, or a ``_`` joining two of its words (``#الجهاد_الاسلامي``):
    marks that readers of words (the tagger, the statement and event extractors) look past, so that
    "الجهاد_الاسلامي" reads as "الجهاد الاسلامي" and a span over it keeps the ``_`` inside and the ``#`` outside."""
    t = tokens[k]
    if t.text == "#":
        return k + 1 < len(tokens) and tokens[k + 1].start == t.end and is_word(tokens[k + 1])
    if t.text == "_":
        return (
            0 < k < len(tokens) - 1
            and tokens[k - 1].end == t.start
            and tokens[k + 1].start == t.end
            and is_word(tokens[k - 1])
            and is_word(tokens[k + 1])
        )
    return False


def without_hashtag_marks(tokens: list[Token], *, keep_hash: bool = False) -> list[Token]:
    """``tokens`` less the hashtag marks (``is_hashtag_mark``); with ``keep_hash`` only the ``_`` go (the named-entity
    tagger keeps the ``#``, a name's left edge: in "قطاع #غزة" the name is غزة)."""
    if not any(t.text in ("#", "_") for t in tokens):
        return tokens
    return [t for k, t in enumerate(tokens) if not (is_hashtag_mark(tokens, k) and not (keep_hash and t.text == "#"))]


def is_word(token: Token) -> bool:
    """True when the token holds a letter or a digit (not punctuation or a symbol)."""
    return any(ch.isalnum() for ch in token.text)


def is_arabic_word(token: Token) -> bool:
    """True when the token contains an Arabic letter (so the clitic segmenter applies)."""
    return bool(_ARABIC.search(token.text))


def name_span(token: Token) -> tuple[int, int]:
    """The token without conjunction/preposition/future proclitics and enclitic pronouns, article kept.

    This is the gold entity convention (shared/gold/FORMAT.md): ``بمجلس`` → ``مجلس``, ``والصين`` → ``الصين``,
    ``لرويترز`` → ``رويترز``; after ``لل`` (ل + ال with the alif dropped) the span starts at the second ل:
    ``للأمم`` → ``لأمم``. Other users can read ``token.parts`` directly.
    """
    parts = token.parts or [SubToken(token.start, token.end, token.text, "stem")]
    start, end = token.start, token.end
    for part in parts:
        if part.role != "proclitic":
            break
        if normalize_string(part.text.replace("ـ", "")) == "ال":
            break
        if normalize_string(part.text.replace("ـ", "")) == "لل":
            start = part.start + 1
            break
        start = part.end
    for part in reversed(parts):
        if part.role != "enclitic":
            break
        end = part.start
    return start, end


class Tokenizer:
    """Pipeline component: fills ``doc.tokens``, each Arabic word split into clitics and stem."""

    name = "tokenizer"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("tokens",)

    def __init__(self, *, segmenter: CliticSegmenter | None = None, overwrite: bool = False) -> None:
        if segmenter is None:
            from marsad.text.clitics import CliticSegmenter

            segmenter = CliticSegmenter.load()
        self.segmenter = segmenter
        self.overwrite = overwrite
        self._analyse = lru_cache(maxsize=WORD_CACHE_SIZE)(self._analyse_uncached)

    def __call__(self, doc: Document) -> Document:
        if doc.tokens and not self.overwrite:
            return doc
        doc.tokens = self.tokens(doc.text)
        return doc

    def tokens(self, text: str) -> list[Token]:
        """Tokens of ``text`` with their parts (the same tokens as ``tokenize``, with ``parts`` filled)."""
        analyse = self._analyse
        tokens = []
        for m in _TOKEN.finditer(text):  # the loop of ``tokenize``, inlined: this is the hot path of the pipeline
            s, e = m.span()
            kind = m.lastgroup
            if kind == "other":
                if _is_invisible(text[s]):
                    continue
            elif kind == "word":
                while text[e - 1] in _TRAILING_INVISIBLE:
                    e -= 1
            tok_text = text[s:e]
            norm, pieces = analyse(tok_text)
            tokens.append(Token(s, e, tok_text, norm, [SubToken(s + a, s + b, p, role) for a, b, p, role in pieces]))
        return tokens

    def _analyse_uncached(self, word: str) -> tuple[str, tuple[tuple[int, int, str, Role], ...]]:
        """The matching form of a token text and its parts relative to it: Arabic words segmented, others whole."""
        if _ARABIC.search(word):
            pieces = tuple((a, b, word[a:b], role) for a, b, role in self.segmenter.segment(word))
        else:
            pieces = ((0, len(word), word, "stem"),)
        return normalize_string(word), pieces

    def cache_clear(self) -> None:
        """Forget the analysed words (and the segmenter's cache), e.g. to measure a cold start."""
        self._analyse.cache_clear()
        self.segmenter.cache_clear()
