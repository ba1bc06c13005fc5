"""Template tags as Word and LibreOffice leave them, made whole again before Jinja reads them.

A user who opens a template and saves it changes how its tags are stored, not what they say:

- LibreOffice writes quotes as entities: `{% if a.art == &apos;frage&apos; %}`;
- Word splits a tag over several runs when it spell-checks or records revisions, with
  `w:proofErr`, bookmarks and `w:rsid…` attributes between the pieces:
  `<w:t>{%</w:t></w:r><w:proofErr …/><w:r w:rsidR="…"><w:t>p if a.art …</w:t>`;
- Word's AutoCorrect turns quotes into typographic ones (‚…‘ „…“ ‘…’ “…”), and " - " into
  an en dash.

`normalize` moves each tag's text whole into the run where the tag starts (the runs it
leaves are emptied; the marks between them stay where they were, now outside the tag), and
writes the tag with plain quotes. Text outside tags is left as it is. Inspection (`check`) and
rendering both read the parts through it, so they see the same tags.
"""

from __future__ import annotations

import re
from html import unescape

_T = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")
_PARAGRAPH = re.compile(r"<w:p[\s>/]|</w:p>")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);")
_CLOSE = {"{": "}}", "%": "%}", "#": "#}"}
_OPEN = {"{" + k: v for k, v in _CLOSE.items()}
_DELIMITER = re.compile(r"\{[{%#]|[}%#]\}")
_SINGLE = "'\u2018\u2019\u201a\u201b"
_DOUBLE = '"\u201c\u201d\u201e\u201f'
_TYPOGRAPHIC = re.compile("[\u2018-\u201f]")
_OUTSIDE = {"\u2013": "-", "\u00a0": " ", "\u202f": " "}
"""Outside string literals: an en dash from AutoCorrect, and no-break spaces."""


def normalize(xml: str) -> str:
    """A templated part's XML with every tag whole in one run and written in plain ASCII
    syntax. Parts without tags come back unchanged."""
    if "{" not in xml:
        return xml
    nodes = list(_T.finditer(xml))
    out: list[str] = []
    done = 0
    start = 0
    while start < len(nodes):
        end = start + 1
        while end < len(nodes) and not _PARAGRAPH.search(
            xml, nodes[end - 1].end(), nodes[end].start()
        ):
            end += 1
        texts = _paragraph(nodes[start:end])
        for node, text in zip(nodes[start:end], texts, strict=True):
            if text is not None and text != node[2]:
                opening = node[1]
                if "xml:space" not in opening:  # the moved text may now begin with a space
                    opening = opening[:-1] + ' xml:space="preserve">'
                out += [xml[done : node.start()], opening, text]
                done = node.end(2)
        start = end
    out.append(xml[done:])
    return "".join(out)


def _paragraph(nodes: list[re.Match[str]]) -> list[str | None]:
    """The new XML text of each text node of one paragraph, None where no tag touches it."""
    texts = [unescape_entities(n[2]) for n in nodes]
    joined = "".join(texts)
    if "{" not in joined:
        return [None] * len(nodes)
    owner = [i for i, t in enumerate(texts) for _ in t]
    pieces: list[list[str]] = [[] for _ in nodes]
    touched = [False] * len(nodes)
    pos = 0
    for begin, finish, tag in _tags(joined):
        for k in range(pos, begin):
            pieces[owner[k]].append(_escape(joined[k]))
        pieces[owner[begin]].append(_escape_tag(tag))
        for k in range(owner[begin], owner[finish - 1] + 1):
            touched[k] = True
        pos = finish
    for k in range(pos, len(joined)):
        pieces[owner[k]].append(_escape(joined[k]))
    return ["".join(p) if t else None for p, t in zip(pieces, touched, strict=True)]


def _tags(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised tag) of each complete Jinja tag in a paragraph's text."""
    found = []
    pos = text.find("{")
    while 0 <= pos < len(text) - 1:
        kind = text[pos + 1]
        if kind not in _CLOSE:
            pos = text.find("{", pos + 1)
            continue
        end, tag = _scan(text, pos + 2, _CLOSE[kind])
        if end < 0:
            break  # unclosed: Jinja reports it with the paragraph
        found.append((pos, end, text[pos : pos + 2] + tag))
        pos = text.find("{", end)
    return found


def _scan(text: str, pos: int, close: str) -> tuple[int, str]:
    """From inside a tag: the index after its closing delimiter and the tag's normalised rest,
    or (-1, "") if it does not close. Quotes open and close string literals: a typographic one
    opens a literal that any quote of its family closes; inside a literal opened by a plain
    quote, typographic quotes are text."""
    out: list[str] = []
    quote = ""  # the plain quote of the open literal; "" outside one
    smart = False
    while pos < len(text):
        c = text[pos]
        if quote:
            if (c == quote) or (smart and c in (_SINGLE if quote == "'" else _DOUBLE)):
                out.append(quote)
                quote = ""
            else:
                out.append(c)
        elif text.startswith(close, pos):
            out.append(close)
            return pos + len(close), "".join(out)
        elif c in _SINGLE or c in _DOUBLE:
            quote = "'" if c in _SINGLE else '"'
            smart = c not in "'\""
            out.append(quote)
        else:
            out.append(_OUTSIDE.get(c, c))
        pos += 1
    return -1, ""


def unescape_entities(text: str) -> str:
    """XML's predefined entities and character references replaced by their characters."""
    return _ENTITY.sub(lambda m: unescape(m[0]), text) if "&" in text else text


def unescape_tags(source: str) -> str:
    """The Jinja source with entities inside tags replaced by their characters, so that
    `{{ 'A &amp; B' }}` prints "A & B" and `{% if n &lt; 3 %}` compares. One pass over the
    delimiters, linear in the source."""
    if "&" not in source:
        return source
    out: list[str] = []
    done = 0
    close = ""
    for m in _DELIMITER.finditer(source):
        if not close and m[0] in _OPEN:
            out.append(source[done : m.start()])
            done, close = m.start(), _OPEN[m[0]]
        elif close and m[0] == close:
            out.append(unescape_entities(source[done : m.end()]))
            done, close = m.end(), ""
    out.append(source[done:])
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_tag(tag: str) -> str:
    """A tag as XML text. Typographic quotes left in it are text inside string literals; they
    are written as character references, because docxtpl turns “ ” ‘ ’ in tags into plain
    quotes, which would end the literal (`unescape_tags` restores them)."""
    return re.sub(_TYPOGRAPHIC, lambda m: f"&#x{ord(m[0]):X};", _escape(tag))
