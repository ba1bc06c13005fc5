"""Scoring `anfrage import` on the corpus of real Drucksachen beside the repository
(../shared/corpus: texts, hand-made gold annotations and the scorer).

The gold names a profile only for the six parliaments that had one when it was annotated; its
`parlament` is null for the other eleven ("null where the tool has no profile for that
parliament"). anfrage now ships a profile for every parliament, so for those documents the
right value is that profile's name: the scorer runs on a copy of the corpus whose gold says so,
and nothing else in the gold is touched. `score(raw=True)` runs it on the gold as it is.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"

PROFILE_OF = {
    "mv": "landtag-mv",
    "st": "landtag-st",
    "bt": "bundestag",
    "be": "berlin",
    "sn": "sachsen",
    "bb": "brandenburg",
    "bw": "baden-wuerttemberg",
    "by": "bayern",
    "hb": "bremen",
    "hh": "hamburg",
    "he": "hessen",
    "ni": "niedersachsen",
    "nw": "nordrhein-westfalen",
    "rp": "rheinland-pfalz",
    "sl": "saarland",
    "sh": "schleswig-holstein",
    "th": "thueringen",
}
"""The corpus's parliament code (file names `NN_<code>-…`) → anfrage's profile."""


def available() -> bool:
    return (CORPUS / "score.py").is_file()


def _gold_with_profiles(dest: Path) -> None:
    """A copy of the corpus whose gold names the shipped profile where it says null because
    no profile existed; a document that names no parliament at all still gets null."""
    import yaml

    shutil.copytree(CORPUS, dest)
    for path in sorted((dest / "gold").glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        code = path.stem.split("_")[1].split("-")[0]
        if gold["parlament"] is None and code in PROFILE_OF and _names_parliament(dest, path):
            gold["parlament"] = PROFILE_OF[code]
            path.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")


def _names_parliament(corpus: Path, gold: Path) -> bool:
    """Whether the document (from line 4 on; lines 1-2 are the corpus's own notes) prints its
    parliament's name as the profile spells it: only then can an import know it (22, 23 and
    31, cut before their footers, do not)."""
    from anfrage.loading.profile import PACKAGED, load_profile

    code = gold.stem.split("_")[1].split("-")[0]
    profil, _ = load_profile(PACKAGED, PROFILE_OF[code])
    lines = (corpus / "texts" / f"{gold.stem}.txt").read_text(encoding="utf-8").splitlines()
    text = " ".join(" ".join(lines[3:]).split()).lower()
    return " ".join(profil.parlament.split()).lower() in text


def score(*, raw: bool = False) -> dict[str, object]:
    """The scorer's JSON result for the current checkout (tracked files, installed binary)."""
    binary = shutil.which("anfrage", path=str(REPO / ".venv" / "bin")) or shutil.which("anfrage")
    assert binary, "the anfrage command is not installed"
    with tempfile.TemporaryDirectory(prefix="anfrage-corpus-") as tmp:
        corpus = CORPUS
        if not raw:
            corpus = Path(tmp) / "corpus"
            _gold_with_profiles(corpus)
        done = subprocess.run(
            [sys.executable, str(corpus / "score.py"), binary, str(REPO), "--json"],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    result: dict[str, object] = json.loads(done.stdout)
    return result
