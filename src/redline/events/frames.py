"""Complement frames: "threaten to X", "urge Y to X", "refuse to X" -> one CAMEO code.

Each table maps a prefix of the complement's code to the frame's code; the longest prefix wins.
An intent (03x) complement is first read as the action it promises (036 -> 04, meet).
"""

from __future__ import annotations

FORCE_ROOTS = frozenset({"18", "19", "20"})
# coercion (17) and force: acts done, not said (hedges, mishaps, sector-only actors)
HARD_ROOTS = frozenset({"17", "18", "19", "20"})
POSTURE = "150"  # demonstrate military or police power
HOSTILE_ROOTS = frozenset({"11", "13", "14", "15", "16", "17", "18", "19", "20"})
# acts whose "will X" CAMEO codes as an intent to cooperate (03x): meet, diplomatic and material
# cooperation, aid, yielding; not a statement (01) or an investigation (09)
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})

# 03x intent -> the action root it announces
_INTENT_ACTION = {"031": "060", "032": "050", "033": "070", "034": "083", "035": "080",
                  "036": "040", "037": "057", "038": "045", "039": "045"}

APPEAL = {"06": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
          "05": "022", "07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
          "083": "024", "0831": "0241", "0832": "0242", "0833": "0243",
          "0834": "0244", "04": "026", "045": "028", "057": "027", "08": "025", "081": "0251",
          "082": "0252", "084": "0253", "085": "0254", "086": "0255", "087": "0256",
          "11": "113", "14": "113", "16": "113", "19": "113", "": "020"}
DEMAND = {"06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
          "05": "102", "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
          "083": "104", "0831": "1041", "0832": "1042", "0833": "1043",
          "0834": "1044", "04": "106", "045": "108", "057": "107", "08": "105", "081": "1051",
          "082": "1052", "084": "1053", "085": "1054", "086": "1055", "087": "1056", "": "100"}
REJECT = {"06": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
          "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
          "083": "123", "0831": "1231", "0832": "1232", "0833": "1233",
          "0834": "1234", "04": "125", "045": "126", "057": "127", "08": "124", "081": "1241",
          "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246", "": "120"}
INTENT = {"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
          "05": "032", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
          "083": "034", "0831": "0341", "0832": "0342", "0833": "0343",
          "0834": "0344", "04": "036", "045": "039", "057": "037", "08": "035", "081": "0351",
          "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356", "": "030"}
THREATEN = {"16": "131", "162": "1311", "163": "1312", "161": "1313", "164": "134",
            "165": "135", "166": "136", "17": "131", "172": "132", "1721": "1321",
            "1722": "1322", "1723": "1323", "1724": "1324", "175": "137", "14": "133",
            "15": "138", "18": "1383", "19": "138", "191": "1381", "192": "1382",
            "193": "1384", "194": "1384", "195": "1384", "20": "138", "204": "1385",
            "087": "136", "": "130"}
ACCUSE = {"15": "1123", "18": "1123", "19": "1123", "20": "1124", "17": "1121",
          "175": "1122", "182": "1122", "1822": "1122", "128": "112", "": "112"}

TABLES = {"APPEAL": APPEAL, "DEMAND": DEMAND, "REJECT": REJECT, "INTENT": INTENT,
          "THREATEN": THREATEN, "ACCUSE": ACCUSE}


def _lookup(table: dict[str, str], code: str) -> str:
    for cut in range(len(code), -1, -1):
        hit = table.get(code[:cut])
        if hit is not None:
            return hit
    return table[""]


def intent_code(code: str) -> str:
    """The CAMEO intent (03x) that "will X" reads as for a cooperative act coded ``code``
    ("will meet": 036); "" for any other act ("will comment", "will investigate")."""
    return (combine("INTENT", code) or "") if code[:2] in COOPERATIVE_ROOTS else ""


def is_hostile(code: str) -> bool:
    return code[:2] in HOSTILE_ROOTS


def combine(frame: str, comp: str | None) -> str | None:
    """The code of ``frame`` applied to a complement coded ``comp`` (None: frame alone)."""
    table = TABLES.get(frame)
    if table is None:
        return None
    if comp is None:
        return table[""]
    comp = _INTENT_ACTION.get(comp[:3], comp)
    if frame == "INTENT" and is_hostile(comp):
        return _lookup(THREATEN, comp)
    return _lookup(table, comp)
