"""Claims: statements about the same proposition, each with its position, and the claim's status.

A proposition is an event (a coreference cluster of ``doc.events``) narrowed to one place when its mentions name
several places: "the army took X" and "the army took Y" are two claims, since sources can confirm one and deny
the other. A statement that points back at another speaker's report without naming places (السيطرة على المناطق
التي ذكرها الجيش) covers the places of that report which the same speaker has not already spoken about.

Roles: the first statement to report the proposition asserts it; a later statement by another speaker that
reports it confirms it (a later one by the same speaker asserts again); a statement whose stance is deny, or in
which the event is negated, denies it; an unconfirmed stance or modality is "unconfirmed". Status: contested when
someone denies what someone asserts, confirmed when another source confirms and nobody says it cannot confirm,
otherwise unverified.
Propositions with identical positions are merged into one claim (المرجة and كرم القاطرجي, asserted and left
unconfirmed by the same statements, are one claim).

Statements that say the same thing with no extracted event to tie them make claims too (``claim_text``), after the
event-based ones and never repeating one.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from marsad.document import Claim, Document, Entity, Event, Span
from marsad.events.claim_text import group_roles, quoted_inside, text_groups
from marsad.events.coref import _FAMILY, _keys, _points_back, loc_index, named_locations
from marsad.events.spans import SpanIndex
from marsad.text.normalize import lookup_key
from marsad.text.tokens import is_word

ClaimStatus = Literal["contested", "confirmed", "unverified"]
_ROLE_ORDER = {"assert": 0, "confirm": 1, "unconfirmed": 2, "deny": 3}


def _role(doc: Document, ev: Event, statement: int) -> str:
    """The position of ``statement`` on the event: its stance, or the event's own negation/hedge inside it."""
    stance = doc.statements[statement].stance
    if stance == "deny" and ev.statement == statement and ev.modality == "asserted":
        # an act the denial takes for granted (نفى أي دوافع سياسية وراء التوقيف): the speaker does not deny it
        return "assert"
    if stance in ("deny", "unconfirmed"):
        return stance
    if ev.statement == statement and ev.modality in ("negated", "unconfirmed"):
        return "deny" if ev.modality == "negated" else "unconfirmed"
    return "assert"


def source_ids(doc: Document) -> list[str]:
    """Who each statement's source is, so that one source repeating itself confirms nothing: the surname of the
    person its speaker phrase names (أردوغان = الرئيس التركي، رجب طيب أردوغان), else the organisation or place that
    opens the phrase (an organisation further in is where the speaker works: السفير الروسي لدى الأمم المتحدة is not
    the UN speaking), else the person the article names right after the same title elsewhere ("الرئيس المصري" is
    السيسي where it writes "الرئيس المصري عبد الفتاح السيسي"), else the phrase itself. A spokesman speaks for the
    body he is spokesman of (المتحدث باسم البنتاغون، الناطق باسم الخارجية الإيرانية بهرام قاسمي, and قاسمي alone
    later), and one institution under its usual names is one source (البنتاغون = وزارة الدفاع الأمريكية).
    Computed once per document."""
    ents = doc.entities
    index = SpanIndex([(e.start, e.end) for e in ents])
    apposed = _apposed_persons(doc)
    phrases = [_WORDS.findall(lookup_key(st.speaker.text)) for st in doc.statements]  # once, not per pair
    out: list[str] = []
    speaks_for: dict[str, str] = {}  # a spokesman's surname → the body he speaks for
    for n, st in enumerate(doc.statements):
        sp = st.speaker
        inside = [ents[i] for i in index.starting_in(sp.start, sp.end) if ents[i].end <= sp.end]
        persons = [e for e in inside if e.type == "PER" and e.text.split()]
        named = [e for e in inside if e.type in ("ORG", "LOC") and e.start == sp.start]
        body = _spokesman_of(doc, sp, inside)
        if body is not None:
            out.append(institution_key(body))
            for person in persons:
                speaks_for[lookup_key(person.text.split()[-1])] = out[-1]
        elif persons:
            out.append(lookup_key(persons[-1].text.split()[-1]))
        elif named:
            out.append(institution_key(named[0].text))
        elif " ".join(phrases[n]) in apposed:
            out.append(apposed[" ".join(phrases[n])])
        else:
            out.append(_phrase_source(phrases, out, n))
    return [speaks_for.get(source, source) for source in out]


