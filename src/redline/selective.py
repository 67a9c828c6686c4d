"""The selective path: the parser and the entity recognizer run only where they can pay.

The tagger (with its shared token-to-vector layer), the sentence recognizer and redline's
paragraph rule run over the whole text. Then each sentence is tested:

- it is **parsed** when it holds a word of the event lexicon or of the quote-cue table (in
  any inflection), a quote mark, "according", or a colon or dash (transcript labels,
  "NAME ― “...”"): the events and quotes stages look nowhere else; or when it names someone
  (below): speakers' descriptions are read off such sentences;
- its **entities** are recognized when it holds a capitalised word other than a common word
  opening the sentence: every entity label the stages read (people, organisations, places,
  nationalities, titles of things) is a proper name.

Before that, a document whose sentences (as a cheap rule splits them: paragraphs and ".",
"!", "?") nearly all hold a name is marked to run whole: the sentence recognizer is left out
for it and both components run on all of it, exactly as in the full pipeline, so on such
documents the selective path costs the full one plus one look-up per token.

Consecutive chosen sentences are run together, as one piece, so the model sees the same
context as in the full pipeline; pieces a few sentences apart are joined, and the whole
document runs, exactly as in the full pipeline, when most of it is chosen or when what is
left out would save less than the pieces cost (a piece costs about 100 tokens' worth of the
parser's work and 40 of the recognizer's). A sentence left unparsed gets a flat tree (its main verb
the root, the others attached to it as ``dep``), so every sentence has tokens, tags, lemmas,
a root and dependencies. ``Coder(full_nlp=True)`` (``--full-nlp``) runs the model everywhere.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LOWER, ORTH, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

# The entity labels redline's stages read (actors, places, quotes): all of them proper names.
# Dates, times, numbers and amounts come from redline's own patterns, never from these.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT",
                         "WORK_OF_ART", "EVENT", "LAW"})
WHOLE_DOC_SHARE = 0.95  # past this share of chosen tokens, run the component on the whole doc
# What one more piece costs (copying it out with Span.as_doc, about 1.3 ms, and the model's
# work per document, about 0.8 ms), in tokens of each component's work (about 19 and 54 us
# a token on 90 news_html pages, CPU time, 2026-12-06): pieces closer than this are joined,
# and a document is run whole when leaving tokens out would save less than its pieces cost.
PARSER_PIECE_TOKENS = 100
ENTITY_PIECE_TOKENS = 40
_QUOTE_CHARS = frozenset("\"“”‘’«»`'")
_LABEL_MARKS = frozenset({":", "—", "―", "–", "--"})
_FUNCTION_VERBS = frozenset({"be", "have", "do"})
_AUX_FORMS = frozenset({"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re",
                        "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did"})
_STEMS = (("ies", "y"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""),
          ("s", ""), ("ing", ""), ("ing", "e"))


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    """The words that make a sentence worth parsing: the event lexicon's lemmas, the quote
    cues and "according". An entry on "be" ("be on +ALERT") counts by its other words or
    its class's nouns instead; a light verb ("held talks") by its event noun, which is in
    the lexicon itself."""
    from redline.events.lexicon import load_lexicon
    from redline.quotes.cues import cue_table

    lex = load_lexicon()
    members: dict[str, set[str]] = {}
    for noun, classes in lex.noun_classes.items():
        for cls in classes:
            members.setdefault(cls, set()).add(noun)
    words = {"according"} | {k[0] for k in cue_table()}
    for table in lex.entries.values():
        for lemma, entries in table.items():
            for entry in entries:
                keep = lemma not in _FUNCTION_VERBS or not (entry.words or entry.cls)
                words.update(lemma.split() if keep else members.get(entry.cls or "", entry.words))
    return frozenset(words)


def irregular_forms(exceptions: dict[str, dict[str, list[str]]]) -> frozenset[str]:
    """Irregular forms ("met", "fought", "said") whose lemma is a trigger or cue word."""
    lemmas = _lemmas()
    return frozenset(form for table in exceptions.values() for form, found in table.items()
                     if any(lemma in lemmas for lemma in found))


def _is_trigger(low: str, irregular: frozenset[str]) -> bool:
    lemmas = _lemmas()
    if low in lemmas or low in irregular:
        return True
    for cut, add in _STEMS:
        if low.endswith(cut) and len(low) > len(cut) + 1:
            stem = low[: -len(cut)]
            if stem + add in lemmas or (stem[-1:] == stem[-2:-1] and stem[:-1] in lemmas):
                return True
    return False


class WordTests:
    """Per-word answers, remembered by the word's hash: can it cue a parse, a name?"""

    def __init__(self, strings: Any, irregular: frozenset[str]) -> None:
        self.strings = strings
        self.irregular = irregular
        self._parse: dict[int, bool] = {}
        self._name: dict[int, int] = {}

    def parse_cue(self, lower: int) -> bool:
        """A quote mark (not "'s"), a transcript label's colon or dash, a trigger or cue word."""
        found = self._parse.get(lower)
        if found is None:
            text = self.strings[lower]
            found = all(c in _QUOTE_CHARS for c in text) or text in _LABEL_MARKS or (
                text.isalpha() and _is_trigger(text, self.irregular))
            remember(self._parse, lower, found)
        return found

    def name_kind(self, orth: int) -> int:
        """0: no word; 1: a lower-case word; 2: a capitalised common word; 3: a name-like."""
        found = self._name.get(orth)
        if found is None:
            text = self.strings[orth]
            found = 0 if not any(c.isalpha() for c in text) else (  # "U.S.", "Re'im": names
                1 if not text[0].isupper() else 2 if text.lower() in STOP_WORDS else 3)
            remember(self._name, orth, found)
        return found


