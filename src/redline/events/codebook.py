"""The CAMEO codebook shipped as package data (labels ours; facts from the published tables)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# v0.5 PLOVER labels (used by the gold records) -> current PLOVER types
PLOVER_V05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}


@dataclass(frozen=True, slots=True)
class Code:
    """One CAMEO code with its scores and PLOVER mapping ("" when PLOVER has no type)."""

    cameo: str
    root: str
    level: int
    label: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str


@lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    """All 315 codes keyed by CAMEO code (loaded once)."""
    text = resources.files("redline.events").joinpath("data/cameo_codebook.csv").read_text()
    out: dict[str, Code] = {}
    for row in csv.DictReader(io.StringIO(text)):
        out[row["cameo"]] = Code(
            cameo=row["cameo"], root=row["root"], level=int(row["level"]), label=row["label"],
            goldstein=float(row["goldstein"]), quad_class=int(row["quad_class"]),
            plover=row["plover"], plover_mode=row["plover_mode"],
        )
    return out


def lookup(code: str) -> Code:
    """The codebook entry for ``code``; raises KeyError for an unknown code."""
    return codebook()[code]


def plover_current(label: str) -> str:
    """A PLOVER label in current terms (v0.5 names mapped)."""
    return PLOVER_V05.get(label.upper(), label.upper())
