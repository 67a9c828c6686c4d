"""Composition without a row: country + agent from the words of a phrase, in the manner of
PETRARCH's agents and NGEC's resolver ("Ukrainian farmers" -> UKRAGR, "Syrian mercenaries" ->
SYRREB, "soldiers" -> ---MIL).

Agent words come from our curated ``sectors.csv`` and ``titles.csv`` first, then from the PLOVER
agent list compiled into the background layer (its codes mapped to ours: ``UAF`` -> ``REB``,
``PPL`` -> ``CVL``, ``UNK`` -> none). Two uses:

* :func:`compose_phrase`: ``redline actor`` and the NGEC cases, for a phrase no row names;
* :func:`former_elites`: in running text, "a former CIA official" is an elite (ELI);
* :func:`title_of_org`: a phrase "TITLE of [the] ORGANISATION" is the organisation's (below).

(Giving a country mention in running text the agent noun after it, "Ukrainian farmers" ->
UKRAGR, was tried and dropped: it moved the check half of the article gold down, the tune half
not at all; in running text our curated sector words do that job.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from redline.actors.background import background
from redline.actors.bgformat import words
from redline.actors.kb import KnowledgeBase, knowledge_base
from redline.actors.mentions import Mention
from redline.actors.queries import ActorAnswer, make_code

# PLOVER agent codes in our (CAMEO) terms: a paramilitary is REB as a militia is; "": a person
# word with no sector; JNK (disasters) and NON (days, continents, "the West") name no actor;
# PLOVER's MED is medical (doctors, nurses, ambulances: CAMEO's HLH) and its JRN journalists
# (CAMEO's MED, as our sector words code "journalists" and "state media") (r15-18a)
PLOVER_TO_OURS = {"UAF": "REB", "PRM": "REB", "PPL": "CVL", "UNK": "", "MED": "HLH",
                  "JRN": "MED"}
NO_AGENT = frozenset({"JNK", "NON"})
# words that put an office in the past: its holder is an elite (ELI), not the office (not
# "disgraced": a disgraced president may still be president)
FORMER_WORDS = frozenset({"former", "retired", "ex", "onetime"})
FORMER = frozenset(w.upper() for w in FORMER_WORDS)  # as bgformat.words spells them
UNKNOWN = "---"
MAX_AGENT = 4
# US party words before a staff or person word name Congress ("Republican counsel X")
PARTIES = frozenset({"REPUBLICAN", "REPUBLICANS", "DEMOCRAT", "DEMOCRATS", "DEMOCRATIC", "GOP"})
PARTY_STAFF = frozenset({"", "GOV", "JUD", "LEG"})
PARTY_PLACES = (None, ("USA", None), ("USA", "LEG"))  # "Republican" is a metonym of USALEG
# a state's bodies: their titles keep their own sector ("Pentagon police chief": COP)
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# PLOVER agent words that name places or things, not people: "Syrian cities" is no actor
PLACE_WORDS = frozenset({"CITY", "CITIES", "TOWN", "TOWNS", "VILLAGE", "VILLAGES", "STATE",
                         "STATES", "TELEVISION", "TELEVISIONS"})


# a generic person noun takes the sector of the word before it ("agricultural workers": AGR,
# "military personnel": MIL); CAMEO/PLOVER sector codes
GENERIC_AGENTS = frozenset({"WORKERS", "WORKER", "OFFICIALS", "OFFICIAL", "STAFF", "PERSONNEL",
                            "EMPLOYEES", "EMPLOYEE", "MEMBERS", "MEMBER", "LEADERS", "LEADER",
                            "REPRESENTATIVES", "FIGURES", "SOURCES",
                            # a body's spokesman or chief speaks for the body ("police
                            # spokesman": COP, "army chief": MIL)
                            "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "SPOKESPEOPLE",
                            "CHIEF", "CHIEFS"})
SECTOR_MODIFIERS = {
    "AGRICULTURAL": "AGR", "FARM": "AGR", "MILITARY": "MIL", "ARMY": "MIL", "DEFENCE": "MIL",
    "DEFENSE": "MIL", "POLICE": "COP", "JUDICIAL": "JUD", "COURT": "JUD", "BUSINESS": "BUS",
    "CORPORATE": "BUS", "MEDIA": "MED", "STUDENT": "EDU", "UNIVERSITY": "EDU", "RELIGIOUS": "REL",
    "CHURCH": "REL", "OPPOSITION": "OPP", "REBEL": "REB", "INSURGENT": "REB", "MILITIA": "REB",
    "INTELLIGENCE": "SPY", "UNION": "LAB", "LABOUR": "LAB", "LABOR": "LAB", "GOVERNMENT": "GOV",
    "PARTY": "PTY", "PARLIAMENTARY": "LEG", "CONGRESSIONAL": "LEG", "LEGISLATIVE": "LEG",
}
# r15-18a: "health workers", "medical personnel" (CAMEO HLH); "indigenous leaders", "community
# leaders" speak for people, not a government (PLOVER INDIGENOUS_PEOPLE, ELDERS: CVL). They
# name people, not an office: "health spokesman", "civic officials" stay GOV (review r15-rb)
PEOPLE_MODIFIERS = {"HEALTH": "HLH", "MEDICAL": "HLH", "INDIGENOUS": "CVL", "COMMUNITY": "CVL",
                    "CIVIC": "CVL"}
OFFICE_HEADS = frozenset({"OFFICIALS", "OFFICIAL", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
                          "SPOKESPEOPLE", "CHIEF", "CHIEFS"})
# armed men named by what they serve: a criminal modifier makes them criminals ("cartel
# gunmen", "gang fighters", "mafia hitmen": PLOVER CARTEL, GANG, MAFIA [~CRM]) (r15-18a)
ARMED_HEADS = frozenset({"GUNMEN", "GUNMAN", "FIGHTERS", "FIGHTER", "HITMEN", "HITMAN",
                         "ASSAILANTS", "ATTACKERS", "MILITANTS", "MILITANT"})


# American and British spellings of agent words: the PLOVER list has many only one way ("Defense
# Force" but no "Defence Force"; its own "known problem" 1), so each key is also read the other way
_SPELLINGS = {"DEFENSE": "DEFENCE", "OFFENSE": "OFFENCE", "LABOR": "LABOUR",
              "ORGANIZATION": "ORGANISATION", "ORGANIZATIONS": "ORGANISATIONS",
              "CENTER": "CENTRE", "CENTERS": "CENTRES", "PROGRAM": "PROGRAMME",
              "COUNSELOR": "COUNSELLOR", "COUNSELORS": "COUNSELLORS", "COUNCILOR": "COUNCILLOR",
              "COUNCILORS": "COUNCILLORS"}
SPELLINGS = {**_SPELLINGS, **{uk: us for us, uk in _SPELLINGS.items()}}


def respelt(key: tuple[str, ...]) -> tuple[str, ...]:
    """``key`` with its American words British and its British words American."""
    return tuple(SPELLINGS.get(w, w) for w in key)


@lru_cache(maxsize=1)
def agent_table() -> dict[tuple[str, ...], str]:
    """Normalized words -> our sector code ("": a person word with no sector)."""
    kb = knowledge_base()
    table: dict[tuple[str, ...], str] = {}
    for key, code in background().agents.items():
        if code not in NO_AGENT and not PLACE_WORDS & set(key):
            table[key] = PLOVER_TO_OURS.get(code, code)
    for key, code in list(table.items()):
        table.setdefault(respelt(key), code)  # the other spelling, where the list lacks it
    for t in kb.titles:
        table[words(t.phrase)] = t.sector or table.get(words(t.phrase), "")
    for s in kb.sectors:
        table[words(s.word)] = s.sector
    return table


def find_agent(ws: list[str]) -> tuple[str, int, int] | None:
    """(sector, start, end) of the agent phrase in ``ws``: the longest, the rightmost of equals."""
    table = agent_table()
    best: tuple[int, int, int] | None = None  # (length, start, end)
    for i in range(len(ws)):
        for size in range(min(MAX_AGENT, len(ws) - i), 0, -1):
            if tuple(ws[i : i + size]) in table:
                if best is None or size >= best[0]:
                    best = (size, i, i + size)
                break
    if best is None:
        return None
    _, a, b = best
    if b - a == 1 and ws[a] in GENERIC_AGENTS and a > 0:
        # "agricultural workers": AGR; an agent noun before it too: "gang members": CRM
        modifier = _modifier(ws[a - 1], ws[a]) or table.get((ws[a - 1],))
        if modifier:
            return modifier, a - 1, b
    if b - a == 1 and ws[a] in ARMED_HEADS and a > 0 and table.get((ws[a - 1],)) == "CRM":
        return "CRM", a - 1, b
    return table[tuple(ws[a:b])], a, b


# ---------------------------------------------------------------- in running text


def former_elites(kb: KnowledgeBase, doc: Doc, mentions: list[Mention]) -> None:
    """"a former CIA official", "ex-Pentagon aides": an unnamed office holder of the past is
    an elite (ELI) of the body's country, as for a named former official."""
    for m in mentions:
        if m.named or not m.sector or not m.country or m.kind not in ("person", "state"):
            continue
        before = {t.lower_ for t in doc[max(m.start - 2, 0) : m.start]}
        if before & FORMER_WORDS and m.sector != "ELI":
            m.sector = "ELI"
            m.code = make_code(kb, m.country, "ELI")


