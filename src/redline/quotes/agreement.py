"""Agreement between a pronoun or description and a candidate speaker: what kind of
antecedent a mention wants (a person for "he" or "the senator", a group for "it" or "the
ministry"), and whether an actor fits it in kind, number, gender and title."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from redline.model import Actor
from redline.quotes.descriptions import fits
from redline.quotes.gender import FEMALE, MALE, noun_gender
from redline.quotes.index import ActorIndex
from redline.quotes.issuers import ARTIFACT_NOUNS
from redline.quotes.lexicon import DETERMINERS_DEFINITE, PRONOUNS_GROUP, PRONOUNS_PERSON
from redline.quotes.speaker_nouns import GROUP_NOUNS, ROLE_NOUNS, STATE_NOUNS

PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP  # built once: looked up per cue and candidate
PARTY_WORDS = frozenset({"republican", "democrat"})
PAIR_WORDS = frozenset({"two", "both"})
POSSESSIVES = frozenset({"his"})
TITLE_SHORT = {"senator": "sen.", "governor": "gov.", "representative": "rep.",
               "general": "gen.", "president": "pres.", "secretary": "sec.",
               "congressman": "rep.", "congresswoman": "rep.", "professor": "prof."}


def wanted_kind(head: Token) -> str | None:
    """'person', 'group' or None: what kind of antecedent the mention needs."""
    low = head.lower_
    if low in ("i", "me", "we", "us"):
        return None  # the writer (or the paper), not someone named earlier
    if low in PRONOUNS_PERSON or low in POSSESSIVES:
        return "person"
    if low in PAIR_WORDS and head.dep_.startswith("nsubj"):
        return "group"  # 'the two learned of a meeting': a pair named before
    if low in PRONOUNS_GROUP:
        return "group"
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.lower_ in PARTY_WORDS):
        return None  # 'the Republican' (the model may tag it a name) is a person
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    if not dets & DETERMINERS_DEFINITE:
        return None
    lemma = head.lemma_.lower()
    if lemma in GROUP_NOUNS or lemma in ARTIFACT_NOUNS:
        return "group"
    return "person" if lemma in ROLE_NOUNS else None


def same_sex(noun: Token, actor: Actor, index: ActorIndex) -> bool:
    """Whether a gendered role ('the businessman', 'the spokeswoman') fits the person."""
    wanted = noun_gender(noun.lemma_.lower())
    return wanted is None or index.gender(actor) in (None, wanted)


def agreeing(head: Token, actor: Actor | None, index: ActorIndex) -> Actor | None:
    """The actors stage's own reading of a pronoun, kept only if kind and gender agree."""
    wants = wanted_kind(head)
    if actor is None or wants is None:
        return actor
    named = replace(actor, text=actor.name)  # judge by the name, not by the pronoun
    return actor if compatible(head, wants, named, index) else None


def compatible(head: Token, wants: str, actor: Actor, index: ActorIndex) -> bool:
    """Kind, number and gender agreement between a pronoun or description and an actor."""
    low = head.lower_
    if (actor.kind == "person") != (wants == "person") and not plural_people(low, actor, index):
        return False
    if ((actor.start, actor.end) in index.pairs) != (low in PAIR_WORDS) \
            and low not in ("they", "them"):
        return False  # a pair is 'they' or 'the two'; 'the two' is a pair
    if actor.text.lower() in PRONOUNS:
        return False  # another pronoun: its resolution is only a guess
    if low in ("they", "them") and actor.kind == "state":
        return False  # a country is 'it'
    if low == "it" and actor.kind == "group" and (tok := index.head_of(actor)) is not None \
            and tok.tag_ in ("NNS", "NNPS"):
        return False  # 'Democrats' are 'they'
    if low in ("he", "him", "his", "she", "her"):
        tok = index.head_of(actor)
        if tok is not None and tok.tag_ in ("NNS", "NNPS") and not (
                index.speakers and named_one(tok, actor)):
            return False  # 'the Mexican people' is no 'he'
        gender = index.gender(actor)
        return gender is None or gender == (MALE if low in ("he", "him", "his") else FEMALE)
    if head.pos_ == "NOUN" and wants == "person":  # 'the senator': a person called so
        return same_sex(head, actor, index) and called(head, actor, title_window(actor, index))
    if head.pos_ == "NOUN":  # 'the newspaper' is a media outlet, 'the agency' a state body
        fit = fits(head.lemma_.lower(), actor)
        if fit is not None:
            return fit
    if head.pos_ == "NOUN" and actor.kind == "state":  # 'the newspaper' is not a country
        return head.lemma_.lower() in STATE_NOUNS
    return True


def title_window(actor: Actor, index: ActorIndex) -> str:
    """The words that title a person: those of the mention and of the earlier mentions of
    the same name ('Republican Gov. Eric Holcomb ... Holcomb ... The governor said')."""
    windows = [mention_window(a, index) for a in index.preceding(actor.end, 200)
               if a.kind == "person" and a.name == actor.name and a is not actor]
    return " | ".join([mention_window(actor, index), *windows[:4]])


def mention_window(actor: Actor, index: ActorIndex) -> str:
    """The words that title a mention: its own noun phrase and appositives ('Former Texas
    Gov. Rick Perry', 'Rick Perry, the former governor'), at most 60 characters before it."""
    tok = index.head_of(actor)
    if tok is None:
        return index.text[max(0, actor.start - 60):actor.end].lower()
    noun = tok.head if tok.dep_ == "appos" else tok
    lo = max(actor.start - 60, min(actor.start, noun.left_edge.idx))
    hi = max([actor.end, *(c.right_edge.idx + len(c.right_edge) for c in noun.children
                           if c.dep_ == "appos")])
    return index.text[lo:hi].lower()


def named_one(tok: Token, actor: Actor) -> bool:
    """Whether a head the tagger read as plural is one person's surname ('Sanders',
    'Reynolds' for a person named in full), not people ('Democrats', 'the voters')."""
    words = actor.name.lower().split()
    return actor.kind == "person" and tok.is_title and tok.lower_ in words[1:]


def plural_people(pronoun: str, actor: Actor, index: ActorIndex) -> bool:
    """'NATO leaders declared ... but they did not offer': people named in the plural are
    'they'."""
    if pronoun not in ("they", "them") or actor.kind != "person":
        return False
    tok = index.head_of(actor)
    return tok is not None and tok.tag_ == "NNS" and tok.is_lower  # not "Sanders"


def called(head: Token, actor: Actor, window: str) -> bool:
    """Whether the role word (or its short title) stands in the words that title the mention."""
    lemma = head.lemma_.lower()
    if any(other in window and word not in window
           for word in modifiers(head) for other in RIVALS.get(word, ())):
        return False  # 'the Republican nominee' is not 'Democratic nominee Tim Kaine'
    short = TITLE_SHORT.get(lemma)
    return lemma in window or (short is not None and short in window)


RIVALS = {"republican": ("democratic", "democrat"), "democratic": ("republican", "gop"),
           "gop": ("democratic", "democrat"), "democrat": ("republican", "gop")}


def modifiers(noun: Token) -> set[str]:
    """Capitalised modifiers that set one holder of a role apart ('Republican', 'Senate')."""
    return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")
            and c.text[:1].isupper()}  # 'GOP' too
