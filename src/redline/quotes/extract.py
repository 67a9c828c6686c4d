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
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from redline.model import Actor, Quote, Span
from redline.quotes.blocks import colon_block, label_relations, past_bullet
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
from redline.quotes.marks import QuoteSpan
from redline.quotes.partial import settle_unclaimed
from redline.quotes.roles import settle_speakers
from redline.quotes.said import attributed, is_said
from redline.quotes.speakers import Source, mention_span, resolve_source

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
                out.append(CueHit(tok, word, split[0], "clause", (split[1],)))
                continue
        if found is not None or "quote" in word.frames:
            content, frame = found if found is not None else (None, "")
            out.append(CueHit(tok, word, content, frame))
    return out


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


# ---------------------------------------------------------------- quotes -> cues

def _assign_quotes(ctx: Ctx, cues: Sequence[CueHit]) -> dict[int, list[int]]:
    """Each quote to the nearest cue word in the sentence(s) it spans: cue.i -> quote ids."""
    by_sent: dict[int, list[CueHit]] = {}
    for cue in cues:
        by_sent.setdefault(ctx.sent_of(cue.tok.idx), []).append(cue)
    out: dict[int, list[int]] = {}
    for n, span in enumerate(ctx.spans):
        first, last = ctx.sent_of(span.start), ctx.sent_of(max(span.end - 1, 0))
        lo = ctx.paras[ctx.para_of(span.outer_start)][0]
        hi = ctx.paras[ctx.para_of(max(span.outer_end - 1, 0))][1]
        pool = [c for s in range(first, min(last, first + 40) + 1) for c in by_sent.get(s, ())
                if lo <= c.tok.idx < hi]
        if not pool:
            pool = _next_sentence_cues(ctx, span, by_sent.get(last + 1, ()), hi)
        if not pool:
            continue
        best = _governing(min(pool, key=lambda c: _distance(c.tok, span)), pool, span)
        if best.holds(span.start, span.end) or not _title_beside_clause(ctx, best, span) and (
                best.frame == "according" or "quote" in best.word.frames) and _clausal(ctx, span):
            out.setdefault(best.tok.i, []).append(n)
    return out


def _title_beside_clause(ctx: Ctx, cue: CueHit, span: QuoteSpan) -> bool:
    """'Speaking on “This Week,” Carson admitted that ...': a quoted name of a few
    words (or in title case) outside the clause the cue governs is not what was said."""
    if cue.frame != "clause" or _opens_sentence(ctx, span):
        return False  # '"We will win," Smith said, "and ..."': what was said comes first
    words = ctx.text[span.start:span.end].split()
    return len(words) < 4 or len(words) <= 8 and all(w[:1].isupper() for w in words)


