"""Rule-based extraction of attributed statements (who said what) over the segmented tokens.

The rules read Arabic reporting constructions, sentence by sentence:

* a reporting cue (cues.tsv): verb (قال، نفت، يقولون), adverbial participle after a comma (، مضيفا), attribution
  preposition (بحسب، وفقا لـ), an unconfirmed construction (لم يتسن … التحقق، لم يسعه … تأكيد), or the colon of a
  headline "X: …";
* its speaker: the noun phrase after the verb (verb–subject), before it (subject–verb, "لكن المسلحين ينفون"), after
  the preposition (بحسب X), after عن / إلى in relayed speech (نقلت X عن Y، نسبت X إلى Y القول), or — when the verb has
  no subject of its own (وأضاف، ، مشيرا) — the previous statement's speaker span;
* its content: after the complementiser (إن / أن / بأن / إلى أن …) or colon, a quotation (direct), or the object
  noun phrase, up to the next coordinated statement or the end of the sentence; a postposed attribution
  ("…، كما ذكرت مصادر") takes the clause before it.

Entity spans (doc.entities) bound speaker noun phrases when the NER component ran; time spans come from doc.times
when present, else from a small list of day words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from marsad.document import Document, Sentence, Span, Statement
from marsad.events.quantities import OPENING_HEDGES, count_phrase_end
from marsad.geo.nisba import nisba_country
from marsad.statements.lexicon import CueForm, Lexicon, load
from marsad.text.agreement import (
    MASCULINE_TITLES,
    feminine_name,
    feminine_singular_verb,
    masculine_singular_verb,
    title_gender_clash,
)
from marsad.text.normalize import is_derived_participle, lookup_key, verbal_noun_pattern
from marsad.text.tokens import without_hashtag_marks

OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "”", "‹": "›"}
CLOSE_QUOTES = set("»”\"›'")
_QUOTE_MARKS = set(OPEN_QUOTES) | CLOSE_QUOTES
COMMAS = {"،", ",", "؛", ";"}
DASHES = {"-", "–", "—"}
_MARKS = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}
_MARK_CHARS = "".join(sorted(_MARKS))
_WHAT = frozenset(("ما", "بما", "لما", "مما", "عما", "كما", "وكما"))
_RESUMPTIVE = frozenset(("وهو", "وهي", "هو", "هي", "وهذا", "هذا"))
# A day name without ال that is a numeral far more often (أحد "one of"): lookup keys
_NUMERAL_DAYS = frozenset(("احد",))
# Nouns that take up the clause before them (وهو أمر تنفيه إيران، وهي اتهامات تنفيها الحركة), as lookup keys
_RESUMED_NOUNS = frozenset("امر اتهام اتهامات ادعاء ادعاءات مزاعم روايه".split())


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str
    bare: str | None  # key without a conjunction و / ف when it reads as one
    conj_off: int  # characters of the conjunction in the original text (0 when none)
    punct: bool
    arabic: bool


@dataclass(slots=True)
class _Cand:
    cue: Span
    cue_i: int
    kind: str  # verb | participle | adjunct | noun | unconfirmed | colon
    stance: str
    speaker: Span | None = None
    speaker_entity: int | None = None
    content_start: int | None = None  # char offset
    content_end: int | None = None
    direct: bool = False
    addressee: Span | None = None
    via: Span | None = None
    time: Span | None = None
    clause_start: int = 0
    coordinate: bool = False
    postposed_ok: bool = False
    implicit: bool = False
    inherit_content: bool = False
    extra: dict = field(default_factory=dict)


class _Ctx:
    """Per-document view: tokens with keys, entity lookups, time spans."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        # hashtag marks are looked past: "حركة #الجهاد_الاسلامي" is one phrase
        kept = without_hashtag_marks(doc.tokens)
        self.toks: list[_Tok] = [self._tok(t.start, t.end, t.text) for t in kept]
        # tokens the clitic segmenter opens with a preposition (لحقوق، بمدينة; not لقطات, whose ل is its own)
        self.prep_clitic: set[int] = {
            i for i, t in enumerate(kept) if t.parts and t.parts[0].role == "proclitic" and t.parts[0].text[:1] in "لبك"
        }
        self.has_entities = bool(doc.entities)
        # entity index by the token where it starts / ends
        self.ent_start: dict[int, tuple[int, int]] = {}  # token index → (entity index, last token index)
        self.inside_name: set[int] = set()  # tokens of a person's name after its first: إبراهيم قالن is no قال
        self.named_words: set[int] = set()  # tokens of any name after its first: سوق الجمعة is no Friday
        starts = [t.start for t in self.toks]
        import bisect

        self._bisect = bisect
        self._starts = starts
        for ei, ent in enumerate(doc.entities):
            a = self.tok_at(ent.start)
            b = self.tok_at(max(ent.start, ent.end - 1))
            if a is None or b is None:
                continue
            if a not in self.ent_start or self.ent_start[a][1] < b:
                self.ent_start[a] = (ei, b)
            if ent.type == "PER":
                self.inside_name.update(range(a + 1, b + 1))
            self.named_words.update(range(a + 1, b + 1))
        # the last words of the article's multi-word person names: definite ones (مقتدى الصدر → الصدر), a surname the
        # model may leave untagged alone, and bare ones (صائب عريقات → عريقات) for "وأكد عريقات على …", where no
        # content marker follows to show the unknown word is a name
        last_words = {
            lookup_key(words[-1]) for ent in doc.entities if ent.type == "PER" and len(words := ent.text.split()) > 1
        }
        self.surnames: frozenset[str] = frozenset(k for k in last_words if k.startswith("ال"))
        self.bare_surnames: frozenset[str] = frozenset(k for k in last_words if len(k) >= 4 and not k.startswith("ال"))
        self.times = sorted(((t.start, t.end) for t in doc.times), key=lambda x: x[0])
        self._time_of = self._first_overlap(self.times)
        # the tokens that may be a verbal-noun cue (إعلان، اتهام …), found in one pass; the sentence loop asks only them
        nouns = lex.nouns
        self.noun_cue_at: frozenset[int] = frozenset(
            i for i, t in enumerate(self.toks) if t.key in nouns or (t.bare is not None and t.bare in nouns)
        )
        self._ent_index: tuple[list[int], list[int], list[int]] | None = None  # built on first _entity_for
        self.quotes: list[tuple[int, int]] = []  # direct quotations that run past their sentence

    def _tok(self, start: int, end: int, text: str) -> _Tok:
        key = lookup_key(text)
        if key == "والي" and "إ" not in text and text.endswith("ي"):
            key = "حاكم"  # والي "governor" folds to the key of وإلى; read as its synonym, a listed source
        punct = not any(ch.isalnum() for ch in text)
        arabic = any("\u0621" <= ch <= "\u064a" for ch in text)
        bare, off = None, 0
        # (a three-letter word only before a cue that needs its saying: "ورد عليه الوزير بأن" is و + رد, while
        # "ورد في التقرير" is the verb ورد)
        short_cue = len(key) == 3 and key[1:] in self.lex.forms and bool(self.lex.forms[key[1:]].cue.requires)
        if (
            arabic
            and (len(key) >= 4 or short_cue)
            and key[0] in "وف"
            and key not in self.lex.words.get("w_initial", ())
        ):
            rest = key[1:]
            if key[0] == "و" or rest.startswith("ال") or rest in self.lex.forms:
                bare = rest
                off = 1
                while off < len(text) and text[off] in _MARKS:
                    off += 1
        return _Tok(start, end, text, key, bare, off, punct, arabic)

    def _first_overlap(self, spans: list[tuple[int, int]]) -> list[int]:
        """For each token, the index of the first span in ``spans`` that overlaps it, or -1: computed once per
        document (a scan of every span per token was quadratic on long documents)."""
        toks = self.toks
        out = [-1] * len(toks)
        reach: list[int] = []  # reach[i]: the largest token end up to i (tokens are sorted by start)
        hi = 0
        for t in toks:
            hi = max(hi, t.end)
            reach.append(hi)
        for si, (a, b) in enumerate(spans):
            i = self._bisect.bisect_right(reach, a)  # no token before i ends after a
            while i < len(toks) and toks[i].start < b:
                if out[i] < 0 and toks[i].end > a:
                    out[i] = si
                i += 1
        return out

    def time_at(self, i: int) -> tuple[int, int] | None:
        """The first time expression (in text order) that overlaps token i."""
        ti = self._time_of[i]
        return self.times[ti] if ti >= 0 else None

    def tok_at(self, pos: int) -> int | None:
        i = self._bisect.bisect_right(self._starts, pos) - 1
        if 0 <= i < len(self.toks) and self.toks[i].start <= pos < self.toks[i].end:
            return i
        return None

    def span(self, start: int, end: int) -> Span:
        return self.doc.span(start, end)

    # ---- word classes -------------------------------------------------------------------------------
    def is_(self, cls: str, i: int) -> bool:
        t = self.toks[i]
        return t.key in self.lex.words.get(cls, ()) or (t.bare is not None and t.bare in self.lex.words.get(cls, ()))

    def function_word(self, i: int) -> bool:
        t = self.toks[i]
        for cls in ("comp", "prep", "particle", "relative", "pronoun", "negator"):
            if t.key in self.lex.words.get(cls, ()):
                return True
        return False

    def is_time(self, i: int) -> bool:
        t = self.toks[i]
        if self._time_of[i] >= 0:
            return True
        k = t.bare or t.key
        if k in _NUMERAL_DAYS or i in self.named_words:
            # "وقال أحد سكان البلدة": one of them; the day (يوم أحد) is found by the times layer; the word of a
            # name (المجلس الاجتماعي لسوق الجمعة) is no day either
            return False
        return t.key in self.lex.words["time"] or k in self.lex.words["time"]

    def nisba(self, key: str) -> bool:
        k = key[2:] if key.startswith("ال") else key
        if k in _NOUNS_IN_IYA or k.endswith("ايا"):
            return False  # (خلايا، ضحايا، قضايا، سرايا: broken plurals, not the accusative of a nisba)
        return len(k) >= 4 and k.endswith(("ي", "يه", "يون", "يين", "يان", "يتان", "يا"))

    def verb_like(self, i: int) -> bool:
        t = self.toks[i]
        k = t.key
        if i in self.ent_start or k in self.lex.sources:
            return False
        if len(k) >= 4 and k[0] == "ي" and not self.nisba(k) and not self.is_time(i):
            return True
        return k.startswith("س") and len(k) >= 5 and k[1] in "يت" and not self.nisba(k)

    def cue_form(self, i: int) -> tuple[CueForm, int] | None:
        if i in self.named_words:
            return None  # "وكالة فرات للأنباء": a word inside a name (فرات is no ف + رأت)
        found = self._cue_form(i)
        if found is not None and found[0].cue.lemma == "ذكر" and self._reminds(i):
            return None  # "تذكره بواقعة أخرى": ذكّر + object + بـ is "reminded him of", not "mentioned it"
        if found is not None and found[0].cue.lemma == "كذب" and self._next_key(i).startswith("علي"):
            return None  # "أميركا تكذب على الجميع": lies to, not "denies"
        if found is not None and found[0].cue.lemma == "بين" and not self._explains(i):
            return None  # "صفقة بين من نهب … وبين من هم في السلطة": the preposition, not "explained"
        if found is not None and found[0].present and found[0].cue.lemma in _IMPERSONAL and self._impersonal(i):
            return None  # "ويُعتقد أنه …"، "يرجح أنها مسروقة": "it is believed", no one speaks
        if found is not None and self.is_("asked", i) and self._next_key(i) == "عدم":
            return None  # "طالبا عدم ذكر اسمه": asking not to be named, not the dual of طالب "demanded"
        return found

    def noun_form(self, i: int) -> tuple[CueForm, int] | None:
        """A verbal noun read as a cue (إعلان، تأكيد، اتهام), bare or after a conjunction / preposition clitic (وبعد
        إعلان، لإعلان); None otherwise."""
        t = self.toks[i]
        if t.punct or not t.arabic:
            return None
        f = self.lex.nouns.get(t.key)
        if f is not None:
            return f, 0
        if t.bare is not None and (f := self.lex.nouns.get(t.bare)) is not None:
            return f, t.conj_off
        return None

    def _explains(self, i: int) -> bool:
        """بيّن "explained" rather than بين "between": written بيّن or with ت (بينت), or followed by a word that is no
        function word and, within fourteen words, a complementiser, with no second بين on the way."""
        t = self.toks[i]
        if "\u0651" in t.text or (t.bare or t.key).endswith("ت"):
            return True
        if i + 1 < len(self.toks) and self.is_("comp", i + 1):
            return True  # no preposition stands before أن: "وبين أن القضاء العسكري …"
        if i + 1 >= len(self.toks) or self.function_word(i + 1) or self.toks[i + 1].punct:
            return False
        if t.conj_off and any(
            (self.toks[q].bare or self.toks[q].key).startswith("بين") for q in range(max(0, i - 4), i)
        ):
            return False  # "قطيعة بينها وبين روسيا": the second بين of a pair
        for q in range(i + 1, min(len(self.toks), i + 15)):
            if (self.toks[q].bare or self.toks[q].key) == "بين":
                return False
            if self.is_("comp", q):
                return True
        return False

    def _impersonal(self, i: int) -> bool:
        """The passive "it is believed / expected that": the masculine singular present (يعتقد، يتوقع، يرجح), the
        complementiser right after it, and no noun right before it that could be its subject ("ويعتقد أنه …"، "الذي
        يعتقد أنه …"; not "السلطات تعتقد أن …" nor "الرئيس يتوقع أن …")."""
        t = self.toks[i]
        body = (t.bare or t.key)[1:]
        if not (t.bare or t.key).startswith("ي") or body not in ("عتقد", "توقع", "رجح"):
            return False
        if not (i + 1 < len(self.toks) and self.is_("comp", i + 1)):
            return False
        if "\u064f" in t.text[t.conj_off : t.conj_off + 3]:
            return True  # written with the passive's damma: يُرجَّح، يُعتقد
        return i == 0 or t.conj_off > 0 or not self.nounish(i - 1) or self.is_("relative", i - 1)

    def _next_key(self, i: int, ahead: int = 1) -> str:
        """The key of the token ``ahead`` after token i ("" past the end)."""
        j = i + ahead
        return self.toks[j].key if j < len(self.toks) else ""

    def _reminds(self, i: int) -> bool:
        """ذكّر "reminded (of)": an object pronoun and a word with بـ (not بأن) after it, or بالـ at once."""
        k = self._next_key(i)
        if not self.toks[i].key.endswith(("ه", "ها", "هم", "ني", "نا", "كم")):
            return k.startswith("بال")  # "دائرة التصعيد تذكر بالظروف": reminds of (ذكر بيان الجيش is no بال)
        return k.startswith("ب") and not self.is_("comp", i + 1) and len(k) > 3

    def _cue_form(self, i: int) -> tuple[CueForm, int] | None:
        t = self.toks[i]
        if t.punct or not t.arabic or self.function_word(i) or t.key in self.lex.words.get("not_cue", ()):
            return None
        if i in self.inside_name:
            return None
        f = self.lex.forms.get(t.key)
        off = 0
        if f is None and t.bare is not None:
            f, off = self.lex.forms.get(t.bare), t.conj_off
        if f is not None:
            if f.cue.lemma == "طالب" and not f.present and self._student(i):
                return None  # "مقتل طالب جامعي": a student, not "he demanded"
            if f.present and f.cue.lemma == "أبلغ" and (self._amounts_to(i) or not self._tells_about(i)):
                return None  # تبلغ قيمته، "المغرب يبلغ نصف النهائي": the verb بلغ, "amounts to" or "reaches"
            if not f.present and f.cue.lemma.startswith("أ") and t.text[off:].startswith("إ"):
                return None  # إدانته، إعلانه: the verbal noun of أدان / أعلن, written with hamza below
            return f, off
        if t.text.rstrip(_MARK_CHARS).endswith("ه") and not self._what_he_called(i):
            # ووصفه المتحدث: written with ه, so no noun in ة
            f = self.lex.ha_forms.get(t.key)
            if f is not None:
                return f, 0
            if t.bare is not None and (f := self.lex.ha_forms.get(t.bare)) is not None:
                return f, t.conj_off
        if t.text.rstrip(_MARK_CHARS).endswith("ه") and self.after_according_to_what(i):
            f = self.lex.resumptive_forms.get(t.key)
            if f is not None:
                return f, 0
        return None

    def _student(self, i: int) -> bool:
        """طالب as a noun: after a noun it is the genitive of (مقتل طالب، والد طالب), or before a school's adjective
        (طالب جامعي، طالبة ثانوية)."""
        prev = self.toks[i - 1].key if i > 0 else ""
        nxt = self._next_key(i)
        return prev in _STUDENT_BEFORE or nxt in _STUDENT_AFTER or self.toks[i].key == "طالبات"

    def _tells_about(self, i: int) -> bool:
        """يبلغ / تبلغ "informs" only with what is told after it, before the clause ends: أن، بأن، بـ، عن."""
        for q in range(i + 1, min(len(self.toks), i + 9)):
            t = self.toks[q]
            if t.punct:
                return False
            if t.key in ("ان", "بان", "عن") or (t.key.startswith("ب") and len(t.key) > 3):
                return True
        return False

    def _amounts_to(self, i: int) -> bool:
        """A quantity noun follows يبلغ / تبلغ (تبلغ قيمته …، يبلغ عددهم …)."""
        k = self._next_key(i)
        if k == "من" and self._next_key(i, 2) in ("العمر", "عمره", "عمرها"):
            return True  # "الذي يبلغ من العمر 48 عاما": aged, not "informs"
        amounts = self.lex.words.get("amount", ())
        return k in amounts or (k.startswith("ال") and k[2:] in amounts)  # تبلغ المساحة المتنازع عليها

    def after_according_to_what(self, i: int) -> bool:
        """The word follows "وفق ما / بحسب ما / حسبما" (وفق ما أكده المحامي): its ه points back to ما."""
        if i == 0:
            return False
        prev = self.toks[i - 1].key
        if prev in ("حسبما", "وحسبما", "بحسبما"):
            return True
        return prev == "ما" and i > 1 and self.toks[i - 2].key in ("وفق", "وفقا", "بحسب", "حسب", "طبقا", "وبحسب")

    def _what_he_called(self, i: int) -> bool:
        """ "ما وصفه بـ…" (what he called …) reports nothing new; "وهو ما تنفيه X" (which X denies) does."""
        if i == 0 or self.toks[i - 1].key not in _WHAT:
            return False
        return not (i > 1 and (self.toks[i - 2].key in _RESUMPTIVE or self.toks[i - 2].text in COMMAS))

    def nounish(self, i: int) -> bool:
        t = self.toks[i]
        if i in self.ent_start:
            return True
        if t.punct or not (t.arabic or t.text[:1].isalpha()):
            return False
        if self.function_word(i) or self.is_("adverb", i):
            return False
        if t.key in self.lex.sources or (t.bare and t.bare in self.lex.sources):
            return True
        if self.cue_form(i) is not None and not t.key.startswith("ال"):
            return False
        return not self.verb_like(i)

    def prep_prefixed(self, i: int) -> bool:
        """بالـ / لل / لـ / بـ words and ب/ل + noun: a prepositional phrase, not part of a bare noun phrase."""
        t = self.toks[i]
        k = t.key
        if i in self.ent_start and self.doc.entities[self.ent_start[i][0]].start == t.start:
            return False
        if k in self.lex.sources:
            return False
        if t.text[:2] in ("لـ", "بـ") or k.startswith(("بال", "لل", "كال")):
            return True
        return k[:1] in ("ب", "ل") and len(k) >= 4 and (k[1:] in self.lex.sources or k[1:].startswith("ال"))

    def is_source(self, i: int) -> bool:
        t = self.toks[i]
        if i in self.ent_start:
            ent = self.doc.entities[self.ent_start[i][0]]
            return ent.type in ("PER", "ORG", "LOC") and ent.start <= t.start + t.conj_off
        k = t.key
        if k in self.lex.sources:
            return True
        if self._source_with_pronoun(t):
            return True  # محاميه، أنصاره، مساعدوه: his lawyer, his supporters
        if k.startswith("ال") and k.endswith("ون") and len(k) >= 7 and not self.nisba(k):
            return True  # a definite plural of persons (المتظاهرون، المحتجون) is a subject, never a masdar
        if t.text[:1] in OPEN_QUOTES:
            return False
        if not self.has_entities and t.arabic and not k.startswith("ال") and self.nounish(i):
            # no NER ran: a bare word that is no function word, verb or masdar-looking noun may be a name
            nisba = self.nisba(k) and not k.endswith("يا")  # روسيا، تركيا are names
            if nisba or self.prep_prefixed(i) or k.startswith(("ت", "م", "ب", "ل")) or k.endswith("ه") or len(k) < 3:
                return False  # masdars (تصعيد، مقتل، بشكل) and feminine nouns (ضرورة) far outnumber such names
            return not (k.startswith("ا") and _MASDAR_A.match(k))
        return False

    def _source_with_pronoun(self, t: _Tok) -> bool:
        """A person noun of the sources with a possessive pronoun (محاميه، أستاذها، أنصاره); written with ه, not ة
        (مراقبة is no مراقب + ه)."""
        text = t.text[t.conj_off :].rstrip(_MARK_CHARS)
        for suffix in ("هما", "هم", "ها", "ه"):
            if text.endswith(suffix) and len(text) - len(suffix) >= 3:
                base = t.key[: len(t.key) - len(suffix)]
                # a person's title (not جانبه، بعضها: no person; not مصدرها, mostly "its origin")
                return base in self.lex.persons and base != "مصدر"
        return False

    def definite(self, i: int) -> bool:
        t = self.toks[i]
        if i in self.ent_start:
            return True
        # the article is a plain alef: ألوية / إلى normalise to ال… but are not definite
        raw = t.text[t.conj_off :].lstrip("\u0640")
        return raw.startswith(("ال", "ٱل")) and (t.key.startswith("ال") or (t.bare or "").startswith("ال"))


# إفعال / افتعال / انفعال / استفعال: verbal nouns that start with alef (إرسال، انتقاد، انسحاب، استخدام)
_MASDAR_A = re.compile(r"^(?:ا..ا.|ا.ت.ا.|ان..ا.|است..ا.)$")


class StatementExtractor:
    """Pipeline component: fills ``doc.statements`` (FORMAT.md) from reporting constructions."""

    name = "statements"
    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns: tuple[str, ...] = ("statements",)

    def __init__(self, *, overwrite: bool = True) -> None:
        self.overwrite = overwrite

    def __call__(self, doc: Document) -> Document:
        if doc.statements and not self.overwrite:
            return doc
        doc.statements = extract_statements(doc)
        return doc


# A "sentence" longer than this many tokens (a run-on line with no punctuation, usually scraped junk) is read in
# windows of this size: the per-sentence rules look ahead to the sentence end for each cue, which would be
# quadratic on a 1M-character line. Real news sentences are far shorter, so windows never cut them.
MAX_WINDOW_TOKENS = 400


def _windows(ctx: _Ctx, a: int, b: int, sent: Sentence) -> list[tuple[int, int, Sentence]]:
    if b - a <= MAX_WINDOW_TOKENS:
        return [(a, b, sent)]
    text = ctx.doc.text
    out = []
    for wa in range(a, b, MAX_WINDOW_TOKENS):
        wb = min(b, wa + MAX_WINDOW_TOKENS)
        start, end = ctx.toks[wa].start, ctx.toks[wb - 1].end
        out.append((wa, wb, Sentence(start, end, text[start:end])))
    return out


def extract_statements(doc: Document) -> list[Statement]:
    """The statements of ``doc`` (needs doc.sentences and doc.tokens; uses doc.entities / doc.times if set)."""
    if not doc.tokens or not doc.sentences:
        return []
    ctx = _Ctx(doc, load())
    out: list[_Cand] = []
    last: list[_Cand | None] = [None]
    for si, sent in enumerate(doc.sentences):
        if sent.dateline_end is not None:
            # a dateline holds neither speaker nor content: "الخرطوم - قُتل …، بحسب ما أعلنته القوات"
            sent = Sentence(sent.dateline_end, sent.end, doc.text[sent.dateline_end : sent.end])
        a = ctx.tok_at(sent.start)
        if a is None:
            continue
        b = a
        while b < len(ctx.toks) and ctx.toks[b].start < sent.end:
            b += 1
        for wa, wb, window in _windows(ctx, a, b, sent):
            cands = _sentence(ctx, wa, wb, window, si, last)
            _finish_contents(ctx, cands, wa, wb, window)
            cands = _split_complements(ctx, cands, wa, wb)
            ctx.quotes.extend(
                (c.content_start, c.content_end)
                for c in cands
                if c.direct and c.content_start is not None and c.content_end is not None and c.content_end > window.end
            )
            for c in cands:
                if c.content_start is None or c.content_end is None or c.content_end <= c.content_start:
                    continue
                if c.speaker is None or (c.implicit and _opens_with_relative(ctx, c.content_start)):
                    # "كانت قد نشرتها على صفحتها، والتي تضم …": a description, nothing said (with a speaker of
                    # its own, the relative clause is the speaker's, cut short: نفى مسؤولون في التحالف الذي …)
                    continue
                if c.addressee is None and c.kind == "verb":
                    c.addressee = _fronted_addressee(ctx, c.cue_i, wa)
                if c.extra.get("silent"):
                    continue
                if lookup_key(c.speaker.text.split()[0]).lstrip("وف") in _PERSONAL_PRONOUNS and (
                    " " not in c.speaker.text or c.speaker.start > c.cue.start
                ):
                    # "وهي تؤكد أنها …"، "وهو يقول: …": the pronoun stands for the person named before it; after
                    # the cue ("وتابع وهو يفخر أنه …") it opens a circumstance and the speaker goes on
                    antecedent = _pronoun_antecedent(ctx, c, out[-1] if out else None, out)
                    if antecedent is None:
                        continue
                    c.speaker, c.via, c.implicit = antecedent, None, True
                if _court_verdict(ctx, c) or _declines_comment(ctx, c) or _accused_only(ctx, c):
                    # "أدانت محكمة سيدي امحمد وزيرين سابقين بالسجن": a conviction, not a condemnation; "رفض متحدث
                    # باسم الوزارة التعليق": nothing said
                    continue
                out.append(c)
                if c.kind != "colon" and not c.extra.get("nested") and not c.extra.get("postposed"):
                    if not _after_where(ctx, c):
                        last[0] = c
    _layer_vias(out)
    for c in out:
        if c.stance == "unconfirmed" and c.content_start is not None and c.content_end is not None:
            c.content_start = _past_joined_denial(ctx, c.content_start, c.content_end)
    for c in out:
        if c.stance == "assert" and c.content_start is not None and _calls_false(ctx, c.content_start, c.content_end):
            c.stance = "deny"
        elif (
            c.stance == "assert"
            and c.content_start is not None
            and _has(ctx, "pending", c.content_start, c.content_end)
        ):
            c.stance = "unconfirmed"
    seen: set[tuple[int, int, int]] = set()
    result: list[Statement] = []
    for c in out:
        key = (c.cue.start, c.cue.end, c.content_start or 0)
        if key in seen:
            continue
        seen.add(key)
        content = ctx.span(c.content_start, c.content_end)  # type: ignore[arg-type]
        result.append(
            Statement(
                speaker=c.speaker,  # type: ignore[arg-type]
                cue=c.cue,
                content=content,
                stance=c.stance,  # type: ignore[arg-type]
                direct=c.direct,
                addressee=c.addressee,
                via=c.via,
                time=c.time,
                speaker_entity=_entity_for(ctx, c.speaker),  # type: ignore[arg-type]
            )
        )
    return result


# Pronouns and demonstratives before ما that make "ما + cue" a report of its own ("وهو ما نفته الوزارة")
_WHICH_HEADS = frozenset(lookup_key(w) for w in "هو هي وهو وهي هذا وهذا ذلك وذلك كل بكل جميع بعض".split())
# Particles after which a present cue goes on with the speaker before (كما يقول، ثم يضيف، ومضى يقول)
_GOES_ON = frozenset(lookup_key(w) for w in "كما وكما ثم مضى ومضى مضت ومضت".split())
_PERSONAL_PRONOUNS = frozenset(lookup_key(w) for w in "هو هي".split())


def _pronoun_antecedent(ctx: _Ctx, c: _Cand, previous: _Cand | None, earlier: list[_Cand]) -> Span | None:
    """Who a speaker pronoun (هو / هي) stands for: after the cue, the previous report's speaker; before it, the
    last person named in the 400 characters before the pronoun whose gender, read off the verbs of the reports
    already made by that name, does not clash (وهي after "وكان كوهين اعترف" is not Cohen); else None."""
    assert c.speaker is not None
    if c.speaker.start > c.cue.start:
        return previous.speaker if previous is not None else None
    feminine = lookup_key(c.speaker.text).lstrip("وف") == lookup_key("هي")
    clash = set()
    for e in earlier:
        if e.speaker is None or e.kind != "verb":
            continue
        verb = lookup_key(e.cue.text).lstrip("وف")
        if (feminine and masculine_singular_verb(verb, verb.startswith("ي"))) or (
            not feminine and feminine_singular_verb(verb, verb.startswith("ت"))
        ):
            clash.add(lookup_key(e.speaker.text.split()[-1]))
    persons = [
        e
        for e in ctx.doc.entities
        if e.type == "PER"
        and c.speaker.start - 400 <= e.end <= c.speaker.start
        and lookup_key(e.text.split()[-1]) not in clash
    ]
    if not persons:
        return None
    last_person = max(persons, key=lambda e: e.end)
    return ctx.span(last_person.start, last_person.end)


# ---------------------------------------------------------------------------------------------------------
# one sentence


def _past_joined_denial(ctx: _Ctx, start: int, end: int) -> int:
    """Where a non-committal content starts past "أو ينفي" / "ولم ينف" at its head ("لم يؤكد X، في حوار مع CNN، أو
    ينفي هذه الأرقام": the denial joined to the confirmation is the same report, not what was said)."""
    i = ctx.tok_at(start)
    if i is None or i + 2 >= len(ctx.toks) or ctx.toks[i + 2].start >= end:
        return start
    if ctx.toks[i].key in ("او", "ولم", "ولا") and ctx.toks[i + 1].key in _DENY_JUSSIVE:
        return ctx.toks[i + 2].start
    return start


def _after_where(ctx: _Ctx, c: _Cand) -> bool:
    """The cue opens a "حيث" clause ("…، حيث أعلن البغدادي قيام الخلافة"): a past word recalled in passing, which
    the next sentence's "وأضاف" does not go on with."""
    return c.kind == "verb" and c.cue_i > 0 and ctx.toks[c.cue_i - 1].key in ("حيث", "وحيث")


def _opens_with_relative(ctx: _Ctx, start: int) -> bool:
    """The content starts with a relative pronoun (والتي تضم …): it describes a noun before it."""
    i = ctx.tok_at(start)
    return i is not None and (ctx.is_("relative", i) or ctx.lex.is_("relative", ctx.toks[i].bare or ""))


def _sentence(ctx: _Ctx, a: int, b: int, sent: Sentence, si: int, last: list[_Cand | None]) -> list[_Cand]:
    """Statement candidates of one sentence (tokens a..b), in text order; contents are finished later."""
    cands: list[_Cand] = []
    colon = _headline(ctx, a, b, sent)
    if colon is not None:
        cands.append(colon)
    i = a
    while i < b:
        made = None
        neg = _unconfirmed(ctx, i, a, b, cands, last)
        if neg is not None:
            made, i_next = neg
            cands.append(made)
            i = i_next
            continue
        cf = ctx.cue_form(i)
        if cf is not None:
            form, off = cf
            # (a verbal noun's speaker is no one's topic: "بعد إعلان الشاهد عن …، أصدرت الجامعة بلاغا …، مؤكدة أن")
            top = [c for c in cands if c.kind not in ("colon", "noun") and not c.extra.get("nested")]
            prev_c = top[-1] if top else last[0]
            if form.cue.frame == "relay" and _postposed_channel(ctx, i, a, b, cands):
                i += 1
                continue
            if form.cue.kind == "verb":
                made = _verb(ctx, i, a, b, form, off, prev_c)
                if made is not None and form.cue.requires and _participle_reports(ctx, i, b, form.cue.requires):
                    # "واختتم قرقاش تغريدته، قائلا إنه …": the participle after the comma makes the report; the
                    # verb only names who speaks, for it
                    made.extra["silent"] = True
            elif form.cue.kind == "participle":
                made = _participle(ctx, i, a, b, form, prev_c, off)
            elif form.cue.kind == "adjunct":
                made = _adjunct(ctx, i, a, b, form, off)
        elif i in ctx.noun_cue_at and (nf := ctx.noun_form(i)) is not None:
            made = _noun(ctx, i, a, b, *nf)
        if made is not None:
            quotes = ctx.quotes + [
                (c.content_start, c.content_end)
                for c in cands
                if c.direct and c.content_start is not None and c.content_end is not None
            ]
            if any(qs <= made.cue.start < qe for qs, qe in quotes):
                made.extra["nested"] = True  # said inside someone else's quotation (which may span sentences)
            cands.append(made)
            if made.content_start is None and made.postposed_ok:
                made.extra["postposed"] = True  # "…، بما أفادت به لجنة …": not the topic speaker of what follows
            if made.kind != "colon" and not made.extra.get("nested") and not made.extra.get("postposed"):
                last[0] = made if made.speaker is not None else last[0]
        i += 1
    if colon is not None:
        # "بغداد تحذر أنقرة: نرفض أي خرق لحدودنا": the headline's colon is the cue (as the gold codes "روسيا تفشل …:
        # نخشى …"); a verb before it would report the same words again, with the one warned in its content
        cands = [c for c in cands if c is colon or c.kind != "verb" or c.cue.start > colon.cue.start]
    return cands


def _postposed_channel(ctx: _Ctx, i: int, a: int, b: int, cands: list[_Cand]) -> bool:
    """ "…، حسبما نقلت وكالة X": not a statement of its own but the channel of the one before."""
    prev = ctx.toks[i - 1] if i - 1 >= a else None
    if prev is None or prev.key not in ("حسبما", "وحسبما", "كما", "وكما", "ما", "بحسبما"):
        return False
    j = _skip_fillers(ctx, i + 1, b)
    if j < b and ctx.toks[j].key in ("عن", "عنه", "عنها"):
        return False
    e = _np_forward(ctx, j, b)
    if e <= j:
        return False
    if _requires(ctx, i, b, ("عن",)) and any(ctx.toks[q].key == "عن" for q in range(e, min(b, e + 2))):
        return False
    if cands and cands[-1].via is None:
        cands[-1].via = _np_span(ctx, j, e)
    return True


def _headline(ctx: _Ctx, a: int, b: int, sent: Sentence) -> _Cand | None:
    """A heading "X: …" is a statement of X whose cue is the colon."""
    if not sent.is_heading and not _quoted_heading(ctx, a, b, sent):
        return None
    for c in range(a + 1, min(b, a + 9)):
        if ctx.toks[c].text in (":", "："):
            if c + 1 >= b:
                return None
            if any(ctx.cue_form(j) is not None for j in range(c + 1, b)):
                return None  # the part after the colon has its own reporting verb
            s = a
            if ctx.is_("not_speaker", s):
                return None
            end = _np_forward(ctx, s, c)
            if end <= s:
                return None
            if not _heading_speaker_ok(ctx, s, c, b):
                return None
            t0 = ctx.toks[s]
            sp = ctx.span(t0.start + t0.conj_off, ctx.toks[end - 1].end)
            cand = _Cand(ctx.span(ctx.toks[c].start, ctx.toks[c].end), c, "colon", "assert", speaker=sp)
            cand.content_start = ctx.toks[c + 1].start
            cand.content_end = sent.end
            _quote_content(ctx, cand, c + 1, b, sent)
            return cand
    return None


# particles before a first-person verb after a heading's colon: "روسيا: لن نسمح …"، "إيران: لا نريد …"
_BEFORE_A_VERB = frozenset(("لا", "لن", "لم", "سوف", "قد", "لقد", "ولن", "ولا"))


def _scare_quote_end(ctx: _Ctx, q: int, b: int) -> int | None:
    """The closing mark of a quotation opening at token ``q`` that quotes a name in scare quotes ("داعش"، "كنوز"),
    not words: it does not open right after the colon and closes within two tokens. None for a quotation of words."""
    if ctx.toks[q - 1].text in (":", "："):
        return None
    for r in range(q + 1, min(b, q + 4)):
        if ctx.toks[r].text in CLOSE_QUOTES:
            return r
    return None


