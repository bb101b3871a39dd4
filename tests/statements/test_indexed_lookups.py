"""The statements extractor's per-document indexes (time overlap per token, speaker entity) answer what a scan of
every time expression / entity answers."""

from __future__ import annotations

import random

import marsad
from marsad.document import Entity, Span, TimeExpression
from marsad.statements.extract import _Ctx, _entity_for
from marsad.statements.lexicon import load

TEXT = (
    "قال وزير الخارجية الأردني أيمن الصفدي يوم الأحد إن المحادثات مع الوفد المصري في عمان كانت مثمرة، "
    "وأضاف أن اللجنة المشتركة ستجتمع مطلع الشهر المقبل في القاهرة. وذكرت وكالة الأنباء الرسمية أن الاجتماع "
    "استمر ثلاث ساعات صباح الاثنين."
)


def _random_spans(rng: random.Random, n_chars: int, k: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(k):
        a = rng.randrange(n_chars)
        out.append((a, min(n_chars, a + rng.randint(1, 30))))
    return out


def test_time_overlap_and_speaker_entity_match_a_full_scan() -> None:
    doc = marsad.load(["sentencizer", "tokenizer"])(marsad.make_document(TEXT))
    rng = random.Random(7)
    lex = load()
    for _ in range(200):
        times = _random_spans(rng, len(TEXT), rng.randint(0, 6))
        ents = _random_spans(rng, len(TEXT), rng.randint(0, 8))
        doc.times = [TimeExpression(a, b, TEXT[a:b], "2019-01-01") for a, b in times]
        doc.entities = [Entity(a, b, TEXT[a:b], "PER") for a, b in ents]
        ctx = _Ctx(doc, lex)
        for i, tok in enumerate(ctx.toks):
            first = next((t for t in ctx.times if t[0] < tok.end and tok.start < t[1]), None)
            assert ctx.time_at(i) == first
        for a, b in _random_spans(rng, len(TEXT), 10):
            best, best_len = None, 0
            for ei, e in enumerate(doc.entities):
                ov = min(e.end, b) - max(e.start, a)
                if ov > best_len:
                    best, best_len = ei, ov
            assert _entity_for(ctx, Span(a, b, TEXT[a:b])) == best
