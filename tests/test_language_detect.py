from __future__ import annotations

import pytest

from redline.language import detect_language


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia said on Tuesday that it would not invade Ukraine, according to the Kremlin.", "en"),
    ("La Russie a déclaré mardi qu'elle n'envahirait pas l'Ukraine, selon le Kremlin et les autres.",
     "fr"),
    ("Russland hat am Dienstag erklärt, dass es die Ukraine nicht angreifen wird, sagte der Kreml.",
     "de"),
    ("Rusia dijo el martes que no invadiría Ucrania, según el Kremlin y los otros de la región.",
     "es"),
    ("Россия заявила во вторник, что не будет вторгаться в Украину, сообщил Кремль.", "ru"),
    ("俄罗斯周二表示不会入侵乌克兰克里姆林宫说这是一个重要的声明", "zh"),
    ("قالت روسيا يوم الثلاثاء إنها لن تغزو أوكرانيا وفقا للكرملين", "ar"),
    ("", "und"),
    ("NATO.", "en"),
])
def test_language_detect(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("text", "lang"), [
    # a table of English words and numbers: the sample ends inside "Sector", whose "Se" is a
    # Spanish stopword when cut off
    ("Quarterly unit table " + "Region 1 Sector 2 1,200 units | " * 700, "en"),
    ("Rusia dijo el martes que no invadiría Ucrania, según el Kremlin. " * 400, "es"),
])
def test_language_detect_sample_ends_on_a_whole_word(text: str, lang: str) -> None:
    assert detect_language(text, sample=20_000) == lang
