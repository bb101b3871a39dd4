"""Train the bundled NER model from ../shared/data: resources, CRF, dev scores, manifest.

``train_ner(data_dir, out_dir)`` is what ``marsad train ner`` runs. The dev set is the last 10% of the ANERcorp
train split (nothing else is tuned on); NewsFANE sentences that repeat ANERcorp text are excluded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import random
import time
from collections.abc import Iterable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from marsad.ner import data as D
from marsad.ner.features import FeatureExtractor, Resources
from marsad.ner.neural_train import NeuralTrainingOptions

log = logging.getLogger(__name__)

DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.05,  # L1 keeps the model small (most of the ~1M candidate features get weight 0)
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}


DEFAULT_DROPOUT = 0.1  # share of O tokens that also lose their identity features in the dropout copy
_LEXICAL = ("w=", "s=", "n=", "bg=")
_CRF_PARAMS = {"c1", "c2", "max_iterations", "feature.possible_transitions", "feature.minfreq"}


def default_data_dir() -> Path:
    """../shared/data relative to the repository root, or $MARSAD_DATA."""
    env = os.environ.get("MARSAD_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def training_platform() -> dict[str, str]:
    """Where a model was trained: the BiLSTM-CRF's weights depend on the CPU's float kernels as well as on the code
    and data (the same seed gave other weights, and a dev score 1.5 points apart, on an AMD EPYC and on an Intel
    Xeon: docs/ner.md, "Tenth round"), so a rebuild is byte-identical only on the same kind of CPU."""
    from importlib.metadata import PackageNotFoundError, version

    from marsad.machine import cpu_model

    info = {"python": platform.python_version(), "machine": platform.machine(), "cpu": cpu_model()}
    for package in ("numpy", "torch", "python-crfsuite", "gensim"):
        try:
            info[package] = version(package)
        except PackageNotFoundError:
            info[package] = "not installed"
    return info


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def train_crf(
    sents: Iterable[D.Sentence],
    model_path: Path,
    fx: FeatureExtractor,
    params: dict[str, Any] | None = None,
    fold_fx: tuple[FeatureExtractor, FeatureExtractor] | None = None,
) -> dict[str, Any]:
    """Train a CRF with pycrfsuite on (token, tag) sentences; returns timing and size. ``fold_fx``: the feature
    extractors of the sentences of fold 0 and fold 1 (``marsad.ner.lexicon.fold_of``), instead of ``fx``."""
    import pycrfsuite

    from marsad.ner.lexicon import fold_of

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tok = 0
    drop = (params or {}).get("lexical_dropout", DEFAULT_DROPOUT)
    rng = random.Random(0)
    for i, sent in enumerate(sents):
        toks = [t for t, _ in sent]
        tags = [g for _, g in sent]
        feats = (fold_fx[fold_of(i)] if fold_fx else fx).sentence(toks)
        trainer.append(feats, tags)
        n_tok += len(toks)
        if drop and any(g != "O" for g in tags):
            # A second copy whose names lose their identity features, so that the weights of the clusters,
            # gazetteers and context are trained too, not only the memorised words (Sutton et al. 2006):
            # at tagging time most names in new articles are words the training data never saw.
            copy = [
                [f for f in fs if not f.startswith(_LEXICAL)] if g != "O" or rng.random() < drop else fs
                for fs, g in zip(feats, tags, strict=True)
            ]
            trainer.append(copy, tags)
    trainer.set_params({k: v for k, v in {**DEFAULT_PARAMS, **(params or {})}.items() if k in _CRF_PARAMS})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    return {"train_tokens": n_tok, "train_seconds": round(time.perf_counter() - t0, 1)}


def train_two_stage(
    sents: list[D.Sentence], out_dir: Path, fx: FeatureExtractor, params: dict[str, Any] | None = None, folds: int = 4
) -> dict[str, Any]:
    """Stage 1 on everything (model.crfsuite); stage 2 (model2.crfsuite) on stage-1 tags from ``folds``-fold
    jackknifing, so that its consistency features look like those seen at tagging time (not training-set tags)."""
    import pycrfsuite

    from marsad.ner.consistency import chunks, doc_features

    t0 = time.perf_counter()
    info = train_crf(sents, out_dir / "model.crfsuite", fx, params)
    toks = [[t for t, _ in s] for s in sents]
    jack: list[list[str]] = []
    n = len(sents)
    for k in range(folds):
        lo, hi = k * n // folds, (k + 1) * n // folds
        tmp = out_dir / f".fold{k}.crfsuite"
        train_crf(sents[:lo] + sents[hi:], tmp, fx, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(tmp))
        jack.extend(tagger.tag(fx.sentence(t)) if t else [] for t in toks[lo:hi])
        tagger.close()
        tmp.unlink()
    trainer = pycrfsuite.Trainer(verbose=False)
    for a, b in chunks(n):
        extra = doc_features(fx, toks[a:b], jack[a:b])
        for s, t, e in zip(sents[a:b], toks[a:b], extra, strict=True):
            feats = [f + x for f, x in zip(fx.sentence(t), e, strict=True)]
            trainer.append(feats, [g for _, g in s])
    trainer.set_params({k: v for k, v in {**DEFAULT_PARAMS, **(params or {})}.items() if k in _CRF_PARAMS})
    trainer.train(str(out_dir / "model2.crfsuite"))
    info["train_seconds"] = round(time.perf_counter() - t0, 1)
    info["stages"] = 2
    info["jackknife_folds"] = folds
    return info


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Exact-span entity P/R/F1 per type and micro (conlleval-style)."""
    tp: dict[str, int] = {t: 0 for t in D.TYPES}
    ng = dict(tp)
    npred = dict(tp)
    for g, p in zip(gold, pred, strict=True):
        gs, ps = D.spans_of(g), D.spans_of(p)
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            npred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t: int, g: int, p: int) -> dict[str, float]:
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        return {
            "p": round(100 * pr, 2),
            "r": round(100 * rc, 2),
            "f1": round(200 * pr * rc / (pr + rc), 2) if pr + rc else 0.0,
            "gold": g,
        }

    out = {t: prf(tp[t], ng[t], npred[t]) for t in D.TYPES}
    out["micro"] = prf(sum(tp.values()), sum(ng.values()), sum(npred.values()))
    return out


