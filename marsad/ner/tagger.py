"""The bundled NER model at run time: BIO tagging of token strings, and the pipeline component ``ner``.

``NerModel.load()`` opens ``marsad/models/ner`` (or $MARSAD_NER_MODEL): a python-crfsuite model plus the word clusters
and gazetteer it was trained with. ``EntityRecognizer`` tags each sentence of a Document and turns the BIO spans
into ``Entity`` objects whose offsets follow the gold conventions (shared/gold/FORMAT.md): proclitics outside
(بمجلس الأمن → مجلس الأمن, after لل the span starts at the second ل), punctuation such as quotes outside.
"""

from __future__ import annotations

import os
from itertools import accumulate
from pathlib import Path

from marsad.document import Document, Entity, Token
from marsad.errors import ModelError
from marsad.ner.data import spans_of
from marsad.ner.features import _AR_LETTER, FeatureExtractor, Resources, split_proclitics
from marsad.ner.rules import after_construct_head, geo_town, wa_on_listed_place
from marsad.ner.text import key
from marsad.text import charsets
from marsad.text.tokens import is_word, without_hashtag_marks

_CUTTABLE = "وفبكل"
_MARKS = frozenset(charsets.AR_DIACRITICS + charsets.TATWEEL)


def default_model_dir() -> Path:
    """$MARSAD_NER_MODEL, else the bundled model in marsad/models/ner (inside the package, so wheels ship it)."""
    env = os.environ.get("MARSAD_NER_MODEL")
    return Path(env) if env else Path(__file__).resolve().parents[1] / "models" / "ner"


# The label-consistency rules of marsad.ner.rules that ANERcorp-convention tagging (``tag --conll``) applies, in
# order; the other Document rules follow FORMAT.md, not ANERcorp. F1 over five models / held-out slices of
# ANERcorp train (docs/ner.md, fourth round): propagate mixed (+0.4 mean), propagate_phrases +0.3 to +1.2,
# majority_type +0.1 to +0.4.
CONLL_CONSISTENCY_RULES: tuple[str, ...] = ("propagate", "propagate_phrases", "majority_type")


