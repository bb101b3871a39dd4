"""Tokenisation over the original text, then clitic segmentation of each Arabic word.

A token is a run of letters (with the diacritics, tatweel and joiners inside it), a number with its decimal and
thousands separators (3.5, 1,200, ٣٫٥, 2016/12/06), or one punctuation character. Offsets are into the original
text; ``Token.norm`` is the matching view (``marsad.text.normalize``); ``Token.parts`` holds the clitics and the
stem (``marsad.text.clitics``).
"""

from __future__ import annotations

import re

from marsad.document import Document, SubToken, Token
from marsad.text import charsets
from marsad.text.normalize import normalize_string

_MARKS = re.escape(charsets.AR_DIACRITICS + charsets.TATWEEL) + "\u200c\u200d"
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_TOKEN = re.compile(
    rf"(?P<num>{_DIGIT}+(?:[.,:/\u066b\u066c]{_DIGIT}+)*)"
    rf"|(?P<word>(?:[^\W\d_]|[{_MARKS}])+(?:['’](?:[^\W\d_])+)?)"
    r"|(?P<other>\S)"
)
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with true offsets; words are not yet split into clitics."""
    tokens = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if m.lastgroup == "other" and text[s] in charsets.INVISIBLE:
            continue  # a stray zero-width or bidi control is not a token
        tok_text = m.group()
        tokens.append(Token(s, e, tok_text, norm=normalize_string(tok_text)))
    return tokens


def is_arabic_word(token: Token) -> bool:
    return bool(_ARABIC.search(token.text))


class Tokenizer:
    """Pipeline component: fills ``doc.tokens``, each Arabic word split into clitics and stem."""

    name = "tokenizer"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("tokens",)

    def __init__(self, *, segmenter=None, overwrite: bool = False) -> None:
        if segmenter is None:
            from marsad.text.clitics import CliticSegmenter

            segmenter = CliticSegmenter.load()
        self.segmenter = segmenter
        self.overwrite = overwrite

    def __call__(self, doc: Document) -> Document:
        if doc.tokens and not self.overwrite:
            return doc
        tokens = tokenize(doc.text)
        for tok in tokens:
            if is_arabic_word(tok):
                tok.parts = [
                    SubToken(tok.start + a, tok.start + b, tok.text[a:b], role)
                    for a, b, role in self.segmenter.segment(tok.text)
                ]
            else:
                tok.parts = [SubToken(tok.start, tok.end, tok.text, "stem")]
        doc.tokens = tokens
        return doc
