"""Nationality adjectives (nisba) to country codes: السوري، السورية، العراقيون → SY, IQ.

Derived from the Arabic country names of the gazetteer's country rows by the regular rule (drop ال, drop a final
ا/يا/ة, add ي) plus a few irregular forms; loaded lazily, once.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.normalize import lookup_key

# forms the rule does not produce (or produces for the wrong country)
_IRREGULAR = {
    "امريكي": "US",
    "اميركي": "US",
    "اماراتي": "AE",
    "بريطاني": "GB",
    "افغاني": "AF",
    "سعودي": "SA",
    "صهيوني": "IL",
    "كوري شمالي": "KP",
    "كوري جنوبي": "KR",
    "هولندي": "NL",
    "سويسري": "CH",
    "روسي": "RU",
    "تركي": "TR",
    "ايراني": "IR",
    "عماني": "OM",
    "اردني": "JO",
    "مغربي": "MA",
    "يمني": "YE",
    "اسرائيلي": "IL",
    "فلسطيني": "PS",
    "مصري": "EG",
    "الماني": "DE",
    "ايطالي": "IT",
    "اسباني": "ES",
    "اوكراني": "UA",
}
# adjectives that look like a nisba but are not a nationality here
_NOT = {
    # مالي is also "financial", هندي is in المحيط الهندي, كوري is North or South
    *("مالي", "كوري", "هندي", "عربي", "دولي", "غربي", "شرقي", "شمالي", "جنوبي"),
    *("اسلامي", "عالمي", "كردي", "سني", "شيعي"),
}
_SUFFIXES = ("يون", "يين", "ين", "يه", "يات", "ي")


def _stem(word: str) -> str | None:
    key = lookup_key(word)
    if key.startswith(("وال", "فال")):
        key = key[1:]
    if key.startswith("ال"):
        key = key[2:]
    for suf in _SUFFIXES:
        if key.endswith(suf) and len(key) - len(suf) >= 2:
            return key[: -len(suf)] + "ي"
    return None


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from marsad.geo.gazetteer import Gazetteer

    table: dict[str, str] = {}
    gaz = Gazetteer.load()
    for key, ids in gaz.index.items():
        for i in ids:
            e = gaz.entries[i]
            if e.precision != "country" or not e.country or " " in key:
                continue
            base = key[2:] if key.startswith("ال") else key
            for form in (
                base + "ي",
                base[:-1] + "ي" if base.endswith(("ا", "ه")) else None,
                base[:-2] + "ي" if base.endswith("يا") else None,
            ):
                if form and len(form) >= 3:
                    table.setdefault(form, e.country)
    table.update(_IRREGULAR)
    for w in _NOT:
        table.pop(w, None)
    return table


@lru_cache(maxsize=20_000)  # asked for every token of a document (twice); words repeat across a corpus
def nisba_country(word: str) -> str | None:
    """The country a nationality adjective refers to (السوري → SY, العراقية → IQ), or None."""
    stem = _stem(word)
    if stem is None or stem in _NOT:
        return None
    return _table().get(stem)
