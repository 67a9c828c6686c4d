"""Article-gold scoring on hand-built documents: matching, actors, modality, dates, quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.eval.articles import (
    Tally,
    actor_key,
    code_key,
    figures,
    score_events,
    score_quotes,
)
from redline.eval.gold_articles import GoldEvent, GoldQuote, read_events, read_quotes
from redline.model import Actor, Document, Event, Quote, Sentence, Span

TEXT = ("Police in Lagos arrested two reporters on Monday. "
        "The minister denied that troops shelled the village. "
        "\u201cWe will not retreat,\u201d said Ahmed Musa.")
S2 = TEXT.index("The minister")
S3 = TEXT.index("\u201cWe")


def actor(code: str, *, kind: str = "state", name: str = "") -> Actor:
    org = code in {"NATO", "EU"}
    country = code if org else (code[:3] if code[:3].isalpha() else None)
    return Actor(code, 0, 1, name or code, code, country, None if org else code[3:] or None,
                 "igo" if org else kind)


def event(trigger: str, plover: str, *, sentence: int, source: str | None = "NGACOP",
          target: str | None = "NGAMED", modality: str = "asserted",
          date: str | None = "2019-11-18") -> Event:
    start = TEXT.index(trigger)
    return Event("e", sentence, source and actor(source), target and actor(target), "173", "17",
                 plover, -5.0, 4, Span(trigger, start, start + len(trigger)), date=date,
                 negated=modality in {"negated", "denied"},
                 hypothetical=modality in {"hypothetical", "asked"}, modality=modality)


def gold(trigger: str, plover: str, *, source: str | None = "NGACOP",
         target: str | None = "NGAMED", modality: str = "asserted",
         date: str | None = "2019-11-18") -> GoldEvent:
    start = TEXT.index(trigger)
    return GoldEvent("d", start, start + len(trigger), plover, "173", source, target, modality,
                     date)


def document(events: list[Event], quotes: tuple[Quote, ...] = ()) -> Document:
    sentences = (Sentence(0, 0, S2), Sentence(1, S2, S3), Sentence(2, S3, len(TEXT)))
    return Document("d", None, None, "2019-11-19", "en", TEXT, sentences, tuple(events), quotes)


def scored(events: list[Event], golds: list[GoldEvent]) -> dict:
    tally = Tally()
    score_events(document(events), golds, tally, show=True)
    return figures(tally.counts)


@pytest.mark.parametrize(("events", "golds", "want"), [
    # right type, actors and date
    ([event("arrested", "COERCE", sentence=0)], [gold("arrested", "COERCE")],
     {"event_precision": 1.0, "event_recall": 1.0, "full_precision": 1.0, "date_accuracy": 1.0}),
    # right type, wrong target country
    ([event("arrested", "COERCE", sentence=0, target="USAMED")], [gold("arrested", "COERCE")],
     {"event_precision": 1.0, "full_precision": 0.0, "actor_accuracy": 0.0}),
    # wrong type: a false event and a miss
    ([event("arrested", "ASSAULT", sentence=0)], [gold("arrested", "COERCE")],
     {"event_precision": 0.0, "event_recall": 0.0}),
    # the denied shelling written as asserted is a false event
    ([event("shelled", "ASSAULT", sentence=1)], [gold("shelled", "ASSAULT", modality="denied")],
     {"event_precision": 0.0, "predicted_events": 1, "gold_events": 0,
      "modality_accuracy": 0.0}),
    # written as denied: no asserted event, modality right
    ([event("shelled", "ASSAULT", sentence=1, modality="denied")],
     [gold("shelled", "ASSAULT", modality="denied")],
     {"predicted_events": 0, "modality_accuracy": 1.0}),
    # a historical gold event counts as positive; a date at year precision
    ([event("arrested", "COERCE", sentence=0, date="2014-03-01")],
     [gold("arrested", "COERCE", modality="historical", date="2014")],
     {"event_recall": 1.0, "date_accuracy": 1.0, "modality_accuracy": 0.0}),
    # a null gold target matches a predicted null target
    ([event("arrested", "COERCE", sentence=0, target=None)],
     [gold("arrested", "COERCE", target=None)], {"full_precision": 1.0}),
])
def test_articles_events_scored(events: list[Event], golds: list[GoldEvent], want: dict) -> None:
    got = scored(events, golds)
    for key, value in want.items():
        assert got[key] == value, key


def test_articles_one_prediction_matches_one_gold_event() -> None:
    got = scored([event("arrested", "COERCE", sentence=0)],
                 [gold("arrested", "COERCE"), gold("reporters", "COERCE")])
    assert (got["event_precision"], got["event_recall"]) == (1.0, 0.5)


@pytest.mark.parametrize(("code", "key"), [
    ("USAGOV", "USA"), ("NATO", "NATO"), ("---MIL", None), (None, None), ("EU", "EU"),
    ("IMGREB", None),  # CAMEO's group of no one state: the guidelines' ---REB
    ("IMGMUSREB", None),
])
def test_articles_actor_key_is_country_or_organisation(code: str | None, key: str | None) -> None:
    assert actor_key(None if code is None else actor(code)) == key


@pytest.mark.parametrize(("code", "key"), [
    ("RUSGOV", "RUS"), ("NATO", "NATO"), ("---GOV", None), (None, None), ("", None),
    ("IMGREB", None),
])
def test_articles_code_key_is_public(code: str | None, key: str | None) -> None:
    """The scripts compare a gold code's key through this public name (r13-18)."""
    assert code_key(code) == key


