"""Constructions that keep an event from being asserted, read from the words that govern it.

- speculation: "is likely to deploy", "is expected to attack", "is poised to invade",
  "allegedly attacked", "possibly struck" (hypothetical); "is set to", "is due to" (intended);
- capability and obligation: "is able to hit", "must be shut down" (hypothetical), except
  that an obligation is what a demand says ("said X must hand over the suspects");
- attempts: "tried / sought to expel" (hypothetical), except attempts at force, which are
  force used ("tried to assassinate"), but not an attempt to stop or ban something ("trying to
  prevent the next attack"); "failed to agree" (negated);
- goals: an infinitive wished, asked or worked for ("want Congress to investigate", "instructed
  X to continue negotiating", "efforts to get Y to investigate", "a prosecutor entrusted to
  investigate"), or threatened ("threatening to assault and murder an official") is not done
  (hypothetical);
- allegations: what a claim, charge or allegation says ("denied claims that Russian jets
  bombed a hospital", "pleaded guilty to charges he threatened to kill X") (hypothetical);
- counterfactual perfect: "would then have attacked" (hypothetical);
- excluded subjects: "neither X nor Y attacked", "no one arrested" (negated);
- a main clause under a condition: "if the reports are true, X is violating ..." (hypothetical),
  except a threat, which is made whatever the condition ("will strike back if attacked").
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.frames import HARD_ROOTS
from redline.events.talked_of import talked_of

SPECULATIVE = frozenset({"likely", "unlikely", "expected", "poised", "able", "unable", "capable",
                         "possible", "willing", "ready", "bound", "prepared", "certain",
                         "rumored", "rumoured", "predicted", "projected", "tipped"})
SCHEDULED = frozenset({"set", "due", "scheduled", "slated"})
ATTEMPTS = frozenset({"try", "seek", "attempt", "strive", "endeavor", "endeavour", "struggle"})
FAILURES = frozenset({"fail", "neglect"})
OBLIGATION = frozenset({"must", "ought"})
COUNTERFACTUAL = frozenset({"would", "could", "might", "should"})
NOBODY = frozenset({"nobody", "none", "neither"})
DOUBT_ADVERBS = frozenset({"allegedly", "possibly", "probably", "perhaps", "maybe", "potentially",
                           "purportedly", "supposedly", "conceivably", "presumably"})
CONDITIONS = frozenset({"if", "unless"})
GOAL_VERBS = frozenset({"want", "wish", "hope", "need", "ask", "urge", "tell", "instruct",
                        "order", "direct", "push", "press", "pressure", "encourage", "invite",
                        "authorize", "authorise", "entrust", "task", "mandate", "lobby", "beg",
                        "plead", "advise", "recommend", "require", "implore", "exhort",
                        "threaten", "call"})
GOAL_NOUNS = frozenset({"effort", "attempt", "bid", "push", "drive", "campaign", "pressure",
                        "plan", "call", "demand", "request", "order", "instruction", "mandate",
                        "proposal", "offer", "plea", "appeal", "resistance", "refusal",
                        "reluctance", "opposition", "desire", "wish", "hope", "intention",
                        "ambition", "goal", "aim", "need", "willingness", "readiness"})
# r12-16m: a complaint or worry voiced about an act does not assert it (but see told_as_fact.py)
VOICED_NOUNS = frozenset({"criticism", "complaint", "concern", "fear", "worry", "suggestion"})
CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "charge", "rumor", "rumour",
                         "suspicion", "speculation", "assertion", "contention",
                         "insinuation"}) | VOICED_NOUNS
SAID = frozenset({"say", "tell", "claim", "allege", "assert", "insist", "announce", "declare",
                  "threaten", "warn", "vow", "pledge", "promise"})  # saying and threat verbs
RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})
UNFORCED = frozenset({"prevent", "stop", "block", "ban", "restrict", "limit", "curb", "close",
                      "shut", "halt", "bar", "end", "contain", "suppress", "silence"})
DEMAND_ROOTS = frozenset({"02", "10", "13"})
THREAT_ROOT = "13"


def hedge_modality(tok: Token, root: str = "") -> str | None:
    """The modality a governing construction imposes on the clause of ``tok`` (None: none).

    ``root`` is the event's CAMEO root: an obligation is the substance of a demand ("X said Y
    must hand over the suspects" is a request), and an attempt at force is force used ("tried
    to assassinate", "tried to hack": the attack took place, only its aim failed)."""
    for clause in _clauses_up(tok):
        found = _governed(clause) or _own(clause)
        if found == "attempt":
            done = root in HARD_ROOTS and tok.lemma_.lower() not in UNFORCED
            return None if done else "hypothetical"
        if found == "obligation":
            return None if root in DEMAND_ROOTS else "hypothetical"
        if found == "condition":  # a conditional threat is a threat made
            return None if root == THREAT_ROOT else "hypothetical"
        if found:
            return found
    return None


