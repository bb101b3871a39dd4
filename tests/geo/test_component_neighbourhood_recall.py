"""The geo component adds neighbourhoods the tagger missed, only where the document names their city."""

import marsad
from marsad.document import Entity


def _doc(text):
    nlp = marsad.load(["sentencizer", "tokenizer"])
    return nlp(marsad.make_document(text, published="2016-12-06"))


def _geo():
    from marsad.components import create

    return create("geo")


def test_geo_adds_neighbourhoods_of_a_named_city_after_a_place_cue():
    doc = _doc("تقدمت القوات في حلب وسيطرت على أحياء منها الشعار والمرجة وكرم القاطرجي بعد معارك عنيفة.")
    start = doc.text.index("حلب")
    doc.entities = [Entity(start, start + 3, "حلب", "LOC")]
    doc = _geo()(doc)
    doc.validate()
    names = [e.text for e in doc.entities if e.type == "LOC"]
    assert names == ["حلب", "الشعار", "المرجة", "كرم القاطرجي"]
    assert all(e.place is not None and e.place.country == "SY" for e in doc.entities)


def test_geo_widens_a_partial_neighbourhood_entity():
    doc = _doc("اندلعت اشتباكات في حلب داخل حي كرم القاطرجي مساء أمس.")
    a, k = doc.text.index("حلب"), doc.text.index("كرم")
    doc.entities = [Entity(a, a + 3, "حلب", "LOC"), Entity(k, k + 3, "كرم", "LOC")]
    doc = _geo()(doc)
    assert [e.text for e in doc.entities] == ["حلب", "كرم القاطرجي"]


def test_geo_leaves_common_words_alone_without_the_city():
    doc = _doc("رفع المتظاهرون في القاهرة الشعار نفسه، وقال منظمون إن المرجة لم تكن مكانا للتجمع.")
    a = doc.text.index("القاهرة")
    doc.entities = [Entity(a, a + 7, "القاهرة", "LOC")]
    doc = _geo()(doc)
    assert [e.text for e in doc.entities] == ["القاهرة"]
