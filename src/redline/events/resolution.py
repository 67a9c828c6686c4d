"""Resolve each trigger's complement frame into one code ("refused to attend the talks": a
rejection of a meeting; "prepared to resume shelling": a show of force)."""

from __future__ import annotations

from spacy.tokens import Token

from redline.events import frames
from redline.events.dictionary import frames_complement
from redline.events.modality import aux_words, is_negated
from redline.events.offers import offered_code
from redline.events.predictions import FUTURE, onlooker_forecast, reported
from redline.events.triggers import SERVED, Hit, for_clause

COMP_PREPS = frozenset({"to", "of", "for", "on", "against", "from", "in", "into"})
MUST = frozenset({"must"})
SHOULD = frozenset({"should", "ought"})
MAYBE = frozenset({"may", "might", "could"})
WITHDRAWALS = frozenset({"087", "164", "166"})


def complement(tok: Token, hits: dict[int, Hit]) -> Token | None:
    """The action a frame word governs: a clause, a "to"/"of" phrase, or an event noun."""
    cands: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "acl" and tok.pos_ == "NOUN") or (
                for_clause(child)):
            cands.append(child)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in COMP_PREPS:
            cands.extend(g for g in child.children if g.dep_ in ("pcomp", "pobj"))
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            cands.append(child)
            cands.extend(g for g in child.children if g.dep_ in ("acl", "relcl"))
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "to"):
                    cands.extend(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":  # "reiterated its demand that X ease Y"
        cands.extend(c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i)
    for cand in cands:
        if cand.i in hits and cand.i != tok.i:
            return cand
        inner = _through(cand, hits)
        if inner is not None:
            return inner
    return next((c for c in cands if c.dep_ in ("xcomp", "ccomp")), None)


ASPECT = frozenset({"resume", "continue", "begin", "start", "keep", "step", "intensify",
                    "escalate", "be"})


def _through(cand: Token, hits: dict[int, Hit]) -> Token | None:
    """The action inside an aspect verb or a copula: "prepared to resume shelling X", "must
    be ready to mediate"."""
    if cand.lemma_.lower() not in ASPECT or cand.dep_ not in ("xcomp", "ccomp"):
        return None
    for child in cand.children:
        if child.dep_ in ("xcomp", "acomp", "dobj") and child.i in hits:
            return child
    return None


def resolve(hits: dict[int, Hit], hit: Hit, depth: int = 0) -> None:
    """Set ``hit.code`` from its entry, its frame and its complement (recursively)."""
    if hit.resolved:
        return
    hit.resolved = True
    frame = hit.entry.frame
    hit.frame = frame
    if frame is None:
        hit.code = hit.entry.code
        if hit.entry.neg is not None and is_negated(hit.tok):
            hit.frame = hit.entry.neg  # "refused ... did not accept the ceasefire"
            hit.code = frames.combine(hit.entry.neg, hit.code)
            hit.extra["refusal"] = "1"
            return
        if _refused_until(hit.tok, hit.code):
            hit.frame = "REJECT"  # "will not lift the ban until X pays": a refusal now
            hit.code = frames.combine("REJECT", hit.code)
            hit.extra["refusal"] = "1"
            return
        _modal_fold(hits, hit)
        _armed_purpose(hit)
        return
    comp = complement(hit.tok, hits)
    hit.comp = comp
    sub = hits.get(comp.i) if comp is not None else None
    if sub is not None and not frames_complement(hit.entry, sub.entry):
        sub = None
    if sub is not None and depth < 6:
        resolve(hits, sub, depth + 1)
    sub_code = sub.code if sub is not None else None
    if frame == "TRY":
        if comp is None or comp.dep_ == "xcomp":
            return  # "tried to hack into X": CAMEO codes the attempted act itself
        hit.frame = frame = "APPEAL"  # "sought guarantees from X"
    if hit.entry.neg is not None and is_negated(hit.tok):
        hit.frame = frame = hit.entry.neg  # "I don't accept anybody's red lines": a rejection
        hit.extra["refusal"] = "1"
    if frame == "THREATEN" and _warns_of_fact(hit.tok, comp, sub_code):
        hit.code = GLOOMY  # "warned that Moscow was massing troops": a remark, not a threat
    elif frame == "INTENT" and accord(hit.tok):
        hit.code = ACCORD  # "agreed with the Senate that X": accord with a view, no intent
    elif frame in frames.TABLES:  # "offered to send troops": no threat (offers.py)
        hit.code = offered_code(hit.tok, frame, sub_code, comp) or frames.combine(frame, sub_code)
        if frame == "REJECT" and no_comment(comp, sub.entry.code if sub else None):
            hit.code = NO_COMMENT  # "declined to comment", "refused to say whether"
        if sub is not None:
            sub.consumed = True
    elif frame == "PREPARE" and sub_code is not None and sub_code[:2] in frames.FORCE_ROOTS:
        hit.code = frames.POSTURE  # "prepared to resume shelling": a show of force, now
        sub.consumed = True  # type: ignore[union-attr]
    elif frame in ("PLAN", "WANT", "PREPARE") and sub_code is not None and not (
            frames.is_hostile(sub_code)):
        hit.code = frames.combine("INTENT", sub_code)
        sub.consumed = True  # type: ignore[union-attr]
    elif frame == "SAY" and comp is not None and _clause_aux(comp, hit.tok) & MUST and (
            sub is None or sub.demand_of is None):
        hit.frame = "DEMAND"
        hit.code = frames.combine("DEMAND", sub_code)
        if sub is not None:
            sub.consumed = True
    elif frame == "DENY" or (frame in ("SAY", "CONSIDER") and sub_code is not None):
        hit.code = hit.entry.code


GLOOMY = "012"
ACCORD = "019"
PROMISED = frozenset({"will", "would", "shall", "'ll"})
# a duty in the clause is promised only by the agreeing side itself ("agreed that they should
# meet"); of someone else it is a view ("agreed with France that Greece should leave", r11)
DUTY = frozenset({"should", "must"})
TOPIC_PREPS = frozenset({"on", "upon", "to", "over", "about", "for"})


def accord(tok: Token) -> bool:
    """"agreed with the Senate that the law should stand" is CAMEO's "express accord" (019):
    "agree" with a party or a view ("with the recommendation") or with a that-clause of fact,
    and no act promised ("agreed with Russia to cut output", "agreed that they would meet",
    "agreed on a ceasefire" stay intents or agreements)."""
    if tok.lemma_.lower() != "agree" or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "dobj", "nsubjpass") for c in kids):
        return False
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if clauses:
        return not any(map(_promised, clauses)) and not preps & TOPIC_PREPS
    return "with" in preps and not preps & TOPIC_PREPS


