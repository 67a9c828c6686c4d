"""Acts done by speaking inside quotes and reports (issue 17, events/speech_acts.py), and the
groups and pairs they name (the West, "the two militaries"). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.model import Event
from tests.conftest import country_of


def _events(coder: Any, text: str) -> list[Event]:
    return [e for e in coder.code_text(text, published="2021-12-06").events if e.asserted]


# (text, CAMEO code, speaker's country, addressee's country)
APPEALS: list[tuple[str, str, str, str | None]] = [
    ('"Iran should return to the negotiating table," French President Emmanuel Macron said.',
     "020", "FRA", "IRN"),
    ("German Chancellor Olaf Scholz said that Russia must pull its troops back from the "
     "border.", "100", "DEU", "RUS"),
    ('"China has to stop its coercion of Taiwan," US Secretary of State Antony Blinken said.',
     "100", "USA", "CHN"),
    ('Japanese Prime Minister Fumio Kishida said North Korea "is going to have to end its '
     'missile launches."', "100", "JPN", "PRK"),
    ('"Turkey needs to release the journalists," said Swedish Foreign Minister Ann Linde.',
     "100", "SWE", "TUR"),
    ('"Brazil, stop burning the rainforest," said French President Emmanuel Macron.', "020",
     "FRA", "BRA"),
    # an order reported
    ("Russian President Vladimir Putin told Ukraine to withdraw its troops.", "100", "RUS",
     "UKR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo", "src", "tgt"), APPEALS)
def test_speech_acts_appeal_is_the_speakers(coder: Any, text: str, cameo: str, src: str,
                                            tgt: str | None) -> None:
    found = [e for e in _events(coder, text) if e.plover == "REQUEST"]
    assert found, [(e.cameo, e.trigger.text) for e in _events(coder, text)]
    event = found[0]
    assert event.cameo[:2] == cameo[:2]  # a more specific code where the verb has one
    assert (country_of(event.source), country_of(event.target)) == (src, tgt)
    assert country_of(event.attributed_to) == src


NOT_APPEALS = [
    # passive, perfect, conditional, asked: no one is asked to act
    '"Russia should be punished," French President Emmanuel Macron said.',
    '"Russia should have known better," French President Emmanuel Macron said.',
    '"If Russia should attack, we will respond," French President Emmanuel Macron said.',
    '"Should Russia pay for the damage?" French President Emmanuel Macron asked.',
    # the speaker's own side, or a clause describing a noun
    '"France must do more," French President Emmanuel Macron said.',
    '"I must do more," French President Emmanuel Macron said.',
    'French President Emmanuel Macron said France should spend more on defence.',
    '"It is a problem Russia still needs to solve," French President Emmanuel Macron said.',
    # a thing, not a party: "the use by the police" does not make the police the addressee
    '"Its use by the police should send a signal," French President Emmanuel Macron said.',
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_APPEALS)
def test_speech_acts_no_appeal(coder: Any, text: str) -> None:
    assert not [(e.cameo, e.trigger.text) for e in _events(coder, text) if e.plover == "REQUEST"]


@pytest.mark.slow
def test_speech_acts_one_request_per_sentence(coder: Any) -> None:
    """"urged Iran to ... , saying Iran should ..." is one appeal, the verb's."""
    text = ("French President Emmanuel Macron urged Iran to resume talks, saying Iran should "
            "return to the negotiating table.")
    assert len([e for e in _events(coder, text) if e.plover == "REQUEST"]) == 1


# groups of states and pairs named again: (text, trigger, [(source, target) countries])
GROUPS: list[tuple[str, str, set[tuple[str | None, str | None]]]] = [
    ("India and Pakistan clashed on Sunday. The two militaries accused each other of "
     "starting it.", "accused", {("IND", "PAK"), ("PAK", "IND")}),
    ("Armenia and Azerbaijan fought a war in 2020. Both governments blamed each other.",
     "blamed", {("ARM", "AZE"), ("AZE", "ARM")}),
    ("US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in "
     "Geneva. The two ministers agreed to resume talks.", "agreed", {("USA", "RUS")}),
    ("Russia accused the West of meddling.", "accused", {("RUS", "WST")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "pairs"), GROUPS)
def test_speech_acts_groups_and_pairs(coder: Any, text: str, trigger: str,
                                      pairs: set[tuple[str | None, str | None]]) -> None:
    found = {(country_of(e.source), country_of(e.target)) for e in _events(coder, text)
             if e.trigger.text == trigger}
    assert pairs <= found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Cheuk Hau-yip, the commander of Kowloon West district, said the rioters were criminals.",
    "Teachers in West Virginia went on strike over pay.",
])
def test_speech_acts_west_in_a_place_name_is_no_group(coder: Any, text: str) -> None:
    doc = coder.code_text(text, published="2021-12-06")
    assert all(a.code != "WST" for a in doc.actors)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    '"Release the prisoners now," Belarusian opposition leader Sviatlana Tsikhanouskaya said.',
    'Belarusian opposition leader Sviatlana Tsikhanouskaya said: "Free the prisoners!"',
])
def test_speech_acts_act_asked_for_is_not_done(coder: Any, text: str) -> None:
    """An imperative asks for its act: the act is hypothetical, the appeal is the speaker's."""
    doc = coder.code_text(text, published="2021-12-06")
    asked = [e for e in doc.events if e.plover == "REQUEST"]
    assert asked and country_of(asked[0].source) == "BLR"
    verb = "Release" if "Release" in text else "Free"
    assert all(not e.asserted for e in doc.events
               if e.trigger.text == verb and e.plover != "REQUEST")
