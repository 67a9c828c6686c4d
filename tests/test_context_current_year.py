"""A past clause dated by the publication's own year ("in 2016", "during the 2016 campaign"
in a 2016 story) is not background a year or more back: it stays asserted
(``context._not_yet_past``, r16-16d). An earlier year and a background clause ("when ...")
stay historical. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2016-06-15"


def coded(coder: Any, text: str, trigger: str) -> tuple[str, str | None]:
    doc = coder.code_text(text, published=PUBLISHED)
    event = next(e for e in doc.events if e.trigger.text == trigger)
    return event.modality, event.date


ROWS = [
    ("Russia deployed troops to the border in 2016.", "deployed", "asserted", "2016-01-01"),
    ("In 2016, Russia deployed troops to the border.", "deployed", "asserted", "2016-01-01"),
    ("Russia hacked the Democratic National Committee during the 2016 election.", "hacked",
     "asserted", "2016-01-01"),
    ("Protesters clashed with police in March 2016 in several cities.", "clashed",
     "asserted", "2016-03-01"),
    # a year before the publication's stays history
    ("Russia deployed troops to the border in 2014.", "deployed", "historical", "2014-01-01"),
    ("Putin met Obama at the 2015 summit in Paris.", "met", "historical", "2015-01-01"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "modality", "date"), ROWS)
def test_context_current_year_is_no_history(coder: Any, text: str, trigger: str,
                                            modality: str, date: str) -> None:
    assert coded(coder, text, trigger) == (modality, date)
