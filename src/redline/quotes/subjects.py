"""A 'he' or 'she' after a sentence whose subject is a described person, not a named one:
'The former ambassador also discussed the race between Clinton and Donald Trump. He stated
...' is the ambassador (the person the description stands for), and 'One delegate said he
tried ... He found no taker, he said' the delegate, not someone named later in the sentence.

The actors a pronoun is ranked against (``redline.quotes.index``) are named ones, so a
described subject between the pronoun and the last named person is not among them; this
finds it: the main subject of the pronoun's sentence or of the two before it in its
paragraph, past subjects that are the same pronoun ('He ... he said') and words inside quote
marks, when it is a singular noun for a person that names no actor, has no named person as
its verb's object ('A reporter asked Sanders ... He replied') and agrees with the pronoun in
gender. A definite one ('the former ambassador') is resolved to the person an earlier mention
calls so (``redline.quotes.speakers``); an indefinite one ('one delegate') is that person.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.quotes.gender import FEMALE, MALE, noun_gender
from redline.quotes.index import ActorIndex
from redline.quotes.mentions import mention_span
from redline.quotes.speaker_nouns import PERSON_NOUNS, ROLE_NOUNS

_PERSONAL = {"he": MALE, "she": FEMALE}
_REACH = 2  # sentences before the pronoun's own


def described_subject(pronoun: Token, index: ActorIndex) -> Token | None:
    """The described person a subject 'he' or 'she' stands for, if the nearest main subject
    before it is one ('The former ambassador', 'One delegate'); None if it is a name."""
    if not index.speakers or pronoun.lower_ not in _PERSONAL or not pronoun.dep_.startswith(
            "nsubj"):
        return None
    sent = pronoun.sent
    for _ in range(_REACH + 1):
        subject = _main_subject(sent, pronoun, index)
        if subject is not None and subject.lower_ != pronoun.lower_:
            return subject if _described(subject, pronoun, index) else None
        if sent.start == 0 or not index.same_paragraph(sent.start_char - 1, pronoun.idx):
            return None
        sent = pronoun.doc[sent.start - 1].sent
    return None


def _main_subject(sent: Span, pronoun: Token, index: ActorIndex) -> Token | None:
    """The main subject of ``sent`` if it comes before the pronoun and is neither the pronoun
    nor words someone is quoted saying ('"Each candidate is ...," he said')."""
    tok = pronoun.doc[index.main_subject(sent[0])]
    if not tok.dep_.startswith("nsubj") or tok.i >= pronoun.i or index.in_quote(tok.idx):
        return None
    return tok


def _described(noun: Token, pronoun: Token, index: ActorIndex) -> bool:
    """A singular common noun for a person, naming no actor, of the pronoun's gender."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma not in ROLE_NOUNS | PERSON_NOUNS:
        return False
    if index.overlapping(noun.left_edge.idx, noun.idx + len(noun.text)):
        return False  # 'Trump's running mate', 'the Texas senator Ted Cruz': named
    i, j = mention_span(noun)
    words = noun.doc[i:j]
    if any(a.kind == "person" for a in index.overlapping(words.start_char, words.end_char)):
        return False  # 'The leader of the league, Jonathan Greenblatt,': named beside it
    if noun_gender(lemma) not in (None, _PERSONAL[pronoun.lower_]):
        return False
    return not any(index.overlapping(c.idx, c.idx + len(c.text)) for c in noun.head.children
                   if c.dep_ in ("dobj", "dative"))  # 'A reporter asked Sanders ... He replied'
