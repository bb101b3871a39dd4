"""Convention rules over the CRF output on Documents (not used by ``marsad tag --conll``, which keeps ANERcorp's).

The bundled CRF learns ANERcorp's conventions, where الجيش الإسرائيلي, الحكومة السودانية and وزارة الخارجية are
not entities. shared/gold/FORMAT.md makes armies, governments, ministries and agencies ORG. These rules add them:

* a head from ``rules.json`` (الجيش، الحكومة، وكالة الأنباء …) followed by a nationality adjective — a word
  ال…ي / ال…ية whose base is a gazetteer place (السوري ← سوريا, اليمنية ← اليمن) — is ORG;
* a ministry head (وزارة، هيئة …), its portfolio (an ال- word, then words joined by و and adjectives: وزارة
  الفلاحة والموارد المائية) and an optional nationality adjective (وزارة الدفاع الروسية) is ORG;
* a Latin all-capitals acronym (CNN, BBC) left untagged is ORG;
* an untagged one-word place of a trusted gazetteer source after a locative cue (في حلب، مدينة دوما) is LOC,
  unless the training data mostly leaves that word untagged (``place_after_cue``).

A rule span replaces the CRF entities it overlaps. On ANERcorp dev sentences the place rule costs 0.3 F1 (it
adds places ANERcorp leaves untagged); on the news articles of shared/examples it adds 2 points (docs/ner.md).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.document import Document, Entity, Token
from marsad.ner.data import spans_of
from marsad.ner.features import Resources
from marsad.ner.text import key
from marsad.text.genre import opens_as_match_report

if TYPE_CHECKING:  # (the geo package is imported lazily: the NER rules load without it)
    from marsad.geo.gazetteer import GazEntry


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    data = json.loads((Path(__file__).with_name("rules.json")).read_text(encoding="utf-8"))
    data["heads"] = [tuple(h.split()) for h in data["heads_with_nationality"]]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for h in data["heads"]:  # in rules.json order, so the first listed head still wins
        by_first.setdefault(h[0], []).append(h)
    data["heads_by_first"] = by_first
    data["misc_common_noun_keys"] = frozenset(key(w) for w in data["misc_common_nouns"])
    data["naming_cue_keys"] = frozenset(key(w) for w in data["naming_cues"])
    return data


def _bare(tok: Token, cut: int) -> str:
    return key(tok.text[cut:])


def _definite_key(tok: Token, cut: int) -> str:
    """The key after the clitic cut, with the article whole again after لل (للحكومة is cut to لحكومة, the span's
    convention; its head is الحكومة), so that heads and portfolios match after the preposition too."""
    bare = _bare(tok, cut)
    if bare.startswith("ل") and key(tok.text).startswith(("لل", "ولل", "فلل")):
        return "ا" + bare
    return bare


def is_nationality(word_key: str, res: Resources) -> bool:
    """ال + base + ي/ية where base names a place in the gazetteer (السوريه → سوريا)."""
    if not word_key.startswith("ال"):
        return False
    w = word_key[2:]
    for suf in ("يه", "ي", "يين", "يون"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            base = w[: -len(suf)]
            for cand in (base, base + "ا", "ال" + base, base + "يا", "ال" + base + "ا", "ال" + base + "يه"):
                flags = res.gazetteer.get(cand, ())
                if any(f.endswith(("LOC1", "LOCB")) and f[0] in "apg" for f in flags):
                    return True
    return False


_LONGEST_LISTED = 12  # words in the longest name of actors.txt / persons.txt, with room to spare


def _match_head(keys: list[str], i: int, heads_by_first: dict[str, list[tuple[str, ...]]]) -> int:
    # indexed by first word: this runs at every token of every sentence, and few words start a head
    for h in heads_by_first.get(keys[i], ()):
        if tuple(keys[i : i + len(h)]) == h:
            return len(h)
    return 0


_LIST_INDEXES: dict[tuple[str, int], dict[str, list[tuple[str, ...]]]] = {}  # (list file, id(resources))
# Listed names whose first words are a descriptor left outside the span ("(حركة) حماس" in actors.txt): key
# sequence -> how many leading tokens are outside.
_ACTOR_OUTSIDE: dict[tuple[str, ...], int] = {}
_DESCRIPTOR_LINE = re.compile(r"^\((.+?)\)\s*(.+)$")
# ORG heads FORMAT.md leaves outside when the rest is a name on its own (حركة [الجهاد الإسلامي], لمنظمة [الخوذ
# البيضاء], قناة [المسيرة]), trailing descriptors likewise ([رويترز] للأنباء), and titles before a person's name
# (البابا [فرنسيس], الأمير [محمد بن سلمان]): lookup keys.
_ORG_DESCRIPTOR_HEADS = frozenset(
    "جماعه حركه منظمه قناه شبكه صحيفه وكاله تنظيم ميليشيا ميليشيات مليشيا مليشيات".split()
)
# (and the adjectives of an office named before the body: مفوض الأمم المتحدة السامي، مبعوث الأمم المتحدة الخاص،
# مندوب روسيا الدائم — the adjective belongs to the office, not to the listed name)
_ORG_DESCRIPTOR_TAILS = frozenset("للانباء التلفزيونيه الاخباريه السامي الخاص الدائم الخاصه الدائمه الساميه".split())
_PERSON_TITLES = frozenset(
    "البابا الرئيس الامير الملك الشيخ السيد الدكتور العقيد اللواء العميد الجنرال المشير الوزير السفير".split()
)


def _actor_index(res: Resources) -> dict[str, list[tuple[str, ...]]]:
    """The names of ``actors.txt`` as key sequences made exactly as a sentence's keys are (same tokenizer, same
    clitic cut), indexed by first key, longest first."""
    return _listed_names("actors.txt", res)


def _person_index(res: Resources) -> dict[str, list[tuple[str, ...]]]:
    """The names of ``persons.txt``, indexed like ``_actor_index``."""
    return _listed_names("persons.txt", res)


def _listed_names(filename: str, res: Resources) -> dict[str, list[tuple[str, ...]]]:
    index = _LIST_INDEXES.get((filename, id(res)))
    if index is None:
        from marsad.components import create
        from marsad.ner.tagger import proclitic_cut
        from marsad.pipeline import Pipeline

        text_layer = Pipeline([create("sentencizer"), create("tokenizer")])
        index = {}
        lines = Path(__file__).with_name(filename).read_text(encoding="utf-8").splitlines()
        for line in lines:
            name = line.strip()
            if not name or name.startswith("#"):
                continue
            outside = 0
            descriptor = _DESCRIPTOR_LINE.match(name)
            if descriptor:
                outside = len(text_layer(Document(text=descriptor.group(1))).tokens)
                name = f"{descriptor.group(1)} {descriptor.group(2)}"
            tokens = text_layer(Document(text=name)).tokens
            seq = tuple(_bare(t, proclitic_cut(t, res)) for t in tokens)
            # after لل the cut keeps the second ل (للمرصد → لمرصد, as FORMAT.md spans لأمم المتحدة): that form too
            variants = [seq] + ([("ل" + seq[0][2:], *seq[1:])] if seq and seq[0].startswith("ال") else [])
            # the first word whole too, for the uncut keys of _tag_listed (بايدن is listed, the cut makes ايدن)
            if seq and key(tokens[0].text) != seq[0]:
                variants.append((key(tokens[0].text), *seq[1:]))
            for v in variants:
                if v not in index.setdefault(v[0], []):
                    index[v[0]].append(v)
                if outside:
                    _ACTOR_OUTSIDE[v] = outside
        for seqs in index.values():
            seqs.sort(key=len, reverse=True)
        _LIST_INDEXES[(filename, id(res))] = index
    return index


def known_persons(doc: Document, tokens: list[Token], entities: list[Entity], res: Resources, cut) -> list[Entity]:
    """Tag the people of ``persons.txt`` (leaders, envoys and commanders of 2010-2025 news, distinctive
    surnames alone) as PER where the model left them untagged, tagged a part, or gave exactly the name another
    type (حزب [ميركل:ORG]); an entity that covers the name or crosses its edge (مطار رفيق الحريري) stays."""
    cuts = [cut(t) for t in tokens]
    keys = [_bare(t, c) for t, c in zip(tokens, cuts, strict=True)]
    # "وقال بايدن": the segmenter reads ب + ايدن (a 2018 corpus barely knows Biden), فراس as ف + راس; a listed
    # name with the clitic's last letter given back wins over the cut
    index = _person_index(res)
    uncut = _given_back(tokens, cuts, "وفبلك", _bare)
    return _tag_listed(doc, tokens, cuts, keys, entities, index, "PER", retype=True, uncut=uncut)


def _given_back(tokens: list[Token], cuts: list[int], letters: str, key_of) -> tuple[list[int], list[str]]:
    """(cuts, keys) with the clitic's last letter given back where it is one of ``letters``: the spelling a listed
    name is tried in before the segmenter's cut (بايدن, not ب + ايدن; كهرمان, not ك + هرمان)."""
    whole = [c - 1 if c and t.text[c - 1] in letters else c for t, c in zip(tokens, cuts, strict=True)]
    return whole, [key_of(t, c) for t, c in zip(tokens, whole, strict=True)]


# Titles whose phrase a name in apposition follows (المتحدث باسم الجيش، يحيى سريع، …), as lookup keys.
_APPOSITION_TITLES = frozenset(
    """المتحدث الناطق متحدث ناطق وزير الوزير رئيس الرئيس نائب قائد القائد مدير المدير السفير المندوب المبعوث
    الامين مستشار المستشار محافظ المحافظ عضو زعيم الزعيم امين منسق المنسق مسؤول المسؤول مراسل المراسل
    المتحدثه الناطقه متحدثه ناطقه وزيره الوزيره رئيسه الرئيسه نائبه مديره المديره السفيره المبعوثه المندوبه
    مستشاره المستشاره محافظه عضوه منسقه المنسقه مسؤوله المسؤوله مراسله المراسله""".split()
)
_COMMAS = frozenset("،,")
# Words the gazetteers also list as first names that open other phrases between commas.
_NOT_FIRST_NAMES = frozenset("من في على عن الى مع بعد قبل منذ خلال بين وفق حسب".split())


def names_in_apposition(
    doc: Document, tokens: list[Token], entities: list[Entity], res: Resources, cut
) -> list[Entity]:
    """A name the model missed, set off by commas after a title's phrase (المتحدث العسكري باسم الجماعة، يحيى سريع، إن
    …): two or three words between the commas, the first a first name of the gazetteers, none of them in an
    entity, the title at most seven words before the first comma. Tagged PER."""
    out = list(entities)
    covered = [(e.start, e.end) for e in entities]
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.text not in _COMMAS or i + 3 >= n:
            continue
        close = next((j for j in range(i + 3, min(n, i + 5)) if tokens[j].text in _COMMAS), None)
        if close is None:
            continue
        name = tokens[i + 1 : close]
        if any(not t.text.isalpha() for t in name) or any(s < t.end and t.start < e for t in name for s, e in covered):
            continue
        first = key(name[0].text)
        if first.startswith("ال") or first in _NOT_FIRST_NAMES or cut(name[0]):
            continue  # اليوم السبت، من وزير العدل، وولي العهد: no name opens with an article, a preposition or و
        if not any(f.endswith("PER1") for f in res.gazetteer.get(first, ())):
            continue
        if not any(_bare(t, cut(t)) in _APPOSITION_TITLES for t in tokens[max(0, i - 7) : i]):
            continue
        out.append(Entity(name[0].start, name[-1].end, doc.text[name[0].start : name[-1].end], "PER", score=0.5))
    out.sort(key=lambda e: e.start)
    return out


# Words after a title's phrase that are no name (وقال المتحدث باسم الجيش أمس إن، قال الوزير بدوره إن).
_NOT_NAME_WORDS = frozenset(
    key(w)
    for w in """امس اليوم ايضا مجددا كذلك بدوره بدورها بدورهم لاحقا سابقا حينها وقتها عندئذ فقط نفسه نفسها
    مساء صباح ظهر فجر ليل ليلة الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت""".split()
)
# Where what was said starts after a speaker's name: في بيان، في تصريح …
_STATEMENT_VENUES = frozenset(key(w) for w in "بيان تصريح تصريحات مؤتمر حديث كلمة مقابلة اتصال".split())


def _title_word(word_key: str) -> bool:
    """A title of _APPOSITION_TITLES, bare or with a possessive pronoun (مديره، رئيسها)."""
    if word_key in _APPOSITION_TITLES:
        return True
    return any(word_key.endswith(p) and word_key[: -len(p)] in _APPOSITION_TITLES for p in ("ه", "ها", "هم"))


def _opens_content(doc: Document, tokens: list[Token], j: int, cut) -> bool:
    """Whether what follows token ``j`` opens a report's content or its addressee: إن / أن / بأن, من أن, a
    ل-word then إن within three words (لإذاعة محلية إن), في بيان / تصريح …"""
    if j >= len(tokens):
        return False
    k = key(tokens[j].text)
    if k in ("ان", "بان"):
        return True
    nxt = key(tokens[j + 1].text) if j + 1 < len(tokens) else ""
    if k == "من" and nxt == "ان":
        return True
    if k == "في" and nxt in _STATEMENT_VENUES:
        return True
    if cut(tokens[j]) and tokens[j].text.startswith("ل"):
        return any(key(t.text) in ("ان", "بان") for t in tokens[j + 1 : j + 4])
    return False


# Reporting verbs (past, masculine and feminine; و / ف stripped) after which a speaker's title and name stand.
_SAYING_VERBS = frozenset(
    key(v) + suffix
    for v in """قال أكد أوضح أفاد أعلن ذكر أشار حذر نفى اعتبر رأى صرح كشف أضاف تابع شدد لفت دعا طالب أبلغ
    أكدت""".split()
    for suffix in ("", "ت")
)


def _title_phrase(tokens: list[Token], t: int, i: int, entities: list[Entity], cut) -> bool:
    """Whether tokens t+1 … i-1 can be the rest of the phrase the title at t opens: construct nouns (رئيس بلدية
    حوارة, at most two), definite words and ل-genitives (المتحدث باسم المنسقية، رئيس بعثة الاتحاد الدولي لجمعيات
    الصليب الأحمر), ORG / LOC names, a seat (في ليبيا) and a comma before the name. A title with a pronoun (مديره)
    takes nothing more."""
    title_key = _bare(tokens[t], cut(tokens[t]))
    if title_key not in _APPOSITION_TITLES:
        return i == t + 1  # مديره إسماعيل الثوابتة
    j = t + 1
    constructs = 0
    construct = not title_key.startswith("ال")  # an indefinite title is followed by its genitive
    while j < i:
        tok = tokens[j]
        k = key(tok.text)
        ent = next((e for e in entities if e.start <= tok.start < e.end), None)
        if ent is not None:
            if ent.type == "PER" or ent.end > tokens[i - 1].end:
                return False
            while j < i and tokens[j].start < ent.end:
                j += 1
            construct = False
            continue
        if k == "في" and j + 1 < i and any(e.start == tokens[j + 1].start and e.type == "LOC" for e in entities):
            j += 1
            continue
        if tok.text in _COMMAS and j == i - 1:
            j += 1  # "نائب رئيس حركة النهضة، علي العريض إن": a comma before the name
            continue
        close = next((q for q in range(j + 2, min(i, j + 7)) if tokens[q].text in _QUOTE_MARKS), None)
        if tok.text in _QUOTE_MARKS and close is not None and j > t + 1:
            j = close + 1  # 'عضو تنسيقية "أوقفوا التلوث" خير الدين دبية': a body's name in quotes
            construct = False
            continue
        if k == "باسم" or k.startswith("ال") or (tok.text.startswith(("ل", "ب")) and cut(tok)):
            construct = k == "باسم" or (k.startswith("ل") and not k.startswith("لل"))
            j += 1
            continue
        if construct and tok.text.isalpha() and k not in _NOT_FIRST_NAMES and constructs < 2:
            constructs += 1  # رئيس بلدية، رئيس بعثة: the genitive of an indefinite head
            j += 1
            continue
        return False
    return True


def names_before_content(
    doc: Document, tokens: list[Token], entities: list[Entity], res: Resources, cut, o_words: frozenset[str]
) -> list[Entity]:
    """A name the model missed or cut short between a speaker's title phrase and what was said (قال رئيس بلدية
    حوارة معين ضميدي لإذاعة محلية إن، حذر رئيس البعثة في ليبيا تامر رمضان من أن، وقال مديره إسماعيل الثوابتة إن).
    A reporting verb, right after it a title (its phrase read by ``_title_phrase``), then two or three words and
    إن / أن / من أن / an addressee / في بيان. The first word opens no phrase (no article, no clitic, no و unless
    the gazetteers list it as a first name); no word is a time, an adverb, a nationality or a noun with a pronoun;
    words the training text leaves O pass only after a listed first name or before an unknown word. A one-word PER
    at the first word is extended; anything else in an entity blocks the rule. Tagged PER."""

    def in_entity(t: Token) -> bool:
        return any(e.start < t.end and t.start < e.end for e in entities)

    def name_word(t: Token) -> bool:
        k = key(t.text)
        return (
            t.text.isalpha()
            and len(k) >= 2
            and not cut(t)
            and not (t.text.endswith(("ه", "ها", "هم")) and len(t.text) > 4)  # وداعميه: a pronoun, no name
            and k not in _NOT_NAME_WORDS
            and k not in _NOT_FIRST_NAMES
            and k not in _SAYING_VERBS
            and k != "باسم"  # المتحدث باسم الشرطة: "on behalf of", not the name Basim
            and not is_nationality(k, res)
        )

    out = list(entities)
    n = len(tokens)
    for v in range(n - 3):
        vk = key(tokens[v].text)
        if vk not in _SAYING_VERBS and not (vk[:1] in "وف" and vk[1:] in _SAYING_VERBS):
            continue
        t = v + 1
        if not _title_word(_bare(tokens[t], cut(tokens[t]))):
            continue
        marker = next((m for m in range(t + 2, min(n, t + 16)) if _opens_content(doc, tokens, m, cut)), None)
        if marker is None:
            continue
        placed = None
        for length in (2, 3):  # the name's words, right before the marker
            i = marker - length
            if i <= t or not _title_phrase(tokens, t, i, out, cut):
                continue
            placed = i
            break
        longer = marker - 3
        if (
            placed == marker - 2
            and longer > t
            and any(e.type == "PER" and e.start == tokens[longer].start for e in out)
            and _title_phrase(tokens, t, longer, out, cut)
        ):
            placed = longer  # "فاطمة الزهراء أوبلا": a person the model found starts a word earlier
        if placed is None:
            continue
        i, found = placed, marker - 1
        first = tokens[i]
        fk = key(first.text)
        known_first = any(f.endswith("PER1") for f in res.gazetteer.get(fk, ()))
        if fk.startswith("ال") and found == i + 1 and _article_first_name(first, tokens[found], out, res, o_words):
            # "وقال المتحدث باسمها الفاتح قرشي إن": a first name in ال (الفاتح، الطاهر) that the training text
            # does not know as a common word, then one more word (which the model may have typed as a place)
            out = [e for e in out if not (e.start >= first.start and e.end <= tokens[found].end)]
            out.append(
                Entity(first.start, tokens[found].end, doc.text[first.start : tokens[found].end], "PER", score=0.5)
            )
            continue
        if fk.startswith("ال") or not name_word(first) or (fk.startswith("و") and not known_first):
            continue
        one_word = next((e for e in out if e.start == first.start), None)
        # a PER the model cut short, its last word typed as a one-word ORG or MISC ("فاطمة الزهراء" + "أوبلا")
        stray: list[Entity] = []
        if one_word is not None and one_word.type == "PER" and one_word.end > first.end:
            inside = [tk for tk in tokens[i + 1 : found + 1] if tk.end <= one_word.end]
            rest = [tk for tk in tokens[i + 1 : found + 1] if tk.start >= one_word.end]
            if inside and tokens[i + len(inside)].end == one_word.end and rest:
                stray = [e for e in out if e.start >= rest[0].start and e.end <= rest[-1].end]
                if all(e.type in ("ORG", "MISC") and " " not in e.text for e in stray) and all(
                    name_word(tk) and not key(tk.text).startswith(("ل", "ب", "و", "ال")) for tk in rest
                ):  # (not "جيرار كولوم للصحفيين": the one told)
                    out = [e for e in out if e is not one_word and e not in stray]
                    out.append(
                        Entity(first.start, rest[-1].end, doc.text[first.start : rest[-1].end], "PER", score=0.5)
                    )
            continue
        if one_word is not None and not (one_word.type == "PER" and one_word.end == first.end):
            continue
        if one_word is None and in_entity(first):
            continue
        later = tokens[i + 1 : found + 1]
        if not all(name_word(tk) and not in_entity(tk) for tk in later):
            continue
        if not known_first and fk in o_words and all(key(t.text) in o_words for t in later):
            continue  # معين ضميدي passes (ضميدي is unknown to the training text); معين الدعم would not
        if any(key(t.text) in o_words for t in later) and not known_first and one_word is None:
            continue  # both words common: likely no name (أسعار الفائدة)
        last = tokens[found]
        if one_word is not None:
            out.remove(one_word)
        out.append(Entity(first.start, last.end, doc.text[first.start : last.end], "PER", score=0.5))
    out.sort(key=lambda e: e.start)
    return out


