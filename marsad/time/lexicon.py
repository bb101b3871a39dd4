"""Word tables of the date grammar: month and weekday names from babel (CLDR), the rest from ``data/lexicon.tsv``.

Everything is keyed by the matching view of ``marsad.text.normalize`` (أ/إ/آ → ا, ى → ي, no diacritics, Western
digits), so the grammar runs over ``normalize(text).text``. ``lexicon()`` builds the tables once, on first use.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize_string

DATA = Path(__file__).with_name("data") / "lexicon.tsv"

# Locales whose CLDR month names are used: MSA, Levant/Iraq (كانون الثاني …), Maghreb (جانفي, يوليوز …), Egypt.
LOCALES = ("ar", "ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_PS", "ar_MA", "ar_TN", "ar_DZ", "ar_EG", "ar_MR", "ar_SA")


def norm(word: str) -> str:
    """Matching form of a lexicon entry: the normaliser's view with whitespace collapsed."""
    return " ".join(normalize_string(word).split())


@dataclass
class Lexicon:
    months: dict[str, int] = field(default_factory=dict)  # normalised name → 1..12
    weekdays: dict[str, int] = field(default_factory=dict)  # normalised name → Python weekday (Monday = 0)
    tables: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(dict))

    def table(self, name: str) -> dict[str, list[str]]:
        """One table of lexicon.tsv: normalised form → the remaining columns."""
        return self.tables.get(name, {})

    def words(self, name: str) -> list[str]:
        return list(self.table(name))


def _babel_names(lex: Lexicon) -> None:
    from babel.dates import get_day_names, get_month_names

    for loc in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for num, name in get_month_names(width, context, locale=loc).items():
                    key = norm(name)
                    # abbreviated names are single letters or digits in some locales: keep real words (آب has 2)
                    if (len(key) >= 3 or width == "wide") and not key.isdigit():
                        lex.months.setdefault(key, int(num))
        for num, name in get_day_names("wide", "format", locale=loc).items():
            lex.weekdays.setdefault(norm(name), int(num))


def _read_tsv(lex: Lexicon, path: Path) -> None:
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        table, form, rest = cols[0], norm(cols[1]), [c.strip() for c in cols[2:]]
        lex.tables[table][form] = rest
        if table == "month":
            lex.months.setdefault(form, int(rest[0]))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The tables, built once."""
    lex = Lexicon()
    _babel_names(lex)
    _read_tsv(lex, DATA)
    return lex
