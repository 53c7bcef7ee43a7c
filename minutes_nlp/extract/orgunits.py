"""Units of a body named by the unit's noun and the owner's abbreviation: "rektorát UTŠ", "Akademický senát UTŠ",
"Ústřední knihovny UTŠ", "Legislativní komisi AS FF". A public university's own organs and units (zákon
č. 111/1998 Sb., o vysokých školách, § 7, § 8, § 22, § 25: akademický senát, rektor and rektorát, fakulty,
knihovna, koleje; committees of a senate under its rules of procedure) are named so in Czech minutes.

The unit's noun and its gender are data (org_patterns "unit_nouns"); capitalised adjectives before it are put
back in the nominative ("Ekonomické komise" -> "Ekonomická komise", "Ústřední knihovny" -> "Ústřední knihovna").
The owner's abbreviation is a body of its own ("UTŠ"); a chain ("AS FF") is itself a unit of a body. A sibling
unit named alone ("Legislativní komise") where the document names others with their owner ("Ekonomické komise
AS FF") belongs to the same owner; one whose owner the minutes never write ("až rektorát rozepíše příspěvek",
"Ekonomické komisi") is reported by its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from minutes_nlp.extract.mentions import not_institution
from minutes_nlp.extract.orgbase import finite_verbs, owner_labels
from minutes_nlp.extract.orgfound import ACTOR, PATTERN, Acc, add
from minutes_nlp.extract.orgnames import _joined, _patterns, _prov, _word
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class Unit:
    """One mention of a unit: tokens [start, end) of block `block`, its nominative words and owner chain."""

    block: int
    start: int
    end: int
    words: str  # "Ekonomická komise"
    owner: str  # "AS FF", or "" when named alone


def nominative_adjective(word: str, gender: str, pat: dict[str, Any]) -> str | None:
    """"Ekonomické" (f) -> "Ekonomická", "Akademického" (m) -> "Akademický", "Ústřední" -> "Ústřední"; None when
    the word has no adjective ending (org_patterns "unit_adjectives")."""
    adj = pat.get("unit_adjectives", {})
    low = word.lower()
    if low.endswith(tuple(adj.get("not_endings", ()))):
        return None  # "Usnesení", "Jednání": a verbal noun, not an adjective
    for end in sorted(adj.get("soft_endings", ()), key=len, reverse=True):
        if low.endswith(end) and len(low) > len(end) + 2 and low[-len(end) - 1] in adj.get("soft_before", ""):
            return word[:len(word) - len(end)] + "í"
    for end in sorted(adj.get("hard_endings", ()), key=len, reverse=True):
        if low.endswith(end) and len(low) > len(end) + 2:
            return word[:len(word) - len(end)] + adj.get("nominative", {}).get(gender, "ý")
    return None


def _owner(a: BlockAnalysis, k: int, lang: str) -> int:
    """End of the chain of up to three abbreviations at k ("AS FF", "UTŠ"); k when there is none."""
    j = k
    while j < len(a.tokens) and j - k < 3 and _joined(a, j) and a.tokens[j].is_upper and len(a.words[j]) >= 2 \
            and not not_institution(a.words[j], lang) and not a.words[j].isdigit():
        j += 1
        if a.tokens[j - 1].text.endswith("."):
            break
    return j


def _adjectives(a: BlockAnalysis, i: int, gender: str, pat: dict[str, Any]) -> list[str]:
    """The nominative adjective that opens the name of noun i, capitalised as Czech names are: "Ústřední
    knihovny"; none in "vedením fakultní knihovny" or "Přítomní členové komise" (no name opens with it)."""
    if i < 1 or not _joined(a, i) or not a.tokens[i - 1].is_cap or not a.words[i - 1].isalpha():
        return []
    adj = nominative_adjective(a.words[i - 1], gender, pat)
    return [adj] if adj else []


