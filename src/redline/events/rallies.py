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
    """A rally with campaign words beside it, or one with no cause or protest word in its
    sentence in a campaign story."""
    if not NEAR_RALLY.isdisjoint(t.lower_ for t in tok.doc[max(tok.i - 4, 0): tok.i + 5]):
        return True
    if _sentence_lemmas(tok) & PROTEST_WORDS:
        return False
    return _campaign_story(tok.doc)


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
