"""Assemble quotes from quote marks, cue words and the dependency parse.

Relations come from these general constructions (each has rows in
tests/test_quotes_extract.py):

* a cue verb (say, tell, warn, ...) with its subject as source and, as content, the
  nearest quoted stretch in the same sentence(s) (direct), or its clausal complement
  (indirect), or a complement that mixes quoted and plain words (mixed); a quote that ends
  its sentence with "!" or "?" takes the cue of the next one ('"Never!" she said.');
* a noun cue with its complement ("his promise to rebuild", "the claim that ...") and
  an adjective made into a statement ("made it clear that ..."), the possessor or the
  verb's subject as source; a view "sees X as Y" with X and Y as content;
* a clause the parser joined to the cue verb ("said X, and there was Y") and a second
  object hung on it ("welcomed X and Y") still belong to the content;
* quoted words the parser took for the subject are no source: the name beside the cue is;
* a cue set off by commas inside the clause it reports ("The goal, he said, is peace"):
  both halves are the content, as two quotes sharing the cue;
* a split quote whose second half follows a participle or a "when asked" clause
  ('"...," she said, recalling ...: "..."') stays with the main cue;
* "according to X": X is the source, the clause around the phrase the content; "as X
  noted, ..." and "..., as X reported" likewise;
* an indirect question put to someone ("asked whether ...") is content with no speaker;
* a label that opens a paragraph ("PENCE: ...", "Loretta Lynch ― “...”", also in a
  transcript quoted paragraph by paragraph), a name signing a quote ("“...” ― Jan
  Novak"; page furniture such as "Q:" or "The Latest:" is no speaker) and a cue with
  a colon closing a paragraph ("He said:"), whose next paragraph is the content
  (``redline.quotes.blocks``);
* a quote left without a cue: in the same paragraph it continues the relation before it
  (its cue and speaker); a paragraph that is only a quote continues the speaker of the
  direct quote before it; a quote inside a sentence is a partial quote.

A question put to someone ("X was asked, '...'") has no speaker: the passive subject of
ask/tell is the addressee. An attribution told inside another one's content ("He said Y
had warned that ...") is not repeated: the outer speaker vouches for it; a plain report
("He said Y said ...", "... according to Y") is, since it names a second source.

Which cue a quote belongs to is ``redline.quotes.assign``; the quotes no cue claimed
(introduced by a colon, continued, partial) are ``redline.quotes.leftovers``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from redline.model import Actor, Quote, Span
from redline.quotes.assign import assign_quotes, outside_chars
from redline.quotes.blocks import colon_block, label_relations
from redline.quotes.carry import carry_pronouns, keep_speaker
from redline.quotes.context import Ctx, CueHit, Rel, build_context, cue_source
from redline.quotes.cues import (
    ADDRESSEE_PASSIVE,
    CueWord,
    asked_aside,
    cue_chars,
    cue_word,
    is_according,
    nearest_subject,
    subtree_chars,
    trim,
)
from redline.quotes.frames import content_of, interposed
from redline.quotes.furniture import clear_furniture
from redline.quotes.leftovers import add_leftovers, claimed_by
from redline.quotes.partial import settle_unclaimed
from redline.quotes.roles import settle_speakers
from redline.quotes.said import attributed, is_said
from redline.quotes.speakers import Source, resolve_source

_MIXED_MIN_CHARS = 8  # words outside quotes that make a reported clause mixed
_PLAIN_REPORT = frozenset({"say", "report"})  # reporting verbs kept inside another report
_ACCORDING = CueWord("according to", "ADP", frozenset({"quote", "clause"}), frozenset())


# ---------------------------------------------------------------- cue words

def _find_cues(ctx: Ctx) -> list[CueHit]:
    out: list[CueHit] = []
    for tok in ctx.doc:
        if ctx.qidx[tok.i] >= 0:
            continue
        if tok.lower_ == "according":  # a cue only as "according to"
            if is_according(tok):
                out.append(CueHit(tok, _ACCORDING, None, "according"))
            continue
        word = cue_word(tok)
        if word is None:
            continue
        found = content_of(tok, word, ctx.text)
        if found is None and "clause" in word.frames:
            split = interposed(tok, ctx.text)
            if split is not None:
                first, *more = _halves(ctx, tok, *split)
                out.append(CueHit(tok, word, first, "clause", tuple(more)))
                continue
        if found is not None or "quote" in word.frames:
            content, frame = found if found is not None else (None, "")
            out.append(CueHit(tok, word, content, frame))
    return out


def _halves(ctx: Ctx, cue: Token, left: tuple[int, int],
            right: tuple[int, int]) -> list[tuple[int, int]]:
    """The content of a cue set off by commas inside the clause it reports: one stretch
    around the cue when the first half is the clause's subject ('Mr. Obama, officials said,
    has become ...'), the second half alone after a mere adverb ('And yet, his aides say,
    ...'), else both halves."""
    span = ctx.doc.char_span(*left, alignment_mode="expand")
    if span is None:
        return [left, right]
    if any(c.dep_ in ("nsubj", "nsubjpass") and left[0] <= c.idx < left[1]
           for c in cue.head.children):
        return [(left[0], right[1])]
    if not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in span):
        return [right]
    return [left, right]


