"""Build the SAMPLE downloads in this folder (run: python tests/data/genesis/make_sample.py).

The values are invented (a seeded random draw), not Destatis figures; see README.md. The
layout is that of a GENESIS-Online table download: ffcsv in a ZIP, and the older flat CSV.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
YEARS = (2015, 2016, 2017)
DOWNLOADED = (2026, 11, 20, 9, 30, 0)

COUNTRIES = """
001 Frankreich|003 Niederlande|005 Italien|006 Vereinigtes Königreich|007 Irland|008 Dänemark
009 Griechenland|010 Portugal|011 Spanien|017 Belgien|018 Luxemburg|021 Ceuta|023 Melilla
024 Island|028 Norwegen|030 Schweden|032 Finnland|037 Liechtenstein|038 Österreich
039 Schweiz|041 Färöer|043 Andorra|044 Gibraltar|045 Vatikanstadt|046 Malta|047 San Marino
052 Türkei|053 Estland|054 Lettland|055 Litauen|060 Polen|061 Tschechische Republik
063 Slowakei|064 Ungarn|066 Rumänien|068 Bulgarien|070 Albanien|072 Ukraine|073 Belarus
074 Republik Moldau|075 Russische Föderation (ab 05/1992)|076 Georgien|077 Armenien
078 Aserbaidschan|079 Kasachstan (ab 05/1992)|080 Turkmenistan|081 Usbekistan
082 Tadschikistan|083 Kirgisistan|091 Slowenien|092 Kroatien|093 Bosnien und Herzegowina
095 Kosovo|096 Nordmazedonien|097 Montenegro|098 Serbien (ab 06/2006)|204 Marokko|208 Algerien
212 Tunesien|216 Libyen|220 Ägypten|224 Sudan|225 Südsudan|228 Mauretanien|232 Mali
236 Burkina Faso|240 Niger|244 Tschad|247 Cabo Verde|248 Senegal|252 Gambia|257 Guinea-Bissau
260 Guinea|264 Sierra Leone|268 Liberia|272 Côte d'Ivoire|276 Ghana|280 Togo|284 Benin
288 Nigeria|302 Kamerun|306 Zentralafrikanische Republik|310 Äquatorialguinea
311 São Tomé und Príncipe|314 Gabun|318 Kongo|322 Kongo, Demokratische Republik|324 Ruanda
328 Burundi|329 St. Helena|330 Angola|334 Äthiopien|336 Eritrea|338 Dschibuti|342 Somalia
346 Kenia|350 Uganda|352 Tansania|355 Seychellen|357 Britisches Territorium im Indischen Ozean
366 Mosambik|370 Madagaskar|373 Mauritius|375 Komoren|377 Mayotte|378 Sambia|382 Simbabwe
386 Malawi|388 Südafrika|389 Namibia|391 Botsuana|393 Eswatini|395 Lesotho
400 Vereinigte Staaten|404 Kanada|406 Grönland|408 St. Pierre und Miquelon|412 Mexiko
413 Bermuda|416 Guatemala|421 Belize|424 Honduras|428 El Salvador|432 Nicaragua|436 Costa Rica
442 Panama|446 Anguilla|448 Kuba|449 St. Kitts und Nevis|452 Haiti|453 Bahamas
454 Turks- und Caicosinseln|456 Dominikanische Republik|457 Amerikanische Jungferninseln
459 Antigua und Barbuda|460 Dominica|463 Kaimaninseln|464 Jamaika|465 St. Lucia
467 St. Vincent und die Grenadinen|468 Britische Jungferninseln|469 Barbados|470 Montserrat
472 Trinidad und Tobago|473 Grenada|474 Aruba|480 Kolumbien|484 Venezuela|488 Guyana
492 Suriname|500 Ecuador|504 Peru|508 Brasilien|512 Chile|516 Bolivien|520 Paraguay
524 Uruguay|528 Argentinien|529 Falklandinseln|600 Zypern|604 Libanon|608 Syrien|612 Irak
616 Iran|624 Israel|625 Palästinensische Gebiete|628 Jordanien|632 Saudi-Arabien|636 Kuwait
640 Bahrain|644 Katar|647 Vereinigte Arabische Emirate|649 Oman|653 Jemen|660 Afghanistan
662 Pakistan|664 Indien|666 Bangladesch|667 Malediven|669 Sri Lanka|672 Nepal|675 Bhutan
676 Myanmar|680 Thailand|684 Laos|690 Vietnam|696 Kambodscha|700 Indonesien|701 Malaysia
703 Brunei Darussalam|706 Singapur|708 Philippinen|716 Mongolei|720 China
724 Korea, Demokratische Volksrepublik|728 Korea, Republik|732 Japan|736 Taiwan|740 Hongkong
743 Macau|800 Australien|801 Papua-Neuguinea|803 Nauru|804 Neuseeland|806 Salomonen
807 Tuvalu|809 Neukaledonien|811 Wallis und Futuna|812 Kiribati|813 Pitcairninseln
815 Fidschi|816 Vanuatu|817 Tonga|819 Samoa|820 Nördliche Marianen|822 Französisch-Polynesien
823 Mikronesien|824 Marshallinseln|825 Palau|830 Amerikanisch-Samoa|831 Guam
832 Amerikanische Überseeinseln, Kleinere|833 Kokosinseln|834 Weihnachtsinsel
835 Heard und McDonaldinseln|836 Norfolkinsel|837 Cookinseln|838 Niue|839 Tokelau
890 Antarktis|891 Bouvetinsel|892 Südgeorgien und die Südlichen Sandwichinseln
893 Französische Süd- und Antarktisgebiete
"""
PSEUDO = [
    ("950", "Schiffs- und Luftfahrzeugbedarf"),
    ("953", "Hohe See"),
    ("958", "Nicht ermittelte Länder"),
    ("959", "Nicht ermittelte Länder (Intrahandel)"),
    ("977", "Vertrauliche Länder"),
]
GROUPS = [("STLAH-EU", "EU-Länder"), ("STLAH-EUR", "Europa"), ("STLAH-ASI", "Asien")]

# Kasachstan as in the 2017 answer of MV: Umsatz 12,811 Mio. Euro (Platz 75) in 2015 and
# 5,458 Mio. Euro (Platz 98) in 2016: Tsd. EUR (ausfuhr, einfuhr), and how many partners
# minus one are drawn with a higher Umsatz. In 2017 Usbekistan, drawn above, is then set equal
# to Kasachstan, so that Kasachstan's rank is 89 and shared.
KASACHSTAN = {2015: ((9102, 3709), 75), 2016: ((3311, 2147), 98), 2017: ((4620, 1580), 90)}

FFCSV_HEADER = (
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;"
    "1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;"
    "2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;"
    "value_variable_code;value_variable_label"
)
WIDE_HEADER = (
    "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
    "1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;"
    "2_Auspraegung_Label;WERTA__Ausfuhr:_Wert__Tsd._EUR;WERTE__Einfuhr:_Wert__Tsd._EUR"
)
LABEL = "Aus- und Einfuhr (Außenhandel)"
STLAH = "Länderverzeichnis für die Außenhandelsstatistik"


def countries() -> list[tuple[str, str]]:
    items = [c.strip() for line in COUNTRIES.strip().splitlines() for c in line.split("|")]
    return [(f"STLAH{c[:3]}", c[4:]) for c in items]


def values() -> dict[int, dict[str, tuple[str, str]]]:
    """Year → STLAH code → (Ausfuhr, Einfuhr) in Tsd. EUR as GENESIS writes them."""
    rng = random.Random(510000032)
    out: dict[int, dict[str, tuple[str, str]]] = {}
    for year in YEARS:
        (ka, ke), rank = KASACHSTAN[year]
        umsatz = ka + ke
        others = [c for c, _ in countries() if c != "STLAH079"]
        rng.shuffle(others)
        row: dict[str, tuple[str, str]] = {}
        for i, code in enumerate(others):
            if i < rank - 1:  # strictly above Kasachstan
                total = int(umsatz * 1.02 + rng.random() ** 3 * 900_000)
            else:
                total = int(rng.random() ** 2 * (umsatz - 10))
            a = int(total * rng.random())
            row[code] = (str(a) if a else "-", str(total - a) if total - a else "-")
        row["STLAH079"] = (str(ka), str(ke))
        if year == 2017:
            row["STLAH081"] = (str(ka), str(ke))  # Usbekistan ties with Kasachstan
            row["STLAH080"] = (row["STLAH080"][0], ".")  # Turkmenistan: Einfuhr confidential
            row["STLAH724"] = ("x", "x")  # blocked
            row["STLAH839"] = ("0", "-")  # Tokelau: less than half a unit
        for code, _ in PSEUDO:
            row[f"STLAH{code}"] = (str(rng.randint(10, 90_000)), str(rng.randint(10, 90_000)))
        out[year] = row
    return out


def rows() -> list[tuple[int, str, str, str, str]]:
    names = dict(countries() + [(f"STLAH{c}", n) for c, n in PSEUDO] + GROUPS)
    data = values()
    out = []
    for year in YEARS:
        for code, name in names.items():
            if code.startswith("STLAH-"):
                members = [v for c, v in data[year].items() if c[5:].isdigit()]
                a = sum(int(x[0]) for x in members if x[0].isdigit())
                e = sum(int(x[1]) for x in members if x[1].isdigit())
                out.append((year, code, name, str(a), str(e)))
            elif code in data[year]:
                out.append((year, code, name, *data[year][code]))
    return out


def ffcsv() -> str:
    lines = [FFCSV_HEADER]
    for year, code, name, a, e in rows():
        for value, vcode, vlabel in ((a, "WERTA", "Ausfuhr: Wert"), (e, "WERTE", "Einfuhr: Wert")):
            lines.append(
                f"51000;{LABEL};JAHR;Jahr;{year};DLAND;Bundesländer;13;Mecklenburg-Vorpommern;"
                f"STLAH;{STLAH};{code};{name};{value};Tsd. EUR;{vcode};{vlabel}"
            )
    return "\r\n".join(lines) + "\r\n"


def wide() -> str:
    lines = [WIDE_HEADER]
    for year, code, name, a, e in rows():
        lines.append(
            f"51000;{LABEL};JAHR;Jahr;{year};DLAND;Bundesländer;13;Mecklenburg-Vorpommern;"
            f"STLAH;{STLAH};{code};{name};{a};{e}"
        )
    return "\r\n".join(lines) + "\r\n"


def main() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("51000-0032_de_flat.csv", DOWNLOADED)
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, ffcsv().encode("utf-8-sig"))
    (HERE / "51000-0032_MV_SAMPLE-VALUES_de_flat.zip").write_bytes(buffer.getvalue())
    (HERE / "51000-0032_MV_SAMPLE-VALUES_wide_cp1252.csv").write_bytes(wide().encode("cp1252"))
    assert list(csv.reader(io.StringIO(ffcsv()), delimiter=";"))  # well-formed


if __name__ == "__main__":
    main()
