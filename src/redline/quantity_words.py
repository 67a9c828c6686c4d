"""Number words, units, qualifiers and currencies for :mod:`redline.quantities`."""

from __future__ import annotations

import math
import re

MAX_COUNT = 1e10  # more people or things than exist: not a count
MAX_MONEY = 1e15

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "mln": 1e6, "mn": 1e6, "m": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12}  # fmt: skip
# vague amounts: (low, high)
VAGUE = {
    "tens of thousands": (2e4, 99999.0), "hundreds of thousands": (2e5, 999999.0),
    "tens of millions": (2e7, 99999999.0), "hundreds of millions": (2e8, 999999999.0),
    "dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0), "millions": (2e6, 9999999.0), "a dozen": (12.0, 12.0),
    "a handful": (3.0, 6.0), "a few": (2.0, 5.0), "several": (3.0, 9.0),
}  # fmt: skip
_QUALIFIERS = {
    "as many as": "as many as", "up to": "up to", "at least": "at least",
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "nearly": "nearly", "almost": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "close to": "about", "estimated": "about",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "at most": "at most", "no more than": "at most", "another": "another",
    "an additional": "another",
}  # fmt: skip
_NOUN_UNITS = {
    "troops": "troops", "troop": "troops", "forces": "troops", "servicemen": "troops",
    "service members": "troops", "servicemembers": "troops", "combat troops": "troops",
    "soldiers": "soldiers", "soldier": "soldiers", "personnel": "personnel",
    "people": "people", "persons": "people", "civilians": "civilians", "residents": "people",
    "dead": "killed", "deaths": "killed", "fatalities": "killed", "bodies": "killed",
    "wounded": "injured", "injured": "injured", "injuries": "injured",
    "casualties": "casualties", "refugees": "refugees", "asylum seekers": "refugees",
    "displaced": "displaced", "displaced people": "displaced", "evacuees": "displaced",
    "migrants": "migrants", "prisoners": "prisoners", "prisoners of war": "prisoners",
    "pows": "prisoners", "hostages": "hostages", "detainees": "arrested", "arrests": "arrested",
    "protesters": "protesters", "demonstrators": "protesters",
    "tanks": "tanks", "tank": "tanks", "armored vehicles": "vehicles",
    "armoured vehicles": "vehicles", "vehicles": "vehicles",
    "aircraft": "aircraft", "planes": "aircraft", "jets": "aircraft", "warplanes": "aircraft",
    "fighter jets": "aircraft", "helicopters": "aircraft", "bombers": "aircraft",
    "missiles": "missiles", "missile": "missiles", "rockets": "rockets", "drones": "drones",
    "warships": "ships", "ships": "ships", "vessels": "ships", "submarines": "submarines",
    "artillery pieces": "artillery", "howitzers": "artillery", "shells": "shells",
    "battalion tactical groups": "battalions", "battalions": "battalions",
    "brigades": "brigades", "divisions": "divisions", "nuclear warheads": "warheads",
    "warheads": "warheads", "sanctions": "sanctions", "countries": "countries",
    "members": "members", "member states": "members", "nations": "countries",
    "officers": "people", "police officers": "people", "policemen": "people",
    "journalists": "people", "children": "people", "women": "people", "men": "people",
    "workers": "people", "aid workers": "people", "students": "people",
    "fighters": "fighters", "militants": "fighters", "rebels": "fighters",
    "insurgents": "fighters", "separatists": "fighters", "mercenaries": "fighters",
    "marines": "troops", "sailors": "troops", "pilots": "troops", "paratroopers": "troops",
    "reservists": "troops", "conscripts": "troops",
}  # fmt: skip
_VERB_UNITS = {
    "killed": "killed", "dead": "killed", "died": "killed", "killing": "killed",
    "kill": "killed", "kills": "killed", "left": "killed", "leaving": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "injuring": "injured",
    "wounding": "injured", "missing": "missing", "arrested": "arrested",
    "detained": "arrested", "arresting": "arrested", "detaining": "arrested",
    "displaced": "displaced", "displacing": "displaced", "evacuated": "displaced",
    "fled": "refugees", "captured": "prisoners", "taken prisoner": "prisoners",
    "taken hostage": "hostages", "executed": "killed",
}  # fmt: skip
# a person noun followed by one of these is counted by the verb ("three soldiers were killed")
PERSON_UNITS = frozenset({"troops", "soldiers", "personnel", "people", "civilians", "migrants",
                          "protesters", "fighters"})  # fmt: skip
# words between a counted noun and its participle: "12 people were killed", "4 remain missing"
LINK_RX = (
    r"were|was|are|is|have\s+been|has\s+been|had\s+been|been|being|reportedly|now"
    r"|remain|remained|are\s+still|were\s+still|still|later|also"
)
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB",
                    "₴": "UAH"}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "pounds": "GBP", "pounds sterling": "GBP", "rubles": "RUB", "roubles": "RUB",
    "rub": "RUB", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "hryvnias": "UAH",
    "hryvnia": "UAH", "hryvnia's": "UAH", "rupees": "INR", "shekels": "ILS", "riyals": "SAR",
    "rials": "IRR", "lira": "TRY", "liras": "TRY",
}  # fmt: skip


