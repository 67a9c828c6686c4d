"""Main text, title, date and URL of an HTML page (trafilatura)."""

from __future__ import annotations

from typing import Any

from redline.errors import IngestError

MAX_HTML_CHARS = 10_000_000


def extract_html(html: str) -> dict[str, Any]:
    """``{"text", "title", "published", "url"}`` of a page; IngestError when no text is found."""
    if len(html) > MAX_HTML_CHARS:
        raise IngestError("too_large", f"HTML larger than {MAX_HTML_CHARS:,} characters")
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_precision=True
        )
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        raise IngestError("html", f"the HTML could not be parsed ({type(exc).__name__})") from exc
    if result is None:
        raise IngestError("html", "no main text found in the HTML")
    data = result if isinstance(result, dict) else result.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise IngestError("html", "no main text found in the HTML")
    return {"text": text, "title": data.get("title"), "published": data.get("date"),
            "url": data.get("url")}