def remember(memo: dict[Any, Any], key: Any, value: Any, limit: int = 200_000) -> None:
    """``memo[key] = value``, emptying ``memo`` first when it holds ``limit`` entries."""
    if len(memo) >= limit:
        memo.clear()  # memory stays flat over any stream
    memo[key] = value


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.sents]


def parse_choice(doc: Doc, tests: WordTests) -> list[bool]:
    """Per sentence: can it hold an event or a quote (see the module's doc)?"""
    flags = [tests.parse_cue(h) for h in doc.to_array(LOWER).tolist()]
    return [any(flags[s:e]) for s, e in _sentences(doc)]


def entity_choice(doc: Doc, tests: WordTests) -> list[bool]:
    """Per sentence: a capitalised word that may be (part of) a name, other than a common
    word opening the sentence ("The", "But")."""
    kinds = [tests.name_kind(h) for h in doc.to_array(ORTH).tolist()]
    out = []
    for s, e in _sentences(doc):
        words = [k for k in kinds[s:e] if k]
        out.append(3 in words or 2 in words[1:])
    return out


def runs(doc: Doc, chosen: Iterable[bool]) -> list[tuple[int, int]]:
    """Token ranges of consecutive chosen sentences."""
    out: list[tuple[int, int]] = []
    for (start, end), keep in zip(_sentences(doc), chosen, strict=True):
        if not keep:
            continue
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def merge_gaps(pieces: list[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    """Join pieces that ``gap`` tokens or fewer apart: a piece costs about as much as that
    many tokens (copying it out, the model's work per document)."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out and start - out[-1][1] <= gap:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def whole(doc: Doc, pieces: list[tuple[int, int]], piece_tokens: int) -> bool:
    """Whether to run on the whole document: most of it is chosen, or the tokens left out
    save less than the pieces cost (``piece_tokens`` tokens' worth each)."""
    chosen = sum(e - s for s, e in pieces)
    return chosen >= WHOLE_DOC_SHARE * len(doc) or len(doc) - chosen <= piece_tokens * len(pieces)


def reset_boundaries(doc: Doc, paragraphs: Callable[[Doc], Doc]) -> Doc:
    """Forget the sentence recognizer's boundaries, keep the paragraph rule's ones (as in the
    full pipeline, where the parser decides every other boundary)."""
    doc.from_array([SENT_START], numpy.zeros((len(doc), 1), dtype="uint64"))  # type: ignore[arg-type]
    return paragraphs(doc)


Plan = list[tuple[int, int]] | None  # the pieces to run, or None: the whole document


class _Selective:
    """A model component run on chosen pieces of each document, batched like the original."""

    piece_tokens = 0  # what one more piece costs, in tokens of this component's work

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in _batched(docs, batch_size):
            plans = [self.plan(doc) for doc in batch]
            inputs = [d for doc, plan in zip(batch, plans, strict=True)
                      for d in self.inputs(doc, plan)]
            outputs = iter(self.inner.pipe(inputs, batch_size=batch_size))
            for doc, plan in zip(batch, plans, strict=True):
                if plan is None:
                    yield next(outputs)
                else:
                    yield self.write(doc, plan, [next(outputs) for _ in plan])

    def plan(self, doc: Doc) -> Plan:
        if doc.user_data.get(WHOLE_KEY):
            return None
        pieces = merge_gaps(runs(doc, self.choose(doc)), self.piece_tokens)
        return None if whole(doc, pieces, self.piece_tokens) else pieces

    def inputs(self, doc: Doc, plan: Plan) -> list[Doc]:
        if plan is None:
            return [self.prepare(doc)]
        return [self.prepare(doc[s:e].as_doc()) for s, e in plan]

    def choose(self, doc: Doc) -> list[bool]:
        raise NotImplementedError

    def prepare(self, doc: Doc) -> Doc:
        return doc

    def write(self, doc: Doc, plan: list[tuple[int, int]], outs: list[Doc]) -> Doc:
        raise NotImplementedError


class SelectiveParser(_Selective):
    """The model's parser, run on the sentences that can hold an event or a quote or that
    name someone."""

    piece_tokens = PARSER_PIECE_TOKENS

    def __init__(self, parser: Any, paragraphs: Callable[[Doc], Doc], tests: WordTests) -> None:
        super().__init__(parser)
        self.paragraphs = paragraphs
        self.tests = tests

    def choose(self, doc: Doc) -> list[bool]:
        """A sentence that can hold an event or a quote, or that names someone: speakers'
        descriptions are read off such sentences ("Lucia Moreno leads the union. ... the
        union leader said")."""
        names = entity_choice(doc, self.tests)
        return [p or n for p, n in zip(parse_choice(doc, self.tests), names, strict=True)]

    def prepare(self, doc: Doc) -> Doc:
        return reset_boundaries(doc, self.paragraphs)

    def write(self, doc: Doc, plan: list[tuple[int, int]], outs: list[Doc]) -> Doc:
        """Copy the pieces' trees into ``doc``; every other sentence gets a flat tree."""
        arr = numpy.zeros((len(doc), 2), dtype="int64")
        root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
        for start, end in _sentences(doc):
            head = flat_root(doc[start:end])
            arr[start:end, 0] = head - numpy.arange(start, end)
            arr[start:end, 1] = dep
            arr[head, 1] = root
        for (s, e), sub in zip(plan, outs, strict=True):
            arr[s:e] = sub.to_array([HEAD, DEP]).astype("int64")
        doc.from_array([HEAD, DEP], arr.astype("uint64"))  # type: ignore[arg-type]
        return doc


def flat_root(sent: Span) -> int:
    """The root of an unparsed sentence's flat tree: its first verb that is not an auxiliary
    (so that a date in it reads the verb's tense: "The pact expires in February"), else its
    first verb, else its first word."""
    verbs = [t for t in sent if t.tag_.startswith("VB")]
    main = [t for t in verbs if t.lower_ not in _AUX_FORMS]
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return (main or verbs or words or [sent[0]])[0].i


class SelectiveEntities(_Selective):
    """The model's entity recognizer, run on the sentences with capitalised words."""

    piece_tokens = ENTITY_PIECE_TOKENS

    def __init__(self, ner: Any, tests: WordTests) -> None:
        super().__init__(ner)
        self.tests = tests

    def choose(self, doc: Doc) -> list[bool]:
        return entity_choice(doc, self.tests)

    def write(self, doc: Doc, plan: list[tuple[int, int]], outs: list[Doc]) -> Doc:
        ents = [Span(doc, s + ent.start, s + ent.end, label=ent.label)
                for (s, _), sub in zip(plan, outs, strict=True) for ent in sub.ents]
        doc.set_ents(ents, default="outside")
        return doc


def _batched(items: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


WHOLE_KEY = "redline_whole"  # Doc.user_data: both components run on the whole document
_ENDS = frozenset({".", "!", "?"})


def rough_units(doc: Doc) -> list[tuple[int, int]]:
    """Sentences as a cheap rule sees them: paragraph starts (already set) and ".", "!", "?"."""
    rows = doc.to_array([SENT_START, ORTH]).tolist()
    ends = {doc.vocab.strings[mark] for mark in _ENDS}
    starts = [0] + [i for i in range(1, len(rows)) if rows[i][0] == 1 or rows[i - 1][1] in ends]
    return list(zip(starts, starts[1:] + [len(doc)], strict=True))


def plainly_whole(doc: Doc, tests: WordTests) -> bool:
    """Whether names fill the document so that both components will run on all of it (the
    recognizer's choice, which the parser's includes, over rough sentences)."""
    kinds = [tests.name_kind(h) for h in doc.to_array(ORTH).tolist()]
    chosen = 0
    for start, end in rough_units(doc):
        words = [k for k in kinds[start:end] if k]
        chosen += end - start if 3 in words or 2 in words[1:] else 0
    return chosen >= WHOLE_DOC_SHARE * len(doc)


class SelectiveSenter:
    """The sentence recognizer, left out for documents that will run whole anyway (they get
    the parser's sentences, as in the full pipeline): then the selective path costs no more
    than the full one but the test above."""

    def __init__(self, senter: Any, tests: WordTests) -> None:
        self.inner = senter
        self.tests = tests

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in _batched(docs, batch_size):
            todo = []
            for doc in batch:
                if len(doc) and plainly_whole(doc, self.tests):
                    doc.user_data[WHOLE_KEY] = True
                else:
                    todo.append(doc)
            for _ in self.inner.pipe(todo, batch_size=batch_size):
                pass  # the recognizer sets boundaries in place
            yield from batch


def make_selective(nlp: Language) -> None:
    """Turn ``nlp`` (the model with redline's paragraph component) into the selective path:
    the sentence recognizer on where needed, the parser and recognizer replaced by their
    selective runs."""
    nlp.add_pipe("redline_selective_senter", after="senter")
    nlp.add_pipe("redline_selective_parser", after="redline_selective_senter")
    nlp.add_pipe("redline_selective_entities", after="ner")
    nlp.disable_pipe("parser")
    nlp.disable_pipe("ner")


@Language.factory("redline_selective_senter", assigns=["token.is_sent_start"])
def _selective_senter(nlp: Language, name: str) -> SelectiveSenter:
    return SelectiveSenter(nlp.get_pipe("senter"), WordTests(nlp.vocab.strings, frozenset()))


@Language.factory("redline_selective_parser", assigns=["token.dep", "token.head",
                                                      "token.is_sent_start"])
def _selective_parser(nlp: Language, name: str) -> SelectiveParser:
    from redline.nlp import paragraph_boundaries

    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    table = (lemmatizer.lookups.get_table("lemma_exc")
             if lemmatizer.lookups.has_table("lemma_exc") else {})
    tests = WordTests(nlp.vocab.strings, irregular_forms(dict(table.items())))
    return SelectiveParser(nlp.get_pipe("parser"), paragraph_boundaries, tests)


@Language.factory("redline_selective_entities", assigns=["doc.ents", "token.ent_iob",
                                                        "token.ent_type"])
def _selective_entities(nlp: Language, name: str) -> SelectiveEntities:
    return SelectiveEntities(nlp.get_pipe("ner"), WordTests(nlp.vocab.strings, frozenset()))
