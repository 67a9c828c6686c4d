"""Second pass: unknown PERSON entities, then pronouns and definite descriptions, in text order."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from redline.actors.kb import KnowledgeBase
from redline.actors.lexicon import norm
from redline.actors.mentions import Mention
from redline.actors.officeof import office_of
from redline.actors.repeats import (
    hometown,
    most_named,
    plural_antecedent,
    recode_surnames,
    travelled,
)

DETS = frozenset({"a", "an", "the"})
PRONOUN_REACH = 120  # tokens back to look for a pronoun's antecedent
THING_REACH = 40  # tokens back for "its"/"they": the antecedent is near
DEFAULT_GROUP = {"alliance": "NATO", "bloc": "EU"}


def _covered(mentions: list[Mention], s: int, e: int) -> bool:
    return any(m.start < e and s < m.end for m in mentions)


def _appositive(doc: Doc, mentions: list[Mention], end: int) -> Mention | None:
    """", a Kremlin aide" / ", Russia's deputy foreign minister" right after a name."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    pos = end + 1
    if pos < len(doc) and doc[pos].lower_ in DETS:
        pos += 1
    for m in mentions:
        if m.start in (pos, pos + 1) and m.kind == "person" and m.person < 0 and m.code:
            return m
    return None


def _unknown_people(
    doc: Doc, kb: KnowledgeBase, mentions: list[Mention], person_ents: dict[int, int]
) -> list[Mention]:
    """PERSON entities we do not know: coded from an appositive title, or kept as antecedents."""
    added: list[Mention] = []
    by_surname: dict[str, Mention] = {
        norm(doc[m.end - 1].text): m for m in mentions if m.named and m.person < 0 and m.code
    }
    for s, e in sorted(person_ents.items()):
        if _covered(mentions, s, e):
            continue
        known = by_surname.get(norm(doc[e - 1].text))
        if known is not None:
            added.append(replace(known, start=s, end=e, ref=""))
            continue
        appo = (_appositive(doc, mentions, e) or hometown(doc, mentions, e)
                or office_of(doc, kb, mentions, s, e))  # ", secretary of Ukraine's ..."
        name = doc[s:e].text
        if appo is not None:
            m = replace(appo, start=s, end=e, name=name, ref="", emit=True, named=True)
        else:
            m = Mention(s, e, name, "", None, None, "person", emit=False, named=True)
        added.append(m)
        if m.code:
            by_surname[norm(doc[e - 1].text)] = m
    return added


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ordered:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _copy_person(m: Mention, ante: Mention) -> None:
    m.name, m.code, m.country, m.sector = ante.name, ante.code, ante.country, ante.sector
    m.office, m.person, m.kind, m.role = ante.office, ante.person, "person", ante.role
    m.gender = m.gender or ante.gender
    m.named = True
    m.emit = bool(ante.code) and ante.emit


def _antecedent(history: list[Mention], m: Mention, quoted: list[bool]) -> Mention | None:
    if m.ref == "the:title":
        return _title_antecedent(history, m)
    outside = not quoted[m.start]
    for ante in reversed(history):
        if m.start - ante.end > PRONOUN_REACH:
            return None
        if not ante.named or (outside and quoted[ante.start]):
            continue
        if m.ref == "pronoun":
            if not ante.gender or ante.gender == m.gender:
                return ante
        elif ante.code == m.code:
            return ante
    return None


def _title_antecedent(history: list[Mention], m: Mention) -> Mention | None:
    """"the president": the holders of that role mentioned recently; with several, the one
    from the country of the most recently mentioned named person (the speaker's side)."""
    if not m.role:
        return None
    recent = [a for a in history if a.named and m.start - a.end <= PRONOUN_REACH]
    holders = [a for a in recent if a.role == m.role]
    if not holders:
        return None
    if recent[-1].role == m.role:  # a holder named last: the one named most, then last
        return most_named(holders)
    context = recent[-1].country
    same = [a for a in holders if a.country == context]
    return same[-1] if same else holders[-1]


