"""Event extraction: triggers -> frames -> roles -> modality -> coded Event records."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from redline.actors.eventcoref import with_coreference
from redline.events import losses
from redline.events.addressed_appeals import addressed_appeal
from redline.events.agentless import agentless_pairs
from redline.events.anaphora import definite, earlier_event, names_another
from redline.events.attitudes import with_attitudes
from redline.events.background_nouns import named_in_adjunct, protest_against
from redline.events.blast_casualties import without_blast_twins
from redline.events.blasts import blast_hit, blast_hits
from redline.events.casualty_attacks import casualty_events, without_covered
from redline.events.codebook import lookup
from redline.events.constructions import (
    custody_roles,
    hosted_arrival,
    in_force_hits,
    in_force_roles,
    ruled_out_hits,
    ruled_out_targets,
)
from redline.events.content_clauses import voiced_clause
from redline.events.criticism_sides import criticised
from redline.events.cyber_hits import cyber_hits
from redline.events.dictionary import dictionary_event_ok
from redline.events.drawn_criticism import drawn_hits, drawn_roles
from redline.events.evaluations import with_evaluations
from redline.events.fallbacks import (
    adjunct_targets,
    location_actors,
    proposal_targets,
)
from redline.events.hit_modality import (
    actorless_modality,
    event_modality,
    noun_event,
    speaker_hit,
    taken_step,
)
from redline.events.hyphen_pairs import pair_roles
from redline.events.implicit import office_target
from redline.events.lexicon import Lexicon, load_lexicon
from redline.events.modality import aux_words, sentence_asks
from redline.events.namings import named_events
from redline.events.nominal import claimed_by
from redline.events.noun_modality import noun_modality
from redline.events.noun_sides import (
    between_source,
    one_side_ok,
    protest_place,
)
from redline.events.operating import operating_countries
from redline.events.passive_patients import inherited_patients, shared_passive_roles
from redline.events.predictions import foreign_predictions
from redline.events.protest_purposes import absorb_purpose_protest
from redline.events.reciprocal import reciprocal
from redline.events.records import home_target, make_event, role_pairs, solo_code
from redline.events.relatives import (
    content_subjects,
    object_relative_agents,
    reporter_actors,
)
from redline.events.reported_content import report_frame
from redline.events.resolution import resolve
from redline.events.responses import sent_from
from redline.events.roles import (
    ActorIndex,
    source_actors,
    subject_tokens,
)
from redline.events.sector_actors import (
    event_places,
    home_protesters,
    speakers_country,
    unplaced_roles,
)
from redline.events.speech_acts import with_speech_acts
from redline.events.strike_senses import strike_hits
from redline.events.targets import (
    FRAMES_WITH_SPEAKER,
    PRONOUNS,
    hit_targets,
    noun_sources,
    stative,
)
from redline.events.told_as_fact import told_as_fact
from redline.events.triggers import Hit, find_hits, has_clause, misparsed_main_verb
from redline.events.unknown_speakers import held_back, restored
from redline.events.wanted_acts import wanted_requests
from redline.model import Actor, Event, Quote

SKIP_PREPS = frozenset({"after", "following", "since", "during", "amid", "despite", "before",
                        "over", "because", "in"})
NOUN_EVENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "conj", "attr",
                             "appos"})


def extract_events(doc: Doc, actors: Sequence[Actor], *, doc_id: str,
                   lexicon: Lexicon | None = None, quotes: Sequence[Quote] = ()) -> list[Event]:
    """Coded events of ``doc`` (date, location and quantities are attached later); with
    ``quotes``, also the appeals voiced in them (speech_acts.py)."""
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return []
    lex = lexicon or load_lexicon()
    index = ActorIndex(doc, operating_countries(doc, with_coreference(doc, actors)))
    out: list[Event] = []
    for si, sent in enumerate(doc.sents):
        if has_clause(sent):
            out.extend(_sentence_events(lex, index, sent, si, doc_id, out))
            out.extend(named_events(index, sent, si, doc_id, out))  # "called X a liar" (17b)
        else:
            losses.note(losses.SKIPPED, "no finite verb", sent.start_char, sent.end_char)
    out = told_as_fact(doc, out)  # "concern that troops had fired", told as done before
    if not quotes:
        return out
    out, held = held_back(doc, out)  # "X said they agree": the quote's speaker first (r15-17c)
    out = with_speech_acts(index, doc, quotes, out, doc_id)
    out = with_evaluations(index, doc, quotes, out, doc_id)  # praise, criticism (17n)
    return restored(with_attitudes(index, doc, quotes, out, doc_id), held)  # (r6-17q)


def _sentence_events(lex: Lexicon, index: ActorIndex, sent: Span, si: int,
                     doc_id: str, prior: Sequence[Event] = ()) -> list[Event]:
    hits = _sentence_hits(lex, index, sent)
    out: list[Event] = []
    seen: set[tuple[str, int, int, int]] = set()
    asks = sentence_asks(sent)
    protests = frozenset(i for i, h in hits.items() if (h.code or "")[:2] == "14")
    for hit in hits.values():
        events, told_again = _noted_hit_events(index, hits, hit, (si, doc_id, asks),
                                               protests, [*prior, *out])
        out.extend(events if told_again else _unseen(events, seen))
    out = without_covered(out, sent.doc)  # "killed in a Russian missile attack": Russia's
    return without_blast_twins(out, sent.doc)  # "killed when a bomb went off": one (r16-16)


def _sentence_hits(lex: Lexicon, index: ActorIndex, sent: Span) -> dict[int, Hit]:
    """The sentence's triggers, ruled out, resolved and folded into each other."""
    hits = find_hits(lex, sent)
    strike_hits(sent, hits)  # "the strike" after an air strike: no walkout (r15-16s)
    ruled_out_hits(sent, hits)
    in_force_hits(lex, sent, hits)
    cyber_hits(sent, hits)  # "hit by a cyber attack": a coercion of what is hit (r14-17n)
    blast_hits(sent, hits)  # "a grenade exploded": a bombing by no one named (r15-17c)
    drawn_hits(sent, hits)
    for hit in list(hits.values()):
        resolve(hits, hit)
    foreign_predictions(index, hits)  # "Biden said Russia will invade": foretold (r9-16)
    wanted_requests(hits, index)  # "wants Germany to do more": a request of Germany
    for hit in hits.values():
        _absorb_protest_demands(hits, hit)
        absorb_purpose_protest(hits, hit)  # "marched to protest X": one protest (r13-17n)
    return hits


