"""Matching extracted output against a hand annotation, by the rules in the gold file's `about`.

- Actions, questions, decisions: an extracted item matches a gold one when its `text` contains the gold
  `anchor` (case- and space-insensitive). A second extracted item from an already matched sentence is
  neither a hit nor a false positive. Gold items marked `"optional": true` count neither way.
  Slots of matched items: owner/asker/answerer by person match, due by date or window, answered (a flag)
  right when the extracted flag equals the annotated one.
- People: same surname (diacritics-insensitive, titles stripped) and a compatible first name or initial;
  a person listed twice counts the second time as a false positive.
- Institutions: any of name / full name / aliases equal after folding; optional names are neutral.
- Agenda items: same number and titles at least 80 % similar.
- Meeting fields: exact for number, date, times, online and next-meeting bounds; person match for people;
  80 % similarity for title, series and place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from minutes_nlp.textutil import fold

SIMILAR = 0.8
_TITLES = frozenset({
    "dr", "ing", "mgr", "bc", "phdr", "judr", "mudr", "rndr", "paeddr", "mvdr", "doc", "prof", "csc", "ph.d", "phd",
    "p", "pi", "pan", "pani", "mr", "mrs", "ms", "miss", "nm", "reditelka", "reditel", "ro", "hejtman", "starosta",
    "starostka", "ministr", "ministryne", "namestek", "namestkyne", "mba", "ll.m", "dis", "cllr", "councillor",
})


@dataclass
class Score:
    """Counts of one category; slots map a slot name to [right, judged]."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    slots: dict[str, list[int]] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        for name, (ok, total) in other.slots.items():
            mine = self.slots.setdefault(name, [0, 0])
            mine[0], mine[1] = mine[0] + ok, mine[1] + total

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _text(s: Any) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip().lower()


def name_tokens(name: str, keep_initials: bool = False) -> list[str]:
    tokens = [t.strip(".,;:()") for t in str(name or "").split()]
    return [t for t in tokens if t and (fold(t).rstrip(".") not in _TITLES or keep_initials and _capital_letter(t))]


def _capital_letter(token: str) -> bool:
    return len(token) == 1 and token.isupper()


def same_person(pred: str, gold: str) -> bool:
    """A capital "P." is an initial ("P. van Dalen" is Pieter van Dalen) or the Czech honorific "p." written at a
    sentence start ("P. Pokorná uvedla" is Lucie Pokorná): either reading matches."""
    return any(_same_tokens(name_tokens(pred, keep), name_tokens(gold)) for keep in (False, True))


def _same_tokens(p: list[str], g: list[str]) -> bool:
    if not p or not g or fold(p[-1]) != fold(g[-1]):
        return False
    pf, gf = [fold(t).rstrip(".") for t in p[:-1]], [fold(t).rstrip(".") for t in g[:-1]]
    if not pf or not gf:
        return True
    return pf[0][:1] == gf[0][:1] and (len(pf[0]) == 1 or len(gf[0]) == 1 or pf[0] == gf[0])


def similar(a: Any, b: Any) -> bool:
    fa, fb = fold(str(a or "")), fold(str(b or ""))
    return bool(fa) and SequenceMatcher(None, fa, fb).ratio() >= SIMILAR


def _name(value: Any) -> str:
    return str(value.get("name", "")) if isinstance(value, dict) else str(value or "")


def same_actor(pred: Any, gold: Any) -> bool:
    p, g = _name(pred), _name(gold)
    return bool(p) and (same_person(p, g) or fold(p) == fold(g))


def _due_ok(item: dict[str, Any], want: str) -> bool:
    window = item.get("due_window") or {}
    kind = window.get("kind")
    if fold(want).startswith("next"):
        return kind == "next_meeting"
    if want in ("continuous", "immediate"):
        return kind == want
    got = item.get("due") or window.get("latest") or ""
    return bool(got) and (got == want or (len(want) < 10 and got.startswith(want)))


FLAG_SLOTS = frozenset({"answered"})  # yes/no slots: right when the extracted flag equals the annotated one


def _slot_ok(slot: str, got: dict[str, Any], want: Any, orgs: tuple[dict[str, Any], ...] = ()) -> bool:
    if slot == "due":
        return _due_ok(got, str(want))
    if slot in FLAG_SLOTS:
        return bool(got.get(slot)) is bool(want)
    return same_actor(got.get(slot), want) or same_institution(got.get(slot), want, orgs)


def same_institution(pred: Any, gold: Any, orgs: tuple[dict[str, Any], ...]) -> bool:
    """An owner named by the institution's abbreviation where the annotation has its full name (or the other
    way round) names the same body: which form is canonical is the annotator's choice, not the extractor's."""
    p, g = fold(_name(pred)), fold(_name(gold))
    return bool(p) and any(g in keys and p in keys for keys in map(_org_keys, orgs))


def _slot(score: Score, name: str, ok: bool) -> None:
    mine = score.slots.setdefault(name, [0, 0])
    mine[0] += int(ok)
    mine[1] += 1


def anchored(gold_items: list[dict[str, Any]], pred_items: list[dict[str, Any]], slots: tuple[str, ...],
             orgs: tuple[dict[str, Any], ...] = ()) -> Score:
    score = Score()
    matched: dict[int, dict[str, Any]] = {}
    for item in pred_items:
        text = _text(item.get("text"))
        hits = [i for i, g in enumerate(gold_items) if _text(g.get("anchor")) and _text(g["anchor"]) in text]
        free = [i for i in hits if i not in matched]
        if free:
            matched[free[0]] = item
        elif not hits:
            score.fp += 1
    for i, g in enumerate(gold_items):
        if g.get("optional"):
            continue
        if i not in matched:
            score.fn += 1
            score.missed.append(str(g.get("id", g.get("anchor"))))
            continue
        score.tp += 1
        for slot in slots:
            want = g.get(slot)
            if want is not None:
                _slot(score, slot, _slot_ok(slot, matched[i], want, orgs))
    return score


