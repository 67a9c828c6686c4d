"""Poll shares as speakers: 'Fifty-one percent say ...', 'About 4 in 10 say ...', 'A majority
of Republicans said ...'. The share names those polled who answered so: a group actor named
by the people the share is of ('Republicans'), else 'poll respondents'. Those polled are
civilians of the country the article is about unless their own words say otherwise
(``redline.quotes.roles`` codes them: ``respondents_code``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from redline.model import Actor

RESPONDENTS = "poll respondents"
_SHARE_NOUNS = frozenset({"percent", "%", "majority", "majorities", "half", "third", "thirds",
                          "quarter", "quarters", "plurality", "fifth", "fifths", "tenth",
                          "tenths"})
_ANY_PEOPLE = frozenset({"them", "those", "respondents", "people", "adults", "voters"})


def _per_ten(head: Token) -> bool:
    """'4 in 10', 'six in 10': a number with 'in' and a number after it."""
    return head.like_num and any(
        c.lower_ in ("in", "out") and any(g.like_num for g in c.subtree) for c in head.children)


def is_share(head: Token) -> bool:
    """Whether ``head`` heads a share of people counted: '51 percent', '4 in 10', 'a majority',
    'half', 'two-thirds' (not a bare number: 'Two said' are two people)."""
    if head.lower_ in _SHARE_NOUNS or _per_ten(head):
        return True
    return any(c.lower_ in ("percent", "%") and c.i == head.i + 1 for c in head.children)


def _of_whom(head: Token) -> Token | None:
    """The people a share is of: 'of Republicans', 'of likely GOP voters'."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num:
                return obj
    return None


def poll_share(head: Token, words: Span) -> Actor | None:
    """The group a share subject stands for, uncoded with the civilians' sector, or None when
    ``head`` is no share."""
    if not is_share(head):
        return None
    whom = _of_whom(head)
    name = RESPONDENTS
    if whom is not None and whom.lower_ not in _ANY_PEOPLE:
        first = min((t for t in whom.subtree if t.i <= whom.i and t.dep_ != "det"),
                    key=lambda t: t.i)
        name = words.doc[first.i:whom.i + 1].text
    return Actor(text=words.text, start=words.start_char, end=words.end_char, name=name,
                 code="---CVL", country=None, sector="CVL", kind="group", sentence=None)


def respondents_code(speaker: Actor, story: str | None) -> Actor:
    """A poll share's group left without a country: civilians of ``story``, the country the
    article is about."""
    from redline.actors.kb import knowledge_base
    from redline.actors.queries import make_code

    if speaker.kind != "group" or speaker.code != "---CVL" or story is None:
        return speaker
    return replace(speaker, code=make_code(knowledge_base(), story, "CVL"), country=story)
