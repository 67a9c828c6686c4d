"""Find event triggers in a sentence (their codes are worked out in ``resolution``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from redline.events import frames
from redline.events.lexicon import NO_EVENT, Entry, Lexicon
from redline.events.mishaps import NATURE
from redline.events.partaking import a_share, in_objects
from redline.events.prep_objects import object_entry
from redline.events.readiness import willing_readiness

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
WORD_DEPS = frozenset({"prt", "prep", "agent", "dative"})
OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
MODIFIER = "MOD_"  # class prefix: a modifier of the event noun ("hunger strike")
SERVED = "SERVED_"  # class prefix: the noun an infinitive serves ("weapons to use against")
PARTICLES = frozenset({"back", "out", "off", "down", "up", "away", "over"})
RESULTS = frozenset({"alight", "ablaze"})  # "set alight", tagged as an adverb
# natural and health hazards: an alert raised for one is a civil alert, no force posture (the
# accidents and nature of ``mishaps.NATURE``, with the illnesses and weather it does not name)
HAZARDS = NATURE | frozenset({"heat", "flu", "influenza", "covid", "coronavirus", "cholera",
                              "ebola", "smog", "weather"})
HAZARD_PREPS = frozenset({"for", "over", "on", "about", "of"})
OBJECT_CLASSES = frozenset({"ALERT", "JUDGMENT"})  # classes a verb with no preposition
# takes from its own object only (r12-17n: "raised its alert level", "handed down sentences")
# sums whose "in" phrase names what they are: "$90 million in food assistance"
MONEY = frozenset({"million", "billion", "$", "dollar", "euro", "pound", "sum", "worth"})
# modifiers that make a weapon or gas chemical: "poison gas", "chemical weapons", "nerve
# agent" (only on such heads: "toxic rhetoric", "chemical plant" are no weapons)
CHEMICAL_MODS = frozenset({"chemical", "poison", "poisonous", "toxic", "nerve"})
CHEMICAL_HEADS = frozenset({"gas", "weapon", "bomb", "agent", "munition", "shell", "projectile",
                            "rocket", "missile", "substance", "attack"})
# heads whose "of" phrase names what they are: "a state of siege", "ten days of war games"
PARTITIVE = frozenset({"state", "series", "wave", "number", "part", "batch", "shipment",
                       "consignment", "convoy", "ton", "thousand", "hundred", "dozen", "million",
                       "day", "week", "month", "round", "package", "amount", "quantity",
                       "barrage", "volley", "salvo", "load", "kind", "type", "form", "worth",
                       "total",
                       # r16-17c: "a lot of weapons", "100kg of explosives", "a stash of arms"
                       "lot", "kg", "kilogram", "kilo", "tonne", "stash", "haul"})
# event nouns whose "of" object decides their sense: the execution of prisoners is a killing,
# the execution of a plan or an agreement none (lexicon: "noun execution of +PLAN -")
OF_SENSE = frozenset({"execution"})
# head classes whose compound modifier still tells the kind (r11-17: "an observation post")
KIND_HEADS = ({"AGREEMENT"}, {"OFFICE"})
# a post or point held by forces or at a border is a base ("a military post", "a border post",
# "a police post"; review r11), not a job
GUARD_POSTS = frozenset({"post", "point"})
GUARD_MODS = frozenset({"military", "army", "border", "police", "security",
                        "observation", "guard", "sentry", "frontier"})
HELD_AS = frozenset({"hostage", "captive"})
# where unrest "crushed" is a rival beaten, not repressed ("crushed the opposition at the polls")
ELECTORAL = frozenset({"poll", "polls", "election", "vote", "ballot", "primary", "runoff",
                       "referendum"})
# things held hostage in a figure of speech ("held the budget hostage"); not a lexicon class,
# which would change how these nouns read their modifiers
HELD_THINGS = frozenset({"economy", "world", "country", "nation", "region", "continent",
                         "process", "talk", "talks", "negotiation", "budget", "government",
                         "future", "election", "deal", "agreement", "policy", "bill", "law",
                         "vote", "market", "supply", "energy"})


# help of a military kind is military aid ("provided military intelligence to X")
MILITARY = frozenset({"military", "defence", "defense", "security", "lethal", "army"})
MILITARY_KINDS = frozenset({"AID", "SUPPORT", "EVIDENCE"})
ARMED = frozenset({"armed", "paramilitary", "militant", "rebel", "guerrilla", "insurgent"})


@dataclass(slots=True)
class Hit:
    """A trigger: its token, the lexicon entry, and the code after frames (None: no event)."""

    tok: Token
    entry: Entry
    last: Token
    code: str | None = None
    comp: Token | None = None
    frame: str | None = None
    consumed: bool = False
    resolved: bool = False
    intent_fold: bool = False
    demand_of: Token | None = None  # a "X said Y must ..." demand: the complement's verb
    extra: dict[str, str] = field(default_factory=dict)


def has_clause(sent: Span) -> bool:
    """A sentence with a finite verb (headline fragments, lists and table rows have none); a
    root participle with an active subject and no auxiliary is a finite past the tagger
    missed ("Greece condemned as unacceptable the decision")."""
    return len(sent) >= 3 and (any(t.tag_ in FINITE for t in sent) or finite_participle(
        sent.root))


def misparsed_main_verb(tok: Token) -> bool:
    """A participle the parser hung on the subject of a verbless sentence, though it is the
    main verb: it takes an object or is coordinated with a finite past ("Doctors from two aid
    groups donated and delivered goods to X")."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    root = tok.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not (
            tok.head.i == root.i or (tok.head.dep_ == "pobj" and tok.head.head.head.i == root.i)):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("agent", "auxpass") for c in kids):
        return False
    return any(c.dep_ == "dobj" or (c.dep_ == "conj" and c.tag_ == "VBD") for c in kids)


