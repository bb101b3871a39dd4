"""Claims found by what statements say, not by the events extracted from them.

Event-based claims (``marsad.events.claims``) need an extracted event inside each statement. Many disputed
propositions carry none: "الطائرة لم تحصل على تصريح بالإقلاع" against "تم تقديم تصاريح للطائرة", or an arms
embargo "violated" in one source's words and "not enforced" in another's. Here two statements by different sources
say the same thing when the rare words of their contents mostly coincide:

* **terms**: each content word's index stem (``marsad.store.textindex.stem``), reduced to a rough skeleton so that
  broken and sound plurals meet their singulars (صهاريج / صهريج، تصاريح / تصريح، طائرات / طائرة); a word counts only
  when it is rare enough in the bundled news-corpus frequencies (``clusters.tsv`` of the NER model), weighted by
  its inverse frequency, so "قال" or "الذي" never link two statements and "صهاريج" weighs more than "المنطقة".
* **link**: the shared weight is at least ``MIN_COVER`` of the smaller content's weight, over at least
  ``MIN_SHARED`` terms, or the two contents are nearly the same terms (a headline "X تعلن التهدئة" and "Y تنفي
  التهدئة": one term, all of both). A denial, or a content that negates what the other affirms, needs less
  (``MIN_COVER_CONTRA``, ``MIN_SHARED_CONTRA``): contradictions are what a reader of claims looks for.
* **groups**: average-link clustering, so a chain of pairwise links (A~B on one point, B~C on another) does not
  pull a whole article's topic into one claim.

What does not link:
* a statement quoted inside another (layered attribution: "أفادت تقارير بأن سكانا قالوا …"), or the same content
  under two attributions (أوضح X … بحسب Y), repeats one report and is no second source for it;
* the same source twice, by ``source_ids`` or by speaker phrases of which the shorter lies mostly in the longer
  (ممثل مفوضية شؤون اللاجئين / ممثل مفوضية الأمم المتحدة لشؤون اللاجئين في سوريا), an envoy being an envoy
  whichever word names him (السفير الروسي / المندوب الروسي);
* demands, threats, warnings and pledges (دعا، طالب، هدد، لوّح، حذّر، تعهد) and conditional contents (إذا، في حال):
  they put forward no fact for others to confirm or deny;
* contents whose shared terms all lie in names: two statements about تنظيم الدولة الإسلامية need not say the same
  thing about it;
* a group whose every statement already shares an event-based claim with another of the group.

Roles: the proposition is what the group's first assertion says; a statement that says no where it says yes or yes
where it says no (a denial, or a negated content: الطائرة لم تحصل على تصريح / تم تقديم تصاريح للطائرة) denies it;
two that both say no (أرامكو: لا صحة لزيادة الأسعار / نفت عدم صحة ما يتداول) agree. Figures that differ (5.7 against
6.9 billion) are other facts and never link.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.document import Document
from marsad.text.normalize import lookup_key

MIN_IDF = 6.5  # about 15k occurrences in the 10M-word news corpus: قال، ذلك، خلال، الحكومة stay out
# Two sources agreeing is linked on strong overlap only: a topic shared by a whole article (tariffs, a transfer,
# an embassy) is not one proposition. One source contradicting another is rarer and worth more to a reader, and
# its wording is the other's turned round, so less overlap links it.
MIN_SHARED = 3  # shared terms for an agreement, two of them outside names
MIN_COVER = 0.7  # shared weight over the smaller side's, for an agreement
MIN_SHARED_CONTRA = 2  # the same for a contradiction (both outside names)
MIN_COVER_CONTRA = 0.5
SAME_TEXT = 0.8  # Dice over the weights: nearly the same terms on both sides, however few
_SMOOTHING = 50  # added to every frequency, so an unseen word is rare but not infinitely so

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
# ألا (أن + لا) folds to the key of إلا "except", which mostly closes a negation anyway (لا … إلا)
_NEGATORS = frozenset(
    lookup_key(w) for w in "لم لن لا ألا ليس ليست ليسوا عدم دون نفى ينفي نفت تنفي أنكر ينكر أنكرت تنكر".split()
)  # a denial verb inside a content turns it round too: محاميه قال إن رونالدو ينكر المزاعم
_NEGATION_REACH = 5  # words after a negator that it still governs, up to a punctuation mark: لم تحصل على تصاريح الهبوط
_CLAUSE_BREAK = re.compile(r"[.،,؛;:!?؟\n]")  # not quotation marks: لا "نخضع" للضغوط
_NUMBER = re.compile(r"\d+(?:[.,٫]\d+)?")
_CONDITIONALS = frozenset(lookup_key(w) for w in "إذا وإذا لو ولو طالما".split())
_NO_FACT_LEMMAS = frozenset(lookup_key(w) for w in "هدد توعد لوح حذر تعهد اقترح مهدد متوعد محذر".split())
SAME_SPEAKER = 0.75  # share of the shorter speaker phrase's words in the longer from which they are one source
# an envoy is an envoy whichever word the outlet uses: السفير الروسي = المندوب الروسي
_ENVOY = {"سفير": "مندوب", "ممثل": "مندوب"}
_PLURAL_ENDINGS = ("ات", "ون", "ين")
_LONG_VOWELS = re.compile("[اويىأإآء]")


@lru_cache(maxsize=4)
def _frequencies(path: Path) -> tuple[dict[str, int], int]:
    from marsad.ner.features import tsv_rows

    freq = {row[0]: int(row[-1]) for row in tsv_rows(path) if len(row) >= 2}
    return freq, sum(freq.values())


def word_frequencies() -> tuple[dict[str, int], int]:
    """(frequency per NER word key, corpus size) of the bundled news corpus; empty when the model folder has none."""
    from marsad.ner.tagger import default_model_dir

    return _frequencies(default_model_dir() / "clusters.tsv")


def skeleton(stem: str) -> str:
    """A rough shape of a stem shared by its plural and singular forms: a sound-plural ending off, ة off, and the
    long vowels and hamza seats after the first letter dropped (تصاريح → تصرح، تصريح → تصرح)."""
    s = stem[:-1] if stem.endswith("ه") and len(stem) > 3 else stem
    for ending in _PLURAL_ENDINGS:
        if s.endswith(ending) and len(s) - len(ending) >= 3:
            s = s[: -len(ending)]
            break
    return s[:1] + _LONG_VOWELS.sub("", s[1:])


@dataclass
class Terms:
    """The rare terms of a statement's content: weight per term, the terms read inside names, the negated ones."""

    weights: dict[str, float] = field(default_factory=dict)
    in_names: set[str] = field(default_factory=set)
    negated: set[str] = field(default_factory=set)


