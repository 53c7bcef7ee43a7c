"""The people and roles the presenter rules resolve, for one meeting: `roleholders.meeting_context` completed
with what the attendance lists say only implicitly.

The chair's own office: "Předsedající: Ing. Martin Kubíček, starosta města", "Chair: Revd A. Pemberton, Vicar
of X" tie the chair to an office; a meeting of many mayors (each "starostka obce ...") leaves the bare role
ambiguous, yet the bare "Starosta informoval" of minutes the mayor chairs is the chair. Office acronyms: "The
DFR presented" (`office_acronyms`).
"""

from __future__ import annotations

from dataclasses import replace

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.office_acronyms import with_office_acronyms
from minutes_nlp.extract.roleholders import Context, leading_role, meeting_context

_ROLE_AFTER_NAME = 3  # words of a chair value before its office ("Ing. Martin Kubíček, starosta města")


def presenter_context(doc: Document, lang: str, fields: list[mf.Field]) -> Context:
    """The meeting's context for presenters: role holders, listed people, initials and office acronyms."""
    context = with_office_acronyms(meeting_context(doc, lang, fields), doc, lang)
    chair = mf.first(fields, "chair")
    key = _chair_office(chair.value, lang) if chair else None
    chair_key = next(iter(_chair_keys(lang)), "")
    if chair is None and chair_key and chair_key not in context.roles:
        from minutes_nlp.extract.metadata import marked_chair  # metadata reads the agenda, which reads this

        marked = marked_chair(fields, lang, doc.text)  # "Prof. A. Rao – Chairman" in the attendance list
        context = replace(context, roles={**context.roles, chair_key: marked}) if marked else context
    holder = context.roles.get(chair_key, "")
    if key and holder and key not in context.roles:
        return replace(context, roles={**context.roles, key: holder})
    return context


def _chair_office(value: str, lang: str) -> str | None:
    """The role key of the office written after the chair's name ("Ing. Martin Kubíček, starosta města X")."""
    line = value.split("\n")[0]
    parts = [p for p in (line.split(",", 1)[1:] or []) if p.strip()]
    if not parts or len(line.split(",", 1)[0].split()) > _ROLE_AFTER_NAME + 1:
        return None
    return leading_role(parts[0], lang)


def _chair_keys(lang: str) -> tuple[str, ...]:
    code = langdata.code(lang)
    return tuple(langdata.load(code, "agenda")["presenter_roles"]["chair_roles"])
