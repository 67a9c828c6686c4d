"""Very long documents coded in sections and joined again (:mod:`redline.sections`).

The cost of a section is a benchmark (``benchmarks/bad_input.py --case long``), never timed
here; these tests check the cuts and the offset mapping.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.model import Actor, Article, Document, Event, Quote, Sentence, Span
from redline.sections import join_documents, section_bounds, shifted_event_id, split_article

PARA = "Talks began in Geneva. The envoys left.\n\n"


@pytest.mark.parametrize(("text", "size", "pieces"), [
    ("", 10, []),
    ("short", 10, ["short"]),
    ("exactly10!", 10, ["exactly10!"]),
    # a paragraph break in the second half of the span wins over later spaces
    ("Aaaa bbb.\n\nCcc dd ee", 14, ["Aaaa bbb.\n\n", "Ccc dd ee"]),
    # no paragraph break: a line break, then a sentence end, then a space
    ("Aaaa bbb\nCcc dd ee", 12, ["Aaaa bbb\n", "Ccc dd ee"]),
    ("Aaa bb. Ccc dd ee", 12, ["Aaa bb. ", "Ccc dd ee"]),
    ("aaa bbb ccc ddd", 9, ["aaa bbb ", "ccc ddd"]),
    # no separator at all: cut anywhere
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    # a break in the first half only is not taken (sections stay at least half full)
    ("A.\n\nbbbbbbbbbbbbbbbbbb", 10, ["A.\n\nbbbbbb", "bbbbbbbbbb", "bb"]),
])
def test_sections_bounds_cut_at_the_best_separator(text: str, size: int,
                                                    pieces: list[str]) -> None:
    assert [text[s:e] for s, e in section_bounds(text, size)] == pieces


@pytest.mark.parametrize(("shape", "text"), [
    ("paragraphs", PARA * 400),
    ("one line, sentences", "Russia said it would talk. " * 700),
    ("no punctuation", "the envoys met again and the talks went on " * 500),
    ("no spaces", "x" * 20_000),
    ("a table", "\n".join(" | ".join(f"Region {r} {c}" for c in range(6)) for r in range(300))),
])
def test_sections_cover_the_text_within_the_size(shape: str, text: str) -> None:
    bounds = section_bounds(text, 2_000)
    assert "".join(text[s:e] for s, e in bounds) == text, shape
    assert all(0 < e - s <= 2_000 for s, e in bounds), shape
    assert all(e == s2 for (_, e), (s2, _) in zip(bounds, bounds[1:], strict=False)), shape


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n!", max_size=400), st.integers(min_value=2, max_value=60))
def test_sections_bounds_any_text(text: str, size: int) -> None:
    bounds = section_bounds(text, size)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= size for s, e in bounds)


def _code_locally(article: Article) -> Document:
    """A stand-in coder that reads each sentence on its own (what a section cannot change):
    sentences end at ".", a capitalised word is an actor, "met" is an event between the
    actors around it, and a sentence with "said" quotes itself and tells its events."""
    text, doc_id = article.text, article.id
    sents = [Sentence(i, m.start(), m.end())
             for i, m in enumerate(re.finditer(r"[^.\s][^.]*\.?", text))]
    actors, events, quotes = [], [], []
    for s in sents:
        acts = [Actor(m[0], s.start + m.start(), s.start + m.end(), m[0], "X", None, None,
                      "other", sentence=s.index)
                for m in re.finditer(r"[A-Z]\w*", text[s.start:s.end])]
        actors += acts
        told = []
        for k, m in enumerate(re.finditer(r"\bmet\b", text[s.start:s.end])):
            start = s.start + m.start()
            events.append(Event(f"{doc_id}:{s.index}:{start}:040:{k}", s.index,
                                acts[0] if acts else None, acts[-1] if acts else None,
                                "040", "04", "CONSULT", 1.0, 1,
                                Span("met", start, start + 3)))
            told.append(events[-1].id)
        if "said" in text[s.start:s.end]:
            quotes.append(Quote(s.index, acts[0] if acts else None, None, None,
                                Span(text[s.start:s.end], s.start, s.end), False,
                                events=tuple(told)))
    return Document(article.id, None, None, None, "en", text, sentences=tuple(sents),
                    events=tuple(events), quotes=tuple(quotes), actors=tuple(actors),
                    terms=tuple(Span(a.text, a.start, a.end) for a in actors))


def _coded_in_sections(article: Article, size: int) -> Document:
    return join_documents(article, [(offset, _code_locally(part))
                                    for offset, part in split_article(article, size)])


_SENTENCE = st.builds(lambda words: " ".join(words) + ".", st.lists(
    st.sampled_from(["Kyiv", "met", "NATO", "said", "the", "envoys", "again"]), min_size=1,
    max_size=8))


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE, max_size=30), st.integers(min_value=2, max_value=120))
def test_sections_join_maps_offsets_back(sentences: list[str], size: int) -> None:
    """Wherever the cuts fall, every record of the joined document points into the whole
    text, sentence indexes run on, event ids stay unique and quotes keep their events."""
    article = Article(id="doc:7", text=" ".join(sentences))
    joined = _coded_in_sections(article, size)
    for span in [*joined.terms, *(e.trigger for e in joined.events),
                 *(q.content for q in joined.quotes), *joined.actors]:
        assert article.text[span.start:span.end] == span.text
    assert [s.index for s in joined.sentences] == list(range(len(joined.sentences)))
    ids = [e.id for e in joined.events]
    assert len(set(ids)) == len(ids)
    assert {i for q in joined.quotes for i in q.events} <= set(ids)


@settings(max_examples=100, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=30))
def test_sections_cut_at_sentence_ends_give_the_whole_reading(sentences: list[str]) -> None:
    """Cut after full stops, the sections coded and joined read exactly like the whole text
    coded at once: same sentences, actors, events (and ids), quotes."""
    article = Article(id="doc:7", text=" ".join(sentences))
    size = 2 * max(len(s) for s in sentences) + 4  # a full stop in every window's second half
    assert _coded_in_sections(article, size) == _code_locally(article)


@pytest.mark.parametrize(("event_id", "offset", "sentences", "expected"), [
    ("doc:3:120:040:0", 1_000, 10, "doc:13:1120:040:0"),
    ("a:b:3:120:0411:2", 5, 1, "a:b:4:125:0411:2"),  # an id that holds colons
    ("doc:3:120:100:q", 1_000, 10, "doc:13:1120:100:q"),  # an act voiced in a quote
    ("other:3:120:040:0", 5, 1, "other:3:120:040:0@5"),  # not this document's: kept unique
    ("free-form", 5, 1, "free-form@5"),
])
def test_sections_shifted_event_id(event_id: str, offset: int, sentences: int,
                                   expected: str) -> None:
    doc_id = "a:b" if event_id.startswith("a:b") else "doc"
    assert shifted_event_id(event_id, offset, sentences, doc_id) == expected


def test_sections_errors_say_where() -> None:
    from redline.model import ErrorEntry

    article = Article(id="d", text="x" * 30, errors=(ErrorEntry("encoding", "replaced"),))
    part = Document("d", None, None, None, "en", "x" * 10,
                    errors=(ErrorEntry("timeout", "over budget"),))
    joined = join_documents(article, [(0, part), (10, part)])
    assert [e.code for e in joined.errors] == ["encoding", "timeout", "timeout"]
    assert "character 10" in joined.errors[2].message
    assert joined.text == article.text


@pytest.mark.slow
def test_sections_long_text_is_coded_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the section size, a text is coded in sections: every record points into the
    whole text, and the first section's events are those of that text coded alone."""
    from redline import sections
    from redline.examples import example_paths
    from redline.pipeline import Coder

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in example_paths()[:3])
    coder = Coder()
    monkeypatch.setattr(sections, "SECTION_CHARS", len(text) // 3)
    doc = coder.code_text(text, id="long")
    assert not doc.errors and doc.text == text
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    for span in [*(e.trigger for e in doc.events), *(q.content for q in doc.quotes),
                 *doc.actors, *doc.places, *doc.quantities]:
        assert text[span.start:span.end] == span.text
    first_end = section_bounds(text, len(text) // 3)[0][1]
    alone = coder.code_text(text[:first_end], id="long")
    assert [e.to_dict() for e in doc.events if e.trigger.end <= first_end] == [
        e.to_dict() for e in alone.events]
    assert len(doc.events) > len(alone.events)
