"""Token features for the NER CRF: the word, its stem with clitics stripped, affixes, clusters, gazetteer flags.

The same function serves training (corpus tokens) and tagging (marsad tokens or pre-tokenised CoNLL input), so
the features depend only on the token string and the bundled resources, never on the runtime clitic segmenter.
Clitics are stripped here with a frequency test against the news corpus (strip و of والعراق because العراق is
more frequent than والعراق; keep it in وزارة because زارة is rarer): cheap, deterministic and cached per word.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ner.text import key

_AR_LETTER = frozenset(chr(c) for c in range(0x0621, 0x064B))
_CONTEXT = ((-2, "-2:"), (-1, "-1:"), (1, "+1:"), (2, "+2:"))
CONTEXT_PREFIXES = tuple(p for _, p in _CONTEXT)  # how a neighbour's context feature is named, offsets -2 … +2
LEXICON_TYPES = ("O", "PER", "LOC", "ORG", "MISC")  # order of a word's counts in the news lexicon


def tsv_rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated fields of each line of a resource file, without its # comment lines; none if it is absent."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


@dataclass
class Resources:
    """Word clusters and gazetteer flags, keyed by ``marsad.ner.text.key``, and the entity types of words in tagged
    news (``marsad.ner.lexicon``), keyed by ``lexicon_key``."""

    clusters: dict[str, tuple[str, str, str, int]] = field(default_factory=dict)  # key -> (fine, mid, coarse, freq)
    gazetteer: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> flags
    lexicon: dict[str, tuple[int, ...]] = field(default_factory=dict)  # stem -> counts O, PER, LOC, ORG, MISC

    @classmethod
    def load(
        cls, folder: Path, *, use_clusters: bool = True, use_gazetteer: bool = True, use_lexicon: bool = True
    ) -> Resources:
        res = cls()
        if use_clusters:
            for w, fine, mid, coarse, freq in tsv_rows(folder / "clusters.tsv"):
                res.clusters[w] = (fine, mid, coarse, int(freq))
        if use_gazetteer:
            for w, flags in tsv_rows(folder / "gazetteer.tsv"):
                res.gazetteer[w] = tuple(flags.split())
        if use_lexicon:
            for w, counts in tsv_rows(folder / "lexicon.tsv"):
                res.lexicon[w] = tuple(int(n) for n in counts.split())
        return res

    def with_lexicon(self, lexicon: dict[str, tuple[int, ...]]) -> Resources:
        """The same clusters and gazetteer with another lexicon."""
        return Resources(self.clusters, self.gazetteer, lexicon)

    def freq(self, k: str) -> int:
        c = self.clusters.get(k)
        return c[3] if c else 0

    def cluster(self, k: str, rest: str, bare: str) -> tuple[str, str, str, int] | None:
        """Clusters of a word: those of its stem, else of the whole key, else of the stem without ال."""
        return self.clusters.get(rest) or self.clusters.get(k) or self.clusters.get(bare)


def split_proclitics(k: str, res: Resources) -> tuple[str, str]:
    """(proclitics, rest) of a word key: و/ف then ب/ل/ك, and لل → ل + ال; ال stays with the word."""
    proc = ""
    rest = k
    if len(rest) > 3 and rest[0] in "وف" and res.freq(rest[1:]) > res.freq(rest):
        proc, rest = rest[0], rest[1:]
    if len(rest) > 4 and rest.startswith("لل"):
        cand = "ال" + rest[2:]
        if res.freq(cand) > res.freq(rest) or not res.freq(rest):
            return proc + "ل", cand
    if len(rest) > 3 and rest[0] in "بلك" and res.freq(rest[1:]) > res.freq(rest):
        proc, rest = proc + rest[0], rest[1:]
    return proc, rest


def lexicon_key(token: str, res: Resources) -> str:
    """The key of a token in the lexicon: its stem without clitics and ال, for words with Arabic letters; else ''."""
    k = key(token)
    if not k or _AR_LETTER.isdisjoint(k):
        return ""
    return stem_forms(k, res)[2]


def lexicon_features(counts: tuple[int, ...]) -> tuple[list[str], list[str]]:
    """(own, context) features of a word from its lexicon counts (O, PER, LOC, ORG, MISC): its most frequent
    entity type when that type has at least a fifth of its occurrences, with the share in three bands (a fifth,
    a half, four fifths), else that it is mostly untagged."""
    total = sum(counts)
    best = max(range(1, len(counts)), key=lambda i: counts[i])
    share = counts[best] / total if total else 0.0
    if share < 0.2:
        return ["x=O"], []
    t = LEXICON_TYPES[best]
    band = 3 if share >= 0.8 else 2 if share >= 0.5 else 1
    return [f"x={t}", f"x={t}:{band}"], [f"x={t}"]


def stem_forms(k: str, res: Resources) -> tuple[str, str, str]:
    """(proclitics, stem, stem without ال) of a word key; ال is only removed from a stem of 3+ letters after it."""
    proc, rest = split_proclitics(k, res)
    return proc, rest, rest[2:] if rest.startswith("ال") and len(rest) > 4 else rest


class FeatureExtractor:
    """Per-word features (cached) and per-sentence feature lists for pycrfsuite."""

    def __init__(self, res: Resources, *, cache_size: int = 50_000, word_cache_size: int | None = None) -> None:
        self.res = res
        self.cache_size = cache_size  # distinct tokens whose stem is kept (~130 bytes each)
        # distinct tokens whose feature lists are kept (~2.7 KB each); cleared when full, so a small cache keeps
        # serving new words (the ensemble keeps its own per-token caches and needs only a few thousand here)
        self.word_cache_size = cache_size if word_cache_size is None else word_cache_size
        self._cache: dict[str, tuple[list[str], tuple[list[str], ...]]] = {}
        self._parts: dict[str, tuple[list[str], list[str]]] = {}
        self._stems: dict[str, str] = {}

    def word(self, token: str) -> tuple[list[str], tuple[list[str], ...]]:
        """(own features, context features for offsets -2, -1, +1, +2) of one token."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        # not through ``parts``: the CRF alone needs only this cache, and a second one would double its memory
        own, ctx = self._parts.get(token) or self._compute(token)
        ctx_lists = tuple([p + f for f in ctx] for _, p in _CONTEXT)
        out = (own, ctx_lists)
        if len(self._cache) >= self.word_cache_size:
            self._cache.clear()
        self._cache[token] = out
        return out

    def parts(self, token: str) -> tuple[list[str], list[str]]:
        """(own features, context features without their offset prefix) of one token. The ensemble reads these:
        it looks context features up per offset and never needs the four prefixed copies ``word`` builds."""
        hit = self._parts.get(token)
        if hit is None:
            hit = self._compute(token)
            if len(self._parts) >= self.word_cache_size:
                self._parts.clear()
            self._parts[token] = hit
        return hit

    def _compute(self, token: str) -> tuple[list[str], list[str]]:
        k = key(token)
        res = self.res
        if not k:
            return ["punct=" + token[:1]], ["p=" + token[:1]]
        if _AR_LETTER.isdisjoint(k):
            if k.isdigit() or k[0].isdigit():
                return ["num", f"numlen={min(len(k), 5)}"], ["num"]
            if k.isalpha():
                shape = "Lat" if k[0].isupper() else "lat"
                return ["w=" + k.lower(), "shape=" + shape], ["shape=" + shape]
            return ["punct=" + k[:1]], ["p=" + k[:1]]
        proc, rest, bare = stem_forms(k, res)
        own = ["w=" + k, "s=" + rest, "n=" + bare, "pre=" + proc]
        ctx = ["s=" + rest, "pre=" + proc]
        if bare != rest:
            own.append("al")
            ctx.append("al")
        for n in (1, 2, 3):
            if len(bare) > n:
                own.append(f"suf{n}=" + bare[-n:])
        for n in (2, 3):
            if len(bare) > n:
                own.append(f"pfx{n}=" + bare[:n])
        cl = res.cluster(k, rest, bare)
        if cl:
            own += ["c=" + cl[0], "cm=" + cl[1], "cc=" + cl[2]]
            ctx += ["cm=" + cl[1], "cc=" + cl[2]]
            freq = cl[3]
        else:
            own.append("c=?")
            ctx.append("c=?")
            freq = 0
        own.append(f"fq={min(int(math.log2(freq + 1)), 16)}")
        flags = set(res.gazetteer.get(rest, ())) | set(res.gazetteer.get(bare, ())) | set(res.gazetteer.get(k, ()))
        if flags:
            fl = sorted(flags)
            own += ["g=" + f for f in fl]
            ctx += ["g=" + f for f in fl]
        counts = res.lexicon.get(bare)
        if counts:
            lex_own, lex_ctx = lexicon_features(counts)
            own += lex_own
            ctx += lex_ctx
        return own, ctx

    def stem(self, token: str) -> str:
        """The word without conjunction/preposition clitics and article (for document consistency); '' if none."""
        st = self._stems.get(token)
        if st is None:
            k = key(token)
            if len(k) < 2 or (_AR_LETTER.isdisjoint(k) and not k.isalpha()):
                st = ""
            else:
                st = stem_forms(k, self.res)[2]
            if len(self._stems) < self.cache_size:
                self._stems[token] = st
        return st

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """Feature lists of every token of one sentence (own + neighbours' context features)."""
        info = [self.word(t) for t in tokens]
        n = len(tokens)
        out: list[list[str]] = []
        for i in range(n):
            feats = ["b"] + info[i][0]
            for j, (d, _) in enumerate(_CONTEXT):
                m = i + d
                if 0 <= m < n:
                    feats += info[m][1][j]
                elif d in (-1, 1):
                    feats.append("BOS" if d < 0 else "EOS")
            if i > 0:
                feats.append("bg=" + info[i - 1][0][1 if len(info[i - 1][0]) > 1 else 0] + "|" + info[i][0][0])
            out.append(feats)
        return out
