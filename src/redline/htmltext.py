"""Main text, title, date and URL of an HTML page (trafilatura).

Settings, chosen by token F1 on the news_html benchmark (``redline.eval.html``):
trafilatura with ``favor_precision`` (drops more boilerplate than the balanced
default). When that keeps fewer than ``MIN_WORDS`` words, the page is read again with
the balanced settings and the longer text wins: precision mode sometimes keeps only a
notice or a caption and throws the article away. Tables stay in; comments stay out.
Then :mod:`redline.boilerplate` takes the site's name out of the title and drops teaser, "read
more", "related", newsletter and cookie paragraphs from the text.
"""

from __future__ import annotations

from typing import Any

from redline.boilerplate import clean_title, strip_boilerplate
from redline.errors import IngestError

MAX_HTML_CHARS = 10_000_000
MIN_WORDS = 50  # below this, precision mode probably missed the article: retry balanced
SETTINGS = (f"trafilatura favor_precision, balanced retry under {MIN_WORDS} words, tables, "
            "no comments")


def extract_html(html: str) -> dict[str, Any]:
    """``{"text", "title", "published", "url"}`` of a page; IngestError when no text is found."""
    if len(html) > MAX_HTML_CHARS:
        raise IngestError("too_large", f"HTML larger than {MAX_HTML_CHARS:,} characters")
    page = _extract(html, favor_precision=True)
    if _words(page) < MIN_WORDS:
        retry = _extract(html, favor_precision=False)
        if _words(retry) > _words(page):
            page = retry
    if not page["text"]:
        raise IngestError("html", "no main text found in the HTML")
    return _cleaned(page)


def _cleaned(page: dict[str, Any]) -> dict[str, Any]:
    """The page without boilerplate; the text as extracted if nothing else would be left."""
    text = strip_boilerplate(page["text"]) or page["text"]
    title = clean_title(page["title"], page["url"], page.get("sitename"))
    return {"text": text, "title": title, "published": page["published"], "url": page["url"]}


def _extract(html: str, *, favor_precision: bool) -> dict[str, Any]:
    """One trafilatura pass; empty text when it finds nothing."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=favor_precision,
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        raise IngestError("html", f"the HTML could not be parsed ({type(exc).__name__})") from exc
    data: dict[str, Any] = {}
    if result is not None:
        data = result if isinstance(result, dict) else result.as_dict()
    return {"text": (data.get("text") or "").strip(), "title": data.get("title"),
            "published": data.get("date"), "url": data.get("url"),
            "sitename": data.get("sitename")}


def _words(page: dict[str, Any]) -> int:
    return len(page["text"].split())
