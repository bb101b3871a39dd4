"""Scoring predicted Documents against gold, with the rules of shared/gold/FORMAT.md.

- entities: exact span and type → micro P/R/F1, per type, and a relaxed score (overlap + same type);
- statements: cues overlap and speakers overlap → P/R/F1; on matched pairs: stance accuracy, content token-F1;
- times: exact span → P/R/F1; on matched pairs: value accuracy;
- places: gold LOC entities with a place; right when the overlapping predicted entity's place is within 50 km
  (admin areas: same country and within 150 km; countries and regions: same country code); accuracy and country share;
- events: same PLOVER type and overlapping triggers → P/R/F1; on matched pairs: location and date accuracy, and
  ACLED accuracy (event type and sub-event type both as gold's, or both null where gold has none);
- claims (not in FORMAT.md's rules; reported for information): a gold claim is found when a predicted claim shares
  at least two of its (matched) statements; status accuracy on found claims.

Matching is one-to-one and greedy in document order, so a prediction is never credited twice.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> Json:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def to_json(self) -> Json:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class Mean:
    total: float = 0.0
    n: int = 0

    def add(self, other: Mean) -> None:
        self.total += other.total
        self.n += other.n

    @property
    def value(self) -> float:
        return self.total / self.n if self.n else 0.0

    def to_json(self) -> Json:
        return {"mean": round(self.value, 4), "n": self.n}


@dataclass
class Scores:
    """All figures for one article or, after ``add``, for a set of articles (micro-averaged)."""

    entities: Counts = field(default_factory=Counts)
    entities_relaxed: Counts = field(default_factory=Counts)
    entities_by_type: dict[str, Counts] = field(default_factory=dict)
    statements: Counts = field(default_factory=Counts)
    stance: Ratio = field(default_factory=Ratio)
    direct: Ratio = field(default_factory=Ratio)
    content: Mean = field(default_factory=Mean)
    times: Counts = field(default_factory=Counts)
    time_values: Ratio = field(default_factory=Ratio)
    places: Ratio = field(default_factory=Ratio)
    place_countries: Ratio = field(default_factory=Ratio)
    events: Counts = field(default_factory=Counts)
    event_locations: Ratio = field(default_factory=Ratio)
    event_dates: Ratio = field(default_factory=Ratio)
    event_acled: Ratio = field(default_factory=Ratio)
    claims: Ratio = field(default_factory=Ratio)
    claim_status: Ratio = field(default_factory=Ratio)

    def add(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, dict):
                for key, value in theirs.items():
                    mine.setdefault(key, Counts()).add(value)
            else:
                mine.add(theirs)

    def to_json(self) -> Json:
        return {
            "entities": {
                **self.entities.to_json(),
                "relaxed": self.entities_relaxed.to_json(),
                "by_type": {k: v.to_json() for k, v in sorted(self.entities_by_type.items())},
            },
            "statements": {
                **self.statements.to_json(),
                "stance_accuracy": self.stance.to_json(),
                "direct_accuracy": self.direct.to_json(),
                "content_token_f1": self.content.to_json(),
            },
            "times": {**self.times.to_json(), "value_accuracy": self.time_values.to_json()},
            "places": {"accuracy": self.places.to_json(), "country_accuracy": self.place_countries.to_json()},
            "events": {
                **self.events.to_json(),
                "location_accuracy": self.event_locations.to_json(),
                "date_accuracy": self.event_dates.to_json(),
                "acled_accuracy": self.event_acled.to_json(),
            },
            "claims": {"found": self.claims.to_json(), "status_accuracy": self.claim_status.to_json()},
        }


def _overlap(a: Json | None, b: Json | None) -> bool:
    return a is not None and b is not None and a["start"] < b["end"] and b["start"] < a["end"]


def _exact(a: Json, b: Json) -> bool:
    return a["start"] == b["start"] and a["end"] == b["end"]


def match(gold: list[Json], pred: list[Json], same: Callable[[Json, Json], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in order: each gold item takes the first unused prediction that fits."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def same_statement(gold: Json, pred: Json) -> bool:
    """FORMAT.md: a predicted statement matches a gold one when cues overlap and speakers overlap."""
    return _overlap(gold["cue"], pred["cue"]) and _overlap(gold["speaker"], pred["speaker"])


def _counts(gold: list[Json], pred: list[Json], pairs: list[tuple[int, int]]) -> Counts:
    return Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))


_WORD = re.compile(r"\w+")


def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1 between two strings (the content score of FORMAT.md)."""
    ta, tb = _WORD.findall(a), _WORD.findall(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    remaining = list(tb)
    common = 0
    for t in ta:
        if t in remaining:
            remaining.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    rlat1, rlat2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = rlat2 - rlat1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(rlat1) * math.cos(rlat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def place_is_right(gold: Json, pred: Json | None) -> bool:
    if not pred or pred.get("lat") is None or pred.get("lon") is None:
        return False
    precision = gold.get("precision", "point")
    if precision in ("country", "region"):
        # a region such as الشرق الأوسط has no country code: then the prediction must be a region without one too
        return gold.get("country") == pred.get("country")
    distance = haversine_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"])
    if precision == "admin":
        return gold.get("country") == pred.get("country") and distance <= 150.0
    return distance <= 50.0


def score_document(gold: Json, pred: Json) -> Scores:
    """Score one predicted Document JSON against one gold JSON (both in the FORMAT.md shape)."""
    s = Scores()

    # entities
    g_ents, p_ents = gold.get("entities", []), pred.get("entities", [])
    pairs = match(g_ents, p_ents, lambda g, p: _exact(g, p) and g["type"] == p["type"])
    s.entities = _counts(g_ents, p_ents, pairs)
    s.entities_relaxed = _counts(
        g_ents, p_ents, match(g_ents, p_ents, lambda g, p: _overlap(g, p) and g["type"] == p["type"])
    )
    for etype in {e["type"] for e in g_ents} | {e["type"] for e in p_ents}:
        g_t = [e for e in g_ents if e["type"] == etype]
        p_t = [e for e in p_ents if e["type"] == etype]
        s.entities_by_type[etype] = _counts(g_t, p_t, match(g_t, p_t, _exact))

    # places: every gold LOC with a place, against the overlapping predicted entity's place
    for g in g_ents:
        gp = g.get("place")
        if g.get("type") != "LOC" or not gp:
            continue
        cands = [p for p in p_ents if _overlap(g, p) and p.get("place")]
        pp = cands[0]["place"] if cands else None
        s.places.add(Ratio(int(place_is_right(gp, pp)), 1))
        s.place_countries.add(Ratio(int(pp is not None and pp.get("country") == gp.get("country")), 1))

    # statements
    g_st, p_st = gold.get("statements", []), pred.get("statements", [])
    st_pairs = match(g_st, p_st, same_statement)
    s.statements = _counts(g_st, p_st, st_pairs)
    for gi, pi in st_pairs:
        g, p = g_st[gi], p_st[pi]
        s.stance.add(Ratio(int(g["stance"] == p["stance"]), 1))
        s.direct.add(Ratio(int(bool(g.get("direct")) == bool(p.get("direct"))), 1))
        s.content.add(Mean(token_f1(g["content"]["text"], p["content"]["text"]), 1))

    # times
    g_t, p_t = gold.get("times", []), pred.get("times", [])
    t_pairs = match(g_t, p_t, _exact)
    s.times = _counts(g_t, p_t, t_pairs)
    for gi, pi in t_pairs:
        s.time_values.add(Ratio(int(g_t[gi]["value"] == p_t[pi]["value"]), 1))

    # events
    g_ev, p_ev = gold.get("events", []), pred.get("events", [])
    ev_pairs = match(g_ev, p_ev, lambda g, p: g["plover"] == p["plover"] and _overlap(g["trigger"], p["trigger"]))
    s.events = _counts(g_ev, p_ev, ev_pairs)
    for gi, pi in ev_pairs:
        g, p = g_ev[gi], p_ev[pi]
        g_locs, p_locs = g.get("locations") or [], p.get("locations") or []
        loc_right = (not g_locs and not p_locs) or any(_overlap(a, b) for a in g_locs for b in p_locs)
        s.event_locations.add(Ratio(int(loc_right), 1))
        s.event_dates.add(Ratio(int(_same_date(g.get("date"), p.get("date"))), 1))
        s.event_acled.add(Ratio(int(_acled_types(g) == _acled_types(p)), 1))

    # claims, through the statement matching
    st_map = dict(st_pairs)
    for gc in gold.get("claims", []):
        wanted = {st_map.get(pos["statement"]) for pos in gc.get("positions", [])} - {None}
        best = None
        for pc in pred.get("claims", []):
            shared = wanted & {pos["statement"] for pos in pc.get("positions", [])}
            if len(shared) >= 2 and (best is None or len(shared) > best[0]):
                best = (len(shared), pc)
        s.claims.add(Ratio(int(best is not None), 1))
        if best is not None:
            s.claim_status.add(Ratio(int(best[1]["status"] == gc["status"]), 1))
    return s


def _acled_types(event: Json) -> tuple[str | None, str | None]:
    """(ACLED event type, sub-event type) of an event record; (None, None) when it has none."""
    acled = event.get("acled") or []
    return (acled[0] if acled else None, acled[1] if len(acled) > 1 else None)


def _same_date(g: Json | None, p: Json | None) -> bool:
    if g is None or p is None:
        return g is None and p is None
    return g.get("start") == p.get("start") and g.get("end") == p.get("end")


def score_many(pairs: Iterable[tuple[Json, Json]]) -> Scores:
    total = Scores()
    for gold, pred in pairs:
        total.add(score_document(gold, pred))
    return total
