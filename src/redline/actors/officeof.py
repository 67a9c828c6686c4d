"""An unknown person's office stated in the words around the name: the state of the office.

"X, secretary of Ukraine's security council, said", "X, a spokesman for the Ukrainian
defence ministry,", "X, who heads Russia's central bank," and "Russia's central bank chief
X": a PERSON entity the knowledge base does not know holds an office of a state's body the
sentence names. The person is that body's (its sector when the body word has one, "Ukraine's
defence ministry" -> UKRMIL), else the state's government: the codebook's default for an
official of a state body (CAMEO codes a central bank or a security council as GOV).

Only an office noun (:data:`OFFICE_HEADS`) makes the words an office: "a critic of Russia's
president" or "a professor at Moscow's university" are no office of the state. The state must
follow the office's preposition at once ("head of research at Moscow's ..." names none).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from redline.actors.kb import KnowledgeBase
from redline.actors.mentions import Mention
from redline.actors.namedbody import UNTYPED, named_body
from redline.actors.queries import make_code

# nouns naming an office held in a body ("secretary of", "chief of", "a spokesman for")
OFFICE_HEADS = frozenset({
    "secretary", "head", "chief", "chairman", "chairwoman", "chairperson", "chair", "director",
    "spokesman", "spokeswoman", "spokesperson", "minister", "adviser", "advisor", "aide",
    "deputy", "commander", "governor", "ambassador", "envoy", "official", "representative",
    "president", "vice-president", "speaker", "leader", "administrator", "commissioner",
    "coordinator", "prosecutor", "counsellor", "counselor", "undersecretary",
})
# nouns naming a post at a non-state body: the person is the body's only where the body has a
# non-state sector ("a senior fellow at the Brookings Institution": USAEDU; "a professor at
# Moscow's university" names no body; r11-18)
EXPERT_HEADS = frozenset({
    "fellow", "analyst", "expert", "scholar", "researcher", "professor", "economist",
    "specialist", "strategist", "lecturer",
})
POSTS = OFFICE_HEADS | EXPERT_HEADS
NON_STATE_SECTORS = frozenset({"EDU", "NGO", "BUS", "MED", "LAB", "REL", "HLH", "MNC"})
OFFICE_PREPS = frozenset({"of", "for", "at", "to", "in"})
HOST_PREPS = frozenset({"to", "in"})  # "ambassador to X", "envoy in X": X hosts the office
DIPLOMATS = frozenset({"ambassador", "envoy", "representative"})
HEAD_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "command"})
DETS = frozenset({"a", "an", "the"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
REACH = 6  # words from the comma to the office's preposition ("a senior spokesman for")
BODY_WORDS = 3  # lower-case body words between a state and a chief ("central bank chief X")


def office_of(doc: Doc, kb: KnowledgeBase, mentions: list[Mention], start: int,
              end: int) -> Mention | None:
    """The person [start, end) coded by the office the words around it state, else None."""
    body = _after_name(doc, kb, mentions, end) or _before_name(doc, mentions, start)
    if body is None or not body.country:
        return None
    if body.sector == UNTYPED:  # a body we cannot type: its country, not its government
        return Mention(end, end, "", body.country, body.country, None, "person", named=True)
    sector = body.sector or ("GOV" if kb.is_state(body.country) else None)
    code = body.code if body.sector else make_code(kb, body.country, sector)
    return Mention(end, end, "", code, body.country, sector, "person", named=True)


def _after_name(doc: Doc, kb: KnowledgeBase, mentions: list[Mention],
                end: int) -> Mention | None:
    """", [a] <office> of|for|at|to <state's body>" or ", who heads <state's body>"."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    if doc[end + 1].lower_ == "who" and doc[end + 2].lemma_.lower() in HEAD_VERBS:
        return _body_at(doc, kb, mentions, end + 3)
    office = ""
    for k in range(end + 1, min(end + 1 + REACH, len(doc))):
        tok = doc[k]
        if tok.text in HYPHENS:  # "secretary-general", "vice-president": one title
            continue
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lower_ in OFFICE_PREPS and office in EXPERT_HEADS:
            body = _non_state_body(doc, kb, mentions, k + 1)
            if body is not None:  # else a field: "a professor of law at Yale University"
                return body
        elif tok.lower_ in OFFICE_PREPS:
            return _hosted_body(doc, kb, mentions, office, k) if office else None
        office = tok.lower_ if tok.lower_ in POSTS else office
    return None


def _non_state_body(doc: Doc, kb: KnowledgeBase, mentions: list[Mention],
                    pos: int) -> Mention | None:
    """The body an expert's post is at, when it is a non-state body ("the Brookings
    Institution", "Goldman Sachs"; not "Moscow's" nor "the State Department")."""
    body = _body_at(doc, kb, mentions, pos)
    return body if body is not None and body.sector in NON_STATE_SECTORS else None


def _hosted_body(doc: Doc, kb: KnowledgeBase, mentions: list[Mention], office: str,
                 k: int) -> Mention | None:
    """The body after the office's preposition at ``k``, unless the state there is where the
    office is held, not whose: "ambassador to the United States", "envoy in Ukraine", "a
    commander in Ukraine" (no body of the state after it: "in Ukraine's army" stays)."""
    body = _body_at(doc, kb, mentions, k + 1)
    if body is None or doc[k].lower_ not in HOST_PREPS:
        return body
    if office in DIPLOMATS:
        return None
    if body.sector or _body_follows(doc, body.end):
        return body  # "in Ukraine's defence ministry", "in the Ukrainian army"
    return None


def _body_follows(doc: Doc, i: int) -> bool:
    """A possessive or a body word stands at ``i`` after a state's name."""
    if i >= len(doc):
        return False
    return doc[i].text in ("'s", "\u2019s") or (doc[i].is_lower and doc[i].pos_ != "ADP")


def _before_name(doc: Doc, mentions: list[Mention], start: int) -> Mention | None:
    """"<state's> <body words> chief X", "<demonym> <body words> head X"."""
    if start < 3 or doc[start - 1].lower_ not in OFFICE_HEADS:
        return None
    k = start - 2
    while k > start - 2 - BODY_WORDS and k > 0 and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].pos_ not in ("VERB", "AUX"):
        k -= 1
    if k == start - 2:  # no body word: "Ukraine's chief X" is a composed title
        return None
    if doc[k].text in ("'s", "\u2019s"):
        k -= 1
    return next((m for m in mentions if m.end == k + 1 and m.kind == "state"), None)


def _body_at(doc: Doc, kb: KnowledgeBase, mentions: list[Mention],
             pos: int) -> Mention | None:
    """The state (or its body) named at ``pos``, after an optional article, or the body of a
    role named there ("an adviser to Ukraine's president": UKRGOV, "an aide to the Russian
    defence minister": RUSMIL). A state's name that begins a body's proper name is that
    body's (:mod:`redline.actors.namedbody`: "the American Farm Bureau")."""
    if pos < len(doc) and doc[pos].lower_ in DETS:
        pos += 1
    body = next((m for m in mentions if m.start == pos and (
        m.kind in ("state", "igo") or _role_phrase(doc, m))), None)
    if body is None or body.kind != "state" or body.sector:
        return body
    named = named_body(doc, kb, body)
    if named is None:
        return body
    return replace(body, end=named.end, code=named.code or body.country or "",
                   sector=named.sector or UNTYPED)


def _role_phrase(doc: Doc, m: Mention) -> bool:
    """A person named by a role with its body ("Ukraine's president"), not by a name."""
    return m.kind == "person" and bool(m.role and m.sector) and doc[m.end - 1].is_lower
