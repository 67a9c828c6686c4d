"""The Coder: articles in, schema-v1 documents out (spaCy loaded once, ``nlp.pipe`` batches).

Per-document errors are captured: a document that fails in one stage keeps what the
other stages found and carries an ``errors`` entry; the batch goes on.
"""

from __future__ import annotations

import itertools
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from redline.dates import TimeExpr
from redline.doctext import doc_text, forget_text
from redline.errors import UsageError
from redline.ingest import make_article
from redline.language import detect_language
from redline.model import (
    Actor,
    Article,
    Document,
    ErrorEntry,
    Event,
    Place,
    Quantity,
    Quote,
    Sentence,
    Span,
)

# per document: longer ones are refused with a "too_large" error. The same as ingestion's
# limit per file, so no ingested document is refused: long ones are coded in sections
# (redline.sections), at a cost linear in their length.
MAX_CHARS = 50_000_000
TIME_BUDGET = 30.0  # CPU seconds per document for the stages after parsing
BATCH_SIZE = 32
T = TypeVar("T")


@dataclass
class _Stages:
    """Runs one document's stages; a stage that fails leaves an errors entry and its default."""

    errors: list[ErrorEntry] = field(default_factory=list)
    timings: dict[str, float] | None = None  # CPU seconds per stage, added up (bench --profile)
    budget: float = TIME_BUDGET  # the document's budget, as passed to ``code_doc``

    def run(self, name: str, fn: Callable[[], T], default: T) -> T:
        if any(e.code == "timeout" for e in self.errors):
            return default
        start = time.process_time()
        try:
            value = self._call(name, fn, default)
        finally:
            if self.timings is not None:
                self.timings[name] = self.timings.get(name, 0.0) + time.process_time() - start
        return value

    def _call(self, name: str, fn: Callable[[], T], default: T) -> T:
        try:
            value = fn()
        except StageTimeout:
            msg = f"coding stopped in stage {name}: over the {self.budget:g} s (CPU) time budget"
            self.errors.append(ErrorEntry("timeout", msg))
            value = default
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            where = traceback.extract_tb(exc.__traceback__)[-1]
            self.errors.append(ErrorEntry(
                "pipeline", f"{name} failed: {type(exc).__name__}: {exc} ({where.name})"))
            value = default
        return value


