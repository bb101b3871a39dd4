"""NER experiments on the ANERcorp dev carve-out without redoing the CRF each time (docs/ner.md, "Experiments").

    # once: the CRF of the bundled configuration trained without dev (+ o_words, clusters, gazetteer)
    cp marsad/models/ner/{clusters.tsv,gazetteer.tsv,neural.npz} CRF_DIR/
    marsad train ner --out CRF_DIR --no-resources --no-final --no-neural
    # a BiLSTM-CRF run (word vectors from the neural.npz in CRF_DIR), dev-scored at snapshot epochs
    .venv/bin/python benchmarks/ner_experiment.py train OUT_DIR --crf CRF_DIR --epochs 40 --snapshots 20,30
    # CRF weight x MISC prior grid for one or more BiLSTM-CRF files (several: their log-marginals averaged)
    .venv/bin/python benchmarks/ner_experiment.py grid OUT_DIR/neural.npz --crf CRF_DIR
    # self-training data (news sentences tagged by a model trained without dev), then a run on train + it
    .venv/bin/python benchmarks/ner_experiment.py pseudo PSEUDO.json --model CRF_DIR --tokens 60000
    .venv/bin/python benchmarks/ner_experiment.py train OUT_DIR --crf CRF_DIR --extra PSEUDO.json
    # the MISC prior on another slice of the train split (CRF alone, trained without that slice)
    .venv/bin/python benchmarks/ner_experiment.py slice OUT_DIR --crf CRF_DIR --lo 0.7 --hi 0.8
    # weight averaging of a run's snapshots (train --snapshots), then scored like any BiLSTM-CRF file
    .venv/bin/python benchmarks/ner_experiment.py average OUT.npz RUN/neural.ep32.npz RUN/neural.ep36.npz RUN/neural.npz
    # a BiLSTM-CRF trained without a train slice (pretrained on N news tokens or not) + the CRF of `slice` OUT_DIR
    .venv/bin/python benchmarks/ner_experiment.py slice-neural OUT --slice OUT_DIR --crf CRF_DIR [--pretrain-tokens N]
    # the label-consistency rules of `tag --conll`, added one by one (dev, or a slice for a `slice` OUT_DIR)
    .venv/bin/python benchmarks/ner_experiment.py consistency MODEL_DIR [...] [--lo 0.7 --hi 0.8]
    # slice-neural folders (trained without dev and the slice) scored on both texts
    .venv/bin/python benchmarks/ner_experiment.py two-texts OUT [OUT ...] --lo 0.7 --hi 0.8
    # a CRF with BIOES tags against the BIO one of CRF_DIR (dev), or of a `slice` OUT_DIR (--lo 0.7 --hi 0.8)
    .venv/bin/python benchmarks/ner_experiment.py bioes BIOES_OUT --crf CRF_DIR
    # resources with names read off the news by their head noun (شركة X, مدينة X), then a CRF on them
    .venv/bin/python benchmarks/ner_experiment.py context-names OUT --crf CRF_DIR --min-share 0.2
    marsad train ner --out OUT --no-resources --no-final --no-neural
    # fastText subword vectors in place of word2vec (thirteenth round): OUT then serves as --crf for train /
    # slice-neural (copy CRF_DIR's model.crfsuite, o_words, clusters and gazetteer into it)
    .venv/bin/python benchmarks/ner_experiment.py fasttext OUT

Scores: exact-span entity F1 (``marsad.ner.train.score``) after label propagation, as ``marsad train ner``
reports them. Run it alone, one thread (OMP_NUM_THREADS=1): the BiLSTM-CRF run takes 10-15 minutes.
"""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.neural_train import NeuralTrainingOptions

TYPES = ("PER", "LOC", "ORG", "MISC")


def _setup(crf_dir: Path):
    import pycrfsuite

    from marsad.ner.features import FeatureExtractor, Resources
    from marsad.ner.neural import CrfScores
    from marsad.ner.rules import load_o_words
    from marsad.ner.train import corpora, default_data_dir

    train, dev, _ = corpora(default_data_dir(), newsfane=True, aqmar=False)
    fx = FeatureExtractor(Resources.load(crf_dir))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_dir / "model.crfsuite"))
    return train, dev, fx, CrfScores(tagger), load_o_words(crf_dir)