def _promised(clause: Token) -> bool:
    """The that-clause promises an act: "would meet", or "should meet" said of the agreeing
    side by a pronoun ("they", "we")."""
    words = aux_words(clause)
    if words & PROMISED:
        return True
    return bool(words & DUTY) and any(c.dep_ == "nsubj" and c.pos_ == "PRON"
                                      for c in clause.children)


NO_COMMENT = "011"


def no_comment(comp: Token | None, said: str | None) -> bool:
    """A refusal whose complement is a verb of saying ("declined to comment", "refused to
    confirm"): CAMEO's "decline to comment", not a rejection of someone's demand."""
    return comp is not None and comp.pos_ == "VERB" and comp.dep_ == "xcomp" and (
        said or "").startswith("01")


def _warns_of_fact(tok: Token, comp: Token | None, sub_code: str | None) -> bool:
    """"warned that X was doing Y": a that-clause of fact about someone else, not a promised
    act (no "will", "would", "could", "must"; "warned that it is ready to strike" stays)."""
    if comp is None or comp.dep_ != "ccomp" or tok.lemma_.lower() != "warn":
        return False
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in comp.children):
        return sub_code is None or not frames.is_hostile(sub_code)
    if sub_code is not None and not frames.is_hostile(sub_code):
        return True  # "warned that the president will demand ...": a report of his demand
    return not (_clause_aux(comp, tok) & (FUTURE | MAYBE | MUST | SHOULD))


