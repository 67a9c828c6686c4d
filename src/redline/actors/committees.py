"""Committees of a legislature: "the House Intelligence Committee", "Senate Foreign Relations
Committee Chairman Jim Risch". The chamber's words name the legislature (US House and Senate:
USALEG); a committee's chair or member named right after it, whom no row knows, is a lawmaker
of that legislature, not an actor without a country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from redline.actors.mentions import generic_mention

if TYPE_CHECKING:
    from redline.actors.resolve import Ctx

CHAMBERS = {"house": "USA", "senate": "USA"}
COMMITTEE_HEADS = frozenset({"committee", "subcommittee"})
LINKS = frozenset({"and", "on", "of", "for", "&", "-"})
MEMBER_WORDS = frozenset({"chairman", "chairwoman", "chair", "member", "ranking", "vice",
                          "top", "co", "-", "leader"})
MAX_NAME = 6


def _committee_end(doc: Doc, i: int) -> int | None:
    """The end of "House|Senate [Capitalised words] Committee" starting at token i."""
    for k in range(i + 1, min(i + 2 + MAX_NAME, len(doc))):
        tok = doc[k]
        if tok.lower_ in COMMITTEE_HEADS:
            return k + 1 if k > i + 1 else None
        if not (tok.text[:1].isupper() or tok.lower_ in LINKS):
            return None
    return None


def _member_end(ctx: Ctx, end: int) -> tuple[int, int] | None:
    """(start, end) of a PERSON entity after up to three member words ("chairman")."""
    k = end
    while k < len(ctx.doc) and k - end < 3 and ctx.doc[k].lower_ in MEMBER_WORDS:
        k += 1
    return (k, ctx.person_ents[k]) if k > end and k in ctx.person_ents else None


def committees(ctx: Ctx) -> None:
    """Add the committee mentions (and their unknown members) and drop the lexicon items
    inside them; a known person named after a committee is left to the person look-up."""
    doc, spans = ctx.doc, []
    if "House" not in ctx.text and "Senate" not in ctx.text:
        return
    for tok in doc:
        white = tok.i > 0 and doc[tok.i - 1].lower_ == "white"  # the White House's
        country = CHAMBERS.get(tok.lower_) if tok.text[:1].isupper() and not white else None
        end = _committee_end(doc, tok.i) if country else None
        if country is None or end is None:
            continue
        member = _member_end(ctx, end)
        known = member is not None and any(
            it.of("person") and member[0] <= it.start < member[1] for it in ctx.items)
        stop = member[1] if member and not known else end
        name = doc[member[0]:member[1]].text if member and not known else doc[tok.i:end].text
        m = generic_mention(ctx.kb, tok.i, stop, name, country, "LEG",
                            "person" if stop != end else "state")
        m.named = stop != end
        ctx.out.append(m)
        spans.append((tok.i, stop))
    ctx.items = [it for it in ctx.items if not any(s <= it.start < e for s, e in spans)]
