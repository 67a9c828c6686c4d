"""Everyday senses of event words in political prose, which are no events of their type.

- competition: "beating Trump in a two-man race", "defeated her in the primary" (no assault);
- figures going up and rulings: "the odds shot up", "the court struck down limits", "struck a
  measured tone" (no assault);
- killing a thing: "killing journalism", "killed the bill" (no assault);
- taking an opening or a lead: "seized on the massacre", "closed in on the delegates",
  "locked up endorsements" (no seizure, closure or detention);
- fighting for or about something: "she will fight for families", "fighting about Obama"
  (no assault and no threat) unless weapons are in sight;
- no comment: "declined to comment", "refused to say whether" (no rejection);
- poll shares: "Clinton's support among women", "backed Trump, 57 percent to 22" (no support);
- opinions: "accepted that the outline was right", "agreed that it was serious" (no agreement);
  a promise with no act promised ("I promise you, our strength does not depend on him");
- showing, pleas and fuel: "as demonstrated by his departure" (no protest), "pleaded guilty"
  (no appeal), "burning fires for cooking" (no arson), "fighting dirty air" (no assault);
  "cancelled a rally" (no sanction: nothing between parties cancelled);
- questions: "asked, looking pleased", "asked about the Brotherhood", "asked reporters
  rhetorically" (no request: nothing asked for, no one asked to act); "called the remarks
  racist" (a name, no call for anything);
- no act at all (found on news pages outside the gold, r10-16):
  - a market's close: "Alibaba shares closed at $185.25, up 0.35%", "the index closed 2
    percent higher", "Apple closed at $250": a price at the end of trading, no closure (172);
    "Turkey closed its border", "the government closed three newspapers" stay;
  - a remark on what is notable: "It's striking that tensions are rising", "what is striking is
    the silence": an evaluation, no attack ("it is striking rebel positions" stays: an object);
  - a mood, a chance or a prize taken: "capturing the frustration of many Americans", "seized
    the opportunity", "captured the nomination": no seizure ("captured the town" stays);
  - an animal killed: "a hunter who killed and ate a wild rabbit", "farmers culled 2,000
    pigs": no assault (r11-16; "killed two soldiers" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from redline.events.finds import civil_find
from redline.model import Event

CONTESTS = frozenset({"race", "poll", "primary", "election", "vote", "ballot", "contest",
                      "caucus", "nomination", "delegate", "percent", "point", "matchup",
                      "game", "match", "runoff", "survey", "debate", "seat", "district"})
CONTEST_VERBS = frozenset({"beat", "defeat", "trounce", "rout", "crush", "edge", "best", "top"})
RISE_VERBS = frozenset({"shoot", "jump", "soar", "climb", "spike"})
RULINGS = frozenset({"law", "ban", "limit", "rule", "regulation", "policy", "measure", "order",
                     "provision", "statute", "act", "requirement", "restriction", "mandate",
                     "map", "program", "programme", "decision"})
STRIKE_FIGURES = frozenset({"tone", "chord", "balance", "note", "pose", "figure", "posture",
                            "nerve", "match", "blow", "bargain", "compromise", "deal"})
THINGS_KILLED = frozenset({"bill", "deal", "plan", "idea", "proposal", "journalism", "chance",
                           "hope", "momentum", "mood", "economy", "job", "measure", "reform",
                           "legislation", "amendment", "story", "investigation", "project",
                           "program", "programme", "industry", "business", "campaign",
                           "conversation", "debate", "agreement", "treaty", "buzz", "joke"})
FIGHTS = frozenset({"fight", "battle", "combat", "wrestle", "clash", "spar", "feud"})
CAUSES = frozenset({"for", "about", "over"})
NO_COMMENT = frozenset({"comment", "say", "discuss", "elaborate", "respond", "answer",
                        "confirm", "disclose", "reveal", "specify", "identify", "detail",
                        "speculate", "explain", "characterize", "describe", "reply"})
POLL_WORDS = frozenset({"percent", "%", "poll", "polling", "survey", "rating", "approval",
                        "margin", "points", "point", "voter", "respondent", "electorate"})
SUPPORT_WORDS = frozenset({"support", "back", "backing", "prefer", "favor", "favour"})
OPINION_VERBS = frozenset({"accept", "concede", "acknowledge"})
PROMISES = frozenset({"promise", "vow", "pledge", "swear"})
ASK_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
WEAPONS = frozenset({"gun", "weapon", "troop", "troops", "army", "soldier", "militant",
                     "rebel", "bomb", "bombing", "bomber", "missile", "rocket", "artillery",
                     "war", "military", "insurgent", "shell", "airstrike", "fighter", "jet",
                     "tank", "front", "kill", "attack", "force", "police", "clash", "shoot",
                     "shooting", "explosion", "suicide", "strike", "raid", "armed", "casualty",
                     "dead", "death", "wound", "injure", "militia", "terrorist", "jihadist"})

KILLING = frozenset({"kill", "shoot", "slaughter", "cull", "hunt", "poison", "butcher", "trap"})
ANIMALS = frozenset({"animal", "rabbit", "hare", "deer", "boar", "bear", "wolf", "fox", "dog",
                     "cat", "bird", "duck", "goose", "pigeon", "elephant", "rhino", "rhinoceros",
                     "lion", "tiger", "leopard", "shark", "whale", "dolphin", "seal", "fish",
                     "snake", "crocodile", "alligator", "pig", "cow", "cattle", "sheep", "goat",
                     "chicken", "livestock", "horse", "camel", "monkey", "gorilla", "bat",
                     "rat", "mouse", "squirrel", "badger", "moose", "elk", "bison", "buffalo",
                     "turkey", "pheasant", "marmot", "wildlife", "poultry", "kangaroo"})

MEETINGS = frozenset({"visit", "trip", "meeting", "talk", "summit", "agreement", "deal",
                      "contract", "treaty", "exercise", "drill", "sale", "order", "flight",
                      "program", "programme", "invitation", "accord", "exchange", "tour",
                      "conference", "negotiation", "cooperation", "project", "purchase",
                      "delivery", "partnership", "membership", "license", "licence", "visa"})
FUELS = frozenset({"fire", "wood", "coal", "fuel", "oil", "gas", "candle", "calorie",
                   "incense", "crop", "stubble", "waste", "garbage", "trash"})
ARMED = frozenset({"terror", "terrorism", "terrorist", "extremism", "extremist", "militancy",
                   "insurgency", "jihad", "jihadism", "piracy", "rebellion", "enemy",
                   "occupation", "aggression", "invasion", "invader", "separatist"})
GIVEN_WORDS = frozenset({"speech", "address", "remark", "interview", "talk", "lecture",
                         "whirl", "try", "look", "nod", "account", "answer", "testimony",
                         "briefing", "sermon", "toast", "thought", "impression", "reason"})
ACTOR_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def no_event(event: Event, tok: Token) -> bool:
    """``event`` (with ``tok``, its trigger's head) is an everyday sense of its word."""
    lemma = tok.lemma_.lower()
    objs = _object_lemmas(tok)
    root = event.cameo_root
    if _idle(event, tok):
        return True
    if root == "17" and civil_find(tok):
        return True  # "discovered a copper mine": no seizure (r9-16)
    if root in ("18", "19", "20", "13", "17"):
        return _not_force(lemma, tok, objs)
    if event.plover == "PROTEST":
        return lemma == "demonstrate" and _shown(tok)  # a rally: rallies.campaign_rally
    if event.plover == "CONSULT" and lemma == "call" and tok.pos_ == "NOUN":
        return _demand_call(tok)  # "his call that X share the recording", "calls to ban"
    if event.plover == "CONCEDE" and lemma in OPINION_VERBS | {"admit"}:
        return any(c.dep_ == "ccomp" for c in tok.children)  # "conceded he had fallen short"
    if event.plover == "SANCTION" and lemma in ("cancel", "call"):
        return bool(objs) and not objs & MEETINGS
    if event.plover == "SUPPORT":
        return lemma in SUPPORT_WORDS and bool(_sentence_lemmas(tok) & POLL_WORDS)
    if event.plover == "AGREE":
        return _opinion(lemma, tok) or _empty_promise(lemma, tok)
    if event.plover == "REQUEST":
        return _bare_question(lemma, tok) or _plea(lemma, tok)
    return False


def only_said(event: Event, tok: Token) -> bool:
    """A statement, not an event of ``event``'s type: "declined to comment" (no rejection),
    "gave a defiant speech" (no aid or concession), "called the remarks racist" (no request):
    coded as a plain statement (010), as CAMEO codes declining to comment."""
    lemma = tok.lemma_.lower()
    if event.cameo_root == "01":
        return False
    if lemma in ("decline", "refuse") and _xcomp_lemma(tok) in NO_COMMENT:
        return True
    if lemma == "give" and _object_lemmas(tok) & GIVEN_WORDS:
        return True
    return event.plover == "REQUEST" and _named(lemma, tok)


def _sentence_lemmas(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.sent}


def _not_force(lemma: str, tok: Token, objs: set[str]) -> bool:
    if lemma in CONTEST_VERBS and _in_contest(tok):
        return True
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if lemma in RISE_VERBS and "up" in particles:
        return True
    if lemma == "strike" and ("down" in particles and (not objs or objs & RULINGS)
                              or objs & STRIKE_FIGURES):
        return True
    if lemma == "kill" and objs and objs <= THINGS_KILLED:
        return True
    if _phrasal(lemma, tok, particles, objs):
        return True
    if lemma == "set" and "deadline" in objs and not _deadline_for_someone(tok):
        return True  # "set a deadline of June for a deal": a schedule, no ultimatum
    if lemma in KILLING and _animals_only(tok, objs):
        return True  # "a hunter who killed and ate a wild rabbit" (r11-16)
    if lemma == "burn" and objs & FUELS:
        return True  # "burning fires for cooking", "burning coal"
    if lemma in FIGHTS and not (_sentence_lemmas(tok) & WEAPONS):
        return any(c.dep_ == "prep" and c.lower_ in CAUSES for c in tok.children) or bool(
            objs and not objs & ARMED and not _actor_object(tok))  # "fighting dirty air"
    return False


def _animals_only(tok: Token, objs: set[str]) -> bool:
    """What is killed is animals only: the objects with those joined to them ("shot a dog
    and two villagers" is not), or the object of a verb joined to it ("killed and ate a
    rabbit")."""
    verbs = [tok] if objs else [c for c in tok.children if c.dep_ == "conj"]
    found = {o.lemma_.lower() for v in verbs for g in v.children if g.dep_ == "dobj"
             for o in (g, *g.conjuncts)}
    return bool(found) and found <= ANIMALS


def _deadline_for_someone(tok: Token) -> bool:
    """A deadline set to someone: "set Russia a deadline", "a deadline for Syria to
    withdraw", "a deadline for Iran" (review r11)."""
    for t in tok.subtree:
        if (t.dep_ == "dative" and t.head.i == tok.i) or (t.dep_ == "mark" and t.lower_ == "for"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "for" and (
                t.ent_type_ in ACTOR_TYPES or t.pos_ in ("PROPN", "PRON")):
            return True
    return False


def _actor_object(tok: Token) -> bool:
    return any(o.ent_type_ in ACTOR_TYPES or o.pos_ in ("PROPN", "PRON")
               for o in tok.children if o.dep_ == "dobj")


GAINS = frozenset({"gap", "deal", "nomination", "endorsement", "support", "vote", "delegate",
                   "seat", "race", "win", "victory", "majority", "lead", "margin", "ground"})


def _in_contest(tok: Token) -> bool:
    """"beating Trump in a two-man race", "defeated her in the primary"."""
    return any(p.dep_ == "prep" and any(o.lemma_.lower() in CONTESTS for o in p.children)
               for p in tok.children)


def _phrasal(lemma: str, tok: Token, particles: set[str], objs: set[str]) -> bool:
    """"seized on the massacre", "closing in on the delegates", "close the gap", "locked up
    endorsements": taking an opening or a lead, no one seized, shut or locked up."""
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if lemma in ("seize", "pounce", "jump") and after in ("on", "upon") and not objs:
        return True
    if lemma == "close" and ("in" in particles or objs & GAINS):
        return True
    return lemma == "lock" and "up" in particles and bool(objs & GAINS)


def _demand_call(tok: Token) -> bool:
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].tag_ == "VB":
        return True  # "calls to ban", however parsed
    return any(c.dep_ in ("acl", "ccomp", "relcl") and (
        any(g.lower_ in ("to", "that") for g in c.children if g.dep_ in ("aux", "mark")))
        or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children)


def _shown(tok: Token) -> bool:
    """"as demonstrated by his departure", "demonstrated its resolve", "demonstrated that":
    to show, not to protest."""
    return any(c.dep_ in ("dobj", "agent", "ccomp", "nsubjpass", "auxpass") for c in tok.children)


def _plea(lemma: str, tok: Token) -> bool:
    """"pleaded guilty", "pleads not guilty": a plea in court, no appeal."""
    return lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in tok.children)


