"""How each kind of time expression found by :mod:`redline.dates` resolves to a value.

Pure functions of a regex match, the publication date and a tense oracle; no I/O.
Values are ISO strings: "YYYY-MM-DD" (day), "YYYY-MM" (month), "YYYY" (year); a
range has ``value`` and ``value_end`` in one of those forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

Tense = Callable[[], str | None]

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")  # fmt: skip
MONTHS = {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}  # fmt: skip
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3}  # fmt: skip
# month span of a modifier: "early 2022" = January..April
MOD_MONTHS = {
    "early": (1, 4), "earlier": (1, 4), "the beginning of": (1, 1), "the start of": (1, 1),
    "mid": (5, 8), "the middle of": (5, 8), "late": (9, 12), "later": (9, 12),
    "the end of": (12, 12), "the first half of": (1, 6), "the second half of": (7, 12),
    "the turn of": (1, 1),
}  # fmt: skip
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
           "winter": (12, 2)}  # fmt: skip
REL_STEP = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the previous": -1,
            "the past": -1, "this": 0, "the": 0, "next": 1, "coming": 1}  # fmt: skip
FUTURE_WORDS = frozenset(
    [
        "will",
        "'ll",
        "shall",
        "scheduled",
        "planned",
        "upcoming",
        "expected",
        "proposed",
        "forthcoming",
        "due",
        "set",
        "ahead",
        "plan",
        "plans",
        "planning",
        "schedule",
        "coming",
        "next",
    ]
)
REPORTING = frozenset(
    [
        "say",
        "tell",
        "claim",
        "insist",
        "deny",
        "accuse",
        "report",
        "add",
        "note",
        "warn",
        "write",
        "argue",
        "believe",
        "be",
        "have",
        "show",
        "suggest",
    ]
)
_FUTURE_TEXT = re.compile(
    r"\b(?:will|'ll|shall|scheduled|planned|upcoming|ahead of|expected to|set to|due to"
    r"|plans? to|is to|are to|going to)\b",
    re.IGNORECASE,
)
_PAST_TEXT = re.compile(r"\b(?:said|was|were|had|did|told|\w+ed)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Res:
    value: str | None
    precision: str | None
    reason: str | None = None
    value_end: str | None = None
    relative: bool = False  # resolved against the publication date


def parse_published(published: str | None) -> tuple[date | None, str]:
    if not published:
        return None, "no publication date to resolve a relative expression"
    try:
        return date.fromisoformat(str(published)[:10]), ""
    except ValueError:
        return None, f"invalid publication date {published!r}"


def _g(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def month_of(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def ymd(y: int, mo: int, d: int) -> Res:
    try:
        return Res(date(y, mo, d).isoformat(), "day")
    except ValueError:
        return Res(None, None, f"impossible date: {y:04d}-{mo:02d}-{d:02d}")


def ym(y: int, mo: int) -> str:
    return f"{y:04d}-{mo:02d}"


def add_months(y: int, mo: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (mo - 1) + k
    return idx // 12, idx % 12 + 1


def month_range(y: int, m1: int, m2: int) -> Res:
    if m1 == m2:
        return Res(ym(y, m1), "month")
    y2 = y + 1 if m2 < m1 else y
    return Res(ym(y, m1), "range", value_end=ym(y2, m2))


def day_range(a: date, b: date) -> Res:
    return Res(a.isoformat(), "range", value_end=b.isoformat(), relative=True)


def rel(res: Res) -> Res:
    return Res(res.value, res.precision, res.reason, res.value_end, True)


def year_for_month(mo: int, pub: date, tense: str | None) -> int:
    """The year of a month named without one: by tense, else the nearest."""
    if tense == "past":
        return pub.year if mo <= pub.month else pub.year - 1
    if tense == "future":
        return pub.year if mo >= pub.month else pub.year + 1
    diff = mo - pub.month
    if diff > 6:
        return pub.year - 1
    if diff < -6:
        return pub.year + 1
    return pub.year


def weekday_date(wd: int, pub: date, direction: str, strict: bool) -> date:
    if direction == "future":
        delta = (wd - pub.weekday()) % 7
        return pub + timedelta(days=delta or (7 if strict else 0))
    delta = (pub.weekday() - wd) % 7
    return pub - timedelta(days=delta or (7 if strict else 0))


# ----- tense ---------------------------------------------------------------------------


def tense_from_parse(tok: Token) -> str | None:
    """Future if a future cue governs the span, past for a past-tense governing verb."""
    cur = tok
    for _ in range(8):
        words = {c.lower_ for c in cur.children if c.dep_ in ("aux", "amod", "advmod")}
        if cur.lower_ in FUTURE_WORDS or words & FUTURE_WORDS:
            return "future"
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "aux"):
            return _verb_tense(cur)
        if cur.head is cur:
            break
        cur = cur.head
    return None


def _verb_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "'ll", "shall", "wo") for a in auxes):
        return "future"
    if verb.lemma_ in ("plan", "schedule", "expect", "set", "due"):
        return "future"
    if (
        any(
            c.dep_ == "xcomp" and c.lemma_ in ("meet", "hold", "travel", "visit")
            for c in verb.children
        )
        and verb.lemma_ == "be"
    ):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in REPORTING:
        return "future"  # "the pact expires in February", "the summit opens Tuesday"
    return None


def tense_from_text(text: str, start: int, end: int) -> str | None:
    lo = max(text.rfind(". ", max(0, start - 80), start) + 1, start - 80)  # bounded search
    window = text[lo : min(len(text), end + 40)]
    if _FUTURE_TEXT.search(window):
        return "future"
    return "past" if _PAST_TEXT.search(window) else None


# ----- resolvers -----------------------------------------------------------------------


def r_ymd(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    return ymd(int(m["y"]), int(m["m"]), int(m["d"]))


def r_mdy(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    return ymd(int(m["y"]), month_of(m["mon"]), int(m["d"]))


def r_md(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    mo, d = month_of(m["mon"]), int(m["d"])
    if not 1 <= d <= 31:
        return Res(None, None, f"impossible day {d}")
    res = ymd(year_for_month(mo, pub, tense()), mo, d)
    if res.value is None and mo == 2 and d == 29:
        return res
    return rel(res)


def r_my(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    return Res(ym(int(m["y"]), month_of(m["mon"])), "month")


def r_mod_year(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    m1, m2 = MOD_MONTHS[m["mod"].lower()]
    if (m1, m2) == (1, 1) and m["mod"].lower() == "the turn of":
        return Res(m["y"], "year")
    return month_range(int(m["y"]), m1, m2)


def r_month_alone(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    mo = month_of(m["mon"])
    prep = (_g(m, "prep") or "").lower()
    step = REL_STEP.get((_g(m, "rel") or "").lower())
    if step is None:
        y = year_for_month(mo, pub, "past" if prep == "since" else tense())
    elif step < 0:
        y = pub.year if mo < pub.month else pub.year - 1
    elif step > 0:
        y = pub.year if mo > pub.month else pub.year + 1
    else:
        y = pub.year
    if prep == "since":
        return Res(ym(y, mo), "range", value_end=ym(pub.year, pub.month), relative=True)
    return Res(ym(y, mo), "month", relative=True)


def r_year_range(m: re.Match[str], pub: date | None, tense: Tense) -> Res | None:
    y1, y2s = int(m["y1"]), m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1:
        return None
    return Res(str(y1), "range", value_end=str(y2))


def r_year(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    y = int(m["y"])
    if m["s"]:
        return Res(str(y), "range", value_end=str(y + 9 if y % 10 == 0 else y))
    if (_g(m, "prep") or "").strip().lower() == "since":
        end = str(pub.year) if pub else None
        return Res(str(y), "range", value_end=end)
    return Res(str(y), "year")


_REL_DAY = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
            "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "tomorrow": 1, "the day after tomorrow": 2}  # fmt: skip


def r_rel_day(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    off = _REL_DAY[" ".join(m["w"].lower().split())]
    return Res((pub + timedelta(days=off)).isoformat(), "day", relative=True)


def r_weekday(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    wd = WEEKDAYS[m["wd"].lower()]
    step = REL_STEP.get((_g(m, "rel") or "").lower())
    if step is None or step == 0:
        t = tense()
        direction = t if t else ("future" if step == 0 else "past")
        strict = False
    else:
        direction, strict = ("future" if step > 0 else "past"), True
    return Res(weekday_date(wd, pub, direction, strict).isoformat(), "day", relative=True)


def week_of(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def r_rel_period(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    unit, relw = m["unit"].lower(), " ".join(m["rel"].lower().split())
    mod = (_g(m, "mod") or "").lower()
    if relw in ("the past", "past") and unit in ("week", "month", "year"):
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return day_range(pub - timedelta(days=days), pub)
    step = REL_STEP.get(relw, 0)
    if unit in SEASONS:
        return rel(_season(unit, pub, step))
    if unit == "weekend" and step == 0 and pub.weekday() < 5 and tense() == "past":
        step = -1  # "took to the streets this weekend" on a Monday: the weekend just gone
    if unit in ("week", "weekend"):
        return _week(unit, pub, step, mod)
    if unit == "month":
        y, mo = add_months(pub.year, pub.month, step)
        return Res(ym(y, mo), "month", relative=True)
    return _year(pub, step, mod)


def _week(unit: str, pub: date, step: int, mod: str) -> Res:
    monday, sunday = week_of(pub + timedelta(days=7 * step))
    if unit == "weekend":
        return day_range(monday + timedelta(days=5), sunday)
    if step == 0 and mod in ("earlier", "early"):
        return day_range(monday, pub)
    if step == 0 and mod in ("later", "late"):
        return day_range(pub, sunday)
    return day_range(monday, sunday)


def _year(pub: date, step: int, mod: str) -> Res:
    y = pub.year + step
    if step == 0 and mod == "earlier":
        return rel(month_range(y, 1, pub.month))
    if step == 0 and mod == "later":
        return rel(month_range(y, pub.month, 12))
    if mod in MOD_MONTHS:
        return rel(month_range(y, *MOD_MONTHS[mod]))
    return Res(str(y), "year", relative=True)


def _season(unit: str, pub: date, step: int) -> Res:
    m1, m2 = SEASONS[unit]
    y = pub.year
    if step < 0:
        y = y if pub.month > m2 and m2 >= m1 else y - 1
    elif step > 0:
        y = y if pub.month < m1 else y + 1
    if m2 < m1 and step == 0 and pub.month <= m2:
        y -= 1
    return month_range(y, m1, m2)


def r_ago(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    n_txt = m["n"].lower()
    n = int(n_txt) if n_txt.isdigit() else NUMBER_WORDS.get(n_txt, 1)
    unit = m["unit"].lower().rstrip("s")
    if unit == "day":
        return Res((pub - timedelta(days=n)).isoformat(), "day", relative=True)
    if unit == "week":
        return day_range(*week_of(pub - timedelta(days=7 * n)))
    if unit == "month":
        return Res(ym(*add_months(pub.year, pub.month, -n)), "month", relative=True)
    years = n * (10 if unit == "decade" else 1)
    return Res(str(pub.year - years), "year", relative=True)


def r_end_of(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    step = REL_STEP.get(m["rel"].lower(), 0)
    pos, unit = m["pos"].lower(), m["unit"].lower()
    if unit == "year":
        key = {"end": "the end of", "middle": "the middle of"}.get(pos, "the start of")
        return rel(month_range(pub.year + step, *MOD_MONTHS[key]))
    if unit == "month":
        return Res(ym(*add_months(pub.year, pub.month, step)), "month", relative=True)
    return _week("week", pub, step, "")


def r_recent(m: re.Match[str], pub: date | None, tense: Tense) -> Res:
    assert pub is not None
    days = {"days": 7, "weeks": 28, "months": 90, "years": 3 * 365}[m["unit"].lower()]
    if m["rel"].lower() in ("coming", "next"):
        return day_range(pub, pub + timedelta(days=days))
    return day_range(pub - timedelta(days=days), pub)


_RESOLVERS: dict[str, Callable[[re.Match[str], date | None, Tense], Res | None]] = {
    "ymd": r_ymd, "mdy_num": r_ymd, "mdy": r_mdy, "md": r_md, "my": r_my,
    "mod_year": r_mod_year, "mod_mon": r_month_alone, "rel_mon": r_month_alone,
    "ctx_mon": r_month_alone, "att_mon": r_month_alone, "year_range": r_year_range, "year": r_year,
    "rel_day": r_rel_day, "weekday": r_weekday, "rel_period": r_rel_period, "ago": r_ago,
    "end_of": r_end_of, "recent": r_recent,
}  # fmt: skip
_ABSOLUTE = frozenset({"ymd", "mdy_num", "mdy", "my", "mod_year", "year_range", "year"})


def resolve(
    kind: str, m: re.Match[str], pub: date | None, pub_problem: str, tense: Tense
) -> Res | None:
    """The value of one match; a relative expression without a publication date is None."""
    if pub is None and kind not in _ABSOLUTE:
        return Res(None, None, pub_problem)
    try:
        return _RESOLVERS[kind](m, pub, tense)
    except (ValueError, OverflowError, KeyError) as exc:
        return Res(None, None, f"unresolvable: {exc}")
