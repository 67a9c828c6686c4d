"""A bare surname stands for the person the article names in full, not for a namesake the
knowledge base holds: 'Sen. Bernie Sanders spoke in Iowa. Sanders said ...' is Bernie
Sanders, though the actors stage may read the lone 'Sanders' as another holder of the name
(Sarah Sanders, whose given name the article never writes); a 'he' standing for that
mention is the same person."""

from __future__ import annotations

from dataclasses import replace

from redline.model import Actor
from redline.quotes.context import Ctx


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


def _named_in_full(ctx: Ctx, surname: str) -> list[Actor]:
    """The persons the article names with more than a surname whose surname is ``surname``."""
    found: dict[str, Actor] = {}
    for actor in ctx.index.actors:
        if actor.kind == "person" and _surname(actor.name) == surname \
                and len(actor.name.split()) > 1 \
                and actor.name.split()[0].lower() in ctx.text[actor.start:actor.end].lower():
            found.setdefault(actor.name, actor)
    return list(found.values())


def _alias_of(name: str, known: str) -> bool:
    """Whether ``name`` is another form of the knowledge-base person ``known`` ('William J.
    Clinton' of 'Bill Clinton'), with or without middle initials."""
    from redline.actors.kb import knowledge_base

    def bare(text: str) -> str:
        return " ".join(w for w in text.lower().split() if not w.rstrip(".").isalpha()
                        or len(w.rstrip(".")) > 1)

    for person in knowledge_base().people:
        if person.name == known:
            return bare(name) in {bare(a) for a in person.aliases}
    return False


def article_namesake(ctx: Ctx, speaker: Actor) -> Actor:
    """``speaker`` as the one person the article names in full with its surname, when its
    own given name appears nowhere in the article."""
    words = speaker.name.split()
    if speaker.kind != "person" or len(words) < 2 or words[0].lower() in ctx.text.lower():
        return speaker
    named = _named_in_full(ctx, _surname(speaker.name))
    if len(named) != 1:
        return speaker
    full = named[0]
    if full.name[:1] == speaker.name[:1] or _alias_of(full.name, speaker.name):
        return speaker  # the same person: 'FranÃ§ois' for 'François', 'William J. Clinton'
    return replace(speaker, name=full.name, code=full.code, country=full.country,
                   sector=full.sector, office=full.office)
