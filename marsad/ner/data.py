"""Readers for the labelled NER corpora in ../shared/data, mapped to one tag set (BIO over PER/LOC/ORG/MISC).

Each reader returns sentences as lists of ``(token, tag)``. Tokens keep their corpus spelling; tokenisation is
brought close to marsad's (clitics attached to their word, as in ANERcorp): NewsFANE writes و/ب/ل/ك/ف and the
pronoun suffixes as separate tokens, so they are glued back onto their word.

* ANERcorp (CAMeL Lab train split): PERS → PER. The dev set is carved out of it (the last sentences).
* NewsFANE Gold: 42 fine classes mapped below; Group (العرب، المسلمين) → O because nationality and community
  nouns are not entities in the ANERcorp convention. NewsFANE re-annotates ANERcorp's own text, so every NewsFANE
  sentence sharing a 25-character shingle with any ANERcorp train sentence is dropped (no conflicting labels on
  the same text, and no dev sentence leaks in).
* AQMAR (Wikipedia): PER/LOC/ORG kept; its article-specific MIS0–MIS3 classes do not match ANERcorp's MISC, so
  sentences containing them are dropped rather than taught as O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from marsad.ner.text import key

Sentence = list[tuple[str, str]]
TYPES = ("PER", "LOC", "ORG", "MISC")

NEWSFANE_MAP: dict[str, str | None] = {
    **dict.fromkeys(
        "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police".split(),
        "PER",
    ),
    **dict.fromkeys(
        "Nation Population-Center State-or-Province GPE-Cluster Continent County-or-District Water-Body Land-Region-"
        "Natural Celestial Building-Grounds Airport Path Subarea-Facility".split(),
        "LOC",
    ),
    **dict.fromkeys(
        "Government Non-Governmental Commercial Educational Media Sports Religious_ORG Medical-Science "
        "Entertainment".split(),
        "ORG",
    ),
    **dict.fromkeys("Book Movie Software Hardware Food Drug Sound Chemical Land Air Water".split(), "MISC"),
    "Group": None,
    "Projectile": None,
    "Shooting": None,
    "Nuclear": None,
    "Blunt": None,
    "Exploding": None,
}
_PROCLITIC_TOKENS = {"و", "ف", "ب", "ل", "ك"}
_ENCLITIC_TOKENS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي", "ك"}
_AR = re.compile(r"[\u0621-\u064a]")


def read_conll(path: Path, *, sep: str | None = None, encoding: str = "utf-8") -> list[list[list[str]]]:
    """Sentences of rows (columns split on ``sep``, whitespace when None) of a one-token-per-line file."""
    sents: list[list[list[str]]] = []
    cur: list[list[str]] = []
    with path.open(encoding=encoding, newline="") as fh:
        for line in fh:
            line = line.replace("\ufeff", "").replace("\u200e", "").replace("\u200f", "").rstrip("\r\n")
            cols = line.split(sep) if sep else line.split()
            if not cols or not cols[0].strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(cols)
    if cur:
        sents.append(cur)
    return sents


def repair_bio(tags: list[str]) -> list[str]:
    """I-X after O or after another type becomes B-X (a few corpus typos and the effect of mapping)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def _map_tag(tag: str, mapping: Mapping[str, str | None]) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    typ = mapping.get(tag[2:], None)
    return f"{tag[0]}-{typ}" if typ else "O"


def anercorp(data_dir: Path) -> list[Sentence]:
    """ANERcorp train split (CAMeL Lab), tags PER/LOC/ORG/MISC."""
    path = data_dir / "anercorp-camellab" / "ANERCorp_CamelLab_train.txt"
    mapping = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
    out = []
    for rows in read_conll(path):
        toks = [r[0] for r in rows]
        tags = repair_bio([_map_tag(r[1] if len(r) > 1 else "O", mapping) for r in rows])
        out.append(list(zip(toks, tags, strict=True)))
    return out


def split_dev(sents: list[Sentence], frac: float = 0.1) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): the dev set is the last ``frac`` of the sentences (contiguous news, like a later test)."""
    cut = int(len(sents) * (1 - frac))
    return sents[:cut], sents[cut:]


def _glue_clitics(sent: Sentence) -> Sentence:
    """Re-attach NewsFANE's separated clitic tokens (و الصادرات → والصادرات, كتاب ه → كتابه)."""
    out: list[list[str]] = []
    pending = ""  # proclitics waiting for their word
    for tok, tag in sent:
        if tok in _PROCLITIC_TOKENS and tag == "O":
            pending += tok
            continue
        if tok in _ENCLITIC_TOKENS and out and tag.endswith("O") and _AR.search(out[-1][0]) and not pending:
            out[-1][0] += tok
            continue
        out.append([pending + tok if _AR.search(tok) else tok, tag])
        if not _AR.search(tok) and pending:
            out.insert(len(out) - 1, [pending, "O"])
        pending = ""
    if pending:
        out.append([pending, "O"])
    return [(t, g) for t, g in out]