def _article_first_name(
    first: Token, last: Token, entities: list[Entity], res: Resources, o_words: frozenset[str]
) -> bool:
    """``first`` + ``last`` can be a two-word name whose first name carries ال: ``first`` is a listed first name or
    a word the training text does not know as common, no nationality, no time word; ``last`` is a plain word,
    untagged or a one-word entity of its own."""
    fk, lk = key(first.text), key(last.text)
    known_first = any(f.endswith("PER1") for f in res.gazetteer.get(fk, ()))
    if not (known_first or fk not in o_words) or is_nationality(fk, res) or fk in _NOT_NAME_WORDS:
        return False
    if fk in _TIME_WORDS or fk in _AL_FUNCTION_WORDS or not first.text.isalpha() or not last.text.isalpha():
        return False
    if lk.startswith(("ال", "و")) or lk in o_words or lk in _NOT_NAME_WORDS or is_nationality(lk, res):
        return False
    for e in entities:
        if e.start < last.end and last.start < e.end and not (e.start == last.start and e.end == last.end):
            return False  # the last word inside a longer entity
        if e.start < first.end and first.start < e.end:
            return False  # the first word is already tagged
    return True


# Words that never end a person's name: the kunya and nasab links (كمال أبو [الرب]، محمد بن [سلمان]).
_NAME_LINKS = frozenset(key(w) for w in "أبو أبي أبا أم ابن بن بنت".split())


def complete_name_links(doc: Document, tokens: list[Token], entities: list[Entity]) -> list[Entity]:
    """A PER entity that ends in أبو / بن / أم takes the next word (نائب المحافظ كمال أبو الرب: the model stopped
    before the family name); an entity that started on that word is absorbed. One right after باسم takes it as its
    first name (``_basim_before_a_name``)."""
    ends = {t.end: i for i, t in enumerate(tokens)}
    extended: dict[int, int] = {}  # entity start -> new end
    absorbed: set[int] = set()
    for e in entities:
        i = ends.get(e.end)
        if e.type not in ("PER", "LOC") or i is None or i + 1 >= len(tokens):
            continue  # (a place too: "منطقة [قصر بن] غشير")
        nxt = tokens[i + 1]
        if key(doc.text[e.start : e.end].split()[-1]) in _NAME_LINKS and nxt.text.isalpha():
            extended[e.start] = nxt.end
            absorbed.add(nxt.start)
    if not extended:
        return _basim_before_a_name(doc, tokens, entities)
    out = []
    for e in entities:
        if e.start in absorbed:
            continue
        if e.start in extended:
            end = extended[e.start]
            e = Entity(e.start, end, doc.text[e.start : end], e.type, score=e.score)
        out.append(e)
    return _basim_before_a_name(doc, tokens, out)


# Words after which باسم is "on behalf of" (المتحدث باسم الحركة، تحدث باسمه) or "by the name" (المعروف أيضا باسم …),
# as keys without و/ال
_ON_BEHALF_OF = frozenset(
    key(w) for w in "متحدث متحدثة ناطق ناطقة تحدث يتحدث نطق ينطق معروف معروفة يعرف تعرف عرف عرفت ملقب أيضا".split()
)


def _basim_before_a_name(doc: Document, tokens: list[Token], entities: list[Entity]) -> list[Entity]:
    """باسم right before a person's name is his first name (عضو المكتب السياسي لحماس باسم نعيم), unless a spokesman's
    noun or a verb of speaking stands before it (المتحدث باسم …: "on behalf of")."""
    starts = {t.start: i for i, t in enumerate(tokens)}

    def on_behalf(j: int) -> bool:  # the word at j makes a باسم after it "on behalf of"
        before = key(tokens[j].text) if j >= 0 else ""
        bare = before[1:] if before.startswith("و") else before
        return (bare[2:] if bare.startswith("ال") else bare) in _ON_BEHALF_OF

    out = []
    for e in entities:
        i = starts.get(e.start)
        if e.type == "PER" and i is not None and i >= 1 and tokens[i - 1].text == "باسم" and not on_behalf(i - 2):
            s0 = tokens[i - 1].start
            e = Entity(s0, e.end, doc.text[s0 : e.end], "PER", score=e.score)
        elif (
            e.type == "PER"
            and i is not None
            and tokens[i].text == "باسم"
            and i + 1 < len(tokens)
            and tokens[i + 1].start < e.end
            and on_behalf(i - 1)
        ):
            s1 = tokens[i + 1].start  # "المتحدث باسم نتنياهو": the one spoken for is the name
            e = Entity(s1, e.end, doc.text[s1 : e.end], "PER", score=e.score)
        out.append(e)
    return out


def known_actors(doc: Document, tokens: list[Token], entities: list[Entity], res: Resources, cut) -> list[Entity]:
    """Tag the organisations of ``actors.txt`` (recent armed groups, agencies, platforms the 2006 training news
    never names) as ORG where the model left them untagged or tagged only a part (هيئة تحرير [الشام:LOC]); an
    entity that already covers the name, or crosses its edge, is the model's call and stays."""
    cuts = [cut(t) for t in tokens]
    keys = [_bare(t, c) for t, c in zip(tokens, cuts, strict=True)]
    index = _actor_index(res)
    # "ولشكر طيبة": the segmenter reads و + ل + شكر; a listed name with the ل given back wins over the cut
    uncut = _given_back(tokens, cuts, "ل", _bare)
    out = _tag_listed(doc, tokens, cuts, keys, entities, index, "ORG", retype=True, outside=_ACTOR_OUTSIDE, uncut=uncut)
    return _strip_descriptors(doc, out, index)


def _listed(index: dict[str, list[tuple[str, ...]]], seq: tuple[str, ...]) -> bool:
    return bool(seq) and seq in index.get(seq[0], ())


def _strip_descriptors(doc: Document, entities: list[Entity], index: dict[str, list[tuple[str, ...]]]) -> list[Entity]:
    """FORMAT.md's span edges on the model's entities: an ORG descriptor head or tail is cut when the rest is a
    listed name and the whole is not one (حركة [حماس], [رويترز] للأنباء; تنظيم الدولة الإسلامية stays whole), and
    a title is cut from the front of a person's name (البابا [فرنسيس])."""

    def name(seq: tuple[str, ...]) -> bool:  # a listed name on its own, not only after a descriptor
        return _listed(index, seq) and seq not in _ACTOR_OUTSIDE

    out = []
    for e in entities:
        words = list(re.finditer(r"\S+", e.text))
        keys = tuple(key(w.group()) for w in words)
        a, b = 0, len(words)
        told = next(
            (
                i
                for i in range(1, b)
                if keys[i][:1] == "ل" and keys[i][1:2] != "ل" and name((keys[i][1:], *keys[i + 1 :]))
            ),
            None,
        )
        if told is not None:
            # "مسؤول في [حماس لرويترز]": the outlet told after ل is a name of its own, not the end of this one
            start, end = e.start + words[told].start() + 1, e.end
            out.append(Entity(start, end, doc.text[start:end], "ORG", score=e.score))
            end = e.start + words[told - 1].end()
            e = Entity(e.start, end, doc.text[e.start : end], e.type, score=e.score)
            words, keys, b = words[:told], keys[:told], told
        if len(words) >= 2 and keys[-1] in _COMPLEMENTISERS and not name(keys):
            # "لبي بي سي إن …"، "على قناة تلغرام إن …": the complementiser after a name opens what was said; a
            # spelled letter keeps it unless the rest is listed (بي إن، سي إن إن are names)
            if _listed(index, keys[:-1]) or not _letter_name(words[-2].group()):
                b -= 1
        if e.type == "ORG" and b >= 2 and not name(keys[:b]):
            if keys[b - 1] in _ORG_DESCRIPTOR_TAILS and _listed(index, keys[: b - 1]):
                b -= 1
            if b - a >= 2 and keys[0] in _ORG_DESCRIPTOR_HEADS and name(keys[1:b]):
                a = 1
        elif e.type == "PER" and len(words) >= 2 and keys[0] in _PERSON_TITLES:
            a = 1
        if (a, b) == (0, len(words)):
            out.append(e)
            continue
        start, end = e.start + words[a].start(), e.start + words[b - 1].end()
        out.append(Entity(start, end, doc.text[start:end], e.type, score=e.score))
    out.sort(key=lambda e: e.start)
    return out


# Heads that FORMAT.md leaves outside a place name (مدينة حلب → حلب), and heads of descriptions rather than names
# (دول الخليج، القارة الأفريقية، المنطقة العربية، العالم العربي): gazetteer names starting with them are not matched.
_PLACE_HEADS = frozenset(
    "مدينه ناحيه مركز محافظه منطقه قضاء بلده قريه ولايه اقليم مقاطعه حي مخيم بلديه اماره دوله جمهوريه "
    "دول القاره المنطقه العالم".split()
)
_PLACE_INDEX: dict[str, list[tuple[str, ...]]] = {}
_CURATED_MULTIWORD: set[str] = set()  # multi-word names of the hand-curated gazetteer rows (بن عروس، سيدي حسين)


def _place_index() -> dict[str, list[tuple[str, ...]]]:
    """Multi-word names of the geo gazetteer (lookup keys), indexed by first word, longest first; the IDRISI
    mentions (which carry prepositions: بجنوب …) and names starting with an administrative head are left out."""
    if not _PLACE_INDEX:
        from marsad.geo.gazetteer import Gazetteer

        gaz = Gazetteer.load()
        for key, ids in gaz.index.items():
            words = tuple(key.split())
            if len(words) < 2 or words[0] in _PLACE_HEADS:
                continue
            if all(gaz.entries[i].source == "idrisi" for i in ids):
                continue
            _PLACE_INDEX.setdefault(words[0], []).append(words)
            if words[0].startswith("ال"):  # للغوطة الشرقية → لغوطة الشرقية (FORMAT.md's لل convention)
                _PLACE_INDEX.setdefault("ل" + words[0][2:], []).append(("ل" + words[0][2:], *words[1:]))
            if any(gaz.entries[i].source == "curated" for i in ids):
                _CURATED_MULTIWORD.add(key)
        for seqs in _PLACE_INDEX.values():
            seqs.sort(key=len, reverse=True)
    return _PLACE_INDEX


def known_places(
    doc: Document,
    tokens: list[Token],
    entities: list[Entity],
    res: Resources,
    cut,
    o_words: frozenset[str] = frozenset(),
) -> list[Entity]:
    """Tag multi-word gazetteer places (الغوطة الشرقية، قطاع غزة، رأس لانوف) as LOC where the model left them
    untagged or tagged only a part ([غزة] in قطاع غزة); the model's own covering or crossing spans stay."""
    from marsad.text.normalize import lookup_key

    cuts = [cut(t) for t in tokens]
    keys = [lookup_key(t.text[c:]) for t, c in zip(tokens, cuts, strict=True)]
    # "ولاية كهرمان مرعش": the segmenter reads ك + هرمان; a listed name spelt whole wins over the cut
    uncut = _given_back(tokens, cuts, "ك", lambda t, c: lookup_key(t.text[c:]))
    # an entity the model gave exactly this span keeps its type (البيت الأبيض is a building and an ORG) …
    out = _tag_listed(doc, tokens, cuts, keys, entities, _place_index(), "LOC", retype=False, uncut=uncut)
    out = _list_after_place_noun(doc, tokens, keys, out, o_words)
    # … except a person that is a hand-curated place: "بن عروس"، "سيدي حسين" read as بن / سيدي + a name
    # (session 17: Tunisian towns typed PER in headlines; curated rows are places checked by hand)
    return [replace(e, type="LOC") if e.type == "PER" and lookup_key(e.text) in _CURATED_MULTIWORD else e for e in out]


def _list_after_place_noun(
    doc: Document, tokens: list[Token], keys: list[str], entities: list[Entity], o_words: frozenset[str]
) -> list[Entity]:
    """A town joined by و to a list of LOC names that opens right after a plural place noun (بلدات عيتا الشعب
    وكفركلا والخيام): LOC. place_after_cue does this on the tags, before a listed multi-word name such as عيتا
    الشعب is known; this runs after it. A town is a curated row, a district or a place of 1,000 people, and no
    word the training text mostly leaves untagged (ومدرسة النجاح، ومدينة البوكمال: a noun opens the next item)."""
    out = list(entities)
    index_at = {t.start: j for j, t in enumerate(tokens)}
    for i, tok in enumerate(tokens):
        k = _lookup_key(tok.text)  # whole: the segmenter may have cut the و already (والخيام → الخيام)
        if i == 0 or not k.startswith("و") or len(k) < 4 or not geo_town(k[1:]):
            continue
        bare = k[1:]
        common = bare in o_words or bare.removeprefix("ال") in o_words
        if (common and not _curated_place(bare)) or after_construct_head(bare):
            continue  # (الخيام is a curated town, though خيام "tents" is a common word)
        if any(e.start < tok.end and tok.start < e.end for e in out):
            continue
        chain = [e for e in out if e.end == tokens[i - 1].end and e.type == "LOC"]
        while chain:
            first = chain[0]
            q = index_at.get(first.start, index_at.get(first.start - 1))
            if q is None or q == 0:
                break
            if after_construct_head(keys[q - 1], keys[q - 2] if q > 1 else None) and first.start == tokens[q].start:
                start = tok.start + 1
                out.append(Entity(start, tok.end, doc.text[start : tok.end], "LOC", score=0.5))
                break
            if not _lookup_key(tokens[q].text).startswith("و"):
                break
            chain = [e for e in out if e.end == tokens[q - 1].end and e.type == "LOC"]
    out.sort(key=lambda e: e.start)
    return out


from marsad.text.normalize import lookup_key as _lookup_key  # noqa: E402  (the keys _tag_listed matches)

# Direction adjectives that end a place name whose head alone names the same place later in the article
# (الغوطة الشرقية … الغوطة، القلمون الغربي … القلمون).
_DIRECTION_ADJECTIVES = frozenset(
    _lookup_key(w) for w in "الشرقية الغربية الشمالية الجنوبية الشرقي الغربي الشمالي الجنوبي".split()
)
# Heads that are common nouns, not a place's short name (المنطقة الشرقية، الساحل الغربي، الحدود الشمالية).
_COMMON_HEADS = frozenset(
    _lookup_key(w)
    for w in (
        "المنطقة الساحل الحدود الجهة الجبهة الضاحية الأحياء الريف الجانب القطاع المدينة الأراضي البلاد الضفة "
        "الأطراف المحافظة الولاية الإقليم البوابة المدخل الطريق السواحل الأرياف الجزء الشطر القسم الحي الجبل "
        "السهل البادية الصحراء المناطق الجبهات الحدود المنافذ الشواطئ"
    ).split()
)


def directional_heads(doc: Document, tokens: list[Token], entities: list[Entity], res: Resources, cut) -> list[Entity]:
    """The head of a place name that ends in a direction (الغوطة in الغوطة الشرقية) is that place where it stands
    alone in the same article: tagged LOC where the model left it untagged (dev: الغوطة missed five times after
    الغوطة الشرقية). Common nouns as heads (المنطقة الشرقية) and one-letter clitics are left out."""
    from marsad.text.normalize import lookup_key

    index: dict[str, list[tuple[str, ...]]] = {}
    for e in entities:
        if e.type != "LOC" or " " not in e.text:
            continue
        words = [lookup_key(w) for w in e.text.split()]
        if len(words) < 2 or words[-1] not in _DIRECTION_ADJECTIVES:
            continue
        head = tuple(words[:-1])
        if head[0] in _COMMON_HEADS or len(head[0]) < 4 or not head[0].startswith("ال") or len(head) > 2:
            continue
        index.setdefault(head[0], []).append(head)
        # after لل the span starts at the second ل (للغوطة → لغوطة), as FORMAT.md spans لأمم المتحدة
        lam = ("ل" + head[0][2:], *head[1:])
        index.setdefault(lam[0], []).append(lam)
    if not index:
        return entities
    cuts = [cut(t) for t in tokens]
    keys = [lookup_key(t.text[c:]) for t, c in zip(tokens, cuts, strict=True)]
    # the head inside the full name is no second mention: _tag_listed leaves covering spans alone
    return _tag_listed(doc, tokens, cuts, keys, entities, index, "LOC", retype=False)


def whole_word_places(doc: Document, tokens: list[Token], entities: list[Entity]) -> list[Entity]:
    """A one-word LOC the segmenter cut after ب / ل / ك, whose whole word (a و before it aside) the article names
    as a LOC elsewhere or the curated gazetteer lists, is that whole word: "انسحبت من بارا" gave ب + "ارا" (a town in
    India) in a story that named بارا twice (session 28)."""
    from marsad.text.normalize import lookup_key

    named = {lookup_key(e.text) for e in entities if e.type == "LOC" and " " not in e.text}
    by_end = {t.end: t for t in tokens}  # (one lookup per entity: a long document has many of both)
    out = []
    for e in entities:
        tok = by_end.get(e.end) if e.type == "LOC" else None
        tok = tok if tok is not None and tok.start < e.start else None
        if tok is not None and " " not in e.text and doc.text[e.start - 1] in "بلك":
            start = tok.start + (1 if doc.text[tok.start] == "و" and e.start - tok.start == 2 else 0)
            whole = lookup_key(doc.text[start : e.end])
            if start == e.start - 1 and (whole in named or _curated_place(whole)):
                e = Entity(start, e.end, doc.text[start : e.end], "LOC", score=e.score)
        out.append(e)
    return out


