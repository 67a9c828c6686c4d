"""Attitudes a speaker voices about its own view, in a quote or a report (issue 17, r6-17q).

"The government said it hoped the talks would resume", '"We are deeply concerned," the
minister said', "X says she is skeptical of the plan": the speaker makes an optimistic (013)
or a pessimistic (012) comment, a statement of its own (CAMEO 01x: no PLOVER type). The
clause's subject must be the speaker: "I" or "we" in a direct quote; as the first subject of
a reported clause, a pronoun that agrees with the speaker ("I", "we", "he" or "she" for a
person, "they" for persons named in the plural, "we", "it" or "they" for a body or a state;
not "she" for a man named or titled so, nor "he" for a woman). Not when the clause is negated,
conditional or asked, nor when the sentence already holds the speaker's statement of that code; the
target is the one actor the clause's object names, if any ("skeptical of Russia's plan").

A claim of the speaker's own act of force ("the rebels claimed that they had attacked the
convoy") is a claim of responsibility (015) on the verb of claiming, in place of its plain
statement (010); the act claimed keeps its own event.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from redline.events.modality import plain_statement, sentence_asks
from redline.events.records import spoken_event
from redline.events.roles import ActorIndex
from redline.events.speech_acts import cue_word
from redline.model import Actor, Event, Quote
from redline.model import Span as TextSpan
from redline.quotes.gender import FEMALE, MALE, mention_gender

GLOOMY, HOPEFUL, CLAIMED = "012", "013", "015"
FORCE = frozenset({"18", "19", "20"})  # acts of force a speaker may claim as its own
HOPE_VERBS = frozenset({"hope", "hopes", "hoped", "hoping"})  # the lemma is at times "hop"
FEELINGS = {**dict.fromkeys(("concerned", "worried", "skeptical", "sceptical", "pessimistic",
                             "alarmed", "troubled", "disappointed", "doubtful"), GLOOMY),
            **dict.fromkeys(("optimistic", "hopeful", "confident", "encouraged"), HOPEFUL)}
DIRECT_SELF = frozenset({"i", "we"})
BODY_SELF = frozenset({"we", "it", "they"})  # a ministry, a state, a group
PEOPLE_SELF = frozenset({"we", "they"})  # "NATO leaders said they ..."
Who = tuple[str, str] | None  # whose statement: the speaker's code and name


def with_attitudes(index: ActorIndex, doc: Doc, quotes: Sequence[Quote],
                   events: Sequence[Event], doc_id: str) -> list[Event]:
    """``events`` and the hopes and worries speakers voice in ``quotes`` about their view."""
    sents = list(doc.sents)
    taken = {(e.sentence, e.cameo, _who(e.source)) for e in events}
    out: list[Event] = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not speaker.code:
            continue
        for found in _said_attitudes(doc, quote, speaker, events):
            event = _voiced(index, sents, taken, speaker, found, doc_id)
            out.extend([event] if event is not None else [])
    claims = {e.trigger.start for e in out if e.cameo == CLAIMED}  # the claim, not "said"
    return [e for e in events if not (e.trigger.start in claims and e.cameo == "010")] + out


def _said_attitudes(doc: Doc, quote: Quote, speaker: Actor,
                    events: Sequence[Event]) -> list[tuple[Token, str]]:
    """(word, code) of the attitudes and claims ``speaker`` voices in ``quote``, but not on a
    word coded already ("hoped to meet": the intent; a claim stands beside "claimed" 010)."""
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    if span is None or not len(span) or _unsaid(doc, quote):
        return []
    selves = DIRECT_SELF if quote.direct else _reported_selves(doc, speaker)
    triggers = {e.trigger.start for e in events}
    found = _attitudes(span, selves) + _claimed(doc, quote, span, selves, events)
    return [(word, code) for word, code in found if code == CLAIMED or word.idx not in triggers]


def _voiced(index: ActorIndex, sents: list[Span], taken: set[tuple[int, str, Who]],
            speaker: Actor, found: tuple[Token, str], doc_id: str) -> Event | None:
    """The statement of one attitude ``found``, unless its sentence asks or already holds one
    of that code by the speaker (``taken``, which it joins)."""
    word, code = found
    si = next(i for i, s in enumerate(sents) if s.start <= word.i < s.end)
    key = (si, code, _who(speaker))
    if key in taken or sentence_asks(sents[si]):
        return None
    taken.add(key)
    text = TextSpan(word.text, word.idx, word.idx + len(word.text))
    return spoken_event(text, code, speaker, _about(index, word, speaker), si, doc_id)


def _who(actor: Actor | None) -> Who:
    """Who a statement is of: one per speaker and code in a sentence ("the rebels claimed
    ..., but the army claimed ..." holds two claims)."""
    return None if actor is None else (actor.code, actor.name)


def _unsaid(doc: Doc, quote: Quote) -> bool:
    """The saying is negated or supposed ("did not say it hoped ...")."""
    said = cue_word(doc, quote)
    return said is not None and not plain_statement(said, doc[said.i:said.i + 1])


def _reported_selves(doc: Doc, speaker: Actor) -> frozenset[str]:
    """The pronouns that can stand for ``speaker`` in a reported clause, by its kind, number
    and the gender its mention or name shows ("Merkel said they ..." is someone else)."""
    if speaker.kind != "person":
        return BODY_SELF
    words = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if words is not None and len(words) and words.root.tag_ in ("NNS", "NNPS"):
        return PEOPLE_SELF
    gender = mention_gender(speaker.text, speaker.name, {})
    return DIRECT_SELF | {p for p, g in (("he", MALE), ("she", FEMALE)) if gender in (None, g)}


def _attitudes(span: Span, selves: frozenset[str]) -> list[tuple[Token, str]]:
    """(word, code) of each attitude of the speaker's own in ``span``."""
    out: list[tuple[Token, str]] = []
    for tok in span:
        code = _code(tok)
        verb = tok.head if tok.dep_ == "acomp" else tok  # "we are concerned": the copula
        if code is None or not plain_statement(verb, span):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) == 1 and subjects[0].lower_ in selves and _first_subject(
                span, subjects[0]):
            out.append((tok, code))
    return out


