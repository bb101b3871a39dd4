"""The event lexicons (data files in ``marsad/events/data``), loaded once and lazily.

``triggers.tsv`` maps word forms to PLOVER / ACLED types; ``refine.tsv`` retypes a trigger from its context;
``modality.tsv`` lists the cues of planned / negated / hypothetical / unconfirmed events. All keys go through
``marsad.text.normalize.lookup_key`` so hamza, alif maqsura and ta marbuta variants meet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.errors import MarsadError
from marsad.text.normalize import lookup_key

DATA = Path(__file__).parent / "data"

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "FIGHT",
    "CRIME",
)

# Inflections generated from the 3rd person masculine singular forms of a verb entry.
_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "وا", "ن", "ين")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon row: how a form is typed and what context it needs."""

    plover: str
    acled: tuple[str, str] | None
    pos: str  # "V" verb, "N" noun, "P" phrase
    needs: frozenset[str] = frozenset()
    needs_window: int = 2
    lemma: str = ""
    takes_needed: bool = True  # the context word joins the trigger (أطلق صواريخ); "~" in the row: it only licenses it


@dataclass(frozen=True, slots=True)
class RefineRule:
    applies_to: str
    context: frozenset[str]  # empty: any context (the rule pins a type for the lemmas it applies to)
    before: int  # tokens before the trigger that are searched for a context word
    after: int  # tokens after it
    head_only: bool  # a one-sided window ("-N", "+N"): counted from the trigger's first word
    plover: str
    acled_type: str
    acled_sub: str


def _refine_window(text: str) -> tuple[int, int, bool]:
    """refine.tsv's window column as (before, after, one-sided): "N" N tokens either side of the trigger, "-N" the
    N words before it only, "+N" the N words after its first word only (words a trigger took in, such as the
    النار of إطلاق النار, count)."""
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not digits.isdigit():
        raise MarsadError(f"refine.tsv: bad window {text!r} (N, -N or +N)")
    n = int(digits)
    return (0 if text.startswith("+") else n, 0 if text.startswith("-") else n, text[:1] in ("+", "-"))


@dataclass
class Lexicon:
    verbs: dict[str, TriggerEntry] = field(default_factory=dict)  # inflected verb form (lookup key) -> entry
    nouns: dict[str, TriggerEntry] = field(default_factory=dict)  # noun form (lookup key) -> entry
    phrases: list[tuple[tuple[str, ...], TriggerEntry]] = field(default_factory=list)
    refine: list[RefineRule] = field(default_factory=list)
    modality: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # cue key -> [(modality, where)]
    light_verbs: frozenset[str] = frozenset()  # inflected forms of verbs whose object noun is the event
    # light verb forms whose noun follows a preposition (تمكن من، نجح في) -> that preposition's key
    light_verb_preps: dict[str, str] = field(default_factory=dict)
    past_forms: set[str] = field(default_factory=set)  # verb forms that read as past tense (for قد + past)


def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def _verb_forms(past: str, present: str) -> set[str]:
    forms = {past}
    forms.update(past + s for s in _PAST_SUFFIXES)
    if past[-1:] in ("ي", "ا"):
        forms.update({past[:-1] + "ت", past[:-1] + "وا", past[:-1] + "تا"})  # ألقى → ألقت، ألقوا
    if not present:
        return forms
    stem = present[1:] if present[:1] in ("ي", "ت", "ن", "ا") else present
    for p in _PRESENT_PREFIXES:
        if len(stem) < 3 and p in ("ن", "ا"):
            continue  # نفر، افر: two-letter stems with these prefixes are other words
        forms.update(p + stem + s for s in _PRESENT_SUFFIXES)
    # Doubled-consonant verbs written out (شن → شنت, فر → فرت) come through the extra forms column.
    return forms


def _noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "ا"}  # tanwin fatha: هجوما، قصفا
    if noun.endswith("ه"):
        forms.update({noun[:-1] + "تين", noun[:-1] + "تان", noun[:-1] + "ات"})
    elif not noun.endswith("ات"):
        forms.update({noun + "ين", noun + "ان"})
    return forms


def _add(table: dict[str, TriggerEntry], key: str, entry: TriggerEntry) -> None:
    # The first row wins: the file lists the most common reading of a form first.
    table.setdefault(key, entry)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the three data files (once per process)."""
    lex = Lexicon()
    for row in _rows(DATA / "triggers.tsv"):
        if len(row) < 5:
            raise MarsadError(f"triggers.tsv: malformed row {row!r}")
        pos, forms, plover, a_type, a_sub = (c.strip() for c in row[:5])
        if plover not in PLOVER_TYPES:
            raise MarsadError(f"triggers.tsv: unknown PLOVER type {plover!r}")
        needs_text, window = (row[5].strip() if len(row) > 5 else ""), 2
        takes = not needs_text.startswith("~")
        needs_text = needs_text.removeprefix("~")
        if "@" in needs_text:
            needs_text, w = needs_text.rsplit("@", 1)
            window = int(w)
        needs = frozenset(lookup_key(w) for w in needs_text.split("|") if w.strip())
        acled = None if a_type == "-" else (a_type, a_sub)
        alternatives = [f.strip() for f in forms.split(",") if f.strip()]
        entry = TriggerEntry(
            plover, acled, pos, needs, window, lemma=lookup_key(alternatives[0].split()[0]), takes_needed=takes
        )
        if pos == "P":
            for alt in alternatives:
                lex.phrases.append((tuple(lookup_key(w) for w in alt.split()), entry))
            continue
        keys: set[str] = set()
        if pos == "V":
            main = alternatives[0].split()
            past = lookup_key(main[0])
            if main[-1] == "-":  # past only: the present is another verb's (أغار / يغير 'changes')
                keys |= _verb_forms(past, "")
            else:
                keys |= _verb_forms(past, lookup_key(main[-1]))
            keys.update(lookup_key(a) for a in alternatives[1:])
            lex.past_forms |= {past + suffix for suffix in _PAST_SUFFIXES}
        else:
            # each noun is its own lemma (اجتماع and محادثات are counted and retyped apart)
            for alt in alternatives:
                noun = lookup_key(alt)
                own = TriggerEntry(plover, acled, pos, needs, window, lemma=noun, takes_needed=takes)
                for key in _noun_forms(noun):
                    _add(lex.nouns, key, own)
            continue
        for key in keys:
            _add(lex.verbs if pos == "V" else lex.nouns, key, entry)
    lex.phrases.sort(key=lambda p: -len(p[0]))
    for row in _rows(DATA / "refine.tsv"):
        applies, ctx, win, plover, a_type, a_sub = (c.strip() for c in row[:6])
        context = frozenset() if ctx == "*" else frozenset(lookup_key(w) for w in ctx.split("|"))
        lex.refine.append(RefineRule(applies, context, *_refine_window(win), plover, a_type, a_sub))
    light: set[str] = set()
    for row in _rows(DATA / "light_verbs.tsv"):
        inflected = _verb_forms(lookup_key(row[0].strip()), lookup_key(row[1].strip()))
        light |= inflected
        if len(row) > 2 and row[2].strip():
            lex.light_verb_preps.update(dict.fromkeys(inflected, lookup_key(row[2].strip())))
    lex.light_verbs = frozenset(light)
    for row in _rows(DATA / "modality.tsv"):
        cue, modality, where = (c.strip() for c in row[:3])
        lex.modality.setdefault(lookup_key(cue), []).append((modality, where))
    return lex
