"""Consistency checks between the facts and the prose of a draft.

- A trade record's total equals exports plus imports where all three are given, and a rank
  stands only beside the amount it ranks.
- A trade figure or rank typed by hand into prose (answer text, or a record's own text) next
  to a year must agree with the trade record of that year, within the precision it is written
  with; otherwise a correction of the fact would not reach it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from anfrage import refs
from anfrage.draft.context import Draft
from anfrage.errors import Problem
from anfrage.loading.facts import Facts
from anfrage.loading.inquiry import Inquiry, texts
from anfrage.model import Handel

_SCALE = {
    None: Decimal(1),
    "Tsd": Decimal(10**3),
    "Mio": Decimal(10**6),
    "Millionen": Decimal(10**6),
    "Mrd": Decimal(10**9),
    "Milliarden": Decimal(10**9),
}
_AMOUNT = re.compile(
    r"(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+))?\s*"
    r"(?P<unit>Tsd|Mio|Millionen|Mrd|Milliarden)?\u2024?\s*(?:Euro|EUR|€)"
)
_ABBREVIATION = re.compile(r"\b(Tsd|Mio|Mrd|Nr|Abs|bzw|ca|Dr|Prof|vgl|ggf|rd|z\. ?B|u\. ?a)\.")
_RANK = re.compile(r"Platz\s+(?P<rank>\d+)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d))+(?:[.!?]|$)")
"""A sentence; a dot before a digit does not end it ('2.300 Mio. Euro', '6.458.000 Euro')."""


def check_trade_records(facts: Facts) -> list[Problem]:
    """Totals and ranks of the trade records in the fact files."""
    out = []
    for located in facts.records():
        fakt = located.fakt
        if not isinstance(fakt, Handel):
            continue
        at = (located.path, located.line)
        parts = (fakt.ausfuhr, fakt.einfuhr, fakt.umsatz)
        if None not in parts and fakt.umsatz != (fakt.ausfuhr or 0) + (fakt.einfuhr or 0):
            out.append(
                Problem(
                    at[0],
                    f"record {fakt.id!r}: umsatz {fakt.umsatz} is not ausfuhr "
                    f"{fakt.ausfuhr} + einfuhr {fakt.einfuhr} = "
                    f"{(fakt.ausfuhr or 0) + (fakt.einfuhr or 0)}",
                    at[1],
                )
            )
        for amount, rank in Handel.RANKS.items():
            if getattr(fakt, rank) is not None and getattr(fakt, amount) is None:
                out.append(
                    Problem(
                        at[0],
                        f"record {fakt.id!r}: {rank} is given without the {amount} it ranks",
                        at[1],
                    )
                )
    return out


def _literal(text: str) -> str:
    """The text as typed, with references blanked out (they come from the facts)."""
    return "".join(p if isinstance(p, str) else " ¤ " for p in refs.parse(text))


def _figures(text: str) -> Iterator[tuple[str, int, Decimal | None, Decimal | None, int | None]]:
    """(sentence, year, amount, tolerance, rank) for each figure beside a year in the text."""
    held = _ABBREVIATION.sub("\\1\u2024", _literal(text))  # an abbreviation's dot ends nothing
    for sentence in _SENTENCE.findall(held):
        quoted = sentence.replace("\u2024", ".").strip()
        years = {int(y) for y in _YEAR.findall(sentence)}
        if len(years) != 1:
            continue  # no year, or several: the figure cannot be tied to one record
        year = years.pop()
        for m in _AMOUNT.finditer(sentence):
            if m["int"] == str(year):
                continue
            digits = len(m["frac"] or "")
            scale = _SCALE[m["unit"]]
            amount = Decimal(m["int"].replace(".", "") + "." + (m["frac"] or "0")) * scale
            yield (
                quoted,
                year,
                amount,
                scale * Decimal(5) / Decimal(10) ** (digits + 1),
                None,
            )
        for m in _RANK.finditer(sentence):
            yield quoted, year, None, None, int(m["rank"])


def _records_for(facts: Facts, year: int) -> list[Handel]:
    return [
        r.fakt
        for r in facts.records()
        if isinstance(r.fakt, Handel)
        and r.fakt.zeitraum.bis is None
        and r.fakt.zeitraum.von.monat is None
        and r.fakt.zeitraum.von.jahr == year
    ]


def _disagreement(
    facts: Facts, year: int, amount: Decimal | None, tolerance: Decimal | None, rank: int | None
) -> str | None:
    records = _records_for(facts, year)
    if not records:
        return None
    if amount is not None and tolerance is not None:
        values = [
            (r.id, f, getattr(r, f))
            for r in records
            for f in Handel.RANKS
            if getattr(r, f) is not None
        ]
        if values and not any(abs(v - amount) <= tolerance for _, _, v in values):
            known = "; ".join(f"{i}.{f} = {v:,.0f} EUR" for i, f, v in values)
            return f"the trade records of {year} say {known}"
    if rank is not None:
        ranks = [
            (r.id, f, getattr(r, f))
            for r in records
            for f in Handel.RANKS.values()
            if getattr(r, f) is not None
        ]
        if ranks and rank not in {v for _, _, v in ranks}:
            known = "; ".join(f"{i}.{f} = {v}" for i, f, v in ranks)
            return f"the trade records of {year} say {known}"
    return None


def check_typed_figures(inquiry: Inquiry) -> list[Problem]:
    """Trade figures and ranks typed by hand that disagree with the trade records."""
    out = []
    facts = inquiry.facts
    for loc, _, text in texts(inquiry.anfrage):
        for sentence, year, amount, tol, rank in _figures(text):
            why = _disagreement(facts, year, amount, tol, rank)
            if why:
                what = "a figure" if amount is not None else f"'Platz {rank}'"
                out.append(
                    inquiry.doc.problem(
                        loc,
                        f"{what} typed by hand in {sentence!r} "
                        f"differs from the facts: {why}; use a reference "
                        "such as {record-id.umsatz} instead",
                    )
                )
    for located in facts.records():
        if located.fakt.text:
            for sentence, year, amount, tol, rank in _figures(located.fakt.text):
                why = _disagreement(facts, year, amount, tol, rank)
                if why:
                    out.append(
                        Problem(
                            located.path,
                            f"record {located.fakt.id!r}: a figure typed "
                            f"in its text, {sentence!r}, differs from the facts: {why}",
                            located.line,
                        )
                    )
    return out


def check_classified(draft: Draft, facts: Facts) -> list[Problem]:
    """A value of a VS-NfD record, or its own prose, must not stand in the public draft, typed
    by hand or taken from another record. Values of four characters or fewer, such as years,
    are not checked."""
    public = "\n".join(draft.public_texts())
    public = public.replace("\u00a0", " ")  # a typed '27. März 2017' matches a formatted one
    out, seen = [], set()
    for located in facts.records():
        fakt = located.fakt
        if fakt.vertraulich and fakt.text and not refs.references(fakt.text):
            prose = fakt.text.replace("\u00a0", " ").strip()
            if len(prose) > 4 and prose in public:
                seen.add(prose)
                out.append(
                    Problem(
                        located.path,
                        f"record {fakt.id!r} is VS-NfD, but its text stands in the public draft",
                        located.line,
                    )
                )
    for use in draft.uses:
        located = use.record
        text = use.text.replace("\u00a0", " ")
        if not located.fakt.vertraulich or len(text) <= 4 or text in seen:
            continue
        seen.add(text)
        if text in public:
            out.append(
                Problem(
                    located.path,
                    f"record {located.fakt.id!r} is VS-NfD, but its "
                    f"{use.feld} {text!r} stands in the public draft",
                    located.line,
                )
            )
    return out