def people(gold: dict[str, Any], pred: dict[str, Any]) -> Score:
    names = [p["name"] for p in gold.get("people", [])]
    hits = [next((i for i, g in enumerate(names) if same_person(_name(person), g)), None)
            for person in pred.get("people") or []]
    return _one_to_one(hits, names)


def _one_to_one(hits: list[int | None], gold_names: list[str]) -> Score:
    """Each found item's gold index (None: matched nothing); a gold item counts once, a second hit is extra."""
    score, matched = Score(), set()
    for hit in hits:
        if hit is None or hit in matched:
            score.fp += 1
        else:
            matched.add(hit)
            score.tp += 1
    score.fn = len(gold_names) - len(matched)
    score.missed = [n for i, n in enumerate(gold_names) if i not in matched]
    return score


def _org_keys(org: Any) -> set[str]:
    org = org if isinstance(org, dict) else {"name": str(org)}
    keys = {fold(str(org.get(k) or "")) for k in ("name", "full", "full_name", "abbreviation")}
    keys |= {fold(a) for a in org.get("aliases") or []}
    return {k for k in keys if k}


def institutions(gold: dict[str, Any], pred: dict[str, Any]) -> Score:
    gold_orgs = gold.get("institutions", [])
    neutral = {fold(x) for x in gold.get("institutions_optional", []) + gold.get("places_optional", [])}
    hits = []
    for org in pred.get("institutions") or []:
        keys = _org_keys(org)
        hit = next((i for i, g in enumerate(gold_orgs) if keys & _org_keys(g)), None)
        if hit is not None or not keys & neutral:
            hits.append(hit)
    return _one_to_one(hits, [g["name"] for g in gold_orgs])


def _same_people(pred: list[Any], gold: list[Any]) -> bool:
    left = [str(p) for p in pred]
    for g in gold:
        hit = next((p for p in left if same_person(p, str(g))), None)
        if hit is None:
            return False
        left.remove(hit)
    return not left


def agenda(gold: dict[str, Any], pred: dict[str, Any]) -> Score:
    """Items by number and title; the `presenters` slot is right when both lists name the same people."""
    items = gold.get("agenda_items", [])
    score, matched = Score(), set()
    for item in pred.get("agenda_items") or []:
        number = str(item.get("number") or "").strip(". ")
        hit = next((i for i, g in enumerate(items) if i not in matched and str(g["number"]) == number
                    and similar(item.get("title"), g["title"])), None)
        if hit is None:
            score.fp += 1
        else:
            matched.add(hit)
            score.tp += 1
            if "presenters" in items[hit]:
                _slot(score, "presenters", _same_people(item.get("presenters") or [], items[hit]["presenters"]))
    score.fn = len(items) - len(matched)
    score.missed = [f"{g['number']} {g['title']}" for i, g in enumerate(items) if i not in matched]
    return score


def attendance(gold: dict[str, Any], pred: dict[str, Any]) -> Score:
    """Attendees, absent and guests as person lists (only the lists the annotation has)."""
    score = Score()
    gm, pm = gold.get("meeting", {}), pred.get("meeting") or {}
    for key in ("attendees", "absent", "guests"):
        if key in gm:
            score.add(people({"people": [{"name": n} for n in gm[key]]},
                             {"people": [{"name": n} for n in pm.get(key) or []]}))
    return score


EXACT_FIELDS = ("number", "date", "start", "end", "online")
PERSON_FIELDS = ("recorder", "approver")
TEXT_FIELDS = ("title", "series", "place")


def _field_ok(key: str, want: Any, got: Any) -> bool:
    if key in PERSON_FIELDS:
        return bool(got) and same_person(str(got), str(want))
    if key in TEXT_FIELDS:
        return similar(got, want)
    if key == "next_meeting":
        return (got or {}).get("earliest") == want.get("earliest") and (got or {}).get("latest") == want.get("latest")
    return str(got) == str(want) if want is not None else got is None


def meeting_fields(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool]:
    """Field -> right or wrong, for the fields the annotation states (people and texts only when non-null)."""
    gm, pm = gold.get("meeting", {}), pred.get("meeting") or {}
    out = {}
    for key in EXACT_FIELDS + PERSON_FIELDS + TEXT_FIELDS + ("next_meeting",):
        if key not in gm or (gm[key] is None and key in PERSON_FIELDS + TEXT_FIELDS):
            continue
        if key == "next_meeting" and gm[key] is None:
            out[key] = pm.get(key) is None
            continue
        out[key] = _field_ok(key, gm[key], pm.get(key))
    return out


def meeting(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[Score, dict[str, bool]]:
    """P/R over meeting fields: a wrong value is a false positive and a miss, an absent one a miss."""
    fields = meeting_fields(gold, pred)
    gm, pm = gold.get("meeting", {}), pred.get("meeting") or {}
    score = Score()
    for key, ok in fields.items():
        stated, found = gm.get(key) is not None, pm.get(key) not in (None, "")
        if ok and stated:
            score.tp += 1
        elif not ok:
            score.fp += int(found)
            score.fn += int(stated)
            score.missed.append(key)
    return score, fields
