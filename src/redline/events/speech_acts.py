"""Acts done by speaking, inside what someone is quoted or reported as saying (issue 17):

- an appeal to a named party: '"North Korea should abandon its weapons," Stoltenberg said',
  'Gambill said the Legislature should direct money to schools': the speaker's appeal (020)
  to that party; "must", "has to", "needs to", "is going to have to": a demand (100);
- an order reported: "Putin told Ukraine to withdraw its troops": the teller's demand (100);
- an imperative in a direct quote: '"Go out and vote," he said', 'teachers chanted "Fund our
  schools"': the speaker's appeal to whoever is addressed (an actor named before a comma:
  '"Virginia, go out and vote"'), else to no one named; the act asked for is not done (an
  event of the imperative's verb is hypothetical, as the gold guidelines code requested acts).

The speaker is the quote's (a person speaking for a body keeps the person's code; a speaker of
unknown country still appeals: on ConfliBERT's sentences that finds the annotated class more
often, though its source is uncoded). No such act
when the clause asks, supposes or is passive, when the party is the speaker or "we", or when
the sentence already holds an appeal or a demand of its own ("urged X to", "demanded that").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from redline.events.codebook import lookup
from redline.events.modality import SUPPOSING_MARKS, sentence_asks
from redline.events.records import spoken_event
from redline.events.roles import ActorIndex
from redline.model import Actor, Event, Quote
from redline.model import Span as TextSpan

APPEAL, DEMAND = "020", "100"
MODALS = {"should": APPEAL, "ought": APPEAL, "must": DEMAND}
# a clause said, not one describing a noun ("a problem X still needs to solve")
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis", "xcomp"})
NEED_VERBS = frozenset({"have", "need"})  # "has to", "needs to"
SELF = frozenset({"i", "we", "you", "it", "this", "that", "there", "one", "they", "he", "she",
                  "everyone", "everybody", "someone", "somebody", "nobody", "anyone"})
IF_MARKS = SUPPOSING_MARKS | {"after"}  # "after the talks, sign": no order now
# imperatives of talk rather than of action: "Look, ...", "Let me be clear", "Make no mistake"
DISCOURSE = frozenset({"look", "see", "let", "imagine", "remember", "mind", "listen", "note",
                       "consider", "wait", "believe", "trust", "excuse", "forgive", "thank",
                       "say", "tell", "think", "make", "take", "guess", "suppose", "forget",
                       "hear", "watch", "keep", "read", "understand", "be", "have", "do",
                       "get", "come", "picture", "mark", "welcome", "congratulate", "pardon"})


def with_speech_acts(index: ActorIndex, doc: Doc, quotes: Sequence[Quote],
                     events: Sequence[Event], doc_id: str) -> list[Event]:
    """``events`` with the acts an imperative asks for made hypothetical (a requested act is
    not done: '"Release the prisoners," X said'), and the appeals and demands voiced in
    ``quotes`` that no trigger of ``events`` coded."""
    sents = list(doc.sents)
    taken = {(e.sentence, e.plover) for e in events}
    requested: set[int] = set()  # where the verbs of imperatives begin
    out: list[Event] = []
    for quote in quotes:
        span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        orders = _imperatives(span, quote)
        requested |= {t.idx for verb in orders for t in (verb, *verb.conjuncts)}
        speaker = quote.speaker
        if speaker is None or not speaker.code:
            continue
        for verb, first, code, target in _acts(index, span, orders) + _told_to(index, doc,
                                                                              quote):
            si = _sentence(sents, verb)
            key = (si, lookup(code).plover)
            if key in taken or sentence_asks(sents[si]) or (target is not None and _same(target,
                                                                                 speaker)):
                continue
            taken.add(key)
            out.append(_event(doc, first, verb, code, speaker, target, si, doc_id))
    return [_requested(e) if e.trigger.start in requested else e for e in events] + out


def _requested(event: Event) -> Event:
    if not event.asserted:
        return event
    return replace(event, modality="hypothetical", hypothetical=True)


def _imperatives(span: Span, quote: Quote) -> list[Token]:
    """The imperatives of a direct quote, or of the quoted words of a mixed one ('teachers
    chanted "Fund our schools"')."""
    if not quote.direct and quote.kind != "mixed":
        return []
    return [t for t in span if t.pos_ in ("VERB", "AUX") and _imperative(span, t) and (
        quote.direct or (t.i > 0 and t.nbor(-1).is_quote))]


def _acts(index: ActorIndex, span: Span,
          orders: list[Token]) -> list[tuple[Token, Token, str, Actor | None]]:
    """(verb, first word of the trigger, code, party addressed) of each act in ``span``."""
    out: list[tuple[Token, Token, str, Actor | None]] = []
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        found = _appeal(index, tok)
        if found is not None:  # the trigger runs from the modal to the verb it governs
            out.append((_governed(tok), *found))
        elif tok in orders:
            out.append((tok, tok, APPEAL, _vocative(index, span, tok)))
    return out


def _told_to(index: ActorIndex, doc: Doc,
             quote: Quote) -> list[tuple[Token, Token, str, Actor | None]]:
    """"X told Y to V": X's demand of Y (the trigger is the telling)."""
    tell = cue_word(doc, quote)
    if tell is None or tell.lemma_.lower() != "tell" or not any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            for c in tell.children):
        return []
    told = [a for c in tell.children if c.dep_ in ("dobj", "dative") for a in index.np(c)]
    return [(tell, tell, DEMAND, told[0])] if len(told) == 1 and told[0].code else []


