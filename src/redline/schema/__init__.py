"""The JSON Schema of schema version 1, shipped with the package, and a validator."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any


@lru_cache(maxsize=1)
def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one output document, schema version 1."""
    text = files("redline.schema").joinpath("document-v1.schema.json").read_text("utf-8")
    return json.loads(text)


def validation_errors(document: dict[str, Any]) -> list[str]:
    """Every schema violation of ``document`` plus every offset that does not match ``text``."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(document_schema())
    found = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(document)]
    return found + offset_errors(document)


def _spans(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for i, ev in enumerate(document.get("events", [])):
        out += [(f"events/{i}/{k}", ev[k]) for k in ("source", "target", "trigger",
                                                     "attributed_to", "location") if ev.get(k)]
        out += [(f"events/{i}/quantities/{j}", q) for j, q in enumerate(ev.get("quantities", []))]
    for key in ("quotes", "attributions"):
        for i, qt in enumerate(document.get(key, [])):
            out += [(f"{key}/{i}/{k}", qt[k]) for k in ("speaker", "cue", "content") if qt.get(k)]
    for key in ("actors", "places", "quantities", "terms"):
        out += [(f"{key}/{i}", s) for i, s in enumerate(document.get(key, []))]
    return out


def offset_errors(document: dict[str, Any]) -> list[str]:
    """Spans whose ``text`` is not ``document["text"][start:end]``."""
    text = document.get("text", "")
    bad = [f"{where}: text {span['text']!r} != text[{span['start']}:{span['end']}]"
           for where, span in _spans(document)
           if text[span["start"]:span["end"]] != span["text"]]
    n = len(text)
    bad += [f"sentences/{s['index']}: offsets out of range" for s in document.get("sentences", [])
            if not 0 <= s["start"] <= s["end"] <= n]
    return bad
