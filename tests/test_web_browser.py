"""End to end in a real browser: Debian's chromium, headless, driven by Playwright.

Loads the dashboard, applies a filter, opens an article, checks the highlights, and writes
screenshots to tests/artifacts/. Hostile titles, texts and actor names must never execute.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from redline.model import Document
from redline.store import Store
from redline.web import create_app
from redline.web.sample import synthetic_document, synthetic_documents
from redline.web.server import ServerThread

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TITLE = '<script>window.__pwned="title"</script><img src=x onerror="window.__pwned=\'img\'">'
TEXT = '<img src=y onerror="window.__pwned=\'text\'"><script>window.__pwned="text2"</script>'
NAME = '</script><script>window.__pwned="json"</script>'
CODE = '"><svg onload="window.__pwned=\'svg\'"><text>X</text></svg>'

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


def _hostile(doc: Document) -> Document:
    event = doc.events[0]
    source = replace(event.source, name=NAME, code=CODE, country=CODE) if event.source else None
    return replace(doc, id="hostile", title=TITLE, text=doc.text + "\n\n" + TEXT,
                   events=(replace(event, source=source),), url="javascript:window.__pwned=1")


@pytest.fixture(scope="module")
def corpus() -> list[Document]:
    docs = list(synthetic_documents(80, seed=5))
    old = synthetic_document(999, first_day=date(2001, 10, 7))  # one event 20 years earlier
    return [*docs, _hostile(docs[3]), old]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, corpus: list[Document]) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "corpus.duckdb"
    with Store(path) as store:
        store.add_documents(corpus)
    with ServerThread(create_app(str(path))) as srv:
        yield srv.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def _shot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    out = ARTIFACTS / name
    page.screenshot(path=str(out), full_page=True)
    return out


def test_web_browser_dashboard_filter_article(page: Any, server: str,
                                              corpus: list[Document]) -> None:
    page.goto(server + "/")
    assert page.locator("#network svg circle").count() >= 3
    tips = page.locator("#network circle title").all_text_contents()
    assert any(t.startswith(CODE) for t in tips)  # the hostile code is shown, as text
    assert page.locator("#network svg svg").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    assert page.locator("#timeline svg rect.bar").count() >= 2
    _shot(page, "dashboard.png")
    page.fill("input[name=actor]", "RUS")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?actor=RUS**")
    dyads = page.locator("#events tbody tr td:nth-child(2)").all_inner_texts()
    expected = [e for d in corpus for e in d.events
                if "RUS" in (e.source.country, e.target.country)]
    assert len(dyads) == min(len(expected), 50) and all("RUS" in row for row in dyads)
    assert f"{len(expected)} events match" in page.locator("main").inner_text()
    _shot(page, "dashboard-filtered.png")
    page.locator("#events a.doc-link").first.click()
    page.wait_for_url("**/documents/**")
    doc_id = page.url.rsplit("/", 1)[-1]
    doc = next(d for d in corpus if d.id == doc_id)
    _check_highlights(page, doc)
    _shot(page, "article.png")


def _check_highlights(page: Any, doc: Document) -> None:
    event = doc.events[0]
    assert page.locator("#article-text .hl-event").all_inner_texts() == [event.trigger.text]
    actors = set(page.locator("#article-text .hl-actor").all_inner_texts())
    assert {event.source.text, event.target.text} <= actors
    assert page.locator("#article-text .hl-place").first.inner_text() == event.location.text
    quoted = "".join(page.locator("#article-text .hl-quote").all_inner_texts())
    assert doc.quotes[0].content.text in quoted
    assert page.locator("#article-text").inner_text().strip() == doc.text.strip()
    page.locator("#article-text .hl-event").first.click()
    panel = page.locator("#panel-body").inner_text()
    assert event.cameo in panel and event.date in panel
    assert page.locator("#article-text .hl-event.focus").count() == 1
    title = page.locator("#article-text .hl-event").first.get_attribute("title")
    assert event.cameo in title


def test_web_browser_timeline_window_and_loose_filters(page: Any, server: str,
                                                       corpus: list[Document]) -> None:
    old = corpus[-1].events[0].date
    page.goto(server + "/")
    note = page.locator("#window-note").inner_text()
    assert f"Left out: 1 event dated far from the rest ({old})" in note
    periods = page.locator("#timeline rect.bar title").all_text_contents()
    assert periods and all(p.startswith("2022-") for p in periods)
    widths = [float(w or 0) for w in page.locator("#timeline rect.bar").evaluate_all(
        "els => els.map(e => e.getAttribute('width'))")]
    assert min(widths) > 20  # a few months across the chart, not 20 years
    _shot(page, "timeline-window.png")
    page.click("#window-toggle")
    page.wait_for_url("**/?window=all")
    periods = page.locator("#timeline rect.bar title").all_text_contents()
    assert periods[0].startswith(old[:7]) and "Showing every date" in page.inner_text("#timeline")
    assert page.locator("#timeline circle.gdot, #timeline polyline.gline").count() >= 2  # gaps
    _shot(page, "timeline-all.png")
    page.goto(server + "/")
    page.fill("input[name=actor]", "russia")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?actor=russia**")
    assert "russia → RUS (Russia)" in page.locator("#resolved").inner_text()
    assert page.locator("input[name=actor]").input_value() == "russia"
    dyads = page.locator("#events tbody tr td:nth-child(2)").all_inner_texts()
    assert dyads and all("RUS" in row for row in dyads)
    page.goto(server + "/?start=2022-13-45&actor=Narnia")
    errors = page.locator("#form-errors").inner_text()
    assert "From: '2022-13-45' is not a date" in errors and "Actor: unknown actor 'Narnia'" in errors
    assert page.locator("#timeline svg").count() == 1  # the page still works
    cell = page.locator("#events td.date").first
    assert cell.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"
    _shot(page, "filter-errors.png")


def test_web_browser_hostile_article_does_not_execute(page: Any, server: str) -> None:
    page.goto(server + "/documents/hostile")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#doc-title").inner_text() == TITLE
    assert TEXT in page.locator("#article-text").inner_text()
    assert page.locator("main img, #article-text script, [onerror]").count() == 0
    assert page.locator("script").count() == 2  # the JSON data block and /static/app.js
    assert page.locator("a[href^='javascript']").count() == 0
    # the actor's name travels through the JSON embedded in the page
    page.locator("#article-text .hl-actor").first.click()
    assert NAME in page.locator("#panel-body").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    _shot(page, "hostile-article.png")


def test_web_browser_hostile_filter_value_does_not_execute(page: Any, server: str) -> None:
    page.goto(server + "/?actor=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E")
    assert "actor" in page.locator("main").inner_text()
    page.goto(server + "/documents?q=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E")
    assert page.locator("input[name=q]").input_value().startswith('"><script>')
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []


def test_web_browser_paste_page_codes_on_the_fly(page: Any, server: str) -> None:
    page.goto(server + "/code")
    text = ("Russia accused Ukraine on Monday of shelling villages near Donetsk. "
            "\"We will respond,\" Kremlin spokesman Dmitry Peskov said. " + TEXT)
    page.fill("textarea[name=text]", text)
    page.fill("input[name=title]", TITLE)
    page.click("#code-form button[type=submit]")
    page.wait_for_selector("#article-text", timeout=120_000)
    assert page.locator("#doc-title").inner_text() == TITLE
    assert page.locator("#article-text").inner_text().strip() == text.strip()
    assert page.locator("#article-text .hl").count() >= 1
    assert page.evaluate("typeof window.__pwned") == "undefined" and page.dialogs == []
    _shot(page, "pasted-article.png")

