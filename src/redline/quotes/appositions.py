"""A description and the name set beside it: 'The State Department spokesman, Robert
Palladino, said'. The actors stage may read the description as its office's holder on the
day (the White House press secretary for any 'spokesman'); the name the text gives in
apposition is who spoke."""

from __future__ import annotations

from spacy.tokens import Span

from redline.model import Actor
from redline.quotes.index import ActorIndex


def _names_no_one(span: Span) -> bool:
    """Whether a mention's words are a description ('the spokesman'), holding no name."""
    return not any(t.ent_type_ == "PERSON" for t in span) and any(
        t.pos_ == "NOUN" for t in span)


def _named(span: Span) -> bool:
    """Whether a person's mention is a name only ('Robert Palladino', 'Matteo Bruni' whatever
    the tagger's label): proper nouns and punctuation."""
    return all(t.pos_ == "PROPN" or t.is_punct for t in span) and span[0].is_title


def named_beside(best: Actor, words: Span, index: ActorIndex) -> Actor | None:
    """The person named in apposition after the description ``best`` stands for, inside the
    speaker mention ``words``; None when ``best`` holds a name or none is set beside it."""
    doc = words.doc
    own = doc.char_span(best.start, best.end, alignment_mode="expand")
    if best.kind != "person" or own is None or not _names_no_one(own):
        return None
    if own.end >= len(doc) or doc[own.end].text != ",":
        return None  # 'spokesman Hogan Gidley' is one mention the actors stage reads itself
    for actor in index.overlapping(best.end, words.end_char):
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if actor.kind == "person" and actor.start > best.end and span is not None \
                and span.start == own.end + 1 and _named(span):
            return actor
    return None
