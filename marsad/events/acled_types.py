"""ACLED sub-event types that depend on who did what to whom, decided once an event's arguments are known.

``refine.tsv`` types an event from the words around its trigger. Two of ACLED's distinctions need the arguments
instead (ACLED codebook: "Government regains territory" / "Non-state actor overtakes territory", and "Violence
against civilians" as opposed to a battle between armed groups):

* **Territory.** A takeover by an armed group that is no state force (سيطر الحوثيون على ...، استولى تنظيم الدولة على
  ...) is "Non-state actor overtakes territory"; one by an army or security force is "Government regains
  territory". An actor of neither kind, or none, leaves the type the lexicon gave.
* **Civilians.** An attack typed as an armed clash whose target is people outside the fighting (هاجموا المدنيين،
  بإطلاق النار على المدنيين، مقتل ثلاثة مدنيين برصاص قناص) is "Violence against civilians / Attack". A clash noun
  (اشتباكات، معارك) stays a battle, since civilians killed in a clash are its casualties, not its target; so do
  strikes and shelling, which ACLED codes as remote violence whoever they hit.
* **Storming by armed men.** A storming the lexicon reads as a riot (اقتحم) whose actor is an army, a security force
  or an armed group, found only once the arguments are known ("خلال اقتحامها مدينة جنين", the pronoun pointing to
  the army), is a raid: an armed clash, as refine.tsv types one whose forces stand before the word (session 32).
* **Destruction by armed men.** Burning or wrecking (أحرق، a riot in the lexicon) by an army or an armed group
  ("عناصر الدعم السريع … أحرقوا السوق ومراكز الإيواء") is no demonstration: ACLED's "Strategic developments /
  Looting/property destruction" (session 30).

The word lists are in ``data/actor_kinds.tsv``; matching is on lookup keys without proclitics, so that
بالحوثيين and الحوثيون match the same entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from marsad.document import Span
from marsad.errors import MarsadError
from marsad.events.quantities import strip_key
from marsad.text.normalize import lookup_key

DATA = Path(__file__).parent / "data" / "actor_kinds.tsv"

GOVERNMENT_REGAINS = ["Battles", "Government regains territory"]
NON_STATE_OVERTAKES = ["Battles", "Non-state actor overtakes territory"]
ARMED_CLASH = ["Battles", "Armed clash"]
ATTACK_ON_CIVILIANS = ["Violence against civilians", "Attack"]
VIOLENT_DEMONSTRATION = ["Riots", "Violent demonstration"]
PROPERTY_DESTRUCTION = ["Strategic developments", "Looting/property destruction"]

# Lemmas of the clash nouns and verbs: their civilians are casualties of a battle, not its target.
_CLASH_LEMMAS = frozenset(
    lookup_key(w) for w in "اشتباك اشتباكات اشتبك مناوشات مواجهات مواجهة معركة معارك قتال قاتل كمين".split()
)
# Words before the noun a target is about: numbers and quantity words (عشرات المدنيين، المئات من المدنيين).
_QUANTITY_WORDS = frozenset(
    # (as keys and as _keys reads them, its proclitics off: آلاف → اف)
    form
    for w in (
        "عشرات العشرات مئات المئات آلاف الآلاف من نحو أكثر قرابة حوالي عدد عددا بعض "
        # numbers in words (خمسة مدنيين، ثلاثة أطفال)
        "ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع خمس ست سبع ثماني تسع عشر عشرين ثلاثين أربعين خمسين"
    ).split()
    for form in (lookup_key(w), strip_key(lookup_key(w)))
)
# Words that make any people a civilian target.
_UNARMED = frozenset(strip_key(lookup_key(w)) for w in "العزل عزل الأبرياء أبرياء".split())


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]]:
    """kind -> (single words, multi-word phrases), as lookup keys without proclitics."""
    words: dict[str, set[str]] = {}
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, entries = line.partition("\t")
        if kind not in ("state", "non_state", "civilian") or not entries.strip():
            raise MarsadError(f"actor_kinds.tsv: malformed row {line!r}")
        for entry in entries.split("|"):
            keys = tuple(_word_key(w) for w in entry.split())
            if len(keys) == 1:
                words.setdefault(kind, set()).add(keys[0])
            elif keys:
                phrases.setdefault(kind, set()).add(keys)
    return {
        kind: (frozenset(words.get(kind, ())), tuple(phrases.get(kind, ())))
        for kind in ("state", "non_state", "civilian")
    }


def civilian_words() -> frozenset[str]:
    """The single words of the civilian kind, as lookup keys without a proclitic (المصلين → مصلين)."""
    return _kinds()["civilian"][0]


def _word_key(word: str) -> str:
    return strip_key(lookup_key(word))


def _keys(span: Span) -> list[str]:
    return [_word_key(w) for w in span.text.split() if lookup_key(w)]


def _has(keys: Sequence[str], kind: str) -> bool:
    words, phrases = _kinds()[kind]
    if any(k in words for k in keys):
        return True
    return any(tuple(keys[i : i + len(p)]) == p for p in phrases for i in range(len(keys) - len(p) + 1))


def actor_kind(span: Span) -> str | None:
    """Which kind of armed actor a span names: "non_state", "state" or None. A non-state word decides first, so
    that the Free Syrian Army (الجيش السوري الحر) and the Syrian Democratic Forces (قوات سوريا الديمقراطية) are no
    state forces."""
    keys = _keys(span)
    if _has(keys, "non_state"):
        return "non_state"
    if _has(keys, "state") or _country_forces(keys):
        return "state"
    return None


def _country_forces(keys: Sequence[str]) -> bool:
    """قوات followed by a nisba adjective (القوات التركية، قوات عراقية): a country's forces. The non-state nisbas
    (الكردية) are ruled out before, by the non_state list."""
    return any(k == "قوات" and i + 1 < len(keys) and keys[i + 1].endswith("يه") for i, k in enumerate(keys))


def is_civilian_target(span: Span) -> bool:
    """The target's head noun, after numbers and quantity words, names people outside the fighting, or a word of
    the target calls them unarmed or innocent (الفلسطينيين العزل)."""
    keys = [k for k in _keys(span) if not k.isdigit() and k not in _QUANTITY_WORDS]
    return bool(keys) and (keys[0] in _kinds()["civilian"][0] or any(k in _UNARMED for k in keys))


_STORMING = frozenset((lookup_key("اقتحم"), lookup_key("اقتحام")))


def by_arguments(
    plover: str, acled: list[str] | None, lemma: str, actors: Sequence[Span], targets: Sequence[Span]
) -> tuple[str, list[str] | None]:
    """(PLOVER type, ACLED types) of an event once its actors and targets are known (module docstring)."""
    if acled in (GOVERNMENT_REGAINS, NON_STATE_OVERTAKES) and actors:
        kind = actor_kind(actors[0])
        if kind == "non_state":
            return plover, list(NON_STATE_OVERTAKES)
        if kind == "state":
            return plover, list(GOVERNMENT_REGAINS)
    if acled == ARMED_CLASH and lemma not in _CLASH_LEMMAS and targets and is_civilian_target(targets[0]):
        return "ASSAULT", list(ATTACK_ON_CIVILIANS)
    if acled == VIOLENT_DEMONSTRATION and plover == "ASSAULT" and actors and actor_kind(actors[0]) is not None:
        return plover, list(PROPERTY_DESTRUCTION)
    if acled == VIOLENT_DEMONSTRATION and plover == "PROTEST" and lemma in _STORMING and actors:
        if actor_kind(actors[0]) is not None:
            return "FIGHT", list(ARMED_CLASH)
    return plover, acled
