"""Table-driven event coding: sentences written by us, with the codings we expect.

Actors here come from a small private name table (the production path takes the actors
stage's output); each test checks codes, roles and modality from the dependency parse.
"""

from __future__ import annotations

from typing import Any

import pytest

from redline.events import extract_events
from redline.model import Actor, Event
from tests.conftest import country_of

NAMES: dict[str, tuple[str, str, str]] = {
    # mention: (code, country, kind)
    "Russia": ("RUS", "RUS", "state"), "Russian": ("RUS", "RUS", "state"),
    "Moscow": ("RUSGOV", "RUS", "state"), "the Kremlin": ("RUSGOV", "RUS", "state"),
    "Putin": ("RUSGOV", "RUS", "person"), "Ukraine": ("UKR", "UKR", "state"),
    "Ukrainian": ("UKR", "UKR", "state"), "Kyiv": ("UKRGOV", "UKR", "state"),
    "NATO": ("NATO", "NATO", "igo"), "the EU": ("EU", "EU", "igo"),
    "the European Union": ("EU", "EU", "igo"), "the United Nations": ("UN", "UN", "igo"),
    "the UN": ("UN", "UN", "igo"), "China": ("CHN", "CHN", "state"),
    "Chinese": ("CHN", "CHN", "state"), "Beijing": ("CHNGOV", "CHN", "state"),
    "Taiwan": ("TWN", "TWN", "state"), "Iran": ("IRN", "IRN", "state"),
    "Iranian": ("IRN", "IRN", "state"), "Israel": ("ISR", "ISR", "state"),
    "Israeli": ("ISR", "ISR", "state"), "Hamas": ("PSEREB", "PSE", "group"),
    "the United States": ("USA", "USA", "state"), "Washington": ("USAGOV", "USA", "state"),
    "Biden": ("USAGOV", "USA", "person"), "Syria": ("SYR", "SYR", "state"),
    "Turkey": ("TUR", "TUR", "state"), "Germany": ("DEU", "DEU", "state"),
    "France": ("FRA", "FRA", "state"), "Britain": ("GBR", "GBR", "state"),
    "British": ("GBR", "GBR", "state"), "Japan": ("JPN", "JPN", "state"),
    "India": ("IND", "IND", "state"), "Pakistan": ("PAK", "PAK", "state"),
    "Serbia": ("SRB", "SRB", "state"), "Kosovo": ("XKX", "XKX", "state"),
    "Poland": ("POL", "POL", "state"), "Belarus": ("BLR", "BLR", "state"),
    "North Korea": ("PRK", "PRK", "state"), "South Korea": ("KOR", "KOR", "state"),
    "Lebanon": ("LBN", "LBN", "state"), "Egypt": ("EGY", "EGY", "state"),
    "Qatar": ("QAT", "QAT", "state"), "Sudan": ("SDN", "SDN", "state"),
    "Ethiopia": ("ETH", "ETH", "state"), "Eritrea": ("ERI", "ERI", "state"),
    "Venezuela": ("VEN", "VEN", "state"), "Colombia": ("COL", "COL", "state"),
    "Armenia": ("ARM", "ARM", "state"), "Azerbaijan": ("AZE", "AZE", "state"),
    "Georgia": ("GEO", "GEO", "state"), "Iraq": ("IRQ", "IRQ", "state"),
    "Hezbollah": ("LBNREB", "LBN", "group"), "Cuba": ("CUB", "CUB", "state"),
    "Mexico": ("MEX", "MEX", "state"), "Canada": ("CAN", "CAN", "state"),
    "Greece": ("GRC", "GRC", "state"), "Italy": ("ITA", "ITA", "state"),
    "Spain": ("ESP", "ESP", "state"), "Saudi Arabia": ("SAU", "SAU", "state"),
    "Jordan": ("JOR", "JOR", "state"), "Kenya": ("KEN", "KEN", "state"),
    "Somalia": ("SOM", "SOM", "state"), "Nigeria": ("NGA", "NGA", "state"),
    "Mali": ("MLI", "MLI", "state"), "Libya": ("LBY", "LBY", "state"),
    "Afghanistan": ("AFG", "AFG", "state"), "the Taliban": ("AFGREB", "AFG", "group"),
    "Myanmar": ("MMR", "MMR", "state"), "Thailand": ("THA", "THA", "state"),
    "Vietnam": ("VNM", "VNM", "state"), "the Philippines": ("PHL", "PHL", "state"),
    "Australia": ("AUS", "AUS", "state"), "Brazil": ("BRA", "BRA", "state"),
    "the IAEA": ("IAEA", "IAEA", "igo"), "Polish": ("POL", "POL", "state"),
    "French": ("FRA", "FRA", "state"), "Pakistani": ("PAK", "PAK", "state"),
    "Indian": ("IND", "IND", "state"), "Nigerian": ("NGA", "NGA", "state"),
    "Syrian": ("SYR", "SYR", "state"), "Bosnian": ("BIH", "BIH", "state"),
    "Serbian": ("SRB", "SRB", "state"), "Kenyan": ("KEN", "KEN", "state"),
    "Greek": ("GRC", "GRC", "state"), "Colombian": ("COL", "COL", "state"),
    "Afghan": ("AFG", "AFG", "state"), "Sudanese": ("SDN", "SDN", "state"),
    "Palestinian": ("PSE", "PSE", "state"), "Japanese": ("JPN", "JPN", "state"),
}


