"""Claims: statements about the same proposition, each with its position, and the claim's status.

A proposition is an event (a coreference cluster of ``doc.events``) narrowed to one place when its mentions name
several places: "the army took X" and "the army took Y" are two claims, since sources can confirm one and deny
the other. A statement that points back at another speaker's report without naming places (السيطرة على المناطق
التي ذكرها الجيش) covers the places of that report which the same speaker has not already spoken about.

Roles: the first statement to report the proposition asserts it; a later statement by another speaker that
reports it confirms it (a later one by the same speaker asserts again); a statement whose stance is deny, or in
which the event is negated, denies it; an unconfirmed stance or modality is "unconfirmed". Status: contested when
someone denies, confirmed when someone other than the first source confirms, otherwise unverified.
Propositions with identical positions are merged into one claim (المرجة and كرم القاطرجي, asserted and left
unconfirmed by the same statements, are one claim).
"""

from __future__ import annotations

from marsad.document import Claim, Document, Event
from marsad.events.coref import _keys, _points_back
from marsad.text.normalize import lookup_key

_ROLE_ORDER = {"assert": 0, "confirm": 1, "unconfirmed": 2, "deny": 3}


def _role(doc: Document, ev: Event) -> str:
    stance = doc.statements[ev.statement].stance if ev.statement is not None else "assert"
    if stance == "deny" or ev.modality == "negated":
        return "deny"
    if stance == "unconfirmed" or ev.modality == "unconfirmed":
        return "unconfirmed"
    return "assert"


def _speaker(doc: Document, index: int) -> str:
    return lookup_key(doc.statements[index].speaker.text)


class ClaimLinker:
    """Pipeline component ``claims``: groups the statements that report the same event (``doc.claims``)."""

    name = "claims"
    requires: tuple[str, ...] = ("events",)
    assigns: tuple[str, ...] = ("claims",)

    def __init__(self, *, min_statements: int = 2) -> None:
        self.min_statements = min_statements

    def __call__(self, doc: Document) -> Document:
        doc.claims = link_claims(doc, self.min_statements)
        return doc


def link_claims(doc: Document, min_statements: int = 2) -> list[Claim]:
    """The claims of ``doc`` from its events' coreference clusters and statements."""
    clusters: dict[str, list[Event]] = {}
    for ev in doc.events:
        if ev.statement is not None and ev.event_id is not None and ev.modality not in ("hypothetical", "planned"):
            clusters.setdefault(ev.event_id, []).append(ev)
    claims: list[Claim] = []
    for event_id, mentions in clusters.items():
        if len({m.statement for m in mentions}) < min_statements:
            continue
        # places named by the cluster, in order of first mention
        places: dict[str, str] = {}
        for m in mentions:
            for span, key in zip(m.locations, _keys_list(m), strict=False):
                places.setdefault(key, span.text)
        propositions: dict[str, dict[int, str]] = {}
        if not places:
            propositions[""] = {}
        for key in places:
            propositions[key] = {}
        spoken: dict[str, set[str]] = {}  # speaker -> place keys that speaker named
        for m in mentions:
            spoken.setdefault(_speaker(doc, m.statement), set()).update(_keys(m.locations))
        for m in sorted(mentions, key=lambda e: e.trigger.start):
            role = _role(doc, m)
            if not places:
                covered = [""]
            elif m.locations:
                covered = [k for k in _keys_list(m) if k in propositions]
            else:
                # points back at another report: the places of that report this speaker has not spoken about
                covered = []
                for other in mentions:
                    if other is not m and other.locations and _points_back(doc, m, other):
                        own = spoken.get(_speaker(doc, m.statement), set())
                        covered = [k for k in _keys_list(other) if k not in own]
                        break
                if not covered and not any(other.locations for other in mentions if other is not m):
                    covered = list(propositions)
            for key in covered:
                positions = propositions[key]
                if m.statement in positions:
                    continue
                positions[m.statement] = role
        for key, positions in propositions.items():
            if len(positions) < min_statements:
                continue
            claims.append((_claim(doc, event_id, positions, mentions), places.get(key, "")))
    return _merge(claims)


def _keys_list(ev: Event) -> list[str]:
    return [next(iter(_keys([s]))) for s in ev.locations]


def _claim(doc: Document, event_id: str, positions: dict[int, str], mentions: list[Event]) -> Claim:
    ordered = sorted(positions.items(), key=lambda kv: doc.statements[kv[0]].cue.start)
    first_speaker = _speaker(doc, ordered[0][0])
    out = []
    for i, (st, role) in enumerate(ordered):
        if role == "assert" and i > 0 and _speaker(doc, st) != first_speaker:
            role = "confirm"
        out.append({"statement": st, "role": role})
    roles = {p["role"] for p in out}
    if "deny" in roles and ({"assert", "confirm"} & roles):
        status = "contested"
    elif "confirm" in roles:
        status = "confirmed"
    else:
        status = "unverified"
    head = next((m for m in mentions if m.actors), mentions[0])
    actor = head.actors[0].text if head.actors else ""
    about = " ".join(x for x in (actor, head.trigger.text) if x)
    return Claim(about=about, status=status, positions=out, events=[event_id])  # type: ignore[arg-type]


def _merge(claims: list[tuple[Claim, str]]) -> list[Claim]:
    """One claim per distinct set of positions: places asserted and disputed by the same statements go together."""
    merged: list[Claim] = []
    places: list[list[str]] = []
    for c, place in claims:
        sig = [(p["statement"], p["role"]) for p in c.positions]
        for i, m in enumerate(merged):
            if [(p["statement"], p["role"]) for p in m.positions] == sig and m.events == c.events:
                places[i].append(place)
                break
        else:
            merged.append(c)
            places.append([place])
    for m, names in zip(merged, places, strict=True):
        where = "، ".join(n for n in names if n)
        m.about = f"{m.about}: {where}" if where else m.about
    return merged
