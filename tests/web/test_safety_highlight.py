"""safety.highlight / inert / safe_url: hostile text renders inert and highlights keep the text intact."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from marsad.web.safety import BIDI_CONTROLS, Mark, highlight, inert, safe_url


def visible_text(fragment: str) -> str:
    """The text a browser would show: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث <script>alert(1)</script> إن الهجوم فشل",
        'نفت الوزارة <img src=x onerror="alert(2)"> الخبر',
        "أكدت المصادر & الشهود أن «الاتفاق» صامد",
        "ذكرت الوكالة أن '\"' علامات",
    ],
)
def test_highlight_escapes_every_segment(text: str) -> None:
    marks = [Mark(0, 3, "stmt-cue", "s0"), Mark(2, len(text) // 2, "ent-ORG", "e0"), Mark(5, len(text), "x", "e1")]
    out = str(highlight(text, marks))
    assert "<script" not in out and "<img" not in out
    assert visible_text(out) == text  # nothing lost, nothing added


def test_highlight_overlaps_carry_all_refs() -> None:
    text = "أعلنت وزارة الدفاع أن القوات تقدمت"
    out = str(highlight(text, [Mark(0, 19, "stmt-speaker", "statement-0"), Mark(6, 19, "ent-ORG", "entity-0")]))
    assert 'data-refs="statement-0 entity-0"' in out
    assert "hl-ent-ORG hl-stmt-speaker" in out
    assert visible_text(out) == text


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2), (0, 999)])
def test_highlight_drops_marks_outside_the_text(start: int, end: int) -> None:
    text = "نص قصير"
    out = str(highlight(text, [Mark(start, end, "ent-PER", "entity-0")]))
    assert "entity-0" not in out and out == text


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_bidi_controls_are_shown_as_visible_marks(control: str) -> None:
    out = str(inert(f"قال{control}abc حلب"))
    assert control not in out
    assert f"⟦{BIDI_CONTROLS[control]}⟧" in out


def test_bidi_controls_removed_inside_highlights_and_titles() -> None:
    text = "خبر \u202eعاجل\u202c هنا"
    out = str(highlight(text, [Mark(4, 10, "ent-MISC", "entity-0", title="\u202etitle")]))
    assert "\u202e" not in out and "\u202c" not in out
    assert "⟦RLO⟧" in out and "⟦PDF⟧" in out


def test_inert_is_safe_in_attributes_and_passes_markup() -> None:
    assert str(inert('"><script>')) == "&#34;&gt;&lt;script&gt;"
    assert inert(Markup("<b>ok</b>")) == Markup("<b>ok</b>")
    assert str(inert(None)) == ""


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("/relative/path", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_links_only_http(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_highlight_is_fast_on_a_long_article() -> None:
    import time

    text = "قالت الوزارة إن القصف استهدف المدينة. " * 20_000  # ~760k characters
    marks = [Mark(i, i + 5, "ent-LOC", f"entity-{i}") for i in range(0, len(text) - 10, 40)]
    started = time.perf_counter()
    out = str(highlight(text, marks))
    assert time.perf_counter() - started < 5  # quadratic sweeping would take minutes
    assert out.count('class="hl ') == len(marks)


def test_highlight_nested_and_touching_marks() -> None:
    text = "abcdefghij"
    marks = [Mark(0, 10, "a", "r0"), Mark(2, 4, "b", "r1"), Mark(4, 6, "c", "r2")]
    out = str(highlight(text, marks))
    assert out.count('data-refs="r0"') == 2  # [0,2) and [6,10)
    assert 'data-refs="r0 r1"' in out and 'data-refs="r0 r2"' in out
    assert visible_text(out) == text


ALPHABET = "اب ت<>&\"'`=/\\\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200f\n"


@given(
    text=st.text(alphabet=ALPHABET, max_size=60),
    raw_marks=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70), st.text(ALPHABET, max_size=5)), max_size=8),
)
@settings(max_examples=200, deadline=None)
def test_highlight_never_lets_markup_or_controls_through(text: str, raw_marks: list) -> None:
    marks = [Mark(a, b, "ent-PER", f"entity-{i}", title=t) for i, (a, b, t) in enumerate(raw_marks)]
    out = str(highlight(text, marks))
    assert not any(c in out for c in BIDI_CONTROLS)
    # the only tags are our own spans
    assert set(re.findall(r"<(/?[a-z]+)", out)) <= {"span", "/span"}
    shown = visible_text(out)
    for control, name in BIDI_CONTROLS.items():
        text = text.replace(control, f"⟦{name}⟧")
    assert shown == text
