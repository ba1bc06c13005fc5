"""The package layout is the architecture: dependencies run one way, each third-party library
sits in one place, no module grows past 400 lines, and there is no import cycle.

Imports inside functions count like any other: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import REPO

SRC = REPO / "src" / "anfrage"

LAYERS: dict[str, int] = {
    # pure helpers at the bottom
    "errors": 0,
    "settings": 0,
    "formatting": 0,
    "dates": 0,
    "refs": 0,
    "output": 0,
    "project": 0,
    "model": 1,
    "loading": 2,
    "draft": 3,
    "docx": 3,
    "pdf": 3,
    "drafting": 4,
    "deadlines": 4,
    "parliaments": 4,
    "checks": 5,
    "review": 5,
    "merging": 5,
    "importing": 5,
    "genesis": 5,
    "batch": 5,
    "skeletons": 5,
    "api": 6,
    "cli": 7,
    "__main__": 7,
    "__init__": 7,
}
"""Top-level module or package → layer. A module imports only from its own layer or below."""

CONFINED: dict[str, set[str]] = {
    "pydantic": {"model"},
    "yaml": {"loading"},
    "ruamel": {"merging"},
    "docxtpl": {"docx"},
    "jinja2": {"docx"},
    "lxml": {"docx"},
    "docx": {"docx"},
    "markupsafe": {"docx"},
    "pypdf": {"importing"},
    "typer": {"cli"},
    "rich": {"cli"},
    "babel": {"formatting"},
    "holidays": {"dates"},
}
"""Third-party library → the only top-level packages or modules that may import it."""

CLI_MAY_IMPORT = {"anfrage.api", "anfrage.errors", "anfrage.cli"}


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = modules()


def imports(path: Path) -> list[tuple[str, int]]:
    """Every module `path` imports (absolute names), with the line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.append((candidate if candidate in MODULES else node.module, node.lineno))
    return found


def top(module: str) -> str:
    """'anfrage.draft.context' → 'draft'; 'anfrage' → '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_module_has_a_layer() -> None:
    unknown = sorted({top(m) for m in MODULES} - set(LAYERS))
    assert unknown == [], f"give these a layer in LAYERS: {unknown}"


def test_dependencies_run_one_way() -> None:
    wrong = []
    for module, path in MODULES.items():
        for target, line in imports(path):
            if target.startswith("anfrage.") or target == "anfrage":
                if LAYERS[top(target)] > LAYERS[top(module)]:
                    wrong.append(f"{path.relative_to(REPO)}:{line}: {module} imports {target}")
    assert wrong == []


def test_the_cli_goes_through_the_api() -> None:
    wrong = []
    for module, path in MODULES.items():
        if top(module) != "cli":
            continue
        for target, line in imports(path):
            if target.startswith("anfrage") and not any(
                target == m or target.startswith(m + ".") for m in CLI_MAY_IMPORT
            ):
                wrong.append(f"{path.relative_to(REPO)}:{line}: {target}")
    assert wrong == []


@pytest.mark.parametrize("library", sorted(CONFINED))
def test_each_library_sits_in_one_place(library: str) -> None:
    wrong = []
    for module, path in MODULES.items():
        for target, line in imports(path):
            if target.split(".")[0] == library and top(module) not in CONFINED[library]:
                wrong.append(f"{path.relative_to(REPO)}:{line}")
    assert wrong == [], f"{library} is imported outside {CONFINED[library]}"


def test_no_import_cycle() -> None:
    graph = {m: {t for t, _ in imports(p) if t in MODULES and t != m} for m, p in MODULES.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    assert cycles == []


def test_no_module_over_400_lines() -> None:
    long = {
        str(p.relative_to(REPO)): n
        for p in MODULES.values()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
