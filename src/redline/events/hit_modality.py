"""Modality of one coded trigger: its own clause, the clauses and frame words above it
("denied that", "urged X to stop ..."), and how an event noun is used."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.hedges import hedge_modality
from redline.events.modality import (
    CLAUSE_LINKS,
    aux_words,
    clause_modality,
    clause_parent,
    hedged,
    is_adjunct_clause,
    is_conditional,
    is_negated,
    negated_denial,
    upward_modality,
    worst,
)
from redline.events.noun_modality import noun_modality
from redline.events.protest_purposes import assembled_to_protest
from redline.events.reported_content import denied_report, report_frame
from redline.events.triggers import Hit

REMARK = "012"
OPEN_MODALITY = {"DENY": "denied", "CONSIDER": "hypothetical", "PLAN": "intended",
                 "PREPARE": "intended",
                 "WANT": "hypothetical"}
FOLDED_MODALITY = {"APPEAL": "hypothetical", "DEMAND": "hypothetical", "INTENT": "intended",
                   "THREATEN": "hypothetical", "ACCUSE": "hypothetical", "REJECT": "negated"}


def noun_event(hit: Hit) -> bool:
    """An event noun on its own ("the invasion"), not the object of a light verb."""
    return hit.entry.pos == "noun" and "noun" not in hit.extra


def speaker_hit(hits: dict[int, Hit], tok: Token,
                 kinds: frozenset[str] = frozenset({"SAY"})) -> Hit | None:
    """The nearest reporting verb ("said", "announced") above ``tok``."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in CLAUSE_LINKS or cur.head.i == cur.i:
            return None
        cur = report_frame(cur) or cur.head  # "confirmed reports that X had bombed Y"
        hit = hits.get(cur.i)
        if hit is not None and (hit.entry.frame in kinds or hit.code == REMARK):
            return hit  # a warning of fact reports too: "warned that X was massing troops"
    return None


def event_modality(hits: dict[int, Hit], hit: Hit, asks: bool) -> str:
    tok = hit.tok
    reported = speaker_hit(hits, tok) is not None
    mod = clause_modality(tok, reported=reported)
    if "refusal" in hit.extra:  # the negation is the act; "will not accept" refuses now
        mod = "hypothetical" if is_conditional(tok) else "asserted"
    if (tok.dep_ == "acomp" or tok.pos_ == "ADJ") and is_negated(tok.head):
        mod = worst(mod, "negated")  # "is not opposed to", "is not ready to"
    if tok.dep_ == "acomp" and is_conditional(tok.head):
        mod = worst(mod, "hypothetical")  # "if he is willing to offer"
    willed = "intent" in hit.extra and _own_will(hit)
    if willed and mod == "intended":
        hit.extra["stated"] = "1"  # "will send aid": the act, intended (r13-16w)
    elif (hit.intent_fold and mod == "intended" and _own_will(hit)) or (
            "threat" in hit.extra and mod in ("intended", "hypothetical")) or (
            mod == "intended" and (_protest_purpose(hits, tok) or taken_step(tok))):
        mod = "asserted"
    clause = _governing_verb(tok) if noun_event(hit) else tok
    if clause.i != tok.i and mod == "asserted":
        mod = clause_modality(clause, reported=reported)  # "is not covered by the promise"
    up = upward_modality(clause)
    if willed and up == "intended":
        hit.extra["stated"] = "1"  # "will continue to send aid": the aid, intended
    elif hit.intent_fold and up == "intended" and _own_will(hit):
        up = "asserted"  # "will continue to threaten": the stated threat is the event
    mod = worst(mod, up, open_frame_modality(hits, clause))
    if hedged(tok):
        mod = worst(mod, "hypothetical")
    hedge = hedge_modality(clause, (hit.code or "")[:2])
    if hedge is not None and not hit.intent_fold and "intent" not in hit.extra:
        mod = worst(mod, hedge)
    return worst(mod, "asked") if asks else mod


def _own_will(hit: Hit) -> bool:
    """A folded "will X" that stays a stated intent: a threat, a promise ("will send", "said
    it would send"), not a prediction about someone named ("analysts say Putin would ...")."""
    if (hit.code or "")[:2] == "13" or "would" not in aux_words(hit.tok):
        return True
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in hit.tok.children)


STEPS = frozenset({"step", "measure", "action", "move"})


