"""The sides of an event noun named as a hyphenated pair (events/hyphen_pairs.py, r16-17):
the first name the source, the second the target. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of, first_asserted

# (sentence, CAMEO prefix of the noun's event, source code, target code)
PAIRS: list[tuple[str, str, str, str]] = [
    ("The Peru-Chile talks resumed in Lima on Monday.", "04", "PER", "CHL"),
    ("The Russia-Ukraine negotiations broke down on Friday.", "04", "RUS", "UKR"),
    ("The Ethiopia-Eritrea peace talks opened in Addis Ababa.", "04", "ETH", "ERI"),
    ("The India-Pakistan clashes lasted three days.", "19", "IND", "PAK"),
    ("The Armenia-Azerbaijan war ended in November.", "19", "ARM", "AZE"),
    # adjectives of two states joined the same way
    ("Officials praised the growing Danish-Swedish cooperation.", "06", "DNK", "SWE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src", "tgt"), PAIRS)
def test_hyphen_pairs_give_both_sides(nlp: Any, text: str, prefix: str, src: str,
                                      tgt: str) -> None:
    event = first_asserted(nlp, text, prefix)
    assert (code_of(event.source), code_of(event.target)) == (src, tgt), event


# a pair that does not modify the event noun itself gives it no sides
NOT_PAIRS: list[tuple[str, str]] = [
    ("Troops held talks on the India-China border on Monday.", "04"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_PAIRS)
def test_hyphen_pairs_only_on_the_noun(nlp: Any, text: str, prefix: str) -> None:
    events = [e for e in asserted_events(nlp, text) if e.cameo.startswith(prefix)]
    assert not any(code_of(e.source) == "IND" and code_of(e.target) == "CHN" for e in events)


# names of one actor, a first word that names no actor, a second name that runs on past the
# hyphen's word or that describes a person (one person of a double origin: "Palestinian-American
# activist", "British-Iranian aid worker"), or a protest (one side's act) make no pair
ONE_SIDE: list[tuple[str, str, str]] = [
    ("The Franco-Peruvian talks resumed.", "talks", "040"),
    ("The Chile-Chile talks resumed.", "talks", "040"),
    ("The Palestinian-American activist protest drew thousands.", "protest", "141"),
    ("A Chinese-Canadian businessman detention angered Ottawa.", "detention", "173"),
    ("The British-Iranian aid worker detention ended.", "detention", "173"),
    ("A Somali-American protest in Minneapolis drew hundreds.", "protest", "141"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "noun", "code"), ONE_SIDE)
def test_hyphen_pairs_need_two_sides(nlp: Any, text: str, noun: str, code: str) -> None:
    from redline.actors import resolve_actors
    from redline.events.hyphen_pairs import pair_roles
    from redline.events.roles import ActorIndex

    doc = nlp(text)
    index = ActorIndex(doc, resolve_actors(doc, published="2021-06-01"))
    assert pair_roles(index, next(t for t in doc if t.lower_ == noun), code) is None
