"""Evaluative speech: what a speaker says someone is or has done well or badly (issue 17, 17n).

Inside what someone is quoted or reported as saying, a judgement of a named actor is an act
of the speaker's (the gold guidelines: "X praised Y" is SUPPORT, criticism of someone is
ACCUSE):

- a copular clause with an evaluative predicate: '"North Korea is a paranoid, isolated
  nation," Sanders said' (criticism, 111); '"They are criminals," the commander said' (an
  accusation of crime, 1121); '"Germany has been a great ally," X said' (praise, 051);
- a breach: '"X is in clear breach of UN resolutions," Y said' (an accusation, 112);
- a job judged: '"Governor Bevin has done a wonderful job," Trump wrote' (praise).

The speaker must be coded and the one judged an actor other than the speaker's own body; no
such act when the clause is negated, conditional, modal ("would be a disaster") or asked, or
when the sentence already holds an event of that type.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from redline.events.codebook import lookup
from redline.events.modality import plain_statement, sentence_asks
from redline.events.records import spoken_event
from redline.events.roles import ActorIndex
from redline.model import Actor, Event, Quote
from redline.model import Span as TextSpan

PRAISE, CRITICISE, ACCUSE, CRIME = "051", "111", "112", "1121"
BREACHES = frozenset({"breach", "violation", "contravention", "defiance"})
DATA = Path(__file__).parent / "data" / "evaluations.txt"


def _words(kind: str) -> frozenset[str]:
    """The words of one kind in ``data/evaluations.txt``."""
    out: set[str] = set()
    for line in DATA.read_text(encoding="utf-8").splitlines():
        head, _, words = line.partition(":")
        if head.strip() == kind and not line.startswith("#"):
            out.update(words.split())
    return frozenset(out)


NEGATIVE, CRIMES, POSITIVE = _words("negative"), _words("crime"), _words("positive")
COPULAS = frozenset({"be", "seem", "remain", "become", "prove"})
JOBS = frozenset({"job", "work"})
VAGUE = frozenset({"it", "this", "that", "there", "these", "those", "what", "which", "who",
                   "everyone", "nobody", "anyone", "one", "you", "i", "we"})


def with_evaluations(index: ActorIndex, doc: Doc, quotes: Sequence[Quote],
                     events: Sequence[Event], doc_id: str) -> list[Event]:
    """``events`` and the praise and criticism voiced in ``quotes``."""
    sents = list(doc.sents)
    taken = {(e.sentence, e.plover) for e in events}
    out: list[Event] = []
    for quote in quotes:
        speaker = quote.speaker
        span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if speaker is None or not speaker.code or span is None or not len(span):
            continue
        for pred, code, judged in _judgements(index, span):
            si = next(i for i, s in enumerate(sents) if s.start <= pred.i < s.end)
            key = (si, lookup(code).plover)
            if key in taken or _same(judged, speaker) or sentence_asks(sents[si]):
                continue
            taken.add(key)
            out.append(_event(pred, code, speaker, judged, si, doc_id))
    return [*events, *out]


def _judgements(index: ActorIndex, span: Span) -> list[tuple[Token, str, Actor]]:
    """(predicate word, code, actor judged) of each judgement in ``span``."""
    out: list[tuple[Token, str, Actor]] = []
    for verb in span:
        if verb.pos_ not in ("AUX", "VERB") or not plain_statement(verb, span):
            continue
        found = _copular(verb) or _job(verb)
        if found is None:
            continue
        pred, code = found
        judged = _judged(index, verb)
        if judged is not None:
            out.append((pred, code, judged))
    return out


def _copular(verb: Token) -> tuple[Token, str] | None:
    """"X is a paranoid nation", "X is reckless", "they are criminals"."""
    if verb.lemma_.lower() not in COPULAS:
        return None
    for pred in verb.children:
        if pred.dep_ == "prep" and pred.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in BREACHES for o in pred.children):
            return pred, ACCUSE  # "is in clear breach of the resolutions"
        if pred.dep_ in ("acomp", "attr", "oprd"):
            code = _verdict(pred)
            if code is not None:
                return pred, code
    return None


def _job(verb: Token) -> tuple[Token, str] | None:
    """"X has done a wonderful job"."""
    if verb.lemma_.lower() != "do":
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in JOBS:
            code = _verdict(obj, own=False)
            if code is not None:
                return obj, code
    return None


def _verdict(pred: Token, *, own: bool = True) -> str | None:
    """The code a predicate's words give: a crime, criticism or praise (the predicate, its
    coordinated words and the adjectives of a noun: "a paranoid, isolated nation")."""
    words = [pred, *pred.conjuncts] if own else []
    words += [c for w in [pred, *pred.conjuncts] for c in w.children
              if c.dep_ in ("amod", "compound") and not _qualified(c)]
    words += [c for w in list(words) for c in w.conjuncts if c not in words]
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    if _qualified(pred):
        return None
    if lemmas & CRIMES:
        return CRIME
    if lemmas & NEGATIVE:
        return CRITICISE
    if lemmas & POSITIVE:
        return PRAISE
    return None


def _qualified(word: Token) -> bool:
    """"not great", "too weak", "less dangerous": no plain verdict."""
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in (
        "not", "never", "too", "less", "hardly", "n't", "no") for c in word.children)


def _judged(index: ActorIndex, verb: Token) -> Actor | None:
    """The one actor the clause's subject names (not "it", "this", "we", "you")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ in VAGUE:
        return None
    found = index.np(subjects[0])
    return found[0] if len(found) == 1 and found[0].code else None


def _same(judged: Actor, speaker: Actor) -> bool:
    """The speaker itself, its body or its own state ("France" said by France's president)."""
    return judged.code in (speaker.code, speaker.country) or (judged.start, judged.end) == (
        speaker.start, speaker.end)



def _event(pred: Token, cameo: str, source: Actor, target: Actor, si: int,
           doc_id: str) -> Event:
    span = TextSpan(pred.text, pred.idx, pred.idx + len(pred.text))
    return spoken_event(span, cameo, source, target, si, doc_id)
