"""redline.htmltext: main text and metadata of a page, refusals, and the short-text retry."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.errors import IngestError
from redline.htmltext import MAX_HTML_CHARS, MIN_WORDS, extract_html

BODY = [
    "Envoys from the two neighbouring states met on Tuesday at a lakeside hotel to discuss the "
    "disputed river crossing that has closed trade for a month.",
    "The foreign minister told reporters the talks had been frank and that a joint commission "
    "would inspect the bridge before the end of the year.",
    "Opposition lawmakers in the capital criticised the government for agreeing to the "
    "inspection without first asking parliament for a vote on the matter.",
    "A second round of meetings is planned for early next month, officials from both delegations "
    "said, although no date has yet been fixed by either side.",
]
PAGE = f"""<!doctype html><html><head>
<title>Neighbours agree to inspect river bridge | Example Daily</title>
<meta property="og:title" content="Neighbours agree to inspect river bridge">
<meta property="article:published_time" content="2021-03-09T10:00:00Z">
<link rel="canonical" href="https://news.example.org/world/river-bridge">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<main><article><h1>Neighbours agree to inspect river bridge</h1>
{"".join(f"<p>{p}</p>" for p in BODY)}
</article></main>
<footer><p>Copyright Example Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_htmltext_finds_body_title_date_url() -> None:
    page = extract_html(PAGE)
    for paragraph in BODY:
        assert paragraph in page["text"]
    assert "Subscribe now" not in page["text"]
    assert "All rights reserved" not in page["text"]
    assert page["title"] == "Neighbours agree to inspect river bridge"
    assert str(page["published"]).startswith("2021-03-09")
    assert page["url"] == "https://news.example.org/world/river-bridge"


@pytest.mark.parametrize(
    ("html", "code"),
    [
        ("", "html"),
        ("<html><body></body></html>", "html"),
        ("<html><head><title>T</title></head><body><script>var a = 1;</script></body></html>", "html"),
        ("<html><body><img src='a.png'><br><hr></body></html>", "html"),
        ("<p>" + "x" * (MAX_HTML_CHARS + 1) + "</p>", "too_large"),
    ],
)
def test_htmltext_refuses_with_a_code(html: str, code: str) -> None:
    with pytest.raises(IngestError) as info:
        extract_html(html)
    assert info.value.code == code


def _fake(precision_words: int, balanced_words: int) -> Any:
    def bare_extraction(html: str, **options: Any) -> dict[str, Any]:
        words = precision_words if options.get("favor_precision") else balanced_words
        mode = "p" if options.get("favor_precision") else "b"
        return {"text": " ".join([mode] * words), "title": mode, "date": None, "url": None}

    return bare_extraction


@pytest.mark.parametrize(
    ("precision_words", "balanced_words", "mode"),
    [
        (MIN_WORDS + 10, 500, "p"),  # enough words: the precise pass is kept
        (3, 500, "b"),  # too few: the balanced pass finds the article
        (3, 2, "p"),  # the retry finds even less: keep the first
        (0, 40, "b"),  # nothing at all, then something
    ],
)
def test_htmltext_retries_balanced_when_precise_text_is_short(
    monkeypatch: pytest.MonkeyPatch, precision_words: int, balanced_words: int, mode: str
) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", _fake(precision_words, balanced_words))
    page = extract_html("<html></html>")
    assert set(page["text"].split()) == {mode}
    assert page["title"] == mode


def test_htmltext_parser_crash_becomes_ingest_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(html: str, **options: Any) -> None:
        raise AssertionError("internal failure")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    with pytest.raises(IngestError) as info:
        extract_html(PAGE)
    assert info.value.code == "html"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
       | st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<!--", "&amp;", "<script>", "x ",
                                   "<![CDATA[", "<table><tr><td>", "\x00", "]]>", "<?xml"]),
                  max_size=60).map("".join))
def test_htmltext_odd_input_returns_or_refuses(html: str) -> None:
    try:
        page = extract_html(html)
    except IngestError as exc:
        assert exc.code == "html"
    else:
        assert page["text"].strip()