def _unit_at(a: BlockAnalysis, i: int, lang: str, pat: dict[str, Any]) -> Unit | None:
    """The unit whose noun is token i, with its capitalised adjective and its owner."""
    noun = pat.get("unit_nouns", {}).get(a.words[i].lower())
    if noun is None:
        return None
    nominative, gender = noun
    adjs = _adjectives(a, i, gender, pat)
    start = i - len(adjs)
    joined = i + 1 < len(a.tokens) and _joined(a, i + 1)
    if joined and a.tokens[i + 1].is_cap:
        return None  # "Akademického senátu Filozofické fakulty": the owner is named in words
    end = _owner(a, i + 1, lang) if joined else i + 1
    if not adjs and nominative not in pat.get("unit_named_alone", ()):
        return None  # "komise AS FF", "senát": no name without an adjective, except the rektorát
    head = nominative.capitalize() if not adjs and a.tokens[i].is_cap else nominative
    owner = a.span_text(i + 1, end).rstrip(".") if end > i + 1 else ""
    return Unit(a.block.index, start, end, " ".join([*adjs, head]), owner)


def collect(analyses: Sequence[BlockAnalysis], lang: str) -> list[Unit]:
    """Every unit the text names; siblings named alone take the owner the others are named with."""
    pat = _patterns(lang)
    if not pat.get("unit_nouns"):
        return []
    units = [u for a in analyses for i in range(len(a.tokens)) if (u := _unit_at(a, i, lang, pat))]
    siblings = set(pat.get("unit_siblings", ()))
    owners = {u.words.split()[-1]: u.owner for u in units if u.owner and u.words.split()[-1] in siblings}
    owners |= {u.words: u.owner for u in units if u.owner}
    return [u if u.owner else Unit(u.block, u.start, u.end, u.words, owners.get(
        u.words, owners.get(u.words.split()[-1], ""))) for u in units]


def units(analyses: Sequence[BlockAnalysis], lang: str, blocked: set[str],
          found: dict[str, Acc]) -> dict[int, set[int]]:
    """Add the units and their owners; returns the tokens they take in each block (other rules leave them)."""
    by_block = {a.block.index: a for a in analyses}
    skips: dict[int, set[int]] = {}
    for u in collect(analyses, lang):
        a = by_block[u.block]
        name, text = f"{u.words} {u.owner}".strip(), a.span_text(u.start, u.end).rstrip(".")
        add(found, "pat:" + fold(name), Mention(text, _prov(a, u.start, u.end)), name, aliases={text} - {name},
            kind="organisation", method=PATTERN, confidence=0.75)
        skips.setdefault(u.block, set()).update(range(u.start, u.end))
        last = u.owner if u.owner and " " not in u.owner else ""  # "UTŠ"; in "AS FF" the owner is a unit itself
        if last and last not in blocked and u.end - 1 > u.start and a.words[u.end - 1] == last:
            add(found, "body:" + fold(last), Mention(last, _prov(a, u.end - 1, u.end)), last,
                kind="organisation", method=ACTOR, confidence=0.7)
    return skips


