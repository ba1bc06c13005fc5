"""anfrage drafts the government's answer to a German Kleine Anfrage.

The public surface is the facade `anfrage.api`; its main calls are re-exported here. They load
on first use, so that importing anfrage (and `anfrage --help`) stays quick.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "AnfrageError",
    "SourceError",
    "check",
    "deadline",
    "import_document",
    "load_inquiry",
    "merge",
    "render",
    "sources",
    "uses",
]

_WHERE = {
    "AnfrageError": "anfrage.errors",
    "SourceError": "anfrage.errors",
    "load_inquiry": "anfrage.loading.inquiry",
}

if TYPE_CHECKING:
    from anfrage.api import check, deadline, import_document, merge, render, sources, uses
    from anfrage.errors import AnfrageError, SourceError
    from anfrage.loading.inquiry import load_inquiry


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'anfrage' has no attribute {name!r}")
    return getattr(import_module(_WHERE.get(name, "anfrage.api")), name)
