"""Import layouts: the packaged general layout, the layouts of parliaments without a profile,
and each profile's `import:` section; finding the parliament a document names; the phrases
compiled into patterns.

Every phrase is escaped, so every pattern built here matches in linear time: literal words,
optional whitespace between them, and no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from anfrage.errors import SourceError
from anfrage.loading._yaml import load_yaml
from anfrage.loading.profile import PACKAGED as PROFILES
from anfrage.loading.profile import known_profiles, load_profile, profile_path
from anfrage.model import Invalid, validate
from anfrage.model.layout import ImportLayout, Impressum, LayoutDatei, Titel
from anfrage.model.profil import Profil

PACKAGED = Path(__file__).with_name("layouts.yaml")
HEADER, FOOTER = 6000, 2000
"""Where a parliament's name is looked for: the first and the last characters."""
LETTER = "A-Za-zÄÖÜäöüßéèáàíìóòúùñç"
"""Letters a parliament's name may not be glued to ('Niedersächsischer' is no 'Sächsischer')."""
_ARTICLE = re.compile(r"(?<![A-Za-z])(?:der|des|dem|den|die|im|vom|beim|zum)\s+$")
"""An article or preposition just before a parliament's name: the name is part of a sentence."""


def phrase(text: str) -> str:
    """A regex for a printed phrase: its words, with any whitespace or none between them
    (letter-spaced headings lose their spaces when cleaned). '{nr}' stands for a number."""
    words = []
    for word in text.split():
        parts = [re.escape(p) for p in word.split("{nr}")]
        words.append(r"\d{1,3}".join(parts))
    return r"\s*".join(words)


def alternation(phrases: list[str]) -> str:
    """Phrases as one alternation, the longest first (the longest match wins)."""
    return _alternation(tuple(phrases))


@lru_cache(maxsize=256)
def _alternation(phrases: tuple[str, ...]) -> str:
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(f"(?:{phrase(p)})" for p in unique) or r"(?!x)x"


def _merge(parts: list[ImportLayout]) -> ImportLayout:
    merged: dict[str, list[object]] = {}
    for part in parts:
        for key in ImportLayout.model_fields:
            merged.setdefault(key, []).extend(getattr(part, key))
    return ImportLayout.model_validate(merged)


@dataclass(frozen=True)
class Parliament:
    """A parliament the importer knows: its name, its profile (if any) and its layout."""

    name: str
    profile: str | None
    layout: ImportLayout
    signatures: tuple[str, ...] = ()
    """Fixed wording only this parliament prints (its transmission note), for documents that
    do not name it."""


