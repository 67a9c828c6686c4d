"""Event words in senses that tell of no act (found on news pages outside the gold, r10-16).

- a market's close: "Alibaba shares closed at $185.25, up 0.35%", "the index closed 2
  percent higher", "Apple closed at $250": a price at the end of trading, no closure (172);
  "Turkey closed its border", "the government closed three newspapers" stay;
- a remark on what is notable: "It's striking that tensions are rising", "what is striking is
  the silence": an evaluation, no attack ("it is striking rebel positions" stays: an object);
- a mood, a chance or a prize taken: "capturing the frustration of many Americans", "seized
  the opportunity", "captured the nomination": no seizure ("captured the town" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.model import Event

MARKETS = frozenset({"share", "stock", "index", "market", "price", "bond", "currency",
                     "dollar", "euro", "yen", "yuan", "rupee", "ruble", "rouble", "pound",
                     "future", "trading", "exchange", "bourse", "dow", "nasdaq", "nikkei",
                     "ftse", "dax", "hang", "sensex", "oil", "gold", "crude", "benchmark"})
FIGURES = frozenset({"MONEY", "PERCENT"})
DIRECTIONS = frozenset({"up", "down", "higher", "lower", "flat", "unchanged"})
VIOLENCE = frozenset({"18", "19", "20"})
TAKING = frozenset({"capture", "seize", "grab", "grasp"})
INTANGIBLES = frozenset({"frustration", "imagination", "attention", "mood", "spirit", "essence",
                         "moment", "heart", "anger", "sentiment", "feeling", "zeitgeist", "fear",
                         "hope", "anxiety", "discontent", "enthusiasm", "interest", "momentum",
                         "initiative", "headline", "spotlight", "limelight", "opportunity",
                         "chance", "nomination", "title", "award", "prize", "lead", "trophy",
                         "medal", "championship", "vote", "support", "nuance", "tone", "idea"})


def idle_sense(event: Event, tok: Token) -> bool:
    """``event`` (triggered by ``tok``) is one of the senses of the module: no act."""
    if tok.lemma_.lower() == "close" and event.cameo_root == "17":
        return _market_close(tok)
    if tok.lemma_.lower() in TAKING and event.cameo_root in ("17", *VIOLENCE):
        return _intangible(tok)
    return event.cameo_root in VIOLENCE and _notable(tok)


def _intangible(tok: Token) -> bool:
    """What is taken is a mood, a chance or a prize ("capturing the frustration of ...")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in INTANGIBLES for o in objects)


def _market_close(tok: Token) -> bool:
    if any(c.dep_ == "dobj" for c in tok.children):
        return False  # "closed its border"
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in MARKETS for s in subjects):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in DIRECTIONS for c in tok.children) or any(
        g.ent_type_ in FIGURES for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"
        for g in c.subtree)


def _notable(tok: Token) -> bool:
    """"It's striking that ...", "what is striking": no object, an expletive or "what"."""
    if tok.lower_ != "striking" or any(c.dep_ == "dobj" and c.lower_ not in ("that", "how")
                                        for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "what") for c in tok.children)
