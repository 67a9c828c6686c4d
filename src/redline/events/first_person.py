"""First-person speech in a direct quote: "I", "me", "my" are the speaker; "we", "us", "our"
the speaker's state or organisation ("'We strongly oppose violations by China,' said the
Philippine president": the Philippine government against China). Given to the roles as
actors of their own, beside the document's actors."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from redline.model import Actor, Quote

SINGULAR = frozenset({"i", "me", "my", "myself"})
PLURAL = frozenset({"we", "us", "our", "ourselves"})
FIRST_PERSON = SINGULAR | PLURAL


def _body(speaker: Actor) -> Actor:
    """The body a person speaks for: the same code (a government's person speaks for the
    government, "RUSGOV"), as a state or group; the name stays the speaker's, so that the
    review still sees one speaker."""
    if speaker.kind != "person":
        return speaker
    state = bool(speaker.country) and speaker.sector in (None, "", "GOV")
    return replace(speaker, kind="state" if state else "group", office=None)


def first_person_actors(doc: Doc, quotes: Sequence[Quote],
                        actors: Sequence[Actor]) -> list[Actor]:
    """An actor for each first-person pronoun inside a direct quote whose speaker is coded,
    where no actor is found already."""
    taken = {(a.start, a.end) for a in actors}
    starts = [s.start for s in doc.sents]
    out: list[Actor] = []
    for quote in quotes:
        speaker = quote.speaker
        if not quote.direct or speaker is None or not speaker.code or (
                speaker.code.startswith("---")):
            continue
        span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            low = tok.lower_
            if tok.pos_ != "PRON" or low not in FIRST_PERSON:
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if (start, end) in taken:
                continue
            who = speaker if low in SINGULAR else _body(speaker)
            out.append(replace(who, text=tok.text, start=start, end=end,
                               sentence=bisect_right(starts, tok.i) - 1))
            taken.add((start, end))
    return out
