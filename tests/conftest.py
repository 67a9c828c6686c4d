"""Shared fixtures: the real spaCy pipeline and the shared reference data (skipped when absent)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parent.parent

# Property tests check behaviour, never speed: on a loaded shared machine (CI, two cores) the
# generation-speed health check and per-example deadlines fail tests that are correct.
settings.register_profile("redline", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("redline")


def shared_data_dir() -> Path:
    return Path(os.environ.get("REDLINE_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from redline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def coder() -> Any:
    """The default Coder (selective path, the default ``mined`` lexicon: our own with the
    dictionary's aid patterns behind), shared by the coder-level tables."""
    from redline.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared reference data not found at {path} (set REDLINE_SHARED_DATA)")
    return path


def coded_events(nlp: Any, text: str, published: str = "2021-06-01") -> list[Any]:
    """Every event of one text (any modality), coded end to end with our own lexicon."""
    from redline import Coder

    return list(Coder(nlp=nlp, lexicon="own").code_text(text, published=published).events)


def asserted_events(nlp: Any, text: str, published: str = "2021-06-01") -> list[Any]:
    """The asserted events of one text, coded end to end with our own lexicon."""
    return [e for e in coded_events(nlp, text, published) if e.asserted]


def country_of(actor: Any) -> str | None:
    """An event side's country code, None for a missing side."""
    return None if actor is None else actor.country


def code_of(actor: Any) -> str | None:
    """An event side's full code, None for a missing side."""
    return None if actor is None else actor.code


def first_asserted(nlp: Any, text: str, prefix: str, published: str = "2021-06-01") -> Any:
    """The first asserted event whose CAMEO code starts with ``prefix`` (fails if none)."""
    events = asserted_events(nlp, text, published)
    event = next((e for e in events if e.cameo.startswith(prefix)), None)
    assert event is not None, [(e.cameo, e.trigger.text, e.modality) for e in events]
    return event


def assert_sides(event: Any, src: str | None, tgt: str | None) -> None:
    """The event's source and target codes, where the case names them."""
    if src is not None:
        assert event.source is not None and event.source.code == src
    if tgt is not None:
        assert event.target is not None and event.target.code == tgt


def speakers(nlp: Any, text: str, published: str) -> list[str | None]:
    """The speaker names of a text's quotes, in order (None for a quote with no speaker)."""
    from redline.actors import resolve_actors
    from redline.quotes import quotes_and_attributions

    doc = nlp(text)
    quotes = quotes_and_attributions(doc, resolve_actors(doc, published=published))[0]
    return [q.speaker.name if q.speaker else None for q in quotes]


def load_script(name: str) -> ModuleType:
    """A script of ``scripts/`` imported as a module, for its tests."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
