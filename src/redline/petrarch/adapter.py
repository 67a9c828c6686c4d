"""Turn PETRARCH actor dictionaries into rows redline's actor resolver can index.

Each row is a plain dict: ``name`` (the phrase, words joined by spaces, title case kept upper),
``code`` (the full CAMEO-style code, e.g. ``USAGOV``), ``country`` (its first three letters,
or the IGO code after ``IGO`` for international bodies), ``sector`` (the next three letters or
None), ``start`` and ``end`` (ISO dates bounding the code, None when open). A name with several
dated codes gives one row per code; compounds (``A/B``) and null codes (``---``) are left out.
"""

from __future__ import annotations

from redline.petrarch.model import PetrarchDictionaries


def split_code(code: str) -> tuple[str, str | None]:
    """``USAGOV`` -> (USA, GOV); ``IGOUNO`` -> (UNO, None); ``NGO`` -> (NGO, None)."""
    if code.startswith("IGO") and len(code) >= 6:
        return code[3:6], (code[6:9] or None)
    return code[:3], (code[3:6] or None)


def actors_from_petrarch(dicts: PetrarchDictionaries) -> list[dict[str, str | None]]:
    """One row per (name, dated code) of the actor dictionaries."""
    rows: list[dict[str, str | None]] = []
    for entry in dicts.actors:
        for dated in entry.codes:
            if "/" in dated.code or dated.code.startswith("-") or len(dated.code) < 3:
                continue
            country, sector = split_code(dated.code)
            for name in entry.names:
                rows.append({"name": " ".join(name.words), "code": dated.code,
                             "country": country, "sector": sector,
                             "start": dated.start, "end": dated.end})
    return rows
