"""A last look at each sentence's events: drop what a reader would not keep, recode senses.

- self-dyads: the same actor on both sides loses its target ("spoke with his counterpart");
- statement noise: a bare statement (01x) or appeal (020) beside a substantive event of the
  same source in the same sentence is dropped;
- page furniture: an event triggered in a dateline, byline, caption or source line is dropped
  (actors named there are left out of the roles by ``roles.ActorIndex``);
- senses: accidents and disasters make no assault; figurative and everyday uses ("hit the
  campaign trail", a campaign rally, "a boost to", documents "released" or "provided" (papers
  handed over are no aid), a reporter who
  "pressed" someone) are no events; an attack on a person's words or policies with no weapon
  in sight is criticism (ACCUSE).

Every kept event then gets its ``confidence`` (see ``redline.events.confidence``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from redline.doctext import doc_text
from redline.events import losses
from redline.events.accidents import MISHAPS as ACCIDENTS
from redline.events.confidence import confidence, trigger_root
from redline.events.held_positions import held_position
from redline.events.idle_appeals import idle_appeal
from redline.events.mishaps import mishap, without
from redline.events.rallies import campaign_rally, on_the_march
from redline.events.reciprocal import says_each_other
from redline.events.recodes import recode as _recode
from redline.events.recodes import recode_sense
from redline.events.sector_actors import FORCES
from redline.events.senses import no_event, only_said
from redline.furniture import furniture_spans, inside
from redline.model import Actor, Event

VIOLENCE = frozenset({"18", "19", "20"})
HARM = frozenset({"kill", "die", "injure", "wound", "dead", "death", "hurt"})
WEAPONS = frozenset({"attack", "bomb", "bombing", "gunman", "gunmen", "militant", "ambush",
                     "shoot", "shot", "shell", "shelling", "missile", "rocket", "airstrike",
                     "strike", "raid", "clash", "gun", "grenade", "explosive", "drone",
                     "insurgent", "rebel", "fighter", "weapon", "artillery", "mortar", "sniper",
                     "rifle", "suicide", "war", "gunfire", "firefight", "assault"})
FIGURATIVE_OBJECTS = frozenset({"trail", "road", "ground", "button", "note", "mark", "record",
                                "wall", "headline", "market", "shelf", "stride", "nerve",
                                "jackpot", "bottom", "airwave", "stump"})
# ("message" is in SPEECHES too; here it also keeps "released a video message" from being a
# release of people)
DOCUMENTS = frozenset({"document", "report", "transcript", "record", "email", "e-mail", "data",
                       "figure", "statement", "video", "footage", "result", "memo", "letter",
                       "file", "text", "audio", "recording", "photo", "image", "book", "album",
                       "list", "information", "detail", "summary", "poll", "survey", "budget",
                       "forecast", "statistic", "minute", "tape", "note", "plan", "version",
                       "ad", "advertisement", "film", "song", "study", "paper", "analysis",
                       "finding", "website", "site", "return", "evidence", "guideline",
                       "guidance", "schedule", "account", "proposal", "policy", "podcast",
                       "message", "testimony"})
DISCOURSE = frozenset({"policy", "remark", "comment", "record", "plan", "decision", "stance",
                       "statement", "rhetoric", "claim", "idea", "proposal", "agenda",
                       "leadership", "handling", "approach", "position", "view", "speech",
                       "tweet", "word", "performance", "credibility", "character", "integrity",
                       "motive", "argument", "criticism", "response", "strategy", "campaign",
                       "candidacy", "platform", "message", "ad", "vote", "testimony"})
VERBAL_HITS = frozenset({"attack", "hit", "slam", "hammer", "target", "blast", "bash", "lash",
                         "pummel", "batter", "savage", "strike"})
# people attacked in politics: "attacked GOP voters", "attacking the party's nominee" (r11-16)
POLITICAL_PEOPLE = frozenset({
    "voter", "lawmaker", "legislator", "nominee", "candidate", "rival", "opponent", "critic",
    "detractor", "challenger", "frontrunner", "front-runner", "incumbent", "colleague",
    "senator", "congressman", "congresswoman", "democrat", "republican", "conservative",
    "liberal", "progressive", "pundit", "establishment", "electorate", "party", "media",
    "press", "elite", "donor"})
CAUSE_NOUNS = frozenset({"email", "e-mail", "issue", "handling", "scandal", "stance", "vote",
                         "support", "opposition", "comment", "view", "role", "decision",
                         "failure", "tweet", "chain", "question", "record"})
ASKERS = frozenset({"reporter", "journalist", "host", "moderator", "anchor", "interviewer",
                    "correspondent", "questioner", "audience"})
CRITICIZE = "111"
STATEMENT = "010"
BARE_STATEMENTS = frozenset({"010", "011"})  # no kind of statement: noise beside an act
CLAIM = "015"  # responsibility claimed: the claim is an act beside the act claimed


def review_events(events: Sequence[Event], doc: Doc) -> list[Event]:
    """The events worth keeping, in order, with senses recoded and self-dyads undone."""
    furniture = furniture_spans(doc_text(doc))
    out: list[Event] = []
    for event in events:
        reviewed = _review(event, doc, furniture)
        if reviewed is not None:
            out.append(reviewed)
    mutual = {e.trigger.start for e in out if _mutual(e, doc)}
    steps: tuple[tuple[str, Callable[[list[Event]], list[Event]]], ...] = (
        ("self-dyad", _without_self_dyads), ("statement noise", _without_noise),
        ("statement frames", lambda es: _without_frames(es, doc)),
        ("one per trigger", lambda es: _one_per_trigger(es, mutual)))
    for name, step in steps:
        out = _noted(name, out, step(out))
    return [replace(e, confidence=confidence(e, trigger_root(doc, e))) for e in out]


def _noted(gate: str, before: list[Event], after: list[Event]) -> list[Event]:
    """``after``; when a loss recording is on, each event of ``before`` not in it noted."""
    if losses.active():
        kept = {(e.trigger.start, e.cameo) for e in after}
        for e in before:
            if (e.trigger.start, e.cameo) not in kept:
                losses.note(losses.REVIEW, gate, e.trigger.start, e.trigger.end, e.cameo)
    return after


def _review(event: Event, doc: Doc, furniture: list[tuple[int, int]]) -> Event | None:
    gate = "furniture" if inside(furniture, event.trigger.start, event.trigger.end) else None
    tok = trigger_root(doc, event)
    if gate is None and tok is not None:
        gate = next((name for name, drops in GATES if drops(event, tok)), None)
    if gate is not None:
        losses.note(losses.REVIEW, gate, event.trigger.start, event.trigger.end, event.cameo)
        return None
    if tok is None:
        return event
    if only_said(event, tok):
        return _recode(event, STATEMENT)
    if _own_side_demand(event, tok):
        return replace(_recode(event, STATEMENT), target=None)
    return without(recode_sense(_opposition(_verbal_attack(event, tok), tok), tok), tok)


OWN_SIDE = frozenset({"i"})  # not "we": "we must end this war" may speak for all parties


def _own_side_demand(event: Event, tok: Token) -> bool:
    """"'France must do more,' Macron said", "'I must do more,' he said": what the speaker's
    own state (or the speaker) must or should do is a statement of its duty, no demand."""
    if event.plover != "REQUEST" or tok.pos_ not in ("VERB", "AUX"):
        return False
    clauses = [tok, *(c for c in tok.children if c.dep_ == "ccomp")]
    return any(_own_duty(event, c) for c in clauses)


def _own_duty(event: Event, clause: Token) -> bool:
    if not any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    src, tgt = event.source, event.target
    return subj.lower_ in OWN_SIDE or (
        src is not None and tgt is not None and tgt.kind == "state"
        and tgt.code == src.country and (src.code or "")[3:] in ("", "GOV")
        and tgt.start <= subj.idx < tgt.end)  # its government speaks; not "the opposition
    # leader said Pakistan must act", a demand on the state


def _negated_actor(event: Event, doc: Doc) -> bool:
    """A side the text rules out: "not Russia but Belarus attacked" (Russia is no side)."""
    for actor in (event.source, event.target):
        span = None if actor is None else doc.char_span(actor.start, actor.end,
                                                         alignment_mode="expand")
        if span is not None and len(span) and any(
                c.dep_ in ("neg", "preconj") and c.lower_ == "not" for c in span.root.children):
            return True
    return False


def _lemmas(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.sent}


def _objects(tok: Token) -> list[Token]:
    """The trigger's object: direct object, "at/on/against X", or the passive subject."""
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "on", "against", "to", "of"):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _figurative(event: Event, tok: Token) -> bool:
    lemma, objs = tok.lemma_.lower(), [o.lemma_.lower() for o in _objects(tok)]
    if event.cameo_root in VIOLENCE and lemma == "hit" and set(objs) & FIGURATIVE_OBJECTS:
        return True  # "hit the campaign trail", "hit a record"
    if event.plover == "PROTEST" and (lemma == "rally" or "rally" in event.trigger.text.lower()):
        return campaign_rally(tok)
    if event.plover == "PROTEST" and lemma == "march":
        return on_the_march(tok)
    if event.plover == "AID" and lemma in ("boost", "lift", "bump"):
        return True  # "a boost to his campaign"
    return event.cameo_root == "08" and lemma in ("release", "publish", "issue") and bool(
        set(objs) & DOCUMENTS)  # documents released are no release of people


