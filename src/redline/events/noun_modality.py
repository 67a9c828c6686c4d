"""The modality of an event noun told as still to come, or framed as open or absent.

A verb's tense and auxiliaries say whether its event happened; an event noun says it by its
modifiers and by what its clause says of it: "the upcoming talks", "a planned visit", "as the
summit approaches", "talks will begin on Monday" are events not (yet) held, so not asserted
news (intended, CAMEO's and the gold's reading of what is planned); "the threat of sanctions"
is open (hypothetical), "without talks" did not happen (negated); an act "foiled",
"prevented" or "blocked" was kept from happening (hypothetical, as attempts are).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.modality import hedged, worst

PROSPECTIVE = frozenset({"upcoming", "planned", "proposed", "scheduled", "expected",
                         "possible", "potential", "future", "forthcoming", "prospective",
                         "impending", "looming", "would-be", "next", "anticipated",
                         "contemplated"})
# verbs whose subject is an event still to come: "as the summit approaches"
APPROACHING = frozenset({"approach", "loom", "near", "beckon"})
# what is said of an event when it is scheduled: "the talks are set for Monday", "talks are
# scheduled to begin", "a meeting is due next week"
SCHEDULED = frozenset({"set", "schedule", "slate", "slated", "due", "plan", "expect"})
# verbs of an event's taking place, with "will": "talks will begin on Monday" (not "the
# tariffs will reduce growth": what an existing measure will do)
OCCUR = frozenset({"begin", "start", "open", "resume", "convene", "take", "happen", "occur",
                   "be", "go", "get", "hold", "continue"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
INTENDED = "intended"
# nouns whose "of"/"for" names an event that may or may not come: "the threat of sanctions",
# "the prospect of talks", "hopes for a ceasefire"
OPEN_NOUNS = frozenset({"threat", "risk", "prospect", "possibility", "chance", "hope",
                        "danger", "spectre", "specter", "likelihood", "fear", "idea",
                        "option", "question"})
# nouns whose "of" names an event that did not happen: "the lack of talks"
ABSENT_NOUNS = frozenset({"lack", "absence"})


def prospective(tok: Token) -> bool:
    """An event noun told as still to come ("the upcoming talks", "as the summit
    approaches")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in PROSPECTIVE for c in tok.children):
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in APPROACHING or (tok.dep_ == "nsubjpass" and lemma in SCHEDULED):
        return True
    if any(c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULED for c in verb.children):
        return True  # "a meeting is due next week"
    return lemma in OCCUR and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX
                                  for c in verb.children)


def framed(tok: Token) -> str | None:
    """The modality a noun's frame gives its event: "without talks", "the lack of talks"
    (negated), "the threat of sanctions", "hopes for talks" (hypothetical)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "without":
        return "negated"
    owner = prep.head.lemma_.lower() if prep.head.pos_ == "NOUN" else ""
    if prep.lower_ == "of" and owner in ABSENT_NOUNS:
        return "negated"
    if prep.lower_ in ("of", "for") and owner in OPEN_NOUNS:
        return "hypothetical"
    return None


# verbs that end what is going on: their object is an event under way even when the ending is
# only intended or possible ("talks to halt the bombing of Aleppo": the bombing takes place)
ENDING = frozenset({"end", "halt", "stop", "cease", "quell", "calm", "defuse", "suppress",
                    "crush"})
CLAUSE_MODALITIES = frozenset({"intended", "hypothetical"})
# words that make the object acts still to come ("to stop further attacks", "any attacks")
MORE_TO_COME = frozenset({"any", "no", "a", "an", "further", "more", "additional", "new",
                          "renewed", "fresh", "other", "such"})
# verbs of an event's beginning: "to stop the invasion before it begins" (not yet under way)
STARTING = frozenset({"begin", "start", "happen", "occur", "take", "materialize", "erupt"})


def _not_begun(verb: Token) -> bool:
    """The ending verb has a "before" clause of the event's beginning ("to stop the invasion
    before it begins"); "until talks resume" or "before talks begin" say nothing of it."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in STARTING and any(
        m.dep_ == "mark" and m.lower_ == "before" for m in c.children) and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PRON" for s in c.children)
        for c in verb.children)