def table_actors(doc: Any) -> list[Actor]:
    """Every whole-word occurrence of a table name, longest names first, as an Actor."""
    text = doc.text
    taken: list[tuple[int, int]] = []
    out: list[Actor] = []
    for name in sorted(NAMES, key=len, reverse=True):
        out.extend(_occurrences(text, name, taken))
        out.extend(_occurrences(text, name[:1].upper() + name[1:], taken))
    return sorted(out, key=lambda a: a.start)


def _occurrences(text: str, name: str, taken: list[tuple[int, int]]) -> list[Actor]:
    out: list[Actor] = []
    key = name if name in NAMES else name[:1].lower() + name[1:]
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        whole = (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum())
        if whole and not any(s < end and start < e for s, e in taken):
            code, country, kind = NAMES[key]
            sector = code[3:] or None if kind != "igo" else None
            out.append(Actor(name, start, end, key, code, country, sector, kind))
            taken.append((start, end))
        start = text.find(name, end)
    return out


def code_text(nlp: Any, text: str) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, table_actors(doc), doc_id="t")


def _found(events: list[Event], code: str, src: str | None, tgt: str | None) -> bool:
    return any(e.asserted and e.cameo.startswith(code)
               and (src is None or country_of(e.source) == src)
               and (tgt is None or country_of(e.target) == tgt) for e in events)