def _according(tok: Token, ctx: Ctx) -> tuple[Source | None, tuple[int, int] | None]:
    to = tok.nbor(1)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    source = resolve_source(pobj, ctx.index, ctx.sent_of(tok.idx)) if pobj else None
    sent = tok.sent
    a_start, a_end = tok.idx, subtree_chars(tok)[1]
    if pobj is not None:
        a_end = max(a_end, subtree_chars(pobj)[1])
    before = trim(ctx.text, sent.start_char, a_start)
    after = trim(ctx.text, a_end, sent.end_char)
    root = (tok.head if tok.head.i != tok.i else sent.root).idx  # the clause it qualifies
    if before[0] <= root < before[1]:
        content = before
    elif after[0] <= root < after[1]:
        content = after
    else:
        content = before if before[1] - before[0] >= after[1] - after[0] else after
    return source, (content if content[1] > content[0] else None)


def _cue_relations(ctx: Ctx, cue: CueHit, quote_ids: Sequence[int]) -> list[Rel]:
    chars = cue_chars(cue.tok)
    if cue.frame == "according":
        source, clause = _according(cue.tok, ctx)
        kind = "according_to"
    else:
        # a raising verb ("she seems ready to ...") says how things look, to no one in particular
        source = None if cue.frame == "raise" else cue_source(cue.tok, ctx)
        clause, kind = cue.content, "indirect"
    if source is None and (_no_one_speaks(cue.tok) or _asked_about(cue)):  # quotes stay
        return [Rel(None, None, (ctx.spans[n].start, ctx.spans[n].end), "partial", True)
                for n in quote_ids]
    rels: list[Rel] = []
    rest = list(quote_ids)
    if clause is not None:
        clause = _whole_quotes(ctx, clause)
        inside = [n for n in rest if clause[0] <= ctx.spans[n].start < clause[1]]
        least = _MIXED_MIN_CHARS if cue.frame == "clause" else 1  # 'called her "weak"'
        if inside and outside_chars(ctx, *clause) >= least:
            rels.append(Rel(chars, source, clause, "mixed" if kind == "indirect" else kind,
                             False, cue.frame))
            rest = [n for n in rest if n not in inside]
        elif not rest:
            quoted = kind == "indirect" and any(ctx.spans_between(*clause))
            rels.append(Rel(chars, source, clause, "mixed" if quoted else kind, False,
                            cue.frame))
    if cue.tok.tag_ == "VBG":
        for rel in rels:
            rel.aside = True
    for more in cue.more:
        rels.append(Rel(chars, source, more, kind, False, cue.frame))
    for n in rest:
        span = ctx.spans[n]
        rels.append(Rel(chars, source, (span.start, span.end), "direct", True, "quote"))
    return rels


def _asked_about(cue: CueHit) -> bool:
    """'Asked about the strikes, the minister ...': the topic of a question put to someone
    is no one's words ('Asked if he would resign' is: the question, with no speaker)."""
    return cue.frame.startswith("topic") and cue.tok.lemma_.lower() in ADDRESSEE_PASSIVE


def _whole_quotes(ctx: Ctx, chars: tuple[int, int]) -> tuple[int, int]:
    """'called Burma a "good news story in an era when ..."': a content that stops (or
    starts) inside a quote runs on to its end (or from its start)."""
    start, end = chars
    for span in ctx.spans_between(start, end):
        if span.outer_start < start < span.outer_end:
            start = span.outer_start if end >= span.outer_end else span.start
        if span.outer_start < end < span.outer_end:
            end = span.outer_end if start <= span.outer_start else span.end
    return start, end


def _no_one_speaks(cue: Token) -> bool:
    """'a group called X', 'a plan known as Y' (a participle naming a noun) and 'Consider
    a gap year' (the writer's imperative) report no one's words."""
    if cue.dep_ == "acl" and cue.tag_ in ("VBN", "VBD"):
        return True
    if asked_aside(cue):
        return True  # 'X, asked about the strikes, replied': the topic of a question put to X
    return cue.dep_ == "ROOT" and cue.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "aux", "neg") for c in cue.children)


def _relations(ctx: Ctx) -> list[Rel]:
    cues = _find_cues(ctx)
    labels = list(label_relations(ctx))
    claimed = claimed_by(ctx, labels)
    assigned = assign_quotes(ctx, cues)
    for quote_ids in assigned.values():
        quote_ids[:] = [n for n in quote_ids if n not in claimed]
    rels = list(labels)
    for cue in cues:
        rels.extend(_cue_relations(ctx, cue, assigned.get(cue.tok.i, ())))
    claimed |= {n for ids in assigned.values() for n in ids}
    for cue in cues:
        if cue.content is None and cue.tok.i not in assigned and "quote" in cue.word.frames:
            block = colon_block(ctx, cue, claimed)
            if block is not None:
                rels.append(block)
                claimed |= claimed_by(ctx, [block])
    rels = _drop_nested(ctx, rels)
    _reach_back(ctx, rels)
    rels.sort(key=lambda r: r.content[0])
    return settle_unclaimed(ctx, add_leftovers(ctx, rels, claimed))


