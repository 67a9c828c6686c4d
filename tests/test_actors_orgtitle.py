"""An association named at the end of a phrase is a body of its own (our own phrases)."""

from __future__ import annotations

import pytest

from redline.actors.orgtitle import as_body, body_sector


@pytest.mark.parametrize(("text", "sector"), [
    ("President of the Ghanaian Human Rights League", "NGO"),  # a rights group
    ("the Zambian Farmers Association", "AGR"),
    ("head of the Teachers Union", "EDU"),
    ("the Malawian Bar Association", "NGO"),  # no agent word: a non-governmental body
    ("European Union", None),  # "Union" needs a trade or profession before it
    ("the human rights league", None),  # no name of its own
    ("Nigeria Police Association", None),  # police: a state body's words, left as they are
    ("Ghanaian President", None),
])
def test_orgtitle_body_sector(text: str, sector: str | None) -> None:
    assert body_sector(text) == sector


def test_orgtitle_named_person_is_left_alone() -> None:
    assert as_body("GHA", "Nana Akufo-Addo", "the Ghana Farmers Association", "2020-01-01") \
        is None
    body = as_body("GHA", "Ghana", "the Ghana Farmers Association", "2020-01-01")
    assert body is not None and (body.code, body.layer) == ("GHAAGR", "composition")


def test_orgtitle_redline_actor_answers_an_association_by_composition() -> None:
    from redline.actors import lookup_actor

    found = lookup_actor("Chairwoman of the Ghanaian Human Rights League", "2021-01-01")
    assert (found.code, found.layer) == ("GHANGO", "composition")
