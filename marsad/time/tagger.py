"""Find and resolve the date expressions of an article: ``find_times`` and the ``times`` pipeline component.

Steps: scan the normalised view with the grammar (``marsad.time.grammar``); drop candidates that their context
rules out (a bare month name needs a preposition, a bare year must not be a count, اليوم in روسيا اليوم …); keep the
longest of overlapping candidates; link pairs (ليل الخميس الجمعة، مساء الثلاثاء أو صباح الأربعاء، بين 22 و23 مايو);
decide whether each expression sits in a future clause; resolve values (``marsad.time.resolve``); map spans back to
the original text. Expressions whose value would be a week or a vague span are kept in
``doc.user_data["times.internal"]`` but not emitted (FORMAT.md).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from marsad.document import Document, TimeExpression
from marsad.text.charsets import AR_DIACRITICS, TATWEEL
from marsad.text.normalize import NormalizedText, normalize, normalize_string
from marsad.time import resolve
from marsad.time.grammar import PRIORITY, Candidate, ordinal_days, scan
from marsad.time.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_CLAUSE_STOP = set('.;:?!"()[]')
_TRAILING_MARKS = set(AR_DIACRITICS + TATWEEL)
_ISO = re.compile(r"^(?!0000)\d{4}(?:-\d\d(?:-\d\d)?)?$")
_RANGE_GAP = re.compile(r"^\s*(?:,\s*)?(?:-|–|/|الي|حتي|او|و)?\s*$")
_DAY_RANGE = re.compile(r"(?:(?<![\w.,/:-])|(?<=(?<!\w)و))(?P<d>[0-3]?\d)\s*(?:-|–|و|الي|حتي)\s*$")


@dataclass
class Expr:
    """A selected candidate with its meaning and, once resolved, its value."""

    cand: Candidate
    start: int  # normalised offsets of the emitted span
    end: int
    sem: dict[str, Any]
    value: str | None = None
    precision: str | None = None
    part_of_day: str | None = None
    emit: bool = True
    reason: str = ""
    future: bool = False
    link: Expr | None = None  # the first member of a pair (range or alternative) this one follows
    alternative: bool = False
    alternatives: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- context helpers


def _words_before(text: str, pos: int, n: int = 3) -> list[str]:
    """The last ``n`` word tokens before ``pos`` (closest last), punctuation included as tokens."""
    return _WORD.findall(text[max(0, pos - 60) : pos])[-n:]


def _words_after(text: str, pos: int, n: int = 2) -> list[str]:
    return _WORD.findall(text[pos : pos + 60])[:n]


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _clitic_before(text: str, start: int) -> str:
    """The proclitic letters glued to the match (و ، بال …), empty at a word start."""
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:start]


def _num(text: str) -> int | None:
    """A count in digits or words; compounds add up (ثلاثة وعشرين → 23)."""
    if text.isdigit():
        return int(text)
    total = 0
    for part in re.split(r"\s+و\s*", " ".join(text.split())):
        v = lexicon().table("number").get(part) or lexicon().table("number").get(_ta(part))
        if not v:
            return None
        total += int(v[0])
    return total


def _pod(table: str, word: str | None) -> str | None:
    if not word:
        return None
    row = _lookup(table, word)
    return row[0] if row else None


def _ta(word: str) -> str:
    """Collapse spaces and read a final ه as ة (السنه → السنة), as the lexicon spells it."""
    key = " ".join(word.split())
    return key[:-1] + "ة" if key.endswith("ه") else key


def _lookup(table: str, word: str) -> list[str] | None:
    t = lexicon().table(table)
    return t.get(" ".join(word.split())) or t.get(_ta(word)) or t.get(_ta(_swallowed(word)))


def _swallowed(word: str) -> str:
    """لعام → العام: restore the article swallowed after the preposition ل."""
    return "ا" + word if word.startswith("ل") and not word.startswith("ال") else word


def _rel(word: str | None) -> int | None:
    if not word:
        return None
    v = _lookup("rel", word)
    return int(v[0]) if v else None


# ----------------------------------------------------------------------------------------------- meaning


def _ordinal_blocked(word: str) -> bool:
    """The word before an ordinal day makes it a period (الأسبوع الأول من) or a name (مدينة العاشر من، نصر
    العاشر من)."""
    lex = lexicon()
    return word in lex.table("ordinal_block_before") or word in lex.table("date_name_before")


# Years that are no calendar year (العام المالي، السنة الدراسية), raw and as lookup keys
_OTHER_YEARS = frozenset(
    w
    for word in "المالي المالية الدراسي الدراسية الجامعي الجامعية القضائي القضائية".split()
    for w in (word, normalize_string(word))
)


def _month_num(word: str | None) -> int | None:
    if not word:
        return None
    return lexicon().months.get(" ".join(word.split()))


def _meaning(c: Candidate, text: str, pub_year: int | None) -> dict[str, Any] | None:
    """What a candidate says, or None when its context rules it out."""
    lex = lexicon()
    g = c.groups
    before = [_strip_conj(w) for w in _words_before(text, c.start - len(_clitic_before(text, c.start)))]
    after = _words_after(text, c.end)
    clitic = _clitic_before(text, c.start)
    if c.rule == "date":
        day: int | None
        if "ghurra" in g:
            day = 1
        elif "dnum" in g:
            day = int(g["dnum"])
        else:
            if before and _ordinal_blocked(before[-1]):
                return None  # الأسبوع الأول من ديسمبر: a week, not the 1st; مدينة السادس من أكتوبر: a town
            day = ordinal_days().get(" ".join(_swallowed(g["dord"]).split()))
        if not day or not 1 <= day <= 31:
            return None
        sem: dict[str, Any] = {"type": "date", "day": day, "rel": _rel(g.get("rel"))}
        if "cur" in g:
            sem["month_rel"] = _rel(g.get("currel"))
        else:
            sem["month"] = _month_num(g["m1"])
        sem["year"] = int(g["year"]) if "year" in g else None
        sem["pod"] = _pod("pod", g.get("pod"))
        return sem
    if c.rule == "month":
        if len(before) == 3 and before[1] in ordinal_days() and before[0] in lex.table("date_name_before"):
            return None  # مدينة السادس من أكتوبر، حرب السادس من أكتوبر: the month of a name
        has_prep = bool(before) and before[-1] in lex.table("month_prep")
        if " ".join(g["m1"].split()) in lex.table("month_ambiguous") and "m2" not in g:
            has_prep = False  # في إب (the city), not في آب (August)
        if not ("year" in g or "rel" in g or "mod" in g or "shahr" in g or "m2" in g or has_prep):
            return None
        if "m2" in g and _month_num(g["m2"]) != _month_num(g["m1"]) and not ("year" in g or has_prep):
            return None  # two different month names side by side: a list, not a bilingual pair
        return {
            "type": "month",
            "month": _month_num(g["m1"]),
            "year": int(g["year"]) if "year" in g else None,
            "rel": _rel(g.get("rel")),
        }
    if c.rule == "year":
        y = int(g["year"])
        following = text[c.end : c.end + 12]
        if re.match(r"\s*(?:ه|هجري|للهجر)(?!\w)", following):
            return {"type": "vague", "what": "hijri year"}
        explicit = "aam" in g or "mundh" in g or "mod" in g or "ad" in g
        if explicit:
            return {"type": "year", "year": y} if 1000 <= y <= 2200 else None
        hi = (pub_year + 10) if pub_year else 2100
        if not 1900 <= y <= hi:
            return None
        if before and (
            before[-1] in lex.table("year_block_before") or " ".join(before[-2:]) in lex.table("year_block_before")
        ):
            return None
        if after and (after[0] in lex.table("year_block_after") or _lookup("year_block_after", after[0])):
            return None
        if before and before[-1] in (",", ".", "/") and len(before) > 1 and before[-2].isdigit():
            return None  # 1,2016 or 3.2016 or 12/2016: part of a number
        if re.match(r"[/.]\d", text[c.end : c.end + 2]):
            return None  # 2016/13/45: part of a number that is not a valid date
        return {"type": "year", "year": y}
    if c.rule == "numeric":
        a, b, cc = g["a"], g["b"], g["c"]
        if len(a) == 4:
            y, m, d = int(a), int(b), int(cc)
        elif len(cc) == 4:
            d, m, y = int(a), int(b), int(cc)
        else:
            return None
        if resolve.valid_date(y, m, d) is None or not 1900 <= y <= 2200:
            return None
        return {"type": "date", "day": d, "month": m, "year": y, "rel": None}
    if c.rule == "weekday":
        if "deic" in g and clitic and clitic[-1] in "بلك" and not g["deic"].startswith("ال"):
            return None
        deic = g.get("deic")
        offset = None
        if deic:
            row = _lookup("deictic", deic) or _lookup("deictic", "يوم " + deic.split()[-1])
            offset = int(row[0]) if row else None
        return {
            "type": "weekday",
            "wd": lex.weekdays[_ta(_swallowed(g["wd"]))],
            "rel": _rel(g.get("rel")),
            "offset": offset,
            "pod": _pod("pod", g.get("pod")) or _pod("pod_adv", g.get("podsuf")),
            "earlier": "pre" in g,
        }
    if c.rule == "deictic":
        word = " ".join(_swallowed(g.get("deic") or g.get("deicpod", "")).split())
        if clitic and clitic[-1] in "بلك" and not word.startswith("ال"):
            return None
        if "deicpod" in g:
            row = _lookup("deictic_after_pod", word)
            if row is None:  # a word the grammar matched but the table lacks: not a date, not a crash
                return None
            offset, extra = int(row[0]), None
        else:
            row = _lookup("deictic", word)
            if row is None:
                return None
            offset, extra = int(row[0]), (row[1] if len(row) > 1 and row[1] else None)
        prev = before[-1] if before else ""
        nxt = after[0] if after else ""
        if word == "اليوم" and "pod1" not in g and "pre" not in g:
            if prev in lex.table("today_block_before") or nxt in lex.table("today_block_after"):
                return None
            if nxt.startswith("ال") or (nxt.isdigit()):
                return None  # اليوم التالي، اليوم الأول …: another day
            if before and f"{prev} اليوم" in lex.table("media_today"):
                return None
        if word == "الليلة" and (prev in lex.table("today_block_before") or nxt.startswith("ال")):
            return None
        if word == "الان" and (prev in lex.table("now_block_before") or nxt in lex.table("today_block_after")):
            return None  # (في الآن ذاته / نفسه: "at the same time", no date)
        pod = _pod("pod", g.get("pod") or g.get("pod1")) or _pod("pod_adv", g.get("podsuf")) or extra
        return {"type": "deictic", "offset": offset, "pod": pod}
    if c.rule == "period":
        unit_row = _lookup("period", g["unit"])
        if unit_row is None:
            return None
        unit = unit_row[0]
        if "rel" not in g and "this" not in g and "mod" not in g:
            return None
        prev = before[-1] if before else ""
        if "rel" not in g and "this" not in g and after and after[0] in _OTHER_YEARS:
            return None  # "بداية العام المالي / الدراسي": a fiscal or school year, no calendar one
        # (a part of the period with no word of which one is the current one: "منذ مطلع العام"، "نهاية الشهر")
        rel = 0 if "this" in g or "rel" not in g else _rel(g["rel"])
        if unit == "year" and "this" not in g and "mod" not in g and not clitic and prev.startswith("ال"):
            # الأمين العام الحالي، المدير العام المقبل: العام is an adjective of the noun before it
            if prev in lex.table("aam_adjective_head") or (rel != -1 and _lookup("rel", prev) is None):
                return None
        if rel is None:
            return None
        return {"type": "period", "unit": unit, "rel": rel}
    if c.rule == "ago":
        if clitic and clitic[-1] in "بلك":
            return None
        if after and (after[0] == "من" or (g["op"] == "بعد" and after[0] in ("علي", "عن"))):
            return None  # قبل يومين من الانتخابات، بعد يومين على الهجوم: relative to another event
        unit_row = _lookup("unit", g["unit"])
        if unit_row is None:
            return None
        unit, implied = unit_row[0], (int(unit_row[1]) if len(unit_row) > 1 and unit_row[1] else None)
        if unit == "decade" and "num" not in g and after and after[0].startswith("ال"):
            return None  # "قبل عقد القمة": before holding the summit (عقد + its object), no decade
        approx_row = _lookup("approx", g["approx"]) if "approx" in g else ["ok"]
        if approx_row is None:
            return None
        approx = approx_row[0]
        n = _num(" ".join(g["num"].split())) if "num" in g else implied
        op = g["op"]
        sem = {"type": "ago", "unit": unit, "n": n, "sign": 1 if op == "بعد" else -1, "op": op}
        if approx == "vague" or n is None:
            sem["vague"] = "vague"
        elif op == "منذ" and unit != "day":
            sem["vague"] = "duration"  # الحرب الدائرة منذ ثلاث سنوات: a duration, not a date
        elif unit in ("week", "hour"):
            sem["vague"] = unit
        return sem
    if c.rule == "clock":
        h = g["h"]
        hour = re.match(r"\d+", h)
        if hour and int(hour.group()) > 24:
            return None
        return {"type": "clock", "pod": _pod("pod_adv", g.get("podsuf"))}
    if c.rule == "hijri":
        hm = _lookup("hijri", g["hm"])
        if hm is None:
            return None
        m = int(hm[0])
        if "hy" not in g and m == 2:
            return {"type": "vague", "what": "صفر without a year is a score (3 صفر), not Safar"}
        year = int(g["hy"]) if "hy" in g else None  # None: the Hijri year nearest the publication date
        # العاشر من رمضان: an ordinal day, as in Gregorian dates (not in a name: بالعاشر من رمضان)
        if "dord" in g and ((before and _ordinal_blocked(before[-1])) or clitic.endswith("ب")):
            return None
        hday = int(g["dnum"]) if "dnum" in g else ordinal_days().get(" ".join(_swallowed(g["dord"]).split()))
        if not hday or not 1 <= hday <= 30:
            return None
        return {"type": "hijri", "day": hday, "month": m, "year": year}
    if c.rule == "pod_def":
        prev = before[-1] if before else ""
        if prev not in lex.table("pod_def_prep") or clitic:
            return None
        if after and after[0].startswith("ال"):
            return None  # العصر الحديث: the era, not the afternoon
        return {"type": "clock", "pod": _pod("pod_def", g["poddef"])}
    return None


# ----------------------------------------------------------------------------------------------- future clauses


def _is_future_verb(word: str) -> bool:
    lex = lexicon()
    w = _strip_conj(word)
    if w in lex.table("future_verb"):
        return True
    if len(w) < 5 or w[0] != "س" or w[1] not in "يتنا":
        return False
    return not any(w.startswith(p) for p in lex.table("not_future"))


# A scheduled plan reaches further than a future verb: "ومن المقرر أن يلتقي أردوغان نظيره الروسي فلاديمير بوتين
# في مدينة سوتشي الروسية، الثلاثاء" (the weekday twelve words after the cue). Only as "من المقرر": the adjective
# (افتتاح السفارة المقرر، الاثنين، بعد اعتراف ترامب في ديسمبر) reaches no further than other cues.
_PLAN_CUES = frozenset(("المقرر", "المزمع"))
_PLAN_WINDOW = 14


_SCARE_QUOTE_WORDS = 3


def future_clause(text: str, clause_start: int, pos: int, window: int = 8) -> bool:
    """True when the words before ``pos`` in its sentence put it in the future (ستبدأ … الأربعاء).

    Scans back at most ``window`` words, stopping at clause punctuation (not commas); the nearest future cue wins
    unless كان / كانت stands just before it (كان من المقرر أن …: a past plan).
    """
    lex = lexicon()
    words = _WORD.findall(text[clause_start:pos])
    seen = 0
    quoted_until = len(words)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if i >= quoted_until:
            continue
        if w == '"' and '"' in words[max(0, i - _SCARE_QUOTE_WORDS - 1) : i]:
            # سيعلن عن "إطار" النموذج، الجمعة: a short quoted phrase does not end the clause, and what is
            # inside it is someone's words, not this clause's tense
            quoted_until = max(j for j in range(max(0, i - _SCARE_QUOTE_WORDS - 1), i) if words[j] == '"')
            seen += 1
            continue
        if w in _CLAUSE_STOP:
            return False
        if not w[0].isalpha():
            continue
        seen += 1
        sw = _strip_conj(w)
        if seen > window:
            if seen > _PLAN_WINDOW:
                return False
            if not (sw in _PLAN_CUES and i > 0 and words[i - 1] in ("من", "ومن")):
                continue
        if sw in lex.table("future") or w in lex.table("future") or _is_future_verb(w):
            prior = [_strip_conj(x) for x in words[max(0, i - 3) : i]]
            return not any(p in lex.table("past_aux") for p in prior)
        if sw in lex.table("past_aux"):
            return False
    return False


# ----------------------------------------------------------------------------------------------- resolution


def _nearest_hijri(month: int, day: int, pub: dt.date | None) -> dt.date | None:
    """15 رمضان without a year: the occurrence nearest the publication date (news is about the last weeks and
    the next ones, not about a Ramadan a year away)."""
    if pub is None:
        return None
    hy = resolve.gregorian_to_hijri_year(pub)
    if hy is None:
        return None
    days = [d for y in (hy - 1, hy, hy + 1) if (d := resolve.hijri_to_gregorian(y, month, day)) is not None]
    return min(days, key=lambda d: (abs((d - pub).days), d > pub)) if days else None


def _resolve(e: Expr, pub: dt.date | None, anchor: str | None) -> None:
    s = e.sem
    t = s["type"]
    e.part_of_day = s.get("pod")
    if t == "vague":
        e.emit, e.reason = False, s.get("what", "vague")
        return
    if t == "year":
        e.value, e.precision = f"{s['year']:04d}", "year"
        return
    if t == "hijri":
        if s["year"] is None:
            day = _nearest_hijri(s["month"], s["day"], pub)
            if day is None:
                e.emit, e.reason = False, "hijri day without year or publication date"
                return
            e.value, e.precision = day.isoformat(), "day"
            return
        day = resolve.hijri_to_gregorian(s["year"], s["month"], s["day"])
        if day is None:
            e.emit, e.reason = False, "hijri date out of range"
            return
        e.value, e.precision = day.isoformat(), "day"
        return
    if t == "date":
        y, m = s.get("year"), s.get("month")
        if "month_rel" in s:
            if pub is None or s["month_rel"] is None:
                e.emit, e.reason = False, "relative month without publication date"
                return
            y, m = resolve.add_months(pub.year, pub.month, s["month_rel"])
        if m is None:  # a month word the lexicon lacks
            e.emit, e.reason = False, "no month"
            return
        if y is None:
            if pub is None:
                e.emit, e.reason = False, "no year and no publication date"
                return
            y = resolve.month_year(pub, m, s["day"], s.get("rel"), e.future)
        day = resolve.valid_date(y, m, s["day"])
        if day is None:
            e.emit, e.reason = False, "invalid date"
            return
        e.value, e.precision = day.isoformat(), "day"
        return
    if t == "month":
        y, m = s.get("year"), s["month"]
        if y is None:
            if pub is None:
                e.emit, e.reason = False, "no year and no publication date"
                return
            y = resolve.month_year(pub, m, None, s.get("rel"), e.future)
        e.value, e.precision = f"{y:04d}-{m:02d}", "month"
        return
    if pub is None:
        e.emit, e.reason = False, "relative expression without publication date"
        return
    if t == "weekday":
        if s["offset"] is not None:
            # "اليوم الخميس"، "بعد غد السبت": the weekday named decides, nearest to the deictic day (a report dated
            # just after midnight still says "اليوم الخميس" of the Thursday it tells)
            near = pub + dt.timedelta(days=s["offset"])
            delta = (s["wd"] - near.weekday()) % 7
            day = near + dt.timedelta(days=delta - 7 if delta > 3 else delta)
        elif e.link is not None and e.link.precision == "day" and e.link.value and s["rel"] is None:
            first = dt.date.fromisoformat(e.link.value)
            day = first + dt.timedelta(days=(s["wd"] - first.weekday()) % 7)
        else:
            rel = s["rel"]
            mode = {-1: "past_strict", 1: "future_strict"}.get(rel, "future" if e.future else "past")
            day = resolve.weekday(pub, s["wd"], mode)
        e.value, e.precision = day.isoformat(), "day"
        return
    if t == "deictic":
        e.value, e.precision = (pub + dt.timedelta(days=s["offset"])).isoformat(), "day"
        return
    if t == "clock":
        e.value, e.precision = anchor or pub.isoformat(), "day"
        return
    if t == "period":
        out = resolve.shift(pub, s["unit"], s["rel"])
        if out is None:
            e.emit, e.reason = False, "out of range"
            return
        e.value, e.precision = out
        if s["unit"] == "week":
            e.emit, e.reason = False, "week"
        return
    if t == "ago":
        if s["sign"] > 0 and not e.future and not s.get("vague"):
            # لكن بعد شهر، ردت …: بعد + duration outside a future clause counts from the story, not publication
            s = dict(s, vague="after an event")
        if s.get("vague"):
            e.emit, e.reason = False, s["vague"]
            if s["vague"] in ("duration", "week") and s.get("n"):
                out = resolve.shift(pub, s["unit"], s["sign"] * s["n"])
                if out:
                    e.value, e.precision = out
            return
        out = resolve.shift(pub, s["unit"], s["sign"] * s["n"])
        if out is None:
            e.emit, e.reason = False, "out of range"
            return
        e.value, e.precision = out
        return
    e.emit, e.reason = False, f"unknown type {t}"


# ----------------------------------------------------------------------------------------------- driver


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (then the higher-priority rule, then the leftmost)."""
    chosen: list[Candidate] = []
    taken = bytearray(max((c.end for c in cands), default=0))  # 1 where a chosen candidate already lies
    for c in sorted(cands, key=lambda c: (-c.length, PRIORITY.get(c.rule, 9), c.start)):
        if 1 in taken[c.start : c.end]:
            continue
        chosen.append(c)
        taken[c.start : c.end] = b"\x01" * c.length
    return sorted(chosen, key=lambda c: c.start)


