def test_verbal_noun_patterns_by_shape() -> None:
    from marsad.text.normalize import lookup_key, verbal_noun_pattern

    cases = {"إحباط": "ifal", "استهداف": "istifal", "اشتباه": "iftial", "انسحاب": "infial", "تحقيق": "tafil"}
    assert {w: verbal_noun_pattern(lookup_key(w)) for w in cases} == cases
    assert verbal_noun_pattern(lookup_key("مدينة")) is None
