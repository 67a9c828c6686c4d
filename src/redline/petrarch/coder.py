"""``code_sentence``: a PETRARCH-style pattern coder on a spaCy dependency parse.

For each verb of a sentence found in the verb dictionary: the block's patterns are tried,
longest first; the first that fits gives the code and may fix the source (``$``), target
(``+``) or a compound (``%``). Otherwise the verb's (or block's) default code is used, except
for a negated verb, which no pattern covered: that yields nothing. The source defaults to the
subject (a passive's ``by`` agent when present); the target to the first name after the verb
within its clause. ``[A:B]`` codes add the reverse event B from target to source.
"""

from __future__ import annotations

import re
from typing import Any

from redline.petrarch.index import Index, index_for
from redline.petrarch.model import Coding, PetrarchDictionaries, VerbForm
from redline.petrarch.patterns import Binding, Side, make_sides, match_pattern
from redline.petrarch.units import UnitContext, unit_codes, unit_head
from redline.petrarch.view import Found, SentenceView, noun_chunk_spans

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
CLIMB = {"xcomp", "ccomp", "conj", "advcl", "pcomp", "acomp", "prep", "aux", "dep", "oprd"}
NULL = "---"


def normalize_date(date: str | None) -> str | None:
    """``YYYYMMDD`` or ``YYYY-MM-DD`` -> ``YYYY-MM-DD``; anything else -> None."""
    if not date:
        return None
    digits = re.sub(r"\D", "", str(date))
    if len(digits) != 8:
        return None
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


class _Sentence:
    """Everything the coder knows about one sentence."""

    def __init__(self, span: Any, index: Index, dicts: PetrarchDictionaries, date: str | None,
                 chunks: list[tuple[int, int]] | None = None):
        self.span = span
        self.index = index
        self.blocks = dicts.blocks
        self.view = SentenceView(span, chunks)
        self.found = self.view.find(index.names)
        by_token: dict[int, Found] = {}
        for f in self.found:
            for w in range(f.start, f.end):
                by_token.setdefault(self.view.word_tok[w], f)
        self.ctx = UnitContext(by_token, date)
        self.sides: tuple[Side, Side] = make_sides(self.view.words, self.found,
                                                   self.view.chunks, dicts.synsets)

    def codes_at(self, tok: Any, preps: bool = True) -> list[str]:
        return unit_codes(unit_head(tok, preps), self.ctx)

    def dicts_block_code(self, block: int) -> str | None:
        return self.blocks[block].code

    def discarded(self) -> bool:
        return bool(self.view.find(self.index.discards))


def _verb_forms(tok: Any, sent: _Sentence) -> tuple[list[VerbForm], int, int] | None:
    view, index = sent.view, sent.index
    w = view.tok_word[tok.i]
    cands = list(index.verbs.get(view.words[w], ()))
    if not cands:
        cands = list(index.lemmas.get(tok.lemma_.upper(), ()))
    best: tuple[list[VerbForm], int, int] | None = None
    for form in cands:
        start = w - form.head
        surface = tuple(view.words[start:start + len(form.words)]) if start >= 0 else ()
        if len(form.words) > 1 and surface != form.words:
            continue
        end = start + len(form.words)
        if best is None or end - start > best[2] - best[1]:
            best = ([form], start, end)
        elif end - start == best[2] - best[1]:
            best[0].append(form)
    return best