SPEECHES = frozenset({"speech", "address", "remark", "message", "lecture", "sermon", "verdict",
                      "prescription", "statement", "talk", "eulogy", "rebuke", "warning"})


def _ordinary(event: Event, tok: Token) -> bool:
    """Everyday verbs read as events: a permission with no one who permits is no concession
    ("a bill that allows lawsuits"); help from a thing is no aid ("spending helped growth");
    a speech delivered is no aid; talking about a thing with no one is no meeting; a place
    burning with no one setting it on fire is no arson.
    (Failures read as rejections were tried too: the tune half rose, the check half did not.)"""
    lemma = tok.lemma_.lower()
    objs = {o.lemma_.lower() for o in _objects(tok)}
    if event.plover == "AID" and lemma == "deliver" and objs & SPEECHES:
        return True
    if event.plover == "AID" and lemma in HANDED and _given(tok) & (DOCUMENTS | SPEECHES):
        return True  # "the text messages Volker provided to lawmakers": papers, not aid
    if event.cameo == "040" and lemma == "talk" and event.target is None:
        return True
    if event.plover == "ASSAULT" and lemma == "burn" and not objs:
        return True
    if event.plover == "CONCEDE" and lemma in ("allow", "permit", "let", "enable"):
        return event.source is None
    if event.plover == "AID" and lemma in ("help", "benefit"):
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        src = event.source
        return not subj or src is None or not (src.start <= subj[0].idx < src.end)
    return _wish(event, tok)


