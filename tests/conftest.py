"""Shared fixtures: the real spaCy pipeline and the shared reference data (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_data_dir() -> Path:
    return Path(os.environ.get("REDLINE_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from redline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def coder() -> Any:
    """The default Coder (selective path, own lexicon), shared by the coder-level tables."""
    from redline.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared reference data not found at {path} (set REDLINE_SHARED_DATA)")
    return path


def asserted_events(nlp: Any, text: str, published: str = "2021-06-01") -> list[Any]:
    """The asserted events of one text, coded end to end with our own lexicon."""
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="own").code_text(text, published=published)
    return [e for e in doc.events if e.asserted]


def country_of(actor: Any) -> str | None:
    """An event side's country code, None for a missing side."""
    return None if actor is None else actor.country