def _quoted_heading(ctx: _Ctx, a: int, b: int, sent: Sentence) -> bool:
    """A line of its own that is only "X: «…»": a heading, though it ends with a closing quotation mark, which the
    sentence splitter does not take for a heading's end (طهران: "العقوبات لن تغير سياستنا")."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : sent.start].strip() or text[sent.end : line_end].strip():
        return False  # not the whole line
    if not sent.text.rstrip().endswith(tuple(CLOSE_QUOTES)):
        return False
    colon = next((c for c in range(a + 1, min(b, a + 9)) if ctx.toks[c].text in (":", "：")), None)
    if colon is None or colon + 1 >= b or ctx.toks[colon + 1].text not in OPEN_QUOTES:
        return False
    # "أما عن مستقبله، قال الأسد: «…»" is a paragraph whose reporting verb the other rules read
    return not any(ctx.cue_form(j) is not None for j in range(a, colon))


def _heading_speaker_ok(ctx: _Ctx, s: int, c: int, b: int) -> bool:
    """ "اليمن: مقتل …" is a topic, "روسيا: نخشى …" a statement: a place speaks only in the first person or quoted."""
    is_place = s in ctx.ent_start and ctx.doc.entities[ctx.ent_start[s][0]].type == "LOC"
    known = s in ctx.ent_start or (ctx.toks[s].bare or ctx.toks[s].key) in ctx.lex.sources
    if known and not is_place:
        return True
    scare_quote_end = -1  # the closing mark of a name in scare quotes ("داعش"), which opens nothing
    for q in range(c + 1, b):
        t = ctx.toks[q]
        k = t.bare or t.key
        if q <= scare_quote_end:
            continue
        if t.text in OPEN_QUOTES:
            closing = _scare_quote_end(ctx, q, b)
            if closing is None:
                return True
            scare_quote_end = closing
            continue
        if k in ("نحن", "لدينا", "اننا", "انا"):
            return True
        # a first-person verb opens the heading's clause (روسيا: نخشى …), right after the colon or after a negation
        # or a future particle (روسيا: لن نسمح); further on, ن… is as often a noun ("الجم : حالة من الاحتقان بعد
        # إعادة فتح نقطة …"، "قرقنة : استئناف نشاط حقل الشرقي"); a final نا is a tanwin as often (يقتل زوجته
        # طعنا), but not after a feminine plural (على قائمة أولوياتنا)
        our = k.endswith("نا") and (q == c + 1 or k[:-2].endswith("ات"))
        opens = q == c + 1 or (q == c + 2 and ctx.toks[c + 1].key in _BEFORE_A_VERB)
        if t.arabic and len(k) >= 4 and ((opens and k.startswith("ن")) or our) and not ctx.definite(q):
            return True
        if q > c + 3:
            continue
        if t.key.startswith(("لن", "لم", "سن")) and len(t.key) >= 5 and t.key[2:3] == "ن":
            return True
    return False


def _unconfirmed(ctx: _Ctx, i: int, a: int, b: int, cands: list[_Cand], last) -> tuple[_Cand, int] | None:
    """لم يتسن (لـX) التحقق / لم يسعه (على الفور) تأكيد / لم يتمكن X من التأكد / تعذر التحقق."""
    if not ctx.is_("negator", i):
        return None
    for j in range(i + 1, min(b, i + 9)):
        if ctx.is_("verify", j):
            break
        if ctx.toks[j].punct:
            return None
    else:
        return None
    t0 = ctx.toks[i]
    off = t0.conj_off or (1 if t0.key[:1] in "وف" and t0.key[1:] in ctx.lex.words["negator"] else 0)
    cue = ctx.span(t0.start + off, ctx.toks[j].end)
    cand = _Cand(cue, i, "unconfirmed", "unconfirmed")
    if i + 1 < j and ctx.is_("issued", i + 1):
        # "…، فيما لم يصدر تأكيد رسمي لهذا القرار": the narrator's remark that no one confirmed; it ends what was
        # said before it and is no one's statement (a candidate without a speaker is dropped)
        _clause(ctx, cand, i, a)
        return cand, j + 1
    # explicit speaker: لـ + NP (لم يتسن لرويترز) or the subject of يتمكن
    for k in range(i + 1, j):
        t = ctx.toks[k]
        if ctx.prep_prefixed(k) or (t.key.startswith("ل") and (k in ctx.ent_start or ctx.is_source(k))):
            if t.key in ("لنا", "له", "لها", "لهم"):
                continue
            cand.speaker = _span_np(ctx, k, j, strip_l=True)
            break
        if ctx.is_source(k) and not ctx.function_word(k):
            end = _np_forward(ctx, k, j)
            if end > k:
                cand.speaker = ctx.span(t.start, ctx.toks[end - 1].end)
                break
    prev = cands[-1] if cands else None
    if cand.speaker is None:
        if prev is not None and prev.speaker is not None:
            cand.speaker, cand.via = prev.speaker, prev.via
            cand.implicit = True
        else:
            return None
    k = j + 1
    if k < b and ctx.toks[k].key in _FROM_IT:
        k = b  # "وهو ما لم يتسن التحقق منه": what could not be checked is the report before, no words after
    while k < b and (ctx.toks[k].key in ("من", "صحه", "بشكل", "مستقل", "علي", "نحو") or ctx.toks[k].punct):
        if ctx.toks[k].text in OPEN_QUOTES:
            break
        k += 1
    cand.content_start = ctx.toks[k].start if k < b else None
    if cand.content_start is None and prev is not None:
        cand.inherit_content = True
    _clause(ctx, cand, i, a)
    return cand, j + 1


_FROM_IT = frozenset(lookup_key(w) for w in "منه منها منهم منهما".split())


def _clause(ctx: _Ctx, cand: _Cand, first: int, a: int) -> None:
    """Where the statement's clause starts and whether it is coordinated (ends a previous content)."""
    t = ctx.toks[first]
    cand.clause_start = t.start
    cand.coordinate = first == a or t.conj_off > 0
    p = first - 1
    if p - 1 >= a and ctx.toks[p].key in ("لم", "لن", "لا") and ctx.toks[p - 1].key in ("ما", "الذي", "التي"):
        p -= 1  # "…، وهو ما لم يؤكده الجيش": the negator between the relative and the verb
    if p - 1 >= a and ctx.toks[p].key in ("لم", "لن") and ctx.toks[p - 1].key in _BUT_PRONOUNS:
        # "…، لكنه لم يؤكد": the negated verb opens a clause of its own after "but he"
        cand.clause_start = ctx.toks[p - 1].start
        cand.coordinate = True
        cand.extra["but_it"] = True
        return
    if p >= a and _after_hakadha(ctx, first):
        # '"…"، هكذا رد المتحدث': the quotation before "thus" is what was said
        cand.clause_start = ctx.toks[p - 1].start
        cand.coordinate = True
        cand.postposed_ok = True
        return
    if p >= a:
        pt = ctx.toks[p]
        if pt.text in COMMAS or pt.text in DASHES or ctx.is_("particle", p):
            cand.clause_start = pt.start
            cand.coordinate = True
            cand.postposed_ok = pt.key in ("كما", "وكما") or pt.text in COMMAS
            # "، كما قال" : the comma before the connector belongs to the boundary too
            if pt.key in ("حين", "وحين") and p - 1 >= a and ctx.toks[p - 1].key in ("في", "وفي"):
                p -= 1  # "في حين يؤكد …"
                cand.clause_start = ctx.toks[p].start
            if p - 1 >= a and ctx.toks[p - 1].text in COMMAS:
                cand.clause_start = ctx.toks[p - 1].start
        if pt.key in ("حسبما", "وحسبما", "بحسبما", "كما", "وكما", "بما", "مثلما"):
            cand.postposed_ok = True
        if pt.text in CLOSE_QUOTES and pt.text != "'":
            cand.postposed_ok = True  # «…» قال المتحدث
            cand.coordinate = True
        if pt.key in ("ما", "الذي", "التي") or _resumes_clause(ctx, p, a):
            # "…، وهو ما نفته دمشق" / "…، الأمر الذي نفاه" / "…، وهو أمر تنفيه إيران": the clause before the comma
            # is the content
            for q in range(p - 1, max(a - 1, p - 4), -1):
                if ctx.toks[q].text in COMMAS:
                    cand.postposed_ok = True
                    cand.coordinate = True
                    cand.clause_start = ctx.toks[q].start
                    cand.extra["resumptive"] = True
                    break
                if ctx.toks[q].key not in ("وهو", "وهي", "هو", "هي", "الامر", "وهذا", "ما"):
                    break
        if pt.key in ("ما", "لما") and p - 1 >= a and ctx.toks[p - 1].key in ("وفق", "وفقا", "بحسب", "حسب", "طبقا"):
            cand.postposed_ok = True
            cand.clause_start = ctx.toks[p - 1].start
            if p - 2 >= a and ctx.toks[p - 2].text in COMMAS:
                cand.clause_start = ctx.toks[p - 2].start


def _subject_after_but(ctx: _Ctx, a: int, i: int) -> tuple[int, int] | None:
    """ "ولم تتبن أي جهة الهجوم، لكن فصائل مسلحة موالية لإيران تنضوي تحت اسم "…" أعلنت مسؤوليتها": the source or
    name right after لكن is the subject of the verb at i when what lies between describes it (no other cue); as a
    (first, last) token range, or None."""
    q = next((q for q in range(i - 1, max(a, i - 16) - 1, -1) if _but_at(ctx, q, a)), None)
    if q is None or q + 1 >= i or not (ctx.is_source(q + 1) or q + 1 in ctx.ent_start):
        return None
    if any(ctx.cue_form(k) is not None for k in range(q + 1, i)):
        return None
    e = _np_forward(ctx, q + 1, i)
    for k in range(q + 2, e):  # the description's present verb (تنضوي، يقودها) ends the phrase
        key = ctx.toks[k].key
        if key[:1] in ("ت", "ي") and len(key) >= 4 and not ctx.nisba(key) and k not in ctx.named_words:
            e = k
            break
    return (q + 1, e - 1) if e > q + 1 else None


def _but_at(ctx: _Ctx, q: int, a: int) -> bool:
    """لكن, or the أن of غير أن / إلا أن / بيد أن ("غير أن وزير التجارة الدولية ليام فوكس، قال", session 33)."""
    key = ctx.toks[q].key
    return key in ("لكن", "ولكن") or (key == "ان" and q - 1 >= a and ctx.toks[q - 1].key in _BUT_BEFORE_AN)


_BUT_BEFORE_AN = frozenset(lookup_key(w) for w in "غير وغير إلا وإلا بيد".split())


# "المعترف بها دوليا": the participle of recognition, with its pronoun, inside a government's name
_RECOGNISED = frozenset(lookup_key(w) for w in "المعترف المعترفة".split())


# Courts and judges, whose أدان convicts (lookup keys of a speaker's first word, with and without ال)
_COURTS = frozenset(k for w in "محكمة قاضي قاضية قضاء".split() for k in (lookup_key(w), "ال" + lookup_key(w)))


def _fronted_addressee(ctx: _Ctx, i: int, a: int) -> Span | None:
    """ "وفي تصريح لقناة الجزيرة، قال المتحدث …": the ل-phrase of an interview noun that opens the sentence, a comma
    right before the verb at i, is whom the report was given to."""
    toks = ctx.toks
    if i - a < 4 or toks[a].key not in ("في", "وفي") or toks[i - 1].text not in COMMAS:
        return None
    j = a + 1
    if (toks[j].bare or toks[j].key) not in _GIVEN_TO:
        return None
    j += 1
    while j < i - 1 and (ctx.nisba(toks[j].key) or ctx.is_("adjective", j)):
        j += 1  # في تصريح صحفي لـ…
    t = toks[j]
    if not (t.key.startswith("ل") and not t.key.startswith("ال")) or _l_np_end(ctx, j, i - 1) != i - 1:
        return None
    stem, bare = _after_lam(t.key)
    # a name or an outlet, a reporter, a source (not "في تصريح لافت", an adjective spelt with ل)
    if not (j in ctx.ent_start or _outlet_word(ctx, bare) or stem in ctx.lex.sources):
        return None
    strip = 2 if t.text.startswith("لـ") else 1
    return ctx.span(t.start + strip, toks[i - 2].end)


def _accused_only(ctx: _Ctx, c: _Cand) -> bool:
    """An accusation whose content is the accused's name alone ("والرياض تتهم إيران"): no charge, nothing said."""
    form = ctx.cue_form(c.cue_i) if c.kind == "verb" else None
    if form is None or form[0].cue.frame != "accuse" or c.content_start is None:
        return False
    return any(e.start == c.content_start and e.end == c.content_end for e in ctx.doc.entities)


def _declines_comment(ctx: _Ctx, c: _Cand) -> bool:
    """A refusal whose content opens with commenting or answering (رفض التعليق، رفض الإدلاء بتصريحات، رفض الرد)."""
    if c.stance != "deny" or c.content_start is None:
        return False
    i = ctx.tok_at(c.content_start)
    return i is not None and (ctx.toks[i].bare or ctx.toks[i].key) in _COMMENTS


# Commenting and answering: what a refusal declines (رفض التعليق) and what did not come (لم يصدر تعليق من …), keys
_COMMENTS = frozenset(lookup_key(w) for w in "التعليق تعليق تعليقا الرد رد ردا تعقيب الإدلاء الإجابة".split())


def _court_verdict(ctx: _Ctx, c: _Cand) -> bool:
    """أدان / يدين said by a court or a judge: a conviction, no report."""
    form = ctx.cue_form(c.cue_i)
    if form is None or form[0].cue.lemma != "أدان" or c.speaker is None:
        return False
    first = c.speaker.text.split()[0] if c.speaker.text.split() else ""
    return lookup_key(first) in _COURTS or (first == "هيئة" and "المحكمة" in c.speaker.text)


def _resumes_clause(ctx: _Ctx, p: int, a: int) -> bool:
    """ "وهو أمر" / "وهي اتهامات" at p: a noun taking up the clause before it, the object of the verb after it,
    whose subject follows (وهو أمر تنفيه إيران)."""
    return ctx.toks[p].key in _RESUMED_NOUNS and p - 1 >= a and ctx.toks[p - 1].key in _RESUMPTIVE


def _skip_aside(ctx: _Ctx, p: int, a: int) -> int:
    """Step back over "من جانبه", "بدوره" placed between a subject and its verb."""
    if p >= a and ctx.is_("aside", p) and p - 1 >= a and "من" in (ctx.toks[p - 1].key, ctx.toks[p - 1].bare):
        return p - 2
    if p >= a and ctx.toks[p].key in ("بدوره", "بدورها", "بدورهم", "ايضا", "قد"):
        return p - 1  # "وكان التحالف قد أعلن"
    # "غير أن مسؤولا أمنيا طلب عدم الكشف عن اسمه قال …": the request not to be named sits between subject and verb
    for k in range(max(a + 1, p - 7), p - 1):
        if _asks_anonymity(ctx, k, p + 1) and _past_unnamed(ctx, k, p + 1) == p + 1:
            return k - 1
    return p


def _skip_fillers(ctx: _Ctx, k: int, b: int) -> int:
    while k < b:
        t = ctx.toks[k]
        if t.text in COMMAS or t.text == "/" or ctx.is_("adverb", k) or (ctx.is_time(k) and not t.key.startswith("ل")):
            k += 1
            continue
        if t.text[:1].isdigit() and k > 0 and ctx.is_time(k - 1):
            k += 1  # "أيار 2017"
            continue
        if t.key == "من" and k + 1 < b and ctx.is_("aside", k + 1):
            k += 2
            continue
        if (age := _age_end(ctx, k, b)) > k:
            k = age  # "وقال شاب يبلغ من العمر 22 عاما لرويترز": his age, then whom he told
            continue
        if t.key in _PERIODS and k + 1 < b and ctx.toks[k + 1].key in _PAST_PERIOD:
            k += 2  # "أعلنت الأسبوع الماضي إحباط …": a period the times layer leaves out (FORMAT.md), no content
            continue
        if t.text == "(":
            close = next((q for q in range(k + 1, min(b, k + 6)) if ctx.toks[q].text == ")"), None)
            if close is not None:
                k = close + 1  # "(سانا)", "(أ ف ب)"
                continue
        break
    return k


_AGED = frozenset(lookup_key(w) for w in "يبلغ تبلغ البالغ البالغة".split())
_YEARS = frozenset(lookup_key(w) for w in "عاما عام سنة سنوات أعوام ربيعا".split())


def _age_end(ctx: _Ctx, k: int, b: int) -> int:
    """After "يبلغ من العمر 22 عاما" / "البالغة 27 عاما" at k, else k."""
    toks = ctx.toks
    if toks[k].key not in _AGED:
        return k
    j = k + 1
    if j + 1 < b and toks[j].key == "من" and toks[j + 1].key == "العمر":
        j += 2
    if j + 1 < b and toks[j].text[:1].isdigit() and toks[j + 1].key in _YEARS:
        return j + 2
    return k


_CARRYING = frozenset(lookup_key(w) for w in "رافعين رافعات حاملين حاملات مرددين مرددات هاتفين هاتفات".split())
_CROWDS = frozenset(lookup_key(w) for w in "المئات الآلاف العشرات الألوف".split())
_PERIODS = frozenset(lookup_key(w) for w in "الأسبوع الشهر العام السنة".split())
_PAST_PERIOD = frozenset(lookup_key(w) for w in "الماضي الماضية المنصرم المنصرمة الفائت الفائتة".split())
_GOALS = frozenset(lookup_key(w) for w in "هدف الهدف هدفا هدفين الهدفين هدفه هدفها هدفهم أهداف".split())


def _adds_a_goal(ctx: _Ctx, i: int, b: int) -> bool:
    """ "أضاف X الهدف الثاني": a goal word within seven tokens of the verb, before any content marker."""
    for q in range(i + 1, min(b, i + 8)):
        if _opener_at(ctx, q) is not None or ctx.toks[q].text in COMMAS:
            return False
        if ctx.toks[q].key in _GOALS:
            return True
    return False


_URGED_BODIES = frozenset(lookup_key(w) for w in "سلطات حكومة قوات قيادة أطراف".split())


def _urged_after_same_speaker(ctx: _Ctx, i: int, a: int, b: int, form: CueForm, prev: _Cand | None, s: int) -> bool:
    """A demand verb joined by و to a statement of this sentence (its speaker goes on), with a generic noun after it
    and the governed preposition right after that noun: the noun is who is urged, not a new speaker."""
    if form.cue.frame != "demand" or prev is None or prev.speaker is None or prev.cue.start < ctx.toks[a].start:
        return False
    verb = ctx.toks[i]
    if title_gender_clash(prev.speaker.text, verb.bare or verb.key, form.present):
        return False  # "قال الوزير …، ودعت السلطات إلى الهدوء": a feminine verb, another speaker
    # a generic body in construct with a name is urged too ("ونددت البعثة بالهجوم، ودعت سلطات طالبان إلى …")
    construct_body = ctx.toks[s].key in _URGED_BODIES and s + 1 in ctx.ent_start
    if s in ctx.ent_start or not (ctx.definite(s) or construct_body):
        return False  # a name after the verb is its subject (ودعت مصر الأطراف إلى …)
    e = _np_forward(ctx, s, b)
    return e < b and _governed(ctx, e, form)


def _quoted_predicate(ctx: _Ctx, i: int, a: int) -> bool:
    """The cue at i opens a quotation right after the subject of a complementiser's clause (أن طهران "ترحب …"، إن
    الحكومة "تؤكد …"): a name or a definite noun, one or two words, between the complementiser and the quote."""
    if i - 2 < a or ctx.toks[i - 1].text not in OPEN_QUOTES:
        return False
    for q in (i - 3, i - 4):
        if q >= a and ctx.is_("comp", q) and ctx.toks[q].key in ("ان", "بان"):
            subject = range(q + 1, i - 1)
            return all(r in ctx.ent_start or r in ctx.named_words or ctx.definite(r) for r in subject)
    return False


def _after_hakadha(ctx: _Ctx, i: int) -> bool:
    """The cue at i follows '"…"، هكذا' (a quotation, a comma, then "thus"): the quotation is its content."""
    toks = ctx.toks
    return (
        i >= 3
        and toks[i - 1].key in ("هكذا", "وهكذا")
        and toks[i - 2].text in COMMAS
        and toks[i - 3].text in CLOSE_QUOTES
    )


def _verb(ctx: _Ctx, i: int, a: int, b: int, form: CueForm, off: int, prev: _Cand | None) -> _Cand | None:
    cue_def = form.cue
    t = ctx.toks[i]
    if _quoted_predicate(ctx, i, a):
        return None  # 'مؤكدا أن طهران "ترحب بأي مبادرة"': the reported clause's verb, quoted, reports nothing
    if cue_def.frame == "relay" and _plain_report(ctx, i, b):
        # "نقلت وكالة الأنباء الرسمية أن …": no عن, so nobody is relayed; the channel itself reports
        form = replace(form, cue=replace(cue_def, frame="say", requires=()))
        cue_def = form.cue
    if cue_def.requires and not _requires(ctx, i, b, cue_def.requires) and not _after_hakadha(ctx, i):
        return None  # (after '"…"، هكذا' the quotation is what the verb reports: هكذا رد المتحدث على التقارير)
    if cue_def.lemma == "أقر" and not _requires(ctx, i, b, ("بان",)) and not _plain_report(ctx, i, b):
        return None  # "أقرت ميركل أن …" admits; "أقر البرلمان قانونا … أن" approves a law
    if cue_def.frame == "demand" and i + 1 < b and ctx.toks[i + 1].key in _TO_HIM:
        return None  # "احتجاجات دعت إليها مجموعة …": who called for the thing named before, in a clause describing it
    if cue_def.lemma == "أضاف" and _adds_a_goal(ctx, i, b):
        return None  # "أضاف ميسي هدفين"، "أضاف لاعب ليفربول روبرتو فيرمينيو الهدف القاتل": scored, said nothing
    before = ctx.toks[i - 1] if i - 1 >= a else None
    if before is not None and before.key == "عدم":
        return None  # طلبوا عدم ذكر أسمائهم: the verbal noun, not the verb
    if (
        before is not None
        and before.key in _RELATIVES_OF_A_THING
        and i + 1 < b
        and ctx.toks[i + 1].key in _ON_THE_THING
    ):
        return None  # "حرب تجارية، التهديد الذي يلوح به ترامب": a clause describing the thing, no report
    if cue_def.lemma == "طالب" and i + 1 < b and ctx.toks[i + 1].key in ("لجوء", "اللجوء"):
        return None  # "مليون طالب لجوء": asylum seekers, not a demand
    if cue_def.lemma == "تابع" and off == 0 and before is not None and not before.punct and ctx.nounish(i - 1):
        return None  # "عناصر في مركز أمني تابع للجماعتين": affiliated, an adjective (the verb opens its clause)
    if cue_def.lemma == "لفت" and any(ctx.toks[q].key in _ATTENTION for q in range(i + 1, min(b, i + 5))):
        return None  # "لفتت شابة صغيرة الأنظار": drew attention, said nothing
    if before is not None and before.key == "علي" and cue_def.lemma == "ذكر":
        return None  # "من دون أن يأتي على ذكر مقاتلي التنظيم": mentioning, a noun
    if form.enclitic and before is not None and ctx.is_("document", i - 1):
        # "في بيان نشرته على صفحتها"، "في بيان نقلته منصة الزلاقة": the pronoun is the statement, whose report is
        # the verb before (a platform that carried it relays nobody's words)
        return None
    if before is not None and before.key == "من" and cue_def.lemma == "وصف" and form.enclitic:
        return None  # "نقلت الصحيفة عن من وصفته بمسؤول …": who the channel called so, read by the relay
    if before is not None and before.key == "ممن":
        return None  # "اعتقال أعداد ممن وُصفوا بأنهم مثيرو شغب": "of those who": a description of the noun before
    if (
        before is not None
        and before.key == "ما"
        and form.enclitic
        and i - 2 >= a
        and ctx.nounish(i - 2)
        and ctx.toks[i - 2].key not in _WHICH_HEADS
        and cue_def.lemma != "وصف"  # (ما وصفوه بالثأر: what they called it, read by _calls_it)
        and not ctx.after_according_to_what(i)
    ):
        return None  # "نفى صحة ما ذكرته فورد": what was said is a genitive inside another report, none of its own
    calls = _calls_it(ctx, i, a, b, form)
    if calls:
        # "ردا على ما وصفته بالعدوان الأمريكي"، "التصرفات التي وصفتها بالإرهابية": what it was called is the
        # content, after the بـ (unquoted, so no opener marks it; without this the clause before was copied)
        form = replace(form, cue=replace(cue_def, preps=(*cue_def.preps, "ب")))
        cue_def = form.cue
    # a present verb after أن / لن / كي / ل is subjunctive (a purpose or a possibility), not a report
    if form.present and before is not None and before.key in ("ان", "لن", "كي", "لكي", "ل", "لان", "حتي"):
        return None
    if form.present and before is not None and before.key in ("بما", "مما", "لما", "عما", "وبما", "ومما"):
        return None  # "بما يهدد …": a consequence, not a report
    if before is not None and before.key in ("مما", "ومما") and not form.enclitic:
        # "أحرق متظاهرون القنصلية، مما دعا طهران إلى …": what it prompted, not a report ("مما ادعته الصحيفة" is
        # "of what the paper claimed", a report)
        return None
    if cue_def.lemma == "اعترف" and i + 1 < b and ctx.toks[i + 1].key in _BI_PRONOUNS:
        return None  # "تعترف بها أكثر من 138 دولة": recognition, not a confession
    if form.present and cue_def.lemma == "أدان" and before is not None and before.key == "ما":
        return None  # "على ما يدين الدولة": what incriminates, not who condemns
    if (
        i + 1 < b
        and ctx.toks[i + 1].key in _BI_PRONOUNS
        and before is not None
        and ctx.nounish(i - 1)
        and not ctx.definite(i - 1)
        and i - 1 not in ctx.ent_start
    ):
        return None  # "تحسبا لضربات محتملة تهدد بها الدول الغربية": a clause describing the noun before it
    if before is not None and before.text in COMMAS and off == 0 and _predicate_of_content(ctx, i, a, prev):
        return None  # "ذكرت الوزارة أن فرقة الأبحاث بالمهدية، كشفت …": the verb of the reported clause
    stance = cue_def.stance
    if before is not None and before.key in ("لم", "ولم", "لن", "لا", "ولا") and stance == "assert":
        if cue_def.lemma in ("أكد",):
            stance = "unconfirmed"  # لم يؤكد: neither asserted nor denied
        else:
            return None
    elif before is not None and before.key in ("لم", "ولم", "لا", "ولا") and stance == "deny":
        stance = "unconfirmed"  # "لا ينفي أن …": does not rule it out, neither denies nor asserts
    cand = _Cand(ctx.span(t.start + off, t.end), i, "verb", stance)
    if (
        calls
        and (t.bare or t.key).endswith(("وه", "وها", "وهم"))
        and (prev is None or prev.cue.start < ctx.toks[a].start)
    ):
        # "وتظاهر المئات … احتجاجا على ما وصفوه بتزوير النتائج": the plural callers are the sentence's subject, not
        # the article's last speaker; no report when the subject is not a name or a source, or is an indefinite
        # accusative, an object ("شكلت شرطة جدة فريقا أمنيا …، وإيقاف ما وصفوه": those who called it are not named)
        subj = _sentence_subject(ctx, a, i, prev)
        first = ctx.tok_at(subj.start) if subj is not None else None
        if first is None or (
            ctx.toks[first].key.endswith("ا") and not ctx.definite(first) and first not in ctx.ent_start
        ):
            return None
        return cand if _by_sentence_subject(ctx, cand, i, a, b, form, prev, subj) else None
    if cue_def.frame in ("relay", "ascribe"):
        return _relay(ctx, cand, i, a, b, form, prev)
    if cue_def.frame == "came_in":
        return _came_in(ctx, cand, i, a, b, form)
    conj = off > 0
    if form.present and not conj and before is not None and ctx.is_("comp", i - 1) and before.key not in _BARE_COMPS:
        # "قال الوزير إنه يدعو المواطنين إلى …": the pronoun is the subject, the noun after the verb its object;
        # the one it refers to is the speaker already speaking in this sentence. A verb that needs its complementiser
        # needs it at once here (إنه يتابع بجدية … is "follows"), and يبلغ is also "amounts to" (أنه يبلغ حوالي …)
        if prev is None or prev.speaker is None or prev.cue.start < ctx.toks[a].start:
            return None
        if cue_def.frame == "tell" or (cue_def.requires and not (i + 1 < b and ctx.is_("comp", i + 1))):
            return None
        cand.speaker, cand.via, cand.implicit = prev.speaker, prev.via, True
        _clause(ctx, cand, i, a)
        cand.coordinate = False
        _after_speaker(ctx, cand, i + 1, b, form)
        return cand
    p = _skip_aside(ctx, i - 1, a)
    if p - 1 >= a and ctx.toks[p].key in _OFTEN and ctx.is_("relative", p - 1):
        p -= 1  # "ستيرجن التي طالما انتقدته": the relative's clause, the adverb between
    if _after_hakadha(ctx, i):
        p = a - 1  # '"…"، هكذا رد المتحدث': nothing before the verb is its subject; the speaker follows it
    # a past verb that carries its plural or dual subject (قالوا، حثا، أعلنتا) has no subject noun after it: the
    # noun there is its object (ودعا بلينكن ومبعوث الاتحاد الطرفين …، وحثا القادة على العودة)
    subject_after = None if _carries_subject(t, form) else _subject_after(ctx, i, b, form, prev)
    if subject_after is not None and not conj and i - 1 >= a and ctx.toks[i - 1].key in _BUT_PRONOUNS:
        subject_after = None  # "لكنه دعا مقاتلي الحركة إلى …": the pronoun is the subject, the noun the one urged
    if subject_after is not None and conj and _urged_after_same_speaker(ctx, i, a, b, form, prev, subject_after):
        subject_after = None  # "انتقدت المنظمة القرارات، ودعت السلطات إلى …": the authorities are the ones urged
    pronoun_at = _in_which_at(ctx, i + 1, b)
    if not conj and pronoun_at is not None and not (p >= a and ctx.is_("relative", p)):
        d = _document_before(ctx, i, a)
        if d is not None:
            return _describes_document(ctx, cand, i, a, b, d, form, prev, subject_after, pronoun_at + 1)
    sp_range = None
    relative = False
    adverbial_before = False  # a prepositional phrase right before the verb, whose subject follows it
    if not conj and subject_after is None and (asked := _asked_before(ctx, a, i)) is not None:
        # "وعندما سئل ترامب عما إذا كان يعتزم الترشح قال …": the one asked answers
        cand.speaker = asked
        _clause(ctx, cand, i, a)
        cand.coordinate = False
        _after_speaker(ctx, cand, i + 1, b, form)
        return cand
    if not conj and p >= a and ctx.toks[p].text not in COMMAS and not ctx.toks[p].punct:
        if ctx.is_("relative", p) or _resumes_clause(ctx, p, a):
            relative = True  # (وهو أمر تنفيه إيران: the noun is the verb's object, as ما is)
            # a present verb right after the relative, its subject not after it ("الهجوم الذي يقول الجيش إنه …": the
            # army says it), has the relative for subject when it agrees with it ("الحوثيين الذين يؤكدون"); when it
            # does not ("السفن التي يقولون إنها …"), the noun is what is said about and the sentence's subject speaks
            if ctx.is_("relative", p) and form.present and not form.enclitic and subject_after is None:
                if not _relative_agrees(ctx.toks[p].key, t.bare if t.conj_off and t.bare else t.key):
                    return cand if _by_sentence_subject(ctx, cand, i, a, b, form, prev) else None
                if p - 1 >= a and ctx.nounish(p - 1):
                    sp_range = _backward_np(ctx, p - 1, a, short=True)
        elif ctx.nounish(p) and not ctx.is_time(p):
            sp_range = _backward_np(ctx, p, a)
            if sp_range is not None and (ante := _antecedent_of_relative(ctx, sp_range[0], a)) is not None:
                sp_range = ante  # "بيد أن مهاتير، رئيس الوزراء …، والذي فاز بالانتخابات تعهد": the named one
            if sp_range is not None and (d := _document_by(ctx, sp_range[0], a)) is not None:
                sp_range = (d, p)  # "مشروع قرار قدمته السويد والكويت يطالب بهدنة": the draft demands
            if ctx.is_("slogan", p) and not conj:
                # "ورفع المحتجون شعارات تندد بالمرسوم": the ones who raise or chant them speak, in the slogans' own
                # clause ("ولم يعلق الحزب، فيما شيع المئات القتلى وسط هتافات تندد …": the mourners)
                opens = [q + 1 for q in range(a, p) if ctx.toks[q].text in COMMAS or ctx.is_("particle", q)]
                # "وتظاهر العشرات …، رافعين شعارات تطالب": a circumstantial participle goes on with the clause before
                opens = [q for q in opens if ctx.toks[q].key not in _CARRYING]
                clause = max([a, *opens])
                subj = _sentence_subject(ctx, clause, i, prev, crowds=True)
                return cand if subj is not None and _by_sentence_subject(ctx, cand, i, a, b, form, prev, subj) else None
            if sp_range is not None and sp_range[0] == p and _verb_before_masdar(ctx, p, i, form):
                return None  # "هيئة …، تتولى كشف الحقيقة": the cue is the verbal noun, object of a verb
            if sp_range is not None and _place_phrase_before_vs(ctx, sp_range[0], a, subject_after):
                sp_range = None  # "وفي تقرير منفصل أعلن الجيش التركي": the phrase is where, the subject follows
                adverbial_before = True
            elif sp_range is not None and _after_preposition(ctx, sp_range[0], a):
                # a preposition's object right before the verb is no subject: a name or a source after the verb is
                # ("بمناسبة الإعلان عن الحزب الجديد توجه المرزوقي برسالة"، "وفي هذا السياق أكد المدير"، "وبخصوص
                # الحالات الخاصة أوضح الولباني"); else no report ("مصدر مطلع على المفاوضات تحدث لـ…") unless the
                # object is a source noun ("بعد تقارير أفادت")
                if subject_after is not None and (subject_after in ctx.ent_start or ctx.is_source(subject_after)):
                    sp_range = None
                    adverbial_before = True
                elif not any(
                    ctx.is_source(q) and q not in ctx.ent_start and ctx.toks[q].key not in _PLACE_SOURCES
                    for q in range(sp_range[0], _before_inner_pp(ctx, *sp_range))
                ):
                    return None  # (a place in a phrase inside it is no source: "على سفن في البحر الأحمر تقول")
            if (
                sp_range is not None
                and form.enclitic
                and not _np_definite(ctx, *sp_range)
                and not _opens_clause(ctx, sp_range[0], a)
            ):
                return None  # "في بلاغ نشرته على موقعها": the pronoun on the verb is the noun, its object
            if sp_range is not None and not _np_definite(ctx, *sp_range) and not _opens_clause(ctx, sp_range[0], a):
                # "فتاة تدعى …" / "لقطات قالت إنها …": an indefinite noun and a verb make a descriptive clause
                # unless the noun is a source itself ("تقارير أفادت"، "مسلحين أعلنوا")
                if form.present or not any(ctx.is_source(q) for q in range(sp_range[0], sp_range[1] + 1)):
                    sp_range = None
                    # "بثت قناة X لقطات قالت إنها …": the channel speaks
                    if not form.present and _by_sentence_subject(ctx, cand, i, a, b, form, prev):
                        return cand
    k_after = i + 1
    if sp_range is not None:
        s0, s1 = sp_range
        cand.speaker = _strip_conj_span(ctx, s0, s1)
        cand.extra["sv"] = s0
        _clause(ctx, cand, s0, a)
        q = s0 - 1
        if relative:
            cand.coordinate = False  # "X الذي قال": inside the clause that names X
        elif q >= a and ctx.is_("prep", q):
            cand.coordinate = True  # "بعد تقارير أفادت": the phrase closes the clause before it
            cand.clause_start = ctx.toks[q].start
        elif q >= a and ctx.is_("comp", q) and not (q - 1 >= a and ctx.toks[q - 1].key in ("الا", "غير", "بيد")):
            cand.extra["nested"] = True
            cand.coordinate = False
        elif q >= a and ctx.is_("comp", q):
            cand.coordinate = True  # "إلا أن المسؤول قال …": a connector, not a complementiser
            cand.clause_start = ctx.toks[q - 1].start
    elif (
        subject_after is not None
        and conj
        and form.cue.frame in ("demand", "tell")
        and ctx._source_with_pronoun(ctx.toks[subject_after])
        and subject_after not in ctx.ent_start
    ):
        # "وقاطع التيار الصدري الانتخابات، ودعا أنصاره إلى …": his supporters are the ones urged; the sentence's
        # subject urges them
        subj = _sentence_subject(ctx, a, i, prev)
        if subj is None and prev is not None and prev.speaker is not None and prev.cue.start >= ctx.toks[a].start:
            subj = prev.speaker  # "قال الزعيم إن …، ودعا أنصاره": the one speaking in the sentence goes on
        if subj is None:
            return None
        cand.speaker, cand.implicit = subj, True
        _clause(ctx, cand, i, a)
        _after_speaker(ctx, cand, subject_after, b, form)
        return cand
    elif subject_after is not None and (adverbial_before or not _vs_blocked(ctx, i, a, p, conj, relative)):
        s0 = subject_after
        s1 = _np_forward(ctx, s0, b)
        if (
            s1 > s0
            and cue_def.frame == "say"
            and not any(e.end == ctx.toks[s1 - 1].end for e in ctx.doc.entities)  # (not "روسيا ودمشق "الخوذ …"")
            and (quoted := _quoted_body_end(ctx, s1, b)) is not None
        ):
            if any(ctx.is_("comp", q) for q in range(quoted, min(b, quoted + 12))):
                s1 = quoted  # "كاتب عام نقابة شركة الاطارات "ستيب" في تصريح … أن": the body's name in quotes
        if cue_def.requires and all(len(w) > 1 and w.isalpha() for w in cue_def.requires):
            # the required object word closes the subject: "ووجهت نساء أخريات [اتهامات] لكافانو"
            s1 = next((q for q in range(s0 + 1, s1) if ctx.toks[q].key in cue_def.requires), s1)
        if _surname_subject(ctx, s0, prev) and not (s0 + 1 < b and _person_title(ctx, s0 + 1)):
            s1 = s0 + 1  # a surname takes no genitive; a title after it still belongs to it (الحديثي المتحدث …)
        _clause(ctx, cand, i, a)
        if _accused_after_coordination(ctx, s0, s1, b, form, conj, prev, a, i):
            # نفت X مسؤوليتها، واتهمت الجيش بـ…: the phrase is the accused, X goes on speaking; the content starts
            # with the accused, as it does after a named accuser
            cand.speaker, cand.via, cand.implicit = prev.speaker, prev.via, True  # type: ignore[union-attr]
            k_after = s0
        else:
            if form.cue.frame == "accuse" and _runs_into_accusation(ctx, s1, b):
                one_name = s1 - s0 == 1 or _one_named_phrase(ctx, s0, s1)
                if conj and one_name and not form.enclitic:  # (واتهمها الجيش بـ: the pronoun is the accused)
                    # "وتخشى تركيا … وتتهم وحدات حماية الشعب بأنها …": a lone name before بـ is the accused; the
                    # subject of the sentence's first verb accuses, and with none (passive "واتهمت دارين بـ", a
                    # relative clause) there is no report rather than the accused speaking
                    subj = _sentence_subject(ctx, a, i, prev)
                    if subj is None:
                        return None
                    cand.speaker, cand.implicit = subj, True
                    _after_speaker(ctx, cand, s0, b, form)
                    return cand
                s1 = _accuser_end(ctx, s0, s1)  # اتهم الوزير المعارضة بـ…: the accused follows the accuser
            if form.cue.lemma in _QUOTED_OBJECT_CUES:
                s1 = _before_quoted_object(ctx, s0, s1)
            if form.cue.frame in ("tell", "accuse", "demand") or form.cue.lemma == "وصف":
                # أبلغ / اتهم / وصف X [المبعوث الروسي]: the one told or described; حث ماكرون [ترمب] على: urged
                s1 = _teller_end(ctx, s0, s1)
            while s1 - 1 > s0 and ctx.is_("day", s1 - 1) and s1 - 1 not in ctx.named_words:
                # "قال وزير النقل، أنيس غديرة اليوم، إن": the day is when, not who (not نيسان: شركة نيسان; not the
                # last word of a name: المجلس الاجتماعي لسوق الجمعة)
                s1 -= 1
            k_after = s1
            cand.speaker = ctx.span(ctx.toks[s0].start + ctx.toks[s0].conj_off, ctx.toks[s1 - 1].end)
            cand.extra["vs"] = (s0, s1)
    else:
        if p >= a and ctx.toks[p].text in COMMAS and not conj:
            # "وكان المرصد، ومقره بريطانيا، أكد …"; a verb with و after the commas ("…، التي تحبط جهود الباحثين،
            # ودعا …") goes on from the verb before, so the phrase before the aside is not its subject
            sp_range = _parenthetical_subject(ctx, p, a)
        if sp_range is None and not conj and not relative and not form.enclitic:
            sp_range = _subject_after_but(ctx, a, i)  # (not "…، لكن الأجهزة مستمرة فيما وصفته بـ…")
        if sp_range is not None:
            cand.speaker = _strip_conj_span(ctx, *sp_range)
            _clause(ctx, cand, sp_range[0], a)
        else:
            _clause(ctx, cand, i, a)
            if relative and (subject_after is not None or ctx.is_("in_which", i + 1)):
                # "المناطق التي ذكرها الجيش", "تصريحات الأرملة والتي دعتهم فيها إلى …": a description inside
                # another clause
                return None
            if relative and form.enclitic:
                if i + 1 >= b or not (ctx.toks[i + 1].key[:1] == "ب" or _opener_at(ctx, i + 1)):
                    return None  # "بحسب البيانات التي نشرها على موقعه": the verb describes the document
                cand.coordinate = False  # "التي وصفتها بـ…": the speaker is the one already speaking
            elif not cand.coordinate:
                return None
            subj = _sentence_subject(ctx, a, i, prev)
            if subj is None and (prev is None or prev.speaker is None):
                return None
            if form.present and not conj and before is not None and before.key in ctx.lex.words["particle"]:
                if before.key not in _GOES_ON and not cand.extra.get("but_it"):
                    return None  # "بما يهدد": a verb inside a phrase, not a new report
            tk = (t.bare if off else t.key) or t.key
            same_sentence = (
                (conj or bool(cand.extra.get("but_it")))
                and prev is not None
                and prev.speaker is not None
                and prev.cue.start >= ctx.toks[a].start
                and not _inside_quote(ctx, a, i)
            )
            goes_on = before is not None and before.key in _GOES_ON  # "ومضى يقول": the speaker before goes on
            if (
                form.present
                and tk.startswith("ي")
                and not tk.endswith(("ون", "ان"))
                and not same_sentence
                and not goes_on
            ):
                return None  # "ويذكر أن": impersonal; "ينفي الحزب …، ويقول إنه": the same speaker goes on
            if form.resumptive or ctx.after_according_to_what(i):
                return None  # "وفق ما أكدته عائلته" with no speaker read after it: better no report than a guess
            if subj is not None:
                cand.speaker, cand.via = subj, None
            else:
                if title_gender_clash(prev.speaker.text, tk, form.present):  # type: ignore[union-attr]
                    return None  # "وقالت: «أنا ممثلة كوميدية»" after the president spoke: she is someone else
                if _plural_verb(tk) and _one_person(ctx, prev.speaker):  # type: ignore[union-attr,arg-type]
                    return None  # "غير أن نوابا … انسحبوا … ووصفوها بأنها مجحفة": not the committee head before
                cand.speaker, cand.via = prev.speaker, prev.via  # type: ignore[union-attr]
            cand.implicit = True
    _after_speaker(ctx, cand, k_after, b, form)
    if calls and cand.content_start is not None:
        # the name given ends with its phrase, and it sits inside the clause that holds it (no new clause starts)
        e = i + 1
        while e < b and not (ctx.toks[e].punct and ctx.toks[e].text not in _QUOTE_MARKS):
            e += 1
        cand.content_end = ctx.toks[e - 1].end
        cand.coordinate = False
        cand.extra["nested"] = True
    if form.resumptive or ctx.after_according_to_what(i):
        # "وفق ما أكدته عائلته في منشور على فيسبوك": what was said is the clause before, never what follows
        cand.content_start = cand.content_end = None
        cand.extra.pop("np_content", None)
    cue_key = (t.bare if off else t.key) or t.key
    if cand.implicit and cand.speaker is not None and _dual_verb(cue_key) and not _coordinated_speaker(cand.speaker):
        return None  # "أكد البيان أن الجانبين جددا …، ورحبا بـ": the two sides welcomed, not the statement
    return cand


