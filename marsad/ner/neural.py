"""BiLSTM-CRF NER tagger: the numpy forward pass of the run time (training, with torch: ``neural_train``).

Inputs of a token: a frozen word2vec vector of its stem (trained on the news-ant corpora), a character CNN over
its key, and the bag of the CRF's non-lexical features (affixes, clusters, gazetteer flags, clitics, shape) as a
summed embedding. One BiLSTM layer, tag scores, CRF transitions; Viterbi decoding restricted to valid BIO.
The runtime needs numpy only: the weights are saved in ``neural.npz`` (float16 word vectors, float32 rest), which
may hold several members of one configuration (seeds) whose marginals are averaged (``combine``).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import numpy as np

from marsad.ner.features import CONTEXT_PREFIXES, FeatureExtractor, stem_forms
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
NOT_EMBEDDED = ("w=", "s=", "n=", "x=")
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
        own = self.fx.parts(tok)[0]
        fs = [self.feats[f] for f in own if not f.startswith(NOT_EMBEDDED) and f in self.feats][:MAX_FEATS]
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
        # the context features' rows per offset, keyed by the feature without its prefix (FeatureExtractor.parts)
        self.context_attrs = tuple(
            {a[len(p) :]: r for a, r in attrs.items() if a.startswith(p)} for p in CONTEXT_PREFIXES
        )
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

    def _sums(self, blocks: list[tuple[dict[str, int], list[str]]]) -> np.ndarray:
        """(len(blocks), K): the summed weights of each feature list, its rows looked up in the block's own table
        (one numpy call for all)."""
        ids: list[int] = []
        starts: list[int] = []
        for table, fs in blocks:
            starts.append(len(ids))
            ids.append(0)  # row 0 is zero: keeps every block non-empty for reduceat
            ids.extend(filter(None, map(table.get, fs)))  # unknown features (None) and row 0 add nothing
        return np.add.reduceat(self.w[ids], starts, axis=0)

    def sentence(self, fx: FeatureExtractor, tokens: list[str]) -> np.ndarray:
        """(n, K) state scores of the features ``fx.sentence(tokens)`` would give, from per-token partial sums
        (own features; each context block as seen from offsets -2, -1, +1, +2) cached per token string."""
        cache = self._tok
        parts = []
        for tok in tokens:
            hit = cache.get(tok)
            if hit is None:
                own, ctx = fx.parts(tok)
                # own features, then the context features as seen from offsets -2, -1, +1, +2: each offset's
                # table is keyed by the unprefixed name, so the prefixed copies are never built
                blocks = [(self.attrs, own), *((table, ctx) for table in self.context_attrs)]
                hit = (self._sums(blocks), own[1 if len(own) > 1 else 0], own[0])
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
        return self._sums([(self.attrs, fs) for fs in feats])


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
