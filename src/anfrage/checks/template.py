"""The template against the draft context: values it shows that the inquiry leaves unset,
and variables anfrage does not provide."""

from __future__ import annotations

from anfrage.draft.context import OPTIONAL
from anfrage.drafting import Prepared
from anfrage.errors import Problem


def check(prepared: Prepared) -> list[Problem]:
    """Findings about the template of a prepared inquiry."""
    from anfrage.docx.template import template_variables

    a = prepared.inquiry.anfrage
    findings = []
    provided = set(prepared.draft.context)
    used = template_variables(prepared.template)
    unset: set[str] = set()
    for name in sorted(used & set(OPTIONAL)):
        if not prepared.draft.context[name] and OPTIONAL[name] not in unset:
            unset.add(OPTIONAL[name])
            findings.append(
                prepared.inquiry.doc.problem(  # at the key where the inquiry has it (null)
                    (OPTIONAL[name].split(".")[0],),
                    f"the template of {a.parlament!r} shows {name!r}, but "
                    f"the inquiry does not set {OPTIONAL[name]!r}",
                    key=True,
                )
            )
    for name in sorted(used - provided):
        findings.append(
            Problem(
                prepared.template,
                f"template uses {name!r}, which anfrage does "
                f"not provide; it provides: {', '.join(sorted(provided))}",
            )
        )
    return findings