def _reach_back(ctx: Ctx, rels: list[Rel]) -> None:
    """'Sales fell. Profits halved, the company said.': a report placed after what was
    said covers the sentences before it in its paragraph that no one else is given."""
    taken = {ctx.sent_of(r.content[0]) for r in rels} | {
        ctx.sent_of(r.cue[0]) for r in rels if r.cue is not None}
    taken |= {ctx.sent_of(s.start) for s in ctx.spans}
    for rel in rels:
        if rel.frame != "clause" or rel.source is None \
                or rel.cue is None or rel.content[1] > rel.cue[0]:
            continue
        k = ctx.sent_of(rel.content[0])
        if ctx.sent_starts[k] < trim(ctx.text, ctx.sent_starts[k], rel.content[0])[0] \
                or ctx.sent_of(rel.cue[0]) != k:
            continue
        lo = ctx.paras[ctx.para_of(rel.content[0])][0]
        while k > 0 and ctx.sent_starts[k - 1] >= lo and k - 1 not in taken:
            k -= 1
        rel.content = (trim(ctx.text, ctx.sent_starts[k], rel.content[1])[0], rel.content[1])


def _drop_nested(ctx: Ctx, rels: list[Rel]) -> list[Rel]:
    """Drop a relation told inside another one's content ('He said Y wants Z'): the outer
    speaker vouches for it, and its words are already part of that content. A plain report
    ('He said Y said Z', '... according to Y') stays: it names a second source."""
    spans = sorted(r.content for r in rels if r.cue is not None
                   and not r.content[0] <= r.cue[0] < r.content[1])  # not 'X seems ready'
    starts = [s for s, _ in spans]
    reach: list[int] = []  # the furthest end among contents starting at or before k
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)

    def covered(pos: int) -> bool:
        k = bisect.bisect_left(starts, pos) - 1  # contents starting strictly before pos
        return k >= 0 and reach[k] > pos

    according = [r.content for r in rels if r.kind == "according_to"]
    return [r for r in rels if r.cue is None or not covered(r.cue[0])
            or _plain_report(ctx, r, according)]


def _plain_report(ctx: Ctx, rel: Rel, according: Sequence[tuple[int, int]]) -> bool:
    """'... according to Y', or 'Y said' with a subject of its own (not '... and said'),
    unless an 'according to' holds it ('X said Y, according to Z': Z's account)."""
    if rel.kind == "according_to":
        return True
    tok = ctx.index.token_at(rel.cue[0]) if rel.cue is not None else None
    if tok is None or tok.lemma_.lower() not in _PLAIN_REPORT \
            or any(s <= tok.idx < e for s, e in according):
        return False
    subject = nearest_subject(tok)
    return subject is not None and not _counted(subject)


def _counted(subject: Token) -> bool:
    """'51 percent of respondents (said)': a share of those polled, whose answers are the
    poll's finding, not a second source."""
    return any(t.like_num or t.text == "%" or t.lower_ == "percent" for t in subject.subtree)


# ---------------------------------------------------------------- public

def _to_quote(ctx: Ctx, rel: Rel) -> Quote:
    text = ctx.text
    start, end = rel.content
    cue = None if rel.cue is None else Span(text[rel.cue[0]:rel.cue[1]], *rel.cue)
    source = rel.source
    return Quote(
        sentence=ctx.sent_of(start),
        speaker=source.actor if source else None,
        speaker_text=source.text if source else None,
        cue=cue,
        content=Span(text[start:end], start, end),
        direct=rel.direct,
        kind=rel.kind,
        speaker_span=Span(source.text, source.start, source.end) if source else None,
    )



def extract_quotes(doc: Doc, actors: Sequence[Actor]) -> list[Quote]:
    """Direct, indirect, mixed and partial quotes with their cues and resolved speakers."""
    return quotes_and_attributions(doc, actors)[0]


def quotes_and_attributions(doc: Doc, actors: Sequence[Actor]) -> tuple[list[Quote],
                                                                       list[Quote]]:
    """The quotes (words someone said or wrote) and, apart, the other attributions (what
    someone believes, wants or did: ``redline.quotes.said``)."""
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return [], []
    ctx = build_context(doc, actors)
    quotes: list[Quote] = []
    others: list[Quote] = []
    for rel in clear_furniture(ctx.text, _relations(ctx)):
        if is_said(ctx, rel):
            quotes.append(_to_quote(ctx, rel))
        elif attributed(rel):
            others.append(_to_quote(ctx, rel))
    quotes = keep_speaker(ctx, carry_pronouns(ctx, quotes))
    return settle_speakers(ctx, quotes), settle_speakers(ctx, others)
