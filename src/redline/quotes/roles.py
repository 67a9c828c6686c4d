"""Speakers by role: a described official matched to the person the article names, and the
code a person's body or country gives, wherever the article states it.

* 'Austria's interior minister said ... Interior Minister Wolfgang Peschorn said': a
  description by role with no one named before it is the person named later in the article
  by that role (within a few sentences), keeping the description's code when the name has
  none;
* 'Liu said' after "China's ambassador Liu Xiaoming": a person coded '---' takes the code
  of another mention of the same name that has one;
* 'Chris Tang, Hong Kong's new police commissioner', 'Ambassador Liu Xiaoming' after
  "China's ambassador to Britain": a person still uncoded takes the country and sector that
  the words describing them give (``redline.actors.compose.compose_phrase``, the actors
  stage's own composition of country and agent), or the country of an earlier description
  by the same role;
* 'The government denied ...' with no government named before it: the government of the
  country the article is about (``events.sector_actors.story_country``, counting no actor
  inside quoted words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from redline.actors.eventcoref import STATE_SECTORS
from redline.model import Actor, Quote
from redline.quotes.context import Ctx
from redline.quotes.namesakes import article_namesake
from redline.quotes.speaker_nouns import ROLE_NOUNS

_REACH_SENTENCES = 6  # how far ahead a described official may be named
_UNKNOWN = "---"
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")


def _uncoded(actor: Actor) -> bool:
    return not actor.code or actor.code.startswith(_UNKNOWN)


def _role_of(ctx: Ctx, actor: Actor) -> str | None:
    """The role noun of a description with no name in it ('Austria's interior minister')."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_
                           and t.lemma_.lower() not in ROLE_NOUNS for t in span):
        return None  # a name, or a word the tagger may have missed as one
    roles = [t for t in span if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in ROLE_NOUNS]
    return roles[-1].lemma_.lower() if roles else None


