"""Distributional word classes learned from the unlabelled ANT news corpora (build time only).

word2vec (gensim) over the keys of every word in TITLE/ABSTRACT/TEXT of ``news-ant-*``, then k-means (numpy) over
the vectors of the most frequent words at three granularities. The result is a TSV
``key<TAB>fine<TAB>mid<TAB>coarse<TAB>freq`` that the tagger reads; gensim is only needed to rebuild it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from marsad.ner.text import corpus_words

log = logging.getLogger(__name__)
_FIELDS = re.compile(r"<(TITLE|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


NEWS_SOURCES = ("news-ant-multisource", "news-ant-jawharafm")


def news_files(data_dir: Path, sources: tuple[str, ...] = NEWS_SOURCES) -> list[Path]:
    """All ANT article files under ``data_dir`` (sorted, so a rebuild sees the same order)."""
    files: list[Path] = []
    for sub in sources:
        files.extend(sorted((data_dir / sub).rglob("*.txt")))
    return files


def news_digest(data_dir: Path) -> str:
    """SHA-256 over the relative path and SHA-256 of every news file (the manifest's record of the corpus)."""
    h = hashlib.sha256()
    for path in news_files(data_dir):
        h.update(str(path.relative_to(data_dir)).encode("utf-8"))
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def news_sentences(files: list[Path]) -> Iterator[list[str]]:
    """One list of word keys per paragraph line of the articles."""
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        for _, body in _FIELDS.findall(raw):
            for line in body.splitlines():
                words = list(corpus_words(line))
                if len(words) > 2:
                    yield words


def news_token_sentences(
    data_dir: Path, tokens: int, *, seed: int = 0, min_tokens: int = 5, sources: tuple[str, ...] = NEWS_SOURCES
) -> list[list[str]]:
    """Unlabelled sentences of raw tokens (marsad's tokenizer, as at run time) for pretraining the BiLSTM encoder:
    sentences of ``min_tokens``-60 tokens, mostly Arabic, from the TEXT of the news articles in a fixed random order
    (first 5,000 characters of each, so that one long article does not dominate), until ``tokens`` tokens."""
    import random

    from marsad.components import create
    from marsad.document import Document
    from marsad.pipeline import Pipeline

    files = news_files(data_dir, sources)
    random.Random(seed).shuffle(files)
    text_layer = Pipeline([create("sentencizer"), create("tokenizer")])
    arabic = re.compile("[\u0621-\u064a]")
    sents: list[list[str]] = []
    n = 0
    for path in files:
        body = _TEXT.search(path.read_text(encoding="utf-8", errors="replace"))
        if not body:
            continue
        doc = text_layer(Document(text=body.group(1)[:5000]))
        toks = iter(doc.tokens)
        tok = next(toks, None)
        for sent in doc.sentences:
            words = []
            while tok is not None and tok.start < sent.end:
                if tok.start >= sent.start:
                    words.append(tok.text)
                tok = next(toks, None)
            if min_tokens <= len(words) <= 60 and sum(bool(arabic.search(w)) for w in words) > 0.8 * len(words):
                sents.append(words)
                n += len(words)
        if n >= tokens:
            break
    return sents


def _stable_hash(word: str) -> int:
    """gensim seeds each word vector from this; Python's own str hash changes per process (PYTHONHASHSEED)."""
    return zlib.crc32(word.encode("utf-8"))


class _Corpus:
    """Re-iterable corpus for gensim (it makes several passes)."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files

    def __iter__(self) -> Iterator[list[str]]:
        return news_sentences(self.files)


def kmeans(x: np.ndarray, k: int, iters: int = 15, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Plain Lloyd k-means on L2-normalised rows (cosine); returns (labels, centroids)."""
    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int32)
    for _ in range(iters):
        for lo in range(0, len(x), 20_000):  # chunks keep the similarity matrix small
            labels[lo : lo + 20_000] = np.argmax(x[lo : lo + 20_000] @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        keep = norms[:, 0] > 0  # an emptied cluster keeps its old centroid
        cent[keep] = sums[keep] / norms[keep]
    return labels, cent


def build_clusters(
    data_dir: Path,
    out: Path,
    *,
    dim: int = 100,
    epochs: int = 3,
    min_count: int = 3,
    vocab: int = 150_000,
    k_fine: int = 2000,
    k_mid: int = 400,
    k_coarse: int = 60,
    workers: int = 1,
    max_files: int | None = None,
    vectors_out: Path | None = None,
) -> dict[str, int]:
    """Train word2vec on the news corpora and write the cluster TSV; returns counts for the manifest.

    With ``vectors_out`` the vectors of the ``vocab`` most frequent words are also saved there (``.npz`` with
    ``words`` and ``vectors``), for the BiLSTM tagger's word embeddings."""
    from gensim.models import Word2Vec

    files = news_files(data_dir)
    if max_files:
        files = files[:max_files]
    model = Word2Vec(
        _Corpus(files),
        vector_size=dim,
        window=2,  # a narrow window groups words by their role (names with names), not by topic
        min_count=min_count,
        sg=1,  # skip-gram: better vectors for rare words (names), at ~3x the cost of CBOW
        workers=workers,
        epochs=epochs,
        seed=1,
        max_final_vocab=400_000,
        hashfxn=_stable_hash,
    )
    wv = model.wv
    words = wv.index_to_key[:vocab]
    x = np.stack([wv[w] for w in words]).astype(np.float32)
    if vectors_out is not None:
        np.savez(vectors_out, words=np.array(words, dtype=str), vectors=x)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    fine, cent = kmeans(x, k_fine)
    mid_of_fine, cent_mid = kmeans(cent, k_mid, seed=1)
    coarse_of_mid, _ = kmeans(cent_mid, k_coarse, seed=2)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# word key, fine / mid / coarse cluster, corpus frequency (word2vec + k-means over news-ant-*)\n")
        for w, f in zip(words, fine, strict=True):
            m = mid_of_fine[f]
            fh.write(f"{w}\t{f}\t{m}\t{coarse_of_mid[m]}\t{wv.get_vecattr(w, 'count')}\n")
    return {"files": len(files), "vocab": len(words), "corpus_words": int(model.corpus_total_words)}


if __name__ == "__main__":  # quick manual rebuild: python -m marsad.ner.clusters DATA OUT [MAX_FILES]
    import sys

    logging.basicConfig(level=logging.INFO)
    print(
        build_clusters(Path(sys.argv[1]), Path(sys.argv[2]), max_files=int(sys.argv[3]) if len(sys.argv) > 3 else None)
    )
