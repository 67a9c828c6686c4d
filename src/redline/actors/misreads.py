"""Words the lexicon matches that the text says are something else: "Russia's English-language
network" (a language, not Britain), "the rally in Austin" (a city, not Lloyd Austin), "Juan
Carlos Jobet" (a known name at the start of a longer one is someone else's; the tagger's PERSON
entity says where a name ends, and "Mohammed bin Salman Al Saud" is still the prince), "under
Chatham House rules" (a body's name before "rules" after a preposition names a set of rules)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from redline.actors.institutions import INSTITUTIONS
from redline.actors.kb import knowledge_base
from redline.actors.lexicon import lexicon, norm
from redline.actors.scan import Item
from redline.gazetteer import AP_STATES, US_POSTAL
from redline.us_states import code_after_town, state_after_comma

NAME_KINDS = ("person", "surname")
LANGUAGE_HEADS = frozenset({"language", "languages", "speaking", "speaker", "speakers"})
# prepositions before a place name: the name is a place, not a person ("in Austin")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "across", "around"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RULE_WORDS = frozenset({"rule", "rules"})
# Words that name a body of society right before an institution word: "the Nigeria Labour
# Congress", "the Ghana Trades Union Congress" are labour federations, not a legislature, even
# with a state named before them (PLOVER agents LABOR_UNION, TRADE_UNION: LAB) (r14-18a)
SOCIETY_BEFORE_BODY = frozenset({"labour", "labor", "union", "unions", "trades", "workers",
                                 "employers", "farmers", "students", "teachers"})
# "the Congress of Industrial Organizations": a federation of organisations (r15-18a)
SOCIETY_AFTER_BODY = SOCIETY_BEFORE_BODY - {"union"} | {"trade", "industrial", "organizations",
                                                       "organisations"}
# capitalised words of a state office whose name may hold a party's name (review r15-rb);
# "Minister" only before it: "Likud Minister Miri Regev" is the party's minister
OFFICE_WORDS = frozenset({"ministry", "department", "commission", "committee", "council",
                          "court", "office", "tribunal"})
# words a tagger may fold into a name that do not lengthen it
NOT_NAMES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "monday", "tuesday", "wednesday",
                       "thursday", "friday", "saturday", "sunday", "al", "el", "bin", "ibn",
                       "abu", "von", "van", "de", "da"})


def name_goes_on(doc: Doc, it: Item, person_ents: dict[int, int]) -> bool:
    """Whether a full-name match of two or more words is followed, inside the same PERSON
    entity, by another capitalised name word."""
    if not it.of("person") or it.end - it.start < 2 or it.end >= len(doc):
        return False
    nxt = doc[it.end]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.lower_ in NOT_NAMES:
        return False
    return any(s <= it.start and it.end < e for s, e in person_ents.items())


def without_names(it: Item) -> Item | None:
    """The item without its person and surname readings (None when nothing else is left)."""
    rest = tuple(e for e in it.entries if e.kind not in NAME_KINDS)
    return Item(it.start, it.end, rest) if rest else None


def language_word(doc: Doc, it: Item) -> bool:
    """A state's demonym before "-language" or "-speaking" names a language."""
    if not it.of("state") or it.of("person", "surname"):
        return False
    k = it.end + (it.end < len(doc) and doc[it.end].text in ("-", "\u2013"))
    return k < len(doc) and doc[k].lower_ in LANGUAGE_HEADS


def place_not_person(doc: Doc, it: Item) -> bool:
    """A one-word surname after "in"/"at"/"near" that the tagger calls a place is that place
    ("protests in Austin"), not the known person of that surname."""
    if it.end - it.start != 1 or not it.of("surname") or it.start == 0:
        return False
    tok = doc[it.start]
    return doc[it.start - 1].lower_ in LOCATIVE_PREPS and tok.ent_type_ in PLACE_LABELS


def country_not_surname(doc: Doc, it: Item, person_ents: dict[int, int]) -> bool:
    """A bare surname that is also a state's name or alias ("Nepal", the surname of Madhav
    Kumar Nepal) is the state, unless the article names a person in full with that last word
    ("Madhav Kumar Nepal ... Nepal said") or a capitalised word stands before it ("Prime
    Minister Nepal"): the word alone names the country."""
    if not it.of("surname") or it.of("person"):
        return False
    if _titled(doc, it.start):  # "Prime Minister Nepal", "Mr. Nepal": the person
        return False
    last = doc[it.end - 1].lower_
    if any(e - s > it.end - it.start and doc[e - 1].lower_ == last
           for s, e in person_ents.items()):
        return False
    states = knowledge_base().states
    return any(e.label == states[e.ref].name or e.label in states[e.ref].aliases
               for e in it.of("state"))


