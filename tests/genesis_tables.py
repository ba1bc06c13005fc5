"""Inline GENESIS downloads for the tests: a header, filler partners with known values, and
the rows a test cares about."""

from __future__ import annotations

import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "genesis" / "51000-0032_MV_SAMPLE-VALUES_de_flat.zip"
WIDE = REPO / "tests" / "data" / "genesis" / "51000-0032_MV_SAMPLE-VALUES_wide_cp1252.csv"

HEADER = (
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;"
    "1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;"
    "2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;"
    "value_variable_code;value_variable_label"
)
FILLER = 160
"""Filler partners STLAH100…: Ausfuhr 100, 200, … 16000 and Einfuhr 50, 100, … 8000 Tsd. EUR,
so that the count of fillers above a value is plain arithmetic."""


def row(year: int, code: str, name: str, flow: str, value: str, unit: str = "Tsd. EUR") -> str:
    label = "Ausfuhr: Wert" if flow == "WERTA" else "Einfuhr: Wert"
    return (
        f"51000;Aus- und Einfuhr (Außenhandel);JAHR;Jahr;{year};DLAND;Bundesländer;13;"
        f"Mecklenburg-Vorpommern;STLAH;Länderverzeichnis;{code};{name};{value};{unit};{flow};"
        f"{label}"
    )


def lines(
    partners: dict[str, tuple[str, str, str]],
    years: tuple[int, ...] = (2015,),
    filler: int = FILLER,
    unit: str = "Tsd. EUR",
) -> list[str]:
    """`partners`: STLAH code → (name, Ausfuhr, Einfuhr) as written in the table."""
    out = [HEADER]
    for year in years:
        for i in range(filler):
            name = f"Füllland {i}"
            out.append(row(year, f"STLAH{100 + i}", name, "WERTA", str(100 * (i + 1)), unit))
            out.append(row(year, f"STLAH{100 + i}", name, "WERTE", str(50 * (i + 1)), unit))
        for code, (name, a, e) in partners.items():
            out.append(row(year, code, name, "WERTA", a, unit))
            out.append(row(year, code, name, "WERTE", e, unit))
    return out


def write(path: Path, text_lines: list[str], encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(("\n".join(text_lines) + "\n").encode(encoding))
    return path


def zipped(
    path: Path, members: dict[str, str], when: tuple[int, ...] = (2026, 1, 5, 8, 0, 0)
) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, text in members.items():
            z.writestr(zipfile.ZipInfo(name, when), text.encode("utf-8-sig"))  # type: ignore[arg-type]
    return path
