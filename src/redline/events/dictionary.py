"""The dictionary layer: PETRARCH2's CAMEO 2.0 verb patterns behind our own lexicon.

``own`` is our lexicon alone; ``full`` is our lexicon with the compiled CAMEO 2.0 patterns
(``data/cameo2_verbs.txt``, built by ``scripts/build_cameo_lexicon.py``) as its fallback: a
verb is looked up in the dictionary only where our entries, frames and light-verb nouns code
nothing, and whatever the dictionary codes passes the same roles, modality and confidence
logic as our own entries. ``mined`` (the default) puts behind our lexicon only the verb
classes of the dictionary that were mined one CAMEO root at a time and kept because they held
the article gold's check-half type precision and raised its recall (``MINED_ROOTS``).
"""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from redline.errors import UsageError
from redline.events.lexicon import NO_EVENT, Entry, Lexicon, load_lexicon, parse_lexicon
from redline.model import Actor, Event

CHOICES = ("own", "mined", "full")
DEFAULT = "mined"
ENV = "REDLINE_LEXICON"  # the default choice when none is given (e.g. for the scoreboard)
ORIGIN = "cameo2"
# CAMEO roots whose dictionary patterns stand behind our lexicon by default (issue 17, seventh
# and eighth rounds): each root was tried alone behind our lexicon on the article gold (redline
# eval articles, check half totals only), kept when check type precision held and check
# recall rose. Kept: aid (07) and appeals (02, with the dyads of one state: DOMESTIC_ROOTS).
# Force (19, 20) coded sports results, rankings and residence between states as force
# ("Brazil beat Argentina"): dropped. Assault (18) added one check event (eighth round: 113 ->
# 114, P 0.752 -> 0.754) but codes harm done to economies as assault ("the United States hurt
# China's economy"); without its verbs of harm (hurt, damage, spoil, defeat, ...) it adds none:
# not kept. Criticism (11) raised check type precision and recall (eighth round: P 0.752 ->
# 0.763, R 0.178 -> 0.188 with one-state dyads) but its new events' sides were wrong (check
# actor accuracy 0.588 -> 0.567, under the floor): not kept. Dropped as lowering check
# precision or recall: consultation (04), cooperation (05, 06), concessions (08),
# investigations (09), coercion (17); as raising no check recall: intentions (03), demands
# (10), rejections (12), threats (13: one more tune event, none on check), protests and force
# postures (14, 15), reduced relations (16). Statements (01) have no PLOVER type.
# Ninth round (r9-17m): criticism (11) again, its verbs of saying, claiming, grief and
# fighting excluded (listed in the README) and its sides read by criticism_sides.py: check
# P 0.756 -> 0.763, R 0.182 -> 0.188, but actors 0.598 -> 0.578 (tune unchanged): not kept.
MINED_ROOTS = frozenset({"02", "07"})
# Roots whose dictionary events may join two actors of one state (with different codes): an
# appeal is an appeal within a state too ("French unions begged the French government to raise
# wages"); the other roots' broad senses between actors of one state are domestic politics
# ("Democrats beat the governor") and are left to our own lexicon.
DOMESTIC_ROOTS = frozenset({"02"})
# Verbs whose patterns of a mined root are not that root's event: interference, intervention
# and protection of one's own interests are no PLOVER AID ("Russia interfered in the election",
# "the United States protected its interests in Iraq"); applying, desiring and hoping are no
# appeals ("China applied tariffs to American goods", "Modi desired Indian unity"; "applied
# for membership" is our own lexicon's "apply for").
NOT_MINED = {
    "02": frozenset({"apply", "desire", "hop"}),
    "07": frozenset({"interfere", "intervene", "protect", "defend", "guard", "safeguard",
                     "shield", "ward", "tend", "stabilise", "stabilize"}),
}


def lexicon_choice(name: str | None = None) -> str:
    """``name``, else $REDLINE_LEXICON, else the default; a usage error for unknown names."""
    choice = (name or os.environ.get(ENV) or DEFAULT).strip().lower()
    if choice not in CHOICES:
        raise UsageError(f"unknown lexicon {choice!r}: choose one of {', '.join(CHOICES)}")
    return choice


@lru_cache(maxsize=1)
def cameo_lexicon() -> Lexicon:
    """The compiled CAMEO 2.0 verb patterns (loaded once)."""
    text = resources.files("redline.events").joinpath("data/cameo2_verbs.txt").read_text()
    return parse_lexicon(text.splitlines(), origin=ORIGIN)


@lru_cache(maxsize=len(CHOICES))
def select_lexicon(name: str | None = None) -> Lexicon:
    """The lexicon for a choice: ``own``, ``mined`` (own first, the dictionary's mined classes
    behind) or ``full`` (own first, the whole dictionary behind)."""
    own = load_lexicon()
    choice = lexicon_choice(name)
    if choice == "own":
        return own
    behind = mined_lexicon() if choice == "mined" else cameo_lexicon()
    return Lexicon(own.entries, own.noun_classes, own.light, fallback=behind)


