"""Länder (DLAND) and partner countries (STLAH): which codes are real partners, how names are
compared, and matching what the user typed, with suggestions where nothing matches."""

from __future__ import annotations

import re
import unicodedata
from difflib import get_close_matches

LAENDER: dict[str, tuple[str, str]] = {
    "01": ("Schleswig-Holstein", "SH"),
    "02": ("Hamburg", "HH"),
    "03": ("Niedersachsen", "NI"),
    "04": ("Bremen", "HB"),
    "05": ("Nordrhein-Westfalen", "NW"),
    "06": ("Hessen", "HE"),
    "07": ("Rheinland-Pfalz", "RP"),
    "08": ("Baden-Württemberg", "BW"),
    "09": ("Bayern", "BY"),
    "10": ("Saarland", "SL"),
    "11": ("Berlin", "BE"),
    "12": ("Brandenburg", "BB"),
    "13": ("Mecklenburg-Vorpommern", "MV"),
    "14": ("Sachsen", "SN"),
    "15": ("Sachsen-Anhalt", "ST"),
    "16": ("Thüringen", "TH"),
}
"""DLAND attribute code → name and the usual two-letter abbreviation (ISO 3166-2:DE)."""

_EXTRA_ABBREVIATIONS = {"NRW": "05", "BWB": "08", "M-V": "13", "LSA": "15"}

PSEUDO: dict[str, str] = {
    "950": "Schiffs- und Luftfahrzeugbedarf",
    "953": "Hohe See",
    "958": "Nicht ermittelte Länder",
    "959": "Nicht ermittelte Länder",
    "977": "Vertrauliche Länder",
}
"""STLAH positions that are not partner countries and never take a rank."""

_COUNTRY_CODE = re.compile(r"^(?:STLAH)?(\d{3})$", re.IGNORECASE)
_NOTE = re.compile(r"\s*\((?:ab|bis|seit|until|from|since)\b[^)]*\)", re.IGNORECASE)
_GROUP_WORDS = re.compile(
    r"insgesamt|^total|\btotal\b|eu-?länder|eu-?countries|eurozone|euro area|drittländer"
    r"|third countries|^(europa|afrika|amerika|asien|ozeanien|australien und ozeanien"
    r"|europe|africa|america|asia|oceania)\b",
    re.IGNORECASE,
)


def number(code: str) -> str | None:
    """The three-digit STLAH number of an attribute code such as STLAH732, or None."""
    m = _COUNTRY_CODE.match(code.strip())
    return m.group(1) if m else None


def is_partner(code: str, name: str) -> bool:
    """A real partner country: a three-digit STLAH code that is no pseudo-country, and a name
    that is not a group (Europa, EU-Länder, Insgesamt)."""
    nr = number(code)
    return nr is not None and nr not in PSEUDO and not _GROUP_WORDS.search(plain(name))


def plain(name: str) -> str:
    """A country name without its validity notes: "Russische Föderation (ab 05/1992)" →
    "Russische Föderation"."""
    return _NOTE.sub("", name).strip()


def key(text: str) -> str:
    """Compare names without case, accents, notes or punctuation."""
    text = unicodedata.normalize("NFKD", plain(text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def slug(text: str) -> str:
    """A name as part of a record id: "Korea, Republik" → korea-republik."""
    return key(text.replace("ß", "ss")).replace(" ", "-") or "partner"


def find_land(wanted: str, present: dict[str, str]) -> str | None:
    """The DLAND code meant by `wanted` (code, name or abbreviation), if it is in `present`."""
    w = wanted.strip()
    code = w.zfill(2) if w.isdigit() else None
    if code is None:
        code = _EXTRA_ABBREVIATIONS.get(w.upper())
    for c, (name, abbr) in LAENDER.items():
        if code is None and (w.upper() == abbr or key(w) == key(name)):
            code = c
    if code is None:
        code = next((c for c, n in present.items() if key(n) == key(w)), None)
    return code if code in present else None


def land_hint(wanted: str, present: dict[str, str]) -> str:
    """What to tell a user whose --land is not in the table."""
    names = {f"{n} ({c})": key(n) for c, n in sorted(present.items())}
    close = get_close_matches(key(wanted), list(names.values()), n=3, cutoff=0.5)
    shown = [label for label, k in names.items() if k in close]
    listed = ", ".join(names) if len(names) <= 16 else f"{len(names)} Länder"
    hint = f"; did you mean {' or '.join(shown)}?" if shown else ""
    return f"no Land {wanted!r} in this table{hint}; it holds {listed}"


def find_partner(wanted: str, partners: dict[str, str]) -> str | None:
    """The attribute code of the partner meant by `wanted`: its name (without validity notes,
    case or accents) or its STLAH code (732 or STLAH732)."""
    nr = number(wanted)
    for code, name in partners.items():
        if (nr is not None and number(code) == nr) or key(name) == key(wanted):
            return code
    return None


def partner_hint(wanted: str, partners: dict[str, str]) -> str:
    """What to tell a user whose --partner is not in the table: the nearest names."""
    by_key = {key(n): f"{plain(n)} ({c})" for c, n in partners.items()}
    w = key(wanted)
    close = get_close_matches(w, list(by_key), n=3, cutoff=0.6)
    close += [k for k in by_key if w and w in k and k not in close][:3]
    if close:
        shown = ", ".join(by_key[k] for k in close)
        return f"no partner {wanted!r} in this table; did you mean {shown}?"
    return f"no partner {wanted!r} in this table; give a country name or STLAH code such as 732"
