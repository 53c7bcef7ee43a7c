"""People listed "for" the convener's own office are attendees, not guests: "Svolala a řídila: PhDr. X,
vedoucí odboru kultury (OK)" ... "Za OK: Mgr. Y – vedoucí oddělení; Ing. Z – referentka, zapisovatelka".

A header line or row "Za <party>:" / "For <party>:" lists people who came for another party, who are guests
(`metafields._on_behalf`). When the party is the one that convened or chairs the meeting (its office named in
the chair's or convener's entry, by its initialism or its name), the people under it are the meeting's own
staff, which the annotation conventions count as attendees ("Za kancelář MAS", "Sekretariát výboru"). A party
named nowhere in the chair's entry keeps its people as guests.

A body of social dialogue (a tripartite council, a joint negotiating or consultative committee) lists its
members by side: "Za zaměstnavatele:", "Za odbory:", "Za kraj:"; "Management side:", "Staff side:". Where the
header names two or more such sides (`partner_sides`), every "za <party>" line of it lists members, the
government's or region's side included, so its people are attendees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.document import Block
from minutes_nlp.extract import metafields as mf
from minutes_nlp.textutil import fold

_STEM = 4  # letters a name's word keeps through Czech case endings and the mobile e ("Spolek", "Spolku")


def _own_nouns(lang: str) -> list[str]:
    return mf.labels(lang).data.get("own_administration_nouns") or []


def _party(label: str, lang: str) -> str | None:
    """ "Za OKPP" -> "OKPP", "For the Secretariat" -> "Secretariat"; None for a label that is no party's."""
    cues = mf.labels(lang).data.get("on_behalf_labels") or []
    words = label.strip(" *_:：").split()
    if len(words) >= 2 and any(fold(words[0]).startswith(fold(n)) for n in _own_nouns(lang)):
        return " ".join(words)  # "Správa NP X": the administration named alone
    if len(words) < 2 or fold(words[0]) not in {fold(c) for c in cues}:
        return None
    rest = [w for w in words[1:] if fold(w) not in ("the", "a")]
    return " ".join(rest) or None


def _names_party(chair_text: str, party: str) -> bool:
    """The chair's entry names the party: its initialism in brackets or as a word, or its name."""
    return re.search(rf"(?<!\w){re.escape(fold(party))}(?!\w)", fold(chair_text)) is not None