class NerModel:
    """A trained CRF (and the optional second-stage, document-consistency CRF) with its feature resources."""

    def __init__(
        self, tagger, fx: FeatureExtractor, tagger2=None, o_words: frozenset[str] = frozenset(), neural=None
    ) -> None:
        self.tagger = tagger
        self.tagger2 = tagger2
        self.neural = neural  # marsad.ner.neural.NeuralTagger (neural.npz): its marginals are ensembled with the CRF's
        self._crf_scores = None  # the CRF's weights as numpy arrays, for the ensemble
        from marsad.ner.neural import ENSEMBLE_CRF_WEIGHT

        self.crf_weight = ENSEMBLE_CRF_WEIGHT  # the CRF's weight in the ensemble (experiments try others)
        if neural is not None:
            from marsad.ner.neural import FEATURE_CACHE_WORDS, CrfScores

            self._crf_scores = CrfScores(tagger)
            # the ensemble caches what it derives per token (ids, CRF sums, projections); the feature lists are
            # only needed between those caches' misses, so a small cache is enough (50k of them took ~140 MB)
            fx.word_cache_size = min(fx.word_cache_size, FEATURE_CACHE_WORDS)
        self.fx = fx
        self.o_words = o_words  # for marsad.ner.rules.place_after_cue (Documents only), from o_words.txt

    @classmethod
    def load(cls, folder: str | Path | None = None) -> NerModel:
        import pycrfsuite

        folder = Path(folder) if folder else default_model_dir()
        taggers: list[pycrfsuite.Tagger | None] = []
        for name in ("model.crfsuite", "model2.crfsuite"):
            path = folder / name
            if not path.exists():
                if name == "model.crfsuite":
                    raise ModelError(f"{path}: NER model missing; rebuild it with `marsad train ner`")
                taggers.append(None)
                continue
            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(str(path))
            except Exception as exc:  # pycrfsuite raises a bare ValueError/OSError for a corrupt file
                raise ModelError(f"{path}: cannot open NER model: {exc}") from None
            taggers.append(tagger)
        from marsad.ner.rules import load_o_words

        fx = FeatureExtractor(Resources.load(folder))
        neural = None
        if (folder / "neural.npz").exists():
            from marsad.ner.neural import NeuralTagger

            try:
                neural = NeuralTagger.load(folder / "neural.npz", fx)
            except (OSError, ValueError, KeyError) as exc:
                raise ModelError(f"{folder / 'neural.npz'}: cannot open NER model: {exc}") from None
        return cls(taggers[0], fx, taggers[1], load_o_words(folder), neural)

    def tag_document(
        self, sents: list[list[str]], *, scores: bool = False, bias: dict[str, float] | None = None
    ) -> tuple[list[list[str]], list[list[float]]]:
        """BIO tags (and, if asked, their marginal probabilities) of the sentences of one document.

        ``bias``: per-type log-prior of the ensemble (marsad.ner.neural.ANERCORP_TAG_BIAS on ANERcorp-style input);
        the CRF alone ignores it."""
        if self.neural is not None:
            return self.neural.ensemble(sents, self._crf_scores, weight=self.crf_weight, bias=bias)
        feats = [self.fx.sentence(s) if s else [] for s in sents]
        tags, probs = _run(self.tagger, feats, scores and self.tagger2 is None)
        if self.tagger2 is not None:
            from marsad.ner.consistency import doc_features

            extra = doc_features(self.fx, sents, tags)
            feats = [[a + b for a, b in zip(f, e, strict=True)] for f, e in zip(feats, extra, strict=True)]
            tags, probs = _run(self.tagger2, feats, scores)
        return tags, probs

    def tag_sentences(
        self, sents: list[list[str]], consistency: tuple[str, ...] = CONLL_CONSISTENCY_RULES
    ) -> list[list[str]]:
        """BIO tags of pre-tokenised sentences with no article breaks: documents are runs of CHUNK sentences,
        within which the label-consistency rules of ``consistency`` (names in marsad.ner.rules) apply in order."""
        from marsad.ner.consistency import chunks

        articles = [sents[a:b] for a, b in chunks(len(sents))]
        return [tags for article in self.tag_articles(articles, consistency) for tags in article]

    def tag_articles(
        self, articles: list[list[list[str]]], consistency: tuple[str, ...] = CONLL_CONSISTENCY_RULES
    ) -> list[list[list[str]]]:
        """BIO tags of the pre-tokenised sentences of each article, with ANERcorp's tag priors; the
        label-consistency rules of ``consistency`` apply within each article.

        The model tags the sentences of all the articles together: its batches are fuller and fewer than article
        by article (+9% tokens/s over 25-sentence articles, docs/ner.md "Speed and size"), and a sentence's tags do
        not depend on its batch."""
        from marsad.ner import rules
        from marsad.ner.neural import ANERCORP_TAG_BIAS

        unknown = set(consistency) - set(CONLL_CONSISTENCY_RULES)
        if unknown:
            raise ValueError(f"unknown consistency rules: {', '.join(sorted(unknown))}")
        if self.tagger2 is None:
            flat = self.tag_document([s for article in articles for s in article], bias=ANERCORP_TAG_BIAS)[0]
            ends = list(accumulate(len(article) for article in articles))
            tagged = [flat[end - len(article) : end] for article, end in zip(articles, ends, strict=True)]
        else:  # the two-stage CRF's second stage reads the whole document: one article at a time
            tagged = [self.tag_document(article, bias=ANERCORP_TAG_BIAS)[0] for article in articles]
        for article, tags in zip(articles, tagged, strict=True):
            for name in consistency:
                if name != "propagate" or self.o_words:  # propagate needs the untagged-word list
                    getattr(rules, name)(self.fx, article, tags, self.o_words)
        return tagged

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """BIO tags (B-PER … I-MISC, O) of one sentence of token strings."""
        return self.tag_document([tokens])[0][0] if tokens else []


def _run(tagger, feats: list[list[list[str]]], scores: bool) -> tuple[list[list[str]], list[list[float]]]:
    tags: list[list[str]] = []
    probs: list[list[float]] = []
    for f in feats:
        t = tagger.tag(f) if f else []
        tags.append(t)
        probs.append([tagger.marginal(y, j) for j, y in enumerate(t)] if scores else [])
    return tags, probs


def _skip_marks(text: str, i: int) -> int:
    """Index of the first letter or digit at or after ``i`` (tatweel and vowel marks are skipped)."""
    while i < len(text) and (text[i] in _MARKS or (text[i] not in _AR_LETTER and not text[i].isalnum())):
        i += 1
    return i


def _letters_to_chars(text: str, n_letters: int) -> int:
    """Character offset in ``text`` after ``n_letters`` letters and the marks that follow them."""
    i = 0
    for _ in range(n_letters):
        i = _skip_marks(text, i) + 1
    return min(_skip_marks(text, i), len(text))


