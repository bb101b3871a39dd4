"""Clitic segmentation of Arabic words, with offsets relative to the word.

Interface used by the tokenizer: ``CliticSegmenter.load().segment(word) -> [(start, end, role), ...]`` where role
is ``proclitic``, ``stem`` or ``enclitic`` and the ranges tile the word exactly.

This first version strips a conjunction (و/ف) and a preposition (ب/ل/ك) only when what remains is long enough;
it is replaced by the lexicon-driven segmenter of the foundation issue.
"""

from __future__ import annotations

Segment = tuple[int, int, str]


class CliticSegmenter:
    def __init__(self) -> None:
        pass

    @classmethod
    def load(cls) -> CliticSegmenter:
        return cls()

    def segment(self, word: str) -> list[Segment]:
        out: list[Segment] = []
        i = 0
        if len(word) - i > 3 and word[i] in "وف":
            out.append((i, i + 1, "proclitic"))
            i += 1
        if len(word) - i > 3 and word[i] in "بلك":
            out.append((i, i + 1, "proclitic"))
            i += 1
        out.append((i, len(word), "stem"))
        return out