def federal_unit(it: Item) -> bool:
    """A state, province or Land of a federal state (``federal_units.csv``) is a place, never an
    actor, with or without a body word after it ("in Texas", "Louisiana, which ...", "the Texas
    Senate": the Senate alone is coded): read as a region it is no longer misread ("New Mexico"
    is not Mexico, "New South Wales" not Britain). As actors ("the California governor" ->
    USAGOV) the units cost the article gold's check half a wrong event and the tune half a
    speaker ("some Indiana protesters" -> USAOPP) for one tune event (r10-rb)."""
    if not it.of("region") or any(e.kind != "region" for e in it.entries):
        return False
    regions = knowledge_base().regions
    return all(regions[int(e.ref)].federal for e in it.entries)


def _titled(doc: Doc, i: int) -> bool:
    """Whether a capitalised word inside the sentence stands right before token ``i``."""
    return i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start


def rule_name(doc: Doc, it: Item) -> bool:
    """A body's name before "rules" or "Rule" after a preposition ("under (the) Chatham House
    rules") names a set of rules, not the body. A state's or a group's rule is its governance
    ("independence from Indonesian rule", "under Taliban rule"), and "Chatham House rules out
    ..." as a clause's subject stays the body."""
    if it.end >= len(doc) or it.of("state", "person", "surname", "group"):
        return False
    word = doc[it.end].text
    if word.lower() not in RULE_WORDS or word == "rule":
        return False
    k = it.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].pos_ == "ADP"


def inside_longer_body(doc: Doc, it: Item) -> bool:
    """A generic institution word ("Congress", "Senate") that ends a longer organisation's
    name the knowledge base does not know ("the Trades Union Congress": the tagger's entity
    goes on before it with a capitalised proper noun) is no mention of the shorter body. A
    known state or region anywhere in the entity before it ("the United States Congress", "the
    Sri Lankan Supreme Court") keeps the body, and a title-case headline says nothing; a word
    of a body of society before it or in an "of" phrase after it ("the Nigeria Labour
    Congress", "the Congress of South African Trade Unions") does not keep it (r14-18a),
    unless that word ends a state's name ("the Soviet Union Supreme Court") (review r14-rb)."""
    if it.of("state", *NAME_KINDS):
        return False
    if not any(e.label.casefold() in INSTITUTIONS for e in it.of("metonym")):
        return False
    if _society_after(doc, it.end):
        return True
    if it.start < 1 or doc[it.start].ent_iob_ != "I":
        return False
    prev = doc[it.start - 1]
    if not (prev.is_title and prev.pos_ == "PROPN") or headline(doc, it.start):
        return False
    start = _entity_start(doc, it.start)
    if prev.lower_ in SOCIETY_BEFORE_BODY and not _place_ends(doc, start, it.start):
        return True  # not "the Soviet Union Supreme Court": a state's name ends in "Union"
    return not _names_place(doc, start, it.start)


def party_in_office(doc: Doc, it: Item) -> bool:
    """A party's name inside the capitalised name of a state office ("the Ministry of Law and
    Justice", "the Law and Justice Commission") names the office's field, not the party
    (review r15-rb)."""
    metonyms = knowledge_base().metonyms
    if not any(metonyms[int(e.ref)].sector == "PTY" for e in it.of("metonym")):
        return False
    if it.end < len(doc) and doc[it.end].is_title and doc[it.end].lower_ in OFFICE_WORDS:
        return True
    return it.start >= 2 and doc[it.start - 1].lower_ in ("of", "for") and (
        doc[it.start - 2].is_title and doc[it.start - 2].lower_ in OFFICE_WORDS | {"minister"})


