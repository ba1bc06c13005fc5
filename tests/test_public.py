"""The public surface: what `import anfrage` offers, loaded on first use."""

import subprocess
import sys

import anfrage
from anfrage import api

from conftest import REPO


def test_every_public_name_resolves() -> None:
    for name in anfrage.__all__:
        assert callable(getattr(anfrage, name)), name
    assert anfrage.render is api.render
    assert anfrage.load_inquiry.__module__ == "anfrage.loading.inquiry"


def test_unknown_names_are_attribute_errors() -> None:
    try:
        anfrage.nothing  # noqa: B018
    except AttributeError as e:
        assert "no attribute 'nothing'" in str(e)
    else:
        raise AssertionError("anfrage.nothing resolved")


def test_importing_anfrage_loads_nothing_heavy() -> None:
    probe = (
        "import sys, anfrage; "
        "print(sorted(m for m in ('pydantic', 'docxtpl', 'yaml') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO)
    assert done.stdout.strip() == "[]", done.stderr


def test_check_through_the_public_surface(project) -> None:
    assert anfrage.check(project.standard(), today=__import__("datetime").date(2017, 7, 20)) == []
