"""PETRARCH dictionary loaders on small fictional dictionaries written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.errors import UsageError
from redline.petrarch import actors_from_petrarch, load_dictionaries
from redline.petrarch.actors import parse_code, parse_restriction
from redline.petrarch.agents import plural
from redline.petrarch.model import DatedCode
from redline.petrarch.text import parse_date, to_phrase
from redline.petrarch.verbs import parse_event_code, verb_forms

ACTORS = """<!-- fictional test actors -->
VALDORIA [VAL]
+VALDORIAN
KESTRIA_  [KES] # a comment
ORIN MALK
+MALK
\t[VALREB <050601]
\t[VALGOV 20050601-20101231]
\t[VALELI >101231]
TWIN_CITIES [VAL/KES]
OLD_NAME
NEW_NAME
\t[NWN]
BROKEN [VALGOV 2005-06]
[XYZ]
"""

AGENTS = """!FOLK! = MAN, WOMAN
PREMIER [~GOV]
RELIEF_AGENCY {} [NGO~]
SEA_GOOSE {SEA_GEESE} [~SGS]
BOAT!FOLK! [~FSH]
MILITIA_COMMANDER [~REBMIL]
NOT AN AGENT LINE
"""

VERBS = """&CURRENCY_
+CROWNS
+GOLD_MARKS
&ANYMONEY
+&CURRENCY
+BARTER TOKENS

--- GIVE  [070] ---
GIVE {GAVE GIVEN}
+HAND_OVER [071]
- * &ANYMONEY  [071]
- NOT_* [112]
- + * MONEY_FROM $ [073:074]
- * FOO [+++]

