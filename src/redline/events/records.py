"""From roles to records: who acts on whom, the code a lone actor gets, and the Event itself.

- :func:`role_pairs`: source-target pairs of one trigger (reciprocal triggers pair their
  coordinated sources with each other; an actor is never its own target);
- :func:`solo_code`: the entry's one-sided code when no partner takes part;
- :func:`home_target`: the home country a protest, concession or coercive act with no named
  target is aimed at (CAMEO's convention);
- :func:`make_event`: the coded :class:`~redline.model.Event` of a hit and one pair.
"""

from __future__ import annotations

from redline.events.codebook import lookup
from redline.events.implicit import unnamed_state
from redline.events.roles import ActorIndex
from redline.events.sector_actors import state_actor
from redline.events.triggers import Hit
from redline.model import Actor, Event
from redline.model import Span as TextSpan

HOME_ROOTS = frozenset({"08", "14", "17"})
RECIP_ROOTS = frozenset({"03", "04", "05", "06", "19"})


def role_pairs(hit: Hit, sources: list[Actor], targets: list[Actor],
           located: bool = False) -> list[tuple[Actor | None, Actor | None]]:
    """Source-target pairs; an actor is never its own target, except a location standing in
    for an unnamed party ("a journalist was killed in a car bomb in Beirut": LBN -> LBN)."""
    code = hit.code or ""
    if len(sources) > 1 and (hit.entry.recip or code[:2] in RECIP_ROOTS) and (
            not targets or code[:2] != "19") and (  # "A and B attacked C": C is the target
            _joint(hit, code)):
        return [(a, b) for a in sources for b in sources if a is not b]
    pairs: list[tuple[Actor | None, Actor | None]] = []
    srcs: list[Actor | None] = list(sources) or [None]
    tgts: list[Actor | None] = list(targets) or [None]
    for src in srcs:
        for tgt in tgts:
            if not located and src is not None and tgt is not None and (
                    src.start, src.end, src.code) == (tgt.start, tgt.end, tgt.code):
                continue
            if src is not None or tgt is not None:
                pairs.append((src, tgt))
    return pairs


# r7-16: codes a frame verb takes from its complement that are acts on a third party, not on
# each other: aid promised (033x), aid, demands, criticism, rejection, threats, protest,
# force ("agreed to impose sanctions on Russia", "vowed to deliver the funds")
THIRD_PARTY = frozenset({"033", "07", "10", "11", "12", "13", "14", "15", "16", "17", "18",
                         "19", "20"})


def _joint(hit: Hit, code: str) -> bool:
    """Coordinated sources act on each other only in a joint act: the entry's own code ("A and
    B met", "agreed") or a joint complement ("agreed to hold talks", "to a ceasefire"); not
    "A and B vowed to deliver the funds" or "agreed to impose sanctions on Russia" (r7-16)."""
    if hit.comp is None or code == hit.entry.code:
        return True
    return code[:2] not in THIRD_PARTY and code[:3] not in THIRD_PARTY


def solo_code(index: ActorIndex, hit: Hit, sources: list[Actor]) -> str:
    """The entry's one-sided code when no partner takes part ("China held drills near
    Taiwan"); a partner is a second source, a "with" actor, or a "joint" act."""
    code = hit.code or ""
    solo = hit.entry.solo
    if solo is None or code != hit.entry.code or len({a.country for a in sources}) > 1:
        return code
    heads = [hit.tok, *([hit.last] if hit.last.i != hit.tok.i else [])]
    for head in heads:
        for child in head.children:
            if child.lower_ in ("joint", "combined") or (
                    child.lower_ == "with" and index.pobj_actors(child)):
                return code
    return solo


def home_target(src: Actor, code: str) -> list[Actor]:
    """A protest, a concession or a coercive act with no target named is aimed at home
    (CAMEO's convention): protesters at their own government, police at their own country's
    people, a government easing restrictions at its country, a union calling off a strike at
    its government. No words of the text name the target: it is the source's state with
    empty text and a zero-width span (``implicit.unnamed_state``)."""
    if code[:2] not in HOME_ROOTS or not state_actor(src):
        return []
    country = src.country or ""
    sector = "GOV" if code[:2] == "14" else None
    if code[:2] == "08":  # a concession: the government's to its country, others' to it
        sector = None if src.sector == "GOV" else "GOV"
    if src.code == country + (sector or ""):
        return []
    return [unnamed_state(src, country, sector)]


def make_event(hit: Hit, src: Actor | None, tgt: Actor | None, si: int, doc_id: str, k: int,
           mod: str, attributed: Actor | None, cameo: str) -> Event:
    code = lookup(cameo)
    start = hit.tok.idx
    last = hit.last if hit.last.i >= hit.tok.i else hit.tok
    text = hit.tok.doc[hit.tok.i:last.i + 1].text  # never doc.text: it rebuilds the document
    end = start + len(text)
    plover, mode = code.plover, code.plover_mode or None
    if hit.entry.plover and cameo == hit.entry.code:  # a PLOVER-only type ("resigned")
        plover, _, own_mode = hit.entry.plover.partition(":")
        mode = own_mode or mode
    return Event(
        id=f"{doc_id}:{si}:{start}:{code.cameo}:{k}", sentence=si, source=src, target=tgt,
        cameo=code.cameo, cameo_root=code.root, plover=plover, goldstein=code.goldstein,
        quad_class=code.quad_class, trigger=TextSpan(text, start, end),
        negated=mod in ("negated", "denied"),
        hypothetical=mod in ("hypothetical", "asked", "intended"),
        attributed_to=attributed, modality=mod, plover_mode=mode,
        label=code.label, intent_cameo=_intent(hit, mod),
    )


def _intent(hit: Hit, mod: str) -> str | None:
    """The CAMEO intent code of a cooperative "will X" told as the actor's own stated intent
    (``resolution._modal_fold``, ``hit_modality``): what ``cameo_view`` reads it as."""
    code = hit.extra.get("intent") if hit.extra.get("stated") else None
    return code if code and mod == "intended" else None


def spoken_event(span: TextSpan, cameo: str, source: Actor, target: Actor | None, si: int,
                 doc_id: str) -> Event:
    """An act the speaker does by speaking (an appeal, praise, criticism): asserted, the
    speaker's own, id marked ``:q``."""
    code = lookup(cameo)
    return Event(
        id=f"{doc_id}:{si}:{span.start}:{code.cameo}:q", sentence=si, source=source,
        target=target, cameo=code.cameo, cameo_root=code.root, plover=code.plover,
        goldstein=code.goldstein, quad_class=code.quad_class, trigger=span,
        attributed_to=source, modality="asserted", plover_mode=code.plover_mode or None,
        label=code.label)
