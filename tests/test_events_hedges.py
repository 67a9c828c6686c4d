"""Event precision, third round: goals, allegations, negated objects, generic 'when' clauses,
predictions, wishes, one event per trigger. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events.cameo_view import cameo_view
from redline.model import Document


def coded(coder: Any, text: str) -> Document:
    return coder.code_text(text, published="2019-11-20")


# (sentence, CAMEO root of the event, its modality)
NOT_ASSERTED = [
    # goals: an infinitive wished, asked or worked for is not done
    ("The president instructed his envoy to continue negotiating with Iran.", "04",
     "hypothetical"),
    ("The opposition backed the prime minister's efforts to get Serbia to arrest the general.",
     "17", "hypothetical"),
    ("Parliament pushed the government to expel the Russian ambassador.", "16", "intended"),
    # allegations: what X is accused of is not told as done
    ("Esper accused China of using force to seize the islands.", "17", "hypothetical"),
    # a negated object: "gave no support"
    ("The United States gave no support to the rebels.", "05", "negated"),
    # a 'when' clause in the present: any time, no one time
    ("When the United States imposes tariffs on China, American consumers pay.", "16",
     "hypothetical"),
    # a 'would' of prediction about someone named
    ("Analysts say Putin would recognize the new government in Kabul.", "05", "intended"),
    # ... and a 'will' of prediction about someone named: the act, intended, not a promise
    ("Analysts say Egypt will send troops to Sudan.", "07", "intended"),
    ("Experts say Japan will provide aid to Nepal.", "07", "intended"),
    ("Observers say Iran will invade Iraq.", "19", "intended"),
    # what a claim, charge or allegation says is not told as done
    ("Moscow denied claims that Russian jets bombed a hospital in Aleppo.", "18",
     "hypothetical"),
    ("A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar.", "13",
     "hypothetical"),
]


# ... but a relative clause about the claim, or the act told by its own source, is told as done
@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), [
    ("Kyiv published the allegations which Russia rejected.", "12"),
    ("Ukraine repeated the allegations Russia rejected on Monday.", "12"),
    ("Russian jets bombed a hospital in Aleppo, officials said.", "18"),
    # a relative clause with an infinitive of purpose is about the claim, not what it says
    ("Kyiv rejected the allegations Moscow used to justify its attack on Kharkiv.", "11"),
])
def test_events_hedges_claims_leave_relatives_and_reports_asserted(coder: Any, text: str,
                                                                   root: str) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == root]
    assert events and all(e.asserted for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root", "modality"), NOT_ASSERTED)
def test_events_hedges_constructions_are_not_asserted(coder: Any, text: str, root: str,
                                                      modality: str) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == root]
    assert events and {e.modality for e in events} == {modality}
    assert not any(e.asserted for e in events)


# a stated intent stays one: "will X", "said it would X" is X intended (r13-16w), which the
# CAMEO view reads as an asserted intent (03x)
@pytest.mark.slow
@pytest.mark.parametrize("text", ["Russia will send aid to Syria.",
                                  "Russia said it would send aid to Syria.",
                                  "Egypt said it will send troops to Sudan.",
                                  # a named speaker mostly speaks for the subject
                                  "Sisi said Egypt will send aid to Sudan.",
                                  # ... and so does an official body
                                  "Egypt will send aid to Sudan, the Egyptian embassy said."])
def test_events_hedges_stated_intents_stay_intended(coder: Any, text: str) -> None:
    events = [e for e in coded(coder, text).events if e.cameo_root == "07"]
    assert events and all(e.modality == "intended" for e in events)
    views = [cameo_view(e) for e in events]
    assert all(v.cameo_root == "03" and v.asserted for v in views)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Iran wants the United States to lift sanctions.",
                                  "Most voters in Kenya want parliament to free the "
                                  "prisoners."])
def test_events_hedges_a_wish_about_another_is_no_intent(coder: Any, text: str) -> None:
    assert "AGREE" not in {e.plover for e in coded(coder, text).events if e.asserted}


# (sentence, PLOVER type, the one (source country, target country) kept)
ONE_PER_TRIGGER = [
    ("China accused Britain and the United States of meddling in Hong Kong.", "ACCUSE",
     ("CHN", "GBR")),
    ("Putin and Erdogan met in Sochi on Tuesday.", "CONSULT", ("RUS", "TUR")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "pair"), ONE_PER_TRIGGER)
def test_events_hedges_one_event_per_trigger(coder: Any, text: str, plover: str,
                                             pair: tuple[str, str]) -> None:
    events = [e for e in coded(coder, text).events if e.plover == plover]
    assert len(events) == 1
    e = events[0]
    assert (e.source and e.source.country, e.target and e.target.country) == pair


@pytest.mark.slow
def test_events_hedges_each_other_is_one_event_each_way(coder: Any) -> None:
    events = [e for e in coded(coder, "Armenia and Azerbaijan blamed each other for the "
                                      "shelling.").events if e.plover == "ACCUSE"]
    pairs = {(e.source and e.source.country, e.target and e.target.country) for e in events}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}