# (sentence, expected code or code prefix, source country, target country); None = not checked
POSITIVE: list[tuple[str, str, str | None, str | None]] = [
    # 01-02 statements and appeals
    ("Russia said it would impose sanctions on Ukraine.", "1312", "RUS", "UKR"),
    ("Russia said it would impose sanctions on Ukraine.", "010", "RUS", None),
    ("NATO urged Russia to withdraw its troops from the border.", "0256", "NATO", "RUS"),
    ("The EU called on Serbia to hold talks with Kosovo.", "026", "EU", "SRB"),
    ("Pakistan appealed to the United Nations for humanitarian aid.", "02", "PAK", "UN"),
    ("Egypt asked Israel to allow aid into Gaza.", "02", "EGY", "ISR"),
    ("Lebanon requested military aid from France.", "02", "LBN", None),
    ("Iraq sought financial assistance from Japan.", "023", "IRQ", None),
    ("Kenya appealed for calm after the clashes.", "02", "KEN", None),
    ("Germany encouraged Poland to cooperate with Belarus.", "02", "DEU", "POL"),
    # 03 intent
    ("China offered to mediate between Russia and Ukraine.", "03", "CHN", None),
    ("Japan pledged to provide economic aid to Ukraine.", "033", "JPN", "UKR"),
    ("Turkey promised to release the detained Syrian soldiers.", "035", "TUR", None),
    ("Qatar offered to host talks between Sudan and Ethiopia.", "03", "QAT", None),
    ("Britain agreed to supply weapons to Ukraine.", "03", "GBR", "UKR"),
    ("Jordan and Egypt agreed to cooperate on border security.", "03", "JOR", "EGY"),
    ("Greece is ready to negotiate with Turkey.", "036", "GRC", "TUR"),
    ("Canada vowed to support Ukraine.", "03", "CAN", "UKR"),
    ("Vietnam agreed to sign a trade agreement with Australia.", "03", "VNM", "AUS"),
    ("Azerbaijan agreed to a ceasefire with Armenia.", "03", "AZE", "ARM"),
    # 04 consult
    ("Germany held talks with France on Monday.", "04", "DEU", "FRA"),
    ("Biden met Putin in Geneva.", "04", "USA", "RUS"),
    ("Putin visited China last week.", "042", "RUS", "CHN"),
    ("Egypt hosted the leaders of Sudan and Ethiopia.", "04", "EGY", None),
    ("Qatar mediated between Israel and Hamas.", "045", "QAT", None),
    ("Serbia and Kosovo negotiated in Brussels.", "046", "SRB", "XKX"),
    ("India and Pakistan resumed talks on Tuesday.", "046", "IND", "PAK"),
    ("Biden spoke with Putin by phone and discussed Ukraine.", "04", "USA", None),
    # "will X" is X intended (r13-16w): tests/test_events_cameo_view.py
    ("Armenia and Azerbaijan met in Moscow.", "04", "ARM", "AZE"),
    # 05 diplomatic cooperation
    ("The United States praised Ukraine for its reforms.", "051", "USA", "UKR"),
    ("China defended Russia at the United Nations.", "052", "CHN", "RUS"),
    ("Spain recognized Kosovo in a surprise move.", "054", "ESP", "XKX"),
    ("Japan apologized to South Korea.", "055", "JPN", "KOR"),
    ("Israel and Jordan signed a peace treaty.", "057", "ISR", "JOR"),
    ("Saudi Arabia and Iran restored diplomatic ties.", "054", "SAU", "IRN"),
    ("Canada endorsed the plan proposed by Mexico.", "051", "CAN", None),
    ("Italy backed Greece in the dispute.", "051", "ITA", "GRC"),
    # 06 material cooperation
    ("Japan and Australia held joint military exercises.", "062", "JPN", "AUS"),
    ("Israel shared intelligence with the United States.", "064", "ISR", "USA"),
    ("Brazil cooperated with Colombia on drug trafficking.", "06", "BRA", "COL"),
    ("Turkey extradited two suspects to Germany.", "063", "TUR", "DEU"),
    # 07 aid
    ("The United States sent weapons to Ukraine.", "072", "USA", "UKR"),
    ("Japan donated medicine to Myanmar.", "07", "JPN", "MMR"),
    ("Germany provided humanitarian aid to Syria.", "07", "DEU", "SYR"),
    ("France granted asylum to two Russian journalists.", "075", "FRA", None),
    ("The United Nations delivered food aid to Somalia.", "07", "UN", "SOM"),
    ("Britain gave Kenya a loan.", "07", "GBR", "KEN"),
    # 08 yield
    ("Iran released two British sailors.", "084", "IRN", "GBR"),
    ("The EU lifted sanctions on Belarus.", "085", "EU", "BLR"),
    ("Russia withdrew its troops from Georgia.", "087", "RUS", "GEO"),
    ("Israel pulled out of Lebanon in the night.", "087", "ISR", "LBN"),
    ("Ethiopia and Eritrea declared a ceasefire.", "0871", "ETH", "ERI"),
    ("Syria allowed inspectors into the country.", "086", "SYR", None),
    ("Turkey reopened its border with Armenia.", "086", "TUR", "ARM"),
    ("Sudan lifted the curfew in Khartoum.", "08", "SDN", None),
    ("Venezuela freed three Colombian prisoners.", "084", "VEN", None),
    # 09 investigate
    ("The IAEA investigated Iran over its nuclear work.", "09", "IAEA", "IRN"),
    ("Italy opened an investigation into the Greek shipping firm.", "09", "ITA", None),
    ("The United Nations sent inspectors to Syria.", "09", "UN", "SYR"),
    # 10 demand
    ("Poland demanded that Russia return the wreckage.", "10", "POL", "RUS"),
    ("Ukraine demanded the withdrawal of Russian troops.", "1056", "UKR", "RUS"),
    ("Britain said Iran must release the tanker.", "1053", "GBR", "IRN"),
    ("China demanded an apology from Japan.", "10", "CHN", None),
    ("Kyiv demanded that Moscow pay compensation.", "10", "UKR", "RUS"),
    ("Turkey ordered Syria to withdraw from the border zone.", "10", "TUR", "SYR"),
    # 11 disapprove
    ("Germany criticized Turkey for its crackdown.", "111", "DEU", "TUR"),
    ("The United States condemned North Korea.", "111", "USA", "PRK"),
    ("Iran accused Israel of attacking its ships.", "1123", "IRN", "ISR"),
    ("Ukraine accused Russia of war crimes.", "112", "UKR", "RUS"),
    ("Lebanon complained to the United Nations about Israeli flights.", "114", "LBN", "ISR"),
    ("Qatar sued Saudi Arabia at the trade court.", "115", "QAT", "SAU"),
    ("India denounced Pakistan after the bombing.", "111", "IND", "PAK"),
    ("France blamed Russia for the cyber attack.", "112", "FRA", "RUS"),
    # 12 reject
    ("Iran refused to release the British sailors.", "1243", "IRN", None),
    ("Israel rejected the ceasefire proposal from Egypt.", "12", "ISR", "EGY"),
    ("Serbia rejected a request from Kosovo for talks.", "12", "SRB", "XKX"),
    ("Russia vetoed the resolution on Syria.", "129", "RUS", None),
    ("Turkey refused to meet Greece.", "125", "TUR", "GRC"),
    ("Japan declined to provide aid to North Korea.", "122", "JPN", "PRK"),
    ("Belarus defied the European Union.", "128", "BLR", "EU"),
    ("Hamas violated the ceasefire with Israel.", "196", "PSE", "ISR"),
    ("Pakistan rejected India's offer of talks.", "12", "PAK", "IND"),
    ("Venezuela refused to allow aid convoys from Colombia.", "12", "VEN", None),
    # 13 threaten
    ("The United States threatened to impose sanctions on Iran.", "1312", "USA", "IRN"),
    ("China threatened Taiwan with military force.", "13", "CHN", "TWN"),
    ("Russia warned NATO against expanding eastward.", "13", "RUS", "NATO"),
    ("North Korea threatened to attack South Korea.", "138", "PRK", "KOR"),
    ("Turkey threatened to cut ties with Israel.", "1313", "TUR", "ISR"),
    ("Iran vowed to retaliate against Israel.", "13", "IRN", "ISR"),
    ("Britain threatened sanctions against Russia.", "1312", "GBR", "RUS"),
    ("Azerbaijan said it would attack Armenia.", "138", "AZE", "ARM"),
    # 14 protest
    ("Thousands of Kenyan students demonstrated against Kenya's government.", "14", None,
     "KEN"),
    ("Ukrainian workers protested against Russia outside the embassy.", "14", "UKR", "RUS"),
    ("Iranian students staged a hunger strike.", "14", "IRN", None),
    ("Israeli protesters blocked roads in Tel Aviv.", "14", "ISR", None),
    ("Nigerian workers went on strike against Nigeria's government.", "14", "NGA", "NGA"),
    # 15 posture
    ("Russia deployed troops along the border with Ukraine.", "154", "RUS", "UKR"),
    ("China mobilized forces near Taiwan.", "154", "CHN", "TWN"),
    ("Israel massed tanks on the border with Lebanon.", "154", "ISR", "LBN"),
    ("Turkey put its troops on alert near Syria.", "15", "TUR", "SYR"),
    # 16 reduce relations
    ("Morocco cut diplomatic ties with Iran.", "161", None, "IRN"),
    ("The United States suspended military aid to Egypt.", "162", "USA", "EGY"),
    ("The EU imposed sanctions on Russia.", "163", "EU", "RUS"),
    ("Canada imposed new sanctions against Iran on Monday.", "163", "CAN", "IRN"),
    ("Serbia broke off talks with Kosovo.", "164", "SRB", "XKX"),
    ("Mali expelled French troops.", "166", "MLI", "FRA"),
    ("Russia expelled two British diplomats.", "166", "RUS", "GBR"),
    # 17 coerce
    ("Iran seized a British tanker in the Gulf.", "171", "IRN", "GBR"),
    ("Russia arrested two Ukrainian journalists.", "173", "RUS", "UKR"),
    ("Belarus detained a Polish activist.", "173", "BLR", "POL"),
    ("Egypt deported three Sudanese nationals.", "174", "EGY", None),
    ("Myanmar imposed a curfew in Yangon.", "172", "MMR", None),
    ("Turkey banned the Kurdish party.", "172", "TUR", None),
    ("Israel demolished Palestinian homes in the West Bank.", "171", "ISR", None),
    # 18 assault
    ("Hamas kidnapped Israeli soldiers.", "181", "PSE", "ISR"),
    ("Gunmen from the Taliban assassinated a Pakistani official.", "186", "AFG", None),
    ("Russian guards tortured Ukrainian prisoners.", "1822", "RUS", "UKR"),
    ("The Taliban bombed a market in Afghanistan.", "183", "AFG", None),
    # 19 fight
    ("Israel attacked Hezbollah positions in Lebanon.", "19", "ISR", "LBN"),
    ("Russia invaded Ukraine in the morning.", "192", "RUS", "UKR"),
    ("Ukrainian forces shelled Russian positions.", "194", "UKR", "RUS"),
    ("Israeli jets struck targets in Syria.", "19", "ISR", "SYR"),
    ("Indian troops fired on Pakistani soldiers.", "193", "IND", "PAK"),
    ("Armenia and Azerbaijan clashed along the border.", "19", "ARM", "AZE"),
    ("Turkey launched an offensive against Kurdish fighters in Syria.", "19", "TUR", None),
    ("Russia occupied parts of Georgia.", "192", "RUS", "GEO"),
    ("Saudi Arabia imposed a blockade on Qatar.", "191", "SAU", "QAT"),
    ("Ukrainian troops were attacked by Russian forces.", "19", "RUS", "UKR"),
    ("Syrian soldiers were killed by Israeli missiles.", "19", "ISR", "SYR"),
    # 20 mass violence
    ("Serbian forces massacred Bosnian civilians.", "20", "SRB", None),
    # several events in one sentence; coordination
    ("Israel attacked Gaza and Hamas fired rockets at Israel.", "19", "PSE", "ISR"),
    ("Israel attacked Gaza and Hamas fired rockets at Israel.", "19", "ISR", None),
    ("Russia and China condemned the United States.", "111", "CHN", "USA"),
    ("Russia and China condemned the United States.", "111", "RUS", "USA"),
    ("France criticized Iran and Syria.", "111", "FRA", "SYR"),
    ("Egypt mediated and Qatar hosted the talks.", "04", "QAT", None),
    ("Kenya arrested the suspects and deported them to Somalia.", "174", "KEN", "SOM"),
    ("Japan praised South Korea but criticized North Korea.", "111", "JPN", "PRK"),
    ("Japan praised South Korea but criticized North Korea.", "051", "JPN", "KOR"),
    # roles: coordinated modifiers, stative participles, the object's author, complaint topics
    ("Senior Polish and Greek officials agreed to cooperate on border security.", "03", "GRC",
     None),
    ("Senior Polish and Greek officials agreed to cooperate on border security.", "03", "POL",
     None),
    ("Turkey is opposed to French mediation in the talks with Greece.", "12", "TUR", "FRA"),
    ("Germany condemned the crackdown by Belarus on the opposition.", "111", "DEU", "BLR"),
    ("Serbia dismissed an appeal from Kosovo for direct talks.", "12", "SRB", "XKX"),
    ("Turkey complained to the EU about Greek flights over the islands.", "114", "TUR",
     "GRC"),
    ("Russia deployed troops in Belarus following the arrest of Polish activists.", "154", "RUS",
     "BLR"),
    ("Russia and Belarus attacked Ukraine at dawn.", "19", "BLR", "UKR"),
    ("Egypt halted aid deliveries to Sudan.", "162", "EGY", "SDN"),
    ("Turkey denied entry to Greek journalists.", "12", "TUR", "GRC"),
    # conditional threats and their targets
    ("Nigeria said it would withdraw its troops from Mali unless the junta held elections.",
     "13", "NGA", "MLI"),
    ("Iran threatened to close the strait unless Britain released the tanker.", "13", "IRN",
     "GBR"),
    ("The EU may halt mediation efforts between Serbia and Kosovo if the talks fail.", "135",
     "EU", None),
    # purposes, shows of force, strikes; protests aimed at home when no target is named
    ("Thousands of Syrian workers blocked roads to protest the policies of Turkey.", "14",
     "SYR", "TUR"),
    ("Kenyan students rioted in the capital on Monday.", "145", "KEN", "KEN"),
    ("Nigerian teachers stopped work over unpaid salaries.", "143", "NGA", "NGA"),
    ("Russian troops prepared to attack Ukrainian positions.", "150", "RUS", "UKR"),
    ("Israeli troops remained on alert near Lebanon.", "150", "ISR", "LBN"),
]

