"""The PETRARCH-style pattern coder on fictional dictionaries, and the PETRARCH2 suite gate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from redline.petrarch import PetrarchDictionaries, code_sentence, load_dictionaries

ACTORS = """VALDORIA [VAL]
+VALDORIAN
KESTRIA [KES]
+KESTRIAN
MORVANE [MOR]
ORIN MALK
\t[VALREB <20050601]
\t[VALGOV >20050531]
"""

AGENTS = """SOLDIER [~MIL]
GOVERNMENT [~GOV]
RELIEF_AGENCY {} [NGO~]
"""

VERBS = """&SANCTIONS
+TRADE_SANCTIONS
+EMBARGO

--- CONDEMN  [122] ---
CONDEMN
- * &SANCTIONS [163]

--- ATTACK  [190] ---
ATTACK

--- MEET  [036:036] ---
MEET {MET}
- % * [043]

--- RECEIVE  [---] ---
RECEIVE
- + * AID_FROM $ [070]

--- REFUSE  [---] ---
REFUSE
"""


@pytest.fixture(scope="module")
def nlp() -> Any:
    """The full pipeline: the PETRARCH coder's verbs come from its dictionaries, which the
    selective path does not read, so it always parses fully (as ``redline eval petrarch``)."""
    from redline.nlp import load_nlp

    return load_nlp(full=True)


@pytest.fixture(scope="module")
def dicts(tmp_path_factory: pytest.TempPathFactory) -> PetrarchDictionaries:
    root: Path = tmp_path_factory.mktemp("dicts")
    (root / "T.actors.txt").write_text(ACTORS, encoding="utf-8")
    (root / "T.agents.txt").write_text(AGENTS, encoding="utf-8")
    (root / "T.verbs.txt").write_text(VERBS, encoding="utf-8")
    (root / "T.discards.txt").write_text("FOOTBALL MATCH\n", encoding="utf-8")
    return load_dictionaries(root)


def _triples(dicts: PetrarchDictionaries, nlp: Any, text: str, date: str = "2020-01-01",
             **kw: Any) -> set[tuple[str, str, str]]:
    return {(c.source, c.target, c.code) for c in code_sentence(dicts, nlp(text), date, **kw)}


CASES = [
    ("Valdoria condemned Kestria on Monday.", {("VAL", "KES", "122")}),
    ("Kestria was condemned by Valdoria.", {("VAL", "KES", "122")}),
    ("Valdorian soldiers attacked Kestria.", {("VALMIL", "KES", "190")}),
    ("The Kestrian government condemned Valdoria and Morvane.",
     {("KESGOV", "VAL", "122"), ("KESGOV", "MOR", "122")}),
    ("Valdoria condemned the trade sanctions against Kestria.", {("VAL", "KES", "163")}),
    ("Valdoria met Kestria in the capital.", {("VAL", "KES", "036"), ("KES", "VAL", "036")}),
    ("Valdoria and Kestria met on Friday.", {("VAL", "KES", "043"), ("KES", "VAL", "043")}),
    ("Kestria received aid from Valdoria.", {("VAL", "KES", "070")}),
    ("Valdoria did not condemn Kestria.", set()),
    ("Valdoria refused to attack Kestria.", set()),
    ("Valdoria never attacked Kestria.", set()),
    ("Valdoria condemned the football match in Kestria.", set()),
    ("Soldiers attacked Kestria.", {("---MIL", "KES", "190")}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_petrarch_coder_cases(dicts: PetrarchDictionaries, nlp: Any, text: str,
                              expected: set[tuple[str, str, str]]) -> None:
    assert _triples(dicts, nlp, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("date", "code"), [
    ("2005-05-31", "VALREB"), ("20050601", "VALGOV"), ("2020-01-01", "VALGOV"),
])
def test_petrarch_coder_dates_actor_codes(dicts: PetrarchDictionaries, nlp: Any, date: str,
                                          code: str) -> None:
    assert _triples(dicts, nlp, "Orin Malk condemned Kestria.", date) == {(code, "KES", "122")}


@pytest.mark.slow
def test_petrarch_coder_require_dyad(dicts: PetrarchDictionaries, nlp: Any) -> None:
    text = "Valdoria condemned the decision."
    assert _triples(dicts, nlp, text) == set()
    assert _triples(dicts, nlp, text, require_dyad=False) == {("VAL", "---", "122")}


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "   ", "!!! ??? ...", "\u200b\u00e9\u4e2d" * 50,
                                  "Valdoria " * 2000])
def test_petrarch_coder_bad_input(dicts: PetrarchDictionaries, nlp: Any, text: str) -> None:
    # none of these has a verb, so nothing may be coded (and nothing may crash)
    assert code_sentence(dicts, text, "bad-date", nlp=nlp) == []


@pytest.mark.slow
def test_petrarch_suite_quality_gate(shared_data: Path, nlp: Any) -> None:
    from redline.eval.petrarch import format_petrarch_report, score_petrarch

    suite = shared_data / "petrarch_suite" / "PETR.UnitTest.records.xml"
    dictionaries = shared_data / "dictionaries" / "petrarch2"
    if not suite.is_file() or not dictionaries.is_dir():
        pytest.skip("PETRARCH2 suite or dictionaries not in the shared data")
    report = score_petrarch(suite, dictionaries, nlp=nlp)
    assert report.expected == 359 and report.records == 284
    assert report.share >= 0.85, format_petrarch_report(report)
    assert report.extra <= 40
    assert "reproduced" in format_petrarch_report(report)