def _claimed(doc: Doc, quote: Quote, span: Span, selves: frozenset[str],
             events: Sequence[Event]) -> list[tuple[Token, str]]:
    """"The rebels claimed that they had attacked the convoy": a claim of responsibility for
    the speaker's own act of force (the act itself is coded by its own trigger)."""
    claim = cue_word(doc, quote)
    if claim is None or claim.lemma_.lower() != "claim":
        return []
    acts = {e.trigger.start for e in events if e.cameo_root in FORCE and e.asserted}
    for tok in span:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.idx in acts and len(subjects) == 1 and subjects[0].lower_ in selves and (
                _first_subject(span, subjects[0])):
            return [(claim, CLAIMED)]
    return []


def _code(tok: Token) -> str | None:
    """"hoped" with a clause, "to" or "for" ("hoped the talks would resume", "hoped for peace");
    "concerned", "optimistic" as the predicate of "be" ("we are concerned")."""
    if tok.pos_ == "VERB" and tok.lower_ in HOPE_VERBS:
        takes = any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "for")
                    for c in tok.children)
        return HOPEFUL if takes else None
    if tok.dep_ == "acomp" and tok.head.lemma_.lower() in ("be", "remain"):
        return FEELINGS.get(tok.lower_)
    return None


def _first_subject(span: Span, subject: Token) -> bool:
    """The subject is the first subject of the quoted or reported words in its sentence (the
    speaker's own clause, not a clause within it: "they said the rebels hoped ..." is no hope
    of theirs; '"The talks failed. We are concerned," X said': "we" opens its sentence)."""
    sent = subject.sent
    words = span.doc[max(span.start, sent.start):min(span.end, sent.end)]
    return next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), None) == subject


def _about(index: ActorIndex, word: Token, speaker: Actor) -> Actor | None:
    """The one actor (not the speaker's own) the attitude's "of", "about", "for" or "over"
    phrase names ("skeptical of Russia's plan": Russia)."""
    found = [a for p in word.children if p.dep_ == "prep" and p.lower_ in (
        "of", "about", "for", "over") for o in p.children if o.dep_ == "pobj"
        for a in index.np(o) if a.code and a.country != speaker.country]
    return found[0] if len(found) == 1 else None