_SPOKESMAN = frozenset(lookup_key(w) for w in "متحدث متحدثة المتحدث المتحدثة ناطق ناطقة الناطق الناطقة".split())
_FOR = lookup_key("باسم")
_PERSON_TITLES = frozenset(
    lookup_key(w)
    for w in "رئيس رئيسة الرئيس الرئيسة القائد الزعيم زعيم وزير وزيرة الوزير الوزيرة الأمين ملك الملك أمير الأمير "
    "ولي المرشد السيد الشيخ".split()
)


def _spokesman_of(doc: Document, speaker: Span, inside: list[Entity]) -> str | None:
    """The name of the body a spokesman phrase speaks for: "المتحدث (الرسمي) باسم X" → X, the organisation or place
    entity right after باسم, else the words after it up to a person's name or a comma (الرئاسة الأميركية)."""
    words = _WORDS.findall(lookup_key(speaker.text))
    if not words or words[0] not in _SPOKESMAN or _FOR not in words[:4]:
        return None
    after = speaker.text.find("باسم")
    if after < 0:
        return None
    start = speaker.start + after + len("باسم")
    body = next((e for e in inside if e.type in ("ORG", "LOC") and not doc.text[start : e.start].strip()), None)
    if body is not None:
        return body.text
    end = min([e.start for e in inside if e.type == "PER" and e.start >= start] + [speaker.end])
    rest = doc.text[start:end].split("،")[0].split(",")[0].strip()
    if not rest or lookup_key(rest.split()[0]) in _PERSON_TITLES:
        return None  # المتحدث باسم رئيسة الوزراء البريطانية تيريزا ماي speaks for May: the person decides
    return rest


# One institution under the names news uses for it, as lookup keys (after وزاره is dropped and أميركي folded).
_INSTITUTION_ALIASES = {
    "البنتاغون": "الدفاع الامريكيه",
    "البنتاجون": "الدفاع الامريكيه",
    "الكرملين": "الرئاسه الروسيه",
    "الاليزيه": "الرئاسه الفرنسيه",
    "البيت الابيض": "الرئاسه الامريكيه",
}


def institution_key(name: str) -> str:
    """A source key for an organisation or place name: وزارة dropped, أميركي folded into أمريكي, and a few
    institutions' usual other names joined (البنتاغون = وزارة الدفاع الأمريكية، الكرملين = الرئاسة الروسية)."""
    key = lookup_key(name).replace("اميركي", "امريكي")
    if key.startswith("وزاره ") and len(key.split()) > 1:
        key = key[len("وزاره ") :]
    return _INSTITUTION_ALIASES.get(key, key)


_APPOSITION_GAP = re.compile(r"[ ،,]{1,3}")
_MAX_TITLE_WORDS = 6


def _apposed_persons(doc: Document) -> dict[str, str]:
    """Titles the article puts right before a person's name (الرئيس المصري عبد الفتاح السيسي، وزير الخارجية، سيرغي
    لافروف): the title's words as lookup keys → the person's surname. A title written before two different
    persons names neither."""
    words = [t for t in doc.tokens if is_word(t)]
    starts = {w.start: k for k, w in enumerate(words)}
    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    for e in doc.entities:
        if e.type != "PER" or not e.text.split() or e.start not in starts:
            continue
        k = starts[e.start]
        if k < 2 or not _APPOSITION_GAP.fullmatch(doc.text[words[k - 1].end : e.start]):
            continue
        surname = lookup_key(e.text.split()[-1])
        for size in range(2, min(k, _MAX_TITLE_WORDS) + 1):
            title = " ".join(lookup_key(w.text) for w in words[k - size : k])
            if out.get(title, surname) != surname:
                ambiguous.add(title)
            out[title] = surname
    return {t: s for t, s in out.items() if t not in ambiguous}


def _phrase_source(phrases: list[list[str]], earlier_ids: list[str], n: int) -> str:
    """A speaker phrase with no name in it is the source of an earlier statement it shortens: the start of that
    speaker's phrase ("وزير الخارجية الأميركي" after "وزير الخارجية الأميركي، مايك بومبيو") or one definite word
    for its head ("الوزارة" after "وزارة العدل الإسرائيلية"، "البيان" after "بيان لوزارة الخارجية"). The latest such
    speaker wins; else the phrase is its own source. ``phrases``: every statement's speaker words (lookup keys),
    ``n`` the statement, ``earlier_ids`` the sources of the statements before it."""
    words = phrases[n]
    own = " ".join(words)
    if not words:
        return own
    head = words[0][2:] if len(words) == 1 and words[0].startswith("ال") else None
    for j in range(n - 1, -1, -1):
        other = phrases[j]
        if len(other) > len(words) and other[: len(words)] == words:
            return earlier_ids[j]
        if head is not None and len(other) > 1 and other[0] in (head, "ال" + head):
            return earlier_ids[j]
    return own


