"""Type fit between a definite description's head noun and a named actor.

"The newspaper" stands for a media outlet named earlier, "the company" for an
organisation, "the agency" for a government body. A description whose head noun asks
for a type no preceding actor has is left unresolved rather than given to whoever is
nearest.
"""

from __future__ import annotations

from redline.model import Actor

MEDIA_NOUNS: frozenset[str] = frozenset({
    "newspaper", "paper", "outlet", "network", "magazine", "broadcaster", "channel", "daily",
    "publication", "tabloid", "station", "website", "site",
})
COMPANY_NOUNS: frozenset[str] = frozenset({"company", "firm", "corporation", "business",
                                           "group"})
GOV_NOUNS: frozenset[str] = frozenset({"agency", "department", "ministry", "bureau", "office",
                                       "service", "commission", "government"})
# Nouns that name their type: the nearest actor of that type is the referent.
TYPED_NOUNS: frozenset[str] = MEDIA_NOUNS | COMPANY_NOUNS | GOV_NOUNS
# Things that speak only through an earlier mention of the same noun ("a Times report").
DOCUMENT_NOUNS: frozenset[str] = frozenset({"report", "study", "poll", "survey", "statement"})

# Words that mark an organisation's name as a news outlet's.
_MEDIA_WORDS: frozenset[str] = frozenset({
    "post", "times", "journal", "news", "network", "press", "tribune", "herald", "gazette",
    "telegraph", "guardian", "reuters", "cnn", "nbc", "abc", "cbs", "fox", "bbc", "msnbc",
    "bloomberg", "politico", "breitbart", "axios", "npr", "pbs", "magazine", "daily", "radio",
    "television", "tv", "broadcasting", "media", "economist", "independent", "observer",
    "chronicle", "inquirer", "globe", "mail", "express", "sun", "mirror", "examiner",
    "newsweek", "atlantic", "hill", "monitor", "interfax", "tass", "ria", "xinhua", "afp",
    "ap", "al", "jazeera", "spiegel", "monde", "figaro", "pravda", "izvestia", "kommersant",
    "rt", "sputnik", "cctv", "irna", "kcna", "yonhap", "nhk", "euronews", "france24",
})
# Words that mark an organisation's name as a government body's.
_GOV_WORDS: frozenset[str] = frozenset({
    "department", "ministry", "agency", "bureau", "office", "service", "commission",
    "administration", "fbi", "cia", "nsa", "pentagon", "kremlin", "state", "council",
    "directorate", "inspectorate", "authority", "police", "dhs", "epa", "irs",
})
_STATE_LIKE: frozenset[str] = frozenset({"government", "ministry"})
_GOV_SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY", "COP"})


def _words(actor: Actor) -> set[str]:
    return {w.strip(".,'’\"").lower() for w in f"{actor.name} {actor.text}".split()}


def media_name(text: str) -> bool:
    """Whether an organisation's name reads as a news outlet's ('The Washington Post')."""
    return bool({w.strip(".,'’\"").lower() for w in text.split()} & _MEDIA_WORDS)


def is_media(actor: Actor) -> bool:
    """Whether the actor's name reads as a news outlet ('The Washington Post', 'NBC News')."""
    return actor.kind not in ("person", "state") and bool(_words(actor) & _MEDIA_WORDS)


def is_gov_body(actor: Actor) -> bool:
    """Whether the actor is a state or a government body ('the Justice Department')."""
    if actor.kind in ("state", "igo") or (actor.sector or "") in _GOV_SECTORS:
        return True
    return actor.kind != "person" and bool(_words(actor) & _GOV_WORDS)


def fits(lemma: str, actor: Actor) -> bool | None:
    """Whether a group description with head ``lemma`` may stand for ``actor``.

    None when the noun sets no type of its own (the caller's general checks apply).
    """
    if lemma in MEDIA_NOUNS:
        return is_media(actor)
    if lemma in COMPANY_NOUNS:  # a news outlet may be 'the company', not 'the group'
        return actor.kind not in ("state", "igo") and not is_gov_body(actor) and not (
            lemma == "group" and is_media(actor))
    if lemma in GOV_NOUNS:  # 'the agency' is a body of a state, not the state itself
        bare_state = actor.kind == "state" and not actor.sector and lemma not in _STATE_LIKE
        return is_gov_body(actor) and not is_media(actor) and not bare_state
    if lemma in DOCUMENT_NOUNS or lemma == "campaign":
        return False  # only an earlier 'X report' / 'X campaign' names its source
    return None
