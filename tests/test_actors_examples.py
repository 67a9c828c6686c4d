"""People and bodies in the bundled example articles, coded as of each article's date.

The table was written by reading the examples: (file stem, mention text, occurrence of that
text among the resolved actors, expected code, expected canonical name, expected office).
Loads the spaCy model: slow.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.examples import example_paths, load_example
from redline.model import Actor

pytestmark = pytest.mark.slow

BIDEN_PUTIN = "2021-12-06-biden-putin-call"
PRES_RUS = "President of Russia"
PRES_USA = "President of the United States"

CASES = [
    # file, mention, occurrence, code, name, office
    (BIDEN_PUTIN, "Russian President Vladimir Putin", 0, "RUSGOV", "Vladimir Putin", PRES_RUS),
    (BIDEN_PUTIN, "President Joe Biden", 0, "USAGOV", "Joe Biden", PRES_USA),
    (BIDEN_PUTIN, "Kremlin foreign policy aide Yuri Ushakov", 0, "RUSGOV", "Yuri Ushakov", None),
    (BIDEN_PUTIN, "he", 0, "RUSGOV", "Yuri Ushakov", None),  # "he said" after Ushakov
    (BIDEN_PUTIN, "president", 0, "RUSGOV", "Vladimir Putin", PRES_RUS),  # in Ushakov's quote
    (BIDEN_PUTIN, "He", 0, "RUSGOV", "Yuri Ushakov", None),  # outside the quote: the speaker
    (BIDEN_PUTIN, "Putin", 0, "RUSGOV", "Vladimir Putin", PRES_RUS),
    (BIDEN_PUTIN, "Kremlin spokesman Dmitry Peskov", 0, "RUSGOV", "Dmitry Peskov", None),
    (BIDEN_PUTIN, "Biden", 0, "USAGOV", "Joe Biden", PRES_USA),
    (BIDEN_PUTIN, "Defense Secretary Lloyd Austin", 0, "USAMIL", "Lloyd Austin", None),
    (BIDEN_PUTIN, "Secretary of State Antony Blinken", 0, "USAGOV", "Antony Blinken", None),
    (BIDEN_PUTIN, "Russian Foreign Minister Sergei Lavrov", 0, "RUSGOV", "Sergei Lavrov",
     "Foreign Minister of Russia"),
    (BIDEN_PUTIN, "him", 0, "RUSGOV", "Sergei Lavrov", None),
    (BIDEN_PUTIN, "the Kremlin", 0, "RUSGOV", None, None),
    ("2008-08-12-georgia-war-ceasefire", "Russian President Dmitry Medvedev", 0, "RUSGOV",
     "Dmitry Medvedev", PRES_RUS),
    ("2008-08-12-georgia-war-ceasefire", "French President Nicolas Sarkozy", 0, "FRAGOV",
     "Nicolas Sarkozy", "President of France"),
    ("2008-08-12-georgia-war-ceasefire", "Saakashvili", 0, "GEOGOV", "Mikheil Saakashvili", None),
    ("2008-08-12-georgia-war-ceasefire", "Russian troops", 0, "RUSMIL", None, None),
    ("2014-03-18-crimea-annexation", "Vice President Joe Biden", 0, "USAGOV", "Joe Biden",
     "Vice President of the United States"),
    ("2014-03-18-crimea-annexation", "He", 1, "USAGOV", "Joe Biden", None),
    ("2014-03-18-crimea-annexation", "Ukrainian Prime Minister Arseniy Yatsenyuk", 0, "UKRGOV",
     "Arseniy Yatsenyuk", "Prime Minister of Ukraine"),
    ("2014-03-18-crimea-annexation", "Viktor Yanukovych", 0, "UKRELI", "Viktor Yanukovych", None),
    ("2019-01-24-venezuela-guaido", "Venezuelan President Nicolás Maduro", 0, "VENGOV",
     "Nicolás Maduro", None),
    ("2019-01-24-venezuela-guaido", "President Donald Trump", 0, "USAGOV", "Donald Trump",
     PRES_USA),
    ("2019-01-24-venezuela-guaido", "Secretary of State Mike Pompeo", 0, "USAGOV", "Mike Pompeo",
     None),
    ("2020-02-01-brexit-withdrawal", "Prime Minister Boris Johnson", 0, "GBRGOV", "Boris Johnson",
     "Prime Minister of the United Kingdom"),
    ("2020-02-01-brexit-withdrawal", "Von der Leyen", 0, "EU", "Ursula von der Leyen", None),
    ("2020-02-01-brexit-withdrawal", "she", 0, "EU", "Ursula von der Leyen", None),
    ("2021-11-29-iran-nuclear-talks", "Bagheri Kani", 0, "IRNGOV", "Ali Bagheri Kani", None),
    ("2021-11-29-iran-nuclear-talks", "he", 1, "IRNGOV", "Ali Bagheri Kani", None),
    ("2021-11-29-iran-nuclear-talks", "President Donald Trump", 0, "USAELI", "Donald Trump", None),
    ("2021-11-29-iran-nuclear-talks", "Israeli Prime Minister Naftali Bennett", 0, "ISRGOV",
     "Naftali Bennett", "Prime Minister of Israel"),
    ("2021-11-29-iran-nuclear-talks", "his", 0, "IRNGOV", "Ebrahim Raisi", None),
    ("2022-02-24-russia-invades-ukraine", "Ukrainian President Volodymyr Zelensky", 0, "UKRGOV",
     "Volodymyr Zelensky", "President of Ukraine"),
    ("2022-02-24-russia-invades-ukraine", "NATO Secretary General Jens Stoltenberg", 0, "NATO",
     "Jens Stoltenberg", "Secretary General of NATO"),
    ("2022-08-05-china-taiwan-drills", "Speaker Nancy Pelosi", 0, "USALEG", "Nancy Pelosi", None),
    ("2022-08-05-china-taiwan-drills", "Chinese President Xi Jinping", 0, "CHNGOV", "Xi Jinping",
     "President of China"),
    ("2022-08-05-china-taiwan-drills", "Chinese Foreign Ministry spokeswoman Hua Chunying", 0,
     "CHNGOV", "Hua Chunying", None),
    ("2022-08-05-china-taiwan-drills", "She", 1, "CHNGOV", "Hua Chunying", None),
    ("2022-08-05-china-taiwan-drills", "Taiwanese President Tsai Ing-wen", 0, "TWNGOV",
     "Tsai Ing-wen", None),
    ("2022-11-18-north-korea-icbm", "Vice President Kamala Harris", 0, "USAGOV", "Kamala Harris",
     None),
    ("2022-11-18-north-korea-icbm", "Japanese Prime Minister Fumio Kishida", 0, "JPNGOV",
     "Fumio Kishida", None),
    ("2023-04-04-finland-joins-nato", "Mr. Putin", 0, "RUSGOV", "Vladimir Putin", PRES_RUS),
    ("2023-04-04-finland-joins-nato", "Finnish President Sauli Niinistö", 0, "FINGOV",
     "Sauli Niinistö", None),
    ("2023-09-20-nagorno-karabakh-ceasefire", "Azerbaijani President Ilham Aliyev", 0, "AZEGOV",
     "Ilham Aliyev", None),
    ("2023-10-09-israel-hamas-war", "Prime Minister Benjamin Netanyahu", 0, "ISRGOV",
     "Benjamin Netanyahu", "Prime Minister of Israel"),
    ("2023-10-09-israel-hamas-war", "Defense Minister Yoav Gallant", 0, "ISRMIL", "Yoav Gallant",
     "Defence Minister of Israel"),
    ("2024-03-07-sweden-joins-nato", "Swedish Prime Minister Ulf Kristersson", 0, "SWEGOV",
     "Ulf Kristersson", None),
    ("2024-06-03-invented-river-border-clashes", "United Nations secretary-general", 0, "UN",
     "António Guterres", None),
    ("2025-03-12-invented-baltic-cable-incident", "Estonian Defense Minister Karl Lepik", 0,
     "ESTMIL", "Karl Lepik", None),
]


@cache
def _actors(nlp: Any, stem: str) -> tuple[Actor, ...]:
    path = next(p for p in example_paths() if p.stem == stem)
    article = load_example(path)
    return tuple(resolve_actors(nlp(article.text), published=article.published))


@pytest.mark.parametrize(("stem", "mention", "nth", "code", "name", "office"), CASES)
def test_actors_examples_people_coded_for_article_date(
    nlp: Any, stem: str, mention: str, nth: int, code: str, name: str | None, office: str | None
) -> None:
    found = [a for a in _actors(nlp, stem) if a.text == mention]
    assert len(found) > nth, f"{mention!r} #{nth} not resolved in {stem}"
    actor = found[nth]
    assert actor.code == code
    if name is not None:
        assert actor.name == name
    if office is not None:
        assert actor.office == office


@pytest.mark.parametrize(
    ("stem", "text"),
    [("2023-04-16-sudan-fighting", "UN"), ("2021-12-06-biden-putin-call", "Kremlin")],
)
def test_actors_examples_acronyms_and_seats_are_not_people(nlp: Any, stem: str, text: str) -> None:
    assert all(a.kind != "person" for a in _actors(nlp, stem) if a.text == text)


def test_actors_examples_offsets_match_text(nlp: Any) -> None:
    for path in example_paths():
        article = load_example(path)
        for a in _actors(nlp, path.stem):
            assert article.text[a.start : a.end] == a.text
