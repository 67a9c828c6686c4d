"""Reciprocal events and groups of states. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, CAMEO prefix, expected (source, target) pairs)
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("India and Pakistan accused each other of violating the ceasefire.", "112",
     {("IND", "PAK"), ("PAK", "IND")}),
    ("Armenia and Azerbaijan blamed each other for the shelling.", "112",
     {("ARM", "AZE"), ("AZE", "ARM")}),
    # what belongs to each other: "each other's policies"
    ("Serbia and Kosovo attacked each other's plans for the border.", "11",
     {("SRB", "XKX"), ("XKX", "SRB")}),
    ("Russia accused the West of provoking the crisis.", "112", {("RUS", "WST")}),
    ("Western nations condemned the coup in Myanmar.", "111", {("WST", "MMR")}),
    # r6-17q: "each side ... the other", a bare "the two", accusations traded or exchanged
    ("Armenia and Azerbaijan fought a war. Each side blamed the other for the violence.",
     "112", {("ARM", "AZE"), ("AZE", "ARM")}),
    ("Armenia and Azerbaijan fought a war. The two have accused each other of shelling.",
     "112", {("ARM", "AZE"), ("AZE", "ARM")}),
    ("India and Pakistan traded accusations over the attack on Friday.", "112",
     {("IND", "PAK")}),
    ("Israel and Iran have exchanged threats for years.", "13", {("ISR", "IRN")}),
]

# no reciprocal accusation or threat: goods traded, "both of" a group, "each side" of no pair
NOT_RECIPROCAL: list[tuple[str, str]] = [
    ("China and the United States traded goods worth $500 billion.", "11"),
    ("Russia and Ukraine exchanged prisoners on Sunday.", "11"),
    # "both of" a group that is not the pair: read as the pair, it would give ARM/AZE 112
    ("Armenia and Azerbaijan fought a war. Both of the generals accused each other of lying.",
     "11"),
    # "each side" of a pair acting on something else: no accusation of the other
    ("Armenia and Azerbaijan fought a war. Each side blamed the weather for the delay.", "11"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix", "pairs"), CASES)
def test_reciprocal_pairs(nlp: Any, text: str, prefix: str, pairs: set[tuple[str, str]]) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    got = {(e.source.code, e.target.code) for e in doc.events
           if e.asserted and e.cameo.startswith(prefix) and e.source and e.target}
    assert pairs <= got


@pytest.mark.slow
@pytest.mark.parametrize(("text", "prefix"), NOT_RECIPROCAL)
def test_reciprocal_none(nlp: Any, text: str, prefix: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published="2021-06-01")
    got = [(e.cameo, e.source and e.source.code, e.target and e.target.code)
           for e in doc.events if e.asserted and e.cameo.startswith(prefix)
           and e.source and e.target]
    assert not got, got
