"""The organisation in a title wins over the country a person is known by.

"EU envoy Miroslav Lajcak", "African Union envoy Olusegun Obasanjo", "UN envoy Staffan de
Mistura": the title says whom the person acts for on the article's date. Where the knowledge
base holds no office of the person on that date (a former foreign minister or president, a
stale term), the organisation named in the title codes the mention, not the state of their
last office (SVKELI, NGAELI). A sitting state official keeps the state ("African Union chairman
Macky Sall" is Senegal's president), a former holder keeps his past ("former UN envoy"), and an
ambassador or representative to a body ("UN ambassador Nikki Haley") is a state's envoy.
"""

from __future__ import annotations

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
    if kb.people[m.person].term_on(date) is not None:
        return
    m.code, m.country, m.sector, m.office = make_code(kb, code, None), code, None, None