def _clause_aux(comp: Token, frame_tok: Token) -> set[str]:
    """Auxiliaries of a complement clause, including those of a copula or aspect verb that
    the complement was reached through ("must be ready to")."""
    aux = aux_words(comp)
    if comp.head.i != frame_tok.i and comp.head.head.i == frame_tok.i:
        aux |= aux_words(comp.head)
    return aux


def _modal_fold(hits: dict[int, Hit], hit: Hit) -> None:
    """"Y must X" in a report is a demand on Y; "will X" (cooperative) stays X, and the CAMEO
    intent code it reads as is kept in ``hit.extra["intent"]`` (``hit_modality`` makes it
    `intended`, ``cameo_view`` reads it back as 03x), unless onlookers foretell it
    (``predictions.onlooker_forecast``); a hostile "will" in a report is folded into a threat,
    and whether it stays folded is ``predictions.foreign_predictions``'s to say."""
    tok = hit.tok
    aux = aux_words(tok) - {"to"}
    if not aux and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ASPECT:
        tok = tok.head  # "will continue to send aid": the clause is the aspect verb's
        aux = aux_words(tok)
    code = hit.code or ""
    if not aux or code[:2] in ("02", "03", "10", "12", "13") or onlooker_forecast(hits, tok, aux):
        return
    hit.extra["prefold"] = code  # what ``predictions`` restores when it undoes a fold
    if aux & (FUTURE | MAYBE) and _conditioned(hit.tok) and (
            frames.is_hostile(code) or code[:3] in WITHDRAWALS):
        hit.extra["threat"] = "1"  # "will withdraw its force unless ...": a conditional threat
        hit.code = frames.combine("THREATEN", code)
    elif aux & MUST and hit.tok.dep_ == "ccomp" and hit.tok.head.i in hits:
        hit.demand_of = hit.tok
        hit.code = frames.combine("DEMAND", code)
    elif aux & SHOULD and hit.tok.dep_ == "ccomp" and hit.tok.head.i in hits:
        hit.demand_of = hit.tok
        hit.code = frames.combine("APPEAL", code)
    elif aux & FUTURE and (reported(hits, tok) or not _in_condition(tok)):
        if not frames.is_hostile(code):
            hit.extra["intent"] = frames.intent_code(code)  # r13-16w: X intended
        elif reported(hits, tok):
            hit.intent_fold = True
            hit.code = frames.combine("THREATEN", code)


UNTIL = frozenset({"until", "till", "unless", "before"})


def _refused_until(tok: Token, code: str | None) -> bool:
    """"will not release the soldiers unless X ...", "won't end the strike until Y": a
    cooperative act denied for the future until a condition is met is a refusal (CAMEO 12),
    not an act that did not happen."""
    if code is None or frames.is_hostile(code) or not is_negated(tok) or not (
            aux_words(tok) & FUTURE):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in UNTIL
                                         for m in c.children) for c in tok.children)


def _armed_purpose(hit: Hit) -> None:
    """"building missiles to use against X": arms readied for use against X (the class came
    from the noun the infinitive serves) are a threat of force, not an attack."""
    tok = hit.tok
    if hit.entry.cls != SERVED + "TROOPS" or tok.dep_ not in ("acl", "relcl", "advcl") or any(
            c.dep_ == "dobj" for c in tok.children) or not frames.is_hostile(hit.code or ""):
        return
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        hit.extra["threat"] = "1"
        hit.code = frames.combine("THREATEN", hit.code)


def _conditioned(tok: Token) -> bool:
    """A main clause carrying its own if/unless condition ("will strike unless X ...")."""
    return tok.dep_ in ("ROOT", "ccomp", "conj") and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                  for m in c.children) for c in tok.children)


def _in_condition(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children) or any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in tok.children)