@dataclass(eq=False)  # hashable by identity: patterns built from it are cached per layout
class Layout:
    """The phrases in force for one document, compiled."""

    data: ImportLayout
    parliament: Parliament | None = None
    names: list[str] = field(default_factory=list)
    """Every parliament name the importer knows (for running headers)."""

    @cached_property
    def asks(self) -> re.Pattern[str]:
        """The askers' lead-in, through its colon."""
        return re.compile(rf"(?:{alternation(self.data.fragen_einleitung)})[^.?!:\n]{{0,30}}:?")

    @cached_property
    def answers_begin(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.data.antwort_einleitung)})[^.?!:\n]{{0,30}}:?")

    @cached_property
    def pre_askers(self) -> re.Pattern[str]:
        return re.compile(rf"^(?:{alternation(self.data.vorbemerkung_fragesteller)})\s*:?\s*")

    @cached_property
    def pre_government(self) -> re.Pattern[str]:
        return re.compile(rf"^(?:{alternation(self.data.vorbemerkung)})\s*:?\s*")

    @cached_property
    def headings(self) -> re.Pattern[str]:
        """A Vorbemerkung heading anywhere (where a lead-in sentence cannot begin before it)."""
        phrases = self.data.vorbemerkung_fragesteller + self.data.vorbemerkung
        return re.compile(rf"(?:{alternation(phrases)})\s?:?")

    @cached_property
    def question_label(self) -> re.Pattern[str]:
        """'Frage 1:', 'Frage l:' (OCR), '1.', '1.)', '1)', '1.1', '4.' at a line start."""
        label = alternation(self.data.frage)
        return re.compile(
            rf"^(?:(?P<label>{label})\s*(?P<lnr>[0-9lI]{{1,3}})\s*[:.]?"
            r"|(?P<nr>\d{1,3}\.\d{1,2}(?![\d.])|\d{1,3}(?=\.|\)))(?:\.\)|\.|\))?)"
            r"\s*(?P<rest>.*)$"
        )

    @cached_property
    def answer_label(self) -> re.Pattern[str]:
        """'Zu 1.:', 'zu Frage 1 und 2:', 'Zu den Fragen 6, 7, 8 und 10:', 'Zu a)', 'Zu 1.1 bis
        3.3:' at a line start; the list is read by the parser."""
        item = r"(?:\d{1,3}(?:\.\d{1,2})?\.?(?:\s?[a-z]\))?|[a-z]\))"
        return re.compile(
            rf"^(?:{alternation(self.data.antwort)})\s*(?P<liste>{item}"
            rf"(?:\s*(?:,|und|bis|sowie)\s*{item}){{0,20}})\s*(?P<end>\.?:|(?<=\)))\s*(?P<rest>.*)$"
        )

    @cached_property
    def answer_word(self) -> re.Pattern[str]:
        """'Antwort:' or 'Antwort' alone: answers the open questions."""
        return re.compile(
            rf"^(?:{alternation(self.data.antwort_ohne_nr)})\s*(?::\s*(?P<rest>.*))?$"
        )

    @cached_property
    def answer_heading(self) -> re.Pattern[str]:
        """'Antwort der Landesregierung …', 'Antwort des Senats': the answer part begins."""
        return re.compile(r"^(?:und\s*)?(?:Antwort|ANTWORT)\s*(?:der|des|auf)\b")

    @cached_property
    def groups(self) -> list[re.Pattern[str]]:
        out = []
        for sentence in self.data.gruppensatz:
            before, _, after = sentence.partition("{fragen}")
            if _:
                body = rf"{phrase(before)}\s*(?P<liste>[^.]{{1,80}}?)\s*{phrase(after)}"
            else:
                body = phrase(sentence)
            out.append(re.compile(rf"^{body}\s*(?P<rest>.*)$"))
        return out

    @cached_property
    def group_start(self) -> re.Pattern[str]:
        """How any grouping sentence begins: a quick test before trying each."""
        starts = [g.split("{fragen}")[0] for g in self.data.gruppensatz]
        return re.compile(rf"^(?:{alternation([s for s in starts if s.strip()])})")

    @cached_property
    def closing(self) -> re.Pattern[str]:
        # and a letter's place and date: 'Berlin, den 10. Juli 2025', 'Wiesbaden, 4. Februar 2015'
        return re.compile(
            rf"^(?:{alternation(self.data.schluss)}|[A-ZÄÖÜ][\w.-]{{1,30}},\s(?:den(?:\s|$)|"
            r"\d{1,2}\.\s?(?:\d{1,2}\.\s?|[A-ZÄÖÜ][a-zä]{2,8}\s)\d{4}))"
        )

    @cached_property
    def fraktion(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.data.fraktionen)})(?![{LETTER}])")

    @cached_property
    def imprints(self) -> list[tuple[re.Pattern[str], Impressum]]:
        out = []
        for imp in self.data.impressum:
            rest = r"[^.]{0,80}\." if imp.bis[-1:].isalpha() or imp.bis.endswith(":") else ""
            body = rf"{phrase(imp.von)}.{{0,600}}?{phrase(imp.bis)}{rest}"
            out.append((re.compile(body, re.S), imp))
        return out

    @cached_property
    def titles(self) -> list[tuple[re.Pattern[str], Titel]]:
        return [(re.compile(phrase(t.nach)), t) for t in self.data.titel]

    @cached_property
    def sentence_start(self) -> re.Pattern[str]:
        return re.compile(rf"\s(?:{alternation(self.data.satzanfang)})\s")

    @cached_property
    def running_header(self) -> re.Pattern[str]:
        """A running header of a later page: the Drucksache, a parliament's name and the
        Wahlperiode in any order, with a page number of 2 or more."""
        name = alternation(self.names)
        ds = r"Drucksache\s\d{1,2}\s?/\s?\d+(?:\s\d{3})*(?:\s\(\d{1,2}/\d+\))?"
        wp = r"[–-]?\s?\d{1,2}\.\s?Wahlperiode\s?[–-]?"
        page = r"(?:[–-]\s?)?(?:[2-9]|[1-9]\d{1,2})(?:\s?[–-])?"
        return re.compile(
            rf"(?:{ds}\s)?(?:{name})\s?(?:{wp}\s?)?(?:{ds}\s)?{page}(?:\s{ds})?(?=\s|$)"
            rf"|{ds}\s(?:{name})\s?(?:{wp})(?:\s{page})?(?=\s|$)",
            re.I,
        )


