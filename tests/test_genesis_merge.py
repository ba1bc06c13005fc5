"""`--into`: handel records put into a fact file in place, comments and layout kept."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from anfrage import api
from anfrage.errors import AnfrageError
from anfrage.loading.facts import load_fact_file
from genesis_tables import REPO, SAMPLE


@pytest.fixture
def mv(tmp_path: Path) -> Path:
    """A copy of the MV example project: anfragen/, facts/, templates/."""
    for folder in ("anfragen", "facts", "templates"):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.py"))
    return tmp_path


def test_into_updates_the_records_of_the_period_and_keeps_comments(mv: Path) -> None:
    path = mv / "facts" / "mv" / "kasachstan.yaml"
    before = path.read_text(encoding="utf-8")
    result = api.facts_genesis(SAMPLE, "MV", "Kasachstan", "2015-2016", into=path)
    after = path.read_text(encoding="utf-8")
    assert result.updated is not None
    assert result.updated.updated == ["mv-kz-handel-2015", "mv-kz-handel-2016"]
    assert result.updated.added == []
    shown = [str(c) for c in result.updated.changes]
    assert "mv-kz-handel-2015: ausfuhr (none) → 9102000" in shown
    assert "mv-kz-handel-2016: rang_einfuhr (none) → 106" in shown
    assert "mv-kz-handel-2015: stand 2017-07-25 → 2026-11-20" in shown
    assert not any(" umsatz " in s or ": rang " in s for s in shown)  # same as in the answer
    # every comment line and the untouched records survive, byte for byte
    for line in before.splitlines():
        if line.lstrip().startswith("#") or "&inhalt" in line or "*inhalt" in line:
            assert line in after
    assert (
        before.split("  - id: mv-kz-handel-2017-01-04")[1]
        == after.split("  - id: mv-kz-handel-2017-01-04")[1]
    )
    datei, _ = load_fact_file(path)
    h15 = datei.records()[0]
    assert h15.id == "mv-kz-handel-2015"
    assert h15.quelle.startswith("Datenquelle: Statistisches Bundesamt (Destatis), Genesis-Online")
    assert [u.inquiry.name for u in result.quoting] == ["mv-kasachstan-2017.yaml"]


def test_a_new_period_is_added_with_an_id_in_the_files_style(mv: Path) -> None:
    path = mv / "facts" / "mv" / "kasachstan.yaml"
    result = api.facts_genesis(SAMPLE, "MV", "Kasachstan", into=path)
    assert result.updated is not None and result.updated.added == ["mv-kz-handel-2017"]
    text = path.read_text(encoding="utf-8")
    assert text.index("id: mv-kz-handel-2017-01-04") < text.index("id: mv-kz-handel-2017\n")
    assert "zeitraum: 2017  # GENESIS: rang 89 shared with Usbekistan (same umsatz)" in text
    assert "&id" not in text and "*id" not in text  # no YAML anchors for shared values


def test_a_second_run_changes_nothing_and_writes_nothing(mv: Path) -> None:
    path = mv / "facts" / "mv" / "kasachstan.yaml"
    api.facts_genesis(SAMPLE, "MV", "Kasachstan", into=path)
    first = path.read_bytes()
    again = api.facts_genesis(SAMPLE, "MV", "Kasachstan", into=path)
    assert again.updated is not None and again.updated.changes == [] and not again.changed
    assert path.read_bytes() == first
    assert first.count(b"GENESIS:") == 1  # the comment is replaced, not added again
    assert again.quoting == []


FACTS = """\
# Turkmenistan: my own notes
quelle: Eigene Zusammenstellung
stand: 2020-01-01
handel:
  - id: tm-2017
    zeitraum: 2017  # checked by hand in 2020
    umsatz: 1000
    rang: 5
kontakte: []
"""


def test_a_confidential_value_drops_the_stale_rank_and_keeps_a_users_comment(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tm.yaml"
    path.write_text(FACTS, encoding="utf-8")
    result = api.facts_genesis(SAMPLE, "MV", "Turkmenistan", "2017", into=path)
    assert result.updated is not None
    shown = [str(c) for c in result.updated.changes]
    assert "tm-2017: umsatz 1000 → (none)" in shown
    assert "tm-2017: rang 5 → (none)" in shown
    assert "tm-2017: rang_ausfuhr (none) → 53" in shown
    text = path.read_text(encoding="utf-8")
    assert "zeitraum: 2017  # checked by hand in 2020" in text
    assert "# Turkmenistan: my own notes" in text
    assert "umsatz" not in text and "rang:" not in text
    load_fact_file(path)


def test_a_file_without_handel_gets_the_section(tmp_path: Path) -> None:
    path = tmp_path / "neu.yaml"
    path.write_text("titel: Neu\nquelle: Q\nstand: 2020\nkontakte: []\n", encoding="utf-8")
    result = api.facts_genesis(SAMPLE, "13", "732", "2015", into=path)
    assert result.updated is not None and result.updated.added == ["mv-japan-handel-2015"]
    assert path.read_text(encoding="utf-8").startswith(
        "titel: Neu\nquelle: Q\nstand: 2020\nhandel:\n  - id: mv-japan-handel-2015\n"
    )


def test_windows_line_ends_stay(tmp_path: Path) -> None:
    path = tmp_path / "tm.yaml"
    path.write_bytes(FACTS.replace("\n", "\r\n").encode("utf-8"))
    api.facts_genesis(SAMPLE, "MV", "Turkmenistan", "2017", into=path)
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")


def test_an_update_that_would_break_the_file_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "tm.yaml"
    path.write_text(FACTS.replace("rang: 5", "rang: 5\n    text: Platz {rang}"), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(AnfrageError, match=r"after the update, this would not load: .*rang"):
        api.facts_genesis(SAMPLE, "MV", "Turkmenistan", "2017", into=path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["tm.yaml"]


def test_a_draft_rendered_afterwards_shows_the_new_figures_and_ranks(mv: Path) -> None:
    """A corrected download: Kasachstan's Ausfuhr in 2016 is 4,311 instead of 3,311 Mio."""
    with zipfile.ZipFile(SAMPLE) as z:
        info = z.infolist()[0]
        text = z.read(info).decode("utf-8-sig")
    old = (
        "2016;DLAND;Bundesländer;13;Mecklenburg-Vorpommern;STLAH;Länderverzeichnis für die "
        "Außenhandelsstatistik;STLAH079;Kasachstan (ab 05/1992);3311;"
    )
    assert old in text
    table = mv / "51000-0032_de_flat.zip"
    with zipfile.ZipFile(table, "w") as z:
        z.writestr(info, text.replace(old, old.replace(";3311;", ";4311;")).encode("utf-8-sig"))
    path = mv / "facts" / "mv" / "kasachstan.yaml"
    result = api.facts_genesis(table, "MV", "Kasachstan", "2016", into=path)
    (record,) = result.trade.records
    rank = record.flows["umsatz"].rank
    assert rank is not None and rank < 98
    assert "mv-kz-handel-2016: umsatz 5458000 → 6458000" in map(str, result.updated.changes)  # type: ignore[union-attr]
    assert f"mv-kz-handel-2016: rang 98 → {rank}" in map(str, result.updated.changes)  # type: ignore[union-attr]
    (use,) = result.quoting
    rendered = api.render(use.inquiry)
    texts = [p.text for p in docx.Document(str(rendered.path)).paragraphs]
    assert "Jahr\xa02016: 6,458\xa0Mio.\xa0Euro (Platz\xa0" + str(rank) + ")," in texts
    assert "Jahr\xa02015: 12,811\xa0Mio.\xa0Euro (Platz\xa075)," in texts