def _alt(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_UNIT_WORD = "|".join(list(_ONES) + list(_TENS))
DIGITS_RX = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s*(?:\^|x\s*10\^|e)\s*\d+)?"
WORDS_RX = (
    rf"(?:(?:a|an)(?=\s+(?:hundred|thousand|million|billion)\b)|{_UNIT_WORD})"
    rf"(?:[\s-](?:{_UNIT_WORD}))?"
    r"(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?(?:" + _UNIT_WORD + r"))?)*"
)
SCALE_RX = r"(?:(?:hundred|thousand|million|billion|trillion)\b|(?:mln|mn|bn|tn|m|b|k)\b)"
VAGUE_RX = _alt(list(VAGUE))
QUALIFIER_RX = _alt(list(_QUALIFIERS))
QUALIFIER_WORDS = max(len(q.split()) for q in _QUALIFIERS)  # "as many as": 3 (qualscan)
NOUN_RX = _alt(list(_NOUN_UNITS))
PASSIVE_RX = _alt(["killed", "dead", "died", "injured", "wounded", "hurt", "missing",
                   "arrested", "detained", "displaced", "evacuated", "captured", "executed",
                   "taken prisoner", "taken hostage"])  # fmt: skip
ACTIVE_RX = _alt(["killing", "killed", "kill", "kills", "injuring", "injured", "wounding",
                  "wounded", "arresting", "arrested", "detaining", "detained", "displacing",
                  "displaced", "captured", "executed"])  # fmt: skip
CURRENCY_SYMBOL_RX = _alt(list(CURRENCY_SYMBOLS))
CURRENCY_WORD_RX = _alt(list(CURRENCY_WORDS))
_SPLIT_RANGE = re.compile(r"\s*(?:\bto\b|-|–|\band\b|\bor\b)\s*")
_NUM_PART = re.compile(rf"^(?P<n>{DIGITS_RX}|{WORDS_RX})(?:\s*(?P<scale>{SCALE_RX}))?$", re.I)


def qualifier(text: str | None) -> str | None:
    return _QUALIFIERS.get(" ".join(text.lower().split())) if text else None


def currency(text: str) -> str:
    t = text.lower().strip()
    return CURRENCY_SYMBOLS.get(t) or CURRENCY_WORDS.get(t, "USD")


def unit_of(noun: str | None, verb: str | None) -> str | None:
    n = _NOUN_UNITS.get(" ".join(noun.lower().split())) if noun else None
    v = _VERB_UNITS.get(" ".join(verb.lower().split())) if verb else None
    if v and (n is None or n in PERSON_UNITS):
        return v
    return n


def words_value(text: str) -> float | None:
    """'three' -> 3, 'twenty-five' -> 25, 'two hundred thousand' -> 200000."""
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("a", "an"):
            current = max(current, 1.0)
        elif w in _ONES or w in _TENS:
            current += _ONES.get(w) or _TENS[w]
        elif w == "hundred":
            current = max(current, 1.0) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1.0) * SCALES[w]
            current = 0.0
        elif w != "and":
            return None
    return total + current


def _digits_value(text: str) -> float | None:
    t = text.replace(",", "").replace(" ", "").lower()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:(?:\^|x10\^|e)(\d+))?", t)
    if m is None:
        return None
    if m.group(2) is None:
        return float(m.group(1)) if len(m.group(1)) < 300 else math.inf
    exp = int(m.group(2)) if len(m.group(2)) < 5 else 9999
    base = float(m.group(1))
    if "x10^" in t or "e" in t:
        return base * 10.0**exp if exp < 300 else math.inf
    return base**exp if exp < 300 else math.inf


def _one(text: str) -> tuple[float | None, float]:
    """Value of one number and its scale factor (so '10 to 15 million' shares the million)."""
    m = _NUM_PART.match(text.strip())
    if m is None:
        return None, 1.0
    n = m["n"]
    v = _digits_value(n) if n[:1].isdigit() else words_value(n)
    return v, SCALES.get((m["scale"] or "").lower(), 1.0)


def parse_amount(text: str) -> tuple[float | None, float | None, str | None]:
    """(value, value_max, kind) of an amount: a number, a range or a vague amount."""
    t = " ".join(text.lower().split())
    if t in VAGUE:
        low, high = VAGUE[t]
        return low, (high if high != low else None), ("vague" if high != low else None)
    t = re.sub(r"^between\s+", "", t)
    parts = _SPLIT_RANGE.split(t, maxsplit=1) if re.search(r"\d|\s", t) else [t]
    if len(parts) == 2 and parts[0] and parts[1]:
        (a, sa), (b, sb) = _one(parts[0]), _one(parts[1])
        if a is not None and b is not None:
            sa = sb if sa == 1.0 else sa
            return _finite(a * sa), _finite(b * sb), "range"
    v, s = _one(t)
    return (_finite(v * s) if v is not None else None), None, None


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None