class Layouts:
    """Every layout the importer knows: packaged ones and the profiles of a project."""

    def __init__(self, general: ImportLayout, parliaments: list[Parliament]) -> None:
        self.general = general
        self.parliaments = parliaments
        self._layouts: dict[str | None, Layout] = {}
        named = [(n, p) for p in parliaments for n in p.layout.namen]
        self._by_name: dict[str, Parliament] = {}
        for n, p in named:  # the first parliament to claim a name keeps it: a project's own
            self._by_name.setdefault(n.lower(), p)
        pattern = alternation([n for n, _ in named])
        self._names = re.compile(rf"(?<![{LETTER}])(?:{pattern})(?![{LETTER}])", re.I)
        merged = self.layout(None)
        self._body = re.compile(f"{merged.headings.pattern}|{merged.asks.pattern}")
        self._signatures = [(re.compile(sig), p) for p in parliaments for sig in p.signatures]

    def detect(self, text: str) -> Parliament | None:
        """The parliament named first in `text` (longest name at that place): in the header,
        else in a footer at the end; else by wording only it prints."""
        head, tail = text[:HEADER], text[-FOOTER:]
        body = self._body.search(head)
        m = self._named(head, body.start() if body else len(head)) or self._named(tail, 0)
        if not m:
            return next((p for pattern, p in self._signatures if pattern.search(head)), None)
        key = re.sub(r"\s+", " ", m[0]).lower()
        for name, parliament in self._by_name.items():
            if re.fullmatch(phrase(name), key, re.I):
                return parliament
        return None

    def _named(self, text: str, body: int) -> re.Match[str] | None:
        """The first name in `text` that heads it: anywhere before `body` (where the askers'
        Vorbemerkung or lead-in begins), after it only where no article makes it prose ("ein
        Abgeordneter des Hessischen Landtages", "der Hessische Landtag")."""
        for m in self._names.finditer(text):
            if m.start() < body or not _ARTICLE.search(text, max(0, m.start() - 8), m.start()):
                return m
        return None

    def layout(self, parliament: Parliament | None) -> Layout:
        """The general layout plus the parliament's; for an unknown parliament, plus all.
        Built (and its patterns compiled) once per parliament."""
        key = parliament.name if parliament else None
        if key not in self._layouts:
            self._layouts[key] = self._build(parliament)
        return self._layouts[key]

    def _build(self, parliament: Parliament | None) -> Layout:
        parts = [self.general]
        parts += [parliament.layout] if parliament else [p.layout for p in self.parliaments]
        names = [n for p in self.parliaments for n in p.layout.namen]
        return Layout(_merge(parts), parliament, names)

    def profiles(self) -> list[str]:
        return sorted(p.profile for p in self.parliaments if p.profile)