def finite_participle(tok: Token) -> bool:
    """A past participle used as a finite past tense: it has an active subject and no
    auxiliary ("Greece condemned as ...")."""
    kids = [c.dep_ for c in tok.children]
    return tok.tag_ == "VBN" and "nsubj" in kids and not any(
        d in ("aux", "auxpass", "nsubjpass") for d in kids)


def _words_and_classes(lex: Lexicon, tok: Token) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    classes: set[str] = set()
    for child in tok.children:
        if child.dep_ in WORD_DEPS:
            words.add(child.lower_)
            words.update(g.lower_ for g in child.children if g.dep_ in ("prep", "prt"))
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    classes |= _noun_classes(lex, pobj)
        elif child.dep_ in OBJ_DEPS:
            words.add(child.lemma_.lower())
            classes |= _noun_classes(lex, child)
        elif for_clause(child):
            words.add("for")  # "pushed for the US to back the plan"
        elif child.dep_ == "advmod" and child.lower_ in PARTICLES | RESULTS:
            words.add(child.lower_)  # "hit back at", tagged as an adverb
        elif child.dep_ in ("npadvmod", "compound") and child.i == tok.i - 2 and (
                tok.doc[tok.i - 1].tag_ == "HYPH"):
            words.add(child.lower_)  # a hyphenated prefix: "test-fired"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        words.add(tok.head.lemma_.lower())  # "tariffs imposed by X": the noun is the object
        classes |= _noun_classes(lex, tok.head)
    if tok.dep_ in ("acl", "relcl", "advcl") and not any(
            c.dep_ == "dobj" for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "weapons to use against X": what the infinitive acts on is the noun (or the
        # object of the verb) it serves
        heads = [tok.head] if tok.dep_ != "advcl" else [
            c for c in tok.head.children if c.dep_ == "dobj"]
        for head in heads:
            classes |= {SERVED + c for c in _noun_classes(lex, head)}
    shifted = _shifted_past_measure(tok)
    if shifted is not None:
        words.add(shifted.lemma_.lower())
        classes |= _noun_classes(lex, shifted)
    return words, classes


def _shifted_past_measure(tok: Token) -> Token | None:
    """"shortened by one hour the curfew": an object moved after an active verb's "by"
    measure, which the parser reads as a passive agent and hangs elsewhere."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    if agent is None or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children):
        return None
    after = agent.right_edge.i + 1
    if after >= len(tok.doc) or tok.doc[after].dep_ not in ("det", "amod", "compound"):
        return None
    noun = tok.doc[after]
    while noun.dep_ in ("det", "amod", "compound", "nummod") and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.pos_ == "NOUN" else None


def for_clause(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for"
                                       for c in tok.children)


def _noun_classes(lex: Lexicon, tok: Token) -> set[str]:
    """Classes of the noun, of its conjuncts, and of its compound modifiers ("mediation
    efforts", "aid deliveries")."""
    out = set(lex.classes_of(tok.lemma_.lower())) | set(lex.classes_of(tok.lower_))
    for other in tok.conjuncts:
        out |= lex.classes_of(other.lemma_.lower())
    if out & MILITARY_KINDS and any(c.dep_ in ("amod", "compound") and c.lower_ in MILITARY
                                    for n in (tok, *tok.conjuncts) for c in n.children):
        out.add("MILAID")  # "military aid", "military intelligence"
    if "RALLY" in out and any(c.dep_ == "amod" and c.lower_ in ARMED for c in tok.children):
        out = (out - {"RALLY"}) | {"TROOPS"}  # "armed groups" are forces
    out |= _chemical(lex, tok)
    if tok.lemma_.lower() in GUARD_POSTS and any(
            c.dep_ in ("amod", "compound") and c.lower_ in GUARD_MODS for c in tok.children):
        return {"BASE"}
    if not out or out in KIND_HEADS:  # the head's own class wins ("weapons inspectors" are
        # inspectors), but an agreement or a post is of its kind ("a ceasefire agreement",
        # "an observation post", "a border post")
        for other in tok.children:
            if other.dep_ == "compound" or (other.dep_ == "amod" and not out):
                out |= lex.classes_of(other.lemma_.lower())  # "missile test", "nuclear test"
            elif other.dep_ == "prep" and other.lower_ == "of" and (
                    tok.lemma_.lower() in PARTITIVE | OF_SENSE):  # "a state of siege"
                out |= {c for p in other.children if p.dep_ == "pobj"
                        for c in _noun_classes(lex, p)}  # "a total of 56 observation points"
            elif other.dep_ == "prep" and other.lower_ == "in" and tok.lemma_.lower() in MONEY:
                out |= {c for p in other.children if p.dep_ == "pobj"
                        for c in lex.classes_of(p.lemma_.lower())}
    return out


def _chemical(lex: Lexicon, tok: Token) -> set[str]:
    """A weapon, gas or bomb with a chemical modifier ("poison gas", "a chlorine bomb")."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    if any("CHEMICAL" in lex.classes_of(c.lemma_.lower()) for c in mods) or (
            tok.lemma_.lower() in CHEMICAL_HEADS and any(c.lower_ in CHEMICAL_MODS for c in mods)):
        return {"CHEMICAL"}
    return set()


def _light_objects(tok: Token) -> list[Token]:
    """A light verb's object, else the noun after its "in" ("engaged in ethnic cleansing",
    "took part in talks")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    if not objs or all(c.dep_ == "nsubjpass" or a_share(c) for c in objs):
        objs += in_objects(tok)  # "took part in talks" (partaking.py)
    return objs


def noun_entry(lex: Lexicon, noun: Token, classes: set[str],
               words: frozenset[str] = frozenset()) -> Entry | None:
    """The noun's entry by lemma, else by its own form ("war games"); an entry its
    preposition's object selects first ("the war on drugs": prep_objects.py)."""
    lemma = noun.lemma_.lower()
    entry = object_entry(lex, noun, lemma, lambda n: _noun_classes(lex, n)) if words else None
    entry = entry or lex.match("noun", lemma, words, classes)
    if entry is None and noun.lower_ != noun.lemma_.lower():
        entry = lex.match("noun", noun.lower_, words, classes)
    if entry is None and noun.i >= 2 and noun.doc[noun.i - 1].text == "-":
        joined = f"{noun.doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"  # "sit-in", "walk-out"
        entry = lex.match("noun", joined, words, classes)
    return entry


def noun_keyed(lex: Lexicon, noun: Token) -> bool:
    """Whether the noun table holds a key ``noun_entry`` looks up (lemma, own form, "sit-in"):
    without one it finds nothing, so its classes need not be read."""
    table = lex.entries.get("noun", {})
    lemma = noun.lemma_.lower()
    if lemma in table or noun.lower_ in table:
        return True
    i = noun.i
    return i >= 2 and noun.doc[i - 1].text == "-" and f"{noun.doc[i - 2].lower_}-{lemma}" in table


def modifier_classes(lex: Lexicon, tok: Token) -> set[str]:
    """Classes of an event noun's modifiers, as ``MOD_CLASS`` ("hunger strike", "drone
    strike"): an entry written ``+MOD_CLASS`` needs such a modifier."""
    return {MODIFIER + c for m in tok.children if m.dep_ in ("compound", "amod")
            for c in lex.classes_of(m.lemma_.lower())}


def _prep_words(tok: Token) -> frozenset[str]:
    """The prepositions an event noun governs ("a call for", "a call on")."""
    return frozenset(c.lower_ for c in tok.children if c.dep_ == "prep")


def modified_kind(noun: Entry) -> bool:
    """A noun entry that needs a modifier's class: it names a kind of the act the light verb's
    class entry codes ("launched a cyber attack" is a cyber attack, not an attack)."""
    return bool(noun.cls and noun.cls.startswith(MODIFIER))


def _light_noun(lex: Lexicon, tok: Token) -> tuple[Entry, Token] | None:
    """A light verb's event noun object ("held talks", "launched 10 days of war games")."""
    for child in _light_objects(tok):
        inner = [g for g in child.children if g.dep_ == "compound"] + [
            p for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]
        for noun in filter(lambda n: noun_keyed(lex, n), [child, *inner]):
            entry = noun_entry(lex, noun, _noun_classes(lex, noun) | modifier_classes(lex, noun),
                               _prep_words(noun))
            if entry is not None:
                return entry, noun
    return None


def _lemma(lex: Lexicon, tok: Token, pos: str) -> str:
    """The token's lemma, or a suffix-stripped form when the tagger's lemma is unknown."""
    lemma = tok.lemma_.lower()
    table = lex.entries.get(pos, {})
    if lemma in table:
        return lemma
    low = tok.lower_
    known = lex.light if pos == "verb" else frozenset()  # "staged" (tagged 'stag') -> stage
    for cut, add in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""),
                     ("ing", ""), ("ing", "e")):
        if low.endswith(cut) and (low[: -len(cut)] + add in table or (
                low[: -len(cut)] + add in known)):
            return low[: -len(cut)] + add
    return lemma