_WORDS = re.compile(r"\w+")


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


def _lemma(ev: Event) -> str:
    """The lexicon lemma of the trigger's head word (falls back to its lookup key)."""
    from marsad.events.extract import match_word
    from marsad.events.lexicon import load_lexicon

    key = lookup_key(ev.trigger.text.split()[0]) if ev.trigger.text.strip() else ""
    m = match_word(load_lexicon(), key)
    return m[0].lemma if m is not None else key


def _containing(contents: SpanIndex, ev: Event) -> list[int]:
    """Every statement whose content holds the trigger, ascending (`_outermost` then keeps one per quotation)."""
    return contents.containing(ev.trigger.start, ev.trigger.end)


def _groups(doc: Document, events: list[Event]) -> list[list[Event]]:
    """Coreference clusters, joined further when two reported mentions share type family, lemma and sub-type."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    lemmas = [_lemma(e) for e in events]
    for i, a in enumerate(events):
        for j in range(i):
            b = events[j]
            same_event = a.event_id is not None and a.event_id == b.event_id
            # a tally (سيطر على 35 حيا) is its own proposition, joined to others only through coreference
            tally = any(q.kind == "count" for q in a.quantities + b.quantities)
            # two named actors with nothing in common do two things (الحوثيون استهدفوا سفينة، البنتاغون استهدف مخازن)
            other_actors = bool(a.actors and b.actors and not (_keys(a.actors) & _keys(b.actors)))
            same_kind = (
                not tally
                and not other_actors
                and _FAMILY.get(a.plover, a.plover) == _FAMILY.get(b.plover, b.plover)
                and lemmas[i] == lemmas[j]
                and (not a.acled or not b.acled or a.acled[1:] == b.acled[1:])
            )
            if same_event or same_kind:
                parent[find(i)] = find(j)
    groups: dict[int, list[Event]] = {}
    for i, ev in enumerate(events):
        groups.setdefault(find(i), []).append(ev)
    return list(groups.values())


def _outermost(doc: Document, statements: list[int]) -> list[int]:
    """The statements holding one mention, less those quoted inside another of them: "قال القائد إن «أفراد الخلية
    اعترفوا بأوامر من ضباط فروا»" is one source for the flight, not the commander confirmed by the cell."""
    return [st for st in statements if not any(quoted_inside(doc, st, o) for o in statements)]


def link_claims(doc: Document, min_statements: int = 2) -> list[Claim]:
    """The claims of ``doc`` from its events' coreference clusters and statements."""
    contents = SpanIndex([(st.content.start, st.content.end) for st in doc.statements])
    sources = source_ids(doc)
    locs = loc_index(doc)
    reported = [ev for ev in doc.events if ev.modality not in ("hypothetical", "planned") and _containing(contents, ev)]
    claims: list[tuple[Claim, str]] = []
    denied_by: dict[int, list[int]] = {}  # statement → the pointing denials of it
    for d, a in anaphoric_denials(doc, contents, reported, sources).items():
        denied_by.setdefault(a, []).append(d)
    for mentions in _groups(doc, reported):
        pairs = [(m, st) for m in mentions for st in _outermost(doc, _containing(contents, m))]
        # "نفت قوات الدعم السريع ذلك": the denial speaks of what the report before it said
        pairs += [(m, d) for m, st in list(pairs) for d in denied_by.get(st, ())]  # "ذلك" holds no mention itself
        if len({st for _m, st in pairs}) < min_statements:
            continue
        event_id = mentions[0].event_id or ""
        # named places of the group, in order of first mention
        places: dict[str, str] = {}
        for m in mentions:
            for span in named_locations(doc, m, locs):
                places.setdefault(next(iter(_keys([span]))), span.text)
        propositions: dict[str, dict[int, str]] = {key: {} for key in places} or {"": {}}
        spoken: dict[str, set[str]] = {}  # speaker -> place keys that speaker named
        for m, st in pairs:
            spoken.setdefault(sources[st], set()).update(_keys(named_locations(doc, m, locs)))
        for m, st in sorted(pairs, key=lambda p: (p[0].trigger.start, p[1])):
            role = _role(doc, m, st)
            own_places = [next(iter(_keys([s]))) for s in named_locations(doc, m, locs)]
            if not places:
                covered = [""]
            elif own_places:
                covered = [k for k in own_places if k in propositions]
            else:
                # a report that points back at another (السيطرة على المناطق التي ذكرها الجيش) covers that report's
                # places the speaker has not spoken about; a report naming no place is vague and covers them all
                covered = list(propositions)
                for other in mentions:
                    if other is not m and named_locations(doc, other, locs) and _points_back(doc, m, other):
                        own = spoken.get(sources[st], set())
                        covered = [next(iter(_keys([s]))) for s in named_locations(doc, other, locs)]
                        covered = [k for k in covered if k not in own]
                        break
            for key in covered:
                propositions[key].setdefault(st, role)
        for key, positions in propositions.items():
            if len(positions) < min_statements:
                continue
            claims.append((_claim(doc, event_id, positions, mentions, sources), places.get(key, "")))
    merged = _merge(claims)
    taken = [frozenset(int(p["statement"]) for p in c.positions) for c in merged]
    return merged + [_text_claim(doc, group, sources) for group in text_groups(doc, sources, taken)]