def _from_profile(name: str, profil: Profil) -> Parliament:
    """A profile's layout: its `import:` section, plus what the profile already says about
    the printed answer (grouping sentence, opening sentence, Vorbemerkung headings)."""
    data = profil.import_
    layout = data.model_copy(
        update={
            "namen": [profil.parlament, *data.namen],
            "gruppensatz": [*data.gruppensatz, profil.gruppensatz],
            "antwort_einleitung": [*data.antwort_einleitung, *_fixed(profil.einleitung, 15)],
            "vorbemerkung": [*data.vorbemerkung, profil.vorbemerkung.rstrip(":")],
            "vorbemerkung_fragesteller": [
                *data.vorbemerkung_fragesteller,
                profil.vorbemerkung_fragesteller.rstrip(":"),
            ],
        }
    )
    return Parliament(profil.parlament, name, layout, _signature(profil.uebermittlung, 25))


def _signature(pattern: str, least: int) -> tuple[str, ...]:
    """A profile sentence as a regex that only its own wording matches: every fixed part in
    order, each placeholder a gap of up to a line; none where the fixed wording is shorter than
    `least` (a bare "{absender}" says nothing). A fixed part alone is not enough: "die Kleine
    Anfrage wie folgt" ends Baden-Württemberg's note and Hessen's first-person answer alike."""
    parts = [" ".join(p.split()) for p in re.split(r"\{\w+\}", pattern)]
    if sum(len(p.strip(" :")) for p in parts) < least:
        return ()
    return (r"[^\n]{1,200}?".join(phrase(p.strip(" :")) for p in parts if p.strip(" :")),)


def _fixed(pattern: str, least: int) -> list[str]:
    """The fixed wording between the placeholders of a profile sentence, without its colon."""
    parts = (" ".join(p.split()).strip(" :") for p in re.split(r"\{\w+\}", pattern))
    return [p for p in parts if len(p) >= least]


_PACKAGED: list[LayoutDatei] = []


def packaged() -> LayoutDatei:
    """The layout file shipped with anfrage, loaded once."""
    if not _PACKAGED:
        doc = load_yaml(PACKAGED)
        try:
            _PACKAGED.append(validate(LayoutDatei, doc.data))
        except Invalid as e:
            raise SourceError([doc.problem(loc, m, key=k) for loc, m, k in e.issues]) from None
    return _PACKAGED[0]


_LAYOUTS: dict[tuple[str, tuple[bytes, ...]], Layouts] = {}


def load_layouts(templates: Path | None) -> Layouts:
    """The packaged layouts, and the `import:` section of every profile in `templates`; once
    per process and content of the profiles."""
    names = known_profiles(templates) if templates is not None else []
    contents = tuple(
        profile_path(templates, n).read_bytes() for n in names if templates is not None
    )
    key = (str(templates), contents)
    if key not in _LAYOUTS:
        _LAYOUTS.clear()
        _LAYOUTS[key] = _load_layouts(templates)
    return _LAYOUTS[key]


def _load_layouts(templates: Path | None) -> Layouts:
    data = packaged()
    parliaments = []
    names = known_profiles(templates) if templates is not None else []
    # A project's own profiles come first, so that one of them claims its parliament's names
    # before a shipped profile for the same parliament does.
    names.sort(key=lambda n: profile_path(templates, n).parent == PROFILES)  # type: ignore[arg-type]
    for name in names:
        profil, _ = load_profile(templates, name)  # type: ignore[arg-type]
        parliaments.append(_from_profile(name, profil))
    for p in data.parlamente:
        names = [p.parlament, *p.import_.namen]
        shipped = p.import_.model_copy(update={"namen": names})
        named = {n.lower() for n in names}
        owner = next(
            (i for i, q in enumerate(parliaments) if named & {n.lower() for n in q.layout.namen}),
            None,
        )
        if owner is None:
            parliaments.append(Parliament(p.parlament, None, shipped))
        else:  # a profile for this parliament: it takes the shipped layout's phrases too
            q = parliaments[owner]
            parliaments[owner] = Parliament(
                q.name, q.profile, _merge([q.layout, shipped]), q.signatures
            )
    return Layouts(data.allgemein, parliaments)
