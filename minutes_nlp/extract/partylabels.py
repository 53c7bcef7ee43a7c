"""Contract parties ("investor", "zhotovitel") as the bodies they are: split from roleholders so the
role-holder finder stays about people; party labels name institutions, not role holders."""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import neighbours, owners
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.entities import Entities
from minutes_nlp.textutil import fold


@cache
def _party_data(lang: str) -> tuple[dict[str, str], re.Pattern[str]]:
    """Folded case form -> contract party (the parties' case forms of lang org_patterns, which the institution
    finder reads too), and the legal-form tail a label's body keeps (lang role_refs)."""
    code = langdata.code(lang)
    data = langdata.load(code, "role_refs") if langdata.has(code, "role_refs") else {}
    parties = langdata.load(code, "org_patterns").get("contract_parties", {})
    forms = {fold(f): role for role, party in parties.items() for f in party.get("forms", ())}
    return forms, re.compile(data.get("legal_tail") or r"(?!)", re.IGNORECASE)


def contract_parties(doc: Document, entities: Entities, lang: str) -> dict[str, str]:
    """Folded case form of a party word ("investora", "zhotovitel") -> the body that party is: the institution
    the entities stage tied to the role (its alias), else the body a party label names ("Zhotovitel: STAVKOM
    s.r.o.", a table row "Investor | Město X") in this document or the nearest earlier meeting of the series."""
    forms, _ = _party_data(lang)
    if not forms:
        return {}
    bodies: dict[str, str] = {}
    for inst in entities.institutions:
        for role in {forms[fold(a)] for a in inst.aliases if fold(a) in forms}:
            bodies.setdefault(role, owners.display_name(inst, lang))
    wanted = set(forms.values()) - bodies.keys()
    for text in [doc.text] + [d.text for d in neighbours.load_previous(doc)] if wanted else []:
        for role, body in _party_labels(text, lang).items():
            if role in wanted:
                bodies[role] = _local_body(body, entities, lang)
                wanted.discard(role)
        if not wanted:
            break
    return {form: bodies[role] for form, role in forms.items() if role in bodies}


def _party_labels(text: str, lang: str) -> dict[str, str]:
    """Party -> body of the label lines "Investor: Město X, Masarykova 1" / "Zhotovitel<TAB>STAVKOM s.r.o."."""
    forms, legal = _party_data(lang)
    out: dict[str, str] = {}
    for m in re.finditer(r"(?m)^[^\S\n]*(?P<label>[^\W\d_]+)[^\S\n]*(?::|\t)[^\S\n]*(?P<body>[^\n\t]+)", text):
        role = forms.get(fold(m.group("label")))
        if role is None or fold(m.group("label")) != fold(role):
            continue  # the nominative label only: "za investora: Ing. X" names a person
        parts = m.group("body").split(",")
        body = parts[0] + "".join("," + p for p in parts[1:2] if legal.match(p))
        if body.strip() and body.strip()[0].isupper():
            out.setdefault(role, body.strip())
    return out


def _local_body(body: str, entities: Entities, lang: str) -> str:
    """An earlier meeting's body as this document's institution when one of its names is the same."""
    same = [owners.display_name(i, lang) for i in entities.institutions
            if fold(body) in {fold(n) for n in (i.name, i.full_name or "", *i.aliases)}]
    return same[0] if same else body


def party_actors(parties: dict[str, str], text: str, offset: int) -> list[owners.Actor]:
    """ "Dotaz investora", "Zhotovitel předloží": a contract party's word (folded form -> body, from
    `contract_parties`) as the body that party is; `text` starts at `offset` of Document.text."""
    if not parties:
        return []
    folded = fold_keep(text)
    return [owners.Actor(parties[m.group(0)], "institution", offset + m.start(), offset + m.end())
            for m in re.finditer(r"(?<![\w-])\w+(?![\w-])", folded) if m.group(0) in parties]