def _governing(best: CueHit, pool: Sequence[CueHit], span: QuoteSpan) -> CueHit:
    """'"...," she said, recalling her days: "..."': the quote is still hers, said."""
    tok = best.tok
    asked = tok.lemma_.lower() in ADDRESSEE_PASSIVE and tok.dep_ == "advcl" and not any(
        c.dep_ == "nsubj" for c in tok.children)  # 'when asked about it, "..."'
    if tok.tag_ != "VBG" and not asked or best.holds(span.start, span.end):
        return best
    by_tok = {c.tok.i: c for c in pool if "quote" in c.word.frames and (
        c.content is None or c.content[1] <= c.tok.idx or c.holds(span.start, span.end))}
    while tok.dep_ in ("advcl", "xcomp", "acl", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i in by_tok:
            return by_tok[tok.i]
    before = [c for c in by_tok.values() if c.tok.i < best.tok.i]  # parsed under the quote
    return max(before, key=lambda c: c.tok.i) if before else best


def _next_sentence_cues(ctx: Ctx, span: QuoteSpan, cues: Sequence[CueHit],
                        hi: int) -> list[CueHit]:
    """'"We will win!" Trump said.': the parser ends the sentence at the closing mark."""
    if not cues or ctx.sent_of(cues[0].tok.idx) != ctx.sent_of(span.outer_end + 1):
        return []
    gap = ctx.text[span.outer_end:cues[0].tok.sent.start_char]
    if gap.strip() or ctx.text[span.end - 1] not in ",.?!…":
        return []
    return [c for c in cues if c.content is None and c.tok.idx < hi]


def _clausal(ctx: Ctx, span: QuoteSpan) -> bool:
    """Quoted words that stand as a clause: set off by punctuation or ending in it."""
    text = ctx.text
    if span.end > span.start and text[span.end - 1] in ",.?!;:…":
        return True
    k = _before_quote(ctx, span)
    return k is None or text[k - 1] in ",:;—―–-(\n"


def _before_quote(ctx: Ctx, span: QuoteSpan) -> int | None:
    """The end of the text before a quote in its sentence, or None if it opens it."""
    sent_start = ctx.sent_starts[ctx.sent_of(span.outer_start)] if ctx.sent_starts else 0
    k = _skip_space_back(ctx.text, span.outer_start, sent_start)
    return None if k <= sent_start else k


def _skip_space_back(text: str, k: int, lo: int = 0) -> int:
    """``k`` moved back over the whitespace before it, not below ``lo``."""
    while k > lo and text[k - 1].isspace():
        k -= 1
    return k


def _opens_sentence(ctx: Ctx, span: QuoteSpan) -> bool:
    return _before_quote(ctx, span) is None


def _distance(cue: Token, span: QuoteSpan) -> int:
    if cue.idx >= span.outer_end:
        return cue.idx - span.outer_end
    return max(0, span.outer_start - (cue.idx + len(cue.text)))


def _outside_chars(ctx: Ctx, start: int, end: int) -> int:
    """Letters and digits of text[start:end] that are not inside any quote."""
    text = ctx.text
    count = 0
    pos = start
    for span in ctx.spans_between(start, end):
        count += sum(ch.isalnum() for ch in text[pos:max(pos, span.outer_start)])
        pos = max(pos, span.outer_end)
    count += sum(ch.isalnum() for ch in text[pos:end])
    return count


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
        if inside and _outside_chars(ctx, *clause) >= least:
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


# ---------------------------------------------------------------- labels and leftovers

def _leftover(ctx: Ctx, span: QuoteSpan, previous: Rel | None) -> Rel:
    """A quote no cue claimed: one a clause introduces with a colon, a continuation of the
    previous speaker, or a partial quote."""
    introduced = _colon_intro(ctx, span)
    if introduced is not None:
        return introduced
    text = ctx.text
    lo, hi = ctx.paras[span.paragraph] if span.paragraph < len(ctx.paras) else (0, len(text))
    alone = _outside_chars(ctx, lo, hi) == 0
    sent = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    starts_sentence = sent is not None and trim(
        text, sent[0].sent.start_char, span.outer_start)[1] <= sent[0].sent.start_char
    near = previous is not None and ctx.para_of(previous.content[1]) >= span.paragraph - 1
    if (alone or starts_sentence) and near and previous is not None:
        if ctx.para_of(previous.content[1]) == span.paragraph:  # '..., he said. "More."'
            return Rel(previous.cue, previous.source, (span.start, span.end), "direct", True)
        if previous.direct:
            return Rel(None, previous.source, (span.start, span.end), "direct", True)
    if alone or starts_sentence:
        return Rel(None, None, (span.start, span.end), "direct", True)
    return Rel(None, None, (span.start, span.end), "partial", True)


def _colon_intro(ctx: Ctx, span: QuoteSpan) -> Rel | None:
    """'Trump boomed: “Let's defeat her.”': a clause ending in a colon right before the
    quote, whose verb has a subject that can speak, gives the cue and the source."""
    k = _skip_space_back(ctx.text, past_bullet(ctx.text, span.outer_start))
    colon = ctx.index.token_at(k - 1) if k > 0 and ctx.text[k - 1] == ":" else None
    if colon is None or ctx.qidx[colon.i] >= 0:
        return None
    verbs = (t for t in reversed(colon.doc[colon.sent.start:colon.i])
             if t.pos_ in ("VERB", "AUX") and ctx.qidx[t.i] < 0)
    verb = next(verbs, None)  # the last verb before the colon
    subject = nearest_subject(verb) if verb else None
    if verb is None or subject is None:
        return None
    i, j = mention_span(subject)
    source = resolve_source(subject, ctx.index, ctx.sent_of(verb.idx),
                            span=(i, max(i + 1, min(j, verb.i))))
    if source.actor is None and subject.pos_ not in ("PROPN", "PRON"):
        return None  # 'The list was short: “...”' names no speaker
    return Rel(cue_chars(verb), source, (span.start, span.end), "direct", True, "quote")



def _claimed_by(ctx: Ctx, rels: Sequence[Rel]) -> set[int]:
    """Indices of the quote spans that lie inside the content of one of ``rels``, or around
    a direct one's content (a transcript quoted as a whole)."""
    return {ctx.span_ids[id(s)] for r in rels for s in ctx.spans_between(*r.content)
            if r.content[0] <= s.start and s.end <= r.content[1]
            or r.direct and s.start <= r.content[0] and r.content[1] <= s.end}


def _relations(ctx: Ctx) -> list[Rel]:
    cues = _find_cues(ctx)
    labels = list(label_relations(ctx))
    claimed = _claimed_by(ctx, labels)
    assigned = _assign_quotes(ctx, cues)
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
                claimed |= _claimed_by(ctx, [block])
    rels = _drop_nested(ctx, rels)
    _reach_back(ctx, rels)
    rels.sort(key=lambda r: r.content[0])
    return settle_unclaimed(ctx, _add_leftovers(ctx, rels, claimed))


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


def _add_leftovers(ctx: Ctx, rels: list[Rel], claimed: set[int]) -> list[Rel]:
    out: list[Rel] = []
    pending = [n for n in range(len(ctx.spans)) if n not in claimed]
    pending.sort(key=lambda n: ctx.spans[n].start)
    k = 0
    last: list[Rel | None] = [None]  # the latest direct quote with a source
    for rel in rels:
        while k < len(pending) and ctx.spans[pending[k]].start < rel.content[0]:
            out.append(_leftover_unless_inside(ctx, pending[k], out, last))
            k += 1
        out.append(rel)
        if _continued(rel):
            last[0] = rel
    for n in pending[k:]:
        out.append(_leftover_unless_inside(ctx, n, out, last))
    return [r for r in out if r.content[1] > r.content[0]]


def _leftover_unless_inside(ctx: Ctx, n: int, done: list[Rel],
                            last: list[Rel | None]) -> Rel:
    span = ctx.spans[n]
    if any(r.content[0] <= span.start and span.end <= r.content[1] for r in done[-5:]):
        return Rel(None, None, (0, 0), "partial", True)  # part of a relation: dropped
    rel = _leftover(ctx, span, last[0])
    if _continued(rel):
        last[0] = rel
    return rel


def _continued(rel: Rel) -> bool:
    """Whether a quote that follows with no cue of its own may continue ``rel``."""
    return rel.source is not None and (
        rel.direct or rel.cue is not None and rel.frame == "clause" and not rel.aside)


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
    return settle_speakers(ctx, quotes), settle_speakers(ctx, others)
