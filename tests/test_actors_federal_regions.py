"""States, provinces and Länder of federal states (federal_units.csv): places, never actors, so
never misread as a country or its office holder (issue 18, r10-18k; actors no more: r10-rb)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("phrase", "region"), [
    ("Texas", True), ("New Mexico", True), ("British Columbia", True), ("Bavaria", True),
    ("Punjab", True),
    # a country and a capital are no regions of the list
    ("Georgia", False), ("Washington", False), ("Germany", False),
])
def test_actors_federal_regions_listed(phrase: str, region: bool) -> None:
    from redline.actors.kb import knowledge_base

    assert knowledge_base().is_region(phrase) is region


def _actors(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    from redline.actors import resolve_actors

    return {a.text: (a.code, a.name) for a in resolve_actors(nlp(text), published="2022-06-01")}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "unit"), [
    ("Police in New Mexico arrested two men.", "New Mexico"),  # no Mexico
    ("Louisiana, which expanded Medicaid, gave coverage to residents.", "Louisiana"),
    ("Other protests were held last year in West Virginia and Oklahoma.", "West Virginia"),
    # with a body, office or sector word after it the unit is still no actor (r10-rb)
    ("The Texas Senate passed the bill.", "Texas"),
    ("The California governor signed the bill.", "California"),
    ("Some Indiana protesters blocked the road.", "Indiana"),
    ("The British Columbia premier criticized Ottawa.", "British Columbia"),
    ("Bavaria's premier criticized Berlin.", "Bavaria"),  # no Olaf Scholz either
    ("The Queensland premier criticized Canberra.", "Queensland"),  # no Albanese
])
def test_actors_federal_regions_no_actor(nlp: Any, text: str, unit: str) -> None:
    """A federal unit is a place: no actor holds its name, none is misread as a country and
    none is the country's office holder."""
    found = _actors(nlp, text)
    assert not any(unit in mention for mention in found), found
    assert not any(name in ("Olaf Scholz", "Anthony Albanese") for _, name in found.values())
