"""Constructions whose roles run against the usual subject -> object order.

- A hosted arrival: "peacekeepers arrived in X" is X receiving peacekeepers (CAMEO 0861;
  inspectors 0862): the host is the source, the arriving force's country the target.
- A ruled-out act: "lifting sanctions on X is out of the question" rejects the act (CAMEO 120);
  the speaker (or the clause's own subject) rejects, aimed at the act's target.
- A measure taking effect: "US tariffs on Chinese goods took effect" is the US sanctioning
  China (CAMEO 163): the measure's owner is the source, the "on" actor the target.
- Abuse in custody: "died of torture in X police custody": the custodian is the source of the
  violent act, the one who suffered it (the verb's subject) its target.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.frames import FORCE_ROOTS
from redline.events.lexicon import Entry, Lexicon
from redline.events.roles import ActorIndex, agent_actors, source_actors
from redline.events.triggers import Hit
from redline.model import Actor

ARRIVALS = frozenset({"arrive", "land"})
HOSTED = {"peacekeeper": "0861", "peacekeeping": "0861", "inspector": "0862"}
HOST_PREPS = frozenset({"in", "at"})
PARTITIVE_HEADS = frozenset({"batch", "patch", "contingent", "team", "group", "unit",
                             "detachment", "company", "battalion", "first", "advance"})
RULED_OUT = Entry("adj", "out of the question", (), None, "120")
CUSTODY = frozenset({"custody", "detention", "captivity"})


def _noun_words(noun: Token) -> list[str]:
    words = [noun.lemma_.lower()]
    words += [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
    return words


def _arriving_kind(verb: Token) -> str | None:
    """The hosted code of the verb's subject: peacekeepers, or a batch of them."""
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        nouns = [subj]
        if subj.lemma_.lower() in PARTITIVE_HEADS:
            nouns += [p for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"]
        for noun in nouns:
            code = next((HOSTED[w] for w in _noun_words(noun) if w in HOSTED), None)
            if code is not None:
                return code
    return None


def hosted_arrival(index: ActorIndex,
                   hit: Hit) -> tuple[str, list[Actor], list[Actor]] | None:
    """(code, hosts, senders) for "peacekeepers arrived in X", else None."""
    verb = hit.tok
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVALS:
        return None
    code = _arriving_kind(verb)
    if code is None:
        return None
    hosts = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in HOST_PREPS
             for a in index.pobj_actors(c)]
    senders = source_actors(index, verb)
    if not hosts:
        return None
    return code, hosts, [a for a in senders if a.country not in {h.country for h in hosts}]


def _ruled_out(tok: Token) -> Token | None:
    """The "question" of a copula's "out of the question" ("X is out of the question")."""
    if tok.lemma_ != "be":
        return None
    for out in tok.children:
        if out.dep_ == "prep" and out.lower_ == "out":
            for of in out.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    for noun in of.children:
                        if noun.dep_ == "pobj" and noun.lower_ == "question":
                            return noun
    return None


def ruled_out_hits(sent: Span, hits: dict[int, Hit]) -> None:
    """Add a rejection for each "... is out of the question" (the trigger runs from the
    copula to "question"); the act ruled out (the copula's clausal subject) is not
    asserted, so its own hits are dropped."""
    for tok in sent:
        last = None if tok.i in hits else _ruled_out(tok)
        if last is None:
            continue
        hits[tok.i] = Hit(tok, RULED_OUT, last, code=RULED_OUT.code, resolved=True,
                          extra={"ruled_out": "1"})
        for subj in tok.children:
            if subj.dep_ in ("csubj", "nsubj"):
                for inner in subj.subtree:
                    if inner.i in hits:
                        hits[inner.i].consumed = True


def ruled_out_targets(index: ActorIndex, hit: Hit) -> list[Actor]:
    """The actors of the act ruled out ("removing the sanctions on X")."""
    out: list[Actor] = []
    for subj in hit.tok.children:
        if subj.dep_ in ("csubj", "nsubj"):
            out += [a for a in (index.at(t) for t in subj.subtree) if a is not None
                    and a not in out]
    return out


def custody_roles(index: ActorIndex, hit: Hit) -> tuple[list[Actor], list[Actor]] | None:
    """(custodians, victims) for a violent event noun beside "in X custody"."""
    tok = hit.tok
    if tok.pos_ != "NOUN" or (hit.code or "")[:2] not in FORCE_ROOTS:
        return None
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    keepers = [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
               for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in CUSTODY
               for c in p.children if c.dep_ in ("amod", "compound", "poss")
               for a in index.np(c)]
    if not keepers:
        return None
    return keepers, source_actors(index, verb)


# "tariffs took effect", "the embargo came into force", "sanctions went into effect"
IN_FORCE = Entry("verb", "take effect", (), None, "163")
FORCE_WORDS = frozenset({"effect", "force"})
FORCE_VERBS = frozenset({"take", "come", "go", "enter"})
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _in_force(tok: Token) -> Token | None:
    """The "effect"/"force" of "took effect", "came into force", "entered into force"."""
    if tok.lemma_.lower() not in FORCE_VERBS:
        return None
    for child in tok.children:
        if child.dep_ == "dobj" and child.lower_ in FORCE_WORDS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("into", "in"):
            found = next((p for p in child.children if p.dep_ == "pobj"
                          and p.lower_ in FORCE_WORDS), None)
            if found is not None:
                return found
    return None


def _sanction_subject(lex: Lexicon, tok: Token) -> Token | None:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or "SANCTION" not in lex.classes_of(subj.lemma_.lower()):
        return None
    return subj


def in_force_hits(lex: Lexicon, sent: Span, hits: dict[int, Hit]) -> None:
    """Add a sanction (163) for "tariffs / sanctions / an embargo took effect": the measure is
    imposed as it takes effect."""
    for tok in sent:
        last = None if tok.i in hits else _in_force(tok)
        if last is None:
            continue
        subj = _sanction_subject(lex, tok)
        if subj is None or (subj.i in hits and not _measure_hit(hits[subj.i])):
            continue  # "the embargo ... came into force": the embargo is the event already
        for part in (subj, *(c for c in subj.children if c.dep_ == "acl")):
            if part.i in hits and _measure_hit(hits[part.i]):
                del hits[part.i]  # "tariffs (imposed by X) took effect": one event, both sides
        hits[tok.i] = Hit(tok, IN_FORCE, last, code=IN_FORCE.code, resolved=True,
                          extra={"in_force": "1"})


def _measure_hit(hit: Hit) -> bool:
    """A sanction word ("tariffs", "imposed": 163 in the lexicon) whose roles the taking-effect
    construction reads better ("tariffs imposed by X on Y took effect")."""
    return (hit.code or hit.entry.code or "").startswith("163")


def in_force_roles(index: ActorIndex, hit: Hit) -> tuple[list[Actor], list[Actor]]:
    """(imposers, targets) of a measure taking effect: "US tariffs on China", "tariffs
    imposed by the US on Chinese goods"."""
    subj = next((c for c in hit.tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return [], []
    sources = [a for c in subj.children if c.dep_ in OWNER_DEPS for a in index.np(c)]
    sources += [a for c in subj.children if c.dep_ == "acl" for a in agent_actors(index, c)]
    preps = [p for n in (subj, *(c for c in subj.children if c.dep_ == "acl"))
             for p in n.children if p.dep_ == "prep" and p.lower_ in ("on", "against")]
    targets = [a for p in preps for a in index.pobj_actors(p)]
    return sources, targets