def taken_step(tok: Token) -> bool:
    """"took steps to ease restrictions": the steps are the easing, done, not a purpose."""
    if "to" not in aux_words(tok) or tok.dep_ not in ("acl", "relcl", "advcl"):
        return False
    verb = tok.head.head if tok.dep_ != "advcl" and tok.head.dep_ == "dobj" else tok.head
    return verb.lemma_.lower() in ("take", "adopt") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STEPS for c in verb.children)


def _protest_purpose(hits: dict[int, Hit], tok: Token) -> bool:
    """"a rally to protest X": what the protest is against, said as it happens."""
    if assembled_to_protest(tok, (hits[tok.i].code if tok.i in hits else None)):
        return True  # "gathered to protest X" (r13-17n)
    head = hits.get(tok.head.i) if tok.dep_ in ("relcl", "acl") else None
    return head is not None and head.tok.pos_ == "NOUN" and (head.code or "").startswith("14")


def _tense(tok: Token) -> tuple[frozenset[str], str]:
    """A verb's auxiliaries and tag: a conjunct tensed like the frame verb, not like the verb
    it was attached to, belongs beside the frame ("denied that X had started the war and
    accused Y")."""
    return frozenset(aux_words(tok)), tok.tag_


def _governing_verb(tok: Token) -> Token:
    """The verb whose object an event noun is ("held talks", "covered by the promise")."""
    cur = tok
    if cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "agent") and cur.head.head.pos_ in (
            "VERB", "AUX"):
        return cur.head.head
    if cur.dep_ in ("dobj", "nsubjpass") and cur.head.pos_ in ("VERB", "AUX"):
        return cur.head
    return tok


CAPABLE = frozenset({"capable", "incapable"})  # the gold's capability: hypothetical
ALLEGE = frozenset({"accuse", "charge", "suspect", "blame", "allege", "indict", "fault"})


def open_frame_modality(hits: dict[int, Hit], tok: Token) -> str:
    """Modality set by frame words above the trigger: "denied that X attacked", "plans to",
    and, below a folded frame's own complement, "urged X to stop attacking Y"."""
    cur: Token | None = tok
    out = "asserted"
    path: set[int] = set()
    parallel: tuple[frozenset[str], str] | None = None
    for _ in range(6):
        if cur is None or is_adjunct_clause(cur):
            break  # "... as the leaders sought to ease tensions": beside the frame, not in it
        link, below = cur.dep_, cur
        cur = clause_parent(cur)
        if cur is None:
            break
        path.add(cur.i)
        if negated_denial(cur):
            continue  # "did not deny (reports) that X had bombed Y": no denial (r16-16)
        if link == "acl" and denied_report(below):
            out = worst(out, "denied")  # "denied reports that X had bombed Y"
        if link == "pcomp" and below.head.lower_ in ("of", "with", "for") and (
                cur.lemma_.lower() in ALLEGE):
            out = worst(out, "hypothetical")  # "accused X of blocking aid": alleged, not told
        if link == "pcomp" and below.head.lower_ == "of" and cur.lemma_.lower() in CAPABLE:
            out = worst(out, "hypothetical")  # "is capable of striking X": a capability (r16-16)
        if link == "conj" and _tense(below) != _tense(cur):
            parallel = _tense(below)  # "had denied that it was X-ing and had dismissed Y"
        hit = hits.get(cur.i)
        if hit is None or link == "conj" or parallel == _tense(cur):
            continue  # "denied X and dismissed Y": the second verb is beside the denial
        if link == "pcomp" and below.head.lower_ == "for" and (hit.code or "")[:2] in (
                "11", "17"):
            out = worst(out, "hypothetical")  # "arrested for spying": the charge, not a fact
        if hit.entry.frame in OPEN_MODALITY:
            out = worst(out, OPEN_MODALITY[hit.entry.frame])
        elif hit.frame in FOLDED_MODALITY and hit.comp is not None and hit.comp.i in path:
            out = worst(out, FOLDED_MODALITY[hit.frame])  # inside the complement, below it
    return out


def actorless_modality(hits: dict[int, Hit], hit: Hit, asks: bool,
                       clause: Token | None) -> str:
    """An event noun's modality with no actor of its own (extract's nouns told again,
    casualty_attacks' attacks): its own, and that of the clause it tells (``clause``: "if the
    fighting spread west", "an attack could kill hundreds")."""
    mod = noun_modality(hit.tok, event_modality(hits, hit, asks))
    return mod if clause is None else worst(mod, clause_modality(clause, reported=False))
