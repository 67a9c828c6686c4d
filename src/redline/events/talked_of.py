"""Acts talked of, not done: a gerund that is the topic of talk or deliberation (r10-16).

"Trump talked about attacking Iran", "Merkel spoke of expelling Russian diplomats", "the EU
discussed imposing new sanctions", "the ministers debated sending troops", "Johnson suggested
expelling diplomats": the act is an idea put forward or weighed, not asserted (hypothetical,
like "considering"). The talk or the proposal itself stays an event of its own. Aspect verbs
("began shelling", "continued sending troops") are not in these lists: their act is done. A
gerund with a subject of its own is a report of others' acts, not an idea put forward
("residents spoke of soldiers killing civilians": asserted, r10-rb).
"""

from __future__ import annotations

from spacy.tokens import Token

# not "boast" or "brag": "boasted of killing ten soldiers" claims an act done (r10-fa)
TALK = frozenset({"talk", "speak", "think", "joke", "muse", "dream", "fantasize", "fantasise",
                  "write", "tweet", "chat"})
TOPIC_PREPS = frozenset({"about", "of"})
DELIBERATE = frozenset({"discuss", "debate", "mull", "weigh", "propose", "suggest",
                        "recommend", "advocate", "float", "moot", "contemplate", "envisage",
                        "envision", "explore", "favor", "favour"})


def talked_of(clause: Token) -> bool:
    """``clause`` is a gerund put forward or weighed (see the module)."""
    if clause.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    head = clause.head
    if clause.dep_ == "pcomp" and head.lower_ in TOPIC_PREPS:
        return head.head.lemma_.lower() in TALK
    return clause.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in DELIBERATE
