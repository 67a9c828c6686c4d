"""Find event triggers in a sentence and resolve complement frames into one code each."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from redline.events import frames
from redline.events.dictionary import frames_complement
from redline.events.lexicon import NO_EVENT, Entry, Lexicon
from redline.events.modality import aux_words, is_negated

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
WORD_DEPS = frozenset({"prt", "prep", "agent", "dative"})
COMP_PREPS = frozenset({"to", "of", "for", "on", "against", "from", "in", "into"})
OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
MUST = frozenset({"must"})
SHOULD = frozenset({"should", "ought"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
MAYBE = frozenset({"may", "might", "could"})
WITHDRAWALS = frozenset({"087", "164", "166"})
MODIFIER = "MOD_"  # class prefix: a modifier of the event noun ("hunger strike")
SERVED = "SERVED_"  # class prefix: the noun an infinitive serves ("weapons to use against")
PARTICLES = frozenset({"back", "out", "off", "down", "up", "away", "over"})
RESULTS = frozenset({"alight", "ablaze"})  # "set alight", tagged as an adverb
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
                       "barrage", "volley", "salvo", "load", "kind", "type", "form", "worth"})


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
        elif _for_clause(child):
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


def _for_clause(tok: Token) -> bool:
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
    if not out or out == {"AGREEMENT"}:  # the head's own class wins ("weapons inspectors"
        # are inspectors), but an agreement is of its kind ("a ceasefire agreement")
        for other in tok.children:
            if other.dep_ == "compound" or (other.dep_ == "amod" and not out):
                out |= lex.classes_of(other.lemma_.lower())  # "missile test", "nuclear test"
            elif other.dep_ == "prep" and other.lower_ == "of" and (
                    tok.lemma_.lower() in PARTITIVE):  # "a state of siege", "days of drills"
                out |= {c for p in other.children if p.dep_ == "pobj"
                        for c in lex.classes_of(p.lemma_.lower()) | lex.classes_of(p.lower_)}
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
    """A light verb's object, else the noun after its "in" ("engaged in ethnic cleansing")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    if not objs or all(c.dep_ == "nsubjpass" for c in objs):
        objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return objs


def noun_entry(lex: Lexicon, noun: Token, classes: set[str],
               words: frozenset[str] = frozenset()) -> Entry | None:
    """The noun's entry by lemma, else by its own form ("war games")."""
    entry = lex.match("noun", noun.lemma_.lower(), words, classes)
    if entry is None and noun.lower_ != noun.lemma_.lower():
        entry = lex.match("noun", noun.lower_, words, classes)
    if entry is None and noun.i >= 2 and noun.doc[noun.i - 1].text == "-":
        joined = f"{noun.doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"  # "sit-in", "walk-out"
        entry = lex.match("noun", joined, words, classes)
    return entry


def modifier_classes(lex: Lexicon, tok: Token) -> set[str]:
    """Classes of an event noun's modifiers, as ``MOD_CLASS`` ("hunger strike", "drone
    strike"): an entry written ``+MOD_CLASS`` needs such a modifier."""
    return {MODIFIER + c for m in tok.children if m.dep_ in ("compound", "amod")
            for c in lex.classes_of(m.lemma_.lower())}


def _prep_words(tok: Token) -> frozenset[str]:
    """The prepositions an event noun governs ("a call for", "a call on")."""
    return frozenset(c.lower_ for c in tok.children if c.dep_ == "prep")


def _light_noun(lex: Lexicon, tok: Token) -> tuple[Entry, Token] | None:
    """A light verb's event noun object ("held talks", "launched 10 days of war games")."""
    for child in _light_objects(tok):
        inner = [g for g in child.children if g.dep_ == "compound"] + [
            p for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]
        for noun in [child, *inner]:
            entry = noun_entry(lex, noun, _noun_classes(lex, noun) | modifier_classes(lex, noun))
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


def verb_hit(lex: Lexicon, tok: Token) -> Hit | None:
    lemma = _lemma(lex, tok, "verb")
    words, classes = _words_and_classes(lex, tok)
    entry = lex.match("verb", lemma, words, classes)
    if (entry is None or entry.specificity == 0) and lemma in lex.light:
        found = _light_noun(lex, tok)
        if found is not None:
            light_entry, noun = found
            last = noun if 0 < noun.i - tok.i <= 4 else tok
            extra = {"noun": str(noun.i)}
            if any(a.dep_ == "prep" and a.head.i == tok.i for a in noun.ancestors):
                extra["stative"] = "1"  # "were engaged in X": the subject acts, passive or not
            return Hit(tok, light_entry, last, extra=extra)
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
        elif tok.pos_ == "NOUN":
            entry = noun_entry(lex, tok, _noun_classes(lex, tok) | modifier_classes(lex, tok),
                               _prep_words(tok))
            hit = Hit(tok, entry, tok) if entry is not None else None
        elif tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "ROOT"):
            entry = lex.match("adj", tok.lemma_.lower(), set(), set())
            hit = Hit(tok, entry, tok) if entry is not None else None
        if hit is not None and hit.entry.code != NO_EVENT and not _figurative(lex, hit):
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


