"""What people type in an actor filter -> the actor code the store is filtered on.

A code in any case (``rus``, ``usagov``), a name or alias (``Russia``, ``the Kremlin``,
``Putin``), resolved through the knowledge base (:func:`redline.actors.lookup_actor`) as of a
date; the resolution is shown to the user. A code the knowledge base does not hold, typed in
upper case (``---MIL``, a user dictionary's ``IGOUNO``), is matched as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redline.errors import RedlineError

_CODE = re.compile(r"^[A-Z0-9_\-]{1,32}$")
_WITH_SECTOR = re.compile(r"^([A-Z]{3})([A-Z]{3})$")
MAX_TYPED = 100


@dataclass(frozen=True, slots=True)
class Resolved:
    """The code to filter on, and a note saying how the typed text got there (if it did)."""

    code: str
    note: str | None = None


def _known_state(code: str) -> bool:
    from redline.actors import knowledge_base

    return code in knowledge_base().states


def resolve_actor(typed: str, as_of: str | None = None) -> Resolved:
    """The actor code for ``typed``; ValueError (with the closest names) when there is none."""
    from redline.actors import lookup_actor

    text = " ".join(typed.split())[:MAX_TYPED]
    try:
        answer = lookup_actor(text, as_of)
    except RedlineError as exc:
        return _as_code(text, str(exc))
    if answer.code == text:
        return Resolved(text)
    return Resolved(answer.code, f"{text} → {answer.code} ({answer.name})")


def _as_code(text: str, problem: str) -> Resolved:
    """A country code with a sector in any case (``usagov``), or a code typed in capitals."""
    upper = text.upper()
    sector = _WITH_SECTOR.match(upper)
    if sector and _known_state(sector.group(1)):
        return Resolved(upper, None if text == upper else f"{text} → {upper}")
    if _CODE.match(text):
        return Resolved(text)
    raise ValueError(problem)