def _tag_listed(
    doc: Document,
    tokens: list[Token],
    cuts: list[int],
    keys: list[str],
    entities: list[Entity],
    index: dict[str, list[tuple[str, ...]]],
    typ: str,
    *,
    retype: bool,
    outside: dict[tuple[str, ...], int] | None = None,
    uncut: tuple[list[int], list[str]] | None = None,
) -> list[Entity]:
    """Listed names (key sequences) tagged ``typ`` over what the model found inside them; ``retype``: an entity
    of another type with exactly the name's span is retyped (else it stays); ``outside``: names whose first
    tokens are matched but left out of the span; ``uncut``: (cuts, keys) to try for a name's first token when
    that spelling is listed."""
    out = list(entities)
    i = 0
    while i < len(tokens):
        n, first_cut = 0, cuts[i]
        if uncut and uncut[1][i] != keys[i]:  # a listed name spelt whole wins: بايدن, not ب + ايدن
            n = _match_head([uncut[1][i], *keys[i + 1 : i + _LONGEST_LISTED]], 0, index)
            first_cut = uncut[0][i] if n else first_cut
        n = n or _match_head(keys, i, index)
        if not n:
            i += 1
            continue
        if typ == "ORG" and i > 0 and keys[i - 1] in _NAMED_PLACE_HEADS:
            i += n  # "جامع الأزهر"، "حي الأزهر": the mosque or the quarter, a place, not the institution
            continue
        skip = outside.get(tuple(keys[i : i + n]), 0) if outside else 0
        start, end = tokens[i + skip].start + (first_cut if not skip else 0), tokens[i + n - 1].end
        while start < end and doc.text[start] == "\u0640":
            start += 1
        # the descriptor left outside is still the name's: "[منظمة أطباء] بلا حدود" from the model is replaced
        cover = tokens[i].start + first_cut if skip else start
        out = _overlay(doc, out, start, end, typ, retype=retype, cover_start=cover)
        i += n
    out.sort(key=lambda e: e.start)
    return out


_NAMED_PLACE_HEADS = frozenset(key(w) for w in "جامع مسجد حي شارع ساحة ميدان مدينة منطقة".split())


def _overlay(
    doc: Document,
    entities: list[Entity],
    start: int,
    end: int,
    typ: str,
    *,
    retype: bool,
    cover_start: int | None = None,
) -> list[Entity]:
    """``entities`` with a rule's ``typ`` entity over [start, end): what the model found inside it (or inside
    [cover_start, end), a descriptor before the name included) is replaced; an entity crossing an edge, or with
    exactly this span (of this type, or of any type unless ``retype``), is the model's call and stays."""
    lo = start if cover_start is None else min(start, cover_start)
    inside = [e for e in entities if e.start < end and lo < e.end]
    if any((e.start, e.end) == (start, end) and (e.type == typ or not retype) for e in inside):
        return entities
    if not all(lo <= e.start and e.end <= end for e in inside):
        return entities
    kept = [e for e in entities if not (e.start < end and lo < e.end)]
    return [*kept, Entity(start, end, doc.text[start:end], typ, score=0.5)]  # type: ignore[arg-type]


# A numbered resolution (القرار 2216، وبالقرار رقم 2140، للقرار 2402) is MISC in FORMAT.md: the clitics و/ف/ب stay
# outside, and after لل the span starts at the second ل, as for other entities.
_RESOLUTION = re.compile(
    r"(?<![\w\u0640])(?:[وف]?[بل]?)(ال|(?<=ل)ل)"  # clitics outside; لل keeps its second ل
    r"(قرار\s+(?:رقم\s+)?[0-9\u0660-\u0669]{3,4})(?![0-9\u0660-\u0669])"
)


def numbered_resolutions(doc: Document, start: int, end: int, entities: list[Entity]) -> list[Entity]:
    """Numbered resolutions in ``doc.text[start:end]`` as MISC, replacing what the model found inside them."""
    out = list(entities)
    for m in _RESOLUTION.finditer(doc.text, start, end):
        out = _overlay(doc, out, m.start(1), m.end(2), "MISC", retype=True)
    out.sort(key=lambda e: e.start)
    return out


def drop_common_noun_misc(doc: Document, entities: list[Entity], res: Resources) -> list[Entity]:
    """MISC entities that are a common noun of ``rules.json``'s ``misc_common_nouns`` (currency units, الفيتو),
    alone or with a nationality adjective (الفيتو الروسي), are dropped: ANERcorp tags them, FORMAT.md's MISC is
    for named things."""
    nouns = _table()["misc_common_noun_keys"]
    out = []
    for e in entities:
        if e.type == "MISC":
            words = [key(w) for w in e.text.split()]
            if words and e.start and doc.text[e.start - 1] == "ل" and words[0].startswith("ل"):
                words[0] = _without_clitics("ل" + words[0])  # "للدولار" → span "لدولار": the noun is الدولار
            if words and words[0] in nouns and all(is_nationality(w, res) for w in words[1:]):
                continue
            if len(words) == 1 and (is_nationality(words[0], res) or is_nationality("ال" + words[0], res)):
                continue  # "ليبي"، "الليبي": a nationality adjective alone is no entity (FORMAT.md)
            if len(words) == 1 and _quoted_definite_adjective(doc.text, e):
                continue  # 'المسيرات "الانتحارية"': an adjective in scare quotes after its noun, no name
            if _quoted_after_bi(doc.text, e) and not any(w.startswith(("ال", "لل")) for w in words):
                continue  # 'توعد بـ"عقاب قاس"': the words of a threat or a description; a name has an article
            if _between_quotations(doc.text, e):
                continue  # 'قوات "الوسط" حررت البلدة "بعد معارك"': the words between two quotations
        if e.type == "PER" and " " not in e.text and not key(e.text).startswith("ال") and _country_adjective(e.text):
            continue  # "مسؤول سعودي": a nationality adjective, no person (a surname has the article: المصري)
        if e.type == "PER" and " " not in e.text and key(e.text) in _LONE_TITLES:
            continue  # "ضيف" of "ضيف برنامج بوليتيكا"، "الشيخ" alone: a title, no name
        if e.type == "PER" and " " not in e.text and _verb_before_title(doc.text, e):
            continue  # "من جهته، دان نائب السفير …": the verb (condemned) opening the clause, no name Dan
        currency = [key(w) for w in e.text.split()]
        if (
            e.type in ("ORG", "MISC")
            and currency[:1]
            and currency[0] in _CURRENCY_WORDS
            # "950 مليون ريال سعودي" (not ريال مدريد)
            and all(is_nationality(w, res) or is_nationality("ال" + w, res) for w in currency[1:])
        ):
            before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
            word = before.group(1).rstrip("،,") if before else ""
            word = word[1:] if word.startswith("و") else word  # "17 ألفا و500 ريال"، "وألف ريال"
            if word[:1].isdigit() or key(word) in _NUMBER_WORDS:
                continue  # "8 مليارات ريال": the currency (the model reads Real Madrid's ريال), no name
        out.append(e)
    return out


def _country_adjective(word: str) -> bool:
    """The word is a country's nisba (سعودي، أمريكي), as the geo layer reads them; the NER's own nationality test
    also takes family names of that shape (بري، نجفي، قاسمي)."""
    from marsad.geo.nisba import nisba_country

    k = key(word)  # masculine forms only: a name in يه is often a person's (ساديو مانيه)
    return k.endswith(("ي", "يين", "يون")) and nisba_country(word) is not None


def _between_quotations(text: str, e: Entity) -> bool:
    """`e` sits between the closing mark of one straight-quoted phrase and the opening mark of the next: the marks
    round it look like a quotation's, but the count of marks before it in its paragraph is even (it closes one)."""
    a = text.rfind("\n", 0, e.start) + 1
    before = text[a : e.start].rstrip()
    after = text[e.end : e.end + 3].lstrip()
    if not (before.endswith('"') and after.startswith('"')):
        return False
    return before.count('"') % 2 == 0


def _verb_before_title(text: str, e: Entity) -> bool:
    """`e` opens its clause (the text's start, a comma, a colon or a full stop before it) and a title follows it
    at once: in Arabic a title comes before a name, so the word is the clause's verb."""
    before = text[max(0, e.start - 3) : e.start].rstrip()
    if before and before[-1] not in "،,:.\n":
        return False
    after = _NEXT_WORD.match(text, e.end, min(len(text), e.end + 30))
    return after is not None and key(after.group(1)) in _APPOSITION_TITLES


def _quoted_after_bi(text: str, e: Entity) -> bool:
    """`e` is a whole quotation of one to three words right after بـ (توعد بـ"عقاب قاس"، وصفه بـ"صفقة القرن")."""
    if not (1 <= len(e.text.split()) <= 3 and e.start >= 2 and e.end < len(text)):
        return False
    if text[e.start - 1] not in '"«“' or text[e.end] not in '"»”':
        return False
    before = text[max(0, e.start - 3) : e.start - 1]
    return before.endswith(("بـ", " ب"))


def _quoted_definite_adjective(text: str, e: Entity) -> bool:
    """The one word of `e` is a definite relational adjective (ال…ي / ال…ية) standing alone in quotes right after a
    definite word: a description the writer keeps at arm's length (المسيرات "الانتحارية"، الجماعات "التكفيرية")."""
    k = key(e.text)
    if not (k.startswith("ال") and k.endswith(("ي", "يه")) and len(k) >= 6):
        return False
    if not (0 < e.start and text[e.start - 1] in '"«“' and e.end < len(text) and text[e.end] in '"»”'):
        return False
    before = _WORD_BEFORE.search(text, max(0, e.start - 41), e.start - 1)
    return before is not None and key(before.group(1)).startswith(("ال", "وال", "بال", "لل"))


# A currency after a number is no name (25 ORG "ريال" on two unseen samples, all after an amount).
_CURRENCY_WORDS = frozenset(key(w) for w in "ريال ريالا ريالات".split())
_NUMBER_WORDS = frozenset(
    key(w) for w in "مليون ملايين مليار مليارات ألف آلاف ألفا مئة مائة مئات عشرات ملياري مليوني".split()
)


# Titles and person nouns the model sometimes tags PER on their own.
_LONE_TITLES = frozenset(key(w) for w in "ضيف الضيف السيد الرئيس الشيخ الأمير الملك الدكتور الوزير".split())


