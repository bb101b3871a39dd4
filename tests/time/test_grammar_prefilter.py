"""The grammar's prefilter lookaheads (``grammar._prefilter``) are a speed-up only: they never change a match."""

from __future__ import annotations

import re

import time_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import normalize_string
from marsad.time import grammar
from marsad.time.lexicon import lexicon


def _unfiltered() -> dict[str, re.Pattern[str]]:
    """The rules as they were before the prefilter: START + body + END, nothing in front."""
    return {
        name: re.compile(grammar.START + rx.pattern.split(grammar.START, 1)[1]) for name, rx in grammar.rules().items()
    }


def _matches(rules: dict[str, re.Pattern[str]], text: str) -> list:
    return [(name, m.span(), m.groupdict()) for name, rx in rules.items() for m in rx.finditer(text)]


def _sentences() -> list[str]:
    cases = [
        getattr(time_cases, n) for n in dir(time_cases) if n.isupper() and isinstance(getattr(time_cases, n), list)
    ]
    return [normalize_string(row[0]) for rows in cases for row in rows]


def test_every_rule_has_a_prefilter() -> None:
    # a rule whose prefilter came out empty would be correct but slow: catch it when a rule changes
    for name, rx in grammar.rules().items():
        assert rx.pattern.startswith("(?="), name


def test_same_matches_on_the_constructions_table() -> None:
    old = _unfiltered()
    sentences = _sentences()
    assert len(sentences) > 100
    for text in sentences:
        assert _matches(grammar.rules(), text) == _matches(old, text), text


def test_prefilter_of_small_patterns() -> None:
    def admits(body: str, text: str, k: int) -> bool:
        return re.match(grammar._prefilter(body, k=k), text) is not None

    assert admits("abc|abd", "abd", k=2) and not admits("abc|abd", "acd", k=2)
    assert admits("x?yz", "yz", k=2) and admits("x?yz", "xy", k=2) and not admits("x?yz", "xz", k=2)
    assert admits(r"x\d+", "x1", k=3) and not admits(r"x\d+", "xy", k=3)  # one digit may end the match
    assert admits(r"(?<!\w)ab", "ab", k=2)  # an assertion is transparent
    assert grammar._prefilter(".*a") == ""  # may start with anything: no filter
    assert admits("(?P<s>a)(?P=s)b", "ax", k=3) and not admits("(?P<s>a)(?P=s)b", "b", k=3)  # back-reference


def _word_soup() -> st.SearchStrategy[str]:
    lex = lexicon()
    words = sorted(set(lex.months) | set(lex.weekdays) | {w for t in lex.tables.values() for w in t})
    words += ["في", "من", "و", "ل", "بال", "عام", "يوم", "الساعة", "2014", "12", "3", "/", "-", ",", "(", ")", "م", "ه"]
    piece = st.one_of(st.sampled_from(words), st.sampled_from(["", "و", "ب", "ل", "وب", "فل", "ال"]))
    return st.lists(st.tuples(piece, st.sampled_from([" ", "  ", "", "\n", ", "])), max_size=12).map(
        lambda parts: "".join(w + sep for w, sep in parts)
    )


@settings(max_examples=300, deadline=None)
@given(text=_word_soup())
def test_same_matches_on_lexicon_word_soup(text: str) -> None:
    assert _matches(grammar.rules(), text) == _matches(_unfiltered(), text)