class Coder:
    """Codes articles into :class:`Document` records.

    >>> coder = Coder()
    >>> doc = coder.code_text("Russia denied it plans to invade Ukraine.", published="2021-12-06")
    """

    def __init__(self, *, workers: int = 1, nlp: Any = None, batch_size: int = BATCH_SIZE,
                 max_chars: int = MAX_CHARS, dictionaries: str | None = None,
                 lexicon: str | None = None, full_nlp: bool | None = None) -> None:
        """``dictionaries``: a folder or file of the user's PETRARCH actor/agent dictionaries,
        consulted where redline's own knowledge finds nothing. ``lexicon``: ``own``, ``mined`` or
        ``full`` (our lexicon with PETRARCH2's CAMEO 2.0 verb patterns behind it: the mined
        classes, or all); default
        $REDLINE_LEXICON, else ``redline.events.dictionary.DEFAULT``. ``full_nlp``: run the
        parser and entity recognizer on every sentence, not only where events, quotes and names
        can be (None: ``REDLINE_FULL_NLP``, see :func:`redline.nlp.full_nlp_default`)."""
        from redline.events.dictionary import lexicon_choice

        self.lexicon = lexicon_choice(lexicon)
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self._nlp = nlp
        self.dictionaries = dictionaries
        self.full_nlp = full_nlp
        self._knowledge: Any = None
        if dictionaries is not None and not Path(dictionaries).exists():
            raise UsageError(f"dictionaries not found: {dictionaries}")
        self._pool: Any = None  # a parallel.WorkerPool, started by the first pipe with workers

    def __enter__(self) -> Coder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start_workers(self, *, wait: bool = True) -> Any:
        """The worker pool (``workers > 1``), started if need be; ``wait``: until all loaded."""
        if self._pool is None:
            from redline.parallel import WorkerPool

            self._pool = WorkerPool(self.workers, batch_size=self.batch_size,
                                    max_chars=self.max_chars, dictionaries=self.dictionaries,
                                    lexicon=self.lexicon, full_nlp=self.full_nlp)
        if wait:
            self._pool.wait_ready()
        return self._pool

    def close(self) -> None:
        """End the worker processes, if any (they also end with the Coder or the program)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    @property
    def knowledge(self) -> Any:
        """The user's dictionaries, loaded once (None when there are none)."""
        if self._knowledge is None and self.dictionaries is not None:
            from redline.actors import load_user_dictionaries

            self._knowledge = load_user_dictionaries(self.dictionaries)
        return self._knowledge

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from redline.nlp import load_nlp

            self._nlp = load_nlp(full=self.full_nlp)
        return self._nlp

    def code_text(self, text: str, *, title: str | None = None, published: str | None = None,
                  id: str | None = None, url: str | None = None) -> Document:
        """Code one text (the Python API's shortest path)."""
        meta = {k: v for k, v in
                {"title": title, "published": published, "id": id, "url": url}.items() if v}
        return next(self.pipe([make_article(text, name="<text>", **meta)]))

    def code(self, article: Article) -> Document:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Stream documents in input order; with ``workers > 1`` a process pool does the work
        (started on first use, then kept for later calls: see :meth:`close`)."""
        it = iter(articles)
        if self.workers > 1:
            head = list(itertools.islice(it, self.batch_size))
            if len(head) < self.batch_size and self._pool is None:
                yield from self.code_batch(head)  # one batch: starting workers costs more
                return
            yield from self.start_workers(wait=False).pipe(itertools.chain(head, it))
            return
        for batch in _batched(it, self.batch_size):
            yield from self.code_batch(batch)

    def code_batch(self, batch: Sequence[Article]) -> list[Document]:
        """Code one batch: unreadable articles pass through with their errors."""
        from redline import sections

        limit = sections.SECTION_CHARS
        gate = [self._gate(a) for a in batch]
        todo = [a for a, g in zip(batch, gate, strict=True) if g is None and len(a.text) <= limit]
        parsed = iter(self.nlp.pipe([a.text for a in todo], batch_size=self.batch_size))
        out: list[Document] = []
        known = self.knowledge
        for article, refused in zip(batch, gate, strict=True):
            if refused is not None:
                out.append(refused)
            elif len(article.text) > limit:
                out.append(self._code_sections(article, limit))
            else:
                out.append(code_doc(article, next(parsed), knowledge=known,
                                    lexicon=self.lexicon))
        return out

    def _code_sections(self, article: Article, size: int) -> Document:
        """A very long article, coded section by section (one at a time: memory stays
        bounded) and joined again (:mod:`redline.sections`)."""
        from redline.sections import join_documents, split_article

        parts = split_article(article, size)
        docs = self.nlp.pipe([part.text for _, part in parts], batch_size=1)
        return join_documents(article, [
            (offset, code_doc(part, doc, knowledge=self.knowledge, lexicon=self.lexicon))
            for (offset, part), doc in zip(parts, docs, strict=True)])

    def _gate(self, article: Article) -> Document | None:
        """A finished document when the article cannot or should not be parsed, else None."""
        if not article.text.strip():
            return empty_document(article)
        where = f"{article.source_path}: " if article.source_path else ""
        if len(article.text) > self.max_chars:
            msg = f"{where}{len(article.text):,} characters exceeds the limit of {self.max_chars:,}"
            return empty_document(article, ErrorEntry("too_large", msg))
        language = detect_language(article.text)
        if language != "en":
            msg = f"{where}the text is not English (detected {language!r}); it was not coded"
            return empty_document(article, ErrorEntry("language", msg), language=language)
        return None


def empty_document(article: Article, *extra: ErrorEntry, language: str = "en") -> Document:
    errors = article.errors + extra
    if not article.text.strip() and not any(e.code in {"empty", "no_text"} for e in errors):
        errors = errors or (ErrorEntry("empty", "the document has no text"),)
    return Document(id=article.id, title=article.title, url=article.url,
                    published=article.published, language=language, text=article.text,
                    errors=errors)


class StageTimeout(Exception):
    """Raised inside a stage when the document's time budget is spent."""


WALL_FACTOR = 10.0  # the wall-clock backstop: this many times the CPU budget


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Interrupt the stages after ``seconds`` of this process's CPU time (main thread on POSIX;
    elsewhere no limit). CPU time, not wall time: a loaded machine does not cut a document short,
    so the same input gives the same record on a busy machine as on a quiet one. The CPU time is
    the whole process's (``ITIMER_PROF``): busy background threads spend the budget too. A
    stage blocked on I/O or a lock is cut off by a wall-clock backstop at ``WALL_FACTOR`` times
    the budget (``ITIMER_REAL``). The timer's SIGPROF clashes with sampling profilers that use
    it: profile with a budget of 0 (no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return
    previous = _arm(seconds)
    try:
        yield
    finally:
        _disarm(previous)


def _expire(signum: int, frame: Any) -> None:
    raise StageTimeout


def _arm(seconds: float) -> tuple[Any, Any]:
    previous = (signal.signal(signal.SIGPROF, _expire), signal.signal(signal.SIGALRM, _expire))
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * WALL_FACTOR)
    return previous


def _disarm(previous: tuple[Any, Any]) -> None:
    signal.setitimer(signal.ITIMER_PROF, 0)
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGPROF, previous[0])
    signal.signal(signal.SIGALRM, previous[1])


def code_doc(article: Article, doc: Any, *, budget: float = TIME_BUDGET,
             knowledge: Any = None, lexicon: str | None = None,
             timings: dict[str, float] | None = None) -> Document:
    """Run every stage on a parsed spaCy ``doc``; a failing stage becomes an errors entry.

    ``timings``: CPU seconds of each stage are added to it (``redline bench --profile``).
    """
    st = _Stages(timings=timings, budget=budget)
    try:
        with deadline(budget):
            return _code_stages(article, doc, st, knowledge, lexicon)
    finally:
        forget_text(doc)


def _code_stages(article: Article, doc: Any, st: _Stages, knowledge: Any = None,
                 lexicon: str | None = None) -> Document:
    from redline import actors, context, dates, events, places, quantities, quotes
    from redline.events import typevote
    from redline.events.running_dyad import with_running_dyad

    pub = article.published
    acts: list[Actor] = st.run("actors", lambda: actors.resolve_actors(
        doc, published=pub, knowledge=knowledge), [])
    doc_id = article.id
    lex = events.select_lexicon(lexicon)
    none: tuple[list[Quote], list[Quote]] = ([], [])
    qts, ats = st.run("quotes", lambda: quotes.quotes_and_attributions(doc, acts), none)
    speakers: list[Actor] = st.run("first person", lambda: events.first_person_actors(
        doc, qts, acts), [])
    evs: list[Event] = st.run("events", lambda: events.extract_events(
        doc, [*acts, *speakers], doc_id=doc_id, lexicon=lex, quotes=qts), [])
    evs = st.run("attribution", lambda: quotes.attribute_events(evs, qts + ats), evs)
    tms: list[TimeExpr] = st.run("dates", lambda: dates.find_dates(doc, published=pub), [])
    pls: list[Place] = st.run("places", lambda: places.find_places(doc, acts), [])
    qty: list[Quantity] = st.run("quantities", lambda: quantities.find_quantities(doc), [])
    evs = st.run("context", lambda: context.attach_context(
        evs, doc, dates=tms, places=pls, quantities=qty, published=pub), evs)
    evs = st.run("review", lambda: events.review_events(evs, doc), evs)
    evs = st.run("running dyad", lambda: with_running_dyad(evs, acts), evs)  # after confidence
    if typevote.enabled():  # optional learned type vote, off by default (issue 17, 17b)
        evs = st.run("type vote", lambda: list(typevote.apply_vote(tuple(evs), doc_text(doc), {
            i: (s.start_char, s.end_char) for i, s in enumerate(doc.sents)})), evs)
    qts = st.run("quote links", lambda: quotes.link_events(qts, evs), qts)
    ats = st.run("quote links", lambda: quotes.link_events(ats, evs), ats)
    trm: list[Span] = st.run("terms", lambda: quotes.find_terms(article.text, qts + ats), [])
    sents = tuple(Sentence(i, s.start_char, s.end_char) for i, s in enumerate(doc.sents))
    return Document(
        id=article.id, title=article.title, url=article.url, published=article.published,
        language="en", text=article.text, sentences=sents, events=tuple(evs),
        quotes=tuple(qts), errors=article.errors + tuple(st.errors), actors=tuple(acts),
        places=tuple(pls), quantities=tuple(qty), attributions=tuple(ats), terms=tuple(trm),
    )


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch
