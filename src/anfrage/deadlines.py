"""Answer deadlines: the rule of the parliament's profile applied to the day of receipt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from anfrage import dates
from anfrage.errors import AnfrageError
from anfrage.loading.inquiry import load_inquiry
from anfrage.loading.profile import load_profile
from anfrage.model import Fristverlaengerung
from anfrage.model.profil import Frist, Profil
from anfrage.project import find_root


@dataclass
class DeadlineReport:
    """An answer deadline with the rule behind it, as of `today`."""

    profile: str
    profil: Profil
    rule: Frist
    received: date
    deadline: dates.Deadline
    today: date
    extension: Fristverlaengerung | None = None
    answered: date | None = None
    """The date of the answer's letter, where it has gone out (on or before `today`)."""

    @property
    def in_time(self) -> bool | None:
        """Whether the answer went out by the deadline; None while it has not gone out."""
        return None if self.answered is None else self.answered <= self.deadline.due

    @property
    def days_left(self) -> int:
        return (self.deadline.due - self.today).days

    @property
    def working_days_left(self) -> int:
        return dates.working_days_between(self.today, self.deadline.due, self.profil.land)


def deadline(
    path: Path | None = None,
    *,
    received: date | None = None,
    profile: str | None = None,
    today: date,
) -> DeadlineReport:
    """The answer deadline of an inquiry file, or of a question received on `received` under
    `profile` (looked up in the project around the working folder)."""
    extension, answered = None, None
    if path is not None:
        inquiry = load_inquiry(path)
        a = inquiry.anfrage
        profile = profile or a.parlament
        if received is None and a.eingang is None:
            raise AnfrageError(
                [
                    inquiry.doc.problem(
                        (),
                        "the inquiry has no 'eingang'; the "
                        "deadline runs from the day the question "
                        "was received",
                    )
                ]
            )
        received = received or a.eingang
        extension = a.fristverlaengerung
        sent = a.uebermittlung.datum if a.uebermittlung else None
        answered = sent if sent is not None and sent <= today else None
        templates = inquiry.root / "templates"
    else:
        if received is None or profile is None:
            raise AnfrageError.single(
                None, "give an inquiry file, or both --received and --profile"
            )
        templates = find_root(Path.cwd() / "anfrage.yaml") / "templates"
    assert received is not None and profile is not None
    profil, _ = load_profile(templates, profile)
    result = report(profile, profil, received, extension, today)
    result.answered = answered
    return result


def report(
    profile: str, profil: Profil, received: date, extension: Fristverlaengerung | None, today: date
) -> DeadlineReport:
    """The deadline of a question received on `received` under `profil`, as of `today`."""
    rule = profil.frist_fuer(received)
    result = dates.deadline(
        received,
        rule.art,
        rule.anzahl,
        profil.land,
        verschieben=rule.verschieben,
        verlaengert_bis=extension.bis if extension else None,
    )
    return DeadlineReport(profile, profil, rule, received, result, today, extension)
