"""A governing body named after its organisation, and a body named by what it governs.

"Full Governing Board" under a letterhead of "St Wenna's School" is that school's board, "Programme Board" under
"Digital Front Door Programme" that programme's; a municipality on an English letterhead is the authority, not an
organisation its boards are named after. Split out of `series`, which reads a body's name from a title
(series_title); the Czech genitive of an organisation comes from series_declension.
"""

from __future__ import annotations

import re

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.series_declension import organisation_genitive
from minutes_nlp.extract.series_title import SeriesName, series_from_title
from minutes_nlp.extract.series_vocab import vocab
from minutes_nlp.textutil import fold

_SUBJECT_ZONE = 12  # header blocks searched for the subject's label (titles.TITLE_ZONE)


def with_organisation(name: SeriesName, org: str | None, lang: str) -> str | None:
    """A governing body named without its organisation ("Full Governing Board", "Board of Directors") under a
    letterhead naming one: the body of that organisation, in the language's order (`organisation_bodies`:
    which body types govern an organisation; English puts the organisation before a name ending in its head
    noun, "St Wenna's School Full Governing Board", and after one with an "of" complement, "Board of
    Directors of Brackenmoor Housing Limited"; Czech puts it after the body in the genitive, "Valná hromada
    Dobrovolného svazku obcí X", and a body named by its bare noun, "Výbor", is always the organisation's, as is
    a meeting of its management, "Porada vedení": `organisation_meetings`)."""
    v = vocab(lang)
    owner = series_from_title(org, lang).series if org and not municipal(org, lang) else None
    declines = "organisation_nouns" in v.series
    bare = declines and name.body_type is not None and len((name.series or "").split()) == 1  # "Výbor"
    bare = bare or fold(name.series or "") in {fold(m) for m in v.series.get("organisation_meetings", ())}
    if not name.series or not owner or name.body_type not in v.series.get("organisation_bodies", ()) and not bare \
            or fold(owner) in fold(name.series):
        return name.series
    if declines:
        return _with_genitive(name.series, owner, lang)
    joiners = (v.series.get("parent_bodies") or {}).get("joiners") or []
    if joiners and re.search(rf"\s(?:{alt(joiners)})\s", name.series, re.IGNORECASE):
        return f"{name.series} {joiners[0]} {owner}"
    return f"{owner} {name.series}"


def municipal(text: str, lang: str) -> bool:
    """ "Town of Alderbrook, Maine", "CITY OF X": a name of a municipality (`municipal_words`) with no body in
    it; an English letterhead so is the authority, not an organisation its boards are named after."""
    words = vocab(lang).series.get("municipal_words")
    if not words or not re.search(rf"(?<!\w)(?:{alt(words)})(?!\w)", text, re.IGNORECASE):
        return False
    return series_from_title(text, lang).body_type is None


def _with_genitive(series: str, owner: str, lang: str) -> str:
    """ "Valná hromada" of "Dobrovolný svazek obcí X" -> "Valná hromada Dobrovolného svazku obcí X"; "Rada
    města" of "Město X" -> "Rada města X" (the series already ends with the organisation's head)."""
    genitive = organisation_genitive(owner, lang)
    if not genitive or fold(genitive) in fold(series):
        return series
    gen_words, words = genitive.split(), series.split()
    for k in range(min(len(gen_words), len(words)), 0, -1):
        if fold(" ".join(words[-k:])) == fold(" ".join(gen_words[:k])):
            return " ".join(words + gen_words[k:])
    return f"{series} {genitive}"


def composed(names: list[SeriesName], lang: str) -> list[SeriesName]:
    """ "Programme Board" of the title under "Digital Front Door Programme" of the letterhead: a body named by
    what it governs ("Programme Board", "Project Board") belongs to the programme a top line names in full,
    "Digital Front Door Programme Board" (head-last languages; the governed noun closes the full name)."""
    if not vocab(lang).series.get("head_last"):
        return []
    words = [(n, (n.series or "").split()) for n in names]
    bodies = [(n, w) for n, w in words if n.body_type and len(w) >= 2]
    governed = [w for n, w in words if n.body_type is None and len(w) >= 2]
    return [SeriesName(" ".join(g + w[1:]), n.number, n.abbreviations, n.body_type, n.met)
            for n, w in bodies for g in governed if fold(g[-1]) == fold(w[0])]


def subject_series(doc: Document, title: str | None, lang: str) -> str | None:
    """ "Zápis z kontrolního dne stavby č. 7" under "Stavba: Rekonstrukce ulice X": a meeting named after what
    it oversees belongs to the series of that subject, "Kontrolní dny stavby Rekonstrukce ulice X"
    (`subject_series` in series.json); the subject comes from its header label. None for other titles."""
    data = langdata.load(langdata.code(lang), "series").get("subject_series")
    if not data or not title:
        return None
    opening = next((series for noun, series in data["nouns"].items()
                    if re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", title, re.IGNORECASE)), None)
    if opening is None:
        return None
    subject = _labelled_subject(doc, tuple(data["labels"]))
    return f"{opening} {subject}" if subject else opening


def labelled_organisation(doc: Document, lang: str) -> str | None:
    """ "| Organizace | Nemocnice X, a.s. |", "School: St Anne's Primary School": the organisation a header field
    names (`organisation_labels`), standing for a letterhead when the minutes have none."""
    labels = vocab(lang).series.get("organisation_labels")
    return _labelled_subject(doc, tuple(labels)) if labels else None


def _labelled_subject(doc: Document, labels: tuple[str, ...]) -> str | None:
    """The value of the first header label among `labels`: a table row "| Stavba | X |" or a line "Stavba: X"
    (the colon may be lost when a PDF flattens the table)."""
    line = re.compile(rf"^\s*(?:{alt(labels)})\s*(?:[:：]\s*|\s)(?P<value>\S.*)$", re.IGNORECASE)
    folded = {fold(lbl) for lbl in labels}
    for b in doc.blocks[:_SUBJECT_ZONE]:
        rows = [[c for c in row if c.strip()] for row in b.rows] if b.kind.value == "table" else []
        for cells in rows:
            if len(cells) >= 2 and fold(cells[0].strip(":： *")) in folded:
                return mf.clean_value(cells[1]) or None
        for text in mf.line_text(b).split("\n") if not rows else []:
            m = line.match(text)
            if m:
                return mf.clean_value(m.group("value")) or None
    return None