# A denial whose content only points back (نفى ذلك، نفت هذه الأنباء، تنفي صحة تلك الاتهامات), as lookup keys.
_POINTERS = frozenset("ذلك هذا هذه تلك صحه الانباء التقارير المزاعم الادعاءات الاتهامات الخبر الامر الرواية".split())
_POINTER_REACH = 400  # characters back to the report denied: the same or the previous sentence or two


def anaphoric_denials(
    doc: Document, contents: SpanIndex, reported: list[Event], sources: list[str] | None = None
) -> dict[int, int]:
    """Denials whose content only points back, each with the statement it denies: the nearest earlier statement by
    another source (``source_ids``) that reports an event, its cue at most ``_POINTER_REACH`` characters before."""
    sources = sources if sources is not None else source_ids(doc)
    with_events = {st for ev in reported for st in _containing(contents, ev)}
    out: dict[int, int] = {}
    for d, st in enumerate(doc.statements):
        words = [lookup_key(w) for w in st.content.text.split()]
        if st.stance != "deny" or not words or len(words) > 4 or words[0] not in _POINTERS:
            continue
        earlier = [
            a
            for a in with_events
            if a != d
            and doc.statements[a].cue.start < st.cue.start
            and st.cue.start - doc.statements[a].cue.start <= _POINTER_REACH
            and sources[a] != sources[d]
        ]
        if earlier:
            out[d] = max(earlier, key=lambda a: doc.statements[a].cue.start)
    return out


def _keys_list(ev: Event) -> list[str]:
    return [next(iter(_keys([s]))) for s in ev.locations]


def _claim(doc: Document, event_id: str, positions: dict[int, str], mentions: list[Event], sources: list[str]) -> Claim:
    head = next((m for m in mentions if m.actors), mentions[0])
    actor = head.actors[0].text if head.actors else ""
    about = " ".join(x for x in (actor, head.trigger.text) if x)
    out, status = _positions_and_status(doc, positions, sources)
    return Claim(about=about, status=status, positions=out, events=[event_id])


def _positions_and_status(
    doc: Document, positions: dict[int, str], sources: list[str]
) -> tuple[list[dict[str, Any]], ClaimStatus]:
    """The positions in text order, a later source's assert made a confirm, and the claim's status."""
    ordered = sorted(positions.items(), key=lambda kv: doc.statements[kv[0]].cue.start)
    out: list[dict[str, Any]] = []
    asserted_by: set[str] = set()  # speakers who put the proposition forward so far
    for st, role in ordered:
        speaker = sources[st]
        if role == "assert":
            # a later source repeating what another source asserted confirms it
            if asserted_by - {speaker}:
                role = "confirm"
            asserted_by.add(speaker)
        out.append({"statement": st, "role": role})
    roles = {p["role"] for p in out}
    status: ClaimStatus
    if "deny" in roles and ({"assert", "confirm"} & roles):
        status = "contested"
    elif "confirm" in roles and "unconfirmed" not in roles:
        # a source that says it cannot confirm keeps the claim open, however many others repeat it
        status = "confirmed"
    else:
        status = "unverified"
    return out, status


_ABOUT_CHARS = 90


def _text_claim(doc: Document, group: list[int], sources: list[str]) -> Claim:
    """A claim of statements that say the same thing (``claim_text``): its about is the first assertion's content
    (not a denial's: "تنفيذ غارات" that the army denies says less than the report it denies), cut short."""
    out, status = _positions_and_status(doc, group_roles(doc, group), sources)
    head = next((p for p in out if p["role"] in ("assert", "confirm")), out[0])
    first = doc.statements[head["statement"]].content.text
    about = first if len(first) <= _ABOUT_CHARS else first[:_ABOUT_CHARS].rsplit(" ", 1)[0] + " …"
    return Claim(about=about, status=status, positions=out, events=[])


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