def _shingles(text: str, n: int = 25) -> set[int]:
    s = re.sub(r"[^\u0621-\u064a]", "", text)
    return {hash(s[i : i + n]) for i in range(0, max(len(s) - n + 1, 0))}


def newsfane(data_dir: Path, exclude: list[Sentence]) -> tuple[list[Sentence], int]:
    """NewsFANE Gold mapped to 4 types, minus sentences that share text with ``exclude``; (sentences, dropped)."""
    seen: set[int] = set()
    for sent in exclude:
        seen |= _shingles(" ".join(key(t) for t, _ in sent))
    out: list[Sentence] = []
    dropped = 0
    folder = data_dir / "newsfane-gold"
    for path in sorted(folder.glob("NewsFANE_Gold_2014_170K.*.txt")):
        for rows in read_conll(path, sep="\t"):
            rows = [r for r in rows if r[0].strip()]
            if not rows:
                continue
            toks = [r[0].strip() for r in rows]
            if _shingles(" ".join(key(t) for t in toks)) & seen:
                dropped += 1
                continue
            tags = repair_bio([_map_tag(r[1].strip() if len(r) > 1 else "O", NEWSFANE_MAP) for r in rows])
            out.append(_glue_clitics(list(zip(toks, tags, strict=True))))
    return out, dropped


def aqmar(data_dir: Path) -> tuple[list[Sentence], int]:
    """AQMAR Wikipedia articles: PER/LOC/ORG; sentences with MIS* annotations dropped; (sentences, dropped)."""
    mapping = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "-ORG": "ORG"}
    out: list[Sentence] = []
    dropped = 0
    for path in sorted((data_dir / "aqmar" / "articles").glob("*.txt")):
        for rows in read_conll(path):
            raw = [r[1] if len(r) > 1 else "O" for r in rows]
            if any("MIS" in t or "ENGLISH" in t or "SPANISH" in t for t in raw):
                dropped += 1
                continue
            tags = repair_bio([_map_tag(t, mapping) for t in raw])
            out.append(list(zip([r[0] for r in rows], tags, strict=True)))
    return out, dropped


WOJOOD_MAP = {"PERS": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "EVENT": "MISC", "LAW": "MISC"}


def wojood(data_dir: Path) -> list[Sentence]:
    """Wojood sample (train + val), flattened: a token takes the first of its nested tags whose type maps to
    PER/LOC/ORG/MISC (so an ORG inside an occupation phrase survives). Conventions differ from ANERcorp
    (GPE, nested spans, some dialect): used as auxiliary data only."""
    out: list[Sentence] = []
    for name in ("train.txt", "val.txt"):
        path = data_dir / "wojood-ner-sample" / name
        if not path.exists():
            continue
        for rows in read_conll(path):
            toks, tags = [], []
            for r in rows:
                if not r or not r[0]:
                    continue
                toks.append(r[0])
                tag = "O"
                for t in r[1:]:
                    if t[2:] in WOJOOD_MAP and t[:2] in ("B-", "I-"):
                        tag = t[:2] + WOJOOD_MAP[t[2:]]
                        break
                tags.append(tag)
            if toks:
                out.append(list(zip(toks, repair_bio(tags), strict=True)))
    return out


AUX_CORPORA = ("aqmar", "wojood")


def auxiliary(data_dir: Path, names: tuple[str, ...]) -> list[Sentence]:
    """Sentences of the auxiliary corpora ``names`` (of AUX_CORPORA), for the BiLSTM-CRF's second tag layer."""
    out: list[Sentence] = []
    for name in names:
        if name not in AUX_CORPORA:
            raise ValueError(f"unknown auxiliary corpus {name!r} (one of {', '.join(AUX_CORPORA)})")
        out += aqmar(data_dir)[0] if name == "aqmar" else wojood(data_dir)
    return out


def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start token, end token exclusive, type) of a BIO sequence."""
    spans: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and not (t.startswith("I-") and t[2:] == typ):
            spans.add((start, i, typ))
            start = -1
        if t.startswith("B-") or (t.startswith("I-") and start < 0):
            start, typ = i, t[2:]
    return spans
