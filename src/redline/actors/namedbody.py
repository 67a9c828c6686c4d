"""A state's name that begins a body's proper name: "the American Farm Bureau", "the Russian
Chamber of Commerce", "the Kenya National Union of Teachers" (issue 18, r13-18t).

An office "of" such a body ("X, the president of the American Farm Bureau,") is the body's,
not the state's: the state's name is only the first word of the body's name. The body takes
the state's country and the sector its own words say: the head noun first ("union" LAB,
"university" EDU, "party" PTY, "chamber" BUS), else the agent words of the name as
:func:`redline.actors.compose.find_agent` reads them (PLOVER's agent list and our sectors).
A head noun of an interest group ("association", "federation", "bureau" ...) with no such
word is an NGO; a head noun of a state body ("ministry", "committee", "service" ...) keeps
the government's default (GOV). Any other name is a body we cannot type: the state's code
alone (its country), not the state's government.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from redline.actors.bgformat import words
from redline.actors.compose import find_agent
from redline.actors.kb import KnowledgeBase
from redline.actors.mentions import Mention
from redline.actors.queries import make_code

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx

HEAD_SECTORS = {
    "union": "LAB", "university": "EDU", "college": "EDU", "institute": "EDU",
    "academy": "EDU", "school": "EDU", "party": "PTY", "church": "REL", "company": "BUS",
    "corporation": "BUS", "chamber": "BUS",
}
GROUP_HEADS = frozenset({
    "association", "federation", "confederation", "bureau", "society", "foundation", "league",
    "endowment", "coalition", "centre", "center",
})
STATE_HEADS = frozenset({
    "ministry", "committee", "commission", "department", "agency", "office", "service",
    "directorate", "administration", "authority", "bank", "guard", "court", "government",
    "parliament", "assembly", "senate", "army", "navy", "police", "council", "corps",
})
UNTYPED = "-"  # the sector of a body whose words name no sector (officeof codes its country)
NAME_LINKS = frozenset({"of", "for", "and", "on"})
STATE_SECTORS = frozenset({"", "GOV"})


@dataclass(frozen=True)
class NamedBody:
    """A body's name after a state's: its span end and its code (None: a body of no type)."""

    end: int
    code: str | None
    sector: str | None


def named_body(doc: Doc, kb: KnowledgeBase, state: Mention,
               limit: int | None = None) -> NamedBody | None:
    """The body whose proper name the state mention begins (ending by ``limit``), None when the
    state stands alone."""
    end = _name_end(doc, state.end, len(doc) if limit is None else limit)
    if end == state.end or not state.country:
        return None
    ws = list(doc[state.end:end])
    sector = _sector(ws)
    if sector is None:
        return NamedBody(end, None, None)
    return NamedBody(end, make_code(kb, state.country, sector), sector)


def _capital(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _name_end(doc: Doc, start: int, limit: int) -> int:
    """The end of capitalised words from ``start`` ("Farm Bureau", "Chamber of Commerce")."""
    k, end = start, start
    while k < limit:
        if _capital(doc[k]):
            k += 1
            end = k
        elif doc[k].lower_ in NAME_LINKS and end == k and k + 1 < limit \
                and _capital(doc[k + 1]) and end > start:
            k += 1
        else:
            break
    return end


def _head(ws: list[Token]) -> str:
    """The head noun of a name: the last word before its first "of"/"for" link."""
    cut = next((i for i, w in enumerate(ws) if w.lower_ in NAME_LINKS), len(ws))
    return ws[cut - 1].lower_ if cut else ""


def _sector(ws: list[Token]) -> str | None:
    """The sector a body's name says: its head noun's, else its agent words' (a government
    reading stands unless the head is an interest group's), else an interest group's (NGO)."""
    head = _head(ws)
    group = head in GROUP_HEADS or _bare_union(ws, head)
    if head in HEAD_SECTORS and not group:
        return HEAD_SECTORS[head]
    found = find_agent(list(words(" ".join(w.text for w in ws))))
    if found is not None and (found[0] not in STATE_SECTORS or not group):
        return found[0] or "GOV"
    if group:
        return "NGO"
    return "GOV" if head in STATE_HEADS else None


def _bare_union(ws: list[Token], head: str) -> bool:
    """A "union" of no one's trade ("Civil Liberties Union"): only "Union of <workers>" names a
    labour union by its head ("National Union of Teachers"; r13-rb)."""
    return head == "union" and not any(w.lower_ == "of" for w in ws)


def _name_start(doc: Doc, end: int) -> int:
    """The start of capitalised words ending at ``end`` ("Russian Chamber of Commerce")."""
    k = end
    while k > 0 and (_capital(doc[k - 1]) or (
            doc[k - 1].lower_ in NAME_LINKS and k < end and k > 1 and _capital(doc[k - 2]))):
        k -= 1
    return k


def body_before_title(doc: Doc, kb: KnowledgeBase, m: Mention,
                      states: list[Mention]) -> None:
    """"American Farm Bureau President X", "Russian Chamber of Commerce President X": an
    unknown person titled after a non-state body's name, given the government's sector by the
    bare title, is recoded in place as the body's (the country of a state starting the name)."""
    if m.person >= 0 or m.kind != "person" or not m.role or (m.sector or "") not in \
            STATE_SECTORS or m.start < 2:
        return
    start = _name_start(doc, m.start)
    head = _head(list(doc[start:m.start]))
    if start >= m.start - 1 or (head not in HEAD_SECTORS and head not in GROUP_HEADS):
        return
    sector = _sector(list(doc[start:m.start]))
    state = next((s for s in states if s.start == start and s.end < m.start), None)
    if sector is None:
        return
    country = state.country if state is not None else None
    m.country, m.sector = country, sector
    m.code = make_code(kb, country, sector) if country else "---" + sector


def bodies_before_titles(ctx: Ctx) -> None:
    """Apply :func:`body_before_title` to every mention of ctx.out, then
    :func:`state_begins_body` to its states alone."""
    states = [s for s in ctx.out if s.kind == "state" and not s.sector and s.country]
    for m in ctx.out:
        body_before_title(ctx.doc, ctx.kb, m, states)
    starts = sorted(m.start for m in ctx.out)
    for s in states:
        limit = next((k for k in starts if k >= s.end), len(ctx.doc))
        state_begins_body(ctx.doc, ctx.kb, s, limit)


def state_begins_body(doc: Doc, kb: KnowledgeBase, m: Mention, limit: int) -> None:
    """"the American Academy of Pediatrics", "the Russian Chamber of Commerce": a state's name
    that begins the name of a body whose head noun is a non-state body's is recoded in place
    as that body (the state's country, the body's sector); state bodies stay as they are."""
    found = named_body(doc, kb, m, limit)
    if found is None or found.code is None or m.person >= 0:
        return
    head = _head(list(doc[m.end:found.end]))
    if head in HEAD_SECTORS or head in GROUP_HEADS:
        m.end, m.code, m.sector = found.end, found.code, found.sector
        m.name = doc[m.start:found.end].text
