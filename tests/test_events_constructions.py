"""Constructions the coder reads beyond single verbs: refusals, frames over frames, aspect
verbs, light verbs with "in", hedged event nouns, datelines. Sentences written by us."""

from __future__ import annotations

from typing import Any

import pytest

from redline.events import extract_events
from redline.events.roles import dateline_end
from redline.model import Actor, Event
from tests.conftest import country_of
from tests.test_events_extract import table_actors


def code_text(nlp: Any, text: str) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, table_actors(doc), doc_id="t")


def _show(events: list[Event]) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.cameo, e.modality, e.source and e.source.code, e.target and e.target.code)
            for e in events]


# (sentence, code prefix, expected modality, source country, target country)
CODED: list[tuple[str, str, str, str | None, str | None]] = [
    # a negated acceptance is a rejection, asserted
    ("Iran did not accept the proposal from France.", "12", "asserted", "IRN", "FRA"),
    ("The Kremlin will not accept NATO expansion.", "12", "asserted", "RUS", None),
    ("Serbia refused to accept the ruling.", "12", "asserted", "SRB", None),
    ("Israel never agreed to a ceasefire with Hamas.", "12", "asserted", "ISR", None),
    ("If Iran does not accept the deal, the talks will end.", "12", "hypothetical", "IRN",
     None),
    # aspect verbs and copulas pass the frame to the action inside them
    ("France will continue to send aid to Ukraine.", "07", "intended", "FRA", "UKR"),
    ("Russia said it will continue to shell Ukrainian cities.", "138", "asserted", "RUS",
     "UKR"),
    ("Russia prepared to resume shelling Ukrainian towns.", "150", "asserted", "RUS", None),
    ("Egypt said Israel must be ready to negotiate with Hamas.", "10", "asserted", "EGY",
     "ISR"),
    # a demand noun with its clause on the governing verb
    ("Russia reiterated its demand that NATO withdraw from Poland.", "10", "asserted", "RUS",
     "NATO"),
    # "push for X to ...": an appeal addressed to X
    ("Britain pushed for the United States to support the plan.", "02", "asserted", "GBR",
     "USA"),
    # going somewhere for talks, a light verb with "in"
    ("Negotiators from Iran and Britain returned to Vienna for talks.", "04", "asserted",
     None, None),
    ("Syrian forces were engaged in ethnic cleansing.", "20", "asserted", "SYR", None),
    ("Kenya launched ten days of military exercises.", "150", "asserted", "KEN", None),
    ("Japan and Australia launched ten days of war games.", "062", "asserted", "JPN", "AUS"),
    ("China held military exercises near Taiwan.", "150", "asserted", "CHN", None),
    # "took steps to X": the steps are X, done
    ("Egypt took steps to ease restrictions on Lebanon.", "081", "asserted", "EGY", "LBN"),
    # a try is coded as the act tried (CAMEO codes attempts)
    ("North Korea tried to hack into South Korean computers.", "17", "asserted", "PRK", None),
    # a conjunct beside a denial is not denied
    ("The Kremlin had denied that it was preparing an attack and had dismissed Western "
     "warnings.", "12", "asserted", "RUS", None),
    # "the wounded", "Israeli-occupied": descriptions, not events
    ("Egypt evacuated the wounded from Gaza.", "07", "asserted", "EGY", None),
    # idioms that borrow violent verbs, read by their objects
    ("Iran and Russia struck a deal on oil.", "057", "asserted", "IRN", "RUS"),
    ("Russia was hit by new sanctions.", "163", "asserted", None, "RUS"),
    ("Germany attacked the French proposal.", "111", "asserted", "DEU", "FRA"),
    ("Russia hit back at NATO criticism.", "111", "asserted", "RUS", "NATO"),
    ("Iran stormed out of the talks.", "164", "asserted", "IRN", None),
    ("Russia recalled its ambassador from Poland.", "161", "asserted", "RUS", "POL"),
    ("Russia warned that Ukraine would face consequences.", "13", "asserted", "RUS", None),
    # and the violent uses stay violent
    ("Israel fired rockets at Lebanon.", "19", "asserted", "ISR", "LBN"),
    ("Kenyan police beat protesters.", "18", "asserted", "KEN", None),
    # a root participle with an active subject is a finite past; "as ADJ the N": N is the
    # object moved after the "as" complement
    ("Greece condemned as unacceptable the Russian decision to close the border.", "111",
     "asserted", "GRC", "RUS"),
    ("Egypt denounced as illegal the Israeli blockade of Gaza.", "111", "asserted", "EGY",
     "ISR"),
    # a participle hung on a verbless sentence's subject is its main verb; coordinated verbs
    # share the later one's object
    ("Doctors from Canada donated and delivered medicine to Iraq.", "07", "asserted", "CAN",
     "IRQ"),
    ("Charities from Japan donated and shipped $5,000 worth of goods to Sudan.", "07",
     "asserted", "JPN", "SDN"),
    # help of a military kind is military aid
    ("The United States is providing military intelligence to Ukraine.", "072", "asserted",
     "USA", "UKR"),
    ("Germany will give military assistance to Lebanon.", "07", "intended", "DEU", "LBN"),
    ("Britain sent defence equipment and training to Ukraine.", "072", "asserted", "GBR",
     "UKR"),
    ("Israel shared military intelligence with the United States.", "064", "asserted", "ISR",
     "USA"),
    ("Japan provided food aid to Sudan.", "070", "asserted", "JPN", "SDN"),
    # a weapons test aims at no one: a show of force
    ("North Korea test-fired a ballistic missile on Sunday.", "150", "asserted", "PRK", None),
    ("Iran tested a new long-range missile.", "150", "asserted", "IRN", None),
    ("Pakistan conducted a missile test on Monday.", "150", "asserted", "PAK", None),
    ("India test-launched a cruise missile.", "150", "asserted", "IND", None),
    # mobilising people who are not troops is rallying support, for whom the purpose names
    ("Israel mobilized pressure groups in Britain to support the Israeli position.", "053",
     "asserted", "ISR", None),
    ("Iran mobilized supporters in Iraq to help Hezbollah.", "053", "asserted", "IRN", "LBN"),
    ("Russia mobilized armed groups in Ukraine.", "154", "asserted", "RUS", None),
    ("Russia mobilized 300,000 reservists.", "154", "asserted", "RUS", None),
    # peacekeepers arriving: the host receives them (source), from their state (target)
    ("Pakistani peacekeeping troops arrived in Lebanon on Monday.", "0861", "asserted", "LBN",
     "PAK"),
    ("A batch of Polish peacekeepers arrived in Lebanon.", "0861", "asserted", "LBN", "POL"),
    # "X is out of the question": the speaker rejects X, aimed at X's target
    ("Britain said that lifting the sanctions on Iran is out of the question.", "12",
     "asserted", "GBR", "IRN"),
    ("France said talks with Syria were out of the question.", "12", "asserted", "FRA",
     "SYR"),
    # abuse in custody: the custodian acts on the one who suffered it
    ("A Ukrainian prisoner died of torture while in Russian police custody.", "18",
     "asserted", "RUS", "UKR"),
    # ordering, closing or banning a news outlet restricts speech
    ("The Kremlin ordered the newspaper to suspend publication.", "1721", "asserted", "RUS",
     None),
    ("Iran closed two reformist newspapers.", "1721", "asserted", "IRN", None),
    # an adjective names the kind of test ("nuclear test")
    ("India carried out a nuclear test on Monday.", "150", "asserted", "IND", None),
    ("Pakistan conducted an atomic test.", "150", "asserted", "PAK", None),
    # arms readied "to use against X": a threat of force against X
    ("Iran is building missiles to use against Israel.", "138", "asserted", "IRN", "ISR"),
    # an object moved after an active verb's "by" measure
    ("Egypt shortened by two hours the curfew in Cairo.", "081", "asserted", "EGY", "EGY"),
    # an ally or proxy of X is not X: the place it is in names it
    ("Hezbollah attacked Israel's militia ally in southern Lebanon.", "19", "asserted", "LBN",
     "LBN"),
    # a protest aimed through "joining others in demanding ..."
    ("Students rioted on Monday, joining workers in demanding an end to Russian rule.", "14",
     "asserted", None, "RUS"),
]