def _crf_log_marginals(crf, fx, sents: list[list[str]]) -> list[np.ndarray]:
    """Per sentence, the log of the CRF's tag marginals (n × 9); an empty sentence gives an empty array."""
    from marsad.ner.neural import marginals_padded

    z = np.zeros(9, np.float32)
    out = []
    for s in sents:
        if not s:
            out.append(np.zeros((0, 9), np.float32))
            continue
        em = crf.sentence(fx, s)[None].astype(np.float32)
        out.append(np.log(marginals_padded(em, np.array([len(s)]), crf.trans, z, z)[0] + 1e-6))
    return out


def _decode(fx, sents, crf_l, nn_l, weight: float, bias: dict[str, float], o_words) -> list[list[str]]:
    """Best valid BIO path of the combined log-marginals (as NeuralTagger.ensemble), then the label-consistency
    rules of ``marsad tag --conll``."""
    from marsad.ner import rules
    from marsad.ner.consistency import chunks
    from marsad.ner.neural import TAGS, tag_bias, viterbi_batch
    from marsad.ner.tagger import CONLL_CONSISTENCY_RULES

    prior = tag_bias(bias)
    k = len(TAGS)
    zt, zk = np.zeros((k, k), np.float32), np.zeros(k, np.float32)
    out = []
    for c, n in zip(crf_l, nn_l, strict=True):
        lm = weight * c + (1 - weight) * n + prior
        lm = lm - np.log(np.exp(lm).sum(1, keepdims=True))
        out.append([TAGS[j] for j in viterbi_batch(lm[None].astype(np.float32), np.array([len(lm)]), zt, zk, zk)[0]])
    for a, b in chunks(len(sents)):
        for name in CONLL_CONSISTENCY_RULES:  # as NerModel.tag_sentences
            getattr(rules, name)(fx, sents[a:b], out[a:b], o_words)
    return out


def grid(
    npz: list[Path], crf_dir: Path, weights: list[float], biases: list[float], org_biases: tuple[float, ...] = (0.0,)
) -> list[dict]:
    from marsad.ner.neural import NeuralTagger
    from marsad.ner.train import score

    _, dev, fx, crf, o_words = _setup(crf_dir)
    sents = [[t for t, _ in s] for s in dev]
    gold = [[g for _, g in s] for s in dev]
    crf_l = _crf_log_marginals(crf, fx, sents)
    per_model = [[np.log(m + 1e-6) for m in NeuralTagger.load(p, fx).marginals(sents)] for p in npz]
    nn_l = [np.mean(ms, axis=0) for ms in zip(*per_model, strict=True)]
    rows = []
    for w in weights:
        for b in biases:
            for ob in org_biases:
                sc = score(gold, _decode(fx, sents, crf_l, nn_l, w, {"MISC": b, "ORG": ob}, o_words))
                row = {"crf_weight": w, "misc_prior": b, **{t: sc[t]["f1"] for t in (*TYPES, "micro")}}
                if ob:
                    row["org_prior"] = ob
                row["p"], row["r"] = sc["micro"]["p"], sc["micro"]["r"]
                print(json.dumps(row), flush=True)
                rows.append(row)
    return rows


def average(npz: list[Path], out: Path) -> None:
    """Weight averaging: the element-wise mean of the float arrays of BiLSTM-CRF files of one run (snapshots of
    one trajectory); vocabularies from the first. Word vectors are frozen, so they only differ in the unknown row."""
    with np.load(npz[0], allow_pickle=False) as z:
        first = {k: z[k] for k in z.files}
    sums = {k: v.astype(np.float64) for k, v in first.items() if not k.startswith("vocab_")}
    for p in npz[1:]:
        with np.load(p, allow_pickle=False) as z:
            for k in sums:
                sums[k] += z[k]
    arrays = {k: (sums[k] / len(npz)).astype(first[k].dtype) if k in sums else v for k, v in first.items()}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)


def _aux_corpora(names: str) -> list | None:
    from marsad.ner import data as D
    from marsad.ner.train import default_data_dir

    out: list = []
    for name in filter(None, names.split(",")):
        out += D.aqmar(default_data_dir())[0] if name == "aqmar" else D.wojood(default_data_dir())
    return out or None