# ---------------------------------------------------------------- a phrase alone


def named_country(ws: list[str], skip: range,
                  lowered: frozenset[str] = frozenset()) -> tuple[str, str | None] | None:
    """(code, sector of a metonym or None): a state, organisation or seat of power ("the
    Pentagon": USA, MIL) named by words of the phrase outside ``skip`` (longest first)."""
    from redline.actors.lookup import _index

    index = _index()
    kb = knowledge_base()
    bg = background()
    for size in range(min(4, len(ws)), 0, -1):
        for i in range(len(ws) - size + 1):
            if any(k in skip for k in range(i, i + size)):
                continue
            key = " ".join(ws[i : i + size]).lower()
            for kind, ref in index.get(key, ()):
                if key == str(ref).lower() and key in lowered:
                    continue  # "and", "can", "per" written as words: not AND, CAN, PER
                if kind in ("state", "org"):
                    return str(ref), None
                if kind == "metonym":
                    met = kb.metonyms[int(str(ref))]
                    return met.code, met.sector or None
            actor = bg.actor(tuple(ws[i : i + size]))
            code = actor.code_on("9999-12-31") if actor else None
            if code is not None and kb.is_state(code.country):
                return code.country, None
    return None


# words of an "of" phrase that make a congress or assembly a labour federation (r15-18a;
# actors/misreads.py reads running text the same way)
LABOUR_OF = frozenset({"LABOUR", "LABOR", "TRADE", "TRADES", "UNIONS", "WORKERS", "EMPLOYERS",
                       "INDUSTRIAL", "ORGANIZATIONS", "ORGANISATIONS"})


