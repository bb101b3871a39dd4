"""The geo pipeline component over hand-built documents."""

from __future__ import annotations

from marsad.document import Document, Entity
from marsad.geo.component import GeoResolver
from marsad.text.tokens import Tokenizer

TEXT = (
    "قال مصدر ميداني إن قوات النظام السوري تقدمت في حي الشعار شرق حلب، "
    "بينما دعت روسيا إلى محادثات في جنيف الأسبوع المقبل."
)


def _doc(text: str, loc: list[str], other: tuple[str, str] | None = None) -> Document:
    doc = Document(text=text)
    for name in loc:
        start = text.index(name)
        doc.entities.append(Entity(start, start + len(name), name, "LOC"))
    if other:
        start = text.index(other[0])
        doc.entities.append(Entity(start, start + len(other[0]), other[0], other[1]))  # type: ignore[arg-type]
    doc.entities.sort(key=lambda e: e.start)
    return Tokenizer()(doc)


def test_every_loc_entity_gets_a_place() -> None:
    doc = GeoResolver()(_doc(TEXT, ["الشعار", "حلب", "روسيا", "جنيف"]))
    doc.validate()
    places = {e.text: e.place for e in doc.entities}
    assert places["الشعار"].precision == "neighbourhood" and places["الشعار"].country == "SY"
    assert places["حلب"].name_en == "Aleppo"
    assert places["روسيا"].precision == "country" and places["روسيا"].country == "RU"
    assert places["جنيف"].country == "CH"


def test_an_admin_head_outside_the_entity_picks_the_admin_area() -> None:
    text = "وفرض حظر التجول في ولاية الجزيرة وسط السودان، وقصفت الطائرات بمحافظة الحديدة ومدينة الحديدة."
    doc = Document(text=text)
    for name, at in (("الجزيرة", 0), ("السودان", 0), ("الحديدة", 0), ("الحديدة", 1)):
        start = text.index(name) if at == 0 else text.rindex(name)
        doc.entities.append(Entity(start, start + len(name), name, "LOC"))
    doc.entities.sort(key=lambda e: e.start)
    doc = GeoResolver()(Tokenizer()(doc))
    gezira, _, governorate, city = (e.place for e in doc.entities)
    assert gezira is not None and (gezira.country, gezira.precision) == ("SD", "admin")  # not الجزيرة = Algiers
    assert governorate is not None and governorate.precision == "admin"
    assert city is not None and city.precision == "point"  # مدينة الحديدة: the city


def test_region_pattern_east_of_a_city() -> None:
    doc = GeoResolver()(_doc(TEXT, ["شرق حلب", "روسيا"]))
    place = doc.entities[0].place
    assert place is not None and place.country == "SY" and place.precision in ("neighbourhood", "region")


def test_non_loc_entities_are_left_alone() -> None:
    doc = GeoResolver()(_doc(TEXT, ["حلب"], other=("روسيا", "ORG")))
    org = next(e for e in doc.entities if e.type == "ORG")
    assert org.place is None


def test_no_entities_is_a_no_op() -> None:
    doc = Tokenizer()(Document(text=TEXT))
    assert GeoResolver(find_neighbourhoods=False)(doc).entities == []
    # with neighbourhood recall on, the only addition is the neighbourhood of the city the text names
    assert [e.text for e in GeoResolver()(Tokenizer()(Document(text=TEXT))).entities] == ["الشعار"]


def test_to_json_carries_the_place() -> None:
    doc = GeoResolver()(_doc(TEXT, ["حلب"]))
    data = next(e for e in doc.to_json()["entities"] if e["text"] == "حلب")["place"]
    assert data["country"] == "SY" and data["geonameid"] == 170063 and len(data["candidates"]) <= 5


def test_city_named_outside_the_entities_still_decides_the_neighbourhood() -> None:
    text = "أعلن مجلس مدينة دمشق أن القذائف سقطت على حي المرجة صباح اليوم."
    doc = GeoResolver()(_doc(text, ["المرجة"]))
    assert doc.entities[0].place.name_en.endswith("(Damascus)")


