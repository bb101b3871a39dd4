"""Training of the BiLSTM-CRF of ``marsad.ner.neural`` with torch, at build time only (the ``build`` extra; torch is
imported inside the functions, so that this module imports without it).

``train_neural`` trains one model (optionally after language-model pretraining on news, with the experiment options
of docs/ner.md) and ``save`` writes the numpy arrays that ``neural.NeuralTagger`` runs.
"""

from __future__ import annotations

import copy
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.features import FeatureExtractor, stem_forms
from marsad.ner.neural import ALLOWED, MAX_CHARS, NOT_EMBEDDED, START_OK, TAGS, Encoder, NeuralTagger
from marsad.ner.text import key


@dataclass(frozen=True)
class NeuralTrainingOptions:
    """The settings of one BiLSTM-CRF training run (``train_neural``); the data it trains on are arguments of
    ``train_neural``. The defaults train a plain model; ``marsad train ner`` sets the bundled configuration
    (``train.NEURAL_*``) and the experiment options stay off (their figures: docs/ner.md).

    ``lr_decay``: the learning rate of epoch e (from 0) is lr / (1 + lr_decay * e).
    ``dropout``: on the encoder's inputs and states. ``word_dropout``: the share of the tagging batches' tokens whose
    word vector is replaced by the unknown-word row, so that the tagger also learns names from their characters,
    features and context (the language-model batches keep 5%).
    ``snapshots``: epochs after which the weights are also saved as ``<out_path stem>.epN.npz`` (to choose the epoch
    count in one run).
    ``average_from``: if > 0, the saved weights are the mean of the weights after each epoch from that one on
    (stochastic weight averaging at the constant learning rate: an ensemble of the run's last epochs at the run
    time cost of one model); snapshots stay the weights of their epoch.
    ``finetune_words``: the word vectors are trained too; ``sparse_words``: with sparse Adam updates at half the
    learning rate (only the rows of the batch's words).
    ``pretrain_epochs``: passes of language-model pretraining over ``train_neural``'s ``pretrain`` sentences.
    ``pretrain_weight``: if > 0, the language-model task goes on during the NER epochs: each NER batch's loss is
    joined by this weight times the language-model loss of a batch of as many ``pretrain`` sentences (both summed
    per sentence), so that the tagging epochs do not wash out what the encoder learnt from the news (multi-task
    learning as in Rei 2017, who used 0.1 on the labelled sentences themselves).
    ``cvt_weight``: if > 0 (needs ``pretrain``), cross-view training on the news (Clark et al. 2018): each tagging
    batch is joined by a batch of as many news sentences, on which four auxiliary tag layers that see part of the
    context only (the forward state, the backward state, the forward state of the previous token, the backward
    state of the next one) learn the full model's tag distribution (its softmax, not back-propagated); their
    cross-entropy, summed per sentence and averaged over the views, is added with this weight. The auxiliary layers
    are dropped at save time.
    ``freeze_epochs``: the encoder (character CNN, feature embeddings, BiLSTM) stays as pretrained during the first
    tagging epochs, while the tag layer and transitions learn from its states ("gradual unfreezing", Howard & Ruder
    2018): the first large gradients of a random tag layer do not reach the pretrained weights.
    ``mention_swap``: in each epoch, each labelled sentence with a name is, with this probability, seen with every
    name replaced by a random name of the same type from the labelled sentences (mention replacement, Dai & Adel
    2020): the contexts stay and the names change, so the tagger learns what a name's context says of its type
    rather than the names of its 3,600 sentences, which new text mostly does not repeat (it cost about a point
    on dev and on an untouched slice at 0.3: docs/ner.md, "Eighth round").
    ``finetune_seeds``: if given, ``seed`` only draws the initial weights and the pretraining, and each of these
    seeds draws one run of the tagging epochs (order of sentences, dropout) from that same pretrained state; with
    several, the saved weights are the mean of the runs' ("uniform model soup", Wortsman et al. 2022): runs that
    share their start stay close enough for their mean to be a model (it tags like the runs' ensemble, at the
    run-time cost of one model; but neither beat the runs' mean F1 here: docs/ner.md, "Eighth round").
    """

    epochs: int = 20
    hidden: int = 100
    seed: int = 0
    lr: float = 2e-3
    lr_decay: float = 0.0
    dropout: float = 0.5
    word_dropout: float = 0.05
    finetune_words: bool = False
    sparse_words: bool = False
    snapshots: tuple[int, ...] = ()
    average_from: int = 0
    pretrain_epochs: int = 1
    pretrain_weight: float = 0.0
    cvt_weight: float = 0.0
    freeze_epochs: int = 0
    mention_swap: float = 0.0
    finetune_seeds: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        # lists from JSON or argparse become tuples, so that options stay hashable and compare equal
        object.__setattr__(self, "snapshots", tuple(self.snapshots))
        object.__setattr__(self, "finetune_seeds", tuple(self.finetune_seeds))
        problems = []
        if self.epochs < 0 or self.pretrain_epochs < 0 or self.hidden < 1:
            # 0 tagging epochs: the model as pretrained, with an untrained tag layer
            problems.append("epochs and pretrain_epochs must not be negative, hidden at least 1")
        if not 0.0 <= self.mention_swap <= 1.0:
            problems.append(f"mention_swap is a probability, not {self.mention_swap}")
        if not (0.0 <= self.dropout < 1.0 and 0.0 <= self.word_dropout < 1.0):
            problems.append(f"dropout and word_dropout must be in [0, 1), not {self.dropout}, {self.word_dropout}")
        if min(self.pretrain_weight, self.cvt_weight, self.lr_decay) < 0 or self.lr <= 0:
            problems.append("lr must be positive; pretrain_weight, cvt_weight and lr_decay not negative")
        if any(not 1 <= ep <= self.epochs for ep in self.snapshots):
            problems.append(f"snapshots {self.snapshots} must be epochs between 1 and {self.epochs}")
        if not 0 <= self.freeze_epochs <= self.epochs or not 0 <= self.average_from <= self.epochs:
            problems.append("freeze_epochs and average_from must be epochs of the run (0: off)")
        if len(self.finetune_seeds) > 1 and self.snapshots:
            # every run of a soup would write the same snapshot files, the last run's winning
            problems.append("snapshots save one run's weights: not with several finetune_seeds (a soup)")
        if problems:
            raise ValueError("NeuralTrainingOptions: " + "; ".join(problems))


