"""Benchmark: reading and ranking a full-size GENESIS table 51000-0032.

    python benchmarks/genesis_bench.py [--repeat 5]

It writes a generated table of the full size (16 Länder × 240 partner countries × 20 years ×
2 flows = 153,600 rows, ffcsv, in a ZIP as GENESIS-Online delivers it) and times, in one run:
  - the floor: unzipping, decoding and splitting the rows with the csv module, nothing else;
  - anfrage: `genesis.read_table` and `genesis.trade` (one Land, one partner, every year:
    parse, check and rank among all partners).
Medians of --repeat runs. The target is under 1 s for anfrage; the ratio to the floor shows
what the checks and the ranking cost.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from anfrage import genesis

HEADER = (
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;"
    "1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;"
    "2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;"
    "value_variable_code;value_variable_label"
)
LAENDER = {f"{i:02d}": name for i, (name, _) in enumerate(genesis.names.LAENDER.values(), 1)}


def make_table(path: Path, partners: int = 240, years: int = 20) -> int:
    rng = random.Random(51000)
    lines = [HEADER]
    for land, land_name in LAENDER.items():
        for year in range(2005, 2005 + years):
            for p in range(partners):
                code = f"STLAH{p + 1:03d}" if p < 235 else f"STLAH{950 + p - 235:03d}"
                name = f"Land {p} (ab 01/1990)" if p == 79 else f"Land {p}"
                for flow, label in (("WERTA", "Ausfuhr: Wert"), ("WERTE", "Einfuhr: Wert")):
                    value = str(int(rng.random() ** 3 * 5_000_000)) if rng.random() > 0.05 else "-"
                    lines.append(
                        f"51000;Aus- und Einfuhr (Außenhandel);JAHR;Jahr;{year};DLAND;"
                        f"Bundesländer;{land};{land_name};STLAH;Länderverzeichnis für die "
                        f"Außenhandelsstatistik;{code};{name};{value};Tsd. EUR;{flow};{label}"
                    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("51000-0032_de_flat.csv", ("\n".join(lines) + "\n").encode("utf-8-sig"))
    return len(lines) - 1


def floor(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        text = z.read(z.namelist()[0]).decode("utf-8-sig")
    return len(list(csv.reader(io.StringIO(text), delimiter=";")))


def anfrage(path: Path) -> int:
    trade = genesis.trade(genesis.read_table(path), "MV", "Land 79")
    return len(trade.records)


def median(action: object, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action(path)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "51000-0032_de_flat.zip"
        rows = make_table(path)
        assert anfrage(path) == 20
        base = median(floor, path, args.repeat)
        ours = median(anfrage, path, args.repeat)
    print(f"table: {rows:,} rows, {path.name}")
    print(f"csv module only (floor): {base * 1000:7.0f} ms")
    print(f"anfrage read + rank:     {ours * 1000:7.0f} ms  ({ours / base:.2f} × the floor)")
    ok = ours < 1.0
    print(f"target < 1 s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