def voiced_content(tok: Token) -> bool:
    """``tok``'s clause is what a complaint, concern or fear says ("raised concerns that
    Russian troops seized the plant")."""
    return any(c.head.lemma_.lower() in VOICED_NOUNS and c.head.pos_ == "NOUN"
               and _content_clause(c) for c in _clauses_up(tok))


def _clauses_up(tok: Token) -> list[Token]:
    """``tok`` and the clause heads it hangs from through infinitives and conjuncts."""
    out = [tok]
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "conj", "ccomp", "acl") or cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "acl") and cur.head.lemma_.lower() not in SPECULATIVE and (
                not _infinitive(cur)):
            break
        cur = cur.head
        out.append(cur)
    return out


def _infinitive(clause: Token) -> bool:
    """"(X) to investigate": an untensed clause, true only if its governor makes it so."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in clause.children)


def _governed(clause: Token) -> str | None:
    """"likely to deploy": the infinitive's head word says what kind of claim this is."""
    if talked_of(clause):
        return "hypothetical"  # "talked about attacking Iran", "discussed imposing sanctions"
    if _under_noun(clause):
        return "hypothetical"
    if clause.dep_ not in ("xcomp", "ccomp"):
        return None
    return _under_word(clause)


def _under_noun(clause: Token) -> bool:
    """What a claim says or a goal aims at ("denied claims that Russian jets bombed",
    "efforts to get X to ...", "threatening to assault" read as a preposition's object)."""
    head = clause.head
    lemma = head.lemma_.lower()
    if lemma in CLAIM_NOUNS and head.pos_ == "NOUN" and _content_clause(clause):
        return True  # "denied claims that Russian jets bombed", "charges he threatened"
    if clause.dep_ == "acl" and _infinitive(clause) and lemma in GOAL_NOUNS:
        return True  # "efforts to get X to ...", "his resistance to providing"
    return clause.dep_ == "pobj" and clause.tag_ == "VB" and head.lower_ == "to" and (
        head.head.lemma_.lower() in GOAL_VERBS)  # "threatening to assault"


def _under_word(clause: Token) -> str | None:
    """The modality the head word of a complement clause gives it ("want X to", "likely to",
    "set to", "tried to", "failed to")."""
    head = clause.head
    lemma = head.lemma_.lower()
    if _infinitive(clause) and clause.i >= 2 and clause.doc[clause.i - 1].lower_ == "to" and (
            clause.doc[clause.i - 2].lemma_.lower() in GOAL_NOUNS) and (
            clause.doc[clause.i - 2].pos_ == "NOUN"):
        return "hypothetical"  # "decried his calls to ban X", the infinitive misattached
    if lemma in GOAL_VERBS and _infinitive(clause):
        return "hypothetical"  # "want Congress to investigate", "entrusted to investigate"
    word = head.lower_
    if (word in SPECULATIVE or lemma in SPECULATIVE) and not _reporting(clause):
        return "hypothetical"
    if word in SCHEDULED and head.tag_ in ("VBN", "JJ"):
        return "intended"
    if lemma in ATTEMPTS:
        return "attempt"
    return "negated" if lemma in FAILURES else None


def _content_clause(clause: Token) -> bool:
    """What a noun says ("claims that X bombed Y", "charges he threatened to kill Z"), not a
    relative clause about it ("the charges that he denied", "the claims he made")."""
    if clause.dep_ in ("acl", "ccomp") and not _infinitive(clause):
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES
                   for c in clause.children)  # not "allegations denied by Moscow"
    if clause.dep_ != "relcl" or any(c.lower_ in RELATIVES for c in clause.children):
        return False
    if any(c.dep_ == "dobj" for c in clause.children):
        return True  # "claims Russian jets bombed a hospital": the object is filled, no gap
    # a complement is what the claim says only under a verb of saying or threat ("charges he
    # threatened to kill"), not under any verb ("the allegations Moscow used to justify X")
    return clause.lemma_.lower() in SAID and any(c.dep_ in ("xcomp", "ccomp")
                                                 for c in clause.children)


def _reporting(clause: Token) -> bool:
    """"officials predicted that the president will ...": an active verb with its own
    subject reports the clause (whose own tense gives the modality), unlike "is predicted to"."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in head.children)


def _own(clause: Token) -> str | None:
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & OBLIGATION:
        return "obligation"
    if words & COUNTERFACTUAL and "have" in words and clause.tag_ == "VBN":
        return "hypothetical"
    if _excluded_subject(clause):
        return "negated"
    if any(c.dep_ == "advmod" and c.lower_ in DOUBT_ADVERBS for c in clause.children):
        return "hypothetical"  # "allegedly attacked", "possibly struck"
    if _conditioned(clause):
        return "condition"
    return None


def _conditioned(clause: Token) -> bool:
    """An if/unless clause hangs on this one: "if the claims are true, X is violating ..."."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                         for m in c.children) for c in clause.children)


def _excluded_subject(clause: Token) -> bool:
    for subj in clause.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subj.lower_ in NOBODY or any(c.lower_ == "neither" for c in subj.children):
            return True
        if subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children):
            return True
    return False
