"""Attach dates, places and quantities to the events they belong to.

Each event looks only at its own clause: the words governed by the same clause head
(the verb of a main, complement, adverbial or relative clause) as its trigger, so
"Putin, who invaded Crimea in 2014, said on Friday ..." gives the invasion 2014 and the
statement Friday. Among several candidates the one nearest to the trigger in the
dependency tree wins. An event with no time words takes the publication date and says
so (``date_precision="publication"``); a historical event takes the year its clause or
sentence names, never the publication date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TypeVar

from spacy.tokens import Doc, Token

from redline.dates import TimeExpr
from redline.events.history import (
    NOUN_LINKS,
    is_background,
    noun_attached,
    older_than_a_year,
    simple_past,
)
from redline.model import Event, Place, Quantity
from redline.news_day import days_back, news_day, with_news_day

CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"})
_MAX_DEPTH = 40
R = TypeVar("R", TimeExpr, Place, Quantity)


def attach_context(
    events: Sequence[Event],
    doc: Doc,
    *,
    dates: Sequence[TimeExpr],
    places: Sequence[Place],
    quantities: Sequence[Quantity],
    published: str | None,
) -> list[Event]:
    """The events with ``date``/``date_text``/``date_precision``, ``location``, ``quantities``."""
    if not events or len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return [_publication(e, published) for e in events]
    anchors = _Anchors(doc)
    out = []
    for ev in events:
        trig = anchors.token(ev.trigger.start, ev.trigger.end)
        if trig is None:
            out.append(_publication(ev, published))
            continue
        own = [d for d in anchors.near(trig, dates) if not anchors.noun_dated(d, trig)]
        ev = _with_date(_dated_history(ev, trig, own, published), anchors, own,
                        anchors.in_sentence(trig, dates), published)  # fmt: skip
        if ev.date_precision == "publication" and simple_past(trig):
            ev = _narrative(ev, trig, dates, published)
        ev = _ahead(ev, published, anchors.dates_verb(trig, own, ev.date_text))
        place = _first(anchors.near(trig, places))
        qty = tuple(q for q in quantities if anchors.belongs(trig, q))
        out.append(dataclasses.replace(ev, location=place or ev.location,
                                       quantities=qty or ev.quantities))  # fmt: skip
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    return with_news_day(out, news_day(dates, sents, published))


def _first(items: list[R]) -> R | None:
    return items[0] if items else None


def _publication(ev: Event, published: str | None) -> Event:
    if ev.modality == "historical":
        return dataclasses.replace(ev, date=None, date_text=None, date_precision=None)
    return dataclasses.replace(ev, date=published, date_text=None,
                               date_precision="publication" if published else None)  # fmt: skip


def _dated_history(ev: Event, trig: Token, own: list[TimeExpr], published: str | None
                   ) -> Event:
    """A past-tense event whose own clause names a date a year or more back is background
    (not "since 2014", which runs up to now); an event noun goes by its clause's verb
    ("Earlier in 2012, the envoy wrote about a visit to Ukraine", r11-16)."""
    verb = clause_head(trig) if trig.pos_ == "NOUN" else trig
    if ev.modality != "asserted" or not own or not simple_past(verb):
        return ev
    first = own[0]
    since = first.text.lower().startswith("since")
    if first.note is None and _absolute(first, published) and not since \
            and older_than_a_year(first.value, published):
        return dataclasses.replace(ev, modality="historical")
    return ev


def _with_date(
    ev: Event, anchors: _Anchors, own: list[TimeExpr], sentence: list[TimeExpr],
    published: str | None
) -> Event:
    if ev.modality == "historical":
        past = [d for d in own + sentence
                if d.value and d.note is None and _absolute(d, published)]
        pick = past[0] if past else None
    else:
        pick = own[0] if own else None
    if pick is None:
        return _publication(ev, published)
    if ev.modality == "historical" and _this_year(pick, published) and anchors.on_noun(pick):
        ev = dataclasses.replace(ev, modality="asserted")
    elif ev.modality == "historical" and pick in own and _not_yet_past(pick, published) and (
            not _background(anchors, ev)):
        ev = dataclasses.replace(ev, modality="asserted")  # "clashed in 2019" in a 2019 story
    return dataclasses.replace(ev, date=full_day(pick.value), date_text=pick.text,
                               date_precision=pick.precision if pick.value else None)  # fmt: skip


def _this_year(d: TimeExpr, published: str | None) -> bool:
    """A day or month within the year before publication: a background clause describing a
    noun so dated ("Trump's July 25 call when he asked ...") is recent news."""
    return d.precision in ("day", "month") and published is not None and d.value is not None \
        and d.value <= published[:10] and not older_than_a_year(d.value, published)


# acts done by saying ("said it would expel them next week" is a threat made now)
SPOKEN_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
AHEAD_DIGITS = {"day": 10, "range": 10, "month": 7, "year": 4}  # what a precision compares


def _ahead(ev: Event, published: str | None, on_trigger: bool) -> Event:
    """An asserted event whose own date lies after publication ("travels to Moscow next
    week", "the summit opens Tuesday", "tariffs take effect on Dec. 15") is still to come:
    intended, as the guidelines code plans and schedules. A date after publication on an
    infinitive or clause below the trigger ("agreed to hold talks next week", "hopes to meet
    him next month"), or on what an act done by saying holds out ("said it would expel them
    next week"), is not the act's: the act is dated as an undated one."""
    if ev.modality != "asserted" or not _is_ahead(ev, published):
        return ev
    if on_trigger and ev.cameo_root not in SPOKEN_ROOTS:
        return dataclasses.replace(ev, modality="intended", hypothetical=True)
    return _publication(ev, published)


def _is_ahead(ev: Event, published: str | None) -> bool:
    """The event's own written date lies after the publication date."""
    value = ev.date if ev.date_precision in AHEAD_DIGITS else None
    if not value or not published or not ev.date_text:
        return False
    n = AHEAD_DIGITS[ev.date_precision or "day"]
    return value[:n] > published[:n]


def _not_yet_past(d: TimeExpr, published: str | None) -> bool:
    """A written year no earlier than the publication's ("in 2019", "during the 2019
    protests", "in March 2019" in a 2019 story): no background a year or more back."""
    return published is not None and d.value is not None and d.note is None \
        and any(ch.isdigit() for ch in d.text) and d.value[:4] >= published[:4]


def _background(anchors: _Anchors, ev: Event) -> bool:
    """The trigger's clause is background by its own shape ("when ...", "years ago")."""
    trig = anchors.token(ev.trigger.start, ev.trigger.end)
    return trig is None or is_background(clause_head(trig) if trig.pos_ == "NOUN" else trig)


def _narrative(ev: Event, trig: Token, dates: Sequence[TimeExpr], published: str | None
               ) -> Event:
    """A past event with no date of its own, told after a recent day named in the sentences
    just before ("on Tuesday ... His refusal was met with laughter"), took place that day."""
    window = trig.doc[max(trig.sent.start - 60, 0)].idx
    recent = [d for d in dates if window <= d.start < trig.idx and d.precision == "day"
              and d.value and published and days_back(d.value, published) in range(1, 5)]
    if not recent:
        return ev
    d = recent[-1]
    return dataclasses.replace(ev, date=d.value, date_text=d.text, date_precision="day")


def full_day(value: str | None) -> str | None:
    """The contract's ``YYYY-MM-DD``: a month or year becomes its first day.

    ``date_precision`` (month, year, range) says how much of it is meant.
    """
    if not value:
        return None
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts))) if len(parts) < 3 else value


