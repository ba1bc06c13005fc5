"""`anfrage import`: documents per second, field accuracy on the corpus of real Drucksachen,
and the time hostile inputs take.

    python benchmarks/import_bench.py [--documents 500]

Documents per second: the corpus texts (../shared/corpus/texts, else the reference answer in
tests/data) are imported in-process through `api.import_document` in a scratch project, each
written as an inquiry file, round robin until --documents imports are done. Field accuracy:
the corpus scorer (../shared/corpus/score.py) on this checkout with the six profiles the
gold was annotated for. Hostile inputs: the texts a
backtracking pattern would be slow on; each must take well under a few seconds.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILES = REPO / "src" / "anfrage" / "profiles"
CORPUS = REPO.parent / "shared" / "corpus"
HOSTILE = {
    '"1." x 100,000 lines': "1.\n" * 100_000,
    'lines ending in "-" x 50,000': "Landes-\n" * 50_000,
    "100,000 spaces in flattened text": "Kleine Anfrage " + " " * 100_000 + "Ende.",
    '"Kleine Anfrage – " x 60,000': "Kleine Anfrage – " * 60_000,
    '"1. " x 100,000 flattened': "1. " * 100_000,
}


def sources() -> list[tuple[str, str]]:
    texts = sorted((CORPUS / "texts").glob("[0-9][0-9]_*.txt"))
    if texts:
        return [
            (p.stem, "".join(p.read_text("utf-8").splitlines(keepends=True)[3:])) for p in texts
        ]
    reference = REPO / "tests" / "data" / "antwort-mv-kasachstan-2017.txt"
    return [(reference.stem, reference.read_text("utf-8"))]


def rate(n: int) -> tuple[float, int]:
    """Imports per second over n documents, and how many distinct texts they were."""
    from anfrage import api

    docs = sources()
    with tempfile.TemporaryDirectory(prefix="anfrage-import-bench-") as tmp:
        root = Path(tmp)
        shutil.copytree(PROFILES, root / "templates", ignore=shutil.ignore_patterns("*.py"))
        (root / "anfragen").mkdir()
        (root / "eingang").mkdir()
        paths = []
        for name, text in docs:
            path = root / "eingang" / f"{name}.txt"
            path.write_text(text, "utf-8")
            paths.append(path)
        api.import_document(paths[0], out=root / "anfragen" / "warm.yaml", force=True)
        start = time.perf_counter()
        for i in range(n):
            path = paths[i % len(paths)]
            api.import_document(path, out=root / "anfragen" / f"{path.stem}.yaml", force=True)
        return n / (time.perf_counter() - start), len(paths)


def reading_rate(n: int) -> float:
    """Documents per second for reading alone (cleaning, parsing, metadata), without the
    check and the atomic write of the inquiry file."""
    from anfrage.importing.layout import load_layouts
    from anfrage.importing.run import read_text

    docs = [text for _, text in sources()]
    layouts = load_layouts(REPO / "templates")
    read_text(docs[0], layouts)
    start = time.perf_counter()
    for i in range(n):
        read_text(docs[i % len(docs)], layouts)
    return n / (time.perf_counter() - start)


def accuracy() -> list[str]:
    """The corpus scorer's summary lines: on the gold brought up to date with the shipped
    profiles (see tests/corpus.py), and on the gold as it is."""
    sys.path.insert(0, str(REPO / "tests"))
    import corpus

    if not corpus.available():
        return []
    return [
        f"{corpus.score()['summary']} (gold with the shipped profiles)",
        f"{corpus.score(raw=True)['summary']} (gold as annotated: six profiles)",
    ]


def hostile() -> dict[str, float]:
    from anfrage.importing.layout import load_layouts
    from anfrage.importing.run import read_text

    layouts = load_layouts(REPO / "templates")
    times = {}
    for name, text in HOSTILE.items():
        start = time.perf_counter()
        read_text(text, layouts)
        times[name] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=500, help="imports to time")
    args = parser.parse_args()
    per_second, distinct = rate(args.documents)
    print(f"import: {per_second:.0f} documents/s ({args.documents} imports of {distinct} texts)")
    print(
        f"reading alone (no check, no file written): {reading_rate(args.documents):.0f} documents/s"
    )
    for line in accuracy() or ["import: no ../shared/corpus here; field accuracy not measured"]:
        print(line)
    for name, seconds in hostile().items():
        print(f"hostile input {name}: {seconds:.2f} s")
    ok = per_second >= 100
    print(f"{'ok' if ok else 'FAILED'}: import at least 100 documents/s")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