# Adverbs of frequency between a relative and its verb (التي طالما انتقدته، الذي لطالما دعا), as lookup keys
_OFTEN = frozenset(lookup_key(w) for w in "طالما لطالما".split())
# A relative pronoun before a cue whose preposition carries the pronoun of the thing described (الذي يلوح به)
_RELATIVES_OF_A_THING = frozenset(("الذي", "التي"))
_ON_THE_THING = frozenset(("به", "بها", "عنه", "عنها", "اليه", "اليها", "عليه", "عليها"))


def _participle_reports(ctx: _Ctx, i: int, b: int, requires: tuple[str, ...]) -> bool:
    """The first word after the cue at i that licenses it is قائلا / قائلة after a comma: that participle makes the
    report of its own (a cue counted after a comma), so the verb would only repeat it with its object as content."""
    for q in range(i + 1, min(b, i + 15)):
        t = ctx.toks[q]
        if t.key in requires:
            return t.key in ("قائلا", "قائله") and ctx.toks[q - 1].text in COMMAS
    return False


def _calls_it(ctx: _Ctx, i: int, a: int, b: int, form: CueForm) -> bool:
    """وصف with its object pronoun right after ما / التي / الذي and a بـ-word soon after it: "what X called Y"."""
    if form.cue.lemma != "وصف" or not form.enclitic or i - 1 < a or i + 1 >= b:
        return False
    if ctx.toks[i - 1].key not in ("ما", "التي", "الذي") or ctx.after_according_to_what(i):
        return False
    for j in range(i + 1, min(b, i + 6)):  # "ما وصفته المعارضة بالحلول الترقيعية": its subject may come first
        t = ctx.toks[j]
        if t.punct:
            return False
        if t.key.startswith("ب") and len(t.key) >= 4 and t.key not in ctx.lex.sources:
            return True
    return False


def _verb_before_masdar(ctx: _Ctx, p: int, i: int, form: CueForm) -> bool:
    """The bare cue (كشف، نقل، ذكر: the past and the verbal noun are spelt alike) follows a lone word that looks
    like a present verb (تتولى، يعتزم، نواصل): the cue is that verb's object, so no one "revealed" anything."""
    t, w = ctx.toks[i], ctx.toks[p]
    if form.present or form.enclitic or t.key != lookup_key(form.cue.lemma):
        return False
    if p in ctx.ent_start or ctx.is_source(p) or ctx.definite(p) or w.conj_off > 0:
        return False
    k = w.key
    return len(k) >= 4 and k[0] in "تين" and not k.endswith(("ه", "ات", "ية"))


def _document_before(ctx: _Ctx, i: int, a: int) -> int | None:
    """The nearest indefinite document or occasion noun (the document word class, `_OCCASIONS`, `_VENUES`) within
    eight tokens before the verb at i (بيانا، رسالة، كلمة، مؤتمرا صحفيا، جلسة), in the verb's sentence."""
    for d in range(i - 1, max(a, i - 9) - 1, -1):
        t = ctx.toks[d]
        if t.text in (".", "!", "?", "؟", ":") or ctx.is_("relative", d):
            return None
        k = t.bare if t.conj_off and t.bare else t.key
        k = k[:-1] if k.endswith("ا") and len(k) > 3 else k
        if k in _VENUES or k in _OCCASIONS or k in ctx.lex.words["document"]:
            return None if k.startswith("ال") else d
    return None


def _describes_document(
    ctx: _Ctx,
    cand: _Cand,
    i: int,
    a: int,
    b: int,
    d: int,
    form: CueForm,
    prev: _Cand | None,
    subject_after: int | None,
    content_at: int | None = None,
) -> _Cand | None:
    """ "أصدر الجيش بيانا قال فيه إن …", "بعث رسالة إلى نظيره أكد فيها أن …", "ألقى كلمة شدد خلالها على …": the
    verb and its pronoun describe the document at d. The speaker is the subject named after the pronoun (أكد فيه
    الأمين العام), else the first source phrase before the document (the one who issued it), else whoever spoke
    before in the article."""
    _clause(ctx, cand, i, a)
    cand.coordinate = False
    if subject_after is not None:
        s1 = _np_forward(ctx, subject_after, b)
        cand.speaker = ctx.span(ctx.toks[subject_after].start + ctx.toks[subject_after].conj_off, ctx.toks[s1 - 1].end)
        cand.extra["vs"] = (subject_after, s1)
        _after_speaker(ctx, cand, s1, b, form)
        return cand
    issuer = _issuing_subject(ctx, a, d)
    for q in range(a, d) if issuer is None else ():
        tq = ctx.toks[q]
        named = q in ctx.ent_start or ctx.definite(q) or (tq.bare or tq.key) in ctx.lex.sources  # not a bare verb
        if named and ctx.is_source(q) and not ctx.prep_prefixed(q) and not (q - 1 >= a and ctx.is_("prep", q - 1)):
            e = _np_forward(ctx, q, d)
            if e > q:
                issuer = _strip_conj_span(ctx, q, e - 1)
                break
    if issuer is not None:
        cand.speaker = issuer
    elif prev is not None and prev.speaker is not None:
        cand.speaker, cand.via = prev.speaker, prev.via
    else:
        return None
    cand.implicit = True
    _after_speaker(ctx, cand, content_at if content_at is not None else i + 2, b, form)
    return cand


# Past stems of the verbs that issue a document or hold an occasion (أصدر بيانا، نشر تغريدة، وجه رسالة، ألقى كلمة،
# عقد مؤتمرا): their subject issued the document named after them.
_ISSUING_VERBS = frozenset(
    lookup_key(w) + suffix
    for w in "أصدر نشر بعث وجه ألقى عقد أرسل وزع بث".split()
    for suffix in ("", "ت", "وا", "ا", "تا")
) | {lookup_key("ألقت")}


def _issuing_subject(ctx: _Ctx, a: int, d: int) -> Span | None:
    """The subject of the verb that issued the document at d ("أصدرت الجامعة التونسية لكرة القدم اليوم بلاغا"),
    nearest first: it is who speaks through the document, even when it is no entity or source noun and another
    source stands earlier in the sentence ("بعد إعلان رئيس الحكومة …، أصدرت الجامعة …")."""
    for q in range(d - 1, a - 1, -1):
        t = ctx.toks[q]
        k = t.bare if t.conj_off and t.bare else t.key
        if k in _ISSUING_VERBS and q + 1 < d:
            e = _np_forward(ctx, q + 1, d)
            if e > q + 1 and (ctx.nounish(q + 1) or q + 1 in ctx.ent_start) and not ctx.prep_prefixed(q + 1):
                return _strip_conj_span(ctx, q + 1, e - 1)
            return None
    return None


def _in_which_at(ctx: _Ctx, j: int, b: int) -> int | None:
    """Token of the pronoun that points back to a document or occasion at j (فيه، خلالها), or after من at j (بلاغا
    أكدت من خلاله): its position, else None."""
    if j < b and ctx.is_("in_which", j):
        return j
    if j + 1 < b and ctx.toks[j].key == "من" and ctx.is_("in_which", j + 1):
        return j + 1
    return None


def _predicate_of_content(ctx: _Ctx, i: int, a: int, prev: _Cand | None) -> bool:
    """The statement before, in this sentence, reports "أن + a noun phrase" that has no verb yet, and a comma
    then the verb at i follow: the verb is that clause's predicate, the comma a pause after a long subject."""
    if prev is None or prev.content_start is None or prev.cue.start < ctx.toks[a].start:
        return False
    first = ctx.tok_at(prev.content_start)
    if first is None or first - 1 < a or not ctx.is_("comp", first - 1) or i - 1 - first > 24:
        return False
    governed = False  # past a preposition the phrase may go on with any noun (من التزاماتها للمبعوث الدولي)
    for q in range(first, i - 1):
        tq = ctx.toks[q]
        if tq.text in COMMAS and governed and q + 1 < i - 1 and ctx.toks[q + 1].conj_off > 0:
            continue  # "أن تنصل الميليشيات من التزاماتها، والانخراط في …، يؤكد": a second subject joined by و
        if tq.punct or ctx.cue_form(q) is not None or ctx.verb_like(q) or ctx.is_time(q):
            return False
        if ctx.is_("prep", q) and q > first:
            governed = True
            continue
        if ctx.function_word(q) or not ctx.nounish(q):
            return False
        if q - first > 10 and not governed:
            return False
        # after its head, the phrase is a chain of definite words (الأبحاث والتفتيش للحرس الوطني بالمهدية): an
        # indefinite word there is a predicate already (أن الوضع مستقر، قال …)
        defined = ctx.definite(q) or q in ctx.inside_name or tq.key.startswith(("بال", "لل", "وال", "فال"))
        governed = governed or (tq.key[:1] in ("ب", "ل") and not tq.key.startswith("ال"))
        if q > first and not defined and not governed:
            return False
    return True


def _inside_quote(ctx: _Ctx, a: int, i: int) -> bool:
    """Token i sits inside a quotation: one opened in its sentence and not yet closed, or one running past sentences."""
    if any(qs <= ctx.toks[i].start < qe for qs, qe in ctx.quotes):
        return True
    depth = 0
    for q in range(a, i):
        text = ctx.toks[q].text
        if text in OPEN_QUOTES and (text not in CLOSE_QUOTES or depth == 0):
            depth += 1
        elif text in CLOSE_QUOTES and depth > 0:
            depth -= 1
    return depth > 0


def _asked_before(ctx: _Ctx, a: int, i: int) -> Span | None:
    """ "عندما / حين / لدى / ولما سئل X …، قال": the named subject of the passive "was asked" before the verb."""
    for q in range(a, i - 1):
        if ctx.toks[q].key.lstrip("وف") != "سئل" or q - 1 < a:
            continue
        if ctx.toks[q - 1].key.lstrip("وف") not in ("عندما", "حين", "حينما", "لما", "لدي", "عند", "بعدما"):
            continue
        r = q + 1
        if r < i and (r in ctx.ent_start or ctx.is_source(r)) and not ctx.prep_prefixed(r):
            e = _np_forward(ctx, r, i)
            if e > r:
                return ctx.span(ctx.toks[r].start, ctx.toks[e - 1].end)
    return None


_BUT_PRONOUNS = frozenset(("لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم"))
_NEGATED_OPENERS = frozenset(("لم", "ولم", "لا", "ولا"))


def _sentence_subject(ctx: _Ctx, a: int, i: int, prev: _Cand | None, crowds: bool = False) -> Span | None:
    """ "عادت الأمم المتحدة وأعلنت …" / "بثت قناة X لقطات قالت إنها …": the subject of an earlier verb of the
    same sentence when no statement of this sentence came before; with ``crowds``, a counted crowd (المئات) too."""
    if prev is not None and prev.cue.start >= ctx.toks[a].start:
        return None
    # "ولم يصدر المجلس أي تعليق، فيما نشر التلفزيون مشاهد لما قال إنها …": a while-clause before the verb has its
    # own subject, nearer than the sentence's
    whiles = [q for q in range(a + 1, i - 2) if ctx.toks[q].key in _WHILE_OPENERS and ctx.toks[q - 1].text in COMMAS]
    if whiles:
        subj = _sentence_subject(ctx, whiles[-1] + 1, i, None, crowds)
        if subj is not None or whiles[-1] + 1 < i - 1:
            return subj  # (a clause of its own with no named subject: "بينما علت نداءات بإيقاف ما وصفوه")
    # "ولم تعلق إسرائيل على التقارير، لكنها قالت …": the pronoun on لكن is the subject of the clause before, a name
    # even where no source word marks it
    r = i - 1
    while r > a and (ctx.toks[r].key in _AUXILIARIES or ctx.toks[r].key in ("قد", "لم", "لن")):
        r -= 1  # "لكنها كانت قد أكدت"، "لكنه لم يؤكد"
    but_it = r >= a and ctx.toks[r].key in _BUT_PRONOUNS
    for q in range(a, i - 1):
        tq = ctx.toks[q]
        if tq.text in OPEN_QUOTES:
            return None  # what a quotation says is not the narrator's clause
        # a verb opens the sentence, follows و or a comma, or a connector (كما تطرق الصيد …، فأكد)
        opens = q == a or tq.conj_off > 0 or ctx.toks[q - 1].text in COMMAS or ctx.is_("particle", q - 1)
        # "وسبق أن عرض نتنياهو … وقال إن": the verb after "it happened before that" opens the clause
        opens = opens or (q - 2 >= a and ctx.toks[q - 1].key == "ان" and ctx.toks[q - 2].key in _HAPPENED_BEFORE)
        if but_it and q - 1 == a and ctx.toks[a].key in _NEGATED_OPENERS:
            opens = True  # "ولم تعلق إسرائيل"
        if opens and tq.key in _KANA and (subj := _kana_subject(ctx, q, i)) is not None:
            return subj  # "وكان الأمين العام … قد غادر ليبيا …، وكتب": the subject between كان and قد
        cue = ctx.cue_form(q)
        # a cue whose required word is absent is a plain verb here (وحمل المتظاهرون لافتات: carried, not blamed)
        reports = cue is not None and (not cue[0].cue.requires or _requires(ctx, q, i, cue[0].cue.requires))
        if not opens or tq.punct or ctx.function_word(q) or (reports and not but_it):
            continue  # (لم تعلق is a cue that reported nothing: its subject is the one لكنها points to)
        if ctx.is_source(q) or ctx.prep_prefixed(q) or ctx.is_time(q) or ctx.is_("aside", q):
            continue
        if tq.bare is not None and tq.bare in ctx.lex.sources:
            continue  # "بين الوالي وأعضاء الحكومة": a coordinated noun, not a verb
        r = q + 1
        if but_it and q - 1 == a and r < i and ctx.toks[r].key in _COMMENTS:
            # "ولم يصدر تعليق فوري من قوات الدعم السريع، …، لكنها نفت": the body no comment came from
            k = next((k for k in range(r + 1, min(r + 4, i)) if ctx.toks[k].key == "من"), None)
            if k is not None and k + 1 in ctx.ent_start:
                return ctx.span(ctx.toks[k + 1].start, ctx.toks[_np_forward(ctx, k + 1, i) - 1].end)
        named = ctx.is_source(r) or (ctx.definite(r) and ctx.toks[r].key in ctx.surnames)
        named = named or (crowds and ctx.toks[r].key in _CROWDS)  # "شيع المئات … وسط هتافات": a crowd chanting
        named = named or (but_it and r < i and r in ctx.ent_start)
        if r < i and named and not ctx.prep_prefixed(r):
            e = _np_forward(ctx, r, i)
            if not ctx.definite(r) and r not in ctx.ent_start and _sound_plural(ctx, r):
                # an indefinite sound plural takes no genitive: the definite noun after it is the object ("أحرق
                # متظاهرون القنصلية"); agreeing adjectives stay (متظاهرون غاضبون)
                e = r + 1
                while e < i and not ctx.definite(e) and _sound_plural(ctx, e) and e not in ctx.ent_start:
                    e += 1
            if ctx.definite(r) and r not in ctx.ent_start:
                # a definite subject takes adjectives only; the next definite noun is the verb's object
                # ("ونشرت الصحيفة الخبر، وقالت إن …")
                q = r + 1
                while q < e and (ctx.nisba(ctx.toks[q].key) or ctx.is_("adjective", q)) and not _place_name_at(ctx, q):
                    q += 1  # its adjectives; a definite noun right after them is the object
                if q < e and (_object_noun(ctx, q) or _place_name_at(ctx, q)):
                    e = q  # (a place named right after it is the object too: "وغادر الوزير ليبيا")
                while e - 1 > r and (ctx.is_("prep", e - 1) or ctx.function_word(e - 1)):
                    e -= 1  # "رأى البعض في الخطوة": the preposition went with the object
            # (one indefinite word only when a source noun in the nominative and the cue joined by و goes on with
            # its clause: "واقتحم متظاهرون المقر وأعلنوا"; an accusative one is the object: "ونشرت صورا قالت إنها …";
            # "قتل شخص …، كما أفاد تجار" is a passive toll, its victim no speaker)
            nominative_source = (
                ctx.is_source(r) and not ctx.toks[r].key.endswith(("ا", "ين")) and ctx.toks[i].conj_off > 0
            )
            if e > r + 1 or (e > r and (r in ctx.ent_start or ctx.definite(r) or nominative_source)):
                return ctx.span(ctx.toks[r].start, ctx.toks[e - 1].end)
    return None


_ATTENTION = frozenset(lookup_key(w) for w in "الأنظار أنظار الانتباه انتباه النظر".split())
_IYYA = frozenset(lookup_key(w) for w in "إياه إياها إياهم إياهما إياهن".split())
_KANA = frozenset(lookup_key(w) for w in "كان وكان كانت وكانت".split())


def _kana_subject(ctx: _Ctx, q: int, i: int) -> Span | None:
    """ "كان X قد فعل": the named subject X between the auxiliary at q and قد (before i), else None."""
    r = q + 1
    d = next((d for d in range(r + 1, min(i - 1, r + 10)) if ctx.toks[d].key == "قد"), None)
    if d is None or ctx.prep_prefixed(r) or not (ctx.is_source(r) or r in ctx.ent_start):
        return None
    if any(ctx.toks[k].punct or ctx.verb_like(k) for k in range(r, d)):
        return None
    return ctx.span(ctx.toks[r].start, ctx.toks[d - 1].end)


def _by_sentence_subject(
    ctx: _Ctx, cand: _Cand, i: int, a: int, b: int, form: CueForm, prev: _Cand | None, subj: Span | None = None
) -> bool:
    """Give the report at i to the subject of the sentence's earlier verb (``_sentence_subject``, unless the caller
    found it already: ``subj``), its content read after the cue; False, and ``cand`` untouched, when there is none."""
    subj = subj or _sentence_subject(ctx, a, i, prev)
    if subj is None:
        return False
    cand.speaker, cand.implicit = subj, True
    _clause(ctx, cand, i, a)
    cand.coordinate = False
    _after_speaker(ctx, cand, i + 1, b, form)
    return True


def _object_noun(ctx: _Ctx, q: int) -> bool:
    """A definite common noun that is no adjective and no part of a name: after a definite subject, the object."""
    t = ctx.toks[q]
    if not ctx.definite(q) or ctx.nisba(t.key) or ctx.is_("adjective", q) or ctx.prep_prefixed(q):
        return False  # (السابق، الحالي، العام …: adjectives of a title; للأمم: a genitive)
    return not any(e.start < t.end and t.start < e.end for e in ctx.doc.entities)


_DRAFTS = frozenset(lookup_key(w) for w in "مشروع مسودة".split())


def _antecedent_of_relative(ctx: _Ctx, s0: int, a: int) -> tuple[int, int] | None:
    """When the phrase before a verb at s0 is a relative clause's (والذي فاز بالانتخابات), the named phrase that opens
    the clause before the first comma (بيد أن مهاتير، …): its (first, last) tokens, else None."""
    rel = s0 - 1
    if rel < a or not (ctx.is_("relative", rel) or ctx.lex.is_("relative", ctx.toks[rel].bare or "")):
        return None
    comma = next((q for q in range(a + 1, rel) if ctx.toks[q].text in COMMAS), None)
    if comma is None:
        return None
    np = _backward_np(ctx, comma - 1, a)
    if np is None or not any(q in ctx.ent_start or ctx.is_source(q) for q in range(np[0], np[1] + 1)):
        return None
    if np[0] not in ctx.ent_start and (ctx.verb_like(np[0]) or ctx.cue_form(np[0]) is not None):
        return None  # "ويعرف سيهوفر، …، بانتقاده": the clause's own verb, no phrase of a speaker
    return np


def _document_by(ctx: _Ctx, s0: int, a: int) -> int | None:
    """Where a document noun opens the phrase "مشروع قرار قدمته السويد و" that ends right before the name at s0 (a
    document described by who wrote it), else None."""
    for v in range(s0 - 1, max(a, s0 - 5), -1):
        t = ctx.toks[v]
        if t.punct or (v < s0 - 1 and ctx.function_word(v)):
            return None
        # a past verb with the document's pronoun, right after it (قدمته، أعدته، صاغتها)
        if ctx.is_("document", v - 1) and t.key.endswith(("ه", "ها")) and not ctx.definite(v) and len(t.key) >= 4:
            d = v - 1
            return d - 1 if d - 1 >= a and ctx.toks[d - 1].key in _DRAFTS else d
    return None


def _place_name_at(ctx: _Ctx, q: int) -> bool:
    """A place's name (LOC) starts at token q."""
    return q in ctx.ent_start and ctx.doc.entities[ctx.ent_start[q][0]].type == "LOC"


def _vs_blocked(ctx: _Ctx, i: int, a: int, p: int, conj: bool, relative: bool) -> bool:
    """A verb followed by its subject must open its clause: "فتاة تدعى سوزانا" and "التي ذكرها الجيش" do not."""
    if conj or p < a:
        return False
    pt = ctx.toks[p]
    if relative:
        cand = _Cand(ctx.span(0, 0), i, "verb", "assert")
        _clause(ctx, cand, i, a)
        return not cand.extra.get("resumptive")
    if pt.punct or ctx.is_("particle", p) or ctx.is_time(p) or ctx.is_("aside", p) or ctx.is_("comp", p):
        return False
    if ctx.is_("prep", p) or ctx.toks[p].key in ("به", "بها", "عنه", "عنها"):
        return False
    return ctx.nounish(p) and p not in ctx.ent_start


def _opens_clause(ctx: _Ctx, s0: int, a: int) -> bool:
    """A subject at the start of its clause ("دمشق تعلن …", "وإسرائيل تنفي …") is no description of a noun before it."""
    if s0 == a or ctx.toks[s0].conj_off > 0:
        return True
    pt = ctx.toks[s0 - 1]
    return pt.text in COMMAS or pt.key in ("و", "ف", "لكن", "ولكن", "ثم", "بينما", "فيما")


def _np_definite(ctx: _Ctx, s0: int, s1: int) -> bool:
    return any(ctx.definite(q) for q in range(s0, s1 + 1))


_HAPPENED_BEFORE = frozenset(lookup_key(w) for w in "سبق وسبق".split())
_ON_IT = frozenset(lookup_key(w) for w in "عليه عليها عليهم عليهما".split())


def _subject_after(ctx: _Ctx, i: int, b: int, form: CueForm, prev: _Cand | None = None) -> int | None:
    j = _skip_fillers(ctx, i + 1, b)
    in_which = j < b and ctx.is_("in_which", j) and ctx.toks[i].conj_off == 0
    if j < b and (ctx.toks[j].key in ("به", "بها", "عنه", "عنها", "بذلك", "بهذا") or in_which):
        # "بما أفادت به لجنة …"; "بيانا أكد فيه الأمين العام": the pronoun points back to the document (after و,
        # "واتهمت فيها X بـ…", the subject goes on and the noun is the object); "كما توعدتها بذلك الولايات
        # المتحدة": what was threatened is the clause before
        j = _skip_fillers(ctx, j + 1, b)
    if j < b and ctx.toks[j].key in _ON_IT and "علي" in form.cue.preps:
        j = _skip_fillers(ctx, j + 1, b)  # "ورد عليه الوزير بأن"، "وعلقت عليها الخارجية قائلة": replied to him
    if j >= b:
        return None
    t = ctx.toks[j]
    if t.text in OPEN_QUOTES and j + 1 in ctx.ent_start:
        # 'أعلنت "المقاومة الإسلامية في العراق" مسؤوليتها': a body's name in quotes, the whole quotation
        name = ctx.doc.entities[ctx.ent_start[j + 1][0]]
        after = ctx.ent_start[j + 1][1] + 1
        if name.type in ("ORG", "PER") and after < b and ctx.toks[after].text in CLOSE_QUOTES:
            return j
    if t.text in OPEN_QUOTES and j + 1 < b and ctx.is_source(j + 1):
        return None
    if j in ctx.ent_start and _disagrees(ctx, i, j, form):
        # "وطالب روسيا بالتدخل": a masculine verb and a feminine name after it, its object; the subject may
        # follow that object ("وفق ما أفاد به وكالة تونس إفريقيا للأنباء الناطق الرسمي …")
        after = ctx.ent_start[j][1] + 1
        if after < b and ctx.is_source(after) and ctx.definite(after) and after not in ctx.ent_start:
            return after
        return None
    if (
        t.key in _DEMONSTRATIVES
        and ctx.toks[i].conj_off > 0
        and j + 1 < b
        and ctx.definite(j + 1)
        and ctx.is_source(j + 1)
    ):
        # "وأوضحت هاتان الجماعتان في بيان مشترك أن"، "وقالت تلك المصادر إن": the phrase after the demonstrative, the
        # local mention (as the gold's "البيان" or "الوزارة" for a body named before)
        return j + 1
    if ctx.nounish(j) and ctx.is_source(j) and not ctx.prep_prefixed(j):
        return j
    if _quantified_np(ctx, j, b) is not None:
        return j  # "ويقول العديد من خبراء السكان إن …"، "ورأى 86 بالمئة من الذين شملهم الاستطلاع أن …"
    if _surname_subject(ctx, j, prev):
        return j  # "وأكد عريقات على إصرار …" after "صائب عريقات" (a name, or the last word of the last speaker)
    # an unknown word followed at once by the content marker or a description is a name: "قالت موسكو إن"
    # ("قالت هيلي التي …", "أخبر معمر الإرياني، …", "وقال المسماري لبي بي سي إن"; a definite word only when it
    # has the nisba shape of a family name)
    if _body_head_again(ctx, j) and not ctx.prep_prefixed(j):
        return j  # "وذكرت الخلية" after "خلية الإعلام الأمني": the body named again by its head
    definite_name = ctx.definite(j) and (
        ctx.nisba(t.key)
        or (j + 1 < b and ctx.is_("comp", j + 1) and not ctx.has_entities)
        or t.key in ctx.surnames  # "وقال الصدر" after "مقتدى الصدر": a surname the model left untagged alone
    )  # "ونفى الكرملين أن …"
    # (after a cue that requires its ب-complement, a word the segmenter opens with ب is that complement, not the
    # subject: "ما وصفته بتصريحات "عدائية""; "قال باول "…"" keeps its speaker, whatever the segmenter reads)
    complement = "ب" in form.cue.requires and j in ctx.prep_clitic and ctx.toks[j].key.startswith("ب")
    if ctx.definite(j) and not ctx.prep_prefixed(j) and not complement and _marker_right_after(ctx, j, b, form):
        return j  # "وقالت المجلة إن"، "وذكرت البحرية أنه" (a word in ة too, when the marker follows at once)
    if ctx.nounish(j) and not ctx.prep_prefixed(j) and not complement and (not ctx.definite(j) or definite_name):
        if (
            ctx.has_entities
            and j not in ctx.ent_start
            and len(t.key) >= 4
            and t.key.endswith("ا")
            and not t.key.endswith("نا")  # مصدرنا، موفدتنا: "our source", not an accusative
            and not _dual_construct(ctx, j)
        ):
            return None  # an accusative noun (اعتبرتها موقفا يعكس "…"): the object, never the subject
        if t.key.startswith("ل") or ctx.is_time(j) or t.key.endswith("ه"):
            # also a word in ة (folded to ه): بشدة، إساءة are no speakers; bodies in ة are listed sources
            return None
        for q in range(j + 1, min(b, j + 4)):
            tq = ctx.toks[q]
            if _opener_at(ctx, q) or ctx.is_("relative", q) or tq.text in COMMAS:
                return j
            if tq.text.startswith("لـ") or (tq.key.startswith("ل") and not tq.key.startswith("ال") and q == j + 1):
                # "وقال المسماري لبي بي سي إن": an addressee of up to four words, then the content marker
                for r in range(q + 1, min(b, q + 5)):
                    if _opener_at(ctx, r) or ctx.toks[r].text in COMMAS:
                        return j
                    if ctx.function_word(r) or ctx.cue_form(r) is not None or ctx.toks[r].punct:
                        break
            if ctx.is_("prep", q) and q == j + 1 and not ctx.is_("comp", q):
                # "قال ترامب في سلسلة من التغريدات: …": a lead-in phrase, then the content marker
                for r in range(q + 1, min(b, q + 9)):
                    if _opener_at(ctx, r):
                        return j
                    if ctx.cue_form(r) is not None or ctx.toks[r].text in (".", "!", "?", "؟"):
                        break
            if ctx.function_word(q) or tq.punct or ctx.cue_form(q) is not None:
                break
            if ctx.definite(q) and not ctx.nisba(tq.key):
                break
    return None


def _marker_right_after(ctx: _Ctx, j: int, b: int, form: CueForm) -> bool:
    """The definite noun at j (with one definite adjective) is followed at once by the content marker of a verb of
    saying: its subject, whatever the noun ("وقالت المجلة إن"، "وأشارت التحقيقات إلى أن"، "ذكرت البحرية أنه").
    A verb that tells or accuses someone takes its object there (أبلغ الصحفيين أن، اتهم الجيش بأنه)."""
    if form.cue.frame not in ("say", "relay") or ctx.is_time(j) or not ctx.nounish(j):
        return False
    if ctx.toks[j].key in ("الجميع", "الكل"):
        return False  # "إذا قال الجميع إن …": everyone, nobody in particular
    if "ب" in form.cue.requires or form.cue.lemma in ("وصف", "هدد", "توعد"):
        return False  # "ووصفت المحطة الكربي بأنه …"، "وصف الأمر بأنه …": what is described comes first
    q = j + 1
    if q < b and ctx.definite(q) and ctx.nisba(ctx.toks[q].key) and q not in ctx.ent_start:
        q += 1  # "التسريبات الأولية"
    if q < b and ctx.toks[q].key in form.cue.preps and ctx.is_("prep", q):
        q += 1  # "أشارت التحقيقات إلى أن"
    elif (
        q < b
        and "ب" in form.cue.preps
        and (k := ctx.toks[q].key).startswith("ب")
        and len(k) > 4
        and not ctx.function_word(q)
        and k not in _NOT_B_COMPLEMENTS
    ):
        return True  # "رحب الإليزيه بإدراج فرنسا"، "ندد الحزب بالهجوم": the subject, then the verb's ب-complement
    return q < b and ctx.is_("comp", q) and not (q - 1 >= 0 and ctx.is_("blockcomp", q - 1))


# Words in ب that are no verb's complement but adverbs or other prepositions (بسبب، بشأن، بدوره)
_NOT_B_COMPLEMENTS = frozenset(
    lookup_key(w) for w in "بسبب بشأن بحسب بدوره بدورها بدورهم بعد بين بالقول بالتزامن بالإضافة بدون".split()
)


def _body_head_again(ctx: _Ctx, j: int) -> bool:
    """Token j is ال + the first word of an ORG named earlier in the document (الخلية after خلية الإعلام الأمني,
    الهيئة after هيئة النزاهة)."""
    k = ctx.toks[j].key
    if not k.startswith("ال") or len(k) < 5:
        return False
    head = k[2:]
    start = ctx.toks[j].start
    return any(
        e.type == "ORG" and e.end <= start and lookup_key(e.text.split()[0]) == head and " " in e.text
        for e in ctx.doc.entities
    )


def _dual_construct(ctx: _Ctx, j: int) -> bool:
    """The word at j ending in ا is a dual in construct (صحيفتا "عكاظ" و"الرياض"، وزيرا الخارجية), not an
    accusative: a source noun's dual before a definite word, a name or a quotation."""
    k = ctx.toks[j].key
    stem = k[:-2] + "ه" if k.endswith("تا") else k[:-1]
    if stem not in ctx.lex.sources:
        return False
    nxt = j + 1
    return nxt < len(ctx.toks) and (ctx.definite(nxt) or nxt in ctx.ent_start or ctx.toks[nxt].text in OPEN_QUOTES)


# Present-tense person prefix and ending each relative pronoun takes as its verb's subject.
_RELATIVE_AGREEMENT = {
    lookup_key(w): agreement
    for w, agreement in (
        ("الذي", ("ي", "")),
        ("التي", ("ت", "")),
        ("الذين", ("ي", "ون")),
        ("اللذان", ("ي", "ان")),
        ("اللذين", ("ي", "ان")),
        ("اللتان", ("ت", "ان")),
        ("اللتين", ("ت", "ان")),
    )
}


def _relative_agrees(relative_key: str, verb_key: str) -> bool:
    """A present verb (``verb_key``, no clitics) could have the relative pronoun as its subject: الذي يقول، التي
    تقول، الذين يقولون; not السفن التي يقولون (they say of the ships) nor الرجل الذي تقول (she says of him)."""
    agreement = _RELATIVE_AGREEMENT.get(relative_key)
    if agreement is None:
        return True  # (اللواتي، ممن: not checked)
    prefix, ending = agreement
    plural = verb_key.endswith(("ون", "ان"))
    return verb_key.startswith(prefix) and (verb_key.endswith(ending) if ending else not plural)


def _disagrees(ctx: _Ctx, i: int, j: int, form: CueForm) -> bool:
    """The cue verb at i (read as ``form``) is masculine singular and the entity starting at token j takes a
    feminine verb."""
    ent = ctx.doc.entities[ctx.ent_start[j][0]]
    if ent.start != ctx.toks[j].start:
        return False
    t = ctx.toks[i]
    key = (t.bare if t.conj_off and t.bare else t.key) or t.key
    return masculine_singular_verb(key, form.present) and feminine_name(ent.text, ent.type)


def _person_title(ctx: _Ctx, q: int) -> bool:
    """Token q is a person noun of the sources (المتحدث، الوزير، الباحث), with or without the article."""
    k = ctx.toks[q].bare or ctx.toks[q].key
    return (k[2:] if k.startswith("ال") else k) in ctx.lex.persons