--- MEET  [031:032] ---
MEET {MET}
- % * [030]
"""


@pytest.fixture()
def dict_dir(tmp_path: Path) -> Path:
    (tmp_path / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "Test.verbs.txt").write_text(VERBS, encoding="utf-8")
    (tmp_path / "Test.discards.txt").write_text("+FOOTBALL LEAGUE\nGAME_SCORE\n", "utf-8")
    (tmp_path / "notes.md").write_text("not a dictionary", encoding="utf-8")
    return tmp_path


def test_petrarch_loads_every_kind(dict_dir: Path) -> None:
    d = load_dictionaries(dict_dir)
    assert len(d.files) == 4
    names = {" ".join(n.words) for a in d.actors for n in a.names}
    assert {"VALDORIA", "VALDORIAN", "KESTRIA", "ORIN MALK", "MALK", "OLD NAME"} <= names
    assert [b.name for b in d.blocks] == ["GIVE", "MEET"]
    assert {(x.phrase.words, x.story) for x in d.discards} == {
        (("FOOTBALL", "LEAGUE"), True), (("GAME", "SCORE"), False)}


def test_petrarch_warnings_name_file_and_line(dict_dir: Path) -> None:
    d = load_dictionaries(dict_dir)
    text = [str(w) for w in d.warnings]
    assert any("Test.actors.txt:14" in w and "malformed code" in w for w in text)
    assert any("Test.agents.txt:7" in w for w in text)
    assert any("Test.verbs.txt:14" in w and "+++" in w for w in text)
    broken = next(a for a in d.actors if a.names[0].words == ("BROKEN",))
    assert broken.code_on("2005-06-01") == "XYZ"


def test_petrarch_names_without_code_share_the_next_code(dict_dir: Path) -> None:
    d = load_dictionaries(dict_dir)
    entry = next(a for a in d.actors if a.names[0].words == ("OLD", "NAME"))
    assert [n.words for n in entry.names] == [("OLD", "NAME"), ("NEW", "NAME")]
    assert entry.code_on(None) == "NWN"


@pytest.mark.parametrize(("date", "code"), [
    ("2005-05-31", "VALREB"),
    ("2005-06-01", "VALGOV"),
    ("2010-12-31", "VALGOV"),
    ("2011-01-01", "VALELI"),
    (None, None),
])
def test_petrarch_date_restricted_codes(dict_dir: Path, date: str | None, code: str | None
                                        ) -> None:
    d = load_dictionaries(dict_dir)
    entry = next(a for a in d.actors if a.names[0].words == ("ORIN", "MALK"))
    assert entry.code_on(date) == code


@pytest.mark.parametrize(("body", "expected"), [
    ("USAGOV >090120", DatedCode("USAGOV", "2009-01-21", None)),
    ("HOB <950601", DatedCode("HOB", None, "1995-05-31")),
    ("HOBGOV 19950601 - 19990815", DatedCode("HOBGOV", "1995-06-01", "1999-08-15")),
    ("RHO 790101-800417", DatedCode("RHO", "1979-01-01", "1980-04-17")),
    ("pse", DatedCode("PSE")),
    ("A/B/C", DatedCode("A/B/C")),
    ("USAGOV 19820101", None),
    ("GBRGOV >201005011", None),
    ("", None),
])
def test_petrarch_parse_code_table(body: str, expected: DatedCode | None) -> None:
    assert parse_code(body) == expected


def test_petrarch_default_code_applies_outside_restrictions() -> None:
    assert parse_restriction("<991301") is None
    assert parse_date("300101") == "2030-01-01" and parse_date("310101") == "1931-01-01"


def test_petrarch_agents_plural_prefix_and_substitution(dict_dir: Path) -> None:
    d = load_dictionaries(dict_dir)
    forms = {x.phrase.words: (x.code, x.prefix) for x in d.agents}
    assert forms[("PREMIER",)] == ("GOV", False)
    assert forms[("PREMIERS",)] == ("GOV", False)
    assert forms[("RELIEF", "AGENCY")] == ("NGO", True)
    assert ("RELIEF", "AGENCIES") not in forms
    assert forms[("SEA", "GEESE")] == ("SGS", False)
    assert ("SEA", "GOOSES") not in forms
    assert {("BOATMAN",), ("BOATMEN",), ("BOATWOMAN",)} <= set(forms)
    assert forms[("MILITIA", "COMMANDERS")] == ("REBMIL", False)


@pytest.mark.parametrize(("word", "expected"), [
    ("MINISTRY", "MINISTRIES"), ("DAY", "DAYS"), ("CONGRESS", "CONGRESSES"),
    ("CHAIRMAN", "CHAIRMEN"), ("OFFICIAL", "OFFICIALS"), ("MEN", "MEN"),
])
def test_petrarch_plural_table(word: str, expected: str) -> None:
    assert plural(word) == expected


def test_petrarch_verbs_forms_patterns_and_synsets(dict_dir: Path) -> None:
    d = load_dictionaries(dict_dir)
    give = d.blocks[0]
    assert give.code == "070"
    surfaces = {f.words for f in d.forms if f.block == 0}
    assert {("GIVE",), ("GIVES",), ("GAVE",), ("GIVEN",), ("HAND", "OVER")} <= surfaces
    own = {f.words: f.code for f in d.forms if f.block == 0}
    assert own[("HAND", "OVER")] == "071" and own[("GIVE",)] is None
    assert d.synsets["&ANYMONEY"] == (("BARTER", "TOKENS"), ("GOLD", "MARKS"), ("CROWNS",))
    texts = {p.text: p for p in give.patterns}
    assert set(texts) == {"* &ANYMONEY", "NOT_*", "+ * MONEY_FROM $"}
    neg = texts["NOT_*"]
    assert neg.before[0].value == "NOT" and neg.before[0].joined
    money = texts["+ * MONEY_FROM $"]
    assert money.code == "073:074"
    assert [(a.kind, a.joined) for a in money.after] == [
        ("word", False), ("word", True), ("source", False)]


@pytest.mark.parametrize(("body", "expected"), [
    ("031", "031"), ("032:033", "032:033"), (":173", ":173"), ("---", "---"),
    ("174K", "174K"), ("+++", None), ("xxy", None), ("025?", None), ("", None),
])
def test_petrarch_event_code_table(body: str, expected: str | None) -> None:
    assert parse_event_code(body) == expected


@pytest.mark.parametrize(("base", "forms"), [
    ("ACCUSE", ["ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING"]),
    ("CARRY", ["CARRY", "CARRIES", "CARRIED", "CARRYING"]),
    ("PUSH", ["PUSH", "PUSHES", "PUSHED", "PUSHING"]),
    ("AGREE", ["AGREE", "AGREES", "AGREED", "AGREEING"]),
])
def test_petrarch_regular_verb_forms(base: str, forms: list[str]) -> None:
    assert verb_forms(base) == forms


@pytest.mark.parametrize(("text", "words", "joined"), [
    ("GAZA_CITY", ("GAZA", "CITY"), (True,)),
    ("CARAS GALADHON", ("CARAS", "GALADHON"), (False,)),
    ("AL-QAEDA", ("AL", "-", "QAEDA"), (True, True)),
    ("DON'T", ("DO", "N'T"), (True,)),
    ("U.S._ARMY", ("U.S.", "ARMY"), (True,)),
])
def test_petrarch_phrase_splitting(text: str, words: tuple[str, ...], joined: tuple[bool, ...]
                                   ) -> None:
    phrase = to_phrase(text)
    assert phrase.words == words and phrase.joined == joined


def test_petrarch_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        load_dictionaries(tmp_path / "nope")


def test_petrarch_garbage_file_gives_warnings_not_errors(tmp_path: Path) -> None:
    path = tmp_path / "Junk.verbs.txt"
    path.write_bytes(b"\xff\xfe- * [\n]]]\n--- \n+\n&\n")
    d = load_dictionaries(path)
    assert d.blocks == () and d.warnings


def test_petrarch_adapter_rows(dict_dir: Path) -> None:
    rows = actors_from_petrarch(load_dictionaries(dict_dir))
    malk = [r for r in rows if r["name"] == "MALK"]
    assert {(r["code"], r["country"], r["sector"], r["start"], r["end"]) for r in malk} == {
        ("VALREB", "VAL", "REB", None, "2005-05-31"),
        ("VALGOV", "VAL", "GOV", "2005-06-01", "2010-12-31"),
        ("VALELI", "VAL", "ELI", "2011-01-01", None),
    }
    assert not [r for r in rows if r["name"] == "TWIN CITIES"]