def cue_word(doc: Doc, quote: Quote) -> Token | None:
    """The head word of the quote's cue ("said", "told", "claimed"), if it has one."""
    cue = doc.char_span(quote.cue.start, quote.cue.end) if quote.cue is not None else None
    return cue.root if cue is not None and len(cue) else None


def _appeal(index: ActorIndex, verb: Token) -> tuple[Token, str, Actor | None] | None:
    """"X should V", "X must V", "X has to V", "X needs to V": (first word, code, X)."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    code = MODALS[modal.lower_] if modal is not None else None
    if modal is None and verb.lemma_.lower() in NEED_VERBS and verb.tag_ != "VBN" and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
            for c in verb.children):
        modal, code = verb, DEMAND
    if modal is None or code is None or verb.dep_ not in CLAUSE_DEPS or not _plain_clause(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "xcomp" and not subjects:  # "is going to have to make"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ in SELF:
        return None
    party = _party(index, subjects[0])
    if party is None or not party.code:
        return None
    return modal, code, party


def _party(index: ActorIndex, subj: Token) -> Actor | None:
    """The actor the subject names: itself or its own words ("foreign officials"), not an
    actor of its prepositions ("the house's use by the police")."""
    own = index.at(subj)
    if own is not None or any(c.dep_ == "prep" for c in subj.children):
        return own
    found = index.np(subj)
    return found[0] if len(found) == 1 else None


def _governed(verb: Token) -> Token:
    """The verb a "have to" / "need to" governs ("has to stop"); else ``verb``."""
    if verb.lemma_.lower() not in NEED_VERBS:
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp"), verb)


def _plain_clause(verb: Token) -> bool:
    """Not perfect ("should have"), passive, copular, negated-question or conditional."""
    if verb.lemma_.lower() == "be":
        return False
    for child in verb.children:
        if child.dep_ in ("auxpass", "nsubjpass") or (child.dep_ == "aux" and child.lower_ in (
                "have", "'ve", "be", "been")):
            return False
        if child.dep_ == "mark" and child.lower_ in IF_MARKS:
            return False
    return True


def _imperative(span: Span, verb: Token) -> bool:
    """The top clause of a direct quote in the base form with no subject or auxiliary:
    "Go out and vote", "Fund our schools" (a name before a comma is addressed, not a
    subject: "Virginia, go out and vote")."""
    if verb.tag_ != "VB" or verb.lemma_.lower() in DISCOURSE or verb.dep_ == "conj":
        return False
    if span.start <= verb.head.i < span.end and verb.head is not verb:
        return False
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "nsubjpass", "expl", "mark"):
            return False
        if child.dep_ == "nsubj" and not _addressed(child):
            return False
    before = [t for t in span if t.i < verb.i and not t.is_punct]
    return all(t.head.i != verb.i or t.dep_ in ("prep", "npadvmod", "advmod", "intj", "nsubj")
               for t in before) and not (before and before[0].dep_ == "prep" and
                                         before[0].lower_ in IF_MARKS)


def _addressed(subj: Token) -> bool:
    """A name followed by a comma ("Virginia, ..."): the one addressed."""
    nxt = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
    return subj.pos_ == "PROPN" and nxt is not None and nxt.text == ","


def _vocative(index: ActorIndex, span: Span, verb: Token) -> Actor | None:
    for child in verb.children:
        if child.dep_ == "nsubj" and _addressed(child):
            found = index.np(child)
            return found[0] if found else None
    return None



def _same(a: Actor, b: Actor) -> bool:
    return a.code == b.code or (a.start, a.end) == (b.start, b.end)


def _sentence(sents: list[Span], tok: Token) -> int:
    return next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)


def _event(doc: Doc, first: Token, verb: Token, cameo: str, source: Actor,
           target: Actor | None, si: int, doc_id: str) -> Event:
    last = verb if verb.i >= first.i and verb.i - first.i <= 4 else first
    text = doc[first.i:last.i + 1].text
    span = TextSpan(text, first.idx, first.idx + len(text))
    return spoken_event(span, cameo, source, target, si, doc_id)
