"""Place accuracy on gold folders, scored as in shared/gold/FORMAT.md, over gold entities (perfect NER input).

For every gold LOC entity with a place: the place the ``geo`` component gives the same span (gold places
stripped first) is right when it lies within 50 km of the gold point; for gold admin areas, same country and
within 150 km; for gold countries and regions, the same country code. Also reported: the share with the right
country.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from marsad.document import Place
from marsad.geo.resolve import haversine_km


def place_correct(pred: Place | None, gold: Place) -> bool:
    """FORMAT.md place scoring for one mention."""
    if pred is None:
        return False
    if gold.precision in ("country", "region"):
        return pred.country == gold.country
    d = haversine_km(pred.lat, pred.lon, gold.lat, gold.lon)
    if gold.precision == "admin":
        return pred.country == gold.country and d <= 150
    return d <= 50


@dataclass
class PlaceScore:
    total: int = 0
    correct: int = 0
    country: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, predicted, gold

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country / self.total if self.total else 0.0


def evaluate_places(root: str | Path) -> PlaceScore:
    """Run the geo component over gold entities of every folder under ``root`` and score the places."""
    from marsad.eval.gold import find_gold_folders, gold_document
    from marsad.geo.component import GeoResolver
    from marsad.text.tokens import Tokenizer

    geo = GeoResolver()
    tok = Tokenizer()
    score = PlaceScore()
    for folder in find_gold_folders(root):
        doc = gold_document(folder, ("entities",))
        gold = [(e.start, e.end, e.place) for e in doc.entities]
        for e in doc.entities:
            e.place = None
        geo(tok(doc))
        for ent, (_s, _e, gp) in zip(doc.entities, gold, strict=True):
            if ent.type != "LOC" or gp is None:
                continue
            score.total += 1
            pred = ent.place
            ok = place_correct(pred, gp)
            score.correct += ok
            score.country += pred is not None and pred.country == gp.country
            if not ok:
                got = "None" if pred is None else f"{pred.name_en} {pred.country} {pred.lat:.2f},{pred.lon:.2f}"
                score.errors.append((doc.id, ent.text, got, f"{gp.name_en} {gp.country} {gp.lat:.2f},{gp.lon:.2f}"))
    return score


_IDRISI_PRECISION: dict[str, Literal["point", "neighbourhood", "admin", "country", "region"]] = {  # Place.precision
    "Country": "country",
    "Province": "admin",
    "District": "admin",
    "City/town": "point",
    "Neighborhood": "point",
    "Human-made Point-of-Interest": "point",
    "Natural Point-of-Interest": "point",
    "Road/street": "point",
}


@dataclass
class IdrisiScore(PlaceScore):
    answered: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [total, correct]


def evaluate_idrisi_dev(root: str | Path) -> IdrisiScore:
    """Accuracy on IDRISI-D(A) dev mentions (tweets with OSM gold points; the gazetteer uses train only).

    Context: the other mentions of the same tweet. Scored like FORMAT.md (50 km; provinces and districts: same
    country and 150 km; countries: same code).
    """
    import json

    from marsad.geo.resolve import Resolver

    r = Resolver.shared()
    score = IdrisiScore()
    for path in sorted(Path(root).glob("*/dev.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                tweet = json.loads(line)
                ms = [m for m in tweet.get("location_mentions", []) if m.get("type") in _IDRISI_PRECISION]
                names = [m["text"].replace("#", "").replace("_", " ") for m in ms]
                ctx = r.context_from_names(names)
                for m, name in zip(ms, names, strict=True):
                    osm = m.get("osm_json") or {}
                    cc = ((osm.get("address") or {}).get("country_code") or "").upper()
                    if not osm.get("lat") or not cc:
                        continue
                    gold = Place(float(osm["lat"]), float(osm["lon"]), cc, precision=_IDRISI_PRECISION[m["type"]])
                    pred = r.resolve(name, ctx)
                    ok = place_correct(pred, gold)
                    score.total += 1
                    score.correct += ok
                    score.answered += pred is not None
                    score.country += pred is not None and pred.country == cc
                    counts = score.by_type.setdefault(m["type"], [0, 0])
                    counts[0] += 1
                    counts[1] += ok
    return score
