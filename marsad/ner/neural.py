"""BiLSTM-CRF NER tagger: torch for training (build time only), a numpy forward pass at run time.

Inputs of a token: a frozen word2vec vector of its stem (trained on the news-ant corpora), a character CNN over
its key, and the bag of the CRF's non-lexical features (affixes, clusters, gazetteer flags, clitics, shape) as a
summed embedding. One BiLSTM layer, tag scores, CRF transitions; Viterbi decoding restricted to valid BIO.
The runtime needs numpy only: the weights are saved in ``neural.npz`` (float16 word vectors, float32 rest), which
may hold several members of one configuration (seeds) whose marginals are averaged (``combine``).
"""

from __future__ import annotations

import copy
import random
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.features import FeatureExtractor, stem_forms
from marsad.ner.text import key

# Per-token caches of the run time, all least-recently-used so that a long ingest stays bounded (docs/benchmarks.md,
# "Memory"). Distinct words whose input projections (8 × hidden float32, 3.2 KB each) are kept, in one array:
# over 1,500 ANT articles an LRU of 15k recomputes fewer words than the 20k cache cleared when full did (72k vs 90k
# of 286k look-ups) in 48 MB. A model of M members keeps 15k / M words, in the same 48 MB.
PROJECTION_CACHE_WORDS = 15_000
# Distinct words whose encoder ids (~0.4 KB) and CRF partial score sums (~0.6 KB) are kept.
TOKEN_CACHE_WORDS = 30_000
# Feature lists (~2.7 KB a word) the FeatureExtractor keeps while the ensemble runs: they are only read between a
# miss of the encoder cache and one of the CRF-sum cache of the same new word, both within one batch.
FEATURE_CACHE_WORDS = 4_096

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
# CRF features the BiLSTM-CRF does not embed: the word's identity (its word vector and character CNN see the word),
# and the news lexicon's (``marsad.ner.lexicon``), which the CRF's training jackknifes and this training does not
_NOT_EMBEDDED = ("w=", "s=", "n=", "x=")
MAX_CHARS = 16
MAX_FEATS = 24