def acting_units(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"Sekretariát rozešle prezentaci", "odpověď zašle sekretariát písemně", "Odpovídá: sekretariát KV": an
    office that serves a body (org_patterns "acting_unit_nouns"), or a company's statutory body in the minutes
    of its supervisory board ("acting_unit_forms": "ukládá představenstvu", "Představenstvo zpracuje"), is an
    institution where the minutes give it a task: next to a future task verb (action_cues), after a verb that
    gives one ("tasking_verbs") or after an owner label. Named as a recipient ("zašle
    sekretariátu") or a past doer it stays a common noun. Its owner's abbreviation, when written, is kept."""
    pat = _patterns(lang)
    forms = {w: w for w in pat.get("acting_unit_nouns", ())} | dict(pat.get("acting_unit_forms", {}))
    given = dict(pat.get("acting_unit_given_forms", {}))
    for a in analyses:
        for i, t in enumerate(a.tokens):
            nominative = forms.get(t.word.lower()) or (given.get(t.word.lower()) if _given(a, i, pat) else None)
            start = i
            if nominative is None and (pair := _organ_pair(a, i, pat)):
                nominative, start = pair, i - 1
            if nominative is None or _word(a, i - 1).lower() in pat.get("department_heads", {}):
                continue  # "Odbor kancelář hejtmana": the department's name, not the office
            if not (_tasked(a, start, lang) or _tasked(a, _owned_end(a, i, lang) - 1, lang)
                    or _cell_alone(a, start, _owned_end(a, i, lang))):
                continue
            end = _owned_end(a, i, lang)
            text = a.span_text(start, end).rstrip(".")
            rest = a.span_text(i, end).rstrip(".")[len(t.word):]
            name = (nominative + rest) if nominative != t.word.lower() else text
            add(found, "unit:" + fold(nominative), Mention(text, _prov(a, start, end)), name[:1].upper() + name[1:],
                aliases={t.word.lower(), nominative}, kind="organisation", method=PATTERN, confidence=0.7)


def _organ_pair(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> str | None:
    """"rozhodne valná hromada", "doporučuje valné hromadě schválit": an association's organ named by an
    adjective and a noun (org_patterns "acting_unit_pairs": the noun's case forms after a word opening so); its
    nominative, or None. Only where the minutes give it a task (the caller checks), since the same words name
    the organ's meeting as an event ("valná hromada se bude konat")."""
    if i < 1:
        return None
    word, before = a.words[i].lower(), fold(a.words[i - 1])
    return next((p["name"] for p in pat.get("acting_unit_pairs", ())
                 if word in p["forms"] and before.startswith(p["first"])), None)


def _tasked(a: BlockAnalysis, i: int, lang: str) -> bool:
    """Token i stands next to a future task verb, or right after an owner label ("Odpovídá:", "Z:")."""
    verbs, labels = finite_verbs(lang), owner_labels(lang)
    verbs |= {fold(w) for w in _patterns(lang).get("future_auxiliaries", ())}  # "Sekretariát bude informovat"
    near = {fold(a.words[k]) for k in (i - 1, i + 1) if 0 <= k < len(a.tokens)}
    label = i >= 2 and a.words[i - 1] == ":" and fold(a.words[i - 2]) in labels
    pat = _patterns(lang)
    given = i >= 1 and a.words[i - 1].lower() in (*pat.get("tasking_verbs", ()), *pat.get("request_words", ()))
    present = i >= 1 and a.words[i - 1].lower() in pat.get("represented_cues", ()) and (
        _word(a, i + 1) == ":" or i + 1 >= len(a.tokens) or not _joined(a, i + 1))  # "Za představenstvo: Ing. X"
    return bool(near & verbs) or label or given or present  # "Dozorčí rada ukládá představenstvu předložit ..."


def _given(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """Token i comes right after a verb that gives a task ("ukládá sekretariátu")."""
    return i >= 1 and a.words[i - 1].lower() in pat.get("tasking_verbs", ())


def _owned_end(a: BlockAnalysis, i: int, lang: str) -> int:
    """End of the unit's noun and its owner: one abbreviation ("Sekretariát RSK") or a body or office in the
    genitive ("sekretariát podvýboru", "Sekretariát Rady vlády": org_patterns "acting_unit_owner_nouns")."""
    if i + 1 >= len(a.tokens) or not _joined(a, i + 1):
        return i + 1
    pat = _patterns(lang)
    if a.words[i + 1].lower() in pat.get("acting_unit_owner_nouns", ()):
        k = i + 2
        if k < len(a.tokens) and _joined(a, k) and a.words[k] in pat.get("acting_unit_owner_genitives", ()):
            k += 1
        return k
    return min(_owner(a, i + 1, lang), i + 2)


def _cell_alone(a: BlockAnalysis, i: int, end: int) -> bool:
    """Tokens i..end fill their table cell (the owner column of a task table: "| sekretariát RSK |")."""
    text = a.block.text
    if "\t" not in text:
        return False
    before = text[:a.tokens[i].start - a.block.start].rsplit("\n", 1)[-1].rsplit("\t", 1)[-1]
    after = text[a.tokens[end - 1].end - a.block.start:].split("\n", 1)[0].split("\t", 1)[0]
    return "\t" in text[:a.tokens[i].start - a.block.start].rsplit("\n", 1)[-1] and not before.strip() \
        and not after.strip()
