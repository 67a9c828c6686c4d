"""Mention resolution over a parsed Doc: lexicon scan, chain composition, then coreference.

1. ``scan``: longest-first look-up of token tuples in the precompiled lexicon (no regex).
2. ``compose``: chains such as [country]['s][titles][name] ("Russian President Vladimir Putin"),
   [country][sector] ("Russian troops", "Kremlin aide"), [country][title] ("the NATO
   secretary-general") become one mention each, coded as of the article's date.
3. ``coref.finish``: unknown PERSON entities, pronouns and definite descriptions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from redline.actors.background import background_mentions, merge_background
from redline.actors.bodyof import bodies_of_states
from redline.actors.committees import committees
from redline.actors.compose import FORMER_WORDS, former_elites
from redline.actors.context import (
    OF_ONLY,
    UNKNOWN,
    demonym_group,
    demonym_of_place,
    disambiguate,
    ethnic_demonym,
    ethnic_group,
    localize,
    named_outlet,
    place_after,
    sentence_country,
    skip_to,
    state_before,
)
from redline.actors.coref import finish
from redline.actors.homecongress import home_congress
from redline.actors.institutions import diplomat_at, institution_sector
from redline.actors.kb import KnowledgeBase, SectorWord, Term, knowledge_base
from redline.actors.lexicon import PROPER, lexicon
from redline.actors.lone import COUNTRYISH, lone_item
from redline.actors.mentions import (
    HEAD_ROLES,
    Mention,
    country_of,
    generic_mention,
    office_holder,
    person_mention,
    pick_person,
    term_mention,
    titled_term,
)
from redline.actors.namedbody import bodies_before_titles
from redline.actors.ofgroup import body_of_place
from redline.actors.prefilter import drop_inside_people
from redline.actors.queries import make_code, safe_date
from redline.actors.scan import Item, scan
from redline.actors.stated import with_story_country
from redline.actors.surnames import common_word
from redline.actors.titled_by_org import appositive_orgs, org_wins
from redline.actors.titles import qualified_title
from redline.actors.topics import topic_countries
from redline.actors.user import UserKnowledge, merge_user, user_mentions
from redline.doctext import doc_text
from redline.model import Actor

MODIFIER_POS = frozenset({"ADJ", "NOUN"})
CONJUNCTIONS = frozenset({"and", "or", ",", "&"})


def _modifier(token: Token) -> bool:
    return token.is_lower and token.pos_ in MODIFIER_POS


GAP_WORDS = frozenset(
    {"'s", "\u2019s", "senior", "top", "acting", "deputy", "former", "then", "chief", "new",
     "outgoing", "interim", "incoming", "caretaker", "exiled", "ousted", "late", "transitional"}
)
REGIME_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})


@dataclass
class Ctx:
    doc: Doc
    kb: KnowledgeBase
    date: str
    items: list[Item]
    person_ents: dict[int, int] = field(default_factory=dict)  # PERSON entity start -> end
    seen: dict[int, int] = field(default_factory=dict)  # person index -> order of last mention
    out: list[Mention] = field(default_factory=list)
    text: str = ""  # doc.text, read once (spaCy rebuilds it on every access)
    sent_starts: list[int] = field(default_factory=list)  # first token of each sentence
    item_starts: list[int] = field(default_factory=list)  # items[k].start, for bisection


def _gap_ok(doc: Doc, a: int, b: int) -> tuple[bool, set[str]]:
    """Tokens a..b may sit between two chain links (possessive, a few modifiers)."""
    words = {doc[k].lower_ for k in range(a, b)}
    return (b - a <= 2 and words <= GAP_WORDS), words


def _chain(ctx: Ctx, k: int) -> tuple[Item | None, list[Item], int, set[str]]:
    """From item k: an optional country-like item, then title items, linked by small gaps."""
    items, doc = ctx.items, ctx.doc
    country: Item | None = None
    titles: list[Item] = []
    mods: set[str] = lead_mods(doc, items[k].start)
    j = k
    if items[j].of(*COUNTRYISH) and not items[j].of("person"):
        country, j = items[j], j + 1
    while j < len(items) and items[j].of("title"):
        prev_end = titles[-1].end if titles else (country.end if country else items[j].start)
        ok, words = _gap_ok(doc, prev_end, items[j].start)
        if not ok:
            break
        titles.append(items[j])
        mods |= words
        j += 1
    return country, titles, j, mods


LEAD_MODS = FORMER_WORDS | {"deputy"}


def lead_mods(doc: Doc, start: int) -> set[str]:
    """"former" or "deputy" just before a chain ("the former Brazilian president", "the deputy
    prime minister of Italy"): not the office holder of the date."""
    return {t.lower_ for t in doc[max(start - 2, 0) : start]} & LEAD_MODS


def _has_the(doc: Doc, start: int) -> bool:
    return doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")


def _chain_start(ctx: Ctx, country: Item | None, titles: list[Item]) -> int:
    return country.start if country else titles[0].start


def _next_link(ctx: Ctx, end: int, j: int) -> Item | None:
    if j < len(ctx.items) and _gap_ok(ctx.doc, end, ctx.items[j].start)[0]:
        return ctx.items[j]
    return None


def _title_role(ctx: Ctx, titles: list[Item]) -> tuple[str, str, str]:
    """(role, sector, gender) of the last title with a role (else the last title)."""
    rows = [ctx.kb.titles[int(e.ref)] for t in titles for e in t.of("title")]
    best = next((r for r in reversed(rows) if r.role), rows[-1])
    sector = next((r.sector for r in reversed(rows) if r.sector), "")
    gender = next((r.gender for r in rows if r.gender), "")
    return best.role, sector, gender


def _person_after_chain(ctx: Ctx, k: int) -> int | None:
    """A known person, alone or after [country]['s][titles]; returns the next item index."""
    item = ctx.items[k]
    if item.of("person", "surname"):
        idx = pick_person(ctx.kb, item.of("person", "surname"), ctx.date, ctx.seen)
        if idx is not None and not common_word(ctx.doc, ctx.kb, item, idx):
            _add_person(ctx, idx, item.start, item.end)
            return k + 1
        if not item.of(*COUNTRYISH):
            return _leader_government(ctx, k)
    country, titles, j, mods = _chain(ctx, k)
    if not (country or titles):
        return None
    link = _next_link(ctx, titles[-1].end if titles else country.end, j)  # type: ignore[union-attr]
    entries = link.of("person", "surname") if link else []
    if not entries or link is None:
        return None
    role, sector, gender = _title_role(ctx, titles) if titles else ("", "", "")
    idx = pick_person(ctx.kb, entries, ctx.date, ctx.seen, role=role, sector=sector,
                      gender=gender, titled=bool(titles))
    start = _chain_start(ctx, country, titles)
    if idx is None:
        found = titled_term(ctx.kb, entries, ctx.date, frozenset({role})) if role else None
        if found is None:
            return None
        _add_term(ctx, found, start, link.end, "ELI" if mods & FORMER_WORDS else None)
        return j + 1
    _add_person(ctx, idx, start, link.end)
    org_wins(ctx.kb, ctx.out[-1], country, titles, mods, ctx.date)  # "EU envoy X": the EU
    return j + 1


def _add_term(ctx: Ctx, found: tuple[int, Term], start: int, end: int,
              sector: str | None = None) -> None:
    ctx.seen[found[0]] = len(ctx.out)
    ctx.out.append(term_mention(ctx.kb, found[0], found[1], start, end, sector))


def _leader_government(ctx: Ctx, k: int) -> int | None:
    """"the Bush administration", "the Sandinista ... government" after a leader's surname: the
    government of the country the person led (whenever that was)."""
    item = ctx.items[k]
    end = item.end
    if end >= len(ctx.doc) or ctx.doc[end].lower_ not in REGIME_NOUNS:
        return None
    found = titled_term(ctx.kb, item.of("person", "surname"), ctx.date, HEAD_ROLES)
    if found is None:
        return None
    m = term_mention(ctx.kb, found[0], found[1], item.start, end + 1, "GOV")
    m.kind, m.name, m.person, m.named = "state", ctx.kb.country_name(found[1].country), -1, False
    m.office = None
    ctx.out.append(m)
    return skip_to(ctx, k + 1, end + 1)


def _add_person(ctx: Ctx, idx: int, start: int, end: int) -> None:
    ctx.seen[idx] = len(ctx.out)
    ctx.out.append(person_mention(ctx.kb, idx, _extend_left(ctx, start), end, ctx.date))


def _extend_left(ctx: Ctx, start: int) -> int:
    """"Kremlin foreign policy aide Yuri Ushakov": a country-like mention, then up to three
    lower-case modifiers, then the person's title, all belong to the person's span."""
    k = start
    while k > 0 and start - k < 3 and _modifier(ctx.doc[k - 1]):
        k -= 1
    prev = ctx.out[-1] if ctx.out else None
    if k < start and prev is not None and prev.end == k and prev.kind in ("state", "igo"):
        return prev.start
    return start


def _unknown_after_chain(ctx: Ctx, k: int) -> int | None:
    """[country][titles] + an unknown PERSON entity: a person coded from the title."""
    country, titles, j, mods = _chain(ctx, k)
    if not titles:
        return None
    end = titles[-1].end
    ent_end = ctx.person_ents.get(end)
    if ent_end is None:
        return None
    role, sector, gender = _title_role(ctx, titles)
    code_country, met_sector = "", None
    if country is not None:
        code_country, met_sector, _, _ = country_of(ctx.kb, country.entries[0])
    # the body in the title wins over the title's own sector ("Taliban spokesman X": REB)
    final = "ELI" if mods & FORMER_WORDS else (met_sector or sector)
    name = ctx.doc[end:ent_end].text
    start = _chain_start(ctx, country, titles)
    m = generic_mention(ctx.kb, start, ent_end, name, code_country, final, "person")
    m.gender, m.role, m.named = gender, role, True
    if not code_country and m.sector:  # "Defense Minister Jane Doe": sector known, country not
        place = place_after(ctx, ent_end, OF_ONLY)
        guess = place[0] if place else state_before(ctx, start)
        if guess:
            m.code, m.country = make_code(ctx.kb, guess, m.sector), guess
        else:
            m.code, m.country = UNKNOWN + m.sector, None
    m.emit = bool(m.code)
    ctx.out.append(m)
    return skip_to(ctx, j, ent_end)


def _role_phrase(ctx: Ctx, k: int) -> int | None:
    """[country][titles] without a name: the office holder on the date, else a generic actor."""
    country, titles, j, mods = _chain(ctx, k)
    if not titles:
        return None
    role, sector, gender = _title_role(ctx, titles)
    start, end = _chain_start(ctx, country, titles), titles[-1].end
    the = _has_the(ctx.doc, start)
    if country is None and place_after(ctx, end, OF_ONLY):
        if mods & FORMER_WORDS:
            sector = "ELI"
        return _role_of_place(ctx, j, (start, end), role, sector, gender, bool(mods & LEAD_MODS))
    if country is None:
        if not the:
            return None
        m = Mention(start, end, "", "", None, None, "person", role=role, gender=gender)
        m.ref = "the:title"
        ctx.out.append(m)
        return j
    qualified = qualified_title(ctx, country, (start, end), j, (role, sector, gender))
    if qualified is not None:
        return qualified
    code, met_sector, cname, _ = country_of(ctx.kb, country.entries[0])
    regional = ctx.kb.is_region(country.entries[0].label)  # "Bavaria's premier": no Scholz
    holder = None if mods & LEAD_MODS or regional else office_holder(code, role, ctx.date)
    if holder is not None and not _serves_in(ctx, holder, met_sector):
        holder = None  # 'the FBI director' is not the head of the CIA
    if holder is not None:
        _add_person(ctx, holder, start, end)
        return j
    final = "ELI" if mods & FORMER_WORDS else (met_sector or sector)
    text = ctx.doc[start:end].text
    m = generic_mention(ctx.kb, start, end, text, code, final, "person")
    m.role, m.gender = role, gender
    # "the independent Vermont senator": a regional office after "the" points back at its holder
    the = the or (regional and ctx.doc[end - 1].left_edge.lower_ == "the")
    m.ref = "the:code" if the else ""
    ctx.out.append(m)
    return j


def _serves_in(ctx: Ctx, holder: int, sector: str | None) -> bool:
    """Whether the office ``holder`` holds on the date belongs to the body's sector, when the
    chain names a body ('FBI' is police, so its director is no intelligence chief)."""
    term = ctx.kb.people[holder].term_on(ctx.date)
    return not sector or term is None or term.sector == sector


def _role_of_place(
    ctx: Ctx, j: int, span: tuple[int, int], role: str, sector: str, gender: str,
    not_holder: bool = False,
) -> int:
    """"the president of Armenia": the office holder of that state, else a generic actor;
    an explicit "of COUNTRY" wins over coreference."""
    start, end = span
    code, place_end = place_after(ctx, end, OF_ONLY) or ("", end)
    body = body_of_place(ctx, end, place_end) if code else None  # "of the Syrian rebels"
    if body is not None:
        (sector, place_end), role, not_holder = body, "", True
    holder = None if not_holder else office_holder(code, role, ctx.date)
    if holder is not None:
        _add_person(ctx, holder, start, place_end)
    else:
        m = generic_mention(ctx.kb, start, place_end, ctx.doc[start:place_end].text, code,
                            sector or None, "person")
        m.role, m.gender = role, gender
        ctx.out.append(m)
    return skip_to(ctx, j, place_end)


def _country_sector(ctx: Ctx, k: int) -> int:
    """[country]['s][sector] ("Russian troops", "Kremlin aide") or a bare country-like item."""
    item = ctx.items[k]
    code, met_sector, cname, kind = country_of(ctx.kb, item.of(*COUNTRYISH)[0])
    nxt = _next_link(ctx, item.end, k + 1)
    state = ctx.kb.is_state(code)
    institution = institution_sector(ctx.kb, nxt) if state else None
    if institution is not None:  # "the Peruvian Congress": Peru's
        assert nxt is not None  # institution_sector finds nothing without an item
        ctx.out.append(generic_mention(ctx.kb, item.start, nxt.end, cname, code, institution,
                                       kind))
        return k + 2
    post = diplomat_at(ctx.kb, ctx.doc, nxt) if state else None
    if post is not None:  # "Syria's UN envoy": Syria's diplomat
        ctx.out.append(generic_mention(ctx.kb, item.start, post, cname, code, "GOV", "person"))
        return skip_to(ctx, k + 1, post)
    sec = nxt.of("sector") if nxt and not nxt.of(*PROPER) else []
    if sec:
        word = ctx.kb.sectors[int(sec[0].ref)]
        sector = met_sector or word.sector
        kind2 = "person" if word.person else kind
        ent_end = _person_ent_after(ctx, nxt.end)  # type: ignore[union-attr]
        known = _known_in(ctx, ent_end[0], ent_end[1]) if ent_end else None
        if ent_end and known is not None:
            _add_person(ctx, known, item.start, ent_end[1])
            return skip_to(ctx, k + 2, ent_end[1])
        if ent_end:
            name = ctx.doc[ent_end[0] : ent_end[1]].text
            m = generic_mention(ctx.kb, item.start, ent_end[1], name, code, sector, "person")
            m.named = True
            ctx.out.append(m)
            return skip_to(ctx, k + 2, ent_end[1])
        m = generic_mention(ctx.kb, item.start, nxt.end, cname, code, sector, kind2)  # type: ignore[union-attr]
        the = _has_the(ctx.doc, item.start)
        m.ref = "the:code" if (the and word.person) else ""
        ctx.out.append(m)
        return k + 2
    shared = _shared_sector(ctx, k)
    own = met_sector or (shared.sector if shared else None)
    own_kind = "person" if shared and shared.person else kind
    ctx.out.append(generic_mention(ctx.kb, item.start, item.end, cname, code, own, own_kind))
    return k + 1


def _shared_sector(ctx: Ctx, k: int) -> SectorWord | None:
    """[country] and [country][sector]: the sector word is shared by both countries."""
    items, doc = ctx.items, ctx.doc
    if k + 2 >= len(items):
        return None
    second, third = items[k + 1], items[k + 2]
    gap = second.start - items[k].end
    if gap != 1 or doc[items[k].end].lower_ not in CONJUNCTIONS:
        return None
    if not second.of(*COUNTRYISH) or _next_link(ctx, second.end, k + 2) is not third:
        return None
    sec = third.of("sector") if not third.of(*PROPER) else []
    return ctx.kb.sectors[int(sec[0].ref)] if sec else None


def _person_ent_after(ctx: Ctx, end: int) -> tuple[int, int] | None:
    """A PERSON entity right after ``end``, or after one lower-case role noun ("activist")."""
    if end in ctx.person_ents:
        return end, ctx.person_ents[end]
    noun = end < len(ctx.doc) and ctx.doc[end].is_lower and ctx.doc[end].pos_ == "NOUN"
    if noun and end + 1 in ctx.person_ents:
        return end + 1, ctx.person_ents[end + 1]
    return None


def _known_in(ctx: Ctx, start: int, end: int) -> int | None:
    """A known person named by the items inside tokens [start, end), if the text decides."""
    k = bisect_left(ctx.item_starts, start)
    for it in ctx.items[k:]:
        if it.start >= end:
            break
        idx = pick_person(ctx.kb, it.of("person", "surname"), ctx.date, ctx.seen)
        if idx is not None and it.end <= end:
            return idx
    return None


def compose(ctx: Ctx) -> None:
    k = 0
    while k < len(ctx.items):
        item = ctx.items[k]
        nxt = _person_after_chain(ctx, k)
        if nxt is None:
            nxt = _unknown_after_chain(ctx, k)
        if nxt is None:
            nxt = _role_phrase(ctx, k)
        if nxt is None and item.of(*COUNTRYISH):
            nxt = demonym_group(ctx, k) or ethnic_demonym(ctx, k) or demonym_of_place(ctx, k)
        if nxt is None and item.of(*COUNTRYISH):
            nxt = _country_sector(ctx, k)
        if nxt is None:
            nxt = ethnic_group(ctx, k) or named_outlet(ctx, k)
        if nxt is None:
            nxt = lone_item(ctx, k)
        k = max(nxt, k + 1)


def _sentence_starts(doc: Doc) -> list[int]:
    if not doc.has_annotation("SENT_START"):
        return [0]
    return [s.start for s in doc.sents]


def _to_actor(doc: Doc, text: str, m: Mention, starts: list[int]) -> Actor:
    cstart, last = doc[m.start].idx, doc[m.end - 1]
    cend = last.idx + len(last.text)
    sent = max(bisect_right(starts, m.start) - 1, 0)
    return Actor(
        text=text[cstart:cend], start=cstart, end=cend, name=m.name, code=m.code,
        country=m.country, sector=m.sector, kind=m.kind, office=m.office, sentence=sent,
    )


def resolve(
    doc: Doc, *, published: str | None, knowledge: UserKnowledge | None = None
) -> list[Actor]:
    """Every actor mention in ``doc`` as of ``published`` (today when absent or invalid);
    ``knowledge``: users' PETRARCH dictionaries, consulted after ours (see ``actors.user``)."""
    if len(doc) == 0:
        return []
    kb = knowledge_base()
    ctx = Ctx(doc, kb, safe_date(published), scan(doc, lexicon()), text=doc_text(doc))
    ctx.person_ents = {e.start: e.end for e in doc.ents if e.label_ == "PERSON"}
    ctx.sent_starts = _sentence_starts(doc)
    drop_inside_people(ctx)
    localize(ctx)
    disambiguate(ctx)
    committees(ctx)  # "House Intelligence Committee chairman X": the legislature's
    ctx.item_starts = [it.start for it in ctx.items]
    compose(ctx)
    bodies_of_states(ctx)  # "the Supreme Court of Pakistan", "the parliament of Ukraine"
    bodies_before_titles(ctx)  # "American Farm Bureau President X": the bureau's (r13-18t)
    appositive_orgs(ctx.kb, ctx.doc, ctx.out, ctx.date)  # "the EU's envoy, Miroslav Lajcak,"
    sentence_country(ctx)
    ctx.out = merge_background(ctx.out, background_mentions(kb, doc, ctx.date))
    former_elites(kb, doc, ctx.out)
    if knowledge is not None:
        theirs = user_mentions(kb, doc, knowledge, ctx.date)
        ctx.out = merge_user(ctx.out, theirs, knowledge.override)
    mentions = finish(ctx.doc, ctx.kb, ctx.date, ctx.out, ctx.person_ents)
    actors = [_to_actor(doc, ctx.text, m, ctx.sent_starts) for m in mentions]
    actors = topic_countries(doc, kb, actors)  # "White House Russia adviser X": USA
    actors = with_story_country(kb, actors)  # "---GOV" people of a one-state story
    return home_congress(kb, actors)  # "Congress" in a story about Peru: Peru's
