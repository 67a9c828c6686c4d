"""A bare "strike" named again after a military strike (issue 16, r15-16s).

The lexicon reads the noun "strike" alone as a labour strike (143, a protest) and "air /
drone / missile strike" as an air strike (195). A story that names an air strike and then
says "the strike killed four", "Israel called the strike targeting Hamas" or "the target of
the strike" names the same attack again: the bare noun takes the story's military sense
(195, an air strike, as the CAMEO codebook codes "air strike"), never a protest.

- the military sense is named anywhere in the story: "airstrike", or the noun "strike" with
  a military modifier ("air strike", "drone strikes", "a military strike"; also joined
  modifiers: "air and missile strikes", which the lexicon's modifier class misses);
- a labour context keeps the protest: workers, a union, a walkout, pay or wages in the
  sentence or the two sentences either side, or a labour modifier on the noun itself
  ("a general strike", "the teachers' strike", "a nationwide strike");
- only the noun's own hit is recoded: "went on strike", "called off the strike" are labour
  phrases of their verbs and stay as they are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from redline.doctext import doc_memo
from redline.events.lexicon import Entry
from redline.events.sector_actors import sector_nouns, with_singulars
from redline.events.triggers import Hit

LABOUR_STRIKE = "143"
AIR_STRIKE = "195"
AIR_STRIKE_ENTRY = Entry("noun", "strike", (), None, AIR_STRIKE)
STRIKE_NOUNS = frozenset({"strike", "strikes"})
AIRSTRIKES = frozenset({"airstrike", "airstrikes", "air-strike", "air-strikes"})
MILITARY_MODIFIERS = frozenset({
    "air", "drone", "missile", "rocket", "aerial", "airborne", "military", "artillery",
    "naval", "nuclear", "precision", "cruise", "preemptive", "pre-emptive", "surgical",
    "retaliatory", "ballistic", "bombing", "airforce"})
# labour words that name no labour actor (the actors come from the sector lexicon's LAB words)
LABOUR_TERMS = frozenset({
    "unionist", "walkout", "wage", "wages", "salary", "salaries", "employee", "employees",
    "labour", "labor", "picket", "pension", "pensions", "teacher", "teachers", "docker",
    "dockers", "employer", "employers"})
# workers who are no strikers: "aid workers", "Red Crescent workers" killed in a strike
RELIEF_WORKERS = frozenset({"aid", "relief", "health", "humanitarian", "rescue", "medical",
                            "crescent", "cross", "un", "charity", "emergency", "ngo"})
LABOUR_KINDS = frozenset({"general", "nationwide", "national", "hunger", "indefinite", "token",
                          "wildcat", "sit-down"})  # kinds of labour strike ("a general strike")
NEAR = 2  # sentences either side searched for a labour context


@lru_cache(maxsize=1)
def labour_words() -> frozenset[str]:
    """Labour words: the one-word nouns of the sector lexicon's labour sector (LAB:
    "workers", "unions", "strikers"), each also without its plural "s", and
    ``LABOUR_TERMS``."""
    return with_singulars(sector_nouns(frozenset({"LAB"}))) | LABOUR_TERMS


@dataclass(frozen=True)
class _Story:
    """A document's sentences, listed once, and which of them hold a labour word (found
    lazily, one sentence at a time)."""

    sents: tuple[Span, ...]
    starts: tuple[int, ...]
    labour: dict[int, bool] = field(default_factory=dict)

    def labour_near(self, tok: Token) -> bool:
        here = bisect_right(self.starts, tok.i) - 1
        return any(self._labour(k) for k in range(max(0, here - NEAR),
                                                   min(len(self.sents), here + NEAR + 1)))

    def _labour(self, k: int) -> bool:
        if k not in self.labour:
            self.labour[k] = any(_labour_word(t) for t in self.sents[k])
        return self.labour[k]


def _story(doc: Doc) -> _Story:
    sents = tuple(doc.sents)
    return _Story(sents, tuple(s.start for s in sents))


def strike_hits(sent: Span, hits: dict[int, Hit]) -> None:
    """Recode the sentence's bare "strike" nouns read as labour strikes (module doc)."""
    bare = [(i, h, noun) for i, h in hits.items() if (noun := _strike_noun(h)) is not None]
    if not bare or not doc_memo(sent.doc, "strike_senses.military", _military_story):
        return  # most sentences have no bare strike: no scan of the story
    for i, hit, noun in bare:
        if not _labour_near(noun):
            hits[i] = replace(hit, entry=AIR_STRIKE_ENTRY,
                              code=None if hit.code == LABOUR_STRIKE else hit.code)


def _strike_noun(hit: Hit) -> Token | None:
    """The noun "strike(s)" of a hit read as a labour strike: the hit's own token, or a
    light verb's object ("conducting air and missile strikes")."""
    if hit.entry.pos != "noun" or hit.entry.code != LABOUR_STRIKE:
        return None
    noun = hit.tok.doc[int(hit.extra["noun"])] if "noun" in hit.extra else hit.tok
    return noun if noun.lower_ in STRIKE_NOUNS else None


def _military_story(doc: Doc) -> bool:
    """The story names a military strike: "airstrike", "air strike", "air and missile
    strikes"."""
    return any(t.lower_ in AIRSTRIKES or (t.lower_ in STRIKE_NOUNS and _military_modified(t))
               for t in doc)


def _modifiers(tok: Token) -> list[Token]:
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return [*mods, *(j for m in mods for j in m.conjuncts)]


def _military_modified(tok: Token) -> bool:
    return any(m.lower_ in MILITARY_MODIFIERS for m in _modifiers(tok))


def _labour_near(tok: Token) -> bool:
    """A labour modifier on the noun, or labour words within ``NEAR`` sentences."""
    if any(_labour_modifier(m.lower_) or _labour_modifier(m.lemma_.lower())
           for m in _modifiers(tok)):
        return True
    return doc_memo(tok.doc, "strike_senses.story", _story).labour_near(tok)


def _labour_modifier(word: str) -> bool:
    """"a general strike", "the teachers' strike", "a nationwide strike"."""
    return word in LABOUR_KINDS or word in labour_words()


def _labour_word(tok: Token) -> bool:
    if tok.lower_ in ("pay", "paid"):
        return tok.pos_ == "NOUN"  # "a pay dispute", not "paid tribute"
    if tok.lower_ in ("worker", "workers", "employee", "employees"):
        return not any(t.lower_ in RELIEF_WORKERS for t in tok.subtree)
    return tok.lower_ in labour_words() or tok.lemma_.lower() in labour_words()
