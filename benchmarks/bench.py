"""Benchmark: anfrage's batch rendering against stock docxtpl and the python-docx floor.

    python benchmarks/bench.py [--sizes 10,100,1000,5000] [--jobs N] [--sample 200] [--imports 500]

For each N it writes N synthetic inquiries (the two Kazakhstan examples with other Drucksache
numbers and titles, sharing the example fact files) and measures, in one run:
  - anfrage: per-draft wall time of `batch.render_many` with --jobs worker processes, run in a
    fresh process so that its peak memory (parent and largest worker) belongs to this N. It
    includes starting the workers and, per draft, loading and validating the inquiry and
    building its context; imports happen before the clock starts, as for the stock loop;
  - stock docxtpl: DocxTemplate created, rendered and saved per draft, single process, with
    the same template and context, on `--sample` drafts;
  - the floor: python-docx opening and saving a finished draft, on `--sample` drafts.
It then times cold starts: one `anfrage render` against `python -c "import docxtpl"`, and
`anfrage --help`, as medians of 7 runs. Targets are checked as ratios from this run.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILES = REPO / "src" / "anfrage" / "profiles"
BASES = ["mv-kasachstan-2017.yaml", "st-kasachstan-2017.yaml"]


def make_project(root: Path, n: int) -> list[Path]:
    shutil.copytree(
        PROFILES, root / "templates", ignore=shutil.ignore_patterns("*.py", "__pycache__")
    )
    shutil.copytree(REPO / "facts", root / "facts")
    (root / "anfragen").mkdir()
    bases = [(REPO / "anfragen" / b).read_text(encoding="utf-8") for b in BASES]
    paths = []
    for i in range(n):
        text = bases[i % len(bases)]
        text = text.replace('drucksache: "7/817"', f'drucksache: "7/{1000 + i}"')
        text = text.replace('drucksache: "7/1890"', f'drucksache: "7/{1000 + i}"')
        text = text.replace("\ntitel: ", f"\ntitel: (Nr. {i}) ", 1)
        path = root / "anfragen" / f"a{i:05d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


RUN_BATCH = """
import json, resource, sys, time
from pathlib import Path
from anfrage import batch
import anfrage.docx.render, anfrage.drafting  # imports outside the clock, as for the stock loop
paths = sorted(Path(sys.argv[1]).glob("*.yaml"))
start = time.perf_counter()
failed = sum(1 for o in batch.render_many(paths, out_dir=Path(sys.argv[2]), jobs=int(sys.argv[3]))
             if o.problems)
