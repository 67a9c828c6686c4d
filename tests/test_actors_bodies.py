"""Named bodies (bodies.csv): every name of a body answers with its code, sector and canonical
name (our own choice of names)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from redline.actors import lookup_actor
from redline.actors.kb import knowledge_base
from redline.errors import NotFoundError


@pytest.mark.parametrize(
    ("name", "code", "canonical"),
    [
        ("ISIS", "IMGREB", "Islamic State"),
        ("Daesh", "IMGREB", "Islamic State"),
        ("ECOWAS", "ECOWAS", "Economic Community of West African States"),
        ("PRI", "MEXPTY", "Institutional Revolutionary Party"),
        ("Ansar Allah", "YEMREB", "Houthis"),
        ("YPG", "SYRREB", "People's Defense Units"),
        ("Oath Keepers", "USAREB", "Oath Keepers"),
        ("Harvard", "USAEDU", "Harvard University"),
        # fifth round: armed groups, state bodies, universities, international NGOs
        ("Hashd al-Shaabi", "IRQREB", "Popular Mobilization Forces"),
        ("ISIS-K", "AFGREB", "Islamic State Khorasan Province"),
        ("Tatmadaw", "MMRMIL", "Tatmadaw"),
        ("Houthi", "YEMREB", "Houthis"),
        ("DHS", "USAGOV", "Department of Homeland Security"),
        ("Sejm", "POLLEG", "Sejm"),
        ("National People's Congress", "CHNLEG", "National People's Congress"),
        ("Tsinghua", "CHNEDU", "Tsinghua University"),
        ("Sorbonne", "FRAEDU", "Sorbonne University"),
        # sixth round: armed forces named by their acronyms
        ("FARDC", "CODMIL", "Armed Forces of the Democratic Republic of the Congo"),
        ("UPDF", "UGAMIL", "Uganda People's Defence Force"),
        ("ENDF", "ETHMIL", "Ethiopian National Defense Force"),
        ("ISPR", "PAKMIL", "Inter-Services Public Relations"),
        ("Althing", "ISLLEG", "Althing"),
        ("Sabor", "HRVLEG", "Croatian Parliament"),
        ("Diet of Japan", "JPNLEG", "National Diet"),
        # seventh round: companies (their state's BUS) and research institutes (EDU)
        ("Gazprom", "RUSBUS", "Gazprom"),
        ("Aramco", "SAUBUS", "Saudi Aramco"),
        ("Huawei Technologies", "CHNBUS", "Huawei"),
        ("Chatham House", "GBREDU", "Chatham House"),
        ("ISW", "USAEDU", "Institute for the Study of War"),
        ("SIPRI", "SWEEDU", "Stockholm International Peace Research Institute"),
        # a private pan-European think tank: no country, not an EU body
        ("ECFR", "---EDU", "European Council on Foreign Relations"),
    ],
)
def test_bodies_names_answer_with_the_canonical_name(name: str, code: str,
                                                     canonical: str) -> None:
    found = lookup_actor(name, "2022-01-01")
    assert (found.code, found.name) == (code, canonical)


@pytest.mark.parametrize(
    ("phrase", "code", "layer"),
    [
        # the Tigray Defense Forces are the TPLF's: one code for both (armed opposition)
        ("Tigrayan forces", "ETHREB", "curated"),
        ("Tigray Defense Forces", "ETHREB", "curated"),
        ("TPLF", "ETHREB", "curated"),
        # negative: other forces named by a people or a state keep composition's reading
        ("Amhara forces", "---MIL", "composition"),
        ("Ethiopian forces", "ETHMIL", "composition"),
    ],
)
def test_bodies_tigrayan_forces_agree_with_the_tplf(phrase: str, code: str, layer: str) -> None:
    found = lookup_actor(phrase, "2021-06-01")
    assert (found.code, found.layer) == (code, layer)


def test_bodies_no_phrase_has_two_codes() -> None:
    codes: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in knowledge_base().metonyms:
        codes[m.phrase.casefold()].add((m.code, m.sector))
    assert {k: v for k, v in codes.items() if len(v) > 1} == {}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Ahlu Sunnah Waljama", "SOMREB"),  # another spelling of a body's name
        ("Ahlu Sunnah Wa-Jama", "SOMREB"),
        ("Tigray Peoples Liberation Front", "ETHREB"),  # an apostrophe missing
    ],
)
def test_bodies_respelt_names_answer(name: str, code: str) -> None:
    assert lookup_actor(name, "2022-01-01").code == code


@pytest.mark.parametrize("name", ["Yesterday afternoon", "the cat sat on the mat", "Pam",
                                  "Vladimir Puttin"])  # a person is not guessed
def test_bodies_no_guess_for_words_that_name_nobody(name: str) -> None:
    with pytest.raises(NotFoundError):
        lookup_actor(name, "2022-01-01")


@pytest.mark.parametrize("name", ["bodies.csv", "metonyms.csv", "people_2000_2026.csv"])
def test_bodies_data_rows_have_the_header_fields(name: str) -> None:
    """An unquoted comma in a provenance splits it into a field too many."""
    import csv
    from importlib import resources

    text = resources.files("redline.actors").joinpath("data", name).read_text("utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert [r[0] for r in rows if len(r) != len(rows[0])] == []