def _thing_antecedent(done: list[Mention], m: Mention) -> Mention | None:
    """"its" -> the last state or organisation; "they/their" -> the last plural actor."""
    plural = m.gender == "p"
    for ante in reversed(done):
        if m.start - ante.end > THING_REACH:
            return None
        if _thing_like(ante, plural):
            return ante
    return None


def _thing_like(ante: Mention, plural: bool) -> bool:
    if not ante.code or not ante.emit:
        return False
    return ante.kind in ("state", "igo", "group") or (
        plural and ante.kind == "person" and ante.person < 0 and not ante.named)


def _clause_subject(doc: Doc, done: list[Mention], m: Mention) -> Mention | None:
    """"Ivory Coast rebels rejected a Senegalese plan and said they opposed ...": "they",
    "its", "their" in a clause under a verb whose subject is an actor point at that subject
    (the nearest verb up the tree with a subject other than the pronoun itself)."""
    tok = doc[m.start]
    plural = m.gender == "p"
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                     and not (c.i <= m.start < c.i + 1)), None)
        if subj is None or subj.right_edge.i >= m.start:
            continue
        if any(c.dep_ in ("dobj", "dative") and c.i < m.start and any(
                a.start <= c.i < a.end for a in done) for c in tok.children):
            return None  # "told the Europeans that they ...": the object is as likely
        lo, hi = subj.left_edge.i, subj.right_edge.i
        found = None
        for a in reversed(done):  # text order: walk back only over the subject's span
            if a.start < lo:
                break
            if a.start <= hi and _thing_like(a, plural):
                found = a
        return found
    return None


def _copy_thing(m: Mention, ante: Mention) -> None:
    m.name, m.code, m.country, m.sector = ante.name, ante.code, ante.country, ante.sector
    m.kind, m.emit, m.office = ante.kind, True, ante.office


def _resolve_group(kb: KnowledgeBase, m: Mention, done: list[Mention]) -> None:
    want = m.ref.split(":", 1)[1]
    for prev in reversed(done):
        org = kb.orgs.get(prev.code)
        if org and (org.kind == "alliance" if want == "alliance" else org.kind != "programme"):
            m.code = m.country = org.code
            m.name, m.kind = org.name, "igo"
            return
    code = DEFAULT_GROUP.get(want, "")
    m.code = m.country = code
    m.name, m.kind = (kb.orgs[code].name if code in kb.orgs else ""), "igo"


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})


def quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it lies between quotation marks (one pass; a paragraph break
    closes an open quotation, as in news copy that reopens quotes on each paragraph)."""
    inside, out = False, []
    for tok in doc:
        if tok.text in QUOTE_MARKS:
            inside = tok.text != "\u201d" and not inside
            out.append(False)
            continue
        if "\n" in tok.text:
            inside = False
        out.append(inside)
    return out


def _deferred(kb: KnowledgeBase, mentions: list[Mention], quoted: list[bool], doc: Doc) -> None:
    history: list[Mention] = []
    done: list[Mention] = []
    for m in mentions:
        if m.ref.startswith("group:"):
            _resolve_group(kb, m, done)
        elif m.ref == "pronoun" and m.gender in ("n", "p"):
            thing = _clause_subject(doc, done, m) or plural_antecedent(doc, done, m) or (
                _thing_antecedent([d for d in done if not travelled(doc, d)], m))
            if thing is None:
                m.emit = False
            else:
                _copy_thing(m, thing)
        elif m.ref in ("pronoun", "the:title", "the:code"):
            ante = _antecedent(history, m, quoted)
            if ante is not None:
                _copy_person(m, ante)
            elif m.ref != "the:code":
                m.emit = False
        if m.kind == "person":
            history.append(m)
        done.append(m)


def finish(
    doc: Doc, kb: KnowledgeBase, date: str, mentions: list[Mention], person_ents: dict[int, int]
) -> list[Mention]:
    """Add unknown people, resolve pronouns and descriptions; the emitted mentions in order."""
    allm = _non_overlapping(mentions + _unknown_people(doc, kb, mentions, person_ents))
    recode_surnames(doc, allm, person_ents)  # "Ambassador Sondland": the one named first
    _deferred(kb, allm, quoted_tokens(doc), doc)
    return [m for m in allm if m.emit and m.code]