def complement(tok: Token, hits: dict[int, Hit]) -> Token | None:
    """The action a frame word governs: a clause, a "to"/"of" phrase, or an event noun."""
    cands: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "acl" and tok.pos_ == "NOUN") or (
                _for_clause(child)):
            cands.append(child)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in COMP_PREPS:
            cands.extend(g for g in child.children if g.dep_ in ("pcomp", "pobj"))
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            cands.append(child)
            cands.extend(g for g in child.children if g.dep_ in ("acl", "relcl"))
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "to"):
                    cands.extend(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":  # "reiterated its demand that X ease Y"
        cands.extend(c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i)
    for cand in cands:
        if cand.i in hits and cand.i != tok.i:
            return cand
        inner = _through(cand, hits)
        if inner is not None:
            return inner
    return next((c for c in cands if c.dep_ in ("xcomp", "ccomp")), None)


ASPECT = frozenset({"resume", "continue", "begin", "start", "keep", "step", "intensify",
                    "escalate", "be"})


def _through(cand: Token, hits: dict[int, Hit]) -> Token | None:
    """The action inside an aspect verb or a copula: "prepared to resume shelling X", "must
    be ready to mediate"."""
    if cand.lemma_.lower() not in ASPECT or cand.dep_ not in ("xcomp", "ccomp"):
        return None
    for child in cand.children:
        if child.dep_ in ("xcomp", "acomp", "dobj") and child.i in hits:
            return child
    return None


def resolve(hits: dict[int, Hit], hit: Hit, depth: int = 0) -> None:
    """Set ``hit.code`` from its entry, its frame and its complement (recursively)."""
    if hit.resolved:
        return
    hit.resolved = True
    frame = hit.entry.frame
    hit.frame = frame
    if frame is None:
        hit.code = hit.entry.code
        if hit.entry.neg is not None and is_negated(hit.tok):
            hit.frame = hit.entry.neg  # "refused ... did not accept the ceasefire"
            hit.code = frames.combine(hit.entry.neg, hit.code)
            hit.extra["refusal"] = "1"
            return
        if _refused_until(hit.tok, hit.code):
            hit.frame = "REJECT"  # "will not lift the ban until X pays": a refusal now
            hit.code = frames.combine("REJECT", hit.code)
            hit.extra["refusal"] = "1"
            return
        _modal_fold(hits, hit)
        _armed_purpose(hit)
        return
    comp = complement(hit.tok, hits)
    hit.comp = comp
    sub = hits.get(comp.i) if comp is not None else None
    if sub is not None and not frames_complement(hit.entry, sub.entry):
        sub = None
    if sub is not None and depth < 6:
        resolve(hits, sub, depth + 1)
    sub_code = sub.code if sub is not None else None
    if frame == "TRY":
        if comp is None or comp.dep_ == "xcomp":
            return  # "tried to hack into X": CAMEO codes the attempted act itself
        hit.frame = frame = "APPEAL"  # "sought guarantees from X"
    if hit.entry.neg is not None and is_negated(hit.tok):
        hit.frame = frame = hit.entry.neg  # "I don't accept anybody's red lines": a rejection
        hit.extra["refusal"] = "1"
    if frame == "THREATEN" and _warns_of_fact(hit.tok, comp, sub_code):
        hit.code = GLOOMY  # "warned that Moscow was massing troops": a remark, not a threat
    elif frame in frames.TABLES:
        hit.code = frames.combine(frame, sub_code)
        if frame == "REJECT" and no_comment(comp, sub.entry.code if sub else None):
            hit.code = NO_COMMENT  # "declined to comment", "refused to say whether"
        if sub is not None:
            sub.consumed = True
    elif frame == "PREPARE" and sub_code is not None and sub_code[:2] in frames.FORCE_ROOTS:
        hit.code = frames.POSTURE  # "prepared to resume shelling": a show of force, now
        sub.consumed = True  # type: ignore[union-attr]
    elif frame in ("PLAN", "WANT", "PREPARE") and sub_code is not None and not (
            frames.is_hostile(sub_code)):
        hit.code = frames.combine("INTENT", sub_code)
        sub.consumed = True  # type: ignore[union-attr]
    elif frame == "SAY" and comp is not None and _clause_aux(comp, hit.tok) & MUST and (
            sub is None or sub.demand_of is None):
        hit.frame = "DEMAND"
        hit.code = frames.combine("DEMAND", sub_code)
        if sub is not None:
            sub.consumed = True
    elif frame == "DENY" or (frame in ("SAY", "CONSIDER") and sub_code is not None):
        hit.code = hit.entry.code


GLOOMY = "012"
NO_COMMENT = "011"


def no_comment(comp: Token | None, said: str | None) -> bool:
    """A refusal whose complement is a verb of saying ("declined to comment", "refused to
    confirm"): CAMEO's "decline to comment", not a rejection of someone's demand."""
    return comp is not None and comp.pos_ == "VERB" and comp.dep_ == "xcomp" and (
        said or "").startswith("01")


def _warns_of_fact(tok: Token, comp: Token | None, sub_code: str | None) -> bool:
    """"warned that X was doing Y": a that-clause of fact about someone else, not a promised
    act (no "will", "would", "could", "must"; "warned that it is ready to strike" stays)."""
    if comp is None or comp.dep_ != "ccomp" or tok.lemma_.lower() != "warn":
        return False
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in comp.children):
        return sub_code is None or not frames.is_hostile(sub_code)
    if sub_code is not None and not frames.is_hostile(sub_code):
        return True  # "warned that the president will demand ...": a report of his demand
    return not (_clause_aux(comp, tok) & (FUTURE | MAYBE | MUST | SHOULD))


