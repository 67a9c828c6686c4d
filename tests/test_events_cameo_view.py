"""A cooperative "will X" is X intended; the CAMEO view reads it as CAMEO's intent (03x)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.eval.common import asserted_types
from redline.events.cameo_view import cameo_events, cameo_view
from redline.events.frames import intent_code
from redline.events.records import _intent
from redline.model import Event, Span
from tests.conftest import coded_events, country_of


def _event(cameo: str, plover: str, modality: str, intent: str | None) -> Event:
    return Event(id="d:0:0", sentence=0, source=None, target=None, cameo=cameo,
                 cameo_root=cameo[:2], plover=plover, goldstein=0.0, quad_class=1,
                 trigger=Span("will", 0, 4), hypothetical=modality != "asserted",
                 modality=modality, intent_cameo=intent)


# (own code, PLOVER, modality, intent code) -> (view code, view PLOVER, view asserted)
VIEWS = [
    (("040", "CONSULT", "intended", "036"), ("036", "AGREE", True)),
    (("070", "AID", "intended", "033"), ("033", "AGREE", True)),
    (("0333", "AID", "intended", "0333"), ("0333", "AGREE", True)),
    (("060", "COOPERATE", "intended", "031"), ("031", "AGREE", True)),
    (("087", "RETREAT", "intended", "0356"), ("0356", "AGREE", True)),
    (("045", "CONSULT", "intended", "039"), ("039", "AGREE", True)),
    # no intent code, or no longer intended: unchanged
    (("040", "CONSULT", "intended", None), ("040", "CONSULT", False)),
    (("040", "CONSULT", "hypothetical", "036"), ("040", "CONSULT", False)),
    (("138", "THREATEN", "asserted", None), ("138", "THREATEN", True)),
    (("120", "REJECT", "asserted", None), ("120", "REJECT", True)),
]


@pytest.mark.parametrize(("event", "view"), VIEWS)
def test_events_cameo_view_reads_intended_acts_as_intents(
        event: tuple[str, str, str, str | None], view: tuple[str, str, bool]) -> None:
    got = cameo_view(_event(*event))
    assert (got.cameo, got.plover, got.asserted) == view
    assert got.cameo_root == view[0][:2]


def test_events_cameo_view_scorers_read_the_view() -> None:
    events = [_event("070", "AID", "intended", "033"), _event("040", "CONSULT", "intended", None)]
    assert asserted_types(events) == {"AGREE"}
    assert [e.cameo for e in cameo_events(events)] == ["033", "040"]


# "will X" reads as CAMEO's intent to cooperate (03x) only for a cooperative act (03-08)
@pytest.mark.parametrize(("code", "intent"), [
    ("040", "036"), ("073", "0333"), ("057", "037"), ("0872", "0356"), ("0832", "0342"),
    ("010", ""), ("014", ""), ("016", ""), ("090", ""), ("", ""),
])
def test_events_cameo_view_intent_only_for_cooperation(code: str, intent: str) -> None:
    assert intent_code(code) == intent


class _Hit:  # the one field ``records._intent`` reads
    def __init__(self, extra: dict[str, str]) -> None:
        self.extra = extra


@pytest.mark.parametrize(("extra", "modality", "intent"), [
    ({"intent": "036", "stated": "1"}, "intended", "036"),
    ({"intent": "036"}, "intended", None),  # a forecast about someone named: no intent
    ({"intent": "036", "stated": "1"}, "hypothetical", None),  # "if ..., X will meet Y"
    ({}, "intended", None),
])
def test_events_cameo_view_records_keep_the_stated_intent(extra: dict[str, str], modality: str,
                                                          intent: str | None) -> None:
    assert _intent(_Hit(extra), modality) == intent  # type: ignore[arg-type]


# (sentence, own code prefix, intent code prefix, source, target)
WILL = [
    ("Norway will send medical aid to Yemen.", "07", "033", "NOR", "YEM"),
    ("Chile will hold talks with Peru next week.", "04", "036", "CHL", "PER"),
    ("Kenya said it would provide troops to Somalia.", "07", "033", "KEN", "SOM"),
    ("Spain will continue to send aid to Morocco.", "07", "033", "ESP", "MAR"),
    ("The Indian government said Modi will meet Xi in Delhi.", "04", "036", "IND", "CHN"),
    ("Brazil said it would cooperate with Argentina on the inquiry.", "06", "031", "BRA", "ARG"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "own", "intent", "src", "tgt"), WILL)
def test_events_cameo_view_will_x_is_x_intended(nlp: Any, text: str, own: str, intent: str,
                                                src: str, tgt: str) -> None:
    acts = [e for e in coded_events(nlp, text) if e.cameo.startswith(own)
            and country_of(e.source) == src and country_of(e.target) == tgt]
    assert acts and all(e.modality == "intended" and not e.asserted for e in acts)
    views = [cameo_view(e) for e in acts]
    assert all(v.cameo.startswith(intent) and v.asserted and v.plover == "AGREE"
               for v in views)


# acts now, or not the actor's own stated intent: no intent code, the view leaves them alone
NOT_INTENTS = [
    ("Norway will impose sanctions on Yemen if the talks fail.", "asserted"),  # a threat
    ("If Chile agrees, Peru will send aid to Bolivia.", "hypothetical"),
    ("Chile will not accept the ruling of the court.", "asserted"),
    ("Peru said it will retaliate against Chile.", "asserted"),
    ("Analysts say Kenya will send troops to Somalia.", "intended"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "modality"), NOT_INTENTS)
def test_events_cameo_view_leaves_other_futures_alone(nlp: Any, text: str,
                                                      modality: str) -> None:
    events = [e for e in coded_events(nlp, text) if e.cameo_root not in ("01", "02")]
    assert events and any(e.modality == modality for e in events)
    assert all(e.intent_cameo is None and cameo_view(e) == e for e in events)


# a statement, a denial, a deliberation or an inquiry said as "will" is no intent to cooperate
NOT_COOPERATION = [
    ("Germany will comment on the plan next week.", "01"),
    ("Russia will deny the claims made by Ukraine.", "01"),
    ("Kenya will consider the request from Somalia.", "01"),
    ("France will investigate the attack in Mali.", "09"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), NOT_COOPERATION)
def test_events_cameo_view_no_intent_for_other_acts(nlp: Any, text: str, root: str) -> None:
    events = [e for e in coded_events(nlp, text) if e.cameo_root == root]
    assert events and all(e.modality == "intended" for e in events)
    assert all(e.intent_cameo is None and cameo_view(e) == e for e in events)
