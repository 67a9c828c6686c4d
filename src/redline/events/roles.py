"""Who did it and to whom: actors from the dependency parse, mapped by character offsets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from redline.doctext import doc_text
from redline.events.appositives import described_name
from redline.events.pairs import pair_mentions
from redline.events.sector_actors import (
    keys_of,
    lone_state,
    sector_fallbacks,
    state_actor,
    story_country,
)
from redline.furniture import furniture_spans, inside
from redline.model import Actor

NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod"})
MOD_DEPS = frozenset({"compound", "amod", "nmod"})
# "workers affiliated with X", "militants loyal to X": the group is X's
AFFILIATION = frozenset({"affiliated", "loyal", "linked", "allied", "attached", "belonging",
                         "aligned", "close", "tied", "connected", "based"})
# a possessor or modifier of these names a patron, not the group's own country
ALLIES = frozenset({"ally", "proxy", "surrogate", "client"})
NP_PREPS = frozenset({"of", "in", "from", "with", "throughout", "across", "by",
                      "like", "including"})  # "candidates like X": the members named (r14-18)
MEMBER_PREPS = frozenset({"like", "including"})  # only members named outright (r14-ra)
TARGET_PREPS = ("on", "against", "with", "to", "toward", "towards", "into", "at", "upon",
                "from", "over", "for", "between", "of", "in", "along", "near", "across", "inside",
                "around", "off", "among")
NOUN_PREPS = ("by", "on", "against", "of", "to", "toward", "towards", "into", "with", "upon",
              "from", "at", "over", "for", "between", "in", "inside", "near", "along", "across",
              "among")
COMPLAINT_PREPS = ("against", "about", "over", "of", "on", "at", "with", "to", "for", "from",
                   "into", "in")
ADJUNCT_PREPS = frozenset({"after", "following", "since", "during", "amid", "despite", "before",
                           "because", "until", "like", "as", "than"})
SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})  # "who", "which", "that" opening a relative clause


class ActorIndex:
    """Token index -> Actor, built once per document from the actors' character offsets."""

    def __init__(self, doc: Doc, actors: Sequence[Actor]) -> None:
        self.by_token: dict[int, Actor] = {}
        self.first: dict[tuple[int, int], Token] = {}
        skip_before = dateline_end(doc)
        furniture = furniture_spans(doc_text(doc))
        for actor in actors:
            if actor.end <= skip_before or inside(furniture, actor.start, actor.end):
                continue  # "MOSCOW —", a byline, a caption: where and how filed, not who acted
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.first.setdefault((actor.start, actor.end), span[0])
            for tok in span:
                self.by_token.setdefault(tok.i, actor)
        # sector-only phrases ("teachers", "the president"): used where nothing else is found
        self.fallback = sector_fallbacks(doc, actors, set(self.by_token))
        self.sector_keys = keys_of(self.fallback)
        self.story = story_country(actors)
        self.stateless = not any(state_actor(a) for a in actors)  # no state named at all
        self.lone = lone_state(actors)  # the only state named, if one (r7-17c)
        self.pairs = pair_mentions(doc, actors)  # "the two sides": the pair named before

    def first_token(self, actor: Actor) -> Token | None:
        return self.first.get((actor.start, actor.end))

    def at(self, tok: Token) -> Actor | None:
        return self.by_token.get(tok.i)

    def np(self, tok: Token, depth: int = 0) -> list[Actor]:
        """Actors of the noun phrase headed by ``tok`` and of its conjuncts ("not X but Y":
        only Y, the side the text keeps)."""
        out = [] if ruled_out(tok) else self._phrase(tok, depth)
        for conj in tok.children:
            if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                out.extend(self.np(conj, depth))
        return _dedupe(out)

    def _phrase(self, tok: Token, depth: int) -> list[Actor]:
        if tok.i in self.pairs:  # "the two militaries": the pair named before, not a sector
            return list(self.pairs[tok.i])
        own = self.at(tok)
        if own is not None:
            return [own, *self._coordinated_modifiers(tok, own)]
        if depth > 2:
            return []
        out: list[Actor] = []
        ally = tok.lemma_.lower() in ALLIES  # "Israel's militia ally in Lebanon" is not Israel
        for child in tok.children:
            if ally and child.dep_ in ("poss", "compound", "amod"):
                continue
            if child.dep_ in NP_DEPS or (child.dep_ == "nsubj" and tok.pos_ == "VERB"):
                out.extend(self._phrase(child, depth + 1))  # "the Red Cross operating in X"
                out.extend(a for c in child.children if c.dep_ == "conj"
                           for a in self._phrase(c, depth + 1))
        if not out:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in MEMBER_PREPS:
                    out.extend(self._members(child, depth))
                elif child.dep_ == "prep" and child.lower_ in NP_PREPS:
                    out.extend(self.pobj_actors(child, depth + 1))
                elif child.dep_ in ("acl", "amod") and child.lower_ in AFFILIATION:
                    out.extend(a for p in child.children if p.dep_ == "prep"
                               for a in self.pobj_actors(p, depth + 1))
        if not out and tok.i in self.pairs:
            out.extend(self.pairs[tok.i])
        elif not out and tok.i in self.fallback:
            out.append(self.fallback[tok.i])
        return out

    def _members(self, prep: Token, depth: int) -> list[Actor]:
        """"countries like Britain and France", "leaders including the president of Iran": the
        objects' actors and those of their modifiers and "of", not of their other prepositions
        ("issues including trade with China", "topics like security in Syria": none)."""
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        out: list[Actor] = []
        for obj in objs + [c for o in objs for c in o.children if c.dep_ == "conj"]:
            own = self.at(obj)
            out.extend([own] if own is not None else [
                a for c in obj.children if c.dep_ in NP_DEPS or c.lower_ == "of"
                for a in (self._phrase(c, depth + 1) if c.dep_ in NP_DEPS
                          else self.pobj_actors(c, depth + 1))])
        return out

    def _coordinated_modifiers(self, tok: Token, own: Actor) -> list[Actor]:
        """"Hungarian and Romanian officials": the other coordinated modifier's actor."""
        out: list[Actor] = []
        for child in tok.children:
            if child.dep_ not in MOD_DEPS or not any(c.dep_ == "conj" for c in child.children):
                continue
            for mod in (child, *(c for c in child.children if c.dep_ == "conj")):
                actor = self.at(mod)
                if actor is not None and actor is not own:
                    out.append(actor)
        return out

    def pobj_actors(self, prep: Token, depth: int = 0) -> list[Actor]:
        if ruled_out(prep):  # "not by Russia but by Belarus"
            return [a for c in prep.children if c.dep_ == "conj" for a in self.pobj_actors(c)]
        out: list[Actor] = []
        for pobj in prep.children:
            if pobj.dep_ in ("pobj", "pcomp"):
                out.extend(self.np(pobj, depth))
        if not out and prep.n_rights == 0:
            noun = _stranded_object(prep)
            if noun is not None:
                out.extend(self.np(noun, depth))
        return out

    def prep_actors(self, tok: Token, words: Iterable[str]) -> list[Actor]:
        """The actors after the first of ``words`` (in that order) that heads a preposition
        of ``tok`` and names any ("talks with X", "sanctions on X")."""
        for word in words:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == word:
                    found = self.pobj_actors(prep)
                    if found:
                        return found
        return []


