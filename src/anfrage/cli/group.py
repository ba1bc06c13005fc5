"""The app's command group.

- `--help` in the words of the command line, without typer's internals: no `{ANFRAGE}` or
  `[[FILE]]` in a usage line, no `<list[Path]>` beside an argument, no `[x>=1]` beside an
  option. Done at the help formatter, the one place every command's help passes.
- `anfrage facts genesis …` and `anfrage facts new …` go to commands of their own, so that
  their options and `--help` are theirs, not those of `facts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

_TYPE = re.compile(r" <[^<>]*>$")
"""A type after an argument's name: 'ANFRAGE <path>', 'FACTFILE... <list[Path]>'."""
_RANGE = re.compile(r"^(?:[\d.]+<=?)?x(?:[<>]=?[\d.]+)?$")
"""A number range in typer's notation: 'x>=1', '1<=x<=1200'."""
_EXTRA = re.compile(r"\s*\[([^\[\]]*)\]$")


def _usage(args: str) -> str:
    """'{ANFRAGE...}...' → 'ANFRAGE...', '[[FILE]]' → '[FILE]'."""
    args = re.sub(r"\{([^{}]+)\}(?:\.\.\.)?", r"\1", args)
    return re.sub(r"\[\[([^\[\]]+)\]\](?:\.\.\.)?", r"[\1]", args)


def _extra(help: str) -> str:
    """The help text without typer's number ranges in its closing '[…]'."""
    m = _EXTRA.search(help)
    if not m:
        return help
    kept = [part for part in m[1].split("; ") if not _RANGE.match(part.strip())]
    return help[: m.start()] + (f"  [{'; '.join(kept)}]" if kept else "")


class Formatter(typer.Context.formatter_class):  # type: ignore[misc,valid-type]
    # click's HelpFormatter, reached through typer's public Context (typer vendors click)
    """A help formatter that cleans typer's notation before laying the help out."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, _usage(args), prefix)

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        cleaned = [(_TYPE.sub("", name), _extra(help)) for name, help in rows]
        super().write_dl(cleaned, col_max, col_spacing)


class Context(typer.Context):
    formatter_class = Formatter


class HelpCommand(TyperCommand):
    """A command of an app of its own (`facts genesis`, `facts new`) with `Formatter`."""

    context_class = Context


class HelpGroup(TyperGroup):
    """The app's group: it and each of its commands format help with `Formatter`."""

    context_class = Context

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            command.context_class = Context
        return command

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = " ".join(args[:2])
        if name in SUBCOMMANDS:
            import typer.main

            command = typer.main.get_command(SUBCOMMANDS[name]())
            command.context_class = Context
            return name, command, args[2:]
        return super().resolve_command(ctx, args)


SUBCOMMANDS: dict[str, Callable[[], typer.Typer]] = {}
"""'facts genesis' → the app of a command that lives under another command's name; filled in
by the modules of those commands (cli/new.py)."""