def proclitics(token: Token) -> str:
    """The text of the proclitics the runtime segmenter found at the start of ``token`` ('' if none)."""
    proc = ""
    for part in token.parts:
        if part.role != "proclitic":
            break
        proc += part.text
    return proc


def proclitic_cut(token: Token, res: Resources, entity_type: str | None = None) -> int:
    """Characters of ``token`` before the entity starts: conjunction/preposition clitics, not the article ال.

    The runtime clitic segmenter (``token.parts``) proposes the proclitics; a frequency test on the news corpus
    vetoes a cut that turns a common word into a rarer one (وزارة is not و + زارة). Given the entity's type, a
    word the gazetteer lists whole with that type, whose remainder it does not list at all, is not cut either
    (بعقوبة LOC is not ب + عقوبة, كيلي PER not ك + يلي, فيصل not ف + يصل); a ك is kept on any word they list whole
    whose remainder they do not list (كهرمان), and on one they list whole with that type (كابل, though ابل is
    listed). Nor is a word the news also writes with the article (لجان, اللجان).
    """
    text = token.text
    p = key(proclitics(token))
    n = 0
    while n < len(p):
        if p.startswith("ال", n):
            break
        if p.startswith("لل", n):
            n += 1  # للأمم: the preposition ل has swallowed the alif of ال; the span starts at the second ل
            break
        if p[n] not in _CUTTABLE:
            break
        n += 1
    k = key(text)
    mine, _ = split_proclitics(k, res)
    if n > len(mine) and res.freq(k[len(mine) :]) > res.freq(k[n:]):
        n = len(mine)  # وبلاتيني is و + بلاتيني, not و + ب + لاتيني
    elif not n and mine:
        n = len(mine)
    if n and res.freq("ال" + k) >= _ARTICLE_FORM_COUNT:
        n = 0  # no clitic takes the article after it: اللجان makes the ل of لجان a stem letter (not ل + جان)
    listed_whole = bool(entity_type) and any(
        f[1:] in (f"{entity_type}1", f"{entity_type}B") for f in res.gazetteer.get(k, ())
    )
    if n == 1 and k[0] == "ك" and listed_whole:
        n = 0  # كابل LOC is not ك + ابل even though ابل is listed too: ك "like" before a name is rare
    if n and entity_type and not k.startswith("لل") and not res.gazetteer.get(k[n:]):
        if listed_whole:
            n = 0
        elif n == 1 and k[0] == "ك" and res.gazetteer.get(k):
            n = 0  # كهرمان مرعش: ك "like" rarely opens a name; a word the gazetteers know whole keeps its ك
    return _letters_to_chars(text, n) if n else 0


_CUT_CACHE_WORDS = 50_000
# News occurrences of ال + a whole word from which it is read as a noun of its own (اللجان: 139), not clitic + name
_ARTICLE_FORM_COUNT = 20


# The Document rules of marsad.ner.rules, in the order they apply; EntityRecognizer(doc_rules=...) picks a subset.
DOC_RULES: tuple[str, ...] = (
    "place_after_cue",
    "group_after_trigger",
    "split_coordinated_orgs",
    "clubs_in_match_reports",
    "propagate",
    "propagate_phrases",
    "majority_type",
    "known_actors",
    "known_persons",
    "names_in_apposition",
    "names_before_content",
    "complete_name_links",
    "known_places",
    "places_after_heads",
    "directional_heads",
    "whole_word_places",
    "places_named_elsewhere",
    "persons_named_again",
    "surnames_named_again",
    "verbs_before_names",
    "countries_in_brackets",
    "bases_not_qaeda",
    "numbered_resolutions",
    "named_in_quotes",
    "named_outlets",
    "led_bodies",
    "party_names",
    "sport_names",
    "nicknames_in_quotes",
    "drop_common_noun_misc",
    "drop_adjectival_places",
    "drop_adjectives_after_nouns",
    "drop_generic_place_words",
    "drop_generic_org_words",
    "drop_trailing_time_words",
    "cut_at_complementisers",
    "drop_mourning_object",
    "extend_by_nationality",
    "join_hyphenated",
    "places_opening_headings",
)