def _allowed() -> np.ndarray:
    """allowed[i, j]: tag j may follow tag i in BIO (I-X only after B-X or I-X)."""
    a = np.ones((len(TAGS), len(TAGS)), dtype=bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i, s in enumerate(TAGS):
                a[i, j] = s[2:] == t[2:]
    return a


ALLOWED = _allowed()
ENSEMBLE_CRF_WEIGHT = 0.3  # chosen on the ANERcorp dev carve-out among 0.3 / 0.4 / 0.5 (docs/ner.md)
# Log-prior added to the combined scores of B-/I-MISC before decoding, on ANERcorp-convention input (CoNLL,
# ``NerModel.tag_sentences``). Both models find few of ANERcorp's MISC names (car models, stadiums, UNIFIL) but are
# nearly always right when they do (dev: precision 86, recall 37), so the MAP decision is too shy for F1. One
# scalar, chosen on the dev carve-out among 0.5 / 1.0 / 1.5 and checked on another slice of train (docs/ner.md).
# Documents decode without it: FORMAT.md's MISC (treaties, resolutions) is another class; there it cost 0.1-0.7.
ANERCORP_TAG_BIAS = {"MISC": 1.0}
START_OK = np.array([not t.startswith("I-") for t in TAGS])


def tag_bias(bias: dict[str, float]) -> np.ndarray:
    """(K,) log-prior of each tag from a per-type bias (B- and I- tags of a type get the same value)."""
    return np.array([bias.get(t[2:], 0.0) for t in TAGS], dtype=np.float32)


class Encoder:
    """Token string -> (word id, char ids, feature ids), from the vocabularies saved with the model."""

    def __init__(self, fx: FeatureExtractor, words: list[str], chars: list[str], feats: list[str]) -> None:
        self.fx = fx
        self.words = {w: i + 2 for i, w in enumerate(words)}  # 0 pad, 1 unknown
        self.chars = {c: i + 2 for i, c in enumerate(chars)}
        self.feats = {f: i + 1 for i, f in enumerate(feats)}  # 0 pad
        self._cache: OrderedDict[str, tuple[int, list[int], list[int]]] = OrderedDict()  # LRU

    def token(self, tok: str) -> tuple[int, list[int], list[int]]:
        cache = self._cache
        hit = cache.get(tok)
        if hit is not None:
            cache.move_to_end(tok)
            return hit
        k = key(tok)
        wid = 1
        if k:
            if k[0].isdigit():
                wid = self.words.get("0", 1)
            else:
                _, rest, bare = stem_forms(k, self.fx.res)
                for cand in (rest, k, bare):
                    if cand in self.words:
                        wid = self.words[cand]
                        break
        cs = [self.chars.get(c, 1) for c in (k or tok)[:MAX_CHARS]]
        own = self.fx.word(tok)[0]
        fs = [self.feats[f] for f in own if not f.startswith(_NOT_EMBEDDED) and f in self.feats][:MAX_FEATS]
        out = (wid, cs, fs)
        cache[tok] = out
        if len(cache) > TOKEN_CACHE_WORDS:
            cache.popitem(last=False)
        return out

    def batch(self, sents: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Padded (B, T) word ids, (B, T, C) char ids, (B, T, F) feature ids, lengths."""
        lens = np.array([len(s) for s in sents], dtype=np.int64)
        b, t = len(sents), int(lens.max()) if len(sents) else 0
        w = np.zeros((b, t), dtype=np.int64)
        c = np.zeros((b, t, MAX_CHARS), dtype=np.int64)
        f = np.zeros((b, t, MAX_FEATS), dtype=np.int64)
        for i, s in enumerate(sents):
            for j, tok in enumerate(s):
                wid, cs, fs = self.token(tok)
                w[i, j] = wid
                c[i, j, : len(cs)] = cs
                f[i, j, : len(fs)] = fs
        return w, c, f, lens


# ----------------------------------------------------------------------------------------------- run time (numpy)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def _lstm(xs: np.ndarray, wh: np.ndarray, starts: np.ndarray | None = None) -> np.ndarray:
    """LSTM directions run side by side over (T, D, B, 4H) input projections, step-major (one contiguous slab a
    step); wh is (D, H, 4H). Returns (T, D, B, H). ``starts`` (T, B), optional: True where a new sequence starts in
    a row that holds several one after the other (the state is reset there). Gate order i, f, g, o (torch);
    tanh(x) = 2 sigmoid(2x) - 1 with the g rows pre-doubled: one sigmoid call."""
    t, d, bsz, h4 = xs.shape
    hd = h4 // 4
    h = np.zeros((d, bsz, hd), dtype=np.float32)
    c = np.zeros((d, bsz, hd), dtype=np.float32)
    g = np.empty((d, bsz, h4), dtype=np.float32)
    tmp = np.empty((d, bsz, hd), dtype=np.float32)
    out = np.empty((t, d, bsz, hd), dtype=np.float32)
    gi, gf, gg, go = g[..., :hd], g[..., hd : 2 * hd], g[..., 2 * hd : 3 * hd], g[..., 3 * hd :]
    keep = None if starts is None else (~starts).astype(np.float32)[:, None, :, None]
    resets = set() if starts is None else set(np.flatnonzero(starts[1:].any(axis=1)) + 1)
    # in-place ops on preallocated buffers: at these sizes numpy's per-call overhead is much of the cost
    for j in range(t):
        if j in resets:
            assert keep is not None
            h *= keep[j]
            c *= keep[j]
        np.matmul(h, wh, out=g)
        g += xs[j]
        g *= 0.5
        np.tanh(g, out=g)
        g += 1.0
        g *= 0.5  # g = sigmoid of the pre-activations; the g gate's tanh is 2 * sigmoid(2x) - 1
        c *= gf
        np.multiply(gg, 2.0, out=tmp)
        tmp -= 1.0
        tmp *= gi
        c += tmp
        np.tanh(c, out=h)
        h *= go
        out[j] = h
    return out


def char_tables(char_emb: np.ndarray, conv_w: np.ndarray) -> np.ndarray:
    """(k, chars + 1, filters): what each character contributes to each filter at each of the k offsets of the
    width-k convolution (torch Conv1d weights (filters, dim, k)); the last row is zero, for the padding."""
    tab = np.stack([char_emb @ w.T for w in np.moveaxis(conv_w, 2, 0)])
    return np.concatenate([tab, np.zeros_like(tab[:, :1])], axis=1)


def char_cnn(tab: np.ndarray, bias: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """(N, filters) max-pooled ReLU of the character convolution (zero-padded, "same" width) over (N, C) char ids,
    as k table gathers and adds instead of k small matmuls."""
    n, n_c = chars.shape
    k = tab.shape[0]
    padded = np.full((n, n_c + k - 1), tab.shape[1] - 1)  # the zero row beyond both ends of the word
    padded[:, k // 2 : k // 2 + n_c] = chars
    conv = tab[0][padded[:, :n_c]]
    for i in range(1, k):
        conv += tab[i][padded[:, i : i + n_c]]
    conv += bias
    return np.maximum(conv, 0).max(axis=1)


def pack_rows(lengths: list[int]) -> tuple[list[tuple[int, int]], int, int]:
    """Place sequences one after the other in as few rows as the longest one allows (first fit, longest first), so
    that a batch is nearly free of padding: each sequence's (row, offset), the row count and the row length."""
    width = max(lengths)
    fill: list[int] = []
    place = [(0, 0)] * len(lengths)
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        n = lengths[i]
        for r, used in enumerate(fill):
            if used + n <= width:
                place[i] = (r, used)
                fill[r] += n
                break
        else:
            place[i] = (len(fill), 0)
            fill.append(n)
    return place, len(fill), width


def viterbi_batch(em: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list:
    """Best valid BIO paths through (B, T, K) emission scores of sequences padded at the end."""
    neg = np.float32(-1e4)
    tr = np.where(ALLOWED, trans, neg)
    bsz, t, k = em.shape
    score = np.where(START_OK, start + em[:, 0], neg)
    back = np.zeros((bsz, t, k), dtype=np.int64)
    final = np.empty_like(score)
    for j in range(1, t):
        live = lens > j
        cand = score[:, :, None] + tr
        back[:, j] = cand.argmax(1)
        nxt = cand.max(1) + em[:, j]
        done = lens == j
        if done.any():
            final[done] = score[done]
        score = np.where(live[:, None], nxt, score)
    done = lens >= t
    final[done] = score[done]
    final = final + end
    paths = []
    for i, n in enumerate(lens):
        best = [int(final[i].argmax())]
        bi = back[i]
        for j in range(int(n) - 1, 0, -1):
            best.append(int(bi[j, best[-1]]))
        paths.append(best[::-1])
    return paths


def _lse(x: np.ndarray, axis: int) -> np.ndarray:
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def marginals_padded(
    em: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """(B, T, K) tag marginals (forward-backward over valid BIO paths) of emissions padded at the end."""
    return marginals_grouped(em[None], lens, trans[None], start[None], end[None])[0]


def marginals_grouped(
    em: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """(G, B, T, K) tag marginals of G models' (G, B, T, K) emissions of the same sentences, each with its own
    (G, K, K) transitions and (G, K) start / end scores: one pass for all the models of an ensemble.

    Runs in probability space with per-step normalisation (one small matmul per step, no log-sum-exp)."""
    tr = np.where(ALLOWED, np.exp(trans - trans.max(axis=(1, 2), keepdims=True)), 0.0).astype(np.float32)
    e = np.exp(em - em.max(axis=3, keepdims=True))
    t = em.shape[2]
    alpha = np.empty_like(e)
    beta = np.ones_like(e)
    a = np.where(START_OK, np.exp(start - start.max(axis=1, keepdims=True)), 0.0)[:, None] * e[:, :, 0]
    alpha[:, :, 0] = a / a.sum(axis=2, keepdims=True)
    for j in range(1, t):
        a = (alpha[:, :, j - 1] @ tr) * e[:, :, j]
        alpha[:, :, j] = a / a.sum(axis=2, keepdims=True)
    end_p = np.exp(end - end.max(axis=1, keepdims=True)).astype(np.float32)[:, None]  # (G, 1, K)
    last = (lens - 1)[None, :, None]
    tr_t = tr.transpose(0, 2, 1)
    beta[:, :, t - 1] = end_p
    for j in range(t - 2, -1, -1):
        b = (e[:, :, j + 1] * beta[:, :, j + 1]) @ tr_t
        b /= b.sum(axis=2, keepdims=True)
        beta[:, :, j] = np.where(last > j, b, end_p)  # at a sequence's last token beta is the end weight
    m = alpha * beta
    m /= m.sum(axis=3, keepdims=True)
    return m


class CrfScores:
    """State and transition weights of a python-crfsuite model, for its marginals in numpy (batched with the
    BiLSTM's): far cheaper than one ``Tagger.marginal`` call per label and token."""

    def __init__(self, tagger) -> None:
        info = tagger.info()
        attrs: dict[str, int] = {}
        rows: list[tuple[int, int, float]] = []
        col = {t: k for k, t in enumerate(TAGS)}
        for (attr, label), w in info.state_features.items():
            if label in col:
                rows.append((attrs.setdefault(attr, len(attrs) + 1), col[label], w))  # row 0 stays zero
        self.attrs = attrs
        self.w = np.zeros((len(attrs) + 1, len(TAGS)), dtype=np.float32)
        for r, c, w in rows:
            self.w[r, c] = w
        row = self.w.__getitem__
        self.bias, self.bos, self.eos = (row(attrs.get(a, 0)).copy() for a in ("b", "BOS", "EOS"))
        self._tok: OrderedDict[str, tuple[np.ndarray, str, str]] = OrderedDict()  # LRU, TOKEN_CACHE_WORDS
        self.trans = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
        for (a, b), w in info.transitions.items():
            if a in col and b in col:
                self.trans[col[a], col[b]] = w

    def _sums(self, blocks: tuple[list[str], ...]) -> np.ndarray:
        """(len(blocks), K): the summed weights of each feature list (one numpy call for all)."""
        get = self.attrs.get
        ids: list[int] = []
        starts: list[int] = []
        for fs in blocks:
            starts.append(len(ids))
            ids.append(0)  # row 0 is zero: keeps every block non-empty for reduceat
            ids.extend(filter(None, map(get, fs)))  # unknown features (None) and row 0 add nothing
        return np.add.reduceat(self.w[ids], starts, axis=0)

    def sentence(self, fx: FeatureExtractor, tokens: list[str]) -> np.ndarray:
        """(n, K) state scores of the features ``fx.sentence(tokens)`` would give, from per-token partial sums
        (own features; each context block as seen from offsets -2, -1, +1, +2) cached per token string."""
        cache = self._tok
        parts = []
        for tok in tokens:
            hit = cache.get(tok)
            if hit is None:
                own, ctx = fx.word(tok)
                hit = (self._sums((own, *ctx)), own[1 if len(own) > 1 else 0], own[0])
                cache[tok] = hit
                if len(cache) > TOKEN_CACHE_WORDS:
                    cache.popitem(last=False)
            else:
                cache.move_to_end(tok)
            parts.append(hit)
        n = len(tokens)
        v = np.stack([h[0] for h in parts])  # (n, 5, K): own, seen from -2, -1, +1, +2
        em = v[:, 0] + self.bias
        if n > 1:
            em[1:] += v[:-1, 2]  # the word before, seen from offset -1
            em[:-1] += v[1:, 3]
        if n > 2:
            em[2:] += v[:-2, 1]
            em[:-2] += v[2:, 4]
        em[0] += self.bos
        em[-1] += self.eos
        get = self.attrs.get
        for i in range(1, n):
            r = get("bg=" + parts[i - 1][1] + "|" + parts[i][2])
            if r:
                em[i] += self.w[r]
        return em

    def emissions(self, feats: list[list[str]]) -> np.ndarray:
        """(n, K) state scores of one sentence's feature lists (the reference ``sentence`` must match)."""
        return self._sums(tuple(feats))


class NeuralTagger:
    """The numpy forward pass of one or more trained BiLSTM-CRFs (``neural.npz``) over the same vocabularies.

    Several members (seeds of one configuration, joined by ``combine``) run as one model: a token's input
    projections for all members sit in one cached row, and all their LSTM directions run in one loop. Their tag
    marginals are combined as a geometric mean, which averages out the seed-to-seed spread (docs/ner.md)."""

    def __init__(self, params: dict[str, np.ndarray] | list[dict[str, np.ndarray]], enc: Encoder) -> None:
        members = [params] if isinstance(params, dict) else list(params)
        # word vectors stay float16 as saved (20 MB instead of 40), shared: training keeps them frozen, so members
        # differ only in the learned unknown-word row; rows are widened when gathered, to the same values
        self.word_emb = members[0]["word_emb"]
        self.members: list[dict[str, np.ndarray]] = []
        for m in members:
            p = {k: v.astype(np.float32) for k, v in m.items() if k != "word_emb"}
            if "word_unk" not in p:
                p["word_unk"] = m["word_emb"][1].astype(np.float32)
            hd = p["lstm_wh_f"].shape[1]
            # Both directions run in one loop as a batch (_lstm); the g rows are doubled so that one sigmoid serves
            # all four gates (tanh(x) = 2 sigmoid(2x) - 1).
            scale = np.ones((4 * hd, 1), dtype=np.float32)
            scale[2 * hd : 3 * hd] = 2.0
            p["wi"] = np.concatenate([p["lstm_wi_f"] * scale, p["lstm_wi_b"] * scale])  # (8H, D): forward rows first
            p["bi"] = np.concatenate([p["lstm_b_f"] * scale[:, 0], p["lstm_b_b"] * scale[:, 0]])
            p["wh"] = np.stack([(p["lstm_wh_f"] * scale).T, (p["lstm_wh_b"] * scale).T])  # (2, H, 4H)
            p["char_tab"] = char_tables(p["char_emb"], p["char_conv_w"])  # the character CNN as look-ups
            self.members.append(p)
        if len({p["wh"].shape for p in self.members}) != 1:
            raise ValueError("BiLSTM-CRF members of one tagger must have the same hidden size")
        self.wh = np.concatenate([p["wh"] for p in self.members])  # (2M, H, 4H): member m's directions at 2m, 2m+1
        self.trans, self.start, self.end = (np.stack([p[k] for p in self.members]) for k in ("trans", "start", "end"))
        self.enc = enc
        # input projections of all members' directions (M × 8H) of recently seen tokens: rows of one float32 array,
        # a slot per token in LRU order (one block, no per-row objects; the gather is a single fancy index)
        self._slab: np.ndarray | None = None
        self._slot: OrderedDict[str, int] = OrderedDict()

    @classmethod
    def load(cls, path: Path, fx: FeatureExtractor) -> NeuralTagger:
        """Read ``neural.npz``: member 0's arrays under their own names, member k's (k >= 1) prefixed ``m{k}_``."""
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        vocab = {k: [str(x) for x in arrays.pop(k)] for k in list(arrays) if k.startswith("vocab_")}
        members: list[dict[str, np.ndarray]] = [{}]
        for k, v in arrays.items():
            head, _, rest = k.partition("_")
            if head[:1] == "m" and head[1:].isdigit() and rest:
                i = int(head[1:])
                members.extend({} for _ in range(i + 1 - len(members)))
                members[i][rest] = v
            else:
                members[0][k] = v
        for m in members[1:]:
            m["word_emb"] = members[0]["word_emb"]
        return cls(members, Encoder(fx, vocab["vocab_words"], vocab["vocab_chars"], vocab["vocab_feats"]))

    def _project(self, toks: list[str]) -> np.ndarray:
        """(N, M × 8H) input projections of token types (word vector, char CNN, feature bag), computed once each."""
        w, c, f, _ = self.enc.batch([toks])
        w, c, f = w[0], c[0], f[0]
        unknown = w == 1
        xw = self.word_emb[w].astype(np.float32)
        out = []
        for p in self.members:
            xw[unknown] = p["word_unk"]
            x_c = char_cnn(p["char_tab"], p["char_conv_b"], c)
            x = np.concatenate([xw, x_c, p["feat_emb"][f].sum(axis=1)], axis=-1)
            out.append(x @ p["wi"].T + p["bi"])
        return out[0] if len(out) == 1 else np.concatenate(out, axis=1)

    def _projections(self, needed: list[str]) -> tuple[np.ndarray, dict[str, int] | OrderedDict[str, int]]:
        """An (N, M × 8H) array holding the input projections of the ``needed`` distinct tokens, and each token's
        row: the cache's rows, the new tokens projected into the least recently used slots."""
        width = self.wh.shape[0] * self.wh.shape[2]
        cap = max(1, PROJECTION_CACHE_WORDS // len(self.members))  # the same memory whatever the member count
        if len(needed) > cap:  # a batch with more distinct words than the cache holds: projected on its own
            return self._project(needed), {t: i for i, t in enumerate(needed)}
        slot = self._slot
        if self._slab is None or self._slab.shape != (cap, width):
            self._slab = np.empty((cap, width), dtype=np.float32)  # pages are touched as used
            slot.clear()
        new = []
        for t in needed:
            if t in slot:
                slot.move_to_end(t)  # the words of this batch are the most recent: never evicted below
            else:
                new.append(t)
        if new:
            rows = []
            for t in new:
                if len(slot) < cap:
                    r = len(slot)
                else:
                    r = slot.popitem(last=False)[1]
                slot[t] = r
                rows.append(r)
            self._slab[rows] = self._project(new)
        return self._slab, slot

    def emissions(self, sents: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """(M, B, T, K) tag scores of each member for non-empty sentences (padded at the end), and their lengths.

        The LSTMs run over rows that hold several sentences one after the other (``pack_rows``, state reset at
        each start): a document's sentences differ in length, and padding them to the longest doubled the work."""
        proj, row = self._projections(list(dict.fromkeys(t for s in sents for t in s)))
        lens = np.array([len(s) for s in sents])
        place, n_rows, width = pack_rows(lens.tolist())
        d, hd, h4 = self.wh.shape
        x = np.zeros((width, d, n_rows, h4), dtype=np.float32)
        starts = np.zeros((width, n_rows), dtype=bool)
        for s, (r, o) in zip(sents, place, strict=True):
            m = proj[[row[tok] for tok in s]].reshape(len(s), d, h4)
            x[o : o + len(s), 0::2, r] = m[:, 0::2]
            x[o : o + len(s), 1::2, r] = m[::-1, 1::2]  # the backward direction reads the sentence reversed
            starts[o, r] = True
        hh = _lstm(x, self.wh, starts)  # (width, 2M, rows, H)
        em = np.zeros((len(self.members), len(sents), int(lens.max()), len(TAGS)), dtype=np.float32)
        for j, p in enumerate(self.members):
            fwd = hh[:, 2 * j] @ p["out_w"][:, :hd].T  # (width, rows, K): the forward half of the output layer
            bwd = hh[:, 2 * j + 1] @ p["out_w"][:, hd:].T
            for i, (r, o) in enumerate(place):
                n = lens[i]
                em[j, i, :n] = fwd[o : o + n, r] + bwd[o : o + n, r][::-1] + p["out_b"]
        return em, lens

    def ensemble(
        self,
        sents: list[list[str]],
        crf: CrfScores,
        weight: float = ENSEMBLE_CRF_WEIGHT,
        batch: int = 64,
        bias: dict[str, float] | None = None,
    ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags from the weighted geometric mean of the CRF's and this model's marginals, times a per-type prior
        (``bias``, e.g. ANERCORP_TAG_BIAS; best valid BIO path under the per-token combined probabilities), and
        each chosen tag's combined probability."""
        prior = tag_bias(bias or {})
        tags: list[list[str]] = [[] for _ in sents]
        probs: list[list[float]] = [[] for _ in sents]
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        zero_t = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
        zero_k = np.zeros(len(TAGS), dtype=np.float32)
        # the CRF's forward-backward runs with the members' as one more model of the group
        trans = np.concatenate([self.trans, crf.trans[None]])
        start, end = np.concatenate([self.start, zero_k[None]]), np.concatenate([self.end, zero_k[None]])
        fx = self.enc.fx
        for lo in range(0, len(order), batch):
            idx = order[lo : lo + batch]
            group = [sents[i] for i in idx]
            em, lens = self.emissions(group)
            em_crf = np.zeros(em.shape[1:], dtype=np.float32)
            for r, s in enumerate(group):
                em_crf[r, : len(s)] = crf.sentence(fx, s)
            logs = np.log(marginals_grouped(np.concatenate([em, em_crf[None]]), lens, trans, start, end) + 1e-6)
            logm = weight * logs[-1] + (1 - weight) * logs[:-1].mean(axis=0) + prior
            logm -= np.log(np.exp(logm).sum(axis=2, keepdims=True))
            paths = viterbi_batch(logm.astype(np.float32), lens, zero_t, zero_k, zero_k)
            for r, (i, path) in enumerate(zip(idx, paths, strict=True)):
                tags[i] = [TAGS[y] for y in path]
                probs[i] = np.exp(logm[r, np.arange(len(path)), path]).tolist()
        return tags, probs

    def marginals(self, sents: list[list[str]], batch: int = 32) -> list[np.ndarray]:
        """(n, K) tag marginals of each sentence (TAGS order; empty sentences give (0, K)); with several members,
        their normalised geometric mean."""
        out = [np.zeros((0, len(TAGS)), dtype=np.float32) for _ in sents]
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        for lo in range(0, len(order), batch):
            idx = order[lo : lo + batch]
            em, lens = self.emissions([sents[i] for i in idx])
            g = marginals_grouped(em, lens, self.trans, self.start, self.end)
            if len(g) == 1:
                g = g[0]
            else:  # the normalised geometric mean of the members'
                g = np.exp(np.log(g + 1e-6).mean(axis=0))
                g /= g.sum(axis=2, keepdims=True)
            for r, i in enumerate(idx):
                out[i] = g[r, : lens[r]]
        return out

    def tag(
        self, sents: list[list[str]], *, scores: bool = False, batch: int = 32
    ) -> tuple[list[list[str]], list[list[float]]]:
        """BIO tags of sentences (and, if asked, the softmax probability of each chosen tag's emission score);
        several members decode with their mean emission and transition scores.

        Sentences of similar length are run together, so that little of the batch is padding."""
        out: list[list[str]] = [[] for _ in sents]
        probs: list[list[float]] = [[] for _ in sents]
        order = sorted((i for i, s in enumerate(sents) if s), key=lambda i: len(sents[i]))
        trans, start, end = self.trans.mean(axis=0), self.start.mean(axis=0), self.end.mean(axis=0)
        for lo in range(0, len(order), batch):
            idx = order[lo : lo + batch]
            ems, lens = self.emissions([sents[i] for i in idx])
            em = ems.mean(axis=0)
            paths = viterbi_batch(em, lens, trans, start, end)
            if scores:
                ex = np.exp(em - em.max(axis=2, keepdims=True))
                sm = ex / ex.sum(axis=2, keepdims=True)
            for r, (i, path) in enumerate(zip(idx, paths, strict=True)):
                out[i] = [TAGS[j] for j in path]
                if scores:
                    probs[i] = [float(sm[r, j, y]) for j, y in enumerate(path)]
        return out, probs


def combine(paths: list[Path], out_path: Path) -> None:
    """Join BiLSTM-CRF files of one configuration (e.g. seeds) into one ``neural.npz`` of several members: the
    first file's arrays as they are, each next one's prefixed ``m{k}_`` without the shared word vectors (its own
    unknown-word row kept as ``m{k}_word_unk``). The files must share vocabularies and frozen word vectors."""
    with np.load(paths[0], allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    for k, path in enumerate(paths[1:], start=1):
        with np.load(path, allow_pickle=False) as z:
            other = {name: z[name] for name in z.files}
        for name in ("vocab_words", "vocab_chars", "vocab_feats"):
            if not np.array_equal(other[name], arrays[name]):
                raise ValueError(f"{path}: {name} differs from {paths[0]}'s: not one configuration")
        if not np.array_equal(other["word_emb"][2:], arrays["word_emb"][2:]):
            raise ValueError(f"{path}: word vectors differ from {paths[0]}'s")
        for name, v in other.items():
            if name.startswith("vocab_"):
                continue
            if name == "word_emb":
                arrays[f"m{k}_word_unk"] = v[1]
            else:
                arrays[f"m{k}_{name}"] = v
    out_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_path, **arrays)


def ensemble_tags(
    crf: list[np.ndarray],
    nn: list[np.ndarray],
    weight: float = ENSEMBLE_CRF_WEIGHT,
    bias: dict[str, float] | None = None,
) -> tuple[list[list[str]], list[list[float]]]:
    """Tags from the weighted geometric mean of CRF and BiLSTM-CRF marginals times the per-type prior ``bias``
    (valid BIO path with the highest product of per-token combined probabilities), and each chosen tag's combined
    probability. The reference for ``NeuralTagger.ensemble``."""
    prior = np.exp(tag_bias(bias or {}))
    tags: list[list[str]] = []
    probs: list[list[float]] = []
    zero_t = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
    zero_k = np.zeros(len(TAGS), dtype=np.float32)
    for c, n in zip(crf, nn, strict=True):
        if not len(c):
            tags.append([])
            probs.append([])
            continue
        m = np.exp(weight * np.log(c + 1e-6) + (1 - weight) * np.log(n + 1e-6)) * prior
        m /= m.sum(axis=1, keepdims=True)
        path = viterbi_batch(np.log(m)[None].astype(np.float32), np.array([len(m)]), zero_t, zero_k, zero_k)[0]
        tags.append([TAGS[j] for j in path])
        probs.append([float(m[j, y]) for j, y in enumerate(path)])
    return tags, probs


# --------------------------------------------------------------------------------------------- training (torch)


def load_vectors(vec_path: Path, vocab_path: Path) -> tuple[list[str], np.ndarray]:
    words = vocab_path.read_text(encoding="utf-8").split("\n")
    return words, np.load(vec_path)


def train_neural(
    train: list[list[tuple[str, str]]],
    fx: FeatureExtractor,
    words: list[str],
    vectors: np.ndarray,
    out_path: Path,
    *,
    epochs: int = 20,
    hidden: int = 100,
    seed: int = 0,
    lr: float = 2e-3,
    lr_decay: float = 0.0,
    dropout: float = 0.5,
    finetune_words: bool = False,
    sparse_words: bool = False,
    aux: list[list[tuple[str, str]]] | None = None,
    snapshots: tuple[int, ...] = (),
    average_from: int = 0,
    pretrain: list[list[str]] | None = None,
    pretrain_epochs: int = 1,
    pretrain_weight: float = 0.0,
    cvt_weight: float = 0.0,
    mention_swap: float = 0.0,
    finetune_seeds: tuple[int, ...] = (),
    dev: list[list[tuple[str, str]]] | None = None,
    log=print,
) -> dict[str, Any]:
    """Train the BiLSTM-CRF with torch on one thread and save the numpy weights to ``out_path``.

    ``lr_decay``: the learning rate of epoch e (from 0) is lr / (1 + lr_decay * e). ``snapshots``: epochs after
    which the weights are also saved as ``<out_path stem>.epN.npz`` (to choose the epoch count in one run).
    ``average_from``: if > 0, the saved weights are the mean of the weights after each epoch from that one on
    (stochastic weight averaging at the constant learning rate: an ensemble of the run's last epochs at the run
    time cost of one model); snapshots stay the weights of their epoch.
    ``sparse_words``: fine-tune the word vectors with sparse Adam updates (only the rows of the batch's words).
    ``aux``: sentences of other corpora with other conventions (AQMAR, Wojood): they train the shared encoder
    through a second tag layer of their own, dropped at save time, so their conventions never reach the tags.
    ``pretrain``: unlabelled sentences (raw tokens) on which the encoder is first trained as a class-based language
    model for ``pretrain_epochs``: the forward LSTM predicts the word-cluster (``clusters.tsv``, fine level) of the
    next token, the backward one that of the previous token. The two prediction layers are dropped at save time, so
    the saved model and its run time are those of a plain BiLSTM-CRF.
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
    ``mention_swap``: in each epoch, each labelled sentence with a name is, with this probability, seen with every
    name replaced by a random name of the same type from the labelled sentences (mention replacement, Dai & Adel
    2020): the contexts stay and the names change, so the tagger learns what a name's context says of its type
    rather than the names of its 3,600 sentences, which new text mostly does not repeat (it cost about a point
    on dev and on an untouched slice at 0.3: docs/ner.md, "Eighth round").
    ``finetune_seeds``: if given, ``seed`` only draws the initial weights and the pretraining, and each of these
    seeds draws one run of the tagging epochs (order of sentences, dropout) from that same pretrained state; with
    several, the saved weights are the mean of the runs' ("uniform model soup", Wortsman et al. 2022): runs that
    share their start stay close enough for their mean to be a model (it tags like the runs' ensemble, at the
    run-time cost of one model; but neither beat the runs' mean F1 here: docs/ner.md, "Eighth round")."""
    import torch
    from torch import nn

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    t0 = time.perf_counter()
    from collections import Counter

    cc: Counter = Counter()
    fc: Counter = Counter()
    for s in train:
        for tok, _ in s:
            cc.update(key(tok)[:MAX_CHARS] or tok[:MAX_CHARS])
            fc.update(f for f in fx.word(tok)[0] if not f.startswith(_NOT_EMBEDDED))
    chars = sorted(c for c, n in cc.items() if n >= 2)
    feats = sorted(f for f, n in fc.items() if n >= 3)
    enc = Encoder(fx, words, chars, feats)
    n_w, dim = vectors.shape
    tag_id = {t: i for i, t in enumerate(TAGS)}

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            emb = np.zeros((n_w + 2, dim), dtype=np.float32)
            emb[2:] = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-6)
            self.word = nn.Embedding.from_pretrained(
                torch.from_numpy(emb), freeze=not (finetune_words or sparse_words), padding_idx=0, sparse=sparse_words
            )
            self.unk = nn.Parameter(torch.zeros(dim))
            self.char = nn.Embedding(len(chars) + 2, 30, padding_idx=0)
            self.conv = nn.Conv1d(30, 50, 3, padding=1)
            self.feat = nn.Embedding(len(feats) + 1, 50, padding_idx=0)
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(dim + 50 + 50, hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * hidden, len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            if pretrain:
                self.lm_f = nn.Linear(hidden, n_classes)
                self.lm_b = nn.Linear(hidden, n_classes)
            if cvt_weight > 0:
                self.cvt = nn.ModuleList(nn.Linear(hidden, len(TAGS)) for _ in range(4))
            if aux:
                self.aux_out = nn.Linear(2 * hidden, len(TAGS))
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
            fwd, bwd = h[..., :hidden], h[..., hidden:]
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
            ahead = self.lm_f(h[:, :-1, :hidden])  # forward state at j-1 -> class of j
            behind = self.lm_b(h[:, 1:, hidden:])  # backward state at j -> class of j-1
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
        _pretrain(model, enc, news, lm_class, pretrain_epochs, lr, seed, t0, log)
    labelled = []
    for s in train:
        labelled.append(([t for t, _ in s], [tag_id[g] for _, g in s], ""))
    for s in aux or []:
        labelled.append(([t for t, _ in s], [tag_id[g] for _, g in s], "aux_"))
    labelled = [d for d in labelled if d[0]]
    pool = _mention_pool([d for d in labelled if not d[2]])
    bs = 32
    hist = []
    pretrained = copy.deepcopy(model.state_dict()) if len(finetune_seeds) > 1 else None
    soup: list[dict[str, Any]] = []
    for run, finetune_seed in enumerate(finetune_seeds or (None,)):
        # each run of a soup starts as the first did, so that it equals a run with its finetune seed alone
        if pretrained is not None:
            model.load_state_dict(pretrained)
        if finetune_seed is not None:
            torch.manual_seed(finetune_seed)
            rng = random.Random(finetune_seed)
        data = list(labelled)
        # separate random streams, so that pretrain_weight = 0 and mention_swap = 0 leave the NER epochs as they were
        aux_lm = _lm_batches(news, 32, random.Random(seed + 2)) if pretrain and pretrain_weight > 0 else None
        cvt_news = _lm_batches(news, 32, random.Random(seed + 4)) if pretrain and cvt_weight > 0 else None
        swap_rng = random.Random(seed + 3)
        dense = [
            p for n, p in model.named_parameters() if p.requires_grad and not (sparse_words and n == "word.weight")
        ]
        opts: list[torch.optim.Optimizer] = [torch.optim.Adam(dense, lr=lr)]
        if sparse_words:
            opts.append(torch.optim.SparseAdam([model.word.weight], lr=lr / 2))
        at = f"[run {run + 1}/{len(finetune_seeds)}] " if len(finetune_seeds) > 1 else ""
        avg: dict[str, Any] | None = None
        n_avg = 0
        for ep in range(epochs):
            model.train()
            for o in opts:
                for group in o.param_groups:
                    group["lr"] = group.setdefault("base_lr", group["lr"]) / (1 + lr_decay * ep)
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
                if mention_swap > 0:
                    seen = [
                        (*_swap_mentions(d[0], d[1], pool, swap_rng), d[2])
                        if not d[2] and swap_rng.random() < mention_swap
                        else d
                        for d in seen
                    ]
                toks = [d[0] for d in seen]
                w, c, f, lens = enc.batch(toks)
                # word dropout: the unknown-word id for 5% of tokens
                drop = np.random.default_rng(ep * 100000 + bi[0]).random(w.shape) < 0.05
                w = np.where(drop & (w > 0), 1, w)
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
                    loss = loss + pretrain_weight * lm * len(bi) / len(b_lm)
                    lm_tot += lm.item()
                    lm_seen += k
                if cvt_news is not None:
                    ep_cvt, n_cvt, _, b_cvt = next(cvt_news)
                    cw, cc, cf, clens = enc.batch([news[i] for i in b_cvt])
                    cdrop = np.random.default_rng(9_000_011 * (ep_cvt + 1) + n_cvt).random(cw.shape) < 0.05
                    cw = np.where(cdrop & (cw > 0), 1, cw)
                    cvt = model.cvt_loss(*(torch.from_numpy(a) for a in (cw, cc, cf, clens)))
                    loss = loss + cvt_weight * cvt * len(bi) / len(b_cvt)
                    cvt_tot += cvt.item()
                    cvt_sents += len(b_cvt)
                for o in opts:
                    o.zero_grad()
                (loss / len(bi)).backward()
                nn.utils.clip_grad_norm_(dense, 5.0)
                for o in opts:
                    o.step()
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
            if ep + 1 in snapshots:
                save(model, enc, out_path.with_name(f"{out_path.stem}.ep{ep + 1}.npz"))
            if average_from and ep + 1 >= average_from:
                state = {k: v.detach().clone().double() for k, v in model.state_dict().items()}
                if avg is None:
                    avg, n_avg = state, 1
                else:
                    n_avg += 1
                    for k, v in state.items():
                        avg[k] += (v - avg[k]) / n_avg  # running mean
        if avg is not None:
            model.load_state_dict({k: v.to(model.state_dict()[k].dtype) for k, v in avg.items()})
        if pretrained is not None:
            soup.append({k: v.detach().clone() for k, v in model.state_dict().items()})
    if soup:  # the uniform soup: the element-wise mean of the runs' weights
        model.load_state_dict(
            {k: sum(st[k].double() for st in soup).div(len(soup)).to(v.dtype) for k, v in soup[0].items()}
        )
    save(model, enc, out_path)
    return {"epochs": epochs, "train_seconds": round(time.perf_counter() - t0, 1), "dev_history": hist}


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
    tag_id = {t: i for i, t in enumerate(TAGS)}
    out_t: list[str] = []
    out_y: list[int] = []
    at = 0
    for a, b, typ in _mentions(tags):
        out_t += toks[at:a]
        out_y += tags[at:a]
        name = rng.choice(pool[typ])
        out_t += name
        out_y += [tag_id["B-" + typ]] + [tag_id["I-" + typ]] * (len(name) - 1)
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


def _lm_loss(model, enc: Encoder, toks: list[list[str]], lm_class, drop_seed: int):
    """(summed language-model loss of a batch of sentences, number of predictions), 5% word dropout."""
    import torch

    w, c, f, lens = enc.batch(toks)
    drop = np.random.default_rng(drop_seed).random(w.shape) < 0.05
    w = np.where(drop & (w > 0), 1, w)
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