# (sentence, root that must not appear as an asserted event)
NEGATIVE: list[tuple[str, str]] = [
    ("Russia denies it plans to invade Ukraine.", "19"),
    ("What happens if Putin does invade Ukraine?", "19"),
    ("If attacked, NATO would defend Poland.", "19"),
    ("Russia did not attack Ukraine.", "19"),
    ("China never invaded Taiwan.", "19"),
    ("Iran denied that it had seized the tanker.", "17"),
    ("Israel denied attacking the convoy in Syria.", "19"),
    ("Will China attack Taiwan?", "19"),
    ("Could Russia invade Ukraine this winter?", "19"),
    ("Turkey could impose sanctions on Israel.", "16"),
    ("The EU might lift sanctions on Belarus.", "08"),
    ("If Iran attacks, Israel will retaliate.", "19"),
    ("Russia plans to deploy troops along the border.", "15"),
    ("Pakistan does not intend to attack India.", "19"),
    ("India has not deployed troops to the border.", "15"),
    ("Japan did not send weapons to Ukraine.", "07"),
    ("Germany refused to send tanks to Ukraine.", "07"),
    ("Iran refused to release the prisoners.", "08"),
    ("Turkey declined to meet Greece.", "04"),
    ("Serbia rejected talks with Kosovo.", "04"),
    ("North Korea would attack South Korea if provoked.", "19"),
    ("China warned that it could attack Taiwan.", "19"),
    ("Russia said it had no plans to invade Ukraine.", "19"),
    ("The United States did not impose sanctions on China.", "16"),
    ("Did Israel strike Iran?", "19"),
    ("Has Russia withdrawn its troops from Belarus?", "08"),
    ("Egypt did not host talks between Israel and Hamas.", "04"),
    ("Britain never recognized the regime.", "05"),
    ("The United Nations did not investigate the attack in Syria.", "09"),
    ("Poland did not demand compensation from Russia.", "10"),
    ("Lebanon did not accuse Israel of the attack.", "11"),
    ("Serbia did not reject the proposal from Kosovo.", "12"),
    ("Iran has never threatened Saudi Arabia.", "13"),
    ("Kenyan students did not protest against Kenya's government.", "14"),
    ("The EU did not cut ties with Turkey.", "16"),
    ("Russia did not arrest the Ukrainian journalists.", "17"),
    ("Hamas did not kidnap Israeli soldiers.", "18"),
    ("Serbia denied that its forces massacred civilians.", "20"),
    ("Russia wants to invade Ukraine, officials fear.", "19"),
    ("Ukraine fears Russia may attack from Belarus.", "19"),
    ("Azerbaijan is considering an attack on Armenia.", "19"),
    ("If China invades Taiwan, Japan will impose sanctions on China.", "19"),
    ("If China invades Taiwan, Japan will impose sanctions on China.", "16"),
    ("Should Iran attack Israel, the United States would intervene.", "19"),
    ("Iraq has not released the Iranian prisoners.", "08"),
    ("Syria did not allow inspectors into the country.", "08"),
    ("Is Russia preparing to attack Ukraine?", "19"),
    ("Venezuela did not expel the Colombian diplomats.", "16"),
    ("Israel did not bomb the market in Gaza.", "18"),
    ("Turkey would not send troops to Syria.", "15"),
    ("Putin denied that Russia planned an invasion of Ukraine.", "19"),
    ("Japan did not apologize to South Korea.", "05"),
    ("Why did France withdraw its troops from Mali?", "08"),
    ("Pakistan might expel the Afghan refugees.", "16"),
    ("Russia and Ukraine did not sign the agreement.", "05"),
    ("Mali did not expel French troops.", "16"),
    ("Russian troops prepared to attack Ukrainian positions.", "19"),
    ("Nigeria said it would withdraw its troops from Mali unless the junta held elections.",
     "08"),
    ("The EU may halt mediation efforts between Serbia and Kosovo if the talks fail.", "16"),
    ("Kenyan students did not riot in the capital.", "14"),
    ("Turkey is not opposed to French mediation.", "12"),
    ("Japan will not withdraw its troops from Iraq unless Iraq asks.", "08"),
]