STRANDED_REACH = 6


def _stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one: shared by two verbs
    ("established ties with and opened an embassy in X") or attached elsewhere ("granted
    asylum to five army officers holed up ...": "officers" parsed as a clause subject). The
    first noun within a few tokens to the right, in the same sentence."""
    doc, end = prep.doc, min(prep.i + 1 + STRANDED_REACH, prep.sent.end)
    for tok in doc[prep.i + 1:end]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
        if tok.is_punct and tok.text not in ("-", "\u2013"):
            return None
    return None


DASHES = frozenset({"—", "–", "--", "-", "―"})
DATELINE_TOKENS = 8


def dateline_end(doc: Doc) -> int:
    """The character offset where a leading dateline ("KYIV, Ukraine —", "LONDON (Reuters) -")
    ends, or 0 when the document does not open with one."""
    words = [t for t in doc[:DATELINE_TOKENS] if not t.is_space]
    if not words or not (words[0].is_upper and len(words[0]) > 1):
        return 0  # a dateline opens with the city in capitals
    for tok in words:
        if tok.text in DASHES and tok.i > 0 and doc[tok.i - 1].whitespace_ and (
                tok.text != "-" or len(words[0]) > 3):
            return tok.idx  # "US - China talks" is a headline, "MOSCOW (Reuters) -" a dateline
        if not (tok.is_space or tok.is_punct or tok.pos_ in ("PROPN", "NUM")
                or tok.text[:1].isupper()):
            return 0
    return 0


def ruled_out(tok: Token) -> bool:
    """"not Russia but Belarus": the noun the text rules out in favour of its "but" conjunct."""
    return any(c.dep_ in ("neg", "preconj") and c.lower_ == "not" for c in tok.children) and any(
        c.dep_ == "cc" and c.lower_ == "but" for c in tok.children)


def _dedupe(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[tuple[int, int]] = set()
    out: list[Actor] = []
    for actor in actors:
        if (actor.start, actor.end) not in seen:
            seen.add((actor.start, actor.end))
            out.append(actor)
    return out


PASSIVE_MARKS = PASSIVE_SUBJ | {"auxpass"}


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in PASSIVE_MARKS for c in tok.children)


def subject_tokens(tok: Token) -> list[Token]:
    """The grammatical subject of ``tok``'s clause, inherited through xcomp/conj/relcl/acl."""
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ] or (
            aux_subjects(tok))
        if subj and tok.dep_ == "relcl" and subj[0].tag_ in RELATIVE_TAGS:
            return [tok.head]  # "the Taliban, who have refused ...": the antecedent
        if subj:
            return subj
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return [tok.head]
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "resorted to throwing stones"
            tok = tok.head.head
            continue
        if tok.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acomp") or tok.head.i == tok.i:
            return []  # "acomp": "X are guilty of violating ...", through the copula
        tok = tok.head
    return []


