"""Boilerplate that survives main-text extraction: a site's name in the page title, and the
teaser, "read more", "related", newsletter and cookie paragraphs inside the article body.

Every rule here was written against pages of the news_html benchmark (``../shared/data``); the
cases are in ``tests/test_boilerplate_cases.py``. Paragraphs are dropped whole, before the text
is coded, so every offset refers to the cleaned text.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
_TEASER = re.compile(
    r"^(?:also on \S+\.\w+\b"                       # RT: 'Also on rt.com <headline>'
    r"|read (?:more|also)\b\s*[:.…-]?"              # 'READ MORE: <headline>', 'Read also: ...'
    r"|related(?: (?:post|posts|articles?|stories|story|coverage|content|reading))?\s*:"
    r"|(?:more|see also|watch|listen)\s*:\s*(?:https?://\S+)?$"   # a bare 'More:' label
    r"|(?:you may also like|you might also like|don'?t miss|most read\b.{0,40}$)"
    r"|recommended(?: for you)?\s*$|related(?: articles| stories)?\s*$)",
    re.IGNORECASE)
_NEWSLETTER = re.compile(
    r"newsletter.{0,120}(?:inbox|sign up|subscribe)|(?:inbox|sign up for|subscribe to (?:our|the)"
    r"|subscribing to our).{0,120}newsletter|^[\w’'&.\- ]{1,40} newsletter$", re.IGNORECASE)
_COOKIE = re.compile(r"\bwe use cookies\b|\b(?:this|our) (?:web)?site uses cookies\b|"
                     r"\bcookie (?:policy|settings|preferences|notice|consent)\b|"
                     r"\baccept (?:all )?cookies\b|\buse of cookies\b", re.IGNORECASE)
_TAGLINE = re.compile(r"^[^:]{0,60}\b(?:news|platform|portal|website|blog|magazine|online)\b"
                      r"[^:]{0,30}:\s+(?=\S)", re.IGNORECASE)  # "Nigeria's popular news platform: "
SHORT = 300  # a newsletter or cookie notice is short; a paragraph about them is not


def _fold(text: str) -> str:
    """Lower case letters and digits only, accents removed ('Reflexão' -> 'reflexao')."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def site_key(url: str | None) -> str:
    """The distinctive part of a URL's host: 'https://www.albawaba.com/x' -> 'albawaba'."""
    host = urlsplit(url or "").hostname or ""
    parts = [p for p in host.split(".") if p not in {"www", "m", "amp", "blog", "news"}]
    if len(parts) >= 3 and len(parts[-2]) <= 3:  # co.uk, com.br
        parts = parts[:-1]
    return _fold(max(parts[:-1], key=len)) if len(parts) >= 2 else ""


def is_site_name(segment: str, url: str | None, sitename: str | None = None) -> bool:
    """Whether a title segment names the site ('TechCrunch' on techcrunch.com)."""
    seg, key = _fold(segment), site_key(url)
    if not seg:
        return False
    if sitename and seg == _fold(sitename):
        return True
    if len(key) < 3:
        return False
    short = _fold(" ".join(w for w in segment.split() if len(w) > 2))  # 'Mensagens de Reflexão'
    return any(s == key or (len(s) >= 4 and s in key) or (key in s and len(s) <= 3 * len(key))
               for s in {seg, short} if s)


def clean_title(title: str | None, url: str | None, sitename: str | None = None) -> str | None:
    """The title without the site's name before or after it ('X | Al Bawaba' -> 'X')."""
    if not title:
        return title
    parts = _SEPARATOR.split(title.strip())
    while len(parts) > 1 and is_site_name(parts[-1], url, sitename):
        parts.pop()
        if len(parts) > 1 and is_site_name(parts[-1], url, sitename):
            continue
        break
    if len(parts) > 1 and is_site_name(parts[0], url, sitename):
        parts.pop(0)
        parts[0] = _TAGLINE.sub("", parts[0]) or parts[0]
    return _rejoin(title, parts)


def _rejoin(title: str, parts: list[str]) -> str:
    """The kept segments with the separators they had in ``title``."""
    end = title.rindex(parts[-1]) + len(parts[-1])
    start = title.rindex(parts[0], 0, end) if len(parts) == 1 else title.index(parts[0])
    return title[start:end].strip()


def is_boilerplate(paragraph: str) -> bool:
    """A teaser, 'read more', 'related', newsletter or cookie paragraph."""
    text = " ".join(paragraph.split())
    if not text:
        return False
    if _TEASER.match(text):
        return True
    return len(text) <= SHORT and bool(_NEWSLETTER.search(text) or _COOKIE.search(text))


def strip_boilerplate(text: str) -> str:
    """``text`` without boilerplate paragraphs (lines); the rest is kept as it was."""
    kept = [line for line in text.split("\n") if not is_boilerplate(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
