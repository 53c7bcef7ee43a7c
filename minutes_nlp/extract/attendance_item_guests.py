"""Guests for part of a meeting: an attendance entry whose remark limits it to agenda items ("(online, items
1–3)", "(k bodu 4)") or marks taking part without membership ("(observer)") names a guest, not a member in
attendance.

Split out of `attendance.py`; the cue words are data in `lang/<lang>/metadata_labels.json` (`item_guest_cues`,
`item_guest_tails`, `guest_remarks`).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance_lists import org_end
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.textutil import fold, whole_word


@cache
def item_remark(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    joiners = [j.strip() for j in data["list_splitters"] if j.strip(" ,;\n")]
    tails = rf"(?:\s+{alt(data.get('item_guest_tails') or [])})?"
    numbers = rf"\d{{1,2}}(?:\s*(?:[,–—-]|{alt(joiners)})\s*\d{{1,2}})*"
    return re.compile(rf"^\s*{alt(data.get('item_guest_cues') or [])}\s+{numbers}{tails}\s*$", re.IGNORECASE)


def item_guests(names: tuple[str, ...], texts: list[str], lang: str) -> tuple[str, ...]:
    """The `names` whose entry in the attendance `texts` (list values, table rows) carries a remark limiting
    their attendance to agenda items ("(online, items 1–3)", "(k bodu 4)"; `item_guest_cues`): they were in
    attendance for those items only, guests of the meeting; so were those marked as taking part without
    membership ("(observer)", `guest_remarks`)."""
    out: list[str] = []
    for text in texts:
        for segment in re.split(r"[;\n]", text):
            found = sorted((i, n) for n in names if (i := _surname_at(segment, n)) >= 0)
            for k, (pos, name) in enumerate(found):
                entry = segment[pos:found[k + 1][0] if k + 1 < len(found) else len(segment)]
                remarks = [part for r in re.findall(r"\(([^()]*)\)", entry) for part in r.split(",")]
                remarks += [entry.rsplit("–", 1)[-1]] if "–" in entry else []  # "X (role) – k bodu 4"
                guest = any(item_remark(lang).match(r) for r in remarks) or _guest_remark(entry, name, lang)
                if guest and name not in out:
                    out.append(name)
    return tuple(out)


def _guest_remark(entry: str, name: str, lang: str) -> bool:
    """ "Jane X, Open Data Forum (observer)", "Tom Y (TY), observer": a whole part of the entry right after the
    name (its bracket or comma part, or the one after her body) says the person took part without membership
    (`guest_remarks`); a remark after the next name in a table's row is that person's."""
    words = {fold(w) for w in mf.labels(lang).data.get("guest_remarks") or []}
    rest = entry[len(name.split()[-1]):].lstrip()
    if rest[:1] not in (",", "("):
        return False
    parts = [p for p in (p.strip(" .*_") for p in re.split(r"[(),|\t]", rest)) if p]
    if parts and org_end(parts[0], lang):
        parts = parts[1:]  # "Jane X, Open Data Forum (observer)": her body, then the remark
    return bool(parts) and fold(parts[0]) in words


def _surname_at(text: str, name: str) -> int:
    m = whole_word(name.split()[-1]).search(text)
    return m.start() if m else -1
