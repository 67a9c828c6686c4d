"""scripts/quote_speakers.py: classes of wrong speakers and how often a change fires."""

from __future__ import annotations

import pytest

from tests.conftest import load_script


@pytest.mark.parametrize(("mention", "name", "code", "kind", "gold", "cls"), [
    (None, None, None, None, "Jane Doe", "none/no-mention/gold-person"),
    ("they", None, None, None, "officials", "none/pronoun/gold-other"),
    ("the paper", None, None, None, "Saudi government", "none/mention/gold-other"),
    ("He", "John Roe", "USAGOV", "person", "Jane Doe", "pronoun-wrong/gold-person"),
    ("Education groups", "Education", "---", "group", "education groups",
     "uncoded/gold-other"),
    ("the envoy", "John Roe", "USAGOV", "person", "Jane Q. Doe", "person-other/gold-person"),
    ("China", "China", "CHN", "state", "United Kingdom", "body-other/gold-person"),
    ("Airbus", "Airbus", "", "group", "Airbus SE", "uncoded/gold-person"),
])
def test_quote_speakers_class(mention: str | None, name: str | None, code: str | None,
                              kind: str | None, gold: str, cls: str) -> None:
    assert load_script("quote_speakers").speaker_class(mention, name, code, kind, gold) == cls


def test_quote_speakers_changed_counts_per_half() -> None:
    before = [["tune", "a", 1, "X", "USA"], ["tune", "a", 9, None, None],
              ["check", "b", 4, "Y", "CHN"], ["check", "b", 7, "Z", "---"]]
    after = [["tune", "a", 1, "X", "USA"], ["tune", "a", 9, "W", "---"],
             ["check", "b", 4, "Y", "CHN"], ["check", "c", 2, "V", "RUS"]]
    counts = load_script("quote_speakers").changed(before, after)
    assert counts == {"tune": 1, "check": 2}  # one changed; one gone, one new


def test_quote_speakers_wrong_lists_class_and_both_speakers() -> None:
    from types import SimpleNamespace as NS

    speaker = NS(name="Israel", code="ISRGOV", kind="person")
    quote = NS(content=NS(start=0, end=20, text="We will meet him."), speaker=speaker,
               speaker_text="Israeli officials")
    gold = NS(start=0, end=20, speaker_name="Israeli officials", speaker_code="ISRGOV")
    right = NS(start=30, end=40, speaker_name="Jane Doe", speaker_code="USAGOV")
    quote2 = NS(content=NS(start=30, end=40, text="Yes."), speaker=NS(
        name="Jane Doe", code="USAGOV", kind="person"), speaker_text="Doe")
    got = list(load_script("quote_speakers")._wrong([quote, quote2], [gold, right]))
    assert got == [("person-other/gold-other",
                    "Israeli officials/ISRGOV got Israel/ISRGOV/person (mention "
                    "'Israeli officials'): 'We will meet him.'")]