# Heads of institutions whose name ends with their nationality (البنك المركزي المصري، المجلس الوطني الفلسطيني,
# الخطوط الجوية القطرية): lookup keys. Companies and groups are left out (Huawei الصينية, الحوثيين اليمنية: the
# adjective describes them and the gold leaves it outside).
_INSTITUTION_HEADS = frozenset(
    "بنك البنك مصرف المصرف مجلس المجلس وزاره اتحاد الاتحاد الخطوط هيئه الهيئه مؤسسه المؤسسه وكاله الوكاله".split()
)
_NEXT_WORD = re.compile(r" (\w+)")


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` ("" when punctuation or the text's end comes first)."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return after.group(1) if after is not None else ""


# Heads whose institution is named by the name right after them (بنك مصر، جامعة طرابلس، جامعة الملك سعود)
_NAMING_HEADS = frozenset(key(w) for w in "بنك البنك مصرف المصرف جامعة الجامعة".split())


def _with_naming_head(doc: Document, e: Entity) -> Entity:
    """A name right after بنك / مصرف is the bank's (بنك الرافدين in the dev gold; بنك مصر، البنك الأهلي), one after
    جامعة the university's (جامعة طرابلس, not the city; session 25): the ORG
    takes the head in, after its clitics (وبنك، لبنك; للبنك from its second ل, FORMAT.md's لل convention). A person
    after the definite head is the bank's official, not its name."""
    m = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
    if m is None or e.type not in ("ORG", "LOC", "PER") or doc.text[e.start - 1 : e.start] != " ":
        return e
    from marsad.ner.tagger import _letters_to_chars  # (tagger imports this module)

    word = m.group(1)
    k = key(word)
    clitic = next((p for p in _NOUN_CLITICS if k.startswith(p) and k[len(p) :] in _NAMING_HEADS), None)
    if clitic is not None:
        n_letters, definite = len(clitic), k[len(clitic) :].startswith("ال")
    elif k.startswith(("لل", "ولل")) and "ال" + k[k.index("لل") + 2 :] in _NAMING_HEADS:
        n_letters, definite = k.index("لل") + 1, True  # from the second ل
    else:
        return e
    start = m.start(1) + _letters_to_chars(word, n_letters)  # a mark on the clitic (وَبنك) is no letter
    if e.type == "PER" and definite:
        return e  # "مدير البنك أيوب"، "للبنك سمير الصياد": the bank's official, named after it
    return Entity(start, e.end, doc.text[start : e.end], "ORG", score=e.score)


def extend_by_nationality(doc: Document, entities: list[Entity], res: Resources) -> list[Entity]:
    """An institution's ORG span takes in the one or two nationality adjectives right after it (the model often
    stops before them: [المجلس الوطني] الفلسطيني), as the gold spans do (وزارة الدفاع الروسية); a bank's name takes
    its head first (بنك [مصر] → بنك مصر)."""
    starts = {e.start for e in entities}
    out = []
    for e in entities:
        e = _with_naming_head(doc, e)
        words = e.text.split()
        # an agency named by a proper name (وكالة تسنيم، وكالة "فارس") is a named body whose adjective describes it;
        # one named by its function (وكالة الأنباء المركزية) takes its nationality, like a ministry
        named_agency = key(words[0]).endswith("وكاله") and not (len(words) > 1 and key(words[1]).startswith("ال"))
        if e.type == "ORG" and words and key(words[0]) in _INSTITUTION_HEADS and not named_agency:
            end = e.end
            for _ in range(2):
                m = _NEXT_WORD.match(doc.text, end)
                if not m or m.start(1) in starts or not is_nationality(key(m.group(1)), res):
                    break
                end = m.end(1)
            if end != e.end:
                e = Entity(e.start, end, doc.text[e.start : end], "ORG", score=e.score)
        out.append(e)
    return out


# Function words whose key starts like an article (الذي، التي، إلى → الى): no portfolio word (لجنة الوصول إلى,
# فريق العمل الذي) and no noun before an adjective (إلى السعودية).
_AL_FUNCTION_WORDS = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان اللاتي الى الا".split())
# A country whose name is also the feminine adjective of its nationality (السوق السعودية "the Saudi market").
_ADJECTIVAL_COUNTRIES = frozenset({"السعوديه"})
# Offices a nationality adjective follows (الرئيس المصري); after a rank (العقيد المالكي) it may be a family name.
_OFFICES = frozenset("الرئيس الوزير العاهل الملك الامير السفير المبعوث المندوب الرئيسين الزعيم".split())
_WORD_BEFORE = re.compile(r"(\S+) +$")


# Indefinite settlement nouns in construct: the name after them is a place even where it is a person's name
# (مخيم نور شمس، حي الشيخ جراح، معتمدية حاسي الفريد، مدينة محمد بن زايد). Not ساحة (تبرئة ساحة فلان), ولاية
# (also a term of office: خلال ولاية ترامب) nor the directions and landforms of construct_place_heads.
_SETTLEMENT_HEADS = frozenset(
    key(w) for w in "مدينة معتمدية بلدة قرية محافظة منطقة حي مخيم ناحية قضاء إقليم مديرية".split()
)


# Streets named after people ("شارع ديدوش مراد"، "جادة الحبيب بورقيبة"): the name is the street's, a LOC (session 30)
_STREET_HEADS = frozenset(key(w) for w in "شارع جادة".split())


def places_after_heads(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A PER right after an indefinite settlement noun (with or without و/ب/ل) is the place named after someone:
    LOC. On 1,300 unseen ANT articles 7 PER followed a place noun, 5 of them places (the other two after ساحة and
    ولاية, now left out: ولاية زيهوفر, and ولاية ترامب on another sample). So is a one-word ORG (مديرية الملاجم,
    session 33)."""
    out = []
    for e in entities:
        org = e.type == "ORG" and " " not in e.text
        if (e.type == "PER" or org) and e.start == _word_start(doc.text, e.start):
            before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
            if before and _in_after_clitics(key(before.group(1)), _SETTLEMENT_HEADS | _STREET_HEADS):
                e = Entity(e.start, e.end, e.text, "LOC", score=e.score)
        out.append(e)
    return out


def _geo_rows(text: str) -> list[GazEntry]:
    """The geo gazetteer's rows for the name ``text`` (its lookup key)."""
    from marsad.geo.gazetteer import Gazetteer
    from marsad.text.normalize import lookup_key

    gaz = Gazetteer.load()
    return [gaz.entries[i] for i in gaz.index.get(lookup_key(text), ())]


def _country_name(text: str) -> bool:
    """The text names a country in the geo gazetteer."""
    return any(r.precision == "country" for r in _geo_rows(text))


def _region_only(text: str) -> bool:
    """The text names a region of the geo gazetteer (الشرق الأوسط، الخليج) and no town or country."""
    rows = _geo_rows(text)
    return bool(rows) and all(r.precision == "region" and not r.country for r in rows)


def countries_in_brackets(doc: Document, entities: list[Entity]) -> list[Entity]:
    """An ORG in brackets that names a country is the dateline's country, not an agency: "مأرب (اليمن) -"
    (the model reads "(رويترز)" there). A LOC alone in quotation marks that names a region only is the newspaper
    named after it: 'في حوار مع "الشرق الأوسط"' (session 30)."""
    text = doc.text
    out: list[Entity] = []
    for e in entities:
        before = text[max(0, e.start - 2) : e.start].rstrip()
        after = text[e.end : e.end + 2].lstrip()
        if e.type == "ORG" and before.endswith("(") and after.startswith(")") and _country_name(e.text):
            e = Entity(e.start, e.end, e.text, "LOC", score=e.score)
        elif (
            e.type == "LOC"
            and before.endswith("(")
            and after.startswith(")")
            and out
            and out[-1].type == "ORG"
            and key(out[-1].text.split()[0]) in _MEDIA_HEADS
            and text[out[-1].end : e.start].strip() == "("
        ):
            # "وكالة الأنباء الأردنية (بترا)": the agency's acronym, not the town of Petra (session 32)
            e = Entity(e.start, e.end, e.text, "ORG", score=e.score)
        elif (
            e.type == "LOC" and before[-1:] in ('"', "«", "“") and after[:1] in ('"', "»", "”") and _region_only(e.text)
        ):
            e = Entity(e.start, e.end, e.text, "ORG", score=e.score)
        out.append(e)
    return out


_QAEDA_NAMED = re.compile(r"(?:تنظيم|لتنظيم|وتنظيم|بتنظيم)\s+القاعدة|القاعدة\s+(?:في|ببلاد)\s")
_BASE_NAMED = re.compile(r"(?<!\S)[وبلف]?قاعدة\s+(?:ال\S+|\S+ية|عسكرية|جوية|بحرية)")


def bases_not_qaeda(doc: Document, entities: list[Entity]) -> list[Entity]:
    """ "القاعدة" alone is the base of the article's "قاعدة الوطية الجوية" / "قاعدة عسكرية" (القاعدة أصبحت تحت سيطرة
    قواتنا), not al-Qaeda, unless the article names the group (تنظيم القاعدة، القاعدة في جزيرة العرب; session 31)."""
    bases = [e for e in entities if e.type == "ORG" and key(e.text) in ("القاعده", "قاعده")]
    if not bases or not _BASE_NAMED.search(doc.text) or _QAEDA_NAMED.search(doc.text):
        return entities  # (the text is searched only when the model tagged القاعدة at all)
    return [e for e in entities if e not in bases]


def places_named_elsewhere(entities: list[Entity], text: str = "") -> list[Entity]:
    """A PER of two or more words that the article tags LOC elsewhere and the geo gazetteer knows as a place is that
    place: "حملت نيودلهي مسؤوليته لإسلام آباد" after the dateline "إسلام آباد (رويترز)". (Across the whole
    Document: the other rules see one sentence.) A one-word PER is the place too when the article names it after a
    settlement noun: "القصف على ميكيلي" after "مدينة ميكيلي" (session 31), gazetteer or not."""
    places = {key(e.text) for e in entities if e.type == "LOC"}
    settled = set()
    for e in entities:
        before = _WORD_BEFORE.search(text, max(0, e.start - 30), e.start) if e.type == "LOC" and text else None
        head = key(before.group(1)) if before is not None else ""
        if head in _SETTLEMENT_HEADS or (head[:1] in ("و", "ب", "ل", "ف") and head[1:] in _SETTLEMENT_HEADS):
            settled.add(key(e.text))
    return [
        Entity(e.start, e.end, e.text, "LOC", score=e.score)
        if (
            e.type == "PER"
            and key(e.text) in places
            and ((" " in e.text and geo_place(e.text)) or (" " not in e.text and key(e.text) in settled))
        )
        # "في جبهة الملاجم" (ORG) after "مديرية الملاجم" (session 33)
        or (e.type == "ORG" and " " not in e.text and key(e.text) in settled)
        # "أعلنت بيونغ يانغ" (ORG) where the article tags the city LOC elsewhere (session 33)
        or (e.type == "ORG" and " " in e.text and key(e.text) in places and geo_place(e.text))
        else e
        for e in entities
    ]


def surnames_named_again(entities: list[Entity]) -> list[Entity]:
    """A one-word ORG or MISC that is the last word of a person's full name in the same article is that
    person: "ماي" (ORG 27 times in 1,000 unseen articles) after "تيريزا ماي". Across the whole Document. Words
    with the article (نصر الله's الله, الأسد) are left alone, as are names the article also tags whole with
    that other type elsewhere."""
    surnames = {key(e.text.split()[-1]) for e in entities if e.type == "PER" and " " in e.text.strip()}
    other = {key(e.text) for e in entities if e.type != "PER" and " " in e.text.strip()}
    out = []
    for e in entities:
        k = key(e.text)
        if (
            e.type in ("ORG", "MISC")  # (a place stays: زيمبابوي after "رئيس زيمبابوي" read as a name)
            and " " not in e.text.strip()
            and k in surnames
            and not k.startswith("ال")
            and k not in other
        ):
            e = Entity(e.start, e.end, e.text, "PER", score=e.score)
        out.append(e)
    return out


def persons_named_again(entities: list[Entity], res: Resources) -> list[Entity]:
    """A name of two or three words tagged ORG or MISC is a person when it opens with a first name of the person
    gazetteers and the article names that person by the last word alone and tags it PER: "المفوضة الأوروبية لشؤون
    التجارة سيسيليا مالمستروم" (ORG) before "أعلنت مالمستروم" (PER) twice. Across the whole Document. A body named
    after its leader (حزب ميركل، جماعة غولن، مؤسسة ترمب) opens with no first name and stays."""
    single: dict[str, set[str]] = {}
    for e in entities:
        if " " not in e.text.strip():
            single.setdefault(key(e.text), set()).add(e.type)
    out = []
    for e in entities:
        words = e.text.split()
        if (
            e.type in ("ORG", "MISC")
            and 2 <= len(words) <= 3
            and not any(key(w).startswith("ال") for w in words)
            and single.get(key(words[-1])) == {"PER"}
            and key(words[0]) not in single  # (not "حزب الله" and الله, not a place and a person)
            and _first_name(key(words[0]), res)
        ):
            e = Entity(e.start, e.end, e.text, "PER", score=e.score)
        out.append(e)
    return out


# Past verbs of saying and urging that may open a clause right before the speaker's name (طالب is also a first
# name), as keys with و written on them or not
_VERBS_BEFORE_NAMES = frozenset(
    key(w)
    for w in (
        "قال أكد أعلن طالب دعا حذر أشار أوضح أضاف نفى شدد رأى اعتبر وصف اتهم هدد دان ندد رحب أشاد كشف تابع "
        "وقال وأكد وأعلن وطالب ودعا وحذر وأشار وأوضح وأضاف ونفى وشدد ورأى واعتبر ووصف واتهم وهدد وندد ورحب "
        "وأشاد وكشف وتابع"
    ).split()
)


def verbs_before_names(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A person's name with a verb in it, when the rest is a name the article tags PER (whole, or as the last word
    of a longer name): the verb is no part of it. Across the whole Document.

    * A verb of saying opening the name at the head of its clause ("، طالب السيسي قوات الجيش"; not "قال مدير
      المخابرات دان كوتس"), or in the dual anywhere ("إن الرئيسين دانا الأسد وروسيا").
    * A present verb in the dual or plural inside it (the heading "ترامب وماكرون يدينان الأسد"): the name ends
      before the verb, and what follows is a name of its own when the article knows it.
    """
    named: Counter[str] = Counter()  # the article's person names, whole and by their last word
    for e in entities:
        if e.type == "PER":
            named.update(_person_keys(e))

    def elsewhere(name: str, e: Entity) -> bool:  # named by another entity than e itself
        return named[key(name)] - (key(name) in _person_keys(e)) > 0

    out: list[Entity] = []
    for e in entities:
        first, _, rest = e.text.partition(" ")
        if e.type == "PER" and rest and elsewhere(rest, e):
            dual = key(first).endswith("ا") and key(first)[:-1] in _VERBS_BEFORE_NAMES
            if dual or (key(first) in _VERBS_BEFORE_NAMES and _opens_clause(doc.text, e.start)):
                start = e.start + len(first) + 1
                e = Entity(start, e.end, doc.text[start : e.end], "PER", score=e.score)
        words = e.text.split()
        verb_at = next((k for k in range(1, len(words) - 1) if _present_verb_of_many(words[k])), None)
        tail = " ".join(words[verb_at + 1 :]) if verb_at is not None else ""
        # (the name after the verb must be the article's: "أحمد توران الكان"، "ريكس تيلرسون" are names)
        if e.type == "PER" and tail and elsewhere(tail, e):
            head = " ".join(words[:verb_at])
            out.append(Entity(e.start, e.start + len(head), head, "PER", score=e.score))
            start = e.end - len(tail)
            out.append(Entity(start, e.end, tail, "PER", score=e.score))
            continue
        out.append(e)
    return out


def _person_keys(e: Entity) -> set[str]:
    words = e.text.split()
    return {key(e.text), key(words[-1])} if len(words) > 1 else {key(e.text)}


def _present_verb_of_many(word: str) -> bool:
    """A present verb in the dual or the plural (يدينان، يطالبون، تبحثان): يـ / تـ, five letters or more, ان / ون."""
    k = key(word)
    return len(k) >= 5 and k[0] in "يت" and k.endswith(("ان", "ون")) and k not in _NAMES_SHAPED_AS_VERBS


_NAMES_SHAPED_AS_VERBS = frozenset(key(w) for w in "يونان تيتون".split())


def _opens_clause(text: str, start: int) -> bool:
    """The word at ``start`` opens a clause: the text's start, punctuation before it, or و / ف written on it."""
    before = text[max(0, start - 3) : start]
    if before.endswith(("و", "ف")) and (len(before) < 2 or not before[-2].isalpha()):
        return True
    stripped = before.rstrip()
    return not stripped or stripped[-1] in "،,:.\n"


def _first_name(word_key: str, res: Resources) -> bool:
    """The word is in a person gazetteer and in no organisation gazetteer (سيسيليا، غيورغي; not حزب)."""
    flags = res.gazetteer.get(word_key, ())
    return any("PER" in f for f in flags) and not any("ORG" in f for f in flags)


def drop_adjectival_places(doc: Document, entities: list[Entity], res: Resources) -> list[Entity]:
    """A one-word LOC or PER that is a nationality adjective agreeing with the definite noun before it (الأسهم
    السعودية، المرأة السعودية، القوات العراقية، الرئيس الموريتاني), or a LOC of two (الوساطة السعودية الأمريكية), is
    not an entity (FORMAT.md: nationality adjectives alone are not entities). السعودية after المملكة العربية, or
    after a verb or preposition (تقوده السعودية، إلى السعودية), stays a place."""
    out = []
    for e in entities:
        # a one-word PER is the same adjective misread as a name after a title (الرئيس الموريتاني); a LOC may be
        # two adjectives (الوساطة السعودية الأمريكية)
        words = e.text.split()
        if (e.type in ("LOC", "PER") and len(words) == 1) or (e.type == "LOC" and len(words) == 2):
            k = key(words[0])
            before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
            prev = _without_clitics(key(before.group(1))) if before else ""
            surname = e.type == "PER" and prev not in _OFFICES and any("PER" in f for f in res.gazetteer.get(k, ()))
            if (
                all(key(w) in _ADJECTIVAL_COUNTRIES or is_nationality(key(w), res) for w in words)
                and prev.startswith("ال")
                and prev.isalpha()
                and prev != "العربيه"
                and prev not in _AL_FUNCTION_WORDS  # إلى السعودية: a preposition, not a noun
                and not surname  # العقيد المالكي: a listed family name after a rank stays a person
            ):
                continue
        out.append(e)
    return out


# Proclitics in front of a definite word (وبالعاصمة، للميليشيات): ل before ال drops the alif (لل).
_DEFINITE_CLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "وكال")


def _without_clitics(word_key: str) -> str:
    """A definite word's key without its conjunction or preposition (بالعاصمه → العاصمه, للقوات → القوات)."""
    for p in _DEFINITE_CLITICS:
        if word_key.startswith(p):
            return word_key[len(p) - 2 :]
    if word_key.startswith(("ولل", "فلل")):
        return "ا" + word_key[2:]
    if word_key.startswith("لل"):
        return "ا" + word_key[1:]
    return word_key


def _definite_adjective(word_key: str) -> str | None:
    """ "f" or "m" when the key reads as a definite adjective: a feminine nisba (الحوثيه، الانقلابيه) or a
    participle (الموالية، المتناحرة، المتطرف); None otherwise. The masculine nisba is left out: it is also a family or
    a group's name (الحوثي، الصدري)."""
    if not word_key.startswith("ال") or not word_key.isalpha():
        return None
    stem = word_key[2:]
    if len(stem) >= 4 and stem.endswith("يه"):
        return "f"
    if len(stem) >= 4 and stem.startswith("م") and stem.endswith("ه"):
        return "f"
    # a masculine participle only in the derived forms (المتطرف، المتشدد، المستقل، المنشق): a bare م- word is as
    # often a name (الموساد، المغرب، المرصد) that can follow a definite subject (اتهم الرئيس الإيراني الموساد)
    if len(stem) >= 5 and stem.startswith(("مت", "مست", "من")):
        return "m"
    return None


_OPENING_MARKS = "\"«“'("
# Names of the active-participle shape (ال + فاعلة): al-Qaeda, the Arab League, a league
_PARTICIPLE_SHAPED_NAMES = frozenset(key(w) for w in "القاعدة الجامعة الرابطة".split())


def _active_participle_feminine(word_key: str) -> bool:
    """ال + a feminine active participle of the first form (الخاسرة، الحاكمة، الداعمة), not a listed name."""
    stem = word_key[2:]
    return (
        word_key.startswith("ال")
        and len(stem) == 5
        and stem[1] == "ا"
        and stem.endswith("ه")
        and word_key not in _PARTICIPLE_SHAPED_NAMES
    )


def _plural_of_groups(noun_key: str) -> bool:
    """A definite plural a participle may describe: in ات, a broken plural of the فعائل / أفعال shape (الفصائل،
    الأحزاب; not the تفاعل noun التحالف), or a nisba adjective in ية that itself describes one (القوى السياسية
    الخاسرة)."""
    stem = noun_key[2:]
    if stem.endswith(("ات", "يه")):
        return True
    return len(stem) == 5 and ((stem[2] == "ا" and stem[3] in ("ئ", "ي")) or (stem[0] == "ا" and stem[3] == "ا"))


def drop_adjectives_after_nouns(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A one-word ORG or MISC that is a definite adjective describing the untagged definite noun right before it
    (الميليشيات الحوثية، بالجماعة القروية، الفصائل المتناحرة، التنظيم المتطرف) is no name. ANERcorp leaves such a
    feminine word untagged 2,007 times of 2,008 in its train split, and the dev gold never tags one; the model
    tagged about 30 in 800 unseen ANT articles. A masculine participle must agree (no ة / ات on the noun); a time
    word before (أعلنت الجمعة …) is no noun described."""
    tagged_ends = {e.end for e in entities}
    out = []
    for e in entities:
        if e.type in ("ORG", "MISC") and " " not in e.text and e.start == _word_start(doc.text, e.start):
            k = key(e.text)
            gender = _definite_adjective(k) or ("p" if _active_participle_feminine(k) else None)
            before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start) if gender else None
            if before and before.end(1) not in tagged_ends:
                # (a quotation may open on the noun: "الميليشيات المعتدية …")
                noun = _without_clitics(key(before.group(1).lstrip(_OPENING_MARKS)))
                if (
                    noun.startswith("ال")
                    and noun.isalpha()
                    and noun not in _AL_FUNCTION_WORDS
                    and noun not in _TIME_WORDS
                    and (gender == "f" or (gender == "m" and not noun.endswith(("ه", "ات"))) or _plural_of_groups(noun))
                ):
                    continue
            if _indefinite_feminine_adjective(doc.text, e, tagged_ends):
                continue
        out.append(e)
    return out


def _indefinite_feminine_adjective(text: str, e: Entity, tagged_ends: set[int]) -> bool:
    """A one-word ORG / MISC "…ية" right after an untagged indefinite feminine or plural noun: its nisba adjective
    (ميليشيات عشائرية، جماعات جهادية; session 31), not a name."""
    k = key(e.text)
    if e.type not in ("ORG", "MISC") or " " in e.text or k.startswith("ال") or not k.endswith("يه") or len(k) < 6:
        return False
    before = _WORD_BEFORE.search(text, max(0, e.start - 40), e.start)
    if before is None or before.end(1) in tagged_ends:
        return False
    noun = key(before.group(1))
    return noun.isalpha() and not noun.startswith(("ال", "وال", "بال", "لل")) and noun.endswith(("ات", "ه"))


# Generic place nouns the model sometimes tags alone (قرى ريف جبلة → ريف): FORMAT.md leaves heads and directions
# outside the name (شمال [العراق]), so alone they are no entity.
_GENERIC_PLACE_WORDS = frozenset(
    # سيدي alone is the first word of a saint's or a town's name cut short; البيت alone is home (عاد إلى البيت);
    # شبه alone is "near-" (تبادل شبه يومي لإطلاق النار), the head of شبه الجزيرة only with it
    key(w)
    for w in "ريف أرياف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط قرى ضواحي أطراف قصر سيدي البيت بيت المنزل"
    " أوتوستراد الأوتوستراد شبه أوساط أوساطه أوساطها أوساطهم".split()  # في أوساطه: "in its ranks"
) | frozenset(
    # session 33, each LOC two to seven times on the unseen run: اللوم of "ألقى باللوم على" (blame), جزر
    # (islands, alone), حوض (a basin), ثانوية (a secondary school)
    key(w)
    for w in "اللوم لوم جزر حوض ثانوية".split()
)
# Duals and plurals of settlement nouns: they name several places, so never open one's name (حيي، مدينتي، بلدات)
_PLURAL_PLACE_NOUNS = frozenset(
    key(w)
    for w in "حيي أحياء مدينتي بلدتي قريتي محافظتي ولايتي منطقتي مدن بلدات قرى محافظات ولايات مناطق"
    " مدينتا بلدتا".split()
)
# Nouns that open a place's name (رأس الحكمة، عين العرب، بئر السبع، دير الزور): alone before another word they are a
# name cut short, even where some town abroad bears the word alone (رأس is a "Ross" in GeoNames)
_NAME_OPENING_NOUNS = frozenset(key(w) for w in "رأس راس عين بئر تل جبل وادي دير كفر بيت خان جسر برج حمام".split())
_AT_THE_HEAD = frozenset((key("رأس"), key("راس")))  # "على رأس الاتحاد" (at the head of), not جبل راس
# Definite common nouns some gazetteer lists as a place: alone they are "the kingdom" (Saudi Arabia, Morocco, Jordan
# by reference), "the palace" (القصر الرئاسي، حديقة القصر) and "the stock exchange" (the city of Bursa is بورصة);
# ANERcorp leaves المملكة alone untagged 9 of 9 times and the dev gold 2 of 2. After a settlement noun (معتمدية
# القصر, a Tunisian district) the word is the name. المدينة alone is "the city" of the story ("في شوارع المدينة";
# 6 mentions in the dev articles, none an entity), Medina being المدينة المنورة. العيون alone is "the eyes" (ذر الرماد
# في العيون, session 33); Laayoune is named after مدينة.
_COMMON_NOUN_PLACES = frozenset(key(w) for w in "المملكة القصر البورصة الرأس المدينة العيون".split())


# The countryside, definite: the Rif in Moroccan news, but "الريف الغربي" / "الأرياف الشمالية" is a direction's
# countryside (Syrian news: "بلدات في الريف الغربي" of a province named earlier)
_COUNTRYSIDE = frozenset(key(w) for w in "الريف الأرياف".split())


def _direction_follows(text: str, end: int) -> bool:
    """Whether the word after `end` is a direction adjective (الغربي، الشمالية)."""
    return key(_next_word(text, end)) in _DIRECTIONS_AFTER


_DIRECTIONS_AFTER = _DIRECTION_ADJECTIVES | frozenset(key(w) for w in "الأوسط الوسطى".split())
# Words that may follow the city's name (في مشهد شمال شرقي إيران، في مشهد يوم الجمعة), as keys
_AFTER_MASHHAD = frozenset(key(w) for w in "شمال شمالي شرق شرقي جنوب غرب وسط يوم امس اليوم الإيرانية".split())


_AUTHORITIES = frozenset((key("السلط"),))
_OF_AUTHORITIES = frozenset(
    key(w) for w in "المعنية الجهوية المحلية العمومية المركزية القضائية الأمنية التونسية الرسمية المختصة".split()
)


def _described_as_a_scene(text: str, end: int) -> bool:
    """The word after `end` is an indefinite word that can describe a scene (مشهد نادر، مشهد مؤثر): not the
    article, a direction, a preposition or a time (في مشهد شمال شرقي إيران)."""
    k = key(_next_word(text, end))
    return (
        bool(k)
        and not k.startswith(("ال", "و"))  # (بينها مشهد وشيراز: another city joined to it)
        and k not in _AFTER_MASHHAD
        and k not in _FUNCTION_WORDS_AFTER
        and k.isalpha()
    )


_FUNCTION_WORDS_AFTER = frozenset(key(w) for w in "في من إلى على عن مع حيث التي الذي و".split())


def drop_generic_place_words(doc: Document, entities: list[Entity], res: Resources | None = None) -> list[Entity]:
    """A one-word LOC that is a generic place noun or a direction (ريف، شمال، وسط), with or without clitics, is
    not a name; nor is an indefinite nisba after a word that is no preposition (فصائل محلية درزية، مبنى سكنيا),
    unless the geo gazetteer knows it as a place (سورية، تركيا). The accusative in يا also needs the NER gazetteers
    not to list it at all (كوريا، كفريا) and no conjunction in front (وكفريا)."""
    out = []
    tagged_ends = {x.end for x in entities}
    for e in entities:
        first = e.text.split(" ", 1)[0]
        definite = e.start > 0 and doc.text[e.start - 1] == "ل"  # "للولايات المتحدة" is spanned "لولايات المتحدة"
        if e.type == "LOC" and " " in e.text and not definite and _in_after_clitics(key(first), _PLURAL_PLACE_NOUNS):
            # "في حيي سفياتوشينسكي وأوبولونسكي": the dual or plural place noun is outside the name (as حي is)
            rest = e.text[len(first) :].lstrip()
            e = Entity(e.end - len(rest), e.end, rest, e.type, score=e.score)
        if e.type == "LOC" and key(first) == "شبه" and " " in e.text:
            if key(e.text.split()[1]) not in ("الجزيره", "جزيره", "القاره", "قاره"):
                continue  # "سلاحا شبه أوتوماتيكي": "semi-", no peninsula
        if e.type == "LOC" and " " not in e.text:
            k = key(e.text)
            if not k.startswith("ال") and _country_adjective(e.text):
                continue  # "مهاجر ليبي": a nationality adjective, no place (session 33)
            if _in_after_clitics(k, _GENERIC_PLACE_WORDS) or (
                not definite and _in_after_clitics(k, _PLURAL_PLACE_NOUNS)
            ):
                continue
            if _in_after_clitics(k, _COUNTRYSIDE) and _direction_follows(doc.text, e.end):
                continue  # "بلدات في الريف الغربي": the countryside; الريف alone may be Morocco's Rif
            if _in_after_clitics(k, _GROUP_NOUNS) or k in _INDEFINITE_GROUP_WORDS:
                continue  # "ما يتعرض له الدروز"، "مسلحين دروز": a community, no place
            if _in_after_clitics(k, _COMMON_NOUN_PLACES) or (k.startswith("ل") and "ال" + k[1:] in _COMMON_NOUN_PLACES):
                # (للمملكة is spanned from its second ل: لمملكة)
                before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
                # (after a direction it is still the kingdom: جنوبي المملكة)
                if not (before and _in_after_clitics(key(before.group(1)), _SETTLEMENT_HEADS)):
                    continue
            if k in _AT_THE_HEAD:
                before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
                if before and key(before.group(1)) in (key("على"), key("وعلى")):
                    continue
            authorities = _in_after_clitics(k, _AUTHORITIES) or (k.startswith("ل") and "ال" + k[1:] in _AUTHORITIES)
            if authorities and key(_next_word(doc.text, e.end)) in _OF_AUTHORITIES:
                continue  # "للسلط المعنية": Tunisian for "the authorities", not the Jordanian town (خلية السلط)
            if k == key("مشهد") and _described_as_a_scene(doc.text, e.end):
                continue  # "في مشهد نادر": a scene, not Mashhad
            if k == key("الخبر") and e.start > 0 and doc.text[e.start - 1] in "بل":
                continue  # "احتفالا بالخبر": the news, not Khobar (the town stands after في or مدينة)
            if k == key("القاهرة"):
                before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
                if before and key(before.group(1).lstrip('"«“')) in (key("القوة"), key("قوة")):
                    continue  # "حالة القوة القاهرة": force majeure, not Cairo
            # يه: the feminine (فصائل محلية درزية); يا: the accusative (مبنى سكنيا), both indefinite
            accusative = k.endswith("يا") and k[0] not in "وف" and not _gazetteer_place(k, res)
            if (
                (k.endswith("يه") or accusative)
                and not k.startswith("ال")
                and e.start == _word_start(doc.text, e.start)
            ):
                before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
                prev = key(before.group(1)) if before else ""
                if prev and prev not in _cues() and not after_construct_head(prev) and not geo_place(e.text):
                    continue
                if k.endswith("يه") and _indefinite_nisba(prev):
                    continue  # "منظمة حقوقية سورية": after another indefinite adjective, سورية is one too
            if k.endswith("يا") and e.start == _word_start(doc.text, e.start):
                before = _WORD_BEFORE.search(doc.text, max(0, e.start - 40), e.start)
                prev = key(before.group(1)) if before else ""
                if before and before.end(1) not in tagged_ends and _indefinite_nisba(prev, "يا"):
                    # "استدعت دبلوماسيا روسيا"، "مطارا عسكريا سوريا": the accusative adjective spelt like the country
                    # (9 of 10 such LOC on 1,300 unseen ANT articles; the tenth a dual: "ناديا مرسيليا" two clubs)
                    continue
            if k.endswith("يه") and e.start > 1 and doc.text[e.start - 1] == "و" and doc.text[e.start - 2].isspace():
                before = _WORD_BEFORE.search(doc.text, max(0, e.start - 41), e.start - 1)
                if before and _indefinite_nisba(key(before.group(1))):
                    continue  # "طائرات روسية وسورية": the second of two adjectives
        out.append(e)
    return out


def _indefinite_nisba(word_key: str, ending: str = "يه") -> bool:
    """An indefinite relational adjective, as a lookup key: feminine in يه (حقوقيه، روسيه، وتركيه) or accusative in
    يا (دبلوماسيا، عسكريا، صحافيا); و may come before the feminine, a coordinated second adjective."""
    k = word_key[1:] if ending == "يه" and word_key.startswith("و") else word_key
    return len(k) >= 5 and k.endswith(ending) and not k.startswith(("ال", "و", "ب", "ل"))


# Heads of organisation names the model sometimes tags alone (قالت منظمة حقوقية، منظمة "هنكاو"): a body's kind,
# no name; the dev gold has no one-word ORG of these.
_GENERIC_ORG_WORDS = frozenset(
    k
    for w in (
        "منظمة منظمات مجموعة حركة جماعة شركة وكالة هيئة لجنة لجان تنسيقية مؤسسة جمعية نقابة رابطة جبهة مجلس حزب"
        " ميليشيا مليشيا ميليشيات مليشيات"  # (ميليشيا الحوثي: the head alone, session 33)
    ).split()
    for k in (key(w), "ال" + key(w))
)


# Heads that are no name alone but whose name may look like an adjective (جامعة بواتيه): one-word entities only
_LONE_HEADS = frozenset(k for w in ("جامعة",) for k in (key(w), "ال" + key(w)))


# Peoples and communities (الأكراد، الشيعة، الدروز): FORMAT.md's generic groups, no entities; the model often
# tags الأكراد ORG (45 times on 700 unseen ANT articles; never an entity in the dev gold).
_GROUP_NOUNS = frozenset(
    key(w)
    for w in (
        "الأكراد الكرد الشيعة السنة الدروز العلويين العلويون المسيحيين المسيحيون الأقباط الإيزيديين الإيزيديون "
        "الأيزيديين الأيزيديون التركمان اليهود المسلمين المسلمون الأمازيغ البشتون الهزارة الروهينغا العشائر القبائل"
    ).split()
)
# Indefinite members or adjectives of a group ("مقاتلين أكراد"، "قيادي حوثي"، "صواريخ حوثية"), matched without
# clitics: لحوثيين is FORMAT.md's span of للحوثيين, the group.
_INDEFINITE_GROUP_WORDS = frozenset(key(w) for w in "أكراد كرد دروز حوثي حوثية حوثيون حوثيين".split())
# "هجوم على قاعدة عسكرية": al-Qaeda is always definite (القاعدة); an indefinite قاعدة is a base
_INDEFINITE_BASE = frozenset((key("قاعدة"),))


def drop_generic_org_words(entities: list[Entity]) -> list[Entity]:
    """A one-word ORG that is only a generic head (منظمة، الحركة، مجلس), with or without clitics, is not a name;
    nor is a one-word ORG naming a people or community (الأكراد، الشيعة), nor a head with an indefinite adjective
    (كمنظمة إرهابية، منظمة خيرية: a kind of body, as in "designated a terrorist organisation"). A generic head
    tagged with another type is no name either ("قالت لجان المقاومة": لجان is no person)."""
    return [
        e
        for e in entities
        if not (
            (" " not in e.text and _in_after_clitics(key(e.text), _GENERIC_ORG_WORDS | _LONE_HEADS))
            or (
                e.type == "ORG"
                and (
                    (
                        " " not in e.text
                        and (
                            _in_after_clitics(key(e.text), _GROUP_NOUNS | _INDEFINITE_BASE)
                            or key(e.text) in _INDEFINITE_GROUP_WORDS
                        )
                    )
                    or _head_with_indefinite_adjective(e.text)
                )
            )
        )
    ]


def drop_participle_plurals(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A one-word ORG that is an indefinite sound plural of a participle (مندسين، مسلحين، متظاهرون) names people of
    a kind ("إن "مندسين" أطلقوا النار": quotes on a word the speaker stands by), unless a group noun names it so
    (تنظيم مرابطون، جماعة مرابطون)."""
    groups = frozenset(_table()["group_triggers"])
    out = []
    for e in entities:
        if e.type == "ORG" and " " not in e.text and _indefinite_participle_plural(key(e.text)):
            before = _WORD_BEFORE.search(doc.text, max(0, e.start - 30), e.start)
            previous = key(before.group(1)).strip('"«“') if before else ""
            if previous.lstrip("وبل") not in groups and previous not in groups:
                continue
        out.append(e)
    return out


def _indefinite_participle_plural(word_key: str) -> bool:
    """An indefinite sound plural of a participle: مندسين، مسلحين، متظاهرون (with و، ف، ب or ل before it)."""
    bare = word_key[1:] if word_key[:1] in ("و", "ف", "ب", "ل") and len(word_key) > 6 else word_key
    return len(bare) >= 6 and bare.startswith("م") and bare.endswith(("ين", "ون"))


def _head_with_indefinite_adjective(text: str) -> bool:
    """Two words: an indefinite generic head and a nisba agreeing with it (منظمة إرهابية، مجلس عسكري); a feminine
    head with a word in ي is a genitive (منظمة مجاهدي خلق، هيئة أبوظبي)."""
    words = [key(w) for w in text.split()]
    if len(words) != 2 or not _in_after_clitics(words[0], _GENERIC_ORG_WORDS) or words[0].startswith("ال"):
        return False
    adjective = words[1]
    if adjective.startswith("ال") or len(adjective) < 4:
        return False
    return adjective.endswith("يه") if words[0].endswith("ه") else adjective.endswith("ي")


# Deictic time words the model sometimes takes into a name (أعلنت [وزارة الصحة اليوم] عن …): ANERcorp's names
# with اليوم are outlets named by a bare word (روسيا اليوم، أخبار اليوم), never after a definite genitive.
_TIME_WORDS = frozenset(
    key(w)
    for w in (
        "اليوم أمس الليلة البارحة غدا صباح مساء السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة"
    ).split()
)


_LAST_WORD = re.compile(r"\s+\S+\s*$")


# Adjectives of nearness that describe a named place and are no part of its name (فندق إس واي إل القريب), keys
_NEARNESS = frozenset(key(w) for w in "القريب القريبة المجاور المجاورة المحاذي المحاذية".split())


def drop_trailing_time_words(entities: list[Entity]) -> list[Entity]:
    """A name of two or more words whose last word is a time word after a definite word loses that word:
    "وزارة الصحة اليوم" is the ministry, then the day; "روسيا اليوم" (no ال before) keeps it. So does a name
    ending in an adjective of nearness (وفندق إس واي إل القريب, session 33)."""
    out = []
    for e in entities:
        words = e.text.split()
        if len(words) >= 2 and (
            (key(words[-1]) in _TIME_WORDS and key(words[-2]).startswith("ال")) or key(words[-1]) in _NEARNESS
        ):
            text = _LAST_WORD.sub("", e.text)
            e = Entity(e.start, e.start + len(text), text, e.type, score=e.score)
        out.append(e)
    return out


# Complementisers that open what a speaker said, never a word of a name (lookup keys)
_COMPLEMENTISERS = frozenset(key(w) for w in "إن أن بأن وأن وإن لأن إنه أنه بأنه إنها أنها بأنها".split())


def cut_at_complementisers(entities: list[Entity]) -> list[Entity]:
    """A name the model ran on into what was said ends before its complementiser: "لوكالة فرانس برس إن القيادي"
    was one ORG (session 32); a name whose first word is one is left alone."""
    out = []
    for e in entities:
        words = e.text.split(" ")
        # (إن / أن is also the letter N of a spelt acronym: سي إن إن، سي جي تي أن; what was said goes on with a word)
        cut = next(
            (
                n
                for n in range(1, len(words) - 1)
                if key(words[n]) in _COMPLEMENTISERS and not _letter_name(words[n + 1])
            ),
            None,
        )
        if cut is not None:
            text = " ".join(words[:cut])
            e = Entity(e.start, e.start + len(text), text, e.type, score=e.score)
        out.append(e)
    return out


# Verbs whose object الحداد (mourning) follows the subject's name: "أعلن الرئيس عبد المجيد تبون الحداد".
_DECLARES = frozenset(key(w) for w in "أعلن أعلنت وأعلن وأعلنت فأعلن يعلن تعلن".split())


def drop_mourning_object(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A body or a named thing that opens with الحداد after a verb of declaring is mourning, no entity; a person's
    name of three or more words ending in الحداد right after a verb of declaring, within four words, loses it:
    "أعلن المرشد الإيراني علي خامنئي الحداد العام" declares mourning (الحداد is also a family name, which a
    two-word name keeps: "أعلن محمد الحداد")."""
    out = []
    for e in entities:
        words = e.text.split()
        if e.type in ("ORG", "MISC") and words and key(words[0]) in ("الحداد", "حداد"):
            # "أعلن المجلس العسكري الحاكم في بيان الحداد الوطني": mourning declared, no body nor a named thing
            before = [key(w) for w in doc.text[max(0, e.start - 80) : e.start].split()[-8:]]
            if any(w in _DECLARES for w in before):
                continue
        if e.type == "PER" and len(words) >= 3 and key(words[-1]) == "الحداد":
            before = [key(w) for w in doc.text[max(0, e.start - 60) : e.start].split()[-5:]]
            if any(w in _DECLARES for w in before):
                text = _LAST_WORD.sub("", e.text)
                e = Entity(e.start, e.start + len(text), text, e.type, score=e.score)
        out.append(e)
    return out


def _gazetteer_place(k: str, res: Resources | None) -> bool:
    """The NER gazetteers list the word key as a name of any type (كفريا is listed as an ORG, كوريا as a place):
    an adjective is in none of them. Without resources, assume it is listed."""
    return res is None or bool(res.gazetteer.get(k))


def _word_start(text: str, pos: int) -> int:
    """Start of the word holding ``pos`` (an entity after a clitic, وسورية, starts inside its word)."""
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


_QUOTED_AFTER_CUE = re.compile(r"(?<![\w\u0640])(\w+)\s*([\"“«(])([^\"“”«»()\n.،؛:!?؟]{2,60}?)([\"”»)])")
_CUE_PROCLITICS = ("وبال", "وال", "فال", "بال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def _is_naming_cue(word: str, cues: frozenset[str]) -> bool:
    """The word, or the word without its proclitics (وباسم، بعملية، والحملة), is a naming cue."""
    k = key(word)
    return k in cues or any(k.startswith(p) and k[len(p) :] in cues for p in _CUE_PROCLITICS)


_CLOSING = {'"': '"', "“": "”", "«": "»", "(": ")"}
_QUOTE_MARKS = frozenset(_CLOSING) | frozenset(_CLOSING.values()) - {"(", ")"}


def _quoted_names(
    doc: Document, start: int, end: int, cues: frozenset[str], max_words: int
) -> Iterator[tuple[re.Match[str], int, int]]:
    """Quotations of at most ``max_words`` Arabic words right after a word of ``cues`` (with or without its
    proclitics), as (match, start, end) of the text inside the quote marks, spaces and a hashtag's # left out."""
    for m in _QUOTED_AFTER_CUE.finditer(doc.text, start, end):
        if _CLOSING[m.group(2)] != m.group(4) or not _is_naming_cue(m.group(1), cues):
            continue
        a, b = m.start(3), m.end(3)
        while a < b and (doc.text[a].isspace() or doc.text[a] == "#"):  # "#الرحلة": a hashtag's mark is outside
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if b > a and len(doc.text[a:b].split()) <= max_words and re.search("[\u0621-\u064a]", doc.text[a:b]):
            yield m, a, b


# Prepositions a quoted name never opens with (من دون مماطلة، على حساب …); a negation may ("لا أموال للإرهاب", a
# conference)
# Prepositions that open a participle's complement (الهيئة المشرفة على …) and never a quoted name
_COMPLEMENT_PREPOSITIONS = frozenset(key(w) for w in "على في عن من إلى مع".split())
_QUOTE_OPENING_PARTICLES = _COMPLEMENT_PREPOSITIONS | frozenset(key(w) for w in "دون بدون حتى ضد".split())
# Nouns of a number that a quoted phrase may open with after ب / ل (بعدد من، بكمية من, session 32)
_COUNT_NOUNS = frozenset(key(w) for w in "عدد كمية مجموعة سلسلة بضعة عشرات مئات آلاف".split())
_NAMED_GROUPS = frozenset(
    key(w) for w in "مجموعة جماعة حركة تنظيم حزب ائتلاف تحالف جمعية منظمة شبكة تجمع فصيل كتيبة لواء".split()
)


def named_in_quotes(doc: Document, start: int, end: int, entities: list[Entity]) -> list[Entity]:
    """A quoted name of at most eight words right after a naming word of ``rules.json`` (``naming_cues``: اسم،
    شعار، عملية، برنامج، حملة …) is MISC, quotes outside: تظاهرة تحمل اسم "انتفاضة القدس", برنامج (ذيس ويك). What
    the model found inside is replaced; an entity with exactly the quoted span (a quoted organisation name) stays."""
    out = list(entities)
    for m, a, b in _quoted_names(doc, start, end, _table()["naming_cue_keys"], 8):
        before = _WORD_BEFORE.search(doc.text, max(0, m.start(1) - 20), m.start(1))
        if key(m.group(1)).startswith("ال") and before and key(before.group(1)) in _COMPLEMENTISERS:
            continue  # "إن العملية "تبعث الأمل"", "أن الاتفاق "ثمرة صمود": the subject of a clause, then what it is
        first = key(doc.text[a:b].split()[0])
        if first in _QUOTE_OPENING_PARTICLES or (first[:1] in ("ب", "ل") and first[1:] in _COUNT_NOUNS):
            # 'الالتزام ببنود الاتفاق "من دون مماطلة"'، 'استهدفت السفينة "بعدد من الصواريخ"': a quoted phrase, no
            # name, opens with a preposition
            continue
        # "مجموعة تطلق على نفسها اسم "جيل زد 212"": a group's chosen name is an organisation's
        lead_in = [key(w) for w in doc.text[max(0, m.start(1) - 40) : m.start(1)].split()[-5:]]
        typ = (
            "ORG"
            if key(m.group(1)) == key("اسم") and any(_in_after_clitics(w, _NAMED_GROUPS) for w in lead_in)
            else "MISC"
        )
        out = _overlay(doc, out, a, b, typ, retype=typ == "ORG")
    out.sort(key=lambda e: e.start)
    return out


# Media nouns whose quoted name is the outlet (قناة "المسيرة"، صحيفة "الشرق الأوسط"، موقع "تويتر"): ORG in the gold.
_MEDIA_HEADS = frozenset(key(w) for w in "قناة صحيفة وكالة إذاعة مجلة موقع شبكة تلفزيون جريدة يومية منصة".split())
_EVENT_SITES = frozenset(key(w) for w in "الهجوم الانفجار الحادث التفجير المجزرة القصف الضربة الحادثة".split())


# A quotation of two to five words (its marks in groups 1 and 3), for bodies named whole inside quotes
_QUOTED_SHORT = re.compile(r"([\"«“])([^\"«»“”\s.،,:؛][^\"«»“”\n.،,:؛]{1,58}?[^\"«»“”\s.،,:؛])([\"»”])")
_BODY_HEADS_IN_QUOTES = frozenset(
    # (not جماعة، حركة، تنظيم: FORMAT.md leaves those descriptors outside a group's name)
    key(w)
    for w in "مؤسسة منظمة جمعية هيئة شركة رابطة مجموعة شبكة تجمع ائتلاف تحالف حزب جبهة مرصد".split()
)
# Body nouns whose quoted genitive is the body's own name ('تنسيقية "أوقفوا التلوث"'، 'حركة "حماس"'): the group and
# body heads above and a few more (not تنظيم, also "organising": تنظيم "تجهيزات التدخل").
_GROUP_HEADS_BEFORE_QUOTES = (
    _NAMED_GROUPS
    | _BODY_HEADS_IN_QUOTES
    | frozenset(key(w) for w in "تنسيقية مبادرة اتحاد نقابة لجنة منتدى مركز".split())
) - {key("تنظيم")}
# Words of a clause, not of a name: a quotation holding one is what someone said (حركة حماس لن تتراجع)
_IN_QUOTE_FUNCTION_WORDS = frozenset(key(w) for w in "لن لا لم قد إن أن ما هو هي هذا هذه كان كانت".split())
# Media nouns after which a place names the outlet (إذاعة الأندلس، صحيفة الرياض); not قناة, also a canal (قناة
# السويس), nor وكالة / موقع / شبكة, whose place is more often where they are
_PLACE_NAMED_OUTLET_HEADS = frozenset(key(w) for w in "إذاعة صحيفة جريدة مجلة تلفزيون".split())


# A party or a bloc named before who leads it: "ائتلاف الإعمار والتنمية بزعامة …"، "تحالف الأمل الذي يقوده …"،
# "حزب العدالة والتنمية الذي يتزعمه …". The indefinite head opens the name (definite, it is a kind: الحزب الحاكم
# الذي يقوده); clitics before it stay outside.
_LED_BODY = re.compile(
    r"(?<![\w\u0640])[وفبل]?((?:ائتلاف|تحالف|حزب|كتلة|كتله|تيار|قائمة|قائمه|جبهة|جبهه)"
    r"(?: [\u0621-\u064a]+){1,4}),? (?:بزعامة|بزعامه|برئاسة|برئاسه|بقيادة|بقياده|"
    r"(?:الذي|التي) (?:يتزعمه|يتزعمها|تتزعمه|يقوده|يقودها|يرأسه|يرأسها|يترأسه))(?![\w\u0640])"
)
# Words that end a name before its leader: prepositions and words of a clause
_NOT_IN_A_LED_NAME = frozenset(
    key(w) for w in "في من على إلى عن مع بين ضد منذ خلال بعد قبل عند لدى الذي التي الحاكم الحاكمة".split()
)


# A party's leaning after its name (حزب الليكود اليميني), as keys
_LEANINGS = frozenset(
    key(w) for w in "اليميني اليمينية اليساري اليسارية المتطرف المتطرفة المعارض الوسطي المحافظ الليبرالي".split()
)


def led_bodies(doc: Document, start: int, end: int, entities: list[Entity]) -> list[Entity]:
    """An untagged party, bloc or list named right before بزعامة / برئاسة / بقيادة / الذي يتزعمه (its leader) is an
    ORG from its head noun on (session 29: ائتلاف الإعمار والتنمية، تحالف القوى العربية); where the model tagged
    anything inside, or words of a clause stand there (في، الحاكم), its reading stands."""
    out = list(entities)
    for m in _LED_BODY.finditer(doc.text, start, end):
        words = [key(w) for w in m.group(1).split()[1:]]
        if any(w in _NOT_IN_A_LED_NAME or w.startswith(("لل", "بال")) for w in words):
            continue
        a, b = m.start(1), m.end(1)
        if words[-1] in _LEANINGS:
            b = a + len(m.group(1).rsplit(" ", 1)[0])  # "حزب الليكود اليميني": the leaning is no part of the name
        if any(e.start < b and a < e.end for e in out):
            continue  # the model's reading stands: "تحالف فصائل الحشد الشعبي" describes, الحشد الشعبي names
        out.append(Entity(a, b, doc.text[a:b], "ORG", score=0.5))
    out.sort(key=lambda e: e.start)
    return out


# A party named after حزب: its first definite word, a second joined by و (العدالة والتنمية), then its nisba
# adjectives (حزب الشعب الجمهوري، حزب البعث العربي الاشتراكي); clitics outside
_PARTY = re.compile(
    r"(?<![\w\u0640])[وفبل]?(حزب ال[\u0621-\u064a]{2,}(?: وال[\u0621-\u064a]{2,})?(?: ال[\u0621-\u064a]{2,}){0,3})"
    r"(?![\w\u0640])"
)
# What a party is called by its role, not its name (حزب المعارضة الرئيسي، حزب الرئيس، حزب الأغلبية), as keys
_NOT_A_PARTY_NAME = frozenset(
    key(w)
    for w in "المعارضة الرئيس الأغلبية الأقلية السلطة الحكومة الدولة الحاكم الرئيسي نفسه ذاته الجديد الوحيد الأكبر"
    " الأول الثاني الثالث الحالي السابق المنافس الخصم الذي التي".split()
)


def _state_adjective(word_key: str) -> bool:
    """ال + base + ي/ية where base names a country of the geo gazetteer (اللبناني، التركية، الأمريكي): a state's
    adjective follows a party's name without being part of it. is_nationality is wider (its gazetteers also hold a
    place for القومي، الإسلامية، الجمهوري, words of party names)."""
    if not word_key.startswith("ال") or not word_key.isalpha():
        return False
    w = word_key[2:]
    for suf in ("يه", "ي"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            base = w[: -len(suf)]
            for cand in (base, base + "ا", "ال" + base, base + "يا", "ال" + base + "ا", "ال" + base + "يه"):
                if _country_name(cand):
                    return True
    return False


# The party named by its article and its adjectives (الحزب الشيوعي الصيني، الحزب الديمقراطي): after لل the span
# starts at the second ل, as for other names
_THE_PARTY = re.compile(r"(?<![\w\u0640])[وفبل]?((?:ال|(?<=ل)ل)حزب(?: ال[\u0621-\u064a]{2,}){1,3})(?![\w\u0640])")


def party_names(doc: Document, start: int, end: int, entities: list[Entity]) -> list[Entity]:
    """حزب + its name (حزب الشعب الجمهوري، حزب العدالة والتنمية، حزب السعادة الإسلامي) is one ORG, over what the
    model found inside it (حزب الحركة of حزب الحركة القومية), unless an entity crosses its edge. The name ends
    before a word that is no nisba adjective, a leaning (اليميني) or a role (حزب المعارضة الرئيسي is none; session
    32: the model left حزب الشعب الجمهوري untagged, a party of another country's news)."""
    out = list(entities)
    for m in _PARTY.finditer(doc.text, start, end):
        words = m.group(1).split()
        if key(words[1]) in _NOT_A_PARTY_NAME:
            continue
        n = 2
        if n < len(words) and words[n].startswith("و") and key(words[1]) != key("الله"):
            n += 1  # العدالة والتنمية (not والحزب, a second party, nor حزب الله والميليشيات)
            if key(words[n - 1][1:]) in (key("الحزب"),):
                n -= 1
        while n < len(words):
            k = key(words[n])
            if k in _LEANINGS or k in _NOT_A_PARTY_NAME or k in _AFFILIATED_PARTICIPLES or not k.endswith(("ي", "يه")):
                break
            if _state_adjective(k) and not (words[n].endswith("ة") and words[n - 1].endswith(("ة", "ات"))):
                # حزب الله اللبناني: the country stays outside the name, as for other bodies (a feminine one agreeing
                # with a word of the name belongs to it: حزب القوات اللبنانية)
                break
            if k.endswith("يه") and not words[n - 1].endswith(("ة", "ات")):
                # a feminine adjective agrees with a feminine word of the name (حزب الدعوة الإسلامية); else it
                # describes a head before the name (ميليشيا حزب الله الإرهابية)
                break
            n += 1
        a = m.start(1)
        b = a + len(" ".join(words[:n]))
        out = _overlay(doc, out, a, b, "ORG", retype=True)
    for m in _THE_PARTY.finditer(doc.text, start, end):
        # "الحزب الشيوعي"، "الحزب الديمقراطي": its own nisba adjectives name it; الحزب الحاكم / الصيني alone do not
        words = m.group(1).split()
        n = 1
        while n < len(words):
            k = key(words[n])
            if k in _LEANINGS or _state_adjective(k) or k in _NOT_A_PARTY_NAME or not k.endswith("ي"):
                break
            n += 1
        if n > 1:
            a = m.start(1)
            out = _overlay(doc, out, a, a + len(" ".join(words[:n])), "ORG", retype=True)
    out.sort(key=lambda e: e.start)
    return out


# Games a sports body is named after (الاتحاد الإفريقي لكرة القدم), and a cup's name (كأس الأمم الإفريقية، كأس العالم)
_GAMES = frozenset(key(w) for w in "القدم اليد السلة الطائرة".split())
_CUP = re.compile(r"(?<![\w\u0640])[وفبل]?(كأس (?:ال[\u0621-\u064a]+)(?: ال[\u0621-\u064a]+)?)(?![\w\u0640])")


_NOT_IN_A_CUP_NAME = frozenset(
    key(w)
    for w in "التي الذي المقبلة القادمة الماضية الحالية الجارية الأخيرة المقبل القادم الماضي الحالي الأولى".split()
)


def sport_names(doc: Document, start: int, end: int, entities: list[Entity]) -> list[Entity]:
    """A body cut before its game (الاتحاد الإفريقي [لكرة] القدم) takes the game's word; a cup named by definite words
    (كأس الأمم الإفريقية، كأس العالم) is MISC whole, over a LOC or ORG the model found inside it (session 29: the
    model gave الأمم الإفريقية ORG)."""
    out = []
    for e in entities:
        after = _NEXT_WORD.match(doc.text, e.end, min(len(doc.text), e.end + 12))
        if e.type == "ORG" and key(e.text.split()[-1]) == key("لكرة") and after and key(after.group(1)) in _GAMES:
            e = Entity(e.start, after.end(1), doc.text[e.start : after.end(1)], "ORG", score=e.score)
        out.append(e)
    for m in _CUP.finditer(doc.text, start, end):
        words = m.group(1).split()
        while len(words) > 2 and key(words[-1]) in _NOT_IN_A_CUP_NAME:
            words.pop()  # "كأس العالم المقبلة"، "كأس العالم التي": the next one, a clause, no part of the name
        if key(words[1]) in _NOT_IN_A_CUP_NAME:
            continue
        out = _overlay(doc, out, m.start(1), m.start(1) + len(" ".join(words)), "MISC", retype=True)
    out.sort(key=lambda e: e.start)
    return out


# A news agency named between وكالة and للأنباء (وكالة فرات للأنباء، وكالة مهر للأنباء), clitics outside
_NEWS_AGENCY = re.compile(
    r"(?<![\w\u0640])[وفبل]?(وكالة (?:[\u0621-\u064a]+ )?[\u0621-\u064a]+ للأنباء"
    # "وكالة أنباء تسنيم"، "وكالة أنباء فارس": the name after أنباء, one word without the article
    # (not an adjective: "وكالة أنباء شبه رسمية"، "وكالة أنباء محلية")
    r"|وكالة أنباء (?!ال|شبه )[\u0621-\u064a]{2,}[\u0621-\u0647\u0649\u064a](?<!ية)(?<!يه))(?![\w\u0640])"
)


def named_outlets(doc: Document, start: int, end: int, entities: list[Entity]) -> list[Entity]:
    """A quoted name of at most six words right after a media noun is an ORG, quotes outside, whatever type the
    model gave exactly that span (بثت قناة "المسيرة" لقطات: the model said MISC); a wider entity stays. A place
    right after إذاعة، صحيفة، جريدة، مجلة or تلفزيون is the outlet's name (إذاعة الأندلس), an ORG."""
    out = list(entities)
    for _, a, b in _quoted_names(doc, start, end, _MEDIA_HEADS, 6):
        if key(doc.text[a:b].split()[0]) in _EVENT_SITES:
            continue  # موقع "الهجوم الكيمياوي": the site of an attack, not a website
        out = _overlay(doc, out, a, b, "ORG", retype=True)
    for quote, a, b in _quoted_names(doc, start, end, _GROUP_HEADS_BEFORE_QUOTES, 5):
        head = key(quote.group(1)).lstrip("وف")
        words = [key(w) for w in doc.text[a:b].split()]
        if (
            quote.group(2) == "("
            or head.startswith(("ال", "بال", "لل"))  # "أكدت الحركة "التزامها …"": what the body said
            or words[0] in _QUOTE_OPENING_PARTICLES
            or any(w in _IN_QUOTE_FUNCTION_WORDS for w in words)
            # an adjective in scare quotes: منظمة "إرهابية"، تيار "وسطي"
            or (len(words) == 1 and len(words[0]) >= 4 and words[0].endswith(("ي", "يه")) and words[0][:2] != "ال")
        ):
            continue
        # 'عضو تنسيقية "أوقفوا التلوث"'، 'رئيس جمعية "نور"': the name an indefinite body noun heads, quotes outside
        out = _overlay(doc, out, a, b, "ORG", retype=True)
    for agency in _NEWS_AGENCY.finditer(doc.text, start, end):
        # 'نشرته وكالة فرات للأنباء المقربة منه': an agency the model left untagged (the statements then read فرات
        # as ف + رأت); one it found, whole or in part (وكالة تسنيم), stays as it is
        a, b = agency.span(1)
        if not any(e.start < b and a < e.end for e in out):
            out.append(Entity(a, b, agency.group(1), "ORG", score=0.5))
    for q in _QUOTED_SHORT.finditer(doc.text, start, end):
        words = q.group(2).split()
        if (
            _CLOSING.get(q.group(1)) == q.group(3)
            and 2 <= len(words) <= 5
            and _in_after_clitics(key(words[0]), _BODY_HEADS_IN_QUOTES)
            and not any(key(w) in _QUOTE_OPENING_PARTICLES or key(w) in _IN_QUOTE_FUNCTION_WORDS for w in words[1:])
            # a name: a definite word or a name in it ("تحالف كبير" is a kind of alliance)
            and (
                any(key(w).startswith(("ال", "لل")) for w in words[1:])
                or any(q.start(2) < e.end and e.start < q.end(2) for e in out)
            )
        ):
            # 'مركز تديره "مؤسسة غزة الإنسانية"': a body's whole name in quotes, its head inside them
            out = _overlay(doc, out, q.start(2), q.end(2), "ORG", retype=True)
    for i, e in enumerate(out):
        if e.type != "LOC" or not start <= e.start < end:
            continue
        m = _WORD_BEFORE.search(doc.text, max(0, e.start - 20), e.start)
        if m and m.end() == e.start and _in_after_clitics(key(m.group(1)), _PLACE_NAMED_OUTLET_HEADS):
            out[i] = Entity(e.start, e.end, e.text, "ORG", score=e.score)
        elif _DATELINE_CREDIT.match(doc.text, e.end) and _DATELINE_OPENING.search(
            doc.text[max(0, e.start - 40) : e.start]
        ):
            # "مقديشو (الأناضول) -": the agency credited in a dateline, though its name is also a region's
            out[i] = Entity(e.start, e.end, e.text, "ORG", score=e.score)
        elif key(e.text) == key("لأناضول") and e.start > 0 and doc.text[e.start - 1] == "ل":
            # "قال ضابط … للأناضول إن": told to the agency (the region takes a head noun: لمنطقة الأناضول)
            out[i] = Entity(e.start, e.end, e.text, "ORG", score=e.score)
    out.sort(key=lambda e: e.start)
    return out


# A dateline's credit: the place at a paragraph's start, the agency in brackets, then a dash.
_DATELINE_OPENING = re.compile(r"(?:^|\n)[ \t]*[^\s()]+(?:[ \t]+[^\s()]+){0,2}[ \t]*\($")
_DATELINE_CREDIT = re.compile(r"\)\s*[-–—]")
# "عبد الغني الككلي المعروف بـ"غنيوة""، "الملقب بـ«أبو علي»": a person's nickname in quotes after his name
_NICKNAME = re.compile(r"(?:ال)?(?:معروف|ملقب|مكنى|مكني)\s*(?:ب(?:ـ)?\s*)?[\"«“]([^\"»”\n]{1,30})[\"»”]")


def nicknames_in_quotes(doc: Document, start: int, end: int, entities: list[Entity]) -> list[Entity]:
    """A quoted nickname after المعروف بـ / الملقب بـ that follows a person's name (within a few characters) is
    PER, quotes outside, whatever the model made of it (a quoted word is otherwise read as a MISC name)."""
    out = list(entities)
    for m in _NICKNAME.finditer(doc.text, start, end):
        person = [e for e in out if e.type == "PER" and 0 <= m.start() - e.end <= 3]
        if not person:
            continue
        a, b = m.start(1), m.end(1)
        out = [e for e in out if not (e.start >= a - 1 and e.end <= b + 1)]
        out.append(Entity(a, b, doc.text[a:b], "PER", score=0.5))
    out.sort(key=lambda e: e.start)
    return out


_SLASH_WORD_AFTER = re.compile(r"\s*/\s*(\w+(?: \w+)?)")
_WORD_SLASH_BEFORE = re.compile(r"(\w+(?: \w+)?)\s*/\s*$")


# A piece joined to a name by a bare hyphen or dot: letters and digits up to a space or punctuation.
_PIECE_AFTER = re.compile(r"([-.])([^\W_]+)")
_PIECE_BEFORE = re.compile(r"([^\W_]+)([-.])$")
_EDGE_WORDS = re.compile(r"[\s.-]+")


# Latin letters spelled in Arabic (إن.بي.سي، إف.بي.آي، كيه.آر.إن), as lookup keys.
_LETTER_NAMES = frozenset(
    key(w)
    for w in (
        "إي اي إيه ايه بي سي دي إف اف جي جيه إتش اتش إيتش آي أي اي كيه كي إل ال إم ام إن ان أو او كيو آر أر ار "
        "إس اس تي يو في دبليو إكس اكس واي زد"
    ).split()
)


def _letter_name(word: str) -> bool:
    """A Latin letter (or two) or a letter's Arabic name: a piece of a dotted acronym."""
    return (word.isascii() and word.isalpha() and len(word) <= 2) or key(word) in _LETTER_NAMES


def _joins_as_part(piece: str, entity: Entity, res: Resources, joint: str = "-", edge: str = "") -> bool:
    """Whether a word glued to ``entity`` is part of its name (كيم يونغ-أون، بي-2، ترانس-بيكال، S2-AGU، إن.بي.سي)
    rather than a second name (باريس-الجزائر، ترامب-روسيا, a route or a pair): not definite, not a name the
    gazetteers list on its own, and digits only after a model or a short name (ميغ-29، KT-2, not روسيا-2018). A
    dot joins only letters of an acronym: the piece and the entity's word next to it (``edge``) are letters or their
    Arabic names (إن.بي.سي; not "مصر.مصر" at a sentence's end)."""
    if joint == ".":  # letters of an acronym are no names of their own (إن "if")
        return _letter_name(piece) and _letter_name(edge)
    k = key(piece)
    if k.startswith("ال") or any(f.endswith("1") for f in res.gazetteer.get(k, ())):
        return False
    if piece.isdigit():
        return entity.type in ("MISC", "ORG") or len(entity.text) <= 4
    return True


def _joined_names(prev: Entity, e: Entity, text: str, res: Resources) -> bool:
    """Two entities joined by a bare hyphen or dot are one name; two one-word persons, one-word names of two types,
    or two places the geo gazetteer knows are a pair (قمة ترمب-كيم، ملف روسيا-ترامب، خط تونس-حلق الوادي)."""
    joint = text[prev.end : e.start]
    if joint not in ("-", "."):
        return False
    one_word = " " not in prev.text + e.text
    if one_word and (prev.type == e.type == "PER" or (prev.type != e.type and min(len(prev.text), len(e.text)) > 3)):
        return False
    if prev.type == e.type == "LOC" and geo_place(prev.text) and geo_place(e.text):
        return False  # a route or a line between two places (خط تونس-حلق الوادي، رحلات ليون-مرسيليا)
    return _joins_as_part(_EDGE_WORDS.split(e.text)[0], prev, res, joint, _EDGE_WORDS.split(prev.text)[-1])


def join_hyphenated(doc: Document, entities: list[Entity], res: Resources) -> list[Entity]:
    """A name written with a hyphen is one span: the tokenizer splits at the hyphen, and the model tags the halves
    apart or only one (كيم يونغ + أون، جان + ايف لو دريان، "بي-[2]"، [غرانت]-سنت). Two entities joined by a bare
    hyphen merge, unless both are one-word persons or one-word names of two types (a pair: قمة ترمب-كيم، ملف
    روسيا-ترامب), and an entity takes in the words glued to it by a hyphen, or the letters of a dotted acronym
    (إن.بي.[سي نيوز]), unless such a word is a name on its own (`_joins_as_part`). The merged span keeps the type
    of its longer part."""
    text = doc.text
    ents = sorted(entities, key=lambda e: e.start)
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        while (before := _PIECE_BEFORE.search(text, max(0, e.start - 40), e.start)) and not (
            prev and prev.end > before.start(1)
        ):
            edge = _EDGE_WORDS.split(e.text)[0]
            if not _joins_as_part(before.group(1), e, res, before.group(2), edge):
                break
            e = Entity(before.start(1), e.end, text[before.start(1) : e.end], e.type, score=e.score)
        if prev and _joined_names(prev, e, text, res):
            typ = prev.type if len(prev.text) >= len(e.text) else e.type
            out[-1] = Entity(prev.start, e.end, text[prev.start : e.end], typ, score=prev.score)
            continue
        out.append(e)
    joined: list[Entity] = []
    for i, e in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        while (after := _PIECE_AFTER.match(text, e.end)) and not (nxt and nxt.start < after.end(2)):
            edge = _EDGE_WORDS.split(e.text)[-1]
            if not _joins_as_part(after.group(2), e, res, after.group(1), edge):
                break
            e = Entity(e.start, after.end(2), text[e.start : after.end(2)], e.type, score=e.score)
        joined.append(e)
    return joined


_HEADING_COLON = re.compile(r"[ \t]*[:：]")


def places_opening_headings(doc: Document, entities: list[Entity], res: Resources) -> list[Entity]:
    """A heading that opens with a town and a colon is a dateline (JawharaFM: "نابل : مخالفات …"، "سيدي بوزيد :
    مسلحان يداهمان …"), and the model, reading a name before a colon, tags the town PER; the statements layer then
    took it for a speaker (ORG likewise: "سيدي بوزيد :"، "المكناسي :"). A one- or two-word PER or ORG at a line's
    start, before a colon, that the geo gazetteer knows as a sizable town and neither the gazetteers nor the lists
    name as a person or an organisation, is LOC."""
    text = doc.text
    listed = {"PER": _person_index(res), "ORG": _actor_index(res)}
    out = []
    for e in entities:
        if (
            e.type in ("PER", "ORG")
            and len(e.text.split()) <= 2
            and not text[text.rfind("\n", 0, e.start) + 1 : e.start].strip()
            and _HEADING_COLON.match(text, e.end)
            and not any(f[0] in "ap" and f[1:].startswith(e.type) for f in res.gazetteer.get(key(e.text), ()))
            and not _listed(listed[e.type], tuple(key(w) for w in e.text.split()))
            # a dateline's town (نابل، سيدي بوزيد), not a hamlet named like a person (جمال) nor a town abroad named
            # like a leader in a quoted heading (كيري، بري، مون are GeoNames towns: "كيري : لا حل عسكري")
            and geo_town(e.text, min_population=10_000, arab_world=True)
        ):
            e = replace(e, type="LOC")
        out.append(e)
    return out


def drop_double_month_names(doc: Document, entities: list[Entity]) -> list[Entity]:
    """Entities that are one half of a double month name (نيسان/أبريل, كانون الثاني/يناير) are dates, not names:
    the two calendars' names of one month side by side cannot be a car maker or a person."""
    from marsad.time.lexicon import lexicon, norm

    months = lexicon().months

    def month_of(words: str) -> int | None:  # one or two words: كانون الثاني, يناير 2017, أبريل
        parts = words.split()
        for cand in (" ".join(parts), parts[0] if parts else "", parts[-1] if parts else ""):
            if cand and norm(cand) in months:
                return months[norm(cand)]
        return None

    out = []
    for e in entities:
        num = months.get(norm(e.text))
        if num is not None:
            after = _SLASH_WORD_AFTER.match(doc.text, e.end)
            before = _WORD_SLASH_BEFORE.search(doc.text, max(0, e.start - 30), e.start)
            if (after and month_of(after.group(1)) == num) or (before and month_of(before.group(1)) == num):
                continue
        out.append(e)
    return out


# Ranks and titles that open a person's name after a body (وزارة الدفاع الوطني المقدم محسن …): the person titles
# and the ranks and offices of Tunisian and Gulf news they lack.
_RANKS_AND_TITLES = _PERSON_TITLES | frozenset(
    key(w)
    for w in (
        "المقدم الرائد النقيب الملازم الفريق الوزيرة المدير المديرة الناطق الناطقة المتحدث المتحدثة السيدة "
        "الدكتورة الأستاذ القاضي"
    ).split()
)
# Bodies that, joined by و after a portfolio, are a second organisation (وزارة الفلاحة [والمنظمة العالمية …]).
_BODY_NOUNS = frozenset(
    key(w) for w in "المركز المجلس المنظمة الهيئة الوزارة الشركة البنك المؤسسة اللجنة الاتحاد الصندوق الوكالة".split()
)


# Participles of belonging after a body's name (التابعة لحماس، الموالية لإيران): they end the name.
_AFFILIATED_PARTICIPLES = frozenset(
    key(w) for w in "التابع التابعة التابعين الموالي الموالية الموالين المقرب المقربة المرتبط المرتبطة".split()
)


def _portfolio_word(word_key: str, raw: str, *, first: bool = True) -> bool:
    """A word of a ministry's or committee's portfolio: ال-, at most with و (لجنة الخطة والموازنة), not after a
    preposition (بالمركزي opens a prepositional phrase: لجنة السياسة النقدية [بالمركزي]), not a relative pronoun
    or preposition itself. After the first, only a word joined by و that is no second body, or an adjective: a
    nisba, a participle, an elative or colour, an active participle (وزارة الفلاحة والموارد المائية والصيد البحري،
    هيئة الأمم المتحدة، الهلال الأحمر، الخدمات الطارئة). So "أعلنت وزارة الداخلية القبض على" ends the name before its
    object, "وزارة العدل الآن" before the adverb."""
    raw_key = key(raw)
    if not (raw_key.startswith(("ال", "وال")) and word_key.startswith("ال") and word_key not in _AL_FUNCTION_WORDS):
        return False
    if first:
        return True
    if raw_key.startswith("وال"):
        return word_key not in _BODY_NOUNS
    if word_key in _AFFILIATED_PARTICIPLES:
        return False  # "وزارة الصحة التابعة لحماس": whose ministry it is, after the name
    stem = word_key[2:]
    return (
        stem.endswith(("ي", "يه"))
        or (stem.startswith("م") and len(stem) >= 4)
        or (stem.startswith("ا") and len(stem.rstrip("ه")) == 4)  # الأحمر، الأعلى، الأولى
        or (len(stem) >= 4 and stem[1] == "ا")  # الطارئة، الدائمة
    )


def _official_body_end(tokens: list[Token], keys: list[str], i: int, tab: dict[str, Any], res: Resources) -> int:
    """End (token index) of a body's name opening at ``i`` with a definite body noun and a rank adjective
    (المحكمة الاتحادية العليا، المجلس الأعلى للدولة، القيادة العامة للقوات المسلحة الليبية), else ``i``."""
    ranks = tab["official_body_ranks"]
    chamber = keys[i] in tab["chamber_heads"] and i + 1 < len(tokens) and is_nationality(keys[i + 1], res)
    if not chamber and (keys[i] not in tab["official_body_heads"] or i + 1 >= len(tokens) or keys[i + 1] not in ranks):
        return i
    if key(tokens[i + 1].text) != keys[i + 1]:
        return i  # a clitic on the adjective (وبالعليا) is no part of the name
    if i and key(tokens[i - 1].text) in _COPULA_PRONOUNS:
        return i  # "هي المحكمة الوحيدة …", "وهو المجلس الأعلى …": a description, not a name
    all_ranks = frozenset(ranks) | frozenset(tab["official_body_more_ranks"])
    limit = min(len(tokens), i + 1 + tab["ministry_max_words"])
    j = i + 2
    genitive = joined = False
    while j < limit:
        raw = key(tokens[j].text)
        if keys[j] in all_ranks or is_nationality(keys[j], res):
            j += 1
        elif not genitive and raw.startswith("لل") and len(raw) > 4 and keys[j] not in _AL_FUNCTION_WORDS:
            genitive = True  # للانتخابات، للدولة، للقوات: one genitive in لل, then its adjectives
            j += 1
        elif (
            not genitive
            and raw.startswith("ل")
            and len(raw) > 4
            and j + 1 < limit
            and key(tokens[j + 1].text) == keys[j + 1]
            and keys[j + 1].startswith("ال")
            and keys[j + 1] not in _AL_FUNCTION_WORDS
        ):
            genitive = True  # لمكافحة الفساد، لشؤون اللاجئين: ل + a construct with its definite genitive
            j += 2
        elif (
            genitive
            and not joined
            and raw.startswith("وال")
            and len(raw) > 5
            and raw[1:] not in tab["official_body_heads"]
            and raw[1:] not in tab["heads_by_first"]
            and raw[1:] not in _RANKS_AND_TITLES
            and raw[1:] not in _OFFICIALS
        ):
            joined = True  # للهجرة واللاجئين، للتعبئة العامة والإحصاء: a second genitive joined by و
            j += 1
        elif (
            raw == keys[j]
            and _portfolio_word(keys[j], tokens[j].text, first=False)
            # a participle with its own complement describes the body (الهيئة المشرفة على الانتخابات، المكلفة بـ)
            and not (keys[j][2:3] == "م" and j + 1 < len(tokens) and _opens_complement(key(tokens[j + 1].text)))
            and keys[j] not in _RANKS_AND_TITLES
            and keys[j] not in _AFFILIATED_PARTICIPLES
            # a plural in ين/ون is the verb's object (لمكافحة الفساد [المواطنين]), a nisba in يين an adjective
            and (not keys[j].endswith(("ين", "ون")) or keys[j].endswith(("يين", "يون")))
        ):
            j += 1
        else:
            break
    if chamber and not genitive:
        return i  # "الغرفة الأمريكية" alone describes a chamber, no name
    return j


# Officials named after a body (رئيس الجهاز المركزي للمحاسبات والمسؤول في الفريق الانتخابي): another title, no part
# of the body's name
_OFFICIALS = frozenset(key(w) for w in "المسؤول المسؤولة العضو الأمين الرئيس النائب المستشار الخبير".split())

_COPULA_PRONOUNS = frozenset(key(w) for w in "هي هو وهي وهو فهي فهو".split())


def _opens_complement(word_key: str) -> bool:
    """A preposition, or a word in ب (بتنظيم، بالإشراف): the complement of a participle before it."""
    return word_key in _COMPLEMENT_PREPOSITIONS or (word_key.startswith("ب") and len(word_key) > 3)


def apply_rules(doc: Document, tokens: list[Token], entities: list[Entity], res: Resources, cut) -> list[Entity]:
    """Entities of one sentence after the convention rules; ``cut(token)`` gives its proclitic length."""
    tab = _table()
    cuts = [cut(t) for t in tokens]
    keys = [_definite_key(t, c) for t, c in zip(tokens, cuts, strict=True)]
    found: list[tuple[int, int]] = []  # token ranges
    person_starts = {e.start for e in entities if e.type == "PER"}
    i = 0
    while i < len(tokens):
        n = _match_head(keys, i, tab["heads_by_first"])
        if n and i + n < len(tokens) and is_nationality(keys[i + n], res):
            found.append((i, i + n + 1))
            i += n + 1
            continue
        if keys[i] in tab["ministry_heads"]:
            j = i + 1
            # the portfolio (الدفاع، الشؤون الخارجية), then at most one nationality adjective (الروسية)
            while (
                j < len(tokens)
                and j - i <= tab["ministry_max_words"]
                and _portfolio_word(keys[j], tokens[j].text, first=j == i + 1)
            ):
                if j > i + 1 and (is_nationality(keys[j], res) or keys[j] in tab["heads_by_first"]):
                    break  # وزارة المالية [والحكومة المصرية]: a second body, not the portfolio
                if tokens[j].start + cuts[j] in person_starts or keys[j] in _RANKS_AND_TITLES:
                    break  # ب[وزارة الدفاع الوطني] المقدم …: a person's title or name after the body
                j += 1
            if j < len(tokens) and j > i + 1 and is_nationality(keys[j], res):
                j += 1
            if j > i + 1:
                found.append((i, j))
                i = j
                continue
        end = _official_body_end(tokens, keys, i, tab, res)
        if end > i:
            found.append((i, end))
            i = end
            continue
        t = tokens[i].text[cuts[i] :].lstrip("\u0640")  # لـCNN: the clitic and its tatweel are outside
        if t.isascii() and t.isalpha() and t.isupper() and tab["acronym_min"] <= len(t) <= tab["acronym_max"]:
            found.append((i, i + 1))
        i += 1
    if not found:
        return entities
    out = list(entities)
    for a, b in found:
        start, end = tokens[a].start + cuts[a], tokens[b - 1].end
        while start < end and doc.text[start] == "\u0640":
            start += 1
        if any(e.start <= start and e.end >= end for e in out) and b - a == 1:
            continue  # an acronym the CRF already tagged keeps its type
        out = [e for e in out if e.end <= start or e.start >= end]
        out.append(Entity(start, end, doc.text[start:end], "ORG", score=0.5))
    out.sort(key=lambda e: e.start)
    return out


_TRUSTED_LOC = ("aLOC1", "pLOC1", "iLOC1")
_TRUSTED_OTHER = ("aPER1", "aORG1", "pPER1")


def place_after_cue(fx, sents: list[list[str]], tags: list[list[str]], o_words: frozenset[str]) -> int:
    """Tag B-LOC on untagged gazetteer places after a locative cue (في حلب، مدينة دوما), in place; returns count.

    ``fx`` is the model's FeatureExtractor (stems and gazetteer); ``o_words`` are stems the training data
    mostly leaves untagged (مدينة، دولة، سنة are also place names somewhere), which never fire.
    """
    cues = _cues() | frozenset(_table()["place_object_verbs"])  # (قصفت إدلب: a verb whose object is a place)
    gaz = fx.res.gazetteer
    n = 0
    for toks, tg in zip(sents, tags, strict=True):
        # a dateline opens a sentence: "الموصل - قالت …", "إدلب (رويترز) -"; the mark after the place is its cue
        first = 0 if len(toks) > 1 and toks[1] in _DATELINE_MARKS else 1
        for i in range(first, len(toks)):
            if tg[i] != "O" or (i + 1 < len(tg) and tg[i + 1].startswith("I-")):
                continue
            st = fx.stem(toks[i])
            if not st or st in cues:
                continue
            if st in _NAME_OPENING_NOUNS and i + 1 < len(toks) and toks[i + 1][:1].isalpha():
                continue  # منطقة رأس الحكمة: the name is longer than its first noun
            # a word the training text mostly leaves O (حجة "argument") is still a town after a place noun
            common = st in o_words
            if (
                not common
                and key(toks[i]).startswith("و")
                and len(toks[i]) >= 4
                and geo_town(toks[i][1:])
                and _listed_after_head(toks, tg, i)
            ):
                tg[i] = "B-LOC"  # "بلدات البيضاء وشحات والمرج": the list after a place noun goes on with و
                n += 1
                continue
            # "وتركمانستان": the stemmer kept the و on a listed place; the word itself must open with it (بوسرت is
            # ب + وسرت, not a و before سرت)
            if key(toks[i]).startswith("و") and wa_on_listed_place(st, fx.res):
                st = st[1:]
            whole = key(toks[i])
            if whole != st and not gaz.get(st) and set(gaz.get(whole, ())).intersection(_TRUSTED_LOC):
                st = whole  # "بعقوبة": the stemmer cut a ب the listed town begins with (عقوبة is no place)
            flags = set(gaz.get(st, ())) | set(gaz.get("ال" + st, ()))
            prev_key = key(toks[i - 1]) if i > 0 else ""
            head_before = key(toks[i - 2]) if i > 1 else None
            # a settlement noun names the place after it even where a gazetteer also lists the word as a person's
            # name (محافظة ديالى: ANERgazet lists ديالى as both), when a trusted source lists it as a place too
            settled = _in_after_clitics(prev_key, _SETTLEMENT_HEADS) and bool(flags.intersection(_TRUSTED_LOC))
            if (
                prev_key
                and after_construct_head(prev_key, head_before)
                and prev_key not in _DIRECTIONS  # تهديد غربي برد عسكري: an adjective, not "west of Berd"
                and (settled or not flags.intersection(_TRUSTED_OTHER))
            ):
                # مدينة عفرين، بلدة بارا: after a place noun any town of the geo gazetteer is the name, even one
                # too small for the NER gazetteer's trusted sources; not a head or an office's field itself
                # (مديرية جبل راس، مديرية أمن غريان)
                # an indefinite nisba after the noun is its adjective (قرية فلسطينية، منطقة صناعية); a definite
                # one is the name in its genitive (قضاء المقدادية). A town spelt like an indefinite nisba must have
                # 20,000 people or more (مدينة كاليه: Calais), so that a hamlet spelt like an adjective stays out
                whole_key = key(toks[i])
                nisba = not whole_key.startswith(("ال", "وال")) and whole_key.endswith(("يه", "ي"))
                if (
                    len(st) >= 3
                    and not after_construct_head(st)
                    and st not in _FIELDS
                    and geo_town(toks[i], min_population=20_000 if nisba else 1000)
                ):
                    tg[i] = "B-LOC"
                    n += 1
                    continue
            # after a preposition a word without the article must be listed without it: أقصى "utmost" is not الأقصى,
            # بندقية "a rifle" not البندقية (Venice), عيون "eyes" not العيون (stems drop ال, so the stem alone matched
            # both). After a place noun either will do (قرية طيبة, listed as الطيبة). The converse does not hold: the
            # gazetteers list many towns only without it (المهدية، المنستير as مهدية، منستير)
            own = flags
            if not (prev_key and after_construct_head(prev_key, head_before)) and not _definite(key(toks[i]), st):
                own = set(gaz.get(st, ()))
            prev = key(toks[i - 1]) if i > 0 else ""
            after_cue = i > 0 and (prev in cues or fx.stem(toks[i - 1]) in cues)
            # "على تل رفعت ومنبج"، "في حمص وتدمر": و joins a town to the place tagged before it
            after_place = i > 0 and tg[i - 1].endswith("LOC") and key(toks[i]).startswith("و")
            if (
                not common
                and (after_cue or after_place)
                and not flags.intersection(_TRUSTED_OTHER)
                and _big_arab_place(toks[i], after_place)
            ):
                # a governorate, a district or a city of 50,000 people in the Arab world (السويداء، منبج، تدمر):
                # the NER gazetteer lists them only from GeoNames, an untrusted source for one-word names
                tg[i] = "B-LOC"
                n += 1
                continue
            if common or not own.intersection(_TRUSTED_LOC) or flags.intersection(_TRUSTED_OTHER):
                continue
            if i == 0:
                tg[i] = "B-LOC"
                n += 1
                continue
            if prev in cues or fx.stem(toks[i - 1]) in cues or (key(toks[i]) != st and key(toks[i])[0] in "بل"):
                tg[i] = "B-LOC"
                n += 1
            elif after_place and key(toks[i]) != st:
                tg[i] = "B-LOC"  # "كازاخستان وأوزبكستان وتركمانستان": a trusted place joined by و to the place before
                n += 1
    return n


def _definite(word_key: str, stem: str) -> bool:
    """The word carries the article before its stem: العراق، بالموصل، وللقاهرة (لل has swallowed the alif)."""
    return word_key.endswith("ال" + stem) or (
        word_key.endswith("ل" + stem) and word_key[: len(word_key) - len(stem)] in ("لل", "ولل", "فلل")
    )


def _listed_after_head(toks: list[str], tags: list[str], i: int) -> bool:
    """Token i follows a list of LOC names (each after the first joined by و) that opens right after a place
    noun: بلدات البيضاء وشحات، مدينتي حلب وإدلب."""
    q = i - 1
    while q >= 0 and tags[q].endswith("LOC"):
        while q > 0 and tags[q] == "I-LOC":
            q -= 1
        if q > 0 and after_construct_head(key(toks[q - 1]), key(toks[q - 2]) if q > 1 else None):
            return True
        if not key(toks[q]).startswith("و"):
            return False
        q -= 1
    return False


_DATELINE_MARKS = frozenset(("-", "–", "—", "(", ":"))


_DIRECTIONS = frozenset(key(w) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط".split())
# Fields of an office after مديرية / منطقة (مديرية أمن X، منطقة عمليات X): GeoNames has hamlets of these names.
_FIELDS = frozenset(key(w) for w in "أمن الأمن تربية التربية صحة الصحة شرطة الشرطة زراعة أوقاف عمليات العمليات".split())


@lru_cache(maxsize=20_000)
def geo_place(word: str) -> bool:
    """The word names a place of the geo gazetteer at any level, a country included."""
    return bool(_geo_rows(word))


def wa_on_listed_place(word_key: str, res: Resources) -> bool:
    """The word key is و + a place the trusted NER gazetteers list (ANERgazet, babel), while they do not list the
    whole and the news writes the remainder at least a fifth as often (وتركمانستان: 12 against 5; وإب; not ولايتي,
    whose remainder لايتي is unseen)."""
    return (
        word_key[:1] == "و"
        and not res.gazetteer.get(word_key)
        and any(f in ("aLOC1", "pLOC1") for f in res.gazetteer.get(word_key[1:], ()))
        and 0 < res.freq(word_key[1:])
        and res.freq(word_key) <= 5 * res.freq(word_key[1:])
    )


def _curated_place(word_key: str) -> bool:
    """The word key names a hand-curated row of the geo gazetteer (checked by hand: no common-noun homonym)."""
    from marsad.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    return any(gaz.entries[i].source == "curated" for i in gaz.index.get(word_key, ()))


@lru_cache(maxsize=20_000)
def geo_town(word: str, min_population: int = 1000, arab_world: bool = False) -> bool:
    """The word is a town or district of the geo gazetteer: a curated row, an administrative area or a populated
    place of ``min_population`` people or more (GeoNames lists many hamlets named with common words), in the Arab
    League when ``arab_world``."""
    from marsad.geo.gazetteer import Gazetteer
    from marsad.geo.resolve import ARAB_LEAGUE
    from marsad.text.normalize import lookup_key

    gaz = Gazetteer.load()
    for i in gaz.index.get(lookup_key(word), ()):
        e = gaz.entries[i]
        if e.precision in ("country", "region") or (arab_world and e.country not in ARAB_LEAGUE):
            continue
        if e.source == "curated" or e.feature.startswith("ADM") or e.population >= min_population:
            return True
    return False


def _big_arab_place(word: str, joined: bool) -> bool:
    """The word (its clitic و, ب, ل off; لل back to ال; with ``joined`` the و must be there) names a first- or
    second-level administrative area, or a populated place of 50,000 people or more, in the Arab League, spelt as
    the gazetteer's own name spells it (not "مفرق البرح", a junction, for المفرق; not الكرامة "dignity", a
    third-level area)."""
    from marsad.geo.gazetteer import Gazetteer
    from marsad.geo.resolve import ARAB_LEAGUE
    from marsad.text.normalize import lookup_key

    k = lookup_key(word)
    if joined:
        candidates = [k[1:]] if len(k) >= 4 else []  # (وإب keeps its و in the span: the clitic veto)
    else:
        candidates = [k]
        if k[:1] in "وبلف" and len(k) > 4:
            candidates.append(k[1:])
        if k.startswith(("لل", "بال", "وال")):
            candidates.append("ال" + k[2:] if k.startswith("لل") else k[1:])
    gaz = Gazetteer.load()
    for c in candidates:
        for i in gaz.index.get(c, ()):
            e = gaz.entries[i]
            big = e.feature in ("ADM1", "ADM2") or (e.feature.startswith("PPL") and e.population >= 50_000)
            if e.country in ARAB_LEAGUE and big and lookup_key(e.name_ar) == c:
                return True
    return False


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    return frozenset(_table()["locative_cues"])


@lru_cache(maxsize=1)
def _construct_heads() -> frozenset[str]:
    return frozenset(_table()["construct_place_heads"])


# Duals that are also nisba adjectives (ريفي "rural", إقليمي "regional": تطور ريفي لافت): place nouns only after a
# preposition or with one on them (على ريفي إدلب، بريفي حلب).
_ADJECTIVE_DUAL_HEADS = frozenset(("ريفي", "اقليمي"))


def after_construct_head(previous: str, before: str | None = None) -> bool:
    """Whether the word key ``previous`` is an indefinite place noun whose genitive follows (مدينة، بمدينة،
    وأطراف): the name after it opens with no preposition ب or ك. ``before`` is the key of the word before it, which
    decides for the duals that are also adjectives (unknown: not a place noun)."""
    heads = _construct_heads()
    if previous in _ADJECTIVE_DUAL_HEADS:
        return before is not None and (before in _cues() or before.lstrip("وف") in _cues())
    return _in_after_clitics(previous, heads)


_NOUN_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول")


def _in_after_clitics(word_key: str, words: frozenset[str]) -> bool:
    """The key, or the key without a leading conjunction and / or preposition (وبمدينة → مدينة), is in ``words``."""
    return any(word_key.startswith(p) and word_key[len(p) :] in words for p in _NOUN_CLITICS)


def load_o_words(folder: Path) -> frozenset[str]:
    path = folder / "o_words.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#"))


def build_o_words(fx, sents, out: Path, *, min_count: int = 3, max_share: float = 0.1) -> int:
    """Write the stems seen ``min_count`` times or more in training with at most ``max_share`` of them in names."""
    from collections import Counter

    total: Counter = Counter()
    named: Counter = Counter()
    for sent in sents:
        for tok, tag in sent:
            st = fx.stem(tok)
            if st:
                total[st] += 1
                named[st] += tag != "O"
    words = sorted(w for w, c in total.items() if c >= min_count and named[w] / c <= max_share)
    head = "# stems mostly left untagged in the NER training data (see marsad.ner.rules)\n"
    out.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def group_after_trigger(fx, sents: list[list[str]], tags: list[list[str]], o_words: frozenset[str]) -> int:
    """Tag B-ORG on an untagged ال-word or bare name after a group noun (جماعة، حركة، ميليشيات، المتمردين …).

    The trigger stays outside, as in the gold (حركة حماس → حماس); nationality adjectives (المتمردين السوريين)
    and words the training data mostly leaves untagged (حركة المرور), the "traffic" sense of حركة (حركة النزوح, the
    plurals in ات of حركة الشاحنات) do not fire.
    """
    triggers = frozenset(_table()["group_triggers"])
    stops = frozenset(_table()["group_trigger_stops"])
    n = 0
    for toks, tg in zip(sents, tags, strict=True):
        for i in range(1, len(toks)):
            if tg[i] != "O" or tg[i - 1] != "O" or (i + 1 < len(tg) and tg[i + 1].startswith("I-")):
                continue
            if fx.stem(toks[i - 1]) not in triggers and key(toks[i - 1]) not in triggers:
                continue
            st = fx.stem(toks[i])
            k = key(toks[i])
            if len(st) < 3 or st in o_words or st in triggers or k in triggers or st in stops:
                continue
            if k.startswith("ال") and k.endswith("ات"):
                continue  # حركة الشاحنات: a feminine plural is what moves, not a group's name
            if is_nationality(k if k.startswith("ال") else "ال" + k, fx.res):
                continue
            # a bare word must look like a name (in a gazetteer, or rare in the news), not an adjective or verb
            if not k.startswith("ال") and not fx.res.gazetteer.get(st) and fx.res.freq(st) > 50:
                continue
            tg[i] = "B-ORG"
            n += 1
    return n


# Heads that open an organisation's name in construct (وكالة الأونروا، وزارة الدفاع), as word keys.
_ORG_HEADS = frozenset(
    "وكاله منظمه وزاره حركه هيئه مجلس جماعه حزب جبهه لجنه قوات جيش مفوضيه صندوق برنامج بنك شركه اتحاد مؤسسه".split()
)


def split_coordinated_orgs(fx, sents: list[list[str]], tags: list[list[str]], o_words: frozenset[str]) -> int:
    """Start a new ORG inside an ORG span at و + an organisation head (منظمة الصحة العالمية ووكالة الأونروا →
    two names); returns count. و + a word that is no head (وزارة التربية والتعليم) stays inside the name."""
    n = 0
    for toks, tg in zip(sents, tags, strict=True):
        for i in range(1, len(toks)):
            if tg[i] != "I-ORG" or tg[i - 1] not in ("B-ORG", "I-ORG"):
                continue
            k = key(toks[i])
            if k[:1] == "و" and k[1:] in _ORG_HEADS and k not in _ORG_HEADS:
                tg[i] = "B-ORG"
                n += 1
    return n


# Nouns a club's name follows in a match report (فريق الهلال، مدرب النصر، لاعبو الأهلي، جماهير الوداد)
_CLUB_NOUNS = frozenset(
    key(w) for w in "فريق نادي مدرب مدربا لاعب لاعبو لاعبي حارس مهاجم مدافع جماهير جمهور مشجعي رئيس".split()
)
# … and the definite words after them that are no club (لاعب الوسط، حارس المرمى، مدرب الفريق، رئيس الوزراء)
_NOT_CLUBS = frozenset(
    key(w)
    for w in "الوسط المرمى الفريق الفريقين المنتخب النادي الخصم المنافس الضيف الضيوف المضيف الأول الثاني الوطني"
    " الأولمبي الحالي السابق الجديد الأسبق الدولي الوزراء الحكومة الجمهورية البلاد الدولة الاتحاد"
    # the people of a game, named by their role (لاعبي المدرب خوان كارلوس أوسوريو)
    " المدرب المدير اللاعب اللاعبين الحارس المهاجم المدافع الجماهير الجمهور الحكم القائد".split()
)


def clubs_in_match_reports(fx, sents: list[list[str]], tags: list[list[str]], o_words: frozenset[str]) -> int:
    """In a match report (two match words in the first two sentences), an untagged definite word after a club noun
    (فريق الهلال، مدرب النصر) is a club: B-ORG there and at its other untagged mentions in the article (الهلال is
    also the crescent, so the model and ``propagate``, which skips the common word, leave it). ``o_words`` is
    unused: the shared signature of the tag-level rules."""
    if not opens_as_match_report(" ".join(t for toks in sents[:2] for t in toks)):
        return 0
    clubs: set[str] = set()
    for toks, tg in zip(sents, tags, strict=True):
        for i in range(1, len(toks)):
            k = key(toks[i])
            if (
                tg[i] == "O"
                and tg[i - 1] == "O"
                and key(toks[i - 1]).lstrip("و") in _CLUB_NOUNS
                and k.startswith("ال")
                and len(k) >= 5
                and k not in _NOT_CLUBS
                and not is_nationality(k, fx.res)
                and (i + 1 == len(toks) or not key(toks[i + 1]).startswith("ال") or tg[i + 1] != "O")
            ):
                clubs.add(k)  # (a second definite word after it is an adjective phrase: مدرب المنتخب الوطني)
    n = 0
    for toks, tg in zip(sents, tags, strict=True):
        for i, t in enumerate(toks):
            if tg[i] == "O" and key(t) in clubs and (i + 1 == len(tg) or not tg[i + 1].startswith("I-")):
                tg[i] = "B-ORG"
                n += 1
    return n


def propagate(fx, sents: list[list[str]], tags: list[list[str]], o_words: frozenset[str]) -> int:
    """Within one article, give an untagged word the type its other one-word mentions got (حلب … في حلب).

    Only stems tagged with a single type, of three letters or more and not in ``o_words``, spread.
    """
    types: dict[str, set[str]] = {}
    for toks, tg in zip(sents, tags, strict=True):
        for i, t in enumerate(tg):
            if t.startswith("B-") and (i + 1 == len(tg) or not tg[i + 1].startswith("I-")):
                st = fx.stem(toks[i])
                if len(st) >= 3 and st not in o_words and not is_nationality(key(toks[i]), fx.res):
                    types.setdefault(st, set()).add(t[2:])
    n = 0
    for toks, tg in zip(sents, tags, strict=True):
        for i, t in enumerate(tg):
            if t != "O" or (i + 1 < len(tg) and tg[i + 1].startswith("I-")):
                continue
            # after a name only a word joined to it by و is a name of its own (تالة وخمودة); else it would extend it
            if i and tg[i - 1] != "O" and not (key(toks[i]).startswith("و") and len(toks[i]) > 3):
                continue
            found = types.get(fx.stem(toks[i]))
            if not found and len(toks[i]) > 4 and toks[i][0] in "وفبلك":
                found = types.get(fx.stem(toks[i][1:]))  # وكفرنبل: a clitic on a word too rare to strip by frequency
            if found and len(found) == 1:
                tg[i] = "B-" + next(iter(found))
                n += 1
    return n


def propagate_phrases(fx, sents: list[list[str]], tags: list[list[str]], o_words: frozenset[str]) -> int:
    """Within one article, give every other occurrence of a multi-word name the span and type it got once
    (البنك التجاري tagged ORG once → each later البنك التجاري, not البنك alone; طلعت زكريا → not زكريا alone).

    The multi-word counterpart of ``propagate`` ("one sense per discourse"); it runs after it. Phrases are
    2-6 word tokens (no punctuation) tagged with one type only; an occurrence that lies inside or runs into a
    longer entity is left alone. ``o_words`` is unused: the shared signature of the tag-level rules.
    """
    types: dict[tuple[str, ...], set[str]] = {}
    stems = [[fx.stem(t) for t in toks] for toks in sents]
    for toks, st, tg in zip(sents, stems, tags, strict=True):
        for a, b, typ in spans_of(tg):
            if 2 <= b - a <= 6 and all(any(ch.isalpha() for ch in t) for t in toks[a:b]) and all(st[a:b]):
                types.setdefault(tuple(st[a:b]), set()).add(typ)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, ts in types.items():
        if len(ts) == 1:
            by_first.setdefault(phrase[0], []).append((phrase, next(iter(ts))))
    n = 0
    for st, tg in zip(stems, tags, strict=True):
        for i, first in enumerate(st):
            for phrase, typ in by_first.get(first, ()):
                size = len(phrase)
                if tuple(st[i : i + size]) != phrase:
                    continue
                want = ["B-" + typ] + ["I-" + typ] * (size - 1)
                if tg[i : i + size] == want or tg[i].startswith("I-"):
                    continue
                if i + size < len(tg) and tg[i + size].startswith("I-"):
                    continue
                tg[i : i + size] = want
                n += 1
    return n


def majority_type(fx, sents: list[list[str]], tags: list[list[str]], o_words: frozenset[str]) -> int:
    """Within one article, a one-word entity takes the type its stem gets at least twice as often elsewhere
    (أسيك ORG in four places and PER in one → ORG throughout); a tie or a narrower lead changes nothing.

    Runs after ``propagate_phrases``. ``o_words`` is unused: the shared signature of the tag-level rules.
    """
    counts: dict[str, Counter[str]] = {}
    singles: list[tuple[list[str], int, str]] = []
    for toks, tg in zip(sents, tags, strict=True):
        for a, b, typ in spans_of(tg):
            if b - a == 1:
                st = fx.stem(toks[a])
                counts.setdefault(st, Counter())[typ] += 1
                singles.append((tg, a, st))
    n = 0
    for tg, i, st in singles:
        best, top = counts[st].most_common(1)[0]
        typ = tg[i][2:]
        if best != typ and top >= 2 * counts[st][typ]:
            tg[i] = "B-" + best
            n += 1
    return n
