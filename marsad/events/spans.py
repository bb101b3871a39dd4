"""Look-ups of a document's spans by position without scanning them all (per-sentence or per-event scans of every
entity, time or statement of the document were quadratic on long documents)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class SpanIndex:
    """(start, end) spans sorted once by start, with a running maximum of their ends; answers give the spans'
    indices in their original order."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: (spans[i][0], i))
        self.starts = [spans[i][0] for i in self.order]
        self.reach: list[int] = []  # reach[k]: the largest end among the first k + 1 spans by start
        hi = -1
        for i in self.order:
            hi = max(hi, spans[i][1])
            self.reach.append(hi)

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Indices of the spans with lo <= start < hi, ascending."""
        return sorted(self.order[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)])

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span overlaps [start, end) (span.start < end and start < span.end)."""
        k = bisect_left(self.starts, end) - 1
        while k >= 0 and self.reach[k] > start:
            if self.spans[self.order[k]][1] > start:
                return True
            k -= 1
        return False

    def containing(self, start: int, end: int) -> list[int]:
        """Indices of the spans with span.start <= start and end <= span.end, ascending."""
        out = []
        k = bisect_right(self.starts, start) - 1
        while k >= 0 and self.reach[k] >= end:  # spans before k end before ``end``: none of them contains it
            i = self.order[k]
            if self.spans[i][1] >= end:
                out.append(i)
            k -= 1
        out.sort()
        return out
