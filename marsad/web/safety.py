"""Rendering hostile article text inertly: HTML escaping, visible bidi controls, safe links, highlighted spans.

Article text, titles, sources and URLs come from the outside world. Everything the web UI shows from a document
goes through ``inert`` (the Jinja environment applies it to every ``{{ value }}`` that is not already Markup), so
``<script>`` is shown as text and bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069), which
could reorder what a reviewer sees (a "Trojan Source" trick), are replaced by a visible mark such as ``⟦RLO⟧``.
LRM, RLM and ALM (U+200E, U+200F, U+061C) are ordinary in Arabic typing and cannot override order; they stay.

``highlight`` builds an article's highlighted HTML from offsets into the untouched text: the text is cut at every
annotation boundary and each segment is escaped on its own, so an annotation never inserts raw text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup, escape

# code point -> short visible name of each bidi control that can reorder the text around it
BIDI_CONTROLS: dict[str, str] = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
_BIDI_RE = re.compile("[" + "".join(BIDI_CONTROLS) + "]")


def _bidi_mark(match: re.Match[str]) -> str:
    # plain text with no quotes or tags, so the result is safe in element content and in quoted attributes alike
    return f"⟦{BIDI_CONTROLS[match.group(0)]}⟧"


def inert(value: object) -> Markup:
    """Escape ``value`` for HTML and make bidi controls visible; Markup passes through unchanged.

    The result is safe both as element content and inside a double-quoted attribute value.
    """
    if isinstance(value, Markup):
        return value
    return Markup(_BIDI_RE.sub(_bidi_mark, str(escape("" if value is None else value))))


def finalize(value: object) -> object:
    """Jinja ``finalize`` hook: every plain string printed by a template is made inert; None prints as ''."""
    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, Markup):
        return inert(value)
    return value


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None (``javascript:``, ``data:`` and relative URLs are not linked)."""
    if not url:
        return None
    cleaned = "".join(ch for ch in url if ch >= " " and ch not in BIDI_CONTROLS).strip()
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return cleaned


@dataclass(slots=True)
class Mark:
    """One annotation to highlight: ``[start, end)`` of the original text, a CSS class and a reference id."""

    start: int
    end: int
    kind: str  # css class suffix: ent-PER, stmt-content, ev-trigger …
    ref: str  # id of the details element the UI shows on click
    title: str = ""  # short hover text
    extra: dict[str, str] = field(default_factory=dict)


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """HTML of ``text`` with every mark wrapped in ``<span class="hl …" data-refs="…">``; overlaps allowed.

    The text is cut at every mark boundary; each segment is escaped and carries the classes and references of
    all marks covering it, so overlapping and nested annotations need no nesting of elements. Marks outside the
    text are clipped; empty marks are dropped.
    """
    n = len(text)
    clipped = [m for m in marks if 0 <= m.start < m.end <= n]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, m in enumerate(clipped):
        starts.setdefault(m.start, []).append(i)
        ends.setdefault(m.end, []).append(i)
    cuts = sorted({0, n, *starts, *ends})
    active: dict[int, Mark] = {}  # sweep: marks covering the current segment, in input order
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        for i in ends.get(a, ()):
            active.pop(i, None)
        for i in starts.get(a, ()):
            active[i] = clipped[i]
        segment = str(inert(text[a:b]))
        if not active:
            out.append(segment)
            continue
        covering = [active[i] for i in sorted(active)]
        classes = " ".join(sorted({f"hl-{m.kind}" for m in covering}))
        refs = " ".join(dict.fromkeys(m.ref for m in covering))
        titles = " · ".join(dict.fromkeys(m.title for m in covering if m.title))
        out.append(
            f'<span class="hl {escape(classes)}" data-refs="{escape(refs)}" title="{inert(titles)}" '
            f'tabindex="0">{segment}</span>'
        )
    return Markup("".join(out))
