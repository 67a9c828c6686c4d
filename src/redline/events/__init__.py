"""Events: CAMEO/PLOVER codebook, lexicon, extraction and modality.

The extraction (and with it spaCy) is imported on first use, so that reading the codebook
(``redline eval``'s scorers, ``redline --help``) does not load the parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from redline.events.codebook import Code, codebook, lookup
from redline.events.dictionary import select_lexicon
from redline.events.lexicon import Lexicon, load_lexicon

__all__: Sequence[str] = ["Code", "Lexicon", "codebook", "extract_events",
                          "first_person_actors", "load_lexicon", "lookup", "review_events",
                          "select_lexicon"]


def __getattr__(name: str) -> Any:
    if name == "extract_events":
        from redline.events.extract import extract_events

        return extract_events
    if name == "first_person_actors":
        from redline.events.first_person import first_person_actors

        return first_person_actors
    if name == "review_events":
        from redline.events.review import review_events

        return review_events
    raise AttributeError(f"module 'redline.events' has no attribute {name!r}")