HANDED = frozenset({"provide", "give", "hand", "send", "supply", "turn", "share", "pass"})


def _given(tok: Token) -> set[str]:
    """What is handed over: the object, or the noun a relative clause hangs on ("the
    messages he provided"), or what either is made of ("a series of messages"), with
    compounds ("text messages": message, text)."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # not "to the site"
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
        heads.append(tok.head)
    heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]  # "a series of messages"
    return {t.lemma_.lower() for h in heads for t in (h, *h.children)
            if t is h or t.dep_ == "compound"}


WISHES = frozenset({"want", "wish", "hope", "expect", "prefer", "like"})


def _wish(event: Event, tok: Token) -> bool:
    """"most Americans want Congress to investigate": a wish about another's act is no
    intent of the wisher's own (the wished act is coded, not asserted, on its own)."""
    if event.cameo_root != "03" or tok.lemma_.lower() not in WISHES:
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "nsubj" for g in c.children)
               for c in tok.children)


PROPOSALS = frozenset({"proposal", "plan", "bill", "deal", "resolution", "demand", "offer",
                       "request", "measure", "draft", "motion", "nomination", "idea", "treaty",
                       "agreement", "initiative", "amendment", "legislation", "law", "move",
                       "accord", "pact", "appointment", "candidacy", "merger", "sale"})
DISAPPROVE = "110"