def corpora(data_dir: Path, *, newsfane: bool = True, aqmar: bool = True) -> tuple[list, list, dict[str, Any]]:
    """(train sentences, dev sentences, description) from the corpora in ``data_dir``."""
    ner = D.anercorp(data_dir)
    train, dev = D.split_dev(ner)
    info: dict[str, Any] = {"anercorp_train": len(train), "anercorp_dev": len(dev)}
    if newsfane:
        nf, dropped = D.newsfane(data_dir, ner)
        train += nf
        info["newsfane"] = len(nf)
        info["newsfane_dropped_overlap"] = dropped
    if aqmar:
        aq, dropped = D.aqmar(data_dir)
        train += aq
        info["aqmar"] = len(aq)
        info["aqmar_dropped_mis"] = dropped
    return train, dev, info


def data_hashes(data_dir: Path) -> dict[str, str]:
    files = [
        "anercorp-camellab/ANERCorp_CamelLab_train.txt",
        "newsfane-gold/NewsFANE_Gold_2014_170K.lines1-78703.txt",
        "newsfane-gold/NewsFANE_Gold_2014_170K.lines108488-end.txt",
        "anetac/EN-AR_Named-entities.txt",
        "anergazet/ANERGazet/AlignedLocGazetteer/data",
        "anergazet/ANERGazet/AlignedOrgGazetteer/data",
        "anergazet/ANERGazet/AlignedPersGazetteer/data",
        "wojood-ner-sample/train.txt",
        "wojood-ner-sample/val.txt",
    ]
    files += sorted(str(p.relative_to(data_dir)) for p in (data_dir / "aqmar" / "articles").glob("*.txt"))
    return {f: sha256(data_dir / f) for f in files if (data_dir / f).exists()}