class EntityRecognizer:
    """Pipeline component: fills ``doc.entities`` (PER/LOC/ORG/MISC) from the tokens, sentence by sentence."""

    name = "ner"
    requires: tuple[str, ...] = ("tokens",)
    assigns: tuple[str, ...] = ("entities",)

    def __init__(
        self,
        *,
        model: NerModel | None = None,
        model_dir: str | Path | None = None,
        rules: bool = True,
        doc_rules: tuple[str, ...] = DOC_RULES,
    ) -> None:
        self.model = model or NerModel.load(model_dir)
        self.rules = rules  # the FORMAT.md conventions of marsad.ner.rules on top of the ANERcorp-trained CRF
        self.doc_rules = set(doc_rules)
        self._cuts: dict[tuple[str, str, str | None], int] = {}  # (token text, proclitics, type) -> proclitic_cut

    def _cut(self, token: Token, entity_type: str | None = None) -> int:
        """``proclitic_cut`` of a token, remembered per token text, proclitics and entity type: the rules ask for
        the cut of every token of every sentence, and news repeats its words."""
        cache_key = (token.text, proclitics(token), entity_type)
        n = self._cuts.get(cache_key)
        if n is None:
            n = proclitic_cut(token, self.model.fx.res, entity_type)
            if len(self._cuts) >= _CUT_CACHE_WORDS:
                self._cuts.clear()
            self._cuts[cache_key] = n
        return n

    def _wa_before_a_town(self, token: Token) -> int:
        """Characters of a conjunction و on a one-word place the segmenter left whole because the news never wrote
        it: "مديريتي صرواح ومدغل" (مدغل is a district of the geo gazetteer, ومدغل nothing at all); وهران stays."""
        k = key(token.text)
        if len(k) < 4 or k[0] != "و" or self.model.fx.res.freq(k) or geo_town(token.text):
            return 0
        return _letters_to_chars(token.text, 1) if geo_town(token.text[1:], min_population=0, arab_world=True) else 0

    def _wa_on_listed_place(self, k: str) -> bool:
        return wa_on_listed_place(k, self.model.fx.res)

    def _coordinated_wa(self, token: Token) -> int:
        """Characters of a conjunction و on an unknown word that directly follows an entity of its type
        (ولايتي هيرشبيلي وغلمدغ): the segmenter leaves a word it has never seen whole, but a name the gazetteers
        know with its و (وهران، واسط) keeps it."""
        k = key(token.text)
        if k.startswith("وو") and len(k) >= 4:
            return _letters_to_chars(token.text, 1)  # no word starts with وو: و + a name in و (وواسط)
        if self._wa_on_listed_place(k):
            return _letters_to_chars(token.text, 1)  # "كازاخستان … وتركمانستان", "صنعاء وعمران وإب"
        if len(k) < 4 or k[0] != "و" or geo_town(token.text):
            return 0
        if not geo_town(k[1:]) and (
            self.model.fx.res.gazetteer.get(k) or self.model.fx.res.freq(k) > self.model.fx.res.freq(k[1:])
        ):
            return 0  # a known word in و; "الفوعة وكفريا" is frequent as a pair, but كفريا is a town
        return _letters_to_chars(token.text, 1)

    def _sentences(self, doc: Document) -> list[list[Token]]:
        toks = without_hashtag_marks(doc.tokens, keep_hash=True)  # "#الجهاد_الاسلامي" reads as "# الجهاد الاسلامي"
        if not doc.sentences:
            return [toks] if toks else []
        groups: list[list[Token]] = []
        i = 0
        for sent in doc.sentences:
            cur: list[Token] = []
            while i < len(toks) and toks[i].start < sent.end:
                cur.append(toks[i])
                i += 1
            if cur:
                groups.append(cur)
        if i < len(toks):
            groups.append(toks[i:])
        return groups

    def entities(self, doc: Document, tokens: list[Token], tags: list[str], probs: list[float]) -> list[Entity]:
        """Entities of one sentence of tokens, given its tags and their probabilities."""
        out: list[Entity] = []
        for i, j, typ in sorted(spans_of(tags)):
            while i < j and not is_word(tokens[i]):
                i += 1
            while j > i and not is_word(tokens[j - 1]):
                j -= 1
            if i >= j:
                continue
            clitic = self._cut(tokens[i], typ)
            if (
                clitic
                and i > 0
                and key(tokens[i].text)[:1] in "بكف"
                and after_construct_head(key(tokens[i - 1].text), key(tokens[i - 2].text) if i > 1 else None)
                and (geo_town(tokens[i].text) or key(tokens[i].text)[:1] in "كف")
            ):
                # مدينة بارا: a town of the geo gazetteer whole after a place noun keeps its ب (a street بألمانيا, "in
                # Germany", does not: بألمانيا is no town); ك "like" and ف "so" never follow one (بلدة كويا، منطقة
                # فزان: not ف + زان, a Korean city's alternate name)
                clitic = 0
            if not clitic and out and i > 0 and out[-1].end == tokens[i - 1].end and out[-1].type == typ:
                clitic = self._coordinated_wa(tokens[i])
            elif not clitic and typ == "LOC" and j == i + 1:
                clitic = self._wa_before_a_town(tokens[i])
                if not clitic and self._wa_on_listed_place(key(tokens[i].text)):
                    clitic = _letters_to_chars(tokens[i].text, 1)  # "صنعاء وعمران وإب": و + a listed town
            start = tokens[i].start + clitic
            end = tokens[j - 1].end
            start = _skip_marks(doc.text, start)  # a tatweel left by the clitic (لـCNN) or a vowel mark
            if start >= end:
                continue
            score = sum(probs[i:j]) / (j - i)
            out.append(Entity(start, end, doc.text[start:end], typ, score=round(score, 4)))  # type: ignore[arg-type]
        if self.rules:
            from marsad.ner.rules import (
                apply_rules,
                complete_name_links,
                cut_at_complementisers,
                drop_adjectival_places,
                drop_adjectives_after_nouns,
                drop_common_noun_misc,
                drop_double_month_names,
                drop_generic_org_words,
                drop_generic_place_words,
                drop_mourning_object,
                drop_participle_plurals,
                drop_trailing_time_words,
                extend_by_nationality,
                join_hyphenated,
                known_actors,
                known_persons,
                known_places,
                led_bodies,
                named_in_quotes,
                named_outlets,
                names_before_content,
                names_in_apposition,
                nicknames_in_quotes,
                numbered_resolutions,
                party_names,
                places_after_heads,
                places_opening_headings,
                sport_names,
            )

            res = self.model.fx.res
            sentence_cuts = {id(t): self._cut(t) for t in tokens}  # once for the three rules below

            def cut(t: Token) -> int:
                return sentence_cuts[id(t)]

            out = apply_rules(doc, tokens, out, res, cut)
            if "known_actors" in self.doc_rules:
                out = known_actors(doc, tokens, out, res, cut)
            if "known_persons" in self.doc_rules:
                out = known_persons(doc, tokens, out, res, cut)
            if "names_in_apposition" in self.doc_rules:
                out = names_in_apposition(doc, tokens, out, res, cut)
            if "names_before_content" in self.doc_rules:
                out = names_before_content(doc, tokens, out, res, cut, self.model.o_words)
            if "complete_name_links" in self.doc_rules:
                out = complete_name_links(doc, tokens, out)
            if "known_places" in self.doc_rules:
                out = known_places(doc, tokens, out, res, cut, self.model.o_words)
            if "places_after_heads" in self.doc_rules:
                out = places_after_heads(doc, out)
            if "numbered_resolutions" in self.doc_rules and tokens:
                out = numbered_resolutions(doc, tokens[0].start, tokens[-1].end, out)
            if "named_in_quotes" in self.doc_rules and tokens:
                out = named_in_quotes(doc, tokens[0].start, tokens[-1].end, out)
            if "named_outlets" in self.doc_rules and tokens:
                out = named_outlets(doc, tokens[0].start, tokens[-1].end, out)
            if "led_bodies" in self.doc_rules and tokens:
                out = led_bodies(doc, tokens[0].start, tokens[-1].end, out)
            if "party_names" in self.doc_rules and tokens:
                out = party_names(doc, tokens[0].start, tokens[-1].end, out)
            if "sport_names" in self.doc_rules and tokens:
                out = sport_names(doc, tokens[0].start, tokens[-1].end, out)
            if "nicknames_in_quotes" in self.doc_rules and tokens:
                out = nicknames_in_quotes(doc, tokens[0].start, tokens[-1].end, out)
            if "drop_common_noun_misc" in self.doc_rules:
                out = drop_common_noun_misc(doc, out, res)
            if "drop_adjectival_places" in self.doc_rules:
                out = drop_adjectival_places(doc, out, res)
            if "drop_adjectives_after_nouns" in self.doc_rules:
                out = drop_adjectives_after_nouns(doc, out)
            if "drop_generic_place_words" in self.doc_rules:
                out = drop_generic_place_words(doc, out, res)
            if "drop_generic_org_words" in self.doc_rules:
                out = drop_participle_plurals(doc, drop_generic_org_words(out))
            if "drop_trailing_time_words" in self.doc_rules:
                out = drop_trailing_time_words(out)
            if "cut_at_complementisers" in self.doc_rules:
                out = cut_at_complementisers(out)
            if "drop_mourning_object" in self.doc_rules:
                out = drop_mourning_object(doc, out)
            if "extend_by_nationality" in self.doc_rules:
                out = extend_by_nationality(doc, out, res)
            if "join_hyphenated" in self.doc_rules:
                out = join_hyphenated(doc, out, res)
            if "places_opening_headings" in self.doc_rules:
                out = places_opening_headings(doc, out, res)
            out = drop_double_month_names(doc, out)
        return out

    def _dual_of_common_noun(self, entity: Entity) -> bool:
        """A one-word PER that is the dual or plural of a nisba or a common noun the training text leaves O
        ("وقال دبلوماسيان ومسؤولان يمنيان"): people described, no name (سفيان keeps its name: سفي is no word)."""
        if entity.type != "PER" or " " in entity.text:
            return False
        stem = self.model.fx.stem(entity.text)
        return stem.endswith(("يان", "يين")) and len(stem) >= 5 and stem[:-2] in self.model.o_words

    def _verb_with_pronoun(self, entity: Entity) -> bool:
        """A one-word entity that is a present verb the training text leaves O with an object pronoun on it
        ("التنظيم يستخدمهم دروعا بشرية"): no name ends in a pronoun after a verb's prefix."""
        if " " in entity.text:
            return False
        k = key(entity.text)
        for suffix in ("هما", "هم", "ها"):
            if k.endswith(suffix) and k[:1] in "يت" and k[: -len(suffix)] in self.model.o_words:
                return True
        return False

    def __call__(self, doc: Document) -> Document:
        ents: list[Entity] = []
        sents = self._sentences(doc)
        texts = [[t.text for t in s] for s in sents]
        tags, probs = self.model.tag_document(texts, scores=True)
        if self.rules and self.model.o_words:
            from marsad.ner import rules

            before = [list(t) for t in tags]
            # FORMAT.md's two tag-level conventions, then the consistency rules that `tag --conll` applies too
            tag_rules = ("place_after_cue", "group_after_trigger", "split_coordinated_orgs", "clubs_in_match_reports")
            for name in (*tag_rules, *CONLL_CONSISTENCY_RULES):
                if name in self.doc_rules:
                    getattr(rules, name)(self.model.fx, texts, tags, self.model.o_words)
            for b, t, p in zip(before, tags, probs, strict=True):
                for j in range(len(t)):
                    if t[j] != b[j]:
                        p[j] = 0.5  # a rule-made tag gets a fixed, modest score
        for sent, tg, pr in zip(sents, tags, probs, strict=True):
            ents.extend(self.entities(doc, sent, tg, pr))
        if self.rules and "directional_heads" in self.doc_rules:
            # across sentences: a name in one sentence, its head alone in another
            from marsad.ner.rules import directional_heads

            ents = directional_heads(doc, [t for s in sents for t in s], ents, self.model.fx.res, self._cut)
        if self.rules and "whole_word_places" in self.doc_rules:
            from marsad.ner.rules import whole_word_places

            ents = whole_word_places(doc, [t for s in sents for t in s], ents)
        if self.rules and "places_named_elsewhere" in self.doc_rules:
            from marsad.ner.rules import places_named_elsewhere

            ents = places_named_elsewhere(ents, doc.text)
        if self.rules and "persons_named_again" in self.doc_rules:
            from marsad.ner.rules import persons_named_again

            ents = persons_named_again(ents, self.model.fx.res)
        if self.rules and "surnames_named_again" in self.doc_rules:
            from marsad.ner.rules import surnames_named_again

            ents = surnames_named_again(ents)
        if self.rules and "verbs_before_names" in self.doc_rules:
            from marsad.ner.rules import verbs_before_names

            ents = verbs_before_names(doc, ents)
        if self.rules and "countries_in_brackets" in self.doc_rules:
            from marsad.ner.rules import countries_in_brackets

            ents = countries_in_brackets(doc, ents)
        if self.rules and "bases_not_qaeda" in self.doc_rules:
            from marsad.ner.rules import bases_not_qaeda

            ents = bases_not_qaeda(doc, ents)
        if self.rules and self.model.o_words:
            ents = [e for e in ents if not self._dual_of_common_noun(e) and not self._verb_with_pronoun(e)]
        doc.entities = ents
        return doc
