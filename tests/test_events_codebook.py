"""The shipped CAMEO codebook and lexicon: complete, consistent, and readable."""

from __future__ import annotations

import pytest

from redline.events import codebook, frames, load_lexicon, lookup
from redline.events.lexicon import NO_EVENT, LexiconError, parse_lexicon

ROOTS = [f"{i:02d}" for i in range(1, 21)]


def test_events_codebook_has_every_level() -> None:
    book = codebook()
    assert len(book) == 315
    assert all(root in book for root in ROOTS)
    assert {c.level for c in book.values()} == {1, 2, 3}


@pytest.mark.parametrize(("code", "plover", "quad"), [
    ("190", "ASSAULT", 4), ("163", "SANCTION", 4), ("046", "CONSULT", 1), ("0871", "RETREAT", 2),
    ("1312", "THREATEN", 3), ("100", "REQUEST", 3), ("020", "REQUEST", 1), ("112", "ACCUSE", 3),
    ("010", "", 1), ("175", "COERCE", 4), ("1712", "ASSAULT", 4),  # r7-16: 175 as the gold codes it
    # the PLOVER manual's 'convict' (SANCTION) for findings of guilt and sentences (r7-17c);
    # an indictment (115) and an accusation (112) stay ACCUSE
    ("116", "SANCTION", 3), ("115", "ACCUSE", 3),
])
def test_events_codebook_facts(code: str, plover: str, quad: int) -> None:
    entry = lookup(code)
    assert (entry.plover, entry.quad_class, entry.root) == (plover, quad, code[:2])
    assert -10.0 <= entry.goldstein <= 10.0 and entry.label


def test_events_lexicon_covers_all_roots_with_valid_codes() -> None:
    lex = load_lexicon()
    codes = {e.code for d in lex.entries.values() for es in d.values() for e in es}
    codes.discard(NO_EVENT)  # figurative uses that code nothing ("fight corruption")
    assert {c[:2] for c in codes} == set(ROOTS)
    assert all(c in codebook() for c in codes)
    solos = {e.solo for d in lex.entries.values() for es in d.values() for e in es if e.solo}
    assert all(c in codebook() for c in solos)


def test_events_frame_tables_use_known_codes() -> None:
    for table in frames.TABLES.values():
        assert all(v in codebook() for v in table.values())


@pytest.mark.parametrize(("frame", "comp", "expected"), [
    ("THREATEN", "163", "1312"), ("THREATEN", "192", "1382"), ("INTENT", "190", "138"),
    ("APPEAL", "087", "0256"), ("DEMAND", "0841", "1053"), ("REJECT", "036", "125"),
    ("INTENT", "073", "0333"), ("ACCUSE", "190", "1123"), ("REJECT", None, "120"),
    # political reform (083): the general code for the general act, each kind its own
    ("INTENT", "083", "034"), ("INTENT", "0832", "0342"), ("INTENT", "0834", "0344"),
    ("APPEAL", "083", "024"), ("APPEAL", "0833", "0243"), ("DEMAND", "083", "104"),
    ("DEMAND", "0832", "1042"), ("REJECT", "083", "123"), ("REJECT", "0831", "1231"),
])
def test_events_frames_combine(frame: str, comp: str | None, expected: str) -> None:
    assert frames.combine(frame, comp) == expected


def test_events_lexicon_most_specific_wins() -> None:
    lex = parse_lexicon(["class S: sanction", "verb impose 172", "verb impose +S 163",
                         "verb call 010", "verb call on 020 frame=APPEAL"])
    assert lex.match("verb", "impose", set(), {"S"}).code == "163"  # type: ignore[union-attr]
    assert lex.match("verb", "impose", set(), set()).code == "172"  # type: ignore[union-attr]
    on = lex.match("verb", "call", {"on"}, set())
    assert on is not None and on.frame == "APPEAL"
    assert lex.match("verb", "unknown", set(), set()) is None


@pytest.mark.parametrize("line", ["verb", "verb attack", "noun talks notacode", "oops x 1"])
def test_events_lexicon_rejects_bad_lines(line: str) -> None:
    with pytest.raises(LexiconError):
        parse_lexicon([line])


def test_events_lexicon_flags_parse() -> None:
    lex = parse_lexicon([
        "class EXERCISE: drill",
        "class SCOURGE: corruption",
        "verb accept 030 frame=INTENT neg=REJECT",
        "noun drill 062 recip solo=150",
        "verb fight +SCOURGE -",
    ])
    accept = lex.match("verb", "accept", set(), set())
    drill = lex.match("noun", "drill", set(), set())
    fight = lex.match("verb", "fight", set(), {"SCOURGE"})
    assert accept is not None and accept.neg == "REJECT" and accept.frame == "INTENT"
    assert drill is not None and drill.solo == "150" and drill.recip
    assert fight is not None and fight.code == NO_EVENT
    assert lex.match("verb", "fight", set(), set()) is None
