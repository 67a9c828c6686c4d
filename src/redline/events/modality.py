"""Modality of an event trigger: asserted, negated, denied, hypothetical, asked, intended,
historical. Read from the trigger's own clause and the clauses above it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from redline.events.history import PRESENT_TAGS, is_background, past, perfect
from redline.events.reported_content import DENYING, report_frame

NEG_WORDS = frozenset({"not", "n't", "never", "no", "nobody", "neither", "nor", "without"})
HYPO_AUX = frozenset({"could", "might", "may", "would", "should", "can"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
COND_MARKS = frozenset({"if", "unless", "whether", "lest"})
HIST_PREPS = frozenset({"in", "since", "during"})
PENDING_MARKS = frozenset({"before", "until", "till"})
RANK = {"denied": 0, "negated": 1, "asked": 2, "hypothetical": 3, "intended": 4,
        "historical": 5, "asserted": 6}


def is_negated(tok: Token) -> bool:
    """A negation on the token itself, its auxiliaries, ("no talks") its determiner, or ("gave
    no support") its object's."""
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj")
                                   and child.lower_ in NEG_WORDS):
            return True
        if child.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no"
                                        for g in child.children):
            return True
    return False


AUX_DEPS = frozenset({"aux", "auxpass"})


def negated_denial(tok: Token) -> bool:
    """"did not deny that X had bombed Y", "has not denied reports that": a denial negated is
    no denial; what it would have denied is told as done (r16-16)."""
    return tok.lemma_.lower() in DENYING and is_negated(tok)


def aux_words(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in AUX_DEPS}


def _present(tok: Token) -> bool:
    """A present-tense clause head ("slaps", "is", "are attacked"), not the perfect."""
    tags = {tok.tag_} | {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & PRESENT_TAGS) and not perfect(tok)


def is_conditional(tok: Token) -> bool:
    """Inside an if/unless clause, or a clause introduced by "in case"."""
    for child in tok.children:
        if child.dep_ == "mark" and child.lower_ in COND_MARKS:
            return True
        if child.dep_ == "mark" and child.lower_ in PENDING_MARKS and not past(tok):
            return True  # "before they demobilize", "until their demands are met"
        if child.dep_ in ("mark", "advmod") and child.lower_ in ("when", "whenever") and (
                child.i < tok.i and _present(tok)):
            return True  # "when a country slaps tariffs on goods, ...": any time, no one time
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                g.lower_ == "case" for g in child.children):
            return True
    return False


def is_historical(tok: Token) -> bool:
    """A past-tense clause dated by an explicit year ("in 2014", "since 2008")."""
    if tok.tag_ not in ("VBD", "VBN", "VBG") and tok.pos_ != "NOUN":
        return False
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in HIST_PREPS:
            for pobj in child.children:
                if is_year(pobj) or any(is_year(g) for g in pobj.children):
                    return True
    return False


def is_year(tok: Token) -> bool:
    text = tok.text.rstrip("s")
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


def clause_modality(tok: Token, *, reported: bool) -> str:
    """Modality marked on one clause head (no look upward)."""
    aux = aux_words(tok)
    if is_conditional(tok):
        return "hypothetical"  # "if the Saudis did not take part": supposed, not denied
    if is_negated(tok):
        return "negated"
    if aux & HYPO_AUX and not (reported and "would" in aux):
        return "hypothetical"
    if aux & FUTURE_AUX or "would" in aux:
        return "intended"
    if tok.dep_ in ("advcl", "acl", "relcl") and "to" in aux:
        return "intended"  # purpose: "opened fire to disperse", "forces to be deployed"
    if tok.dep_ == "conj" and "to" in aux and "to" not in aux_words(tok.head):
        return "intended"  # an infinitive joined to a finite verb: a misattached "... and to X"
    if is_historical(tok) or is_background(tok):
        return "historical"
    return "asserted"


def worst(*values: str) -> str:
    return min(values, key=lambda v: RANK.get(v, 6))


CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "relcl", "acl"})
INHERIT_LINKS = frozenset({"xcomp", "advcl", "conj", "pcomp"})
MAYBE_AUX = frozenset({"could", "might", "may", "should", "can"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


ADJUNCT_MARKS = frozenset({"as", "while", "when", "after", "because", "since", "although",
                           "though", "whereas", "once"})


def is_adjunct_clause(tok: Token) -> bool:
    """A time or reason clause ("as X sought ...", "after Y attacked"): its own event."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS
                                       for c in tok.children)


def clause_parent(tok: Token) -> Token | None:
    """The clause that governs ``tok``'s clause, through a preposition ("committed to
    helping", "accused X of shelling"); None at the top."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        return tok.head.head
    if tok.dep_ == "acl" and (frame := report_frame(tok)) is not None:
        return frame  # "denied reports that jets had bombed X": the denial frames the bombing
    if tok.dep_ in CLAUSE_LINKS and tok.head.i != tok.i:
        return tok.head
    return None


def _inherited(child: Token, head: Token) -> str:
    """What a dependent clause without its own tense takes from its governor: "could meet
    and sign" (hypothetical), "will continue to shell" (intended), "to help defend"."""
    if child.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "nsubj", "nsubjpass", "mark")
                                        and c.lower_ not in ("to",) for c in child.children):
        return "asserted"
    if child.dep_ == "conj" and is_negated(head):
        return "negated"
    aux = aux_words(head)
    if aux & MAYBE_AUX:
        return "hypothetical"
    if aux & FUTURE_AUX or "would" in aux or _going_to(child, head):
        return "intended"
    if head.dep_ in ("advcl", "acl") and "to" in aux:
        return "intended"  # inside a purpose clause: "to help defend X"
    return "asserted"


def _going_to(child: Token, head: Token) -> bool:
    """"is going to send troops": a future, like "will send"."""
    return child.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG" and (
        "to" in aux_words(child)) and any(a.lemma_ == "be" for a in head.children
                                          if a.dep_ == "aux")


def upward_modality(tok: Token) -> str:
    """Conditions set by clauses above ``tok`` (an if-clause, a negated governing clause, a
    modal or future governor of an untensed clause)."""
    out = "asserted"
    cur = tok
    inherit = True
    for _ in range(8):
        if is_conditional(cur):
            out = worst(out, "hypothetical")
        head = clause_parent(cur)
        if head is None:
            break
        link = cur.dep_
        if link in ("xcomp", "ccomp", "pcomp", "acl") and is_negated(head) and not (
                negated_denial(head)):
            out = worst(out, "negated")
        inherit = inherit and link in INHERIT_LINKS
        if inherit:
            out = worst(out, _inherited(cur, head))
        cur = head
    return out


HEDGE_ADJ = frozenset({"possible", "potential", "likely", "planned", "alleged", "feared",
                       "threatened", "prospective", "future", "hypothetical", "suspected",
                       "purported", "expected", "proposed", "imminent", "looming", "would-be"})
POTENTIAL_NOUNS = frozenset({"threat", "risk", "fear", "danger", "prospect", "possibility",
                             "spectre", "specter", "likelihood", "chance", "plan", "idea",
                             "option", "decision", "proposal", "warning", "rumor", "rumour",
                             "scenario", "case", "event", "allegation", "accusation", "claim"})


def hedged(tok: Token) -> bool:
    """An event named as possible, not as done: "a possible attack", "the threat of war",
    "fears of an invasion", "the decision of sending troops"."""
    if any(c.dep_ == "amod" and c.lower_ in HEDGE_ADJ for c in tok.children):
        return True
    prep = tok.head
    return tok.dep_ in ("pobj", "pcomp") and prep.lower_ == "of" and (
        prep.head.lemma_.lower() in POTENTIAL_NOUNS)


CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


def sentence_asks(sent: Span) -> bool:
    """The sentence ends with a question mark (before any closing quotes or brackets)."""
    doc = sent.doc
    for i in range(sent.end - 1, max(sent.start, sent.end - 6) - 1, -1):
        tok = doc[i]
        if tok.is_space or tok.text in CLOSERS:
            continue
        return tok.text.endswith("?")
    return False


# a clause supposed or yet to come, not said to hold; modals that make a statement no plain one
SUPPOSING_MARKS = COND_MARKS | {"once", "until", "when", "before"}
SAID_MODALS = HYPO_AUX | FUTURE_AUX | {"'d", "ca", "must"}


def plain_statement(verb: Token, span: Span) -> bool:
    """Said to hold: not negated, modal or conditional, from ``verb`` up to the top clause
    within ``span`` (the quoted or reported words: "would be a disaster", "if X attacks, X
    is reckless", "did not say it hoped")."""
    cur = verb
    while True:
        if any(_qualifies(child) for child in cur.children):
            return False
        if cur.head.i == cur.i or not span.start <= cur.head.i < span.end or cur.dep_ in (
                "ROOT", "parataxis"):
            return True
        cur = cur.head


def _qualifies(child: Token) -> bool:
    """A negation, a modal, an "if" of the clause or an "if" clause hung on it ("If X attacks,
    X is reckless")."""
    if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in SAID_MODALS):
        return True
    if child.dep_ == "mark" and child.lower_ in SUPPOSING_MARKS:
        return True
    return child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in SUPPOSING_MARKS
                                         for g in child.children)
