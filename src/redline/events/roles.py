"""Who did it and to whom: actors from the dependency parse, mapped by character offsets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from redline.model import Actor

NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod"})
NP_PREPS = frozenset({"of", "in", "from", "with"})
TARGET_PREPS = ("on", "against", "with", "to", "toward", "towards", "into", "at", "upon",
                "from", "over", "for", "between", "of", "in", "along", "near", "across", "inside",
                "around", "off")
SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})


class ActorIndex:
    """Token index -> Actor, built once per document from the actors' character offsets."""

    def __init__(self, doc: Doc, actors: Sequence[Actor]) -> None:
        self.by_token: dict[int, Actor] = {}
        for actor in actors:
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token.setdefault(tok.i, actor)

    def at(self, tok: Token) -> Actor | None:
        return self.by_token.get(tok.i)

    def np(self, tok: Token, depth: int = 0) -> list[Actor]:
        """Actors of the noun phrase headed by ``tok`` and of its conjuncts."""
        out = self._phrase(tok, depth)
        for conj in tok.children:
            if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                out.extend(self.np(conj, depth))
        return _dedupe(out)

    def _phrase(self, tok: Token, depth: int) -> list[Actor]:
        own = self.at(tok)
        if own is not None:
            return [own]
        if depth > 2:
            return []
        out: list[Actor] = []
        for child in tok.children:
            if child.dep_ in NP_DEPS:
                out.extend(self._phrase(child, depth + 1))
        if not out:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in NP_PREPS:
                    out.extend(self.pobj_actors(child, depth + 1))
        return out

    def pobj_actors(self, prep: Token, depth: int = 0) -> list[Actor]:
        out: list[Actor] = []
        for pobj in prep.children:
            if pobj.dep_ in ("pobj", "pcomp"):
                out.extend(self.np(pobj, depth))
        return out


def _dedupe(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[tuple[int, int]] = set()
    out: list[Actor] = []
    for actor in actors:
        if (actor.start, actor.end) not in seen:
            seen.add((actor.start, actor.end))
            out.append(actor)
    return out


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJ or c.dep_ == "auxpass" for c in tok.children)


def subject_tokens(tok: Token) -> list[Token]:
    """The grammatical subject of ``tok``'s clause, inherited through xcomp/conj/relcl/acl."""
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ]
        if subj:
            return subj
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return [tok.head]
        if tok.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or tok.head is tok:
            return []
        tok = tok.head
    return []


def agent_actors(index: ActorIndex, tok: Token) -> list[Actor]:
    """The "by" agent of a passive verb (or of an event noun)."""
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return index.pobj_actors(child)
    return []


def source_actors(index: ActorIndex, tok: Token) -> list[Actor]:
    if is_passive(tok):
        return agent_actors(index, tok)
    out: list[Actor] = []
    for subj in subject_tokens(tok):
        if subj.dep_ not in PASSIVE_SUBJ or subj.head is not tok:
            out.extend(index.np(subj))
    return _dedupe(out)


def _prep_chain(tok: Token) -> dict[str, Token]:
    """Prepositions of the verb, of its particle, and one level inside ("pulled out of X",
    "went on strike against X"); the verb's own take precedence."""
    preps = {c.lower_: c for c in tok.children if c.dep_ in ("prep", "dative")}
    nested: dict[str, Token] = {}
    for child in tok.children:
        if child.dep_ not in ("prep", "prt"):
            continue
        for g in child.children:
            if g.dep_ == "prep":
                nested.setdefault(g.lower_, g)
            elif g.dep_ == "pobj":
                for h in g.children:
                    if h.dep_ == "prep":
                        nested.setdefault(h.lower_, h)
    return {**nested, **preps}


def target_actors(index: ActorIndex, tok: Token) -> list[Actor]:
    """Object, passive subject, dative, then prepositional objects, then inside the object."""
    direct: list[Actor] = []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
               or (c.dep_ == "npadvmod" and index.at(c) is not None)]
    if is_passive(tok):
        objects += [c for c in tok.children if c.dep_ in PASSIVE_SUBJ]
    for obj in objects:
        if index.at(obj) is not None or obj.dep_ == "dative":
            direct.extend(index.np(obj))
    if direct:
        return _dedupe(direct)
    preps = _prep_chain(tok)
    for obj in objects:
        preps.update({c.lower_: c for c in obj.children if c.dep_ == "prep"} | preps)
    for word in TARGET_PREPS:
        if word in preps:
            found = index.pobj_actors(preps[word])
            if found:
                return found
    for obj in objects:
        found = index.np(obj)
        if found:
            return found
    return []
