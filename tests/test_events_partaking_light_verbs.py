"""Taking part in an event (``events/partaking.py``, 16v): "took part in talks with X" codes
the talks, with the subject and the "with" phrase as its sides, like "participated in
negotiations with" and "joined talks with". Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest


def sides(coder: Any, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = coder.code_text(text, published="2019-06-01")
    return {(e.cameo_root, e.source.name if e.source else None,
             e.target.name if e.target else None) for e in doc.events if e.asserted}


TALKS = [
    ("Russia took part in talks with Ukraine in Geneva.", "Russia", "Ukraine"),
    ("Iran took part in negotiations with France on Monday.", "Iran", "France"),
    ("Iran participated in negotiations with Germany.", "Iran", "Germany"),
    ("Russia joined talks with Ukraine in Minsk.", "Russia", "Ukraine"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), TALKS)
def test_events_partaking_talks_get_both_sides(coder: Any, text: str, source: str,
                                               target: str) -> None:
    assert ("04", source, target) in sides(coder, text)

