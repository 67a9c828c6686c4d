"""The compiled background layer's on-disk format and its word normalization.

Shared by the build script (``scripts/build_background.py``) and the run-time loader
(``redline.actors.background``). One line per name in ``actors.tsv.gz``::

    WORDS <tab> CODE[@START@END]|CODE... <tab> ORIGIN

``WORDS`` are normalized words (see :func:`words`), ``START``/``END`` ISO dates (empty when
open; both inclusive, as PETRARCH reads them), ``ORIGIN`` a short tag of the source file.
``agents.tsv.gz`` has ``WORDS <tab> CODE`` (an agent's three-letter sector code).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

ORIGINS = {
    "C": "Phoenix.Countries.actors.txt",
    "I": "Phoenix.International.actors.txt",
    "M": "Phoenix.MilNonState.actors.txt",
    "P": "Phoenix.Countries.actors.txt",  # a place: a country, province or city name
}
PLACE = "P"
GROUPS = "M"  # the non-state (militant) groups file
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_POSSESSIVE = re.compile(r"['\u2019]S\b")


def fold_upper(text: str) -> str:
    """Upper case, accents removed, periods inside abbreviations dropped ("U.S." -> "US"),
    Cyrillic and Greek in Latin letters."""
    if not text.isascii():
        from redline.actors.translit import latin

        text = latin(text)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.upper().replace(".", "")


def words(text: str) -> tuple[str, ...]:
    """The normalized words of a phrase: folded, possessives and punctuation dropped, hyphens
    and apostrophes splitting words ("Kassym-Jomart" -> KASSYM JOMART)."""
    text = _POSSESSIVE.sub("", fold_upper(text))
    return tuple(_WORD.findall(text))


@lru_cache(maxsize=65536)
def token_word(text: str) -> str:
    """A single token's normalized word ("" for punctuation and possessive clitics)."""
    if text.lower() in ("'s", "\u2019s", "'", "\u2019"):
        return ""
    return "".join(_WORD.findall(fold_upper(text)))


def encode_code(code: str, start: str | None, end: str | None) -> str:
    return code if not (start or end) else f"{code}@{start or ''}@{end or ''}"


def decode_code(text: str) -> tuple[str, str | None, str | None]:
    code, _, rest = text.partition("@")
    start, _, end = rest.partition("@")
    return code, start or None, end or None
