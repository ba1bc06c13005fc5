"""Tables on the terminal (rich), one helper for every command that prints one."""

from __future__ import annotations

from collections.abc import Callable


def table(*columns: str) -> tuple[Callable[..., None], Callable[[], None]]:
    """A table's add-row function, and the function that prints it. Cells are plain text:
    brackets in a fact are not rich markup, and control characters are escaped."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from anfrage.cli.app import safe

    grid = Table(*columns)
    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console = Console(highlight=False, soft_wrap=True, width=200)  # piped: don't squeeze

    def add(*cells: object) -> None:
        grid.add_row(*(Text(safe(c)) for c in cells))

    return add, lambda: console.print(grid)