def train_neural(
    train: list[list[tuple[str, str]]],
    fx: FeatureExtractor,
    words: list[str],
    vectors: np.ndarray,
    out_path: Path,
    options: NeuralTrainingOptions = NeuralTrainingOptions(),
    *,
    aux: list[list[tuple[str, str]]] | None = None,
    pretrain: list[list[str]] | None = None,
    dev: list[list[tuple[str, str]]] | None = None,
    log=print,
) -> dict[str, Any]:
    """Train the BiLSTM-CRF with torch on one thread and save the numpy weights to ``out_path``; returns the run's
    facts (epochs, seconds, dev history).

    ``options``: the run's settings (``NeuralTrainingOptions``).
    ``aux``: sentences of other corpora with other conventions (AQMAR, Wojood): they train the shared encoder
    through a second tag layer of their own, dropped at save time, so their conventions never reach the tags.
    ``pretrain``: unlabelled sentences (raw tokens) on which the encoder is first trained as a class-based language
    model for ``options.pretrain_epochs``: the forward LSTM predicts the word-cluster (``clusters.tsv``, fine level)
    of the next token, the backward one that of the previous token. The two prediction layers are dropped at save
    time, so the saved model and its run time are those of a plain BiLSTM-CRF.
    ``dev``: labelled sentences scored every second epoch (``dev_history``; slower: it saves and reloads the model).
    """
    if options.cvt_weight > 0 and not pretrain:
        raise ValueError("cvt_weight trains on the news: it needs pretrain sentences")
    if len(options.finetune_seeds) > 1 and dev is not None:
        raise ValueError("dev checks score one run: not with several finetune_seeds (a soup)")
    import torch
    from torch import nn

    torch.set_num_threads(1)
    torch.manual_seed(options.seed)
    rng = random.Random(options.seed)
    t0 = time.perf_counter()
    from collections import Counter

    cc: Counter = Counter()
    fc: Counter = Counter()
    for s in train:
        for tok, _ in s:
            cc.update(key(tok)[:MAX_CHARS] or tok[:MAX_CHARS])
            fc.update(f for f in fx.word(tok)[0] if not f.startswith(NOT_EMBEDDED))
    chars = sorted(c for c, n in cc.items() if n >= 2)
    feats = sorted(f for f, n in fc.items() if n >= 3)
    enc = Encoder(fx, words, chars, feats)
    n_w, dim = vectors.shape

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            emb = np.zeros((n_w + 2, dim), dtype=np.float32)
            emb[2:] = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-6)
            self.word = nn.Embedding.from_pretrained(
                torch.from_numpy(emb),
                freeze=not (options.finetune_words or options.sparse_words),
                padding_idx=0,
                sparse=options.sparse_words,
            )
            self.unk = nn.Parameter(torch.zeros(dim))
            self.char = nn.Embedding(len(chars) + 2, 30, padding_idx=0)
            self.conv = nn.Conv1d(30, 50, 3, padding=1)
            self.feat = nn.Embedding(len(feats) + 1, 50, padding_idx=0)
            self.drop = nn.Dropout(options.dropout)
            self.lstm = nn.LSTM(dim + 50 + 50, options.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * options.hidden, len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            if pretrain:
                self.lm_f = nn.Linear(options.hidden, n_classes)
                self.lm_b = nn.Linear(options.hidden, n_classes)
            if options.cvt_weight > 0:
                self.cvt = nn.ModuleList(nn.Linear(options.hidden, len(TAGS)) for _ in range(4))
            if aux:
                self.aux_out = nn.Linear(2 * options.hidden, len(TAGS))
                self.aux_trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
                self.aux_start = nn.Parameter(torch.zeros(len(TAGS)))
                self.aux_end = nn.Parameter(torch.zeros(len(TAGS)))

        def emissions(self, w, c, f, lens, head: str = ""):
            return getattr(self, head + "out")(self.drop(self.states(w, c, f, lens)))

        def cvt_loss(self, w, c, f, lens):
            """Summed soft cross-entropy of the four partial views' tag predictions against the full model's."""
            h = self.states(w, c, f, lens)
            t = h.shape[1]
            inside = (torch.arange(t).unsqueeze(0) < lens.unsqueeze(1)).float()
            with torch.no_grad():
                target = torch.softmax(self.out(h), dim=-1)
            h = self.drop(h)
            fwd, bwd = h[..., : options.hidden], h[..., options.hidden :]
            views = [
                (self.cvt[0](fwd), target, inside),  # left context and the token
                (self.cvt[1](bwd), target, inside),  # right context and the token
                (self.cvt[2](fwd[:, :-1]), target[:, 1:], inside[:, 1:]),  # left context only
                (self.cvt[3](bwd[:, 1:]), target[:, :-1], inside[:, 1:]),  # right context only
            ]
            loss = sum(-(y * torch.log_softmax(z, dim=-1)).sum(-1).mul(m).sum() for z, y, m in views)
            return loss / len(views)

        def lm_loss(self, w, c, f, lens, y):
            """Summed cross-entropy of both directions' predictions of the neighbouring tokens' classes."""
            h = self.drop(self.states(w, c, f, lens))
            t = h.shape[1]
            both = (torch.arange(1, t).unsqueeze(0) < lens.unsqueeze(1)).float()  # pairs (j-1, j) inside
            ahead = self.lm_f(h[:, :-1, : options.hidden])  # forward state at j-1 -> class of j
            behind = self.lm_b(h[:, 1:, options.hidden :])  # backward state at j -> class of j-1
            ce = nn.functional.cross_entropy
            loss = ce(ahead.reshape(-1, n_classes), y[:, 1:].reshape(-1), reduction="none")
            loss = loss + ce(behind.reshape(-1, n_classes), y[:, :-1].reshape(-1), reduction="none")
            return (loss * both.reshape(-1)).sum()

        def states(self, w, c, f, lens):
            xw = self.word(w) + (w == 1).unsqueeze(-1).float() * self.unk
            b, t, n_c = c.shape
            ce = self.char(c.view(b * t, n_c)).transpose(1, 2)
            xc = torch.relu(self.conv(ce)).max(dim=2).values.view(b, t, -1)
            xf = self.feat(f).sum(dim=2)
            x = self.drop(torch.cat([xw, xc, xf], dim=-1))
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            return h

        def nll(self, em, y, mask, head: str = ""):
            neg = -1e4
            allowed = torch.from_numpy(ALLOWED)
            trans = torch.where(allowed, getattr(self, head + "trans"), torch.tensor(neg))
            start = torch.where(torch.from_numpy(START_OK), getattr(self, head + "start"), torch.tensor(neg))
            end = getattr(self, head + "end")
            t = em.shape[1]
            # score of the gold path
            gold = start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
            for j in range(1, t):
                m = mask[:, j]
                s = trans[y[:, j - 1], y[:, j]] + em[:, j].gather(1, y[:, j : j + 1]).squeeze(1)
                gold = gold + s * m
            last = y.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
            gold = gold + end[last]
            # partition function
            alpha = start + em[:, 0]
            for j in range(1, t):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + em[:, j]
                m = mask[:, j].unsqueeze(1)
                alpha = torch.where(m > 0, nxt, alpha)
            z = torch.logsumexp(alpha + end, dim=1)
            return (z - gold).sum()

    n_classes = 0
    if pretrain:
        lm_class, n_classes = _lm_classes(fx)
    model = Model()
    news = [s for s in pretrain or [] if len(s) > 1]
    if pretrain:
        _pretrain(model, enc, news, lm_class, options.pretrain_epochs, options.lr, options.seed, t0, log)
    labelled = []
    for s in train:
        labelled.append(([t for t, _ in s], [TAG_ID[g] for _, g in s], ""))
    for s in aux or []:
        labelled.append(([t for t, _ in s], [TAG_ID[g] for _, g in s], "aux_"))
    labelled = [d for d in labelled if d[0]]
    pool = _mention_pool([d for d in labelled if not d[2]])
    bs = 32
    hist = []
    pretrained = copy.deepcopy(model.state_dict()) if len(options.finetune_seeds) > 1 else None
    soup: dict[str, Any] | None = None
    n_soup = 0
    for run, finetune_seed in enumerate(options.finetune_seeds or (None,)):
        # each run of a soup starts as the first did, so that it equals a run with its finetune seed alone
        if pretrained is not None:
            model.load_state_dict(pretrained)
        if finetune_seed is not None:
            torch.manual_seed(finetune_seed)
            rng = random.Random(finetune_seed)
        data = list(labelled)
        # separate random streams, so that pretrain_weight = 0 and mention_swap = 0 leave the NER epochs as they were
        aux_lm = (
            _lm_batches(news, 32, random.Random(options.seed + 2)) if pretrain and options.pretrain_weight > 0 else None
        )
        cvt_news = (
            _lm_batches(news, 32, random.Random(options.seed + 4)) if pretrain and options.cvt_weight > 0 else None
        )
        swap_rng = random.Random(options.seed + 3)
        dense = [
            p
            for n, p in model.named_parameters()
            if p.requires_grad and not (options.sparse_words and n == "word.weight")
        ]
        opts: list[torch.optim.Optimizer] = [torch.optim.Adam(dense, lr=options.lr)]
        if options.sparse_words:
            opts.append(torch.optim.SparseAdam([model.word.weight], lr=options.lr / 2))
        at = f"[run {run + 1}/{len(options.finetune_seeds)}] " if len(options.finetune_seeds) > 1 else ""
        avg: dict[str, Any] | None = None
        n_avg = 0
        for ep in range(options.epochs):
            model.train()
            if options.freeze_epochs:
                for name, param in model.named_parameters():
                    if name.split(".")[0] in _ENCODER_PARTS:
                        param.requires_grad_(ep >= options.freeze_epochs)
            for opt in opts:
                for group in opt.param_groups:
                    group["lr"] = group.setdefault("base_lr", group["lr"]) / (1 + options.lr_decay * ep)
            rng.shuffle(data)
            # sort within buckets so that batches have similar lengths (less padding)
            # (one corpus a batch: each corpus has its own tag layer)
            order = sorted(range(len(data)), key=lambda i: (data[i][2], i // (bs * 20), len(data[i][0])))
            batches = []
            for head in sorted({d[2] for d in data}):
                part = [i for i in order if data[i][2] == head]
                batches += [part[i : i + bs] for i in range(0, len(part), bs)]
            rng.shuffle(batches)
            tot, lm_tot, lm_seen, cvt_tot, cvt_sents = 0.0, 0.0, 0, 0.0, 0
            for bi in batches:
                seen = [data[i] for i in bi]
                if options.mention_swap > 0:
                    seen = [
                        (*_swap_mentions(d[0], d[1], pool, swap_rng), d[2])
                        if not d[2] and swap_rng.random() < options.mention_swap
                        else d
                        for d in seen
                    ]
                w, c, f, lens = _dropped_batch(enc, [d[0] for d in seen], ep * 100000 + bi[0], options.word_dropout)
                y = np.zeros(w.shape, dtype=np.int64)
                for r, d in enumerate(seen):
                    y[r, : len(d[1])] = d[1]
                mask = torch.from_numpy((np.arange(w.shape[1])[None, :] < lens[:, None]).astype(np.float32))
                head = data[bi[0]][2]
                em = model.emissions(
                    torch.from_numpy(w), torch.from_numpy(c), torch.from_numpy(f), torch.from_numpy(lens), head
                )
                loss = nll = model.nll(em, torch.from_numpy(y), mask, head)
                if aux_lm is not None:
                    ep_lm, n_lm, _, b_lm = next(aux_lm)
                    lm, k = _lm_loss(model, enc, [news[i] for i in b_lm], lm_class, 7_000_001 * (ep_lm + 1) + n_lm)
                    loss = loss + options.pretrain_weight * lm * len(bi) / len(b_lm)
                    lm_tot += lm.item()
                    lm_seen += k
                if cvt_news is not None:
                    ep_cvt, n_cvt, _, b_cvt = next(cvt_news)
                    news_batch = _dropped_batch(enc, [news[i] for i in b_cvt], 9_000_011 * (ep_cvt + 1) + n_cvt)
                    cvt = model.cvt_loss(*(torch.from_numpy(a) for a in news_batch))
                    loss = loss + options.cvt_weight * cvt * len(bi) / len(b_cvt)
                    cvt_tot += cvt.item()
                    cvt_sents += len(b_cvt)
                for opt in opts:
                    opt.zero_grad()
                (loss / len(bi)).backward()
                nn.utils.clip_grad_norm_(dense, 5.0)
                for opt in opts:
                    opt.step()
                tot += nll.item()
            msg = f"{at}epoch {ep + 1} loss {tot / len(data):.3f} {time.perf_counter() - t0:.0f}s"
            if lm_seen:
                msg += f" language-model loss/prediction {lm_tot / lm_seen:.3f}"
            if cvt_sents:
                msg += f" cross-view loss/sentence {cvt_tot / cvt_sents:.3f}"
            if dev is not None and (ep + 1) % 2 == 0:
                from marsad.ner.train import score

                save(model, enc, out_path)
                nt = NeuralTagger.load(out_path, fx)
                pred = nt.tag([[t for t, _ in s] for s in dev])[0]
                sc = score([[g for _, g in s] for s in dev], pred)
                hist.append((ep + 1, sc["micro"]["f1"]))
                msg += f" dev {sc['micro']['f1']} " + " ".join(
                    f"{t}={sc[t]['f1']}" for t in ("PER", "LOC", "ORG", "MISC")
                )
            log(msg)
            if ep + 1 in options.snapshots:
                save(model, enc, out_path.with_name(f"{out_path.stem}.ep{ep + 1}.npz"))
            if options.average_from and ep + 1 >= options.average_from:
                avg, n_avg = _add_to_mean(avg, n_avg, model)
        if avg is not None:
            _load_mean(model, avg)
        if pretrained is not None:
            soup, n_soup = _add_to_mean(soup, n_soup, model)
    if soup is not None:  # the uniform soup: the element-wise mean of the runs' weights
        _load_mean(model, soup)
    save(model, enc, out_path)
    return {"epochs": options.epochs, "train_seconds": round(time.perf_counter() - t0, 1), "dev_history": hist}


TAG_ID = {t: i for i, t in enumerate(TAGS)}
# the layers between the word vectors and the tag layer (``freeze_epochs``)
_ENCODER_PARTS = ("unk", "char", "conv", "feat", "lstm")


def _add_to_mean(mean: dict[str, Any] | None, n: int, model) -> tuple[dict[str, Any], int]:
    """The running mean of the model's weights (float64) with its current weights added, and its new count."""
    state = {k: v.detach().clone().double() for k, v in model.state_dict().items()}
    if mean is None:
        return state, 1
    for k, v in state.items():
        mean[k] += (v - mean[k]) / (n + 1)
    return mean, n + 1


def _load_mean(model, mean: dict[str, Any]) -> None:
    model.load_state_dict({k: v.to(model.state_dict()[k].dtype) for k, v in mean.items()})


def _mentions(tags: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each name in a sentence's BIO tag ids (an I- after O or another type starts one)."""
    out: list[tuple[int, int, str]] = []
    for j, t in enumerate(tags):
        name = TAGS[t]
        if name == "O":
            continue
        if name.startswith("B-") or not out or out[-1][1] != j or out[-1][2] != name[2:]:
            out.append((j, j + 1, name[2:]))
        else:
            out[-1] = (out[-1][0], j + 1, out[-1][2])
    return out


def _mention_pool(data: list[tuple[list[str], list[int], str]]) -> dict[str, list[tuple[str, ...]]]:
    """Type -> the token sequences of its names in the labelled sentences (repeats kept: common names come often)."""
    pool: dict[str, list[tuple[str, ...]]] = {}
    for toks, tags, _ in data:
        for a, b, typ in _mentions(tags):
            pool.setdefault(typ, []).append(tuple(toks[a:b]))
    return pool


def _swap_mentions(
    toks: list[str], tags: list[int], pool: dict[str, list[tuple[str, ...]]], rng: random.Random
) -> tuple[list[str], list[int]]:
    """The sentence with each name replaced by a random name of its type from ``pool``, tags to match."""
    out_t: list[str] = []
    out_y: list[int] = []
    at = 0
    for a, b, typ in _mentions(tags):
        out_t += toks[at:a]
        out_y += tags[at:a]
        name = rng.choice(pool[typ])
        out_t += name
        out_y += [TAG_ID["B-" + typ]] + [TAG_ID["I-" + typ]] * (len(name) - 1)
        at = b
    return out_t + toks[at:], out_y + tags[at:]


def _lm_classes(fx: FeatureExtractor):
    """(token -> class id, number of classes) for the language-model pretraining: the fine word2vec cluster of the
    token's stem as the features find it, else one class for digits and one for every other word."""
    n = max((int(c[0]) for c in fx.res.clusters.values()), default=-1) + 1
    digits, other = n, n + 1

    def lm_class(tok: str) -> int:
        k = key(tok)
        if not k:
            return other
        if k[0].isdigit():
            return digits
        cl = fx.res.cluster(k, *stem_forms(k, fx.res)[1:])
        return int(cl[0]) if cl else other

    return lm_class, n + 2


def _lm_batches(sents: list[list[str]], bs: int, rng: random.Random):
    """Endless (pass, batch number, batches in the pass, sentence indices) over ``sents``: each pass shuffled, in
    buckets of similar length (less padding), the batches in random order."""
    ep = 0
    while True:
        order = list(range(len(sents)))
        rng.shuffle(order)
        buckets = [order[i : i + bs * 20] for i in range(0, len(order), bs * 20)]
        batches = []
        for b in buckets:
            b = sorted(b, key=lambda i: len(sents[i]))
            batches += [b[i : i + bs] for i in range(0, len(b), bs)]
        rng.shuffle(batches)
        for n, bi in enumerate(batches):
            yield ep, n, len(batches), bi
        ep += 1


def _dropped_batch(enc: Encoder, toks: list[list[str]], drop_seed: int, rate: float = 0.05) -> tuple[np.ndarray, ...]:
    """``enc.batch`` of the sentences with word dropout: the unknown-word id for a share ``rate`` of the tokens
    (drawn from the seed, so that a run is reproducible)."""
    w, c, f, lens = enc.batch(toks)
    drop = np.random.default_rng(drop_seed).random(w.shape) < rate
    return np.where(drop & (w > 0), 1, w), c, f, lens


def _lm_loss(model, enc: Encoder, toks: list[list[str]], lm_class, drop_seed: int):
    """(summed language-model loss of a batch of sentences, number of predictions), 5% word dropout."""
    import torch

    w, c, f, lens = _dropped_batch(enc, toks, drop_seed)
    y = np.zeros(w.shape, dtype=np.int64)
    for r, s in enumerate(toks):
        y[r, : len(s)] = [lm_class(t) for t in s]
    w_, c_, f_, lens_, y_ = (torch.from_numpy(a) for a in (w, c, f, lens, y))
    return model.lm_loss(w_, c_, f_, lens_, y_), 2 * int((lens - 1).sum())


def _pretrain(
    model, enc: Encoder, sents: list[list[str]], lm_class, epochs: int, lr: float, seed: int, t0: float, log
) -> None:
    """Train the encoder (and the language-model layers) on unlabelled sentences: see ``train_neural``."""
    import torch
    from torch import nn

    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)
    tot, seen = 0.0, 0
    for ep, n, n_batches, bi in _lm_batches(sents, 64, random.Random(seed + 1)):
        if ep == epochs:
            break
        if n == 0:
            model.train()
            tot, seen = 0.0, 0
        loss, k = _lm_loss(model, enc, [sents[i] for i in bi], lm_class, ep * 1_000_003 + n)
        opt.zero_grad()
        (loss / len(bi)).backward()
        nn.utils.clip_grad_norm_(params, 5.0)
        opt.step()
        tot += loss.item()
        seen += k
        if (n + 1) % 200 == 0 or n + 1 == n_batches:
            at = f"pretrain epoch {ep + 1} batch {n + 1}/{n_batches}"
            log(f"{at} loss/prediction {tot / seen:.3f} {time.perf_counter() - t0:.0f}s")


def save(model, enc: Encoder, out_path: Path) -> None:
    """Write the weights as numpy arrays (float16 word vectors) plus the vocabularies."""
    sd = {k: v.detach().cpu().numpy() for k, v in model.state_dict().items()}
    word = sd["word.weight"].copy()
    word[1] = model.unk.detach().numpy()
    arrays = {
        "word_emb": word.astype(np.float16),
        "char_emb": sd["char.weight"],
        "char_conv_w": sd["conv.weight"],
        "char_conv_b": sd["conv.bias"],
        "feat_emb": sd["feat.weight"],
        "lstm_wi_f": sd["lstm.weight_ih_l0"],
        "lstm_wh_f": sd["lstm.weight_hh_l0"],
        "lstm_b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "lstm_wi_b": sd["lstm.weight_ih_l0_reverse"],
        "lstm_wh_b": sd["lstm.weight_hh_l0_reverse"],
        "lstm_b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
        "vocab_words": np.array(list(enc.words), dtype=str),
        "vocab_chars": np.array(list(enc.chars), dtype=str),
        "vocab_feats": np.array(list(enc.feats), dtype=str),
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_path, **arrays)
