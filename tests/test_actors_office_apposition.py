"""An unknown person's office stated around the name codes the person as the state's body
(issue 18, r10-18k; loads spaCy: slow)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.slow


def _codes(nlp: Any, text: str) -> dict[str, str]:
    from redline.actors import resolve_actors

    return {a.text: a.code for a in resolve_actors(nlp(text), published="2022-06-01")}


@pytest.mark.parametrize(("text", "code"), [
    ("Ivan Petrenko, secretary of Ukraine's security council, said the attack failed.",
     "UKRGOV"),
    ("Ivan Petrenko, head of Russia's central bank, said rates would rise.", "RUSGOV"),
    ("Ivan Petrenko, who heads Ukraine's security council, said the attack failed.", "UKRGOV"),
    ("Ivan Petrenko, a spokesman for Ukraine's defence ministry, said the attack failed.",
     "UKRMIL"),
    ("Russia's central bank chief Ivan Petrenko said rates would rise.", "RUSGOV"),
    ("Russian central bank chief Ivan Petrenko said rates would rise.", "RUSGOV"),
    ("Ivan Petrenko, an official in Ukraine's defence ministry, said the attack failed.",
     "UKRMIL"),
    # a role phrase after the office: that role's body (r10-fa)
    ("Ivan Petrenko, an adviser to Ukraine's president, criticized Russia.", "UKRGOV"),
    ("Ivan Petrenko, an aide to the Russian defence minister, criticized Ukraine.", "RUSMIL"),
    ("Ivan Petrenko, a spokesman for the Russian foreign minister, said the talks failed.",
     "RUSGOV"),
])
def test_actors_office_apposition_codes_person(nlp: Any, text: str, code: str) -> None:
    assert _codes(nlp, text).get("Ivan Petrenko") == code


@pytest.mark.parametrize("text", [
    # no office noun: a critic is no official of the state
    "Ivan Petrenko, a critic of Russia's president, said the attack failed.",
    "Ivan Petrenko, a friend of the Russian defence minister, said the attack failed.",
    # the office's preposition is not followed by the state
    "Ivan Petrenko, head of research at Moscow's Higher School of Economics, said rates "
    "would rise.",
    # the state after "to" or "in" hosts the office: not the holder's state (r10-rb)
    "Ivan Petrenko, ambassador to the United States, said the attack failed.",
    "Ivan Petrenko, envoy to Ukraine, criticized Russia.",
    "Ivan Petrenko, the special envoy in Ukraine, criticized Russia.",
    "Ivan Petrenko, a commander in Ukraine, criticized Russia.",
])
def test_actors_office_apposition_not_an_office(nlp: Any, text: str) -> None:
    assert _codes(nlp, text).get("Ivan Petrenko", "") == ""