def _opposition(event: Event, tok: Token) -> Event:
    """"oppose": a refusal of a proposal put to the actor (REJECT), else disapproval of what
    another does ("we oppose violations of international law": ACCUSE)."""
    if event.plover != "REJECT" or tok.lemma_.lower() != "oppose":
        return event
    objs = {o.lemma_.lower() for o in _objects(tok)}
    return event if objs & PROPOSALS or not objs else _recode(event, DISAPPROVE)


def _accident(event: Event, tok: Token) -> bool:
    """"two soldiers killed in a helicopter crash": harm with no one who caused it."""
    if event.cameo_root not in VIOLENCE or tok.lemma_.lower() not in HARM:
        return False
    lemmas = _lemmas(tok)
    return bool(lemmas & ACCIDENTS) and not (lemmas - {tok.lemma_.lower()}) & WEAPONS


QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where",
                            "which"})


def _question(event: Event, tok: Token) -> bool:
    """A question is no request: a reporter's ("pressed him on", "when asked by the paper"),
    or anyone's ("asked whether the target was met", "I asked, well, on whose authority?")."""
    if event.plover != "REQUEST" or tok.lemma_.lower() not in ("press", "ask", "question",
                                                               "grill", "quiz", "wonder"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("when", "if", "as") for c in tok.children):
        return True
    if _reduced_when(tok):
        return True  # "When asked about it by reporters, he said" (r11-16)
    if _asked_of(tok):
        return True
    if any(c.dep_ == "ccomp" and (c.text.endswith("?") or any(
            g.lower_ in QUESTION_WORDS and g.i < c.i for g in c.subtree)) for c in tok.children):
        return True
    if tok.sent.text.rstrip(" \"'”’").endswith("?"):
        return True
    subjects = {t.lemma_.lower() for c in tok.children if c.dep_ == "nsubj" for t in c.subtree}
    src = event.source
    return bool(subjects & ASKERS) or (src is not None and src.sector == "MED")


def _reduced_when(tok: Token) -> bool:
    """"When asked by the paper": "when" with no subject of its own (not "when he asked")."""
    return any(c.dep_ == "advmod" and c.lower_ in ("when", "if", "as") and c.i < tok.i
               for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _asked_of(tok: Token) -> bool:
    """"after he was asked about the claim": a question put to the subject, who asks nothing
    (r11-16); "was asked to resign" and "was asked for access" stay requests."""
    if tok.lemma_.lower() != "ask" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
                   for c in tok.children)


def _verbal_attack(event: Event, tok: Token) -> Event:
    """"attacked her record", "slammed the decision": criticism unless weapons are in sight."""
    if event.cameo_root not in VIOLENCE or tok.lemma_.lower() not in VERBAL_HITS:
        return event
    objs = _objects(tok)
    target = event.target
    armed = _armed(event.source)
    said = any(o.lemma_.lower() in DISCOURSE and not held_position(o, tok, armed)
               for o in objs) or (
        target is not None and target.kind == "person"
        and any(target.start <= o.idx < target.end for o in objs)) or (
        not armed and _politics(tok, objs)
    )  # "slammed Pelosi", "attacked GOP voters", "attacked her over an email"
    if not said or (_lemmas(tok) - {tok.lemma_.lower()}) & WEAPONS:
        return event
    return _recode(event, CRITICIZE)


def _armed(actor: Actor | None) -> bool:
    """Forces, police and armed groups attack with force: "Boko Haram attacked the village
    for refusing to pay", "police attacked the press" (review r11)."""
    return actor is not None and actor.sector in FORCES


def _politics(tok: Token, objs: Sequence[Token]) -> bool:
    """People in politics attacked, or an attack over a thing said or done."""
    return any(o.lemma_.lower() in POLITICAL_PEOPLE for o in objs) or _over_a_cause(tok)