def _named(ctx: Ctx, actor: Actor) -> bool:
    """Whether a person's mention is a name ('Wolfgang Peschorn'; not 'she', 'the aide')."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" and t.is_title for t in span)


def _window_chars(ctx: Ctx, actor: Actor) -> tuple[int, int]:
    """Where the words before and around a person's mention that may title them lie, up to
    a relative clause ('a political scientist who studies trade')."""
    tok = ctx.index.head_of(actor)
    lo = max(0, actor.start - 60)
    hi = actor.end
    if tok is not None:
        lo = max(lo, tok.sent.start_char)
        hi = max([hi, *(c.right_edge.idx + len(c.right_edge) for c in tok.children
                        if c.dep_ == "appos")])
    found = _RELATIVE.search(ctx.text, lo, hi)
    return lo, found.start() if found is not None else hi


def _named_later(ctx: Ctx, described: Actor, role: str) -> Actor | None:
    """The first person named after ``described`` who is titled by its role."""
    last = ctx.sent_of(described.end) + _REACH_SENTENCES
    for actor in ctx.index.actors:
        if actor.start < described.end or actor.kind != "person":
            continue
        if ctx.sent_of(actor.start) > last:
            return None
        lo, hi = _window_chars(ctx, actor)
        if _named(ctx, actor) and role in ctx.text[max(lo, described.end):hi].lower() and (
                actor.country is None or described.country in (None, actor.country)):
            return actor
    return None


def _coded_namesake(ctx: Ctx, person: Actor) -> Actor | None:
    """Another mention of the same person ('Liu', 'Liu Xiaoming') that carries a code."""
    words = set(person.name.lower().split())
    for actor in ctx.index.actors:
        if actor.kind == "person" and not _uncoded(actor) and actor.country:
            other = set(actor.name.lower().split())
            if words and other and (words <= other or other <= words):
                return actor
    return None


def _described_code(ctx: Ctx, person: Actor,
                    story: str | None) -> tuple[str, str, str | None] | None:
    """(code, country, sector) from the words that describe a person, or from an earlier
    description by the same role that names a country, else (a state's sector) ``story``."""
    from redline.actors.compose import compose_phrase
    from redline.actors.kb import knowledge_base
    from redline.actors.queries import make_code

    lo, hi = _window_chars(ctx, person)
    window = ctx.text[lo:hi].lower()
    found = compose_phrase(window.replace(person.name.lower(), " "), "")
    if found is not None and found.country:
        return found.code, found.country, found.sector
    sector = found.sector if found is not None else None
    body = next((a for a in ctx.index.overlapping(lo, hi)
                 if a.kind != "person" and a.country and a.start >= lo), None)
    if sector and body is not None and body.country:  # "Hong Kong's new police commissioner"
        return make_code(knowledge_base(), body.country, sector), body.country, sector
    for actor in ctx.index.preceding(person.start, 40):
        role = _role_of(ctx, actor) if actor.kind == "person" and actor.country else None
        if role is not None and role in window and actor.country:
            sector = sector or actor.sector
            return make_code(knowledge_base(), actor.country, sector), actor.country, sector
    return _state_officer(story, sector)


def _state_officer(story: str | None,
                   sector: str | None) -> tuple[str, str, str | None] | None:
    """'Cheuk Hau-yip, the commander of Kowloon West district', 'an army spokesman': a person
    whose words give a state's sector and no country serves ``story``, the country the
    article is about (see ``_story_state``)."""
    from redline.actors.kb import knowledge_base
    from redline.actors.queries import make_code

    if sector not in STATE_SECTORS or story is None:
        return None
    return make_code(knowledge_base(), story, sector), story, sector


def _group_code(speaker: Actor) -> Actor:
    """'China's commerce ministry', 'some Indiana protesters': a body or group the actors
    stage left uncoded takes the country and sector its own words give."""
    from redline.actors.compose import compose_phrase

    if not _uncoded(speaker) or speaker.kind == "person":
        return speaker
    for words in (speaker.text, speaker.name):
        found = compose_phrase(head_words(words), "")
        if found is not None and found.country:
            return replace(speaker, code=found.code, country=found.country,
                           sector=found.sector)
    return speaker


_AFTER_HEAD = re.compile(r"[,;(—–]|\b(?:who|whom|whose|which|that|in|of|on|at|from|with|for|"
                         r"to|by|about|near|across|over)\b")


def head_words(mention: str) -> str:
    """A mention's words up to its head noun, lower-cased: what names its country ('some
    Indiana protesters'), not a place it is in or a clause about it ('a diplomat in Kyiv',
    'a farmer who had fled')."""
    lower = mention.lower()
    found = _AFTER_HEAD.search(lower)
    return lower[:found.start()] if found is not None else lower


def _settled(ctx: Ctx, speaker: Actor, story: str | None) -> Actor:
    if speaker.kind != "person":
        return _group_code(speaker)
    role = _role_of(ctx, speaker)
    if role is not None and (named := _named_later(ctx, speaker, role)) is not None:
        keep = speaker if _uncoded(named) and not _uncoded(speaker) else named
        speaker = replace(named, text=speaker.text, start=speaker.start, end=speaker.end,
                          sentence=speaker.sentence, code=keep.code, country=keep.country,
                          sector=keep.sector)
    if not _uncoded(speaker):
        return speaker
    if role is not None:
        return _coded(speaker, _role_code(speaker.name, role, story))
    if (namesake := _coded_namesake(ctx, speaker)) is not None:
        name = max(speaker.name, namesake.name, key=len)
        return replace(speaker, name=name, code=namesake.code, country=namesake.country,
                       sector=namesake.sector, office=speaker.office or namesake.office)
    return _coded(speaker, _described_code(ctx, speaker, story))


def _coded(speaker: Actor, coded: tuple[str, str, str | None] | None) -> Actor:
    if coded is None:
        return speaker
    code, country, sector = coded
    return replace(speaker, code=code, country=country, sector=sector)


def _role_code(name: str, role: str, story: str | None) -> tuple[str, str, str | None] | None:
    """(code, country, sector) of a description by role from its words up to the role noun
    ('a South Korean defense official', 'an Israeli army spokesman'; not 'a diplomat in
    Kyiv'); a state's body named in them ('an army spokesman') is of ``story``, the country
    the article is about."""
    from redline.actors.compose import compose_phrase

    lower = name.lower()
    at = lower.rfind(role)
    if at < 0:
        return None
    words = lower[:at + len(role)]
    found = compose_phrase(words, "")
    if found is not None and found.country:
        return found.code, found.country, found.sector
    body = next((_STATE_SECTORS[w] for w in words.split() if w in _STATE_SECTORS), None)
    return _state_officer(story, body)


# Portfolios that name a ministry without its country ('the Interior Ministry').
_PORTFOLIOS = frozenset({
    "interior", "defense", "defence", "foreign", "health", "finance", "justice", "education",
    "economy", "trade", "energy", "agriculture", "environment", "home", "labor", "labour",
    "transport", "culture", "information", "communications", "emergency", "emergencies",
    "security", "affairs", "economic",
})
_STATE_SECTORS = {"government": "GOV", "administration": "GOV", "ministry": "GOV",
                  "cabinet": "GOV", "army": "MIL", "military": "MIL", "police": "COP",
                  "parliament": "LEG", "court": "JUD"}


def _story_state(ctx: Ctx, quotes: Sequence[Quote]) -> str | None:
    """The country the article is about (``events.sector_actors.story_country``: named at
    least twice and in half the mentions of states), counting no actor inside quoted words
    ('a police officer said Russia had lied': Russia is what he speaks of, not his country)."""
    from redline.events.sector_actors import story_country

    said = [(s.start, s.end) for s in ctx.spans]
    said += [(q.content.start, q.content.end) for q in quotes]
    return story_country([a for a in ctx.index.actors
                          if not any(lo <= a.start < hi for lo, hi in said)])


def _state_sector(span: Span) -> str | None:
    """The sector of a state's body named with no country: 'the government', 'the Interior
    Ministry' (not 'the Kremlin's police', 'Russian police', 'a ministry', bare 'police',
    which in a Hong Kong story are not China's)."""
    words = list(span[1:])
    if not words or len(words) > 3 or span[0].lower_ != "the":
        return None
    if any(t.ent_type_ in ("GPE", "NORP") or t.tag_ == "POS" for t in words):
        return None
    if len(words) > 1 and not all(t.is_title and t.lower_ in _PORTFOLIOS for t in words[:-1]):
        return None  # 'the health ministry' of an unnamed territory, 'the Vesterian ...'
    return _STATE_SECTORS.get(words[-1].lemma_.lower())


def _state_body(ctx: Ctx, quote: Quote, story: str | None) -> Actor | None:
    """'The government denied ...' with no government named before: the government of
    ``story``, the country the article is about."""
    from redline.actors.kb import knowledge_base
    from redline.actors.queries import make_code

    mention = quote.speaker_span
    if story is None or mention is None:
        return None
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or (sector := _state_sector(span)) is None:
        return None
    kb = knowledge_base()
    return Actor(text=span.text, start=span.start_char, end=span.end_char,
                 name=kb.country_name(story), code=make_code(kb, story, sector),
                 country=story, sector=sector, kind="state", sentence=quote.sentence)


def settle_speakers(ctx: Ctx, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with their speakers matched to named persons and coded (see the module)."""
    out: list[Quote] = []
    story = _story_state(ctx, quotes)
    for quote in quotes:
        if quote.speaker is not None:
            speaker = _settled(ctx, article_namesake(ctx, quote.speaker), story)
            if _uncoded(speaker) and speaker.kind != "person":
                speaker = _state_body(ctx, quote, story) or speaker  # an uncoded 'the government'
            if speaker != quote.speaker:
                quote = replace(quote, speaker=speaker)
        elif (body := _state_body(ctx, quote, story)) is not None:
            quote = replace(quote, speaker=body)
        out.append(quote)
    return out
