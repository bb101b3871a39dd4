"""Run-on text without punctuation is cut into sentences of bounded length, at a comma or a space."""

from __future__ import annotations

import pytest

from marsad.text.sentences import MAX_SENTENCE_CHARS, split_sentences

CLAUSE = "وأكد المتحدث باسم الوزارة أن الاجتماع سيعقد في القاهرة الأحد المقبل"


@pytest.mark.parametrize(
    ("joiner", "soft"),
    [(" ", False), ("، ", True), (", ", True)],
    ids=["spaces-only", "arabic-commas", "latin-commas"],
)
def test_run_on_line_is_cut_below_the_limit_at_a_boundary(joiner: str, soft: bool) -> None:
    text = joiner.join([CLAUSE] * 400)  # ~28k characters, one line, no final punctuation
    sentences = split_sentences(text)
    assert len(sentences) >= len(text) // MAX_SENTENCE_CHARS
    for s in sentences:
        assert s.text == text[s.start : s.end]
        assert 0 < len(s.text) <= MAX_SENTENCE_CHARS
        assert not s.is_heading
        # never inside a word: the cut falls on whitespace
        assert s.start == 0 or text[s.start - 1].isspace()
        assert s.end == len(text) or text[s.end].isspace()
        if soft and s.end < len(text):
            assert text[s.end - 1] in "،,"  # a comma was in reach, so the cut is after it
    # nothing lost: the pieces cover every word
    assert " ".join(s.text for s in sentences).split() == text.split()


def test_a_single_huge_word_gets_hard_cuts_with_true_offsets() -> None:
    text = "ب" * (2 * MAX_SENTENCE_CHARS + 10)
    sentences = split_sentences(text)
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10]
    assert all(s.text == text[s.start : s.end] for s in sentences)


def test_ordinary_long_sentence_is_untouched() -> None:
    text = "، ".join([CLAUSE] * 30) + "."  # ~2k characters: long, but a real sentence can be this long
    assert len(text) < MAX_SENTENCE_CHARS
    assert [s.text for s in split_sentences(text)] == [text]
