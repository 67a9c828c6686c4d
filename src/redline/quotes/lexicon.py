"""Cue words: verbs (by lemma) that introduce what someone said, wrote or holds true."""

from __future__ import annotations

# Verbs of saying, writing and declaring: they take a direct quote or a that-clause.
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "note", "warn", "charge", "predict", "insist", "argue", "claim", "deny",
    "stress", "explain", "write", "tweet", "announce", "declare", "state", "report", "reply",
    "respond", "answer", "acknowledge", "admit", "assert", "confirm", "contend", "suggest",
    "recall", "comment", "emphasize", "emphasise", "continue", "observe", "remark", "complain",
    "concede", "caution", "vow", "pledge", "promise", "urge", "describe", "quip", "joke",
    "testify", "allege", "maintain", "mention", "reiterate", "repeat", "boast", "counter",
    "conclude", "disclose", "reveal", "threaten", "accuse", "criticize", "criticise", "blast",
    "slam", "praise", "ask", "demand", "propose", "recommend", "advise", "inform", "assure",
    "reassure", "retort", "shout", "yell", "whisper", "scream", "chant", "post", "blog",
    "estimate", "indicate", "signal", "hint", "speculate", "lament", "muse", "agree", "disagree",
    "object", "protest", "proclaim", "affirm", "reaffirm", "stipulate", "specify", "clarify",
    "elaborate", "tout", "brag", "concur", "forecast", "guarantee", "swear", "wonder", "question",
    "dismiss", "counsel", "plead", "beg", "instruct", "order", "rule", "judge", "find", "speak",
    "talk", "press", "push", "appeal"
})

# Verbs of holding true, knowing and showing: attributions too, but not speech.
OTHER_VERBS: frozenset[str] = frozenset({
    "believe", "think", "know", "feel", "hope", "expect", "fear", "worry", "show", "learn",
    "understand", "doubt", "suspect", "consider", "assume", "reckon", "realize", "realise",
    "recognize", "recognise", "imagine", "guess", "figure", "sense", "trust", "indicate",
    "demonstrate", "prove", "suggest", "reveal"
})

# Verbs of stance and intent: attributions when they govern a clause, an object or an
# infinitive ("vowed to", "wants to", "condemned the attack").
STANCE_VERBS: frozenset[str] = frozenset({
    "want", "plan", "seek", "intend", "refuse", "decline", "support", "oppose", "endorse", "cite",
    "criticize", "attack", "condemn", "mock", "praise", "blame", "defend", "reject", "dismiss",
    "propose", "discuss", "vow", "pledge", "promise", "urge", "call", "demand", "insist",
    "threaten", "hope", "expect", "aim", "agree", "offer"
})

CUE_VERBS: frozenset[str] = SPEECH_VERBS | OTHER_VERBS | STANCE_VERBS

# Cue verbs whose direct object is the content ("denied any role", "cited the report").
OBJECT_VERBS: frozenset[str] = frozenset({
    "say", "deny", "claim", "acknowledge", "note", "mention", "announce", "confirm", "promise",
    "pledge", "vow", "cite", "criticize", "attack", "condemn", "mock", "praise", "blame", "defend",
    "reject", "dismiss", "propose", "demand", "endorse", "support", "oppose", "admit", "predict",
    "report", "reveal", "disclose", "repeat", "reiterate", "question", "describe", "want", "seek"
})

# Cue verbs whose direct object is the person addressed, not the content.
ADDRESSEE_VERBS: frozenset[str] = frozenset({"tell", "ask", "inform", "urge", "assure",
                                             "warn", "remind", "call"})

# Prepositions that introduce what was talked about ("called for talks", "spoke of").
TOPIC_PREPS: dict[str, tuple[str, ...]] = {
    "call": ("for", "on"), "speak": ("of", "about"), "talk": ("about", "of"),
    "ask": ("about", "for"), "write": ("about", "of"), "warn": ("about", "of", "against"),
    "complain": ("about", "of"), "testify": ("about",), "argue": ("for", "against"),
    "press": ("for",), "push": ("for",), "plead": ("for",), "appeal": ("for",),
    "comment": ("on",), "remark": ("on",), "boast": ("about", "of"), "joke": ("about",),
}

# Cue verbs that, used without a clause or a quote, still report speech with an object
# complement: "called the plan a mistake".
NAMING_VERBS: frozenset[str] = frozenset({"call", "describe", "label", "brand", "dub", "term"})

# Verbs whose passive subject is the addressee, not the speaker ("X was asked").
ADDRESSEE_PASSIVE: frozenset[str] = frozenset({"ask", "tell", "question", "urge", "inform"})

PRONOUNS_PERSON: frozenset[str] = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_GROUP: frozenset[str] = frozenset({"it", "they", "them", "we", "us"})
DETERMINERS_DEFINITE: frozenset[str] = frozenset({"the", "this", "that"})
