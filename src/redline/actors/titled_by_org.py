"""A known person titled by an organisation in running text acts for the organisation, not
for the country they are known by (a phrase alone, "TITLE of [the] ORGANISATION", is coded by
:func:`redline.actors.compose.title_of_org`).

"EU envoy Miroslav Lajcak", "African Union envoy Olusegun Obasanjo", "UN envoy Staffan de
Mistura": the title says whom the person acts for on the article's date. Where the knowledge
base holds no office of the person on that date (a former foreign minister or president, a
stale term), the organisation named in the title codes the mention, not the state of their
last office (SVKELI, NGAELI). A sitting state official keeps the state ("African Union chairman
Macky Sall" is Senegal's president), a former holder keeps his past ("former UN envoy"), and an
ambassador or representative to a body ("UN ambassador Nikki Haley") is a state's envoy.
"""

from __future__ import annotations

from spacy.tokens import Doc

from redline.actors.compose import FORMER_WORDS
from redline.actors.kb import KnowledgeBase
from redline.actors.mentions import Mention
from redline.actors.queries import make_code
from redline.actors.scan import Item

STATE_ENVOY_ROLES = frozenset({"ambassador", "legislator"})
PAST_WORDS = FORMER_WORDS | {"then", "late", "outgoing", "ousted", "exiled"}


def title_org(kb: KnowledgeBase, item: Item | None) -> str | None:
    """The organisation an item names (an organisation or a body's metonym), None for a state."""
    if item is None or item.of("state", "person"):
        return None
    for e in item.entries:
        code = e.ref if e.kind == "org" else (
            kb.metonyms[int(e.ref)].code if e.kind == "metonym" else "")
        if code and not kb.is_state(code):
            return code
    return None


def org_wins(kb: KnowledgeBase, m: Mention, org: Item | None, titles: list[Item],
             mods: set[str], date: str) -> None:
    """Recode in place a known person titled by an organisation (see the module docstring)."""
    code = title_org(kb, org)
    roles = {kb.titles[int(e.ref)].role for t in titles for e in t.of("title")}
    if code is None or not titles or m.person < 0 or mods & PAST_WORDS \
            or roles & STATE_ENVOY_ROLES:
        return
    _recode(kb, m, date, make_code(kb, code, None), code, None)


def appositive_orgs(kb: KnowledgeBase, doc: Doc, mentions: list[Mention], date: str) -> None:
    """"the UN's envoy for Western Sahara, Staffan de Mistura," and "Miroslav Lajcak, the EU
    envoy,": an organisation's titled mention set off by a comma next to a known person codes
    the person as the organisation (under the rules of :func:`org_wins`)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for k, m in enumerate(ordered):
        if m.person < 0:
            continue
        before = [t for t in ordered[:k] if _gap(doc, t.end, m.start, after=False)
                  and _org_title(kb, t) and _apposed(doc, t, m)]
        after = [t for t in ordered[k + 1:k + 2] if _gap(doc, m.end, t.start, after=True)
                 and _org_title(kb, t) and _apposed(doc, m, t)]
        for title in before[-1:] + after:
            _titled_by(kb, m, title, date)


APPOSITIVE_GAP = 6  # tokens between a title and its name ("for Western Sahara ,")


def _gap(doc: Doc, start: int, end: int, after: bool) -> bool:
    """Whether tokens [start, end) set a title off from a name: ", [the]" after the name;
    "[for|to|in|on ...] ," (no other comma, no verb) before it. The length is checked before
    the tokens are read: callers pass every earlier mention, most of them far away."""
    if not 0 < end - start <= (2 if after else APPOSITIVE_GAP):
        return False
    words = list(doc[start:end])
    if after:
        return bool(words) and words[0].text == "," and len(words) <= 2 and all(
            w.lower_ in (",", "the", "a") for w in words)
    return (0 < len(words) <= APPOSITIVE_GAP and words[-1].text == ","
            and all(w.text != "," and w.pos_ not in ("VERB", "AUX") for w in words[:-1])
            and (len(words) == 1 or words[0].lower_ in ("for", "to", "in", "on")))


def _apposed(doc: Doc, first: Mention, second: Mention) -> bool:
    """Whether the parse sets ``second`` in apposition to ``first`` (its root an "appos" of a
    token from ``first`` up to ``second``: "the UN's envoy for Western Sahara, Staffan de
    Mistura") or ``first`` in apposition to ``second``; a fronted phrase ("In a call with the
    UN envoy, Obasanjo said") or a new subject ("After meeting Obasanjo, the UN envoy said")
    is none."""
    root1, root2 = doc[first.start:first.end].root, doc[second.start:second.end].root
    return (root2.dep_ == "appos" and first.start <= root2.head.i < second.start) or (
        root1.dep_ == "appos" and second.start <= root1.head.i < second.end)


def _org_title(kb: KnowledgeBase, title: Mention) -> bool:
    """An organisation's titled mention with no person of its own ("the UN envoy")."""
    return (title.person < 0 and bool(title.role) and title.country is not None
            and not kb.is_state(title.country) and title.role not in STATE_ENVOY_ROLES)


def _titled_by(kb: KnowledgeBase, person: Mention, title: Mention, date: str) -> None:
    _recode(kb, person, date, title.code, title.country, title.sector)


def _recode(kb: KnowledgeBase, m: Mention, date: str, code: str, country: str | None,
            sector: str | None) -> None:
    """Give the person mention ``m`` the organisation's codes unless the knowledge base holds
    an office of theirs on ``date`` (a sitting state official keeps the state)."""
    if kb.people[m.person].term_on(date) is None:
        m.code, m.country, m.sector, m.office = code, country, sector, None
