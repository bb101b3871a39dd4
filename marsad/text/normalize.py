"""Offset-preserving normalisation of Arabic text for matching.

The original text is never changed: ``normalize(text)`` returns a ``NormalizedText`` whose ``text`` is the
matching view and whose ``offsets`` map every character of that view back to the original.

What changes (one rule table, ``_CHAR_MAP``):

=====================================  =========================================
original                               matching view
=====================================  =========================================
harakat, tanwin, shadda, sukun, ـ      removed  (مُحَمَّـد → محمد)
أ إ آ ٱ                                ا        (أكد → اكد)
ى                                      ي        (مستشفى → مستشفي)
٠-٩ and ۰-۹                            0-9      (٢٠١٦ → 2016)
NBSP and other spaces                  " "
zero-width and bidi controls           removed
presentation forms U+FB50–U+FEFF       NFKC letters (ﻻ → لا)
، ؛ ؟ ٪ ٫ « » “ ” …                    , ; ? % . " " " "
=====================================  =========================================

``lookup_key(s)`` goes one step further for dictionary keys: ة → ه and whitespace collapsed, so
``مدينة`` and ``مدينه`` meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.text import charsets


def _build_char_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for ch in charsets.AR_DIACRITICS + charsets.TATWEEL + charsets.INVISIBLE:
        table[ch] = ""
    for ch in charsets.OTHER_SPACES:
        table[ch] = " "
    for ch in charsets.ALEF_VARIANTS:
        table[ch] = "ا"
    for src, dst in charsets.LETTER_VARIANTS.items():
        table[src] = dst
    for i, ch in enumerate(charsets.ARABIC_INDIC_DIGITS):
        table[ch] = str(i)
    for i, ch in enumerate(charsets.PERSIAN_DIGITS):
        table[ch] = str(i)
    for src, dst in charsets.PUNCTUATION_MAP.items():
        table.setdefault(src, dst)
    table["\u2026"] = "..."  # … (expands; offsets stay true)
    for lo, hi in charsets.PRESENTATION_FORMS:
        for code in range(lo, hi + 1):
            ch = chr(code)
            if ch in table or unicodedata.category(ch) == "Cn":
                continue
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                # fold the result again (ﺃ → أ → ا) and drop the diacritics some ligatures carry; the spacing
                # forms of harakat (ﹰ = space + fathatan) vanish like the harakat themselves
                mapped = "".join(table.get(c, c) for c in folded)
                table[ch] = "" if folded[:1] == " " and not mapped.strip() else mapped
    return table


_CHAR_MAP = _build_char_map()
_TRANSLATION = str.maketrans(_CHAR_MAP)
# Characters whose replacement is not exactly one character: only these need offset bookkeeping.
_RESHAPING = re.compile("[" + "".join(re.escape(c) for c, r in _CHAR_MAP.items() if len(r) != 1) + "]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A matching view of ``original`` and the map back: ``offsets[i]`` is the original index of ``text[i]``."""

    original: str
    text: str
    offsets: tuple[int, ...] | None  # None means the identity map (nothing was deleted or expanded)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of the normalised view to the original text."""
        if self.offsets is None:
            return start, end
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_index(self, i: int) -> int:
        if self.offsets is None:
            return i
        return self.offsets[i] if i < len(self.offsets) else len(self.original)


def normalize(text: str) -> NormalizedText:
    """Return the matching view of ``text`` with its offset map (see the module docstring for the rules)."""
    if not _RESHAPING.search(text):
        return NormalizedText(text, text.translate(_TRANSLATION), None)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _RESHAPING.finditer(text):
        i = m.start()
        if i > pos:
            chunk = text[pos:i].translate(_TRANSLATION)
            pieces.append(chunk)
            offsets.extend(range(pos, i))
        repl = _CHAR_MAP[text[i]]
        pieces.append(repl)
        offsets.extend([i] * len(repl))
        pos = i + 1
    if pos < len(text):
        pieces.append(text[pos:].translate(_TRANSLATION))
        offsets.extend(range(pos, len(text)))
    return NormalizedText(text, "".join(pieces), tuple(offsets))


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class of ``chars``, as ranges of consecutive code points."""
    ranges: list[list[int]] = []
    for code in sorted({ord(c) for c in chars}):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"


# Any character the normalisation changes. Most words have none (no hamza on alif, no ى, no diacritics), and
# ``str.translate`` with a dict table costs ~1 µs on an 8-letter word even when nothing changes; the search ~0.2 µs.
_CHANGED = re.compile(_char_class(_CHAR_MAP))


def normalize_string(text: str) -> str:
    """The matching view alone, for lexicon entries and queries."""
    if _CHANGED.search(text) is None:
        return text  # what translate would return: nothing to change
    return text.translate(_TRANSLATION)


_SPACES = re.compile(r"\s+")


# 50k distinct strings: at ~260 bytes an entry a 200k cap could hold ~50 MB, to save <1 µs on a miss
@lru_cache(maxsize=50_000)
def lookup_key(text: str) -> str:
    """A dictionary key: the matching view plus ة → ه, whitespace collapsed (مدينة and مدينه meet)."""
    return _SPACES.sub(" ", normalize_string(text).replace("ة", "ه")).strip()


def is_derived_participle(key: str) -> bool:
    """A lookup key that is a definite singular participle of the derived verb forms with ت (المستقلة، المتحدة،
    المتطورة): an adjective after a definite noun. Their verbal nouns begin otherwise (الاستقلال، التوحد), and the
    plurals are left out, being people who can be an object (هاجم الجيش المتمردين). مُن… is left out too: it is also
    the shape of nouns (المنطقة، المنظمة)."""
    k = key[2:] if key.startswith("ال") else ""
    return len(k) >= 5 and k.startswith(("مست", "مت")) and not k.endswith(("ين", "ون"))


def verbal_noun_pattern(key: str) -> str | None:
    """The derived verbal-noun pattern a lookup key without its article has the shape of, or None: "ifal" (إحباط،
    إعلان), "istifal" (استهداف), "iftial" (اشتباه), "infial" (انسحاب), "tafil" (تحقيق). A shape only: names and
    nouns share some (إسلام، تنظيم), so each caller keeps the patterns and exceptions it can trust."""
    if key.startswith("است") and len(key) >= 6:
        return "istifal"
    if len(key) == 6 and key[0] == "ا" and key[4] == "ا":
        if key[2] == "ت":
            return "iftial"
        if key[1] == "ن":
            return "infial"
    if len(key) == 5 and key[0] == "ا" and key[3] == "ا":
        return "ifal"
    if len(key) == 5 and key[0] == "ت" and key[3] == "ي":
        return "tafil"
    return None


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script (0.0 for text without letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c)
    return arabic / len(letters)
