"""A country named as a person's subject, not their employer.

"former White House Russia adviser Fiona Hill", "Iran envoy Brian Hook", "a State Department
China expert": a state's name (not its demonym, not a possessive) right before an adviser's,
envoy's or expert's title says what the person works on. The person is of the body named
just before ("White House": USA) or, with none, of no known country (``---GOV``; a one-state
story gives it its state, see ``actors.stated``). "Russian adviser", "Russia's envoy" and
"Ukraine President Zelensky" keep their country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from redline.actors.context import UNKNOWN
from redline.actors.kb import KnowledgeBase
from redline.actors.queries import make_code
from redline.doctext import doc_text
from redline.model import Actor

TOPIC_ROLES = frozenset({"adviser", "advisor", "envoy", "expert", "analyst", "specialist",
                         "hawk", "czar", "tsar", "negotiator", "coordinator", "hand",
                         "watcher", "scholar"})


def _topic_name(kb: KnowledgeBase, span: Span, country: str) -> bool:
    """The span opens with the state's own name (or an alias) and a topic role follows."""
    state = kb.states.get(country)
    if state is None:
        return False
    names = {n.lower() for n in (state.name, *state.aliases)}
    for k in range(1, min(len(span) - 1, 4)):
        if span[:k].text.lower() in names and span[k].lemma_.lower() in TOPIC_ROLES:
            return span[k - 1].tag_ == "NNP" and span[k].tag_ == "NN"
    return False


def _employer(actors: Sequence[Actor], i: int, text: str) -> str | None:
    """The state of a body named right before the person's words ("White House Russia ...")."""
    if i == 0:
        return None
    before = actors[i - 1]
    gap = text[before.end:actors[i].start].strip()
    return before.country if gap in ("", "'s", "\u2019s") and before.kind != "person" else None


def topic_countries(doc: Doc, kb: KnowledgeBase, actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` with a person whose country is only their subject recoded."""
    out = list(actors)
    text = doc_text(doc)
    for i, a in enumerate(out):
        if a.kind != "person" or not a.country:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None or not _topic_name(kb, span, a.country):
            continue
        country = _employer(out, i, text)
        if country is not None and country == a.country:
            continue
        code = make_code(kb, country, a.sector) if country else UNKNOWN + (a.sector or "")
        out[i] = replace(a, country=country, code=code)
        _named_again(out, i, a)
    return out


def _named_again(out: list[Actor], i: int, was: Actor) -> None:
    """The person's later mentions ("Hill", "she") carried the subject's country: they take
    the one just given to the first."""
    now = out[i]
    for k in range(i + 1, len(out)):
        later = out[k]
        if later.kind == "person" and later.name == was.name and later.code == was.code:
            out[k] = replace(later, country=now.country, code=now.code)
