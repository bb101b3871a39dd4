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
from typing import TYPE_CHECKING

from marsad.document import Document, SubToken, Token
from marsad.text import charsets
from marsad.text.normalize import normalize_string

if TYPE_CHECKING:
    from marsad.text.clitics import CliticSegmenter

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

    def __call__(self, doc: Document) -> Document:
        if doc.tokens and not self.overwrite:
            return doc
        doc.tokens = self.tokens(doc.text)
        return doc

    def tokens(self, text: str) -> list[Token]:
        """Tokens of ``text`` with their parts."""
        tokens = tokenize(text)
        segment = self.segmenter.segment
        for tok in tokens:
            if is_arabic_word(tok):
                tok.parts = [
                    SubToken(tok.start + a, tok.start + b, tok.text[a:b], role) for a, b, role in segment(tok.text)
                ]
            else:
                tok.parts = [SubToken(tok.start, tok.end, tok.text, "stem")]
        return tokens
