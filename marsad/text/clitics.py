"""Clitic segmentation of Arabic words, with offsets relative to the word.

Interface used by the tokenizer: ``CliticSegmenter.load().segment(word) -> [(start, end, role), ...]`` where role
is ``proclitic``, ``stem`` or ``enclitic`` and the ranges tile the word exactly (diacritics, tatweel and
joiners stay with the letter before them).

How a word is split (docs/text.md has the conventions and the measured accuracy):

1. closed-class rules (``data/clitic_rules.tsv``): lexicalised words stay whole (كما، لكن، الذي), fixed splits
   (لقد → ل+قد), prepositions and particles with a pronoun (عليهم → علي+هم, له → ل+ه);
2. proclitics are peeled from the outside in, following the order conjunction (و ف) → preposition (ب ك ل) or
   future (س) → article (ال, or لل = ل + ال with its alif dropped). A peel is accepted when corpus evidence
   (``data/word_freq.tsv.gz``, word counts from unlabelled news) says that

   * the rest is a word: frequent on its own or with ال (ك needs the ال form: it only precedes nouns);
   * the whole word is *not* a word of its own: a real stem that begins with و/ب/ل… also occurs with clitics
     that cannot stack on the candidate one (الوزير and ووزير show that وزير is a stem; nothing like الوقالت
     or ووقالت exists, so وقالت is و+قالت);
   * the whole word is not too frequent for that proclitic (كان is not ك + ان);

   ال is the article whenever the word begins with bare alif + lam, except lexicalised words and hamza-less
   spellings of hamza words (المانيا for ألمانيا);
3. an enclitic pronoun (ه ها هم هما هن نا) is split from an open-class word under the same kind of evidence
   (قواتها → قوات+ها, حكومته → حكومت+ه with the stem looked up as حكومة, ألقاه → ألقا+ه as ألقى), never after
   the article, and not when the word is a dotless spelling of ة (حماه for حماة).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from threading import Lock
from typing import Literal, cast

from marsad.text import charsets
from marsad.text.normalize import normalize_string

Role = Literal["proclitic", "stem", "enclitic"]
Segment = tuple[int, int, Role]

DATA_DIR = Path(__file__).resolve().parent / "data"
FREQ_PATH = DATA_DIR / "word_freq.tsv.gz"
RULES_PATH = DATA_DIR / "clitic_rules.tsv"

_MARKS = frozenset(charsets.AR_DIACRITICS + charsets.TATWEEL + charsets.INVISIBLE)
_LETTERS = frozenset(charsets.AR_LETTERS)
# Letters the lexicon spells differently: Persian keyboard forms, and presentation forms of one letter (ﺣ → ح).
_LETTER_FOLD = {"ک": "ك", "ی": "ي", "ە": "ه", "ۃ": "ة"}
for _lo, _hi in charsets.PRESENTATION_FORMS:
    for _code in range(_lo, _hi + 1):
        _folded = unicodedata.normalize("NFKC", chr(_code))
        if len(_folded) == 1 and _folded in _LETTERS:
            _LETTER_FOLD[chr(_code)] = _LETTER_FOLD.get(_folded, _folded)
_ALEFS = "اأإآ"
# A word of Arabic letters only, none of them folded: its skeleton is the word itself (most words of news text).
_PLAIN_WORD = re.compile("[" + "".join(sorted(_LETTERS - set(_LETTER_FOLD))) + "]+")

CONJ = ("و", "ف")
PREP = ("ب", "ك", "ل")
FUTURE = "س"
ARTICLE = "ال"
LIL = "لل"  # ل + ال: the preposition swallows the article's alif (للأمم)

# What may follow each proclitic (outer → inner).
_NEXT: dict[str, tuple[str, ...]] = {
    "": (*CONJ, *PREP, FUTURE, LIL, ARTICLE),
    "و": (*PREP, FUTURE, LIL, ARTICLE),
    "ف": (*PREP, FUTURE, LIL, ARTICLE),
    "ب": (ARTICLE,),
    "ك": (ARTICLE,),
    "ل": (),
    FUTURE: (),
    LIL: (),
    ARTICLE: (),
}
# Clitics that cannot precede the candidate one: if "q + word" is attested, the word's first letter is stem.
_INCOMPATIBLE: dict[str, tuple[str, ...]] = {
    "و": ("و", "ف", ARTICLE),
    "ف": ("و", "ف", ARTICLE),
    "ب": ("ب", "ل", "ك", ARTICLE),
    "ك": ("ب", "ل", "ك", ARTICLE),
    # not ل: ل + لX is written للX, the ل + article form (للمنظمة), so it says nothing about لX
    "ل": ("ب", "ك", ARTICLE),
    LIL: ("ب", "ك", ARTICLE),
    FUTURE: ("ب", "ل", ARTICLE),
}
# Largest plausible freq(clitic + stem) / freq(stem): و is very common (وأضاف outnumbers أضاف), ك is rare.
_MAX_RATIO = {"و": 50.0, "ف": 10.0, "ب": 25.0, "ل": 25.0, LIL: 25.0, "ك": 1.0, FUTURE: 5.0}
_FUTURE_NEXT = "يتنأ"  # س only precedes an imperfect verb

MIN_STEM_COUNT = 5  # corpus count below which a stem is not evidence
WEAK_STEM_COUNT = 100  # below this (and never with ال), the stem must be at least half as frequent as the word
MAX_INCOMPATIBLE_SHARE = 0.03  # whole-word evidence tolerated (typos, names) relative to the word's count
MIN_STEM_LEN = 2
MIN_OPEN_STEM_LEN = 3  # before an enclitic on an open-class word (شبه، متهم، مهم stay whole)
_ENCLITIC_MAX_RATIO = 20.0


def _read_rules(path: Path) -> dict[str, list[list[str]]]:
    rules: dict[str, list[list[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, *fields = line.split("\t")
        rules.setdefault(kind, []).append(fields)
    return rules


def _parse_pieces(spec: str) -> list[tuple[str, str]]:
    """``"و+ قوات +ها"`` → ``[("و", "proclitic"), ("قوات", "stem"), ("ها", "enclitic")]``."""
    out = []
    for piece in spec.split():
        if piece.endswith("+"):
            out.append((piece[:-1], "proclitic"))
        elif piece.startswith("+"):
            out.append((piece[1:], "enclitic"))
        else:
            out.append((piece, "stem"))
    return out


def _parse_proclitics(prefix: str, state: str = "") -> list[str] | None:
    """Read ``prefix`` as a whole sequence of proclitics (وال → و, ال), or None."""
    if not prefix:
        return []
    for clitic in sorted(_NEXT[state], key=len, reverse=True):
        if prefix.startswith(clitic):
            rest = _parse_proclitics(prefix[len(clitic) :], clitic)
            if rest is not None:
                return [clitic, *rest]
    return None


class CliticSegmenter:
    """Lexicon- and statistics-driven clitic segmenter (see the module docstring)."""

    def __init__(
        self,
        counts: dict[str, int],
        *,
        whole: Iterable[str] = (),
        fixed: dict[str, list[tuple[str, str]]] | None = None,
        bases: Iterable[str] = (),
        pronouns: Iterable[str] = (),
        open_enclitics: Iterable[str] = (),
        short: Iterable[str] = (),
        cache_size: int = 50_000,
    ) -> None:
        # Two views of the counts: fully normalised (alef/ى folded) and "head-raw" (first letter kept as
        # written, so أن and ان stay apart where the split point would make them differ).
        self._norm: dict[str, int] = {}
        self._head: dict[str, int] = {}
        for form, c in counts.items():
            n = normalize_string(form)
            self._norm[n] = self._norm.get(n, 0) + c
            h = form[:1] + n[1:]
            self._head[h] = self._head.get(h, 0) + c
        self._raw = counts
        self._whole = {normalize_string(w) for w in whole}
        self._fixed = {normalize_string(k): v for k, v in (fixed or {}).items()}
        self._closed: dict[str, tuple[str, str]] = {}
        for base in bases:
            for pron in pronouns:
                self._closed.setdefault(normalize_string(base + pron), (base, pron))
        self._short = {normalize_string(w) for w in short}
        self._open = tuple(sorted(open_enclitics, key=len, reverse=True))
        # LRU per word (and per skeleton): the tokenizer keeps its own 20k-word cache in front of this one, so a
        # 200k cap here mostly held words it had already forgotten (5,000 ANT articles: peak RSS 532 → 469 MB)
        self._segment_skeleton = lru_cache(maxsize=cache_size)(self._segment_skeleton_uncached)
        self._segment_cached = lru_cache(maxsize=cache_size)(self._segment)

    _instance: CliticSegmenter | None = None
    _lock = Lock()

    @classmethod
    def load(cls, freq_path: Path = FREQ_PATH, rules_path: Path = RULES_PATH) -> CliticSegmenter:
        """The shared segmenter built from the bundled lexicon (read once, on first use)."""
        freq_path, rules_path = Path(freq_path).resolve(), Path(rules_path).resolve()
        if freq_path == FREQ_PATH and rules_path == RULES_PATH and cls._instance is not None:
            return cls._instance
        with cls._lock:
            if freq_path == FREQ_PATH and rules_path == RULES_PATH and cls._instance is not None:
                return cls._instance
            counts: dict[str, int] = {}
            with gzip.open(freq_path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("#"):
                        continue
                    form, _, c = line.rstrip("\n").partition("\t")
                    counts[form] = int(c)
            rules = _read_rules(rules_path)
            seg = cls(
                counts,
                whole=[f[0] for f in rules.get("whole", [])],
                fixed={f[0]: _parse_pieces(f[1]) for f in rules.get("split", [])},
                bases=[f[0] for f in rules.get("base", [])],
                pronouns=[f[0] for f in rules.get("pronoun", [])],
                open_enclitics=[f[0] for f in rules.get("open", [])],
                short=[f[0] for f in rules.get("short", [])],
            )
            if freq_path == FREQ_PATH and rules_path == RULES_PATH:
                cls._instance = seg
            return seg

    # -- evidence -------------------------------------------------------------------------------------------

    def count(self, form: str) -> int:
        """Corpus count of ``form`` with alef variants and ى folded."""
        return self._norm.get(normalize_string(form), 0)

    def _head_count(self, form: str) -> int:
        n = normalize_string(form)
        return self._head.get(form[:1] + n[1:], 0)

    def _stem_evidence(self, clitic: str, rest: str) -> float:
        """How much the corpus supports ``rest`` as what follows ``clitic``."""
        if rest.startswith(ARTICLE):
            # بالقرب: القرب is rare alone, قرب is frequent
            bare = self._head_count(rest[2:]) if self._is_article(rest) else 0
            return self._head_count(rest) + bare
        with_article = self._norm.get(normalize_string(ARTICLE + rest), 0)
        if clitic == "ك":  # ك only precedes nouns
            return with_article
        if clitic == LIL:  # the article is inside لل: the stem must take it
            return with_article + 0.1 * self._head_count(rest)
        if clitic == FUTURE:  # verbs do not take the article
            return self._head_count(rest)
        s: float = self._head_count(rest) + with_article
        enc = self._enclitic_split(rest)
        if enc is not None:
            s += 0.1 * enc[2]
        return s

    def _is_article(self, word: str) -> bool:
        rest = word[2:]
        if len(rest) < MIN_STEM_LEN or normalize_string(word) in self._whole:
            return False
        # a hamza-less spelling of a hamza word (المانيا for ألمانيا, الاف for آلاف) is not ال + stem
        hamza = sum(self._raw.get(a + word[1:], 0) for a in "أإآ")
        return hamza <= 2 * self._raw.get(word, 0) + 2

    def _accept_proclitic(self, clitic: str, word: str) -> float:
        """Evidence for splitting ``clitic`` off ``word`` (0.0 when the split is rejected)."""
        rest = word[len(clitic) :]
        if len(rest) < MIN_STEM_LEN:
            return 0.0
        if clitic == ARTICLE:
            return 1e9 if self._is_article(word) else 0.0
        if clitic == FUTURE and rest[0] not in _FUTURE_NEXT:
            return 0.0
        if clitic == LIL and len(rest) < MIN_STEM_LEN:
            return 0.0
        stem = self._stem_evidence(clitic, rest)
        whole = self._norm.get(normalize_string(word), 0)
        if whole == 0 and clitic != FUTURE and rest.startswith(ARTICLE) and self._is_article(rest):
            return max(stem, 1.0)  # an unseen word in وال/بال/كال/فال: the article after a clitic (والمرجة)
        if stem < MIN_STEM_COUNT:
            return 0.0
        # two-letter remainders: listed function words (و+قد), or a stem far more frequent than the whole (و+إب,
        # ب+حل); otherwise they are stem letters (بدأ is not ب+دأ, بات is not ب+ات)
        if len(rest) == 2 and normalize_string(rest) not in self._short:
            # after لل the article form is the evidence (للحد: الحد); otherwise the stem must dominate
            if stem < (whole if clitic == LIL else 5 * whole + 50):
                return 0.0
        if whole > _MAX_RATIO[clitic] * stem:
            return 0.0
        # a weakly attested stem, (almost) never seen with the article, must not be much rarer than the whole
        # word: بلال is not ب + لال, بنما is not ب + نما, but بجروح is ب + جروح (الجروح). Not for و, which
        # precedes narrative verbs that rarely stand alone (وتابعت, وأردف).
        if (
            clitic in ("ب", "ل", "ك", "ف")
            and stem < WEAK_STEM_COUNT
            and whole > 2 * stem
            and not rest.startswith(ARTICLE)
            and self._norm.get(normalize_string(ARTICLE + rest), 0) < 3
            and not self._enclitic_split(rest)  # بإمكانها: إمكان + ها is well attested
        ):
            return 0.0
        # raw forms: folding the alef would let الوإلى meet الوالي (the governor)
        incompatible = sum(self._raw.get(q + word, 0) for q in _INCOMPATIBLE[clitic])
        # tolerated noise grows with both counts: البلقاء (a place) must not block ب+لقاء
        if incompatible > MAX_INCOMPATIBLE_SHARE * whole + 0.002 * stem + 2:
            return 0.0
        return stem

    def _enclitic_split(self, word: str) -> tuple[str, str, float] | None:
        """(stem, enclitic, evidence) for an open-class word ending in a pronoun, or None."""
        for enc in self._open:
            if not word.endswith(enc) or len(word) - len(enc) < MIN_OPEN_STEM_LEN:
                continue
            stem = word[: -len(enc)]
            forms = [stem]
            if stem.endswith("ت"):  # حكومته: the ة of حكومة is written ت before a pronoun
                forms.append(stem[:-1] + "ة")
            if stem.endswith("ا"):  # مستواه, ألقاه: مستوى, ألقى
                forms.append(stem[:-1] + "ى")
            bare = sum(self._norm.get(normalize_string(f), 0) for f in forms)
            # the stem as a noun with the article (بلاده: بلاد is rare alone, البلاد is frequent)
            noun = sum(self._norm.get(normalize_string(ARTICLE + f), 0) for f in forms)
            if enc == "نا" and noun < MIN_STEM_COUNT:  # نا is also the past-tense subject (قلنا): nouns only
                continue
            evidence = bare + noun
            if evidence < MIN_STEM_COUNT:
                continue
            whole = self._norm.get(normalize_string(word), 0)
            if whole > _ENCLITIC_MAX_RATIO * evidence:
                continue
            # a final ه that is ة spelled without its dots (حماه for حماة) is not a pronoun when the stem is no
            # word of its own (حما) but its ة form is (حماة); دوره stays دور + ه although دورة exists
            if (
                enc == "ه"
                and self._norm.get(normalize_string(stem), 0) + self._norm.get(normalize_string(ARTICLE + stem), 0) < 20
                and self._norm.get(normalize_string(stem + "ة"), 0) >= max(whole, MIN_STEM_COUNT)
            ):
                continue
            # pronouns do not stack and do not follow the article: attested ال+word or word+pronoun means the
            # final letters belong to the stem (الاتجاه, اتجاهه)
            incompatible = self._raw.get(ARTICLE + word, 0) + sum(self._raw.get(word + e, 0) for e in ("ه", "ها", "هم"))
            if incompatible > MAX_INCOMPATIBLE_SHARE * whole + 2:
                continue
            return stem, enc, float(evidence)
        return None

    # -- segmentation -----------------------------------------------------------------------------------------

    def _tail(self, word: str, article: bool) -> list[tuple[str, str]]:
        """Stem and enclitic of what is left after the proclitics."""
        key = normalize_string(word)
        if not article:
            if key in self._whole:
                return [(word, "stem")]
            if key in self._fixed:
                return self._fixed[key]
            closed = self._closed.get(key)
            if closed is not None:
                n = len(closed[0])
                return [(word[:n], "stem"), (word[n:], "enclitic")]
            enc = self._enclitic_split(word)
            if enc is not None:
                return [(enc[0], "stem"), (enc[1], "enclitic")]
        return [(word, "stem")]

    def _segment_skeleton_uncached(self, word: str) -> tuple[tuple[str, str], ...]:
        """Segment a bare word (letters only): pieces with roles."""
        key = normalize_string(word)
        if key in self._whole:
            return ((word, "stem"),)
        if key in self._fixed:
            return tuple(self._fixed[key])
        if key in self._closed:
            return tuple(self._tail(word, article=False))
        pieces: list[tuple[str, str]] = []
        state = ""
        rest = word
        while True:
            best, best_score = "", 0.0
            scores = {
                clitic: self._accept_proclitic(clitic, rest)
                for clitic in _NEXT[state]
                if rest.startswith(clitic) and len(rest) > len(clitic)
            }
            if scores.get(LIL) and scores.get("ل"):
                # للغاية: ل + لغاية or لل + غاية? compare the article forms: الغاية vs اللغاية (اللجنة wins for للجنة)
                lil = self._norm.get(normalize_string(ARTICLE + rest[2:]), 0)
                lam = self._norm.get(normalize_string(ARTICLE + rest[1:]), 0)
                if lil or lam:
                    scores[LIL if lil >= lam else "ل"] = 1e12
            for clitic, score in scores.items():
                if score > best_score:
                    best, best_score = clitic, score
            if not best:
                break
            pieces.append((best, "proclitic"))
            rest = rest[len(best) :]
            state = best
        pieces.extend(self._tail(rest, article=state in (ARTICLE, LIL)))
        return tuple(pieces)

    def _segment(self, word: str) -> tuple[Segment, ...]:
        if _PLAIN_WORD.fullmatch(word):
            return self._segment_plain(word)
        return self._segment_general(word)

    def _segment_plain(self, word: str) -> tuple[Segment, ...]:
        """``_segment_general`` for a word of plain letters (its skeleton is the word itself), without its loop."""
        pieces = self._segment_skeleton(word)
        last = len(pieces) - 1
        out: list[Segment] = []
        k = 0
        for n, (text, role) in enumerate(pieces):
            start = k
            k += len(text)
            out.append((start, len(word) if n == last else k, cast(Role, role)))
        return tuple(out)

    def _segment_general(self, word: str) -> tuple[Segment, ...]:
        # letters only, remembering where each sits in the surface word
        letters: list[str] = []
        positions: list[int] = []
        pieces: tuple[tuple[str, str], ...] | None = None
        for i, ch in enumerate(word):
            if ch in _MARKS:
                continue
            ch = _LETTER_FOLD.get(ch, ch)
            if ch not in _LETTERS:
                # mixed script: Arabic proclitics written onto a Latin name (لـCNN, والـBBC)
                clitics = _parse_proclitics("".join(letters)) if letters else None
                if clitics is None or any(c in _LETTERS for c in word[i:]):
                    return ((0, len(word), "stem"),)
                pieces = (*((c, "proclitic") for c in clitics), (word[i:], "stem"))
                positions.append(i)
                break
            letters.append(ch)
            positions.append(i)
        if not letters:
            return ((0, len(word), "stem"),)
        if pieces is None:
            pieces = self._segment_skeleton("".join(letters))
        out: list[Segment] = []
        k = 0
        for n, (text, role) in enumerate(pieces):
            start = 0 if n == 0 else positions[k]
            k += len(text)
            end = len(word) if n == len(pieces) - 1 else positions[k]
            out.append((start, end, cast(Role, role)))
        return tuple(out)

    def segment(self, word: str) -> list[Segment]:
        """``[(start, end, role), ...]`` tiling ``word``; roles are proclitic, stem, enclitic (cached per word)."""
        return list(self._segment_cached(word))

    def cache_clear(self) -> None:
        self._segment_skeleton.cache_clear()
        self._segment_cached.cache_clear()


def split_word(word: str) -> list[str]:
    """The pieces of ``word`` as strings (for examples and tests): وقالت → ["و", "قالت"]."""
    return [word[a:b] for a, b, _ in CliticSegmenter.load().segment(word)]
