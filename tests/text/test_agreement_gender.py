"""Gender agreement cues: which names take a feminine verb, which verb forms are masculine singular."""

from __future__ import annotations

import pytest

from marsad.text.agreement import feminine_name, masculine_singular_verb, title_gender_clash
from marsad.text.normalize import lookup_key


@pytest.mark.parametrize(
    ("text", "etype", "feminine"),
    [
        ("روسيا", "LOC", True),
        ("موسكو", "LOC", True),
        ("لبنان", "LOC", False),
        ("العراق", "LOC", False),
        ("السعودية", "LOC", True),
        ("وزارة الدفاع", "ORG", True),
        ("حزب الله", "ORG", False),
        ("دونالد ترامب", "PER", False),
    ],
)
def test_feminine_names(text: str, etype: str, feminine: bool) -> None:
    assert feminine_name(text, etype) is feminine


@pytest.mark.parametrize(
    ("verb", "present", "masculine"),
    [
        ("طالب", False, True),
        ("طالبت", False, False),
        ("طالبوا", False, False),
        ("قالا", False, False),  # dual
        ("دعا", False, True),  # a defective verb, not a dual
        ("يطالب", True, True),
        ("تطالب", True, False),
        ("ذكرته", False, False),  # the feminine ذكرت with an object pronoun
        ("وصفه", False, True),
    ],
)
def test_masculine_singular_verbs(verb: str, present: bool, masculine: bool) -> None:
    assert masculine_singular_verb(lookup_key(verb), present) is masculine


@pytest.mark.parametrize(
    ("speaker", "verb", "present", "clash"),
    [
        ("الرئيس الأميركي", "قالت", False, True),
        ("الرئيس الأميركي", "تقول", True, True),
        ("الرئيس الأميركي", "قال", False, False),
        ("الوزيرة", "اضاف", False, True),
        ("الوزيرة", "دعتهم", False, False),  # she called them: an object pronoun after the feminine ت
        ("المندوبة الجهوية", "اضافت", False, False),
        ("ترامب", "قالت", False, False),  # no title: a name's gender is not read
        ("الرئيس", "يقولون", True, False),  # a plural verb has another subject anyway
    ],
)
def test_title_gender_clash(speaker: str, verb: str, present: bool, clash: bool) -> None:
    assert title_gender_clash(speaker, verb, present) is clash


def test_a_root_final_ta_is_no_feminine_ending() -> None:
    from marsad.text.agreement import feminine_singular_verb

    assert masculine_singular_verb(lookup_key("لفت"), present=False)
    assert not feminine_singular_verb(lookup_key("لفت"), present=False)
    assert feminine_singular_verb(lookup_key("لفتت"), present=False)
    assert not title_gender_clash("رئيس الغرفة", lookup_key("لفت"), present=False)