def aux_subjects(tok: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary ("that both Russia and Iran had armed
    X": "Russia" under "had"), read as the verb's own (r14-18)."""
    return [c for a in auxiliaries(tok) for c in a.children
            if c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ]


def auxiliaries(tok: Token) -> list[Token]:
    """The auxiliaries before ``tok`` ("had" in "had armed")."""
    return [a for a in tok.children if a.dep_ in ("aux", "auxpass") and a.i < tok.i]


def agent_actors(index: ActorIndex, tok: Token) -> list[Actor]:
    """The "by" agent of a passive verb (or of an event noun)."""
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return index.pobj_actors(child)
    return []


def source_actors(index: ActorIndex, tok: Token, *, stative: bool = False) -> list[Actor]:
    """Subject, or the passive agent; a ``stative`` participle ("is opposed to", "is committed
    to") keeps its grammatical subject when no agent is given."""
    if is_passive(tok):
        agents = agent_actors(index, tok)
        if agents or not stative:
            return agents
        return _dedupe(a for s in tok.children if s.dep_ in PASSIVE_SUBJ for a in index.np(s))
    out: list[Actor] = []
    for subj in subject_tokens(tok):
        if subj.dep_ not in PASSIVE_SUBJ or subj.head.i != tok.i:
            out.extend(index.np(subj) or described_name(index, subj, tok))
    return _dedupe(out)


def _prep_chain(tok: Token) -> dict[str, Token]:
    """Prepositions one level inside the verb's particles and prepositions ("pulled out of X",
    "went on strike against X"), never inside time and cause adjuncts ("after the talks with")."""
    nested: dict[str, Token] = {}
    for child in tok.children:
        if child.dep_ not in ("prep", "prt") or child.lower_ in ADJUNCT_PREPS:
            continue
        for g in child.children:
            if g.dep_ == "prep":
                nested.setdefault(g.lower_, g)
            elif g.dep_ == "pobj":
                for h in g.children:
                    if h.dep_ == "prep":
                        nested.setdefault(h.lower_, h)
    return nested


def _own_preps(tok: Token) -> dict[str, Token]:
    return {c.lower_: c for c in tok.children
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ not in ADJUNCT_PREPS}


def _first_prep_actors(index: ActorIndex, preps: dict[str, Token],
                       order: Sequence[str]) -> list[Actor]:
    for word in order:
        if word in preps:
            found = not_possessive(index, index.pobj_actors(preps[word]))
            if found:
                return found
    return []


def not_possessive(index: ActorIndex, actors: list[Actor]) -> list[Actor]:
    """Drop possessive pronouns ("its troops", "their homes"): as targets they mostly point
    back at the source."""
    return [a for a in actors if (tok := index.first_token(a)) is None
            or not (tok.dep_ == "poss" and tok.pos_ == "PRON")]


def modifier_actors(index: ActorIndex, tok: Token) -> list[Actor]:
    """Actors naming the phrase itself or its modifiers ("two British diplomats", "US
    mediation"), not pronoun possessives ("its troops") and not prepositional phrases."""
    own = index.at(tok)
    if own is not None:
        out = [own, *index._coordinated_modifiers(tok, own)]
    elif tok.lemma_.lower() in ALLIES:  # "X's ally": a patron, not the ally's own country
        out = []
    else:
        out = [a for c in tok.children if c.dep_ in NP_DEPS and c.pos_ != "PRON"
               for a in index.np(c)]
    for conj in tok.children:
        if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN"):
            out.extend(modifier_actors(index, conj))
    return _dedupe(out)


def object_tokens(index: ActorIndex, tok: Token, *, stative: bool = False) -> list[Token]:
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
               or (c.dep_ == "npadvmod" and c.i > tok.i and index.at(c) is not None)]
    if is_passive(tok) and not (stative and not agent_actors(index, tok)):
        objects += [c for c in tok.children if c.dep_ in PASSIVE_SUBJ]
    if not objects:  # "refused to allow UN planes to land": the planes' owner is the object
        objects = [s for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for s in c.children if s.dep_ == "nsubj"]
    return objects or _shifted_objects(tok)


QUANTITY_HEADS = frozenset({"part", "portion", "bulk", "rest", "remainder", "half", "most",
                            "some", "all", "much", "many", "majority", "share", "section",
                            "none", "each", "any"})


def _past_quantity(obj: Token) -> Token:
    """"suspended part of a military aid program for X": the object is what "of" names."""
    if obj.lemma_.lower() not in QUANTITY_HEADS or _has_modifiers(obj):
        return obj
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return obj


def _has_modifiers(obj: Token) -> bool:
    """A quantity word that heads its own modifiers ("most Western nations") stays."""
    return any(c.dep_ in ("compound", "amod", "poss") for c in obj.children)


def _shifted_objects(tok: Token) -> list[Token]:
    """A heavy object moved after an "as" phrase ("denounced as a crime X's suppression of
    ..."), which the parser hangs as an apposition of the "as" noun."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    pobjs = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    out = [a for p in pobjs for a in p.children if a.dep_ == "appos" and a.i > p.i]
    return out or [p for p in pobjs if _adjective_before_det(p) or any(
        a.dep_ in ("amod", "acomp") and a.i < p.i for a in p.head.children)]


def _adjective_before_det(noun: Token) -> bool:
    """"condemned as unacceptable the decision": an adjective before the noun's determiner is
    the "as" complement, and the noun phrase after it the verb's object."""
    dets = [c.i for c in noun.children if c.dep_ == "det"]
    return bool(dets) and any(c.dep_ == "amod" and c.i < dets[0] for c in noun.children)


def target_actors(index: ActorIndex, tok: Token, order: Sequence[str] = TARGET_PREPS, *,
                  stative: bool = False, moved: bool = False) -> list[Actor]:
    """The object (or passive subject, dative) naming an actor; then the object noun's own
    prepositions ("sanctions on X", "the blockade of X"); then the verb's; then one level
    inside the verb's phrases; then any actor inside the object. A ``moved`` object (the
    troops of "deploy peacekeepers in X") is what is sent, so the places come first."""
    objects = [_past_quantity(o) for o in object_tokens(index, tok, stative=stative)]
    direct = not_possessive(index, [a for obj in objects for a in modifier_actors(index, obj)])
    if direct and not moved:
        return _dedupe(direct)
    for obj in [c for o in objects for c in (o, *o.conjuncts)]:
        found = _first_prep_actors(index, _own_preps(obj), NOUN_PREPS)
        if found:  # "launched artillery and rocket fire against X"
            return found
    found = _first_prep_actors(index, _own_preps(tok), order)
    if found:
        return found
    found = _first_prep_actors(index, _prep_chain(tok), order)
    if found or direct:
        return found or _dedupe(direct)
    for obj in objects:
        found = not_possessive(index, index.np(obj))
        if found:
            return found
    return []
