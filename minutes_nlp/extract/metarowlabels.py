"""Which field a header-table row's label cell names: a label as written, narrowed after a dash or by a
bracket ("Přítomni – členové", "Present (trustees)"), naming the body by its initialism ("přítomní členové
ZO"), an office of the body ("Předseda KŠ") or a signature on behalf of a party ("Schválil za investora").

Split out of `metafields.py`; the labels are data in `lang/<lang>/metadata_labels.json` (compiled in
`metalabels`).
"""

from __future__ import annotations

import re

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.metalabels import labels, norm
from minutes_nlp.extract.metalists import party_staff as _party_staff

# the list and signature fields; `metafields` reads its values by them too
LIST_FIELDS = ("attendees", "absent", "guests", "verifiers", "attachments")
SIGNATURES = ("recorder", "approver")
_ABBREVIATION = re.compile(r"\s(?-i:[A-ZÁ-Ž][A-ZÁ-Ž0-9-]{1,7})(?=\s|$)")  # the body's initialism in a label
_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # "Přítomni (členové výboru)": a label's narrowing remark


def row_label(cell: str, lang: str) -> str | None:
    """The field a row's label cell names; a signature signed on behalf of a party ("Schválil za investora",
    "Approved on behalf of the Board"; `on_behalf_labels`) is that signature. A label narrowed after a dash
    reads as one phrase: "Přítomni – členové" is "přítomni členové"; a list label may name the body by its
    abbreviation after it ("sekretariát RSK", "přítomní členové ZO")."""
    lab = labels(lang)
    label = norm(cell.rstrip(":： "))
    label = label if label in lab.by_label else norm(re.sub(r"\s[–—-]\s", " ", label))
    label = label if label in lab.by_label else _without_qualifier(label, lab.by_label)
    head = norm(re.split(r"\s[–—-]\s", cell)[0])  # "Přítomni členové – kraje a obce": the group after a dash
    if label in lab.by_label or lab.by_label.get(head) in LIST_FIELDS:
        return lab.by_label.get(label) or lab.by_label[head]
    bare = norm(_ABBREVIATION.sub("", " " + cell.rstrip(":： ").strip()))
    if bare != label and lab.by_label.get(bare) in LIST_FIELDS:
        return _party_staff(bare, lab.by_label[bare], lang)  # "sekretariát RSK", "přítomní členové ZO"
    office = office_label(cell.rstrip(":： "), lang)  # "Předseda KŠ", "Tajemnice komise"
    if office:
        return office
    cues = lab.data.get("on_behalf_labels") or []
    m = re.match(rf"^(?P<label>.+?)\s+(?:{alt(cues)})\s+\S.*$", label) if cues else None
    name = lab.by_label.get(m.group("label")) if m else None
    return name if name in SIGNATURES else None


def _without_qualifier(label: str, by_label: dict[str, str]) -> str:
    """ "Přítomni (členové výboru)", "Present (trustees)", "Omluveni (2)": a list label narrowed by a bracketed
    group or count is that list's label; any other label stays as it is."""
    bare = norm(_BRACKETED.sub("", label))
    return bare if bare != label and by_label.get(bare) in LIST_FIELDS else label


def office_label(label: str, lang: str) -> str | None:
    """ "Předseda KŠ", "Tajemnice komise": an office of the body named after it by its initialism or its noun
    (`body_office_labels`; series.json `head_nouns`) labels the chair or an attendee."""
    words = label.strip(" *_").split()
    offices = labels(lang).data.get("body_office_labels") or {}
    if len(words) != 2 or norm(words[0]) not in offices:
        return None
    nouns = langdata.load(langdata.code(lang), "series").get("head_nouns", {})
    body = _ABBREVIATION.fullmatch(" " + words[1]) or norm(words[1]) in {norm(n) for n in nouns}
    return offices[norm(words[0])] if body else None
