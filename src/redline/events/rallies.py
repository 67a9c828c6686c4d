"""Rallies and marches that are no protest (r11-16), found on real pages outside the gold.

- a candidate's rally in a story about an election campaign: "drew thousands to rallies in
  Iowa", "has addressed big, boisterous rallies in California", "at town hall meetings and
  rallies" (supporters gathered, nothing protested); a rally against or over something, or
  one told with protest words, stays a protest;
- "on the march": a group or a trend advancing ("the Islamic State is on the march"), no
  march of protesters unless protest words are in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

PLACES = frozenset({"GPE", "NORP", "LOC", "FAC"})

# words of a race for office; "campaign", "primary" and "delegates" count only beside one
# of the race's own words (a bombing campaign, a primary concern, delegates to talks), and
# "presidential" not at all (the presidential palace, guard or spokesman: an office)
RACE_WORDS = frozenset({"candidate", "caucus", "caucuses", "primaries", "nominee",
                        "nomination", "frontrunner", "front-runner", "stump", "reelection",
                        "re-election", "candidacy"})
CAMPAIGN_WORDS = RACE_WORDS | {"campaign", "primary", "delegate", "delegates"}
PROTEST_WORDS = frozenset({"protest", "protester", "protestor", "demonstrator", "demonstration",
                           "marcher", "demand", "against", "over", "opposition", "strike",
                           "petition", "police", "tear", "riot", "crowd", "chant", "banner"})
_KEY = "redline_campaign_story"


# words beside a rally that make it a candidate's ("a campaign rally", "rallied supporters")
NEAR_RALLY = frozenset({"campaign", "supporters", "voters", "fans", "reelection",
                        "re-election", "fundraiser", "stump"})


def campaign_rally(tok: Token) -> bool:
    """A candidate's rally: one held by a person, one with campaign words beside it, or one
    with no cause or protest word in its sentence in a campaign story."""
    if tok.lemma_.lower() == "rally" and candidates_rally(tok):
        return True
    if not NEAR_RALLY.isdisjoint(t.lower_ for t in tok.doc[max(tok.i - 4, 0): tok.i + 5]):
        return True
    if _sentence_lemmas(tok) & PROTEST_WORDS:
        return False
    return _campaign_story(tok.doc)


def candidates_rally(tok: Token) -> bool:
    """A rally of one person's: "Trump's rallies", "a Cruz rally", "his rallies", "holding a
    rally" by one person, "rallied young people" (supporters gathered, no protest); a rally
    "against" something stays a protest."""
    if any(c.dep_ == "prep" and c.lower_ in ("against", "outside") for c in tok.children):
        return False
    if tok.pos_ == "VERB":
        return any(c.dep_ == "dobj" for c in tok.children)
    return any(c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON")
               and c.ent_type_ not in PLACES for c in tok.children)


def on_the_march(tok: Token) -> bool:
    """"is on the march": the noun "march" governed by "on", no protest words about."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "on":
        return False
    return not (_sentence_lemmas(tok) - {"march"}) & PROTEST_WORDS


def _campaign_story(doc: Doc) -> bool:
    """Three or more campaign words in the document, one of them a race's own (counted once
    per document)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        words = [t.lower_ for t in doc if t.lower_ in CAMPAIGN_WORDS]
        found = len(words) >= 3 and not RACE_WORDS.isdisjoint(words)
        doc.user_data[_KEY] = found
    return bool(found)


def _sentence_lemmas(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.sent}
