"""A lexicon of entity types learnt from unlabelled news, for the CRF's features (``lexicon.tsv``).

Most names in a new article are words the labelled data never saw, but many of them occur often in the 2018 news
corpora. Tagged there by a CRF, each occurrence is one guess from one context; counted over all occurrences, the
guesses say how a word is used (زيوريخ: LOC in 5 of 10 mentions; الاتفاق: O 5,404 times, ORG 111). The CRF then
gets that summary as features of the word (``x=LOC``, ``x=LOC:2``) and learns how far to trust it.

The features must not be better on the training sentences than on new text, or the CRF would learn to trust them
too much: a CRF trained on a sentence knows its names, and its tags on news would repeat them. So the lexicon is
built twice, by CRFs trained on either half of the training data (runs of ``FOLD_RUN`` sentences, alternately);
a training sentence gets the lexicon of the CRF that did not see it (2-fold jackknife, as in stacking), and new
text gets the two halves' counts added (``lexicon.tsv``).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.ner.features import LEXICON_TYPES, FeatureExtractor, Resources, lexicon_key

FOLD_RUN = 25  # consecutive sentences kept in one fold, so that an article's sentences mostly stay together
MIN_COUNT = 3  # occurrences in the tagged news for a word to get lexicon features


def fold_of(i: int) -> int:
    """Fold (0 or 1) of the i-th training sentence."""
    return (i // FOLD_RUN) % 2


def count_types(model_path: Path, fx: FeatureExtractor, news: Sequence[list[str]]) -> dict[str, list[int]]:
    """Lexicon key -> occurrences tagged O / PER / LOC / ORG / MISC when ``model_path`` (a CRF over ``fx``'s
    features) tags the news sentences."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    column = {t: i for i, t in enumerate(LEXICON_TYPES)}
    counts: dict[str, list[int]] = {}
    for sent in news:
        if not sent:
            continue
        for tok, tag in zip(sent, tagger.tag(fx.sentence(sent)), strict=True):
            k = lexicon_key(tok, fx.res)
            if k:
                counts.setdefault(k, [0] * len(LEXICON_TYPES))[column[tag[2:] if tag != "O" else "O"]] += 1
    return counts


def add_counts(parts: Sequence[dict[str, list[int]]]) -> dict[str, tuple[int, ...]]:
    """The element-wise sum of several lexicons' counts, keeping the words seen ``MIN_COUNT`` times or more."""
    out: dict[str, list[int]] = {}
    for part in parts:
        for k, c in part.items():
            acc = out.setdefault(k, [0] * len(LEXICON_TYPES))
            for i, n in enumerate(c):
                acc[i] += n
    return {k: tuple(c) for k, c in out.items() if sum(c) >= MIN_COUNT}


def write_lexicon(lexicon: dict[str, tuple[int, ...]], path: Path, note: str) -> None:
    """lexicon.tsv: a comment line, then key TAB counts (LEXICON_TYPES order), most frequent first. Written to a
    temporary file first, so that a reader never sees half of it."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(f"# {note}; columns: key {' '.join(LEXICON_TYPES)}\n")
        for k, c in sorted(lexicon.items(), key=lambda kv: (-sum(kv[1]), kv[0])):
            fh.write(k + "\t" + " ".join(map(str, c)) + "\n")
    tmp.replace(path)


def build_fold_lexicons(
    train: Sequence[list[tuple[str, str]]],
    res: Resources,
    news: Sequence[list[str]],
    params: dict[str, Any] | None = None,
    log=print,
) -> tuple[tuple[FeatureExtractor, FeatureExtractor], dict[str, tuple[int, ...]], dict[str, Any]]:
    """((feature extractor for fold 0's sentences, for fold 1's), the lexicon for new text, facts for the manifest).

    Two CRFs over the features without lexicon (``res`` as given), each trained on one fold of ``train``, tag the
    news; fold f's sentences get the counts of the CRF trained on the other fold."""
    from marsad.ner.train import train_crf

    t0 = time.perf_counter()
    plain = FeatureExtractor(res)
    halves = []
    with tempfile.TemporaryDirectory(prefix="marsad-lexicon-") as tmp:
        for f in (0, 1):
            path = Path(tmp) / f"half{f}.crfsuite"
            train_crf([s for i, s in enumerate(train) if fold_of(i) == f], path, plain, params)
            halves.append(count_types(path, plain, news))
            log(f"lexicon: fold {f} CRF tagged {len(news)} news sentences, {time.perf_counter() - t0:.0f}s")
    fxs = (
        FeatureExtractor(res.with_lexicon(add_counts([halves[1]]))),
        FeatureExtractor(res.with_lexicon(add_counts([halves[0]]))),
    )
    merged = add_counts(halves)
    info = {
        "news_sentences": len(news),
        "news_tokens": sum(len(s) for s in news),
        "words": len(merged),
        "min_count": MIN_COUNT,
        "folds": 2,
        "fold_run": FOLD_RUN,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    return fxs, merged, info