def _light_hit(lex: Lexicon, tok: Token, entry: Entry | None) -> Hit | None:
    """A light verb's event noun, when the verb has no entry of its own, only a bare one, or a
    class entry that yields to the noun's modified kind ("launched a cyber attack")."""
    plain = entry is None or entry.specificity == 0
    found = _light_noun(lex, tok) if plain or (entry is not None and entry.cls) else None
    if found is None or not (plain or modified_kind(found[0])):
        return None
    light_entry, noun = found
    last = noun if 0 < noun.i - tok.i <= 4 else tok
    extra = {"noun": str(noun.i)}
    if any(a.dep_ == "prep" and a.head.i == tok.i for a in noun.ancestors):
        extra["stative"] = "1"  # "were engaged in X": the subject acts, passive or not
    return Hit(tok, light_entry, last, extra=extra)


def verb_hit(lex: Lexicon, tok: Token) -> Hit | None:
    lemma = _lemma(lex, tok, "verb")
    entry = None  # a lemma the table lacks matches nothing: its words are not read
    if lemma in lex.entries.get("verb", {}):
        entry = lex.match("verb", lemma, *_words_and_classes(lex, tok))
    light = _light_hit(lex, tok, entry) if lemma in lex.light else None
    if light is not None:
        return light
    if entry is None and lex.fallback is not None:
        return verb_hit(lex.fallback, tok)  # the dictionary layer, where we code nothing
    return Hit(tok, entry, tok) if entry is not None else None


