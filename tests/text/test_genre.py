"""Reading an article's opening as a match report."""

from __future__ import annotations

from marsad.text.genre import opens_as_match_report


def test_two_match_words_make_a_match_report() -> None:
    assert opens_as_match_report("الهلال يقسو على النصر بثلاثية\n\nفاز الفريق في المباراة التي أقيمت على الملعب.")
    assert opens_as_match_report("وفي الدوري، خسر النادي أمام منافسه.")


def test_war_news_and_one_sport_word_are_no_match_report() -> None:
    assert not opens_as_match_report("قتل ثلاثة جنود في هجوم على حاجز. وقال الفريق أول إن القوات ردت.")
    assert not opens_as_match_report("وحضر الرئيس المباراة ثم توجه إلى القصر حيث التقى الوزير.")


def test_a_tournament_named_twice_is_no_match_report() -> None:
    assert not opens_as_match_report("روسيا تتهم بريطانيا بتسميم العميل لإفساد المونديال\n\nقبل انطلاق كأس العالم.")


def test_a_world_cup_report_and_a_game_with_its_pronoun() -> None:
    assert opens_as_match_report("المنتخب الفرنسي يتأهل\n\nتأهل المنتخب إلى نهائي المونديال بعد الفوز.")
    assert opens_as_match_report("يواجه المنتخب الفرنسي اليوم خلال مباراته الثانية نظيره.")