def _surname_subject(ctx: _Ctx, j: int, prev: _Cand | None) -> bool:
    """Token j, no entity, is the surname of a person named in full before (عريقات after صائب عريقات; الصدر after
    مقتدى الصدر) or the last word of the last speaker: a one-word subject, which takes no genitive (طالب نتنياهو
    المجتمع الدولي بـ…: the community is asked)."""
    t = ctx.toks[j]
    if j in ctx.ent_start or len(t.key) < 4 or ctx.function_word(j):
        return False
    if t.key in ctx.lex.sources or (t.bare is not None and t.bare in ctx.lex.sources):
        return False  # الصحيفة، المفوضية، مصدر: a source noun opens a phrase of its own (الصحيفة النمساوية)
    if t.key in ctx.bare_surnames or (ctx.definite(j) and t.key in ctx.surnames):
        return True
    words = prev.speaker.text.split() if prev is not None and prev.speaker is not None else []
    return len(words) >= 2 and t.key == lookup_key(words[-1])  # a name after its first name or title


def _backward_np(ctx: _Ctx, p: int, a: int, short: bool = False) -> tuple[int, int] | None:
    """The subject noun phrase that ends at token p, when it starts at a clause boundary."""
    s = p
    limit = 3 if short else 9
    while s - 1 >= a and p - s < limit:
        q = s - 1
        tq = ctx.toks[q]
        if ctx.toks[s].conj_off > 0 and ctx.toks[s].bare is not None:
            break  # "وإسرائيل تنفي": the conjunction opens the subject
        if tq.key in ("في", "من") and q - 1 >= a and p - s < limit - 1:
            # "سكان قرية طيبة في المحافظة نفسها قالوا": a prepositional phrase inside the subject
            r = q - 1
            tr = ctx.toks[r]
            if ctx.nounish(r) and not tr.punct and not ctx.is_time(r) and ctx.cue_form(r) is None:
                s = r
                continue
        if tq.text in CLOSE_QUOTES:
            # صحيفة "صباح" التركية: a quoted name after a source noun is inside the phrase
            o = next((r for r in range(q - 2, max(a, q - 6) - 1, -1) if ctx.toks[r].text in OPEN_QUOTES), None)
            if o is not None and o - 1 >= a and ctx.toks[o - 1].key in ctx.lex.sources:
                s = o - 1
                continue
        if tq.punct or ctx.function_word(q) or ctx.cue_form(q) is not None or ctx.verb_like(q):
            break
        if short and _name_after_verb(ctx, q, s):
            break  # "هاجمت القوات الحوثيين الذين يؤكدون": the name is the antecedent, the word before it a verb
        if ctx.is_time(q) and q not in ctx.ent_start:
            break
        if _indefinite_after_definite(ctx, q, s):
            break  # "قوات الجماعة استهدفت سفينة تجارية قالت": no adjective follows a definite word indefinite
        s = q
    else:
        if s - 1 >= a and not short:
            return None  # ran past the length limit without meeting a boundary
    while s <= p and ctx.is_("prep", s):
        s += 1
    if s > p or not ctx.nounish(s) or ctx.is_time(s):
        return None
    if ctx.toks[s].text[:1] in OPEN_QUOTES:
        return None
    first = ctx.toks[s].bare or ctx.toks[s].key
    if first.startswith(("بال", "لل", "كال")) and s not in ctx.ent_start and first not in ctx.lex.sources:
        return None  # "وبالتحري معه اعترف"، "بالنسبة للمعرف الجبائي قالت": a prepositional phrase, no subject
    return s, p


def _name_after_verb(ctx: _Ctx, q: int, s: int) -> bool:
    """A name opens at token s, whole (no ل / ب before it in its token: بعض الموالين لقطر is one phrase), after an
    indefinite word q that is no source noun: the verb whose object the name is (هاجمت الحوثيين)."""
    if s not in ctx.ent_start or ctx.is_source(q) or ctx.definite(q):
        return False
    return ctx.doc.entities[ctx.ent_start[s][0]].start == ctx.toks[s].start + ctx.toks[s].conj_off


# Prepositions with a pronoun, inside a noun phrase's complement ("خصومه المنتقدين له في الخارج")
_PRONOUN_PREPOSITIONS = frozenset(
    lookup_key(w)
    for w in "له لها لهم لهما به بها بهم منه منها منهم عنه عنها عنهم عليه عليها عليهم فيه فيها فيهم".split()
)


def _indefinite_after_definite(ctx: _Ctx, q: int, s: int) -> bool:
    """Token s is a plain indefinite word right after the definite word q, outside any name: no noun phrase runs
    across them (an adjective agrees in definiteness, a genitive ends the construct), so a verb or a clause lies
    between (قوات الجماعة | استهدفت سفينة تجارية)."""
    tq, ts = ctx.toks[q], ctx.toks[s]
    return (
        ctx.definite(q)
        and q not in ctx.ent_start
        and s not in ctx.ent_start
        and s not in ctx.named_words
        and q not in ctx.named_words
        and ts.arabic
        and not ts.punct
        and not ctx.definite(s)
        and not ctx.function_word(s)
        and (ts.bare or ts.key) not in _PRONOUN_PREPOSITIONS
        and not ctx.prep_prefixed(s)
        and s not in ctx.prep_clitic
        and (ts.bare or ts.key) not in ctx.lex.sources
        and (ts.bare or ts.key) not in ctx.lex.words["adjective"]
        and not ctx.nisba(ts.key)
        and not tq.text.endswith(("ه", "ها", "هم"))  # (a pronoun: "أمينها العام")
    )


def _parenthetical_subject(ctx: _Ctx, p: int, a: int) -> tuple[int, int] | None:
    """ "وكان المرصد السوري، ومقره بريطانيا، أكد …": the subject before a comma-bounded aside."""
    if _fronted_topic(ctx, a):
        return None  # "وبالعودة إلى الزيارة التي قام بها …، مايك بومبيو، لبيونغ يانغ، أوضح": the name is the topic's
    for q in range(p - 1, max(a - 1, p - 14), -1):
        if ctx.toks[q].text in COMMAS:
            if q - 1 >= a and ctx.nounish(q - 1):
                np = _backward_np(ctx, q - 1, a)
                if np is not None and np[0] - 1 >= a and ctx.is_("prep", np[0] - 1):
                    return None  # "توعد السيسي، في كلمة عقب اجتماع للمجلس، بالرد، وأعلن": a phrase after a preposition
                return np
            return None
        if ctx.toks[q].text in (".", "!", "?", "؟", ":"):
            return None
        if ctx.cue_form(q) is not None:
            return None  # "…، بينما نفت X ذلك، وقالت": a clause of its own between the commas, not an aside
    return None


# A sentence opening with what it turns to (وبالعودة إلى …، وعن …، وبشأن …، وحول …): names inside that phrase are the
# topic, never the subject of the verb after it (as lookup keys, with and without و).
_TOPIC_FRONTS = frozenset(lookup_key(w) for w in "بالعودة عن بشأن حول بخصوص وبالعودة وعن وبشأن وحول وبخصوص".split())


def _fronted_topic(ctx: _Ctx, a: int) -> bool:
    q = a
    while q < len(ctx.toks) and ctx.toks[q].punct:
        q += 1
    return q < len(ctx.toks) and ctx.toks[q].key in _TOPIC_FRONTS


def _strip_conj_span(ctx: _Ctx, s0: int, s1: int) -> Span:
    t0 = ctx.toks[s0]
    return ctx.span(t0.start + t0.conj_off, ctx.toks[s1].end)


def _requires(ctx: _Ctx, i: int, b: int, words: tuple[str, ...]) -> bool:
    """One of ``words`` within 15 tokens after the verb, not counting an aside between commas that opens with
    a relative ("وعبر المرجع …، الذي يندر تدخله في السياسة، عن تضامنه")."""
    if "ما" in words and i > 0 and ctx.toks[i - 1].key == "ما":
        return True  # "…، وهو ما رفضه الاتحاد": what was rejected is the clause before ما
    k, counted = i + 1, 0
    # a ب on its own before a quotation: after a demand ('تطالب بـ"الحرية للمعتقلين"'), or after a verb of calling that
    # carries its object ('التي وصفتها بـ"الإرهابية"'، 'وصفها البيت الأبيض بـ"العار"'), not inside another report
    # ('بتوجيه ما وصفها بـ"الضربات الموجعة"') nor with the object named ('وصف الصواريخ بـ"…"': read badly)
    form = ctx.cue_form(i)
    bare_bi = form is not None and (
        form[0].cue.frame == "demand"
        or (
            form[0].enclitic
            and i > 0
            # after a relative, a comma or with و: 'التي وصفتها'، '، وصفها البيت الأبيض' (not 'اتهامات وصفها': the
            # pronoun is that noun, said inside another report)
            and (ctx.is_("relative", i - 1) or ctx.toks[i - 1].text in COMMAS or _with_wa(ctx.toks[i], form[0]))
        )
    )
    while k < b and counted < 14:
        t = ctx.toks[k]
        if t.text in COMMAS and k + 1 < b and ctx.is_("relative", k + 1):
            close = next((q for q in range(k + 2, min(b, k + 16)) if ctx.toks[q].text in COMMAS), None)
            if close is not None:
                k = close + 1
                continue
        k += 1
        counted += 1
        for w in words:
            if len(w) == 1 and not w.isalpha():
                if t.text.startswith(w) or (w == '"' and t.text in OPEN_QUOTES):
                    return True
            elif len(w) == 1:
                if t.key.startswith(w) and len(t.key) > 2:
                    return True
                if t.text.rstrip("\u0640") == w and k < b and ctx.toks[k].text in OPEN_QUOTES and bare_bi:
                    return True
            elif t.key == w or t.bare == w or (t.key.endswith(w) and len(t.key) - len(w) <= 2):
                return True
            elif w in _COMP_REQUIRED and t.key.startswith(w) and ctx.is_("comp", k - 1):
                return True  # أنه، إنها، بأنهم: the complementiser with its pronoun
    return False


def _with_wa(t: _Tok, form: CueForm) -> bool:
    """The cue word carries the conjunction و; for a verb whose own first letter is و (وصف), only when doubled."""
    if form.cue.lemma.startswith("و"):
        return t.text.startswith("وو")
    return t.conj_off > 0


_COMP_REQUIRED = frozenset(lookup_key(w) for w in ("أن", "إن", "بأن"))
# Verbs whose present with the complementiser right after it is the impersonal passive (يُعتقد أن، يُرجّح أن، يُتوقع أن).
_IMPERSONAL = frozenset(("اعتقد", "رجح", "توقع"))


# Nouns whose quoted name follows them inside a speaker's phrase (المتحدث باسم عملية "بركان الغضب" محمد قنونو).
_NAMING_HEADS = frozenset(lookup_key(w) for w in "عملية حملة غرفة مبادرة كتلة قائمة تنسيقية".split())
# ب with a pronoun pointing back (تعترف بها، تهدد بها): the verb is about the noun before it.
_BI_PRONOUNS = frozenset(("به", "بها", "بهم", "بهما"))
_DEMONSTRATIVES = frozenset(lookup_key(w) for w in "هذا هذه ذلك تلك هذين هاتين هذان هاتان هؤلاء".split())
# Nouns that end like a nisba but are none (وحملت تركيا الداعية فتح الله غولن …: the preacher is the one blamed).
# Words shaped as adjectives that head a construct in a speaker phrase and take a genitive: nouns in ية (رئيس بلدية
# الموصل، وزير خارجية تركيا) and عام (مدير عام الاستخبارات).
_HEADS_SHAPED_AS_ADJECTIVES = frozenset(
    lookup_key(w)
    for w in (
        "بلدية مديرية جمعية مفوضية قنصلية أكاديمية ولاية كلية عملية قضية شخصية ضحية هيئة رعاية نيابة خارجية داخلية "
        "عام عامة"
    ).split()
)


_SPOKESPERSONS = frozenset(lookup_key(w) for w in "الناطق الناطقة المتحدث المتحدثة".split())
# Broken plurals that head a source phrase and take feminine adjectives (مصادر أمنية، أوساط سياسية)
_FEMININE_PLURAL_HEADS = frozenset(lookup_key(w) for w in "مصادر جهات دول أوساط فصائل أطراف وسائل قوى".split())


def _agreeing_adjective(ctx: _Ctx, head_key: str, q: int) -> bool:
    """Token q is an indefinite adjective agreeing with the head: a feminine nisba (…ية) only after a feminine or a
    plural head (منظمات حقوقية، مصادر أمنية); after a masculine singular head, a word in ية is a noun in its genitive
    (جهاز حماية الغابات)."""
    k = ctx.toks[q].key
    if ctx.definite(q) or not _describes(ctx, k):
        return False
    return not k.endswith("يه") or head_key.endswith(("ه", "ات")) or head_key in _FEMININE_PLURAL_HEADS


def _describes(ctx: _Ctx, key: str) -> bool:
    """The key is an indefinite adjective of the phrase's head (أمنية، روسي، محليون), not a noun in ية (بلدية)."""
    return (ctx.nisba(key) or key in ctx.lex.words["adjective"]) and key not in _HEADS_SHAPED_AS_ADJECTIVES


_NOUNS_IN_IYA = frozenset({"داعيه"})  # (not قضية: "في ملف قضية حزب …" reads it as an adjective, which keeps the chain)
# Participles that join a document to its issuer (بيان صادر عن …، الرسالة الصادرة عن …), as lookup keys.
_ISSUED_BY = {"صادر", "صادره", "الصادر", "الصادره", "صدر"}
# "نقلت وكالة عن بيان للجيش قوله": the saying noun closes the source phrase.
_SAYING = {"قوله", "قولها", "قولهم", "قولهما"}
# Words that end like a dual in ان but are broken plurals or singulars, and take a genitive (لجان المقاومة، سكان
# المدينة، بيان الرئاسة، البيان الصادر عن …، برلمان الإقليم).
_AN_WORDS_WITH_GENITIVE = {
    "لجان", "اللجان", "سكان", "السكان", "بلدان", "البلدان", "اركان", "جيران", "شبان", "الشبان", "بيان", "البيان",
    "اعلان", "الاعلان", "برلمان", "البرلمان", "ديوان", "الديوان",
    "امين", "الامين",  # singular (أمين المجلس الأعلى للأمن القومي), not a plural in ين
}  # fmt: skip


# Quantities before "من + the people counted" (عدد من المسؤولين، العديد من الخبراء، 18٪ منهم، 40 في المئة من المشاركين).
_QUANTIFIERS = (
    frozenset(
        lookup_key(w)
        for w in "كل عدد العديد كثير الكثير بعض معظم غالبية أغلب أغلبية مئات عشرات آلاف ملايين جميع نصف ثلث ربع".split()
    )
    | _CROWDS
)  # (the definite counts too: "العشرات من أنصار المعارضة")
# Numbers in words that count people before their noun (ثلاثة مسؤولين، خمسة دبلوماسيين), as lookup keys
_NUMBER_WORDS = frozenset(
    lookup_key(w) for w in "ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع خمس ست سبع ثماني تسع عشر".split()
)
_PERCENT = frozenset(lookup_key(w) for w in "٪ % بالمئة بالمائة المئة المائة".split())


# Singular nouns that end like a sound plural (قانون يهودية الدولة is one phrase)
_SINGULARS_IN_UN = frozenset(lookup_key(w) for w in "قانون كانون مليون زيتون صابون طاعون عربون".split())
# نفى after لم / لا (its jussive drops the final ي: لم ينف، لم تنف)
_DENY_JUSSIVE = frozenset(lookup_key(w) for w in "ينف تنف ينفوا ينفي تنفي ينفيا تنفيا".split())


def _quantified_np(ctx: _Ctx, j: int, lim: int) -> int | None:
    """End (exclusive) of "quantity + من + noun phrase" starting at token j ("العديد من خبراء السكان"، "86 بالمئة من
    الذين شملهم الاستطلاع"، "18٪ منهم"), when the counted phrase is a source, a name, a definite noun or a relative;
    None otherwise."""
    toks = ctx.toks
    t = toks[j]
    if t.key in OPENING_HEDGES:
        # "تتهمه أكثر من مئة امرأة"، "قال نحو 20 مسؤولا": a hedged count, then the people counted
        counted = count_phrase_end([tk.key for tk in toks[j : min(lim, j + 9)]], 0) + j
        if j + 1 < counted < lim and ctx.nounish(counted) and toks[counted].key != "من":
            end = _np_forward(ctx, counted, lim)
            return end if end > counted else None
    if (t.key in _NUMBER_WORDS or t.text.isdigit()) and j + 1 < lim and ctx.is_source(j + 1):
        end = _np_forward(ctx, j + 1, lim)  # "قال ثلاثة مسؤولين أمريكيين إن"، "قال 3 دبلوماسيين"
        return end if end > j + 1 else None
    if t.key in _QUANTIFIERS or (t.bare is not None and t.bare in _QUANTIFIERS and t.conj_off == 0):
        k = j + 1
    elif t.text[:1].isdigit():
        k = j + 1
        if k < lim and toks[k].key == "في" and k + 1 < lim and toks[k + 1].key in _PERCENT:
            k += 2  # 40 في المئة
        elif k < lim and toks[k].key in _PERCENT:
            k += 1  # 86 بالمئة، 18 ٪
        elif not t.text.rstrip().endswith(("٪", "%")):
            return None  # a bare number counts no people without من … and a percentage
    else:
        return None
    if k >= lim:
        return None
    if toks[k].key in ("منهم", "منهن", "منها"):
        return k + 1
    if toks[k].key != "من" or k + 1 >= lim:
        return None
    h = k + 1
    if t.key == lookup_key("كل") and h in ctx.ent_start:
        return _names_listed(ctx, h, lim)  # "أدانت كل من دمشق وموسكو العملية": the names, not the object after them
    # the people counted: a relative, a name, a source noun or any definite noun (من المشاركين في الاستطلاع)
    if ctx.is_("relative", h) or h in ctx.ent_start or ctx.is_source(h) or (ctx.nounish(h) and ctx.definite(h)):
        if ctx.is_("relative", h):  # "من الذين شملهم الاستطلاع": the relative clause up to the content marker
            for q in range(h + 1, min(lim, h + 6)):
                if _opener_at(ctx, q) or toks[q].punct or ctx.cue_form(q) is not None:
                    return q if q > h + 1 else None
            return None
        end = _np_forward(ctx, h, lim)
        return end if end > h else None
    return None


def _names_listed(ctx: _Ctx, j: int, lim: int) -> int:
    """End (exclusive) of a list of names from token j: a name, then more joined by و, a comma before the و
    allowed ("كل من مالي والنيجر وبوركينا فاسو"، "كل من بريطانيا، وفرنسا")."""
    end = ctx.ent_start[j][1] + 1
    while end < lim:
        q = end + 1 if ctx.toks[end].text in COMMAS and end + 1 < lim else end
        if q not in ctx.ent_start or ctx.toks[q].conj_off == 0:
            break  # (the name must carry the و: وفرنسا)
        end = ctx.ent_start[q][1] + 1
    return end


def _np_forward(ctx: _Ctx, j: int, lim: int, appos: bool = True) -> int:
    """End (exclusive token index) of the speaker noun phrase that starts at token j."""
    toks = ctx.toks
    if j >= lim:
        return j
    if (quantified := _quantified_np(ctx, j, lim)) is not None:
        return quantified
    t0 = toks[j]
    if t0.text in OPEN_QUOTES:  # «سانا»، "المقاومة الإسلامية في العراق"
        for q in range(j + 1, min(lim, j + 7)):
            if toks[q].text in CLOSE_QUOTES:
                return q + 1 if q > j + 1 else j
        return j
    if not ctx.nounish(j):
        return j
    end = j + 1
    is_name = False
    last_person = False  # the phrase so far ends in a person's name: a ل after it is an addressee
    if j in ctx.ent_start:
        end = max(end, ctx.ent_start[j][1] + 1)
        is_name = True
        last_person = ctx.doc.entities[ctx.ent_start[j][0]].type == "PER"
    head_key = t0.bare or t0.key
    head_plural = head_key.endswith(("ون", "ين", "ان")) and not is_name and head_key not in _AN_WORDS_WITH_GENITIVE
    # a head with a possessive pronoun (أسرته، عائلتها) is definite: no genitive follows it (نفت أسرته صحة ذلك)
    last_def = ctx.definite(j) or (head_key in ctx.lex.sources and head_key.endswith(("ته", "تها", "تهم")))
    last_src = head_key in ctx.lex.sources
    chain = False  # inside a chain of indefinite genitives after a source noun
    described = False  # an indefinite adjective has followed: the construct chain is over (مصادر روسية [التوصل])
    domain = False  # the phrase has taken a ل-domain (المدير الجهوي لحفظ الصحة)
    spokesman = False  # … or is a spokesman's (باسم): its seat only with the name after it
    name_ended = end if j in ctx.ent_start and ctx.doc.entities[ctx.ent_start[j][0]].type != "PER" else -1
    n = 1
    bracket: int | None = None  # where an acronym in brackets opened, when the phrase went on past it
    while end < lim and n < 10:
        t = toks[end]
        k = t.key
        if end in ctx.ent_start and t.conj_off == 0:
            nxt_type = ctx.doc.entities[ctx.ent_start[end][0]].type
            if last_person and nxt_type != "PER":
                break  # "دعا الوزير ستيف بلوك مجلس الأمن إلى …": a body after a person's name is another phrase
            if (
                (name_ended == end or described)
                and nxt_type in ("LOC", "ORG")
                and ctx.doc.entities[ctx.ent_start[end][0]].start == t.start
            ):
                # "طالبت محكمة العدل الدولية الولايات المتحدة بـ": two names side by side, two phrases; and no name
                # is the genitive of an adjective ("تتهم منظمات حقوقية الاتحاد الأوروبي بـ")
                break
            if ctx.doc.entities[ctx.ent_start[end][0]].start == t.start:
                last_person = ctx.doc.entities[ctx.ent_start[end][0]].type == "PER"
                end = ctx.ent_start[end][1] + 1
                last_def = True
                is_name = True
                last_src = False
                name_ended = end
                n += 1
                continue
        if t.text == "(" and end + 2 < lim and toks[end + 2].text == ")" and end + 1 in ctx.ent_start and is_name:
            bracket = end
            end += 3  # "وحدة تنسيق أعمال الحكومة في المناطق (كوغات) التابعة لـ…": the acronym in brackets
            n += 1
            continue
        if end == j + 1 and last_src and ctx.is_("rank_second", end) and t.conj_off == 0:
            end += 1  # "الفريق أول عبد الفتاح البرهان"، "العميد الركن": a rank's second word, the name follows
            n += 1
            continue
        if k in _PERIODS and end + 1 < lim and toks[end + 1].key in _PAST_PERIOD:
            break  # "وذكرت تقارير الأسبوع الماضي أن": a period the times layer leaves out is no part of the speaker
        if (k in _EMPHATIC_SELF or k in _ACTING) and t.conj_off == 0:
            # "نفى المسلحون أنفسهم": "themselves" stays with whom it stresses; "رئيس البرلمان بالنيابة": acting
            end += 1
            n += 1
            continue
        media = ctx.is_("media", end - 1)
        named_head = (toks[end - 1].bare or toks[end - 1].key) in _NAMING_HEADS  # عملية "بركان الغضب"
        # (or an outlet's head with its adjectives before the name: وكالة الأنباء الرسمية "سانا")
        outlet_named = ctx.is_("media", j) and end - j <= 4 and ctx.definite(end - 1)
        if (
            t.text in OPEN_QUOTES
            and not (last_src or named_head or outlet_named or media)
            and not ctx.definite(end - 1)
            and (quoted := _quoted_body_end(ctx, end, lim))
        ):
            # 'عضو تنسيقية "أوقفوا التلوث"'، 'رئيس جمعية "نور" محمد العياري': an indefinite body noun, its name in
            # quotes (a person's name may follow). Not after a definite phrase: "تتهم إسرائيل "فيلق القدس" بـ" names
            # the accused ('خدمة الإسعاف الإسرائيلية "نجمة داود الحمراء"' keeps its name out of the speaker)
            end = quoted
            last_def, is_name = True, True
            name_ended = end
            n += 1
            continue
        if (
            (t.text in OPEN_QUOTES or (t.text == "(" and media))
            and (last_src or named_head or outlet_named)
            # (not after a definite person noun: 'وأضاف الشرطي "كان خطأ"' is what he said)
            and (media or not (ctx.definite(end - 1) and _person_title(ctx, end - 1)))
        ):
            # صحيفة "الوطن"؛ an outlet's name may be longer, or in brackets: شبكة (سي.بي.إس نيوز)
            closers = (")",) if t.text == "(" else CLOSE_QUOTES
            reach = 9 if media else 5
            close = next((q for q in range(end + 1, min(lim, end + reach)) if toks[q].text in closers), None)
            # a quotation that ends the sentence is a name only when short and nameish ("وام"، "سكاي نيوز عربية"),
            # else it is what was said (في مقابلة بثتها القناة "نحن مستعدون للحوار")
            ends = close is not None and (close + 1 >= lim or toks[close + 1].text in (".", "!", "?", "؟"))
            if close is not None and (not ends or _nameish(ctx, end + 1, close)):
                end = close + 1
                # a second quoted name after و: صحيفتا "عكاظ" و"الرياض"
                if end + 2 < lim and toks[end].text == "و" and toks[end + 1].text in OPEN_QUOTES:
                    close2 = next((q for q in range(end + 3, min(lim, end + 7)) if toks[q].text in closers), None)
                    if close2 is not None:
                        end = close2 + 1
                last_def = True
                n += 1
                continue
            break
        if k == "غير" and end + 1 < lim and ctx.definite(end + 1) and ctx.nisba(toks[end + 1].key) and last_def:
            end += 2  # "المنظمات غير الحكومية"، "جهاز الهجرة غير الشرعية": a negated adjective
            n += 2
            continue
        if k in _RECOGNISED and last_def and end + 1 < lim and toks[end + 1].key in ("بها", "به", "بهم"):
            # "الحكومة اليمنية المعترف بها دوليا": the recognised government, one phrase with its adverb
            end += 3 if end + 2 < lim and toks[end + 2].key in ("دوليا", "عربيا", "امميا") else 2
            n += 2
            continue
        if (
            (((t.bare or k) in _AFFILIATED and (last_def or is_name)) or (k in _CLOSE_TO and not last_def))
            and end + 1 < lim
            and toks[end + 1].key[:1] == "ل"
            and not toks[end + 1].key.startswith("ال")
        ):
            # "قناة المسيرة التابعة للحوثيين"، "كتيبة جنين التابعة لسرايا القدس": whose body it is, part of the name
            q = end + 1
            end = ctx.ent_start[q][1] + 1 if q in ctx.ent_start else q + 1
            if q not in ctx.ent_start and end in ctx.ent_start:
                end = ctx.ent_start[end][1] + 1  # لتنظيم القاعدة: the body's head noun, then its name
            while end < lim and ctx.definite(end) and ctx.nisba(toks[end].key) and end not in ctx.ent_start:
                end += 1  # للحكومة السورية
            domain = True  # its seat may follow: "التابعة لحركة حماس في قطاع غزة"
            last_def = True
            is_name = True
            last_person = False
            n += 2
            continue
        if k in ("باسم", "باسمه", "باسمها", "باسمهم", "باسمهما"):
            end += 1
            last_def = False
            last_src = True
            domain = spokesman = True  # the body's seat, then the name: "المتحدث باسم المحاكم بتونس محمد زيتونة"
            n += 1
            continue
        if k == "ما" and toks[end - 1].key == "باسم" and end + 1 < lim and ctx.is_("so_called", end + 1):
            end += 2  # "المتحدث باسم ما يسمى الجيش الوطني": a distancing "so-called" inside the name
            n += 2
            continue
        if k in ("فيه", "فيها", "فيهم", "به", "بها", "بهم") and toks[end - 1].key in _SUSPECTED:
            end += 1  # "المظنون فيه"، "المشتبه به": the suspect
            n += 1
            continue
        if k in _SAYING or k in _BLAME or _asks_anonymity(ctx, end, lim):
            break  # قوله، المسؤولية (حمّلت الرئاسة الحكومة المسؤولية), طلب عدم …: never part of a speaker's name
        if k in _ISSUED_BY and end + 2 < lim and toks[end + 1].key == "عن" and last_src:
            end += 2  # "بيان صادر عن قيادة الجيش": the statement's issuer belongs to the phrase
            last_def = False
            last_src = True
            n += 2
            continue
        # a title before the name: one word, a two-word rank (الفريق أول), or a second office (رئيس مجلس الوزراء
        # وزير الخارجية القطري الشيخ محمد …)
        nm = _name_after_title(ctx, end, lim) if k in ctx.lex.sources and not last_person and not t.conj_off else None
        if nm is not None:
            # a rank or title before the name, after the office: "المتحدث باسم الجيش العميد نبيل عبد الله"
            end = ctx.ent_start[nm][1] + 1
            last_def = True
            is_name = True
            last_person = True
            last_src = False
            n += 2
            continue
        if (
            is_name
            and (last_person or (end + 1 < lim and toks[end + 1].text in OPEN_QUOTES))
            and k in ctx.lex.sources
            and not ctx.is_time(end)
            and t.conj_off == 0
            and not k.endswith(("ين", "ون"))
            and not ctx.is_("document", end)  # "وجه شومان رسالة": the object, no title
            # a person noun only: in "يتهم الأكراد الفصائل السورية" the group noun is the accused, in "دعا الملك
            # عبد الله الثاني الحكومة" the body is the one called on
            and (_person_title(ctx, end) or (end + 1 < lim and toks[end + 1].text in OPEN_QUOTES))  # ضيف برنامج "…"
        ):
            # a title after a name: "توماس بوسرت مستشار البيت الأبيض", "داود شهاب المتحدث باسم الحركة"
            end += 1
            last_def = k.startswith("ال")
            last_src = True
            is_name = False
            last_person = False
            n += 1
            continue
        if (
            end == j + 1
            and head_key.endswith(("تان", "تين"))
            and k.startswith("م")
            and k.endswith(("تان", "تين"))
            and t.conj_off == 0
        ):
            end += 1  # "جماعتان مسلحتان": a participle agreeing with a dual head is its adjective
            n += 1
            continue
        town_end = None if last_person else _l_town_end(ctx, end)
        if town_end is not None:
            end = town_end  # "المجلس البلدي لمدينة حلب": the town ends the body's name
            break
        # (a plural of persons takes no ل-genitive: "وقالت المتظاهرات للنواب إن" told the MPs)
        plural_people = (
            end == j + 1 and (_sound_plural(ctx, j) or head_key.endswith("ات")) and head_key in ctx.lex.sources
        )
        if _l_genitive(ctx, end) and not last_person and not plural_people:
            end += 1  # "المكتب الإعلامي لرئيس الوزراء", "المرصد السوري لحقوق الإنسان"
            last_def = False
            last_src = True
            domain = True
            described = False  # (a new noun after ل takes its own genitive: موقع إخباري لحركة الشباب)
            n += 1
            continue
        if domain and (t.key.startswith("ب") or t.key == "في") and t.conj_off == 0:
            # a regional office's seat: "المدير الجهوي لحفظ الصحة بنابل"، "المندوب الجهوي للتربية بالقصرين"; a town
            # the NER missed when the content marker follows
            ent = ctx.doc.entities[ctx.ent_start[end][0]] if end in ctx.ent_start else None
            seat = None
            if ent is not None and ent.type == "LOC" and ent.start > t.start:
                seat = ctx.ent_start[end][1] + 1
            elif t.key == "في" and (at := _seat_country_at(ctx, end + 1, lim)) is not None:
                # "بعثة الأمم المتحدة للدعم في ليبيا", "جهاز الإسعاف في شرق ليبيا": the body's country
                seat = ctx.ent_start[at][1] + 1
            elif ent is None and end + 1 < lim and (ctx.is_("comp", end + 1) or toks[end + 1].text in COMMAS):
                seat = end + 1
            if spokesman and (
                seat is None or seat not in ctx.ent_start or ctx.doc.entities[ctx.ent_start[seat][0]].type != "PER"
            ):
                seat = None
            if seat is not None:
                end = seat
                last_def = True
                is_name = True
                n += 1
                continue
        if (
            domain
            and t.conj_off > 0
            and t.bare is not None
            and not t.bare.startswith("ال")
            and end + 1 < lim
            and ctx.definite(end + 1)
            and ctx.nounish(end + 1)
            and not ctx.is_time(end + 1)
        ):
            end += 2  # two domains: "الشركة الوطنية لاستغلال وتوزيع المياه"
            n += 2
            continue
        if t.punct or not ctx.nounish(end) or ctx.is_time(end) or ctx.prep_prefixed(end):
            break
        # (a nationality whose own first letter is ل is an adjective: "مصدر أمني لبناني لوكالة …"، "مسؤول ليبي")
        if (
            k.startswith("ل")
            and not k.startswith("ال")
            and k not in ctx.lex.sources
            and len(k) >= 4
            and not nisba_country(k)
        ):
            if end not in ctx.ent_start or ctx.doc.entities[ctx.ent_start[end][0]].start > t.start:
                break  # "دبلوماسي لرويترز": an addressee, not part of the name
        if (
            t.conj_off > 0
            and t.bare is not None
            and not last_src
            and not t.bare.startswith("ال")
            and end + 1 < lim
            and ctx.definite(end + 1)
            and ctx.nounish(end + 1)
            and not ctx.is_time(end + 1)
            and toks[end - 1].key.startswith("ال")
            and n >= 3
        ):
            end += 2  # coordinated genitives in a long title: "للأمن الداخلي ومكافحة الإرهاب"
            n += 2
            continue
        if t.conj_off > 0 and t.bare is not None:
            rest_ent = end in ctx.ent_start
            portfolio = t.bare in _PORTFOLIOS and last_def  # وزارة التربية والتعليم، جهاز الإسعاف والطوارئ
            if ctx.nisba(t.bare) or rest_ent or t.bare in ctx.lex.sources or portfolio:
                if rest_ent:
                    end = ctx.ent_start[end][1] + 1
                else:
                    if t.bare in ctx.lex.sources and not t.bare.startswith("ال"):
                        # a second person's office: "غوتيريس ووزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني"
                        last_src, last_def, is_name, last_person = True, False, False, False
                    elif _describes(ctx, t.bare) and not t.bare.startswith("ال") and not last_def:
                        described = True  # مصادر روسية وسورية
                    end += 1
                n += 1
                continue
            break
        if ctx.definite(end):
            # a sound plural with its ن is no construct head either (سكان محليون الحكومة: two phrases)
            # (after an indefinite adjective a verbal noun is what was said: مصادر روسية [التوصل إلى اتفاق]; ية also
            # ends nouns, so a place or a body may still be a genitive: رئيس بلدية المنطقة)
            masdar_next = described and k.startswith(("الت", "الا"))
            if described and all(_agreeing_adjective(ctx, head_key, q) for q in range(j + 1, end)):
                # "وتتهم منظمات حقوقية السلطات الليبية بـ": no genitive after the head's adjectives; the accused (a
                # noun in ية deeper in the phrase may be a masdar: "القائد العام لوحدات حماية الشعب")
                break
            if not last_def and not head_plural and not _sound_plural(ctx, end - 1) and not masdar_next:
                last_def = True  # genitive of a construct head: وزارة الدفاع
            elif ctx.nisba(k) or k in ctx.lex.words["adjective"] or is_derived_participle(k):
                pass
            elif k in _SPOKESPERSONS and end + 1 < lim and toks[end + 1].key in ("باسم", "الرسمي", "الرسميه"):
                # a second office, the spokesperson's, with no name between: "وزيرة الدولة لشؤون الإعلام الناطقة
                # الرسمية باسم الحكومة" (the content had it)
                last_src = True
            else:
                break
        else:
            if k[:1] == "ب" and k[1:] in _TOWN_HEADS:
                # "صحيفة محلية بولاية تنيسي": the seat, town noun and name (not a nisba for its ية)
                nxt = end + 1
                named_town = ctx.doc.entities[ctx.ent_start[end][0]] if end in ctx.ent_start else None
                if named_town is not None and named_town.type == "LOC":
                    end = ctx.ent_start[end][1] + 1  # (the name with its noun: بولاية تنيسي)
                elif nxt < lim and nxt in ctx.ent_start and ctx.doc.entities[ctx.ent_start[nxt][0]].type == "LOC":
                    end = ctx.ent_start[nxt][1] + 1
                break
            if (
                head_plural
                and not head_key.startswith("ال")
                and _sound_plural(ctx, j)
                and head_key not in _SINGULARS_IN_UN
                and all(toks[q].key.endswith(("ون", "ين")) for q in range(j, end))
                and not k.endswith(("ون", "ين"))
            ):
                break  # "ونفى ناشطون محليون رواية الوزارة": the plural's adjectives agree with it; رواية is the object
            if (ctx.nisba(k) or k in ctx.lex.words["adjective"]) and not last_def:
                # an adjective, even one that is also a source noun (تصريح صحفي): no genitive follows it, but for
                # the "general" of an office (كاتب عام نقابة الشركة، مدير عام الديوان)
                end += 1
                n += 1
                last_src = k in _GENERAL and end - 1 == j + 1 and head_key in ctx.lex.sources
                described = described or _describes(ctx, k)
                continue
            elif (
                not last_def
                and not head_plural
                and last_src
                and not ctx.verb_like(end)
                and not _past_fem(k)
                # a genitive takes no preposition: "أفادت مصادر بسقوط قذائف" (بي of "مراسل بي بي سي" is a name)
                and not (k.startswith("ب") and len(k) >= 5 and end not in ctx.ent_start)
            ):
                chain = True  # indefinite genitive: وكالات أنباء، مراسل فرانس
            elif (
                chain
                and not last_def
                and end + 1 < lim
                and (ctx.definite(end + 1) or (end + 1 in ctx.ent_start and k in ctx.lex.sources))
                and not ctx.verb_like(end)
            ):
                # a longer construct chain that ends in a definite noun or a name: تجمع أصحاب محطات المحروقات،
                # رئيس كتلة حركة [نداء تونس]
                pass
            elif k in _EMPHATIC_SELF:
                pass
            else:
                break
        last_src = k in ctx.lex.sources
        end += 1
        n += 1
    if bracket is not None and end == bracket + 3:
        end = bracket  # the acronym alone closes the phrase: the speaker is the name ("وكالة الأنباء السورية (سانا)")
    # an acronym offered after the name: "منظمة حظر الأسلحة الكيماوية أو "OPCW""
    if end + 1 < lim and toks[end].key == "او":
        q = end + 1
        quoted = toks[q].text in OPEN_QUOTES
        if quoted:
            q += 1
        if q < lim and toks[q].text.isascii() and toks[q].text.isalpha() and toks[q].text.isupper():
            q += 1
            if quoted and q < lim and toks[q].text in CLOSE_QUOTES:
                end = q + 1
            elif not quoted:
                end = q
    # an envoy's posting: "المبعوث الأممي إلى ليبيا غسان سلامة", "السفير لدى الأمم المتحدة" (إلى only when a
    # person's name follows the place: دعا المبعوث إلى … is the verb's own preposition)
    if end + 1 < lim and not is_name and head_key in ctx.lex.sources and toks[end].key in ("الي", "لدي"):
        nxt = end + 1
        if nxt in ctx.ent_start and ctx.doc.entities[ctx.ent_start[nxt][0]].type in ("LOC", "ORG"):
            after = ctx.ent_start[nxt][1] + 1
            named = after in ctx.ent_start and ctx.doc.entities[ctx.ent_start[after][0]].type == "PER"
            # an envoy's country is his posting even with no name after it: "المبعوث الأممي إلى سوريا" (دعا إلى +
            # a country alone is no call)
            envoy = head_key in _ENVOYS and ctx.doc.entities[ctx.ent_start[nxt][0]].type == "LOC"
            if named or toks[end].key == "لدي" or envoy:
                end = ctx.ent_start[after][1] + 1 if named else after
                is_name = named
    # "القيادي فيه هادي العامري": a member "in it" (the body named before), then the name
    if end + 1 < lim and head_key in ctx.lex.sources and ctx.is_("in_it", end) and not is_name:
        nxt = end + 1
        if nxt in ctx.ent_start and ctx.doc.entities[ctx.ent_start[nxt][0]].type == "PER":
            end = ctx.ent_start[nxt][1] + 1
            is_name = True
    # a person noun takes a prepositional complement: مسؤول من المعارضة، مصدر في الهلال الأحمر
    if (
        end + 1 < lim
        and head_key in ctx.lex.sources
        and (toks[end].key in ("من", "في") or (toks[end].key == "عن" and head_key in _DELEGATES))
        # (a delegate's body may be named before it: عضو [مجلس النواب] عن محافظة نينوى)
        and (not is_name or (toks[end].key == "عن" and head_key in _DELEGATES and not last_person))
        and not _occasion_at(ctx, end)  # "مدرب الفريق في المؤتمر الصحفي": where he spoke, not who he is
    ):
        nxt = end + 1
        quoted_body = _quoted_body_end(ctx, nxt, lim)
        if quoted_body is not None:
            # "القيادي في "إدارة العمليات العسكرية" حسن عبد الغني": the body in quotes, then the person's name
            end = quoted_body
            if end < lim and end in ctx.ent_start and ctx.doc.entities[ctx.ent_start[end][0]].type == "PER":
                end = ctx.ent_start[end][1] + 1
                is_name = True
        else:
            # a body's head noun before its name counts too: القيادي في حركة [النهضة] سمير ديلو، مصدر في قبيلة الغفران
            body = (
                toks[nxt].key in ctx.lex.sources
                and nxt + 1 < lim
                and (nxt + 1 in ctx.ent_start or (ctx.definite(nxt + 1) and not ctx.is_time(nxt + 1)))
            )
            # … or an office named by its field or holder: مصدر في دائرة صحة ذي قار، في مكتب رئيس الوزراء
            body = body or (
                toks[nxt].key in _OFFICE_HEADS
                and nxt + 1 < lim
                and (
                    ctx.definite(nxt + 1)
                    or (nxt + 2 < lim and nxt + 2 in ctx.ent_start)
                    or (nxt + 2 < lim and toks[nxt + 1].key in ctx.lex.sources and ctx.definite(nxt + 2))
                )
                and ctx.nounish(nxt + 1)
                and not ctx.is_time(nxt + 1)
            )
            # … or a body described by its adjective: "محلل في بنك استثماري بالقاهرة"، "مصدر في منظمة دولية"
            body = body or (
                toks[nxt].key in ctx.lex.sources
                and nxt + 1 < lim
                and not ctx.definite(nxt + 1)
                and ctx.nisba(toks[nxt + 1].key)
                and not _masdar_shape(toks[nxt].key)
            )
            # a delegate's constituency or bloc, named in construct: النائب عن تحالف السيادة، عن محافظة نينوى
            body = body or (
                toks[end].key == "عن"
                and toks[nxt].key in _CONSTITUENCIES
                and nxt + 1 < lim
                and (ctx.definite(nxt + 1) or nxt + 1 in ctx.ent_start)
            )
            region = toks[nxt].key in _SEAT_DIRECTIONS and _seat_country_at(ctx, nxt, lim) is not None  # في شرق ليبيا
            # … or the quarter or town they live in, named after its noun: "سكان في حي الربصة المجاور للمطار"
            town = _town_named_after_head(ctx, nxt, lim) if not (body or region) else None
            if town is not None:
                end = town
                # the office's holder after his province: "قائد الأمن الداخلي في محافظة ريف دمشق العميد أحمد الدالاتي"
                if end < lim and end in ctx.ent_start and ctx.doc.entities[ctx.ent_start[end][0]].type == "PER":
                    end = ctx.ent_start[end][1] + 1
                elif end < lim and toks[end].key in ctx.lex.sources and (nm := _name_after_title(ctx, end, lim)):
                    end = ctx.ent_start[nm][1] + 1
            elif (
                (ctx.definite(nxt) or nxt in ctx.ent_start or body or region)
                and ctx.nounish(nxt)
                and not ctx.is_time(nxt)
            ):
                if not (toks[nxt].key.startswith("ال") and toks[nxt].key in ("الوقت",)):
                    end2 = _np_forward(ctx, nxt, lim, appos=False)
                    if end2 > nxt and head_key not in ("بيان", "البيان", "تقرير", "التقرير"):
                        end = end2
    # the body's seat, or the ministry of a department named after a region (session 33), then the person's name:
    # "رئيس بعثة الاتحاد الدولي للصليب الأحمر في ليبيا تامر رمضان"، "مدير قسم أمريكا الشمالية في وزارة الخارجية
    # الروسية غيورغي بوريسينكو"
    if end + 2 < lim and is_name and not last_person and toks[end].key == "في" and _person_title(ctx, j):
        at = _seat_country_at(ctx, end + 1, lim)
        if at is None and end + 1 in ctx.ent_start and ctx.doc.entities[ctx.ent_start[end + 1][0]].type == "ORG":
            at = end + 1
        if (
            at is not None
            and (after := ctx.ent_start[at][1] + 1) in ctx.ent_start
            and ctx.doc.entities[ctx.ent_start[after][0]].type == "PER"
        ):
            end = ctx.ent_start[after][1] + 1
    # an office's province, then the holder's rank and name: "قائد الأمن الداخلي في محافظة ريف دمشق العميد أحمد
    # الدالاتي"، "مدير الصحة في إدلب زهير القراط"
    if end + 2 < lim and not is_name and toks[end].key == "في" and _person_title(ctx, j):
        q = end + 1
        if toks[q].key in _TOWN_HEADS and q + 1 < lim:
            q += 1
        if (at := _seat_country_at(ctx, q, lim)) is not None and (after := ctx.ent_start[at][1] + 1) < lim:
            if after in ctx.ent_start and ctx.doc.entities[ctx.ent_start[after][0]].type == "PER":
                end = ctx.ent_start[after][1] + 1
            elif toks[after].key in ctx.lex.sources and (nm := _name_after_title(ctx, after, lim)) is not None:
                end = ctx.ent_start[nm][1] + 1
    # a title's ل-genitive, then the name: "الرئيس الروحي للطائفة الدرزية الشيخ حكمت الهجري" (not an addressee)
    if (
        end + 1 < lim
        and not is_name
        and toks[end].key.startswith("لل")
        # (a body's own name after the ل too: "المدير الفني للأهلي مارسيل كولر")
        and (end not in ctx.ent_start or ctx.doc.entities[ctx.ent_start[end][0]].type in ("ORG", "LOC"))
        and not _person_title_after_lam(ctx, end)  # "أوضح الرئيس للسيد شي": the one told
        and _person_title(ctx, j)
        and (nm := _name_after_title(ctx, end, lim)) is not None
    ):
        end = ctx.ent_start[nm][1] + 1
    # apposition between commas: "مدير المركز، رامي عبد الرحمن،" / "أنور قرقاش، وزير الدولة …،"
    if appos and end + 1 < lim and toks[end].text in COMMAS:
        nxt = end + 1
        if (nxt in ctx.ent_start and ctx.doc.entities[ctx.ent_start[nxt][0]].type == "PER") or (
            toks[nxt].key in ctx.lex.sources and not ctx.is_time(nxt)
        ):
            end2 = _np_forward(ctx, nxt, lim, appos=False)
            q = end2
            while q < lim and q - nxt < 12:  # "، المتحدث باسم الجيش الليبي الموالي لخليفة حفتر،"
                tq = toks[q]
                if tq.text in COMMAS or ctx.is_("comp", q) or tq.text in OPEN_QUOTES or tq.text in (".", ":"):
                    break
                if _occasion_at(ctx, q):  # "، الناطق باسم الحكومة في حديث لإذاعة …،": the occasion is no title
                    end = q
                    return end
                if ctx.cue_form(q) is not None or ctx.is_("relative", q):
                    q = -1
                    break
                q += 1
            person = nxt in ctx.ent_start and ctx.doc.entities[ctx.ent_start[nxt][0]].type == "PER"
            if q > nxt and q < lim and toks[q].text in COMMAS:
                end = q
            elif end2 > nxt and (end2 >= lim or toks[end2].text in COMMAS or ctx.is_("comp", end2)):
                end = end2
            elif person and end2 > nxt and ctx.is_("prep", end2):
                end = end2  # "رئيس الحكومة السابق، مهدي جمعة عن مشروعه": the name, then the verb's preposition
            elif q > nxt and q < lim and _title_before_quotation(ctx, nxt, end2, q, lim):
                end = q  # "وقال رياض أحمد، أحد السكان "…"": the title, then the quotation (or a colon) itself
        elif (
            toks[nxt].key in _AFFILIATED
            and nxt + 1 < lim
            and (toks[nxt + 1].key in ("من", "مع") or toks[nxt + 1].key[:1] == "ل")
        ):
            # "وتوقعت صحيفة الوطن السورية، المقربة من الحكومة السورية أن …": whom the outlet is close to, up to the
            # content marker or the closing comma
            stop = next(
                (r for r in range(nxt + 2, min(lim, nxt + 9)) if toks[r].text in COMMAS or ctx.is_("comp", r)),
                None,
            )
            if stop is not None and not any(ctx.cue_form(r) is not None for r in range(nxt + 1, stop)):
                end = stop
    if end < lim and toks[end - 1].key in _AFFILIATED and toks[end].key in _TO_IT:
        end += 1  # "وكالة فرات للأنباء المقربة منه": close to it, whose pronoun is the speaker
    if end + 1 < lim and toks[end].key == "في" and (body_end := _title_body_after_name(ctx, j, end, lim)):
        end = body_end  # "رضا جعفر زادة مدير العلاقات العامة في المنظمة الإيرانية للطيران المدني": the title's body
    return end