def find_hits(lex: Lexicon, sent: Span) -> dict[int, Hit]:
    """Every token of ``sent`` that the lexicon codes (before frames)."""
    hits: dict[int, Hit] = {}
    for tok in sent:
        hit: Hit | None = None
        if tok.tag_ in VERB_TAGS or tok.pos_ == "VERB":
            hit = verb_hit(lex, tok)
        elif tok.pos_ == "NOUN" and noun_keyed(lex, tok):
            entry = noun_entry(lex, tok, _noun_classes(lex, tok) | modifier_classes(lex, tok),
                               _prep_words(tok))
            hit = Hit(tok, entry, tok) if entry is not None else None
        elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "ROOT"):
            entry = lex.match("adj", tok.lemma_.lower(), set(), set())
            hit = Hit(tok, entry, tok) if entry is not None else None
        if hit is not None and hit.entry.code != NO_EVENT and not _figurative(lex, hit) and (
                not _held_figuratively(hit)) and not _beaten_at_the_polls(hit) and (
                not _civil_alert(hit)) and not _class_off_object(lex, hit) and (
                not willing_readiness(hit.entry.cls, tok)):  # "readiness to take in" (r13-17)
            hits[tok.i] = hit
    for hit in hits.values():
        noun_i = hit.extra.get("noun")
        if noun_i is not None and int(noun_i) in hits:
            hits[int(noun_i)].consumed = True
        if hit.entry.pos == "verb" and hit.entry.cls is not None:
            # a coerced object's own act ("ordered the newspaper to suspend publication")
            # is part of the coercion, not the coercer's second event
            deps = OBJ_DEPS | {"xcomp"} if hit.entry.code[:2] == "17" else OBJ_DEPS
            for child in hit.tok.children:
                if child.dep_ in deps and child.i in hits:
                    hits[child.i].consumed = True
    return hits