elapsed = time.perf_counter() - start
print(json.dumps({"elapsed": elapsed, "failed": failed,
                  "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def anfrage_batch(root: Path, jobs: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", RUN_BATCH, str(root / "anfragen"), str(root / "out"), str(jobs)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def stock_and_floor(paths: list[Path], root: Path) -> tuple[float, float]:
    import docx
    from docxtpl import DocxTemplate

    from anfrage import api

    prepared = [api.prepare(p) for p in paths]
    start = time.perf_counter()
    for p in prepared:
        doc = DocxTemplate(str(p.template))
        doc.render(p.draft.context, autoescape=True)
        doc.save(io.BytesIO())
    stock = (time.perf_counter() - start) / len(prepared)
    drafts = [root / "out" / f"{p.stem}.docx" for p in paths]
    start = time.perf_counter()
    for d in drafts:
        docx.Document(str(d)).save(io.BytesIO())
    floor = (time.perf_counter() - start) / len(drafts)
    return stock, floor


def import_rate(n: int) -> tuple[float, float, float]:
    """Documents per second for `anfrage import` of n text documents (the reference answer,
    each with its own numbers and title), for cleaning and parsing alone, and for the I/O
    floor (read the document, write a file beside it) in the same run."""
    from anfrage import api, output
    from anfrage.importing import cleaning
    from anfrage.importing import parser as importer

    source = (REPO / "tests" / "data" / "antwort-mv-kasachstan-2017.txt").read_text("utf-8")
    with tempfile.TemporaryDirectory(prefix="anfrage-import-") as tmp:
        root = Path(tmp)
        shutil.copytree(PROFILES, root / "templates", ignore=shutil.ignore_patterns("*.py"))
        (root / "anfragen").mkdir()
        docs = []
        for i in range(n):
            text = source.replace("Republik Kasachstan", f"Republik Kasachstan ({i})")
            path = root / "eingang" / f"ka-{i}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(text.replace("Jahr 2015", f"Jahr {2000 + i % 20}"), "utf-8")
            docs.append(path)
        api.import_document(docs[0], out=root / "anfragen" / "warm.yaml", force=True)
        start = time.perf_counter()
        for path in docs:
            api.import_document(path, out=root / "anfragen" / f"{path.stem}.yaml", force=True)
        full = time.perf_counter() - start
        start = time.perf_counter()
        for path in docs:
            importer.parse(cleaning.clean(path.read_text("utf-8")))
        parsing = time.perf_counter() - start
        start = time.perf_counter()
        for path in docs:
            data = path.read_bytes()
            output.write_atomic(root / "anfragen" / f"{path.stem}.txt", data, force=True)
        floor = time.perf_counter() - start
    return n / full, n / parsing, n / floor


def median_seconds(command: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=REPO)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000,5000")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--imports", type=int, default=500, help="documents for the import rate")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"machine: {os.cpu_count()} cores; anfrage --jobs {args.jobs}; stock docxtpl and "
        f"floor on min(N, {args.sample}) drafts\n"
    )
    header = (
        f"{'N':>6} | {'anfrage/draft':>13} | {'stock docxtpl':>13} | {'floor':>8} | "
        f"{'vs stock':>8} | {'vs floor':>8} | {'total':>8} | {'peak parent':>11} | "
        f"{'peak worker':>11}"
    )
    print(header + "\n" + "-" * len(header))
    results = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="anfrage-bench-") as tmp:
            root = Path(tmp)
            paths = make_project(root, n)
            b = anfrage_batch(root, args.jobs)
            assert b["failed"] == 0, "drafts failed in the benchmark"
            per = b["elapsed"] / n
            stock, floor = stock_and_floor(paths[: args.sample], root)
        results.append((n, per, stock, floor, b))
        print(
            f"{n:>6} | {per * 1000:>10.2f} ms | {stock * 1000:>10.2f} ms | "
            f"{floor * 1000:>5.2f} ms | {per / stock:>7.2f}x | {per / floor:>7.2f}x | "
            f"{b['elapsed']:>6.1f} s | {b['parent_mb']:>8.0f} MB | {b['worker_mb']:>8.0f} MB"
        )

    anfrage = str(Path(sys.executable).parent / "anfrage")
    with tempfile.TemporaryDirectory() as out:
        cold = median_seconds(
            [anfrage, "render", "anfragen/mv-kasachstan-2017.yaml", "--out", out, "--force"]
        )
    importing = median_seconds([sys.executable, "-c", "import docxtpl"])
    helping = median_seconds([anfrage, "--help"])
    print(
        f"\ncold `anfrage render` of one draft: {cold * 1000:.0f} ms; "
        f"`python -c 'import docxtpl'`: {importing * 1000:.0f} ms; "
        f"ratio {cold / importing:.2f}x"
    )
    print(f"`anfrage --help`: {helping * 1000:.0f} ms")

    rate, parse_rate, floor_rate = import_rate(args.imports)
    print(
        f"`anfrage import` of {args.imports} text documents: {rate:.0f} documents/s "
        f"(clean and parse alone: {parse_rate:.0f}/s; read-and-write floor: {floor_rate:.0f}/s; "
        f"import takes {floor_rate / rate:.1f}x the floor)"
    )

    def per_n(name: str, ratio_of: int, limit: float) -> tuple[str, bool, str]:
        ratios = {r[0]: r[1] / r[ratio_of] for r in results}
        missed = {n: x for n, x in ratios.items() if x > limit}
        detail = ", ".join(f"N={n}: {x:.2f}x" for n, x in ratios.items())
        return name, not missed, detail

    last = results[-1]
    checks = [
        per_n("per-draft batch time <= 0.5x stock docxtpl", 2, 0.5),
        per_n("per-draft batch time <= 2x python-docx floor", 3, 2.0),
        (f"{last[0]} drafts in under 60 s", last[4]["elapsed"] < 60, f"{last[4]['elapsed']:.1f} s"),
        (
            "peak memory under 300 MB (parent + jobs x largest worker)",
            all(r[4]["parent_mb"] + args.jobs * r[4]["worker_mb"] < 300 for r in results),
            ", ".join(
                f"N={r[0]}: {r[4]['parent_mb'] + args.jobs * r[4]['worker_mb']:.0f} MB"
                for r in results
            ),
        ),
        ("cold render <= 1.5x import docxtpl", cold <= 1.5 * importing, f"{cold / importing:.2f}x"),
        ("anfrage --help under 150 ms", helping < 0.150, f"{helping * 1000:.0f} ms"),
        ("import at least 100 text documents/s", rate >= 100, f"{rate:.0f}/s"),
    ]
    print("\ntargets:")
    for name, ok, detail in checks:
        print(f"  {'met ' if ok else 'MISS'}  {name}  ({detail})")


if __name__ == "__main__":
    main()