def _society_after(doc: Doc, end: int) -> bool:
    """Whether "of" and capitalised words naming a body of society follow ``end`` ("Congress
    of Trade Unions", "Congress of South African Trade Unions")."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return False
    for tok in doc[end + 1 : end + 6]:
        if not tok.is_title:
            return False
        if tok.lower_ in SOCIETY_AFTER_BODY:
            return True
    return False


def _entity_start(doc: Doc, i: int) -> int:
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _names_place(doc: Doc, start: int, end: int) -> bool:
    """Whether words [start, end) hold a known state or region ("United States", "Darfur")."""
    return any(_is_place(doc, i, j) for i in range(start, end) for j in range(i + 1, end + 1))


def _place_ends(doc: Doc, start: int, end: int) -> bool:
    """Whether a known state's or region's name ends right before ``end`` ("the Soviet
    Union"), starting at or after ``start``."""
    return any(_is_place(doc, i, end) for i in range(start, end))


def _is_place(doc: Doc, i: int, j: int) -> bool:
    """Whether words [i, j) are a known state's or region's name."""
    key = tuple(norm(t.text) for t in doc[i:j])
    return " ".join(key) in _regions() or any(e.kind == "state"
                                              for e in lexicon().table.get(key, ()))


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    return frozenset(" ".join(norm(w) for w in r.phrase.split()) for r in knowledge_base().regions)


def headline(doc: Doc, i: int) -> bool:
    """Whether token ``i``'s sentence is in title case (every longer word capitalised)."""
    words = [t for t in doc[i].sent if t.is_alpha and len(t) > 3]
    return len(words) > 3 and all(t.text[:1].isupper() for t in words)


def postal_code(doc: Doc, it: Item) -> bool:
    """A US state's postal code after a town and a comma ("Allentown, PA", "Camden, NJ") is an
    address, no actor (r11-18)."""
    if it.end - it.start != 1 or doc[it.start].text not in US_POSTAL:
        return False
    return code_after_town(doc, it.start) is not None and not party_listed(doc, it.start)


def us_town(doc: Doc, it: Item) -> bool:
    """A state's or capital's name followed by a comma and a US state is a US town ("Moscow,
    Idaho", "Lebanon, Ohio", "Mexico, Mo."), no actor (r11-18); not when the state's name goes
    on a list ("Israel, Texas and Florida")."""
    state = state_after_comma(doc, it.end) if it.of("state") else None
    if state is None or state.code:
        return state is not None and not party_listed(doc, it.end + 1)
    after = next((k for n, k in state.names if n in _us_states()), None)
    return after is not None and not _listed(doc, after)


LIST_WORDS = frozenset({"and", "or"})


def party_listed(doc: Doc, k: int) -> bool:
    """A state's name, a comma and a code at token ``k`` that names an actor, with the list
    going on ("Israel, PA and Jordan", "Egypt, PA, Jordan"): the code is a member of a list of
    parties (here the Palestinian Authority), not a town's state (r13-18)."""
    table = lexicon().table
    if k < 2 or (norm(doc[k].text),) not in table or not _list_goes_on(doc, k + 1):
        return False
    if _us_state_next(doc, k + 1):  # "Lebanon, PA, and Ohio": a list of US places (r14-18)
        return False
    return any(e.kind == "state" for n in (1, 2, 3) if k - 1 - n >= 0
               for e in table.get(tuple(norm(t.text) for t in doc[k - 1 - n:k - 1]), ()))


def _list_goes_on(doc: Doc, k: int) -> bool:
    """"and"/"or" at token ``k``, or a comma before one or before a capitalised name."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
        if k < len(doc) and doc[k].text[:1].isupper():
            return True
    return k < len(doc) and doc[k].lower_ in LIST_WORDS


def _us_state_next(doc: Doc, k: int) -> bool:
    """Whether the list's next member after token ``k`` (past a comma and "and"/"or") is a US
    state, by name or code, or a town and its state ("..., and Ohio", "... and N.J.", "..., and
    Camden, NJ"): the list is one of US places."""
    while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in LIST_WORDS):
        k += 1
    if k >= len(doc):
        return False
    if k + 2 < len(doc) and doc[k + 1].text == "," and _us_code(doc[k + 2].text):
        return True  # "..., and Camden, NJ"
    return _us_code(doc[k].text) or doc[k].text in _us_states() \
        or doc[k:k + 2].text in _us_states()


def _us_code(word: str) -> bool:
    """A US state's postal code or AP abbreviation ("NJ", "N.J.")."""
    return word in US_POSTAL or word in AP_STATES


def _listed(doc: Doc, k: int) -> bool:
    """Whether a state's name ending before token ``k`` goes on a list ("Israel, Texas and
    Florida"): the name before it is a member of the list, no town."""
    return k < len(doc) and doc[k].lower_ in ("and", "or")


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(r.phrase for r in knowledge_base().regions
                     if r.federal and r.country == "USA")


def reread(doc: Doc, it: Item | None, person_ents: dict[int, int]) -> Item | None:
    """The item as the text reads it: None when it is no actor here, without its name
    readings when the name goes on or the surname is a place."""
    if it is None or language_word(doc, it) or rule_name(doc, it) or inside_longer_body(doc, it) \
            or party_in_office(doc, it) or federal_unit(it) or postal_code(doc, it) \
            or us_town(doc, it):
        return None
    named_else = (place_not_person(doc, it) or name_goes_on(doc, it, person_ents)
                  or country_not_surname(doc, it, person_ents))
    return without_names(it) if named_else else it  # "in Lagos": the region stays