def _absolute(d: TimeExpr, published: str | None) -> bool:
    """Names its year ("in 2014", "March 2008") or a whole year a year or more back ("last
    year", "two years ago"; not "this year", "next year"), so it can date a historical event."""
    if d.precision == "year" and len(d.value or "") == 4 and older_than_a_year(d.value, published):
        return True
    return any(ch.isdigit() for ch in d.text) and len(d.value or "") >= 4


class _Anchors:
    """Token lookups for one document: clause heads and dependency distances.

    Every record (date, place, quantity) is looked up once per document, not once per
    event: its token, sentence start and clause head are cached by character span.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._sent_start: list[int] = []
        for sent in doc.sents:
            self._sent_start.extend([sent.start] * len(sent))
        self._info: dict[tuple[int, int], tuple[Token, int, Token] | None] = {}

    def token(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def info(self, start: int, end: int) -> tuple[Token, int, Token] | None:
        """(token, its sentence's start, its clause head) for a character span, cached."""
        key = (start, end)
        if key not in self._info:
            tok = self.token(start, end)
            self._info[key] = (None if tok is None else
                               (tok, self._sent_start[tok.i], clause_head(tok)))  # fmt: skip
        return self._info[key]

    def near(self, trig: Token, records: Sequence[R]) -> list[R]:
        """Records in the trigger's own clause, nearest in the tree first."""
        head = clause_head(trig)
        depth: dict[int, int] | None = None
        sent_start = self._sent_start[trig.i]
        scored = []
        for r in records:
            found = self.info(r.start, r.end)
            if found is None or found[1] != sent_start or found[2] != head:
                continue
            depth = depth if depth is not None else _ancestors(trig)
            scored.append((_distance(found[0], depth), r.start, r))
        return [r for _, _, r in sorted(scored, key=lambda x: (x[0], x[1]))]

    def noun_dated(self, d: TimeExpr, trig: Token) -> bool:
        """The date belongs to a noun phrase, not to the trigger's clause."""
        found = self.info(d.start, d.end)
        return found is not None and noun_attached(found[0], trig)

    def dates_verb(self, trig: Token, own: list[TimeExpr], text: str | None) -> bool:
        """The trigger's date (``text``, one of ``own``) hangs on the trigger itself, not on
        an infinitive below it ("hopes to meet him next month": the meeting's date)."""
        found = next((self.info(d.start, d.end) for d in own if d.text == text), None)
        if found is None:
            return False
        cur = found[0]
        for _ in range(_MAX_DEPTH):
            if cur.i == trig.i:
                return True
            if cur.dep_ in ("xcomp", "ccomp") or cur.head is cur:
                return False
            cur = cur.head
        return False

    def on_noun(self, d: TimeExpr) -> bool:
        """The date modifies a noun ("Trump's July 25 call"), not a clause ("On Nov. 12, ...")."""
        found = self.info(d.start, d.end)
        return found is not None and found[0].dep_ in NOUN_LINKS \
            and found[0].head.pos_ in ("NOUN", "PROPN")

    def in_sentence(self, trig: Token, records: Sequence[R]) -> list[R]:
        sent = trig.sent
        return [r for r in records if sent.start_char <= r.start < sent.end_char]

    def belongs(self, trig: Token, q: Quantity) -> bool:
        found = self.info(q.start, q.end)
        if found is None or found[1] != self._sent_start[trig.i]:
            return False
        tok, _, tok_head = found
        head = clause_head(trig)
        if trig.left_edge.i <= tok.i <= trig.right_edge.i and tok_head in (head, trig):
            return True
        return tok_head == head and trig.pos_ in ("VERB", "AUX")


def clause_head(tok: Token) -> Token:
    """The head of the clause a token belongs to (xcomp and verb conjuncts stay inside)."""
    cur = tok
    for _ in range(_MAX_DEPTH):
        if cur.dep_ in CLAUSE_DEPS or cur.head is cur:
            return cur
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.pos_ in ("VERB", "AUX"):
            return cur
        cur = cur.head
    return cur


def _ancestors(tok: Token) -> dict[int, int]:
    depth = {tok.i: 0}
    cur, d = tok, 0
    while cur.head is not cur and d < _MAX_DEPTH:
        cur, d = cur.head, d + 1
        depth[cur.i] = d
    return depth


def _distance(tok: Token, trig_depth: dict[int, int]) -> int:
    cur, d = tok, 0
    while cur.i not in trig_depth and cur.head is not cur and d < _MAX_DEPTH:
        cur, d = cur.head, d + 1
    return d + trig_depth.get(cur.i, _MAX_DEPTH)