def _news(tokens: int) -> list | None:
    from marsad.ner.clusters import news_token_sentences
    from marsad.ner.train import default_data_dir

    return news_token_sentences(default_data_dir(), tokens) if tokens else None


def train(out_dir: Path, crf_dir: Path, options: NeuralTrainingOptions, data: dict[str, Any], extra=None) -> None:
    """A BiLSTM-CRF trained on the train split without dev (``data``: ``train_neural``'s other sentences), scored on
    dev with the CRF of ``crf_dir`` (each snapshot, then the last epoch over a grid of decodings)."""
    from marsad.ner.neural_train import train_neural
    from marsad.ner.train import _word_vectors

    tr, _, fx, _, _ = _setup(crf_dir)
    if extra:
        tr = tr + [[(t, g) for t, g in s] for s in json.loads(extra.read_text(encoding="utf-8"))]
    words, vectors = _word_vectors(crf_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    info = train_neural(tr, fx, words, vectors, out_dir / "neural.npz", options, **data)
    print(json.dumps(info), flush=True)
    for ep in options.snapshots:
        print(f"epoch {ep}:", flush=True)
        grid([out_dir / f"neural.ep{ep}.npz"], crf_dir, [0.3, 0.5], [0.0, 1.0])
    print(f"epoch {options.epochs}:", flush=True)
    grid([out_dir / "neural.npz"], crf_dir, [0.0, 0.3, 0.5], [0.0, 1.0])


def _train_slice(lo: float, hi: float) -> tuple[list, list]:
    """(the train split's sentences [lo, hi), the rest of the train split + NewsFANE): a slice to score on and the
    data to train without it (NewsFANE sentences repeating any ANERcorp train text are dropped already)."""
    from marsad.ner import data as D
    from marsad.ner.train import default_data_dir

    ner = D.anercorp(default_data_dir())
    tr, _ = D.split_dev(ner)
    a, b = int(lo * len(tr)), int(hi * len(tr))
    return tr[a:b], tr[:a] + tr[b:] + D.newsfane(default_data_dir(), ner)[0]


def train_slice(crf_dir: Path, lo: float, hi: float, out: Path, biases: list[float]) -> None:
    """The MISC prior outside the dev carve-out: a CRF trained on the train split minus its sentences [lo, hi)
    (+ NewsFANE), scored on that slice from its marginals, with each prior, + label propagation."""
    import pycrfsuite

    from marsad.ner.features import FeatureExtractor, Resources
    from marsad.ner.neural import CrfScores
    from marsad.ner.rules import build_o_words, load_o_words
    from marsad.ner.train import score, train_crf

    held, rest = _train_slice(lo, hi)
    fx = FeatureExtractor(Resources.load(crf_dir))
    out.mkdir(parents=True, exist_ok=True)
    for name in ("clusters.tsv", "gazetteer.tsv"):  # OUT is then a model folder (CRF alone) for `consistency`
        shutil.copy(crf_dir / name, out / name)
    print(json.dumps(train_crf(rest, out / "model.crfsuite", fx)), flush=True)
    build_o_words(fx, rest, out / "o_words.txt")
    o_words = load_o_words(out)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out / "model.crfsuite"))
    crf = CrfScores(tagger)
    sents = [[t for t, _ in s] for s in held]
    gold = [[g for _, g in s] for s in held]
    crf_l = _crf_log_marginals(crf, fx, sents)
    for bv in biases:
        pred = _decode(fx, sents, crf_l, crf_l, 1.0, {"MISC": bv}, o_words)
        sc = score(gold, pred)
        print(json.dumps({"slice": [lo, hi], "misc_prior": bv, **{t: sc[t] for t in ("MISC", "micro")}}), flush=True)


