"""Coding a noun phrase: its actors (with conjuncts and compounds) combined with its agents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from redline.petrarch.model import ActorEntry, AgentEntry
from redline.petrarch.view import Found

NOMINAL = {"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"}
CLAUSAL = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}
CLIMB_DEPS = {"compound", "amod", "poss", "nmod", "case", "det", "nummod", "appos", "npadvmod"}
CLIMB_PREPS = {"of", "in", "from"}
FORMER = {"former", "ex", "ex-"}


@dataclass(frozen=True)
class UnitContext:
    """What unit coding needs: the names found per token and the record's date."""

    by_token: dict[int, Found]
    date: str | None


def unit_head(tok: Any, preps: bool = True) -> Any:
    """Climb from a name's head token to the head of the noun phrase it belongs to.

    With ``preps`` the climb also leaves ``of``/``in``/``from`` phrases ("the government of
    Gondor" is coded at "government").
    """
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            return tok
        if tok.dep_ in CLIMB_DEPS and head.pos_ in NOMINAL:
            tok = head
        elif (preps and tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in CLIMB_PREPS
              and head.head.pos_ in NOMINAL and head.head.i != head.i):
            tok = head.head
        elif tok.dep_ == "conj" and head.pos_ in NOMINAL:
            tok = head
        else:
            return tok
    return tok


def _coordinated(child: Any) -> bool:
    """A nominal dependent that is really a conjunct: a conj, a listed appositive
    ("Mordor, the Shire, Fornost and Bree") or a modifier with its own "and"."""
    if child.pos_ not in NOMINAL:
        return False
    if child.dep_ == "conj":
        return True
    kids = {c.dep_ for c in child.children}
    if child.dep_ == "appos":
        return "conj" in kids
    return child.dep_ in ("nmod", "compound") and "cc" in kids and child.i < child.head.i


def conj_group(head: Any) -> list[Any]:
    """The head and its nominal conjuncts, in order."""
    group = [head]
    for tok in group:
        group.extend(c for c in tok.children if _coordinated(c) and c not in group)
    return sorted(group, key=lambda t: t.i)


def _own_tokens(conjunct: Any, group: list[Any]) -> tuple[list[Any], set[int]]:
    """Tokens of a conjunct (other conjuncts and clauses left out) and its core (no PPs)."""
    skip: set[int] = set()
    core_skip: set[int] = set()
    for child in conjunct.children:
        if child in group or child.dep_ in CLAUSAL or child.dep_ in ("cc", "punct"):
            skip.update(t.i for t in child.subtree)
        elif child.dep_ in ("prep", "agent"):
            core_skip.update(t.i for t in child.subtree)
    toks = [t for t in conjunct.subtree if t.i not in skip]
    return toks, {t.i for t in toks if t.i not in core_skip}


def _connected(a: Any, b: Any) -> bool:
    seen, todo = {a.i}, [a]
    while todo:
        t = todo.pop()
        if t.i == b.i:
            return True
        near = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
        for n in near:
            if n.i not in seen:
                seen.add(n.i)
                todo.append(n)
    return False


@dataclass
class _Part:
    actors: list[ActorEntry]
    agents: list[AgentEntry]
    pre_agents: list[AgentEntry]


def _part(conjunct: Any, group: list[Any], ctx: UnitContext) -> _Part:
    toks, core = _own_tokens(conjunct, group)
    names: list[Found] = []
    for t in toks:
        f = ctx.by_token.get(t.i)
        if f is not None and f not in names:
            names.append(f)
    actor_names = [f for f in names if not f.is_agent]
    actors: list[ActorEntry] = []
    if actor_names:
        first = conjunct.doc[actor_names[0].head]
        actors = [f.payload for f in actor_names  # type: ignore[misc]
                  if f is actor_names[0] or _connected(first, conjunct.doc[f.head])]
    agent_names = [f for f in names if f.is_agent and f.head in core]
    agents: list[AgentEntry] = [f.payload for f in agent_names]  # type: ignore[misc]
    pre = [f.payload for f in agent_names if f.head < conjunct.i]
    if agents and any(conjunct.doc[i].lower_ in FORMER for i in core):
        agents = [AgentEntry(agents[0].phrase, "ELI")]
        pre = []
    return _Part(actors, agents, pre)  # type: ignore[arg-type]


def combine(code: str, agents: list[AgentEntry]) -> str:
    """An actor code with agent codes put in front (``NGO~``) or appended (``~GOV``)."""
    for agent in agents:
        if agent.prefix:
            code = code if code.startswith(agent.code) else agent.code + code
        elif not code.endswith(agent.code):
            code = code + agent.code
    return code


def _actor_codes(actor: ActorEntry, date: str | None) -> list[str]:
    code = actor.code_on(date)
    return [c for c in (code or "").split("/") if c]


def unit_codes(head: Any, ctx: UnitContext) -> list[str]:
    """All codes of the noun phrase headed by ``head`` (several for compounds)."""
    group = conj_group(head)
    parts = [_part(c, group, ctx) for c in group]
    donors = [p for p in parts if p.actors]
    codes: list[str] = []
    for part in parts:
        actors, pre = part.actors, []
        if not actors and part.agents and donors:
            actors, pre = donors[0].actors, donors[0].pre_agents
        if not actors and part.agents:
            codes.append(combine("---", part.agents))
        for actor in actors:
            for code in _actor_codes(actor, ctx.date):
                codes.append(combine(code, pre + part.agents))
    return list(dict.fromkeys(codes))
