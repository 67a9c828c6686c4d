"""A sector noun that only modifies another sector noun ("government forces", "regime
troops") is no actor of its own: the head names the sector-only actor (events/sector_actors.py,
r9-17c). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# (sentence, CAMEO prefix, source code) with no country named anywhere
CODED: list[tuple[str, str, str]] = [
    ("Government forces seized several rifles in a raid.", "1711", "---MIL"),
    ("Regime troops shelled the old market on Monday.", "19", "---MIL"),
    ("Government soldiers attacked the village at dawn.", "19", "---MIL"),
]

# a name or a state keeps its actor: the compound rule changes nothing there
KEPT: list[tuple[str, str, str]] = [
    ("Syrian government forces shelled the town on Monday.", "19", "SYR"),
    ("Police officers arrested two men in Nairobi.", "17", "KEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "src"), CODED)
def test_sector_compounds_head_is_the_actor(nlp: Any, text: str, prefix: str,
                                            src: str) -> None:
    found = [(e.cameo, code_of(e.source)) for e in asserted_events(nlp, text)]
    assert any(c.startswith(prefix) and s == src for c, s in found), found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "country"), KEPT)
def test_sector_compounds_named_kept(nlp: Any, text: str, prefix: str, country: str) -> None:
    found = [(e.cameo, e.source and e.source.country) for e in asserted_events(nlp, text)]
    assert any(c.startswith(prefix) and s == country for c, s in found), found