def _title_before_quotation(ctx: _Ctx, nxt: int, end2: int, q: int, lim: int) -> bool:
    """Tokens [nxt, q) are a title set off after the speaker's name and q opens the quotation said (or a colon
    before it): the title phrase read from nxt ends at q or only plain words follow it (no other name, no
    preposition's clitic, no channel: "على صفحته في فيسبوك"), and the quotation is no quoted name inside the title
    (قوات التحالف "تحالف دعم الشرعية"، لشبكة CNN، الخميس، إن …)."""
    toks = ctx.toks
    if not (toks[q].text in OPEN_QUOTES or toks[q].text == ":"):
        return False
    for r in range(end2, q):
        if r in ctx.ent_start or ctx.prep_prefixed(r) or toks[r].key in ("علي", "عبر") or toks[r].punct:
            return False
    if toks[q].text in OPEN_QUOTES:
        close = next((r for r in range(q + 1, min(lim, q + 12)) if toks[r].text in CLOSE_QUOTES), None)
        if close is not None and close + 1 < lim and toks[close + 1].text in COMMAS:
            if any(ctx.is_("comp", r) for r in range(close + 1, min(lim, close + 12))):
                return False
    return True


def _title_body_after_name(ctx: _Ctx, j: int, end: int, lim: int) -> int | None:
    """After a person's name and a title in apposition (tokens [j, end), في at end), the end of the ORG the
    title belongs to when one follows في at once, else None."""
    toks = ctx.toks
    if j not in ctx.ent_start or ctx.doc.entities[ctx.ent_start[j][0]].type != "PER":
        return None
    title = ctx.ent_start[j][1] + 1
    if title >= end or (toks[title].bare or toks[title].key) not in ctx.lex.sources:
        return None
    body = end + 1
    if body not in ctx.ent_start or ctx.doc.entities[ctx.ent_start[body][0]].type != "ORG":
        return None
    return ctx.ent_start[body][1] + 1


# Affiliations a phrase may end in (المقربة منه) or go on with (التابعة لسرايا القدس، الموالية للحكومة), as keys,
# and the preposition with a pronoun that completes the first kind
# … and indefinite ones after an indefinite source: "مصادر مواكبة للزيارة"، "مصدر مقرب للحركة" (session 32)
_CLOSE_TO = frozenset(lookup_key(w) for w in "مواكبة مواكب مقربة مقرب قريبة قريب مرافقة مرافق".split())
_AFFILIATED = frozenset(
    lookup_key(w)
    for w in (
        "التابع التابعة التابعين الموالي الموالية الموالين المقرب المقربة المقربين المنتمي المنتمية الخاضع الخاضعة"
        " القريبة القريب المحسوبة المحسوب"
        # where a quarter lies: "سكان في حي الربصة المجاور للمطار" (session 32)
        " المجاور المجاورة المحاذي المحاذية"
    ).split()
)
_TO_IT = frozenset(lookup_key(w) for w in "منه منها منهم منهما له لها لهم لهما".split())


# Participles that take "فيه / به" to mean "the suspect" (المظنون فيه، المشتبه به), as lookup keys.
_SUSPECTED = frozenset(lookup_key(w) for w in "المظنون المظنونة المشتبه مظنون مشتبه".split())


# Nouns of the occasion of a statement: "في حديث لـ…", "في تصريحات صحفية", "خلال مؤتمر صحفي" (lookup keys).
_OCCASIONS = frozenset("حديث تصريح تصريحات مقابله بيان مؤتمر كلمه لقاء اتصال تغريده رساله حوار مداخله".split())


_MEETINGS = frozenset(lookup_key(w) for w in "اجتماع اجتماعات جلسة جلسات قمة مؤتمر ندوة دورة".split())
_GIVEN_TO = frozenset("حديث تصريح تصريحات مقابله مداخله حوار لقاء".split())


# Compass words before a country or region that a body's seat names (في شرق ليبيا، في شمال سوريا).
# Offices named by their field in a construct (دائرة صحة ذي قار، مديرية التربية، قيادة شرطة البصرة)
_OFFICE_HEADS = frozenset(lookup_key(w) for w in "دائرة مديرية وزارة هيئة قيادة إدارة مكتب مركز غرفة".split())
_SEAT_DIRECTIONS = frozenset(lookup_key(w) for w in "شرق غرب شمال جنوب وسط شمالي جنوبي شرقي غربي".split())


def _quoted_body_end(ctx: _Ctx, q: int, lim: int) -> int | None:
    """Token q opens a quotation that holds exactly an ORG or LOC name: the token after its closing mark, else None."""
    toks = ctx.toks
    if q + 2 >= lim or toks[q].text not in OPEN_QUOTES or q + 1 not in ctx.ent_start:
        return None
    ent_index, last = ctx.ent_start[q + 1]
    if ctx.doc.entities[ent_index].type not in ("ORG", "LOC"):
        return None
    close = last + 1
    if close < lim and toks[close].text == OPEN_QUOTES[toks[q].text]:
        return close + 1
    return None


def _seat_country_at(ctx: _Ctx, q: int, lim: int) -> int | None:
    """The token index of a place right at q, or after one compass word there (في شرق ليبيا); None otherwise."""
    if q < lim and ctx.toks[q].key in _SEAT_DIRECTIONS and q + 1 < lim:
        q += 1
    if q >= lim or q not in ctx.ent_start:
        return None
    place = ctx.doc.entities[ctx.ent_start[q][0]]
    return q if place.type == "LOC" and place.start == ctx.toks[q].start else None


def _occasion_np_end(ctx: _Ctx, q: int, b: int) -> int | None:
    """End of an indefinite occasion noun and its adjectives at q ("في بيان"، "في تصريح صحفي"، "في بيان لها"), or
    None: the object after it is no genitive of it (نفت الوزارة في بيان استعمال القوة)."""
    toks = ctx.toks
    if q >= b or toks[q].key not in _OCCASIONS:
        return None
    e = q + 1
    while e < b and not toks[e].punct and not ctx.definite(e):
        k = toks[e].key
        if ctx.nisba(k) or ctx.is_("adjective", e) or k in ("لها", "له", "لهم", "لهما"):
            e += 1
            continue
        break
    return e


def _occasion_at(ctx: _Ctx, q: int) -> bool:
    """Token q is في/خلال and the next word names the occasion of a statement (its interview, statement…)."""
    toks = ctx.toks
    if toks[q].key not in ("في", "خلال") or q + 1 >= len(toks):
        return False
    k = toks[q + 1].key
    return k in _OCCASIONS or (k.startswith("ال") and k[2:] in _OCCASIONS)


def _after_lam(word_key: str) -> tuple[str, str]:
    """(stem, stem without ال) of a key after its ل; after لل the article is whole again (للوكالة → الوكالة)."""
    stem = word_key[1:]
    if stem.startswith("ل"):
        stem = "ا" + stem
    return stem, stem[2:] if stem.startswith("ال") else stem


def _outlet_word(ctx: _Ctx, bare: str) -> bool:
    """A medium, a platform or a reporter (قناة، وكالة، مراسل): after ل, who a report was given to."""
    return bare in ctx.lex.words["media"] or bare in _REPORTERS or bare in ctx.lex.words["platform"]


# Journalists as a body spoken to (للصحفيين، للصحافيين): sources elsewhere, an audience after ل.
_PRESS = frozenset(lookup_key(w) for w in "صحفيين صحافيين صحفيون صحافيون اعلاميين اعلاميون".split())


# Bodies whose names take the press after ل (الاتحاد الدولي للصحفيين، النقابة الوطنية للصحفيين).
_PRESS_BODIES = frozenset(lookup_key(w) for w in "اتحاد نقابة معهد مركز رابطة منظمة جمعية هيئة لجنة".split())


def _press_told(ctx: _Ctx, j: int) -> bool:
    """The journalists after ل at j were spoken to: a person's title comes before them within six words (وزير
    الدولة للشؤون الخارجية للصحافيين), and no body that the press would name (الاتحاد الدولي للصحفيين)."""
    for q in range(j - 1, max(-1, j - 7), -1):
        t = ctx.toks[q]
        k = t.bare or t.key
        k = k[2:] if k.startswith("ال") else k
        if t.punct or k in _PRESS_BODIES:
            return False
        if _person_title(ctx, q):
            return True
    return False


def _l_genitive(ctx: _Ctx, j: int) -> bool:
    """ل + a source noun that is no outlet continues a name (لرئيس، لحقوق); لرويترز، لوكالة are addressees."""
    t = ctx.toks[j]
    if not t.key.startswith("ل") or t.key.startswith("ال") or t.text.startswith("لـ"):
        return False
    stem, bare = _after_lam(t.key)
    if _outlet_word(ctx, bare):
        # "مصدر أمني لمراسلة الإذاعة": who was told; but "المفوض العام لوكالة الأونروا فيليب لازاريني" names the
        # agency of a title, its holder after it
        return _name_after_agency(ctx, j)
    if bare in _PRESS and _press_told(ctx, j):
        return False  # "قال الوزير للصحفيين إن": the press he spoke to (الاتحاد الدولي للصحفيين is a name)
    if j > 0 and ctx.toks[j - 1].key in _DOMAIN_ADJECTIVES:
        return True  # "الإدارة العامة للديوانة"، "الاتحاد العام لطلبة تونس"، "الإدارة الجهوية لحفظ الصحة"
    return stem in ctx.lex.sources or stem in _PORTFOLIOS


def _name_after_agency(ctx: _Ctx, j: int) -> bool:
    """ل + an agency noun + its name, then a person's name: the title's body, not who was told."""
    k = j + 1
    if k in ctx.ent_start and ctx.doc.entities[ctx.ent_start[k][0]].type == "ORG":
        k = ctx.ent_start[k][1] + 1
    else:
        return False
    return k in ctx.ent_start and ctx.doc.entities[ctx.ent_start[k][0]].type == "PER"


def _l_town_end(ctx: _Ctx, j: int) -> int | None:
    """ "المجلس الاجتماعي لسوق الجمعة"، "المجلس البلدي لمدينة حلب": ل (+ a settlement noun) + a town after a definite
    word is the body's town, part of the name; the token after it, or None. A region or a country after ل may be an
    outlet's name (للشرق الأوسط) or an addressee, and stays out."""
    t = ctx.toks[j]
    if j == 0 or not ctx.definite(j - 1) or not t.key.startswith("ل") or t.key.startswith("ال"):
        return None
    k = j + 1 if t.key[1:] in _TOWN_HEADS and j + 1 < len(ctx.toks) else j
    if k not in ctx.ent_start:
        return None
    ent_index, last = ctx.ent_start[k]
    place = ctx.doc.entities[ent_index].place
    if place is None or place.precision not in ("point", "neighbourhood", "admin"):
        return None
    return last + 1


# Adjectives of a body or an office after which a ل-phrase is the domain, not an addressee (session 17: JawharaFM
# society news cut "الإدارة العامة للديوانة" and "عضو الاتحاد العام لطلبة تونس" at the ل).
# Settlement and admin nouns before a town's name (لمدينة حلب، في محافظة ريف دمشق، لقضاء سنجار)
_QUARTER_HEADS = frozenset(lookup_key(w) for w in "حي مخيم ضاحية".split())


def _town_named_after_head(ctx: _Ctx, q: int, lim: int) -> int | None:
    """End of "حي الربصة المجاور للمطار" / "مدينة داريا" / "إقليم فاليه جنوبي سويسرا" at q: a town or quarter noun,
    the name (an entity, or one word the NER left), its adjectives and a participle of where it lies with its ل /
    من phrase; None when q holds no such noun. No ل-genitive follows the town: in "دعا المدعي العام في ولاية
    ميسوري لحاكم الولاية" the ل-phrase is the one called on."""
    toks = ctx.toks
    if q + 1 >= lim or (toks[q].key not in _TOWN_HEADS and toks[q].key not in _QUARTER_HEADS):
        return None
    e = q + 1
    if e in ctx.ent_start:
        e = ctx.ent_start[e][1] + 1
    elif ctx.is_time(e) or toks[e].punct or ctx.function_word(e) or ctx.cue_form(e) is not None:
        return None
    elif (k := toks[e].key) in ctx.lex.words["adjective"] or "ال" + k in _AFFILIATED:
        return None  # "في منطقة خاضعة لسيطرة المعارضة"، "في منطقة نائية": an area described, no name
    else:
        e += 1
    while e < lim and ctx.definite(e) and ctx.nisba(toks[e].key) and e not in ctx.ent_start:
        e += 1  # ولاية ميسوري الأميركية
    if e + 1 < lim and (toks[e].bare or toks[e].key) in _AFFILIATED and toks[e + 1].key[:1] == "ل":
        e += 2  # حي الربصة المجاور للمطار
    return e


_TOWN_HEADS = frozenset(
    lookup_key(w) for w in "مدينة بلدية محافظة ولاية قرية بلدة منطقة معتمدية إقليم قضاء مديرية".split()
)
_DOMAIN_ADJECTIVES = frozenset(
    lookup_key(w)
    for w in (
        "العام العامة الجهوي الجهوية الوطني الوطنية العليا الأعلى المستقلة الدائم الدائمة التنفيذي التنفيذية "
        "الإقليمي الإقليمية المحلي المحلية الخاص الخاصة "
        # an office's spokesman or media desk is of the body after ل: "المركز الإعلامي لقسد"، "الناطق الرسمي للحركة"
        "الإعلامي الإعلامية الرسمي الرسمية"
    ).split()
)


# Domains a title is "of" (المدير الجهوي للصحة، المفوض السامي لحقوق الإنسان), as lookup keys: لل + these continues
# the speaker; an addressee after ل is a person, an outlet or a body instead.
_PORTFOLIOS = frozenset(
    "حقوق الحقوق شؤون الشؤون الصحه التربيه التعليم الحمايه الثقافه الشباب الرياضه الفلاحه الزراعه التجاره النقل "
    "السياحه التنميه المياه البيئه الطاقه الصناعه الماليه الاقتصاد العدل الاسكان الاحصاء الانتخابات الاغاثه "
    "الطوارئ الهجره السكان الاستثمار الجمارك الضرائب الاتصالات المناجم التشغيل التكوين التجهيز التعاون "
    "التخطيط الاعلام الاتصال النفط الغاز الكهرباء الري العمل الاوقاف البحث المراه الاسره الطفوله التضامن "
    "الشغل الصيد الموارد الاصلاح الدعم المساعده التعبئه الابحاث الدراسات البحوث المعادن "
    # sports bodies (الاتحاد المصري لكرة القدم، الاتحاد الدولي لألعاب القوى)
    "كره العاب".split()
)


def _span_np(ctx: _Ctx, k: int, lim: int, strip_l: bool = False) -> Span:
    """A noun phrase starting at token k as a span; with strip_l the preposition ل(ـ) is left out."""
    t = ctx.toks[k]
    start = t.start
    if strip_l:
        if t.text.startswith("لـ"):
            start += 2
        elif t.key.startswith("ل"):
            start += 1
        elif t.key.startswith("ب"):
            start += 1
    end = _np_forward(ctx, k, lim)
    if end <= k:
        end = k + 1
    # the first token with its preposition stripped may look like a prepositional phrase: keep at least it
    return ctx.span(start, max(ctx.toks[end - 1].end, start))


def _l_np_end(ctx: _Ctx, k: int, lim: int) -> int:
    """End of a noun phrase whose first token carries ل/ب (لرويترز، لشبكة CNN، لبي بي سي)."""
    end = k + 1
    addressee = ctx.toks[k].key[:1] == "ل"
    if k in ctx.ent_start:
        end = ctx.ent_start[k][1] + 1
    while end < lim and end - k < 5:
        t = ctx.toks[end]
        if t.text in OPEN_QUOTES and (close := _outlet_name_end(ctx, end, lim)) is not None:
            end = close + 1  # لمراسل "الجوهرة أف أم"، لإذاعة "موزاييك": the outlet's name
            while end < lim and _name_adjective(ctx, end):
                end += 1
            break
        if t.punct or ctx.function_word(end) or ctx.is_time(end) or ctx.prep_prefixed(end):
            break
        if ctx.is_("comp", end) or ctx.cue_form(end) is not None or ctx.is_("saying", end):
            break
        if _asks_anonymity(ctx, end, lim):
            break  # "لوكالة فرانس برس طالبا عدم كشف هويته": the source's condition, not the outlet's name
        if end in ctx.ent_start:
            end = ctx.ent_start[end][1] + 1
            continue
        if addressee and t.key[:1] == "ب" and len(t.key) >= 4 and t.conj_off == 0:
            break  # "تعهد للعراق بتمويل …": ب opens what was said or pledged, not more of the addressee's name
        end += 1  # "لشبكة CNN", "لبي بي سي"; a time word ("لرويترز الجمعة") stops above
    return end


def _clause_cue(ctx: _Ctx, j: int) -> bool:
    """A reporting cue at j that opens a new coordinated clause (", مضيفا", "وقال", "، كما أعلن")."""
    cf = ctx.cue_form(j)
    if cf is None:
        return False
    kind = cf[0].cue.kind
    prev = ctx.toks[j - 1] if j > 0 else None
    after_comma = prev is not None and (prev.text in COMMAS or prev.key in ("كما", "وكما", "حسبما", "وحسبما"))
    if kind == "participle":
        return after_comma
    if kind == "verb":
        return ctx.toks[j].conj_off > 0 or after_comma
    return after_comma


def _after_speaker(ctx: _Ctx, cand: _Cand, k: int, b: int, form: CueForm) -> None:
    """Read addressee, via, time and where the content starts, after the speaker (or after the verb)."""
    toks = ctx.toks
    frame = form.cue.frame
    speaker_end = k
    lead_in: int | None = None  # where words that only lead in to the content start, when there are some
    k = _skip_fillers(ctx, k, b)
    if (
        cand.stance == "unconfirmed"
        and k + 1 < b
        and toks[k].key in ("ولم", "ولا")
        and toks[k + 1].key in _DENY_JUSSIVE
    ):
        k = _skip_fillers(ctx, k + 2, b)  # "لم يؤكد ولم ينف توقيع أي وثيقة": neither confirmed nor denied, one report
    start_region = k
    if k < b and _clause_cue(ctx, k):
        return  # "كما أعلنت X، مشيرة إلى …": nothing of its own after the speaker (postposed attribution)
    i = cand.cue_i
    if (
        cand.kind == "verb"
        and (
            (
                form.cue.lemma in ("قال", "أضاف", "تابع")
                and i >= 2
                and toks[i - 1].text in COMMAS
                and toks[i - 2].text in CLOSE_QUOTES
            )
            or _after_hakadha(ctx, i)
        )
        and not any(_opener_at(ctx, r) for r in range(k, b))
    ):
        # '"أشعر بالحزن"، يقول أسامة (52 عاما) المقيم في …': the quotation before is what was said, the words
        # after the speaker describe him (a name the NER missed still completes the speaker: "قالت أم محمد")
        _complete_speaker_name(ctx, cand, k, start_region, b, form)
        return
    if k < b and toks[k].key in _IYYA and frame in ("tell", "demand"):
        k += 1  # "داعيا إياها إلى …": the object pronoun points back to a name already read, no addressee phrase
    if k < b and frame in ("tell", "demand") and not _governed(ctx, k, form) and not _opener_at(ctx, k):
        # أبلغ X بأن / طالب X بـ: the object before the preposition is the addressee
        e = k
        stop = None  # "طالب روسيا في تغريدة سابقة بالتدخل": the addressee ends before a prepositional phrase
        while e < b and e - k < 12:
            te = toks[e]
            if _opener_at(ctx, e) or _governed(ctx, e, form):
                break
            if te.punct and te.text not in COMMAS:
                break
            if stop is None and ctx.is_("prep", e) and e not in ctx.ent_start:
                stop = e  # (at k itself: "وطالب غروندبرغ في بيان بالإفراج" names no one urged)
            e += 1
        if e < b and e > k and (_governed(ctx, e, form) or _opener_at(ctx, e)):
            last = (stop if stop is not None else e) - 1
            while last > k and (toks[last].punct or ctx.is_time(last)):
                last -= 1  # "وحثت شركاتها، الخميس، على …": the day is no part of the one urged
            if last >= k:
                cand.addressee = ctx.span(toks[k].start, toks[last].end)
            k = e
    opener = None
    content_tok = None
    j = k
    steps = 0
    while j < b and steps < 30:
        steps += 1
        j = _skip_fillers(ctx, j, b)
        if j >= b:
            break
        t = toks[j]
        kind = _opener_at(ctx, j)
        if kind == "quote" and j > start_region and (close := _nickname_end(ctx, j, b)) is not None:
            j = close + 1  # محمد حمدان دقلو "حميدتي": a nickname after a name, not the quotation
            continue
        if kind == "quote" and (close := _outlet_name_end(ctx, j, b)) is not None:
            j = close + 1  # "في تصريح لمراسل "الجوهرة أف أم" على هامش …": an outlet's name, not the quotation
            while j < b and _name_adjective(ctx, j):
                j += 1  # لإذاعة "موزاييك" المحلية
            continue
        if kind == "quote" and j > start_region and toks[j - 1].key in ("ل", "لـ"):
            close = next((q for q in range(j + 2, min(b, j + 6)) if toks[q].text in CLOSE_QUOTES), None)
            if close is not None:
                # 'وفق ما أكده X ل"الجوهرة أف أم".': a quotation right after a bare ل names who was told, even at
                # the end of the sentence; what was said never follows ل
                if cand.addressee is None:
                    cand.addressee = ctx.span(toks[j + 1].start, toks[close - 1].end)
                j = close + 1
                continue
        if kind == "quote" and (close := _quoted_name_end(ctx, j, b)) is not None:
            if cand.addressee is None and j - 1 >= 0 and toks[j - 1].key in ("ل", "لـ"):
                cand.addressee = ctx.span(toks[j + 1].start, toks[close - 1].end)
            j = close + 1  # "في تصريح لـ«الشرق الأوسط» إن": a quoted name, not the quotation
            while j < b and _name_adjective(ctx, j):
                j += 1
            continue
        if kind:
            opener = (j, kind)
            break
        if t.text in (".", "!", "?", "؟"):
            break
        if j == start_region and "vs" in cand.extra and _describing_verb(ctx, t):
            # "أفاد أشخاص يقيمون في جوار الموقع … لفرانس برس، أنهم": a clause describing the speakers, then the
            # content marker
            marker = _lead_in_to_marker(ctx, j, b)
            if marker > j:
                j = marker
                continue
        if t.key in _SAYING and j + 1 < b and _opener_at(ctx, j + 1) in ("comp", "colon"):
            j += 1  # "مضيفا في ذات السياق قوله إن …": the verbal noun that introduces the content
            continue
        if j > start_region and _clause_cue(ctx, j):
            break
        if t.key == "نقلا" and j + 2 < b and toks[j + 1].key == "عن":
            e = _np_forward(ctx, j + 2, b)
            if e > j + 2:
                cand.via = cand.speaker
                cand.speaker = ctx.span(toks[j + 2].start, toks[e - 1].end)
                j = e
                continue
        if t.text == "(":
            close = next((q for q in range(j + 1, min(b, j + 8)) if toks[q].text == ")"), None)
            if close is not None:
                j = close + 1
                continue
        if ctx.is_("relative", j):
            # "وتحدثت الأمم المتحدة التي يقتصر … عن": skip the relative clause up to the lead-in of the content
            q = _marker_after_relative(ctx, j, b, form)
            # a cue after عدم is its verbal noun ("الذي طلب عدم نشر اسمه أن"), not a report of the clause's own
            # (a cue word whose required word is absent is a plain verb there: "الرسالة التي حملت توقيع رئيس المجلس")
            # (a document published or posted, "البيان الذي نشر على فيسبوك، أن", reports nothing more in its clause)
            published = j - 1 >= 0 and ctx.is_("document", j - 1)
            if q is not None and not any(
                (cf := ctx.cue_form(r)) is not None
                and toks[r - 1].key != "عدم"
                and (not cf[0].cue.requires or _requires(ctx, r, b, cf[0].cue.requires))
                and not (published and cf[0].cue.lemma in ("نشر", "كتب"))
                for r in range(j + 1, q)
            ):
                j = q
                continue
            if j - 1 >= 0 and toks[j - 1].text in COMMAS:
                # "اتهم التجمع، الذي يقود الاحتجاجات، قوات الدعم السريع بـ…": a relative clause between commas
                close = next((q for q in range(j + 2, min(b, j + 10)) if toks[q].text in COMMAS), None)
                if close is not None and not any(ctx.cue_form(r) is not None for r in range(j + 1, close)):
                    j = close + 1
                    continue
            if (q := _leader_clause_end(ctx, j, b)) is not None:
                j = q  # "حزب التجمع الذي يقوده رئيس الوزراء السابق أحمد أويحيى تأييده": past the leader's name
                continue
        if (unnamed_end := _past_unnamed(ctx, j, b)) > j:
            j = unnamed_end  # "عن مسؤول لم تسمه": no content yet
            continue
        if ctx.is_("platform", j) or ctx.is_("channel", j) or t.key in ("قائلا", "قائله", "قائلين", "ايضا"):
            j += 1
            continue
        if j - 1 >= 0 and toks[j - 1].text in COMMAS and ctx.is_("prep", j):
            # "أكد X، في تصريح للصحافة على هامش زيارته لولاية وهران، أن …": a prepositional aside between commas
            after = _aside_end(ctx, j, b, 13)
            if after is None and j - 1 == speaker_end and form.cue.frame == "say" and not _governed(ctx, j, form):
                # "أعلن الجيش، في بيان تلاه المتحدث باسمه مساء الأحد، مقتل 17 جنديا": the object noun after it
                after = _noun_after_aside(ctx, j, b, 13)
            if after is not None:
                j = after
                continue
        if t.key == "علي" and j + 1 < b and toks[j + 1].key == "هامش" and (after := _aside_end(ctx, j, b, 13)):
            j = after  # "وأبرز على هامش زيارة الوفد إلى تونس، "إن …"": the occasion, then what was said
            continue
        if t.key.startswith("ب") and form.cue.frame == "say" and _place_before_content(ctx, j):
            end = ctx.ent_start[j][1] + 1
            # the speaker ends in a body's name or its town (وزارة الصحة بقطاع غزة، السلطات في بروكسل ببلجيكا)
            body = any(e.type in ("ORG", "LOC") and ctx.tok_at(e.end - 1) == j - 1 for e in ctx.doc.entities)
            if j == speaker_end and cand.speaker is not None and not cand.implicit and body:
                # "مسؤولون في وزارة الصحة بقطاع غزة إن": right after the speaker, the seat of its body
                cand.speaker = ctx.span(cand.speaker.start, toks[end - 1].end)
            j = end  # "الأحد بصفاقس "أن …": where it was said
            continue
        if _governed(ctx, j, form):
            nxt = j + 1 if ctx.is_("prep", j) else j
            if nxt != j and nxt < b and _opener_at(ctx, nxt):
                j = nxt
                continue
            content_tok = j
            break
        if ctx.is_("prep", j):
            head = j + 1
            if head + 1 < b and toks[head].key in _DEMONSTRATIVES:
                head += 1  # "في هذا السياق"، "في هذه المناسبة": the demonstrative, then its noun
            occasion_end = _occasion_np_end(ctx, head, b)
            e = occasion_end if occasion_end is not None else _np_forward(ctx, head, b)
            j = max(e, j + 1)
            # "في بيان نشرته وكالة …": a relative verb and its subject belong to the lead-in (the channel)
            if j < b and (cf := ctx.cue_form(j)) is not None and cf[0].enclitic:
                e2 = _np_forward(ctx, j + 1, b)
                if e2 > j + 1 and not ctx.is_time(j + 1):
                    cand.via = cand.via or _np_span(ctx, j + 1, e2)
                    j = e2
                else:
                    j += 1  # "في تقرير نشرته الخميس"
            elif j < b and _occasion_verb(toks[j].bare or toks[j].key):
                # "خلال مؤتمر صحفي عقده مساء الثلاثاء", "في مقابلة بثتها وكالة بلومبرغ": the occasion's own
                # relative verb, and its subject the channel (an interviewer, after أجراها معه, is no channel)
                broadcast = (toks[j].bare or toks[j].key).startswith(_BROADCAST_VERBS)
                j += 1
                if j < b and toks[j].key in ("معه", "معها", "معهم"):
                    j += 1
                e2 = _np_forward(ctx, j, b)
                if e2 > j and not ctx.is_time(j):
                    if broadcast:  # who aired it is a channel; who held the meeting or the interview is not
                        cand.via = cand.via or _np_span(ctx, j, e2)
                    j = e2
                j = _lead_in_to_marker(ctx, j, b)
            elif (
                j < b
                and toks[e - 1].key in _OCCASION_NOUNS
                and form.cue.frame == "say"
                and _past_verb_shape(ctx, j)
                and not toks[j].key.endswith("ه")
                and not ctx.function_word(j)
                and not _governed(ctx, j, form)
            ):
                # "في مؤتمر صحفي أعقب لقاءه بالأمين العام … أن": a relative clause on the occasion, up to إن / أن
                j = _lead_in_to_marker(ctx, j, b)
            elif j < b and form.cue.frame == "say" and head < b and (toks[head].bare or toks[head].key) in _VENUES:
                # "في جلسة استماع مع نواب مجلس الشعب حول … أنه"، "على هامش جلسة عامة … أن": the occasion's
                # complements run up to the content marker, in the same clause ("…، في حين أن" is another)
                q = _lead_in_to_marker(ctx, j, b)
                if not any(toks[r].text in COMMAS or ctx.is_("particle", r) for r in range(j, q)):
                    j = q
            continue
        if (t.key.startswith("ل") and not t.key.startswith("ال") and not ctx.function_word(j)) or (
            ctx.prep_prefixed(j)
        ):
            j = max(_l_np_end(ctx, j, b), j + 1)
            continue
        if ctx.is_("w_aside", j) or (j - 1 >= 0 and toks[j - 1].text in COMMAS):
            # "المرصد السوري، ومقره بريطانيا، إن …" / "مسؤولون، طلبوا عدم الكشف عن هوياتهم، إن …":
            # a comma-bounded aside before the content marker
            # (an aside naming two bodies in quotes runs longer: "، وهما "حركة إنقاذ أزواد" و"مجموعة الدفاع …"،")
            after = _aside_end(ctx, j, b, 16 if ctx.is_("w_aside", j) else 9)
            if (
                after is None
                and j - 1 == speaker_end
                and form.cue.frame == "say"
                and (ctx.definite(j) or ctx.is_("w_aside", j))
                and not _governed(ctx, j, form)
            ):
                # "أعلنت جماعة نصرة الإسلام، المرتبطة بتنظيم القاعدة، مسؤوليتها": a description of the speaker,
                # then the object noun (or a prepositional lead-in to it)
                after = _noun_after_aside(ctx, j, b, 9) or _prep_after_aside(ctx, j, b, 9)
            if after is not None:
                j = after
                continue
            if ctx.is_("w_aside", j):
                break  # "«…»، قالت أم محمد، وهي أم لخمسة أطفال": a description, no content of its own
        if (nq := _complete_speaker_name(ctx, cand, j, start_region, b, form)) > j:
            j = nq  # without NER, a name after the title: "السفيرة لدى المنظمة نيكي هايلي في بيان إن"
            continue
        if (q := _lead_in_end(ctx, cand, j, start_region, b)) is not None:
            lead_in = ctx.toks[j].start
            j = q
            continue
        if j - 1 >= 0 and ctx.is_("concerned", j - 1) and t.key[:1] == "ب":
            # "منظمة نتبلوكس المعنية بمراقبة الإنترنت إن": the participle's complement belongs to the speaker
            q = next((q for q in range(j + 1, min(b, j + 5)) if _opener_at(ctx, q)), None)
            if q is not None and not any(toks[r].punct for r in range(j + 1, q)):
                j = q
                continue
        content_tok = j
        break
    region_end = opener[0] if opener else (content_tok if content_tok is not None else j)
    _region_extras(ctx, cand, speaker_end, region_end, b)
    if lead_in is not None and cand.addressee is not None and cand.addressee.start >= lead_in:
        cand.addressee = None  # "شاب كان يصطحب خطيبته لشراء دولارات:": a purpose inside the lead-in, nobody told
    if opener is not None:
        o, kind = opener
        c = o if kind == "quote" else o + 1
        if c < b and kind == "colon" and ctx.is_("comp", c):
            c += 1
        if c >= b:
            return
        cand.content_start = toks[c].start
        _quote_content(ctx, cand, c, b, None)
        return
    if content_tok is None:
        return
    if cand.extra.get("resumptive") and form.enclitic and (form.cue.stance == "deny" or form.cue.lemma == "أكد"):
        # "وهو ما نفته منظمات إنسانية تعمل في المنطقة": the pronoun is ما, what was denied (or confirmed) is the
        # clause it resumes; what follows the speaker describes the speaker (not after اعتبره / وصفه, whose
        # complement is what the thing was called: "وهو ما اعتبره عدد من التونسيين أجرا مرتفعا")
        return
    # no opener: the object noun phrase is the content; a governed preposition is left out (دعا إلى عقد …)
    c = content_tok
    if _manner_only(ctx, c, b):
        return  # "وهو ما نفته أبوظبي مرارا": how it was denied, not what; the clause it resumes is the content
    if (late := _marker_after_time(ctx, c, b)) is not None:
        # "أعلن كولومب في 18 سبتمبر الماضي أنه سيستقيل"، "قالت الوزارة الأسبوع الماضي إن …": a date, no content
        if cand.time is None:
            cand.time = _time_expression_at(ctx, toks[c].start, toks[late - 1].start)
        _content_from(ctx, cand, late, b)
        return
    if (late := _marker_after_saying(ctx, c, b)) is not None:
        # "علق رئيس البرلمان على القرار بالقول إنه …": what the verb governs is the topic, the saying opens the content
        _content_from(ctx, cand, late, b)
        return
    if (late := _marker_after_comma(ctx, c, b)) is not None:
        # "أفاد مدير عام الامتحانات بوزارة التربية، عمر الولباني، أنه …"، "وأفاد مصدر أمني مراسل الجوهرة أف أم في
        # الجهة، أن …": a seat, a name or the one told, set off by commas, come before the complementiser; a person
        # named there, right after the speaker phrase, is the speaker (الناشط في مجال حقوق الإنسان، ليوناردو ساكاموتو)
        _speaker_through_name(ctx, cand, speaker_end, c, late)
        _region_extras(ctx, cand, c, late - 1, b)  # the one told (لجريدة الصباح), a time, a channel
        _content_from(ctx, cand, late, b)
        return
    if form.cue.frame == "say" and (late := _marker_after_modifier(ctx, c, b)) is not None:
        # "أفادت التقارير الواردة من سوريا بأنه …": what stands before the complementiser still describes the speaker
        _speaker_through_name(ctx, cand, speaker_end, c, late, set_off=True)
        _region_extras(ctx, cand, c, late - 1, b)
        _content_from(ctx, cand, late, b)
        return
    if toks[c].key in form.cue.preps and (ctx.is_("prep", c) or len(toks[c].key) == 1):  # إلى، بـ
        c += 1
    if c >= b:
        return
    tc = toks[c]
    start = tc.start
    if "ب" in form.cue.preps and tc.key.startswith("ب") and len(tc.key) >= 3 and tc.key not in ctx.lex.sources:
        start += 2 if tc.text.startswith("بـ") else 1
    cand.content_start = start
    cand.extra["np_content"] = True
    _quote_content(ctx, cand, c, b, None)