def evaluate_dir(model_dir: Path, dev: list[D.Sentence]) -> dict[str, Any]:
    from marsad.ner.tagger import NerModel

    model = NerModel.load(model_dir)
    t0 = time.perf_counter()
    pred = model.tag_sentences([[t for t, _ in s] for s in dev])
    secs = time.perf_counter() - t0
    n = sum(len(s) for s in dev)
    return {"dev": score([[g for _, g in s] for s in dev], pred), "tokens_per_s": round(n / secs)}


NEURAL_EPOCHS = 40  # dev F1 of the BiLSTM-CRF alone still rose from 20 (76.0) to 40 epochs (79.2), docs/ner.md
NEURAL_LR_DECAY = 0.0  # 0.05 (lr / (1 + 0.05 e)) was no better on dev (docs/ner.md)
# Corpora that train the BiLSTM-CRF's encoder through a tag layer of their own (``--aux aqmar,wojood``): none by
# default, since over two seeds they scored 79.48 / 77.42 against 78.82 / 79.14 without (docs/ner.md, "Third round").
NEURAL_AUX: tuple[str, ...] = ()
# BiLSTM-CRFs (seeds 0 .. N-1) whose marginals the model averages. One: three seeds scored -0.24 to +0.6 against
# the mean of their members in three checks (docs/ner.md, "Fifth round"), and tag at ~17k tokens/s on a cold cache
# against ~28k for one, under the 20k target; ``marsad train ner --seeds 3`` builds that ensemble.
NEURAL_SEEDS = 1
# News tokens (news-ant-*, marsad's tokenizer) on which each BiLSTM-CRF's encoder is first trained as a class-based
# language model (``train_neural(pretrain=...)``): dev F1 +1.45 on average over five seeds (−0.46 to +3.50), +0.31 /
# +0.43 on an untouched train slice, at no run-time cost; 6M tokens did no better (docs/ner.md, "Sixth round").
# About 6.5 minutes of one core per BiLSTM-CRF.
NEURAL_PRETRAIN_TOKENS = 3_000_000
# Weight of the language-model loss of news batches that go on joining the tagging batches after the pretraining
# (``NeuralTrainingOptions(pretrain_weight=...)``); 0: the pretraining epoch only. 0.1 gave +0.01 / +0.16 on dev (two
# seeds) for 1.5x the training time (docs/ner.md, "Seventh round").
NEURAL_PRETRAIN_WEIGHT = 0.0
# News tokens tagged by the two half-data CRFs that make the CRF's news lexicon (``marsad.ner.lexicon``). None by
# default: with 3M tokens the CRF alone gained +0.6 on dev and +0.2 on an untouched train slice (with the
# consistency rules), but the ensemble +0.11 over five seeds on dev and -0.16 over four models on the slice
# (docs/ner.md, "Seventh round"). ``marsad train ner --lexicon-tokens 3000000`` builds it.
LEXICON_NEWS_TOKENS = 0


def _word_vectors(out_dir: Path):
    """(words, vectors) for the BiLSTM: those word2vec just saved, else those of the neural.npz already there
    (``--no-resources``)."""
    import numpy as np

    from marsad.errors import InputError

    tmp = out_dir / "vectors.tmp.npz"
    if tmp.exists():
        with np.load(tmp) as z:
            return [str(w) for w in z["words"]], z["vectors"].astype(np.float32)
    if (out_dir / "neural.npz").exists():
        with np.load(out_dir / "neural.npz") as z:  # rows 0, 1 are padding and unknown
            return [str(w) for w in z["vocab_words"]], z["word_emb"][2:].astype(np.float32)
    raise InputError(f"{out_dir}: no word vectors to train the neural tagger (rebuild resources or --no-neural)")


def _train_neural_in_worker(
    out_dir: Path,
    resources: dict[str, bool],
    sents: list[D.Sentence],
    words: list[str],
    vectors: Any,
    out_path: Path,
    options: NeuralTrainingOptions,
    data: dict[str, Any],
    label: str,
) -> dict[str, Any]:
    """One BiLSTM-CRF in a worker process (``train_ner(parallel=True)``): its own FeatureExtractor over the
    resources already written to ``out_dir``; ``data``: ``train_neural``'s other sentences (aux, pretrain)."""
    from marsad.ner.neural_train import train_neural

    fx = FeatureExtractor(Resources.load(out_dir, **resources))
    return train_neural(
        sents, fx, words, vectors, out_path, options, **data, log=lambda msg: print(f"{label}:", msg, flush=True)
    )


