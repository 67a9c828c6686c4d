"""Boilerplate removal in ingestion: site names in titles, teaser, 'read more', 'related',
newsletter and cookie paragraphs. Unit tables of short strings taken from real pages, then the
real pages of ``../shared/data/news_html`` (skipped with a reason when absent)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from redline.boilerplate import clean_title, is_boilerplate, site_key, strip_boilerplate

TITLES = [  # (title, url, cleaned): real titles of the benchmark's pages
    ("New York State Attorney General reportedly investigating WeWork – TechCrunch",
     "https://techcrunch.com/2019/11/18/x", "New York State Attorney General reportedly "
     "investigating WeWork"),
    ("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange | Al Bawaba",
     "https://www.albawaba.com/news/x", "Sweden Drops Its Investigation Into Rape Allegation "
     "Against Julian Assange"),
    ("Star Wars Jedi: Fallen Order review - shoots for the moon, lands among the stars - VG247",
     "https://www.vg247.com/2019/11/20/x", "Star Wars Jedi: Fallen Order review - shoots for the "
     "moon, lands among the stars"),
    ("September 2018 open thread - The GiveWell Blog", "https://blog.givewell.org/2018/09/x",
     "September 2018 open thread"),
    ("NASA adds five companies to commercial lunar lander program - SpaceNews.com",
     "https://spacenews.com/x", "NASA adds five companies to commercial lunar lander program"),
    ("9to5Mac Gift Guide: What do you buy? - 9to5Mac", "https://9to5mac.com/2019/11/18/x",
     "9to5Mac Gift Guide: What do you buy?"),
    ("LinkNaija | Nigeria's popular news platform: Nollywood Actress, Kate Henshaw Is Looking "
     "Stunning In New Photos", "https://www.linknaija.com/2018/10/x",
     "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos"),
    ("Só quem se Ama... — Mensagens de Reflexão", "https://www.mensagensreflexao.com.br/x",
     "Só quem se Ama..."),
    ("Bike & Style book with soundtrack review | MoreBikes", "https://www.morebikes.co.uk/7908/x",
     "Bike & Style book with soundtrack review"),
    ("Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m - The Paradigm",
     "http://www.theparadigmng.com/2018/10/09/x", "Saraki, Melaye, Ben Bruce Drag IGP Idris to "
     "Court, Demand N500m"),
    # kept: a section label, a site we cannot tell from the URL, separators inside the title
    ("Opinion | Republicans Are Following Trump to Nowhere", "https://www.nytimes.com/2019/x",
     "Opinion | Republicans Are Following Trump to Nowhere"),
    ("The Guardian view on Hong Kong: a city on the brink | Editorial",
     "https://www.theguardian.com/x", "The Guardian view on Hong Kong: a city on the brink | "
     "Editorial"),
    ("Bubonic plague: Third case of plague in China – ‘The plague is coming’",
     "https://www.express.co.uk/news/x", "Bubonic plague: Third case of plague in China – ‘The "
     "plague is coming’"),
    ("Russia - Ukraine talks end without a deal", "https://www.reuters.com/x",
     "Russia - Ukraine talks end without a deal"),
    ("Reuters", "https://www.reuters.com/x", "Reuters"),
    (None, "https://www.reuters.com/x", None),
    ("Putin meets Xi | Reuters", None, "Putin meets Xi | Reuters"),
]


@pytest.mark.parametrize(("title", "url", "cleaned"), TITLES)
def test_boilerplate_clean_title(title: str | None, url: str | None, cleaned: str | None) -> None:
    assert clean_title(title, url) == cleaned


def test_boilerplate_clean_title_uses_the_site_name() -> None:
    assert clean_title("All-new 2020 Sentra - Auto News", "https://www.autoindustriya.com/x",
                       "Auto News") == "All-new 2020 Sentra"


@pytest.mark.parametrize(("url", "key"), [
    ("https://www.albawaba.com/news/x", "albawaba"), ("https://blog.givewell.org/x", "givewell"),
    ("https://www.morebikes.co.uk/x", "morebikes"), ("https://9to5mac.com/x", "9to5mac"),
    ("https://www.mensagensreflexao.com.br/x", "mensagensreflexao"), (None, ""), ("x", ""),
])
def test_boilerplate_site_key(url: str | None, key: str) -> None:
    assert site_key(url) == key


DROPPED = [  # real paragraphs of the benchmark's pages (and cookie notices, written by us)
    "Also on rt.com Journalists & politicians from Morales’ party threatened with sedition arrests",
    "Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing",
    "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing",
    "Related: The 15 Weirdest Galaxies in Our Universe",
    "Related post: Pickled Brussels Sprouts Recipe",
    "Related articles", "More:", "Listen:\xa0http://po.st/TP_615", "DON'T MISS",
    "You may also like...", "Most read in world news",
    "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
    "Subscribe to the Morning Review newsletter",
    "Get the day’s top headlines delivered to your inbox every morning by subscribing to our "
    "newsletter.", "Pick Six Newsletter",
    "There's plenty more where that came from. Sign up for The Water Coolest today to get the "
    "free daily newsletter delivered to your inbox daily.",
    "We use cookies to give you the best experience on our website.",
    "This site uses cookies. By continuing to browse you agree to our Cookie Policy.",
    "Accept all cookies",
]
KEPT = [  # paragraphs of the ground truth that look like boilerplate but are the article
    "If you just want Disney+, you can sign up for a free 7-day trial. Afterwards you'll pay "
    "$6.99 per month.",
    "You can also subscribe to this newsletter here — just tick \"10 Things in Tech You Need to "
    "Know.\"",
    "Click here to get more information or download this game.",
    "© 2019 Associated Press. All Rights Reserved. This material may not be published.",
    "An undisclosed number of customers signed up for the free weeklong trial.",
    "Girl Scouts use the money from cookies to pay for camps, the council said.",
    "Related talks are expected in Geneva next week, the ministry said.",
    "Read the full statement below.", "More than 40 people were killed, officials said.",
    "Also on Monday, Russia recalled its ambassador.",
]


@pytest.mark.parametrize("paragraph", DROPPED)
def test_boilerplate_drops_teasers_newsletters_cookies(paragraph: str) -> None:
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize("paragraph", KEPT)
def test_boilerplate_keeps_article_paragraphs(paragraph: str) -> None:
    assert not is_boilerplate(paragraph)


def test_boilerplate_strip_keeps_the_rest_verbatim() -> None:
    text = "First  paragraph.\n\nRead more: elsewhere\n\nSecond paragraph.\nMore:\n"
    assert strip_boilerplate(text) == "First  paragraph.\n\nSecond paragraph."


PAGES = [  # (page id prefix, text that must be gone, text that must stay, title)
    ("4a44ab3e4c41d56c", "Also on rt.com", "Bolivia", None),
    ("360c732d1fdbfc68", "Read more: Alibaba poised", "Alibaba", None),
    ("3c5bf8db4272925b", "Related: The 15 Weirdest Galaxies", "simulation", None),
    ("3f65af7b6b98b1c9", "Subscribe to NJ.com", "Meth", None),
    ("c13b9c0e04fb28d4", "Subscribe to the Morning Review newsletter", "Spokane", None),
    ("ba4dfe2d3e817ff7", "READ MORE: China plague", "plague", None),
    ("686bb170effe273e", "Related: Possible Water Plumes", "Europa", None),
    ("dc7ccccc1f34eb29", "| Al Bawaba", "Assange", "Sweden Drops Its Investigation Into Rape "
     "Allegation Against Julian Assange"),
    ("1ace8c85aaee21b9", "– TechCrunch", "WeWork", "New York State Attorney General reportedly "
     "investigating WeWork"),
    ("34a7328535ad4e60", "LinkNaija |", "Henshaw", "Nollywood Actress, Kate Henshaw Is Looking "
     "Stunning In New Photos"),
    ("fde930b01859de83", "", "subscribe to this newsletter here", None),
    ("c467d507551a836e", "", "All Rights Reserved", None),
]


@pytest.fixture(scope="module")
def pages(shared_data: Path) -> Path:
    path = shared_data / "news_html" / "html"
    if not path.is_dir():
        pytest.skip(f"news_html pages not found at {path}")
    return path


@pytest.mark.parametrize(("prefix", "gone", "kept", "title"), PAGES)
def test_boilerplate_real_pages(pages: Path, prefix: str, gone: str, kept: str,
                                title: str | None) -> None:
    from redline.ingest import read_file

    path, = pages.glob(prefix + "*.html.gz")
    article, = read_file(path)
    html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    assert kept in article.text and kept in html.replace("&#x27;", "'")
    if gone:
        assert gone not in article.text and gone not in (article.title or "")
    if title is not None:
        assert article.title == title