# headline fragments, lists and table rows: no events at all
FRAGMENTS = [
    "Russia, Ukraine, NATO",
    "Attack on Ukraine",
    "Sanctions: Russia; Iran; Belarus",
    "Israel | Hamas | ceasefire",
    "",
    "???",
]


def _show(events: list[Event]) -> str:
    return "; ".join(f"{e.cameo} {country_of(e.source)}->{country_of(e.target)} {e.modality}"
                     for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "src", "tgt"), POSITIVE)
def test_events_positive_codings(nlp: Any, text: str, code: str, src: str | None,
                                 tgt: str | None) -> None:
    events = code_text(nlp, text)
    assert _found(events, code, src, tgt), _show(events)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), NEGATIVE)
def test_events_negated_not_asserted(nlp: Any, text: str, root: str) -> None:
    events = code_text(nlp, text)
    assert not any(e.asserted and e.cameo_root == root for e in events), _show(events)


@pytest.mark.slow
@pytest.mark.parametrize("text", FRAGMENTS)
def test_events_fragments_yield_nothing(nlp: Any, text: str) -> None:
    assert code_text(nlp, text) == []


def test_events_table_size() -> None:
    assert len(POSITIVE) + len(NEGATIVE) >= 150
    assert len(NEGATIVE) >= 50