def _figurative(lex: Lexicon, hit: Hit) -> bool:
    """A violent event noun used figuratively: "a charm offensive", "a trade war", "a war of
    words"."""
    if hit.entry.code[:2] not in frames.FORCE_ROOTS:
        return False
    if hit.entry.pos == "noun":
        nouns = [hit.last]
    elif hit.entry.cls is not None:  # "launched a charm offensive"
        nouns = [c for c in hit.tok.children if c.dep_ in OBJ_DEPS]
    else:
        return False
    mods = [c for n in nouns for c in n.children if c.dep_ in ("compound", "amod")]
    mods += [p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any("FIGURATIVE" in lex.classes_of(m.lemma_.lower()) for m in mods)


def _held_figuratively(hit: Hit) -> bool:
    """"holding Europe / the budget / the talks hostage": a place or a thing (HELD_THINGS)
    held hostage or captive is a figure of speech, no abduction; people held are."""
    if hit.entry.pos != "verb" or not HELD_AS & set(hit.entry.words):
        return False
    objs = [c for c in hit.tok.children if c.dep_ in OBJ_DEPS]
    held = [c for o in objs if o.lower_ in HELD_AS for c in o.children if c.dep_ == "compound"]
    held += [o for o in objs if o.lower_ not in HELD_AS]
    return any(h.ent_type_ in ("GPE", "LOC") or h.lemma_.lower() in HELD_THINGS for h in held)


def _civil_alert(hit: Hit) -> bool:
    """An alert (class ALERT) raised or kept for a natural or health hazard: "raised the alert
    level for the volcano", "heightened its flood alert", "on alert over the outbreak" is no
    force posture. The hazard sits in the object or in a "for/over/on/about/of" phrase (not in
    a time phrase: "after the earthquake")."""
    if hit.entry.cls != "ALERT":
        return False
    objs = [c for c in hit.tok.children if c.dep_ in OBJ_DEPS]
    near = [t for o in objs for t in o.subtree]
    near += [t for h in (hit.tok, *objs) for c in h.children
             if c.dep_ == "prep" and c.lower_ in HAZARD_PREPS for t in c.subtree]
    return any(t.lemma_.lower() in HAZARDS or t.lower_ in HAZARDS for t in near)


def _class_off_object(lex: Lexicon, hit: Hit) -> bool:
    """A raised alert or a handed-down judgment (OBJECT_CLASSES, "raise +ALERT", "hand down
    +JUDGMENT": no preposition) whose class names no object of the verb but a preposition's
    ("increased gas prices during the alert", "handed down a ruling on the conviction"): the
    verb acted on something else."""
    entry = hit.entry
    if entry.cls not in OBJECT_CLASSES or entry.pos != "verb" or not set(entry.words) <= PARTICLES:
        return False
    objs = [c for c in hit.tok.children if c.dep_ in OBJ_DEPS]
    if hit.tok.dep_ == "acl":
        objs.append(hit.tok.head)  # "the alert level raised by Japan"
    return not any(entry.cls in _noun_classes(lex, o) for o in objs)


def _beaten_at_the_polls(hit: Hit) -> bool:
    """Unrest crushed (class UNREST) "at the polls" or "in Sunday's vote": a rival beaten in
    a contest, no repression."""
    if hit.entry.cls != "UNREST":
        return False
    heads = [hit.tok, *(c for c in hit.tok.children if c.dep_ in OBJ_DEPS)]
    return any(p.lemma_.lower() in ELECTORAL or p.lower_ in ELECTORAL
               for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
               for p in c.children if p.dep_ == "pobj")