def _subject(verb: Any) -> tuple[Any | None, Any | None]:
    """(source token, passive subject token) for a verb, climbing out of embedded clauses."""
    tok = verb
    for _ in range(8):
        subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.pos_ != "PRON":
            if subj.dep_.endswith("pass") and tok.i == verb.i:
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                kids = list(agent.children) if agent is not None else []
                pobj = next((c for c in kids if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, subj
            return subj, None
        if tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
            return tok.head, None
        if tok.dep_ not in CLIMB or tok.head.i == tok.i:
            return None, None
        tok = tok.head
    return None, None


def _target(verb: Any, sent: _Sentence, skip: set[int]) -> Any | None:
    """The first name after the verb inside its clause (not in a coordinated verb)."""
    banned = set(skip)
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            banned.update(t.i for t in child.subtree)
    for tok in verb.subtree:
        if tok.i > verb.i and tok.i not in banned and tok.i in sent.ctx.by_token:
            return tok
    return None


REFUSALS = {"refuse", "decline", "fail", "deny", "reject"}


def _negated(verb: Any) -> bool:
    """Negated ("did not", "never") or refused ("refused to attack")."""
    if any(c.dep_ == "neg" or c.lower_ in ("never", "neither") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS


def _choose(verb: Any, forms: list[VerbForm], start: int, end: int, sent: _Sentence
            ) -> tuple[str | None, Binding, str]:
    """The code (pattern or default), the pattern's role bindings, and the pattern text."""
    blocks = list(dict.fromkeys(f.block for f in forms))
    patterns = sorted((p for b in blocks for p in sent.index.patterns.get(b, ())),
                      key=lambda p: (-p.size, p.order))
    for pattern in patterns:
        binding = match_pattern(pattern, sent.sides[0], sent.sides[1], start, end)
        if binding is None:
            continue
        if any(r.endswith("compound") and len(_role_codes(sent, f)) < 2
               for r, f in binding):
            continue
        return pattern.code, binding, pattern.text
    if _negated(verb):
        return None, (), ""
    own = next((f.code for f in forms if f.code), None)
    return own or sent.dicts_block_code(blocks[0]), (), ""


def _tok(sent: _Sentence, found: Found) -> Any:
    return sent.span.doc[found.head]


def _role_codes(sent: _Sentence, found: Found) -> list[str]:
    """Codes of a name a pattern bound to a role: its own phrase, not an enclosing one."""
    return sent.codes_at(_tok(sent, found), preps=False)


def _roles(verb: Any, binding: Binding, sent: _Sentence) -> tuple[list[str], list[str], bool]:
    """(source codes, target codes, reciprocal compound) for one verb."""
    roles = dict(binding)
    if "pre_compound" in roles:
        return _role_codes(sent, roles["pre_compound"]), [], True
    src_tok, passive_subject = _subject(verb)
    source = sent.codes_at(src_tok) if src_tok is not None else []
    skip = {t.i for t in unit_head(src_tok).subtree} if src_tok is not None else set()
    if passive_subject is not None:
        target = sent.codes_at(passive_subject)
    else:
        tgt_tok = _target(verb, sent, skip)
        target = sent.codes_at(tgt_tok) if tgt_tok is not None else []
    source, target = _apply_roles(roles, source, target, verb, sent)
    return source, target, False


def _apply_roles(roles: dict[str, Found], source: list[str], target: list[str], verb: Any,
                 sent: _Sentence) -> tuple[list[str], list[str]]:
    default_source = source
    if "source" in roles:
        source = _role_codes(sent, roles["source"])
    for key in ("target", "compound"):
        if key in roles:
            target = _role_codes(sent, roles[key])
    if "target" in roles and "source" not in roles and set(source) == set(target):
        outer, _ = _subject(verb.head) if verb.head.i != verb.i else (None, None)
        source = sent.codes_at(outer) if outer is not None else []
    if "source" in roles and "target" not in roles and default_source != source:
        target = default_source
    return source, target


def _pairs(source: list[str], target: list[str], reciprocal: bool, require_dyad: bool
           ) -> list[tuple[str, str]]:
    if reciprocal:
        return [(a, b) for a in source for b in source if a != b]
    if not require_dyad:
        source, target = source or [NULL], target or [NULL]
    return [(a, b) for a in source for b in target if a != b or a == NULL]


def _verb_codings(verb: Any, sent: _Sentence, require_dyad: bool, number: int) -> list[Coding]:
    hit = _verb_forms(verb, sent)
    if hit is None:
        return []
    forms, start, end = hit
    code, binding, text = _choose(verb, forms, start, end, sent)
    if code is None or code.replace(":", "") in ("", NULL):
        return []
    source, target, reciprocal = _roles(verb, binding, sent)
    forward, _, backward = code.partition(":")
    out: list[Coding] = []
    for a, b in _pairs(source, target, reciprocal, require_dyad):
        if forward and forward != NULL:
            out.append(Coding(a, b, forward, verb.text, text, number))
        if backward and backward != NULL and not reciprocal:
            out.append(Coding(b, a, backward, verb.text, text, number))
    return out


def code_span(span: Any, dicts: PetrarchDictionaries, date: str | None = None, *,
              require_dyad: bool = True, number: int = 0,
              chunks: list[tuple[int, int]] | None = None) -> list[Coding]:
    """Codings of one sentence span (already parsed); ``chunks`` are the doc's noun chunks
    as token offsets (computed from the span when not given)."""
    index = index_for(dicts)
    sent = _Sentence(span, index, dicts, normalize_date(date), chunks)
    if not sent.view.words or sent.discarded():
        return []
    out: list[Coding] = []
    for tok in span:
        if tok.tag_.startswith("VB") and tok.i not in sent.ctx.by_token:
            out.extend(_verb_codings(tok, sent, require_dyad, number))
    return list(dict.fromkeys(out))


def code_sentence(dicts: PetrarchDictionaries, doc_or_text: Any, date: str | None = None, *,
                  require_dyad: bool = True, nlp: Any = None) -> list[Coding]:
    """Code a text or a parsed spaCy Doc with PETRARCH dictionaries.

    ``date`` (``YYYYMMDD`` or ``YYYY-MM-DD``) selects date-restricted actor codes; an
    unreadable date counts as unknown (only unrestricted codes apply). With
    ``require_dyad=False`` events missing a source or target are kept with ``---``.
    Bad input (empty or odd text) gives an empty list.
    """
    if isinstance(doc_or_text, str):
        if not doc_or_text.strip():
            return []
        if nlp is None:
            from redline.nlp import load_nlp

            nlp = load_nlp(full=True)  # the dictionaries' verbs are not redline's lexicon
        doc_or_text = nlp(doc_or_text)
    out: list[Coding] = []
    chunks = noun_chunk_spans(doc_or_text)
    for number, span in enumerate(doc_or_text.sents):
        out.extend(code_span(span, dicts, date, require_dyad=require_dyad, number=number,
                             chunks=chunks))
    return out