# Complementisers that open the content after an aside set off by commas; وأن / وإن coordinate a second complement.
_LATE_MARKERS = frozenset(lookup_key(w) for w in "أن إن أنه إنه أنها إنها أنهم بأن بأنه بأنها".split())
_LATE_MARKER_REACH = 12


def _speaker_through_name(
    ctx: _Ctx, cand: _Cand, speaker_end: int, c: int, late: int, *, set_off: bool = False
) -> None:
    """A person named last before the complementiser at ``late`` (after a comma or right before it), next to the
    speaker phrase ending at ``speaker_end``, is the speaker: "الناشط في مجال حقوق الإنسان، ليوناردو ساكاموتو أن …"
    (not a name inside an aside: "مطلع على تفاصيل زيارة كيم يوم الأحد،"). With ``set_off`` the name must open the
    words after the speaker or follow a comma ("… بالنيابة، سليم خلبوس إنه"; not the one met in "بعد محادثات جمعته
    بنظيرته الفرنسية فرانسواز نيسين إن")."""
    toks = ctx.toks
    speaker = cand.speaker
    adjacent = speaker_end <= c and not any(toks[q].punct for q in range(speaker_end, c))  # "في مجال" skipped
    if not adjacent or speaker is None or cand.implicit or speaker.start <= cand.cue.start:
        return
    names = [
        (q, ctx.ent_start[q][1])
        for q in range(speaker_end, late - 1)
        if q in ctx.ent_start and _is_person(ctx, q) and not (set_off and q != c and toks[q - 1].text not in COMMAS)
    ]
    if names and names[-1][1] in (late - 3, late - 2):  # before the comma, or right before the marker
        cand.speaker = ctx.span(speaker.start, toks[names[-1][1]].end)


def _content_from(ctx: _Ctx, cand: _Cand, c: int, b: int) -> None:
    """The content starts at token c (after a complementiser the rules found late) and runs as a quotation allows."""
    cand.content_start = ctx.toks[c].start
    _quote_content(ctx, cand, c, b, None)


def _name_after_comma_ends_at(ctx: _Ctx, c: int, e: int) -> bool:
    """A person's name (an entity) ends at token e and starts right after a comma at or after token c."""
    return any(
        last == e and s > c and ctx.toks[s - 1].text in COMMAS and _is_person(ctx, s)
        for s, (_ent, last) in ctx.ent_start.items()
    )


def _is_person(ctx: _Ctx, q: int) -> bool:
    return ctx.doc.entities[ctx.ent_start[q][0]].type == "PER"


def _time_spans(ctx: _Ctx) -> list[tuple[int, int]]:
    """Character spans of the times layer and of the weeks and vague spans it keeps aside (الأسبوع الماضي)."""
    internal = ctx.doc.user_data.get("times.internal") or []
    return [(t.start, t.end) for t in ctx.doc.times] + [(t["start"], t["end"]) for t in internal if "start" in t]


def _time_expression_at(ctx: _Ctx, start: int, end: int) -> Span | None:
    """The first time expression inside [start, end), as a span of the document."""
    inside = sorted((a, e) for a, e in _time_spans(ctx) if start <= a and e <= end)
    return ctx.span(*inside[0]) if inside else None


def _marker_after_time(ctx: _Ctx, c: int, b: int) -> int | None:
    """The token after a complementiser that follows a time expression starting at c (the times layer, or a week or
    vague span it keeps aside: الأسبوع الماضي), with nothing but that expression, a preposition and commas before it;
    None otherwise."""
    toks = ctx.toks
    times = [(a, e) for a, e in _time_spans(ctx) if e > toks[c].start]
    in_time = False
    for q in range(c, min(b - 1, c + _LATE_MARKER_REACH)):
        t = toks[q]
        if q > c and in_time and t.key in _LATE_MARKERS:
            return q + 1
        if any(a <= t.start and t.end <= e for a, e in times):
            in_time = True
        elif not (t.text in COMMAS or ctx.is_("prep", q)):
            return None
    return None


def _marker_after_saying(ctx: _Ctx, c: int, b: int) -> int | None:
    """The token after "بالقول / قائلا + complementiser (or colon)" within ``_LATE_MARKER_REACH`` tokens of c, or the
    quotation right after the saying, with no verb, cue, other quotation (a short quoted name is passed: على موقع
    "بازفيد نيوز") or sentence end before it; None otherwise. After a comma, قائلا is a cue of its own ("أدانت X
    أعمال العنف، قائلة إن …": two statements), بالقول is not ("ردت الوزارة على بريطانيا، بالقول إن …")."""
    toks = ctx.toks
    end = min(b - 2, c + _LATE_MARKER_REACH)
    if not any(ctx.is_("saying", q) for q in range(c, end)):
        return None  # the common case, decided without the cue look-ups below
    after_comma = False
    q = c
    while q < end:
        t = toks[q]
        if ctx.is_("saying", q) and (
            toks[q + 1].key in _LATE_MARKERS or toks[q + 1].text == ":" or toks[q + 1].text in OPEN_QUOTES
        ):
            if after_comma and ctx.cue_form(q) is not None:
                return None
            return q + 1 if toks[q + 1].text in OPEN_QUOTES else q + 2
        if t.text in OPEN_QUOTES:
            close = next((r for r in range(q + 2, min(b, q + 6)) if toks[r].text in CLOSE_QUOTES), None)
            if close is None or not _nameish(ctx, q + 1, close):
                return None
            q = close + 1
            continue
        if t.text in (".", "!", "?", "؟") or ctx.cue_form(q) is not None:
            return None
        after_comma = after_comma or t.text in COMMAS
        if not t.punct and ctx.verb_like(q):
            return None
        q += 1
    return None


# Words whose own complement an أن right after them is (من المقرر أن، ضرورة أن), not the reporting verb's.
_OWN_COMPLEMENT = frozenset(
    lookup_key(w) for w in "المقرر المتوقع المفترض المرجح المنتظر المحتمل الممكن ضرورة أهمية إمكانية احتمال شك".split()
)
_MODIFIER_REACH = 8


def _marker_after_modifier(ctx: _Ctx, c: int, b: int) -> int | None:
    """The token after a complementiser within ``_MODIFIER_REACH`` tokens of c when the words before it still
    describe the speaker, the time or the place ("أفادت التقارير الواردة من سوريا بأنه …"، "أعلن النادي … يوم الجمعة
    أن …"): no verb, cue, punctuation or quotation on the way, and no word that takes أن itself right before it
    (بعد أن، من المقرر أن، a preposition, a noun with a pronoun: "أعلن رفضه أن …" keeps رفضه أن … as its content)."""
    toks = ctx.toks
    if (c > 0 and ctx.is_("saying", c - 1)) or ctx.cue_form(c) is not None or ctx.is_("interrogative", c):
        return None  # "رد بالقول ماذا كنتم تريدونني أن أفعل": the words after a saying are the content already
    for q in range(c + 1, min(b - 1, c + _MODIFIER_REACH)):
        t = toks[q]
        if t.key in _LATE_MARKERS:
            p = q - 1
            pk = toks[p].key
            if ctx.is_("blockcomp", p) or ctx.is_("prep", p) or pk in _OWN_COMPLEMENT:
                return None
            if pk.endswith(("ه", "ها", "هم", "هما")) and not ctx.is_time(p):
                return None
            return q + 1
        if t.punct or t.text in OPEN_QUOTES or ctx.cue_form(q) is not None or ctx.verb_like(q):
            return None
        if ctx.is_("blockcomp", q) or ctx.is_("interrogative", q):
            return None
    return None


def _marker_after_comma(ctx: _Ctx, c: int, b: int) -> int | None:
    """The token after a complementiser that stands right after a comma within ``_LATE_MARKER_REACH`` tokens of c,
    or right after a person's name that follows a comma ("وزير الوظيفة العمومية والحوكمة، عبيد البريكي أن"), with
    no verb, cue, quotation or sentence end before it; None otherwise."""
    toks = ctx.toks
    for q in range(c + 1, min(b - 1, c + _LATE_MARKER_REACH)):
        t = toks[q]
        if t.text in (".", "!", "?", "؟") or t.text in OPEN_QUOTES or ctx.cue_form(q) is not None:
            return None
        if t.key in _LATE_MARKERS and (toks[q - 1].text in COMMAS or _name_after_comma_ends_at(ctx, c, q - 1)):
            return q + 1
        if not t.punct and ctx.verb_like(q):
            return None
    return None


_BROADCAST_VERBS = ("بث", "اذاع")
# Occasions of a statement (في مؤتمر صحفي …، خلال كلمة …) whose relative clause may stand before the content marker.
_OCCASION_NOUNS = frozenset(
    lookup_key(w) for w in "مؤتمر صحفي مشترك كلمة مقابلة حديث لقاء خطاب تصريح تصريحات بيان اجتماع".split()
)
# Occasions and venues whose complements may run long before the content marker (في جلسة استماع مع نواب …).
_VENUES = _OCCASION_NOUNS | frozenset(
    lookup_key(w)
    for w in "جلسة ندوة هامش زيارة افتتاح لقاء ملتقى منتدى قمة اشغال أشغال حفل تظاهرة حصيلة إحصائية إحاطة".split()
)  # (حصيلة، إحصائية، إحاطة: "أعلنت الوزارة في حصيلة غير نهائية أن …"; session 25)
# Verbs + a pronoun pointing back at an occasion noun: مؤتمر صحفي عقده، كلمة ألقاها، مقابلة أجراها.
_OCCASION_VERBS = frozenset(("عقد", "القا", "الق", "اصدر", "بث", "اجرا", "اجر", "اذاع", "قدم", "وجه", "وزع"))


def _lead_in_to_marker(ctx: _Ctx, j: int, b: int, reach: int = 14) -> int:
    """Inside a lead-in that must still reach its content marker (after "مقابلة أجراها معه رئيس تحرير مجلة …"),
    the position of the next إن / أن or colon within ``reach`` words, passing short quoted names; j when a
    quotation, a cue or the end of the sentence comes first."""
    toks = ctx.toks
    q = j
    while q < min(b, j + reach):
        kind = _opener_at(ctx, q)
        if kind in ("comp", "colon"):
            return q
        if kind == "quote":
            # a quoted name right after an outlet noun (مجلة "ذي أتلانتيك"); any other quotation is the content
            close = next((r for r in range(q + 2, min(b, q + 6)) if toks[r].text in CLOSE_QUOTES), None)
            if close is None or not ctx.is_("media", q - 1):
                return j
            q = close + 1
            continue
        if toks[q].key in ("قائلا", "قائله", "قائلين"):
            return q + 1  # "… مساء الأحد قائلا "مؤسساتنا …"": the quotation after it
        if toks[q].text in (".", "!", "?", "؟") or (q > j and ctx.cue_form(q) is not None):
            return j  # (the lead-in's own first verb may be a cue: "شهود عيان تحدثوا لفرانس برس أن")
        q += 1
    return j


def _occasion_verb(key: str) -> bool:
    """The key is such a verb, with its pronoun or without one (the passive: مؤتمر صحفي عُقد في …)."""
    for pronoun in ("ها", "هم", "ه", ""):
        if key.endswith(pronoun):
            stem = key[: len(key) - len(pronoun)]
            if stem in _OCCASION_VERBS or (stem.endswith("ت") and stem[:-1] in _OCCASION_VERBS):
                return True
    return False


_UNNAMED = ("يسمه", "تسمه", "يسمها", "تسمها", "يسمهم", "تسمهم", "تسمهما", "يسمهما", "يكشف", "تكشف", "يذكر", "تذكر")


def _past_unnamed(ctx: _Ctx, k: int, b: int) -> int:
    """The token after "لم تسمه / لم تذكر أسماءهم" or "طلب عدم الكشف عن اسمه" at k (a source left unnamed), else
    k."""
    toks = ctx.toks
    start = k
    if toks[k].key in ("تحدث", "متحدثا") and _asks_anonymity(ctx, k + 1, b):
        k += 1  # "تحدث مشترطا عدم نشر اسمه"
    if _asks_anonymity(ctx, k, b):
        q = k + 4 if k + 3 < b and toks[k + 3].key in ("عن", "ب") else k + 3  # طلب عدم الكشف عن اسمه / نشر اسمه
        if not (q < b and toks[q].key.startswith(("اسم", "هوي"))):
            return start
        q += 1
        # the reason given for it: "بسبب حساسية الأمر"، "لحساسية الموضوع"
        if q + 1 < b and toks[q].key == "بسبب" and toks[q + 1].key == "حساسيه":
            return q + 3 if q + 2 < b else q + 2
        if q < b and toks[q].key == "لحساسيه":
            return q + 2 if q + 1 < b else q + 1
        return q
    if not (k + 1 < b and toks[k].key in ("لم", "ولم") and toks[k + 1].key.startswith(_UNNAMED)):
        return k
    k += 2
    return k + 1 if k < b and toks[k].key.startswith(("اسم", "هوي")) else k


def _asks_anonymity(ctx: _Ctx, k: int, b: int) -> bool:
    """Token k opens "طلب / فضّل عدم …" (a source asking not to be named)."""
    return k + 2 < b and ctx.is_("asked", k) and ctx.toks[k + 1].key == "عدم"


def _nameish(ctx: _Ctx, s: int, e: int) -> bool:
    """Tokens [s, e) can be a quoted name: one to three words, none a function word, pronoun or verb."""
    words = [q for q in range(s, e) if not ctx.toks[q].punct]
    return 0 < len(words) <= 3 and not any(ctx.function_word(q) or ctx.verb_like(q) for q in words)


def _past_fem(key: str) -> bool:
    """A past verb in ت (with ة folded to ه, no noun of the speaker phrase ends in ت): خبراء استطلعت الصحيفة."""
    return len(key) >= 4 and key.endswith("ت") and not key.endswith("ات")  # قوات، جمعيات: plurals


def _lead_in_end(ctx: _Ctx, cand: _Cand, j: int, start_region: int, b: int) -> int | None:
    """Where a complementiser stands after words that only lead in to it, or None:
    * an adjective after a channel noun: "في كلمة متلفزة إن" (one or two words, no verb, right before إن);
    * a relative clause on an indefinite speaker: "رأى محللون استطلعت وكالة بلومبرغ آراءهم أن" (a verb right after
      the speaker, the complementiser within ten words, no punctuation or cue between)."""
    toks = ctx.toks

    def plain(q: int) -> bool:
        return not toks[q].punct and ctx.cue_form(q) is None and not ctx.is_("comp", q)

    for q in range(j + 1, min(b, j + 3)) if j > start_region and not ctx.definite(j - 1) else ():
        if _opener_at(ctx, q) == "comp":
            if all(plain(r) and not ctx.verb_like(r) and toks[r].key.startswith("م") for r in range(j, q)):
                return q  # متلفزة، مصورة، مطولة: indefinite participles after the channel noun
            break
        if not plain(q):
            break
    speaker = cand.speaker
    if j != start_region or speaker is None or lookup_key(speaker.text).startswith("ال"):
        return None
    dual_present = toks[j].key[:1] in ("ت", "ي") and toks[j].key.endswith("ان") and len(toks[j].key) >= 6  # تدعمان
    verb = ctx.verb_like(j) or dual_present or (_past_fem(toks[j].key) and _past_verb_shape(ctx, j))
    kana = toks[j].key in _KANA  # "قال شاب كان يصطحب خطيبته لشراء دولارات: "…"": a past description
    if not (verb or kana or _occasion_verb(toks[j].bare or toks[j].key)):  # بيان صحفي أصدرته الجامعة بأن
        return None
    for q in range(j + 1, min(b, j + 12)):
        if _opener_at(ctx, q) == "comp" or (
            kana and _opener_at(ctx, q) == "colon" and q + 1 < b and _opener_at(ctx, q + 1) == "quote"
        ):
            return q
        if toks[q].text in _QUOTE_MARKS:
            continue  # a quoted name inside the lead-in: 'والقوة العسكرية الفرنسية "برخان" أنه'
        if not plain(q):
            return None
    return None


def _aside_end(ctx: _Ctx, j: int, b: int, reach: int) -> int | None:
    """Where the content marker stands after an aside that starts at j and ends at a comma within ``reach``
    tokens ("، ومقره بريطانيا، إن"), or None: no such comma, no marker after it, or a marker or cue inside."""
    toks = ctx.toks
    q = next((q for q in range(j + 1, min(b, j + reach)) if toks[q].text in COMMAS), None)
    if q is None or q + 1 >= b:
        return None
    after = q + 1
    if ctx.is_("prep", after) and not _opener_at(ctx, after):
        # a second aside right after the first ("…، بثته اليوم الجمعة، على هامش مشاركته في المنتدى، إن")
        q2 = next((r for r in range(after + 1, min(b, after + reach)) if toks[r].text in COMMAS), None)
        if q2 is not None and q2 + 1 < b and _opener_at(ctx, q2 + 1):
            if not any(_opener_at(ctx, r) or ctx.cue_form(r) is not None for r in range(after, q2)):
                q, after = q2, q2 + 1
    if not _opener_at(ctx, after) and toks[after].key[:1] == "ل" and toks[after].key[:2] != "ال":
        after = _l_np_end(ctx, after, b)  # "قالت عائشة، وهي من سكان القرية، لوكالة الصحافة: «…»": the addressee
        if after + 1 < b and toks[after].text in COMMAS and _opener_at(ctx, after + 1):
            after += 1  # "…، المدعومة من الولايات المتحدة، لفرانس برس، إن": a comma after the addressee
    while after + 1 < b and ctx.is_time(after) and not _opener_at(ctx, after):
        after += 1  # "أعلن المجلس، المدعوم من الإمارات، الأربعاء أن …": the day of the saying before the marker
    if after + 2 < b and toks[after].key == "في" and ctx.is_("document", after + 1):
        # "…، في بيان مشترك أن": the statement it was made in, then the marker
        r = after + 2
        while r < b and r - after < 5 and not _opener_at(ctx, r) and not toks[r].punct and ctx.nounish(r):
            r += 1
        if r < b and _opener_at(ctx, r) == "comp":
            after = r
    if after >= b or not _opener_at(ctx, after):
        return None
    # (quotation marks inside the aside enclose names: "، وهما "حركة إنقاذ أزواد" و"مجموعة …"،")
    if any(
        _opener_at(ctx, r) in ("comp", "colon") or (ctx.cue_form(r) is not None and toks[r - 1].key != "عدم")
        for r in range(j, q)
    ):
        return None  # a cue after عدم is its verbal noun: "طلب عدم نشر اسمه" reports nothing
    return after


def _noun_after_aside(ctx: _Ctx, j: int, b: int, reach: int) -> int | None:
    """After a prepositional aside from j to a comma (within ``reach`` tokens, no content marker or cue inside), the
    noun that opens an object content (مقتل، إطلاق، رفضه), or None."""
    toks = ctx.toks
    q = next((q for q in range(j + 1, min(b, j + reach)) if toks[q].text in COMMAS), None)
    if q is None or q + 1 >= b:
        return None
    for r in range(j, q):
        cue = ctx.cue_form(r)
        if _opener_at(ctx, r) or (cue is not None and not cue[0].enclitic):
            return None  # a report inside (the enclitic verb of "في بيان نشره" describes the document)
    after = q + 1
    t = toks[after]
    if not t.arabic or ctx.function_word(after) or ctx.is_("prep", after) or ctx.is_time(after):
        return None
    return after if ctx.nounish(after) and not ctx.prep_prefixed(after) else None


def _prep_after_aside(ctx: _Ctx, j: int, b: int, reach: int) -> int | None:
    """After an aside from j to a comma (no cue or marker inside), a preposition that opens a lead-in (في بيان …)."""
    toks = ctx.toks
    q = next((q for q in range(j + 1, min(b, j + reach)) if toks[q].text in COMMAS), None)
    if q is None or q + 1 >= b or not ctx.is_("prep", q + 1):
        return None
    if any(_opener_at(ctx, r) or ctx.cue_form(r) is not None for r in range(j, q)):
        return None
    return q + 1


def _complete_speaker_name(ctx: _Ctx, cand: _Cand, j: int, start_region: int, b: int, form: CueForm) -> int:
    """Once per statement, after a speaker that follows its verb and names no person: the end of a name the NER
    missed at j (``_name_run``), which joins the speaker when it comes right after it; j when there is none."""
    if "vs" not in cand.extra or cand.extra.get("named") or cand.speaker is None:
        return j
    if ctx.has_entities and not _unnamed_title(ctx, cand, j):
        return j
    cand.extra["named"] = True
    nq = _name_run(ctx, j, b, form)
    if nq > j and j == start_region:
        cand.speaker = ctx.span(cand.speaker.start, ctx.toks[nq - 1].end)
    return nq


# First names spelt like a verbal noun of the إفعال pattern
_MASDAR_NAMES = frozenset(lookup_key(w) for w in "إسلام إيمان إحسان إكرام إنعام إلهام إخلاص إنصاف".split())


def _masdar_shape(key: str) -> bool:
    """The key has the shape of a verbal noun (إحباط، إعلان، استهداف), which no name of a person takes but a few
    (not تفعيل: تيسير is a first name)."""
    return key not in _MASDAR_NAMES and verbal_noun_pattern(key) in ("ifal", "istifal")


def _name_run(ctx: _Ctx, j: int, b: int, form: CueForm) -> int:
    """Without NER: a person's name after a title ("وزيرة الإعلام جمانة غنيمات، إن …") — up to three words, the
    last possibly a definite nisba (الإرياني), then a comma, the content marker or a governed preposition."""
    toks = ctx.toks
    q = j
    while q < b and q - j < 3 and toks[q].arabic and not toks[q].punct:
        k = toks[q].key
        if ctx.function_word(q) or ctx.is_time(q) or _opener_at(ctx, q) or ctx.cue_form(q) is not None:
            break
        if k.startswith("ال") and q == j:
            break
        if q == j and _masdar_shape(k):
            break  # "وأعلن وزير الداخلية إحباط المحاولة،": the verbal noun opens the object, no first name
        if len(k) < 2 or (q == j and q in ctx.ent_start and ctx.doc.entities[ctx.ent_start[q][0]].type != "PER"):
            break  # "اتهم السفير … إيران بـ"السعي"": a place the NER found, or a lone preposition, is no name
        if k.startswith("ال") and not ctx.nisba(k):
            # a definite family name closes the run only when a comma or the content marker follows ("عادل الجبير،")
            if q + 1 < b and (toks[q + 1].text in COMMAS or _opener_at(ctx, q + 1)):
                return q + 1
            break
        if k in ctx.lex.sources or k.startswith(("لل", "بال")) or toks[q].text.startswith("لـ"):
            break
        foreign_first = (  # "أوليه سينيهوبوف": a foreign first name in يه, then the family name
            q == j
            and k.endswith("يه")
            and q + 1 < b
            and toks[q + 1].arabic
            and not ctx.definite(q + 1)
            and not ctx.function_word(q + 1)
            and ctx.cue_form(q + 1) is None
        )
        if k.endswith(("ها", "هم", "هما")) or (k.endswith("ه") and len(k) > 4 and not foreign_first):
            break  # "مسؤوليتها": a noun with a pronoun is an object, not a name
        if q == j and k.startswith("ل") and q + 1 < b and (_opener_at(ctx, q + 1) or toks[q + 1].text in COMMAS):
            break  # "لرويترز إن": an addressee
        q += 1
        if k.startswith("ال"):
            break
    if q == j or q >= b:
        return j
    nxt = toks[q]
    if nxt.text in COMMAS or _opener_at(ctx, q) or (q > j + 0 and _governed(ctx, q, form) and ctx.is_("prep", q)):
        return q
    if ctx.is_("prep", q) or ctx.is_time(q) or nxt.text == "(":
        # "فاسيلي نيبينزا أمام المجلس «…»": a lead-in, then the content marker
        for r in range(q + 1, min(b, q + 9)):
            if _opener_at(ctx, r):
                return q
            if ctx.cue_form(r) is not None or toks[r].text in (".", "!", "?", "؟"):
                break
    if nxt.key.startswith("ل") and not nxt.key.startswith("ال") and q + 1 < b and _opener_at(ctx, q + 1):
        return q  # "… لرويترز إن"
    return j


def _describing_verb(ctx: _Ctx, t: _Tok) -> bool:
    """A present plural verb (يقيمون، يعملون) or a past one (تحدثوا لفرانس برس، فروا من المدينة) right after a
    plural speaker describes who they are."""
    k = t.key
    if t.conj_off:
        return False
    return (k.startswith(("ي", "ت")) and k.endswith("ون") and len(k) >= 5) or (k.endswith("وا") and len(k) >= 5)


def _unnamed_title(ctx: _Ctx, cand: _Cand, j: int) -> bool:
    """The speaker phrase, a title or an office that names no person, ends right before token j: a name the NER
    missed may follow it ("المدير التنفيذي لحركة نداء تونس حافظ قائد السبسي أن")."""
    sp = cand.speaker
    if sp is None or j >= len(ctx.toks) or ctx.toks[j].start - sp.end > 2:
        return False
    head = ctx.tok_at(sp.start)
    if head is None:
        return False
    if not _person_title(ctx, head):
        return False  # "اعتبر مراقبون مقتل الصماد،"، "أعلنت الوزارة تعليق الدراسة،": an object, not a name
    return not any(e.type == "PER" and e.start < sp.end and e.end > sp.start for e in ctx.doc.entities)


def _name_adjective(ctx: _Ctx, r: int) -> bool:
    """A definite relative adjective after a quoted name (صحيفة "الوطن" السعودية، إذاعة "موزاييك" المحلية)."""
    k = ctx.toks[r].key
    return k.startswith("ال") and (ctx.nisba(k) or k in _OUTLET_ADJECTIVES)


# Adjectives of an outlet that are no nisba (إذاعة "موزاييك أف أم" الخاصة، قناة "الجديد" المستقلة)
_OUTLET_ADJECTIVES = frozenset(lookup_key(w) for w in "الخاصة الخاص المستقلة المستقل المعارضة المعارض".split())


def _marker_after_relative(ctx: _Ctx, j: int, b: int, form: CueForm) -> int | None:
    """The first content marker or governed preposition within 15 tokens after the relative pronoun at j, passing
    over a nickname in quotes. A complementiser after the comma that closes the clause wins over a preposition
    inside it ("وأكد البيان الذي نشر على "فيسبوك"، أن …": على is the clause's own)."""
    for r in range(j + 2, min(b, j + 20)):
        if ctx.toks[r].text in (".", "!", "?", "؟") or (r > j + 2 and ctx.is_("relative", r)):
            break
        if ctx.toks[r - 1].text in COMMAS and _opener_at(ctx, r) == "comp":
            return r
    q = j + 1
    while q < min(b, j + 16):
        if _opener_at(ctx, q) == "quote" and (close := _nickname_end(ctx, q, b)) is not None:
            q = close + 1
            continue
        if _opener_at(ctx, q) or _governed(ctx, q, form):
            return q
        q += 1
    return None


def _leader_clause_end(ctx: _Ctx, j: int, b: int) -> int | None:
    """After a relative pronoun at j: a verb with an object pronoun (يقوده، يتزعمها) and a phrase that ends with a
    person's name, within eight tokens; the index after the name, or None."""
    toks = ctx.toks
    v = j + 1
    if v >= b or not toks[v].key.endswith(("ه", "ها", "هم")) or not ctx.verb_like(v):
        return None
    for q in range(v + 1, min(b, v + 8)):
        if toks[q].punct or ctx.cue_form(q) is not None or _opener_at(ctx, q):
            return None
        if q in ctx.ent_start and ctx.doc.entities[ctx.ent_start[q][0]].type == "PER":
            return ctx.ent_start[q][1] + 1
    return None


def _nickname_end(ctx: _Ctx, j: int, b: int) -> int | None:
    """Index of the closing quote when the quotation at j is one or two words right after a person's name and
    the sentence goes on after it (دقلو "حميدتي" بالوقوف …)."""
    after_person = j - 1 in ctx.inside_name or (
        j - 1 in ctx.ent_start and ctx.doc.entities[ctx.ent_start[j - 1][0]].type == "PER"
    )
    if j - 1 < 0 or not after_person:
        return None
    # one word, or a kunya of two (أبو محمد): "الاتهامات الكاذبة" after a name is a quoted object
    q = j + 2 if j + 2 < b and ctx.toks[j + 1].key not in ("ابو", "ام", "ابن") else j + 3
    if q >= b or ctx.toks[q].text not in CLOSE_QUOTES:
        return None
    r = q + 1
    if r < b and not ctx.toks[r].punct and not ctx.is_("comp", r) and not ctx.is_("relative", r):
        return q
    return None


def _outlet_name_end(ctx: _Ctx, j: int, b: int) -> int | None:
    """Index of the closing quote when the quotation at j names the outlet of the media noun before it (لمراسل
    "الجوهرة أف أم"، لإذاعة "موزاييك"): up to six words, before more of the lead-in or the content marker."""
    if j == 0:
        return None
    before = ctx.toks[j - 1].bare or ctx.toks[j - 1].key
    before = before[1:] if before.startswith("ل") and not before.startswith("ال") else before
    if not (ctx.is_("media", j - 1) or before in ctx.lex.words["media"] or before in _REPORTERS):
        return None
    # (up to six words: spelt-out letters make long names, "إم إس إن بي سي")
    close = next((q for q in range(j + 2, min(b, j + 8)) if ctx.toks[q].text in CLOSE_QUOTES), None)
    if close is None or close + 1 >= len(ctx.toks) or ctx.toks[close + 1].text in (".", "!", "?", "؟"):
        return None  # a quotation that ends the sentence is what was said
    return close


