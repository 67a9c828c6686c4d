"""Speakers named or described in ways the parse or the entity tagger does not show: the
noun phrase before a relative pronoun the parser left unattached, a proper noun the tagger
missed, a name after the role noun that describes it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.doctext import doc_text
from redline.model import Actor
from redline.quotes.gender import given_names
from redline.quotes.index import ActorIndex
from redline.quotes.names import uncoded_actor


def before_relative(pronoun: Token) -> Token | None:
    """'according to South Korea's Joint Chiefs of Staff, who said ...' (the parser did not
    make it a relative clause): the noun phrase before the comma ('Chiefs')."""
    k = pronoun.i - 1
    while k >= 0 and pronoun.doc[k].is_punct:
        k -= 1
    if k < 0 or k == pronoun.i - 1 or pronoun.doc[k].pos_ not in ("NOUN", "PROPN"):
        return None  # a relative pronoun follows a comma
    tok = pronoun.doc[k]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in (
            "NOUN", "PROPN"):
        tok = tok.head.head  # 'Chiefs of Staff': the phrase's head
    return tok


def relative_person(pronoun: Token) -> Token:
    """The noun a relative 'who' stands for. The parser may hang the clause on the last noun
    before it: 'Howard Rubel, a senior analyst at Jefferies, who notes' (on 'Jefferies'); a
    'who' is a person, so climb from a place or body through 'at/of X' and an apposition to
    the person named ('Rubel'). Any other relative, or no person on the way: the noun."""
    noun = pronoun.head.head
    if pronoun.lower_ not in ("who", "whom") or _personal(noun):
        return noun
    tok = noun
    for _ in range(6):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in _NOMINAL:
            tok = tok.head.head
        elif tok.dep_ == "appos" and tok.head.pos_ in _NOMINAL:
            tok = tok.head
        else:
            break
        if tok.ent_type_ == "PERSON":
            return tok
    return noun


_NOMINAL = ("NOUN", "PROPN")


def _personal(noun: Token) -> bool:
    """A name of a person or a noun that may stand for people."""
    return noun.ent_type_ == "PERSON" or noun.pos_ == "NOUN" and noun.tag_ == "NNS"


def unlisted_name(head: Token, *, label: bool = False) -> Actor | None:
    """'Twitter pledged ...': a proper noun the entity tagger and the actors stage missed
    names its speaker all the same (uncoded; a person when it starts with a given name). A
    label's words ('PENCE: ...', '― Stephanie Egan') name someone only in capitals or with
    a given name ('Little Relief for Refugees: ...' is a headline)."""
    if head.pos_ != "PROPN" or not (head.is_title or head.is_upper) or head.ent_type_ in (
            "GPE", "LOC", "NORP", "DATE", "TIME") or headline_case(head.sent):
        return None
    toks = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"
            and t.text[:1].isalpha()]
    first = toks[0] if toks else head
    start, end = first.idx, head.idx + len(head.text)
    kind = "person" if first.lower_ in given_names() and first.i < head.i else "group"
    if label and not head.is_upper and kind != "person":
        return None
    text = doc_text(head.doc)[start:end]
    return uncoded_actor(text, start, end, text, kind)


def headline_case(sent: Span) -> bool:
    """'Judge Rejects Times Request': a line in title case, where capitals mark no name."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


def name_in(words: Span, head: Token, index: ActorIndex) -> Actor | None:
    """A person's name the entity tagger missed, after the role noun that describes them
    ('former special envoy to Ukraine Kurt Volker'): the last run of two or more title-case
    proper nouns, none of them a place or body the actors stage found."""
    run: list[Token] = []
    best: list[Token] = []
    for tok in words:
        if tok.i > head.i and tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ not in (
                "GPE", "NORP", "LOC") and not index.overlapping(tok.idx, tok.idx + 1):
            run.append(tok)
            continue
        best, run = (run if len(run) >= 2 else best), []
    best = run if len(run) >= 2 else best
    if not best:
        return None
    start, end = best[0].idx, best[-1].idx + len(best[-1].text)
    return uncoded_actor(doc_text(words.doc)[start:end], start, end, doc_text(words.doc)[start:end],
                         "person")
