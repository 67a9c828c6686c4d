"""The dictionary layer: PETRARCH2's CAMEO 2.0 verb patterns compiled behind our own lexicon.
Sentences written by us."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from redline.errors import UsageError
from redline.events.dictionary import (
    DOMESTIC_ROOTS,
    ENV,
    MINED_ROOTS,
    NOT_MINED,
    cameo_lexicon,
    frames_complement,
    lexicon_choice,
    mined_code,
    mined_lexicon,
    select_lexicon,
)
from redline.events.lexicon import load_lexicon
from tests.conftest import load_script


@pytest.mark.parametrize(("given", "env", "expected"), [
    ("own", None, "own"), ("full", None, "full"), ("FULL", None, "full"),
    (None, "full", "full"), ("own", "full", "own"), ("mined", None, "mined"),
    (None, None, "mined"), (None, "own", "own"),
])
def test_dictionary_choice(monkeypatch: pytest.MonkeyPatch, given: str | None, env: str | None,
                           expected: str) -> None:
    if env is None:
        monkeypatch.delenv(ENV, raising=False)
    else:
        monkeypatch.setenv(ENV, env)
    assert lexicon_choice(given) == expected


def test_dictionary_unknown_choice_is_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown lexicon"):
        lexicon_choice("petrarch")


def test_dictionary_full_keeps_own_entries_first() -> None:
    own, full = load_lexicon(), select_lexicon("full")
    assert select_lexicon("own") is own
    assert full.entries is own.entries and full.fallback is cameo_lexicon()
    assert own.fallback is None


def test_dictionary_mined_keeps_only_mined_roots() -> None:
    own, mined = load_lexicon(), select_lexicon("mined")
    assert mined.entries is own.entries and mined.fallback is mined_lexicon()
    codes = {e.code for by_lemma in mined_lexicon().entries.values()
             for entries in by_lemma.values() for e in entries}
    assert codes and all(c == "-" or c[:2] in MINED_ROOTS for c in codes)


def test_dictionary_mined_parse_equals_filtered_dictionary() -> None:
    """The mined layer parses only the verbs it keeps: the same entries as the whole
    dictionary's for the verbs with a mined (aid) pattern, their other patterns kept in
    specificity order as no-event blockers."""
    full = cameo_lexicon()
    for pos, by_lemma in full.entries.items():
        expected = {lemma: tuple(e if mined_code(lemma, e.code) else replace(e, code="-")
                                 for e in entries)
                    for lemma, entries in by_lemma.items()
                    if any(mined_code(lemma, e.code) for e in entries)}
        assert mined_lexicon().entries[pos] == expected


@pytest.mark.parametrize(("lemma", "words", "classes", "code"), [
    ("pummel", set(), set(), "-"),  # force (19): not mined (sports and rankings)
    ("donate", set(), set(), "070"),  # aid (07): mined
    ("shield", set(), set(), "-"),  # protection of one's own is no aid (kept as a blocker:
    # the verb has an appeal pattern, "shield tax" 0211)
    ("interfere", set(), set(), None),
    ("evacuate", {"embassy"}, set(), "-"),  # the dictionary's other sense blocks the bare aid
    ("evacuate", set(), set(), "070"),
    ("laud", set(), set(), None),  # praise (05): not mined
    ("snub", set(), set(), None),  # criticism (11): not mined (actors of its events were wrong)
    ("beg", set(), set(), "020"),  # appeals (02): mined (eighth round)
    ("solicit", set(), set(), "020"),
    ("apply", set(), set(), "-"),  # no appeal: kept only as a blocker of its aid pattern
    ("desire", set(), set(), None),
    ("hurt", set(), set(), None),  # assault (18): not mined (harm done to economies)
])
def test_dictionary_mined_patterns(lemma: str, words: set[str], classes: set[str],
                                   code: str | None) -> None:
    entry = mined_lexicon().match("verb", lemma, words, classes)
    assert (entry and entry.code) == code


@pytest.mark.parametrize(("lemma", "code", "kept"), [
    ("donate", "070", True), ("beg", "020", True), ("beg", "0213", True),
    ("shield", "070", False),  # a root's excluded verb
    ("beg", "111", False), ("laud", "051", False),  # roots not mined
])
def test_dictionary_mined_code(lemma: str, code: str, kept: bool) -> None:
    assert mined_code(lemma, code) is kept


def test_dictionary_domestic_roots_are_mined() -> None:
    assert DOMESTIC_ROOTS <= MINED_ROOTS and set(NOT_MINED) <= MINED_ROOTS


@pytest.mark.parametrize(("lemma", "words", "classes", "code"), [
    ("laud", set(), set(), "051"),  # a bare verb with its block's code
    ("freeze", {"asset"}, set(), "163"),  # a pattern's object noun
    ("deport", set(), set(), "174"),
])
def test_dictionary_compiled_patterns(lemma: str, words: set[str], classes: set[str],
                                      code: str) -> None:
    entry = cameo_lexicon().match("verb", lemma, words, classes)
    assert entry is not None and entry.code == code and entry.origin == "cameo2"


def test_dictionary_build_reports_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "CAMEO.test.txt"
    source.write_text("&ARMS\n+RIFLE\n+TANKS\n--- PRAISE [051] ---\nLAUD\nHAIL\n"
                      "- * BROKEN * [051]\n- * (FOR &ARMS) [0234]\n- * OFFER [bad]\n"
                      "--- SEIZE [---] ---\nSEIZE\n- * &ARMS [1711]\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    report = load_script("build_cameo_lexicon").build(source, out)
    assert any(f"{source}:7" in line for line in report)  # two '*'
    assert any(f"{source}:9" in line for line in report)  # not a code
    text = out.read_text(encoding="utf-8")
    assert "verb laud 051" in text and "verb hail for +&ARMS 0234" in text
    assert "verb seize +&ARMS 1711" in text and "verb seize 1711" not in text.split("+&ARMS")[0]
    assert "class &ARMS: rifle tank" in text


@pytest.mark.parametrize("content", [None, ""])
def test_dictionary_build_fails_on_missing_or_empty(tmp_path: Path, content: str | None) -> None:
    source = tmp_path / "CAMEO.test.txt"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit, match="missing or empty"):
        load_script("build_cameo_lexicon").build(source, tmp_path / "out.txt")


# (sentence, lexicon, expected CAMEO prefix or None for no event of that root, source, target)
CODED: list[tuple[str, str, str | None, str | None, str | None]] = [
    ("Germany lauded France for its efforts.", "full", "05", "DEU", "FRA"),
    ("Germany honoured France for its efforts.", "full", "05", "DEU", "FRA"),
    ("Germany honoured France for its efforts.", "own", None, None, None),
    ("Russia froze the assets of British banks.", "full", "163", "RUS", None),
    ("Iran vowed to retaliate against Israel.", "full", "138", "IRN", "ISR"),  # own wins
    # the default lexicon: our own with the dictionary's mined classes behind it
    ("Germany donated vaccines to Ghana.", "mined", "07", "DEU", "GHA"),
    ("Germany honoured France for its efforts.", "mined", None, None, None),
    ("Russia snubbed Ukraine at the summit.", "mined", None, None, None),
    ("Kentucky Democrats pummeled the Republican governor.", "mined", None, None, None),
    # appeals (02) are mined, between two states and within one (two different actors)
    ("Germany begged France for gas.", "mined", "02", "DEU", "FRA"),
    ("French unions begged the French government to raise wages.", "mined", "02", "FRA", "FRA"),
    ("The Indian opposition solicited the Indian government's help.", "mined", "02", "IND",
     "IND"),
    ("French unions begged the French government to raise wages.", "own", None, None, None),
    # a leader's appeal to the state's people
    ("Sisi begged Egypt to stay calm.", "mined", "02", "EGY", "EGY"),
    # "apply for" is our own lexicon's appeal (the dictionary's bare "apply" is not mined)
    ("Serbia applied for membership of the European Union.", "mined", "02", "SRB", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "lexicon", "prefix", "src", "tgt"), CODED)
def test_dictionary_codes_through_our_logic(nlp: Any, text: str, lexicon: str,
                                            prefix: str | None, src: str | None,
                                            tgt: str | None) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon=lexicon).code_text(text, published="2021-06-01")
    asserted = [e for e in doc.events if e.modality == "asserted"]
    if prefix is None:
        assert asserted == []
        return
    event = next(e for e in asserted if e.cameo.startswith(prefix))
    assert (event.source and event.source.country) == src
    if tgt is not None:
        assert (event.target and event.target.country) == tgt


# (sentence, CAMEO root the default lexicon must not code): sports, rankings, residence,
# interference and protection of one's own are no force or aid between states, and the
# dictionary's other senses of a mined verb block its bare pattern
NOT_CODED: list[tuple[str, str]] = [
    ("Brazil beat Argentina 2-1 in the Copa America final.", "19"),
    ("France crushed England in the Six Nations.", "19"),
    ("The Indian team hammered Pakistan by 8 wickets.", "19"),
    ("China overtook the United States as the world's largest trading nation.", "19"),
    ("Iran matched Saudi Arabia's oil output.", "19"),
    ("Turkish migrants reside in Germany.", "19"),
    ("Russia interfered in the US presidential election.", "07"),
    ("The United States protected its interests in Iraq.", "07"),
    ("The United States hammered out a trade deal with Mexico.", "19"),
    ("Germany defeated the French proposal at the summit.", "19"),
    ("China fired off a protest to Japan over the islands.", "19"),
    ("Russia engaged in trade with India.", "19"),
    # appeals: a suggestion that something is so is no appeal; one actor begging itself is none
    ("Republican senators suggested that the governor had lied.", "02"),
    ("French unions begged other French unions to join the strike.", "02"),
    # nor a government appealing to its own state (its bare name or adjective)
    ("Scholz desired German unity.", "02"),
    ("The Chinese government advocated Chinese unity.", "02"),
    ("The Kremlin solicited Russian help.", "02"),
    # "apply", "desire", "hope" are no appeals between states either
    ("Mexico applied tariffs to Canadian steel.", "02"),
    ("Brazil desired closer ties with Argentina.", "02"),
    # one-state dyads stay out of the other mined roots; harm to an economy is no assault
    ("The Texas governor donated money to the Democratic Party.", "07"),
    ("The United States hurt China's economy with its tariffs.", "18"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), NOT_CODED)
def test_dictionary_mined_does_not_code(nlp: Any, text: str, root: str) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="mined").code_text(text, published="2021-06-01")
    assert not [e.cameo for e in doc.events if e.modality == "asserted"
                and e.cameo.startswith(root)]


# (sentence, trigger word, expected CAMEO code or None): the dictionary's senses pass our checks
GATED: list[tuple[str, str, str | None]] = [
    ("China lauded Pakistan for its support.", "lauded", "051"),
    # a participle inside another act has no clause of its own
    ("Lauding Pakistan for its support, China signed the deal.", "Lauding", None),
    # one state on both sides: the broad sense is domestic politics
    ("Kentucky Democrats beat the Republican governor.", "beat", None),
    # the subject is no actor: the source came from elsewhere
    ("The French dream of Algeria shattered.", "shattered", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "code"), GATED)
def test_dictionary_events_pass_sense_checks(nlp: Any, text: str, word: str,
                                             code: str | None) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="full").code_text(text, published="2021-06-01")
    found = [e.cameo for e in doc.events if e.trigger.text.split()[0] == word]
    assert found == ([code] if code else [])


@pytest.mark.slow
def test_dictionary_complement_not_read_by_own_frames(nlp: Any) -> None:
    from redline import Coder

    doc = Coder(nlp=nlp, lexicon="full").code_text("Germany pledged to expand its military.",
                                                    published="2021-06-01")
    assert not [e for e in doc.events if e.cameo_root == "13"]


def test_dictionary_frames_complement() -> None:
    own = load_lexicon().match("verb", "pledge", set(), set())
    dictionary = cameo_lexicon().match("verb", "laud", set(), set())
    assert own is not None and dictionary is not None
    assert frames_complement(own, own) and frames_complement(dictionary, dictionary)
    assert frames_complement(dictionary, own) and not frames_complement(own, dictionary)
