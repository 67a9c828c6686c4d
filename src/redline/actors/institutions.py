"""A state's own institution named by a word the knowledge base keeps for the United States
(or Britain): "the Peruvian Congress", "Brazil's Supreme Court", "the Nigerian Senate" are that
state's legislature or court, not the US ones ("Congress" alone, "the Senate" alone stay
American, as metonyms.csv has them), and "the Pakistani Foreign Office" is no British body.
Likewise a state's diplomat named by the organisation they are sent to: "Syria's UN envoy", "the
Iranian UN ambassador" are the state's (GOV), where "UN envoy" alone is the UN's."""

from __future__ import annotations

from spacy.tokens import Doc

from redline.actors.kb import KnowledgeBase
from redline.actors.scan import Item

DIPLOMATS = frozenset({"envoy", "envoys", "ambassador", "ambassadors", "representative",
                       "representatives", "delegate", "delegates", "delegation", "mission"})
# generic institution words among the metonyms -> the sector they name
INSTITUTIONS = {"congress": "LEG", "senate": "LEG", "house of representatives": "LEG",
                "supreme court": "JUD", "foreign office": "GOV", "home office": "GOV",
                "ministry of defence": "MIL"}


def institution_sector(kb: KnowledgeBase, item: Item | None) -> str | None:
    """The sector of a generic institution word ``item`` reads as a metonym, else None."""
    if item is None:
        return None
    for entry in item.of("metonym"):
        sector = INSTITUTIONS.get(kb.metonyms[int(entry.ref)].phrase.casefold())
        if sector is not None:
            return sector
    return None


def diplomat_at(kb: KnowledgeBase, doc: Doc, item: Item | None) -> int | None:
    """The end of "UN envoy" / "EU ambassador" at ``item`` (an organisation, not a state, then
    a diplomat's noun), else None."""
    if item is None or item.end >= len(doc) or doc[item.end].lower_ not in DIPLOMATS:
        return None
    orgs = [e for e in item.of("org", "metonym")
            if e.kind == "org" or not kb.is_state(kb.metonyms[int(e.ref)].code)]
    return item.end + 1 if orgs and not item.of("state") else None