_POSSESSIVE_ON_FEMININE = re.compile(r"(?<=...)ت(?:هما|ها|هم|ه)$")


def _without_possessive(word: str) -> str:
    """A feminine noun with its possessive pronoun as the bare noun (طائرته → طائرة), which the clitic segmenter
    leaves as طائرت + ه."""
    return _POSSESSIVE_ON_FEMININE.sub("ة", word)


def content_terms(text: str, names: Iterable[tuple[int, int]] = ()) -> Terms:
    """Rare content terms of ``text``; ``names``: character ranges of ``text`` that are entity mentions."""
    from marsad.ner.text import key
    from marsad.store.textindex import stem
    from marsad.text.normalize import normalize_string

    freq, total = word_frequencies()
    out = Terms()
    if not total:
        return out
    names = list(names)
    recent_negator = -_NEGATION_REACH - 1
    previous_end = 0
    for n, m in enumerate(_ARABIC_WORD.finditer(text)):
        word = m.group()
        if _CLAUSE_BREAK.search(text, previous_end, m.start()):
            recent_negator = -_NEGATION_REACH - 1
        previous_end = m.end()
        k = lookup_key(word)
        if k in _NEGATORS or (k[:1] in "وف" and k[1:] in _NEGATORS):  # ولا، فلم
            recent_negator = n
            continue
        weight = math.log(total / (freq.get(key(word), 0) + _SMOOTHING))
        if weight < MIN_IDF:
            continue
        term = skeleton(stem(_without_possessive(normalize_string(word))))
        if len(term) < 3:
            continue
        out.weights[term] = max(out.weights.get(term, 0.0), weight)
        if any(a <= m.start() and m.end() <= b for a, b in names):
            out.in_names.add(term)
        if n - recent_negator <= _NEGATION_REACH:
            out.negated.add(term)
    return out


