"""A head of government named by a national title and surname keeps the reading (r12-18: the
surname-in-a-name rule of r11-18 had taken "Taoiseach" for an unknown proper noun before the
surname, "Taoiseach Kenny" -> nobody). Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import asserted_events, code_of

# (sentence, published, source code of the 11x event)
CASES: list[tuple[str, str, str | None]] = [
    ("Taoiseach Kenny criticized the British government on Tuesday.", "2013-06-01", "IRLGOV"),
    ("Taoiseach Enda Kenny criticized the British government on Tuesday.", "2013-06-01",
     "IRLGOV"),
    ("Prime Minister Kenny criticized the British government on Tuesday.", "2013-06-01",
     "IRLGOV"),
    ("Chancellor Merkel criticized the Russian government on Tuesday.", "2013-06-01", "DEUGOV"),
    # the title alone names Ireland's government, as "the Kremlin" Russia's (review r12-ra:
    # it had no actor, the title carrying no country)
    ("The Taoiseach criticized the British government on Tuesday.", "2013-06-01", "IRLGOV"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "src"), CASES)
def test_title_and_surname(nlp: Any, text: str, published: str, src: str | None) -> None:
    found = [code_of(e.source) for e in asserted_events(nlp, text, published)
             if e.cameo.startswith("11")]
    assert src in found, found


def test_taoiseach_is_a_title() -> None:
    from redline.actors import knowledge_base

    roles = {t.phrase: t.role for t in knowledge_base().titles}
    assert roles.get("taoiseach") == "head_of_government"
