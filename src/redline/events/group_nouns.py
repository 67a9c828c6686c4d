"""Groups named by a plural noun our sector words lack: "presidential candidates condemned",
"supporters of the bill rejected", "voters punished the party", "refugees fled".

The head noun's sector comes from PLOVER's agent list as compiled into the background layer
(``actors.compose.agent_table``: "voters" -> CVL, "refugees" -> REF, "doctors" -> MED), then
from a few person nouns that list lacks or leaves without a sector (``OWN``: "candidates" ->
PTY as PLOVER's CANDIDATE_FOR_OFFICE, "supporters", "critics": a country alone). Only plural
common nouns count (a group, not "a man"), never words of everyone ("people", "the public")
nor commentators who are seldom a party ("analysts", "experts", "observers"). The country is
the story's (``sector_actors.story_country``), given by ``sector_actors.sector_fallbacks``;
a modifier or an of/in-phrase naming an actor wins there ("Iranian voters", "supporters of
the opposition"), as for every sector word.
"""

from __future__ import annotations

from spacy.tokens import Token

# person nouns PLOVER's list lacks or codes UNK: sector ("": the country alone)
OWN = {"candidates": "PTY", "supporters": "", "critics": "", "opponents": "",
       "investigators": "", "campaigners": "OPP", "dissidents": "OPP", "voters": "CVL"}
# plural nouns of everyone, of commentators or of no party: never a side by themselves
NOT_GROUPS = frozenset({"people", "persons", "men", "women", "children", "kids", "public",
                        "individuals", "others", "analysts", "experts", "observers",
                        "commentators", "pundits", "economists", "scientists", "researchers",
                        "historians", "users", "customers", "consumers",
                        "viewers", "readers", "listeners", "fans", "visitors", "tourists",
                        "passengers", "investors", "traders"})

# PLOVER sectors whose plural words are mostly outlets and firms, not groups of people
# ("websites", "tabloids", "airlines", "exporters"), as ``sector_actors.VAGUE`` leaves out
# "newspapers" and "companies"
THINGS = frozenset({"JRN", "BUS"})


def group_sector(tok: Token) -> str | None:
    """The sector of a plural group noun ("" for a country alone); None when ``tok`` is no
    group noun of ours."""
    word = tok.lower_
    if tok.tag_ != "NNS" or word in NOT_GROUPS:
        return None
    if word in OWN:
        return OWN[word]
    from redline.actors.compose import agent_table

    sector = agent_table().get((word.upper(),))
    return None if not sector or sector in THINGS else sector  # a PLOVER person word with no sector ("" ) names no group