def _noted_hit_events(index: ActorIndex, hits: dict[int, Hit], hit: Hit,
                      where: tuple[int, str, bool], protests: frozenset[int],
                      prior: Sequence[Event]) -> tuple[list[Event], bool]:
    """One trigger's events (``where``: sentence, document, question), each loss noted, and
    whether they are a noun's told again with no actor of its own (kept as they are)."""
    si, doc_id, asks = where
    losses.note_hit(hit, losses.FOUND)
    if hit.consumed or hit.code is None or _topic_of_talks(hits, hit):
        losses.note_hit(hit, losses.EXTRACT, "absorbed or no code")
        return [], False
    if not _standalone_ok(index, hit, hits):
        again = (_named_again(index, hits, hit, si, doc_id, asks, prior)
                 or casualty_events(hits, hit, si, doc_id, asks))  # r9-17c
        losses.note_hit(hit, losses.EXTRACT, "" if again else "noun without own actor")
        return again, True
    events = [addressed_appeal(hit, e)  # "called on X to block Y": an appeal to X (r12-17)
              for e in _hit_events(index, hits, hit, si, doc_id, asks, protests)]
    losses.note_hit(hit, losses.EXTRACT, "" if events else "no roles")
    return [e for e in events if _in_dictionary(hit, e)], False


def _in_dictionary(hit: Hit, event: Event) -> bool:
    if dictionary_event_ok(hit.entry, event, hit.tok):
        return True
    losses.note_hit(hit, losses.EXTRACT, "dictionary filter")
    return False