def _over_a_cause(tok: Token) -> bool:
    """"attacked her over an email chain", "attacked them for opposing the plan": a quarrel
    over a thing said or done (r11-16); not "attacked them for their land" (no gerund)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("over", "for"):
            continue
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if any(o.lemma_.lower() in DISCOURSE | CAUSE_NOUNS or (prep.lower_ == "for"
               and o.tag_ == "VBG") for o in objs):
            return True
    return False


# the review's gates in the order they are tried; the first that drops an event names it
GATES: tuple[tuple[str, Callable[[Event, Token], bool]], ...] = (
    ("figurative", _figurative), ("accident", _accident), ("question", _question),
    ("ordinary verb", _ordinary), ("negated actor", lambda e, t: _negated_actor(e, t.doc)),
    ("sense", no_event), ("mishap", mishap), ("idle appeal", idle_appeal))


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None or not a.code or a.code.startswith("---"):
        return False
    return a.code == b.code and (a.name == b.name or (a.start, a.end) == (b.start, b.end))


def _mutual(event: Event, doc: Doc) -> bool:
    tok = trigger_root(doc, event)
    return tok is not None and says_each_other(tok)


def _one_per_trigger(events: list[Event], mutual: set[int]) -> list[Event]:
    """One event per trigger, type and source: "accused the UK and the US" is one accusation
    (of the first target named), and "A and B met" one meeting (A -> B), as the guidelines
    count them; acts done to "each other" (``mutual`` triggers) are one each way."""
    seen: set[tuple[int, str, str]] = set()
    pairs: set[tuple[int, str, str, str]] = set()
    out: list[Event] = []
    for e in events:
        key = (e.trigger.start, e.cameo, _speaker(e)[1])
        if e.source is not None and e.target is not None and key in seen:
            continue
        if e.source is not None and e.target is not None and e.trigger.start not in mutual and (
                e.trigger.start, e.cameo, e.target.code, e.source.code) in pairs:
            continue
        seen.add(key)
        if e.source is not None and e.target is not None:
            pairs.add((e.trigger.start, e.cameo, e.source.code, e.target.code))
        out.append(e)
    return out


def _without_self_dyads(events: list[Event]) -> list[Event]:
    """A self-dyad loses its target, or goes when its trigger has a proper pair already."""
    out: list[Event] = []
    for e in events:
        if not same_actor(e.source, e.target):
            out.append(e)
            continue
        paired = any(o is not e and o.trigger.start == e.trigger.start and o.cameo == e.cameo
                     and o.target is not None and not same_actor(o.source, o.target)
                     for o in events)
        if not paired:
            out.append(replace(e, target=None))
    return out


def _speaker(e: Event) -> tuple[int, str]:
    return e.sentence, (e.source.name or e.source.code) if e.source else ""


def _without_noise(events: list[Event]) -> list[Event]:
    """Bare statements (010, 011) and plain appeals (020) beside an asserted substantive event
    of the same (named) source in the same sentence. A statement of a kind (012-019:
    condolences, accord, an option weighed) is kept (r10-17c): "expressed condolences and
    condemned the attack" holds both."""
    substantive = {_speaker(e) for e in events
                   if e.cameo_root not in ("01", "02") and _stands(e) and e.source is not None}
    return [e for e in events if not ((e.cameo in BARE_STATEMENTS or e.cameo == "020")
                                      and e.cameo != CLAIM  # r6-17q: a claim of one's act
                                      and e.source is not None and _speaker(e) in substantive)]


def _stands(e: Event) -> bool:
    """An event that is the news beside a bare saying: asserted, or an actor's own stated
    intent ("Russia said it would hold talks": the promise, CAMEO's 03x, ``cameo_view``)."""
    return e.asserted or (e.modality == "intended" and e.intent_cameo is not None)


def _without_frames(events: list[Event], doc: Doc) -> list[Event]:
    """A bare statement (010) whose reported clause holds an asserted substantive event of
    anyone: "Syria agreed to allow convoys, the UN said" is the agreement, the saying only
    frames it (r6-oth)."""
    acts = [t.i for t in (trigger_root(doc, e) for e in events if _stands(e)
                          and e.cameo_root not in ("01", "02")) if t is not None]
    return [e for e in events if not (e.cameo == STATEMENT and _frames(e, doc, acts))]


def _frames(event: Event, doc: Doc, acts: list[int]) -> bool:
    """``event``'s reported clause (ccomp, parataxis) holds one of the ``acts`` (token ids)."""
    tok = trigger_root(doc, event)
    if tok is None:
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
    return any(c.left_edge.i <= i <= c.right_edge.i for c in clauses for i in acts)
