"""States, provinces and Länder of federal states (federal_units.csv): their bodies are the
country's, alone they are places, and a regional office is no national office holder (issue
18, r10-18k)."""

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
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Texas Senate passed the bill.", "Texas Senate", "USALEG"),
    ("The California governor signed the bill.", "California governor", "USAGOV"),
    ("The British Columbia premier criticized Ottawa.", "British Columbia premier", "CANGOV"),
    ("The Queensland premier criticized Canberra.", "Queensland premier", "AUSGOV"),
    ("Bavaria's premier criticized Berlin.", "Bavaria's premier", "DEUGOV"),
])
def test_actors_federal_regions_code_country(nlp: Any, text: str, mention: str,
                                             code: str) -> None:
    found = _actors(nlp, text)
    assert found.get(mention, ("", ""))[0] == code, found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police in New Mexico arrested two men.",  # no Mexico
    "Louisiana, which expanded Medicaid, gave coverage to residents.",
    "Other protests were held last year in West Virginia and Oklahoma.",
])
def test_actors_federal_regions_alone_no_actor(nlp: Any, text: str) -> None:
    """A federal unit alone is a place: no actor (and no misread country)."""
    assert _actors(nlp, text) == {}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention"), [
    ("Bavaria's premier criticized Berlin.", "Bavaria's premier"),
    ("The Queensland premier criticized Canberra.", "Queensland premier"),
])
def test_actors_federal_regions_no_national_holder(nlp: Any, text: str, mention: str) -> None:
    """A region's head of government is not the country's (no Olaf Scholz, no Albanese)."""
    found = _actors(nlp, text)
    assert found[mention][1] == mention, found


@pytest.mark.slow
def test_actors_federal_regions_the_office_points_back(nlp: Any) -> None:
    """"the conservative Texas senator" after "Ted Cruz": the senator named before."""
    text = ("Ted Cruz spoke in Houston on Monday. The conservative Texas senator said the bill "
            "would fail.")
    assert _actors(nlp, text)["Texas senator"][1] == "Ted Cruz"
