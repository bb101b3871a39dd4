"""The ``ner`` component with the bundled model on text written for this test: offsets true, conventions kept."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.ner.tagger import EntityRecognizer, default_model_dir
from marsad.text.sentences import Sentencizer
from marsad.text.tokens import Tokenizer

pytestmark = pytest.mark.skipif(
    not (default_model_dir() / "model.crfsuite").exists(), reason="bundled NER model not built"
)

TEXT = (
    "أعلنت وزارة الدفاع التركية، الأحد، أن قواتها دخلت مدينة منبج شمالي سوريا.\n"
    "وقال مسؤول عسكري لرويترز إن «الجيش العراقي» عزز مواقعه قرب الموصل، فيما دعا الأمين العام "
    "للأمم المتحدة أنطونيو غوتيريش إلى ضبط النفس خلال جلسة لمجلس الأمن في نيويورك.\n"
    "وذكرت وكالة الأنباء السعودية أن الرياض تستضيف قمة عربية الشهر المقبل."
)


@pytest.fixture(scope="module")
def doc() -> Document:
    d = Tokenizer()(Sentencizer()(Document(text=TEXT)))
    return EntityRecognizer()(d)


def test_offsets_are_true(doc: Document) -> None:
    doc.validate()
    assert doc.entities
    for e in doc.entities:
        assert e.text == TEXT[e.start : e.end]
        assert e.type in {"PER", "LOC", "ORG", "MISC"}
        assert 0.0 <= (e.score or 0.0) <= 1.0
        assert e.text[0] not in "«»\"'،,." and e.text[-1] not in "«»\"'،,."


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        ("سوريا", "LOC"),
        ("رويترز", "ORG"),  # لرويترز: the preposition stays outside
        ("الجيش العراقي", "ORG"),  # quotes outside; army + nationality is ORG
        ("نيويورك", "LOC"),
        ("وزارة الدفاع التركية", "ORG"),
        ("وكالة الأنباء السعودية", "ORG"),  # agency + nationality, though السعودية alone is a place
    ],
)
def test_expected_entities(doc: Document, text: str, typ: str) -> None:
    assert (text, typ) in {(e.text, e.type) for e in doc.entities}


def test_no_clitic_inside_spans(doc: Document) -> None:
    texts = {e.text for e in doc.entities}
    assert "لرويترز" not in texts
    assert not any(t.startswith(("للأمم", "لمجلس", "بمجلس")) for t in texts)


def test_ministry_portfolio_stops_at_prepositions_and_relatives() -> None:
    text = (
        "ودعت وزارة المالية إلى خفض الإنفاق، وقالت وزارة الصحة التي تشرف على المستشفيات إن الوضع مستقر، "
        "وأكدت وزارة الخارجية والحكومة المصرية الموقف."
    )
    d = EntityRecognizer()(Tokenizer()(Sentencizer()(Document(text=text))))
    found = {e.text for e in d.entities if e.type == "ORG"}
    assert {"وزارة المالية", "وزارة الصحة"} <= found  # not "وزارة المالية إلى", "وزارة الصحة التي"
    assert {"وزارة الخارجية", "الحكومة المصرية"} <= found  # two bodies, not one portfolio
    assert not any(t.endswith(("إلى", "التي")) for t in found)


def test_towns_listed_after_a_plural_place_noun() -> None:
    """After بلدات / مدينتي every town of the geo gazetteer in the و-list is a place, even where the model tagged
    none of them; a verb in و after the list is not."""
    from marsad.ner import rules

    model = EntityRecognizer().model
    sents = [["وقصفت", "الطائرات", "بلدات", "بنش", "وسرمين", "وتفتناز", "والتقى", "الوفد"]]
    tags = [["O"] * len(sents[0])]
    rules.place_after_cue(model.fx, sents, tags, model.o_words)
    assert tags[0] == ["O", "O", "O", "B-LOC", "B-LOC", "B-LOC", "O", "O"]


def test_a_quoted_predicate_after_a_definite_naming_word_is_no_name() -> None:
    from marsad.ner.rules import named_in_quotes

    text = 'وقالت إن العملية "تبعث الأمل" للعائلات، وأطلق الجيش عملية "درع الشمال" أمس.'
    doc = Document(text=text)
    ents = named_in_quotes(doc, 0, len(text), [])
    assert [(e.text, e.type) for e in ents] == [("درع الشمال", "MISC")]