# (sentence, root that must not appear as an asserted event)
NOT_ASSERTED: list[tuple[str, str]] = [
    ("The United Nations called on Israel to stop attacking Lebanon.", "19"),
    ("Russia accused Ukraine of shelling Donetsk and killing civilians.", "19"),
    ("Poland warned of the risk of a Russian invasion of Ukraine.", "19"),
    ("France spoke of a possible attack on Mali.", "19"),
    ("Iran arrested a journalist for collaborating with Israel.", "06"),
    ("Russia will continue to shell Ukrainian cities.", "19"),
    ("Turkey could attack Syria and occupy the border zone.", "19"),
    ("Kenya rejected a call for troops to be deployed in Somalia.", "15"),
    ("The rebels will lay down their arms before they demobilize.", "08"),
    ("Egypt evacuated the wounded from Gaza.", "19"),
    ("Protesters rioted in the Israeli-occupied West Bank.", "19"),
    ("The plan calls for both sides to stop fighting and to allow aid into Gaza.", "08"),
    ("Iran and Russia struck a deal on oil.", "19"),
    ("Russia hit back at NATO criticism.", "19"),
    ("Russia fired its defense minister.", "19"),
    ("Israel fired the head of its army.", "19"),
    ("Brazil beat Argentina in the final.", "18"),
    ("Kenya fought corruption for years.", "19"),
    ("Israel launched a charm offensive in Europe.", "19"),
    ("China and the United States are locked in a trade war.", "19"),
    ("Germany attacked the French proposal.", "19"),
    ("Iran stormed out of the talks.", "19"),
    ("Putin recalled the war with Georgia.", "16"),
    # a warning of a fact is a remark, not a threat by the one who warns
    ("Poland warned that Russia was massing troops near Ukraine.", "13"),
    # a weapons test is not an attack
    ("North Korea test-fired two missiles into the sea.", "19"),
    ("Iran tested a ballistic missile on Monday.", "19"),
    # reduced relatives on a noun are descriptions ("soldiers killed in an attack")
    ("Three Israeli soldiers killed in Gaza.", "18"),
    ("Israeli soldiers killed in Gaza, officials say.", "18"),
    # what is ruled out is not done
    ("Britain said that lifting the sanctions on Iran is out of the question.", "08"),
    # the ordered newspaper's suspension is the coercion, not a second act
    ("The Kremlin ordered the newspaper to suspend publication.", "16"),
    # arms readied for use are a threat, and their plain use a fact, only when it is one
    ("Iran is building missiles to use against Israel.", "19"),
    ("The ministry said it was using precision weapons only against military targets.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "modality", "src", "tgt"), CODED)
def test_events_constructions_coded(nlp: Any, text: str, code: str, modality: str,
                                    src: str | None, tgt: str | None) -> None:
    events = code_text(nlp, text)
    assert any(e.cameo.startswith(code) and e.modality == modality
               and (src is None or country_of(e.source) == src)
               and (tgt is None or country_of(e.target) == tgt) for e in events), _show(events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), NOT_ASSERTED)
def test_events_constructions_not_asserted(nlp: Any, text: str, root: str) -> None:
    events = code_text(nlp, text)
    assert not any(e.asserted and e.cameo_root == root for e in events), _show(events)


@pytest.mark.slow
def test_events_constructions_refusal_is_not_negated_agreement(nlp: Any) -> None:
    events = code_text(nlp, "Iran did not accept the proposal from France.")
    assert not any(e.cameo_root == "03" for e in events), _show(events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "line"), [
    ("MOSCOW — Putin will ask Biden for guarantees.", "MOSCOW —"),
    ("KYIV, Ukraine — Russia attacked Ukraine on Thursday.", "KYIV, Ukraine —"),
    ("Russia attacked Ukraine on Thursday.", ""),
    ("Vietnamese-led forces attacked the camp.", ""),
    ("US - China talks resumed on Monday.", ""),
])
def test_events_constructions_dateline(nlp: Any, text: str, line: str) -> None:
    doc = nlp(text)
    end = dateline_end(doc)
    assert text[:end].strip() == line.rstrip(" —").strip() if line else end == 0


@pytest.mark.slow
def test_events_constructions_dateline_city_is_no_actor(nlp: Any) -> None:
    text = "MOSCOW — Putin will ask Biden for guarantees."
    doc = nlp(text)
    city = Actor("MOSCOW", 0, 6, "Moscow", "RUSGOV", "RUS", "GOV", "state")
    events = extract_events(doc, [city, *table_actors(doc)], doc_id="t")
    assert events, "the request itself is coded"
    assert all(e.source is None or e.source.start > 0 for e in events), _show(events)
    assert all(e.target is None or e.target.start > 0 for e in events), _show(events)