# Reporters' nouns whose outlet is named next (لمراسل "الجوهرة أف أم"), as lookup keys without clitics.
_REPORTERS = frozenset(lookup_key(w) for w in "مراسل مراسلة مراسلي مراسلنا مراسلتنا موفد موفدة".split())


def _quoted_name_end(ctx: _Ctx, j: int, b: int) -> int | None:
    """Index of the closing quote when the quotation at j is a short name followed by the content marker."""
    for q in range(j + 1, min(b, j + 6)):
        if ctx.toks[q].text in CLOSE_QUOTES:
            if q == j + 1:
                return None
            r = q + 1
            while r < b and (ctx.toks[r].text in COMMAS or ctx.is_time(r)):
                r += 1  # لـ"الشرق الأوسط"، أمس الأول، أن …
            if r < b and _name_adjective(ctx, r):
                r += 1  # لإذاعة "موزاييك" المحلية إن …
            if r < b and (ctx.is_("comp", r) or ctx.toks[r].text in (":",) or ctx.toks[r].text in OPEN_QUOTES):
                return q
            return None
    return None


def _opener_at(ctx: _Ctx, j: int) -> str | None:
    t = ctx.toks[j]
    if t.text in (":", "："):
        return "colon"
    if t.text in OPEN_QUOTES:
        return "quote"
    if ctx.is_("comp", j) and not (j - 1 >= 0 and ctx.is_("blockcomp", j - 1)):
        return "comp"
    return None


# Nouns that make على / في an adverbial phrase, not the preposition a cue governs (أكد، على هامش زيارته، أن …).
_ADVERBIAL_NOUNS = frozenset("هامش خلفيه صعيد مستوي حد الرغم ضوء اثر".split())


# Cues of judgement whose object is often a quotation right after a named speaker (أدانت الرئاسة "التصعيد الخطير").
_QUOTED_OBJECT_CUES = frozenset(("أدان", "دان", "شجب", "ندد", "استنكر", "انتقد", "رحب", "أشاد"))


def _before_quoted_object(ctx: _Ctx, s0: int, s1: int) -> int:
    """The end of a speaker phrase [s0, s1) before a quotation that follows a name in it: after a verb of judgement
    the quotation is what is judged (أدانت الرئاسة الفلسطينية "التصعيد الخطير"), not the speaker's short name."""
    inside = False  # a quotation opened in the phrase: its closing mark is no new quotation (منظمة "هيومن رايتس ووتش")
    for q in range(s0 + 1, s1):
        if ctx.toks[q].text in OPEN_QUOTES or ctx.toks[q].text in CLOSE_QUOTES:
            if (
                not inside
                and ctx.toks[q].text in OPEN_QUOTES
                and any(r in ctx.ent_start and ctx.ent_start[r][1] == q - 1 for r in range(s0, q))
            ):
                return q
            inside = not inside
    return s1


def _one_named_phrase(ctx: _Ctx, s0: int, s1: int) -> bool:
    """[s0, s1) is one name and its adjectives (وحدات حماية الشعب الكردية، حركة الشباب الإرهابية، المتشددة), not
    two phrases (المحتجون القاضية): a name, perhaps after a head in construct with it, then nisbas or definite
    adjectives."""
    q = s0 if s0 in ctx.ent_start or ctx.definite(s0) else s0 + 1  # حركة الشباب: the head takes the name
    if q not in ctx.ent_start:
        return False
    for r in range(ctx.ent_start[q][1] + 1, s1):
        key = ctx.toks[r].key
        adjective = key.startswith("ال") and (_describes(ctx, key[2:]) or is_derived_participle(key))
        if not (ctx.nisba(key) or (ctx.definite(r) and adjective)):
            return False
    return True


def _accuser_end(ctx: _Ctx, s0: int, s1: int) -> int:
    """Where the accuser ends inside a phrase [s0, s1) that ran on into the accused (اتهمت الحكومة السورية
    المعارضة بـ…): after its first name or word and the nisba adjectives that follow; s1 when nothing is left."""
    end = ctx.ent_start[s0][1] + 1 if s0 in ctx.ent_start else s0 + 1
    if s0 in ctx.ent_start:
        # names joined by و accuse together: "اتهمت واشنطن وباريس ولندن الحكومة السورية بـ"
        while end < s1 and ctx.toks[end].conj_off > 0 and end in ctx.ent_start:
            end = ctx.ent_start[end][1] + 1
    # a noun without the article is in construct with what follows (قيادة الجيش، منظمة هيومن رايتس ووتش)
    while end < s1 and s0 not in ctx.ent_start and not ctx.definite(end - 1) and not _sound_plural(ctx, end - 1):
        end = ctx.ent_start[end][1] + 1 if end in ctx.ent_start else end + 1
    if end < s1 and _accused_body(ctx, s0, end):
        return end  # after a named accuser, a body or actor noun opens the accused (روسيا مسلحي المعارضة)
    while end < s1 and end not in ctx.ent_start and ctx.nisba(ctx.toks[end].key):
        end += 1
    # a title takes the person's name after it (وزير الخزانة الأمريكي ستيفن منوشين)
    if end < s1 and s0 not in ctx.ent_start and end in ctx.ent_start:
        ent = ctx.doc.entities[ctx.ent_start[end][0]]
        if ent.type == "PER" and ctx.ent_start[end][1] + 1 < s1:
            end = ctx.ent_start[end][1] + 1
    # the accused is a name: "المعارضة المسلحة" is one phrase, not the opposition accusing armed men; after a named
    # accuser, a phrase headed by a body or actor noun is the accused too (اتهمت الرئاسة الفلسطينية حكومة الاحتلال)
    return end if end < s1 and (end in ctx.ent_start or _accused_body(ctx, s0, end)) else s1


def _teller_end(ctx: _Ctx, s0: int, s1: int) -> int:
    """After a verb of telling, the phrase [s0, s1) ends with the first person's name in it: "أبلغ الأسد المبعوث
    الروسي أن …" has the envoy as the one told, not as a title of the teller."""
    for q in range(s0, s1):
        if q in ctx.ent_start and ctx.doc.entities[ctx.ent_start[q][0]].type == "PER":
            end = ctx.ent_start[q][1] + 1
            return end if end < s1 and (ctx.definite(end) or ctx.is_source(end)) else s1
    return s1


def _accused_body(ctx: _Ctx, s0: int, q: int) -> bool:
    """After a named accuser at s0, token q is a body or actor noun: the accused opens there (اتهمت الرئاسة
    الفلسطينية حكومة الاحتلال، اتهمت روسيا مسلحي المعارضة)."""
    return s0 in ctx.ent_start and ctx.toks[q].key in ctx.lex.sources and not ctx.toks[q].conj_off


def _sound_plural(ctx: _Ctx, q: int) -> bool:
    """A word ending in the ن of a sound plural (محليون، مسلحين), which no construct state keeps."""
    t = ctx.toks[q]
    k = t.bare or t.key
    if k[:1] in ("ل", "ب", "ك") and not k.startswith("ال"):
        k = k[1:]  # لشؤون is ل + the broken plural شؤون, in construct with what follows
    return len(k) >= 5 and k.endswith(("ون", "ين"))


def _runs_into_accusation(ctx: _Ctx, s1: int, b: int) -> bool:
    """The phrase ending at s1 is followed by what the accused is accused of (بـ، بأن، بالتورط), or by the blame
    put on it (حمّلت الرئاسة الحكومة المسؤولية)."""
    if s1 >= b:
        return False
    t = ctx.toks[s1]
    if t.key in _BLAME:
        return True
    return t.key.startswith("ب") and t.key not in ctx.lex.sources and (len(t.key) == 1 or len(t.key) >= 3)


_BLAME = frozenset(("المسؤوليه", "مسؤوليه"))


def _accused_after_coordination(
    ctx: _Ctx, s0: int, s1: int, b: int, form: CueForm, conj: bool, prev: _Cand | None, a: int, i: int
) -> bool:
    """An accusation verb joined by و to a report of the same sentence, with one phrase and then its بـ: the phrase
    is the accused and the sentence's speaker goes on (after a comma or not: نفت الحركة التهم واتهمت الجيش بالكذب)."""
    return (
        form.cue.frame == "accuse"
        and conj
        and _runs_into_accusation(ctx, s1, b)
        and _accuser_end(ctx, s0, s1) == s1  # one phrase, not an accuser and an accused (واتهمت تركيا إسرائيل)
        and prev is not None
        and prev.speaker is not None
        and prev.cue.start >= ctx.toks[a].start
    )


def _governed(ctx: _Ctx, j: int, form: CueForm) -> bool:
    t = ctx.toks[j]
    if t.key in form.cue.preps:
        nxt = ctx.toks[j + 1].key if j + 1 < len(ctx.toks) else ""
        return nxt not in _ADVERBIAL_NOUNS
    return (
        "ب" in form.cue.preps
        and t.key.startswith("ب")
        and len(t.key) >= 3
        and t.key not in ctx.lex.sources
        and not ctx.function_word(j)
        and not (form.cue.frame == "say" and _place_before_content(ctx, j))
        # "في بغداد": a name that starts with ب starts with the token (the NER left no clitic outside it)
        and not (j in ctx.ent_start and ctx.doc.entities[ctx.ent_start[j][0]].start == t.start)
    )


# Adverbs of manner or frequency that may end a report: "نفته مرارا"، "تنفيه بشدة"، "رفضه جملة وتفصيلا" (lookup keys)
_MANNER = frozenset(
    lookup_key(w) for w in "مرارا بشدة قطعيا تماما جملة وتفصيلا قاطعا بشكل قاطع دائما علنا صراحة".split()
)


def _manner_only(ctx: _Ctx, c: int, b: int) -> bool:
    """From token c to the end of the sentence there are only adverbs of manner (not "دانت البحرين بشدة، الأحد،
    إطلاق …", where the object follows)."""
    q = c
    while q < b and not ctx.toks[q].punct:
        if ctx.toks[q].key not in _MANNER and ctx.toks[q].key not in ctx.lex.words["adverb"]:
            return False
        q += 1
    return q > c and (q >= b or ctx.toks[q].text in (".", "!", "?", "؟"))


def _dual_verb(key: str) -> bool:
    """A past verb in the dual (رحبا، أكدا، قالتا): four letters or more in ا / تا, not the plural وا (دعا، بدا are
    too short to be read so)."""
    return len(key) >= 4 and key.endswith("ا") and not key.endswith(("وا", "ها", "نا"))  # (وصفتها: a pronoun)


def _coordinated_speaker(speaker: Span) -> bool:
    """The speaker phrase joins two names or nouns with و, or is itself a listed dual noun (الجانبان، الطرفين)."""
    words = speaker.text.split()
    return any(w.startswith("و") for w in words[1:]) or bool(words and lookup_key(words[0]) in _DUAL_SOURCES)


# Dual nouns that speak as one party of two (البيان, البرلمان end in ان too, but are singular)
_DUAL_SOURCES = frozenset(
    lookup_key(w)
    for w in (
        "الجانبان الجانبين الطرفان الطرفين البلدان البلدين الرئيسان الرئيسين الوزيران الوزيرين الزعيمان الزعيمين "
        "المسؤولان المسؤولين الوفدان الوفدين"
    ).split()
)


def _plural_verb(key: str) -> bool:
    """A past verb in the masculine plural, bare or with an object pronoun (قالوا، وصفوها، أبلغوه)."""
    return len(key) >= 4 and (key.endswith("وا") or re.search(r"[^و]و(ه|ها|هم|هما|نا|ني)$", key) is not None)


def _one_person(ctx: _Ctx, speaker: Span) -> bool:
    """The speaker phrase names one person: exactly one PER entity inside it."""
    inside = [e for e in ctx.doc.entities if e.type == "PER" and speaker.start <= e.start and e.end <= speaker.end]
    return len(inside) == 1


def _place_before_content(ctx: _Ctx, j: int) -> bool:
    """ب + a town right before the complementiser or the quotation: where it was said ("أفاد الطبوبي، الأحد بصفاقس،
    أن …"), not the cue's بـ-complement."""
    if j not in ctx.ent_start or ctx.doc.entities[ctx.ent_start[j][0]].type != "LOC":
        return False
    after = ctx.ent_start[j][1] + 1
    if after >= len(ctx.toks):
        return False
    if ctx.toks[after].text in COMMAS and after + 1 < len(ctx.toks):
        after += 1  # "بصفاقس، أن …" (not "ندد بإسرائيل، داعيا …": what was condemned)
    if ctx.toks[after].text in OPEN_QUOTES and after + 1 < len(ctx.toks):
        after += 1  # 'بصفاقس "أن …' (not 'بإسرائيل "التي …': a quoted description of what was named)
    if ctx.is_("relative", after):
        # "من اللجنة الوطنية لحقوق الإنسان بقطر التي تديرها الدولة إن": a short relative clause on the body
        for q in range(after + 1, min(len(ctx.toks), after + 7)):
            if ctx.toks[q].punct or ctx.cue_form(q) is not None:
                return False
            if ctx.is_("comp", q):
                return True
        return False
    return ctx.is_("comp", after)


def _region_extras(ctx: _Ctx, cand: _Cand, k: int, end: int, b: int) -> None:
    toks = ctx.toks
    j = k
    while j < end:
        t = toks[j]
        if cand.time is None and ctx.is_time(j):
            cand.time = _time_span(ctx, j, end)
        body_at = ctx.ent_start.get(j)
        if (
            body_at is not None
            and ctx.doc.entities[body_at[0]].start == t.start
            and ctx.doc.entities[body_at[0]].type in ("ORG", "LOC")
            and body_at[1] > j
        ):
            j = body_at[1] + 1  # "من اللجنة الوطنية لحقوق الإنسان": a ل inside a body's name is no addressee
            continue
        if cand.addressee is None and (
            t.text.startswith("لـ") or (t.key.startswith("ل") and not t.key.startswith("ال"))
        ):
            name_at = ctx.ent_start.get(j)
            if name_at is not None and ctx.doc.entities[name_at[0]].start == t.start:
                j = name_at[1] + 1  # "نفت السلطات في شرق ليبيا أن": the ل is the name's own letter, not a preposition
                continue
            # "وأعلن وزير الداخلية لاحقا": an adverb's ل is its own letter (and a nationality's: لبناني، ليبية)
            adverb = t.key in ctx.lex.words["adverb"] or t.key.startswith(_L_NOUNS) or nisba_country(t.key) is not None
            if (
                not ctx.function_word(j)
                and t.key not in ("له", "لها", "لهم", "لنا")
                and not ctx.is_time(j)
                and not adverb
            ):
                e = _l_np_end(ctx, j, end)
                prev = toks[j - 1].key if j - 1 >= k else ""
                # "في تصريح للصحافة على هامش …": ل after an interview noun names who it was given to (after بيان
                # it names the author: بيان للجيش)
                after_occasion = prev in _GIVEN_TO or prev[2:] in _GIVEN_TO
                affiliated = prev in _AFFILIATED  # "كتيبة جنين التابعة لسرايا القدس أن": whose unit, not who was told
                # "خلال اجتماع للجنة الوزارية": whose meeting, not who was told
                affiliated = affiliated or (prev[2:] if prev.startswith("ال") else prev) in _MEETINGS
                # "كتائب القسام، الجناح العسكري لحركة حماس، إن": in an aside closed by a comma, a definite noun or
                # adjective before ل governs it (not a surname: "مراد المشري لوكالة …، إن")
                affiliated = affiliated or (
                    j - 1 > k
                    and any(toks[q].text in COMMAS for q in range(k, j))
                    and prev.startswith("ال")
                    and not ctx.is_time(j - 1)
                    and not any(x.type == "PER" and x.start < toks[j - 1].end <= x.end for x in ctx.doc.entities)
                    and e < end
                    and toks[e].text in COMMAS
                )
                if affiliated or not (after_occasion or _fillers_only(ctx, k, j) or _fillers_only(ctx, e, end)):
                    j = e  # a ل-phrase inside a longer lead-in is no addressee ("الخاضعة للحكومة")
                    continue
                strip = 2 if t.text.startswith("لـ") else 1
                if t.text[strip : strip + 1] in ("ـ",):
                    strip += 1
                cand.addressee = ctx.span(t.start + strip, toks[e - 1].end)
                j = e
                continue
        if cand.addressee is None and t.key == "امام" and j + 1 < end:
            e = _np_forward(ctx, j + 1, end)
            if e > j + 1:
                cand.addressee = ctx.span(toks[j + 1].start, toks[e - 1].end)
                j = e
                continue
        if cand.via is None and (ctx.is_("platform", j) or ctx.is_("channel", j)):
            cand.via = ctx.span(
                t.start + (t.conj_off or (1 if t.key[:1] in "بل" and t.key[1:] in ctx.lex.words["platform"] else 0)),
                t.end,
            )
        j += 1


# Nouns before طالب that make it "a student" (مقتل طالب، اعتقال طالب), and adjectives after it (طالب جامعي).
_STUDENT_BEFORE = frozenset(
    lookup_key(w)
    for w in "مقتل اعتقال توقيف اختطاف اغتيال وفاة والد والدة أسرة عائلة زميل زملاء".split()  # (not قتل: قُتل وطالبوا)
)
_STUDENT_AFTER = frozenset(lookup_key(w) for w in "جامعي جامعية ثانوي ثانوية بكلية".split())


# Nouns whose first letter is ل, not the preposition (لقائه مع، لجنة، لواء): no addressee.
_L_NOUNS = tuple(lookup_key(w) for w in "لقاء لقائ لجنة لجان لواء لوائ".split())


def _time_before(ctx: _Ctx, c: _Cand, a: int) -> Span | None:
    """ "والخميس، قال …" / "وفي وقت سابق اليوم، قالت …": a time phrase that opens the sentence before the verb."""
    q = c.cue_i - 1
    if "sv" in c.extra:
        q = c.extra["sv"] - 1
    while q >= a and (ctx.toks[q].text in COMMAS or ctx.toks[q].key in ("و", "ثم")):
        q -= 1
    if q < a or not ctx.is_time(q):
        return None
    t = ctx.toks[q]
    hit = ctx.time_at(q)
    if hit is not None:
        return ctx.span(*hit)
    s = q
    while s - 1 >= a and ctx.is_time(s - 1):
        s -= 1
    if s > a and not (ctx.is_("prep", s - 1) or ctx.toks[s - 1].text in COMMAS):
        return None
    return ctx.span(ctx.toks[s].start + ctx.toks[s].conj_off, t.end)


def _fillers_only(ctx: _Ctx, s: int, e: int) -> bool:
    return all(_skip_fillers(ctx, q, q + 1) > q for q in range(s, e))


def _time_span(ctx: _Ctx, j: int, end: int) -> Span:
    t = ctx.toks[j]
    hit = ctx.time_at(j)
    if hit is not None:
        return ctx.span(*hit)
    around = [(a, e) for a, e in _time_spans(ctx) if a <= t.start and t.end <= e]
    if around:
        return ctx.span(*around[0])  # "الأسبوع الماضي", kept aside by the times layer: its whole span
    e = j + 1
    while e < end and (ctx.is_time(e) or (ctx.toks[e].text[:1].isdigit() and len(ctx.toks[e].text) == 4)):
        e += 1
    return ctx.span(t.start + t.conj_off, ctx.toks[e - 1].end)


def _quote_content(ctx: _Ctx, cand: _Cand, c: int, b: int, sent: Sentence | None) -> None:
    """If the content opens with a quotation that closes the clause, it is direct speech: take its inside."""
    toks = ctx.toks
    t = toks[c]
    if t.text not in OPEN_QUOTES:
        return
    close_ch = OPEN_QUOTES[t.text]
    text = ctx.text
    pos = text.find(close_ch, t.end, t.end + 3000)
    if t.text == "«":
        depth, q = 1, t.end
        pos = -1
        while q < min(len(text), t.end + 3000):
            if text[q] == "«":
                depth += 1
            elif text[q] == "»":
                depth -= 1
                if depth == 0:
                    pos = q
                    break
            q += 1
    if pos < 0:
        return
    after = text[pos + 1 : pos + 40]
    stripped = after.lstrip(" .،,؛;!؟?")
    ends_clause = (
        not stripped
        or after.lstrip()[:1] in (".", "،", ",", "؛", "!", "؟", "?", "\n", "")
        or stripped.startswith(("و", "ف", "\n"))
    )
    if not ends_clause:
        return
    inner_s, inner_e = t.end, pos
    while inner_s < inner_e and text[inner_s].isspace():
        inner_s += 1
    while inner_e > inner_s and text[inner_e - 1].isspace():
        inner_e -= 1
    if inner_e <= inner_s:
        return
    cand.content_start, cand.content_end = inner_s, inner_e
    cand.direct = True


def _person_title_after_lam(ctx: _Ctx, q: int) -> bool:
    """Token q is ل + a person noun of the sources (للسيد، للرئيس، للوزير)."""
    _stem, bare = _after_lam(ctx.toks[q].key)
    return bare in ctx.lex.persons or bare in ("سيد", "سيده")


def _name_after_title(ctx: _Ctx, q: int, lim: int) -> int | None:
    """The token where a person's name starts after the title at q, within five words that can belong to a
    title (a definite genitive, a nisba, another title noun, a rank's second word), or None."""
    toks = ctx.toks
    for r in range(q + 1, min(lim, q + 6)):
        if r in ctx.ent_start:
            ent = ctx.doc.entities[ctx.ent_start[r][0]]
            return r if ent.type == "PER" and ent.start == toks[r].start else None
        t = toks[r]
        if t.punct or t.conj_off or ctx.function_word(r) or ctx.is_time(r) or ctx.cue_form(r) is not None:
            return None
        if ctx.definite(r) or ctx.is_("rank_second", r):
            continue
        if ctx.verb_like(r) or t.key.endswith("ا") or t.key[:1] in ("ي", "ت"):
            return None  # "شخصا تونسيا يُدعى سيف الله": an object and a verb, not a title
        if not (ctx.nisba(t.key) or t.key in ctx.lex.sources):
            return None
    return None


def _before_inner_pp(ctx: _Ctx, s0: int, s1: int) -> int:
    """Where the head part of the phrase s0..s1 ends: at its first في / من (a prepositional phrase inside it)."""
    return next((q for q in range(s0 + 1, s1 + 1) if ctx.toks[q].key in ("في", "من")), s1 + 1)


# Sources that are places after في (في الدول المجاورة يطالبون: where the displaced live, no speaker), as keys
_PLACE_SOURCES = frozenset(lookup_key(w) for w in "الدول دول البلدان بلدان الدولة دولة البلد بلد".split())


def _after_preposition(ctx: _Ctx, s0: int, a: int) -> bool:
    """The phrase starting at token s0 is a preposition's object, a demonstrative between (وفي هذا السياق، وحول
    هذه المسألة)."""
    q = s0 - 1
    while q >= a and ctx.toks[q].key in _DEMONSTRATIVES:
        q -= 1
    return q >= a and ctx.is_("prep", q)


def _place_phrase_before_vs(ctx: _Ctx, s0: int, a: int, subject_after: int | None) -> bool:
    """The phrase that ends right before the verb opens after a preposition and a source follows the verb (وفي
    تقرير منفصل أعلن الجيش): the phrase says where, the source after the verb is the subject. A source noun after
    the preposition (بعد تقارير أفادت) keeps its reading, unless it is a singular document noun."""
    if subject_after is None or not ctx.is_source(subject_after) or s0 - 1 < a or not ctx.is_("prep", s0 - 1):
        return False
    return not ctx.is_source(s0) or _document_after_prep(ctx, s0, a)


def _document_after_prep(ctx: _Ctx, s0: int, a: int) -> bool:
    """Token s0 is an indefinite singular document noun after a preposition (في تقرير منفصل، في بيان): a place in
    the text, not a subject — "بعد تقارير أفادت" (a plural that agrees with the verb) stays a subject."""
    t = ctx.toks[s0]
    return (
        s0 - 1 >= a
        and ctx.is_("prep", s0 - 1)
        and (t.bare or t.key) in ctx.lex.words.get("document", ())
        and not (t.bare or t.key).startswith("ال")
    )


def _came_in(ctx: _Ctx, cand: _Cand, i: int, a: int, b: int, form: CueForm) -> _Cand | None:
    """وجاء في بيان للجيش أن … / وجاء في التقرير: "…": the document (with its issuer) is the speaker, and the
    content follows its marker; without a document noun right after في, or without a marker, no report (جاء في إطار
    …، جاء ذلك في …)."""
    toks = ctx.toks
    j = i + 1
    if j + 1 >= b or toks[j].key != "في":
        return None
    head = toks[j + 1].bare or toks[j + 1].key
    if head not in ctx.lex.words.get("document", ()):
        return None
    e = _np_forward(ctx, j + 1, b)
    if e <= j + 1:
        return None
    k = e
    while k < b and (ctx.toks[k].text in COMMAS or ctx.is_time(k)):
        k += 1
    if k >= b or not _opener_at(ctx, k):
        return None
    cand.speaker = ctx.span(toks[j + 1].start, toks[e - 1].end)
    _clause(ctx, cand, i, a)
    _after_speaker(ctx, cand, e, b, form)
    return cand


def _carries_subject(t: _Tok, form: CueForm) -> bool:
    """The token is a past form of its cue with a dual or plural subject suffix (حثا، قالتا، أعلنوا)."""
    if form.present or form.enclitic:
        return False
    lemma = lookup_key(form.cue.lemma)
    if lemma.endswith(("ا", "ي")):
        return False  # دعا، نفى: the suffix is not told apart from the stem
    k = t.bare or t.key
    return k in (lemma + "ا", lemma + "تا", lemma + "وا")


def _plain_report(ctx: _Ctx, i: int, b: int) -> bool:
    """A relay verb whose subject is followed by أن / بأن, not by عن (نقلت الوكالة أن …), and that opens its
    clause: after a noun it is the verbal noun (قرار نقل السيادة بأن …)."""
    t = ctx.toks[i]
    if not (t.conj_off or i == 0 or ctx.toks[i - 1].punct or ctx.function_word(i - 1) or ctx.is_time(i - 1)):
        return False
    j = _skip_fillers(ctx, i + 1, b)
    e = _np_forward(ctx, j, b)
    if e <= j:
        return False
    k = _skip_fillers(ctx, e, b)
    return k < b and ctx.toks[k].key in ("ان", "بان") and ctx.toks[k].text[-2:] == "أن"


_TO_HIM = frozenset(lookup_key(w) for w in "إليه إليها إليهم إليهما اليه اليها اليهم".split())


# Members and delegates "for" a bloc, a constituency or a body (النائب عن كتلة الوفاء للمقاومة، ممثل عن الوزارة)
_DELEGATES = frozenset(
    lookup_key(w)
    for w in "نائب النائب نائبة النائبة نواب النواب ممثل الممثل ممثلة ممثلون عضو العضو عضوة العضوة".split()
)
# What a delegate sits for, in construct before its name (النائب عن تحالف السيادة، عن محافظة نينوى); a topic after
# عن (تحدث النائب عن أزمة الكهرباء) is none
_CONSTITUENCIES = frozenset(
    lookup_key(w)
    for w in "تحالف ائتلاف كتلة قائمة حزب حركة تيار جبهة محافظة ولاية دائرة مدينة منطقة إقليم قضاء".split()
)
_ENVOYS = frozenset(
    lookup_key(w) for w in "مبعوث المبعوث مبعوثة المبعوثة موفد الموفد سفير السفير سفيرة السفيرة".split()
)
_INFORMED = frozenset(lookup_key(w) for w in "مطلع مطلعة مطلعون مطلعين المطلع المطلعة المطلعين".split())


def _relay(ctx: _Ctx, cand: _Cand, i: int, a: int, b: int, form: CueForm, prev: _Cand | None) -> _Cand | None:
    """نقلت X عن Y (قوله) … / نسبت X إلى Y القول …: the speaker is Y, X is the channel."""
    toks = ctx.toks
    link = ("عن",) if form.cue.frame == "relay" else ("الي",)
    if form.cue.frame == "ascribe" and (
        (i - 1 >= a and toks[i - 1].key in ("ما", "مما", "بما", "لما", "التي", "الذي"))
        or (i + 1 < b and toks[i + 1].key in _TO_HIM)
    ):
        return None  # "من أجل ما نسب إليه", "التهم التي نسبت إليه": the charges against someone, not a report
    j = _skip_fillers(ctx, i + 1, b)
    speaker = via = None
    k = j
    if j < b and toks[j].key in ("عنه", "عنها", "عنهم") and form.cue.frame == "relay":
        if prev is None or prev.speaker is None:
            return None
        speaker = prev.speaker
        e = _np_forward(ctx, j + 1, b)
        if e > j + 1:
            via = _np_span(ctx, j + 1, e)
        k = e
    elif j < b and toks[j].key in link and form.cue.frame == "relay":
        # passive "ونُقل عن مصدر أمني قوله إن …": no channel named, unless it stands before the verb ("لكن وكالة
        # الأنباء السورية الرسمية (سانا) نقلت عن مصدر …")
        e2 = _np_forward(ctx, j + 1, b)
        if e2 <= j + 1:
            return None
        speaker = ctx.span(toks[j + 1].start, toks[e2 - 1].end)
        via = _channel_before(ctx, i, a)
        k = e2
    else:
        e = _np_forward(ctx, j, b)
        if e <= j:
            return None
        k = _skip_fillers(ctx, e, b)
        # "وكالة رويترز للأنباء عن": a short tail of the channel's name before عن / إلى
        tail = k
        while tail < b and tail - k < 3 and toks[tail].key not in link and not toks[tail].punct:
            tail += 1
        if tail < b and toks[tail].key in link and tail > k:
            e, k = tail, tail
        via = _np_span(ctx, j, e)
        if k >= b or toks[k].key not in link:
            return None
        # "نقلت صحيفة "نيويورك تايمز" عن من وصفته بمسؤول في تحالف … قوله": the one described speaks
        first = _whom_it_called(ctx, k + 1, b)
        strip = 0 if first is None else 1
        first = k + 1 if first is None else first
        e2 = _np_forward_stripped(ctx, first, b, strip)
        while e2 - 1 > first and ctx.is_("saying", e2 - 1):
            e2 -= 1  # "نسبت وكالات أنباء إلى مسؤول عسكري القول إن": the saying is no part of who said it
        if e2 <= first:
            return None
        speaker = ctx.span(toks[first].start + strip, toks[e2 - 1].end)
        k = e2
    if k < b and toks[k].key == "علي" and toks[k - 1].key in _INFORMED:
        # "عن مصدر مطلع على الملف أن": what the source knows of, then the content
        stops = (q for q in range(k + 1, min(b, k + 7)) if ctx.is_("comp", q) or toks[q].punct)
        comp = next((q for q in stops if toks[q].text not in COMMAS), None)
        if comp is not None and ctx.is_("comp", comp):
            k = comp
    cand.speaker, cand.via = speaker, via
    _clause(ctx, cand, i, a)
    k = _skip_fillers(ctx, k, b)
    k = _skip_fillers(ctx, _past_unnamed(ctx, k, b), b)  # "عن مسؤول لم تسمه قوله"
    if k < b and (ctx.verb_like(k) or (toks[k].key[:1] in ("ي", "ت") and 3 <= len(toks[k].key) <= 6)):
        # "عن مسؤول في تحالف إقليمي يضم إيران وسوريا قوله إن": a clause describing the source, up to its saying
        k = next((q for q in range(k + 1, min(b, k + 14)) if ctx.is_("saying", q)), k)
    if k < b and toks[k].key in _DENIAL_RELAYED and form.cue.frame == "relay":
        # "نقلت قناة المسيرة عن مصدر عسكري نفيه هذه الأنباء": the source's denial, what it denies after it
        cand.stance = "deny"
        k += 1
    while k < b and (ctx.is_("saying", k) or toks[k].text in (":", "،", ",")):
        if toks[k].text == ":" and k + 1 < b and toks[k + 1].text in OPEN_QUOTES:
            k += 1
            break
        k += 1
    if k < b and ctx.is_("comp", k):
        k += 1
    if k < b and toks[k].key.startswith("قول") and toks[k].text.endswith(":"):
        k += 1
    if k >= b or toks[k].text in (".", "!", "?", "؟"):
        # "…، بحسب ما نقلت هيئة البث عن مسؤول.": a postposed report, whose content is the clause before
        return cand if cand.postposed_ok else None
    _region_extras(ctx, cand, i + 1, k, b)
    cand.speaker, cand.via = speaker, via
    cand.content_start = toks[k].start
    _quote_content(ctx, cand, k, b, None)
    return cand


# The relayed source's denial (نقلت عن مصدر نفيه …), as lookup keys
_DENIAL_RELAYED = frozenset(("نفيه", "نفيها", "نفيهم", "نفيهما"))


def _whom_it_called(ctx: _Ctx, j: int, b: int) -> int | None:
    """Tokens from j read "من وصفته / وصفها / وصفتهم بـX": the token of بـX (the one described), or None."""
    if j + 2 >= b or ctx.toks[j].key != "من" or not ctx.toks[j + 2].key.startswith("ب"):
        return None
    cf = ctx.cue_form(j + 1)
    return j + 2 if cf is not None and cf[0].cue.lemma == "وصف" and cf[0].enclitic else None


def _channel_before(ctx: _Ctx, i: int, a: int) -> Span | None:
    """The outlet or source that opens the clause right before the relaying verb at i, past its acronym in
    brackets: "لكن وكالة الأنباء السورية (سانا) نقلت عن …", or None."""
    p = i - 1
    if p - 2 >= a and ctx.toks[p].text == ")" and ctx.toks[p - 2].text == "(":
        p -= 3  # (سانا)
    if p < a or not ctx.nounish(p):
        return None
    found = _backward_np(ctx, p, a)
    if found is None:
        return None
    s0 = found[0]
    opens = s0 == a or ctx.toks[s0 - 1].text in COMMAS or ctx.toks[s0 - 1].key in _CHANNEL_OPENERS
    if not opens or not (ctx.is_("media", s0) or s0 in ctx.ent_start or ctx.is_source(s0)):
        return None
    return _strip_conj_span(ctx, s0, p)  # (the acronym stays out, as after the verb)


_CHANNEL_OPENERS = frozenset(lookup_key(w) for w in "لكن ولكن فيما بينما كما أن إن".split())


def _np_span(ctx: _Ctx, s: int, e: int) -> Span:
    ts, te = ctx.toks[s], ctx.toks[e - 1]
    start, end = ts.start + ts.conj_off, te.end
    if ts.text in OPEN_QUOTES and e - s >= 3:
        start, end = ctx.toks[s + 1].start, ctx.toks[e - 2].end
    return ctx.span(start, end)


def _participle(ctx: _Ctx, i: int, a: int, b: int, form: CueForm, prev: _Cand | None, off: int = 0) -> _Cand | None:
    """ "، مضيفا أن …" — the subject is the previous statement's speaker; the cue leaves a conjunction out
    ("، ومرجحا أن": مرجحا, as verbs do)."""
    if i - 1 < a:
        return None
    before = ctx.toks[i - 1].text
    if before not in COMMAS and not (before in CLOSE_QUOTES or _opens_its_complement(ctx, i, b, form)):
        return None
    subject = None
    if prev is None or prev.cue.start < ctx.toks[a].start or _in_relative_clause(ctx, prev.cue_i, a):
        # no report before it in its sentence: "لكن المتحدث …، إبراهيم قالن، سارع إلى رفض العرض، قائلا …" speaks
        # through the sentence's own subject, not through the previous sentence's speaker; so does the subject of a
        # verb that reports nothing by itself ("وفي بيان الجمعة، رد مكابي على خبر طرده مشيرا إلى أنه …")
        subject = _sentence_source(ctx, a, i)
        if subject is not None and not _unnamed_agrees(ctx, subject, i):
            subject = None  # "ونقلت وسائل إعلام عن محمد بن سلمان قوله …، مضيفا": not the media's
        if subject is None and (verb_subject := _named_after_clause_verb(ctx, a, i)) is not None:
            # (if the participle agrees with it: "ووصل المتحدث إلى سوريا، مؤكدة أن" goes on with the agency before)
            subject = None if _gender_clash(ctx, verb_subject, i) else verb_subject
    if subject is None and prev is not None and prev.speaker is not None and _gender_clash(ctx, prev.speaker, i):
        # "قال مصدر عسكري …. وتبنت الجماعة الهجوم …، مؤكدة أن": a feminine participle is no masculine speaker's; the
        # sentence's own subject speaks, or no one
        subject = _sentence_source(ctx, a, i) or _sentence_subject(ctx, a, i, None)
        if subject is None:
            return None
    if subject is None and prev is not None and prev.speaker is not None and _plural_after_one(ctx, prev.speaker, i):
        # "… وأضاف الشرطي "كان خطأ". وعادة ما يخرج المحتجون …، مطالبين بإنهاء …": a plural participle is not one
        # person's; the sentence's own (crowd) subject speaks, or no one
        subject = _sentence_source(ctx, a, i) or _sentence_subject(ctx, a, i, None, crowds=True)
        if subject is None:
            return None
    if subject is None and (prev is None or prev.speaker is None):
        return None
    t = ctx.toks[i]
    cand = _Cand(ctx.span(t.start + off, t.end), i, "participle", form.cue.stance)
    if subject is not None:
        cand.speaker, cand.via, cand.implicit = subject, None, True
    else:
        cand.speaker, cand.via, cand.implicit = prev.speaker, prev.via, True  # type: ignore[union-attr]
    _clause(ctx, cand, i, a)
    if before not in COMMAS and before not in CLOSE_QUOTES:
        cand.coordinate, cand.clause_start = True, t.start  # the content before it ends where it starts
    _after_speaker(ctx, cand, i + 1, b, form)
    return cand


