"""A phrase on its own ("Saudi National Guard", "U.S. Ambassador Gordon Sondland"), as
``redline actor`` and NGEC's resolver cases ask: the actor stage's reading, completed from the
whole knowledge.

* :func:`complete`: the widest actor the actor stage found in the phrase; where it names a
  country or body but no agent ("Saudi" in "Saudi National Guard"), the agent comes from the
  composition of the phrase's words, when the composed country agrees; a body of the same
  country wins over the bare country ("the PRD Mexico": the party); no actor at all: the
  look-up of the whole knowledge.
* "TITLE of [the] ORGANISATION" is coded by the organisation
  (:func:`redline.actors.compose.title_of_org`).
* :func:`titled_person`: a curated person named at the end of a titled phrase ("President Joe
  Biden", "Lt. Gen. Muhoozi Kainerugaba"), for the look-up before any composition.
"""

from __future__ import annotations

from collections.abc import Sequence

from redline.actors.compose import compose_phrase, title_of_org
from redline.actors.queries import ActorAnswer, make_code
from redline.errors import RedlineError
from redline.model import Actor

MAX_TITLE_WORDS = 6


def complete(found: Sequence[Actor], text: str, date: str) -> ActorAnswer | None:
    """The answer for ``text`` from the actors the actor stage ``found`` in it (widest first);
    "TITLE of [the] ORGANISATION" is the organisation's (:func:`compose.title_of_org`) where the
    actor stage's reading codes it otherwise, unless the organisation names no country
    and the actor stage's reading does ("Director of the Central Intelligence Agency": USASPY,
    not ---SPY) or the actor stage knows the organisation by its name ("head of the Syrian
    National Council": SYROPP)."""
    answer = _completed(found, text, date)
    org = title_of_org(text, date)
    if org is None or answer is not None and (
            answer.code == org.code or org.country is None and answer.country
            or _names_the_end(found, text)):
        return answer
    return org


def _names_the_end(found: Sequence[Actor], text: str) -> bool:
    """Whether an actor of two words or more ends ``text`` (the organisation after a title)."""
    end = len(text.rstrip(" .,"))
    return any(a.end >= end and len(a.text.split()) > 1 for a in found)


def _completed(found: Sequence[Actor], text: str, date: str) -> ActorAnswer | None:
    best = max(found, key=lambda a: (a.end - a.start, a.end), default=None)
    if best is not None and not best.sector:
        best = next((a for a in found if a.sector and a.country == best.country), best)
    if best is None or not (best.country or best.sector):
        return _looked_up(text, date)
    answer = ActorAnswer(best.name, date, best.code, best.country, best.sector, best.kind,
                         best.office, layer="resolver")
    if best.sector or best.kind == "person":
        return answer
    composed = compose_phrase(text, date)
    if composed is None or not composed.sector or composed.country not in (None, best.country):
        return answer
    from redline.actors.kb import knowledge_base

    code = make_code(knowledge_base(), str(best.country), composed.sector)
    return ActorAnswer(best.name, date, code, best.country, composed.sector, best.kind,
                       None, layer="composition")


def _looked_up(text: str, date: str) -> ActorAnswer | None:
    from redline.actors.lookup import lookup_actor

    try:
        return lookup_actor(text, date)
    except RedlineError:
        return None


def titled_person(name: str, date: str) -> ActorAnswer | None:
    """A curated person whose name (or alias) ends the phrase after up to a few title words,
    when the date or the name decides among its bearers."""
    from redline.actors.kb import knowledge_base
    from redline.actors.lookup import _answer, _index, _pick
    from redline.actors.queries import fold

    ws = name.split()
    kb = knowledge_base()
    for k in range(1, min(len(ws) - 1, MAX_TITLE_WORDS) + 1):
        targets = tuple(t for t in _index().get(fold(" ".join(ws[k:])), ()) if t[0] == "person")
        chosen = _pick(kb, targets, date) if targets else None
        if chosen is not None:
            return _answer(kb, chosen, date)
    return None
