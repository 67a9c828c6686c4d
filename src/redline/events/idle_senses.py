"""Event words in senses that tell of no act (found on news pages outside the gold, r10-16).

- a market's close: "Alibaba shares closed at $185.25, up 0.35%", "the index closed 2
  percent higher", "Apple closed at $250": a price at the end of trading, no closure (172);
  "Turkey closed its border", "the government closed three newspapers" stay;
- a remark on what is notable: "It's striking that tensions are rising", "what is striking is
  the silence": an evaluation, no attack ("it is striking rebel positions" stays: an object).
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


def idle_sense(event: Event, tok: Token) -> bool:
    """``event`` (triggered by ``tok``) is one of the senses of the module: no act."""
    if tok.lemma_.lower() == "close" and event.cameo_root == "17":
        return _market_close(tok)
    return event.cameo_root in VIOLENCE and _notable(tok)


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
