"""The import layout of a parliament: how its Drucksachen print what `anfrage import` reads.

Every entry is a literal phrase as printed, never a regular expression: the importer escapes
it and lets any whitespace (or none, for letter-spaced headings) stand between its words, so
that a profile cannot make the importer slow or match more than the printed words.
"""

from __future__ import annotations

from pydantic import Field

from anfrage.model.base import Strict

Phrase = str


class Titel(Strict):
    """Where the title stands: after the phrase `nach`, up to one of `vor` (or the next
    structure the importer knows)."""

    nach: Phrase = Field(min_length=1)
    vor: list[Phrase] = []


class Impressum(Strict):
    """A letterhead, imprint or stamp printed into the text: from `von` through `bis`."""

    von: Phrase = Field(min_length=1)
    bis: Phrase = Field(min_length=1)


class ImportLayout(Strict):
    """Phrases of one parliament's layout; lists add to those of the general layout."""

    namen: list[Phrase] = []
    """The parliament's names and inflected forms ('Abgeordnetenhauses von Berlin')."""
    drucksache: list[Phrase] = []
    """Words before the document's own Drucksache number ('Drucksache', 'Drs.-Nr.:')."""
    anfrage_nr: list[Phrase] = []
    """Words before the question's own number ('Kleine Anfrage', 'KA')."""
    fragen_einleitung: list[Phrase] = []
    """The askers' lead-in to their questions ('Ich frage die Landesregierung:')."""
    antwort_einleitung: list[Phrase] = []
    """Where the government's answer begins ('beantwortet der Senat die Fragen wie folgt:')."""
    frage: list[Phrase] = []
    """A label before a question's number ('Frage')."""
    antwort: list[Phrase] = []
    """A label before the numbers of the questions an answer answers ('Zu', 'zu Frage')."""
    antwort_ohne_nr: list[Phrase] = []
    """An answer label without numbers ('Antwort:'): it answers the open questions."""
    gruppensatz: list[Phrase] = []
    """Sentences that group questions; '{fragen}' stands for the list of numbers."""
    vorbemerkung_fragesteller: list[Phrase] = []
    vorbemerkung: list[Phrase] = []
    """Headings of the askers' and the government's Vorbemerkung."""
    titel: list[Titel] = []
    impressum: list[Impressum] = []
    schluss: list[Phrase] = []
    """Closing formulas: what follows them up to the next question is no answer text."""
    fraktionen: list[Phrase] = []
    """Names of Fraktionen as printed after an asker without brackets ('FREIE WÄHLER')."""
    satzanfang: list[Phrase] = []
    """Words that open a sentence: where a title without punctuation meets the preamble."""


class ParlamentLayout(Strict):
    """A parliament without a profile: its name and layout."""

    parlament: str = Field(min_length=1)
    import_: ImportLayout = Field(alias="import")


class LayoutDatei(Strict):
    """The packaged layout file: the general layout and parliaments without a profile."""

    allgemein: ImportLayout
    parlamente: list[ParlamentLayout] = []
