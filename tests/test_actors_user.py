"""Users' own PETRARCH actor/agent dictionaries in the resolver (fictional names; slow: spaCy)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from redline.actors import UserKnowledge, load_user_dictionaries, resolve_actors
from redline.errors import UsageError

pytestmark = pytest.mark.slow

ACTORS = """\
ELDORIA [ELD]
+ELDORIAN
+ELDORIANS
BRANWEN_MOOREFIELD
\t[ELDGOV 19950101-19991231]
\t[ELDELI]
QUILLAN_COUNCIL [IGOQLC]
RUSSIA [ZZZ]
"""
AGENTS = """\
SOLDIER [~MIL]
"""


@pytest.fixture(scope="module")
def know(tmp_path_factory: pytest.TempPathFactory) -> UserKnowledge:
    folder: Path = tmp_path_factory.mktemp("dicts")
    (folder / "Mine.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "Mine.agents.txt").write_text(AGENTS, encoding="utf-8")
    return load_user_dictionaries(folder)


def _codes(nlp: Any, text: str, date: str, know: UserKnowledge | None) -> dict[str, str]:
    return {a.text: a.code for a in resolve_actors(nlp(text), published=date, knowledge=know)}


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        ("Eldoria closed its border on Monday.", "1996-05-01", "Eldoria", "ELD"),
        ("Eldorian soldiers crossed the river.", "1996-05-01", "Eldorian soldiers", "ELDMIL"),
        ("Branwen Moorefield signed the accord.", "1996-05-01", "Branwen Moorefield", "ELDGOV"),
        ("Branwen Moorefield signed the accord.", "2004-05-01", "Branwen Moorefield", "ELDELI"),
        ("The Quillan Council met in Paris.", "1996-05-01", "Quillan Council", "IGOQLC"),
        # our own knowledge wins where both match
        ("Russia closed its border.", "1996-05-01", "Russia", "RUS"),
    ],
)
def test_actors_user_dictionary_entries(
    nlp: Any, know: UserKnowledge, text: str, date: str, mention: str, code: str
) -> None:
    assert _codes(nlp, text, date, know).get(mention) == code


def test_actors_user_unknown_without_dictionary(nlp: Any) -> None:
    assert "Eldoria" not in _codes(nlp, "Eldoria closed its border.", "1996-05-01", None)


def test_actors_user_override_wins(nlp: Any, tmp_path: Path) -> None:
    (tmp_path / "Over.actors.txt").write_text("RUSSIA [ZZZ]\n", encoding="utf-8")
    over = load_user_dictionaries(tmp_path, override=True)
    assert _codes(nlp, "Russia closed its border.", "1996-05-01", over).get("Russia") == "ZZZ"


def test_actors_user_missing_path(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        load_user_dictionaries(tmp_path / "nope")