def quote(content: str, speaker: str | None) -> Quote:
    start = TEXT.index(content)
    sp = None if speaker is None else Actor(speaker, 0, 1, speaker, "NGAGOV", "NGA", "GOV",
                                             "person")
    return Quote(2, sp, speaker, None, Span(content, start, start + len(content)), True)


@pytest.mark.parametrize(("quotes", "want"), [
    ((quote("We will not retreat,", "Ahmed Musa"),), (1.0, 1.0, 1.0)),
    ((quote("We will not retreat,", "Bola Tinubu"),), (1.0, 1.0, 0.0)),
    ((quote("We will not retreat,", None),), (1.0, 1.0, 0.0)),
    ((quote("Police in Lagos", "Ahmed Musa"),), (0.0, 0.0, 0.0)),
    ((), (0.0, 0.0, 0.0)),
])
def test_articles_quotes_scored(quotes: tuple[Quote, ...], want: tuple[float, ...]) -> None:
    start = TEXT.index("We will")
    golds = [GoldQuote("d", start, start + len("We will not retreat"), True, "Ahmed Musa",
                       "NGAGOV")]
    tally = Tally()
    score_quotes(document([], quotes), golds, tally)
    f = figures(tally.counts)
    assert (f["quote_precision"], f["quote_recall"], f["speaker_accuracy"]) == want


@pytest.mark.parametrize(("quotes", "kinds"), [
    ((quote("We will not retreat,", "Ahmed Musa"),), []),
    ((quote("We will not retreat,", "Bola Tinubu"),), ["SPEAKER"]),
    ((quote("We will not retreat,", None),), ["SPEAKER"]),
    ((quote("Police in Lagos", "Ahmed Musa"),), ["QMISS", "QFALSE"]),
])
def test_articles_quote_misses_listed(quotes: tuple[Quote, ...], kinds: list[str]) -> None:
    start = TEXT.index("We will")
    golds = [GoldQuote("d", start, start + len("We will not retreat"), True, "Ahmed Musa",
                       "NGAGOV")]
    tally = Tally()
    score_quotes(document([], quotes), golds, tally, show=True)
    assert [line.split()[0] for line in tally.misses] == kinds, tally.misses


def test_articles_gold_lines_off_their_text_are_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    start = TEXT.index("arrested")
    lines = [
        {"doc": "d", "start": start, "end": start + 8, "trigger": "arrested", "plover": "COERCE",
         "cameo": "173", "source": "NGACOP", "target": "NGAMED", "modality": "asserted",
         "date": None},
        {"doc": "d", "start": 0, "end": 8, "trigger": "arrested", "plover": "COERCE",
         "cameo": "173", "modality": "asserted"},
    ]
    (tmp_path / "articles_events.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    (tmp_path / "articles_quotes.jsonl").write_text(
        json.dumps({"doc": "d", "start": S3 + 1, "end": S3 + 20, "head": "We will",
                    "direct": True, "speaker_name": "Ahmed Musa"}) + "\n", encoding="utf-8")
    events = read_events({"d": TEXT}, tmp_path)
    assert [e.start for e in events] == [start]
    assert len(read_quotes({"d": TEXT}, tmp_path)) == 1
    err = capsys.readouterr().err
    assert "articles_events.jsonl:2" in err and "articles_events.jsonl:3" in err
