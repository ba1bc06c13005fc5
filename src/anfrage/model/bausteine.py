"""The building blocks of an answer body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from pydantic import Field, model_validator

from anfrage.model.base import Einheit, Scalar, Strict


class Tabelle(Strict):
    kopf: list[str] = Field(min_length=1)
    zeilen: list[list[Scalar]]

    @model_validator(mode="after")
    def _widths(self) -> Tabelle:
        for i, zeile in enumerate(self.zeilen, 1):
            if len(zeile) != len(self.kopf):
                raise ValueError(f"row {i} has {len(zeile)} cells; the head has {len(self.kopf)}")
        return self


class HandelBlock(Strict):
    """Trade lines such as "Jahr 2015: 12,811 Mio. Euro (Platz 75)," from trade records."""

    fakten: list[str] = Field(min_length=1)
    wert: Literal["umsatz", "ausfuhr", "einfuhr"] = "umsatz"
    einheit: Einheit | None = None
    stellen: int | None = Field(default=None, ge=0, le=6)


class FaktBlock(Strict):
    """Records rendered one paragraph each, from their `text`, sorted by date.

    Either name the records in `fakten`, or select them by `art`; `im_zeitraum` keeps
    only those within the inquiry's reporting period.
    """

    fakten: list[str] = []
    art: list[str] = []
    im_zeitraum: bool = True

    @model_validator(mode="after")
    def _some(self) -> FaktBlock:
        if not self.fakten and not self.art:
            raise ValueError("name the records in 'fakten' or select them by 'art'")
        return self


class Baustein(Strict):
    """One building block of an answer body. Exactly one key is set."""

    absatz: str | None = None
    zwischenueberschrift: str | None = None
    liste: list[str] | None = None
    tabelle: Tabelle | None = None
    handel: HandelBlock | None = None
    chronik: FaktBlock | None = None
    partnerschaften: FaktBlock | None = None

    @model_validator(mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return {"absatz": value} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one(self) -> Baustein:
        keys = [k for k in type(self).model_fields if getattr(self, k) is not None]
        if len(keys) != 1:
            names = ", ".join(type(self).model_fields)
            raise ValueError(f"expected exactly one of {names}; got {', '.join(keys) or 'none'}")
        return self

    @property
    def art(self) -> str:
        return next(k for k in type(self).model_fields if getattr(self, k) is not None)

    def texts(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        """Every piece of typed text in the block that may hold references, with its location
        inside the block."""
        for key in ("absatz", "zwischenueberschrift"):
            if (value := getattr(self, key)) is not None:
                yield (key,), value
        for n, item in enumerate(self.liste or []):
            yield ("liste", n), item
        if self.tabelle:
            for r, zeile in enumerate(self.tabelle.zeilen):
                for c, zelle in enumerate(zeile):
                    if isinstance(zelle, str):
                        yield ("tabelle", "zeilen", r, c), zelle

    def fact_block(self) -> HandelBlock | FaktBlock | None:
        """The block's selection of fact records, where it draws on records."""
        return self.handel or self.chronik or self.partnerschaften


def _bausteine(value: Any) -> Any:
    return [value] if isinstance(value, str) else value