def slice_neural(
    out: Path,
    slice_dir: Path,
    crf_dir: Path,
    lo: float,
    hi: float,
    options: NeuralTrainingOptions,
    pretrain_tokens: int,
    aux: str = "",
) -> dict:
    """A BiLSTM-CRF trained without the train slice [lo, hi) (+ NewsFANE), optionally pretrained on news, joined to
    the CRF of a ``slice`` folder (trained without the same slice) and scored on the slice as ``marsad tag --conll``
    tags it (bundled decoding and consistency rules). Word vectors from ``crf_dir``'s neural.npz; ``options``: the
    training options shared with ``train`` (``_training_options``)."""
    from marsad.ner.features import FeatureExtractor, Resources
    from marsad.ner.neural_train import train_neural
    from marsad.ner.tagger import NerModel
    from marsad.ner.train import _word_vectors, score

    held, rest = _train_slice(lo, hi)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("clusters.tsv", "gazetteer.tsv", "model.crfsuite", "o_words.txt"):
        shutil.copy(slice_dir / name, out / name)
    fx = FeatureExtractor(Resources.load(out))
    words, vectors = _word_vectors(crf_dir)
    info = train_neural(
        rest, fx, words, vectors, out / "neural.npz", options, pretrain=_news(pretrain_tokens), aux=_aux_corpora(aux)
    )
    print(json.dumps(info), flush=True)
    gold = [[g for _, g in s] for s in held]
    sents = [[t for t, _ in s] for s in held]
    row: dict[str, Any] = {}
    printed = {"slice": [lo, hi], "pretrain_tokens": pretrain_tokens, "aux": aux, **asdict(options)}
    for ep in [*options.snapshots, options.epochs]:  # each snapshot in a model folder of its own, same CRF
        folder = out if ep == options.epochs else out / f"ep{ep}"
        if folder != out:
            folder.mkdir(exist_ok=True)
            for name in ("clusters.tsv", "gazetteer.tsv", "model.crfsuite", "o_words.txt"):
                shutil.copy(out / name, folder / name)
            shutil.move(out / f"neural.ep{ep}.npz", folder / "neural.npz")
        sc = score(gold, NerModel.load(folder).tag_sentences(sents))
        row = {**printed, "epoch": ep, "micro": sc["micro"]}
        row |= {t: sc[t]["f1"] for t in TYPES}
        print(json.dumps(row), flush=True)
    return row


def consistency(model_dirs: list[Path], lo: float | None, hi: float | None, crf_weight: float | None = None) -> None:
    """Micro-F1 of ``marsad tag --conll`` decoding as the label-consistency rules are added one by one, on the
    dev carve-out or (``lo``/``hi``) on that slice of the train split (for a model trained without it);
    ``crf_weight``: the CRF's weight in the ensemble instead of the bundled one."""
    from marsad.ner.tagger import CONLL_CONSISTENCY_RULES, NerModel
    from marsad.ner.train import score

    held = _held_and_train(lo, hi)[0]
    sents = [[t for t, _ in s] for s in held]
    gold = [[g for _, g in s] for s in held]
    for folder in model_dirs:
        model = NerModel.load(folder)
        if crf_weight is not None:
            model.crf_weight = crf_weight
        for k in range(len(CONLL_CONSISTENCY_RULES) + 1):
            rules = CONLL_CONSISTENCY_RULES[:k]
            sc = score(gold, model.tag_sentences(sents, consistency=rules))
            row = {"model": str(folder), "rules": list(rules), "micro": sc["micro"]["f1"]}
            print(json.dumps(row | {t: sc[t]["f1"] for t in TYPES}), flush=True)


def _held_and_train(lo: float | None, hi: float | None) -> tuple[list, list]:
    """(scored sentences, training sentences): the dev carve-out and the train split (+ NewsFANE), or the train
    slice [lo, hi) and the rest (``_train_slice``)."""
    from marsad.ner.train import corpora, default_data_dir

    if lo is None or hi is None:
        train, dev, _ = corpora(default_data_dir(), newsfane=True, aqmar=False)
        return dev, train
    return _train_slice(lo, hi)


def two_texts(model_dirs: list[Path], lo: float, hi: float) -> None:
    """Each model (trained without dev and without the slice [lo, hi), e.g. ``slice-neural`` folders) scored on
    both texts as ``marsad tag --conll`` tags them: does a seed that is better on one text stay better on the
    other?"""
    from marsad.ner.tagger import NerModel
    from marsad.ner.train import score

    texts = {"dev": _held_and_train(None, None)[0], "slice": _held_and_train(lo, hi)[0]}
    for folder in model_dirs:
        model = NerModel.load(folder)
        row: dict[str, Any] = {"model": str(folder)}
        for name, held in texts.items():
            sc = score([[g for _, g in s] for s in held], model.tag_sentences([[t for t, _ in s] for s in held]))
            row[name] = sc["micro"]["f1"]
            row |= {f"{name}_{t}": sc[t]["f1"] for t in TYPES}
        print(json.dumps(row), flush=True)


