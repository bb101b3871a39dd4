"""Document-level label consistency: the second-stage features of the two-stage CRF (Krishnan & Manning 2006).

A name is usually tagged the same way throughout an article, and its easy mentions (مدينة دوما) can tell the
hard ones (في دوما). The first-stage CRF tags every sentence; for each word the second stage then sees which
entity types the first stage gave to the *other* mentions of the same stem in the document (``dc=LOC``), or that
all other mentions were left untagged (``dc=O``). In pre-tokenised input without article breaks (CoNLL), a
"document" is a run of ``CHUNK`` consecutive sentences.
"""

from __future__ import annotations

from collections import Counter

from marsad.ner.features import FeatureExtractor

CHUNK = 25
_TYPES = ("PER", "LOC", "ORG", "MISC")


def doc_features(fx: FeatureExtractor, sents: list[list[str]], tags: list[list[str]]) -> list[list[list[str]]]:
    """Per sentence, per token: the consistency features given first-stage ``tags`` of the same document."""
    stems = [[fx.stem(t) for t in s] for s in sents]
    typed: Counter = Counter()
    total: Counter = Counter()
    for ss, ts in zip(stems, tags, strict=True):
        for st, tg in zip(ss, ts, strict=True):
            if st:
                total[st] += 1
                if tg != "O":
                    typed[st, tg[2:]] += 1
    out: list[list[list[str]]] = []
    for ss, ts in zip(stems, tags, strict=True):
        feats: list[list[str]] = []
        for st, tg in zip(ss, ts, strict=True):
            f: list[str] = []
            if st and total[st] > 1:
                own = tg[2:] if tg != "O" else ""
                any_typed = False
                for typ in _TYPES:
                    if typed[st, typ] - (own == typ) > 0:
                        f.append("dc=" + typ)
                        any_typed = True
                if not any_typed:
                    f.append("dc=O")
            feats.append(f)
        out.append(feats)
    return out


def chunks(n: int, size: int = CHUNK) -> list[tuple[int, int]]:
    """[start, end) ranges of consecutive sentences treated as one document."""
    return [(i, min(i + size, n)) for i in range(0, n, size)]
