"""Page furniture in article text: datelines, bylines, captions, credits, teasers, source lines.

``furniture_spans(text)`` returns the character spans that are furniture. Nothing in them is an
event's actor or trigger, and no quote's speaker; a dateline's place may still be where an
event happened (places are found separately).
"""

from __future__ import annotations

import re
from functools import lru_cache

from redline.boilerplate import is_boilerplate

# "WASHINGTON (AP) —", "HANOI, Vietnam (AP) —", "DUBAI, United Arab Emirates —", "NEW DELHI:",
# "Indianapolis –", "Hong Kong (CNN Business)": a place (and agency) opening a paragraph.
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:[ -][A-Z][A-Za-z.'’-]*){0,3}"
_DATELINE = re.compile(
    rf"(?m)^(?:{_PLACE}(?:, {_PLACE})?)(?: \([A-Za-z .&]+\))?(?: ?[—–]+| --| -|:)(?= )")
# without a dash the parenthesis must name a news agency or outlet ("Hong Kong (CNN Business)"),
# not an acronym ("The International Labor Office (ILO) said")
_AGENCIES = r"AP|Reuters|AFP|CNN(?: [A-Z][a-z]+)?|BBC|Xinhua|TASS|UPI|Bloomberg|dpa|ANI|PTI|IANS"
_AGENCY_LINE = re.compile(rf"(?m)^{_PLACE}(?:, {_PLACE})? \((?:{_AGENCIES})\)(?= )")
_LINES = re.compile(
    r"(?im)^(?:by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? and [A-Z][\w.'’-]+"
    r"(?: [A-Z][\w.'’-]+){0,3})?\s*$"
    r"|(?:source|sources|photo|photograph|image|picture|credit|credits|file photo|caption)"
    r"\b\s*[:|—–-].*$"
    # a video or audio teaser, headline-like: 'Watch: X says ...' (no sentence's final stop)
    r"|(?:watch|video|listen|audio)\s*:(?!.*[^.]\.[\"”’']?\s*$).{0,120}$"
    r"|.*\((?:photo|image|picture|file)(?: credit)?:?[^)]*\)\s*$"
    r"|.*(?:getty images|reuters/|afp/|ap photo|/ap\b|/reuters\b|shutterstock).*$)")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of datelines, bylines, captions, credits, teasers and source lines
    (found once per text: the events stage asks twice per document, the quotes stage once)."""
    return list(_spans(text))


@lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = [m.span() for m in _DATELINE.finditer(text) if _short_head(text, m.start())]
    spans += [m.span() for m in _AGENCY_LINE.finditer(text) if _short_head(text, m.start())]
    spans += [m.span() for m in _LINES.finditer(text)]
    spans += _teasers(text)
    return tuple(sorted(set(spans)))


def _teasers(text: str) -> list[tuple[int, int]]:
    """Lines ingestion's boilerplate filter knows ('Also on rt.com ...', 'Read more: ...'):
    texts that reach the coder without passing through HTML extraction keep them."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and is_boilerplate(body.strip()):
            start = pos + len(body) - len(body.lstrip())
            out.append((start, pos + len(body.rstrip())))
        pos += len(line)
    return out


def _short_head(text: str, start: int) -> bool:
    """A dateline opens a paragraph that goes on as prose, not a one-line heading."""
    end = text.find("\n", start)
    line = text[start:] if end < 0 else text[start:end]
    return len(line.split()) >= 6


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)