def _join_members(out_dir: Path, paths: list[Path], infos: list[dict[str, Any]]) -> dict[str, Any]:
    """Join the trained members into ``out_dir/neural.npz`` (removing their files); the training facts of each."""
    from marsad.ner.neural import combine

    if len(paths) == 1:
        paths[0].replace(out_dir / "neural.npz")  # one member: the file as trained
    else:
        combine(paths, out_dir / "neural.npz")
        for p in paths:
            p.unlink()
    return {
        "seeds": len(infos),
        "epochs": infos[0]["epochs"],
        "train_seconds": [i["train_seconds"] for i in infos],
        "dev_history": infos[0]["dev_history"],
    }


def train_ner(
    data_dir: Path | None = None,
    out_dir: Path | None = None,
    *,
    rebuild_resources: bool = True,
    params: dict[str, Any] | None = None,
    newsfane: bool = True,
    aqmar: bool = False,  # AQMAR (Wikipedia) costs 2.2 dev F1 points (docs/ner.md)
    use_clusters: bool = True,
    use_gazetteer: bool = True,
    limit: int | None = None,
    two_stage: bool = False,
    final_on_all: bool = True,
    neural: bool = True,
    epochs: int = NEURAL_EPOCHS,
    lr_decay: float = NEURAL_LR_DECAY,
    aux: tuple[str, ...] = NEURAL_AUX,
    parallel: bool | None = None,
    seeds: int = NEURAL_SEEDS,
    pretrain_tokens: int = NEURAL_PRETRAIN_TOKENS,
    pretrain_weight: float = NEURAL_PRETRAIN_WEIGHT,
    lexicon_tokens: int = LEXICON_NEWS_TOKENS,
) -> dict[str, Any]:
    """Rebuild clusters + gazetteer (optional), train the CRF, score dev, write ``manifest.json``.

    With ``neural`` (the default) a BiLSTM-CRF (``neural.npz``, torch needed to train) is also trained; a NerModel
    loading the folder then tags with the CRF + BiLSTM-CRF ensemble. The manifest keeps the dev scores of both
    (``dev_crf``: CRF alone, ``dev``: ensemble). ``seeds``: BiLSTM-CRFs of the same configuration with seeds
    0 .. seeds-1, joined into one ``neural.npz`` whose members' marginals are averaged. ``parallel`` (default: when
    there are two cores or more) trains them in worker processes, two at a time, one torch thread each: the same
    weights as training them one after the other here, in about half the time. ``pretrain_tokens``: news tokens for
    the language-model pretraining of each BiLSTM-CRF's encoder (0: none; with ``limit``, at most 30 per labelled
    sentence, so that a quick check stays quick). ``pretrain_weight``: the weight of the language-model task during
    the tagging epochs (0: the pretraining epoch only). ``lexicon_tokens``: news tokens for the CRF's news lexicon
    (``lexicon.tsv``, rebuilt with the training data of each CRF; 0: none; not with ``two_stage``)."""
    from marsad.ner.tagger import default_model_dir

    data_dir = data_dir or default_data_dir()
    out_dir = out_dir or default_model_dir()
    if not (data_dir / "anercorp-camellab").exists():
        from marsad.errors import InputError

        raise InputError(f"{data_dir}: no anercorp-camellab folder (set --data or MARSAD_DATA)")
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    manifest: dict[str, Any] = {"created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if rebuild_resources:
        from marsad.ner.clusters import build_clusters
        from marsad.ner.gazetteer import build_gazetteer

        manifest["gazetteer"] = build_gazetteer(data_dir, out_dir / "gazetteer.tsv")
        manifest["clusters"] = build_clusters(
            data_dir, out_dir / "clusters.tsv", vectors_out=out_dir / "vectors.tmp.npz" if neural else None
        )
    # an ablated resource is removed from the output, so that the tagger loading this folder sees what training saw
    if not use_clusters:
        (out_dir / "clusters.tsv").unlink(missing_ok=True)
    if not use_gazetteer:
        (out_dir / "gazetteer.tsv").unlink(missing_ok=True)
    # the lexicon is rebuilt below, from the CRFs of this training
    res = Resources.load(out_dir, use_clusters=use_clusters, use_gazetteer=use_gazetteer, use_lexicon=False)
    fx = FeatureExtractor(res)
    train, dev, info = corpora(data_dir, newsfane=newsfane, aqmar=aqmar)
    if limit:
        train = train[:limit]
    manifest["data"] = info
    news_cache: dict[int, list[list[str]]] = {}

    def news(tokens: int) -> list[list[str]]:
        from marsad.ner.clusters import news_token_sentences

        if tokens not in news_cache:
            news_cache[tokens] = news_token_sentences(data_dir, tokens)
        return news_cache[tokens]

    if limit:  # at most 30 news tokens per labelled sentence, so that a quick check stays quick
        pretrain_tokens = min(pretrain_tokens, 30 * limit)
        lexicon_tokens = min(lexicon_tokens, 30 * limit)
    if two_stage:
        lexicon_tokens = 0

    def crf_with_lexicon(sents: list[D.Sentence]) -> dict[str, Any]:
        """Train model.crfsuite on ``sents``, with the news lexicon of their folds (written to lexicon.tsv)."""
        fold_fx = None
        if lexicon_tokens:
            from marsad.ner.lexicon import build_fold_lexicons, write_lexicon

            fold_fx, merged, lex_info = build_fold_lexicons(sents, res, news(lexicon_tokens), params, log=log.info)
            note = f"entity types of words in {lex_info['news_tokens']} news tokens, tagged by 2 half-data CRFs"
            write_lexicon(merged, out_dir / "lexicon.tsv", note)
        else:
            (out_dir / "lexicon.tsv").unlink(missing_ok=True)
        out = train_crf(sents, out_dir / "model.crfsuite", fx, params, fold_fx=fold_fx)
        if lexicon_tokens:
            out["lexicon"] = lex_info
        return out

    manifest["params"] = {
        **DEFAULT_PARAMS,
        **(params or {}),
        "use_clusters": use_clusters,
        "use_gazetteer": use_gazetteer,
    }
    if two_stage:
        (out_dir / "lexicon.tsv").unlink(missing_ok=True)
        manifest["training"] = train_two_stage(train, out_dir, fx, params)
    else:
        (out_dir / "model2.crfsuite").unlink(missing_ok=True)
        manifest["training"] = crf_with_lexicon(train)
    from marsad.ner.rules import build_o_words

    manifest["o_words"] = build_o_words(fx, train, out_dir / "o_words.txt")
    pool = None
    if not neural:
        (out_dir / "neural.npz").unlink(missing_ok=True)
    else:
        words, vectors = _word_vectors(out_dir)
        (out_dir / "neural.npz").unlink(missing_ok=True)
        manifest.update({f"{k}_crf": v for k, v in evaluate_dir(out_dir, dev).items()})
        from marsad.ner.neural_train import train_neural

        aux_sents = D.auxiliary(data_dir, aux)[:limit] if limit else D.auxiliary(data_dir, aux)
        manifest["data"]["neural_aux"] = {"corpora": list(aux), "sentences": len(aux_sents)}
        options = NeuralTrainingOptions(epochs=epochs, lr_decay=lr_decay, pretrain_weight=pretrain_weight)
        neural_data: dict[str, Any] = {"aux": aux_sents or None}
        if pretrain_tokens:
            if not use_clusters:
                from marsad.errors import InputError

                raise InputError("language-model pretraining predicts word clusters: use it with clusters")
            news_sents = news(pretrain_tokens)
            neural_data["pretrain"] = news_sents
            manifest["data"]["neural_pretrain"] = {
                "source": "news-ant-* TEXT (first 5,000 characters of each article, files in a seeded order)",
                "sentences": len(news_sents),
                "tokens": sum(len(x) for x in news_sents),
                "epochs": 1,
                "weight_during_tagging_epochs": pretrain_weight,
            }
        if parallel is None:
            parallel = (os.cpu_count() or 1) >= 2
        # one BiLSTM-CRF per seed on train (dev-scored), and per seed on train + dev (bundled); members are joined
        # into one neural.npz (neural.combine)
        runs = [("dev", s, train) for s in range(seeds)]
        if final_on_all:
            runs += [("final", s, train + dev) for s in range(seeds)]
        paths = {(kind, s): out_dir / f"neural.{kind}{s}.tmp.npz" for kind, s, _ in runs}
        # the BiLSTM-CRF does not embed the lexicon's features (neural.NOT_EMBEDDED), so its workers do not read it
        resources = {"use_clusters": use_clusters, "use_gazetteer": use_gazetteer, "use_lexicon": False}
        if parallel:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # one torch thread each; the dev-scored runs are queued first, so dev scoring starts while the
            # bundled ones still train
            pool = ProcessPoolExecutor(
                max_workers=min(len(runs), max(2, (os.cpu_count() or 2) // 2)),
                mp_context=multiprocessing.get_context("spawn"),
            )
            jobs = {
                (kind, s): pool.submit(
                    _train_neural_in_worker,
                    out_dir,
                    resources,
                    sents,
                    words,
                    vectors,
                    paths[kind, s],
                    replace(options, seed=s),
                    neural_data,
                    f"{kind} seed {s}",
                )
                for kind, s, sents in runs
            }
        else:
            done = {
                (kind, s): train_neural(
                    sents, fx, words, vectors, paths[kind, s], replace(options, seed=s), **neural_data, log=log.info
                )
                for kind, s, sents in runs
            }

        def members(kind: str) -> tuple[list[Path], list[dict[str, Any]]]:
            """The files and training facts of one kind of run (waiting for the workers' ones)."""
            seq = range(seeds)
            return [paths[kind, s] for s in seq], [jobs[kind, s].result() if pool else done[kind, s] for s in seq]

        manifest["neural"] = _join_members(out_dir, *members("dev"))
        # every setting of the runs, so that a manifest says how its BiLSTM-CRFs were trained (seeds: 0 .. seeds-1)
        manifest["neural"]["options"] = {k: v for k, v in asdict(options).items() if k != "seed"}
        manifest["neural"]["word_vectors"] = len(words)
        from marsad.ner.neural import ANERCORP_TAG_BIAS, ENSEMBLE_CRF_WEIGHT

        manifest["ensemble"] = {"crf_weight": ENSEMBLE_CRF_WEIGHT, "tag_bias_conll": ANERCORP_TAG_BIAS}
    manifest.update(evaluate_dir(out_dir, dev))
    if final_on_all:
        # The dev scores above are those of this configuration trained without the dev sentences; the bundled
        # model is then retrained with them (10% more ANERcorp news), nothing else changed.
        (out_dir / "model2.crfsuite").unlink(missing_ok=True)
        manifest["final_training"] = crf_with_lexicon(train + dev)
        manifest["o_words"] = build_o_words(fx, train + dev, out_dir / "o_words.txt")
        manifest["final_training"]["note"] = "bundled model = same configuration retrained on train + dev"
        if neural:
            manifest["final_training"]["neural"] = _join_members(out_dir, *members("final"))
    if pool is not None:
        pool.shutdown()
    (out_dir / "vectors.tmp.npz").unlink(missing_ok=True)
    manifest["total_seconds"] = round(time.perf_counter() - t0, 1)
    manifest["data_sha256"] = data_hashes(data_dir)
    from marsad.ner.clusters import news_digest

    manifest["data_sha256"]["news-ant-* (all files, path + sha256, in order)"] = news_digest(data_dir)
    manifest["sizes_bytes"] = {p.name: p.stat().st_size for p in sorted(out_dir.iterdir()) if p.is_file()}
    manifest["python"] = platform.python_version()
    manifest["platform"] = training_platform()
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest
