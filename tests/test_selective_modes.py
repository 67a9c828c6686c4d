"""The selective path (parser and entity recognizer only where events, quotes and names can
be) against the full pipeline (``Coder(full_nlp=True)``, ``--full-nlp``)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.examples import example_paths
from redline.ingest import iter_articles

COMPARED = ("sentences", "events", "quotes", "actors", "places", "quantities", "errors")
# Differences between the modes on the bundled examples, each with its reason
# ({(file name, field): reason}). None today: in these articles almost every sentence holds a
# trigger, a cue, a quote mark or a name, so both components run on the whole document.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def both_modes() -> tuple[list[Any], list[dict[str, Any]], list[dict[str, Any]]]:
    from redline.pipeline import Coder

    articles = list(iter_articles([str(p) for p in example_paths()]))
    fast = [d.to_dict() for d in Coder(full_nlp=False).pipe(articles)]
    full = [d.to_dict() for d in Coder(full_nlp=True).pipe(articles)]
    return articles, fast, full


@pytest.mark.slow
def test_selective_same_output_as_full_nlp_on_bundled_examples(both_modes: Any) -> None:
    articles, fast, full = both_modes
    found = {}
    for article, a, b in zip(articles, fast, full, strict=True):
        name = (article.source_path or "").rsplit("/", 1)[-1]
        found.update({(name, k): "differs" for k in COMPARED if a[k] != b[k]})
    assert set(found) == set(KNOWN_DIFFERENCES)


@pytest.mark.slow
def test_selective_unchosen_sentence_keeps_the_doc_contract() -> None:
    from redline.nlp import load_nlp
    from redline.selective import NAME_LABELS

    calm = "the sky was grey and the wind was cold all day. " * 12  # past a piece's cost
    text = ("Russia accused Ukraine of shelling Donetsk on Monday. " + calm +
            "\"We will respond,\" the spokesman said. ") * 4
    doc = load_nlp(full=False)(text)
    sents = list(doc.sents)
    assert len(sents) == 4 * 14
    for sent in sents:
        assert sum(1 for t in sent if t.dep_ == "ROOT") == 1
        assert all(sent.start <= t.head.i < sent.end and t.tag_ and t.lemma_ for t in sent)
    flat = sents[1]
    assert {t.dep_ for t in flat} == {"ROOT", "dep"} and not flat.ents
    assert flat.root.text == "was"  # the first verb: a date there reads its tense
    full = load_nlp(full=True)(text)
    names = [[(e.text, e.label_) for e in d.ents if e.label_ in NAME_LABELS] for d in (doc, full)]
    assert names[0] == names[1]
    assert any(t.dep_ == "nsubj" for t in sents[0]) and any(t.dep_ == "nsubj" for t in sents[13])


@pytest.mark.slow
def test_selective_chooses_triggers_cues_quotes_and_labels() -> None:
    from redline.nlp import load_nlp
    from redline.selective import parse_choice

    nlp = load_nlp(full=False)
    parser = nlp.get_pipe("redline_selective_parser")
    text = ("The troops fought hard.\n\nThe sky was grey.\n\nShe said so.\n\n"
            "It was \u201cfine\u201d.\n\nPENCE: the weather is nice today.\n\n"
            "According to them it was late.\n\nThe rain kept falling.")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "redline_selective_parser":
            break
        doc = proc(doc)
    assert parse_choice(doc, parser.tests) == [True, False, True, True, True, True, False]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "word " * 40_000,  # no punctuation at all
    "\n".join(" | ".join(f"Cell {r}-{c} 1,{r}{c}00" for c in range(8)) for r in range(800)),
])
def test_selective_bad_input_is_coded_like_full_nlp(text: str) -> None:
    from redline.pipeline import Coder

    fast = Coder(full_nlp=False).code_text(text)
    full = Coder(full_nlp=True).code_text(text)
    assert not fast.errors and fast.text == text
    assert len(fast.sentences) > 0 and fast.events == full.events and fast.quotes == full.quotes


def test_nlp_full_nlp_switch_picks_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from redline.nlp import full_nlp_default

    monkeypatch.setenv("REDLINE_FULL_NLP", "1")
    assert full_nlp_default()
    monkeypatch.setenv("REDLINE_FULL_NLP", "")
    assert not full_nlp_default()


@pytest.mark.parametrize(("pieces", "gap", "merged"), [
    ([(0, 5), (8, 12)], 3, [(0, 12)]),
    ([(0, 5), (9, 12)], 3, [(0, 5), (9, 12)]),
    ([(0, 5), (5, 7), (50, 60)], 0, [(0, 7), (50, 60)]),
    ([], 10, []),
])
def test_selective_merge_gaps_joins_close_pieces(pieces: list[tuple[int, int]], gap: int,
                                                 merged: list[tuple[int, int]]) -> None:
    from redline.selective import merge_gaps

    assert merge_gaps(pieces, gap) == merged


@pytest.mark.parametrize(("length", "pieces", "piece_tokens", "run_whole"), [
    (100, [(0, 96)], 0, True),  # 95 % chosen
    (100, [(0, 50)], 40, False),  # 50 tokens left out save more than one piece costs (40)
    (100, [(0, 50)], 60, True),  # ... and less than a dearer piece (60)
    (1000, [(0, 100), (500, 600)], 40, False),  # 800 tokens left out, two pieces cost 80
    (1000, [(0, 100), (500, 600)], 500, True),
])
def test_selective_whole_when_pieces_cost_more_than_they_save(
        length: int, pieces: list[tuple[int, int]], piece_tokens: int, run_whole: bool) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from redline.selective import whole

    doc = Doc(Vocab(), words=["w"] * length)
    assert whole(doc, pieces, piece_tokens) is run_whole


@pytest.mark.slow
@pytest.mark.parametrize(("text", "whole"), [
    ("Russia accused Ukraine. \"We will respond,\" Putin said in Moscow.", True),
    ("the sky was grey. the wind blew all day. " * 10 + "Russia accused Ukraine.", False),
    ("\n".join(f"Region {r} | Sector {r} | 1,{r}00" for r in range(50)), True),
])
def test_selective_senter_left_out_when_names_fill_the_document(text: str, whole: bool) -> None:
    from redline.nlp import load_nlp
    from redline.selective import WHOLE_KEY

    doc = load_nlp(full=False)(text)
    full = load_nlp(full=True)(text)
    assert bool(doc.user_data.get(WHOLE_KEY)) is whole
    if whole:  # exactly the full pipeline's analysis
        assert [(t.dep_, t.head.i, t.ent_type_) for t in doc] == \
            [(t.dep_, t.head.i, t.ent_type_) for t in full]
