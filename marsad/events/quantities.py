"""Numbers in event sentences: fatalities, injuries and counts, each with the span it comes from.

Digits (Western or Arabic-Indic) are read directly; number words go through ``pyarabic.number.text2number``;
vague quantifiers (عشرات، مئات، آلاف) give an approximate lower bound. What the number counts comes from the
casualty words around it (مقتل 4، 46 قتيلا، إصابة 12، مقتل وإصابة 30).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from marsad.document import Document, Quantity, Token
from marsad.text.normalize import lookup_key

QuantityKind = Literal["fatalities", "injuries", "count"]

# Vague quantifiers (lookup keys, with and without ال) -> the lower bound they imply.
_VAGUE = {"عشرات": 10, "مئات": 100, "الاف": 1000, "الوف": 1000}
# Casualty words: the keys after clitic stripping.
_DEATH = {
    "مقتل",
    "قتل",
    "قتلت",
    "قتلوا",
    "قتلي",
    "قتيل",
    "قتيلا",
    "قتيلين",
    "مصرع",
    "وفاه",
    "حياه",
    "حتف",
    "مقتلهم",
    "مصرعهم",
}
_DEATH |= {"استشهد", "استشهاد", "استشهدوا"}  # استشهد 27 فلسطينيا: "were martyred", the Palestinian press's word
_DEATH_AFTER = {"قتلي", "قتيلا", "قتيلين", "قتيل", "شهيدا", "شهداء", "جثه", "جثث", "حتفهم", "مصرعهم"}
_INJURY = {"اصابه", "جرح", "جرحي", "اصابات", "مصابين", "مصابا", "جريحا", "جريح", "اصيب", "اصيبوا"}
# جريح / مصاب: the genitive singular after hundreds and thousands (خمسة آلاف جريح)
_INJURY_AFTER = {"جرحي", "مصابين", "مصابا", "جريحا", "جريحين", "جريح", "مصاب", "باصابات", "اصابات"}
# Plural and dual passive verbs of death or injury after the counted people (15 جنديا قتلوا): keys
_DEATH_VERBS_AFTER = {"قتلوا", "قتلا", "قتلتا", "استشهدوا", "استشهدا", "لقوا", "لقيا", "توفوا", "توفيا", "حتفهم"}
_INJURY_VERBS_AFTER = {"اصيبوا", "اصيبا", "جرحوا", "جرحا"}
# Hedges between a casualty word and its number (قتل ما لا يقل عن 20، مقتل أكثر من 30): passed over, so that the
# casualty word stays within reach.
_HEDGES = {"ما", "لا", "يقل", "عن", "اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "يزيد", "يناهز", "اقل"}
# Time units and function words after a number: not a count of something that happened.
NOT_COUNTED = {
    "اعوام", "عام", "سنوات", "سنه", "سنين", "ايام", "يوم", "يوما", "اشهر", "شهر", "شهرا", "ساعات", "ساعه", "دقائق",
    "اسابيع", "اسبوع", "اسبوعا", "من", "في", "الي", "علي", "عن", "مع", "او", "و", "بالمئه", "بالمائه", "%",
    # units of distance, weight, heat and money: "على بعد 60 ميلا"، "بقوة 6.8 درجة"، "820 مليون دولار"
    "ميل", "ميلا", "اميال", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "متر", "مترا", "امتار", "طن", "طنا",
    "اطنان", "كيلوغرام", "كيلوغراما", "كغ", "لتر", "لترا", "درجه", "درجات", "نقطه", "نقاط", "دولار", "دولارا",
    "يورو", "جنيه", "جنيها", "ريال", "ريالا", "دينار", "دينارا", "درهم", "درهما", "ليره", "مليون", "مليار",
    "ملايين", "مليارات",
    # barrels of oil (توقف إنتاج نحو 5.7 مليون برميل يوميا)
    "برميل", "براميل", "برميلا",
    # a building's floors (برج سكني من 13 طابقا)
    "طابق", "طابقا", "طوابق",
    # a span of time counted backwards or forwards (خلال الساعات الـ24 الماضية، الأيام الثلاثة المقبلة)
    "الماضيه", "الماضي", "المقبله", "المقبل", "الاخيره", "الاخير", "القادمه", "القادم",
}  # fmt: skip
# "أحد المرشحين"، "إحدى القرى": "one of", not a count of one
ONE_OF = frozenset(("احد", "احدي"))
_AMONG = frozenset(("بينهم", "بينهن", "منهم", "منهن"))
# Duals of people, which count two by themselves (مقتل جنديين، شابين استشهدا): keys without a clitic. Not the
# plurals spelt alike (مدنيين، شرطيين، مسلحين).
DUAL_PEOPLE = frozenset(
    (
        "جنديين جنديان شخصين شخصان طفلين طفلان شابين شابان عنصرين عنصران مواطنين مواطنان صحفيين صحفيان "
        # (session 28) the oblique dual only where the plural is broken, so that ين is no sound plural (ضباط، رجال،
        # جرحى، قتلى، أسرى، شهداء)
        "ضابطان ضابطين شرطيان رجلان رجلين امراتان امراتين طفلتان طفلتين شقيقان شقيقين حارسان حارسين "
        "جريحان جريحين قتيلان قتيلين اسيران اسيرين شهيدان شهيدين رهينتان رهينتين مدنيان مسلحان مقاتلان "
        "مستوطنان فلسطينيان اسرائيليان متظاهران محتجان ناشطان معتقلان"
    ).split()
) - {"مواطنين", "صحفيين"}
_PROCLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")
_DIGITS = re.compile(r"^[0-9][0-9.,]*$")
# Words that can be part of a written number (for text2number).
_NUMBER_WORDS = {
    "واحد", "اثنان", "اثنين", "اثنتان", "اثنتين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته",
    "سبع", "سبعه", "ثمان", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "احد", "احدي", "اثني", "اثنا",
    "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون",
    "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين", "مئه", "مائه", "مئتين", "مئتان", "الف", "الفين", "الفا",
    "الاف", "مليون", "ملايين", "ثلاثمئه", "ثلاثمائه", "اربعمئه", "اربعمائه", "خمسمئه", "خمسمائه", "ستمئه",
    "ستمائه", "سبعمئه", "سبعمائه", "ثمانمئه", "ثمانمائه", "تسعمئه", "تسعمائه",
}  # fmt: skip
# Duals of hundreds, thousands and millions, which pyarabic's text2number reads as 0 (نحو ألفي عائلة)
_DUAL_NUMBERS = {
    "الفي": 2000, "الفان": 2000, "مئتي": 200, "مائتي": 200, "مئتا": 200, "مائتا": 200, "مليوني": 2_000_000,
}  # fmt: skip
# Numbers, vague quantities and hedges that stand before a counted noun (أكثر من 70، ما لا يقل عن عشرة، عشرات)
# Hedges that may open a count (أكثر من ثلاثة آلاف، نحو ألفي), as lookup keys
OPENING_HEDGES = frozenset(("اكثر", "نحو", "حوالي", "قرابه", "زهاء", "ما", "اقل", "يناهز"))
_ANY_NUMBER = frozenset(_NUMBER_WORDS | set(_VAGUE) | set(_DUAL_NUMBERS))
COUNT_WORDS = frozenset(_HEDGES | _NUMBER_WORDS | set(_VAGUE) | set(_DUAL_NUMBERS) | {"علي", "الاقل"})


@dataclass(slots=True)
class NumberMention:
    start_tok: int
    end_tok: int  # exclusive
    value: int
    approximate: bool


@lru_cache(maxsize=20_000)  # called for every token of every sentence, several times; keys repeat
def strip_key(key: str) -> str:
    """A lookup key without a leading conjunction/preposition/article (for word-list checks)."""
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 2:
            return key[len(p) :]
    return key


def _digit_value(text: str) -> int | None:
    t = lookup_key(text).replace(",", "")
    if not _DIGITS.match(t):
        return None
    try:
        return int(float(t))
    except ValueError:
        return None


# Words that multiply the digits before them (30 ألف، 2,5 مليون), as keys without a clitic
_SCALES = {"الف": 1000, "الاف": 1000, "مليون": 1_000_000, "ملايين": 1_000_000, "مليار": 10**9, "مليارات": 10**9}


def _decimal_value(text: str) -> float:
    """Digits with a decimal comma or point (2,5 / 2.5 / ٢٫٥); a comma before three digits groups thousands."""
    t = lookup_key(text).replace("٫", ".")
    if re.fullmatch(r"[0-9]+,[0-9]{1,2}", t):
        t = t.replace(",", ".")
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return 0.0


_VAGUE_THOUSANDS = frozenset(("الاف", "الوف"))
_TWO_AFTER_DUAL = frozenset(lookup_key(w) for w in "اثنان اثنين اثنتان اثنتين".split())
# Nouns a number names rather than counts (اللواء 444، الفرقة 17، القرار 1701، المادة 5، الرحلة 302), lookup keys
_NUMBERED_NOUNS = frozenset(
    lookup_key(w)
    for word in "لواء فرقة كتيبة فوج فيلق قرار مادة بند فصل رقم رحلة طابق جولة دورة نسخة".split()
    for w in (word, "ال" + word, "ل" + word if word.startswith("ل") else "لل" + word)
)


def _numbered_noun(token: Token) -> bool:
    """The token is such a noun, with or without و / ف and the article (واللواء، للفرقة)."""
    key = lookup_key(token.text)
    return key in _NUMBERED_NOUNS or (key[:1] in ("و", "ف", "ب") and key[1:] in _NUMBERED_NOUNS)


def find_numbers(tokens: list[Token]) -> list[NumberMention]:
    """Numbers written in digits, in words or as vague quantifiers, in token order."""
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        key = lookup_key(tokens[i].text)
        value = _digit_value(tokens[i].text)
        if value is not None:
            # "30 ألف شخص"، "2,5 مليون": digits times the word after them, one number
            after = lookup_key(tokens[i + 1].text) if i + 1 < len(tokens) else ""
            scale = _SCALES.get(after) or _SCALES.get(strip_key(after))  # (آلاف: no ال to strip)
            if scale is not None:
                out.append(NumberMention(i, i + 2, int(_decimal_value(tokens[i].text) * scale), False))
                i += 2
                continue
            out.append(NumberMention(i, i + 1, value, False))
            i += 1
            continue
        bare = strip_key(key)
        if bare in DUAL_PEOPLE or key in DUAL_PEOPLE:
            out.append(NumberMention(i, i + 1, 2, False))
            i += 1
            if i < len(tokens) and lookup_key(tokens[i].text) in _TWO_AFTER_DUAL:
                i += 1  # "جنديان اثنان": the number repeats the dual, one count of two
            continue
        if bare in _VAGUE or key in _VAGUE:
            value = _VAGUE.get(bare, _VAGUE.get(key, 0))
            j = i + 1
            if j < len(tokens) and strip_key(lookup_key(tokens[j].text)) in _VAGUE_THOUSANDS:
                value *= 1000  # مئات الآلاف، عشرات الآلاف: hundreds (tens) of thousands, one quantity
                j += 1
            out.append(NumberMention(i, j, value, True))
            i = j
            continue
        if bare in _DUAL_NUMBERS or key in _DUAL_NUMBERS:
            out.append(NumberMention(i, i + 1, _DUAL_NUMBERS.get(bare, _DUAL_NUMBERS.get(key, 0)), False))
            i += 1
            continue
        if bare in _NUMBER_WORDS or key in _NUMBER_WORDS:
            j = i + 1
            # و joins number words: خمسة وثلاثون
            while j < len(tokens) and (
                lookup_key(tokens[j].text) in _NUMBER_WORDS
                or (lookup_key(tokens[j].text)[:1] == "و" and lookup_key(tokens[j].text)[1:] in _NUMBER_WORDS)
            ):
                j += 1
            phrase = " ".join(t.text for t in tokens[i:j])
            try:
                from pyarabic.number import text2number

                value = int(text2number(phrase))
            except Exception:  # pyarabic raises assorted errors on odd input; a number we cannot read is skipped
                value = 0
            if value > 0 and not (j == i + 1 and bare in ONE_OF):
                out.append(NumberMention(i, j, value, False))
            i = j
            continue
        i += 1
    return out


def count_phrase_end(keys: list[str], k: int) -> int:
    """End (exclusive) of a count that opens at token ``k``: hedges, then at least one number in digits or words
    (أكثر من ثلاثة آلاف، نحو ألفي، ما لا يقل عن 20، عشرات الآلاف); ``k`` when none opens there."""
    j, number = k, False
    while j < len(keys) and j - k < 8:
        word = keys[j] if keys[j] in _ANY_NUMBER else strip_key(keys[j])  # ألفي، آلاف: no ال to strip
        if j == k and word in ONE_OF:
            break  # أحد المهاجمين: "one of", as in find_numbers
        if word[:1].isdigit() or word in _ANY_NUMBER:
            number = True
        elif number and word[:1] == "و" and word[1:] in _NUMBER_WORDS:
            pass  # خمسة وثلاثون
        elif number or word not in COUNT_WORDS or (j == k and word not in OPENING_HEDGES):
            break  # (على ستة أشخاص: على opens "على الأقل" only after a number)
        j += 1
    return j if number else k


def _casualty_key(token: Token) -> str:
    """strip_key of a token, except that حياة is a death word only as بحياة (أودى بحياة 5، يهدد حياة مليون)."""
    key = lookup_key(token.text)
    bare = strip_key(key)
    return "" if bare == "حياه" and not key.endswith("بحياه") else bare


# Words of another fate than death or injury, nearer a number than a casualty word before them (keys with و, ب, ل off)
_OTHER_FATES = frozenset(
    strip_key(lookup_key(w))
    for w in "اعتقال توقيف احتجاز أسر خطف اختطاف نزوح تهجير إجلاء ترحيل إقالة فصل إطلاق سراح اعتقل أوقف احتجز".split()
    # the freed and the rescued: "قتل جميع المسلحين وتحرير عشرات الرهائن" (session 32)
    + "تحرير إنقاذ".split()
)


def classify(tokens: list[Token], num: NumberMention) -> QuantityKind:
    """fatalities / injuries / count for a number, from the casualty words just before or after it."""
    first = num.start_tok
    while first > 0 and num.start_tok - first < 4 and lookup_key(tokens[first - 1].text) in _HEDGES:
        first -= 1
    before = [_casualty_key(t) for t in tokens[max(0, first - 4) : first]]
    after = [strip_key(lookup_key(t.text)) for t in tokens[num.end_tok : num.end_tok + 3]]
    last_two = set(before[-2:])
    if last_two & _DEATH and last_two & _INJURY:
        return "count"  # مقتل وإصابة 30: killed and wounded together, neither alone
    if any(k in _DEATH_AFTER for k in after[:2]):
        return "fatalities"
    if any(k in _INJURY_AFTER for k in after[:2]):
        return "injuries"
    # the nearest casualty word before the number decides (مقتل 4 وإصابة 12)
    for k in reversed(before):
        if k in _DEATH:
            return "fatalities"
        if k in _INJURY:
            return "injuries"
        if k in _OTHER_FATES:
            return "count"  # "مقتل 161 شخصا واعتقال 2839 عسكريا": the arrested are no dead
    # the counted people first, their fate after them: "إن 15 جنديا من القوات الحكومية قتلوا"، "41 مهاجرا على
    # الأقل لقوا حتفهم" (up to six words on, within the clause)
    q, seen = num.end_tok, 0
    while q < len(tokens) and seen < 6:
        t = tokens[q]
        k = strip_key(lookup_key(t.text))
        if k in _DEATH_VERBS_AFTER:
            return "fatalities"
        if k in _INJURY_VERBS_AFTER:
            return "injuries"
        if k in ("،", ","):
            # "18 فلسطينيا، بينهم ستة أطفال، قتلوا": an aside on who was among them, closed by a comma
            close = _among_aside_end(tokens, q)
            if close is None:
                break
            q = close + 1
            continue
        if k in (".", ":", "؛") or _digit_value(t.text) is not None:
            break
        q += 1
        seen += 1
    return "count"


def _among_aside_end(tokens: list[Token], comma: int) -> int | None:
    """The closing comma of an aside "، بينهم …،" / "، منهم …،" opening at ``comma`` (at most ten words: "بينهم 20 طفلا
    وتسعة من عمال الإغاثة"), or None."""
    if comma + 1 >= len(tokens) or lookup_key(tokens[comma + 1].text).lstrip("و") not in _AMONG:
        return None
    for q in range(comma + 2, min(len(tokens), comma + 12)):
        if tokens[q].text in ("،", ","):
            return q
        if tokens[q].text in (".", ":", "؛"):
            return None
    return None


def quantities_in(doc: Document, tokens: list[Token]) -> list[tuple[int, Quantity]]:
    """(token index, Quantity) for every number in ``tokens`` (one sentence)."""
    out = []
    # a number inside a date ("في 27 نوفمبر 2024") is a day of the month, never a count
    dates = [(t.start, t.end) for t in doc.times]
    for num in find_numbers(tokens):
        at = tokens[num.start_tok].start
        if any(start <= at < end for start, end in dates):
            continue
        if num.start_tok > 0 and _numbered_noun(tokens[num.start_tok - 1]):
            continue  # "اللواء 444 قتال"، "القرار 2254": a name's number, counting nothing
        if num.value == 2 and num.start_tok > 0 and lookup_key(tokens[num.start_tok - 1].text).lstrip("و") in _AMONG:
            continue  # "مقتل 9 أشخاص بينهم طفلان": two of the nine, no count of their own
        kind = classify(tokens, num)
        # a count needs the thing counted: the next word (35 حيا، خمسة أحياء); bare years and dates are skipped
        end_tok = num.end_tok
        dual = strip_key(lookup_key(tokens[num.start_tok].text)) in DUAL_PEOPLE
        if kind == "count" and not dual:  # (a dual names what it counts: اعتقلت الشرطة شخصين)
            if num.value >= 1900 and num.value <= 2100 and not num.approximate:
                continue
            nxt = lookup_key(tokens[end_tok].text) if end_tok < len(tokens) else ""
            if num.approximate and nxt == "من" and end_tok + 1 < len(tokens) and tokens[end_tok + 1].text.isalpha():
                end_tok += 1  # "مئات الآلاف من سكانها"، "عشرات من المدنيين": what is counted follows من
            elif nxt in NOT_COUNTED or strip_key(nxt) in NOT_COUNTED:
                continue
            if num.approximate and nxt[:1] in ("ب", "ل", "ك") and len(nxt) > 3 and not nxt.startswith("ال"):
                pass  # "نزوح عشرات الآلاف باتجاه الحدود": a vague count of people, with no noun after it
            elif end_tok < len(tokens) and tokens[end_tok].text.isalpha():
                end_tok += 1
            else:
                continue
        value, start_tok = num.value, num.start_tok
        if kind != "count" and (named := _named_one_before(tokens, num)) is not None:
            value, start_tok = value + 1, named  # "قتل ضابط وجنديان"، "مقتل فرحات واثنين من أبنائه": one more
        span = doc.span(tokens[start_tok].start, tokens[end_tok - 1].end)
        out.append((start_tok, Quantity(kind, value, span, num.approximate)))
    return out


def _named_one_before(tokens: list[Token], num: NumberMention) -> int | None:
    """The token of one person named right before a number joined by و to it, after the casualty word ("قتل ضابط
    وجنديان"، "مقتل قيادي بارز واثنين من مرافقيه"): one to three words, none a number, the casualty word before
    them; None otherwise."""
    if not lookup_key(tokens[num.start_tok].text).startswith("و"):
        return None
    for back in (1, 2, 3):
        k = num.start_tok - back
        if k <= 0:
            return None
        words = tokens[k : num.start_tok]
        if any(not t.text.isalpha() or _digit_value(t.text) is not None for t in words):
            return None
        if any(
            strip_key(lookup_key(t.text)) in _NUMBER_WORDS or strip_key(lookup_key(t.text)) in _VAGUE for t in words
        ):
            return None
        if _casualty_key(tokens[k - 1]) in _DEATH | _INJURY:
            return k
    return None
