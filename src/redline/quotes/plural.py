"""'Protest leaders met on Sunday. They said ...': a plural pronoun whose antecedent is a
group the text describes but does not name.

The actors stage and the candidate index hold named actors; a group described by a plural
common noun ('officials', 'protest leaders') is made into a speaker only where it speaks.
When nothing named fits 'they', the nearest recent subject that is such a plural noun is
the antecedent: in the pronoun's own sentence before it, or in the two sentences before,
within the pronoun's paragraph or the one before (not inside a quote).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.model import Actor
from redline.quotes.cues import cue_word
from redline.quotes.index import ActorIndex
from redline.quotes.names import described_group

_REACH_SENTENCES = 2
_PLURAL_PRONOUNS = frozenset({"they"})


def plural_antecedent(pronoun: Token, index: ActorIndex) -> Actor | None:
    """The described group 'they' stands for (see the module), or None."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS or not pronoun.dep_.startswith("nsubj"):
        return None
    found = [t for t in _earlier_subjects(pronoun, index) if _described_plural(t)]
    found = [t for t in found if _rank(t) < 2]
    if not found:
        return None
    subject = min(found, key=_rank)  # nearest first among the best ranked
    doc = pronoun.doc
    return described_group(subject, doc[subject.left_edge.i:subject.right_edge.i + 1])


def _earlier_subjects(pronoun: Token, index: ActorIndex) -> list[Token]:
    """Subjects before the pronoun, nearest first, within reach (see the module)."""
    doc = pronoun.doc
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    first = sents[max(0, here - _REACH_SENTENCES)].start
    return [doc[k] for k in range(pronoun.i - 1, first - 1, -1)
            if doc[k].dep_ in ("nsubj", "nsubjpass") and not index.in_quote(doc[k].idx)
            and _near(doc.text[doc[k].idx:pronoun.idx])]


def _near(between: str) -> bool:
    """No whole paragraph lies between: the same paragraph or the one before."""
    lines = between.split("\n")[1:-1]
    return not any(line.strip() for line in lines)


def _rank(subject: Token) -> int:
    """0: the subject of a verb of saying ('officials said'); 1: of a finite verb; 2: of a
    participle or infinitive ('with Nusra fighters playing a role'), not a speaker."""
    verb = subject.head
    if verb.tag_ in ("VBG", "VBN", "VB") and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
        return 2
    word = cue_word(verb)
    return 0 if word is not None and "quote" in word.frames else 1


# Plural nouns of people who speak that the composition tables give no sector.
_SPEAKING: frozenset[str] = frozenset({
    "analyst", "expert", "critic", "researcher", "observer", "activist", "campaigner",
    "organizer", "organiser", "scientist", "witness", "source", "investigator", "advocate",
    "opponent", "supporter", "negotiator", "scholar", "historian", "commentator",
})


def _described_plural(tok: Token) -> bool:
    """A plural common noun of people ('officials', 'protest leaders', 'analysts'; not
    'the talks', 'prices')."""
    from redline.actors.compose import compose_phrase

    if tok.tag_ != "NNS" or not tok.is_lower or not tok.is_alpha:
        return False
    return tok.lemma_.lower() in _SPEAKING or compose_phrase(tok.lower_, "") is not None