def _named_after_clause_verb(ctx: _Ctx, a: int, i: int) -> Span | None:
    """The name (PER / ORG) right after a verb that opens a clause of the sentence before the participle at i
    ("وفي بيان الجمعة، رد مكابي على خبر طرده مشيرا"), when no person or body is named before that verb (in "وكانت
    مديرة الدائرة يهوديت تيروش قد هاجمت نتنياهو" the one named after the verb is its object); else None."""
    toks = ctx.toks
    for v in range(a, i - 1):
        if v in ctx.ent_start:
            if ctx.doc.entities[ctx.ent_start[v][0]].type in ("PER", "ORG"):
                return None
            continue
        opens = v == a or toks[v - 1].text in COMMAS or toks[v].conj_off > 0
        if not opens or not (ctx.verb_like(v) or ctx.cue_form(v) is not None) or v + 1 >= i:
            continue
        if v + 1 in ctx.ent_start:
            ent_i, last = ctx.ent_start[v + 1]
            if ctx.doc.entities[ent_i].type in ("PER", "ORG") and last < i:
                return ctx.span(ctx.doc.entities[ent_i].start, ctx.doc.entities[ent_i].end)
            return None
        if (
            _person_title(ctx, v + 1)
            and (end := _np_forward(ctx, v + 1, i)) > v + 1
            and any(
                q in ctx.ent_start and ctx.doc.entities[ctx.ent_start[q][0]].type == "PER" for q in range(v + 1, end)
            )
        ):
            # "بدوره، وجه وزير الداخلية الأردني، سمير مبيضين، الشكر …، مشددا": a titled person, named
            return _strip_conj_span(ctx, v + 1, end - 1)
        return None
    return None


def _opens_its_complement(ctx: _Ctx, i: int, b: int, form: CueForm) -> bool:
    """The participle at i is followed at once by its complementiser, or by its preposition and one ("النهضة لم تتغير
    مشيرا أنه …"، "… القادمة مؤكدا أن …"، "مشيرا إلى أن …"): a new report without the comma many outlets leave out. Not
    قائلا, which after a verb is its manner ("كتب على تويتر قائلا إن …": one statement), nor متهم."""
    if ctx.is_("saying", i) or form.cue.lemma == "متهم":
        return False  # (and not متهمين، mostly the passive "accused": "ستة صحافيين متهمين بأنهم …")
    k = i + 1
    if k < b and ctx.toks[k].key in form.cue.preps:
        k += 1
    return k < b and ctx.is_("comp", k)


def _in_relative_clause(ctx: _Ctx, q: int, a: int) -> bool:
    """Token q sits in a relative clause: a relative pronoun stands before it within eight words, no comma between
    (تصريحاته التي أثارت جدلا واعتبرها البعض …، مؤكدا: the participle goes with the main clause)."""
    for r in range(q - 1, max(a, q - 8) - 1, -1):
        if ctx.toks[r].text in COMMAS:
            return False
        if ctx.is_("relative", r):
            return True
    return False


# Singular masculine speakers: the titles the agreement checks know, and sources no title (مصدر، مسؤول، المرصد)
_MASCULINE_SINGULAR_SOURCES = MASCULINE_TITLES | frozenset(
    lookup_key(w) for w in "مصدر المصدر مسؤول المسؤول قائد مستشار النائب نائب المرصد الجيش".split()
)


def _plural_after_one(ctx: _Ctx, speaker: Span, i: int) -> bool:
    """The participle at i is a masculine plural (مطالبين، مؤكدين) and the speaker one person: a single person's
    name, or a singular person noun of the sources (الوزير، المسؤول، الشرطي)."""
    key = ctx.toks[i].bare or ctx.toks[i].key
    if not key.endswith("ين") or key.endswith("تين"):
        return False
    words = speaker.text.split()
    if not words:
        return False
    first = lookup_key(words[0])
    first = first[2:] if first.startswith("ال") else first
    return _one_person(ctx, speaker) or first in ctx.lex.persons


def _gender_clash(ctx: _Ctx, speaker: Span, i: int) -> bool:
    """The participle at i (مؤكدة / مؤكدا) and the speaker phrase disagree in gender: a feminine participle after a
    masculine source noun or title (مصدر، مسؤول، الوزير), or a masculine one after a feminine name or body."""
    key = ctx.toks[i].bare or ctx.toks[i].key
    feminine_cue = key.endswith("ه")
    if not feminine_cue and not key.endswith("ا"):
        return False  # plural or dual participles (مؤكدين، مؤكدتين) are left alone
    words = speaker.text.split()
    if not words:
        return False
    first = lookup_key(words[0])
    ent = next((e for e in ctx.doc.entities if e.start == speaker.start), None)
    if ent is not None and ent.type == "PER":
        return False  # a person's gender is not read from the name
    feminine_speaker = feminine_name(speaker.text, ent.type if ent is not None else "ORG") or first.endswith("ه")
    # a singular masculine source or title only: broken plurals of things take a feminine participle (مصادر طبية
    # …، موضحة; صحف …، مشيرة)
    masculine_speaker = not feminine_speaker and first.lstrip("و") in _MASCULINE_SINGULAR_SOURCES
    return (feminine_cue and masculine_speaker) or (not feminine_cue and feminine_speaker and ent is not None)


def _unnamed_end(ctx: _Ctx, q: int, e: int) -> int:
    """Where an unnamed subject opening at q ends within [q, e): its adjectives and a construct chain that ends in
    a definite word (مديرة دائرة الأوراق المالية), not a preposition, a verb or an indefinite object after it (سخر
    وزير تركي [من العقوبات]; أحزاب معارضة [تتبنى]; صفعت ناشطة إسرائيلية [جنديا])."""
    for r in range(q + 1, e):
        key = ctx.toks[r].key
        if ctx.is_("prep", r) or ctx.verb_like(r):
            return r
        if not ctx.definite(r) and key.endswith("ا") and r not in ctx.ent_start:
            return r  # an accusative is no adjective of the nominative subject (ناشطة إسرائيلية [جنديا])
        construct = r + 1 < e and ctx.definite(r + 1) and not ctx.definite(r - 1)
        if not (ctx.definite(r) or _describes(ctx, key) or construct):
            return r
    return e


_GENERAL = frozenset(lookup_key(w) for w in "عام عامة".split())


def _unnamed_agrees(ctx: _Ctx, speaker: Span, i: int) -> bool:
    """A speaker phrase with no name in it and the participle at i agree: a feminine singular participle after a
    noun in ة (ناشطة …، قائلة), a masculine singular one after a singular masculine source (مسؤول …، قائلا), a plural
    one after neither. A phrase with a name always passes (the name's agreement is read elsewhere)."""
    if any(speaker.start <= e.start < speaker.end for e in ctx.doc.entities):
        return True
    key = ctx.toks[i].bare or ctx.toks[i].key
    head = lookup_key(speaker.text.split()[0])
    feminine_head = head.endswith("ه")
    masculine_head = head in _MASCULINE_SINGULAR_SOURCES or head.removeprefix("ال") in _MASCULINE_SINGULAR_SOURCES
    if key.endswith("ه"):
        return feminine_head
    if key.endswith("ا"):
        return masculine_head
    return not feminine_head and not masculine_head


def _sentence_source(ctx: _Ctx, a: int, i: int) -> Span | None:
    """The first speaker-like noun phrase of the sentence before token i, opening the sentence or right after its
    first verb (a person's or a body's name, or a source noun), or None. An opening prepositional phrase up to a
    comma is passed over (على الصعيد الاقتصادي، حدد الأمير …)."""
    a = _after_opening_phrase(ctx, a, i)
    seen_verb = False
    verb_at = -2
    for q in range(a, min(i, a + 4)):
        tq = ctx.toks[q]
        if (tq.bare or tq.key) in _AUXILIARIES:
            seen_verb, verb_at = True, q  # وكانت إسرائيل قد شنت …: the subject follows the auxiliary
            continue
        if tq.punct or ctx.function_word(q) or ctx.is_time(q) or tq.key in _CLAUSE_OPENERS:
            continue
        if ctx.has_entities and ctx.is_source(q) and not ctx.prep_prefixed(q):
            e = _np_forward(ctx, q, i)
            # only a phrase that names someone (an entity in it): a bare "وصلت التعزيزات" is no speaker
            named = [ctx.doc.entities[ctx.ent_start[r][0]].type for r in range(q, e) if r in ctx.ent_start]
            # a place is a subject only after a verb (وترفض مصر …), not as a dateline; a title names a person
            # whatever entity follows it (رئيس الإكوادور)
            titled = q not in ctx.ent_start and tq.key in ctx.lex.sources
            subject_place = bool(named) and named[0] == "LOC" and verb_at == q - 1  # وترفض مصر, not توجه إلى سوريا
            # an unnamed person noun right after the verb speaks too (صفعت ناشطة يسارية إسرائيلية …، قائلة)
            unnamed = not named and titled and verb_at == q - 1 and not ctx.definite(q)
            if unnamed:
                e = _unnamed_end(ctx, q, e)
            if e > q and ((named and (named[0] in ("PER", "ORG") or subject_place or titled)) or unnamed):
                end = ctx.toks[e - 1].end
                ents = [ctx.doc.entities[ctx.ent_start[r][0]] for r in range(q, e) if r in ctx.ent_start]
                first_name = next((ent for ent in ents if ent.type == "PER"), None)
                if first_name is not None:
                    # a name closes the phrase (منح الوزير X الفريق جائزة، وشبه الأمير X، المرشد … Y)
                    end = min(end, first_name.end)
                return ctx.span(tq.start + tq.conj_off, end)
        if ctx.verb_like(q) or (not seen_verb and _past_verb_shape(ctx, q)):
            seen_verb, verb_at = True, q
            continue
        return None  # the sentence opens with something else: no subject to read off
    return None


_AUXILIARIES = frozenset(("كان", "كانت", "كانوا", "يكون", "تكون"))
# Conjunctions that may open a main clause before its verb (فيما رفض المتحدث …، كما أصدر المحامي …).
_CLAUSE_OPENERS = {"فيما", "وفيما", "بينما", "وبينما", "كما", "وكما", "ثم"}


def _past_verb_shape(ctx: _Ctx, q: int) -> bool:
    """An opening word that can be a past verb before its subject (رفض، أصدر، منح): Arabic, no article, not a name,
    a source noun or a time."""
    t = ctx.toks[q]
    k = t.bare or t.key
    return (
        t.arabic and not k.startswith("ال") and q not in ctx.ent_start and t.key not in ctx.lex.sources and len(k) >= 3
    )


# Nouns of adverbial openers that a postposed report's content leaves out (وعلى الصعيد السياسي، من جهة أخرى،
# في غضون ذلك، في المقابل،).
_OPENER_NOUNS = frozenset(
    lookup_key(w) for w in "الصعيد صعيد جهة جهته جهتها جانب جانبه جانبها سياق السياق غضون المقابل ناحية".split()
)


def _past_adverbial_opener(ctx: _Ctx, s: int, end: int) -> int:
    """Character offset s, moved past an adverbial opener closed by a comma (وعلى الصعيد السياسي، يصل وفد …)."""
    q = ctx.tok_at(s)
    if q is None or q + 1 >= len(ctx.toks):
        return s
    t = ctx.toks[q]
    if (t.bare or t.key) not in ctx.lex.words.get("prep", ()) or ctx.toks[q + 1].key not in _OPENER_NOUNS:
        return s
    for r in range(q + 2, min(len(ctx.toks), q + 6)):
        if ctx.toks[r].start >= end:
            break
        if ctx.toks[r].text in COMMAS:
            return ctx.toks[r + 1].start if r + 1 < len(ctx.toks) and ctx.toks[r + 1].start < end else s
    return s


def _after_opening_phrase(ctx: _Ctx, a: int, i: int) -> int:
    """The token after an opening prepositional phrase closed by a comma (من جهته، / على الصعيد الاقتصادي،), else a."""
    first = next((q for q in range(a, i) if not ctx.toks[q].punct), None)
    if first is None or ctx.toks[first].key not in ctx.lex.words.get("prep", ()):
        return a
    for q in range(first + 1, min(i, first + 6)):
        if ctx.toks[q].text in COMMAS:
            return q + 1
        if ctx.toks[q].punct:
            break
    return a


def _issued_by(ctx: _Ctx, j: int, b: int) -> tuple[int, int] | None:
    """After بحسب / وفق: a report noun phrase of up to three words, then a verb of issuing with its pronoun and the
    issuer (آخر حصيلة أعلنتها وزارة الداخلية، بيان نشرته الوزارة): the issuer's token range, else None."""
    for q in range(j + 1, min(b, j + 4)):
        if ctx.toks[q].punct:
            return None
        cf = ctx.cue_form(q)
        if cf is not None and cf[0].enclitic:
            e = _np_forward(ctx, q + 1, b)
            return (q + 1, e) if e > q + 1 else None
    return None


def _noun(ctx: _Ctx, i: int, a: int, b: int, form: CueForm, off: int) -> _Cand | None:
    """A verbal noun with its subject right after it: "بعد إعلان الجيش عن مقتل …"، "غداة اتهام مسعفين القوات الحكومية
    بشن هجوم …"، "رغم تأكيد الوزارة أن …". The noun must follow a lead word (noun_lead) or a governing بـ / لـ, the
    subject must be an entity or a source noun and the complement must follow it at once (عن / a complementiser; for
    اتهام the accused, then بـ), so names (إعلان القدس) and the plain noun (الإعلان عن الجوائز) make no statement."""
    toks = ctx.toks
    t = toks[i]
    governed = any(ch in t.text[:off] for ch in "بل")  # بإعلان، لإعلان (not و alone)
    if not (governed or (i - 1 >= a and ctx.is_("noun_lead", i - 1))):
        return None  # bare and after no lead word: the noun is a subject or object ("إن إعلان الحكومة عن الخطة تأخر")
    j = i + 1
    if j >= b or not (j in ctx.ent_start or ctx.is_source(j)):
        return None
    e = ctx.ent_start[j][1] + 1 if j in ctx.ent_start else _np_forward(ctx, j, b)
    if e <= j or e >= b:
        return None
    if form.cue.frame == "accuse":
        # the accused, a noun phrase with nothing set off in it, then بـ (not "اتهام ساركوزي في مارس بالرشوة", where
        # the one named after the noun is the accused)
        if toks[e].punct or ctx.is_("prep", e) or ctx.is_time(e):
            return None
        bi = next(
            (q for q in range(e + 1, min(b, e + 5)) if toks[q].key.startswith("ب") and len(toks[q].key) > 2), None
        )
        if bi is None or any(toks[q].punct or ctx.is_("prep", q) or ctx.is_time(q) for q in range(e, bi)):
            return None
        c = e  # the accused opens the content (the dev gold's "القوات الحكومية بشن هجوم …")
    elif toks[e].key in form.cue.preps or ctx.is_("comp", e):
        c = e + 1
    else:
        return None
    if c >= b:
        return None
    cand = _Cand(ctx.span(t.start + off, t.end), i, "noun", form.cue.stance)
    cand.speaker = ctx.span(toks[j].start, toks[e - 1].end)
    _clause(ctx, cand, i, a)
    cand.extra["postposed"] = True  # a noun inside another clause: not the speaker of the sentences after it
    _content_from(ctx, cand, c, b)
    if cand.content_end is None:  # the background phrase ends at its comma ("غداة اتهام …، خرج المئات")
        comma = next((q for q in range(c + 1, b) if toks[q].text in COMMAS), None)
        if comma is not None:
            cand.content_end = toks[comma].start
    return cand


def _adjunct_with_speaker(ctx: _Ctx, i: int, a: int, b: int, form: CueForm, off: int, s0: int, s1: int) -> _Cand | None:
    t = ctx.toks[i]
    cand = _Cand(ctx.span(t.start + off, t.end), i, "adjunct", form.cue.stance)
    cand.speaker = _np_span(ctx, s0, s1)
    _clause(ctx, cand, i, a)
    cand.postposed_ok = True
    _region_extras(ctx, cand, s1, _skip_fillers(ctx, s1, b), b)
    return cand


# The complementisers of the `comp` class that carry no pronoun (the others, أنه / إنها …, carry the subject).
_BARE_COMPS = frozenset(lookup_key(w) for w in "إن أن بأن فإن وإن وأن".split())


def _name_in_apposition_to_end(ctx: _Ctx, k: int, b: int) -> bool:
    """From token k (after an optional comma) one ORG or LOC name and then the end of the sentence."""
    if k < b and ctx.toks[k].text in COMMAS:
        k += 1
    if k >= b or k not in ctx.ent_start or ctx.doc.entities[ctx.ent_start[k][0]].type not in ("ORG", "LOC"):
        return False
    after = ctx.ent_start[k][1] + 1
    return after >= b or ctx.toks[after].text in (".", "!", "?", "؟")


def _adjunct(ctx: _Ctx, i: int, a: int, b: int, form: CueForm, off: int) -> _Cand | None:
    """بحسب X / وفقا لـ X / حسب X: X is the speaker; the content is the clause the phrase attaches to."""
    toks = ctx.toks
    j = i + 1
    if j >= b:
        return None
    if toks[j].key in ("ما", "لما"):
        return None  # "وفق ما أفادت X": the verb after ما is the cue
    issued = _issued_by(ctx, j, b)
    if issued is not None:
        # "وفق آخر حصيلة أعلنتها وزارة الداخلية": the report's issuer is the speaker
        return _adjunct_with_speaker(ctx, i, a, b, form, off, *issued)
    tj = toks[j]
    if tj.key in ("ل",) and j + 1 < b:
        j += 1
        tj = toks[j]
    strip = 0
    if tj.text.startswith("لـ"):
        strip = 2
    elif tj.key.startswith("ل") and not tj.key.startswith("ال") and not tj.key.startswith(_L_NOUNS):
        strip = 1  # (not "بحسب لجنة أطباء السودان": لجنة opens with its own ل)
    # the head must be a source: an entity or a source noun (وفق خطة … is not an attribution)
    head_key = tj.key[strip:] if strip else tj.key
    head_key = lookup_key(tj.text[strip:]) if strip else head_key
    # "وفقا لشروط تحالف الفتح"، "وفق ميثاق الأمم المتحدة": the terms or the rules, not who says so
    if ctx.lex.is_("terms", head_key) or ctx.lex.is_("terms", head_key[2:]):
        return None
    # a named text (وفق القرار 2254) speaks no more than the terms do
    ok = head_key in ctx.lex.sources or any(
        q in ctx.ent_start and ctx.doc.entities[ctx.ent_start[q][0]].type != "MISC" for q in range(j, min(b, j + 3))
    )
    if not ok and head_key.startswith("ل"):  # للمرصد → لمرصد → المرصد
        ok = ("ا" + head_key) in ctx.lex.sources
    if not ok:
        return None
    if not (head_key in ctx.lex.sources or j in ctx.ent_start) and j + 1 < b:
        # "وفق حصيلة للمرصد": a count or report noun, then the source with ل
        nt = ctx.toks[j + 1]
        if (j + 1) in ctx.ent_start and nt.key.startswith("ل") and not nt.key.startswith("ال"):
            j, tj, strip = j + 1, nt, 1
    e = _np_forward_stripped(ctx, j, b, strip)
    if e <= j:
        e = j + 1
    if ctx.is_("following", e - 1) or (e < b and ctx.is_("following", e)):
        return None  # "وفق البرنامج التالي:" introduces a schedule (83 times in JawharaFM), no source
    if e + 1 < b and toks[e].key in ("له", "لها", "لهم") and (toks[e + 1].text in COMMAS or ctx.is_("comp", e + 1)):
        e += 1  # "وبحسب نشطاء مساندين له، فإن …": the participle's complement is part of the phrase
    t = toks[i]
    cue_start = t.start + off
    first = i
    if form.cue.lemma == "لسان":  # "على لسان X"
        if i - 1 < a or ctx.toks[i - 1].key not in ("علي", "وعلي"):
            return None
        first = i - 1
        cue_start = ctx.toks[first].start + ctx.toks[first].conj_off
    cand = _Cand(ctx.span(cue_start, t.end), i, "adjunct", form.cue.stance)
    cand.speaker = ctx.span(tj.start + strip, toks[e - 1].end)
    _clause(ctx, cand, first, a)
    cand.postposed_ok = True
    before = toks[first - 1] if first - 1 >= a else None
    k = _skip_fillers(ctx, e, b)
    if k < b and toks[k].key in _SAYING:  # "على لسان مصدر قوله: …"، "نقلا عن بيان قوله إن …"
        k += 1
        if k < b and toks[k].text in (":", "："):
            k += 1
    if before is not None and before.text in COMMAS and not (k < b and ctx.is_("comp", k)):
        return cand  # "…، وفقا للمرصد": the clause before is the content ("، وبحسب خبراء فإن …" is not)
    if k < b and ctx.is_("relative", k) and first > a and not (before is not None and before.punct):
        return cand  # "… بحسب البيانات التي نشرها على موقعه": a clause describing the source; the content is before
    if first > a and not (before is not None and before.punct) and _name_in_apposition_to_end(ctx, k, b):
        return cand  # "… وفق أرقام المندوبية السامية للتخطيط، هيئة الإحصاء المغربية.": the source's other name
    if k < b and toks[k].text in DASHES:
        k += 1
    if k < b and ctx.is_("comp", k):
        k += 1
    if k < b and toks[k].text in COMMAS:
        k += 1
    if k < b and ctx.is_("comp", k):
        k += 1
    if k < b and (not toks[k].punct or toks[k].text in OPEN_QUOTES):
        if not ctx.cue_form(k):
            cand.content_start = toks[k].start
            _quote_content(ctx, cand, k, b, None)
    return cand


def _new_subject_clause(ctx: _Ctx, q: int, b: int) -> bool:
    """Token q is و + a name that a present verb follows (وواشنطن ترد، والجيش يعلن): a clause of its own."""
    t = ctx.toks[q]
    if t.conj_off == 0 or q not in ctx.ent_start:
        return False
    ent_index, last = ctx.ent_start[q]
    if ctx.doc.entities[ent_index].type not in ("LOC", "ORG", "PER") or last + 1 >= b:
        return False
    k = ctx.toks[last + 1].key
    return k[:1] in ("ي", "ت") and 3 <= len(k) <= 6 and not k.endswith(("ات", "ه")) and not ctx.definite(last + 1)


# An office held as acting or by delegation (رئيس البرلمان بالنيابة محسن المندلاوي).
_ACTING = frozenset(lookup_key(w) for w in "بالنيابة بالوكالة بالإنابة".split())
# Emphatic "-self" words after a speaker (المسلحون أنفسهم، الوزير نفسه).
_EMPHATIC_SELF = frozenset(lookup_key(w) for w in "نفسه نفسها أنفسهم أنفسهن نفسهما ذاته ذاتها".split())
# Words that open a clause inside a noun-phrase content (a relative, a purpose, a negation).
_EMBEDDING = frozenset(lookup_key(w) for w in "الذي التي الذين اللذين اللتين لكي كي حتى أن لا لم لن ما".split())


def _cue_verb_again(ctx: _Ctx, c: _Cand, b: int) -> int | None:
    """Where a noun-phrase content ends at a second verb of the cue's subject, joined by و ("هدد الحوثيون
    باستهداف السفن وأطلقوا صاروخا"، "تنفي استهداف المدنيين وتتهم الجيش"): the offset of that و, or None."""
    cue = lookup_key(ctx.text[c.cue.start : c.cue.end])
    cue = cue[1:] if cue[:1] in ("و", "ف") else cue
    q = ctx.tok_at(c.content_start) if c.content_start is not None else None
    if q is None:
        return None
    for r in range(q, b):
        t = ctx.toks[r]
        k = t.bare
        if t.key in _EMBEDDING or (t.conj_off == 0 and ctx.verb_like(r)):
            return None  # "طبقة لا يمكن إزاحتها وتتقاسم السلطة": a verb after an embedded clause may be its own
        if r == q or t.conj_off == 0 or k is None or r in ctx.ent_start or k.startswith("ال") or ctx.is_time(r):
            continue
        if k in ctx.lex.sources or ctx.nisba(k):
            continue
        past_plural = k.endswith("وا") and len(k) >= 5  # (after a singular cue too: طالب المحتجون … وأغلقوا)
        # a present verb of the same person (تنفي … وتتهم); تفعيل is a verbal noun (تنفي قصف … وتدمير …)
        present = (
            cue[:1] in ("ت", "ي")
            and len(cue) >= 3
            and k[:1] == cue[:1]
            and 4 <= len(k) <= 6
            and not (k[:1] == "ت" and len(k) == 5 and k[3] == "ي")
            and not k.endswith(("ة", "ه", "ات", "ا"))  # (وتحديدا: an adverb)
        )
        if past_plural or present:
            return t.start
    return None


def _np_forward_stripped(ctx: _Ctx, j: int, b: int, strip: int) -> int:
    """Noun phrase after ل: read the first word without its preposition."""
    if not strip:
        return _np_forward(ctx, j, b)
    t = ctx.toks[j]
    saved = ctx.toks[j]
    key = lookup_key(t.text[strip:])
    if key.startswith("ل") and ("ا" + key) in ctx.lex.sources:
        key = "ا" + key
    ctx.toks[j] = _Tok(t.start, t.end, t.text, key, None, 0, t.punct, t.arabic)
    try:
        return _np_forward(ctx, j, b)
    finally:
        ctx.toks[j] = saved


# ---------------------------------------------------------------------------------------------------------
# contents, postposed attributions, layered vias


def _finish_contents(ctx: _Ctx, cands: list[_Cand], a: int, b: int, sent: Sentence) -> None:
    text = ctx.text
    toks = ctx.toks
    barriers = [c.clause_start for c in cands if c.coordinate]
    np_stops = []  # extra ends for contents that are an object noun phrase
    for q in range(a, b - 1):
        if toks[q].text in COMMAS:
            nk = toks[q + 1].key
            if nk in _ADJUNCT_WORDS or nk in ("وذلك",):
                barriers.append(toks[q].start)  # "…، وفق ما نقلت …" / "…، وذلك بعد …"
            elif q > a and toks[q - 1].text in CLOSE_QUOTES and _but_he_after(ctx, q + 1, b):
                barriers.append(toks[q].start)  # 'إن الحكومة "منفتحة على الحوار"، إلا أنه لم يقدم …': the narrator
            elif nk in ("لكن", "ولكن", "الا", "الذي", "التي", "الذين", "وهو", "وهي", "ما", "فيما", "بينما") or (
                nk in _BUT_PRONOUNS
            ):
                # "أعلن الحداد، فيما أمر النائب العام …"، "دعا إلى ضبط النفس، لكنه رفض …": another clause
                np_stops.append(toks[q].start)
        elif toks[q].key in ("وسط",):
            np_stops.append(toks[q].start)
        elif _new_subject_clause(ctx, q, b):
            np_stops.append(toks[q].start)  # "يعلنون استهداف سفينة … وواشنطن ترد بغارات": another clause
    barriers.sort()
    for c in cands:
        if c.time is None and c.kind == "verb" and not c.implicit:
            c.time = _time_before(ctx, c, a)
    for idx, c in enumerate(cands):
        if c.content_start is not None and c.content_end is None:
            end = sent.end
            stops = sorted(barriers + np_stops) if c.extra.get("np_content") else barriers
            if c.extra.get("np_content") and (again := _cue_verb_again(ctx, c, b)) is not None:
                stops = sorted([*stops, again])
            for bpos in stops:
                if bpos > c.content_start and bpos >= c.cue.end:
                    end = min(end, bpos)
                    break
            if c.content_start >= sent.end:
                end = c.content_start
            c.content_end = end
        # postposed attribution: "…، كما ذكرت مصادر" / "…، وفقا للمرصد"
        empty = c.content_start is None or _trim(text, c.content_start, c.content_end or 0)[1] <= c.content_start
        if empty and c.postposed_ok and c.kind in ("verb", "adjunct"):
            earlier = [p for p in cands[:idx] if p.kind != "colon" and not p.extra.get("nested")]
            if c.implicit and not c.extra.get("resumptive"):
                c.content_start = c.content_end = None  # "…، حسبما قال.": repeats the attribution before it
                continue
            if (
                earlier
                and earlier[-1].via is None
                and c.speaker is not None
                and (_is_media(ctx, c.speaker) or _is_document(ctx, c.speaker))
            ):
                # "…، حسبما أفادت وكالة الأنباء"، "…، بحسب بيان لوزارة الخارجية": the channel of that statement
                earlier[-1].via = c.speaker
                c.content_start = c.content_end = None
                continue
        if empty and c.postposed_ok and c.clause_start > sent.start:
            s = sent.start
            prev_ends = [
                p.content_end for p in cands[:idx] if p.content_end is not None and p.content_end <= c.clause_start
            ]
            prior_clause = [p.clause_start for p in cands[:idx] if p.coordinate and p.clause_start < c.clause_start]
            if prev_ends or prior_clause:
                s = max([s] + [e for e in prev_ends if e is not None])
            if c.extra.get("resumptive"):
                # "…، وغداة اتهامات بشن هجوم، وهو ما نفته دمشق": the phrase after the previous comma
                commas = [t.end for t in toks[a:b] if t.text in COMMAS and t.end <= c.clause_start - 1]
                if commas:
                    s = max(s, commas[-1])
            raw_s = s
            s = _skip_lead(ctx, s, c.clause_start)
            s = _past_adverbial_opener(ctx, s, c.clause_start)
            c.content_start, c.content_end = s, c.clause_start
            seg = text[raw_s : c.clause_start]
            ts = raw_s + len(seg) - len(seg.lstrip(" \t\n،,.-"))
            te = raw_s + len(seg.rstrip(" \t\n،,-"))
            if te - ts > 2 and text[ts] in OPEN_QUOTES and text[te - 1] in CLOSE_QUOTES and text[te - 1] != "'":
                if not any(ch in OPEN_QUOTES for ch in text[ts + 1 : te - 1]):
                    c.content_start, c.content_end = ts + 1, te - 1  # «…»، قال المتحدث: the quotation
                    c.direct = True
            empty = _trim(text, s, c.clause_start)[1] <= s
        if empty:
            prior = [p for p in cands[:idx] if p.content_start is not None and p.content_end is not None]
            if prior and c.kind != "colon" and c.postposed_ok and (cut := _while_clause(ctx, prior[-1], c)):
                # "قال الوزير إن …، فيما شنت طائرات غارات …، بحسب ما ذكرت وسائل إعلام": the source after the
                # last clause vouches for that clause, the speaker before for his own words
                comma, opener_end = cut
                before = prior[-1]
                assert before.content_start is not None  # (_while_clause found the clause inside it)
                before.content_start, before.content_end = _trim(text, before.content_start, comma)
                c.content_start, c.content_end = _trim(text, opener_end, c.clause_start)
                continue
            if prior and c.kind != "colon":
                c.content_start, c.content_end = prior[-1].content_start, prior[-1].content_end
                c.direct = prior[-1].direct
                continue
            c.content_start = c.content_end = None
            continue
        c.content_start, c.content_end = _trim(text, c.content_start, c.content_end)  # type: ignore[arg-type]


_WHILE_OPENERS = frozenset(lookup_key(w) for w in ("فيما", "بينما", "وفيما"))


def _but_he_after(ctx: _Ctx, k: int, b: int) -> bool:
    """Tokens from k read "but he / she / they" (لكنه، إلا أنه، غير أنها): a clause about the speaker, not by them."""
    t = ctx.toks[k]
    if t.key in _BUT_PRONOUNS:
        return True
    return k + 1 < b and t.key in ("الا", "غير", "بيد") and ctx.toks[k + 1].key in ("انه", "انها", "انهم")


def _while_clause(ctx: _Ctx, prior: _Cand, c: _Cand) -> tuple[int, int] | None:
    """A "، فيما / بينما" clause inside the content before a postposed source, the last one after the prior cue:
    (the comma's start, the end of فيما), else None."""
    if prior.content_start is None or prior.content_end is None or prior.content_end > c.clause_start:
        return None
    found = None
    i = ctx.tok_at(prior.content_start)
    while i is not None and i + 1 < len(ctx.toks) and ctx.toks[i + 1].start < prior.content_end:
        t, nxt = ctx.toks[i], ctx.toks[i + 1]
        if t.text in COMMAS and nxt.key in _WHILE_OPENERS and t.start > prior.content_start:
            found = (t.start, nxt.end)
        i += 1
    if found is None or _trim(ctx.text, found[1], c.clause_start)[1] <= found[1]:
        return None
    return found


_ADJUNCT_WORDS = frozenset(
    lookup_key(w) for w in ("وفقا", "وفق", "بحسب", "وبحسب", "حسب", "حسبما", "طبقا", "نقلا", "ووفقا", "ووفق")
)


def _is_document(ctx: _Ctx, span: Span) -> bool:
    """The span opens with a document noun (بيان، تقرير): a statement published, the channel of another's words."""
    i = ctx.tok_at(span.start)
    return i is not None and ctx.is_("document", i)


def _is_media(ctx: _Ctx, span: Span) -> bool:
    i = ctx.tok_at(span.start)
    if i is None:
        return False
    k = lookup_key(ctx.text[span.start : ctx.toks[i].end])
    k = k[2:] if k.startswith("ال") else k
    return k in ctx.lex.words["media"] or ("ال" + k) in ctx.lex.words["media"]


def _split_complements(ctx: _Ctx, cands: list[_Cand], a: int, b: int) -> list[_Cand]:
    """One cue, two complements: "أعلن مقتل خمسة جنود وفي كانون الثاني 2016 عن مقتل جندي" gives two statements
    sharing the cue, each with its own time."""
    out: list[_Cand] = []
    toks = ctx.toks
    for c in cands:
        out.append(c)
        if c.kind != "verb" or c.direct or c.content_start is None or c.content_end is None:
            continue
        q = ctx.tok_at(c.content_start)
        while q is not None and q < b and toks[q].start < c.content_end:
            t = toks[q]
            in_time = t.key == "وفي" and q + 1 < b and ctx.is_time(q + 1)
            if (t.conj_off > 0 and ctx.is_time(q)) or in_time:
                r = q + 2 if in_time else q + 1
                while r < b and (ctx.is_time(r) or toks[r].text == "/" or toks[r].text.isdigit()):
                    r += 1
                if r < b and toks[r].start < c.content_end and (toks[r].key == "عن" or ctx.is_("comp", r)):
                    if r + 1 < b and toks[r + 1].start < c.content_end:
                        second = _Cand(c.cue, c.cue_i, c.kind, c.stance, speaker=c.speaker, via=c.via)
                        second.addressee, second.speaker_entity = c.addressee, c.speaker_entity
                        tstart = toks[q + 1].start if in_time else t.start + t.conj_off
                        second.time = ctx.span(tstart, toks[r - 1].end)
                        second.content_start, second.content_end = toks[r + 1].start, c.content_end
                        second.extra = dict(c.extra)
                        c.content_start, c.content_end = _trim(ctx.text, c.content_start, t.start)
                        out.append(second)
                        break
            q += 1
    return out


def _has(ctx: _Ctx, cls: str, s: int, e: int | None) -> bool:
    """Whether the text [s, e) contains a word or phrase of the class (phrases are written with _)."""
    if e is None:
        return False
    words = " " + lookup_key(re.sub(r"[^\w\s]", " ", ctx.text[s:e])) + " "
    words = re.sub(r"\s+", " ", words)
    return any(f" {w.replace('_', ' ')} " in words for w in ctx.lex.words.get(cls, ()))


def _calls_false(ctx: _Ctx, s: int, e: int | None) -> bool:
    """The content says a report is false: "الأنباء … غير صحيحة", "اتهام … بـ«فبركات»"."""
    if not _has(ctx, "falsity", s, e):
        return False
    i = ctx.tok_at(s)
    if i is None:
        return False
    head_end = ctx.toks[min(i + 1, len(ctx.toks) - 1)].end  # the report noun opens the content
    return _has(ctx, "report_noun", s, min(e or head_end, head_end))


def _skip_lead(ctx: _Ctx, s: int, end: int) -> int:
    """Start of a clause's content: past a conjunction و/ف and قد / لقد."""
    i = ctx.tok_at(s)
    while i is not None and i < len(ctx.toks) and ctx.toks[i].start < end:
        t = ctx.toks[i]
        if t.key in ("و", "ف", "قد", "وقد", "لقد", "فقد") or t.punct:
            i += 1
            continue
        if t.key[:1] in ("و", "ف") and t.key[1:] in _PARTICLES_AFTER_WA:
            return t.start + 1  # "ولم يتجاوز التمويل …، بحسب الأمم المتحدة": the و joins the narration, not the content
        return t.start + (t.conj_off if t.bare is not None and not t.bare.startswith("ال") else 0)
    return s


_PARTICLES_AFTER_WA = frozenset(lookup_key(w) for w in "لم لن لا ما كان كانت قد من".split())


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    strip_chars = " \t\n\r.،,؛;:-–—"
    while s < e and text[s] in strip_chars:
        s += 1
    while e > s and text[e - 1] in strip_chars:
        e -= 1
    # an unmatched trailing/leading quote or bracket is not part of the content
    if e > s and text[e - 1] in '"«“(':
        e -= 1
    while e > s and text[e - 1] in strip_chars:
        e -= 1
    return s, e


def _layer_vias(cands: list[_Cand]) -> None:
    """ "أفادت تقارير بأن سكان … قالوا إن": the inner statement is reported through the outer speaker."""
    # outer candidates by where their content starts, in order (a scan of all per inner one was quadratic)
    by_content: dict[int, list[_Cand]] = {}
    for outer in cands:
        if not outer.direct and outer.speaker is not None and outer.content_start is not None:
            by_content.setdefault(outer.content_start, []).append(outer)
    for inner in cands:
        if inner.via is not None or inner.kind != "verb" or "sv" not in inner.extra or inner.speaker is None:
            continue
        for outer in by_content.get(inner.speaker.start, ()):
            if outer is not inner and outer.cue.end <= inner.speaker.start:
                inner.via = outer.speaker
                break


def _entity_for(ctx: _Ctx, span: Span) -> int | None:
    """Index of the entity that overlaps ``span`` most (the first such entity on a tie), or None.

    Entities are visited through an index sorted by start with a running maximum of their ends, so only those
    near the span are looked at (scanning every entity per statement was quadratic on long documents)."""
    ents = ctx.doc.entities
    if ctx._ent_index is None:
        order = sorted(range(len(ents)), key=lambda ei: (ents[ei].start, ei))
        reach: list[int] = []
        hi = 0
        for ei in order:
            hi = max(hi, ents[ei].end)
            reach.append(hi)
        ctx._ent_index = (order, [ents[ei].start for ei in order], reach)
    order, starts, reach = ctx._ent_index
    best, best_len = None, 0
    i = ctx._bisect.bisect_left(starts, span.end) - 1  # entities from here down start before the span ends
    while i >= 0 and reach[i] > span.start:
        ei = order[i]
        ent = ents[ei]
        ov = min(ent.end, span.end) - max(ent.start, span.start)
        if ov > best_len or (ov == best_len and ov > 0 and best is not None and ei < best):
            best, best_len = ei, ov
        i -= 1
    return best