def test_resolve_accepts_a_document_as_context() -> None:
    from marsad.geo import resolve

    text = "قالت مصادر إن الطائرات قصفت مدينة إدلب وبلدة سراقب في شمال سوريا."
    doc = _doc(text, ["إدلب", "سراقب", "سوريا"])
    assert resolve("أريحا", doc).country == "SY"
    GeoResolver()(doc)
    assert "geo_context" in doc.user_data


def test_geo_stays_in_the_pipeline_over_gold_entities() -> None:
    import marsad

    nlp = marsad.load(["sentencizer", "tokenizer", "geo"]).without_layers(["entities"])
    assert "geo" in nlp.names
    doc = _doc(TEXT, ["حلب"])
    assert nlp(doc).entities[0].place.country == "SY"


def test_document_json_with_places_passes_the_schema() -> None:
    from marsad.schema import validate_document_json

    doc = GeoResolver()(_doc(TEXT, ["الشعار", "حلب", "روسيا", "جنيف", "شرق حلب"]))
    validate_document_json(doc.to_json())


def test_the_capital_after_a_name_makes_it_the_city() -> None:
    text = "ونقل الموقوف إلى تونس العاصمة، بينما وصل الوزير إلى تونس من صفاقس."
    doc = Document(text=text)
    for start in (text.index("تونس"), text.rindex("تونس"), text.index("صفاقس")):
        name = text[start : start + (5 if text[start] == "ص" else 4)]
        doc.entities.append(Entity(start, start + len(name), name, "LOC"))
    doc.entities.sort(key=lambda e: e.start)
    capital, country, _ = (e.place for e in GeoResolver()(Tokenizer()(doc)).entities)
    assert (capital.name_en, capital.precision) == ("Tunis", "point")
    assert country.precision == "country"  # no العاصمة after it: the country, Sfax being far from Tunis


def test_a_street_name_is_not_the_town_spelt_like_it() -> None:
    text = "وعاد آلاف النازحين عبر شارع الرشيد إلى مدينة غزة، ثم إلى رشيد في مصر."
    doc = GeoResolver()(_doc(text, ["الرشيد", "غزة", "رشيد", "مصر"]))
    places = {e.text: e.place for e in doc.entities}
    assert places["الرشيد"] is None
    assert places["غزة"] is not None and places["غزة"].country == "PS"


def test_a_quarter_named_after_a_country_is_not_the_country() -> None:
    import marsad

    text = "وقال المتحدث إن العملية في الخرطوم كانت تستهدف منطقة كولومبيا المجاورة للاعتصام."
    doc = marsad.analyze(text, published="2019-06-03")
    (colombia,) = [e for e in doc.entities if e.text == "كولومبيا"]
    assert colombia.place is None


def test_a_square_abroad_is_not_the_namesake_of_a_quarter_in_the_story() -> None:
    text = "وحاول المحتجون في بيروت اقتحام مبنى البرلمان في ساحة النجمة، قبل أن يتفرقوا في الأشرفية."
    doc = GeoResolver()(_doc(text, ["بيروت", "النجمة", "الأشرفية"]))
    places = {e.text: e.place for e in doc.entities}
    assert places["النجمة"] is None  # not An Najmah, a district of Doha
    assert places["بيروت"] is not None and places["بيروت"].country == "LB"
    # a refugee camp may lie abroad: the rule leaves it alone
    text = "وقال مسؤول فلسطيني في رام الله إن المساعدات دخلت مخيم اليرموك."
    doc = GeoResolver()(_doc(text, ["رام الله", "اليرموك"]))
    assert {e.text: e.place for e in doc.entities}["اليرموك"] is not None


def test_places_of_2018_news_in_the_spellings_found_there() -> None:
    text = "وقع التسميم في سالزبيري، واحتج السكان في جرادة، والتقى الزعيمان في بانمونجوم."
    doc = GeoResolver()(_doc(text, ["سالزبيري", "جرادة", "بانمونجوم"]))
    countries = {e.text: e.place.country for e in doc.entities if e.place is not None}
    assert countries == {"سالزبيري": "GB", "جرادة": "MA", "بانمونجوم": "KR"}