def similarity(a: Terms, b: Terms, *, contradiction: bool = False) -> float:
    """How far two statements' terms say the same: 1.0 for nearly the same terms, else the shared share of the
    smaller side when enough terms are shared (fewer for a ``contradiction``), else 0. Terms shared only inside
    names say nothing."""
    shared = a.weights.keys() & b.weights.keys()
    if not shared or shared <= (a.in_names | b.in_names):
        return 0.0
    weight = sum(min(a.weights[t], b.weights[t]) for t in shared)
    size_a, size_b = sum(a.weights.values()), sum(b.weights.values())
    if 2 * weight / (size_a + size_b) >= SAME_TEXT:
        return 1.0
    outside_names = len(shared - a.in_names - b.in_names)
    if contradiction:
        enough, floor = outside_names >= MIN_SHARED_CONTRA, MIN_COVER_CONTRA
    else:
        enough, floor = len(shared) >= MIN_SHARED and outside_names >= 2, MIN_COVER
    cover = weight / min(size_a, size_b)
    return cover if enough and cover >= floor else 0.0


def negates(a: Terms, b: Terms) -> bool:
    """Whether ``a`` negates most of the terms it shares with ``b`` outside names (لم تحصل على تصاريح الهبوط); a
    negation of one side word (دون أن يعلن قيمة الصفقة) does not turn a statement round."""
    shared = a.weights.keys() & b.weights.keys() - a.in_names - b.in_names
    return bool(shared) and len(a.negated & shared) / len(shared) >= 0.5


def says_no(stance: str, a: Terms, b: Terms) -> bool:
    """Whether a statement (its stance and terms ``a``) says no to what it shares with ``b``: a denial, or a content
    that negates it. A denial with a negated content ("نفت … عدم صحة ما يتداول") still says no, once."""
    return stance == "deny" or negates(a, b)


def puts_forward_a_fact(doc: Document, statement: int) -> bool:
    """False for demands, threats, warnings, pledges and conditional contents."""
    from marsad.statements.lexicon import load

    st = doc.statements[statement]
    forms = load().forms
    for word in st.cue.text.split():
        k = lookup_key(word)
        form = forms.get(k) or (forms.get(k[1:]) if k[:1] in "وف" else None)
        if form is not None and (form.cue.frame == "demand" or lookup_key(form.cue.lemma) in _NO_FACT_LEMMAS):
            return False
    words = [lookup_key(w) for w in st.content.text.split()]
    return not (_CONDITIONALS & set(words) or "في حال" in " ".join(words))


def _speaker_words(doc: Document, statement: int) -> set[str]:
    from marsad.store.textindex import index_terms

    return {_ENVOY.get(w, w) for w in index_terms(doc.statements[statement].speaker.text).split()}


def statement_terms(doc: Document, statement: int) -> Terms:
    """The terms of a statement's content, with the entity mentions inside it as names."""
    content = doc.statements[statement].content
    return located_terms(content.text, content.start, [(e.start, e.end) for e in doc.entities])


def located_terms(text: str, start: int, names: Iterable[tuple[int, int]]) -> Terms:
    """The terms of ``text``, found at ``start`` of its document; ``names``: entity spans of that document (the ones
    inside ``text`` count as names)."""
    end = start + len(text)
    return content_terms(text, [(a - start, b - start) for a, b in names if start <= a and b <= end])


def quoted_inside(doc: Document, inner: int, outer: int) -> bool:
    """Whether statement ``inner`` is reported inside statement ``outer``: its cue lies in the other's content."""
    cue, content = doc.statements[inner].cue, doc.statements[outer].content
    return inner != outer and content.start <= cue.start and cue.end <= content.end


def _one_report(doc: Document, i: int, j: int) -> bool:
    """Whether two statements are one report: the same content, or one quoted inside the other."""
    a, b = doc.statements[i], doc.statements[j]
    if (a.content.start, a.content.end) == (b.content.start, b.content.end):
        return True
    return quoted_inside(doc, i, j) or quoted_inside(doc, j, i)


def _same_speaker(a: set[str], b: set[str]) -> bool:
    """Whether two speaker phrases name one source: the shorter lies mostly in the longer (ممثل مفوضية شؤون
    اللاجئين / ممثل مفوضية الأمم المتحدة لشؤون اللاجئين في سوريا، سجاد مالك; الأناضول / وكالة أنباء الأناضول)."""
    shorter = min(len(a), len(b))
    return shorter >= 1 and len(a & b) / shorter >= SAME_SPEAKER


