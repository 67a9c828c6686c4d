"""The dictionary layer: PETRARCH2's CAMEO 2.0 verb patterns behind our own lexicon.

``own`` is our lexicon alone; ``full`` is our lexicon with the compiled CAMEO 2.0 patterns
(``data/cameo2_verbs.txt``, built by ``scripts/build_cameo_lexicon.py``) as its fallback: a
verb is looked up in the dictionary only where our entries, frames and light-verb nouns code
nothing, and whatever the dictionary codes passes the same roles, modality and confidence
logic as our own entries.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

from redline.errors import UsageError
from redline.events.lexicon import Entry, Lexicon, load_lexicon, parse_lexicon
from redline.model import Event

CHOICES = ("own", "full")
DEFAULT = "own"
ENV = "REDLINE_LEXICON"  # the default choice when none is given (e.g. for the scoreboard)
ORIGIN = "cameo2"


def lexicon_choice(name: str | None = None) -> str:
    """``name``, else $REDLINE_LEXICON, else the default; a usage error for unknown names."""
    choice = (name or os.environ.get(ENV) or DEFAULT).strip().lower()
    if choice not in CHOICES:
        raise UsageError(f"unknown lexicon {choice!r}: choose one of {', '.join(CHOICES)}")
    return choice


@lru_cache(maxsize=1)
def cameo_lexicon() -> Lexicon:
    """The compiled CAMEO 2.0 verb patterns (loaded once)."""
    text = resources.files("redline.events").joinpath("data/cameo2_verbs.txt").read_text()
    return parse_lexicon(text.splitlines(), origin=ORIGIN)


@lru_cache(maxsize=len(CHOICES))
def select_lexicon(name: str | None = None) -> Lexicon:
    """The lexicon for a choice: ``own``, or ``full`` (own first, the dictionary behind)."""
    own = load_lexicon()
    if lexicon_choice(name) == "own":
        return own
    return Lexicon(own.entries, own.noun_classes, own.light, fallback=cameo_lexicon())


def dictionary_event_ok(entry: Entry, event: Event) -> bool:
    """A dictionary-derived event needs, as in PETRARCH, a coded source and a coded target,
    and two different ones: the dictionary's verbs are broad ("voted", "argued", "beat"), and
    an actorless subject ("floods hit the region") or a one-sided act is no dyadic event."""
    if entry.origin != ORIGIN:
        return True
    src, tgt = event.source, event.target
    if src is None or tgt is None or not src.code or not tgt.code:
        return False
    return src.code != tgt.code