def _object_lemmas(tok: Token) -> set[str]:
    out = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        out.add(tok.head.lemma_.lower())  # "the bill killed by the Senate"
    return out


def _xcomp_lemma(tok: Token) -> str:
    return next((c.lemma_.lower() for c in tok.children if c.dep_ == "xcomp"), "")


def _opinion(lemma: str, tok: Token) -> bool:
    """"accepted that the outline was right": a that-clause of fact, nothing agreed to do."""
    if lemma not in OPINION_VERBS:
        return False
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(comps) and not any(
        a.lower_ in ("will", "would", "'ll", "shall", "to") for c in comps for a in c.children
        if a.dep_ == "aux")


def _empty_promise(lemma: str, tok: Token) -> bool:
    """"I promise." / "I promise you, X is ...": nothing promised to be done."""
    if lemma not in PROMISES or tok.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in tok.children}
    if deps & {"xcomp", "dobj"}:
        return False
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    return not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                   for c in comps for a in c.children)


def _named(lemma: str, tok: Token) -> bool:
    """"called the remarks racist", "what the Times called a rough week": a name given."""
    return lemma == "call" and any(c.dep_ in ("oprd", "attr") or (
        c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")) for c in tok.children)


def _bare_question(lemma: str, tok: Token) -> bool:
    """An ask with nothing asked for: no "to"-clause, no "for", no "that"-clause, no object
    thing ("asked, looking pleased", "asked reporters rhetorically")."""
    if lemma not in ASK_VERBS or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp"):
            return False
        if c.dep_ == "prep" and c.lower_ == "for":
            return False
        if c.dep_ == "dobj" and c.ent_type_ not in ACTOR_TYPES and (
                c.pos_ not in ("PRON", "PROPN")) and c.lemma_.lower() not in (
                "reporter", "journalist", "voter", "audience", "crowd", "people"):
            return False
    return not any(c.dep_ == "dative" for c in tok.children)


# no act at all: a market's close, a remark on what is notable, a mood or a prize taken

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


def _idle(event: Event, tok: Token) -> bool:
    """No act at all: a market's close, "it's striking that", a mood or a prize taken."""
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
