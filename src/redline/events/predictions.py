"""Acts foretold in someone else's speech: the speaker's claim, not the actor's own act.

Whose prediction an event is, decided here and only here, in two steps:

- before a reported "will" is folded (``onlooker_forecast``, asked by
  ``resolution._modal_fold``): "Analysts say Turkey will send troops", a future of someone
  named reported by onlookers (``ONLOOKERS``), is their forecast of the act (intended), never
  the subject's own promise or threat, and is not folded;
- after resolution (``foreign_predictions``), when the actors are known: the cases below.

- "Biden said Russia will invade Ukraine": a future hostile act of a named actor, reported by
  a speaker not known to be on the actor's side, is a prediction of that act (the act's own
  code, not asserted), not a Russian threat or promise (``resolution._modal_fold`` folds "X
  said it will invade" into a threat); the speaker is who it is attributed to, and the
  statement takes no target from the reported clause. So is a conditioned one ("... if NATO
  expands"), and so is one reported by someone of no known side ("officials said", "he said");
- "Biden warned that Russia would invade Ukraine": a warning about another's act is a remark
  (CAMEO 012), not a threat by the one warning; the act warned of is coded on its own, not
  asserted; so is a warning about a thing with no actor in it ("warned that the drought could
  ruin the harvest", "warned that the storm could hit the coast"), but not one that holds out a
  consequence ("warned that the response would be swift").

A speaker of the same country ("Erdogan said Turkey will send troops", "the Kremlin said Putin
will meet Biden") still speaks for the actor: the fold stands. So does a speaker for an
alliance or body of which the actor is a member, or the reverse ("Biden warned Russia that
NATO would respond", "Stoltenberg warned that the United States would retaliate"), and a
pronoun subject ("said it will"): the speaker's own side.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from redline.actors.kb import knowledge_base
from redline.events.frames import is_hostile
from redline.events.hit_modality import speaker_hit
from redline.events.roles import ActorIndex, source_actors
from redline.events.triggers import Hit
from redline.model import Actor

WARN_VERBS = frozenset({"warn", "caution"})
CONSEQUENCES = frozenset({"consequence", "response", "retaliation", "price", "cost", "action",
                          "measure", "step", "reaction", "punishment", "penalty", "sanction",
                          "force", "attack", "strike", "war", "reprisal", "answer"})
FATES = frozenset({"face", "pay", "suffer", "regret", "bear", "incur", "risk", "feel", "meet",
                   "receive", "get", "lose"})  # what the warned side will undergo
REMARK = "012"  # a warning of what another will do: a remark (as in resolution._warns_of_fact)
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
# those who comment on others' acts: what they say someone will do is their forecast
ONLOOKERS = frozenset({"analyst", "expert", "observer", "commentator", "pundit", "economist",
                       "scholar", "researcher", "strategist", "forecaster", "poll", "survey"})


def reported(hits: dict[int, Hit], tok: Token) -> bool:
    """``tok`` heads a clause reported by a verb of saying that is itself a trigger."""
    head = hits.get(tok.head.i)
    return tok.dep_ == "ccomp" and head is not None and head.entry.frame == "SAY"


def onlooker_forecast(hits: dict[int, Hit], tok: Token, aux: set[str]) -> bool:
    """A future of someone named (``aux``: the clause's auxiliaries) reported by onlookers:
    their forecast, not to be folded into the subject's promise or threat. Any other report
    is folded, and ``foreign_predictions`` undoes the fold of a hostile act later when the
    speaker is not known to be on the subject's side."""
    if not aux & FUTURE or not reported(hits, tok):
        return False
    named = any(s.dep_ == "nsubj" and s.pos_ != "PRON" for s in tok.children)
    return named and any(s.dep_ == "nsubj" and s.lemma_.lower() in ONLOOKERS
                         for s in tok.head.children)


def foreign_predictions(index: ActorIndex, hits: dict[int, Hit]) -> None:
    """Undo the folds of acts that a speaker of another side foretells (see the module)."""
    for hit in hits.values():
        if hit.intent_fold or "threat" in hit.extra:
            _unfold_said(index, hits, hit)
        elif hit.frame == "THREATEN" and hit.tok.lemma_.lower() in WARN_VERBS:
            _unfold_warning(index, hits, hit)


def _unfold_said(index: ActorIndex, hits: dict[int, Hit], hit: Hit) -> None:
    if not is_hostile(hit.entry.code or ""):
        return  # "Japan said the US will send aid": often a joint announcement, left folded
    speaker = speaker_hit(hits, hit.tok)
    if speaker is None or _speaks_for(index, speaker.tok, hit.tok):
        return
    hit.intent_fold = False
    hit.extra.pop("threat", None)
    hit.code = hit.extra.get("prefold", hit.entry.code)  # keeps an earlier recode of the hit
    hit.extra["predicted"] = "1"
    if speaker.comp is not None and speaker.comp.i == hit.tok.i:
        speaker.comp = None  # the statement is not aimed at the foretold act's target


def _unfold_warning(index: ActorIndex, hits: dict[int, Hit], hit: Hit) -> None:
    comp = hit.comp
    if comp is None or comp.dep_ != "ccomp":
        return
    if _thing_subject(index, comp):
        hit.code = REMARK  # "warned that the drought could ruin the harvest"
        return
    if comp.lemma_.lower() in FATES or not _other_side(index, hit.tok, comp):
        return  # "warned that Ukraine would face consequences": a threat
    if _warned_of_own_fate(index, hit.tok, comp):
        return  # "warned Moscow that Russia would pay a price": a threat to the one warned
    hit.code = REMARK
    sub = hits.get(comp.i)
    if sub is not None:
        sub.consumed = False
        sub.extra["predicted"] = "1"


def _named_subjects(clause: Token) -> list[Token] | None:
    """The clause's subjects (who acts, not who suffers); None for none or a pronoun."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return None if not subjects or any(s.pos_ == "PRON" for s in subjects) else subjects


def _other_side(index: ActorIndex, speaker: Token, clause: Token) -> bool:
    """The clause's named subject is known to belong to another side than the speaker."""
    subjects = _named_subjects(clause)
    if subjects is None:
        return False
    said_by = {_side(a) for a in source_actors(index, speaker)} - {None}
    actors = {_side(a) for s in subjects for a in index.np(s)} - {None}
    return bool(said_by) and bool(actors) and not _allied(said_by, actors)


def _speaks_for(index: ActorIndex, speaker: Token, clause: Token) -> bool:
    """The speaker is known to be on the side of the clause's subject (or it is a pronoun)."""
    subjects = _named_subjects(clause)
    if subjects is None:
        return True
    said_by = {_side(a) for a in source_actors(index, speaker)} - {None}
    actors = {_side(a) for s in subjects for a in index.np(s)} - {None}
    return not actors or _allied(said_by, actors)


def _allied(one: set[str | None], other: set[str | None]) -> bool:
    """The same country or body, or a body and one of its members (either way round)."""
    members = _members()
    return bool(one & other) or any(
        m in other for org in one for m in members.get(org or "", ())) or any(
        m in one for org in other for m in members.get(org or "", ()))


@lru_cache(maxsize=1)
def _members() -> dict[str, frozenset[str]]:
    """Each alliance or body's members at any time (``kb.memberships``, status member)."""
    found: dict[str, set[str]] = {}
    for row in knowledge_base().memberships:
        if row.status == "member":
            found.setdefault(row.org, set()).add(row.member)
    return {org: frozenset(ms) for org, ms in found.items()}


def _thing_subject(index: ActorIndex, clause: Token) -> bool:
    """The clause's subject is a thing, no actor, and no consequence held out ("warned that
    the move could backfire"; not "warned that the response would be swift")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not index.np(s) and s.lemma_.lower() not in CONSEQUENCES
        for s in subjects)


def _warned_of_own_fate(index: ActorIndex, verb: Token, clause: Token) -> bool:
    warned = {_side(a) for c in verb.children if c.dep_ in ("dobj", "dative")
              for a in index.np(c)} - {None}
    acting = {_side(a) for c in clause.children if c.dep_ == "nsubj" for a in index.np(c)}
    return bool(warned & acting)


def _side(actor: Actor) -> str | None:
    """The country of an actor, or the body's own code ("NATO", "EU"); None when unknown."""
    code = actor.country or actor.code or ""
    if code in _members():
        return code
    return None if not code or code.startswith("---") else code[:3]
