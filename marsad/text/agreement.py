"""Gender agreement between a verb and the name after it, to tell a subject from an object.

A verb agrees in gender with a subject that follows it: "طالبت روسيا بالتدخل" (Russia demanded), but in "وطالب
روسيا بالتدخل" the masculine verb has another subject (a man named before) and Russia is the one asked. Countries
and cities standing for their governments are feminine (قالت موسكو، أعلنت الرياض), except لبنان، عمان and most
names with the article (العراق، الأردن، السودان، المغرب، اليمن); organisations whose first word ends in ة (وزارة،
الحكومة، حركة) are feminine too.
"""

from __future__ import annotations

from itertools import pairwise

from marsad.text.normalize import lookup_key

_MASCULINE_BARE = frozenset(lookup_key(w) for w in "لبنان عمان".split())
# Masculine heads of multi-word place names (مستشفى كمال عدوان، مطار بغداد، مخيم جنين): session 28.
_MASCULINE_PLACE_HEADS = frozenset(
    lookup_key(w) for w in "مستشفى مطار ميناء معبر مخيم سجن مركز مكتب قصر مجمع مبنى مقر جسر سد حي".split()
)
# Names with the article that are feminine: countries and capitals news uses as actors.
_FEMININE_WITH_ARTICLE = frozenset(
    lookup_key(w)
    for w in (
        "السعودية المملكة الإمارات الجزائر الصين الهند اليابان الولايات الكويت القاهرة الرياض الدوحة الخرطوم"
    ).split()
)


def feminine_name(text: str, entity_type: str) -> bool:
    """The name (an entity's text) takes a feminine verb: a place without the article (روسيا، موسكو, not لبنان), a
    listed one with it (السعودية), or an organisation whose first word ends in ة (وزارة الدفاع، الحكومة السورية)."""
    words = text.split()
    if not words:
        return False
    first = words[0]
    key = lookup_key(first)
    if entity_type == "ORG":
        return first.endswith("ة")
    if entity_type != "LOC":
        return False
    if len(words) > 1 and key in _MASCULINE_PLACE_HEADS:
        return False  # "وقال مستشفى الشفاء إن": a hospital, an airport, a camp take a masculine verb
    if key.startswith("ال"):
        return key in _FEMININE_WITH_ARTICLE
    return key not in _MASCULINE_BARE


def masculine_singular_verb(key: str, present: bool) -> bool:
    """A lookup key (without و / ف) of a third person masculine singular verb: past without the ت of the feminine
    or a plural ending (طالب، أكد), present with ي (يطالب). An object pronoun is looked past (ذكرته is the feminine
    ذكرت; وصفه the masculine وصف)."""
    for suffix in ("هما", "هم", "ها", "ه", "ني", "نا", "كم"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            key = key[: -len(suffix)]
            break
    if present:
        return key.startswith("ي") and not key.endswith(("ون", "ان"))
    if key.endswith("ا"):
        return len(key) <= 3  # دعا (a defective verb), not the dual قالا، أكدا
    if key in _ROOT_FINAL_T:
        return True  # لفت: the ت is the root's
    return not key.endswith(("ت", "وا"))


# Past verbs whose own last letter is ت (لفت إلى أن, the feminine لفتت), as lookup keys
_ROOT_FINAL_T = frozenset(lookup_key(w) for w in "لفت ثبت أثبت سكت صمت نعت التفت بت".split())


def feminine_singular_verb(key: str, present: bool) -> bool:
    """A lookup key (without و / ف) of a third person feminine singular verb: past in ت (قالت، أكدته), present in ت
    without a plural or dual ending (تقول)."""
    for suffix in ("هما", "هم", "ها", "ه", "ني", "نا", "كم"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            key = key[: -len(suffix)]
            break
    if present:
        return key.startswith("ت") and not key.endswith(("ون", "ان", "ين"))
    return key.endswith("ت") and not key.endswith("ات") and key not in _ROOT_FINAL_T


# Titles whose gender is plain from the word, as lookup keys: the masculine and the feminine forms.
MASCULINE_TITLES = frozenset(
    lookup_key(w)
    for w in "الرئيس رئيس الوزير وزير المتحدث متحدث الناطق ناطق السفير سفير المدير مدير الأمين الملك ملك الأمير "
    "أمير الشيخ المستشار القائد الجنرال العميد اللواء العقيد الرائد المندوب مندوب الممثل ممثل".split()
)
_FEMININE_TITLES = frozenset(
    lookup_key(w)
    for w in "الرئيسة رئيسة الوزيرة وزيرة المتحدثة متحدثة الناطقة ناطقة السفيرة سفيرة المديرة مديرة الأمينة الملكة "
    "ملكة الأميرة أميرة الشيخة المستشارة المندوبة مندوبة الممثلة ممثلة".split()
)


def title_gender_clash(speaker: str, verb_key: str, present: bool) -> bool:
    """A speaker phrase opened by a title of one gender and a singular verb of the other: "الرئيس" and وقالت,
    "الوزيرة" and وأضاف. Phrases without such a title never clash (a name's gender is not read here)."""
    words = speaker.split()
    if not words:
        return False
    # the title may follow the name after a comma: "ماريا زاخاروفا، المتحدثة باسم الخارجية الروسية"
    after_comma = next((w for p, w in pairwise(words) if p.endswith(("،", ","))), None)
    for word in (words[0], after_comma):
        title = lookup_key(word) if word else ""
        if title in MASCULINE_TITLES:
            return feminine_singular_verb(verb_key, present)
        if title in _FEMININE_TITLES:
            return masculine_singular_verb(verb_key, present)
    return False
