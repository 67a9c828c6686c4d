"""Acts talked of, not done (``events/talked_of.py``): a gerund that is the topic of talk
("talked about attacking") or of deliberation ("discussed imposing") is not asserted.
Sentences written by us; each row that must not fire keeps the act asserted."""

from __future__ import annotations

from typing import Any

import pytest


def modalities(coder: Any, text: str, root: str) -> set[str]:
    doc = coder.code_text(text, published="2019-11-20")
    return {e.modality for e in doc.events if e.cameo_root == root}


# (sentence, CAMEO root of the act talked of)
TALKED_OF = [
    ("Trump talked about attacking Iran.", "19"),
    ("Merkel spoke of expelling Russian diplomats.", "16"),
    ("The EU discussed imposing new sanctions on Russia.", "16"),
    ("Trump is talking about banning all Muslims from coming to America.", "17"),
]

# (sentence, CAMEO root of the act that stays asserted)
DONE = [
    ("Russia began shelling Kharkiv on Monday.", "19"),
    ("Germany expelled two Russian diplomats after talking with France.", "16"),
    ("The EU imposed new sanctions on Russia on Monday.", "16"),
    # a gerund with its own subject: a report of others' acts (r10-rb)
    ("Residents spoke of Russian soldiers killing civilians.", "19"),
    ("Refugees spoke of soldiers shooting civilians in the village.", "19"),
    # a boast claims an act done, not one weighed (r10-fa)
    ("Russia boasted about shelling Kharkiv.", "19"),
    ("Hamas boasted of kidnapping Israeli soldiers.", "18"),
    ("The militia bragged about attacking the convoy.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), TALKED_OF)
def test_events_talked_of_is_not_asserted(coder: Any, text: str, root: str) -> None:
    found = modalities(coder, text, root)
    assert found and "asserted" not in found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), DONE)
def test_events_talked_of_done_acts_stay(coder: Any, text: str, root: str) -> None:
    assert "asserted" in modalities(coder, text, root)
