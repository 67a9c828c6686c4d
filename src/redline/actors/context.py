"""Where the text places an actor: regions on a date, "of X" / "in X" phrases, the nearest state
mentioned in the sentence, and ethnic or religious groups coded from that context.

Rules (applied in the resolver, all general constructions):

- A region or city ("Darfur", "Hebron", "Kosovo" before 2008) stands for the state it belongs
  to on the article's date (``regions.csv``).
- A titled person whose country the chain does not give ("President Laurent Gbagbo") takes the
  country of an "of X" right after ("King Hassan of Morocco"), else of the nearest state
  mentioned earlier in the same sentence, else of the one state (if only one) mentioned earlier
  in the same paragraph.
- An ethnic or religious group (``ethnic.csv``; adjectives need a group noun: "Karen guerrillas",
  "Islamic fundamentalists") is coded country + ETH/REL (or the noun's sector: REB, MIL ...).
  Its country: a demonym right before ("Bosnian Serbs"); a strong default ("Yoruba" -> NGA);
  an "in/of X" right after ("Moslem forces in east Bosnia"); a default; the nearest state in
  the sentence. "ethnic X" ("ethnic Turks in Sweden") puts the context before the default.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from redline.actors.kb import Ethnic, active
from redline.actors.lexicon import Entry
from redline.actors.mentions import Mention
from redline.actors.queries import make_code

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from redline.actors.resolve import Ctx, Item

UNKNOWN = "---"  # CAMEO/PETRARCH filler for an actor whose country the text does not say
# prepositions naming the state a title or group belongs to ("minister of X", "forces in X")
ORIGIN_PREPS = frozenset({"in", "of", "from"})
OF_ONLY = frozenset({"of"})
# Group nouns after an ethnic/religious adjective -> sector ("" keeps ETH/REL).
_NOUNS = {
    "": "fundamentalists fundamentalist extremists extremist elders elder leaders leader "
        "community communities population minority minorities majority groups group clans "
        "clan tribesmen tribes tribe people settlers politicians parties party factions "
        "faction clergy clerics cleric priests monks pilgrims worshippers nationalists "
        "nationalist movement organizations organisations",
    "REB": "separatists separatist guerrilla guerrillas guerilla guerillas rebels rebel "
           "insurgents militia militias militiamen fighters gunmen terrorists militants militant",
    "MIL": "forces troops army soldiers",
    "REF": "refugees",
    "CVL": "civilians villagers residents youths students",
    "OPP": "demonstrators protesters activists dissidents",
}
GROUP_NOUNS = {word: sector for sector, words in _NOUNS.items() for word in words.split()}
LOWER_SKIP = 2  # lower-case words allowed between a preposition and a place ("in east Bosnia")


def localize(ctx: Ctx) -> None:
    """Region entries become the state they belong to on the date (or are dropped)."""
    kb, out = ctx.kb, []
    for it in ctx.items:
        regions = it.of("region")
        if not regions:
            out.append(it)
            continue
        rows = [kb.regions[int(e.ref)] for e in regions]
        now = [r for r in rows if active(r.start, r.end, ctx.date)]
        rest = tuple(e for e in it.entries if e.kind != "region")
        if now and not _in_person(ctx, it.start, it.end):  # "Lagos" the city, not a surname
            rest = tuple(e for e in rest if e.kind != "surname")
        if now:
            state = Entry("state", now[0].country, cap=True, label=now[0].phrase)
            others = tuple(e for e in rest if e.kind == "state" and e.ref != state.ref
                           and e.label in kb.states[e.ref].capitals)
            # a capital that is also another state's city ("Tripoli"): both, context decides
            rest = others + (state,) + tuple(e for e in rest if e.kind != "state")
        if rest:
            out.append(type(it)(it.start, it.end, rest))
    ctx.items = out


def disambiguate(ctx: Ctx) -> None:
    """A word naming several states ("Congolese", "Dominican", "Tripoli") takes the one the
    rest of the document names unambiguously most often; on a tie, the state tagged
    ``preferred`` in ``states.csv`` (the DR Congo for "Congolese": by far the more frequent
    in news since the 1990s), else the first (a capital before another state's city)."""
    counts: dict[str, int] = {}
    for it in ctx.items:
        refs = {e.ref for e in it.entries if e.kind == "state"}
        if len(refs) == 1:
            ref = refs.pop()
            counts[ref] = counts.get(ref, 0) + 1
    for k, it in enumerate(ctx.items):
        states = [e for e in it.entries if e.kind == "state"]
        if len({e.ref for e in states}) < 2:
            continue
        best = max(states, key=lambda e: (counts.get(e.ref, 0), _preferred(ctx, e.ref),
                                          -states.index(e)))
        rest = tuple(e for e in it.entries if e.kind != "state")
        ctx.items[k] = type(it)(it.start, it.end, (best, *rest))


def _preferred(ctx: Ctx, iso3: str) -> bool:
    state = ctx.kb.states.get(iso3)
    return state is not None and "preferred" in state.tags


def _in_person(ctx: Ctx, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ctx.person_ents.items())


def _sent_bounds(ctx: Ctx, token: int) -> tuple[int, int]:
    k = bisect_right(ctx.sent_starts, token) - 1
    start = ctx.sent_starts[k] if k >= 0 else 0
    end = ctx.sent_starts[k + 1] if k + 1 < len(ctx.sent_starts) else len(ctx.doc)
    return start, end


def _is_state(ctx: Ctx, m: Mention) -> bool:
    return m.kind == "state" and m.country is not None and ctx.kb.is_state(m.country)


def state_before(ctx: Ctx, start: int) -> str | None:
    """The nearest state mentioned earlier in the sentence, else the only state mentioned
    earlier in the paragraph (None when there is none, or several)."""
    sent_start, _ = _sent_bounds(ctx, start)
    earlier = [m for m in ctx.out if m.end <= start and _is_state(ctx, m)]
    same = [m for m in earlier if m.start >= sent_start]
    if same:
        return same[-1].country
    para = ctx.text.rfind("\n\n", 0, ctx.doc[start].idx)
    in_para = {m.country for m in earlier if ctx.doc[m.start].idx > para}
    return in_para.pop() if len(in_para) == 1 else None


def item_at(ctx: Ctx, token: int) -> Item | None:
    """The item starting at token ``token``, None when none does."""
    k = bisect_left(ctx.item_starts, token)
    if k < len(ctx.items) and ctx.items[k].start == token:
        return ctx.items[k]
    return None


def _state_item(ctx: Ctx, item: Item | None) -> str | None:
    if item is None:
        return None
    states = item.of("state")
    return states[0].ref if states else None


def place_after(
    ctx: Ctx, end: int, preps: frozenset[str] = ORIGIN_PREPS
) -> tuple[str, int] | None:
    """(state, end token) of "of/in/from [the] [east] X" right after token ``end``."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].lower_ not in preps:
        return None
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    for _ in range(LOWER_SKIP + 1):
        item = item_at(ctx, k)
        found = _state_item(ctx, item)
        if found and item is not None:
            return None if _opens_org_name(doc, item.end) else (found, item.end)
        if k >= len(doc) or not doc[k].is_lower or not doc[k].is_alpha:
            return None
        k += 1
    return None


def _opens_org_name(doc: Doc, end: int) -> bool:
    """'president of the American Academy of Pediatrics': the state word opens the name of
    an organisation, not a place ('President of Russia Vladimir Putin' is still one)."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and nxt.ent_type_ != "PERSON"


def _state_in_sentence(ctx: Ctx, start: int, end: int) -> str | None:
    before = state_before(ctx, start)
    if before:
        return before
    _, sent_end = _sent_bounds(ctx, start)
    k = bisect_left(ctx.item_starts, end)
    for it in ctx.items[k:]:
        if it.start >= sent_end:
            break
        found = _state_item(ctx, it)
        if found:
            return found
    return None


def _group_noun(ctx: Ctx, end: int) -> tuple[int, str] | None:
    """(end, sector) of a group noun right after ``end``, or after one lower-case adjective."""
    doc = ctx.doc
    for k in (end, end + 1):
        if k >= len(doc) or not doc[k].is_lower:
            return None
        sector = GROUP_NOUNS.get(doc[k].lower_)
        if sector is not None:
            return k + 1, sector
        item = item_at(ctx, k)
        if item is not None and item.of("sector"):
            return item.end, ctx.kb.sectors[int(item.of("sector")[0].ref)].sector
    return None


def _ethnic_country(ctx: Ctx, group: Ethnic, start: int, end: int) -> str:
    ethnic_word = start > 0 and ctx.doc[start - 1].lower_ == "ethnic"
    if group.strong and group.country and not ethnic_word:
        return group.country
    place = place_after(ctx, end)
    found = place[0] if place else None
    if not found and group.country and not ethnic_word:
        found = group.country
    return found or _state_in_sentence(ctx, start, end) or group.country or ""


def _emit(ctx: Ctx, start: int, end: int, name: str, country: str, sector: str) -> None:
    m = Mention(start, end, name, "", country or None, sector or None, "group")
    m.code = make_code(ctx.kb, country, sector) if country else UNKNOWN + sector
    ctx.out.append(m)


OUTLETS = frozenset({"newspaper", "newspapers"})


def named_outlet(ctx: Ctx, k: int) -> int | None:
    """"the opposition newspaper La Prensa": a news outlet named right after its noun, with no
    country of its own, takes the nearest state mentioned before it (as a titled person
    does); the next item index, or None."""
    item = ctx.items[k]
    doc = ctx.doc
    if not item.of("sector") or doc[item.end - 1].lower_ not in OUTLETS:
        return None
    end = item.end
    while end < len(doc) and end - item.end < 4 and doc[end].pos_ == "PROPN" and (
            doc[end].text[:1].isupper()):
        end += 1
    country = state_before(ctx, item.start) if end > item.end else None
    if country is None:
        return None
    _emit(ctx, item.start, end, doc[item.end:end].text, country, "MED")
    return skip_to(ctx, k, end)


def ethnic_group(ctx: Ctx, k: int) -> int | None:
    """An ethnic/religious group mention at item ``k``; the next item index, or None."""
    item = ctx.items[k]
    found = item.of("ethnic")
    if not found or item.of("person", "metonym", "org", "group"):
        return None
    group = ctx.kb.ethnic[int(found[0].ref)]
    noun = _group_noun(ctx, item.end)
    if group.form == "adj" and noun is None:
        return None
    end, sector = noun if noun else (item.end, "")
    country = _ethnic_country(ctx, group, item.start, end)
    start = item.start - 1 if ctx.doc[item.start - 1].lower_ == "ethnic" else item.start
    _emit(ctx, max(start, 0), end, group.phrase, country, sector or group.sector)
    return skip_to(ctx, k, end)


def demonym_group(ctx: Ctx, k: int) -> int | None:
    """[state demonym][ethnic group or another state's plural demonym] ("Bosnian Serbs",
    "Iraqi Kurds", "Kosovo Albanians"): the first state's ethnic group."""
    if k + 1 >= len(ctx.items):
        return None
    first, second = ctx.items[k], ctx.items[k + 1]
    country = _state_item(ctx, first)
    if not country or second.start != first.end or first.of("person", "surname"):
        return None
    ethnic = second.of("ethnic")
    other = _state_item(ctx, second)
    plural = other and other != country and ctx.doc[second.end - 1].text.endswith("s")
    if not ethnic and not plural:
        return None
    sector = ctx.kb.ethnic[int(ethnic[0].ref)].sector if ethnic else "ETH"
    noun = _group_noun(ctx, second.end)
    end = noun[0] if noun else second.end
    if ethnic and not noun and ctx.kb.ethnic[int(ethnic[0].ref)].form == "adj":
        return None
    _emit(ctx, first.start, end, ctx.doc[first.start:end].text, country,
          (noun[1] if noun and noun[1] else sector))
    return skip_to(ctx, k, end)


def ethnic_demonym(ctx: Ctx, k: int) -> int | None:
    """"ethnic Turks/Albanians [guerrillas]": the group where the text places it (the state of
    an "in X" after, else the nearest state in the sentence), else the demonym's state."""
    item = ctx.items[k]
    own = _state_item(ctx, item)
    if not own or item.start == 0 or ctx.doc[item.start - 1].lower_ != "ethnic":
        return None
    noun = _group_noun(ctx, item.end)
    end, sector = noun if noun else (item.end, "")
    place = place_after(ctx, end)
    country = place[0] if place else (_state_in_sentence(ctx, item.start, end) or own)
    _emit(ctx, item.start - 1, end, ctx.doc[item.start - 1 : end].text, country, sector or "ETH")
    return skip_to(ctx, k, end)


def skip_to(ctx: Ctx, k: int, end: int) -> int:
    """The index of the first item at or after token ``end`` (items from ``k`` on)."""
    while k < len(ctx.items) and ctx.items[k].start < end:
        k += 1
    return k


def sentence_country(ctx: Ctx) -> None:
    """An actor whose country nothing near it gave ("Judge Alejandro Rivera", "President X"
    with an unknown X, code ``---JUD``) takes the one state its sentence names, when the
    sentence names exactly one ("... opened investigations against Chilean officials"): wire
    stories about one country's affairs name that country, not the officials' nationality."""
    by_sent: dict[int, set[str]] = {}
    for m in ctx.out:
        if m.country and not m.code.startswith(UNKNOWN) and ctx.kb.is_state(m.country):
            by_sent.setdefault(bisect_right(ctx.sent_starts, m.start), set()).add(m.country)
    for m in ctx.out:
        if not m.code.startswith(UNKNOWN) or m.country:
            continue
        states = by_sent.get(bisect_right(ctx.sent_starts, m.start), set())
        if len(states) == 1:
            m.country = next(iter(states))
            m.code = make_code(ctx.kb, m.country, m.sector)


def demonym_of_place(ctx: Ctx, k: int) -> int | None:
    """"the Albanians of southern Serbia", "the Serbs of Bosnia": a people named by where they
    live is that state's ethnic group (a plural demonym, "of", another state; not "the
    Palestinians of the Israeli-occupied ...", where the state word only qualifies)."""
    item = ctx.items[k]
    own = _state_item(ctx, item)
    last = ctx.doc[item.end - 1]
    if not own or item.of("person", "surname") or last.tag_ not in ("NNS", "NNPS"):
        return None
    place = place_after(ctx, item.end, OF_ONLY)
    if place is None or place[0] == own:
        return None
    if place[1] < len(ctx.doc) and ctx.doc[place[1]].text in ("-", "\u2013"):
        return None
    _emit(ctx, item.start, place[1], ctx.doc[item.start:place[1]].text, place[0], "ETH")
    return skip_to(ctx, k, place[1])