def _of_labour(ws: list[str], end: int) -> bool:
    """Whether "of" and a labour word follow the institution word ending at ``end``."""
    return end < len(ws) and ws[end] == "OF" and bool(LABOUR_OF & set(ws[end + 1 : end + 6]))


# a capitalised "Party" that heads the phrase names a party: the words of its name are no
# agent ("Workers' Party of Brazil": BRAPTY, not BRALAB; "Justice and Development Party": PTY,
# not JUD) (r16-18a)
PARTY_NAME = re.compile(r"\bParty\b")


def named_party(text: str, ws: list[str]) -> tuple[str, int, int] | None:
    """("PTY", start, end) of the party noun heading ``ws`` (last, or before "of COUNTRY"),
    when ``text`` writes it capitalised; None otherwise."""
    if PARTY_NAME.search(text) is None or "PARTY" not in ws:
        return None
    i = len(ws) - 1 - ws[::-1].index("PARTY")
    if i + 1 < len(ws) and ws[i + 1] != "OF":
        return None  # "Party chief", "Party officials": the title after it decides
    return "PTY", i, i + 1


def compose_phrase(text: str, date: str) -> ActorAnswer | None:
    """Country + agent from the words of ``text``; None when it names neither an agent nor,
    beside an agent, a country; "TITLE of [the] ORGANISATION" is the organisation's."""
    org = title_of_org(text, date)
    if org is not None:
        return org
    ws = list(words(text))
    found = named_party(text, ws) or find_agent(ws)
    if found is None:
        return None
    sector, a, b = found
    if FORMER & set(ws[:a]):
        sector = "ELI"
    if sector == "LEG" and _of_labour(ws, b):
        sector = "LAB"  # "Congress of Industrial Organizations": a labour federation
    kb = knowledge_base()
    place = named_country(ws, range(a, b), frozenset(re.findall(r"\b[a-z]+\b", text)))
    if PARTIES & set(ws) and sector in PARTY_STAFF and place in PARTY_PLACES:
        place, sector = ("USA", None), "LEG"  # "Republican counsel X": the party's lawmakers
    if place is None:
        return ActorAnswer("", date, UNKNOWN + sector, None, sector or None, "person", None,
                           layer="composition")
    country, met_sector = place
    if met_sector and (sector in ("GOV", "") or met_sector not in STATE_BODIES):
        # "Pentagon officials": the seat's sector; "Hezbollah commander": the group's, not
        # the title's (a group's commander or spokesman is the group's)
        sector = met_sector
    kind = "state" if kb.is_state(country) else "igo"
    return ActorAnswer(kb.country_name(country), date, make_code(kb, country, sector or None),
                       country, sector or None, kind, None, layer="composition")