def _unseen(events: list[Event], seen: set[tuple[str, int, int, int]]) -> list[Event]:
    """``events`` not coded already (one type, trigger and pair)."""
    out: list[Event] = []
    for event in events:
        key = (event.cameo, event.trigger.start, _pos(event.source), _pos(event.target))
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def _named_again(index: ActorIndex, hits: dict[int, Hit], hit: Hit, si: int, doc_id: str,
                 asks: bool, prior: Sequence[Event]) -> list[Event]:
    """"the talks" with no actor of their own: the talks told before (anaphora.py); "the
    protests" told first: the people of the story's country against its government."""
    tok, code = hit.tok, hit.code or ""
    if tok.pos_ != "NOUN" or not noun_event(hit) or tok.dep_ not in NOUN_EVENT_DEPS or (
            _in_adjunct(tok) and not named_in_adjunct(index, tok, code)) or not definite(tok):
        return []
    earlier = earlier_event(prior, code, lookup(code).plover, si)
    roles = None if earlier is None or names_another(index, tok, earlier) else (
        earlier.source, earlier.target)
    people = home_protesters(protest_place(index, tok) or index.story, tok) if (
        code[:2] == "14") else None
    if roles is None and people is not None:
        home = protest_against(index, tok) or home_target(people, code)
        roles = people, home[0] if home else None
    if roles is None:
        return []
    if speaker_hit(hits, tok) is not None:
        return []
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    mod = actorless_modality(hits, hit, asks, clause)  # "if the fighting spread west"
    return [make_event(hit, roles[0], roles[1], si, doc_id, 0, mod, None, code)]


def _absorb_protest_demands(hits: dict[int, Hit], hit: Hit) -> None:
    """"rioted demanding a referendum", "marched to demand his release", "a demonstration
    calling for his removal": the demand is what the protest is about (it names the protest's
    target), not a second event."""
    if not (hit.code or "").startswith("14"):
        return
    for child in hit.tok.children:
        sub = hits.get(child.i)
        if sub is not None and child.dep_ in ("advcl", "acl", "relcl", "xcomp") and (
                sub.frame in ("APPEAL", "DEMAND")) and (
                child.tag_ == "VBG" or "to" in aux_words(child)):
            sub.consumed = True


TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _topic_of_talks(hits: dict[int, Hit], hit: Hit) -> bool:
    """"negotiations on an Israeli troop pullback": the topic of talks, not an event yet."""
    tok = hit.tok
    if not noun_event(hit) or tok.dep_ != "pobj" or tok.head.lower_ not in TOPIC_PREPS:
        return False
    talks = hits.get(tok.head.head.i)
    return talks is not None and (talks.code or "").startswith("04")


def _pos(actor: Actor | None) -> int:
    return -1 if actor is None else actor.start


def _standalone_ok(index: ActorIndex, hit: Hit, hits: dict[int, Hit]) -> bool:
    """An event noun on its own counts only with an actor of its own, outside time adjuncts."""
    tok = hit.tok
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not misparsed_main_verb(tok) and (
            not voiced_clause(tok)) and report_frame(tok) is None:  # r13-17, r15-16
        # "concern that troops had fired", "confirmed reports that X had bombed": clauses
        return False  # "the curfew imposed in 1990": background, not a new event
    if tok.pos_ == "VERB" and (tok.dep_ == "amod" or any(c.dep_ == "det" for c in tok.children)):
        return False  # "the Israeli-occupied West Bank", "evacuated the wounded": descriptions
    if tok.pos_ != "NOUN" or not noun_event(hit):
        return True
    if tok.dep_ not in NOUN_EVENT_DEPS:
        return False
    if _in_adjunct(tok):
        return named_in_adjunct(index, tok, hit.code or "") and not (
            hit.code or "").startswith("14")  # a placed protest: _named_again
    return bool(noun_sources(index, tok)) or custody_roles(index, hit) is not None or (
        one_side_ok(index, hits, hit))


def _in_adjunct(tok: Token) -> bool:
    """Inside a time or cause phrase ("after a week of unrest", "on the eve of a visit")."""
    cur = tok
    for _ in range(5):
        if cur.dep_ not in ("pobj", "prep", "compound", "conj", "nmod", "amod", "poss"):
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in SKIP_PREPS:
            return True
        if cur.lower_ in ("eve", "wake", "aftermath", "run-up") and cur.dep_ == "pobj":
            return True
    return False


