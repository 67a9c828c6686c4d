"""Second pass: unknown PERSON entities, then pronouns and definite descriptions, in text order."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from redline.actors.kb import KnowledgeBase
from redline.actors.lexicon import norm
from redline.actors.mentions import Mention

DETS = frozenset({"a", "an", "the"})
PRONOUN_REACH = 120  # tokens back to look for a pronoun's antecedent
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
        appo = _appositive(doc, mentions, e)
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


def _antecedent(history: list[Mention], m: Mention) -> Mention | None:
    for ante in reversed(history):
        if m.start - ante.end > PRONOUN_REACH:
            return None
        if not ante.named:
            continue
        if m.ref == "pronoun":
            if not ante.gender or ante.gender == m.gender:
                return ante
        elif m.ref == "the:title":
            if m.role and ante.role == m.role:
                return ante
        elif ante.code == m.code:
            return ante
    return None


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


def _deferred(kb: KnowledgeBase, mentions: list[Mention]) -> None:
    history: list[Mention] = []
    done: list[Mention] = []
    for m in mentions:
        if m.ref.startswith("group:"):
            _resolve_group(kb, m, done)
        elif m.ref in ("pronoun", "the:title", "the:code"):
            ante = _antecedent(history, m)
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
    _deferred(kb, allm)
    return [m for m in allm if m.emit and m.code]