# Nouns whose next word, in news, is the name of an organisation (شركة [سامسونغ]) or a place (مدينة [الحديدة]).
_CONTEXT_HEADS = {
    "ORG": "نادي فريق شركة صحيفة جريدة وكالة حزب حركة منظمة قناة مجلة بنك مصرف جمعية تنظيم جماعة",
    "LOC": "مدينة بلدة قرية محافظة ولاية عاصمة إقليم منطقة بلدية دولة",
}


def context_names(
    crf_dir: Path, out: Path, min_share: float, min_count: int = 3, types: tuple[str, ...] = ("ORG", "LOC")
) -> None:
    """A gazetteer with names read off the news by their head noun: a word that follows one of ``_CONTEXT_HEADS``
    at least ``min_count`` times and in at least ``min_share`` of all its occurrences in the news-ant corpora gets a
    flag ``nORG1``/``nLOC1`` (``nORG2``/``nLOC2`` from half of them on), beside ``crf_dir``'s gazetteer. OUT is then
    a resources folder for ``marsad train ner --out OUT --no-resources --no-final --no-neural`` and for ``slice``."""
    from collections import Counter

    from marsad.ner.clusters import news_files, news_sentences
    from marsad.ner.text import key
    from marsad.ner.train import default_data_dir

    head_type = {key(w): t for t, words in _CONTEXT_HEADS.items() if t in types for w in words.split()}
    counts: Counter[str] = Counter()
    after: dict[str, Counter[str]] = {t: Counter() for t in types}
    for sent in news_sentences(news_files(default_data_dir())):
        prev = ""
        for w in sent:
            counts[w] += 1
            # the head with a conjunction or preposition before it (وشركة، لمدينة، للبنك) counts too
            typ = head_type.get(prev) or next((head_type[prev[n:]] for n in (1, 2) if prev[n:] in head_type), None)
            if typ:
                after[typ][w] += 1
            prev = w
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(crf_dir / "clusters.tsv", out / "clusters.tsv")
    table: dict[str, set[str]] = {}
    for line in (crf_dir / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            w, flags = line.split("\t")
            table[w] = set(flags.split())
    added = Counter()
    for typ, followers in after.items():
        for w, n in followers.items():
            share = n / counts[w]
            if n >= min_count and share >= min_share and len(w) > 1:
                table.setdefault(w, set()).add(f"n{typ}{2 if share >= 0.5 else 1}")
                added[typ] += 1
    with (out / "gazetteer.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# {crf_dir / 'gazetteer.tsv'} + names after a head noun in news (ner_experiment.py context-names)\n")
        for w in sorted(table):
            fh.write(f"{w}\t{' '.join(sorted(table[w]))}\n")
    print(json.dumps({"min_share": min_share, "min_count": min_count, **added}), flush=True)


def fasttext_vectors(out: Path, *, bucket: int = 200_000, workers: int = 2) -> None:
    """fastText (gensim, skip-gram, the word2vec run's window, size, epochs and min count; character 3-5-grams) over
    the news corpora. ``OUT/vectors.tmp.npz`` gets its vectors for the bundled BiLSTM vocabulary, then the vectors it
    composes from character n-grams for the stems of every ANERcorp, NewsFANE and pretraining-news token that the
    vocabulary lacks (what the tagger would compose at run time for an unknown word; none of them is a test token).
    Thirteenth round of docs/ner.md."""
    from gensim.models import FastText

    from marsad.ner import data as D
    from marsad.ner.clusters import _Corpus, _stable_hash, news_files, news_token_sentences
    from marsad.ner.features import Resources, stem_forms
    from marsad.ner.text import key
    from marsad.ner.train import default_data_dir

    data_dir = default_data_dir()
    model = FastText(
        _Corpus(news_files(data_dir)),
        vector_size=100,
        window=2,
        min_count=3,
        sg=1,
        workers=workers,
        epochs=3,
        seed=1,
        max_final_vocab=400_000,
        hashfxn=_stable_hash,
        min_n=3,
        max_n=5,
        bucket=bucket,
    )
    wv = model.wv
    with np.load(Path(__file__).resolve().parents[1] / "marsad/models/ner/neural.npz") as z:
        words = [str(w) for w in z["vocab_words"]]
    base = len(words)
    res = Resources.load(Path(__file__).resolve().parents[1] / "marsad/models/ner")
    have = set(words)
    ner = D.anercorp(data_dir)
    tokens = {t for s in ner for t, _ in s} | {t for s in D.newsfane(data_dir, ner)[0] for t, _ in s}
    tokens |= {t for s in news_token_sentences(data_dir, 3_000_000) for t in s}
    for tok in sorted(tokens):
        k = key(tok)
        if not k or k[0].isdigit():
            continue
        _, rest, bare = stem_forms(k, res)
        if rest in have or k in have or bare in have or not any("\u0621" <= c <= "\u064a" for c in rest):
            continue
        have.add(rest)
        words.append(rest)
    out.mkdir(parents=True, exist_ok=True)
    vectors = np.stack([wv[w] for w in words]).astype(np.float32)
    np.savez(out / "vectors.tmp.npz", words=np.array(words, dtype=str), vectors=vectors)
    print(json.dumps({"words": len(words), "composed": len(words) - base}))


def to_bioes(tags: list[str]) -> list[str]:
    """BIO tags rewritten as BIOES: a one-token name is S-, the last token of a longer one E-."""
    out = []
    for i, t in enumerate(tags):
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        goes_on = nxt == "I-" + t[2:]
        out.append(t if t == "O" or goes_on else ("S-" if t[0] == "B" else "E-") + t[2:])
    return out


def bioes_crf(crf_dir: Path, out: Path, lo: float | None, hi: float | None) -> None:
    """A CRF with BIOES tags against the BIO CRF of ``crf_dir`` (trained on the same sentences: the train-only CRF
    for dev, a ``slice`` folder for its slice), both alone: Viterbi, then + the consistency rules."""
    import pycrfsuite

    from marsad.ner import rules
    from marsad.ner.consistency import chunks
    from marsad.ner.features import FeatureExtractor, Resources
    from marsad.ner.rules import load_o_words
    from marsad.ner.tagger import CONLL_CONSISTENCY_RULES
    from marsad.ner.train import score, train_crf

    held, train_sents = _held_and_train(lo, hi)
    fx = FeatureExtractor(Resources.load(crf_dir))
    out.mkdir(parents=True, exist_ok=True)
    relabelled = [list(zip([t for t, _ in s], to_bioes([g for _, g in s]), strict=True)) for s in train_sents]
    print(json.dumps(train_crf(relabelled, out / "bioes.crfsuite", fx)), flush=True)
    sents = [[t for t, _ in s] for s in held]
    gold = [[g for _, g in s] for s in held]
    o_words = load_o_words(crf_dir)
    for name, path in (("BIO", crf_dir / "model.crfsuite"), ("BIOES", out / "bioes.crfsuite")):
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        tags = [[t.replace("S-", "B-").replace("E-", "I-") for t in tagger.tag(fx.sentence(s))] for s in sents]
        row = {"tags": name, "viterbi": score(gold, tags)["micro"]["f1"]}
        for a, b in chunks(len(sents)):
            for rule in CONLL_CONSISTENCY_RULES:
                getattr(rules, rule)(fx, sents[a:b], tags[a:b], o_words)
        print(json.dumps(row | {"with_rules": score(gold, tags)["micro"]["f1"]}), flush=True)


def pseudo_label(model_dir: Path, out: Path, tokens: int, seed: int = 7) -> None:
    """Self-training data: sentences of 8-60 mostly Arabic tokens from randomly ordered news-ant-multisource
    articles (first 5,000 characters of each TEXT), tagged ANERcorp-style by ``model_dir``, until ``tokens``."""
    from collections import Counter

    from marsad.ner.clusters import news_token_sentences
    from marsad.ner.tagger import NerModel
    from marsad.ner.train import default_data_dir

    sents = news_token_sentences(default_data_dir(), tokens, seed=seed, min_tokens=8, sources=("news-ant-multisource",))
    n = sum(len(s) for s in sents)
    tags = NerModel.load(model_dir).tag_sentences(sents)
    rows = [list(zip(s, t, strict=True)) for s, t in zip(sents, tags, strict=True)]
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(len(rows), n, Counter(t for ts in tags for t in ts if t.startswith("B-")), flush=True)


def _add_training_options(p: argparse.ArgumentParser) -> None:
    """The BiLSTM-CRF training options of both ``train`` and ``slice-neural``."""
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--pretrain-tokens", type=int, default=0, help="language-model pretraining on this many news tokens")
    p.add_argument("--aux", default="", help="comma list of aqmar,wojood: auxiliary corpora with their own tag layer")
    p.add_argument("--pretrain-weight", type=float, default=0.0, help="language-model loss during the NER epochs")
    p.add_argument("--mention-swap", type=float, default=0.0, help="share of sentences seen with their names swapped")
    p.add_argument(
        "--finetune-seeds",
        default="",
        help="comma list: a run of the tagging epochs per seed (--seed: init and pretraining), weights averaged",
    )
    p.add_argument("--cvt-weight", type=float, default=0.0, help="weight of cross-view training on the news")
    p.add_argument("--freeze-epochs", type=int, default=0, help="tagging epochs with the pretrained encoder frozen")
    p.add_argument("--snapshots", default="", help="comma list of epochs after which the weights are also scored")
    p.add_argument("--word-dropout", type=float, default=0.05, help="share of tagging tokens with the unknown vector")
    p.add_argument("--dropout", type=float, default=0.5, help="dropout on the encoder's inputs and states")


def _training_options(a: argparse.Namespace, **more: Any) -> NeuralTrainingOptions:
    """The settings of ``_add_training_options`` (+ ``more`` of the command's own) as ``train_neural`` takes them."""
    return NeuralTrainingOptions(
        seed=a.seed,
        pretrain_weight=a.pretrain_weight,
        mention_swap=a.mention_swap,
        finetune_seeds=tuple(int(x) for x in a.finetune_seeds.split(",") if x),
        cvt_weight=a.cvt_weight,
        freeze_epochs=a.freeze_epochs,
        snapshots=tuple(int(x) for x in a.snapshots.split(",") if x),
        word_dropout=a.word_dropout,
        dropout=a.dropout,
        **more,
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("out", type=Path)
    t.add_argument("--crf", type=Path, required=True)
    t.add_argument("--epochs", type=int, default=40)
    t.add_argument("--lr-decay", type=float, default=0.0)
    t.add_argument("--hidden", type=int, default=100)
    t.add_argument("--average-from", type=int, default=0, help="save the mean weights of the epochs from this one on")
    t.add_argument("--finetune-words", action="store_true")
    t.add_argument("--extra", type=Path, help="JSON [[[token, tag], ...], ...] appended to train (self-training)")
    t.add_argument("--sparse-words", action="store_true", help="fine-tune word vectors with sparse Adam")
    t.add_argument("--pretrain-epochs", type=int, default=1)
    _add_training_options(t)
    g = sub.add_parser("grid")
    g.add_argument("npz", type=Path, nargs="+")
    g.add_argument("--crf", type=Path, required=True)
    g.add_argument("--weights", default="0,0.3,0.4,0.5")
    g.add_argument("--misc-priors", default="0,0.5,1,1.5")
    g.add_argument("--org-priors", default="0", help="log-priors of B-/I-ORG to try (with each MISC prior)")
    ps = sub.add_parser("pseudo", help="self-training data for `train --extra`")
    ps.add_argument("out", type=Path)
    ps.add_argument("--model", type=Path, required=True, help="a model folder trained without dev")
    ps.add_argument("--tokens", type=int, default=60_000)
    sl = sub.add_parser("slice")
    sl.add_argument("out", type=Path)
    sl.add_argument("--crf", type=Path, required=True, help="folder with the resources (clusters, gazetteer)")
    sl.add_argument("--lo", type=float, default=0.7)
    sl.add_argument("--hi", type=float, default=0.8)
    sl.add_argument("--misc-priors", default="0,0.5,1,1.5")
    sn = sub.add_parser("slice-neural", help="a BiLSTM-CRF without a train slice, with a `slice` CRF, on that slice")
    sn.add_argument("out", type=Path)
    sn.add_argument("--slice", type=Path, required=True, help="a `slice` OUT folder (its CRF, trained without it)")
    sn.add_argument("--crf", type=Path, required=True, help="folder whose neural.npz gives the word vectors")
    sn.add_argument("--lo", type=float, default=0.7)
    sn.add_argument("--hi", type=float, default=0.8)
    _add_training_options(sn)
    cs = sub.add_parser("consistency", help="dev F1 as the label-consistency rules are added")
    cs.add_argument("model", type=Path, nargs="+", help="model folders trained without the scored sentences")
    cs.add_argument("--lo", type=float, help="score this slice of the train split instead of dev")
    cs.add_argument("--hi", type=float)
    cs.add_argument("--crf-weight", type=float, help="the CRF's weight in the ensemble (default: the bundled one)")
    tt = sub.add_parser("two-texts", help="models trained without dev and a slice, scored on both")
    tt.add_argument("model", type=Path, nargs="+")
    tt.add_argument("--lo", type=float, default=0.7)
    tt.add_argument("--hi", type=float, default=0.8)
    bi = sub.add_parser("bioes", help="a BIOES CRF against the BIO one (dev, or a slice for a `slice` folder)")
    bi.add_argument("out", type=Path)
    bi.add_argument("--crf", type=Path, required=True, help="the BIO CRF's folder, trained without the scored text")
    bi.add_argument("--lo", type=float, help="score this slice of the train split instead of dev")
    bi.add_argument("--hi", type=float)
    cn = sub.add_parser("context-names", help="resources with names read off the news by their head noun")
    cn.add_argument("out", type=Path)
    cn.add_argument("--crf", type=Path, required=True, help="folder whose clusters.tsv and gazetteer.tsv are kept")
    cn.add_argument("--min-share", type=float, default=0.2)
    cn.add_argument("--types", default="ORG,LOC", help="which heads to read names after (ORG, LOC)")
    av = sub.add_parser("average", help="weight-average BiLSTM-CRF snapshots of one run into one file")
    av.add_argument("out", type=Path)
    av.add_argument("npz", type=Path, nargs="+")
    ft = sub.add_parser("fasttext", help="fastText vectors (+ composed ones for unknown stems) as vectors.tmp.npz")
    ft.add_argument("out", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "fasttext":
        fasttext_vectors(a.out)
        return
    if a.cmd == "average":
        average(a.npz, a.out)
        return
    if a.cmd == "context-names":
        context_names(a.crf, a.out, a.min_share, types=tuple(a.types.split(",")))
        return
    if a.cmd == "two-texts":
        two_texts(a.model, a.lo, a.hi)
        return
    if a.cmd == "bioes":
        bioes_crf(a.crf, a.out, a.lo, a.hi)
        return
    if a.cmd == "consistency":
        consistency(a.model, a.lo, a.hi, a.crf_weight)
        return
    if a.cmd == "pseudo":
        pseudo_label(a.model, a.out, a.tokens)
        return
    if a.cmd == "slice-neural":
        slice_neural(a.out, a.slice, a.crf, a.lo, a.hi, _training_options(a, epochs=40), a.pretrain_tokens, a.aux)
        return
    if a.cmd == "slice":
        train_slice(a.crf, a.lo, a.hi, a.out, [float(x) for x in a.misc_priors.split(",")])
        return
    if a.cmd == "train":
        options = _training_options(
            a,
            epochs=a.epochs,
            lr_decay=a.lr_decay,
            hidden=a.hidden,
            average_from=a.average_from,
            finetune_words=a.finetune_words,
            sparse_words=a.sparse_words,
            pretrain_epochs=a.pretrain_epochs,
        )
        train(a.out, a.crf, options, {"pretrain": _news(a.pretrain_tokens), "aux": _aux_corpora(a.aux)}, extra=a.extra)
    else:
        ws = [float(x) for x in a.weights.split(",")]
        bs = [float(x) for x in a.misc_priors.split(",")]
        grid(a.npz, a.crf, ws, bs, tuple(float(x) for x in a.org_priors.split(",")))


if __name__ == "__main__":
    main()
