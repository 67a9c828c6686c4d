"""He or she from a name: honorifics, given names, role words and surnames, written by us."""

from __future__ import annotations

import pytest

from redline.quotes.gender import FEMALE, MALE, mention_gender, name_gender, noun_gender


@pytest.mark.parametrize(("words", "gender"), [
    ("Mrs. Dunn", FEMALE),
    ("Mr. Dunn", MALE),
    ("Carla Dunn", FEMALE),
    ("Antonin Scalia", MALE),
    # a role word tells the gender only when no given name does
    ("spokesman Hope Whitfield", FEMALE),
    ("spokesman Whitfield", MALE),
    ("congresswoman Dunn", FEMALE),
    # a given name counts only before another word: a lone 'Warren' is a surname
    ("Warren", None),
    ("Warren Dunn", MALE),
    # the first proper word decides: an unknown given name tells nothing
    ("Irena Novak", None),
    ("Sen. Carla Dunn", FEMALE),
    ("", None),
])
def test_gender_name_gender(words: str, gender: str | None) -> None:
    assert name_gender(words.split()) == gender


@pytest.mark.parametrize(("text", "name", "surnames", "gender"), [
    ("Dunn", "Dunn", {"dunn": FEMALE}, FEMALE),  # 'Carla Dunn' named earlier
    ("Dunn's", "Dunn", {"dunn": FEMALE}, FEMALE),
    ("Dunn", "Dunn", {"dunn": ""}, None),  # a man and a woman share the surname
    # a surname's gender is for bare mentions, not for another full name that bears it
    ("Irena Novak", "Irena Novak", {"novak": MALE}, None),
    # a lone given name that is no one's surname here ('his daughter, Clara')
    ("Clara", "Clara", {}, FEMALE),
    ("Clara", "Clara", {"clara": ""}, None),
    ("Dunn", "Carla Dunn", {}, FEMALE),  # the canonical name shows it
])
def test_gender_mention_gender(text: str, name: str, surnames: dict[str, str],
                               gender: str | None) -> None:
    assert mention_gender(text, name, surnames) == gender


@pytest.mark.parametrize(("lemma", "gender"), [
    ("businessman", MALE), ("spokeswoman", FEMALE), ("widow", FEMALE), ("father", MALE),
    ("senator", None), ("official", None),
])
def test_gender_noun_gender(lemma: str, gender: str | None) -> None:
    assert noun_gender(lemma) == gender
