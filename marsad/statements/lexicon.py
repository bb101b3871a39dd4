"""The statement rules' word lists, read once from ``marsad/statements/data`` (tsv files with comments).

Every entry is stored under ``lookup_key`` (diacritics, alef forms, ى/ي and ة/ه folded), so a token matches
whatever its spelling in the article. Verb entries are expanded into their inflected forms here, so the data
file lists one past and one present form per verb.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import lookup_key

DATA = Path(__file__).parent / "data"

# object pronouns a reporting verb can carry: نفته، وصفتها، أبلغتهم
ENCLITICS = ("ه", "ها", "هم", "هما", "هن")


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting cue entry (a row of cues.tsv)."""

    lemma: str
    kind: str  # verb | participle | adjunct | noun
    stance: str  # assert | deny
    frame: str  # say | tell | demand | accuse | relay | ascribe
    preps: tuple[str, ...]
    requires: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CueForm:
    cue: Cue
    enclitic: bool  # the matched form carries an object pronoun (نفته)
    present: bool
    resumptive: bool = False  # "وفق ما أكده X": read only with its own speaker after it


@dataclass(slots=True)
class Lexicon:
    forms: dict[str, CueForm] = field(default_factory=dict)
    # verb + ه whose key is also a noun in ة once ة is folded (وصفه / وصفة): only for a token written with ه
    ha_forms: dict[str, CueForm] = field(default_factory=dict)
    # every verb + ه, read only after "وفق ما / حسب ما / حسبما" (وفق ما أكده X: the ه points back to ما)
    resumptive_forms: dict[str, CueForm] = field(default_factory=dict)
    # verbal nouns read as cues only with their subject and complement right after them (بعد إعلان الجيش عن …);
    # kept apart from ``forms`` so that the other rules, which stop at a cue, do not stop at every إعلان
    nouns: dict[str, CueForm] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)
    # singular person nouns among the sources (وزير، باحث، خبير, without ال): a title after a person's name
    persons: set[str] = field(default_factory=set)

    def is_(self, cls: str, key: str) -> bool:
        return key in self.words.get(cls, ())


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def past_forms(past: str) -> list[str]:
    """3rd-person past forms of a verb key: قال → قال قالت قالوا قالا قالتا قلن; نفي → نفت نفوا نفيا."""
    if past.endswith("ي") or past.endswith("ا"):  # defective: نفى (نفي), دعا, رأى (راي)
        stem = past[:-1]
        return [past, stem + "ت", stem + "وا", stem + "يا", stem + "تا", stem + "وا"]
    return [past, past + "ت", past + "وا", past + "ا", past + "تا", past + "ن"]


def present_forms(present: str) -> list[str]:
    """3rd-person present forms from the 3ms key: يقول → يقول تقول يقولون يقولان تقولان يقلن (approx.)."""
    if not present.startswith("ي"):
        return [present]
    body = present[1:]
    if body.endswith("ي") or body.endswith("و"):  # ينفي → ينفون ; يدعو → يدعون
        plural = body[:-1] + "ون"
        dual = body + "ان"
    else:
        plural = body + "ون"
        dual = body + "ان"
    return ["ي" + body, "ت" + body, "ي" + plural, "ي" + dual, "ت" + dual, "ي" + body + "ن"]


def participle_forms(stem: str) -> list[str]:
    """Adverbial participle forms: مضيف → مضيفا مضيفه (مضيفة) مضيفين مضيفون; ناف → نافيا نافيه."""
    if stem.endswith("ف") and len(stem) == 3:  # ناف (defective): نافيا، نافية
        return [stem + "يا", stem + "يه", stem + "ين"]
    if stem.endswith("ي"):  # داعي → داعيا داعيه
        return [stem + "ا", stem + "ه", stem[:-1] + "ين"]
    return [stem + "ا", stem + "ه", stem + "ين", stem + "ون"]


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon (read once)."""
    lex = Lexicon()
    for row in _rows("cues.tsv"):
        kind, past, present, stance, frame, preps, requires = (row + ["-"] * 7)[:7]
        cue = Cue(
            lemma=past,
            kind=kind,
            stance=stance,
            frame=frame,
            preps=tuple(lookup_key(p) for p in preps.split("|") if p and p != "-"),
            requires=tuple(lookup_key(r) if r not in ('"', "«", "“", ":") else r for r in requires.split("|"))
            if requires and requires != "-"
            else (),
        )
        if kind == "verb":
            for form in past_forms(lookup_key(past)):
                _add(lex, form, cue, present=False)
            if past.endswith("ى"):
                _add_enclitics(lex, lookup_key(past)[:-1] + "ا", cue, present=False)  # نفى → نفاه، نفاها
            if present != "-":
                for form in present_forms(lookup_key(present)):
                    _add(lex, form, cue, present=True)
        elif kind == "noun":
            lex.nouns.setdefault(lookup_key(past), CueForm(cue, False, False))
        elif kind == "participle":
            for form in participle_forms(lookup_key(past)):
                lex.forms.setdefault(form, CueForm(cue, False, True))
        else:
            lex.forms.setdefault(lookup_key(past), CueForm(cue, False, False))
    for row in _rows("words.tsv"):
        cls, words = row[0], row[1] if len(row) > 1 else ""
        lex.words.setdefault(cls, set()).update(lookup_key(w) for w in words.split())
    for row in _rows("sources.tsv"):
        for cell in row:
            for w in cell.split():
                k = lookup_key(w)
                base = k[2:] if k.startswith("ال") else k
                for variant in (base, "ال" + base):
                    lex.sources.add(variant)
                    if variant.endswith("ون"):
                        lex.sources.add(variant[:-2] + "ين")
                        lex.sources.add(variant[:-2] + "ي")  # construct: مسؤولي الصحة
                        lex.sources.add(variant[:-2] + "و")  # construct nominative: مسؤولو الإغاثة
                    elif not variant.endswith(("ا", "ه", "ي")):
                        lex.sources.add(variant + "ا")  # accusative: مسؤولا
                    if variant.endswith("ه") and not variant.startswith("ال"):
                        lex.sources.add(variant[:-1] + "تا")  # dual in construct: صحيفتا "عكاظ" و"الرياض"
                    if variant.endswith("ه"):
                        # the dual: "أعلنت جماعتان مسلحتان"، "وأوضحت الجماعتان في بيان مشترك" (session 30)
                        lex.sources.update((variant[:-1] + "تان", variant[:-1] + "تين"))
    lex.persons = _person_nouns()
    return lex


def _person_nouns() -> set[str]:
    """Singular person nouns of sources.tsv: the sections before "institutions and groups", first column and
    feminine forms in ة, as lookup keys without ال."""
    out: set[str] = set()
    for line in (DATA / "sources.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# institutions"):
            break
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        # other forms: the feminine (…ة), a form with the article (الناطق، القاضي) and listed masculine synonyms
        others = [w for c in cells[1:] for w in c.split() if w.endswith("ة") or w.startswith("ال") or w in _SYNONYMS]
        for w in [cells[0].strip(), *others]:
            k = lookup_key(w)
            out.add(k[2:] if k.startswith("ال") else k)
    # families, quantifiers, plurals in ة and bodies (مؤسسة، وزارة، مفوضية) are no title of one person
    return out - {lookup_key(w) for w in "عائلة أسرة أهالي بعض أحد مؤسسة أساتذة قادة وزارة مفوضية ولاة".split()}


_SYNONYMS = frozenset("ناطق صحافي مراسلنا".split())


def _add(lex: Lexicon, form: str, cue: Cue, *, present: bool) -> None:
    # an exact form wins over the same letters read as verb + object pronoun
    lex.forms.setdefault(form, CueForm(cue, False, present))
    _add_enclitics(lex, form[:-1] if form.endswith("وا") else form, cue, present=present)


def _add_enclitics(lex: Lexicon, stem: str, cue: Cue, *, present: bool) -> None:
    """The verb stem with each object pronoun (نفته، أكدوه)."""
    for enc in ENCLITICS:
        if enc == "ه" and not stem.endswith(("ت", "و")):
            # أضافه / وصفه read as the nouns إضافة / وصفة once ة is folded to ه. Written with ه, a few are kept:
            # present forms (تنفيه، تصفه), denials, and verbs whose object is the addressee or what is described
            # (وصفه، أبلغه، دعاه); past say-verbs with ه are mostly relative "ما ذكره / ما أكده X", not reports.
            # (اعتبره too: "دان الاستهداف، واعتبره رسالة دموية" judges what was named before)
            if present or cue.stance == "deny" or cue.frame in ("tell", "demand") or cue.lemma in ("وصف", "اعتبر"):
                lex.ha_forms.setdefault(stem + enc, CueForm(cue, True, present))
            lex.resumptive_forms.setdefault(stem + enc, CueForm(cue, True, present, resumptive=True))
            continue
        lex.forms.setdefault(stem + enc, CueForm(cue, True, present))
