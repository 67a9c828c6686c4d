"""Words that describe a speaker: bodies ("the ministry"), the bodies that may stand for a
country's state, roles ("the senator") and other nouns for persons ("a teacher")."""

from __future__ import annotations

GROUP_NOUNS: frozenset[str] = frozenset({
    "government", "ministry", "agency", "company", "newspaper", "paper", "campaign", "department",
    "committee", "administration", "party", "council", "office", "organization", "organisation",
    "group", "alliance", "court", "commission", "army", "military", "kremlin", "police", "union",
    "bank", "firm", "network", "report", "study", "poll", "survey", "statement", "embassy", "team",
    "house", "senate", "congress", "parliament", "cabinet", "fund", "foundation", "institute",
    "association", "federation", "coalition", "bureau", "service", "board",
})
# Descriptions that may stand for a country's state ("the government said").
STATE_NOUNS: frozenset[str] = frozenset({
    "government", "administration", "ministry", "kremlin", "army", "military", "cabinet",
    "embassy", "department", "police", "parliament", "congress", "senate", "house", "court",
})
ROLE_NOUNS: frozenset[str] = frozenset({
    "minister", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "president",
    "secretary", "chancellor", "senator", "envoy", "diplomat", "general", "leader", "premier",
    "governor", "ambassador", "commander", "chief", "adviser", "advisor", "candidate",
    "nominee", "lawmaker", "congressman", "congresswoman", "representative", "mayor", "king",
    "queen", "prince", "judge", "director", "officer", "negotiator", "prosecutor", "lawyer",
    "attorney", "founder", "executive", "chairman", "chairwoman", "speaker", "host", "author",
    "analyst", "economist", "professor", "businessman", "billionaire", "mogul",
    "businesswoman", "columnist", "surgeon", "neurosurgeon", "republican", "democrat",
})
PERSON_NOUNS = frozenset({
    "teacher", "farmer", "doctor", "nurse", "witness", "resident", "student", "soldier",
    "worker", "journalist", "reporter", "activist", "protester", "villager", "man", "woman",
    "survivor", "refugee", "pilot", "engineer", "expert", "researcher", "scientist", "source",
    "mother", "father", "voter", "owner", "driver", "fighter", "medic", "volunteer",
    # r11-19: people of campaigns and parties whom news describes rather than names
    "delegate", "donor", "supporter", "strategist", "consultant", "pollster",
})
