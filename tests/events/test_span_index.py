"""SpanIndex (marsad/events/spans.py) answers exactly what a scan of every span answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.spans import SpanIndex

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 25)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)
points = st.tuples(st.integers(-5, 90), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(spans, points)
def test_span_index_matches_a_full_scan(items: list[tuple[int, int]], query: tuple[int, int]) -> None:
    ix = SpanIndex(items)
    a, b = query
    assert ix.starting_in(a, b) == [i for i, (s, _) in enumerate(items) if a <= s < b]
    assert ix.containing(a, b) == [i for i, (s, e) in enumerate(items) if s <= a and b <= e]
    assert ix.overlaps(a, b) == any(s < b and a < e for s, e in items)


def test_span_index_on_a_long_document_answers_from_its_neighbourhood() -> None:
    # 20,000 short spans in order, one long span early: the answers stay right far from the start
    items = [(0, 50_000)] + [(10 * i, 10 * i + 5) for i in range(1, 20_000)]
    ix = SpanIndex(items)
    assert ix.containing(100_001, 100_003) == [10_000]
    assert ix.containing(20, 22) == [0, 2]
    assert ix.overlaps(199_996, 199_999) is False
    assert ix.starting_in(199_980, 200_000) == [19_998, 19_999]
