"""What the full-text index sees: normalised, clitic-stripped stems, the same for documents and queries.

``index_terms("وبحلب الشهباء")`` → ``"حلب شهباء"``: diacritics and tatweel removed, alef forms folded, ى → ي
(``marsad.text.normalize``), conjunction/preposition clitics split by the project's clitic segmenter
(``marsad.text.clitics``), a leading article ال or لل dropped when a stem of 3+ letters remains, then ة → ه.
Because documents and queries go through the same function, ``بحلب`` finds ``حلب`` and the other way round.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text.normalize import normalize_string

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'"([^"]*)"')


@lru_cache(maxsize=1)
def _segmenter():
    from marsad.text.clitics import CliticSegmenter

    return CliticSegmenter.load()


# LRU of 50k words: 1,500 ANT articles index 37k distinct ones; at ~300 bytes an entry a 300k cap could hold ~90 MB
@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The index term of one word given in its matching view (``normalize_string``; ة kept for the segmenter)."""
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word.lower()
    if word.startswith("لل") and len(word) >= 5:
        s = word[2:]  # لل = li + al: للأمم → امم
    else:
        parts = _segmenter().segment(word)
        s = next((word[a:b] for a, b, role in parts if role == "stem"), word)
        if s.startswith("ال") and len(s) >= 5:
            s = s[2:]
    return s.replace("ة", "ه")


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize_string(text))


def _full(word: str) -> str:
    return word.replace("ة", "ه").lower()


_PROCLITIC = re.compile(r"^(?:[وف]?[بلك]|[وف])(?=...)")


def query_variants(word: str) -> list[str]:
    """Extra forms tried for a query word: its letters after likely proclitics (بكفرنبل → كفرنبل), so search
    does not depend on the segmenter knowing the word; documents are indexed without guessing."""
    out = []
    m = _PROCLITIC.match(word)
    if m:
        rest = word[m.end() :]
        out.append(stem(rest) if rest.startswith("ال") else rest.replace("ة", "ه"))
    return [v for v in out if v]


def index_terms(text: str) -> str:
    """The space-joined stems of ``text``."""
    return " ".join(stem(w) for w in _words(text))


def index_forms(text: str) -> tuple[str, str]:
    """(stems, full forms) of ``text``: what the two full-text columns index.

    Both are kept because a rule-based segmenter can cut a letter that belongs to the word (كفرنبل read as
    ك + فرنبل); a query word matches when its stem or its full form meets a stem or a full form of the text.
    """
    words = _words(text)
    return " ".join(stem(w) for w in words), " ".join(_full(w) for w in words)


def query_terms(query: str) -> list[tuple[list[str], list[str]]]:
    """A query as phrases, each ``(stems, full forms)``; quoted parts are phrases, other words single terms
    whose "full forms" list also holds the ``query_variants``."""
    phrases: list[tuple[list[str], list[str]]] = []
    for m in _QUOTED.finditer(query):
        stems, full = index_forms(m.group(1))
        if stems:
            phrases.append((stems.split(), full.split()))
    for w in _words(_QUOTED.sub(" ", query)):
        alts = [_full(w), *query_variants(w)]
        phrases.append(([stem(w)], list(dict.fromkeys(alts))))
    return phrases


def _q(terms: list[str]) -> str:
    return '"' + " ".join(t.replace('"', "") for t in terms) + '"'


def fts5_query(query: str) -> str:
    """An FTS5 MATCH expression over the columns ``stems`` and ``full`` (phrases ANDed); "" for no words."""
    parts = []
    for stems, full in query_terms(query):
        if len(stems) == 1:
            alts = " OR ".join(_q([t]) for t in dict.fromkeys([*stems, *full]))
            parts.append(f"{{stems full}} : ({alts})")
        else:
            parts.append(f"({{stems}} : {_q(stems)} OR {{full}} : {_q(full)})")
    return " AND ".join(parts)


def tsqueries(query: str) -> list[tuple[str, str]]:
    """Per phrase, PostgreSQL ``to_tsquery('simple', …)`` expressions for the stems and the full-form vectors."""

    def lit(t: str) -> str:
        return "'" + t.replace("'", "''").replace("\\", "") + "'"

    out = []
    for stems, full in query_terms(query):
        if len(stems) == 1:
            either = " | ".join(lit(t) for t in dict.fromkeys([*stems, *full]))
            out.append((either, either))
        else:
            out.append((" <-> ".join(lit(t) for t in stems), " <-> ".join(lit(t) for t in full)))
    return out


def snippet(text: str, query: str, width: int = 160) -> str:
    """A passage of the original ``text`` around the first query term found (or its start)."""
    terms = {t for stems, full in query_terms(query) for t in (*stems, *full)}
    from marsad.text.normalize import normalize

    norm = normalize(text)
    best = None
    for m in _WORD.finditer(norm.text):
        if stem(m.group()) in terms or _full(m.group()) in terms:
            best = norm.original_index(m.start())
            break
    if best is None:
        return text[:width].strip()
    start = max(0, best - width // 2)
    end = min(len(text), start + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