def _clause_aux(comp: Token, frame_tok: Token) -> set[str]:
    """Auxiliaries of a complement clause, including those of a copula or aspect verb that
    the complement was reached through ("must be ready to")."""
    aux = aux_words(comp)
    if comp.head.i != frame_tok.i and comp.head.head.i == frame_tok.i:
        aux |= aux_words(comp.head)
    return aux


def _modal_fold(hits: dict[int, Hit], hit: Hit) -> None:
    """"Y must X" in a report is a demand on Y; "will X" (cooperative) is a stated intent."""
    tok = hit.tok
    aux = aux_words(tok) - {"to"}
    if not aux and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ASPECT:
        tok = tok.head  # "will continue to send aid": the clause is the aspect verb's
        aux = aux_words(tok)
    code = hit.code or ""
    if not aux or code[:2] in ("02", "03", "10", "12", "13"):
        return
    if aux & (FUTURE | MAYBE) and _conditioned(hit.tok) and (
            frames.is_hostile(code) or code[:3] in WITHDRAWALS):
        hit.extra["threat"] = "1"  # "will withdraw its force unless ...": a conditional threat
        hit.code = frames.combine("THREATEN", code)
    elif aux & MUST and hit.tok.dep_ == "ccomp" and hit.tok.head.i in hits:
        hit.demand_of = hit.tok
        hit.code = frames.combine("DEMAND", code)
    elif aux & SHOULD and hit.tok.dep_ == "ccomp" and hit.tok.head.i in hits:
        hit.demand_of = hit.tok
        hit.code = frames.combine("APPEAL", code)
    elif aux & FUTURE and (_reported(hits, tok) or not _in_condition(tok)):
        if not frames.is_hostile(code):
            hit.intent_fold = True
            hit.code = frames.combine("INTENT", code)
        elif _reported(hits, tok):
            hit.intent_fold = True
            hit.code = frames.combine("THREATEN", code)


UNTIL = frozenset({"until", "till", "unless", "before"})


def _refused_until(tok: Token, code: str | None) -> bool:
    """"will not release the soldiers unless X ...", "won't end the strike until Y": a
    cooperative act denied for the future until a condition is met is a refusal (CAMEO 12),
    not an act that did not happen."""
    if code is None or frames.is_hostile(code) or not is_negated(tok) or not (
            aux_words(tok) & FUTURE):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in UNTIL
                                         for m in c.children) for c in tok.children)


def _armed_purpose(hit: Hit) -> None:
    """"building missiles to use against X": arms readied for use against X (the class came
    from the noun the infinitive serves) are a threat of force, not an attack."""
    tok = hit.tok
    if hit.entry.cls != SERVED + "TROOPS" or tok.dep_ not in ("acl", "relcl", "advcl") or any(
            c.dep_ == "dobj" for c in tok.children) or not frames.is_hostile(hit.code or ""):
        return
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        hit.extra["threat"] = "1"
        hit.code = frames.combine("THREATEN", hit.code)


def _reported(hits: dict[int, Hit], tok: Token) -> bool:
    head = hits.get(tok.head.i)
    return tok.dep_ == "ccomp" and head is not None and head.entry.frame == "SAY"


def _conditioned(tok: Token) -> bool:
    """A main clause carrying its own if/unless condition ("will strike unless X ...")."""
    return tok.dep_ in ("ROOT", "ccomp", "conj") and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                  for m in c.children) for c in tok.children)


def _in_condition(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children) or any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
        for c in tok.children)
