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
