"""A bare surname stands for the person the article names in full, not for a namesake the
knowledge base holds: 'Sen. Bernie Sanders spoke in Iowa. Sanders said ...' is Bernie
Sanders, though the actors stage may read the lone 'Sanders' as another holder of the name
(Sarah Sanders, whose given name the article never writes); a 'he' standing for that
mention is the same person."""

from __future__ import annotations

from dataclasses import replace

from redline.actors.kb import Person, knowledge_base
from redline.actors.mentions import HEAD_ROLES
from redline.model import Actor
from redline.quotes.context import Ctx

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "madam", "madame", "sir"})


def _person(name: str) -> Person | None:
    """The knowledge base's person of a canonical name (the names actors carry)."""
    kb = knowledge_base()
    idx = kb.names.named(name)
    return None if idx is None else kb.people[idx]


def _surname(name: str) -> str:
    """The knowledge base's surname of a person ('Xi' of 'Xi Jinping'), else the last word."""
    person, words = _person(name), name.split()
    if person is not None and 0 < len(person.surname.split()) < len(words):
        return person.surname.lower()
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

    def bare(text: str) -> str:
        return " ".join(w for w in text.lower().split() if not w.rstrip(".").isalpha()
                        or len(w.rstrip(".")) > 1)

    person = _person(known)
    return person is not None and bare(name) in {bare(a) for a in person.aliases}


def _heads(speaker: Actor) -> bool:
    """Whether ``speaker`` heads a state or government on the article's date: the actors stage
    sets ``office`` only for a term on that date ("Obama said" in 2012). A sitting senator or
    chief of staff is no such sure reading ('Marco Rubio' for "Mr. Rubio" where the article
    names Luis Rubio in full)."""
    person = _person(speaker.name)
    return speaker.office is not None and person is not None and any(
        t.office == speaker.office and t.role in HEAD_ROLES for t in person.terms)


def _settled(ctx: Ctx, speaker: Actor, surname: str) -> bool:
    """Whether the article makes ``speaker`` sure: a head of state or government on the date,
    or a mention longer than the bare surname that resolves to the same person ("President
    Obama")."""
    if _heads(speaker):
        return True
    return any(a.name == speaker.name and _titled(ctx.text[a.start:a.end], surname)
               for a in ctx.index.actors)


def _titled(text: str, surname: str) -> bool:
    """Whether a mention says more than the surname and an honorific ("President Obama", not
    "Obama", "Mr. Rubio", "Sanders's" or a pronoun)."""
    words = {w.strip(".,").lower().removesuffix("'s").removesuffix("\u2019s")
             for w in text.split()}
    return set(surname.split()) <= words and bool(words - set(surname.split()) - HONORIFICS)


def article_namesake(ctx: Ctx, speaker: Actor) -> Actor:
    """``speaker`` as the one person the article names in full with its surname, when its
    own given name appears nowhere in the article and nothing else makes it sure."""
    words = speaker.name.split()
    if speaker.kind != "person" or len(words) < 2 or words[0].lower() in ctx.text.lower():
        return speaker
    surname = _surname(speaker.name)
    named = _named_in_full(ctx, surname)
    if len(named) != 1 or _settled(ctx, speaker, surname):
        return speaker
    full = named[0]
    if full.name[:1] == speaker.name[:1] or _alias_of(full.name, speaker.name):
        return speaker  # the same person: 'FranÃ§ois' for 'François', 'William J. Clinton'
    return replace(speaker, name=full.name, code=full.code, country=full.country,
                   sector=full.sector, office=full.office)
