"""Word-level text helpers shared by NER training and tagging: the matching key of a token and a corpus tokenizer.

The key drops diacritics, tatweel and invisible marks and folds أ/إ/آ/ٱ → ا and ة → ه, so that the hamza
spellings of the different corpora (NewsFANE drops hamza, ANERcorp keeps it) meet. Unlike
``marsad.text.normalize.lookup_key`` it keeps ى apart from ي: على (on) must not meet علي (Ali) in a name tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.text import charsets

_TABLE = str.maketrans(
    {
        **dict.fromkeys(charsets.AR_DIACRITICS + charsets.TATWEEL + charsets.INVISIBLE, None),
        **dict.fromkeys(charsets.ALEF_VARIANTS, "ا"),
        "ة": "ه",
        **{d: str(i) for i, d in enumerate(charsets.ARABIC_INDIC_DIGITS)},
    }
)
_KEYS: dict[str, str] = {}
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0640]+|[A-Za-z]+|[0-9\u0660-\u0669]+")


def key(word: str) -> str:
    """Matching key of one token (cached: the same few thousand words recur)."""
    k = _KEYS.get(word)
    if k is None:
        k = word.translate(_TABLE)
        if len(_KEYS) < 500_000:
            _KEYS[word] = k
    return k


def corpus_words(text: str) -> Iterator[str]:
    """Keys of the words of running text (letters runs and digit runs; punctuation dropped)."""
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isdigit():
            yield "0"
        else:
            yield key(w)