# (sentence, code prefix, expected modality)
MODALITY: list[tuple[str, str, str]] = [
    ("Russia denies it plans to invade Ukraine.", "19", "denied"),
    ("Will China attack Taiwan?", "19", "asked"),
    ("Russia invaded Georgia in 2008.", "19", "historical"),
    ("China did not attack Taiwan.", "19", "negated"),
    ("Turkey could impose sanctions on Israel.", "16", "hypothetical"),
    ("Russia plans to deploy troops along the border with Ukraine.", "15", "intended"),
    ("Russia denies it plans to invade Ukraine.", "016", "asserted"),
    ("Iran refused to release the British sailors.", "12", "asserted"),
    ("Iran threatened to close the strait unless Britain released the tanker.", "13",
     "asserted"),
    ("Israel will strike Iran if it enriches uranium.", "13", "asserted"),
    ("Russian troops prepared to attack Ukrainian positions.", "15", "asserted"),
]


# PLOVER types that CAMEO's mapping lacks come from the lexicon (resignations are RETREAT)
@pytest.mark.slow
def test_events_resignation_is_retreat(nlp: Any) -> None:
    events = code_text(nlp, "Serbia's prime minister resigned on Friday.")
    assert any(e.plover == "RETREAT" and e.cameo == "083" and e.asserted for e in events), (
        _show(events))
    future = code_text(nlp, "Serbia's prime minister said he would resign.")
    assert not any(e.plover == "RETREAT" and e.asserted for e in future), _show(future)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "modality"), MODALITY)