def _sentence_bounds(text: str, sentences: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if sentences:
        return sentences
    from marsad.text.sentences import split_sentences

    return [(s.start, s.end) for s in split_sentences(text)]


def _original_span(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    a, b = nt.to_original(start, end)
    orig = nt.original
    while b < len(orig) and orig[b] in _TRAILING_MARKS:  # keep the tanwin of غداً، مساءً inside the span
        b += 1
    return a, b


def find_times(
    text: str,
    published: str | dt.date | None = None,
    *,
    sentences: list[tuple[int, int]] | None = None,
    blocked: list[tuple[int, int]] | None = None,
) -> tuple[list[TimeExpression], list[dict[str, Any]]]:
    """Date expressions of ``text`` resolved against ``published``: (emitted, kept-but-not-emitted).

    ``sentences``: sentence ranges of the original text (computed when absent). ``blocked``: original ranges
    (named entities such as روسيا اليوم) in which a word-only expression is not a date.
    """
    pub = dt.date.fromisoformat(published) if isinstance(published, str) else published
    nt = normalize(text)
    ntext = nt.text
    exprs: list[Expr] = []
    for c in _select(_candidates(ntext, pub)):
        sem = c.groups.pop("_sem")
        exprs.append(Expr(c, c.start, c.end, sem))  # type: ignore[arg-type]
    if blocked:
        exprs = [e for e in exprs if not _blocked(e, nt, blocked)]
    exprs = _link_ranges(exprs, ntext)
    bounds = _sentence_bounds(text, sentences)

    starts = [a for a, _ in bounds]

    def sentence_of(orig_pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, orig_pos) - 1
        if i >= 0 and bounds[i][0] <= orig_pos < bounds[i][1]:
            return bounds[i]
        return 0, len(text)

    emitted: list[TimeExpression] = []
    pairs: list[tuple[Expr, TimeExpression]] = []
    internal: list[dict[str, Any]] = []
    last_day: dict[tuple[int, int], str] = {}
    for e in exprs:
        oa, ob = _original_span(nt, e.start, e.end)
        sent = sentence_of(oa)
        if e.link is not None:
            e.future = e.link.future
        else:
            window = normalize_string(text[max(sent[0], oa - 240) : oa])  # the cue window is 8 words
            e.future = future_clause(window, 0, len(window))
        try:
            _resolve(e, pub, last_day.get(sent))
        except (OverflowError, ValueError):  # a publication date at the edge of the calendar (year 1 or 9999)
            e.emit, e.reason, e.value = False, "out of range", None
        if e.value and not _ISO.match(e.value):
            e.emit, e.reason, e.value = False, "out of range", None
        if e.emit and e.value and e.precision == "day" and e.sem["type"] != "clock":
            last_day[sent] = e.value
        if e.emit and e.value:
            te = TimeExpression(oa, ob, text[oa:ob], e.value, e.precision or "day", e.part_of_day)  # type: ignore[arg-type]
            emitted.append(te)
            pairs.append((e, te))
        else:
            internal.append(
                {
                    "start": oa,
                    "end": ob,
                    "text": text[oa:ob],
                    "value": e.value,
                    "precision": e.precision,
                    "reason": e.reason,
                }
            )
    _fill_alternatives(pairs)
    return emitted, internal


def _candidates(ntext: str, pub: dt.date | None) -> list[Candidate]:
    out = []
    for c in scan(ntext):
        sem = _meaning(c, ntext, pub.year if pub else None)
        if sem is None:
            continue
        c.groups["_sem"] = sem  # type: ignore[assignment]
        out.append(c)
    return out


# A month expression with a year or in the double Levantine/Gregorian form is never a name.
_MONTH_UNAMBIGUOUS = re.compile(r"[0-9\u0660-\u0669/]")


def _blocked(e: Expr, nt: NormalizedText, blocked: list[tuple[int, int]]) -> bool:
    if e.sem["type"] not in ("deictic", "weekday", "month", "clock"):
        return False
    if e.sem["type"] == "month" and _MONTH_UNAMBIGUOUS.search(nt.text, e.start, e.end):
        return False  # نيسان/أبريل 2017 is a date even where NER took نيسان (also a car maker) for a name
    a, b = nt.to_original(e.start, e.end)
    return any(a < y and x < b for x, y in blocked)


def _link_ranges(exprs: list[Expr], ntext: str) -> list[Expr]:
    """Pairs: ليل الخميس (إلى) الجمعة and مساء الثلاثاء أو صباح الأربعاء; بين 22 و23 مايو gives the 22 its month."""
    out: list[Expr] = []
    for i, e in enumerate(exprs):
        prev = exprs[i - 1] if i else None
        if prev is not None and e.sem["type"] == prev.sem["type"] == "weekday":
            gap = ntext[prev.end : e.start]
            if _RANGE_GAP.match(gap) and "\n" not in gap:
                e.link = prev
                e.alternative = "او" in gap
        if e.sem["type"] == "date" and e.cand.rule == "date" and "dnum" in e.cand.groups:
            # a chain of bare day numbers before the date: أيام 3 و4 و5 مارس
            chain: list[Expr] = []
            pos = e.start
            floor = out[-1].end if out else 0
            while len(chain) < 6:
                m = _DAY_RANGE.search(ntext, max(floor, pos - 12), pos)
                if not m or not 1 <= int(m.group("d")) <= 31:
                    break
                chain.insert(0, Expr(e.cand, m.start("d"), m.end("d"), dict(e.sem, day=int(m.group("d")))))
                pos = m.start("d")
            out.extend(chain)
        out.append(e)
    return out


def _fill_alternatives(pairs: list[tuple[Expr, TimeExpression]]) -> None:
    """مساء الثلاثاء أو صباح الأربعاء: each member lists the other's value as an alternative reading."""
    for e, _ in pairs:
        if e.alternative and e.link is not None and e.value and e.link.value:
            e.alternatives.append(e.link.value)
            e.link.alternatives.append(e.value)
    for e, te in pairs:
        te.alternatives = list(e.alternatives)


class TimeTagger:
    """Pipeline component: fills ``doc.times`` (FORMAT.md ``times``) from the text and ``doc.published``."""

    name = "times"
    requires: tuple[str, ...] = ("sentences",)
    assigns: tuple[str, ...] = ("times",)

    def __init__(self, *, overwrite: bool = True) -> None:
        self.overwrite = overwrite

    def __call__(self, doc: Document) -> Document:
        if doc.times and not self.overwrite:
            return doc
        # a place of two words or more holds no date (سوق الجمعة in Tripoli); a one-word LOC on a weekday is
        # more likely the tagger's slip than a place
        blocked = [
            (e.start, e.end)
            for e in doc.entities
            if e.type in ("ORG", "PER", "MISC") or (e.type == "LOC" and " " in e.text)
        ]
        emitted, internal = find_times(
            doc.text,
            doc.published,
            sentences=[(s.start, s.end) for s in doc.sentences],
            blocked=blocked,
        )
        doc.times = emitted
        doc.user_data["times.internal"] = internal
        return doc
