"""Events: CAMEO/PLOVER codebook, lexicon, extraction and modality."""

from __future__ import annotations

from collections.abc import Sequence

from redline.events.codebook import Code, codebook, lookup
from redline.events.dictionary import select_lexicon
from redline.events.extract import extract_events
from redline.events.lexicon import Lexicon, load_lexicon
from redline.events.review import review_events

__all__: Sequence[str] = ["Code", "Lexicon", "codebook", "extract_events", "load_lexicon",
                          "lookup", "review_events", "select_lexicon"]