def test_events_modality_values(nlp: Any, text: str, code: str, modality: str) -> None:
    events = [e for e in code_text(nlp, text) if e.cameo.startswith(code)]
    assert events and all(e.modality == modality for e in events), _show(events)
    for event in events:
        assert event.negated == (modality in ("negated", "denied"))
        assert event.hypothetical == (modality in ("hypothetical", "asked", "intended"))


@pytest.mark.slow
def test_events_reported_threat_is_attributed(nlp: Any) -> None:
    events = code_text(nlp, "Russia said it would impose sanctions on Ukraine.")
    threat = next(e for e in events if e.cameo == "1312")
    assert threat.attributed_to is not None and threat.attributed_to.country == "RUS"
    assert threat.plover == "THREATEN" and threat.quad_class == 3 and threat.goldstein < 0


@pytest.mark.slow
def test_events_ids_stable_and_offsets_consistent(nlp: Any) -> None:
    text = "Israel attacked Gaza and Hamas fired rockets at Israel."
    first, second = code_text(nlp, text), code_text(nlp, text)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)
    for event in first:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert event.id.startswith(f"t:{event.sentence}:{event.trigger.start}:{event.cameo}:")


@pytest.mark.slow
def test_events_without_actors_yield_nothing(nlp: Any) -> None:
    # (a force named by its sector alone does act: "the army attacked" is ---MIL, see
    # test_events_sector_actors.py)
    doc = nlp("Somebody attacked the village and others fired back.")
    assert extract_events(doc, [], doc_id="t") == []
