"""Headline verbs the tagger read as plural nouns (issue 17, sixteenth round, 17).

In a headline or a terse sentence such as "U.S. presses for truce in Syria" or "Egypt
coordinates with Jordan on security", the tagger may read the verb as a plural noun (``NNS``)
at the sentence's root and hang the name before it on it as a ``compound``. The sentence then
has no finite verb and is never read for events. Where the root is such a word, the only thing
before it is one proper-noun compound (no determiner, adjective or possessive: "the deal
envisions", "security talks" stay nouns), and its form with the ending cut is a verb the
lexicon codes, the root is read as a present-tense verb and the name as its subject. Nothing
else in the parse changes.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.lexicon import Lexicon

PUNCT_TAGS = frozenset({"``", "''", ":", ",", "-LRB-", "HYPH", "NFP"})


def misread_root(lex: Lexicon, sent: Span) -> Token | None:
    """The name before a root verb the tagger read as a plural noun (None: no such root)."""
    root = sent.root
    if root.tag_ != "NNS" or not root.lower_.endswith("s") or not root.is_lower:
        return None
    lefts = [t for t in root.lefts if t.tag_ not in PUNCT_TAGS]
    if len(lefts) != 1 or lefts[0].dep_ != "compound" or lefts[0].pos_ != "PROPN":
        return None
    if not any(c.dep_ in ("prep", "dobj") for c in root.rights):
        return None
    return lefts[0] if _coded_verb(lex, root.lower_) else None


def _coded_verb(lex: Lexicon | None, word: str) -> bool:
    """``word`` with its third-person ending cut is a verb ``lex`` (or its fallback) codes."""
    while lex is not None:
        table = lex.entries.get("verb", {})
        if any(word.endswith(cut) and word[: -len(cut)] in table for cut in ("es", "s")):
            return True
        lex = lex.fallback
    return False


def reread_root(lex: Lexicon, sent: Span) -> bool:
    """Read a misread root verb as one ("U.S. presses for truce": the United States presses);
    whether the sentence changed. The tags of the sentence's own tokens are set in place."""
    subject = misread_root(lex, sent)
    if subject is None:
        return False
    root = sent.root
    root.tag_, root.pos_ = "VBZ", "VERB"
    subject.dep_ = "nsubj"
    return True