# A phrase "TITLE of [the] ORGANISATION" is the organisation's: "President of the Chadian Human
# Rights League", "director of the Iranian Atomic Energy Organization", "head of the Russian
# Orthodox Church" (the person titled by an organisation in running text, "EU envoy Miroslav
# Lajcak", is actors/titled_by_org.py's job).
#
# A phrase alone (``redline actor``, NGEC's cases) made of a title, "of", "for" or "at", and a
# named organisation (its last word an organisation noun: league, association, church, union ...)
# is coded by the organisation: its country and the agent its words name, not the sector of the
# title ("President" is GOV, "director" SPY). The organisation's agent is read from the agent
# table with its noun taken as the head the table knows ("Human Rights League" as "human rights
# group": NGO; "Atomic Energy Organization" as "atomic energy committee": GOV), else from the
# sector word before the noun ("Medical Syndicate": HLH) or of the noun ("Orthodox Church": REL).

ORG_NOUNS = frozenset({"LEAGUE", "ASSOCIATION", "SOCIETY", "ORGANIZATION", "ORGANISATION",
                       "UNION", "FEDERATION", "SYNDICATE", "CHURCH", "MOVEMENT", "GROUP",
                       "COMMITTEE", "COUNCIL", "INSTITUTE", "AGENCY", "COMMISSION",
                       "FOUNDATION", "CONFEDERATION", "ALLIANCE", "NETWORK", "CENTER",
                       "CENTRE", "COLLEGE", "UNIVERSITY", "CONGRESS"})
# the heads the agent table knows organisations by
HEADS = ("GROUP", "ORGANIZATION", "COMMITTEE", "ASSOCIATION", "UNION")
# title words the agent table may lack ("head of", "chairman of")
TITLE_WORDS = frozenset({"HEAD", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "CHAIRPERSON", "CHIEF",
                         "FOUNDER", "COFOUNDER", "DIRECTOR", "PRESIDENT", "LEADER",
                         "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "SECRETARY", "GENERAL",
                         "EXECUTIVE", "DEPUTY", "VICE", "MEMBER", "OFFICIAL", "HONORARY"})
ORG_SPLIT = re.compile(r"^(?P<title>[\w .'-]+?)\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>.+)$",
                       re.IGNORECASE)
MAX_TITLE = 4
# organisation nouns that name a sector by themselves ("Orthodox Church": REL); a bare "union"
# does not: a labour union, a state (the Soviet Union), a party (Christian Democratic Union)
NOUN_SECTORS = {"CHURCH": "REL", "UNIVERSITY": "EDU"}


def _is_title(ws: list[str]) -> bool:
    table = agent_table()
    return 0 < len(ws) <= MAX_TITLE and (
        tuple(ws) in table or all(w in TITLE_WORDS or (w,) in table for w in ws))


def org_agent(ws: list[str]) -> str | None:
    """The sector of an organisation named by ``ws`` (its last word an organisation noun)."""
    if len(ws) < 2 or ws[-1] not in ORG_NOUNS:
        return None
    table = agent_table()
    for head in (ws[-1], *HEADS):
        for start in range(max(len(ws) - 4, 0), len(ws) - 1):
            sector = table.get((*ws[start:-1], head))
            if sector:
                return sector
    return (_modifier(ws[-2], ws[-1]) or table.get((ws[-2],))
            or NOUN_SECTORS.get(ws[-1]))


def _modifier(word: str, head: str) -> str | None:
    """The sector a modifier ``word`` gives the generic ``head`` after it, if any."""
    if head in OFFICE_HEADS:
        return SECTOR_MODIFIERS.get(word)
    return SECTOR_MODIFIERS.get(word) or PEOPLE_MODIFIERS.get(word)


def title_of_org(text: str, date: str) -> ActorAnswer | None:
    """The organisation's code for "TITLE of [the] ORGANISATION", None for any other phrase."""
    match = ORG_SPLIT.match(" ".join(text.split()))
    if match is None or not _is_title(list(words(match["title"]))):
        return None
    ws = list(words(match["org"]))
    sector = org_agent(ws)
    if sector is None:
        return None
    found = find_agent(ws)
    skip = range(found[1], found[2]) if found else range(0)
    place = named_country(ws, skip, frozenset(re.findall(r"\b[a-z]+\b", match["org"])))
    if place is None:
        return ActorAnswer("", date, UNKNOWN + sector, None, sector, "group", None,
                           layer="composition")
    kb = knowledge_base()
    country = place[0]
    if not kb.is_state(country):
        return None  # an international body ("President of the African Union"): its own code
    return ActorAnswer(kb.country_name(country), date, make_code(kb, country, sector),
                       country, sector, "state", None, layer="composition")