def _side(label: str, lang: str) -> bool:
    """ "Za zaměstnavatele", "Zástupci odborů", "Staff side": a label naming a side of social dialogue."""
    sides = {fold(s) for s in mf.labels(lang).data.get("partner_sides") or []}
    words = fold(label.strip(" *_:：")).split()
    return any(" ".join(words[i:j]) in sides for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _sides(fields: Sequence[mf.Field], lang: str) -> list[mf.Field]:
    """The fields with every party's people made attendees when the header lists two sides or more."""
    if sum(1 for f in fields if f.name in ("attendees", "guests") and _side(f.label, lang)) < 2:
        return list(fields)
    return [mf.Field("attendees", f.value, f.block, f.label) if f.name == "guests" and _party(f.label, lang)
            else f for f in fields]


def _stems(text: str) -> list[str]:
    """The stems of a name's words, for matching across case endings ("Euroregion Sudetská brána" in
    "Předsednictva Euroregionu Sudetská brána", "Spolek" in "Spolku"): the first four letters, initialisms and
    brackets left out."""
    words = re.findall(r"[^\W\d_]{3,}", re.sub(r"\([^)]*\)", "", text))
    return [fold(w)[:_STEM] for w in words if not w.isupper()]


def _titled_party(fields: Sequence[mf.Field], title: str, lang: str) -> list[mf.Field]:
    """The first "Za <organisation>:" list whose organisation the title names ("Za Euroregion X (EX):" under
    "Zápis z jednání Předsednictva Euroregionu X"): the body's own members, attendees; a joint meeting's other
    party, named after it, keeps its people as guests."""
    words = {fold(w)[:_STEM] for w in re.findall(r"[^\W\d_]{3,}", title)}
    out, done = [], not title
    for f in fields:
        party = _party(f.label, lang) if f.name == "guests" and not done else None
        stems = _stems(party or "")
        if party and len(stems) >= 2 and all(s in words for s in stems):
            f, done = mf.Field("attendees", f.value, f.block, f.label), True
        out.append(f)
    return out


def _initialism(word: str, title_words: list[str]) -> bool:
    """ "NP" for "Národního parku", "CHKO" for "Chráněné krajinné oblasti": consecutive title words' initials."""
    if not (word.isupper() and 2 <= len(word) <= 5):
        return False
    initials = "".join(fold(w)[:2] if fold(w).startswith("ch") else fold(w)[0] for w in title_words)
    return fold(word) in initials  # Czech "ch" is one letter: "CHKO" for "Chráněné krajinné oblasti"


def _own_administration(label: str, lang: str, top: str) -> bool:
    """ "Za Správu NP X:" at the council of the national park X: the administration serving the body, named by
    an administration noun (`own_administration_nouns`) and the body's own words (or their initialism) in the
    title lines; its staff attend."""
    party = fold(_party(label, lang) or "")
    nouns = [fold(n) for n in _own_nouns(lang)]
    noun = next((n for n in nouns if party.startswith(n)), None)
    raw = (_party(label, lang) or "").split()[len(noun.split()):] if noun else []
    rest = [w for w in raw if len(w) > 2 or w.isupper()]
    title_words = re.findall(r"[^\W\d_]{3,}", top)
    stems = {fold(w)[:_STEM] for w in title_words}
    return bool(rest) and all(fold(w)[:_STEM] in stems or _initialism(w, title_words)
                              or re.search(rf"(?<!\w){re.escape(w)}(?!\w)", top) for w in rest)


def _assembly_organs(fields: Sequence[mf.Field], title: str, lang: str) -> list[mf.Field]:
    """ "Za výbor:", "Za kontrolní komisi:" under "Zápis z valné hromady ...": at a members' assembly the
    association's own organs are made of members, who attend (`assembly_organs`); elsewhere they stay guests."""
    data = mf.labels(lang).data.get("assembly_organs") or {}
    if not any(t in fold(title) for t in data.get("titles", ())):
        return list(fields)
    organs = tuple(data.get("organs", ()))
    out = []
    for f in fields:
        words = (_party(f.label, lang) or "").split() if f.name == "guests" else []
        organ = next((o for o in organs if fold(" ".join(words[:len(o.split())])) == o), None)
        rest = words[len(organ.split()):] if organ else []
        if organ and len(rest) <= 1 and all(w.isupper() for w in rest):  # "Za výbor SVJ:", not "Za výbor obce:"
            f = mf.Field("attendees", f.value, f.block, f.label)
        out.append(f)
    return out


def own_party(fields: Sequence[mf.Field], lang: str, title: str = "", top_blocks: Sequence[Block] = ()
              ) -> list[mf.Field]:
    """The fields with the guests listed for the chair's own office, for the organisation the title names or
    for the administration serving the body (`top_blocks`: the title lines), turned into attendees."""
    top = " ".join(b.text for b in top_blocks)
    fields = _assembly_organs(_titled_party(_sides(fields, lang), title, lang), f"{title} {top}", lang)
    fields = [mf.Field("attendees", f.value, f.block, f.label)
              if f.name == "guests" and _own_administration(f.label, lang, top) else f for f in fields]
    chair_text = " ".join(f.value for f in fields if f.name == "chair")
    if not chair_text:
        return list(fields)
    out = []
    for f in fields:
        party = _party(f.label, lang) if f.name == "guests" else None
        if party and _names_party(chair_text, party):
            f = mf.Field("attendees", f.value, f.block, f.label)
        out.append(f)
    return out