def text_groups(doc: Document, sources: list[str], taken: Iterable[frozenset[int]] = ()) -> list[list[int]]:
    """Groups of statements (ascending indices) that say the same thing, each from at least two sources.

    ``sources``: the source of each statement (``claims.source_ids``); ``taken``: statement sets of the claims
    already found: a group adds nothing when each of its statements shares one of them with another member."""
    n = len(doc.statements)
    factual = [puts_forward_a_fact(doc, i) for i in range(n)]
    terms = [statement_terms(doc, i) for i in range(n)]
    speakers = [_speaker_words(doc, i) for i in range(n)]
    numbers = [set(_NUMBER.findall(lookup_key(st.content.text))) for st in doc.statements]
    sim: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in range(i + 1, n):
            if not (factual[i] and factual[j]) or sources[i] == sources[j] or _one_report(doc, i, j):
                continue
            if _same_speaker(speakers[i], speakers[j]):
                continue
            if numbers[i] and numbers[j] and not numbers[i] & numbers[j]:
                continue  # other figures (5.7 against 6.9 billion, 51% against 25%) are other facts
            no_i = says_no(doc.statements[i].stance, terms[i], terms[j])
            no_j = says_no(doc.statements[j].stance, terms[j], terms[i])
            s = similarity(terms[i], terms[j], contradiction=no_i != no_j)
            if s > 0:
                sim[i, j] = s
    # only statements with a link can join a group; the rest would only slow the clustering down
    linked = sorted({i for pair in sim for i in pair})
    clusters = _average_link(linked, sim, sources, MIN_COVER_CONTRA)
    taken = list(taken)
    groups = []
    for c in clusters:
        if len({sources[i] for i in c}) < 2:
            continue
        if all(any(i in t and len(t & set(c)) >= 2 for t in taken) for i in c):
            continue
        groups.append(c)
    return groups


def _average_link(
    items: list[int], sim: dict[tuple[int, int], float], sources: list[str], threshold: float
) -> list[list[int]]:
    """Average-link clustering of ``items`` (statement indices) while the best pair of clusters scores at least
    ``threshold``. A pair's score is the mean similarity over its statement pairs from different sources: same-source
    pairs neither help nor hurt. Sums and counts are kept per cluster pair (numpy), so an article with hundreds of
    statements that all say the same clusters in a second, not minutes."""
    import numpy as np

    k = len(items)
    if k < 2:
        return [[i] for i in items]
    eligible = np.array([[sources[a] != sources[b] for b in items] for a in items], dtype=np.float64)
    sums = np.zeros((k, k))
    position = {item: x for x, item in enumerate(items)}
    for (a, b), value in sim.items():
        x, y = position[a], position[b]
        sums[x, y] = sums[y, x] = value
    counts = eligible.copy()
    members = [[i] for i in items]
    active = np.ones(k, dtype=bool)
    upper = np.triu(np.ones((k, k), dtype=bool), 1)
    while True:
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(counts > 0, sums / np.where(counts > 0, counts, 1), 0.0)
        score[~(upper & active[:, None] & active[None, :])] = -1.0
        p, q = divmod(int(np.argmax(score)), k)  # the first best pair in (p, q) order, as a loop would find it
        if score[p, q] < threshold:
            break
        sums[p, :] += sums[q, :]
        sums[:, p] = sums[p, :]
        counts[p, :] += counts[q, :]
        counts[:, p] = counts[p, :]
        active[q] = False
        members[p] = sorted(members[p] + members[q])
    return [members[x] for x in range(k) if active[x]]


def group_roles(doc: Document, group: list[int]) -> dict[int, str]:
    """Each statement's position in a text group. The proposition is what the group's first assertion says; a
    statement that says no where it says yes, or yes where it says no (``says_no``), denies it; an unconfirmed stance
    stays unconfirmed; the rest assert (``_positions_and_status`` turns a later source's assert into a confirm)."""
    statements = doc.statements
    ordered = sorted(group, key=lambda i: statements[i].cue.start)
    reference = next((i for i in ordered if statements[i].stance == "assert"), ordered[0])
    ref_terms = statement_terms(doc, reference)
    roles: dict[int, str] = {}
    for i in ordered:
        if statements[i].stance == "unconfirmed":
            roles[i] = "unconfirmed"
            continue
        terms = statement_terms(doc, i)
        same_side = says_no(statements[i].stance, terms, ref_terms) == says_no(
            statements[reference].stance, ref_terms, terms
        )
        roles[i] = "assert" if i == reference or same_side else "deny"
    return roles
