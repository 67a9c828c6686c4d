"""A cheap language guess: English, or which other language/script, from stopwords and scripts."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in a is that for on it with as was by he said at",
        "fr": "le la les des et est une dans que pour pas sur qui au du avec",
        "de": "der die und das ist nicht mit den sich auf ein eine dem zu im für",
        "es": "el la los las y que en un una por con para es se del al lo",
        "it": "il di che è la per un una non sono gli della con nel le si",
        "pt": "o os que e do da em um uma para com não dos das se ao",
        "nl": "de het een en van dat is op te zijn niet met voor die",
    }.items()
}
_SCRIPTS = (
    ("ru", "\u0400", "\u04ff"), ("ar", "\u0600", "\u06ff"), ("zh", "\u4e00", "\u9fff"),
    ("ja", "\u3040", "\u30ff"), ("ko", "\uac00", "\ud7af"), ("he", "\u0590", "\u05ff"),
    ("el", "\u0370", "\u03ff"), ("hi", "\u0900", "\u097f"),
)


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """ISO 639-1 code of the text's language ("en", "fr", "ru"...); "und" for too little text.

    Only the first ``sample`` characters are read, up to the last whole word: a word cut in
    two by the sample ("Se|ctor") must not count as a stopword ("se")."""
    chunk = text[:sample]
    if len(text) > sample and not text[sample].isspace():
        chunk = chunk[: max(chunk.rfind(" "), chunk.rfind("\n"), 0)] or chunk
    letters = [c for c in chunk if c.isalpha()]
    if len(letters) < 20:
        return "en" if letters else "und"
    script = _script_of(letters)
    if script:
        return script
    words = [w.lower() for w in _WORD.findall(chunk)]
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "en"


def _script_of(letters: list[str]) -> str | None:
    latin = sum(1 for c in letters if c < "\u0250")
    if latin >= len(letters) * 0.6:
        return None
    counts = {code: sum(1 for c in letters if lo <= c <= hi) for code, lo, hi in _SCRIPTS}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "und"
