"""A state's own institution named by a word the knowledge base keeps for the United States:
"the Peruvian Congress", "Brazil's Supreme Court", "the Nigerian Senate" are that state's
legislature or court, not the US ones ("Congress" alone, "the Senate" alone stay American, as
metonyms.csv has them)."""

from __future__ import annotations

from redline.actors.kb import KnowledgeBase
from redline.actors.scan import Item

# generic institution words among the metonyms -> the sector they name
INSTITUTIONS = {"congress": "LEG", "senate": "LEG", "house of representatives": "LEG",
                "supreme court": "JUD"}


def institution_sector(kb: KnowledgeBase, item: Item | None) -> str | None:
    """The sector of a generic institution word ``item`` reads as a metonym, else None."""
    if item is None:
        return None
    for entry in item.of("metonym"):
        sector = INSTITUTIONS.get(kb.metonyms[int(entry.ref)].phrase.casefold())
        if sector is not None:
            return sector
    return None
