"""Modal clauses that make no appeal or demand (r11-16), found on real pages outside the gold.

``speech_acts`` reads "X should V" / "X must V" / "X needs to V" in what someone says as the
speaker's appeal (020) or demand (100) to X. Two constructions say no such thing:

- a feeling, not an act, is what X should have: "Democratic leaders should worry about what
  is going to happen", "Iran should know that ..." (a warning or a remark, nothing to do);
- the need is itself supposed: "Democrats would need to depend on him" (a forecast).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.model import Event

APPEAL_CODES = frozenset({"020", "100"})
MODAL_WORDS = frozenset({"should", "ought", "must", "need", "needs", "needed", "have", "has",
                         "had"})
FEELINGS = frozenset({"worry", "fear", "care", "know", "understand", "realize", "realise",
                      "feel", "think", "believe", "hope", "wonder", "remember", "expect",
                      "recognize", "recognise", "appreciate", "notice", "be"})
DUTY = frozenset({"should", "must", "ought"})
SUPPOSED = frozenset({"would", "could", "might", "may"})


def idle_appeal(event: Event, tok: Token) -> bool:
    """``event`` (``tok``: its trigger's head) is a modal clause that appeals for nothing."""
    if event.cameo not in APPEAL_CODES or not _modal_trigger(event):
        return False
    verb = _clause_verb(tok)
    if verb.lemma_.lower() in FEELINGS:
        return not _act_beside(verb)
    return any(c.dep_ == "aux" and c.lower_ in SUPPOSED for c in _need_verbs(verb))


def _act_beside(verb: Token) -> bool:
    """The feeling is joined to an act ("should know its place and withdraw") or its clause
    says what must be done ("should understand that it must stop"): an appeal (review r11)."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() not in FEELINGS:
            return True
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DUTY for a in c.children):
            return True
    return False


def _modal_trigger(event: Event) -> bool:
    words = event.trigger.text.lower().split()
    return bool(words) and words[0] in MODAL_WORDS


def _clause_verb(tok: Token) -> Token:
    """The verb the modal governs ("give" in "should give", "depend" in "need to depend")."""
    if tok.lemma_.lower() in ("need", "have"):
        return next((c for c in tok.children if c.dep_ == "xcomp"), tok)
    return tok


def _need_verbs(verb: Token) -> list[Token]:
    """The verb's own auxiliaries and, for "need to V", those of "need"."""
    out = list(verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("need", "have"):
        out += list(verb.head.children)
    return out
