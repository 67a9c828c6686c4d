"""Coreference for events: the actor an event's pronoun, description or relative pronoun
stands for (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from redline.actors import resolve_actors
from redline.actors.eventcoref import with_coreference
from redline.pipeline import Coder

pytestmark = pytest.mark.slow

DATE = "2021-06-01"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        # the paragraph's main subject, not the name mentioned last
        ("Russian President Vladimir Putin met German Chancellor Angela Merkel in Moscow. "
         "He accused NATO of threatening Russia.", "He", "RUSGOV"),
        ("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin. "
         "She urged him to back the plan.", "She", "DEUGOV"),
        # a definite description names the person earlier called so
        ("French Foreign Minister Jean-Yves Le Drian arrived in Beirut on Tuesday.\n\n"
         "The minister criticised Hezbollah.", "The minister", "FRAGOV"),
        # "the group": the armed group named before, not a state
        ("The Taliban seized the city of Kunduz on Sunday. The group attacked police "
         "checkpoints across the province.", "The group", "AFGREB"),
        # a pronoun subject of what a named subject says is that subject, not the paragraph's
        # main subject, when gender agrees
        ("German Chancellor Angela Merkel met French President Emmanuel Macron in Paris. "
         "Macron said she had rejected his plan.", "she", "DEUGOV"),
        ("Russian President Vladimir Putin arrived in Ankara on Monday. Turkish President "
         "Recep Tayyip Erdogan said he had rejected the plan.", "he", "TURGOV"),
        # "the country", "the kingdom": the state named last, also as a person's country
        ("Saudi Arabia arrested hundreds of suspects. Militants have since attacked the "
         "kingdom twice.", "the kingdom", "SAU"),
        ("Germany's president urged a bigger security role for the country.", "the country",
         "DEU"),
        # a role serves any body: "the leader" may be an armed group's (r6-18b)
        ("Hezbollah leader Hassan Nasrallah arrived in Tehran on Sunday.\n\nThe leader "
         "accused Israel of lying.", "The leader", "LBNREB"),
        # a relative clause's subject is the noun it hangs on
        ("Pakistani police, who fired tear gas at the crowd, arrested dozens.", "who",
         "PAKCOP"),
    ],
)
def test_eventcoref_resolves(nlp: Any, text: str, words: str, code: str) -> None:
    doc = nlp(text)
    actors = with_coreference(doc, resolve_actors(doc, published=DATE))
    start = text.index(words)
    found = [a for a in actors if (a.start, a.end) == (start, start + len(words))]
    assert [a.code for a in found] == [code]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He said it would be provided next year.", "it"),  # "it" is mostly a thing
        ("The minister resigned on Monday.", "The minister"),  # nobody called so before
        ("The leaders met in Paris after Putin spoke.", "The leaders"),  # not one person
        # a sector's description stands for no actor of another sector (r6-18b)
        ("The Taliban attacked a checkpoint in Kandahar. Zabihullah Mujahid, a spokesman for "
         "the Taliban, accused the government of lying.", "the government"),
    ],
)
def test_eventcoref_leaves_unresolved(nlp: Any, text: str, words: str) -> None:
    doc = nlp(text)
    actors = with_coreference(doc, resolve_actors(doc, published=DATE))
    start = text.index(words)
    assert not [a for a in actors if a.start == start and a.code]


def test_eventcoref_event_source_from_main_subject() -> None:
    with Coder() as coder:
        doc = coder.code_text("Russian President Vladimir Putin met German Chancellor Angela "
                              "Merkel in Moscow. He accused NATO of threatening Russia.",
                              published=DATE)
    accused = [e for e in doc.events if e.trigger.text == "accused"]
    assert accused and accused[0].source is not None
    assert accused[0].source.code == "RUSGOV"
