"""Property tests: offsets stay true for arbitrary Unicode input (bounded hypothesis runs)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import charsets
from marsad.text.clitics import CliticSegmenter
from marsad.text.normalize import normalize, normalize_string
from marsad.text.sentences import split_sentences
from marsad.text.tokens import Tokenizer, is_arabic_word, tokenize

_ARABIC_HEAVY = (
    charsets.AR_LETTERS
    + charsets.AR_DIACRITICS[:20]
    + charsets.TATWEEL
    + charsets.INVISIBLE
    + charsets.OTHER_SPACES[:4]
    + charsets.ARABIC_INDIC_DIGITS
    + charsets.PERSIAN_DIGITS[:3]
    + "".join(charsets.PUNCTUATION_MAP)
    + "ﻻﺃﻛﺪﷲﹰﺣﻠﺐ"  # presentation forms, including expanding and vanishing ones
    + " \n\n.!?؟…«»\"#_%٪@:/-0123456789abcXYZ'"
)
TEXT = st.text(alphabet=st.one_of(st.sampled_from(_ARABIC_HEAVY), st.characters()), max_size=120)
SETTINGS = settings(max_examples=200, deadline=None)

_TOKENIZER: Tokenizer | None = None


def tokenizer() -> Tokenizer:
    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = Tokenizer()
    return _TOKENIZER


@SETTINGS
@given(TEXT)
def test_normalised_chars_come_from_original_chars(text: str) -> None:
    n = normalize(text)
    assert n.text == normalize_string(text)
    offsets = n.offsets if n.offsets is not None else range(len(text))
    assert len(offsets) == len(n.text)
    for i, j in enumerate(offsets):
        assert 0 <= j < len(text)
        assert n.text[i] in normalize_string(text[j])
    assert all(a <= b for a, b in pairwise(offsets))


@SETTINGS
@given(TEXT, st.data())
def test_to_original_ranges_are_inside_and_monotonic(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    size = len(n.text)
    a = data.draw(st.integers(0, size))
    b = data.draw(st.integers(a, size))
    c = data.draw(st.integers(a, size))
    x, y = n.to_original(a, b)
    assert 0 <= x <= y <= len(text)
    x2, _ = n.to_original(c, max(b, c))
    assert x <= x2
    if a < b:  # a non-empty range covers the original characters its first and last characters came from
        assert normalize_string(text[x:y]).find(n.text[a]) != -1


@SETTINGS
@given(TEXT)
def test_tokens_and_parts_tile_the_text(text: str) -> None:
    toks = tokenizer().tokens(text)
    prev_end = 0
    for tok in toks:
        assert prev_end <= tok.start < tok.end <= len(text)
        assert text[tok.start : tok.end] == tok.text
        assert normalize_string(tok.text).strip() != "" or not tok.text.isspace()
        assert not all(c in charsets.INVISIBLE for c in tok.text)
        assert tok.parts[0].start == tok.start and tok.parts[-1].end == tok.end
        for p, q in pairwise(tok.parts):
            assert p.end == q.start
        for p in tok.parts:
            assert p.start < p.end and text[p.start : p.end] == p.text
            assert p.role in ("proclitic", "stem", "enclitic")
        assert sum(p.role == "stem" for p in tok.parts) == 1
        prev_end = tok.end


@SETTINGS
@given(st.text(alphabet=charsets.AR_LETTERS + charsets.AR_DIACRITICS[:8] + charsets.TATWEEL + "\u200c", min_size=1))
def test_segmenter_tiles_any_arabic_word(word: str) -> None:
    segments = CliticSegmenter.load().segment(word)
    assert segments[0][0] == 0 and segments[-1][1] == len(word)
    for (_, e1, _), (s2, _, _) in pairwise(segments):
        assert e1 == s2
    assert all(s < e for s, e, _ in segments)


@SETTINGS
@given(TEXT)
def test_sentences_are_true_ordered_spans(text: str) -> None:
    prev_end = 0
    for s in split_sentences(text):
        assert prev_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text.strip() == s.text and s.text
        prev_end = s.end


@SETTINGS
@given(TEXT)
def test_tokenizer_agrees_with_tokenize_and_segment_cold_and_warm(text: str) -> None:
    # Tokenizer.tokens inlines tokenize() and caches each word's analysis: both must change nothing
    seg = CliticSegmenter.load()
    expected = []
    for tok in tokenize(text):
        if is_arabic_word(tok):
            parts = [(tok.start + a, tok.start + b, tok.text[a:b], r) for a, b, r in seg.segment(tok.text)]
        else:
            parts = [(tok.start, tok.end, tok.text, "stem")]
        expected.append((tok.start, tok.end, tok.text, tok.norm, parts))
    fresh = Tokenizer(segmenter=seg)
    for _ in range(2):  # the second call reads the word cache
        got = [
            (t.start, t.end, t.text, t.norm, [(p.start, p.end, p.text, p.role) for p in t.parts])
            for t in fresh.tokens(text)
        ]
        assert got == expected


_PLAIN_WORDS = st.one_of(
    st.text(alphabet=charsets.AR_LETTERS, min_size=1, max_size=12),
    st.tuples(
        st.sampled_from(["", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ال", "وال", "بال", "لل", "ولل", "س", "وس"]),
        st.sampled_from(["قاهرة", "صين", "قوات", "حكومة", "حكومت", "أمم", "مجلس", "قال", "يقول", "إب", "قد", "لقاء"]),
        st.sampled_from(["", "ه", "ها", "هم", "هما", "نا", "ة"]),
    ).map("".join),
)


@SETTINGS
@given(_PLAIN_WORDS)
def test_segmenter_fast_path_for_plain_words_is_the_general_path(word: str) -> None:
    seg = CliticSegmenter.load()
    assert seg._segment(word) == seg._segment_general(word)


def test_normalize_string_fast_path_knows_every_changed_character() -> None:
    # normalize_string skips str.translate when _CHANGED finds nothing: _CHANGED must match exactly the characters
    # the translation table changes, over all of Unicode
    from marsad.text.normalize import _CHANGED, _CHAR_MAP

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert set(_CHANGED.findall(every)) == {c for c, r in _CHAR_MAP.items() if r != c}


@SETTINGS
@given(TEXT)
def test_normalize_string_is_the_translation(text: str) -> None:
    from marsad.text.normalize import _TRANSLATION

    assert normalize_string(text) == text.translate(_TRANSLATION)