@lru_cache(maxsize=1)
def mined_lexicon() -> Lexicon:
    """The dictionary's patterns of the mined roots (``MINED_ROOTS``) for the verbs that have
    one, with every other pattern of the same verbs kept as a no-event blocker in its place of
    specificity order: "hammered out a deal" (057 in the dictionary) or "engaged in trade" (061)
    must not fall through to a bare mined pattern of the same verb."""
    text = resources.files("redline.events").joinpath("data/cameo2_verbs.txt").read_text()
    lines = text.splitlines()
    mined = {line.split()[1] for line in lines if _mined_line(line)}
    kept = [line for line in lines  # parse only the verbs that can be kept (load time)
            if not line.startswith("verb ") or line.split()[1] in mined]
    parsed = parse_lexicon(kept, origin=ORIGIN)
    entries = {pos: _mined(by_lemma) for pos, by_lemma in parsed.entries.items()}
    return Lexicon(entries, parsed.noun_classes, parsed.light)


def _mined_line(line: str) -> bool:
    parts = line.split()
    return len(parts) > 2 and parts[0] == "verb" and mined_code(parts[1], parts[-1])


def _mined(by_lemma: dict[str, tuple[Entry, ...]]) -> dict[str, tuple[Entry, ...]]:
    out: dict[str, tuple[Entry, ...]] = {}
    for lemma, entries in by_lemma.items():
        if any(mined_code(lemma, e.code) for e in entries):
            out[lemma] = tuple(e if mined_code(lemma, e.code) else replace(e, code=NO_EVENT)
                               for e in entries)
    return out


def mined_code(lemma: str, code: str) -> bool:
    """A dictionary code the mined layer keeps for a verb: of a mined root, and not one of
    the root's senses the verb does not carry (``NOT_MINED``)."""
    return code[:2] in MINED_ROOTS and lemma not in NOT_MINED.get(code[:2], ())


def dictionary_event_ok(entry: Entry, event: Event, tok: Token | None = None) -> bool:
    """A dictionary-derived event needs, as in PETRARCH, a coded source and a coded target,
    and two different ones: the dictionary's verbs are broad ("voted", "argued", "beat"), and
    an actorless subject ("floods hit the region") or a one-sided act is no dyadic event.
    Between two actors of one state the broad senses are domestic politics ("Democrats beat
    the governor", "the Senate resolved to"): such a dyad is left to our own lexicon, except
    for the roots of ``DOMESTIC_ROOTS`` (appeals: "unions begged the government") between two
    actors that are not the bare state told by its adjective ("the Kremlin solicited Russian
    help" is none), under ``mined`` and ``full`` alike."""
    if entry.origin != ORIGIN:
        return True
    src, tgt = event.source, event.target
    if src is None or tgt is None or not src.code or not tgt.code:
        return False
    if src.country and src.country == tgt.country and (
            entry.code[:2] not in DOMESTIC_ROOTS or _state_word(src, tok) or _state_word(tgt, tok)):
        return False
    if tok is not None and not (finite_clause(tok) and _within(src, tok, SUBJECT_DEPS)):
        return False
    return src.code != tgt.code


def _state_word(actor: Actor, tok: Token | None) -> bool:
    """The bare state told by its adjective ("Indian unity", "Russian help"): within one
    state no side of an appeal (a government does not appeal to its own state's unity);
    its name is its people ("Erdogan begged Turkey to stay calm")."""
    if actor.code != actor.country:
        return False
    span = tok.doc.char_span(actor.start, actor.end, alignment_mode="expand") if tok else None
    return span is None or span[-1].pos_ == "ADJ"


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ"})


def finite_clause(tok: Token) -> bool:
    """A verb heading a finite clause of its own (a main, coordinated or reported clause
    with a tense or an auxiliary), not a participle or infinitive inside another act
    ("helping to build", "joining X in", "a plan enforcing")."""
    if tok.dep_ not in ("ROOT", "conj", "ccomp", "relcl"):
        return False
    return tok.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                          for c in tok.children)


def _within(actor: Actor, tok: Token, deps: frozenset[str]) -> bool:
    """The actor's mention lies inside the verb's subject (or passive agent), as PETRARCH's
    source is the subject noun phrase ("their dream shattered" has no actor subject)."""
    for child in tok.children:
        if child.dep_ in deps:
            first, last = child.left_edge, child.right_edge
            if first.idx <= actor.start and actor.end <= last.idx + len(last.text):
                return True
    return False


def frames_complement(frame: Entry, complement: Entry) -> bool:
    """Our frames ("pledged to", "proposed", "failed to") read their complement's code from
    our own entries only: a dictionary verb's broad code under a frame makes a wrong threat
    or rejection ("pledged to expand its military" is no threat)."""
    return complement.origin == frame.origin or complement.origin != ORIGIN
