"""Quotes (what someone said or wrote) apart from other attributions (what someone
believes, wants, fears, knows or did).

A relation is a quote when its cue is a word of saying or writing (``data/speech.txt``)
and its content is what was said: quoted words, a clause, an infinitive ('urged them to
leave'; not a commitment told in plain words, 'pledged to expand its army'), a naming
('called the plan a mistake') or the charge of an accusation ('accused X of Y'). A label
('PENCE: ...'), a colon block, 'according to' and a quote continuing one are quotes too.
Quoted words given to a cue of the quote frame are what was said, whatever the verb
('"We will win," she predicted').

Everything else ('X believes Y', 'wants to "reset" ties', 'denied any role', 'banners
reading "No war"') is an attribution: the same shape, kept in its own list.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from redline.quotes.context import Ctx, Rel

_SAID_FRAMES = frozenset({"quote", "clause", "xcomp", "naming", "made", "according", ""})
_ACCUSING = frozenset({"accuse", "charge", "blame", "suspect", "fault"})
_COMMITTING = frozenset({"promise", "pledge", "vow", "threaten", "swear"})


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """The lemmas of cue words of saying or writing."""
    ref = resources.files("redline.quotes").joinpath("data/speech.txt")
    words: set[str] = set()
    for line in ref.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def is_said(ctx: Ctx, rel: Rel) -> bool:
    """Whether ``rel`` reports words someone said or wrote (see the module docstring)."""
    if rel.cue is None or rel.kind in ("according_to", "direct") \
            or rel.frame in ("quote", "according"):
        return True
    span = ctx.doc.char_span(rel.cue[0], rel.cue[1], alignment_mode="expand")
    if span is None or len(span) == 0 or not span[0].text[:1].isalpha():
        return True  # a label's colon or dash
    tok = span[0]
    lemma = tok.lemma_.lower()
    if lemma not in speech_lemmas() and tok.lower_ not in speech_lemmas():
        return False
    if rel.kind == "partial":
        return True  # quoted words of someone who speaks nearby ('warned of reprisals')
    if rel.frame == "xcomp" and lemma in _COMMITTING and rel.kind != "mixed":
        return False  # 'pledged to expand its army': a commitment, told as an event
    return rel.frame in _SAID_FRAMES or rel.frame == "topic:of" and lemma in _ACCUSING


def attributed(rel: Rel) -> bool:
    """Whether an attribution that is not speech names whose it is: a thing done, sought or
    believed with no one doing it ('restricting their access', 'promoting weight-loss aids',
    'assuming that ...') attributes nothing; a raising verb says how things look ('X seems
    ready to ...')."""
    return rel.source is not None or rel.frame == "raise"