def _sources(index: ActorIndex, hits: dict[int, Hit], hit: Hit) -> list[Actor]:
    tok = hit.tok
    if noun_event(hit):
        return (noun_sources(index, tok) or between_source(index, tok, hit.code or "")
                or sent_from(index, tok, hit.code))
    if hit.demand_of is not None:
        speaker = speaker_hit(hits, tok)
        return _sources(index, hits, speaker) if speaker is not None else []
    head = tok.head if tok.pos_ == "ADJ" or tok.dep_ == "acomp" else tok
    found = (source_actors(index, head, stative=stative(hit)) or _message_author(index, head)
             or claimed_by(index, head))
    if found:
        return found
    subj = subject_tokens(head)
    if subj and subj[0].lower_ in PRONOUNS:
        speaker = speaker_hit(hits, tok, FRAMES_WITH_SPEAKER)
        if speaker is not None:
            return _sources(index, hits, speaker)
    return []


MESSAGES = frozenset({"statement", "declaration", "letter", "resolution", "communique",
                      "message", "note", "petition", "document", "report", "proposal", "law",
                      "decree", "bill", "legislation", "measure", "edict", "directive",
                      "ruling", "order"})


def _message_author(index: ActorIndex, tok: Token) -> list[Actor]:
    """"X issued a statement demanding ...", "X took steps to ease ...": the author of the
    message or the steps that the verb describes."""
    if taken_step(tok):
        verb = tok.head.head if tok.dep_ != "advcl" else tok.head
        return source_actors(index, verb)
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or noun.lemma_.lower() not in MESSAGES:
        return []
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return source_actors(index, noun.head)
    return []


def _hit_events(index: ActorIndex, hits: dict[int, Hit], hit: Hit, si: int, doc_id: str,
                asks: bool, protests: frozenset[int]) -> list[Event]:
    """The hit's events; ``protests`` are the sentence's protest triggers (token indices)."""
    hosted = hosted_arrival(index, hit)
    cameo, sources, targets = hosted or (hit.code or "", *_roles(index, hits, hit))
    if hit.entry.frame == "SAY" and not sources:
        return []
    speaker = speaker_hit(hits, hit.tok)
    said_by = _sources(index, hits, speaker) if speaker is not None else []
    attributed = said_by[0] if said_by else None
    keys = index.sector_keys
    sources, targets = speakers_country(said_by or reporter_actors(index, hit.tok), sources,
                                        targets, keys)
    sources, targets = unplaced_roles(sources, targets, keys, hit.code or "", index.stateless,
                                      index.lone, event_places(index, targets))
    located = not sources and not noun_event(hit) and not blast_hit(hit)
    if located:
        sources = location_actors(index, [hit.tok, hit.last], hit.code or "")
    if not targets:
        targets = adjunct_targets(index, hit.tok, hit.code or "", protests) or (
            proposal_targets(index, hit.tok, hit.code or "", sources)) or (
            object_relative_agents(index, hit.tok, sources)) or (
            content_subjects(index, hit) if hit.frame in ("APPEAL", "DEMAND") else []) or (
            inherited_patients(index, hit.tok))  # "returned home after being deported"
    if sources:  # an impeachment, a veto of a bill: the own head, the own legislature
        targets = office_target(hit.tok, sources, targets) or targets
    if not targets and len(sources) == 1:
        targets = home_target(sources[0], hit.code or "")
    mod = noun_modality(hit.tok, event_modality(hits, hit, asks))
    cameo = solo_code(index, hit, sources) if cameo == hit.code else cameo
    return reciprocal(hit.tok, [make_event(hit, src, tgt, si, doc_id, k, mod, attributed, cameo)
                                for k, (src, tgt) in enumerate(
                                    role_pairs(hit, sources, targets, located)
                                    or agentless_pairs(hit))])  # "shops were torched"


def _roles(index: ActorIndex, hits: dict[int, Hit],
           hit: Hit) -> tuple[list[Actor], list[Actor]]:
    """Sources and targets; a few constructions reverse the usual order (constructions.py)."""
    if "ruled_out" in hit.extra:
        speaker = speaker_hit(hits, hit.tok)
        return (_sources(index, hits, speaker) if speaker else []), ruled_out_targets(index, hit)
    if "in_force" in hit.extra:
        return in_force_roles(index, hit)
    if "drawn" in hit.extra:
        return drawn_roles(index, hit)
    # "US-China talks" (r16-17)
    pair = pair_roles(index, hit.tok, hit.code) if noun_event(hit) else None
    custody = pair or custody_roles(index, hit) or shared_passive_roles(index, hit.tok)
    if custody is not None:
        return custody
    sources = _sources(index, hits, hit)
    return sources, criticised(index, hit, sources, hit_targets(index, hits, hit))
