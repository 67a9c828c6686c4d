"""One-off generator of ``data/cameo_codebook.csv`` (run by hand, not at import time).

Facts (code list, Goldstein value, QuadClass, PLOVER type and mode) are read from the published
tables under ``../shared/data/codebooks``; the labels are our own short wording, written below.

    python -m redline.events.build_codebook [SHARED_DATA_DIR]

Our one mapping decision: PLOVER drops CAMEO 01 (statements) and 02 (appeals). Appeals ask for
something, which PLOVER calls REQUEST, so 02x codes get REQUEST with the mode of the matching
demand code; statements keep an empty PLOVER type.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

_COOP = {"1": "economic", "2": "military", "3": "judicial", "4": "intelligence"}
_AID = {"1": "economic", "2": "military", "3": "humanitarian", "4": "protection/peacekeeping"}
_REFORM = {"1": "leadership change", "2": "policy change", "3": "rights", "4": "regime change"}
_YIELD = {
    "1": "easing administrative sanctions",
    "2": "easing dissent",
    "3": "release of people or property",
    "4": "easing economic sanctions",
    "5": "outside involvement",
    "6": "military de-escalation",
}
_GOAL = {"1": "for new leaders", "2": "for policy change", "3": "for rights",
         "4": "for regime change"}

LABELS: dict[str, str] = {
    "01": "public statement", "010": "statement", "011": "no comment",
    "012": "gloomy remark", "013": "hopeful remark", "014": "weigh an option",
    "015": "claim responsibility", "016": "deny responsibility", "017": "symbolic gesture",
    "018": "sympathy", "019": "voice agreement",
    "02": "appeal", "020": "appeal or ask", "021": "ask for material cooperation",
    "022": "ask for diplomatic backing", "023": "ask for aid", "024": "ask for reform",
    "025": "ask target to give way", "026": "ask others to meet or talk",
    "027": "ask others to settle", "028": "ask for mediation",
    "03": "intent to cooperate", "030": "say will cooperate",
    "031": "say will cooperate materially", "032": "say will back diplomatically",
    "033": "say will give aid", "034": "say will reform", "035": "say will give way",
    "036": "say will meet or talk", "037": "say will settle", "038": "accept mediation",
    "039": "offer to mediate",
    "04": "consult", "040": "consult", "041": "phone call", "042": "visit",
    "043": "host a visit", "044": "meet on neutral ground", "045": "mediate",
    "046": "negotiate",
    "05": "diplomatic cooperation", "050": "diplomatic cooperation", "051": "praise or endorse",
    "052": "defend in words", "053": "rally support for", "054": "recognise diplomatically",
    "055": "apologise", "056": "forgive", "057": "sign an agreement",
    "06": "material cooperation", "060": "material cooperation", "061": "economic cooperation",
    "062": "military cooperation", "063": "judicial cooperation", "064": "share intelligence",
    "07": "aid", "070": "give aid", "071": "economic aid", "072": "military aid",
    "073": "humanitarian aid", "074": "protection or peacekeeping", "075": "grant asylum",
    "08": "give way", "080": "give way", "081": "ease administrative sanctions",
    "082": "ease dissent", "083": "grant reform demands", "084": "return or release",
    "085": "ease economic sanctions", "086": "let outsiders in", "087": "de-escalate",
    "0811": "ease speech restrictions", "0812": "lift party or politician ban",
    "0813": "lift curfew", "0814": "lift emergency or martial law",
    "0841": "release people", "0842": "return property", "0861": "admit peacekeepers",
    "0862": "admit inspectors", "0863": "let aid through", "0871": "ceasefire",
    "0872": "ease blockade", "0873": "demobilise", "0874": "retreat or surrender",
    "09": "investigate", "090": "investigate", "091": "investigate crime",
    "092": "investigate abuses", "093": "investigate military action",
    "094": "investigate war crimes",
    "10": "demand", "100": "demand", "101": "demand material cooperation",
    "102": "demand diplomatic backing", "103": "demand aid", "104": "demand reform",
    "105": "demand target give way", "106": "demand talks", "107": "demand settlement",
    "108": "demand mediation",
    "11": "disapprove", "110": "disapprove", "111": "criticise", "112": "accuse",
    "113": "rally opposition against", "114": "formal complaint", "115": "sue",
    "116": "find guilty", "1121": "accuse of crime", "1122": "accuse of abuses",
    "1123": "accuse of aggression", "1124": "accuse of war crimes",
    "1125": "accuse of spying or treason",
    "12": "reject", "120": "reject", "121": "reject material cooperation",
    "122": "refuse aid request", "123": "refuse reform demand", "124": "refuse to give way",
    "125": "refuse talks", "126": "refuse mediation", "127": "reject settlement plan",
    "128": "defy rules or law", "129": "veto",
    "13": "threaten", "130": "threaten", "131": "non-military threat",
    "132": "threaten administrative sanctions", "133": "threaten protest",
    "134": "threaten to quit talks", "135": "threaten to quit mediation",
    "136": "threaten expulsion or withdrawal", "137": "threaten repression",
    "138": "threaten force", "139": "ultimatum", "1311": "threaten aid cut",
    "1312": "threaten sanctions", "1313": "threaten to cut ties",
    "1321": "threaten speech restrictions", "1322": "threaten party ban",
    "1323": "threaten curfew", "1324": "threaten emergency rule",
    "1381": "threaten blockade", "1382": "threaten occupation",
    "1383": "threaten irregular violence", "1384": "threaten attack",
    "1385": "threaten mass-destruction attack",
    "14": "protest", "140": "dissent", "141": "demonstrate", "142": "hunger strike",
    "143": "strike or boycott", "144": "blockade in protest", "145": "riot",
    "15": "military posture", "150": "show of force", "151": "police alert",
    "152": "military alert", "153": "police build-up", "154": "troop build-up",
    "16": "reduce relations", "160": "reduce relations", "161": "cut diplomatic ties",
    "162": "cut aid", "163": "sanction or embargo", "164": "break off talks",
    "165": "break off mediation", "166": "expel or withdraw", "1621": "cut economic aid",
    "1622": "cut military aid", "1623": "cut humanitarian aid",
    "1661": "expel peacekeepers", "1662": "expel inspectors", "1663": "expel aid agencies",
    "17": "coerce", "170": "coerce", "171": "seize or damage property",
    "172": "administrative sanctions", "173": "arrest or charge", "174": "expel people",
    "175": "violent repression", "1711": "confiscate", "1712": "destroy property",
    "1721": "restrict speech", "1722": "ban parties or politicians", "1723": "curfew",
    "1724": "emergency or martial law",
    "18": "assault", "180": "irregular violence", "181": "abduct or hijack",
    "182": "physical assault", "183": "bombing", "184": "human shield",
    "185": "assassination attempt", "186": "assassinate", "1821": "sexual assault",
    "1822": "torture", "1823": "kill by assault", "1831": "suicide bombing",
    "1832": "car bombing", "1833": "roadside bombing",
    "19": "fight", "190": "military force", "191": "blockade", "192": "occupy territory",
    "193": "small-arms fighting", "194": "artillery or tank fire", "195": "air strike",
    "196": "break ceasefire", "1951": "precision air strike", "1952": "drone strike",
    "20": "mass violence", "200": "mass violence", "201": "mass expulsion",
    "202": "mass killing", "203": "ethnic cleansing", "204": "weapons of mass destruction",
    "2041": "chemical, biological or radiological attack", "2042": "nuclear detonation",
}


# regular 4-digit families: (qualifier table, {3-digit parent: label template})
_FAMILIES: tuple[tuple[dict[str, str], dict[str, str]], ...] = (
    (_COOP, {"021": "ask for {} cooperation", "031": "say will cooperate: {}",
             "101": "demand {} cooperation", "121": "reject {} cooperation"}),
    (_AID, {"023": "ask for {} aid", "033": "say will give {} aid", "103": "demand {} aid",
            "122": "refuse {} aid request"}),
    (_REFORM, {"024": "ask for {}", "034": "say will allow {}", "083": "grant demand for {}",
               "104": "demand {}", "123": "refuse demand for {}"}),
    (_YIELD, {"025": "ask for {}", "035": "say will allow {}", "105": "demand {}",
              "124": "refuse {}"}),
    (_GOAL, {"141": "demonstrate {}", "142": "hunger strike {}", "143": "strike {}",
             "144": "blockade {}", "145": "riot {}"}),
)


def _family_labels() -> dict[str, str]:
    """Labels of the regular 4-digit families (one qualifier table each)."""
    return {parent + digit: template.format(what)
            for qualifiers, templates in _FAMILIES
            for parent, template in templates.items()
            for digit, what in qualifiers.items()}


# The PLOVER manual codes international sanctions as SANCTION 'discontinue' ("All reductions in
# existing, routine, or cooperative relations"); the 2021 CAMEO->PLOVER table gives 163 COERCE.
# r7-16: violent repression (175) is COERCE, as our gold guidelines code CAMEO 17 (teargas on
# protesters, crackdowns; the 2021 table says ASSAULT).
# The PLOVER manual codes findings of guilt as SANCTION 'convict' ("Find an entity or
# behavior guilty ... or liable in a court of law ... found guilty and sentenced"); the table
# gives 116 ACCUSE (r7-17c).
MANUAL = {
    "163": ("SANCTION", "discontinue"), "175": ("COERCE", ""), "116": ("SANCTION", "convict"),
}


def _plover(row: dict[str, str]) -> tuple[str, str]:
    """PLOVER type and mode for one merged-table row (our 02 -> REQUEST decision; the manual
    over the 2021 table where they differ)."""
    if row["cameo_code"] in MANUAL:
        return MANUAL[row["cameo_code"]]
    event = row["plover_event_2021"].strip()
    mode = row["plover_mode_2021"].strip()
    if event == "(dropped)":
        return ("REQUEST", "") if row["root_code"] == "02" else ("", "")
    return event, mode


def build(shared: Path, out: Path) -> int:
    """Write our codebook CSV; returns the number of codes written."""
    labels = {**LABELS, **_family_labels()}
    with open(shared / "codebooks" / "cameo" / "cameo_codebook_merged.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with open(out, "w", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["cameo", "root", "level", "label", "goldstein", "quad_class", "plover",
                         "plover_mode"])
        for row in rows:
            code = row["cameo_code"]
            gold = row["goldstein_gdelt"] or _parent_goldstein(rows, code)
            event, mode = _plover(row)
            writer.writerow([code, row["root_code"], row["level"], labels[code], gold,
                             row["quad_class_gdelt"], event, mode])
    return len(rows)


def _parent_goldstein(rows: list[dict[str, str]], code: str) -> str:
    """Goldstein of the nearest ancestor that has one (a few 4-digit codes lack a value)."""
    by_code = {r["cameo_code"]: r["goldstein_gdelt"] for r in rows}
    for cut in range(len(code) - 1, 1, -1):
        if by_code.get(code[:cut]):
            return by_code[code[:cut]]
    return "0.0"


def main(argv: list[str]) -> None:
    default = Path(__file__).resolve().parents[3].parent / "shared" / "data"
    shared = Path(argv[0] if argv else os.environ.get("REDLINE_SHARED_DATA", default))
    out = Path(__file__).with_name("data") / "cameo_codebook.csv"
    print(f"wrote {build(shared, out)} codes to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
