"""What the full-text index sees: normalised, clitic-stripped stems, the same for documents and queries.

``index_terms("وبحلب الشهباء")`` → ``"حلب شهباء"``: diacritics and tatweel removed, alef forms folded, ى → ي and
ة → ه (``marsad.text.normalize.lookup_key``), conjunction/preposition clitics split by the project's clitic
segmenter (``marsad.text.clitics``), then a leading article ال or لل dropped when a stem of 3+ letters remains.
Because documents and queries go through the same function, ``بحلب`` finds ``حلب`` and the other way round.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text.normalize import lookup_key

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]*)"')


@lru_cache(maxsize=1)
def _segmenter():
    from marsad.text.clitics import CliticSegmenter

    return CliticSegmenter.load()


@lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    """The index term of one word (already normalised with ``lookup_key``)."""
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word.lower()
    if word.startswith("لل") and len(word) >= 5:
        return word[2:]  # لل = li + al: للأمم → امم
    parts = _segmenter().segment(word)
    s = next((word[a:b] for a, b, role in parts if role == "stem"), word)
    if s.startswith("ال") and len(s) >= 5:
        s = s[2:]
    return s


def index_terms(text: str) -> str:
    """The space-joined index terms of ``text`` (what FTS indexes)."""
    return " ".join(stem(w) for w in _WORD.findall(lookup_key(text)))


def query_terms(query: str) -> list[list[str]]:
    """A query as a list of phrases (each a list of terms); quoted parts are phrases, other words single terms."""
    phrases: list[list[str]] = []
    for m in _QUOTED.finditer(query):
        terms = index_terms(m.group(1)).split()
        if terms:
            phrases.append(terms)
    for word in index_terms(_QUOTED.sub(" ", query)).split():
        phrases.append([word])
    return phrases


def fts5_query(query: str) -> str:
    """An FTS5 MATCH expression (phrases ANDed); empty string when the query has no words."""
    return " AND ".join('"' + " ".join(p) + '"' for p in query_terms(query))


def tsquery(query: str) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` expression (phrases with <->, ANDed with &)."""

    def lit(t: str) -> str:
        return "'" + t.replace("'", "''").replace("\\", "") + "'"

    return " & ".join("(" + " <-> ".join(lit(t) for t in p) + ")" for p in query_terms(query))


def snippet(text: str, query: str, width: int = 160) -> str:
    """A passage of the original ``text`` around the first query term found (or its start)."""
    terms = {t for p in query_terms(query) for t in p}
    from marsad.text.normalize import normalize

    norm = normalize(text)
    view = norm.text.replace("ة", "ه")
    best = None
    for m in _WORD.finditer(view):
        if stem(m.group()) in terms:
            best = norm.original_index(m.start())
            break
    if best is None:
        return text[:width].strip()
    start = max(0, best - width // 2)
    end = min(len(text), start + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
