"""What kind of report an article is, read from its opening: a match report uses the words of war for the game
(الطرد، الهجوم، يلتقي الفريقان), so the event and name rules read them otherwise there."""

from __future__ import annotations

import re

from marsad.text.normalize import lookup_key

# Words of a game, as lookup keys without the article (not هدف, also "target", nor فاز, an election's win too; not
# الفريق, also the rank) …
GAME_WORDS = frozenset(
    lookup_key(w) for w in "مباراة مباريات دوري ملعب نادي شوط لاعب مدرب هداف بثلاثية بثنائية برباعية بهدفين".split()
)
# … and of a tournament, which news of other kinds names too ("لإفساد المونديال" in a poisoning story)
TOURNAMENT_WORDS = frozenset(lookup_key(w) for w in "بطولة كأس منتخب مونديال".split())
MATCH_WORDS = GAME_WORDS | TOURNAMENT_WORDS
_PROCLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف")
_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")


def _bare(word_key: str) -> str:
    """The key without a proclitic, and without a possessive pronoun (مباراته → مباراه، لاعبيه → لاعب)."""
    if word_key in MATCH_WORDS:
        return word_key  # (بثلاثية keeps its ب)
    for p in _PROCLITICS:
        if word_key.startswith(p) and len(word_key) - len(p) >= 3:
            word_key = word_key[len(p) :]
            break
    for pronoun in ("تها", "تهم", "ته"):
        if word_key.endswith(pronoun) and word_key[: -len(pronoun)] + "ه" in MATCH_WORDS:
            return word_key[: -len(pronoun)] + "ه"
    for pronoun in ("يها", "يهم", "يه", "ها", "هم", "ه"):
        if word_key.endswith(pronoun) and word_key[: -len(pronoun)] in MATCH_WORDS:
            return word_key[: -len(pronoun)]
    return word_key


def opens_as_match_report(opening: str) -> bool:
    """The text (an article's first two sentences) holds two words of a match report (مباراة، الدوري، ملعب …), one
    of them of the game itself, or three of a tournament (كأس العالم، المونديال، المنتخب: a World Cup report)."""
    found = [b for w in _WORD.findall(opening) if (b := _bare(lookup_key(w))) in MATCH_WORDS]
    return len(found) >= 3 or (len(found) >= 2 and any(b in GAME_WORDS for b in found))