def under_way(tok: Token) -> bool:
    """An event noun that a verb of ending takes as its object, told as a particular event
    (a determiner, an "of" or a modifier: "the bombing of Aleppo", "Hong Kong unrest"), not
    one still to come ("to stop any future attacks", "further attacks", "a planned strike"),
    named as possible ("the imminent invasion", "the alleged shelling") or not yet begun
    ("before it begins")."""
    if not _ended(tok) or _still_to_come(tok) or _not_begun(tok.head):
        return False
    return any(c.dep_ in ("det", "compound", "poss", "amod") or (
        c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)


def _ended(tok: Token) -> bool:
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ENDING


UNREALIZED_AUX = frozenset({"to", "will", "would", "shall", "'ll", "could", "might", "may",
                            "should", "must", "can"})


def _unrealized(verb: Token) -> bool:
    """An ending meant or possible, not done ("vowed to stop", "will stop"); "Egypt halted
    the new shelling" ended one that took place."""
    return any(c.dep_ == "aux" and c.lower_ in UNREALIZED_AUX for c in verb.children)


# words that make what a done ending ended acts that never came ("stopped further attacks")
BEYOND = frozenset({"further", "more", "additional", "any"})


def _prevented(tok: Token) -> bool:
    """What a done ending ended is acts that never came ("stopped further attacks"), not
    one that took place ("halted the new shelling")."""
    return prospective(tok) or _left_word(tok, BEYOND)


# verbs whose object is an act kept from happening: "foiled an attack", "blocked the release
# of the prisoners", "to prevent attacks at home" (r11-16); unlike ENDING ("halted the
# shelling"), nothing of the act took place
AVERTING = frozenset({"prevent", "avert", "thwart", "foil", "forestall", "preempt", "pre-empt",
                      "deter", "block", "avoid"})


# gatherings and moves that took place though blocked ("police blocked the march", review r11)
UNDER_WAY = frozenset({"march", "protest", "demonstration", "rally", "procession", "sit-in",
                       "convoy", "advance", "offensive"})


def averted(tok: Token) -> bool:
    """The event noun is what an averting verb kept from happening (object or passive
    subject: "the attack was foiled"), not a gathering blocked on its way."""
    verb = tok.head.lemma_.lower()
    if verb == "block" and tok.lemma_.lower() in UNDER_WAY:
        return False
    return tok.dep_ in ("dobj", "nsubjpass") and verb in AVERTING


def _still_to_come(tok: Token) -> bool:
    """Acts named as to come or possible ("future attacks", "the alleged shelling") or as
    more of their kind ("further attacks", "new attacks", "any attacks")."""
    return prospective(tok) or hedged(tok) or _left_word(tok, MORE_TO_COME)


def _left_word(tok: Token, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands in the noun's left modifiers ("further", "any")."""
    return any(t.lower_ in words for c in tok.lefts for t in c.subtree)


def noun_modality(tok: Token, mod: str) -> str:
    """``mod`` of an event noun, intended at least when the noun is told as still to come,
    and no more than its frame allows ("without talks", "the threat of sanctions"); an event
    under way that someone means to end is asserted ("to end the unrest"), acts still to come
    that someone vows or means to stop are intended at most ("vowed to stop further
    attacks")."""
    if tok.pos_ != "NOUN":
        return mod
    if mod in CLAUSE_MODALITIES and under_way(tok):
        return "asserted"
    if _ended(tok) and (_still_to_come(tok) if _unrealized(tok.head) else _prevented(tok)):
        mod = worst(mod, INTENDED)
    if averted(tok):
        mod = worst(mod, "hypothetical")
    frame = framed(tok)
    if frame is not None:
        mod = worst(mod, frame)
    return worst(mod, INTENDED) if prospective(tok) else mod
